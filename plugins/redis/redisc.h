/* redisc.h — what the files of the redis plugin share: the client (one connection to a
 * Redis server over the SDK's coroutine socket, RESP encoded by hiredis's
 * redisFormatCommandArgv and parsed by one redisReader per connection), the argument
 * builder the command methods fill, and the calls between client.c, commands.c, conn.c
 * and reply.c. Names are redisc_*: hiredis owns redis*. */
#ifndef REDISC_PLUGIN_H
#define REDISC_PLUGIN_H

#include <swoole/sdk_php.h>

#include <hiredis.h>

#define REDISC_PLUGIN_VERSION "0.1.0"

/* errType values: Swoole's (the same numbers as hiredis's REDIS_ERR_*, plus 6-8). */
enum {
    REDISC_ERR_IO = 1,
    REDISC_ERR_OTHER = 2,
    REDISC_ERR_EOF = 3,
    REDISC_ERR_PROTOCOL = 4,
    REDISC_ERR_OOM = 5,
    REDISC_ERR_CLOSED = 6,
    REDISC_ERR_NOAUTH = 7,
    REDISC_ERR_ALLOC = 8,
};

/* errCode of a call refused because another coroutine uses the connection
 * (SW_ERROR_CO_HAS_BEEN_BOUND, as the mysql plugin's 10002). */
#define REDISC_E_BUSY 10002

/* Properties of Swoole\Coroutine\Redis, in the stub's order (OBJ_PROP_NUM). */
enum {
    REDISC_P_HOST, REDISC_P_PORT, REDISC_P_SETTING, REDISC_P_SOCK, REDISC_P_CONNECTED,
    REDISC_P_ERRTYPE, REDISC_P_ERRCODE, REDISC_P_ERRMSG,
};

/* Bytes read from the socket at a time before they are handed to the reader. */
#define REDISC_READ_CHUNK 16384

typedef struct redisc {
    sw_api_socket_t *sock;     /* NULL when not connected */
    redisReader *reader;       /* one per connection, reused by every reply */
    int64_t busy_cid;          /* the coroutine inside a call on the socket, 0 if none */
    bool close_pending;        /* close() came while busy: the busy call closes */
    bool constructed;
    bool defer, subscribe, serialize, compat;
    uint32_t pending;          /* replies owed to recv() (defer) */
    double connect_timeout, timeout;   /* seconds; <= 0: none */
    uint8_t reconnect, reconnected;    /* retries allowed / used since the last connect */
    uint64_t last_reply_ms;    /* the loop's clock when the last reply was read */
    /* commands sent in defer mode wait here (formatted) until recv() or the next command
     * that waits for its reply writes them all at once; reused, never shrunk */
    char *sbuf;
    size_t slen, scap;
    zend_long db;              /* the database selected on this connection */
    bool authed;
    zval reply;                /* the reply the reader is building (UNDEF between) */
    char rbuf[REDISC_READ_CHUNK];
    zend_object std;
} redisc_t;

extern zend_class_entry *redisc_ce;

static inline redisc_t *redisc_from(zend_object *o)
{
    return (redisc_t *)((char *)o - XtOffsetOf(redisc_t, std));
}

/* ---- the arguments of one command ---------------------------------------------------- *
 * Pointers to the bytes of each argument and their lengths, kept on the stack for small
 * commands. An argument either borrows the bytes of a zval the caller keeps alive for the
 * call, or owns a zend_string (converted or serialized value) released by args_free. */
#define REDISC_ARGS_INLINE 16
#define REDISC_NUMS 8
typedef struct redisc_args {
    int argc, cap;
    const char **argv;
    size_t *lens;
    zend_string **owned;
    int nowned, capowned;
    int nnums;
    bool serialize;
    const char *iargv[REDISC_ARGS_INLINE];
    size_t ilens[REDISC_ARGS_INLINE];
    zend_string *iowned[REDISC_ARGS_INLINE];
    char nums[REDISC_NUMS][32];
} redisc_args_t;

void redisc_args_init(redisc_args_t *a, redisc_t *c);
void redisc_args_free(redisc_args_t *a);
void redisc_arg(redisc_args_t *a, const char *s, size_t len);
static inline void redisc_arg_str(redisc_args_t *a, const char *s) { redisc_arg(a, s, strlen(s)); }
void redisc_arg_long(redisc_args_t *a, zend_long v);
void redisc_arg_double(redisc_args_t *a, double v);
/* A key or a plain argument: its string form (never serialized). */
void redisc_arg_zval(redisc_args_t *a, zval *v);
/* A value: serialized when the client's serialize option is on. */
void redisc_arg_value(redisc_args_t *a, zval *v);
/* Every element of an array as a plain argument, or v itself if it is not one. */
void redisc_arg_flat(redisc_args_t *a, zval *v);

/* ---- conn.c: the connection ------------------------------------------------------------ */
/* Runs one command: checks the state, (re)connects if allowed, sends it and reads its
 * reply into return_value (or returns true in defer mode). False with err* set on
 * failure. */
void redisc_command(redisc_t *c, redisc_args_t *a, zval *return_value);
/* Reads one reply for recv(). */
void redisc_recv(redisc_t *c, zval *return_value);
/* Connects to the host and port of the properties, then AUTH / SELECT from the settings. */
bool redisc_connect(redisc_t *c);
void redisc_close(redisc_t *c);
/* true outside a coroutine (after throwing) or while another coroutine is inside a call
 * (with err* set): the method must return false. */
bool redisc_refuse(redisc_t *c);

/* ---- reply.c -------------------------------------------------------------------------- */
/* A reader for c whose replies hiredis builds straight into PHP values: each one lands
 * in c->reply (no redisReply objects, no copy). */
redisReader *redisc_reader_new(redisc_t *c);
/* compatibility_mode: [k1, v1, k2, v2] -> [k1 => v1, k2 => v2] (values as floats if
 * to_double) */
void redisc_assoc(zval *rv, bool to_double);

/* ---- properties ---------------------------------------------------------------------- */
void redisc_prop_long(redisc_t *c, int idx, zend_long v);
void redisc_prop_bool(redisc_t *c, int idx, bool v);
void redisc_prop_str(redisc_t *c, int idx, const char *s, size_t len);
void redisc_set_err(redisc_t *c, int type, int code, const char *msg);
void redisc_set_err_len(redisc_t *c, int type, int code, const char *msg, size_t len);
void redisc_clear_err(redisc_t *c);
zval *redisc_setting(redisc_t *c);

/* ---- client.c / commands.c ------------------------------------------------------------- */
void redisc_minit(zend_class_entry *ce);

#endif
