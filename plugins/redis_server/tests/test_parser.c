/* test_parser.c — unit tests of plugins/redis_server/parser.c: multibulk and inline
 * commands, quoting, every error with redis-server's text, the limits, and a pipelined
 * input cut at every position (and fed byte by byte) into a buffer that moves, which must
 * give the same commands as the whole input at once. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "tap.h"

static const redis_limits_t deflim = REDIS_LIMITS_DEFAULT;

/* Appends "arg1|arg2|...;" (bytes < 0x20 as \xHH) of the command just parsed to out. */
static void describe(const redis_parser_t *p, const char *cmd, char *out, size_t cap)
{
    size_t o = strlen(out);
    for (size_t i = 0; i < p->argc; i++) {
        const char *a = cmd + p->argv[i].off;
        for (size_t j = 0; j < p->argv[i].len && o + 5 < cap; j++) {
            unsigned char c = (unsigned char)a[j];
            if (c < 0x20)
                o += (size_t)snprintf(out + o, cap - o, "\\x%02x", c);
            else
                out[o++] = (char)c;
        }
        if (o + 2 < cap)
            out[o++] = i + 1 < p->argc ? '|' : ';';
    }
    if (p->argc == 0 && o + 2 < cap)
        out[o++] = '_';   /* an empty command */
    out[o] = '\0';
}

/* A connection's input buffer: parse what it holds, consume every complete command. */
typedef struct {
    char *buf;
    size_t len;
    redis_parser_t p;
    char out[4096];
    int rc;   /* the last result */
} conn_t;

static void conn_init(conn_t *c)
{
    memset(c, 0, sizeof *c);
    redis_parser_init(&c->p);
}

static void conn_free(conn_t *c)
{
    free(c->buf);
    redis_parser_free(&c->p);
}

/* Adds bytes into a fresh allocation (the buffer moves) and parses. */
static void conn_feed(conn_t *c, const char *data, size_t n, const redis_limits_t *lim)
{
    char *nb = malloc(c->len + n + 1);
    memcpy(nb, c->buf ? c->buf : "", c->len);
    memcpy(nb + c->len, data, n);
    free(c->buf);
    c->buf = nb;
    c->len += n;
    for (;;) {
        size_t used = 0;
        c->rc = redis_parse(&c->p, c->buf, c->len, lim, &used);
        if (c->rc != REDIS_COMMAND)
            return;
        describe(&c->p, c->buf, c->out, sizeof c->out);
        redis_parser_next(&c->p);
        memmove(c->buf, c->buf + used, c->len - used);
        c->len -= used;
    }
}

/* Parses s at once: the commands described, then "!<error>" or "+more". */
static const char *parse_all(const char *s, size_t n, const redis_limits_t *lim)
{
    static char res[4200];
    conn_t c;
    conn_init(&c);
    conn_feed(&c, s, n, lim);
    snprintf(res, sizeof res, "%s%s%s", c.out, c.rc == REDIS_ERROR ? "!" : "+",
             c.rc == REDIS_ERROR ? c.p.err : "more");
    conn_free(&c);
    return res;
}

#define P(s) parse_all(s, sizeof(s) - 1, &deflim)
#define EXPECT(s, want)                                      \
    do {                                                     \
        const char *got_ = P(s);                             \
        if (strcmp(got_, want) != 0)                         \
            printf("# got  %s\n# want %s\n", got_, want);    \
        CHECK(strcmp(got_, want) == 0);                      \
    } while (0)

static void test_multibulk(void)
{
    EXPECT("*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\nb\r\n", "SET|a|b;+more");
    EXPECT("*1\r\n$4\r\nPING\r\n*2\r\n$3\r\nGET\r\n$1\r\na\r\n", "PING;GET|a;+more");
    EXPECT("*2\r\n$3\r\nSET\r\n$0\r\n\r\n", "SET|;+more");
    EXPECT("*2\r\n$3\r\nSET\r\n$4\r\na\r\nb\r\n", "SET|a\\x0d\\x0ab;+more");   /* binary */
    EXPECT("*0\r\n*-1\r\n*1\r\n$1\r\nx\r\n", "__x;+more");   /* empty commands */
    EXPECT("*2\r\n$3\r\nSET\r\n$1\r\na", "+more");
}

static void test_multibulk_errors(void)
{
    EXPECT("*abc\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*01\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*+1\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*1 \r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*1\rx", "!Protocol error: invalid multibulk length");
    EXPECT("*99999999999999999999\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*1048577\r\n", "!Protocol error: invalid multibulk length");
    EXPECT("*2\r\nx", "!Protocol error: expected '$', got 'x'");
    EXPECT("*2\r\n\x01", "!Protocol error: expected '$', got '\\x01'");
    EXPECT("*1\r\n$-1\r\n", "!Protocol error: invalid bulk length");
    EXPECT("*1\r\n$x\r\n", "!Protocol error: invalid bulk length");
    EXPECT("*1\r\n$536870913\r\n", "!Protocol error: invalid bulk length");
    EXPECT("*1\r\n$3\r\nabcXY", "!Protocol error: expected CRLF after bulk data");
    EXPECT("*1\r\n$1\r\na\r\n*1\r\n$1\r\nb\rX", "a;!Protocol error: expected CRLF after bulk data");
    /* 536870912 is allowed: more is needed */
    EXPECT("*1\r\n$536870912\r\n", "+more");
}

static void test_count_line_limits(void)
{
    redis_limits_t lim = deflim;
    char big[70 * 1024];
    memset(big, '1', sizeof big);
    big[0] = '*';
    CHECK(strcmp(parse_all(big, sizeof big, &lim), "!Protocol error: too big mbulk count string") == 0);
    CHECK(strcmp(parse_all(big, 1000, &lim), "+more") == 0);
    memcpy(big, "*1\r\n$", 5);
    CHECK(strcmp(parse_all(big, sizeof big, &lim), "!Protocol error: too big bulk count string") == 0);
    /* smaller limits */
    lim.max_args = 2;
    lim.max_bulk = 3;
    CHECK(strcmp(parse_all("*3\r\n", 4, &lim), "!Protocol error: invalid multibulk length") == 0);
    CHECK(strcmp(parse_all("*2\r\n$4\r\n", 8, &lim), "!Protocol error: invalid bulk length") == 0);
    CHECK(strcmp(parse_all("*2\r\n$3\r\nabc\r\n$0\r\n\r\n", 19, &lim), "abc|;+more") == 0);
    /* a whole request: 19 bytes fit in 19, not in 18; refused at the header that breaks it */
    lim.max_request = 19;
    CHECK(strcmp(parse_all("*2\r\n$3\r\nabc\r\n$0\r\n\r\n", 19, &lim), "abc|;+more") == 0);
    lim.max_request = 18;
    CHECK(strcmp(parse_all("*2\r\n$3\r\nabc\r\n$0\r\n", 17, &lim),
                 "!Protocol error: too big request") == 0);
    CHECK(strcmp(parse_all("*2\r\n$3\r\nabc\r\n$0\r", 16, &lim), "+more") == 0);
}

static void test_inline(void)
{
    EXPECT("PING\r\n", "PING;+more");
    EXPECT("PING\n", "PING;+more");
    EXPECT("  set   a\tb  \r\n", "set|a|b;+more");
    EXPECT("\r\n\nPING\r\n", "__PING;+more");
    EXPECT("set \"a b\" 'c d' \"\\x41\\n\\t\\\"\" 'it\\'s'\r\n", "set|a b|c d|A\\x0a\\x09\"|it's;+more");
    EXPECT("set \"\" ''\r\n", "set||;+more");
    EXPECT("get a\r\nget b\r\n*1\r\n$4\r\nPING\r\n", "get|a;get|b;PING;+more");
    EXPECT("get a", "+more");
    EXPECT("set \"a\r\n", "!Protocol error: unbalanced quotes in request");
    EXPECT("set \"a\"b\r\n", "!Protocol error: unbalanced quotes in request");
    EXPECT("set 'a'b\r\n", "!Protocol error: unbalanced quotes in request");
    EXPECT("set 'a\r\n", "!Protocol error: unbalanced quotes in request");
    EXPECT("a\0b\r\n", "a|b;+more");
}

static void test_inline_limit(void)
{
    static char big[64 * 1024 + 10];
    memset(big, 'a', sizeof big);
    CHECK(strcmp(parse_all(big, 64 * 1024, &deflim), "+more") == 0);
    CHECK(strcmp(parse_all(big, 64 * 1024 + 1, &deflim),
                 "!Protocol error: too big inline request") == 0);
    big[64 * 1024 + 1] = '\n';
    CHECK(strcmp(parse_all(big, 64 * 1024 + 2, &deflim),
                 "!Protocol error: too big inline request") == 0);
    big[64 * 1024 - 1] = '\n';   /* a line of 64 KiB - 1 bytes is fine */
    redis_parser_t p;
    redis_parser_init(&p);
    size_t used = 0;
    CHECK(redis_parse(&p, big, 64 * 1024, &deflim, &used) == REDIS_COMMAND);
    CHECK(used == 64 * 1024 && p.argc == 1 && p.argv[0].len == 64 * 1024 - 1);
    redis_parser_free(&p);
}

/* A pipelined input cut in two at every position, then fed byte by byte, into a buffer
 * that moves at every read: the same commands as at once, in order. */
static const char pipeline[] =
    "*3\r\n$3\r\nSET\r\n$3\r\nk\r\n\r\n$5\r\nv\0alu\r\n"
    "PING\r\n"
    "\r\n"
    "*0\r\n"
    "set \"q \\x41\" 'x'\n"
    "*2\r\n$3\r\nGET\r\n$12\r\n*1\r\n$4\r\nPING\r\n"
    "*1\r\n$4\r\nQUIT\r\n";

static void test_every_split(void)
{
    const size_t n = sizeof pipeline - 1;
    char want[4096];
    snprintf(want, sizeof want, "%s", parse_all(pipeline, n, &deflim));
    CHECK(strcmp(want, "SET|k\\x0d\\x0a|v\\x00alu;PING;__set|q A|x;GET|*1\\x0d\\x0a$4\\x0d\\x0aPING;QUIT;+more") == 0);
    for (size_t cut = 0; cut <= n; cut++) {
        conn_t c;
        conn_init(&c);
        conn_feed(&c, pipeline, cut, &deflim);
        bool ok = c.rc != REDIS_ERROR;
        conn_feed(&c, pipeline + cut, n - cut, &deflim);
        char got[4200];
        snprintf(got, sizeof got, "%s+more", c.out);
        ok = ok && c.rc == REDIS_MORE && c.len == 0 && strcmp(got, want) == 0;
        if (!ok)
            printf("# cut %zu: %s\n", cut, got);
        CHECK(ok);
        conn_free(&c);
    }
    conn_t c;
    conn_init(&c);
    for (size_t i = 0; i < n; i++) {
        conn_feed(&c, pipeline + i, 1, &deflim);
        CHECK(c.rc == REDIS_MORE);
    }
    char got[4200];
    snprintf(got, sizeof got, "%s+more", c.out);
    CHECK(strcmp(got, want) == 0);
    conn_free(&c);
}

/* Errors are found at every cut too, and only once the bad byte is there. */
static void test_error_every_split(void)
{
    static const char bad[] = "*1\r\n$4\r\nPING\r\n*2\r\n$3\r\nGET\r\n$1\r\nab\r\n";
    const size_t n = sizeof bad - 1;
    for (size_t cut = 0; cut <= n; cut++) {
        conn_t c;
        conn_init(&c);
        conn_feed(&c, bad, cut, &deflim);
        int first = c.rc;
        if (cut < n)
            conn_feed(&c, bad + cut, n - cut, &deflim);
        bool ok = (cut < n - 2 ? first == REDIS_MORE : true) && c.rc == REDIS_ERROR &&
                  strcmp(c.p.err, "Protocol error: expected CRLF after bulk data") == 0 &&
                  strcmp(c.out, "PING;") == 0;
        if (!ok)
            printf("# cut %zu: rc %d %s [%s]\n", cut, c.rc, c.p.err, c.out);
        CHECK(ok);
        conn_free(&c);
    }
}

/* Many arguments: the argument array grows and is kept for the next command. */
static void test_many_args(void)
{
    size_t cap = 10 + 1000 * 9;
    char *s = malloc(cap);
    size_t o = (size_t)sprintf(s, "*1000\r\n");
    for (int i = 0; i < 1000; i++)
        o += (size_t)sprintf(s + o, "$3\r\n%03d\r\n", i);
    redis_parser_t p;
    redis_parser_init(&p);
    size_t used = 0;
    CHECK(redis_parse(&p, s, o, &deflim, &used) == REDIS_COMMAND);
    CHECK(used == o && p.argc == 1000);
    CHECK(memcmp(s + p.argv[999].off, "999", 3) == 0 && p.argv[999].len == 3);
    size_t keep = p.cap;
    redis_parser_next(&p);
    CHECK(p.cap == keep && p.argc == 0);
    redis_parser_free(&p);
    free(s);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_multibulk),        TAP_CASE(test_multibulk_errors),
    TAP_CASE(test_count_line_limits), TAP_CASE(test_inline),
    TAP_CASE(test_inline_limit),     TAP_CASE(test_every_split),
    TAP_CASE(test_error_every_split), TAP_CASE(test_many_args),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
