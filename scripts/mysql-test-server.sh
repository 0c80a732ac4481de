#!/bin/sh
# mysql-test-server.sh — a private MariaDB server on loopback for the mysql plugin's tests
# (tests/php/mysql), for CI and for a developer alike.
#
#   scripts/mysql-test-server.sh start   installs mariadb-server with apt-get if it is
#                                        missing (root only), initialises a datadir under
#                                        $SW_MYSQL_DIR, starts mariadbd on 127.0.0.1:$SW_MYSQL_PORT
#                                        with a socket, waits until it answers, creates the
#                                        test database and a test user with a password
#   scripts/mysql-test-server.sh env     prints the export lines the tests read
#                                        (eval "$(scripts/mysql-test-server.sh env)")
#   scripts/mysql-test-server.sh stop    stops it and removes the datadir
#
# The server runs as the current user (as root, with --user=root). Real grants
# (no --skip-grant-tables): the tests check wrong passwords. The test user may create
# databases named swoole_test* (a test that needs its own, e.g. for SHOW TABLES).
set -eu
dir=${SW_MYSQL_DIR:-/tmp/sw-mysql-test}
port=${SW_MYSQL_PORT:-23306}
sock=$dir/mysqld.sock
db=swoole_test
user=swoole
pass=swoole_pw

name=mysql
. "$(dirname "$0")/test-server-lib.sh"

# mariadb-install-db gives the OS user who ran it (and root) a passwordless account over
# the socket (unix_socket authentication): that is who sets the server up.
admin=$(id -un)
client() { # runs SQL as that account over the socket
    mariadb --no-defaults -u"$admin" -S "$sock" "$@"
}

print_env() {
    cat <<EOF
export SW_TEST_MYSQL_HOST=127.0.0.1
export SW_TEST_MYSQL_PORT=$port
export SW_TEST_MYSQL_USER=$user
export SW_TEST_MYSQL_PASSWORD=$pass
export SW_TEST_MYSQL_DB=$db
export SW_TEST_MYSQL_SOCKET=$sock
EOF
}

start() {
    if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
        [ "$(id -u)" = 0 ] || die "mariadbd is missing: apt-get install mariadb-server mariadb-client"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            mariadb-server mariadb-client >/dev/null || die "apt-get install mariadb-server failed"
    fi
    PATH=$PATH:/usr/sbin
    if [ -f "$dir/mysqld.pid" ] && kill -0 "$(cat "$dir/mysqld.pid")" 2>/dev/null; then
        echo "mysql-test-server: already running (pid $(cat "$dir/mysqld.pid"))"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir/data"
    runas="--user=$admin"
    mariadb-install-db --no-defaults $runas --datadir="$dir/data" \
        --auth-root-authentication-method=socket --skip-test-db >"$dir/install.log" 2>&1 \
        || { cat "$dir/install.log" >&2; die "mariadb-install-db failed"; }
    # setsid: a Ctrl-C in the developer's shell does not reach it.
    setsid mariadbd --no-defaults $runas --datadir="$dir/data" --socket="$sock" \
        --port="$port" --bind-address=127.0.0.1 --pid-file="$dir/mysqld.pid" \
        --log-error="$dir/error.log" --skip-name-resolve --innodb-buffer-pool-size=32M \
        --max-connections=200 </dev/null >/dev/null 2>&1 &
    i=0
    until client -e 'SELECT 1' >/dev/null 2>&1; do
        i=$((i + 1))
        [ $i -lt 300 ] || { tail -20 "$dir/error.log" >&2; die "mariadbd did not answer in 30 s"; }
        sleep 0.1
    done
    client <<EOF
CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS '$user'@'127.0.0.1' IDENTIFIED BY '$pass';
CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$pass';
GRANT ALL ON \`${db}%\`.* TO '$user'@'127.0.0.1';
GRANT ALL ON \`${db}%\`.* TO '$user'@'localhost';
GRANT PROCESS ON *.* TO '$user'@'127.0.0.1';
GRANT PROCESS ON *.* TO '$user'@'localhost';
FLUSH PRIVILEGES;
EOF
    echo "mysql-test-server: mariadbd on 127.0.0.1:$port (socket $sock, pid $(cat "$dir/mysqld.pid"))"
}

stop() {
    stop_pidfile "$dir/mysqld.pid" 300
    rm -rf "$dir"
}

dispatch "$@"
