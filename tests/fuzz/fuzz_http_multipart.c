/* fuzz_http_multipart.c — libFuzzer target for the http plugin's multipart/form-data
 * parser (plugins/http/multipart.c). Input: the first line is a Content-Type value (its
 * boundary parameter is used) or, if it has none, the boundary itself; the rest is the
 * body. The body is parsed at once, then fed in pieces whose sizes come from the input,
 * then byte by byte (small bodies). Invariants (abort on violation):
 *   - the result and every callback's content (part names, filenames, content types,
 *     data bytes, ends) are identical whatever the split;
 *   - callbacks come in order (begin, data*, end), data is never empty, the total data
 *     never exceeds the body, part strings point inside the parser's header buffer;
 *   - errors are the documented codes and sticky.
 * Build and run: scripts/fuzz.sh http_multipart SECONDS */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "multipart.h"

#define ASSERT(c)                                                                                  \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #c);              \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

typedef struct {
    uint64_t hash; /* FNV-1a over everything the callbacks saw: split independent */
    uint64_t data_total;
    uint32_t parts;
    int in_part;
    http_multipart_t *mp;
} rec_t;

static void mix(rec_t *r, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        r->hash = (r->hash ^ s[i]) * 1099511628211ull;
}

static void inside_hdr(const rec_t *r, const char *p, size_t n)
{
    const char *lo = r->mp->hdr, *hi = r->mp->hdr + sizeof r->mp->hdr;
    ASSERT(p >= lo && p + n <= hi);
}

static int on_begin(void *ud, const http_multipart_part_t *p)
{
    rec_t *r = ud;
    ASSERT(!r->in_part);
    ASSERT(p->index == r->parts);
    r->in_part = 1;
    r->parts++;
    ASSERT(p->name);
    inside_hdr(r, p->name, p->name_len);
    inside_hdr(r, p->headers, p->headers_len);
    mix(r, "B", 1);
    mix(r, p->name, p->name_len);
    mix(r, "\0", 1);
    if (p->filename) {
        inside_hdr(r, p->filename, p->filename_len);
        mix(r, "F", 1);
        mix(r, p->filename, p->filename_len);
    }
    if (p->content_type) {
        inside_hdr(r, p->content_type, p->content_type_len);
        mix(r, "T", 1);
        mix(r, p->content_type, p->content_type_len);
    }
    mix(r, "\0", 1);
    return 0;
}

static int on_data(void *ud, const char *d, size_t n)
{
    rec_t *r = ud;
    ASSERT(r->in_part && n > 0);
    r->data_total += n;
    mix(r, d, n);
    return 0;
}

static int on_end(void *ud)
{
    rec_t *r = ud;
    ASSERT(r->in_part);
    r->in_part = 0;
    mix(r, "E", 1);
    return 0;
}

static const http_multipart_cb_t cbs = {on_begin, on_data, on_end};

static int code_ok(int rc)
{
    return rc <= HTTP_MP_OK && rc >= HTTP_MP_E_ABORTED && rc != HTTP_MP_E_ABORTED;
}

/* Parses body[0 .. len) fed in pieces: sizes[] cycled (0: all at once). */
static int run(const char *bnd, size_t blen, const char *body, size_t len, const uint8_t *sizes,
               size_t nsizes, uint32_t max_parts, uint32_t max_header, rec_t *r)
{
    static http_multipart_t mp;
    memset(r, 0, sizeof *r);
    r->hash = 1469598103934665603ull;
    r->mp = &mp;
    int rc = http_multipart_init(&mp, bnd, blen, &cbs, r);
    if (rc < 0)
        return rc;
    mp.max_parts = max_parts;
    mp.max_header = max_header;
    size_t at = 0, k = 0;
    while (at < len && rc == 0) {
        size_t n = nsizes ? 1 + sizes[k++ % nsizes] % 64 : len;
        if (n > len - at)
            n = len - at;
        char *piece = malloc(n); /* exact size: over-reads are caught */
        memcpy(piece, body + at, n);
        rc = http_multipart_feed(&mp, piece, n);
        free(piece);
        at += n;
    }
    ASSERT(code_ok(rc));
    if (rc == 0)
        rc = http_multipart_finish(&mp);
    else
        ASSERT(http_multipart_feed(&mp, "x", 1) == rc && http_multipart_finish(&mp) == rc);
    ASSERT(code_ok(rc));
    ASSERT(r->data_total <= len);
    ASSERT(rc == 0 ? http_multipart_done(&mp) && !r->in_part : !http_multipart_done(&mp));
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nl = memchr(data, '\n', size);
    if (!nl)
        return 0;
    size_t line = (size_t)(nl - data);
    char *ct = malloc(line ? line : 1); /* exact size for the boundary extraction */
    memcpy(ct, data, line);
    size_t off = 0, blen = line;
    if (http_multipart_boundary(ct, line, &off, &blen) == 0)
        ASSERT(blen >= 1 && blen <= HTTP_MP_BOUNDARY_MAX && off + blen <= line);
    else
        off = 0, blen = line;
    const char *body = (const char *)nl + 1;
    size_t len = size - line - 1;
    /* limits from the boundary line: small ones sometimes */
    uint32_t max_parts = line && (data[0] & 1) ? 1 + data[0] % 4 : HTTP_MP_PARTS_DEFAULT;
    uint32_t max_header = line && (data[0] & 2) ? 8 + data[0] % 128 : HTTP_MP_HEADER_MAX;

    rec_t whole, split;
    int rc = run(ct + off, blen, body, len, NULL, 0, max_parts, max_header, &whole);
    int rc2 = run(ct + off, blen, body, len, data, line ? line : 1, max_parts, max_header, &split);
    ASSERT(rc == rc2 && whole.hash == split.hash && whole.parts == split.parts);
    if (len <= 4096) {
        static const uint8_t one = 0;
        rc2 = run(ct + off, blen, body, len, &one, 1, max_parts, max_header, &split);
        ASSERT(rc == rc2 && whole.hash == split.hash);
    }
    free(ct);
    return 0;
}
