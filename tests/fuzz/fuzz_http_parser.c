/* fuzz_http_parser.c — libFuzzer target for the http plugin's request parser
 * (plugins/http/parser.c). The first input byte chooses the limits and where the input is
 * cut; the rest is what a connection received. Invariants checked (abort on violation):
 *   - http_parse_head() gives the same result and the same request (every span, header,
 *     flag) whether the input comes at once or in two calls, the first one seeing only a
 *     prefix in a separate, exactly sized allocation (as if the buffer had moved);
 *   - results are 0, a documented -status, or a head length <= input; spans lie inside the
 *     head; header count within the limits; content_length within max_body;
 *   - the chunked decoder run on the bytes after the head gives the same outcome, decoded
 *     body and consumed length at once or cut in two, with out <= in <= length and the
 *     input after the body untouched;
 *   - the Cookie / query iterators and urldecode stay within their input.
 * Build and run: scripts/fuzz.sh http_parser SECONDS */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"

#define ASSERT(c)                                                                                  \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c);              \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

typedef struct {
    http_head_state_t st;
    http_request_t req;
    http_header_t hdrs[HTTP_MAX_HEADERS];
} head_t;

static int status_ok(long rc)
{
    switch (rc) {
    case -400:
    case -413:
    case -414:
    case -431:
    case -501:
    case -505:
        return 1;
    }
    return 0;
}

static int span_in(http_span_t s, size_t len)
{
    return (size_t)s.off + s.len <= len;
}

static int span_eq(http_span_t a, http_span_t b)
{
    return a.off == b.off && a.len == b.len;
}

static void same_request(const http_request_t *a, const http_request_t *b)
{
    ASSERT(span_eq(a->method, b->method) && a->method_id == b->method_id);
    ASSERT(span_eq(a->target, b->target) && span_eq(a->path, b->path) &&
           span_eq(a->query, b->query));
    ASSERT(a->version_minor == b->version_minor && a->nheaders == b->nheaders);
    for (uint32_t i = 0; i < a->nheaders; i++)
        ASSERT(span_eq(a->headers[i].name, b->headers[i].name) &&
               span_eq(a->headers[i].value, b->headers[i].value));
    ASSERT(a->content_length == b->content_length && a->chunked == b->chunked &&
           a->keep_alive == b->keep_alive && a->expect_continue == b->expect_continue &&
           a->upgrade == b->upgrade);
    ASSERT(a->has_host == b->has_host && span_eq(a->host, b->host));
    ASSERT(a->has_cookie == b->has_cookie && span_eq(a->cookie, b->cookie));
    ASSERT(a->has_content_type == b->has_content_type && span_eq(a->content_type, b->content_type));
}

static void check_request(const http_request_t *r, size_t head, const http_limits_t *lim)
{
    ASSERT(span_in(r->method, head) && r->method.len > 0);
    ASSERT(span_in(r->target, head) && r->target.len > 0 && r->target.len <= lim->max_target);
    ASSERT(span_in(r->path, head) && span_in(r->query, head));
    ASSERT(r->version_minor == 0 || r->version_minor == 1);
    ASSERT(r->nheaders <= lim->max_headers && r->nheaders <= HTTP_MAX_HEADERS);
    for (uint32_t i = 0; i < r->nheaders; i++)
        ASSERT(span_in(r->headers[i].name, head) && r->headers[i].name.len > 0 &&
               span_in(r->headers[i].value, head));
    ASSERT(span_in(r->host, head) && span_in(r->cookie, head) && span_in(r->content_type, head));
    ASSERT(r->content_length >= -1 &&
           (r->content_length == -1 || (uint64_t)r->content_length <= lim->max_body));
    ASSERT(!(r->chunked && r->content_length != -1));
    ASSERT(!(r->version_minor == 1 && !r->has_host));
}

/* Parses in[0 .. len): at once, then cut at `cut`. Returns the head result. */
static long parse_both(const char *in, size_t len, size_t cut, const http_limits_t *lim,
                       head_t *whole)
{
    http_head_init(&whole->st, &whole->req, whole->hdrs, HTTP_MAX_HEADERS);
    long rc = http_parse_head(&whole->st, &whole->req, in, len, lim);
    ASSERT(rc == 0 || status_ok(rc) || (rc > 0 && (size_t)rc <= len));
    ASSERT(http_parse_head(&whole->st, &whole->req, in, len, lim) == rc || rc == 0);

    static head_t h;
    http_head_init(&h.st, &h.req, h.hdrs, HTTP_MAX_HEADERS);
    char *pre = malloc(cut ? cut : 1);
    memcpy(pre, in, cut);
    long r1 = http_parse_head(&h.st, &h.req, pre, cut, lim);
    free(pre);
    if (r1 != 0) {
        ASSERT(r1 == rc);
    } else {
        long r2 = http_parse_head(&h.st, &h.req, in, len, lim);
        ASSERT(r2 == rc);
    }
    if (rc > 0) {
        same_request(&whole->req, &h.req);
        check_request(&whole->req, (size_t)rc, lim);
    }
    return rc;
}

/* Runs the chunked decoder on body[0 .. len) at once and cut at `cut`. */
static void dechunk_both(const char *body, size_t len, size_t cut, const http_limits_t *lim)
{
    char *a = malloc(len ? len : 1), *b = malloc(len ? len : 1);
    memcpy(a, body, len);
    memcpy(b, body, len);
    http_chunked_t ca, cb;
    http_chunked_init(&ca);
    http_chunked_init(&cb);
    int ra = http_chunked_decode(&ca, a, len, lim);
    ASSERT(ra == 0 || ra == 1 || ra == -400 || ra == -413 || ra == -431);
    ASSERT(ca.out <= ca.in && ca.in <= len && ca.out <= lim->max_body);
    int rb = http_chunked_decode(&cb, b, cut, lim);
    ASSERT(cb.out <= cb.in && cb.in <= cut);
    if (rb == 0)
        rb = http_chunked_decode(&cb, b, len, lim);
    ASSERT(ra == rb);
    if (ra == 1) {
        ASSERT(ca.in == cb.in && ca.out == cb.out);
        ASSERT(!memcmp(a, b, (size_t)ca.out));
        ASSERT(!memcmp(a + ca.in, body + ca.in, len - (size_t)ca.in));
        ASSERT(http_chunked_decode(&ca, a, len, lim) == 1);
    } else if (ra == 0) {
        ASSERT(ca.in == cb.in && ca.out == cb.out && !memcmp(a, b, (size_t)ca.out));
    }
    free(a);
    free(b);
}

/* Cookie / query iterators and urldecode on a copy of s[0 .. n). */
static void pairs(const char *s, size_t n)
{
    char *c = malloc(n ? n : 1);
    memcpy(c, s, n);
    for (int q = 0; q < 2; q++) {
        size_t pos = 0, count = 0;
        http_span_t k, v;
        while (q ? http_query_next(c, n, &pos, &k, &v) : http_cookie_next(c, n, &pos, &k, &v)) {
            ASSERT(span_in(k, n) && span_in(v, n) && pos <= n);
            ASSERT(q || k.len > 0);
            ASSERT(++count <= n);
            char *val = malloc(v.len ? v.len : 1);
            memcpy(val, c + v.off, v.len);
            ASSERT(http_urldecode(val, v.len, HTTP_URLDECODE_PLUS) <= v.len);
            free(val);
        }
        ASSERT(pos == n);
    }
    ASSERT(http_urldecode(c, n, 0) <= n);
    free(c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    const char *in = (const char *)data + 1;
    size_t len = size - 1;
    /* Small limits half of the time, so that every limit is reachable. */
    http_limits_t lim = HTTP_LIMITS_DEFAULT;
    if (sel & 1) {
        lim.max_target = 16 + (sel >> 4) * 4;
        lim.max_head = 64 + (sel >> 1) * 8;
        lim.max_headers = 1 + (sel >> 5);
        lim.max_body = (sel >> 2) * 16;
    }
    size_t cut = len ? (size_t)(sel * 7919u) % (len + 1) : 0;

    /* exact-size copy: reading past the input is caught by ASan */
    char *buf = malloc(len ? len : 1);
    memcpy(buf, in, len);
    static head_t h;
    long rc = parse_both(buf, len, cut, &lim, &h);
    if (rc > 0) {
        size_t head = (size_t)rc, rest = len - head;
        dechunk_both(buf + head, rest, rest ? cut % (rest + 1) : 0, &lim);
        if (h.req.has_cookie)
            pairs(buf + h.req.cookie.off, h.req.cookie.len);
        pairs(buf + h.req.query.off, h.req.query.len);
        ASSERT(!h.req.has_host || http_header_find(&h.req, buf, "host"));
    } else {
        /* the decoder and the iterators see arbitrary bytes too */
        dechunk_both(buf, len, cut, &lim);
        pairs(buf, len);
    }
    free(buf);
    return 0;
}
