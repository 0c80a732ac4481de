#!/bin/sh
# redis-test-server.sh — a private Redis server on loopback for the redis plugin's tests
# (tests/php/redis), for CI and for a developer alike.
#
#   scripts/redis-test-server.sh start   installs redis-server with apt-get if it is
#                                        missing (root only), starts redis-server on
#                                        127.0.0.1:$SW_REDIS_PORT and a Unix socket, its
#                                        files under $SW_REDIS_DIR, and waits until it answers
#   scripts/redis-test-server.sh env     prints the export lines the tests read
#                                        (eval "$(scripts/redis-test-server.sh env)")
#   scripts/redis-test-server.sh stop    stops it and removes its directory
#
# No persistence (no RDB, no AOF): the tests' keys live in memory only. The tests use
# keys of their own (prefixed with the test's name and pid) so that they can run in
# parallel on the one server.
set -eu
dir=${SW_REDIS_DIR:-/tmp/sw-redis-test}
port=${SW_REDIS_PORT:-23379}
sock=$dir/redis.sock

name=redis
. "$(dirname "$0")/test-server-lib.sh"

print_env() {
    cat <<EOF
export SW_TEST_REDIS_HOST=127.0.0.1
export SW_TEST_REDIS_PORT=$port
export SW_TEST_REDIS_SOCK=$sock
EOF
}

start() {
    if ! command -v redis-server >/dev/null 2>&1; then
        [ "$(id -u)" = 0 ] || die "redis-server is missing: apt-get install redis-server"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            redis-server redis-tools >/dev/null || die "apt-get install redis-server failed"
    fi
    if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
        echo "redis-test-server: already running (pid $(cat "$dir/redis.pid"))"
        return 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    # setsid: a Ctrl-C in the developer's shell does not reach it. maxclients is above the
    # tests' many-clients case; daemonize no, so that the pid we record is the server's.
    setsid redis-server --bind 127.0.0.1 --port "$port" --unixsocket "$sock" \
        --unixsocketperm 700 --dir "$dir" --pidfile "$dir/redis.pid" \
        --logfile "$dir/redis.log" --save '' --appendonly no --daemonize no \
        --maxclients 1000 </dev/null >/dev/null 2>&1 &
    echo $! > "$dir/redis.pid"
    i=0
    until redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; do
        i=$((i + 1))
        [ $i -lt 300 ] || { tail -20 "$dir/redis.log" >&2; die "redis-server did not answer in 30 s"; }
        sleep 0.1
    done
    echo "redis-test-server: redis-server on 127.0.0.1:$port (socket $sock, pid $(cat "$dir/redis.pid"))"
}

stop() {
    stop_pidfile "$dir/redis.pid" 100
    rm -rf "$dir"
}

dispatch "$@"
