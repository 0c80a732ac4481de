/* conn.c — the "redis" protocol of a server port (open_redis_protocol; on by default for
 * Swoole\Redis\Server): parses each connection's input in place (parser.c), runs the
 * handler of each command and answers in order.
 *
 * Batches: all the complete commands of one read are run, in order, by one coroutine.
 * While that coroutine's handlers return without waiting, their replies (a returned
 * string, or $server->send() to the same fd: plugin.c routes it here) are gathered in the
 * connection's reused buffer and leave in one conn_send when the batch ends (or every
 * REDIS_FLUSH_AT bytes, once the socket's queue has room for them). A handler that waits (Co::sleep, a client call) ends the batch
 * at once: what was gathered is written, the connection is "busy" and further input stays
 * unconsumed in the core's buffer (reading pauses past REDIS_PIPELINE_MAX); when the
 * handler returns, its reply is written and the remaining input is dispatched again from
 * the loop (conn_redispatch). Nothing waits for a later command, so nothing is delayed.
 *
 * Arguments are copied into PHP strings straight from the input buffer before their
 * handler runs (the buffer may move once the handler waits). */
#include <inttypes.h>
#include <string.h>

#include "parser.h"
#include "redis_server.h"

#define REDIS_PIPELINE_MAX (256 * 1024)   /* input held while busy before reading stops */
#define REDIS_FLUSH_AT (64 * 1024)        /* gathered replies written mid-batch */
#define REDIS_NAME_SHOWN 128              /* of an unknown command, in its error */
#define REDIS_MAX_BULK_DEFAULT (2 * 1024 * 1024)   /* Swoole's package_max_length */
#define REDIS_OUTPUT_DEFAULT (2 * 1024 * 1024)     /* Swoole's buffer_output_size */

typedef struct {
    sw_api_conn_t *conn;   /* NULL once closed */
    zend_object *server;
    int64_t session;
    redis_parser_t parser;
    redis_limits_t lim;
    smart_str out;         /* replies gathered in the current batch (kept allocated) */
    char *data;            /* on_data's input while it runs */
    size_t len, off;       /* its length, and what the batch consumed of it */
    size_t cmd_len;        /* the command parsed at data + off */
    size_t out_limit;      /* buffer_output_size of the port */
    bool running;          /* the batch coroutine has not ended */
    bool yielded;          /* ... and a handler of it waited: on_data has returned */
    bool in_data;          /* on_data is on the stack */
    bool busy;             /* input waits for the waiting handler */
    bool waiting_room;     /* the batch waits for its output queue to drain */
    bool paused, closing, gone;
} redis_conn_t;

/* The connection whose batch is being run from on_data right now (one at a time: a
 * batch ends, or leaves on_data, before the loop runs anything else). */
static redis_conn_t *batch;

static void conn_free(redis_conn_t *rc)
{
    smart_str_free(&rc->out);
    redis_parser_free(&rc->parser);
    efree(rc);
}

/* Writes replies. A connection whose output buffer (buffer_output_size) cannot take them
 * is closed, as redis-server closes clients over their output limit: dropping a reply
 * silently would shift every later answer onto the wrong command. */
static void out_write(redis_conn_t *rc, const char *data, size_t len)
{
    if (!rc->conn || rc->closing)
        return;
    if (sw_api->conn_send(rc->conn, data, len) == 0)
        return;
    rc->closing = true;
    if (!rc->conn)   /* the peer was gone: the failed write closed it already */
        return;
    if (!sw_api->php->server_conn(rc->server, rc->session))
        return;      /* $server->close() came first: its queue is on its way out */
    sw_api->log(SW_SDK_LOG_WARNING, "redis_server: connection %" PRId64 " closed: %s",
                rc->session, sw_api->error_msg());
    sw_api->conn_close(rc->conn, true);
}

static void flush(redis_conn_t *rc)
{
    if (!rc->out.s || ZSTR_LEN(rc->out.s) == 0)
        return;
    out_write(rc, ZSTR_VAL(rc->out.s), ZSTR_LEN(rc->out.s));
    ZSTR_LEN(rc->out.s) = 0;   /* the buffer stays for the next batch */
}

/* From the batch coroutine: writes the gathered replies as the socket's queue makes room
 * for them (a client that pipelines many large replies and reads them slowly is waited
 * for, polling every millisecond, instead of overflowing), in parts when they are more
 * than the queue may hold at all (a 3 MiB value with buffer_output_size at its 2 MiB
 * default: conn_send refuses anything larger than the limit). False if the coroutine is
 * being torn down. */
static bool flush_room(redis_conn_t *rc)
{
    size_t len = rc->out.s ? ZSTR_LEN(rc->out.s) : 0, off = 0;
    bool ok = true;
    while (off < len && rc->conn && !rc->closing) {
        size_t pending = sw_api->conn_pending(rc->conn);
        if (pending < rc->out_limit) {
            size_t n = rc->out_limit - pending;
            if (n > len - off)
                n = len - off;
            out_write(rc, ZSTR_VAL(rc->out.s) + off, n);
            off += n;
            continue;
        }
        rc->waiting_room = true;
        sw_api->coro_sleep_ms(1);
        rc->waiting_room = false;
        if (sw_api->php->unwinding()) {
            ok = false;
            break;
        }
    }
    if (rc->out.s)
        ZSTR_LEN(rc->out.s) = 0;   /* the buffer stays for the next batch */
    return ok;
}

/* Answers "-ERR <why>" after what is gathered, and closes (as redis-server does). */
static void fail(redis_conn_t *rc, const char *why)
{
    if (!rc->conn || rc->closing)
        return;
    flush(rc);
    if (!rc->conn || rc->closing)
        return;   /* writing what was gathered failed (a reset peer): it is closed already */
    smart_str_appendl(&rc->out, "-ERR ", 5);
    smart_str_appends(&rc->out, why);
    smart_str_appendl(&rc->out, "\r\n", 2);
    sw_api->conn_send_last(rc->conn, ZSTR_VAL(rc->out.s), ZSTR_LEN(rc->out.s));
    ZSTR_LEN(rc->out.s) = 0;
    rc->closing = true;
    sw_api->log(SW_SDK_LOG_NOTICE, "redis_server: connection %" PRId64 " closed: %s",
                rc->session, why);
    sw_api->conn_close(rc->conn, false);
}

bool redis_conn_batch_send(zend_object *server, zend_long fd, const char *data, size_t len)
{
    redis_conn_t *rc = batch;
    if (!rc || rc->session != fd || rc->server != server || !rc->conn || rc->closing)
        return false;
    smart_str_appendl(&rc->out, data, len);
    return true;
}

void redis_conn_batch_flush(zend_object *server)
{
    if (batch && batch->server == server)
        flush(batch);
}

static void unknown_command(redis_conn_t *rc, const char *name, size_t len)
{
    smart_str_appendl(&rc->out, "-ERR unknown command '", 22);
    size_t from = ZSTR_LEN(rc->out.s), n = len < REDIS_NAME_SHOWN ? len : REDIS_NAME_SHOWN;
    smart_str_appendl(&rc->out, name, n);
    char *p = ZSTR_VAL(rc->out.s) + from;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\r' || p[i] == '\n')
            p[i] = ' ';
    smart_str_appendl(&rc->out, "'\r\n", 3);
}

/* What a handler returned: a string is the reply (anything else is not: a handler that
 * answered with $server->send() may return its bool). */
static void reply(redis_conn_t *rc, zval *ret)
{
    if (Z_TYPE_P(ret) != IS_STRING || Z_STRLEN_P(ret) == 0)
        return;
    smart_str_appendl(&rc->out, Z_STRVAL_P(ret), Z_STRLEN_P(ret));
    if (rc->yielded)   /* on_data has returned: it goes now, in parts if it is large */
        flush_room(rc);
}

/* The handler that waited is done (its coroutine is ending): input flows again. */
static void busy_done(redis_conn_t *rc)
{
    rc->busy = rc->yielded = rc->running = false;
    if (rc->gone) {
        conn_free(rc);
        return;
    }
    if (!rc->conn || rc->closing)
        return;
    if (rc->paused) {
        rc->paused = false;
        sw_api->conn_resume(rc->conn);   /* delivers what is buffered, from the loop */
    } else {
        sw_api->conn_redispatch(rc->conn);
    }
}

/* The batch coroutine: runs the command parsed at data + off, then every following one
 * that is complete, until the input ends, a handler waits, or the connection closes. */
static void batch_run(void *arg)
{
    redis_conn_t *rc = arg;
    rc->running = true;
    for (;;) {
        const char *cmd = rc->data + rc->off;
        redis_parser_t *p = &rc->parser;
        size_t argc = p->argc;
        zval fn, args[2], ret;
        bool call = false;
        if (argc) {
            const char *name = cmd + p->argv[0].off;
            zval *cb = redis_handler_find(rc->server, name, p->argv[0].len);
            if (cb) {
                ZVAL_COPY(&fn, cb);   /* setHandler() from the handler may replace it */
                ZVAL_LONG(&args[0], rc->session);
                array_init_size(&args[1], (uint32_t)(argc - 1));
                zend_hash_real_init_packed(Z_ARRVAL(args[1]));
                ZEND_HASH_FILL_PACKED(Z_ARRVAL(args[1])) {
                    for (size_t i = 1; i < argc; i++) {
                        zval s;
                        ZVAL_STRINGL_FAST(&s, cmd + p->argv[i].off, p->argv[i].len);
                        ZEND_HASH_FILL_ADD(&s);
                    }
                } ZEND_HASH_FILL_END();
                call = true;
            } else {
                unknown_command(rc, name, p->argv[0].len);
            }
        }
        rc->off += rc->cmd_len;   /* consumed: its arguments are copied */
        redis_parser_next(p);
        if (call) {
            ZVAL_UNDEF(&ret);
            bool ok = sw_api->php->call(&fn, 2, args, &ret);
            zval_ptr_dtor(&fn);
            zval_ptr_dtor(&args[1]);
            if (sw_api->php->unwinding() || !ok) {
                /* torn down, or an uncaught exception: it ends this coroutine (and, as
                 * any uncaught exception of a server callback, the worker): the replies
                 * gathered before it go now, nothing after it runs */
                zval_ptr_dtor(&ret);
                flush(rc);
                goto end;
            }
            /* the handler closed its connection ($server->close): as redis-server after
             * QUIT, the commands pipelined behind it are not run, nothing more is sent */
            if (rc->conn && !sw_api->php->server_conn(rc->server, rc->session))
                rc->closing = true;
            else if (rc->conn)
                sw_api->php->server_count_request(rc->conn);
            reply(rc, &ret);
            zval_ptr_dtor(&ret);
            if (rc->yielded) {
                busy_done(rc);   /* may free rc */
                return;
            }
        }
        if (!rc->conn || rc->closing)
            break;
        if (rc->out.s && ZSTR_LEN(rc->out.s) >= REDIS_FLUSH_AT) {
            if (!flush_room(rc))
                goto end;
            if (rc->yielded)   /* it waited: on_data has returned, the input may move */
                break;
        }
        size_t used = 0;
        int r = redis_parse(p, rc->data + rc->off, rc->len - rc->off, &rc->lim, &used);
        if (r == REDIS_MORE)
            break;
        if (r == REDIS_ERROR) {
            fail(rc, p->err);
            break;
        }
        rc->cmd_len = used;
    }
    if (!flush_room(rc))
        goto end;
end:
    if (rc->yielded) {   /* on_data has returned: the connection waits for us */
        busy_done(rc);   /* may free rc */
        return;
    }
    rc->running = false;
}

static long on_data(sw_api_conn_t *c, char *data, size_t len)
{
    redis_conn_t *rc = sw_api->conn_data(c);
    if (!rc)
        return -1;
    if (rc->closing)
        return (long)len;
    if (rc->busy) {
        if (len > REDIS_PIPELINE_MAX && !rc->paused) {
            rc->paused = true;
            sw_api->conn_pause(c);
        }
        return 0;
    }
    size_t used = 0;
    int r = redis_parse(&rc->parser, data, len, &rc->lim, &used);
    if (r == REDIS_MORE)
        return 0;
    if (r == REDIS_ERROR) {
        fail(rc, rc->parser.err);
        return (long)len;
    }
    rc->data = data;
    rc->len = len;
    rc->off = 0;
    rc->cmd_len = used;
    rc->in_data = true;
    batch = rc;
    int64_t cid = sw_api->coro_create(batch_run, rc);   /* runs until it ends or waits */
    batch = NULL;
    rc->data = NULL;
    if (cid < 0) {
        redis_parser_next(&rc->parser);
        fail(rc, "cannot create a coroutine for the command");
    } else if (rc->running) {
        rc->yielded = rc->busy = true;
    }
    if (!rc->waiting_room)
        flush(rc);   /* a handler waits: what the batch answered so far goes now */
    /* only now: a close by fail() or by a failed write above must leave rc to us */
    rc->in_data = false;
    if (rc->gone && !rc->running) {
        conn_free(rc);
        return (long)len;
    }
    return rc->closing ? (long)len : (long)rc->off;
}

static void on_connect(sw_api_conn_t *c)
{
    redis_conn_t *rc = ecalloc(1, sizeof *rc);
    rc->conn = c;
    rc->session = sw_api->conn_session(c);
    rc->server = sw_api->php->conn_server(c);
    redis_parser_init(&rc->parser);
    rc->lim = (redis_limits_t)REDIS_LIMITS_DEFAULT;
    zval *max = sw_api->php->conn_setting(c, "package_max_length");
    zend_long n = max ? zval_get_long(max) : REDIS_MAX_BULK_DEFAULT;
    /* as in Swoole, package_max_length bounds a whole request (and so each argument) */
    rc->lim.max_bulk = rc->lim.max_request = n > 0 ? (size_t)n : REDIS_MAX_BULK_DEFAULT;
    zval *out = sw_api->php->conn_setting(c, "buffer_output_size");
    n = out ? zval_get_long(out) : REDIS_OUTPUT_DEFAULT;
    rc->out_limit = n > 0 ? (size_t)n : REDIS_OUTPUT_DEFAULT;
    sw_api->conn_set_data(c, rc);
}

static void on_close(sw_api_conn_t *c)
{
    redis_conn_t *rc = sw_api->conn_data(c);
    if (!rc)
        return;
    sw_api->conn_set_data(c, NULL);
    rc->conn = NULL;
    if (rc->in_data || rc->running)
        rc->gone = true;   /* freed by on_data or the batch coroutine */
    else
        conn_free(rc);
}

const sw_api_proto_t redis_proto = {
    .size = sizeof(sw_api_proto_t),
    .name = "redis",
    .setting = "open_redis_protocol",
    .server_class = "Swoole\\Redis\\Server",
    .events = NULL,
    .on_connect = on_connect,
    .on_data = on_data,
    .on_close = on_close,
};
