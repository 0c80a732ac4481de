#!/usr/bin/env bash
# http_ceiling.sh — what http_hello can show on this machine: Swoole\Http\Server (ours),
# nginx (one worker, as ../shared/bench configures it) and bench/http_floor (an epoll loop
# that does nothing but one recv and one send per request) under the same wrk load, taken
# in turn, the order rotated every round so that the machine's drift favours none.
# Servers on CPU 0, wrk (-t1 -c100) on CPU 1, as in ../shared/bench. Per run: requests/s,
# p99, and the CPU that the server and wrk each spent per request; at the end the medians
# and the median of per-round ratios to nginx.
#
# If http_floor does not get clearly more requests per second than nginx, the load
# generator is the limit and no server can: that is the point of this script.
#
#     bench/http_ceiling.sh [ROUNDS=5] [SECONDS=5] [close]     (from the build tree, after make)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
rounds=${1:-5}
seconds=${2:-5}
mode=${3:-keepalive}
php=${PHP:-php}
port0=${CEILING_PORT:-23955}
tmp=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT

wait_port() {
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.05
    done
    echo "nothing listens on $1" >&2
    exit 1
}

cat >"$tmp/hello.php" <<'PHP'
<?php
$server = new Swoole\Http\Server('127.0.0.1', (int)$argv[1], SWOOLE_BASE);
$server->set(['worker_num' => 1, 'log_level' => SWOOLE_LOG_WARNING]);
$server->on('request', static function ($request, $response): void {
    $response->end('Hello World');
});
$server->start();
PHP
taskset -c 0 "$php" -n -d "extension=$top/php/.libs/swoole.so" \
    -d "swoole.plugin_dir=$top/plugins/http/.libs" -d 'swoole.plugins[]=http' \
    "$tmp/hello.php" "$port0" >"$tmp/ours.log" 2>&1 &
pids+=($!)
ours_pid=$!

mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; multi_accept on; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 65;
    client_body_temp_path $tmp/nginx/body;
    server {
        listen 127.0.0.1:$((port0 + 1));
        default_type text/plain;
        location / { return 200 "Hello World"; }
    }
}
CONF
taskset -c 0 nginx -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" \
    -g 'daemon off;' >"$tmp/nginx.log" 2>&1 &
pids+=($!)
nginx_pid=$!

taskset -c 0 "$here/http_floor" $((port0 + 2)) &
pids+=($!)
floor_pid=$!

for p in 0 1 2; do wait_port $((port0 + p)); done
nginx_worker=$(pgrep -P "$nginx_pid" | head -1)

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run NAME PORT PID: one wrk run, appends "name rps p99_ms server_us wrk_us" to $tmp/runs
run() {
    local name=$1 port=$2 pid=$3 t0 t1 out hdr=()
    [ "$mode" = close ] && hdr=(-H 'Connection: close')
    t0=$(cpu_ticks "$pid")
    out=$(taskset -c 1 /usr/bin/time -f 'wrkcpu %U %S' \
        wrk -t1 -c100 -d"$seconds" --latency "${hdr[@]}" "http://127.0.0.1:$port/" 2>&1)
    t1=$(cpu_ticks "$pid")
    printf '%s\n' "$out" | awk -v name="$name" -v ticks=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
        / requests in / { req = $1 }
        /Requests\/sec/ { rps = $2 }
        /^ +99%/ { p99 = ms($2) }
        /^wrkcpu/ { wrk = $2 + $3 }
        END { printf "%s %.0f %.2f %.2f %.2f\n", name, rps, p99, ticks / hz * 1e6 / req, wrk * 1e6 / req }' \
        | tee -a "$tmp/runs"
}

echo "mode $mode, $rounds rounds of $seconds s; columns: server req/s p99_ms server_us/req wrk_us/req"
order=(ours nginx floor)
for r in $(seq 1 "$rounds"); do
    echo "round $r:"
    for k in 0 1 2; do
        case ${order[$(( (k + r) % 3 ))]} in
        ours) run ours "$port0" "$ours_pid" ;;
        nginx) run nginx $((port0 + 1)) "$nginx_worker" ;;
        floor) run floor $((port0 + 2)) "$floor_pid" ;;
        esac
    done
done

# medians per server, then the median over rounds of each ratio to that round's nginx
awk -v rounds="$rounds" '
    function median(a, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { n[$1]++; rps[$1, n[$1]] = $2; p99[$1, n[$1]] = $3; srv[$1, n[$1]] = $4; wrk[$1, n[$1]] = $5 }
    END {
        print "medians:"
        split("ours nginx floor", names, " ")
        for (s = 1; s <= 3; s++) {
            k = names[s]; delete a1; delete a2; delete a3; delete a4
            for (i = 1; i <= n[k]; i++) { a1[i] = rps[k, i]; a2[i] = p99[k, i]; a3[i] = srv[k, i]; a4[i] = wrk[k, i] }
            printf "  %-5s %8.0f req/s  p99 %5.2f ms  server %6.2f us/req  wrk %6.2f us/req\n", k,
                median(a1, n[k]), median(a2, n[k]), median(a3, n[k]), median(a4, n[k])
        }
        for (s = 1; s <= 3; s += 2) {
            k = names[s]; delete a1; delete a2
            for (i = 1; i <= rounds; i++) { a1[i] = rps[k, i] / rps["nginx", i]; a2[i] = p99[k, i] / p99["nginx", i] }
            printf "  %s / nginx, median of per-round ratios: req/s %.3f, p99 %.3f\n", k, median(a1, rounds), median(a2, rounds)
        }
    }' "$tmp/runs"
