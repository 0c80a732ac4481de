/* socket.c — the coroutine socket (sw_socket.h): owns the fd, its one loop watcher, the
 * reader and writer waits (each with its own deadline timer), name resolution on the
 * worker pool, and the TLS session (OpenSSL) layered on the fd. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "sw_async.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "sw_socket.h"
#include "sw_timer.h"

#if OPENSSL_VERSION_NUMBER < 0x30000000L
#define SSL_get1_peer_certificate SSL_get_peer_certificate
#endif

struct sw_socket;

/* One waiting coroutine: the reader or the writer. */
typedef struct {
    struct sw_socket *s;
    sw_coro_t *co;
    sw_timer_t *timer;
    unsigned events;   /* what it waits for on the fd (TLS may read to write) */
    int result;
} waiter_t;

struct sw_socket {
    int fd;
    int domain, type, protocol;
    sw_io_t io;
    waiter_t rd, wr;
    SSL_CTX *ctx;
    SSL *ssl;
    char alpn[64];
};

#define MIN_LONG(a, b) ((a) < (b) ? (a) : (b))

typedef struct {
    bool forever;
    uint64_t at;   /* sw_clock_ms() */
} deadline_t;

static deadline_t deadline_of(long timeout_ms)
{
    deadline_t d = {timeout_ms < 0, 0};
    if (!d.forever)
        d.at = sw_clock_ms() + (uint64_t)timeout_ms;
    return d;
}

/* ms left (-1: forever), or -SW_ERROR_CO_TIMEDOUT if none. */
static long deadline_left(deadline_t d)
{
    if (d.forever)
        return -1;
    uint64_t now = sw_clock_ms();
    if (now >= d.at)
        return sw_error_set(SW_ERROR_CO_TIMEDOUT, "timed out");
    return (long)(d.at - now);
}

static int need_coroutine(const char *what)
{
    if (sw_coro_current())
        return 0;
    return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "%s must be called in a coroutine", what);
}

static int check_open(const sw_socket_t *s, const char *what)
{
    if (!s || s->fd < 0)
        return sw_error_set(EBADF, "%s: the socket is closed", what);
    return 0;
}

/* ---- waiting -------------------------------------------------------------------------- */

static void update_interest(sw_socket_t *s)
{
    sw_loop_t *loop = sw_loop_default();
    unsigned ev = (s->rd.co ? s->rd.events : 0) | (s->wr.co ? s->wr.events : 0);
    if (ev && s->fd >= 0)
        sw_io_start(loop, &s->io, ev);
    else
        sw_io_stop(loop, &s->io);
}

/* Ends one wait and returns its coroutine, for the caller to resume. */
static sw_coro_t *waiter_end(waiter_t *w, int result)
{
    sw_coro_t *co = w->co;
    if (w->timer)
        sw_timer_cancel(sw_loop_default(), w->timer);
    w->timer = NULL;
    w->co = NULL;
    w->result = result;
    update_interest(w->s);
    return co;
}

static void on_io(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    sw_socket_t *s = io->data;
    sw_coro_t *r = NULL, *w = NULL;
    (void)loop;
    /* An error or hang-up wakes both: their retry reports it. Both waits end before either
     * coroutine runs: the first may close or free the socket. */
    if (s->rd.co && (events & (s->rd.events | SW_EV_ERROR)))
        r = waiter_end(&s->rd, 0);
    if (s->wr.co && (events & (s->wr.events | SW_EV_ERROR)))
        w = waiter_end(&s->wr, 0);
    if (r)
        sw_coro_resume(r);
    if (w)
        sw_coro_resume(w);
}

static void on_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    waiter_t *w = arg;
    (void)loop;
    (void)timer;
    w->timer = NULL;   /* a one-shot is freed by the loop after this callback */
    sw_coro_resume(waiter_end(w, -SW_ERROR_CO_TIMEDOUT));
}

static bool on_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    waiter_end(arg, -SW_ERROR_CO_CANCELED);
    return true;   /* sw_coro_cancel resumes it */
}

/* Suspends until the fd has `events` (as the reader if `reading`, else the writer), the
 * deadline passes, or the wait is canceled. 0 or a negative code. */
static int wait_for(sw_socket_t *s, bool reading, unsigned events, deadline_t d)
{
    waiter_t *w = reading ? &s->rd : &s->wr;
    long left;
    int rc;

    if (w->co)
        return sw_error_set(SW_ERROR_CO_HAS_BEEN_BOUND,
                            "Socket#%d has already been bound to another coroutine#%lld, %s of "
                            "the same socket in coroutine#%lld at the same time is not allowed",
                            s->fd, (long long)sw_coro_id(w->co), reading ? "reading" : "writing",
                            (long long)sw_coro_current_id());
    if ((left = deadline_left(d)) == -SW_ERROR_CO_TIMEDOUT)
        return (int)left;
    if ((rc = need_coroutine(reading ? "socket read" : "socket write")) < 0)
        return rc;
    w->co = sw_coro_current();
    w->events = events;
    w->result = 0;
    if ((rc = sw_io_start(sw_loop_default(), &s->io,
                          events | (s->rd.co && !reading ? s->rd.events : 0) |
                              (s->wr.co && reading ? s->wr.events : 0))) < 0) {
        w->co = NULL;
        return rc;
    }
    if (left >= 0) {
        w->timer = sw_timer_add(sw_loop_default(), left > 0 ? (uint64_t)left : 1, false, on_timeout,
                                w);
        if (!w->timer) {
            rc = -sw_error_code();
            waiter_end(w, rc);
            return rc;
        }
    }
    rc = sw_coro_yield_ex(reading ? "socket read" : "socket write", on_cancel, w);
    if (rc < 0) {
        waiter_end(w, rc);
        return rc;
    }
    switch (w->result) {
    case 0:
        return 0;
    case -SW_ERROR_CO_TIMEDOUT:
        return sw_error_set(SW_ERROR_CO_TIMEDOUT, "%s timed out", reading ? "read" : "write");
    case -SW_ERROR_CO_CANCELED:
        return sw_error_set(SW_ERROR_CO_CANCELED, "%s canceled", reading ? "read" : "write");
    case -EBADF:
        return sw_error_set(EBADF, "the socket was closed by another coroutine");
    default:
        return w->result;
    }
}

/* ---- creation ------------------------------------------------------------------------- */

static sw_socket_t *socket_wrap(int fd, int domain, int type, int protocol)
{
    sw_socket_t *s = calloc(1, sizeof *s);
    if (!s) {
        sw_error_set(SW_ERROR_MALLOC_FAIL, "socket: out of memory");
        return NULL;
    }
    s->fd = fd;
    s->domain = domain;
    s->type = type;
    s->protocol = protocol;
    s->rd.s = s->wr.s = s;
    sw_io_init(&s->io, fd, on_io, s);
    return s;
}

static void set_nodelay(int fd, int domain, int type)
{
    int one = 1;
    if ((domain == AF_INET || domain == AF_INET6) && type == SOCK_STREAM)
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

sw_socket_t *sw_socket_new(int domain, int type, int protocol)
{
    int fd = socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
        sw_error_sys(errno, "socket");
        return NULL;
    }
    sw_socket_t *s = socket_wrap(fd, domain, type, protocol);
    if (!s)
        close(fd);
    return s;
}

sw_socket_t *sw_socket_from_fd(int fd)
{
    int flags = fd >= 0 ? fcntl(fd, F_GETFL) : -1;
    int domain = AF_UNSPEC, type = SOCK_STREAM, protocol = 0;
    socklen_t len = sizeof(int);

    if (flags < 0) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_from_fd: bad fd %d", fd);
        return NULL;
    }
    if (!(flags & O_NONBLOCK) && fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        sw_error_sys(errno, "fcntl");
        return NULL;
    }
    getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &domain, &len);
    len = sizeof(int);
    getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len);
    len = sizeof(int);
    getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &protocol, &len);
    return socket_wrap(fd, domain, type, protocol);
}

int sw_socket_fd(const sw_socket_t *s) { return s ? s->fd : -1; }
int sw_socket_domain(const sw_socket_t *s) { return s->domain; }
int sw_socket_type(const sw_socket_t *s) { return s->type; }
int sw_socket_protocol(const sw_socket_t *s) { return s->protocol; }
bool sw_socket_is_closed(const sw_socket_t *s) { return !s || s->fd < 0; }
bool sw_socket_has_tls(const sw_socket_t *s) { return s && s->ssl; }
bool sw_socket_reading(const sw_socket_t *s) { return s && s->rd.co; }
bool sw_socket_writing(const sw_socket_t *s) { return s && s->wr.co; }

long long sw_socket_bound_cid(const sw_socket_t *s, unsigned events)
{
    const waiter_t *w = !s ? NULL : (events & SW_EV_READ) ? &s->rd : &s->wr;
    return w && w->co ? (long long)sw_coro_id(w->co) : 0;
}

const char *sw_socket_alpn(const sw_socket_t *s)
{
    return s && s->alpn[0] ? s->alpn : NULL;
}

/* ---- names ---------------------------------------------------------------------------- */

typedef struct {
    char *host;
    char service[8];
    struct addrinfo hints;
    struct addrinfo *list;
    int gai;
} resolve_job_t;

static void resolve_work(void *arg)
{
    resolve_job_t *j = arg;
    j->gai = getaddrinfo(j->host, j->service, &j->hints, &j->list);
}

static void resolve_discard(void *arg)
{
    resolve_job_t *j = arg;
    if (j->list)
        freeaddrinfo(j->list);
    free(j->host);
    free(j);
}

int sw_socket_resolve(const char *host, int port, int family, int socktype,
                      struct addrinfo **out, long timeout_ms)
{
    struct addrinfo hints = {.ai_family = family, .ai_socktype = socktype};
    char service[8];
    int rc;

    *out = NULL;
    if (!host || !*host || port < 0 || port > 65535)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "bad host or port");
    snprintf(service, sizeof service, "%d", port);
    /* A numeric address needs no lookup: no trip to the pool. */
    hints.ai_flags = AI_NUMERICHOST;
    if (getaddrinfo(host, service, &hints, out) == 0)
        return 0;
    if ((rc = need_coroutine("name resolution")) < 0)
        return rc;
    resolve_job_t *j = calloc(1, sizeof *j);
    if (!j || !(j->host = strdup(host))) {
        free(j);
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "resolve: out of memory");
    }
    memcpy(j->service, service, sizeof service);
    j->hints = hints;
    j->hints.ai_flags = AI_ADDRCONFIG;
    rc = sw_async_run_timeout(resolve_work, j, "getaddrinfo", timeout_ms, resolve_discard);
    if (rc < 0) {
        /* timed out or canceled: the pool owns j and discards it when the lookup ends */
        if (rc != -SW_ERROR_CO_TIMEDOUT && rc != -SW_ERROR_CO_CANCELED)
            resolve_discard(j);
        return rc == -SW_ERROR_CO_TIMEDOUT
                   ? sw_error_set(SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT, "resolving %s timed out", host)
                   : rc;
    }
    if (j->gai != 0) {
        rc = sw_error_set(SW_ERROR_DNSLOOKUP_RESOLVE_FAILED, "cannot resolve %s: %s", host,
                          gai_strerror(j->gai));
        resolve_discard(j);
        return rc;
    }
    *out = j->list;
    j->list = NULL;
    resolve_discard(j);
    return 0;
}

int sw_socket_make_addr(sw_socket_t *s, const char *host, int port,
                        struct sockaddr_storage *addr, socklen_t *len, long timeout_ms)
{
    struct addrinfo *list = NULL;
    int rc;

    memset(addr, 0, sizeof *addr);
    if (s->domain == AF_UNIX) {
        struct sockaddr_un *un = (struct sockaddr_un *)addr;
        size_t n = host ? strlen(host) : 0;
        if (n == 0 || n >= sizeof un->sun_path)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "bad unix socket path");
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, host, n + 1);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + 1);
        return 0;
    }
    if (port < 0 || port > 65535)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "bad port %d", port);
    if ((rc = sw_socket_resolve(host, port, s->domain, s->type, &list, timeout_ms)) < 0)
        return rc;
    memcpy(addr, list->ai_addr, list->ai_addrlen);
    *len = list->ai_addrlen;
    freeaddrinfo(list);
    return 0;
}

/* ---- connect, bind, listen, accept ---------------------------------------------------- */

/* connect(2) on s, waiting for completion. */
static int connect_addr(sw_socket_t *s, const struct sockaddr *addr, socklen_t len, deadline_t d)
{
    int rc;
    if (connect(s->fd, addr, len) == 0)
        return 0;
    if (errno != EINPROGRESS && errno != EAGAIN)
        return sw_error_sys(errno, "connect");
    if ((rc = wait_for(s, false, SW_EV_WRITE, d)) < 0)
        return rc;
    if (s->fd < 0)
        return sw_error_set(EBADF, "connect: the socket was closed");
    int err = 0;
    socklen_t elen = sizeof err;
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &elen) < 0)
        err = errno;
    return err ? sw_error_sys(err, "connect") : 0;
}

int sw_socket_connect(sw_socket_t *s, const char *host, int port, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    struct sockaddr_storage addr;
    socklen_t len;
    int rc;

    if ((rc = check_open(s, "connect")) < 0 || (rc = need_coroutine("connect")) < 0)
        return rc;
    if ((rc = sw_socket_make_addr(s, host, port, &addr, &len, timeout_ms)) < 0)
        return rc;
    if ((rc = connect_addr(s, (struct sockaddr *)&addr, len, d)) < 0)
        return rc;
    set_nodelay(s->fd, s->domain, s->type);
    return 0;
}

sw_socket_t *sw_socket_dial(const char *host, int port, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    struct addrinfo *list = NULL;
    sw_socket_t *s = NULL;
    int rc;

    if (need_coroutine("socket_connect") < 0)
        return NULL;
    if (!host || !*host || port <= 0 || port > 65535) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_connect: bad host or port");
        return NULL;
    }
    if (sw_socket_resolve(host, port, AF_UNSPEC, SOCK_STREAM, &list, timeout_ms) < 0)
        return NULL;
    for (const struct addrinfo *ai = list; ai; ai = ai->ai_next) {
        if (!(s = sw_socket_new(ai->ai_family, SOCK_STREAM, 0)))
            break;
        rc = connect_addr(s, ai->ai_addr, ai->ai_addrlen, d);
        if (rc == 0) {
            set_nodelay(s->fd, s->domain, s->type);
            break;
        }
        sw_socket_free(s);
        s = NULL;
        /* Out of time is final; a refused address lets the next one try. */
        if (rc == -SW_ERROR_CO_TIMEDOUT || rc == -SW_ERROR_CO_CANCELED)
            break;
    }
    freeaddrinfo(list);
    return s;
}

int sw_socket_bind(sw_socket_t *s, const char *host, int port)
{
    struct sockaddr_storage addr;
    socklen_t len;
    int rc, one = 1;

    if ((rc = check_open(s, "bind")) < 0)
        return rc;
    if (s->domain != AF_UNIX) {
        /* bind needs a numeric address: no lookup (and so no coroutine) needed */
        struct addrinfo hints = {.ai_family = s->domain, .ai_socktype = s->type,
                                 .ai_flags = AI_NUMERICHOST | AI_PASSIVE};
        struct addrinfo *list = NULL;
        char service[8];
        if (port < 0 || port > 65535)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "bind: bad port %d", port);
        snprintf(service, sizeof service, "%d", port);
        if (getaddrinfo(host && *host ? host : NULL, service, &hints, &list) != 0)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "bind: bad address \"%s\"",
                                host ? host : "");
        memcpy(&addr, list->ai_addr, list->ai_addrlen);
        len = list->ai_addrlen;
        freeaddrinfo(list);
        setsockopt(s->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    } else if ((rc = sw_socket_make_addr(s, host, 0, &addr, &len, 0)) < 0) {
        return rc;
    }
    if (bind(s->fd, (struct sockaddr *)&addr, len) < 0)
        return sw_error_sys(errno, "bind");
    return 0;
}

int sw_socket_listen(sw_socket_t *s, int backlog)
{
    int rc;
    if ((rc = check_open(s, "listen")) < 0)
        return rc;
    if (listen(s->fd, backlog > 0 ? backlog : SOMAXCONN) < 0)
        return sw_error_sys(errno, "listen");
    return 0;
}

sw_socket_t *sw_socket_accept(sw_socket_t *s, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    if (check_open(s, "accept") < 0)
        return NULL;
    for (;;) {
        int fd = accept4(s->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            set_nodelay(fd, s->domain, s->type);
            sw_socket_t *c = socket_wrap(fd, s->domain, s->type, s->protocol);
            if (!c)
                close(fd);
            return c;
        }
        if (errno == EINTR || errno == ECONNABORTED)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK) {
            sw_error_sys(errno, "accept");
            return NULL;
        }
        if (wait_for(s, true, SW_EV_READ, d) < 0)
            return NULL;
        if (check_open(s, "accept") < 0)
            return NULL;
    }
}

/* ---- TLS ------------------------------------------------------------------------------ */

/* The OpenSSL error queue as one message (and cleared). */
static int ssl_fail(int code, const char *what)
{
    unsigned long e = ERR_get_error();
    char buf[256] = "";
    if (e)
        ERR_error_string_n(e, buf, sizeof buf);
    ERR_clear_error();
    return sw_error_set(code, "%s%s%s", what, buf[0] ? ": " : "", buf);
}

/* "h2,http/1.1" → ALPN wire format (length-prefixed names). Returns its length or -1. */
static int alpn_wire(const char *list, unsigned char *out, size_t size)
{
    size_t n = 0;
    while (*list) {
        size_t len = strcspn(list, ",");
        if (len == 0 || len > 255 || n + 1 + len > size)
            return -1;
        out[n++] = (unsigned char)len;
        memcpy(out + n, list, len);
        n += len;
        list += len + (list[len] == ',');
    }
    return (int)n;
}

static void tls_drop(sw_socket_t *s)
{
    if (s->ssl)
        SSL_free(s->ssl);
    if (s->ctx)
        SSL_CTX_free(s->ctx);
    s->ssl = NULL;
    s->ctx = NULL;
}

/* Accepts a self-signed peer certificate (depth 0, issuer = subject) when asked to. */
static int verify_allow_self_signed(int ok, X509_STORE_CTX *store)
{
    int err = X509_STORE_CTX_get_error(store);
    if (!ok && (err == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                err == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)) {
        X509_STORE_CTX_set_error(store, X509_V_OK);
        return 1;
    }
    return ok;
}

static int tls_setup(sw_socket_t *s, const sw_tls_opts_t *o)
{
    s->ctx = SSL_CTX_new(o->server ? TLS_server_method() : TLS_client_method());
    if (!s->ctx)
        return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "SSL_CTX_new");
    SSL_CTX_set_min_proto_version(s->ctx, TLS1_2_VERSION);
    if (o->cert_file || o->key_file || o->server) {
        if (!o->cert_file || !o->key_file)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "TLS needs both ssl_cert_file and ssl_key_file");
        if (SSL_CTX_use_certificate_chain_file(s->ctx, o->cert_file) != 1)
            return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "cannot load the certificate");
        if (SSL_CTX_use_PrivateKey_file(s->ctx, o->key_file, SSL_FILETYPE_PEM) != 1)
            return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "cannot load the private key");
    }
    if (o->verify_peer) {
        int ok = (o->ca_file || o->ca_path)
                     ? SSL_CTX_load_verify_locations(s->ctx, o->ca_file, o->ca_path)
                     : SSL_CTX_set_default_verify_paths(s->ctx);
        if (!ok)
            return ssl_fail(SW_SOCKET_E_SSL_VERIFY_FAILED, "cannot load the CA certificates");
        SSL_CTX_set_verify(s->ctx,
                           SSL_VERIFY_PEER | (o->server ? SSL_VERIFY_FAIL_IF_NO_PEER_CERT : 0),
                           o->allow_self_signed ? verify_allow_self_signed : NULL);
    }
    s->ssl = SSL_new(s->ctx);
    if (!s->ssl || !SSL_set_fd(s->ssl, s->fd))
        return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "SSL_new");
    /* A write retried after WANT_WRITE may come from a buffer that moved (the caller's). */
    SSL_set_mode(s->ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (!o->server && o->server_name && *o->server_name) {
        SSL_set_tlsext_host_name(s->ssl, o->server_name);
        if (o->verify_peer && !SSL_set1_host(s->ssl, o->server_name))
            return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "SSL_set1_host");
    }
    if (!o->server && o->alpn && *o->alpn) {
        unsigned char wire[256];
        int len = alpn_wire(o->alpn, wire, sizeof wire);
        if (len < 0)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "bad ALPN list \"%s\"", o->alpn);
        if (SSL_set_alpn_protos(s->ssl, wire, (unsigned)len) != 0)
            return ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "SSL_set_alpn_protos");
    }
    return 0;
}

int sw_socket_tls_handshake(sw_socket_t *s, const sw_tls_opts_t *opts, long timeout_ms)
{
    static const sw_tls_opts_t none;
    deadline_t d = deadline_of(timeout_ms);
    const sw_tls_opts_t *o = opts ? opts : &none;
    int rc;

    if ((rc = check_open(s, "TLS handshake")) < 0 || (rc = need_coroutine("TLS handshake")) < 0)
        return rc;
    if (s->ssl)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "TLS is already on");
    if (s->type != SOCK_STREAM)
        return sw_error_set(SW_ERROR_OPERATION_NOT_SUPPORT, "TLS needs a stream socket");
    ERR_clear_error();
    if ((rc = tls_setup(s, o)) < 0) {
        tls_drop(s);
        return rc;
    }
    for (;;) {
        int r = o->server ? SSL_accept(s->ssl) : SSL_connect(s->ssl);
        if (r == 1)
            break;
        int err = SSL_get_error(s->ssl, r);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
            /* the handshake is both directions: it counts as the reader */
            rc = wait_for(s, true, err == SSL_ERROR_WANT_READ ? SW_EV_READ : SW_EV_WRITE, d);
            if (rc < 0)
                break;
            if ((rc = check_open(s, "TLS handshake")) < 0)
                break;
            continue;
        }
        long vr = SSL_get_verify_result(s->ssl);
        if (vr != X509_V_OK) {
            ERR_clear_error();
            rc = sw_error_set(SW_SOCKET_E_SSL_VERIFY_FAILED, "certificate verify failed: %s",
                              X509_verify_cert_error_string(vr));
        } else if (err == SSL_ERROR_SYSCALL && errno) {
            rc = sw_error_sys(errno, "TLS handshake");
        } else {
            rc = ssl_fail(SW_SOCKET_E_SSL_HANDSHAKE_FAILED, "TLS handshake failed");
        }
        break;
    }
    if (rc < 0) {
        tls_drop(s);
        return rc;
    }
    const unsigned char *proto = NULL;
    unsigned len = 0;
    SSL_get0_alpn_selected(s->ssl, &proto, &len);
    if (proto && len < sizeof s->alpn) {
        memcpy(s->alpn, proto, len);
        s->alpn[len] = '\0';
    }
    return 0;
}

int sw_socket_tls_peer_cert(sw_socket_t *s, char **out)
{
    *out = NULL;
    if (!s || !s->ssl)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "TLS is not on");
    X509 *cert = SSL_get1_peer_certificate(s->ssl);
    if (!cert)
        return sw_error_set(SW_SOCKET_E_SSL_VERIFY_FAILED, "the peer sent no certificate");
    BIO *bio = BIO_new(BIO_s_mem());
    int rc = 0;
    if (!bio || !PEM_write_bio_X509(bio, cert)) {
        rc = ssl_fail(SW_ERROR_MALLOC_FAIL, "PEM_write_bio_X509");
    } else {
        char *data;
        long n = BIO_get_mem_data(bio, &data);
        if (!(*out = malloc((size_t)n + 1))) {
            rc = sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        } else {
            memcpy(*out, data, (size_t)n);
            (*out)[n] = '\0';
        }
    }
    BIO_free(bio);
    X509_free(cert);
    return rc;
}

int sw_socket_tls_verify(sw_socket_t *s, bool allow_self_signed)
{
    if (!s || !s->ssl)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "TLS is not on");
    X509 *cert = SSL_get1_peer_certificate(s->ssl);
    if (!cert)
        return sw_error_set(SW_SOCKET_E_SSL_VERIFY_FAILED, "the peer sent no certificate");
    X509_free(cert);
    long vr = SSL_get_verify_result(s->ssl);
    if (vr == X509_V_OK)
        return 0;
    if (allow_self_signed && (vr == X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT ||
                              vr == X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN))
        return 0;
    return sw_error_set(SW_SOCKET_E_SSL_VERIFY_FAILED, "certificate verify failed: %s",
                        X509_verify_cert_error_string(vr));
}

/* What to wait for after a TLS call returned r <= 0: the event, 0 with *eof for a clean
 * close, or a negative code. */
static int tls_want(sw_socket_t *s, int r, bool *eof)
{
    int err = SSL_get_error(s->ssl, r);
    switch (err) {
    case SSL_ERROR_WANT_READ:
        return SW_EV_READ;
    case SSL_ERROR_WANT_WRITE:
        return SW_EV_WRITE;
    case SSL_ERROR_ZERO_RETURN:
        *eof = true;
        return 0;
    case SSL_ERROR_SYSCALL:
        if (errno && errno != EAGAIN)
            return sw_error_sys(errno, "TLS");
        /* the peer went away without close_notify */
        return ssl_fail(SW_SOCKET_E_SSL_RESET, "TLS connection reset");
    default:
        return ssl_fail(SW_SOCKET_E_SSL_RESET, "TLS error");
    }
}

/* ---- read and write ------------------------------------------------------------------- */

/* One attempt: bytes, 0 at end, or -(event to wait for) as SW_EV_* | 0x1000 marker, or an
 * error code. Split out so recv, recv_all and peek share the TLS handling. */
#define WANT(ev) (-(0x1000 | (int)(ev)))
#define IS_WANT(r) ((r) < 0 && ((-(r)) & 0x1000) && (-(r)) < 0x1010)

static long try_read(sw_socket_t *s, void *buf, size_t len, int flags)
{
    if (len > INT_MAX)
        len = INT_MAX;
    if (s->ssl) {
        ERR_clear_error();
        int r = (flags & MSG_PEEK) ? SSL_peek(s->ssl, buf, (int)len) : SSL_read(s->ssl, buf, (int)len);
        if (r > 0)
            return r;
        bool eof = false;
        int ev = tls_want(s, r, &eof);
        if (eof)
            return 0;
        return ev < 0 ? ev : WANT(ev);
    }
    for (;;) {
        ssize_t n = recv(s->fd, buf, len, flags);
        if (n >= 0)
            return (long)n;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return WANT(SW_EV_READ);
        return sw_error_sys(errno, "recv");
    }
}

static long try_write(sw_socket_t *s, const void *buf, size_t len)
{
    if (len > INT_MAX)
        len = INT_MAX;
    if (s->ssl) {
        ERR_clear_error();
        int r = SSL_write(s->ssl, buf, (int)len);
        if (r > 0)
            return r;
        bool eof = false;
        int ev = tls_want(s, r, &eof);
        if (eof)
            return sw_error_sys(EPIPE, "TLS write");
        return ev < 0 ? ev : WANT(ev);
    }
    for (;;) {
        ssize_t n = send(s->fd, buf, len, MSG_NOSIGNAL);
        if (n >= 0)
            return (long)n;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return WANT(SW_EV_WRITE);
        return sw_error_sys(errno, "send");
    }
}

static long read_some(sw_socket_t *s, void *buf, size_t len, deadline_t d)
{
    for (;;) {
        long r;
        if ((r = check_open(s, "recv")) < 0)
            return r;
        r = try_read(s, buf, len, 0);
        if (!IS_WANT(r))
            return r;
        if ((r = wait_for(s, true, (unsigned)(-r & 0xf), d)) < 0)
            return r;
    }
}

static long write_some(sw_socket_t *s, const void *buf, size_t len, deadline_t d)
{
    for (;;) {
        long r;
        if ((r = check_open(s, "send")) < 0)
            return r;
        r = try_write(s, buf, len);
        if (!IS_WANT(r))
            return r;
        if ((r = wait_for(s, false, (unsigned)(-r & 0xf), d)) < 0)
            return r;
    }
}

long sw_socket_recv(sw_socket_t *s, void *buf, size_t len, long timeout_ms)
{
    long rc;
    if ((rc = check_open(s, "recv")) < 0)
        return rc;
    if (s->rd.co)
        return wait_for(s, true, SW_EV_READ, deadline_of(0));   /* reports the bound reader */
    if (len == 0)
        return 0;
    return read_some(s, buf, len, deadline_of(timeout_ms));
}

long sw_socket_recv_all(sw_socket_t *s, void *buf, size_t len, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    size_t done = 0;
    long rc;

    if ((rc = check_open(s, "recv")) < 0)
        return rc;
    if (s->rd.co)
        return wait_for(s, true, SW_EV_READ, d);
    while (done < len) {
        long n = read_some(s, (char *)buf + done, len - done, d);
        if (n <= 0) {
            if (done == 0)
                return n;
            break;
        }
        done += (size_t)n;
    }
    return (long)done;
}

long sw_socket_peek(sw_socket_t *s, void *buf, size_t len)
{
    long rc;
    if ((rc = check_open(s, "peek")) < 0)
        return rc;
    rc = try_read(s, buf, len, MSG_PEEK | MSG_DONTWAIT);
    if (IS_WANT(rc))
        return sw_error_sys(EAGAIN, "peek");
    return rc;
}

long sw_socket_send(sw_socket_t *s, const void *buf, size_t len, long timeout_ms)
{
    long rc;
    if ((rc = check_open(s, "send")) < 0)
        return rc;
    if (s->wr.co)
        return wait_for(s, false, SW_EV_WRITE, deadline_of(0));
    if (len == 0)
        return 0;
    return write_some(s, buf, len, deadline_of(timeout_ms));
}

long sw_socket_send_all(sw_socket_t *s, const void *buf, size_t len, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    size_t done = 0;
    long rc;

    if ((rc = check_open(s, "send")) < 0)
        return rc;
    if (s->wr.co)
        return wait_for(s, false, SW_EV_WRITE, d);
    if (len > LONG_MAX)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "send: too long");
    while (done < len) {
        long n = write_some(s, (const char *)buf + done, len - done, d);
        if (n < 0) {
            if (done == 0)
                return n;
            break;
        }
        done += (size_t)n;
    }
    return (long)done;
}

long sw_socket_send_file(sw_socket_t *s, const char *path, long offset, long length,
                         long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    struct stat st;
    long rc, done = 0;
    int fd;

    if ((rc = check_open(s, "sendFile")) < 0)
        return rc;
    if (offset < 0 || length < 0)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "sendFile: bad offset or length");
    if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
        return sw_error_sys(errno, "sendFile: open");
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "sendFile: %s is not a regular file", path);
    }
    if (offset > st.st_size) {
        close(fd);
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "sendFile: offset beyond the end of %s", path);
    }
    if (length == 0 || length > st.st_size - offset)
        length = (long)(st.st_size - offset);
    while (done < length) {
        long n;
        if ((rc = check_open(s, "sendFile")) < 0)
            break;
        if (s->ssl) {
            /* TLS encrypts in user space: no sendfile */
            char buf[16384];
            ssize_t got = pread(fd, buf, (size_t)MIN_LONG(length - done, (long)sizeof buf),
                                (off_t)(offset + done));
            if (got <= 0) {
                rc = got < 0 ? sw_error_sys(errno, "sendFile: read") : 0;
                break;
            }
            long left = deadline_left(d);
            if (left == -SW_ERROR_CO_TIMEDOUT) {
                rc = left;
                break;
            }
            n = sw_socket_send_all(s, buf, (size_t)got, left);
            if (n < 0) {
                rc = n;
                break;
            }
            done += n;
            continue;
        }
        off_t off = (off_t)(offset + done);
        ssize_t w = sendfile(s->fd, fd, &off, (size_t)(length - done));
        if (w > 0) {
            done += (long)w;
            continue;
        }
        if (w == 0)
            break;   /* the file shrank */
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN) {
            rc = sw_error_sys(errno, "sendfile");
            break;
        }
        if ((rc = wait_for(s, false, SW_EV_WRITE, d)) < 0)
            break;
    }
    close(fd);
    return done > 0 || rc >= 0 ? done : rc;
}

long sw_socket_recvfrom(sw_socket_t *s, void *buf, size_t len, struct sockaddr_storage *from,
                        socklen_t *fromlen, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    long rc;

    for (;;) {
        if ((rc = check_open(s, "recvfrom")) < 0)
            return rc;
        *fromlen = sizeof *from;
        ssize_t n = recvfrom(s->fd, buf, len, 0, (struct sockaddr *)from, fromlen);
        if (n >= 0)
            return (long)n;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return sw_error_sys(errno, "recvfrom");
        if ((rc = wait_for(s, true, SW_EV_READ, d)) < 0)
            return rc;
    }
}

long sw_socket_sendto(sw_socket_t *s, const char *host, int port, const void *buf, size_t len,
                      long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    struct sockaddr_storage addr;
    socklen_t alen;
    long rc;

    if ((rc = check_open(s, "sendto")) < 0)
        return rc;
    if ((rc = sw_socket_make_addr(s, host, port, &addr, &alen, timeout_ms)) < 0)
        return rc;
    for (;;) {
        if ((rc = check_open(s, "sendto")) < 0)
            return rc;
        ssize_t n = sendto(s->fd, buf, len, MSG_NOSIGNAL, (struct sockaddr *)&addr, alen);
        if (n >= 0)
            return (long)n;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return sw_error_sys(errno, "sendto");
        if ((rc = wait_for(s, false, SW_EV_WRITE, d)) < 0)
            return rc;
    }
}

/* ---- shutdown, cancel, close ---------------------------------------------------------- */

int sw_socket_shutdown(sw_socket_t *s, int how)
{
    int rc;
    if ((rc = check_open(s, "shutdown")) < 0)
        return rc;
    if (how != SHUT_RD && s->ssl) {
        ERR_clear_error();
        SSL_shutdown(s->ssl);
        ERR_clear_error();
    }
    if (shutdown(s->fd, how) < 0)
        return sw_error_sys(errno, "shutdown");
    return 0;
}

/* Ends both waits matching `events` with result, resuming their coroutines. */
static int end_waits(sw_socket_t *s, unsigned events, int result)
{
    sw_coro_t *r = NULL, *w = NULL;
    if ((events & SW_EV_READ) && s->rd.co)
        r = waiter_end(&s->rd, result);
    if ((events & SW_EV_WRITE) && s->wr.co)
        w = waiter_end(&s->wr, result);
    if (r)
        sw_coro_resume(r);
    if (w)
        sw_coro_resume(w);
    return (r != NULL) + (w != NULL);
}

int sw_socket_cancel(sw_socket_t *s, unsigned events)
{
    if (!s)
        return 0;
    return end_waits(s, events, -SW_ERROR_CO_CANCELED);
}

int sw_socket_close(sw_socket_t *s)
{
    int fd;
    if (!s || s->fd < 0)
        return sw_error_set(EBADF, "close: the socket is already closed");
    sw_io_stop(sw_loop_default(), &s->io);
    if (s->ssl) {
        /* One non-blocking close_notify; never wait for the peer's. */
        ERR_clear_error();
        SSL_shutdown(s->ssl);
        ERR_clear_error();
    }
    tls_drop(s);
    fd = s->fd;
    s->fd = -1;
    close(fd);
    end_waits(s, SW_EV_READ | SW_EV_WRITE, -EBADF);
    return 0;
}

bool sw_socket_check_liveness(sw_socket_t *s)
{
    char c;
    if (!s || s->fd < 0)
        return false;
    ssize_t n = recv(s->fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n > 0)
        return true;
    if (n == 0)
        return false;
    return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
}

void sw_socket_free(sw_socket_t *s)
{
    if (!s)
        return;
    if (s->fd >= 0)
        sw_socket_close(s);
    free(s);
}
