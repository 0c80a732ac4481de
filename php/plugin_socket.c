/* plugin_socket.c — the SDK's coroutine socket (sw_api_socket_t): a non-blocking TCP
 * stream, optionally TLS (OpenSSL), whose connect/read/write suspend the calling coroutine
 * through wait_fd until the fd is ready or the call's deadline passes. Plugins that speak a
 * protocol themselves (HTTP client, Redis server side) use it; plugins that wrap a C
 * library owning its socket use wait_fd directly.
 *
 * One coroutine may wait on a socket at a time (the loop watches an fd for one waiter):
 * a second concurrent waiter fails with -EEXIST rather than stealing the first's wakeup. */
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
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "php_swoole.h"
#include "swoole/sdk_php.h"

int php_sw_wait_fd(int fd, unsigned events, long timeout_ms);   /* plugin_services.c */

struct sw_api_socket {
    int fd;
    SSL_CTX *ctx;
    SSL *ssl;
    char alpn[64];   /* negotiated protocol, "" if none */
};

/* ---- deadlines ---------------------------------------------------------------------------- */

typedef struct {
    bool forever;
    uint64_t at;   /* sw_clock_ms() value */
} deadline_t;

static deadline_t deadline_of(long timeout_ms)
{
    deadline_t d = {timeout_ms < 0, 0};
    if (!d.forever)
        d.at = sw_clock_ms() + (uint64_t)timeout_ms;
    return d;
}

/* Waits for the fd until the deadline: > 0 ready bits, or a negative code. */
static int wait_until(int fd, unsigned events, deadline_t d)
{
    long left = -1;
    if (!d.forever) {
        uint64_t now = sw_clock_ms();
        if (now >= d.at)
            return sw_error_set(SW_ERROR_CO_TIMEDOUT, "timed out waiting for fd %d", fd);
        left = (long)(d.at - now);
    }
    return php_sw_wait_fd(fd, events, left);
}

static bool in_coroutine(const char *what)
{
    if (sw_coro_current())
        return true;
    sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "%s must be called in a coroutine", what);
    return false;
}

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

/* ---- connect ------------------------------------------------------------------------------ */

static sw_api_socket_t *socket_new(int fd)
{
    sw_api_socket_t *s = calloc(1, sizeof *s);
    if (!s) {
        sw_error_set(SW_ERROR_MALLOC_FAIL, "socket: out of memory");
        return NULL;
    }
    s->fd = fd;
    return s;
}

/* Connects one address; returns the fd, or a negative code. */
static int connect_one(const struct addrinfo *ai, deadline_t d)
{
    int fd = socket(ai->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return sw_error_sys(errno, "socket");
    if (connect(fd, ai->ai_addr, ai->ai_addrlen) < 0) {
        if (errno != EINPROGRESS) {
            int rc = sw_error_sys(errno, "connect");
            close(fd);
            return rc;
        }
        int rc = wait_until(fd, SW_EV_WRITE, d);
        if (rc < 0) {
            close(fd);
            return rc;
        }
        int err = 0;
        socklen_t len = sizeof err;
        if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
            err = errno;
        if (err) {
            close(fd);
            return sw_error_sys(err, "connect");
        }
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

sw_api_socket_t *php_sw_socket_connect(const char *host, int port, long timeout_ms)
{
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM, .ai_family = AF_UNSPEC};
    struct addrinfo *list = NULL;
    char service[8];
    deadline_t d = deadline_of(timeout_ms);
    int fd = -SW_ERROR_INVALID_PARAMS;

    if (!in_coroutine("socket_connect"))
        return NULL;
    if (!host || !*host || port <= 0 || port > 65535) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_connect: bad host or port");
        return NULL;
    }
    snprintf(service, sizeof service, "%d", port);
    int gai = getaddrinfo(host, service, &hints, &list);
    if (gai != 0) {
        sw_error_set(711 /* Swoole's DNSLOOKUP_RESOLVE_FAILED */, "cannot resolve %s: %s", host,
                     gai_strerror(gai));
        return NULL;
    }
    for (const struct addrinfo *ai = list; ai; ai = ai->ai_next) {
        fd = connect_one(ai, d);
        /* Out of time is final; a refused address lets the next one try. */
        if (fd >= 0 || fd == -SW_ERROR_CO_TIMEDOUT || fd == -SW_ERROR_CO_CANCELED)
            break;
    }
    freeaddrinfo(list);
    if (fd < 0)
        return NULL;
    sw_api_socket_t *s = socket_new(fd);
    if (!s)
        close(fd);
    return s;
}

sw_api_socket_t *php_sw_socket_from_fd(int fd)
{
    int flags = fcntl(fd, F_GETFL);
    if (fd < 0 || flags < 0) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_from_fd: bad fd %d", fd);
        return NULL;
    }
    if (!(flags & O_NONBLOCK) && fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        sw_error_sys(errno, "fcntl");
        return NULL;
    }
    return socket_new(fd);
}

int php_sw_socket_fd(const sw_api_socket_t *s) { return s ? s->fd : -1; }

const char *php_sw_socket_alpn(const sw_api_socket_t *s)
{
    return s && s->alpn[0] ? s->alpn : NULL;
}

/* ---- TLS ---------------------------------------------------------------------------------- */

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

static void tls_drop(sw_api_socket_t *s)
{
    if (s->ssl)
        SSL_free(s->ssl);
    if (s->ctx)
        SSL_CTX_free(s->ctx);
    s->ssl = NULL;
    s->ctx = NULL;
}

static int tls_setup(sw_api_socket_t *s, const sw_api_tls_t *tls)
{
    bool verify = tls && tls->verify_peer;
    const char *name = tls ? tls->server_name : NULL;

    s->ctx = SSL_CTX_new(TLS_client_method());
    if (!s->ctx)
        return ssl_fail(SW_SDK_E_SSL_HANDSHAKE_FAILED, "SSL_CTX_new");
    SSL_CTX_set_min_proto_version(s->ctx, TLS1_2_VERSION);
    if (verify) {
        int ok = tls->ca_file ? SSL_CTX_load_verify_locations(s->ctx, tls->ca_file, NULL)
                              : SSL_CTX_set_default_verify_paths(s->ctx);
        if (!ok)
            return ssl_fail(SW_SDK_E_SSL_VERIFY_FAILED, "cannot load the CA certificates");
        SSL_CTX_set_verify(s->ctx, SSL_VERIFY_PEER, NULL);
    }
    s->ssl = SSL_new(s->ctx);
    if (!s->ssl || !SSL_set_fd(s->ssl, s->fd))
        return ssl_fail(SW_SDK_E_SSL_HANDSHAKE_FAILED, "SSL_new");
    /* A write retried after WANT_WRITE may come from a buffer that moved (the caller's). */
    SSL_set_mode(s->ssl, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (name && *name) {
        SSL_set_tlsext_host_name(s->ssl, name);
        if (verify && !SSL_set1_host(s->ssl, name))
            return ssl_fail(SW_SDK_E_SSL_HANDSHAKE_FAILED, "SSL_set1_host");
    }
    if (tls && tls->alpn && *tls->alpn) {
        unsigned char wire[256];
        int len = alpn_wire(tls->alpn, wire, sizeof wire);
        if (len < 0)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "bad ALPN list \"%s\"", tls->alpn);
        if (SSL_set_alpn_protos(s->ssl, wire, (unsigned)len) != 0)
            return ssl_fail(SW_SDK_E_SSL_HANDSHAKE_FAILED, "SSL_set_alpn_protos");
    }
    return 0;
}

int php_sw_socket_enable_tls(sw_api_socket_t *s, const sw_api_tls_t *tls, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    int rc;

    if (!in_coroutine("socket_enable_tls"))
        return -SW_ERROR_CO_OUT_OF_COROUTINE;
    if (!s || s->fd < 0 || s->ssl)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "socket_enable_tls: %s",
                            s && s->ssl ? "TLS is already on" : "no socket");
    if (tls && tls->size < offsetof(sw_api_tls_t, alpn) + sizeof tls->alpn)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_enable_tls: set tls.size");
    ERR_clear_error();
    if ((rc = tls_setup(s, tls)) < 0) {
        tls_drop(s);
        return rc;
    }
    for (;;) {
        int r = SSL_connect(s->ssl);
        if (r == 1)
            break;
        int err = SSL_get_error(s->ssl, r);
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
            rc = wait_until(s->fd, err == SSL_ERROR_WANT_READ ? SW_EV_READ : SW_EV_WRITE, d);
            if (rc < 0)
                break;
            continue;
        }
        long vr = SSL_get_verify_result(s->ssl);
        if (vr != X509_V_OK) {
            ERR_clear_error();
            rc = sw_error_set(SW_SDK_E_SSL_VERIFY_FAILED, "certificate verify failed: %s",
                              X509_verify_cert_error_string(vr));
        } else if (err == SSL_ERROR_SYSCALL && errno) {
            rc = sw_error_sys(errno, "TLS handshake");
        } else {
            rc = ssl_fail(SW_SDK_E_SSL_HANDSHAKE_FAILED, "TLS handshake failed");
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

/* ---- read, write, close ------------------------------------------------------------------- */

/* What to wait for after a TLS call returned r <= 0: the event, or a negative code (with
 * *eof set for a clean close). */
static int tls_want(sw_api_socket_t *s, int r, bool *eof)
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
        return ssl_fail(SW_SDK_E_SSL_RESET, "TLS connection reset");
    default:
        return ssl_fail(SW_SDK_E_SSL_RESET, "TLS error");
    }
}

long php_sw_socket_read(sw_api_socket_t *s, void *buf, size_t len, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);

    if (!in_coroutine("socket_read"))
        return -SW_ERROR_CO_OUT_OF_COROUTINE;
    if (!s || s->fd < 0)
        return sw_error_sys(EBADF, "socket_read");
    if (len == 0)
        return 0;
    if (len > INT_MAX)
        len = INT_MAX;
    for (;;) {
        int ev;
        if (s->ssl) {
            ERR_clear_error();
            int r = SSL_read(s->ssl, buf, (int)len);
            if (r > 0)
                return r;
            bool eof = false;
            ev = tls_want(s, r, &eof);
            if (eof)
                return 0;
            if (ev < 0)
                return ev;
        } else {
            ssize_t n = recv(s->fd, buf, len, 0);
            if (n >= 0)
                return (long)n;
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                return sw_error_sys(errno, "recv");
            ev = SW_EV_READ;
        }
        int rc = wait_until(s->fd, (unsigned)ev, d);
        if (rc < 0)
            return rc;
    }
}

long php_sw_socket_write(sw_api_socket_t *s, const void *buf, size_t len, long timeout_ms)
{
    deadline_t d = deadline_of(timeout_ms);
    size_t done = 0;

    if (!in_coroutine("socket_write"))
        return -SW_ERROR_CO_OUT_OF_COROUTINE;
    if (!s || s->fd < 0)
        return sw_error_sys(EBADF, "socket_write");
    if (len > LONG_MAX)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_write: too long");
    while (done < len) {
        int ev;
        size_t chunk = len - done > INT_MAX ? INT_MAX : len - done;
        if (s->ssl) {
            ERR_clear_error();
            int r = SSL_write(s->ssl, (const char *)buf + done, (int)chunk);
            if (r > 0) {
                done += (size_t)r;
                continue;
            }
            bool eof = false;
            ev = tls_want(s, r, &eof);
            if (eof)
                return sw_error_sys(EPIPE, "TLS write");
            if (ev < 0)
                return ev;
        } else {
            ssize_t n = send(s->fd, (const char *)buf + done, chunk, MSG_NOSIGNAL);
            if (n >= 0) {
                done += (size_t)n;
                continue;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                return sw_error_sys(errno, "send");
            ev = SW_EV_WRITE;
        }
        int rc = wait_until(s->fd, (unsigned)ev, d);
        if (rc < 0)
            return rc;
    }
    return (long)done;
}

void php_sw_socket_close(sw_api_socket_t *s)
{
    if (!s)
        return;
    if (s->ssl) {
        /* One non-blocking close_notify; never wait for the peer's. */
        ERR_clear_error();
        SSL_shutdown(s->ssl);
        ERR_clear_error();
    }
    tls_drop(s);
    if (s->fd >= 0)
        close(s->fd);
    free(s);
}
