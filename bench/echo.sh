#!/usr/bin/env bash
# echo.sh — the echo-server benchmark: bench/echo_server.php (Swoole\Server, SWOOLE_BASE, one
# worker) pinned to CPU 0, bench/echo_load pinned to CPU 1: 100 connections, 64-byte
# messages, each waiting for its echo. Prints round trips per second and p99, ROUNDS times.
#
#     bench/echo.sh [ROUNDS=3] [SECONDS=10]     (from the build tree, after make)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
rounds=${1:-3}
seconds=${2:-10}
port=${ECHO_PORT:-23951}
php=${PHP:-php}
so=${SWOOLE_SO:-$top/php/.libs/swoole.so}
for r in $(seq 1 "$rounds"); do
    taskset -c 0 "$php" -n -d "extension=$so" "$here/echo_server.php" "$port" &
    pid=$!
    for i in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.05
    done
    echo "round $r:"
    taskset -c 1 "$here/echo_load" "$port" 100 "$seconds" 64
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
