/* coserver.c — Swoole\Coroutine\Http\Server: an HTTP/1.1 server that lives inside a
 * coroutine of the current process (no Swoole\Server, no workers). start() accepts
 * connections and serves each in its own coroutine with the same parser (parser.c) and
 * the same Request/Response objects as Swoole\Http\Server; the response writes to the
 * connection's coroutine socket instead of a server connection (http_conn_t.co, the
 * "output" that response.c routes through http_co_send / http_co_response_done).
 *
 * Listening and accepting are plain non-blocking POSIX calls here, waiting for the
 * listening fd with sw_api->wait_fd: the SDK has no accept, and that one wait is all
 * accepting needs. An accepted fd becomes an SDK coroutine socket (socket_from_fd).
 * shutdown() wakes the waiting acceptor with shutdown(2) on the listening socket (Linux
 * then reports it readable and accept() fails), and shuts the read side of every idle
 * connection so that its coroutine sees the end of its stream and closes it.
 *
 * One request per connection is in PHP at a time (pipelined ones wait in the buffer, so
 * responses keep the order of requests). A response kept by the handler past its return
 * (ended later by another coroutine) holds the connection's coroutine until it ends. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "http.h"

zend_class_entry *http_coserver_ce;
static zend_object_handlers coserver_handlers;

typedef struct http_coserver http_coserver_t;

/* One accepted connection, owned by its coroutine. */
typedef struct http_co_conn {
    http_conn_t hc;                /* hc.co points back here */
    http_coserver_t *srv;
    sw_api_socket_t *sock;         /* NULL once closed */
    sw_api_coro_t *waiter;         /* the connection's coroutine waiting for a response */
    bool close_after;              /* the last response asked to close */
    bool reading;                  /* blocked reading: shutdown() may cut it short */
    struct http_co_conn *prev, *next;
} http_co_conn_t;

struct http_coserver {
    int fd;                        /* listening socket, -1 once closed */
    int port;
    bool running;                  /* start() is accepting */
    bool stopping;                 /* shutdown() was called during start() */
    bool cfg_loaded;
    http_cfg_t cfg;
    HashTable handlers;            /* pattern → callable */
    http_co_conn_t *conns;         /* live connections */
    zend_object std;
};

enum { P_FD, P_HOST, P_PORT, P_SSL, P_SETTINGS, P_ERRCODE, P_ERRMSG };

static inline http_coserver_t *srv_from(zend_object *o)
{
    return (http_coserver_t *)((char *)o - XtOffsetOf(http_coserver_t, std));
}
#define THIS_SRV() srv_from(Z_OBJ_P(ZEND_THIS))

static inline http_co_conn_t *cc_of(const http_conn_t *hc)
{
    return (http_co_conn_t *)((char *)hc - XtOffsetOf(http_co_conn_t, hc));
}

static void set_error(http_coserver_t *srv, int code, const char *msg)
{
    ZVAL_LONG(OBJ_PROP_NUM(&srv->std, P_ERRCODE), code);
    zval *m = OBJ_PROP_NUM(&srv->std, P_ERRMSG);
    zval_ptr_dtor(m);
    ZVAL_STRING(m, msg);
}

/* ---- the output of a connection (called by response.c) --------------------------------- */

bool http_co_open(const http_conn_t *hc) { return cc_of(hc)->sock != NULL; }

bool http_co_send(http_conn_t *hc, const char *data, size_t len)
{
    http_co_conn_t *cc = cc_of(hc);
    if (!cc->sock)
        return false;
    long n = sw_api->socket_write(cc->sock, data, len, -1);
    if (n < 0) {
        php_error_docref(NULL, E_WARNING, "failed to send the response: %s",
                         sw_api->error_msg());
        return false;
    }
    return true;
}

static void resume_waiter(void *arg)
{
    sw_api->coro_resume(arg);
}

void http_co_response_done(http_conn_t *hc, bool close_after)
{
    http_co_conn_t *cc = cc_of(hc);
    hc->busy = false;
    hc->resp = NULL;
    cc->close_after |= close_after;
    if (cc->waiter) {
        /* resumed from the loop, not from inside the end() that called us */
        sw_api_coro_t *co = cc->waiter;
        cc->waiter = NULL;
        sw_api->defer(resume_waiter, co);
    }
}

/* ---- settings ------------------------------------------------------------------------------- */

static zval *setting(http_coserver_t *srv, const char *key)
{
    zval *s = OBJ_PROP_NUM(&srv->std, P_SETTINGS);
    ZVAL_DEREF(s);
    return Z_TYPE_P(s) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(s), key, strlen(key)) : NULL;
}

static zend_long setting_long(http_coserver_t *srv, const char *key, zend_long dflt,
                              zend_long min, zend_long max)
{
    zval *v = setting(srv, key);
    if (!v)
        return dflt;
    zend_long n = zval_get_long(v);
    return n < min ? min : n > max ? max : n;
}

static bool setting_bool(http_coserver_t *srv, const char *key, bool dflt)
{
    zval *v = setting(srv, key);
    return v ? zend_is_true(v) : dflt;
}

/* The subset of conn.c's cfg_load that applies without a Swoole\Server (no static files). */
static void cfg_load(http_coserver_t *srv)
{
    http_cfg_t *cfg = &srv->cfg;
    if (srv->cfg_loaded && cfg->upload_tmp_dir)
        zend_string_release(cfg->upload_tmp_dir);
    memset(cfg, 0, sizeof *cfg);
    cfg->server = &srv->std;
    cfg->server_fd = srv->fd;
    cfg->limits.max_target = (uint32_t)setting_long(srv, "http_max_request_target", 8192, 64,
                                                    1 << 20);
    cfg->limits.max_head = (uint32_t)setting_long(srv, "http_max_header_size", 65536, 256,
                                                  16 << 20);
    cfg->limits.max_headers = HTTP_MAX_HEADERS;
    cfg->limits.max_body = (uint64_t)setting_long(srv, "package_max_length", 2 * 1024 * 1024,
                                                  1, ZEND_LONG_MAX);
    cfg->parse_cookie = setting_bool(srv, "http_parse_cookie", true);
    cfg->parse_post = setting_bool(srv, "http_parse_post", true);
    cfg->parse_files = setting_bool(srv, "http_parse_files", true);
    cfg->keepalive = setting_bool(srv, "http_keepalive", true);
    zval *tmp = setting(srv, "upload_tmp_dir");
    cfg->upload_tmp_dir = tmp && Z_TYPE_P(tmp) != IS_NULL ? zval_get_string(tmp) : NULL;
    cfg->upload_max_filesize = setting_long(srv, "upload_max_filesize", 0, 0, ZEND_LONG_MAX);
    cfg->compression = setting_bool(srv, "http_compression", true);
    cfg->compression_level = (int)setting_long(srv, "http_compression_level", 1, 1, 9);
    if (setting(srv, "http_gzip_level"))
        cfg->compression_level = (int)setting_long(srv, "http_gzip_level", 1, 1, 9);
    cfg->compression_min_length = (size_t)setting_long(srv, "compression_min_length", 20, 0,
                                                       ZEND_LONG_MAX);
    srv->cfg_loaded = true;
}

/* ---- one connection --------------------------------------------------------------------------- */

#define CO_READ_CHUNK 8192

/* A response the handler never got to make: status text, then close or keep going. */
static void reply_status(http_co_conn_t *cc, int status, bool close)
{
    char buf[512];
    size_t n = http_status_page(buf, sizeof buf, status, close);
    if (cc->sock && sw_api->socket_write(cc->sock, buf, n, -1) < 0)
        cc->close_after = true;
    if (close)
        cc->close_after = true;
}

/* The handler of the longest pattern that prefixes path; NULL if none. */
static zval *find_handler(http_coserver_t *srv, const char *path, size_t len)
{
    zend_string *pattern;
    zval *fn, *best = NULL;
    size_t best_len = 0;
    ZEND_HASH_FOREACH_STR_KEY_VAL(&srv->handlers, pattern, fn) {
        if (!pattern || ZSTR_LEN(pattern) > len || (best && ZSTR_LEN(pattern) <= best_len))
            continue;
        if (memcmp(ZSTR_VAL(pattern), path, ZSTR_LEN(pattern)) == 0) {
            best = fn;
            best_len = ZSTR_LEN(pattern);
        }
    } ZEND_HASH_FOREACH_END();
    return best;
}

/* Runs the handler for a complete request; false if the connection must stop. */
static bool dispatch(http_co_conn_t *cc, const char *buf, const char *body, size_t body_len)
{
    http_conn_t *hc = &cc->hc;
    const char *path = buf + hc->req.path.off;
    zval *fn = find_handler(cc->srv, path, hc->req.path.len);
    if (!fn) {
        reply_status(cc, 404, !(hc->req.keep_alive && hc->cfg->keepalive));
        return !cc->close_after;
    }
    /* a multipart body goes through body.c (uploads to temp files), whole as it is here */
    int rc = http_body_begin(hc, buf);
    if (rc >= 0 && hc->body) {
        if ((rc = http_body_feed(hc, body, body_len)) >= 0)
            rc = http_body_finish(hc);
    }
    if (rc < 0) {
        http_body_free(hc);
        reply_status(cc, (int)-rc, true);
        return false;
    }
    zval args[2], ret, callable;
    ZVAL_COPY(&callable, fn);   /* handle() may replace it while the handler runs */
    http_request_make(&args[0], hc, buf, body, body_len);
    http_body_free(hc);   /* the Request took the parsed body */
    http_response_make(&args[1], hc);
    hc->busy = true;
    bool ok = sw_api->php->call(&callable, 2, args, &ret);
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&callable);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&args[1]);   /* a response nobody kept ends here (500 if never ended) */
    if (!ok || sw_api->php->unwinding())
        return false;          /* the exception stays pending: the coroutine reports it */
    while (hc->busy && cc->sock) {
        /* the handler kept $response: wait until whoever has it ends it */
        cc->waiter = sw_api->coro_current();
        sw_api->coro_yield("Coroutine\\Http\\Server response");
        cc->waiter = NULL;
        if (sw_api->php->unwinding())
            return false;
    }
    return !cc->close_after;
}

/* One request from buf[0 .. len): > 0 consumed, 0 need more, < 0 stop. */
static long take_request(http_co_conn_t *cc, char *buf, size_t len)
{
    http_conn_t *hc = &cc->hc;
    const http_limits_t *lim = &hc->cfg->limits;
    if (!hc->head_len) {
        long r = http_parse_head(&hc->hs, &hc->req, buf, len, lim);
        if (r == 0)
            return 0;
        if (r < 0) {
            reply_status(cc, (int)-r, true);
            return -1;
        }
        hc->head_len = (uint32_t)r;
        if (hc->req.chunked)
            http_chunked_init(&hc->chunk);
    }
    size_t head_len = hc->head_len, have = len - head_len, body_len, used;
    char *body = buf + head_len;
    if (hc->req.chunked) {
        int rc = http_chunked_decode(&hc->chunk, body, have, lim);
        if (rc < 0) {
            reply_status(cc, -rc, true);
            return -1;
        }
        body_len = (size_t)hc->chunk.out;
        used = (size_t)hc->chunk.in;
        if (rc == 0)
            goto more;
    } else {
        size_t cl = hc->req.content_length > 0 ? (size_t)hc->req.content_length : 0;
        if (have < cl)
            goto more;
        body_len = used = cl;
    }
    if (!dispatch(cc, buf, body, body_len))
        return -1;
    return (long)(head_len + used);
more:
    if (hc->req.expect_continue && !hc->continue_sent) {
        static const char msg[] = "HTTP/1.1 100 Continue\r\n\r\n";
        hc->continue_sent = true;
        if (sw_api->socket_write(cc->sock, msg, sizeof msg - 1, -1) < 0)
            return -1;
    }
    return 0;
}

static void head_reset(http_conn_t *hc)
{
    http_head_init(&hc->hs, &hc->req, hc->headers, HTTP_MAX_HEADERS);
    hc->head_len = 0;
    hc->continue_sent = false;
}

/* Reads and serves requests until the peer goes, an error, or shutdown(). */
static void serve(http_co_conn_t *cc)
{
    size_t cap = CO_READ_CHUNK, len = 0;
    char *buf = emalloc(cap);
    for (;;) {
        /* serve what is buffered first: pipelined requests need no read */
        long r = 1;
        while (len && (r = take_request(cc, buf, len)) > 0) {
            memmove(buf, buf + r, len - (size_t)r);
            len -= (size_t)r;
            head_reset(&cc->hc);
            if (!cc->srv->running)
                break;
        }
        if (r < 0 || !cc->srv->running || !cc->sock)
            break;
        if (cap - len < CO_READ_CHUNK / 2) {
            cap *= 2;
            buf = erealloc(buf, cap);
        }
        cc->reading = true;
        long n = sw_api->socket_read(cc->sock, buf + len, cap - len, -1);
        cc->reading = false;
        if (n <= 0 || sw_api->php->unwinding())
            break;
        len += (size_t)n;
    }
    efree(buf);
}

/* Closes a connection and lets go of its server. */
static void conn_end(http_co_conn_t *cc)
{
    http_coserver_t *srv = cc->srv;
    if (cc->hc.resp)
        http_response_orphan(cc->hc.resp);   /* kept past our end: it can no longer send */
    http_body_free(&cc->hc);
    if (cc->hc.remote_addr)
        zend_string_release(cc->hc.remote_addr);
    if (cc->sock)
        sw_api->socket_close(cc->sock);
    cc->sock = NULL;
    if (cc->prev)
        cc->prev->next = cc->next;
    else
        srv->conns = cc->next;
    if (cc->next)
        cc->next->prev = cc->prev;
    efree(cc);
    OBJ_RELEASE(&srv->std);
}

static void conn_main(void *arg)
{
    serve(arg);
    conn_end(arg);
}

static void conn_start(http_coserver_t *srv, int fd, const struct sockaddr_storage *ss)
{
    sw_api_socket_t *sock = sw_api->socket_from_fd(fd);
    if (!sock) {
        close(fd);
        return;
    }
    http_co_conn_t *cc = ecalloc(1, sizeof *cc);
    http_conn_t *hc = &cc->hc;
    cc->srv = srv;
    cc->sock = sock;
    /* what http_conn_remote() would ask the server for: known now, so it never asks */
    char ip[64] = "";
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &a->sin6_addr, ip, sizeof ip);
        hc->remote_port = ntohs(a->sin6_port);
    } else {
        const struct sockaddr_in *a = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip);
        hc->remote_port = ntohs(a->sin_port);
    }
    hc->remote_addr = zend_string_init(ip, strlen(ip), 0);
    hc->server_port = srv->port;
    hc->connect_time = (int64_t)time(NULL);
    hc->body = NULL;
    hc->session = fd;
    hc->server = &srv->std;
    hc->cfg = &srv->cfg;
    hc->accept_coding = HTTP_CODING_NONE;
    hc->co = cc;
    head_reset(hc);
    cc->next = srv->conns;
    if (srv->conns)
        srv->conns->prev = cc;
    srv->conns = cc;
    GC_ADDREF(&srv->std);
    if (sw_api->coro_create(conn_main, cc) < 0) {
        php_error_docref(NULL, E_WARNING, "cannot serve a connection: %s", sw_api->error_msg());
        conn_end(cc);
    }
}

/* ---- listening -------------------------------------------------------------------------------- */

/* Binds and listens; the fd, or -1 with errCode/errMsg set. */
static int listen_on(http_coserver_t *srv, const char *host, int port, bool reuse_port)
{
    struct sockaddr_storage ss;
    socklen_t sl;
    memset(&ss, 0, sizeof ss);
    struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)port);
        sl = sizeof *a4;
    } else if (inet_pton(AF_INET6, host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        sl = sizeof *a6;
    } else {
        set_error(srv, EINVAL, "invalid address (an IPv4 or IPv6 address is expected)");
        return -1;
    }
    int fd = socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        set_error(srv, errno, strerror(errno));
        return -1;
    }
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reuse_port)
        setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&ss, sl) < 0 || listen(fd, 512) < 0) {
        set_error(srv, errno, strerror(errno));
        close(fd);
        return -1;
    }
    sl = sizeof ss;
    getsockname(fd, (struct sockaddr *)&ss, &sl);
    srv->port = ntohs(ss.ss_family == AF_INET6 ? a6->sin6_port : a4->sin_port);
    return fd;
}

static void close_listener(http_coserver_t *srv)
{
    if (srv->fd >= 0) {
        close(srv->fd);
        srv->fd = -1;
    }
    ZVAL_LONG(OBJ_PROP_NUM(&srv->std, P_FD), -1);
}

/* Accepts until shutdown(); false on an error of the listening socket. */
static bool accept_loop(http_coserver_t *srv)
{
    while (!srv->stopping) {
        struct sockaddr_storage ss;
        socklen_t sl = sizeof ss;
        int fd = accept4(srv->fd, (struct sockaddr *)&ss, &sl, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            conn_start(srv, fd, &ss);
            continue;
        }
        if (srv->stopping)
            break;
        switch (errno) {
        case EAGAIN:
        case EINTR:
        case ECONNABORTED:
        case EPROTO:
            break;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            /* out of descriptors: let connections finish instead of spinning */
            php_error_docref(NULL, E_WARNING, "accept() failed: %s", strerror(errno));
            sw_api->coro_sleep_ms(100);
            if (sw_api->php->unwinding())
                return true;
            continue;
        default:
            set_error(srv, errno, strerror(errno));
            return false;
        }
        if (errno != EAGAIN)
            continue;
        int rc = sw_api->wait_fd(srv->fd, SW_SDK_EV_READ, -1);
        if (sw_api->php->unwinding())
            return true;
        if (rc < 0 && !srv->stopping) {
            set_error(srv, -rc, sw_api->error_msg());
            return false;
        }
    }
    return true;
}

/* ---- the object ------------------------------------------------------------------------------ */

static zend_object *coserver_create(zend_class_entry *ce)
{
    http_coserver_t *srv = zend_object_alloc(sizeof *srv, ce);
    memset(srv, 0, XtOffsetOf(http_coserver_t, std));
    srv->fd = -1;
    zend_hash_init(&srv->handlers, 4, NULL, ZVAL_PTR_DTOR, 0);
    zend_object_std_init(&srv->std, ce);
    object_properties_init(&srv->std, ce);
    srv->std.handlers = &coserver_handlers;
    return &srv->std;
}

static void coserver_free(zend_object *o)
{
    http_coserver_t *srv = srv_from(o);
    /* connections hold a reference: none is left here */
    if (srv->fd >= 0)
        close(srv->fd);
    if (srv->cfg_loaded && srv->cfg.upload_tmp_dir)
        zend_string_release(srv->cfg.upload_tmp_dir);
    zend_hash_destroy(&srv->handlers);
    zend_object_std_dtor(o);
}

/* The handlers may capture $server: let the cycle collector see them. */
static HashTable *coserver_get_gc(zend_object *o, zval **table, int *n)
{
    http_coserver_t *srv = srv_from(o);
    zend_get_gc_buffer *gc = zend_get_gc_buffer_create();
    zval *fn;
    ZEND_HASH_FOREACH_VAL(&srv->handlers, fn) {
        zend_get_gc_buffer_add_zval(gc, fn);
    } ZEND_HASH_FOREACH_END();
    zend_get_gc_buffer_use(gc, table, n);
    return zend_std_get_properties(o);
}

ZEND_METHOD(Swoole_Coroutine_Http_Server, __construct)
{
    zend_string *host;
    zend_long port = 0;
    bool ssl = false, reuse_port = false;
    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_BOOL(ssl)
        Z_PARAM_BOOL(reuse_port)
    ZEND_PARSE_PARAMETERS_END();
    http_coserver_t *srv = THIS_SRV();
    zend_class_entry *exc = sw_api->php->throwable_ce(SW_PHP_EXCEPTION);
    if (srv->fd >= 0) {
        zend_throw_error(NULL, "Coroutine\\Http\\Server is already constructed");
        RETURN_THROWS();
    }
    if (port < 0 || port > 65535) {
        zend_throw_exception_ex(exc, EINVAL, "port " ZEND_LONG_FMT " is out of range 0..65535",
                                port);
        RETURN_THROWS();
    }
    if (ssl) {
        /* the SDK's coroutine socket has a client-side TLS handshake only */
        zend_throw_exception_ex(exc, SW_SDK_E_OPERATION_NOT_SUPPORT,
                                "Coroutine\\Http\\Server: ssl is not supported yet");
        RETURN_THROWS();
    }
    zval *p = OBJ_PROP_NUM(&srv->std, P_HOST);
    zval_ptr_dtor(p);
    ZVAL_STR_COPY(p, host);
    int fd = listen_on(srv, ZSTR_VAL(host), (int)port, reuse_port);
    if (fd < 0) {
        zval *msg = OBJ_PROP_NUM(&srv->std, P_ERRMSG);
        zend_throw_exception_ex(exc, Z_LVAL_P(OBJ_PROP_NUM(&srv->std, P_ERRCODE)),
                                "failed to listen on %s:" ZEND_LONG_FMT ": %s", ZSTR_VAL(host),
                                port, Z_STRVAL_P(msg));
        RETURN_THROWS();
    }
    srv->fd = fd;
    ZVAL_LONG(OBJ_PROP_NUM(&srv->std, P_FD), fd);
    ZVAL_LONG(OBJ_PROP_NUM(&srv->std, P_PORT), srv->port);
}

ZEND_METHOD(Swoole_Coroutine_Http_Server, set)
{
    HashTable *settings;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(settings)
    ZEND_PARSE_PARAMETERS_END();
    http_coserver_t *srv = THIS_SRV();
    zval *p = OBJ_PROP_NUM(&srv->std, P_SETTINGS);
    ZVAL_DEREF(p);
    if (Z_TYPE_P(p) != IS_ARRAY) {
        zval_ptr_dtor(p);
        array_init(p);
    }
    SEPARATE_ARRAY(p);
    zend_hash_merge(Z_ARRVAL_P(p), settings, zval_add_ref, 1);
    if (srv->running)
        cfg_load(srv);   /* new connections see it; those in flight keep a valid pointer */
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Http_Server, handle)
{
    zend_string *pattern;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(pattern)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    (void)fcc;
    zval fn;
    ZVAL_COPY(&fn, &fci.function_name);
    zend_hash_update(&THIS_SRV()->handlers, pattern, &fn);
}

ZEND_METHOD(Swoole_Coroutine_Http_Server, start)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_coserver_t *srv = THIS_SRV();
    if (!sw_api->php->require_coroutine("Coroutine\\Http\\Server::start"))
        RETURN_THROWS();
    if (srv->running) {
        php_error_docref(NULL, E_WARNING, "server is already running");
        RETURN_FALSE;
    }
    if (srv->fd < 0) {
        php_error_docref(NULL, E_WARNING, "server is not listening (shut down, or its "
                         "constructor failed)");
        RETURN_FALSE;
    }
    cfg_load(srv);
    srv->running = true;
    srv->stopping = false;
    bool ok = accept_loop(srv);
    srv->running = false;
    close_listener(srv);
    /* a closed server never calls them again, and they often capture $server: dropping
     * them now breaks that cycle (connections still running hold their own copy) */
    zend_hash_clean(&srv->handlers);
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Coroutine_Http_Server, shutdown)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_coserver_t *srv = THIS_SRV();
    if (!srv->running) {
        close_listener(srv);
        return;
    }
    srv->stopping = true;
    srv->running = false;
    /* wakes the acceptor in wait_fd: the listening socket turns readable, accept fails */
    shutdown(srv->fd, SHUT_RDWR);
    /* idle connections read the end of their stream and close; busy ones finish their
     * response first */
    for (http_co_conn_t *cc = srv->conns; cc; cc = cc->next)
        if (cc->sock && cc->reading)
            shutdown(sw_api->socket_fd(cc->sock), SHUT_RD);
}

void http_coserver_minit(zend_class_entry *ce)
{
    memcpy(&coserver_handlers, &std_object_handlers, sizeof coserver_handlers);
    coserver_handlers.offset = XtOffsetOf(http_coserver_t, std);
    coserver_handlers.free_obj = coserver_free;
    coserver_handlers.get_gc = coserver_get_gc;
    coserver_handlers.clone_obj = NULL;
    http_coserver_ce = ce;
    ce->create_object = coserver_create;
}
