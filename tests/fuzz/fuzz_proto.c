/* fuzz_proto.c — libFuzzer target for the packet framing of the server (server_proto.c).
 * The first bytes of the input choose the settings (length type, offsets, EOF marker,
 * max length); the rest is the stream, cut into packets the way the server cuts a
 * connection's input buffer. Invariants: every packet is non-empty, inside the buffer,
 * never over max_length; errors are only the documented codes.
 *   clang -g -fsanitize=fuzzer,address -Icore/include tests/fuzz/fuzz_proto.c \
 *         core/server_proto.c core/error.c -o fuzz_proto && ./fuzz_proto */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sw_server.h"

static const char types[] = "cCsSnvlLNVqQJP";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6)
        return 0;
    sw_proto_t p;
    sw_proto_init(&p);
    p.length_check = data[0] & 1;
    p.eof_split = (data[0] >> 1) & 1;
    p.eof_check = p.eof_split || ((data[0] >> 2) & 1);
    sw_proto_set_length_type(&p, types[data[1] % (sizeof types - 1)]);
    p.length_offset = data[2] % 16;
    p.body_offset = data[3] % 32;
    p.max_length = 1 + data[4] * 64u;
    sw_proto_set_eof(&p, (const char *)data + 5, 1 + data[0] % 3 < size - 5 ? 1 + data[0] % 3 : 1);
    const uint8_t *b = data + 6;
    size_t len = size - 6, off = 0, scan = 0;
    while (off < len) {
        long n;
        if (p.length_check)
            n = sw_proto_length_packet(&p, b + off, len - off);
        else if (p.eof_split)
            n = sw_proto_eof_packet(&p, b + off, len - off, &scan);
        else if (p.eof_check)
            n = sw_proto_eof_tail(&p, b + off, len - off);
        else
            n = (long)(len - off);
        if (n == SW_PROTO_NEED_MORE || n == SW_PROTO_TOO_LARGE || n == SW_PROTO_MALFORMED)
            break;
        if (n <= 0 || (size_t)n > len - off || (p.length_check && (size_t)n > p.max_length))
            abort();
        off += (size_t)n;
    }
    return 0;
}
