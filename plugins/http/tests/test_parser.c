/* test_parser.c — unit tests of plugins/http/parser.c: the request head parser (every
 * rejection with its status, limits, flags, every split position, pipelining, moving
 * buffers), the chunked decoder, the Cookie / query iterators and urldecoding.
 * The last case prints a micro-benchmark of the head parser as a TAP comment. */
#define _POSIX_C_SOURCE 200809L /* clock_gettime */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parser.h"
#include "tap.h"

static const http_limits_t deflim = HTTP_LIMITS_DEFAULT;

/* ---- helpers ---------------------------------------------------------------------------- */

typedef struct {
    http_head_state_t st;
    http_request_t req;
    http_header_t hdrs[HTTP_MAX_HEADERS];
} head_t;

static long parse_lim(head_t *h, const char *buf, size_t len, const http_limits_t *lim)
{
    http_head_init(&h->st, &h->req, h->hdrs, HTTP_MAX_HEADERS);
    return http_parse_head(&h->st, &h->req, buf, len, lim);
}

static long parse(head_t *h, const char *s)
{
    return parse_lim(h, s, strlen(s), &deflim);
}

static long status_of(const char *s)
{
    head_t h;
    return parse(&h, s);
}

static int span_is(const char *buf, http_span_t sp, const char *want)
{
    return sp.len == strlen(want) && !memcmp(buf + sp.off, want, sp.len);
}

/* Everything the parser reports, as text: two parses are equal iff their texts are. */
static void describe(const http_request_t *r, const char *buf, long rc, char *out, size_t n)
{
    int w = snprintf(out, n, "rc=%ld", rc);
    if (rc <= 0)
        return;
#define SP(s) (int)(s).len, buf + (s).off
    w += snprintf(out + w, n - w, " m=%.*s/%d t=%.*s p=%.*s q=%.*s v=%d cl=%lld f=%d%d%d%d",
                  SP(r->method), r->method_id, SP(r->target), SP(r->path), SP(r->query),
                  r->version_minor, (long long)r->content_length, r->chunked, r->keep_alive,
                  r->expect_continue, r->upgrade);
    for (uint32_t i = 0; i < r->nheaders && w < (int)n; i++)
        w += snprintf(out + w, n - w, " [%.*s|%.*s]", SP(r->headers[i].name),
                      SP(r->headers[i].value));
    if (w < (int)n)
        snprintf(out + w, n - w, " h=%d:%.*s ct=%d:%.*s ck=%d:%.*s", r->has_host, SP(r->host),
                 r->has_content_type, SP(r->content_type), r->has_cookie, SP(r->cookie));
#undef SP
}

/* ---- request line and headers ---------------------------------------------------------- */

static void test_simple_get(void)
{
    const char *s = "GET /index.php?a=1&b=2 HTTP/1.1\r\n"
                    "Host: example.com\r\n"
                    "User-Agent:  curl/8.0 \t\r\n"
                    "Accept: */*\r\n"
                    "Cookie: a=1; b=2\r\n"
                    "Content-Type: text/plain\r\n"
                    "\r\n"
                    "TRAILING";
    head_t h;
    long n = parse_lim(&h, s, strlen(s), &deflim);
    REQUIRE(n == (long)(strlen(s) - strlen("TRAILING")));
    http_request_t *r = &h.req;
    CHECK(span_is(s, r->method, "GET"));
    CHECK(r->method_id == HTTP_M_GET);
    CHECK(span_is(s, r->target, "/index.php?a=1&b=2"));
    CHECK(span_is(s, r->path, "/index.php"));
    CHECK(span_is(s, r->query, "a=1&b=2"));
    CHECK(r->version_minor == 1);
    CHECK(r->nheaders == 5);
    CHECK(span_is(s, r->headers[1].name, "User-Agent"));
    CHECK(span_is(s, r->headers[1].value, "curl/8.0"));
    CHECK(r->content_length == -1);
    CHECK(!r->chunked && r->keep_alive && !r->expect_continue && !r->upgrade);
    CHECK(r->has_host && span_is(s, r->host, "example.com"));
    CHECK(r->has_cookie && span_is(s, r->cookie, "a=1; b=2"));
    CHECK(r->has_content_type && span_is(s, r->content_type, "text/plain"));
}

static void test_methods(void)
{
    static const struct {
        const char *m;
        http_method_t id;
    } t[] = {
        {"GET", HTTP_M_GET},        {"HEAD", HTTP_M_HEAD},
        {"POST", HTTP_M_POST},      {"PUT", HTTP_M_PUT},
        {"DELETE", HTTP_M_DELETE},  {"OPTIONS", HTTP_M_OPTIONS},
        {"PATCH", HTTP_M_PATCH},    {"CONNECT", HTTP_M_CONNECT},
        {"TRACE", HTTP_M_TRACE},    {"get", HTTP_M_OTHER},
        {"PROPFIND", HTTP_M_OTHER}, {"GETS", HTTP_M_OTHER},
        {"M-SEARCH", HTTP_M_OTHER}, {"X", HTTP_M_OTHER},
        {"POS", HTTP_M_OTHER},      {"A!#$%&'*+-.^_`|~9", HTTP_M_OTHER},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s / HTTP/1.1\r\nHost: h\r\n\r\n", t[i].m);
        head_t h;
        long n = parse(&h, buf);
        CHECK(n == (long)strlen(buf));
        CHECK(h.req.method_id == t[i].id);
        CHECK(span_is(buf, h.req.method, t[i].m));
        if (n != (long)strlen(buf) || h.req.method_id != t[i].id)
            printf("# method %s\n", t[i].m);
    }
}

static void test_targets(void)
{
    head_t h;
    const char *s = "GET /a?b=c?d HTTP/1.1\r\nHost: h\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.path, "/a") && span_is(s, h.req.query, "b=c?d"));
    s = "GET /a? HTTP/1.1\r\nHost: h\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.path, "/a") && h.req.query.len == 0);
    s = "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.path, "*") && h.req.query.len == 0 && h.req.method_id == HTTP_M_OPTIONS);
    s = "GET http://x.org/p?q HTTP/1.1\r\nHost: x.org\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.path, "http://x.org/p") && span_is(s, h.req.query, "q"));
    s = "GET svn+ssh.1-2://x/ HTTP/1.1\r\nHost: [::1]:80\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.host, "[::1]:80"));
    s = "GET / HTTP/1.1\r\nHost: A-z.0_9~!$&'()*+,;=%41:1\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s));
    s = "CONNECT x.org:443 HTTP/1.1\r\nHost: x.org:443\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.target, "x.org:443"));
    /* percent escapes and UTF-8 (obs-text) are passed through undecoded */
    s = "GET /caf\xc3\xa9%20x HTTP/1.1\r\nHost: h\r\n\r\n";
    REQUIRE(parse(&h, s) > 0);
    CHECK(span_is(s, h.req.path, "/caf\xc3\xa9%20x"));
}

static void test_header_values(void)
{
    head_t h;
    const char *s = "GET / HTTP/1.1\r\nHost: h\r\nX-Empty:\r\nX-Sp: \t \r\nX-Tab: a\tb  c\r\n"
                    "X-Obs: \xff\x80\r\nX-Colon: a:b: c\r\n\r\n";
    REQUIRE(parse(&h, s) == (long)strlen(s));
    REQUIRE(h.req.nheaders == 6);
    CHECK(span_is(s, h.req.headers[1].value, ""));
    CHECK(span_is(s, h.req.headers[2].value, ""));
    CHECK(span_is(s, h.req.headers[3].value, "a\tb  c"));
    CHECK(span_is(s, h.req.headers[4].value, "\xff\x80"));
    CHECK(span_is(s, h.req.headers[5].value, "a:b: c"));
    CHECK(span_is(s, h.req.headers[5].name, "X-Colon"));
    const http_header_t *f = http_header_find(&h.req, s, "x-TAB");
    CHECK(f == &h.req.headers[3]);
    CHECK(http_header_find(&h.req, s, "x-ta") == NULL);
    CHECK(http_header_find(&h.req, s, "x-tabs") == NULL);
    CHECK(http_header_is(&h.req.headers[0], s, "HOST"));
    CHECK(!http_header_is(&h.req.headers[0], s, "hos"));
}

/* Every rejection rule with its exact status. */
static void test_rejections(void)
{
    static const struct {
        const char *req;
        long status;
    } t[] = {
        /* request line */
        {"GET  / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1.1 \r\nHost: h\r\n\r\n", -400},
        {" GET / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET /\tx HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET /\x7f HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET /\x01 HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"G(T / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"G\xc3\xa9T / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET\t/ HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\r\nHost: h\r\n\r\n", -400},
        {"GET /\r\nHost: h\r\n\r\n", -400},
        {"GET\r\n\r\n", -400},
        {"GET / HTTP/1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1.10\r\nHost: h\r\n\r\n", -400},
        {"GET / http/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1,1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/a.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTPS/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1.1 x\r\nHost: h\r\n\r\n", -400},
        {"GETGETGETGETGETGETGETGETGETGETGET / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/2.0\r\nHost: h\r\n\r\n", -505},
        {"GET / HTTP/1.2\r\nHost: h\r\n\r\n", -505},
        {"GET / HTTP/0.9\r\nHost: h\r\n\r\n", -505},
        {"GET / HTTP/3.1\r\nHost: h\r\n\r\n", -505},
        /* line terminators */
        {"GET / HTTP/1.1\nHost: h\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\n\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\rX: y\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\n\r\r\n", -400},
        {"\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        /* header lines */
        {"GET / HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n\tfolded\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\n Host: h\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\n: v\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX : v\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX\t: v\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX(y): v\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX\x01: v\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX: a\x01z\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX: a\x7fz\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX: a\x1b\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n", -400},
        /* framing */
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5, 5\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: +5\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: -1\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0x10\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1 0\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length:\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
         -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n",
         -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n"
         "Transfer-Encoding: chunked\r\n\r\n",
         -400},
        {"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", -400},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunkedx\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: identity\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding:\r\n\r\n", -501},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2097153\r\n\r\n", -413},
        {"POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 99999999999999999999999999\r\n\r\n", -413},
        /* request-target forms */
        {"GET index.html HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET ?a HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET ** HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET 1http://x/ HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET ht~tp://x/ HTTP/1.1\r\nHost: h\r\n\r\n", -400},
        {"GET x.org:443 HTTP/1.1\r\nHost: h\r\n\r\n", 0},
        /* Host */
        {"GET / HTTP/1.1\r\nHost: a b\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: a\"b\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: caf\xc3\xa9.fr\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nX: y\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", -400},
        {"GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", -400},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        long rc = status_of(t[i].req);
        if (t[i].status == 0) /* accepted: a valid head */
            rc = rc == (long)strlen(t[i].req) ? 0 : rc;
        CHECK(rc == t[i].status);
        if (rc != t[i].status)
            printf("# case %zu: got %ld want %ld\n", i, rc, t[i].status);
    }
}

static void test_accepted_edge_cases(void)
{
    head_t h;
    /* a leading empty line (RFC 9112 §2.2) is skipped and counted in the head */
    const char *s = "\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s));
    CHECK(h.req.method.off == 4);
    /* HTTP/1.0 without Host */
    CHECK(status_of("GET / HTTP/1.0\r\n\r\n") == (long)strlen("GET / HTTP/1.0\r\n\r\n"));
    /* an empty Host is valid syntax (authority may be empty) */
    s = "GET / HTTP/1.1\r\nHost:\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.has_host && h.req.host.len == 0);
    /* the same Content-Length twice is accepted */
    s = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\ncontent-length: 005\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.content_length == 5);
    /* OWS around the value */
    s = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length:\t 7 \t\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.content_length == 7);
    s = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2097152\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.content_length == 2097152);
    s = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.content_length == 0);
    s = "POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: ChUnKeD\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.chunked && h.req.content_length == -1);
    /* 32-byte method is the longest accepted */
    s = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 / HTTP/1.1\r\nHost: h\r\n\r\n";
    CHECK(parse(&h, s) == (long)strlen(s) && h.req.method.len == 32);
    /* the cached fast-access spans are the FIRST occurrence */
    s = "GET / HTTP/1.1\r\nHost: h\r\nCookie: a=1\r\nCookie: b=2\r\nContent-Type: x\r\n"
        "Content-Type: y\r\n\r\n";
    REQUIRE(parse(&h, s) == (long)strlen(s));
    CHECK(span_is(s, h.req.cookie, "a=1") && span_is(s, h.req.content_type, "x"));
    int ncookie = 0;
    for (uint32_t i = 0; i < h.req.nheaders; i++)
        ncookie += http_header_is(&h.req.headers[i], s, "cookie");
    CHECK(ncookie == 2);
}

static void test_incomplete(void)
{
    static const char *t[] = {
        "",
        "G",
        "GET",
        "GET ",
        "GET /",
        "GET / HTTP/1.1",
        "GET / HTTP/1.1\r",
        "GET / HTTP/1.1\r\n",
        "GET / HTTP/1.1\r\nHost: h",
        "GET / HTTP/1.1\r\nHost: h\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\n\r",
        "\r\n",
        "\r",
        "\r\n\r\n",
        "\r\n\r",
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        long rc = status_of(t[i]);
        CHECK(rc == 0);
        if (rc)
            printf("# '%s' gave %ld\n", t[i], rc);
    }
    /* garbage is refused before the line is complete */
    CHECK(status_of("G(") == -400);
    CHECK(status_of("GET /\x01") == -400);
    CHECK(status_of("GET / HTTP/1.1x") == 0); /* still 9 bytes: could be "HTTP/1.1\r" */
    CHECK(status_of("GET / HTTP/1.1xy") == -400);
    CHECK(status_of("GET  ") == -400);
    CHECK(status_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456") == -400);
    CHECK(status_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345") == 0);
}

static void test_keep_alive(void)
{
    static const struct {
        const char *req;
        int ka;
    } t[] = {
        {"GET / HTTP/1.1\r\nHost: h\r\n\r\n", 1},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: CLOSE\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive, Close\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: x\r\nConnection: close\r\n\r\n", 0},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: closed\r\n\r\n", 1},
        {"GET / HTTP/1.1\r\nHost: h\r\nConnection: keep-alive\r\n\r\n", 1},
        {"GET / HTTP/1.1\r\nHost: h\r\nX-Connection: close\r\n\r\n", 1},
        {"GET / HTTP/1.0\r\n\r\n", 0},
        {"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 1},
        {"GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n", 1},
        {"GET / HTTP/1.0\r\nConnection: foo ,  keep-alive\t, bar\r\n\r\n", 1},
        {"GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n", 0},
        {"GET / HTTP/1.0\r\nConnection: keep-alivex\r\n\r\n", 0},
        {"GET / HTTP/1.0\r\nConnection: ,,,\r\n\r\n", 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        head_t h;
        long rc = parse(&h, t[i].req);
        CHECK(rc > 0 && h.req.keep_alive == t[i].ka);
        if (!(rc > 0 && h.req.keep_alive == t[i].ka))
            printf("# case %zu\n", i);
    }
}

static void test_expect_upgrade(void)
{
    head_t h;
    CHECK(parse(&h, "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n") > 0 &&
          h.req.expect_continue);
    CHECK(parse(&h, "POST / HTTP/1.1\r\nHost: h\r\nexpect: 100-Continue\r\n\r\n") > 0 &&
          h.req.expect_continue);
    CHECK(parse(&h, "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-continuex\r\n\r\n") > 0 &&
          !h.req.expect_continue);
    CHECK(parse(&h, "POST / HTTP/1.0\r\nExpect: 100-continue\r\n\r\n") > 0 &&
          !h.req.expect_continue);
    CHECK(parse(&h,
                "GET / HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n") >
              0 &&
          h.req.upgrade && h.req.keep_alive);
    CHECK(parse(&h, "GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: keep-alive, "
                    "upgrade\r\n\r\n") > 0 &&
          h.req.upgrade);
    CHECK(parse(&h, "GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n") > 0 &&
          !h.req.upgrade);
    CHECK(parse(&h, "GET / HTTP/1.1\r\nHost: h\r\nConnection: upgrade\r\n\r\n") > 0 &&
          !h.req.upgrade);
}

/* ---- limits ------------------------------------------------------------------------------ */

static char *make_req(size_t target_len, size_t nheaders, size_t pad_value)
{
    size_t cap = 64 + target_len + nheaders * 32 + pad_value;
    char *b = malloc(cap);
    size_t w = (size_t)sprintf(b, "GET /");
    memset(b + w, 'a', target_len - 1);
    w += target_len - 1;
    w += (size_t)sprintf(b + w, " HTTP/1.1\r\nHost: h\r\n");
    for (size_t i = 1; i < nheaders; i++)
        w += (size_t)sprintf(b + w, "X-%zu: v\r\n", i);
    if (pad_value) {
        w += (size_t)sprintf(b + w, "P: ");
        memset(b + w, 'p', pad_value);
        w += pad_value;
        w += (size_t)sprintf(b + w, "\r\n");
    }
    w += (size_t)sprintf(b + w, "\r\n");
    b[w] = 0;
    return b;
}

static void test_limits(void)
{
    http_limits_t lim = {100, 300, 5, 1000};
    head_t h;
    char *r = make_req(100, 1, 0);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == (long)strlen(r));
    free(r);
    r = make_req(101, 1, 0);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == -414);
    /* early: before the line is complete */
    CHECK(parse_lim(&h, r, 4 + 100, &lim) == 0); /* the target starts at offset 4 */
    CHECK(parse_lim(&h, r, 4 + 101, &lim) == -414);
    free(r);
    r = make_req(4000, 1, 0);
    CHECK(parse_lim(&h, r, 3000, &lim) == -414);
    free(r);

    r = make_req(1, 5, 0);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == (long)strlen(r));
    free(r);
    r = make_req(1, 6, 0);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == -431);
    free(r);
    /* the header array capacity bounds too */
    r = make_req(1, 3, 0);
    http_header_t three[2];
    http_head_init(&h.st, &h.req, three, 2);
    CHECK(http_parse_head(&h.st, &h.req, r, strlen(r), &lim) == -431);
    free(r);

    /* head size: exactly max_head is fine, one more is 431 (complete or not) */
    r = make_req(1, 1, 10);
    size_t base = strlen(r) - 10;
    free(r);
    r = make_req(1, 1, 300 - base);
    CHECK(strlen(r) == 300);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == 300);
    free(r);
    r = make_req(1, 1, 301 - base);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == -431);
    CHECK(parse_lim(&h, r, 299, &lim) == 0);
    CHECK(parse_lim(&h, r, 300, &lim) == -431);
    free(r);
    r = make_req(1, 1, 5000);
    CHECK(parse_lim(&h, r, strlen(r), &lim) == -431);
    free(r);

    const char *cl = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n";
    CHECK(parse_lim(&h, cl, strlen(cl), &lim) == (long)strlen(cl));
    cl = "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1001\r\n\r\n";
    CHECK(parse_lim(&h, cl, strlen(cl), &lim) == -413);
}

/* ---- split positions, pipelining, moving buffers ----------------------------------------- */

/* Parses buf[0 .. len) at once, then with the input cut at every position (first call
 * with the prefix, second with all), then one byte at a time: the results must match. */
static int split_equal(const char *buf, size_t len, const http_limits_t *lim)
{
    char want[4096], got[4096];
    head_t h;
    long rc = parse_lim(&h, buf, len, lim);
    describe(&h.req, buf, rc, want, sizeof want);
    int ok = 1;
    for (size_t k = 0; k <= len; k++) {
        http_head_init(&h.st, &h.req, h.hdrs, HTTP_MAX_HEADERS);
        long r1 = http_parse_head(&h.st, &h.req, buf, k, lim);
        long r2 = r1 ? r1 : http_parse_head(&h.st, &h.req, buf, len, lim);
        describe(&h.req, buf, r2, got, sizeof got);
        if (strcmp(want, got) || (r1 && r1 != rc)) {
            printf("# split at %zu: %s\n#   vs %s\n", k, got, want);
            ok = 0;
        }
    }
    http_head_init(&h.st, &h.req, h.hdrs, HTTP_MAX_HEADERS);
    long r = 0;
    for (size_t k = 0; k <= len && r == 0; k++)
        r = http_parse_head(&h.st, &h.req, buf, k, lim);
    describe(&h.req, buf, r, got, sizeof got);
    if (strcmp(want, got)) {
        printf("# byte by byte: %s\n#   vs %s\n", got, want);
        ok = 0;
    }
    return ok;
}

static void test_split_every_position(void)
{
    static const char *t[] = {
        "GET /p?q=1 HTTP/1.1\r\nHost: h\r\nCookie: a=b\r\nConnection: keep-alive\r\n\r\nNEXT",
        "\r\nPOST /up HTTP/1.0\r\nContent-Length: 3\r\nConnection: keep-alive\r\n\r\nabc",
        "PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\nb\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX: a\r\n b\r\n\r\n",
        "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n\r\n",
        "GET /aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa HTTP/1.1\r\n\r\n",
        "GET /a\x01 HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1xxxxxxxxxxxx\r\n\r\n",
        "GET / HTTP/2.0\r\n\r\n",
        "GETGETGETGETGETGETGETGETGETGETGETGET / HTTP/1.1\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nX-Long: 012345678901234567890123456789012345678901\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nE: 5\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 101\r\n\r\n",
    };
    http_limits_t lim = {48, 120, 5, 100};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        CHECK(split_equal(t[i], strlen(t[i]), &deflim));
        CHECK(split_equal(t[i], strlen(t[i]), &lim));
    }
}

static void test_pipelined(void)
{
    const char *s = "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                    "GET /b HTTP/1.1\r\nHost: h\r\n\r\n"
                    "HEAD /c HTTP/1.0\r\n\r\n"
                    "GET /d HTTP/1.1\r\nHost: h\r\n";
    size_t len = strlen(s), off = 0;
    const char *want[] = {"/a", "/b", "/c"};
    head_t h;
    for (int i = 0; i < 3; i++) {
        long n = parse_lim(&h, s + off, len - off, &deflim);
        REQUIRE(n > 0);
        CHECK(span_is(s + off, h.req.path, want[i]));
        off += (size_t)n + (h.req.content_length > 0 ? (size_t)h.req.content_length : 0);
    }
    CHECK(h.req.method_id == HTTP_M_HEAD && h.req.version_minor == 0 && !h.req.keep_alive);
    CHECK(parse_lim(&h, s + off, len - off, &deflim) == 0);
    /* the result is not affected by what follows the head */
    CHECK(split_equal(s, len, &deflim));
}

/* The connection buffer grows by realloc between calls: only offsets are kept. */
static void test_moving_buffer(void)
{
    const char *s = "GET /moved?x HTTP/1.1\r\nHost: h\r\nX-A: 1\r\n\r\n";
    size_t len = strlen(s);
    head_t h;
    http_head_init(&h.st, &h.req, h.hdrs, HTTP_MAX_HEADERS);
    char *a = malloc(len), *b = NULL;
    long rc = 0;
    for (size_t k = 1; k <= len && rc == 0; k++) {
        b = malloc(k);
        memcpy(b, s, k);
        free(a);
        a = b;
        rc = http_parse_head(&h.st, &h.req, a, k, &deflim);
    }
    CHECK(rc == (long)len);
    CHECK(span_is(a, h.req.path, "/moved") && span_is(a, h.req.query, "x"));
    CHECK(h.req.nheaders == 2 && span_is(a, h.req.headers[1].value, "1"));
    /* a repeated call after the end returns the same result */
    CHECK(http_parse_head(&h.st, &h.req, a, len, &deflim) == (long)len);
    free(a);
}

/* A 256 KiB head and a 256 KiB trailer section fed one byte at a time: each call only
 * looks at the new byte, so this takes milliseconds; a parser rescanning from the start
 * would need ~3.4e10 byte visits (minutes) — the test would time out. */
static void test_linear_feeding(void)
{
    enum { BIG = 256 * 1024 };
    http_limits_t lim = {8192, 1024 * 1024, 100, 1024};
    char *b = malloc(BIG + 128);
    size_t w = (size_t)sprintf(b, "GET / HTTP/1.1\r\nHost: h\r\nX-Big: ");
    memset(b + w, 'v', BIG);
    w += BIG;
    w += (size_t)sprintf(b + w, "\r\n\r\n");
    head_t h;
    http_head_init(&h.st, &h.req, h.hdrs, HTTP_MAX_HEADERS);
    long rc = 0;
    size_t k = 0;
    while (rc == 0 && k < w)
        rc = http_parse_head(&h.st, &h.req, b, ++k, &lim);
    CHECK(rc == (long)w && k == w);
    CHECK(h.req.nheaders == 2 && h.req.headers[1].value.len == BIG);

    w = (size_t)sprintf(b, "1\r\nx\r\n0\r\nT: ");
    memset(b + w, 't', BIG);
    w += BIG;
    w += (size_t)sprintf(b + w, "\r\n\r\n");
    http_chunked_t c;
    http_chunked_init(&c);
    int r = 0;
    for (k = 0; r == 0 && k < w;)
        r = http_chunked_decode(&c, b, ++k, &lim);
    CHECK(r == 1 && k == w && c.in == w && c.out == 1 && b[0] == 'x');
    free(b);
}

/* ---- chunked ----------------------------------------------------------------------------- */

typedef struct {
    int rc;
    uint64_t in, out;
    char body[512];
} dechunk_t;

/* Decodes s (a copy) in one call. */
static dechunk_t dechunk_lim(const char *s, size_t len, const http_limits_t *lim)
{
    dechunk_t d;
    memset(&d, 0, sizeof d);
    char *buf = malloc(len + 1);
    memcpy(buf, s, len);
    http_chunked_t c;
    http_chunked_init(&c);
    d.rc = http_chunked_decode(&c, buf, len, lim);
    d.in = c.in;
    d.out = c.out;
    if (d.rc == 1 && c.out < sizeof d.body)
        memcpy(d.body, buf, (size_t)c.out);
    free(buf);
    return d;
}

static dechunk_t dechunk(const char *s)
{
    return dechunk_lim(s, strlen(s), &deflim);
}

static void test_chunked_basic(void)
{
    const char *s = "5\r\nhello\r\n6;ext=1;e2=\"q\"\r\n world\r\nA\r\n0123456789\r\n0\r\n\r\nNEXT";
    dechunk_t d = dechunk(s);
    CHECK(d.rc == 1);
    CHECK(d.out == 21 && !memcmp(d.body, "hello world0123456789", 21));
    CHECK(d.in == strlen(s) - 4);

    d = dechunk("0\r\n\r\n");
    CHECK(d.rc == 1 && d.out == 0 && d.in == 5);
    d = dechunk("00000000000000000000003\r\nabc\r\n0\r\n\r\n");
    CHECK(d.rc == 1 && d.out == 3);
    d = dechunk("a\r\n0123456789\r\nB\r\n0123456789b\r\n0 ; last\r\n\r\n");
    CHECK(d.rc == 1 && d.out == 21 && !memcmp(d.body, "01234567890123456789b", 21));
    /* trailers are checked and dropped */
    s = "3\r\nabc\r\n0\r\nX-Checksum: 1234\r\nX-Other:\t v \r\n\r\nGET";
    d = dechunk(s);
    CHECK(d.rc == 1 && d.out == 3 && d.in == strlen(s) - 3);
    /* data may contain CRLF and anything */
    d = dechunk("4\r\n\r\n\r\n\r\n0\r\n\r\n");
    CHECK(d.rc == 1 && d.out == 4 && !memcmp(d.body, "\r\n\r\n", 4));
}

static void test_chunked_errors(void)
{
    static const struct {
        const char *in;
        int rc;
    } t[] = {
        {"\r\nabc\r\n0\r\n\r\n", -400},    /* empty size */
        {";ext\r\n0\r\n\r\n", -400},       /* empty size, extension only */
        {"g\r\n", -400},                   /* not hex */
        {"0x3\r\nabc\r\n0\r\n\r\n", -400}, /* no 0x prefix */
        {"-3\r\nabc\r\n0\r\n\r\n", -400},
        {"+3\r\nabc\r\n0\r\n\r\n", -400},
        {" 3\r\nabc\r\n0\r\n\r\n", -400}, /* leading space */
        {"3 \r\nabc\r\n0\r\n\r\n", -400}, /* trailing space, no extension */
        {"3 x\r\nabc\r\n0\r\n\r\n", -400},
        {"3\nabc\r\n0\r\n\r\n", -400},         /* bare LF */
        {"3\rabc\r\n0\r\n\r\n", -400},         /* bare CR */
        {"3;a\x01\r\nabc\r\n0\r\n\r\n", -400}, /* CTL in extension */
        {"3\r\nabcd\r\n0\r\n\r\n", -400},      /* no CRLF after data */
        {"3\r\nabc\n0\r\n\r\n", -400},
        {"3\r\nabc\rX0\r\n\r\n", -400},
        {"10000000000000000\r\n", -400}, /* overflows 64 bits */
        {"FFFFFFFFFFFFFFFFF\r\n", -400},
        {"FFFFFFFFFFFFFFFF\r\n", -413},    /* fits, above max_body */
        {"200001\r\n", -413},              /* 2 MiB + 1 */
        {"0\r\nX-Bad\r\n\r\n", -400},      /* trailer without colon */
        {"0\r\n folded: x\r\n\r\n", -400}, /* obs-fold */
        {"0\r\nX: a\x01\r\n\r\n", -400},
        {"0\r\nX: a\n\r\n", -400},
        {"0\r\n\n", -400},
        {"0\r\n: v\r\n\r\n", -400},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        dechunk_t d = dechunk(t[i].in);
        CHECK(d.rc == t[i].rc);
        if (d.rc != t[i].rc)
            printf("# case %zu: got %d want %d\n", i, d.rc, t[i].rc);
    }
    /* body limit across chunks */
    http_limits_t lim = {100, 200, 10, 10};
    const char *two = "5\r\n12345\r\n5\r\n12345\r\n0\r\n\r\n";
    CHECK(dechunk_lim(two, strlen(two), &lim).rc == 1);
    two = "5\r\n12345\r\n6\r\n123456\r\n0\r\n\r\n";
    CHECK(dechunk_lim(two, strlen(two), &lim).rc == -413);
    /* trailer section bounded by max_head */
    char big[400];
    int n = snprintf(big, sizeof big, "0\r\nX: %0190d\r\n\r\n", 0);
    CHECK(dechunk_lim(big, (size_t)n, &lim).rc == 1);
    n = snprintf(big, sizeof big, "0\r\nX: %0200d\r\n\r\n", 0);
    CHECK(dechunk_lim(big, (size_t)n, &lim).rc == -431);
    CHECK(dechunk_lim(big, 150, &lim).rc == 0);
    CHECK(dechunk_lim(big, 300, &lim).rc == -431);
    n = snprintf(big, sizeof big, "0\r\nA: 1\r\nB: 2\r\nC: %0190d\r\n\r\n", 0);
    CHECK(dechunk_lim(big, (size_t)n, &lim).rc == -431);
    /* chunk-size line bounded */
    char *ext = malloc(HTTP_CHUNK_LINE_MAX + 16);
    memset(ext, 'e', HTTP_CHUNK_LINE_MAX + 16);
    memcpy(ext, "1;", 2);
    memcpy(ext + HTTP_CHUNK_LINE_MAX, "\r\nx\r\n", 5);
    CHECK(dechunk_lim(ext, HTTP_CHUNK_LINE_MAX + 5, &deflim).rc == 0); /* need the 0 chunk */
    memcpy(ext + HTTP_CHUNK_LINE_MAX, "e\r\nx\r\n", 6);
    CHECK(dechunk_lim(ext, HTTP_CHUNK_LINE_MAX + 6, &deflim).rc == -400);
    CHECK(dechunk_lim(ext, HTTP_CHUNK_LINE_MAX + 1, &deflim).rc == 0);
    CHECK(dechunk_lim(ext, HTTP_CHUNK_LINE_MAX + 2, &deflim).rc == -400);
    free(ext);
    /* errors are sticky */
    http_chunked_t c;
    http_chunked_init(&c);
    char bad[] = "z\r\n0\r\n\r\n";
    CHECK(http_chunked_decode(&c, bad, 8, &deflim) == -400);
    CHECK(http_chunked_decode(&c, bad, 8, &deflim) == -400);
}

/* Every split position and byte-by-byte: same decoded body, same consumed length; the
 * bytes after the body (the next request) are never touched. */
static void test_chunked_splits(void)
{
    const char *s = "5;a=b\r\nhello\r\n1\r\n \r\n10\r\n0123456789abcdef\r\n0\r\nT: v\r\n\r\n"
                    "GET / HTTP/1.1\r\n";
    size_t len = strlen(s);
    dechunk_t whole = dechunk(s);
    REQUIRE(whole.rc == 1 && whole.out == 22);
    char buf[256];
    for (size_t k = 0; k <= len; k++) {
        memcpy(buf, s, len);
        http_chunked_t c;
        http_chunked_init(&c);
        int r1 = http_chunked_decode(&c, buf, k, &deflim);
        int r2 = r1 ? r1 : http_chunked_decode(&c, buf, len, &deflim);
        int ok = r2 == 1 && c.out == whole.out && c.in == whole.in &&
                 !memcmp(buf, whole.body, (size_t)c.out) &&
                 !memcmp(buf + c.in, s + c.in, len - (size_t)c.in);
        CHECK(ok);
        if (!ok)
            printf("# split at %zu: rc %d/%d out %llu in %llu\n", k, r1, r2,
                   (unsigned long long)c.out, (unsigned long long)c.in);
    }
    memcpy(buf, s, len);
    http_chunked_t c;
    http_chunked_init(&c);
    int r = 0;
    for (size_t k = 0; k <= len && r == 0; k++)
        r = http_chunked_decode(&c, buf, k, &deflim);
    CHECK(r == 1 && c.out == whole.out && c.in == whole.in && !memcmp(buf, whole.body, 22));
    CHECK(http_chunked_decode(&c, buf, len, &deflim) == 1);
}

/* A whole request: head, chunked body, then the next pipelined head. */
static void test_chunked_pipelined(void)
{
    char s[] = "POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
               "3\r\nabc\r\n0\r\n\r\n"
               "GET /next HTTP/1.1\r\nHost: h\r\n\r\n";
    size_t len = strlen(s);
    head_t h;
    long n = parse_lim(&h, s, len, &deflim);
    REQUIRE(n > 0 && h.req.chunked);
    http_chunked_t c;
    http_chunked_init(&c);
    REQUIRE(http_chunked_decode(&c, s + n, len - (size_t)n, &deflim) == 1);
    CHECK(c.out == 3 && !memcmp(s + n, "abc", 3));
    size_t next = (size_t)n + (size_t)c.in;
    long n2 = parse_lim(&h, s + next, len - next, &deflim);
    CHECK(n2 == (long)(len - next));
    CHECK(span_is(s + next, h.req.path, "/next"));
}

/* ---- cookies, query, urldecode ------------------------------------------------------------ */

/* Renders all pairs as "name=value|" for comparison. */
static void cookies(const char *s, size_t len, char *out, size_t n, int query)
{
    size_t pos = 0, w = 0;
    http_span_t k, v;
    out[0] = 0;
    while (
        (query ? http_query_next(s, len, &pos, &k, &v) : http_cookie_next(s, len, &pos, &k, &v)) &&
        w < n) {
        CHECK(k.off + k.len <= len && v.off + v.len <= len && pos <= len);
        w += (size_t)snprintf(out + w, n - w, "%.*s=%.*s|", (int)k.len, s + k.off, (int)v.len,
                              s + v.off);
    }
    CHECK(pos == len);
}

static void test_cookies(void)
{
    static const struct {
        const char *in, *want;
    } t[] = {
        {"a=1; b=2", "a=1|b=2|"},
        {"a=1;b=2", "a=1|b=2|"},
        {"  a = 1 ;\tb=2  ", "a=1|b=2|"},
        {"a=1;;b=2;", "a=1|b=2|"},
        {";;;", ""},
        {"", ""},
        {" ", ""},
        {"flag", "flag=|"},
        {"flag; a=1", "flag=|a=1|"},
        {"=x; a=1", "a=1|"},
        {" = x", ""},
        {"a=", "a=|"},
        {"a=b=c", "a=b=c|"},
        {"a=\"quoted; no\"", "a=\"quoted|no\"=|"},
        {"a=\"q\"", "a=\"q\"|"},
        {"a=%20x+y", "a=%20x+y|"},
        {"a b=1", "a b=1|"},
        {"a=1 2", "a=1 2|"},
    };
    char out[256];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        cookies(t[i].in, strlen(t[i].in), out, sizeof out, 0);
        CHECK(!strcmp(out, t[i].want));
        if (strcmp(out, t[i].want))
            printf("# '%s' -> '%s' want '%s'\n", t[i].in, out, t[i].want);
    }
    /* truncated input: never past len (the copy has no NUL and ends at a page of its own
     * under ASan / valgrind) */
    const char *full = "name=value; other=thing";
    for (size_t k = 0; k <= strlen(full); k++) {
        char *c = malloc(k ? k : 1);
        memcpy(c, full, k);
        cookies(c, k, out, sizeof out, 0);
        free(c);
    }
    cookies(full, 3, out, sizeof out, 0);
    CHECK(!strcmp(out, "nam=|"));
    cookies(full, 8, out, sizeof out, 0);
    CHECK(!strcmp(out, "name=val|"));
    cookies(full, 12, out, sizeof out, 0);
    CHECK(!strcmp(out, "name=value|"));
    cookies(full, 13, out, sizeof out, 0);
    CHECK(!strcmp(out, "name=value|o=|"));
}

static void test_query(void)
{
    static const struct {
        const char *in, *want;
    } t[] = {
        {"a=1&b=2", "a=1|b=2|"},
        {"a=1&&b=2&", "a=1|b=2|"},
        {"&", ""},
        {"", ""},
        {"a", "a=|"},
        {"=1&a", "=1|a=|"},
        {" a = 1 ", " a = 1 |"},
        {"a=b=c", "a=b=c|"},
        {"a[]=1&a[]=2", "a[]=1|a[]=2|"},
        {"a=1;b=2", "a=1;b=2|"},
    };
    char out[256];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        cookies(t[i].in, strlen(t[i].in), out, sizeof out, 1);
        CHECK(!strcmp(out, t[i].want));
        if (strcmp(out, t[i].want))
            printf("# '%s' -> '%s' want '%s'\n", t[i].in, out, t[i].want);
    }
}

static void test_urldecode(void)
{
    static const struct {
        const char *in, *want;
        int flags;
    } t[] = {
        {"abc", "abc", 0},
        {"a%20b", "a b", 0},
        {"a+b", "a+b", 0},
        {"a+b", "a b", HTTP_URLDECODE_PLUS},
        {"%41%42%4a%4A", "ABJJ", 0},
        {"%", "%", 0},
        {"%4", "%4", 0},
        {"a%", "a%", 0},
        {"%zz", "%zz", 0},
        {"%4z", "%4z", 0},
        {"%%41", "%A", 0},
        {"%2B+", "+ ", HTTP_URLDECODE_PLUS},
        {"%e2%82%ac", "\xe2\x82\xac", 0},
        {"100%", "100%", 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        size_t n = strlen(t[i].in);
        char *b = malloc(n ? n : 1);
        memcpy(b, t[i].in, n);
        size_t m = http_urldecode(b, n, t[i].flags);
        CHECK(m == strlen(t[i].want) && !memcmp(b, t[i].want, m));
        free(b);
    }
    char nul[] = "a%00b";
    CHECK(http_urldecode(nul, 5, 0) == 3 && !memcmp(nul, "a\0b", 3));
    /* truncated escape at the very end of the buffer is not read past */
    char *b = malloc(2);
    memcpy(b, "%4", 2);
    CHECK(http_urldecode(b, 1, 0) == 1 && b[0] == '%');
    free(b);
}

/* Inputs found by the fuzzers (tests/fuzz), kept as regressions. */
static void test_fuzz_regressions(void)
{
    CHECK(split_equal("GET / HTTP/1.1\r\nHost: h\r\n\r\n", 27, &deflim));
    /* a target over max_target ended by a bare LF: 414 as a prefix would have said, not
     * 400 (crash-049a2889) */
    http_limits_t lim = {16, 88, 1, 16};
    const char *s = "POQT /uaaaaaaaaaaaaaaaaaaaaaaaaa`\x00\n@t1\r\n";
    size_t n = strlen(s) + 3;
    head_t h;
    CHECK(parse_lim(&h, s, n, &lim) == -414);
    CHECK(split_equal(s, n, &lim));
    CHECK(status_of("GET /a\n") == -400);
    /* a CR that does not start an empty line (crash-293708b1) */
    s = "\rPATCH / HTT\x10/{.!*";
    CHECK(status_of(s) == -400);
    CHECK(split_equal(s, strlen(s), &deflim));
    CHECK(status_of("\r") == 0 && status_of("\r\r") == -400 && status_of("\r\n\rX") == -400);
}

/* ---- micro-benchmark (information only, not an assertion) -------------------------------- */

static void test_bench(void)
{
    const char *s = "GET /api/v1/items?id=12345&sort=asc HTTP/1.1\r\n"
                    "Host: www.example.com:8080\r\n"
                    "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101\r\n"
                    "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                    "Accept-Language: en-US,en;q=0.5\r\n"
                    "Accept-Encoding: gzip, deflate, br\r\n"
                    "Cookie: session=abcdef0123456789; theme=dark\r\n"
                    "Connection: keep-alive\r\n"
                    "\r\n";
    size_t len = strlen(s);
    head_t h;
    enum { N = 200000 };
    struct timespec a, b;
    long sum = 0;
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (int i = 0; i < N; i++)
        sum += parse_lim(&h, s, len, &deflim);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ns = ((double)(b.tv_sec - a.tv_sec) * 1e9 + (double)(b.tv_nsec - a.tv_nsec)) / N;
    CHECK(sum == (long)len * N);
#ifdef __OPTIMIZE__
    const char *build = "optimized build";
#else
    const char *build = "unoptimized build: expect several times less with -O2";
#endif
    printf("# bench: %zu-byte request head, %d parses: %.0f ns per parse (%s)\n", len, N, ns,
           build);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_simple_get),
    TAP_CASE(test_methods),
    TAP_CASE(test_targets),
    TAP_CASE(test_header_values),
    TAP_CASE(test_rejections),
    TAP_CASE(test_accepted_edge_cases),
    TAP_CASE(test_incomplete),
    TAP_CASE(test_keep_alive),
    TAP_CASE(test_expect_upgrade),
    TAP_CASE(test_limits),
    TAP_CASE(test_split_every_position),
    TAP_CASE(test_pipelined),
    TAP_CASE(test_moving_buffer),
    TAP_CASE(test_linear_feeding),
    TAP_CASE(test_chunked_basic),
    TAP_CASE(test_chunked_errors),
    TAP_CASE(test_chunked_splits),
    TAP_CASE(test_chunked_pipelined),
    TAP_CASE(test_cookies),
    TAP_CASE(test_query),
    TAP_CASE(test_urldecode),
    TAP_CASE(test_fuzz_regressions),
    TAP_CASE(test_bench),
};

int main(void)
{
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
