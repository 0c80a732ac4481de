/* fuzz_redis_parser.c — libFuzzer target for the redis_server plugin's request parser
 * (plugins/redis_server/parser.c). The first input byte chooses the limits (the defaults
 * or small ones, so that every limit is reached) and where the input is cut; the rest is
 * what a connection received. Invariants checked (abort on violation):
 *   - parsing the input as one read and as two reads (the first one seeing only a prefix,
 *     each read in a new, exactly sized allocation, as if the buffer had moved) gives the
 *     same commands, arguments and outcome (error text included);
 *   - a command consumes 1..len bytes; its arguments lie inside it; a multibulk one has
 *     at most max_args of them, none longer than max_bulk (an inline one is bounded by its
 *     line, max_inline, as in redis-server); an error has a "Protocol error: " text.
 * Build and run: scripts/fuzz.sh redis_parser SECONDS */
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

/* What a run produced: every argument of every command, length-prefixed, then the end. */
typedef struct {
    char *buf;
    size_t len, cap;
} trace_t;

static void put(trace_t *t, const void *d, size_t n)
{
    if (t->len + n > t->cap) {
        t->cap = (t->len + n) * 2 + 64;
        t->buf = realloc(t->buf, t->cap);
        ASSERT(t->buf);
    }
    memcpy(t->buf + t->len, d, n);
    t->len += n;
}

typedef struct {
    char *buf;   /* unconsumed input */
    size_t len;
    redis_parser_t p;
    int rc;
    trace_t t;
} conn_t;

static void feed(conn_t *c, const uint8_t *d, size_t n, const redis_limits_t *lim)
{
    char *nb = malloc(c->len + n ? c->len + n : 1);
    ASSERT(nb);
    if (c->len)
        memcpy(nb, c->buf, c->len);
    if (n)
        memcpy(nb + c->len, d, n);
    free(c->buf);
    c->buf = nb;
    c->len += n;
    while (c->rc != REDIS_ERROR) {
        size_t used = 0;
        c->rc = redis_parse(&c->p, c->buf, c->len, lim, &used);
        if (c->rc == REDIS_ERROR) {
            ASSERT(strncmp(c->p.err, "Protocol error: ", 16) == 0);
            put(&c->t, "E", 1);
            put(&c->t, c->p.err, strlen(c->p.err));
            return;
        }
        ASSERT(c->rc == REDIS_MORE || c->rc == REDIS_COMMAND);
        if (c->rc == REDIS_MORE)
            return;
        ASSERT(used >= 1 && used <= c->len);
        ASSERT(c->p.inline_cmd || used <= lim->max_request);
        /* inline: bounded by its line (max_inline), not by max_args, as in redis-server */
        ASSERT(c->p.inline_cmd ? c->p.argc <= used : c->p.argc <= lim->max_args);
        put(&c->t, "C", 1);
        put(&c->t, &c->p.argc, sizeof c->p.argc);
        for (size_t i = 0; i < c->p.argc; i++) {
            const redis_arg_t *a = &c->p.argv[i];
            ASSERT(a->len <= lim->max_bulk || c->p.inline_cmd);
            ASSERT(a->off <= used && a->len <= used - a->off);
            put(&c->t, &a->len, sizeof a->len);
            put(&c->t, c->buf + a->off, a->len);
        }
        redis_parser_next(&c->p);
        memmove(c->buf, c->buf + used, c->len - used);
        c->len -= used;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    redis_limits_t lim = REDIS_LIMITS_DEFAULT;
    if (data[0] & 1) {
        lim.max_bulk = 8;
        lim.max_args = 4;
        lim.max_inline = 16;
        lim.max_request = 64;
    }
    data++;
    size--;
    size_t cut = size ? (size_t)(data[-1] >> 1) * size / 128 : 0;

    conn_t a = {0}, b = {0};
    redis_parser_init(&a.p);
    redis_parser_init(&b.p);
    feed(&a, data, size, &lim);
    feed(&b, data, cut, &lim);
    if (b.rc != REDIS_ERROR)
        feed(&b, data + cut, size - cut, &lim);
    ASSERT(a.rc == b.rc);
    ASSERT(a.t.len == b.t.len && (a.t.len == 0 || memcmp(a.t.buf, b.t.buf, a.t.len) == 0));
    if (a.rc != REDIS_ERROR)
        ASSERT(a.len == b.len);
    free(a.buf);
    free(b.buf);
    free(a.t.buf);
    free(b.t.buf);
    redis_parser_free(&a.p);
    redis_parser_free(&b.p);
    return 0;
}
