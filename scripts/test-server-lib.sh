# scripts/test-server-lib.sh — what the private test servers' scripts share (sourced by
# mysql-, redis- and pgsql-test-server.sh after they set $name and define start, stop and
# print_env): the error exit, stopping a process by its pid file, the command dispatch.

die() { echo "$name-test-server: $*" >&2; exit 1; }

# stop_pidfile FILE TENTHS: SIGTERM the process FILE names, give it TENTHS tenths of a
# second to go, then SIGKILL it.
stop_pidfile() {
    [ -f "$1" ] || return 0
    pid=$(head -1 "$1")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt "$2" ]; do sleep 0.1; i=$((i + 1)); done
    kill -9 "$pid" 2>/dev/null || true
}

dispatch() {
    case ${1:-} in
    start) start ;;
    stop) stop ;;
    env) print_env ;;
    *) die "usage: $0 start|stop|env" ;;
    esac
}
