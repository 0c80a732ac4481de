/* test_multipart.c — unit tests of plugins/http/multipart.c: boundary extraction, parts
 * and their headers, the body cut at every position (one and two cuts, byte by byte),
 * data holding partial delimiters, preamble / epilogue, and every error code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "multipart.h"
#include "tap.h"

/* ---- a recorder: the callbacks render what they saw as text ------------------------------ */

typedef struct {
    char log[16384];
    size_t n;
    int in_part;
    int abort_at; /* 1: begin, 2: data, 3: end (0: never) */
    int bad_order;
} rec_t;

static void put(rec_t *r, const char *s, size_t n)
{
    if (r->n + n >= sizeof r->log)
        n = sizeof r->log - 1 - r->n;
    memcpy(r->log + r->n, s, n);
    r->n += n;
    r->log[r->n] = 0;
}

static void puts_(rec_t *r, const char *s)
{
    put(r, s, strlen(s));
}

static int on_begin(void *ud, const http_multipart_part_t *p)
{
    rec_t *r = ud;
    if (r->in_part)
        r->bad_order = 1;
    r->in_part = 1;
    puts_(r, "[");
    put(r, p->name, p->name_len);
    if (p->filename) {
        puts_(r, "|f=");
        put(r, p->filename, p->filename_len);
    }
    if (p->content_type) {
        puts_(r, "|t=");
        put(r, p->content_type, p->content_type_len);
    }
    puts_(r, "]");
    return r->abort_at == 1;
}

static int on_data(void *ud, const char *d, size_t n)
{
    rec_t *r = ud;
    if (!r->in_part || n == 0)
        r->bad_order = 1;
    put(r, d, n);
    return r->abort_at == 2;
}

static int on_end(void *ud)
{
    rec_t *r = ud;
    if (!r->in_part)
        r->bad_order = 1;
    r->in_part = 0;
    puts_(r, "<end>");
    return r->abort_at == 3;
}

static const http_multipart_cb_t cbs = {on_begin, on_data, on_end};

/* Feeds body cut at the given positions (sorted, ncut of them), then finishes. Returns
 * the first error or the finish result; *r holds the log. */
static int run_cuts(rec_t *r, const char *bnd, const char *body, size_t len, const size_t *cut,
                    int ncut, uint32_t max_parts, uint32_t max_header)
{
    memset(r, 0, sizeof *r);
    http_multipart_t *mp = malloc(sizeof *mp);
    int rc = http_multipart_init(mp, bnd, strlen(bnd), &cbs, r);
    if (max_parts)
        mp->max_parts = max_parts;
    if (max_header)
        mp->max_header = max_header;
    size_t at = 0;
    for (int i = 0; i <= ncut && rc == 0; i++) {
        size_t to = i < ncut ? cut[i] : len;
        /* each piece in its own allocation: reading past it is caught by ASan */
        char *piece = malloc(to - at ? to - at : 1);
        memcpy(piece, body + at, to - at);
        rc = http_multipart_feed(mp, piece, to - at);
        free(piece);
        at = to;
    }
    if (rc == 0)
        rc = http_multipart_finish(mp);
    free(mp);
    return rc;
}

static int run(rec_t *r, const char *bnd, const char *body)
{
    return run_cuts(r, bnd, body, strlen(body), NULL, 0, 0, 0);
}

/* ---- boundary parameter ----------------------------------------------------------------- */

static void test_boundary_param(void)
{
    static const struct {
        const char *ct, *want; /* want NULL: rejected */
    } t[] = {
        {"multipart/form-data; boundary=abc", "abc"},
        {"multipart/form-data;boundary=abc", "abc"},
        {"multipart/form-data; BOUNDARY=abc", "abc"},
        {"multipart/form-data; boundary=\"a b:c\"", "a b:c"},
        {"multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
         "----WebKitFormBoundary7MA4YWxkTrZu0gW"},
        {"multipart/form-data; charset=utf-8; boundary=x", "x"},
        {"multipart/form-data; a=\"boundary=no\"; boundary=yes", "yes"},
        {"multipart/form-data; a=\"q\\\"; boundary=no\"; boundary=yes", "yes"},
        {"multipart/form-data; boundary=abc ; charset=x", "abc"},
        {"multipart/form-data; boundary = abc", "abc"},
        {"multipart/form-data;; boundary=abc", "abc"},
        {"multipart/form-data; boundary=a; boundary=b", "a"},
        {"multipart/form-data; boundary='()+_,-./:=?", "'()+_,-./:=?"},
        {"multipart/form-data; boundary=1234567890123456789012345678901234567890123456789012345"
         "678901234567890",
         "1234567890123456789012345678901234567890123456789012345678901234567890"},
        {"multipart/form-data; boundary=1234567890123456789012345678901234567890123456789012345"
         "6789012345678901",
         NULL},
        {"multipart/form-data", NULL},
        {"multipart/form-data;", NULL},
        {"multipart/form-data; boundary=", NULL},
        {"multipart/form-data; boundary=\"\"", NULL},
        {"multipart/form-data; boundary=\"abc", NULL},
        {"multipart/form-data; boundary=\"ab\\\"c\"", NULL},
        {"multipart/form-data; boundary=\"abc \"", NULL},
        {"multipart/form-data; boundary=ab{c", NULL},
        {"multipart/form-data; boundary=ab\x01", NULL},
        {"multipart/form-data; boundary=\"ab\xc3\xa9\"", NULL},
        {"multipart/form-data; boundary", NULL},
        {"multipart/form-data; boundary abc", NULL},
        {"multipart/form-data; x=\"unterminated; boundary=abc", NULL},
        {"multipart/form-data; boundary=abc junk", NULL},
        {"multipart/form-data; =abc", NULL},
        {"multipart/form-data; boundaryx=abc", NULL},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t len = strlen(t[i].ct), off = 99, blen = 99;
        char *ct = malloc(len); /* no NUL: an over-read is caught */
        memcpy(ct, t[i].ct, len);
        int rc = http_multipart_boundary(ct, len, &off, &blen);
        int ok = t[i].want
                     ? rc == 0 && blen == strlen(t[i].want) && !memcmp(ct + off, t[i].want, blen)
                     : rc == HTTP_MP_E_BOUNDARY;
        CHECK(ok);
        if (!ok)
            printf("# case %zu: rc %d\n", i, rc);
        /* every truncation of it is handled without reading past the end */
        for (size_t k = 0; k < len; k++)
            (void)http_multipart_boundary(ct + len - k, k, &off, &blen);
        free(ct);
    }
    http_multipart_t mp;
    CHECK(http_multipart_init(&mp, "", 0, &cbs, NULL) == HTTP_MP_E_BOUNDARY);
    CHECK(http_multipart_feed(&mp, "x", 1) == HTTP_MP_E_BOUNDARY);
    CHECK(http_multipart_init(&mp, "x", 71, &cbs, NULL) == HTTP_MP_E_BOUNDARY);
}

/* ---- well-formed bodies ------------------------------------------------------------------- */

#define FORM                                                                                       \
    "--XyZ\r\n"                                                                                    \
    "Content-Disposition: form-data; name=\"title\"\r\n"                                           \
    "\r\n"                                                                                         \
    "Hello\r\n--X\r\n"                                                                             \
    "--XyZ\r\n"                                                                                    \
    "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"                        \
    "Content-Type: text/plain\r\n"                                                                 \
    "\r\n"                                                                                         \
    "line1\r\nline2\r\r\n--XyY\r\n-\r\n--\r\n--Xy\r\n--XZ\r\r\n--\r\n"                             \
    "--XyZ\r\n"                                                                                    \
    "content-disposition: FORM-DATA; name=empty\r\n"                                               \
    "\r\n"                                                                                         \
    "\r\n"                                                                                         \
    "--XyZ--\r\n"

#define FORM_LOG                                                                                   \
    "[title]Hello\r\n--X<end>[file|f=a.txt|t=text/plain]line1\r\nline2\r\r\n--XyY\r\n-\r\n--"      \
    "\r\n--Xy\r\n--XZ\r\r\n--<end>[empty]<end>"

static void test_form(void)
{
    rec_t r;
    CHECK(run(&r, "XyZ", FORM) == 0);
    CHECK(!strcmp(r.log, FORM_LOG));
    CHECK(!r.bad_order);
    if (strcmp(r.log, FORM_LOG))
        printf("# log: %s\n", r.log);
}

/* The same body cut at every position, at every pair of positions, byte by byte. */
static void test_every_split(void)
{
    const char *body = FORM;
    size_t len = strlen(body);
    rec_t r;
    int bad = 0;
    for (size_t i = 0; i <= len; i++) {
        size_t cut[1] = {i};
        if (run_cuts(&r, "XyZ", body, len, cut, 1, 0, 0) != 0 || strcmp(r.log, FORM_LOG) ||
            r.bad_order) {
            if (!bad++)
                printf("# cut at %zu: %s\n", i, r.log);
        }
    }
    for (size_t i = 0; i <= len; i++)
        for (size_t j = i; j <= len; j++) {
            size_t cut[2] = {i, j};
            if (run_cuts(&r, "XyZ", body, len, cut, 2, 0, 0) != 0 || strcmp(r.log, FORM_LOG)) {
                if (!bad++)
                    printf("# cuts at %zu,%zu: %s\n", i, j, r.log);
            }
        }
    size_t *all = malloc(len * sizeof *all);
    for (size_t i = 0; i < len; i++)
        all[i] = i + 1;
    if (run_cuts(&r, "XyZ", body, len, all, (int)len - 1, 0, 0) != 0 || strcmp(r.log, FORM_LOG))
        bad++;
    free(all);
    CHECK(bad == 0);
}

static void test_preamble_epilogue(void)
{
    rec_t r;
    CHECK(run(&r, "b",
              "This is the preamble.\r\n--c is not it\r\n-\r\n--b\r\n"
              "Content-Disposition: form-data; name=a\r\n\r\n1\r\n--b--"
              "\r\nepilogue --b\r\nContent-Disposition: form-data; name=z\r\n\r\n") == 0);
    CHECK(!strcmp(r.log, "[a]1<end>"));
    /* the first delimiter may start the body, or follow an empty preamble line */
    CHECK(run(&r, "b", "\r\n--b\r\nContent-Disposition: form-data; name=a\r\n\r\n\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[a]<end>"));
    /* transport padding after a delimiter */
    CHECK(run(&r, "b",
              "--b \t \r\nContent-Disposition: form-data; name=a\r\n\r\nv\r\n--b  \r\n"
              "Content-Disposition: form-data; name=c\r\n\r\nw\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[a]v<end>[c]w<end>"));
    /* no part at all: just the closing delimiter */
    CHECK(run(&r, "b", "--b--\r\n") == 0);
    CHECK(!strcmp(r.log, ""));
    /* binary data with NULs and CRs */
    const char bin[] =
        "--b\r\nContent-Disposition: form-data; name=x\r\n\r\n\0\r\0\r\n\0--b\r\r\n--b--";
    rec_t r2;
    CHECK(run_cuts(&r2, "b", bin, sizeof bin - 1, NULL, 0, 0, 0) == 0);
    CHECK(r2.n == 3 + 10 + 5 && !memcmp(r2.log, "[x]\0\r\0\r\n\0--b\r<end>", 18));
}

static void test_part_headers(void)
{
    rec_t r;
    /* escapes in quoted strings: only \" and \\ are escapes */
    CHECK(run(&r, "b",
              "--b\r\nContent-Disposition: form-data; name=\"a\\\"b\"; "
              "filename=\"C:\\dir\\x \\\\y.txt\"\r\n\r\n\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[a\"b|f=C:\\dir\\x \\y.txt]<end>"));
    /* an empty filename is present (PHP: no file uploaded) */
    CHECK(run(&r, "b",
              "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\"\r\n"
              "Content-Type: application/octet-stream\r\n\r\n\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[f|f=|t=application/octet-stream]<end>"));
    /* parameter order, case, spaces, unknown parameters and headers */
    CHECK(run(&r, "b",
              "--b\r\nX-Other: 1\r\ncontent-type:  image/png \r\n"
              "Content-Disposition: form-data ; FILENAME = \"p;q.png\" ; foo=\"x;y\";"
              "Name=n ;\r\nContent-Transfer-Encoding: binary\r\n\r\nPNG\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[n|f=p;q.png|t=image/png]PNG<end>"));
    /* filename* is a different parameter (RFC 7578 §4.2 says not to use it) */
    CHECK(run(&r, "b",
              "--b\r\nContent-Disposition: form-data; name=a; filename*=utf-8''x\r\n"
              "\r\n1\r\n--b--") == 0);
    CHECK(!strcmp(r.log, "[a]1<end>"));
    /* the raw header block and index are given */
    memset(&r, 0, sizeof r);
}

/* The part struct itself: raw headers, index. */
static const char *seen_headers;
static size_t seen_headers_len;
static uint32_t seen_index;
static int grab(void *ud, const http_multipart_part_t *p)
{
    (void)ud;
    if (p->headers_len == seen_headers_len && !memcmp(p->headers, seen_headers, seen_headers_len))
        seen_index |= 1u << p->index;
    return 0;
}

static void test_part_struct(void)
{
    const char *body = "--b\r\nContent-Disposition: form-data; name=a\r\nX: y\r\n\r\nv\r\n"
                       "--b\r\nContent-Disposition: form-data; name=a\r\nX: y\r\n\r\n\r\n--b--";
    seen_headers = "Content-Disposition: form-data; name=a\r\nX: y\r\n";
    seen_headers_len = strlen(seen_headers);
    seen_index = 0;
    http_multipart_cb_t cb = {grab, NULL, NULL};
    http_multipart_t *mp = malloc(sizeof *mp);
    CHECK(http_multipart_init(mp, "b", 1, &cb, NULL) == 0);
    CHECK(http_multipart_feed(mp, body, strlen(body)) == 0);
    CHECK(http_multipart_done(mp));
    CHECK(http_multipart_finish(mp) == 0);
    CHECK(seen_index == 3);
    /* epilogue after done is ignored */
    CHECK(http_multipart_feed(mp, "garbage", 7) == 0);
    free(mp);
}

/* ---- errors ------------------------------------------------------------------------------- */

static void test_errors(void)
{
    static const struct {
        const char *body;
        int rc;
    } t[] = {
        {"", HTTP_MP_E_BOUNDARY},
        {"no delimiter here\r\n--c\r\n", HTTP_MP_E_BOUNDARY},
        {"--", HTTP_MP_E_BOUNDARY},
        {"--b", HTTP_MP_E_TRUNCATED},
        {"--b-", HTTP_MP_E_TRUNCATED},
        {"--b\r", HTTP_MP_E_TRUNCATED},
        {"--b\r\n", HTTP_MP_E_TRUNCATED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n", HTTP_MP_E_TRUNCATED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n\r\n", HTTP_MP_E_TRUNCATED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n\r\ndata\r\n--", HTTP_MP_E_TRUNCATED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n\r\ndata\r\n--b", HTTP_MP_E_TRUNCATED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n\r\ndata\r\n--b\r\n",
         HTTP_MP_E_TRUNCATED},
        {"--bx\r\n", HTTP_MP_E_MALFORMED},
        {"--b-x", HTTP_MP_E_MALFORMED},
        {"--b\rx", HTTP_MP_E_MALFORMED},
        {"--b\n", HTTP_MP_E_MALFORMED},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--bX", HTTP_MP_E_MALFORMED},
        {"--b\r\n\r\ndata\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a; x\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data name=a\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\r\nContent-Disposition: form-data; "
         "name=b\r\n\r\nx\r\n--b--",
         HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\r\n folded\r\n\r\nx\r\n--b--",
         HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\r\nNoColon\r\n\r\nx\r\n--b--",
         HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition : form-data; name=a\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\nX: y\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\rX: y\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\nContent-Disposition: form-data; name=a\x01\r\n\r\nx\r\n--b--", HTTP_MP_E_HEADER},
        {"--b\r\n: v\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--b--",
         HTTP_MP_E_HEADER},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        rec_t r;
        int rc = run(&r, "b", t[i].body);
        CHECK(rc == t[i].rc);
        if (rc != t[i].rc)
            printf("# case %zu: got %d (%s) want %d\n", i, rc, http_multipart_strerror(rc),
                   t[i].rc);
        /* the same result whatever the split */
        size_t len = strlen(t[i].body);
        for (size_t k = 0; k <= len; k++) {
            size_t cut[1] = {k};
            int rc2 = run_cuts(&r, "b", t[i].body, len, cut, 1, 0, 0);
            if (rc2 != t[i].rc) {
                CHECK(rc2 == t[i].rc);
                printf("# case %zu cut %zu: got %d\n", i, k, rc2);
                break;
            }
        }
    }
}

static void test_limits(void)
{
    rec_t r;
    const char *three = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n"
                        "--b\r\nContent-Disposition: form-data; name=b\r\n\r\n2\r\n"
                        "--b\r\nContent-Disposition: form-data; name=c\r\n\r\n3\r\n--b--";
    CHECK(run_cuts(&r, "b", three, strlen(three), NULL, 0, 3, 0) == 0);
    CHECK(run_cuts(&r, "b", three, strlen(three), NULL, 0, 2, 0) == HTTP_MP_E_PARTS);
    CHECK(!strcmp(r.log, "[a]1<end>[b]2<end>"));
    /* header block: "Content-Disposition: form-data; name=a\r\n\r\n" is 42 bytes */
    CHECK(run_cuts(&r, "b", three, strlen(three), NULL, 0, 0, 42) == 0);
    CHECK(run_cuts(&r, "b", three, strlen(three), NULL, 0, 0, 41) == HTTP_MP_E_HEADER_SIZE);
    /* default bound: HTTP_MP_HEADER_MAX */
    size_t big = HTTP_MP_HEADER_MAX + 100;
    char *b = malloc(big + 64);
    int w = sprintf(b, "--b\r\nX: ");
    memset(b + w, 'x', big);
    strcpy(b + w + big, "\r\n\r\n\r\n--b--");
    CHECK(run(&r, "b", b) == HTTP_MP_E_HEADER_SIZE);
    free(b);
    /* the boundary of maximum length */
    char bnd[71];
    memset(bnd, 'q', 70);
    bnd[70] = 0;
    char body[400];
    snprintf(body, sizeof body,
             "--%s\r\nContent-Disposition: form-data; name=a\r\n\r\n\r\n--%.69s\r\n--%s--", bnd,
             bnd, bnd);
    CHECK(run(&r, bnd, body) == 0);
    char want[200];
    snprintf(want, sizeof want, "[a]\r\n--%.69s<end>", bnd);
    CHECK(!strcmp(r.log, want));
}

static void test_abort_and_sticky(void)
{
    static const char *body = "--b\r\nContent-Disposition: form-data; name=a\r\n\r\n1\r\n--b--";
    for (int at = 1; at <= 3; at++) {
        rec_t r;
        memset(&r, 0, sizeof r);
        r.abort_at = at;
        http_multipart_t *mp = malloc(sizeof *mp);
        http_multipart_init(mp, "b", 1, &cbs, &r);
        CHECK(http_multipart_feed(mp, body, strlen(body)) == HTTP_MP_E_ABORTED);
        CHECK(http_multipart_feed(mp, "x", 1) == HTTP_MP_E_ABORTED);
        CHECK(http_multipart_finish(mp) == HTTP_MP_E_ABORTED);
        CHECK(!http_multipart_done(mp));
        free(mp);
    }
    /* no callbacks at all */
    http_multipart_t *mp = malloc(sizeof *mp);
    CHECK(http_multipart_init(mp, "b", 1, NULL, NULL) == 0);
    CHECK(http_multipart_feed(mp, body, strlen(body)) == 0);
    CHECK(http_multipart_finish(mp) == 0);
    free(mp);
    for (int c = 0; c >= -8; c--)
        CHECK(http_multipart_strerror(c) != NULL);
}

static size_t data_bytes;
static int count_data(void *ud, const char *d, size_t n)
{
    (void)ud, (void)d;
    data_bytes += n;
    return 0;
}

/* 256 KiB of data made of "\r\n--bound" near-misses, fed one byte at a time: the parser
 * holds back at most a delimiter's length, never rescans, and delivers every byte. */
static void test_linear_feeding(void)
{
    enum { BIG = 256 * 1024 };
    const char *head = "--bound\r\nContent-Disposition: form-data; name=f; filename=x\r\n\r\n";
    size_t hl = strlen(head), w = hl;
    char *b = malloc(hl + BIG + 64);
    memcpy(b, head, hl);
    static const char *miss[] = {"\r", "\r\n", "\r\n-", "\r\n--", "\r\n--b", "\r\n--boun", "x"};
    size_t data = 0;
    for (int i = 0; data < BIG; i++) {
        size_t n = strlen(miss[i % 7]);
        memcpy(b + w, miss[i % 7], n);
        w += n;
        data += n;
    }
    w += (size_t)sprintf(b + w, "\r\n--bound--");
    http_multipart_cb_t cb = {NULL, count_data, NULL};
    http_multipart_t *mp = malloc(sizeof *mp);
    http_multipart_init(mp, "bound", 5, &cb, NULL);
    data_bytes = 0;
    int rc = 0;
    for (size_t k = 0; k < w && rc == 0; k++)
        rc = http_multipart_feed(mp, b + k, 1);
    CHECK(rc == 0 && http_multipart_finish(mp) == 0);
    CHECK(data_bytes == data);
    free(mp);
    free(b);
}

/* Inputs found by the fuzzers (tests/fuzz), kept as regressions. */
static void test_fuzz_regressions(void)
{
    rec_t r;
    CHECK(run(&r, "b", "--b--") == 0);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_boundary_param),   TAP_CASE(test_form),
    TAP_CASE(test_every_split),      TAP_CASE(test_preamble_epilogue),
    TAP_CASE(test_part_headers),     TAP_CASE(test_part_struct),
    TAP_CASE(test_errors),           TAP_CASE(test_limits),
    TAP_CASE(test_abort_and_sticky), TAP_CASE(test_linear_feeding),
    TAP_CASE(test_fuzz_regressions),
};

int main(void)
{
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
