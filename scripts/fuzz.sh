#!/bin/sh
# fuzz.sh — builds one libFuzzer target of tests/fuzz/ with clang, ASan and UBSan (any
# finding aborts) into a scratch directory, and runs it for a while on its seed corpus.
#
#   scripts/fuzz.sh TARGET [SECONDS]      TARGET: http_parser, http_multipart, proto,
#                                         redis_parser, websocket_frame
#
# Environment: FUZZ_OUT (scratch dir, default ./fuzz-build), CC (default clang),
# FUZZ_ARGS (extra libFuzzer flags). New corpus entries go to $FUZZ_OUT/corpus-TARGET;
# the seeds in tests/fuzz/corpus/TARGET are only read. A crash leaves its input as
# $FUZZ_OUT/crash-* (replay: $FUZZ_OUT/fuzz_TARGET FILE). Exit status: the fuzzer's.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 TARGET [SECONDS]" >&2
    exit 2
fi
target=$1
seconds=${2:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
out=${FUZZ_OUT:-$(pwd)/fuzz-build}
cc=${CC:-clang}

case $target in
http_parser) srcs="plugins/http/parser.c" inc="-I$top/plugins/http" ;;
http_multipart) srcs="plugins/http/multipart.c" inc="-I$top/plugins/http" ;;
proto) srcs="core/server_proto.c core/error.c" inc="-I$top/core/include" ;;
redis_parser) srcs="plugins/redis_server/parser.c" inc="-I$top/plugins/redis_server" ;;
websocket_frame) srcs="plugins/websocket/frame.c" inc="-I$top/plugins/websocket" ;;
*)
    echo "$0: unknown target '$target'" >&2
    exit 2
    ;;
esac

mkdir -p "$out/corpus-$target"
bin=$out/fuzz_$target
set -- "$top/tests/fuzz/fuzz_$target.c"
for s in $srcs; do
    set -- "$@" "$top/$s"
done
echo "fuzz.sh: building $bin"
$cc -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -fno-omit-frame-pointer -D_GNU_SOURCE $inc "$@" -o "$bin"

seeds=$top/tests/fuzz/corpus/$target
[ -d "$seeds" ] || seeds=
echo "fuzz.sh: running $target for $seconds s"
cd "$out"
# -jobs=1 -workers=1: one fuzzing process (the machine is shared); its log is fuzz-0.log.
rm -f fuzz-0.log
status=0
"$bin" -max_total_time="$seconds" -jobs=1 -workers=1 -print_final_stats=1 \
    -artifact_prefix="$out/" ${FUZZ_ARGS:-} "$out/corpus-$target" $seeds || status=$?
[ -f fuzz-0.log ] && tail -n 40 fuzz-0.log
exit $status
