/* parser.h — the redis_server plugin's request parser (pure C: no PHP, no core): RESP
 * multibulk requests (`*N\r\n$len\r\n...\r\n`) and inline commands (`PING\r\n`, as telnet
 * and redis-cli's inline mode send them), incremental across reads and zero-copy.
 *
 * The caller keeps the unconsumed input of a connection in one buffer (which may move
 * between calls) and calls redis_parse() with the bytes from the start of the current
 * command. The parser remembers how far it got (argument offsets, relative to the start
 * of the command), so a large command arriving in many reads is scanned once. A complete
 * command's arguments are spans of that buffer; inline arguments with quotes are unescaped
 * in place (they only ever shrink). */
#ifndef REDIS_PARSER_H
#define REDIS_PARSER_H

#include <stddef.h>
#include <stdint.h>

/* Limits (redis-server's defaults: proto-max-bulk-len, 1M arguments, 64 KiB inline). */
typedef struct {
    size_t max_bulk;     /* the longest argument */
    size_t max_args;     /* arguments of one multibulk request */
    size_t max_inline;   /* an inline command's line, and a count line of a multibulk */
    size_t max_request;  /* a whole multibulk request (what one command may make us hold) */
} redis_limits_t;

#define REDIS_LIMITS_DEFAULT {512u * 1024 * 1024, 1024u * 1024, 64u * 1024, (size_t)-1}

/* One argument: off and len relative to the start of the command. */
typedef struct {
    size_t off, len;
} redis_arg_t;

typedef struct {
    redis_arg_t *argv;   /* grows as needed, kept across commands (redis_parser_free) */
    size_t argc, cap;
    size_t pos;          /* bytes of the current command already parsed (or scanned) */
    int64_t want;        /* multibulk: the argument count of its header; -1 before it */
    int inline_cmd;      /* the current command is inline */
    char err[80];        /* after REDIS_ERROR: "Protocol error: ..." */
} redis_parser_t;

enum { REDIS_ERROR = -1, REDIS_MORE = 0, REDIS_COMMAND = 1 };

void redis_parser_init(redis_parser_t *p);
void redis_parser_free(redis_parser_t *p);
/* Parses buf[0 .. len), which starts at the current command and holds at least what the
 * previous call saw. REDIS_COMMAND: a command of p->argc arguments (argc may be 0: an
 * empty line or `*0`, which redis ignores) spans buf[0 .. *used); call redis_parser_next()
 * before parsing what follows it. REDIS_MORE: incomplete. REDIS_ERROR: malformed or over
 * a limit (p->err says why; the connection should be answered "-ERR <err>" and closed);
 * also when memory runs out. */
int redis_parse(redis_parser_t *p, char *buf, size_t len, const redis_limits_t *lim,
                size_t *used);
/* Forgets the command just returned (keeps the argument array). */
void redis_parser_next(redis_parser_t *p);

#endif
