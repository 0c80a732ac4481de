/* fuzz_websocket_frame.c — libFuzzer target for the websocket plugin's frame reader
 * (plugins/websocket/frame.c). The first input byte chooses max_len (small or large),
 * whether frames must be masked, and where the input is cut; the rest is what a
 * connection received (one bit turns permessage-deflate's RSV1 on). Invariants checked (abort on violation):
 *   - reading the input as one read and as two reads (each read in a new, exactly sized
 *     allocation, as if the buffer had moved) gives the same frames, payloads and outcome;
 *   - a frame takes header_len + payload_len bytes, 3..len of them; its payload is at
 *     most max_len, a control frame's at most 125 and has fin set; a masked-only reader
 *     never returns an unmasked frame;
 *   - the bytes of a message (its fragments) never add up to more than max_len;
 *   - re-encoding a frame's header with ws_frame_header() and parsing it gives the same
 *     opcode, fin and length; ws_utf8_valid() does not crash on any payload.
 * Build and run: scripts/fuzz.sh websocket_frame SECONDS */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"

#define ASSERT(c)                                                                      \
    do {                                                                               \
        if (!(c)) {                                                                    \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c);  \
            abort();                                                                   \
        }                                                                              \
    } while (0)

typedef struct {
    char *buf, *trace;
    size_t len, tn, tcap;
    ws_reader_t r;
    long err;
    uint64_t msg;   /* bytes of the current message */
} conn_t;

static void put(conn_t *c, const void *d, size_t n)
{
    if (c->tn + n > c->tcap) {
        c->tcap = (c->tn + n) * 2 + 64;
        c->trace = realloc(c->trace, c->tcap);
        ASSERT(c->trace);
    }
    memcpy(c->trace + c->tn, d, n);
    c->tn += n;
}

static void feed(conn_t *c, const uint8_t *d, size_t n)
{
    if (c->err)
        return;
    char *nb = malloc(c->len + n ? c->len + n : 1);
    ASSERT(nb);
    if (c->len)
        memcpy(nb, c->buf, c->len);
    if (n)
        memcpy(nb + c->len, d, n);
    free(c->buf);
    c->buf = nb;
    c->len += n;
    for (;;) {
        ws_frame_t f;
        long r = ws_reader_next(&c->r, c->buf, c->len, &f);
        if (r < 0) {
            ASSERT(r == WS_E_PROTOCOL || r == WS_E_TOO_BIG);
            c->err = r;
            put(c, "E", 1);
            return;
        }
        if (r == 0)
            return;
        ASSERT(r >= 2 && (size_t)r <= c->len);
        ASSERT((uint64_t)r == f.header_len + f.payload_len);
        ASSERT(f.payload_len <= c->r.max_len);
        ASSERT(!c->r.require_mask || f.masked);
        /* RSV1 only with deflate, only on a message's first frame */
        ASSERT(!f.rsv || (c->r.deflate && f.rsv == 4 &&
                          (f.opcode == WS_OP_TEXT || f.opcode == WS_OP_BINARY)));
        if (f.opcode >= WS_OP_CLOSE) {
            ASSERT(f.payload_len <= 125 && f.fin);
        } else {
            c->msg = (f.opcode == WS_OP_CONT ? c->msg : 0) + f.payload_len;
            ASSERT(c->msg <= c->r.max_len);
            ASSERT(c->r.in_msg == !f.fin);
        }
        uint8_t h[14];
        size_t hl = ws_frame_header(h, f.opcode, f.fin ? WS_FLAG_FIN : 0, f.payload_len, NULL);
        ws_frame_t g;
        ASSERT(ws_frame_parse(h, hl, UINT64_MAX, false, &g) == (int)hl);
        ASSERT(g.opcode == f.opcode && g.fin == f.fin && g.payload_len == f.payload_len);
        (void)ws_utf8_valid((const uint8_t *)c->buf + f.header_len, (size_t)f.payload_len);
        put(c, "F", 1);
        put(c, &f.opcode, 1);
        put(c, &f.fin, 1);
        put(c, &f.payload_len, sizeof f.payload_len);
        put(c, c->buf + f.header_len, (size_t)f.payload_len);
        memmove(c->buf, c->buf + r, c->len - (size_t)r);
        c->len -= (size_t)r;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t ctl = data[0];
    data++;
    size--;
    conn_t a = {0}, b = {0};
    a.r.max_len = b.r.max_len = (ctl & 1) ? 64 : (1u << 20);
    a.r.require_mask = b.r.require_mask = (ctl & 2) != 0;
    a.r.deflate = b.r.deflate = (ctl & 4) != 0;
    size_t cut = size ? (size_t)(ctl >> 3) * size / 32 : 0;
    feed(&a, data, size);
    feed(&b, data, cut);
    feed(&b, data + cut, size - cut);
    ASSERT(a.err == b.err);
    ASSERT(a.tn == b.tn && (a.tn == 0 || memcmp(a.trace, b.trace, a.tn) == 0));
    if (!a.err)
        ASSERT(a.len == b.len);
    free(a.buf);
    free(b.buf);
    free(a.trace);
    free(b.trace);
    return 0;
}
