/* conn.c — the connection of a Swoole\Coroutine\Redis: connecting (TCP through the SDK's
 * coroutine socket, whose name lookup runs off the loop; Unix sockets connected here and
 * handed to it), sending a command formatted by hiredis, reading replies through the
 * connection's redisReader, and every way a call ends early.
 *
 * One call at a time: the coroutine inside a call on the socket is busy_cid; another one
 * gets false with errCode 10002 instead of waiting on the same socket. A call that fails
 * half way (timeout, Co::cancel, the server gone, a protocol error) leaves the connection
 * out of step with the server (a reply may still come), so the connection is closed; the
 * next command reconnects if the `reconnect` option allows it (Swoole's rule: a dead
 * connection found before a command is replaced, at most `reconnect` times in a row).
 * close() from another coroutine only shuts the socket down; the waiting call wakes up,
 * fails, and closes it (the SDK socket may not be freed under a waiter).
 *
 * The hot path allocates nothing of its own: the argument list is on the stack (args.c),
 * hiredis formats the command (its one malloc) and it is written straight from there;
 * replies are parsed by the connection's reader out of one read buffer in the object.
 * Deferred commands are the exception: they wait, formatted, in a send buffer the
 * connection reuses, and leave in one write when a reply is wanted. */
#include <errno.h>
#include <limits.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "redisc.h"

/* seconds (<= 0: none) to the ms of the SDK's waits (< 0: none) */
static long ms_of(double seconds)
{
    if (seconds <= 0)
        return -1;
    long ms = sw_api->php->timeout_ms(seconds);
    return ms > 0 ? ms : 1;
}

/* An SDK error code (positive) as the errno Swoole reports in errCode. */
static int errno_of(int code)
{
    if (code == SW_SDK_E_CO_TIMEDOUT)
        return ETIMEDOUT;
    if (code == SW_SDK_E_CO_CANCELED)
        return ECANCELED;
    return code;
}

static const char *msg_of(int err)
{
    /* errno values get their system text; the core's own codes their message */
    return err > 0 && err < 1000 ? strerror(err) : sw_api->error_msg();
}

static void reset_session(redisc_t *c)
{
    c->pending = 0;
    c->slen = 0;
    c->last_reply_ms = 0;
    c->subscribe = false;
    c->close_pending = false;
    c->db = 0;
    c->authed = false;
}

void redisc_close(redisc_t *c)
{
    if (c->sock)
        sw_api->socket_close(c->sock);
    c->sock = NULL;
    if (c->reader)
        redisReaderFree(c->reader);
    c->reader = NULL;
    reset_session(c);
    redisc_prop_bool(c, REDISC_P_CONNECTED, false);
}

/* A read or write that ended early (rc: what the SDK call returned, 0 for the end of the
 * stream): the error as Swoole reports it, and the connection closed. */
static void io_fail(redisc_t *c, long rc)
{
    if (c->close_pending) {
        redisc_set_err(c, REDISC_ERR_CLOSED, ECONNRESET,
                       "Connection closed by close() while the command waited");
    } else if (rc == 0) {
        redisc_set_err(c, REDISC_ERR_EOF, ECONNRESET, "Server closed the connection");
    } else {
        int err = errno_of((int)-rc);
        redisc_set_err(c, REDISC_ERR_IO, err, msg_of(err));
    }
    redisc_close(c);
}

static void protocol_fail(redisc_t *c)
{
    /* hiredis's own text: "Protocol error, got ..." */
    redisc_set_err(c, REDISC_ERR_PROTOCOL, EPROTO,
                   c->reader && c->reader->errstr[0] ? c->reader->errstr : "Protocol error");
    redisc_close(c);
}

static bool write_all(redisc_t *c, const char *buf, size_t len)
{
    long n = sw_api->socket_write(c->sock, buf, len, ms_of(c->timeout));
    if (sw_api->php->unwinding()) {
        io_fail(c, -SW_SDK_E_CO_CANCELED);
        return false;
    }
    if (n < 0 || c->close_pending) {
        io_fail(c, n < 0 ? n : 0);
        return false;
    }
    return true;
}

/* Writes the deferred commands still held in the send buffer. */
static bool flush(redisc_t *c)
{
    if (c->slen == 0)
        return true;
    size_t len = c->slen;
    c->slen = 0;
    return write_all(c, c->sbuf, len);
}

/* Formats one command and sends it: held in the send buffer if `hold` (defer mode: the
 * commands go out together when a reply is wanted), else written with whatever the buffer
 * holds. */
static bool send_cmd(redisc_t *c, redisc_args_t *a, bool hold)
{
    /* hiredis 0.14 adds the encoded size up in an int: past 2 GiB it wraps, and the copy
     * overruns the buffer it allocated (arguments may share one string, so this is not
     * only about memory). Each argument costs its bytes and at most 32 of framing. */
    size_t total = 32;
    for (int i = 0; i < a->argc; i++) {
        if (a->lens[i] > (size_t)INT_MAX - 32 - total) {
            redisc_set_err(c, REDISC_ERR_OTHER, E2BIG,
                           "The command is too large: its encoding would pass 2 GiB");
            return false;
        }
        total += a->lens[i] + 32;
    }
    char *cmd = NULL;
    int len = redisFormatCommandArgv(&cmd, a->argc, a->argv, a->lens);
    if (len < 0) {
        redisc_set_err(c, REDISC_ERR_OOM, ENOMEM, "Out of memory formatting the command");
        return false;
    }
    bool ok = true;
    if (hold || c->slen) {
        if (c->slen + (size_t)len > c->scap) {
            c->scap = c->slen + (size_t)len > 2 * c->scap ? c->slen + (size_t)len : 2 * c->scap;
            c->sbuf = erealloc(c->sbuf, c->scap);
        }
        memcpy(c->sbuf + c->slen, cmd, (size_t)len);
        c->slen += (size_t)len;
        if (!hold)
            ok = flush(c);
    } else {
        ok = write_all(c, cmd, (size_t)len);   /* the usual case: no copy */
    }
    redisFreeCommand(cmd);
    return ok;
}

/* Reads one whole reply into c->reply: hiredis parses what is buffered; the socket is
 * read only when that holds no complete reply. */
static bool read_reply(redisc_t *c)
{
    long tmo = ms_of(c->timeout);
    for (;;) {
        void *r = NULL;
        if (redisReaderGetReply(c->reader, &r) != REDIS_OK) {
            protocol_fail(c);
            return false;
        }
        if (r) {
            c->last_reply_ms = sw_api->now_ms();
            return true;
        }
        long n = sw_api->socket_read(c->sock, c->rbuf, sizeof c->rbuf, tmo);
        if (sw_api->php->unwinding()) {
            io_fail(c, -SW_SDK_E_CO_CANCELED);
            return false;
        }
        if (n <= 0 || c->close_pending) {
            io_fail(c, n);
            return false;
        }
        if (redisReaderFeed(c->reader, c->rbuf, (size_t)n) != REDIS_OK) {
            protocol_fail(c);
            return false;
        }
    }
}

/* The reply just read, moved to rv. */
static void take_reply(redisc_t *c, zval *rv)
{
    zval_ptr_dtor(rv);
    ZVAL_COPY_VALUE(rv, &c->reply);
    ZVAL_UNDEF(&c->reply);
}

static int64_t current_cid(void)
{
    sw_api_coro_t *co = sw_api->coro_current();
    return co ? sw_api->coro_id(co) : 0;
}

bool redisc_refuse(redisc_t *c)
{
    char msg[200];

    if (!sw_api->coro_current()) {
        sw_api->php->require_coroutine("Swoole\\Coroutine\\Redis");
        return true;
    }
    if (c->busy_cid) {
        snprintf(msg, sizeof msg,
                 "Redis client is busy: coroutine #%lld is using this connection; a "
                 "connection runs one command at a time (use one client per coroutine)",
                 (long long)c->busy_cid);
        redisc_set_err(c, REDISC_ERR_OTHER, REDISC_E_BUSY, msg);
        return true;
    }
    return false;
}

/* A command sent on a connection of our own while connecting (AUTH, SELECT): true if its
 * reply is OK; a refusal is reported from the reply. */
static bool setup_cmd(redisc_t *c, const char *cmd, const char *arg, size_t len)
{
    redisc_args_t a;
    zval rv;
    bool ok = false;

    redisc_args_init(&a, c);
    redisc_arg_str(&a, cmd);
    redisc_arg(&a, arg, len);
    if (send_cmd(c, &a, false) && read_reply(c)) {
        ZVAL_NULL(&rv);
        take_reply(c, &rv);
        ok = Z_TYPE(rv) == IS_TRUE;
        zval_ptr_dtor(&rv);
    }
    redisc_args_free(&a);
    return ok;
}

static sw_api_socket_t *unix_connect(const char *path, int *err)
{
    struct sockaddr_un un = {.sun_family = AF_UNIX};
    size_t n = strlen(path);

    if (n == 0 || n >= sizeof un.sun_path) {
        *err = ENAMETOOLONG;
        return NULL;
    }
    memcpy(un.sun_path, path, n + 1);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *err = errno;
        return NULL;
    }
    /* a Unix stream connect completes at once or fails (EAGAIN: the backlog is full) */
    if (connect(fd, (struct sockaddr *)&un, sizeof un) < 0) {
        *err = errno;
        close(fd);
        return NULL;
    }
    sw_api_socket_t *s = sw_api->socket_from_fd(fd);
    if (!s) {
        *err = EINVAL;
        close(fd);
    }
    return s;
}

bool redisc_connect(redisc_t *c)
{
    zval *zhost = OBJ_PROP_NUM(&c->std, REDISC_P_HOST);
    zval *zport = OBJ_PROP_NUM(&c->std, REDISC_P_PORT);
    ZVAL_DEREF(zhost);
    ZVAL_DEREF(zport);
    zend_string *host = zval_get_string(zhost);
    zend_long port = zval_get_long(zport);
    sw_api_socket_t *s = NULL;
    char msg[128];
    int err = 0;
    bool ok = false;

    if (c->sock)
        redisc_close(c);
    if (ZSTR_LEN(host) == 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "The host is empty");
        goto out;
    }
    c->busy_cid = current_cid();
    c->close_pending = false;
    if (strncasecmp(ZSTR_VAL(host), "unix:/", 6) == 0) {
        /* unix:/path, unix:///path: the path keeps one leading slash */
        const char *p = ZSTR_VAL(host) + 5;
        while (p[0] == '/' && p[1] == '/')
            p++;
        s = unix_connect(p, &err);
    } else if (port <= 0 || port > 65535) {
        snprintf(msg, sizeof msg, "The port " ZEND_LONG_FMT " is invalid", port);
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, msg);
        c->busy_cid = 0;
        goto out;
    } else {
        s = sw_api->socket_connect(ZSTR_VAL(host), (int)port, ms_of(c->connect_timeout));
        if (!s)
            err = errno_of(sw_api->error_code());
    }
    c->busy_cid = 0;
    if (s && (c->close_pending || sw_api->php->unwinding())) {
        sw_api->socket_close(s);
        s = NULL;
        err = ECANCELED;
    }
    if (!s) {
        c->close_pending = false;
        /* 711: the name did not resolve (hiredis reports that as "other") */
        redisc_set_err(c, err == 711 ? REDISC_ERR_OTHER : REDISC_ERR_IO, err, msg_of(err));
        goto out;
    }
    c->sock = s;
    c->reader = redisc_reader_new(c);
    if (!c->reader) {
        redisc_close(c);
        redisc_set_err(c, REDISC_ERR_ALLOC, ENOMEM, "cannot allocate redis reader");
        goto out;
    }
    reset_session(c);
    c->reconnected = 0;
    redisc_prop_bool(c, REDISC_P_CONNECTED, true);
    redisc_prop_long(c, REDISC_P_SOCK, sw_api->socket_fd(s));

    /* the session of the settings: AUTH, then SELECT */
    HashTable *set = Z_ARRVAL_P(redisc_setting(c));
    zval *v;
    c->busy_cid = current_cid();
    if ((v = zend_hash_str_find(set, ZEND_STRL("password")))) {
        zend_string *pw = zval_get_string(v);
        bool fine = ZSTR_LEN(pw) == 0 || setup_cmd(c, "AUTH", ZSTR_VAL(pw), ZSTR_LEN(pw));
        bool sent = ZSTR_LEN(pw) > 0;
        zend_string_release(pw);
        if (!fine) {
            c->busy_cid = 0;
            redisc_close(c);
            goto out;
        }
        c->authed = sent;
    }
    if ((v = zend_hash_str_find(set, ZEND_STRL("database"))) && zval_get_long(v) > 0) {
        char num[32];
        zend_long db = zval_get_long(v);
        int n = snprintf(num, sizeof num, ZEND_LONG_FMT, db);
        if (!setup_cmd(c, "SELECT", num, (size_t)n)) {
            c->busy_cid = 0;
            redisc_close(c);
            goto out;
        }
        c->db = db;
    }
    c->busy_cid = 0;
    ok = true;
out:
    zend_string_release(host);
    return ok;
}

/* Swoole's keep-alive rule: a connection the server closed while it was idle is seen here
 * (a peek finds the end of the stream) and replaced, as is a missing one, at most
 * `reconnect` times until a connect succeeds. */
static bool alive(redisc_t *c)
{
    char b;
    ssize_t n = recv(sw_api->socket_fd(c->sock), &b, 1, MSG_PEEK | MSG_DONTWAIT);
    return n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR));
}

static bool ensure(redisc_t *c)
{
    /* A connection that answered during this millisecond of the loop's clock is not
     * peeked at: that saves a system call per command on a busy connection (a quarter
     * more SET+GET per second with 100 clients). The price, where Swoole peeks every
     * time: a server that closes the connection within that millisecond (CLIENT KILL
     * right after a reply) fails the next command (false, errType 3) instead of being
     * replaced before it; the command after that reconnects. */
    if (c->sock && (c->last_reply_ms == sw_api->now_ms() || alive(c)))
        return true;
    if (c->sock) {
        redisc_set_err(c, REDISC_ERR_CLOSED, ECONNRESET, "Server closed the connection");
        redisc_close(c);
    }
    zval *zhost = OBJ_PROP_NUM(&c->std, REDISC_P_HOST);
    ZVAL_DEREF(zhost);
    bool has_host = Z_TYPE_P(zhost) == IS_STRING && Z_STRLEN_P(zhost) > 0;
    for (; has_host && c->reconnected < c->reconnect; c->reconnected++) {
        if (redisc_connect(c))
            return true;
        if (EG(exception) || sw_api->php->unwinding())
            return false;
    }
    /* Swoole keeps errCode here: the cause, if a connect or the old connection left one */
    redisc_prop_long(c, REDISC_P_ERRTYPE, REDISC_ERR_CLOSED);
    redisc_prop_str(c, REDISC_P_ERRMSG, ZEND_STRL("connection is not available"));
    return false;
}

static bool is_subscribe_cmd(const redisc_args_t *a)
{
    const char *n = a->argv[0];
    size_t l = a->lens[0];
    return (l == 9 && strncasecmp(n, "SUBSCRIBE", 9) == 0)
           || (l == 10 && strncasecmp(n, "PSUBSCRIBE", 10) == 0)
           || (l == 11 && strncasecmp(n, "UNSUBSCRIBE", 11) == 0)
           || (l == 12 && strncasecmp(n, "PUNSUBSCRIBE", 12) == 0);
}

void redisc_command(redisc_t *c, redisc_args_t *a, zval *return_value)
{
    bool sub = is_subscribe_cmd(a);

    RETVAL_FALSE;
    if (EG(exception))   /* a value that could not be serialized */
        return;
    if (c->subscribe && !sub) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL,
                       "Only subscribe, psubscribe, unsubscribe and punsubscribe are allowed "
                       "in subscribe mode: call recv(), or unsubscribe first");
        return;
    }
    if (!c->defer && !sub && c->pending > 0) {
        /* its reply would be one of theirs */
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL,
                       "Commands out of sync: deferred commands wait for recv() first");
        return;
    }
    if (sub && c->defer) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "subscribe cannot be used with defer enabled");
        return;
    }
    if (!ensure(c))
        return;
    redisc_clear_err(c);
    c->busy_cid = current_cid();
    if (!send_cmd(c, a, c->defer && !sub)) {
        c->busy_cid = 0;
        return;
    }
    if (sub || c->defer) {
        /* the replies come through recv() */
        if (sub)
            c->subscribe = true;
        else
            c->pending++;
        c->busy_cid = 0;
        RETURN_TRUE;
    }
    bool got = read_reply(c);
    c->busy_cid = 0;
    if (!got)
        return;
    take_reply(c, return_value);
    /* QUIT: the server closes the connection after its OK; so do we, at once (the next
     * command reconnects) */
    if (a->lens[0] == 4 && strncasecmp(a->argv[0], "QUIT", 4) == 0)
        redisc_close(c);
}

/* In subscribe mode recv() returns the messages and the (un)subscribe confirmations; the
 * last unsubscribe (count 0) ends the mode. */
static bool subscribe_reply(redisc_t *c, zval *rv)
{
    zval *type, *num;
    if (Z_TYPE_P(rv) != IS_ARRAY || !(type = zend_hash_index_find(Z_ARRVAL_P(rv), 0))
        || Z_TYPE_P(type) != IS_STRING)
        return false;
    const char *t = Z_STRVAL_P(type);
    if (strcmp(t, "unsubscribe") == 0 || strcmp(t, "punsubscribe") == 0) {
        num = zend_hash_index_find(Z_ARRVAL_P(rv), 2);
        if (num && zval_get_long(num) == 0)
            c->subscribe = false;
        return true;
    }
    return strcmp(t, "message") == 0 || strcmp(t, "pmessage") == 0
           || strcmp(t, "subscribe") == 0 || strcmp(t, "psubscribe") == 0;
}

void redisc_recv(redisc_t *c, zval *return_value)
{
    RETVAL_FALSE;
    if (!c->sock) {
        redisc_set_err(c, REDISC_ERR_CLOSED, 0, "connection is not available");
        return;
    }
    if (!c->defer && !c->subscribe && c->pending == 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL,
                       "recv() needs setDefer(true) or subscribe mode");
        return;
    }
    if (!c->subscribe && c->pending == 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "no deferred command waits for its reply");
        return;
    }
    c->busy_cid = current_cid();
    if (!flush(c)) {
        c->busy_cid = 0;
        return;
    }
    for (;;) {
        if (!read_reply(c))
            break;
        take_reply(c, return_value);
        if (!c->subscribe) {
            c->pending--;
            break;
        }
        if (subscribe_reply(c, return_value))
            break;
        zval_ptr_dtor(return_value);   /* anything else in subscribe mode is skipped */
        ZVAL_FALSE(return_value);
    }
    c->busy_cid = 0;
}
