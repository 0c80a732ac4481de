/* test_frame.c — unit tests of plugins/websocket/frame.c: header parsing with each length
 * form and every check RFC 6455 asks of a server, header writing (round trip), unmasking
 * at any offset, UTF-8 validation, and the reader: a stream of frames (a fragmented
 * message with a ping between its fragments, lengths of every form) cut at every position
 * into a buffer that moves, and fed byte by byte, must give the same frames as the whole
 * input at once; fragment order and message size errors. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "tap.h"

/* A client frame (masked with a fixed mask unless mask is NULL) appended to out. */
static size_t put_frame(uint8_t *out, uint8_t b0, const void *payload, size_t len,
                        const uint8_t *mask)
{
    uint8_t h[14];
    size_t hl = ws_frame_header(h, b0 & 0x0F, (b0 & 0x80) ? WS_FLAG_FIN : 0, len, mask);
    memcpy(out, h, hl);
    memcpy(out + hl, payload, len);
    if (mask)
        ws_unmask(out + hl, len, mask, 0);
    return hl + len;
}

static const uint8_t M[4] = {0x12, 0x34, 0x56, 0x78};

static void test_lengths(void)
{
    static uint8_t buf[70000 + 14], payload[70000];
    for (size_t i = 0; i < sizeof payload; i++)
        payload[i] = (uint8_t)(i * 7);
    const size_t lens[] = {0, 1, 125, 126, 127, 65535, 65536, 70000};
    const int hls[] = {6, 6, 6, 8, 8, 8, 14, 14};
    for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
        size_t n = put_frame(buf, 0x82, payload, lens[k], M);
        ws_frame_t f;
        int hl = ws_frame_parse(buf, n, UINT64_MAX, true, &f);
        CHECK(hl == hls[k]);
        CHECK(f.payload_len == lens[k] && f.fin && f.masked && f.opcode == WS_OP_BINARY);
        CHECK(memcmp(f.mask, M, 4) == 0);
        /* every prefix of the header: need more */
        for (int cut = 0; cut < hl; cut++)
            CHECK(ws_frame_parse(buf, (size_t)cut, UINT64_MAX, true, &f) == 0);
        ws_unmask(buf + hl, lens[k], M, 0);
        CHECK(memcmp(buf + hl, payload, lens[k]) == 0);
    }
    /* server frames: unmasked, 2/4/10-byte headers */
    uint8_t h[14];
    CHECK(ws_frame_header(h, WS_OP_TEXT, WS_FLAG_FIN, 5, NULL) == 2 && h[0] == 0x81 && h[1] == 5);
    CHECK(ws_frame_header(h, WS_OP_TEXT, 0, 300, NULL) == 4 && h[0] == 0x01 && h[1] == 126 &&
          h[2] == 1 && h[3] == 44);
    CHECK(ws_frame_header(h, WS_OP_BINARY, WS_FLAG_FIN | WS_FLAG_RSV1, 1ull << 32, NULL) == 10 &&
          h[0] == 0xC2 && h[1] == 127 && h[5] == 1 && h[6] == 0);
    ws_frame_t f;
    CHECK(ws_frame_parse(h, 10, UINT64_MAX, false, &f) == WS_E_PROTOCOL);   /* RSV1 */
}

static void test_errors(void)
{
    uint8_t b[32];
    ws_frame_t f;
    /* unmasked client frame */
    size_t n = put_frame(b, 0x81, "hi", 2, NULL);
    CHECK(ws_frame_parse(b, n, 100, true, &f) == WS_E_PROTOCOL);
    CHECK(ws_frame_parse(b, n, 100, false, &f) == 2);
    /* reported from the second byte already */
    CHECK(ws_frame_parse(b, 2, 100, true, &f) == WS_E_PROTOCOL);
    /* RSV bits, reserved opcodes (data 3-7, control 0xB-0xF) */
    const uint8_t bad0[] = {0xC1, 0xA1, 0x91, 0x83, 0x87, 0x8B, 0x8F};
    for (size_t i = 0; i < sizeof bad0; i++) {
        b[0] = bad0[i];
        CHECK(ws_frame_parse(b, 1, 100, true, &f) == WS_E_PROTOCOL);
    }
    /* a fragmented control frame; a control frame over 125 bytes */
    b[0] = 0x09;
    CHECK(ws_frame_parse(b, 1, 100, true, &f) == WS_E_PROTOCOL);
    b[0] = 0x89;
    b[1] = 0x80 | 126;
    CHECK(ws_frame_parse(b, 2, 1000, true, &f) == WS_E_PROTOCOL);
    /* the 64-bit length with its top bit set */
    memset(b, 0, sizeof b);
    b[0] = 0x82;
    b[1] = 0x80 | 127;
    b[2] = 0x80;
    CHECK(ws_frame_parse(b, 10, UINT64_MAX, true, &f) == WS_E_PROTOCOL);
    /* too big, known from the length bytes before the mask and payload arrive */
    b[2] = 0;
    b[6] = 1;   /* 2^24 */
    CHECK(ws_frame_parse(b, 10, 1 << 20, true, &f) == WS_E_TOO_BIG);
    b[1] = 0x80 | 126;
    b[2] = 0xFF;
    b[3] = 0xFF;
    CHECK(ws_frame_parse(b, 4, 65534, true, &f) == WS_E_TOO_BIG);
    CHECK(ws_frame_parse(b, 4, 65535, true, &f) == 0);
}

static void test_unmask_offsets(void)
{
    uint8_t a[100], b[100];
    for (int i = 0; i < 100; i++)
        a[i] = b[i] = (uint8_t)(i * 13 + 1);
    for (uint64_t off = 0; off < 8; off++)
        for (size_t n = 0; n < 40; n++) {
            memcpy(a, b, sizeof a);
            ws_unmask(a + 3, n, M, off);
            bool ok = true;
            for (size_t i = 0; i < n; i++)
                ok &= a[3 + i] == (b[3 + i] ^ M[(off + i) & 3]);
            CHECK(ok && a[2] == b[2] && a[3 + n] == b[3 + n]);
        }
}

static void test_utf8(void)
{
    CHECK(ws_utf8_valid((const uint8_t *)"", 0));
    CHECK(ws_utf8_valid((const uint8_t *)"h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80", 15));
    CHECK(!ws_utf8_valid((const uint8_t *)"\xC0\xAF", 2));          /* overlong */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xE0\x80\xAF", 3));      /* overlong */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xED\xA0\x80", 3));      /* surrogate */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xF4\x90\x80\x80", 4));  /* > U+10FFFF */
    CHECK(!ws_utf8_valid((const uint8_t *)"\xE2\x82", 2));          /* cut */
    CHECK(!ws_utf8_valid((const uint8_t *)"\x80", 1));
    CHECK(!ws_utf8_valid((const uint8_t *)"\xFF", 1));
}

/* ---- the reader over a stream ------------------------------------------------------------- */

typedef struct {
    char *buf;   /* unconsumed input, reallocated at each feed (the buffer moves) */
    size_t len;
    ws_reader_t r;
    long err;
    char trace[200000];
    size_t tn;
} conn_t;

static void conn_init(conn_t *c, uint64_t max)
{
    memset(c, 0, sizeof *c);
    c->r.max_len = max;
    c->r.require_mask = true;
}

static void feed(conn_t *c, const uint8_t *d, size_t n)
{
    if (c->err)
        return;
    char *nb = malloc(c->len + n + 1);
    if (c->len)   /* the first feed has no buffer yet: memcpy from NULL is undefined */
        memcpy(nb, c->buf, c->len);
    memcpy(nb + c->len, d, n);
    free(c->buf);
    c->buf = nb;
    c->len += n;
    for (;;) {
        ws_frame_t f;
        long r = ws_reader_next(&c->r, c->buf, c->len, &f);
        if (r < 0) {
            c->err = r;
            return;
        }
        if (r == 0)
            return;
        int w = snprintf(c->trace + c->tn, sizeof c->trace - c->tn, "[%d%c%llu:", f.opcode,
                         f.fin ? 'F' : '-', (unsigned long long)f.payload_len);
        c->tn += (size_t)w;
        memcpy(c->trace + c->tn, c->buf + f.header_len, (size_t)f.payload_len);
        c->tn += (size_t)f.payload_len;
        c->trace[c->tn++] = ']';
        memmove(c->buf, c->buf + r, c->len - (size_t)r);
        c->len -= (size_t)r;
    }
}

static void test_stream_splits(void)
{
    static uint8_t in[80000];
    static char big[70000];
    memset(big, 'x', sizeof big);
    size_t n = 0;
    n += put_frame(in + n, 0x81, "hello", 5, M);
    n += put_frame(in + n, 0x01, "frag", 4, M);          /* text, not fin */
    n += put_frame(in + n, 0x89, "ping", 4, M);          /* control between fragments */
    n += put_frame(in + n, 0x00, "ment", 4, M);          /* continuation */
    n += put_frame(in + n, 0x80, "ed", 2, M);            /* last continuation */
    n += put_frame(in + n, 0x82, big, 300, M);           /* 16-bit length */
    n += put_frame(in + n, 0x82, big, 0, M);
    n += put_frame(in + n, 0x8A, "", 0, M);              /* pong */
    n += put_frame(in + n, 0x88, "\x03\xe8" "bye", 5, M);
    conn_t *whole = malloc(sizeof *whole), *c = malloc(sizeof *c);
    conn_init(whole, 1 << 20);
    feed(whole, in, n);
    CHECK(whole->err == 0 && whole->len == 0);
    CHECK(strncmp(whole->trace, "[1F5:hello][1-4:frag][9F4:ping][0-4:ment][0F2:ed][2F300:", 56) == 0);
    CHECK(!whole->r.in_msg);
    bool same = true;
    for (size_t cut = 0; cut <= n; cut++) {
        conn_init(c, 1 << 20);
        feed(c, in, cut);
        feed(c, in + cut, n - cut);
        same &= c->err == 0 && c->len == 0 && c->tn == whole->tn &&
                memcmp(c->trace, whole->trace, whole->tn) == 0;
        free(c->buf);
    }
    CHECK(same);
    conn_init(c, 1 << 20);
    for (size_t i = 0; i < n; i++)
        feed(c, in + i, 1);
    CHECK(c->tn == whole->tn && memcmp(c->trace, whole->trace, whole->tn) == 0);
    free(c->buf);
    /* a 64-bit length frame */
    static uint8_t in2[70000 + 14];
    size_t n2 = put_frame(in2, 0x82, big, 70000, M);
    for (size_t cut = 0; cut <= n2; cut += 997) {
        conn_init(c, 1 << 20);
        feed(c, in2, cut);
        feed(c, in2 + cut, n2 - cut);
        CHECK(c->err == 0 && c->len == 0 && strncmp(c->trace, "[2F70000:xxx", 12) == 0);
        free(c->buf);
    }
    free(whole->buf);
    free(whole);
    free(c);
}

static void test_stream_errors(void)
{
    uint8_t in[400];
    conn_t *c = malloc(sizeof *c);
    /* a continuation without a message */
    conn_init(c, 100);
    size_t n = put_frame(in, 0x80, "x", 1, M);
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL);
    free(c->buf);
    /* a new text frame inside a fragmented message */
    conn_init(c, 100);
    n = put_frame(in, 0x01, "a", 1, M);
    n += put_frame(in + n, 0x81, "b", 1, M);
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL && strcmp(c->trace, "[1-1:a]") == 0);
    free(c->buf);
    /* fragments each under max_len, the message over it: 1009 at the header */
    conn_init(c, 100);
    char p[80];
    memset(p, 'p', sizeof p);
    n = put_frame(in, 0x02, p, 80, M);
    n += put_frame(in + n, 0x80, p, 30, M);
    feed(c, in, n - 30);   /* the second frame's header is in: already refused */
    CHECK(c->err == WS_E_TOO_BIG);
    free(c->buf);
    /* unmasked */
    conn_init(c, 100);
    n = put_frame(in, 0x81, "a", 1, NULL);
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL);
    free(c->buf);
    free(c);
}

/* permessage-deflate: RSV1 on a message's first frame only, and only when negotiated */
static void test_stream_rsv1(void)
{
    uint8_t in[64];
    conn_t *c = malloc(sizeof *c);
    size_t n = put_frame(in, 0x01, "a", 1, M);
    n += put_frame(in + n, 0x80, "b", 1, M);
    in[0] |= 0x40;   /* RSV1 on the first fragment */
    conn_init(c, 100);
    c->r.deflate = true;
    feed(c, in, n);
    CHECK(c->err == 0 && c->r.msg_compressed && strcmp(c->trace, "[1-1:a][0F1:b]") == 0);
    free(c->buf);
    conn_init(c, 100);   /* not negotiated */
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL);
    free(c->buf);
    in[0] &= ~0x40;
    in[7] |= 0x40;   /* RSV1 on the continuation */
    conn_init(c, 100);
    c->r.deflate = true;
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL && !c->r.msg_compressed);
    free(c->buf);
    n = put_frame(in, 0x89, "p", 1, M);
    in[0] |= 0x40;   /* RSV1 on a ping */
    conn_init(c, 100);
    c->r.deflate = true;
    feed(c, in, n);
    CHECK(c->err == WS_E_PROTOCOL);
    free(c->buf);
    free(c);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_lengths),       TAP_CASE(test_errors),        TAP_CASE(test_unmask_offsets),
    TAP_CASE(test_utf8),          TAP_CASE(test_stream_splits), TAP_CASE(test_stream_errors),
    TAP_CASE(test_stream_rsv1),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
