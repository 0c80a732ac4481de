#!/usr/bin/env bash
# inprocess.sh — the in-process scenarios of the shared benchmark suite, each round measured
# together with the speed of the machine at that moment.
#
# In-process figures have no yardstick run beside them, and this machine's speed moves a
# lot (a PHP loop runs from 6 to 11 ns per iteration from one minute to the next). Each
# round therefore runs the `atomic` scenario first: a PHP loop of Atomic::add(1), which is
# almost all Zend VM work (~150 of its ~180 instructions per call are the loop and the call)
# and so costs the same for any implementation of Atomic. Its figure against the
# reference's on the day of BASELINE.md (71,704,819 ops/s) says how much slower the machine
# is now; each figure is printed as measured and divided by that factor ("scaled").
#
#     bench/inprocess.sh [ROUNDS=5] [SCENARIO...]      (from the build tree, after make)
#
# Scenarios that take no argument: co_switch co_create channel timer (co_memory's
# sizes do not depend on the machine's speed: run it through the suite's run.sh).
# Environment: BENCH_DIR (the suite, default ../shared/bench beside the tree), PHP,
# SWOOLE_SO. Scenarios run pinned to CPU 0, one process each, as the suite's run.sh does.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
bench=${BENCH_DIR:-$top/../shared/bench}
php=${PHP:-php}
so=${SWOOLE_SO:-$top/php/.libs/swoole.so}
ref_atomic=71704819
rounds=${1:-5}
shift || true
scenarios=${*:-co_switch co_create channel timer}
[ -f "$bench/scenarios/atomic.php" ] || { echo "inprocess: no suite at $bench (set BENCH_DIR)" >&2; exit 2; }

# One scenario, pinned; prints "key value unit" per RESULT line.
run() {
    taskset -c 0 "$php" -n -d "extension=$so" "$bench/scenarios/$1.php" |
        sed -n 's/^RESULT \([^=]*\)=\([0-9.]*\) unit=\([^ ]*\) .*/\1 \2 \3/p'
}

# A figure as it would have been on the reference's day: times shrink by the factor,
# rates grow by it, sizes stay.
scale() { # value unit factor
    awk -v v="$1" -v u="$2" -v f="$3" 'BEGIN {
        if (u == "ns" || u == "us" || u == "ms" || u == "s") v /= f; else if (u ~ /\/s$/) v *= f
        print v }'
}

out=$(mktemp)
trap 'rm -f "$out"' EXIT
for r in $(seq 1 "$rounds"); do
    for s in $scenarios; do
        a=$(run atomic | awk '{print $2}')
        factor=$(awk -v a="$a" -v ref="$ref_atomic" 'BEGIN {printf "%.3f", ref / a}')
        run "$s" | while read -r key value unit; do
            scaled=$(scale "$value" "$unit" "$factor")
            echo "$key $value $scaled $factor $unit" >>"$out"
            printf 'round %d  %-34s %12.1f %-5s machine %.2fx slower than the reference day -> %12.1f\n' \
                "$r" "$key" "$value" "$unit" "$factor" "$scaled"
        done
    done
done

echo
printf '%-34s %12s %12s %8s %s\n' metric "median" "scaled med." "factor" unit
# Medians per metric of the raw figure, of the scaled figure and of the factor.
awk '{ raw[$1] = raw[$1] " " $2; sc[$1] = sc[$1] " " $3; f[$1] = f[$1] " " $4; u[$1] = $5 }
     function median(list,   n, a, i, j, t) {
         n = split(list, a, " ")
         for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
             t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
         return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
     }
     END { for (k in raw) printf "%-34s %12.1f %12.1f %8.2f %s\n", k, median(raw[k]), median(sc[k]), median(f[k]), u[k] }' \
    "$out" | sort
