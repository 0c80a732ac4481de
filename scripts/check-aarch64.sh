#!/bin/sh
# Builds the core's C unit tests for aarch64 (cross compiler) and runs them under
# qemu-user, so the aarch64 assembly context switch is exercised on an x86_64 machine.
# Emulation checks the instruction sequence and the ABI, not real hardware timing.
# Usage: scripts/check-aarch64.sh [OUTDIR]   (needs gcc-aarch64-linux-gnu, qemu-user)
set -eu
cd "$(dirname "$0")/.."
out=${1:-build-aarch64}
mkdir -p "$out"
cc=aarch64-linux-gnu-gcc
command -v "$cc" >/dev/null && command -v qemu-aarch64 >/dev/null || {
    echo "check-aarch64: $cc or qemu-aarch64 missing" >&2; exit 77; }
core="core/coro.c core/context.c core/stack.c core/idmap.c core/error.c core/log.c
      core/loop.c core/timer.c core/chan.c core/arch/context_aarch64.S"
status=0
for t in coro chan timer loop error; do
    # shellcheck disable=SC2086
    if ! $cc -std=c11 -O2 -g -Wall -Wextra -Werror -D_GNU_SOURCE -Icore/include -Itests/core \
            $core tests/core/test_$t.c -o "$out/test_$t" -lpthread > "$out/test_$t.log" 2>&1; then
        echo "not ok - aarch64 test_$t does not build"; sed 's/^/# /' "$out/test_$t.log" | tail -20
        status=1
    elif qemu-aarch64 -L /usr/aarch64-linux-gnu "$out/test_$t" > "$out/test_$t.log" 2>&1 &&
        ! grep -q '^not ok' "$out/test_$t.log"; then
        echo "ok - aarch64 test_$t ($(grep -c '^ok' "$out/test_$t.log") cases)"
    else
        echo "not ok - aarch64 test_$t"; sed 's/^/# /' "$out/test_$t.log" | tail -20
        status=1
    fi
done
exit $status
