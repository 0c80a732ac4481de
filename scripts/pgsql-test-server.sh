#!/bin/sh
# pgsql-test-server.sh — a private PostgreSQL server on loopback for the pgsql plugin's
# tests (tests/php/pgsql), for CI and for a developer alike.
#
#   scripts/pgsql-test-server.sh start   installs postgresql with apt-get if it is missing
#                                        (root only), initdb's a cluster under $SW_PGSQL_DIR,
#                                        starts it on 127.0.0.1:$SW_PGSQL_PORT and a Unix
#                                        socket in $SW_PGSQL_DIR/sock, creates the test
#                                        user (password, scram-sha-256) and database
#   scripts/pgsql-test-server.sh env     prints the export lines the tests read
#                                        (eval "$(scripts/pgsql-test-server.sh env)")
#   scripts/pgsql-test-server.sh stop    stops it and removes the cluster
#
# postgres refuses to run as root: as root the cluster belongs to the OS user `postgres`
# (the Debian package creates it; else `nobody`) and every server command runs through
# `runuser -u`; as anyone else it runs as that user. The cluster's superuser `sw_admin`
# may log in without a password over the Unix socket only (to set things up); everyone
# else, over TCP or the socket, needs a password: the tests check wrong ones.
set -eu
dir=${SW_PGSQL_DIR:-/tmp/sw-pgsql-test}
port=${SW_PGSQL_PORT:-25432}
sockdir=$dir/sock
db=swoole_test
user=swoole
pass=swoole_pw
admin=sw_admin

name=pgsql
. "$(dirname "$0")/test-server-lib.sh"

bindir() {
    for v in 17 16 15 14 13; do
        [ -x /usr/lib/postgresql/$v/bin/postgres ] && { echo /usr/lib/postgresql/$v/bin; return; }
    done
    command -v postgres >/dev/null 2>&1 && { dirname "$(command -v postgres)"; return; }
    echo ""
}

if [ "$(id -u)" = 0 ]; then
    owner=postgres
    id "$owner" >/dev/null 2>&1 || owner=nobody
    as_owner() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as_owner() { "$@"; }
fi

print_env() {
    cat <<EOF
export SW_TEST_PGSQL_DSN='host=127.0.0.1 port=$port dbname=$db user=$user password=$pass'
export SW_TEST_PGSQL_HOST=127.0.0.1
export SW_TEST_PGSQL_PORT=$port
export SW_TEST_PGSQL_USER=$user
export SW_TEST_PGSQL_PASSWORD=$pass
export SW_TEST_PGSQL_DB=$db
export SW_TEST_PGSQL_SOCKET_DIR=$sockdir
EOF
}

start() {
    bin=$(bindir)
    if [ -z "$bin" ]; then
        [ "$(id -u)" = 0 ] || die "postgres is missing: apt-get install postgresql"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            postgresql postgresql-client >/dev/null || die "apt-get install postgresql failed"
        bin=$(bindir)
        [ -n "$bin" ] || die "postgres not found after installing postgresql"
    fi
    if [ -f "$dir/data/postmaster.pid" ] \
        && kill -0 "$(head -1 "$dir/data/postmaster.pid")" 2>/dev/null; then
        echo "pgsql-test-server: already running (pid $(head -1 "$dir/data/postmaster.pid"))"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir" "$sockdir"
    [ "$(id -u)" = 0 ] && chown "$owner" "$dir" "$sockdir"
    pwfile=$dir/admin.pw   # initdb wants one for scram; the admin uses trust anyway
    echo "unused-$$" >"$pwfile"
    [ "$(id -u)" = 0 ] && chown "$owner" "$pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U "$admin" --pwfile="$pwfile" -E UTF8 \
        --locale=C --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    cat >"$dir/data/pg_hba.conf" <<EOF
# written by scripts/pgsql-test-server.sh
local all $admin trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
EOF
    # fsync off: a throwaway cluster; setsid (pg_ctl detaches): Ctrl-C does not reach it
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $sockdir -c max_connections=200 \
-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c password_encryption=scram-sha-256" \
        start >/dev/null || { tail -20 "$dir/server.log" >&2; die "postgres did not start"; }
    as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$sockdir" -p "$port" -U "$admin" \
        -d postgres >/dev/null <<EOF || die "creating the test user and database failed"
CREATE ROLE $user LOGIN PASSWORD '$pass';
CREATE DATABASE $db OWNER $user ENCODING 'UTF8';
EOF
    echo "pgsql-test-server: postgres $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (socket dir $sockdir, running as $owner, pid $(head -1 "$dir/data/postmaster.pid"))"
}

stop() {
    bin=$(bindir)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        pid=$(head -1 "$dir/data/postmaster.pid")
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$dir"
}

dispatch "$@"
