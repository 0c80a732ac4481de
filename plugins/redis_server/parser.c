/* parser.c — RESP request parsing for the redis_server plugin (see parser.h): multibulk
 * requests and inline commands, incremental, zero-copy, with redis-server's limits and
 * error texts. Pure C so that its unit tests and the fuzzer build it alone. */
#include "parser.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* In the plugin the argument array is request memory (PHP's allocator: nothing is left
 * behind when a fatal error ends the worker); the unit tests and the fuzzer use libc. */
#ifdef REDIS_PARSER_ZEND
#include "php.h"
#define parser_realloc(p, n) erealloc(p, n)
#define parser_free(p) efree(p)
#else
#define parser_realloc(p, n) realloc(p, n)
#define parser_free(p) free(p)
#endif

void redis_parser_init(redis_parser_t *p)
{
    memset(p, 0, sizeof *p);
    p->want = -1;
}

void redis_parser_free(redis_parser_t *p)
{
    if (p->argv)
        parser_free(p->argv);
    redis_parser_init(p);
}

void redis_parser_next(redis_parser_t *p)
{
    p->argc = 0;
    p->pos = 0;
    p->want = -1;
    p->inline_cmd = 0;
}

static int fail(redis_parser_t *p, const char *what)
{
    snprintf(p->err, sizeof p->err, "Protocol error: %s", what);
    return REDIS_ERROR;
}

static bool push_arg(redis_parser_t *p, size_t off, size_t len)
{
    if (p->argc == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 16;
        redis_arg_t *a = parser_realloc(p->argv, cap * sizeof *a);
        if (!a)
            return false;
        p->argv = a;
        p->cap = cap;
    }
    p->argv[p->argc].off = off;
    p->argv[p->argc].len = len;
    p->argc++;
    return true;
}

/* A decimal integer as redis's string2ll accepts it: optional '-', no '+', no leading
 * zero, no spaces, within int64 (we stop well before: 18 digits are plenty). */
static bool parse_ll(const char *s, size_t n, int64_t *out)
{
    bool neg = false;
    if (n && *s == '-') {
        neg = true;
        s++;
        n--;
    }
    if (n == 0 || n > 18 || (s[0] == '0' && (n > 1 || neg)))
        return false;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *out = neg ? -v : v;
    return true;
}

/* The line "Xnnn\r\n" at buf[at ..): REDIS_COMMAND with *value and *end (after the LF),
 * REDIS_MORE, or REDIS_ERROR (bad number: `bad`, no CRLF in max bytes: `big`). */
static int count_line(redis_parser_t *p, const char *buf, size_t len, size_t at, size_t max,
                      int64_t *value, size_t *end, const char *bad, const char *big)
{
    size_t avail = len - at, scan = avail < max ? avail : max;
    const char *cr = memchr(buf + at + 1, '\r', scan > 1 ? scan - 1 : 0);
    if (!cr)
        return avail > max ? fail(p, big) : REDIS_MORE;
    size_t cr_at = (size_t)(cr - buf);
    if (cr_at + 1 >= len)
        return REDIS_MORE;
    if (buf[cr_at + 1] != '\n' || !parse_ll(buf + at + 1, cr_at - at - 1, value))
        return fail(p, bad);
    *end = cr_at + 2;
    return REDIS_COMMAND;
}

static int parse_multibulk(redis_parser_t *p, char *buf, size_t len, const redis_limits_t *lim,
                           size_t *used)
{
    if (p->want < 0) {
        int64_t n;
        size_t end;
        int rc = count_line(p, buf, len, 0, lim->max_inline, &n, &end,
                            "invalid multibulk length", "too big mbulk count string");
        if (rc != REDIS_COMMAND)
            return rc;
        if (n > (int64_t)lim->max_args)
            return fail(p, "invalid multibulk length");
        p->pos = end;
        if (n <= 0) {   /* "*0" / "*-1": an empty command, skipped */
            *used = end;
            return REDIS_COMMAND;
        }
        p->want = n;
    }
    while ((int64_t)p->argc < p->want) {
        size_t at = p->pos;
        if (at >= len)
            return REDIS_MORE;
        if (buf[at] != '$') {
            char what[40];
            unsigned char c = (unsigned char)buf[at];
            if (c >= 0x20 && c < 0x7f)
                snprintf(what, sizeof what, "expected '$', got '%c'", c);
            else
                snprintf(what, sizeof what, "expected '$', got '\\x%02x'", c);
            return fail(p, what);
        }
        int64_t n;
        size_t end;
        int rc = count_line(p, buf, len, at, lim->max_inline, &n, &end,
                            "invalid bulk length", "too big bulk count string");
        if (rc != REDIS_COMMAND)
            return rc;
        if (n < 0 || (uint64_t)n > lim->max_bulk)
            return fail(p, "invalid bulk length");
        size_t blen = (size_t)n;
        if (blen + 2 > lim->max_request || end > lim->max_request - blen - 2)
            return fail(p, "too big request");   /* known before its bytes arrive */
        if (len - end < blen + 2)
            return REDIS_MORE;   /* the header is scanned again next time: a few bytes */
        if (buf[end + blen] != '\r' || buf[end + blen + 1] != '\n')
            return fail(p, "expected CRLF after bulk data");
        if (!push_arg(p, end, blen))
            return fail(p, "out of memory");
        p->pos = end + blen + 2;
    }
    *used = p->pos;
    return REDIS_COMMAND;
}

static bool is_space(char c)
{
    /* NUL too: redis-server splits a C string, where a NUL ends the line */
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == '\0';
}

static int hex_val(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Splits line[0 .. n) into arguments as redis-server does (sdssplitargs: blanks separate,
 * "..." with \xHH \n \r \t \b \a and \<c> escapes, '...' with \' ), writing each
 * unescaped argument in place over its own text. */
static int split_inline(redis_parser_t *p, char *line, size_t n)
{
    size_t r = 0, w = 0;
    for (;;) {
        while (r < n && is_space(line[r]))
            r++;
        if (r >= n)
            return REDIS_COMMAND;
        size_t start = w;
        bool inq = false, insq = false, done = false;
        while (!done) {
            if (inq) {
                if (r >= n)
                    return fail(p, "unbalanced quotes in request");
                if (line[r] == '\\' && r + 3 < n && line[r + 1] == 'x' &&
                    hex_val(line[r + 2]) >= 0 && hex_val(line[r + 3]) >= 0) {
                    line[w++] = (char)(hex_val(line[r + 2]) * 16 + hex_val(line[r + 3]));
                    r += 4;
                } else if (line[r] == '\\' && r + 1 < n) {
                    char c = line[r + 1];
                    line[w++] = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t'
                              : c == 'b' ? '\b' : c == 'a' ? '\a' : c;
                    r += 2;
                } else if (line[r] == '"') {
                    if (r + 1 < n && !is_space(line[r + 1]))
                        return fail(p, "unbalanced quotes in request");
                    r++;
                    done = true;
                } else {
                    line[w++] = line[r++];
                }
            } else if (insq) {
                if (r >= n)
                    return fail(p, "unbalanced quotes in request");
                if (line[r] == '\\' && r + 1 < n && line[r + 1] == '\'') {
                    line[w++] = '\'';
                    r += 2;
                } else if (line[r] == '\'') {
                    if (r + 1 < n && !is_space(line[r + 1]))
                        return fail(p, "unbalanced quotes in request");
                    r++;
                    done = true;
                } else {
                    line[w++] = line[r++];
                }
            } else if (r >= n || is_space(line[r])) {
                done = true;
                if (r < n)
                    r++;
            } else if (line[r] == '"') {
                inq = true;
                r++;
            } else if (line[r] == '\'') {
                insq = true;
                r++;
            } else {
                line[w++] = line[r++];
            }
        }
        if (!push_arg(p, start, w - start))
            return fail(p, "out of memory");
    }
}

static int parse_inline(redis_parser_t *p, char *buf, size_t len, const redis_limits_t *lim,
                        size_t *used)
{
    size_t from = p->pos;   /* scanned already: no LF there */
    const char *nl = memchr(buf + from, '\n', len - from);
    if (!nl) {
        p->pos = len;
        return len > lim->max_inline ? fail(p, "too big inline request") : REDIS_MORE;
    }
    size_t line_len = (size_t)(nl - buf), end = line_len + 1;
    if (line_len > lim->max_inline)
        return fail(p, "too big inline request");
    if (line_len && buf[line_len - 1] == '\r')
        line_len--;
    int rc = split_inline(p, buf, line_len);
    if (rc != REDIS_COMMAND)
        return rc;
    p->pos = end;
    *used = end;
    return REDIS_COMMAND;
}

int redis_parse(redis_parser_t *p, char *buf, size_t len, const redis_limits_t *lim,
                size_t *used)
{
    if (len == 0)
        return REDIS_MORE;
    if (p->pos == 0 && p->want < 0)
        p->inline_cmd = buf[0] != '*';
    return p->inline_cmd ? parse_inline(p, buf, len, lim, used)
                         : parse_multibulk(p, buf, len, lim, used);
}
