/* server_ssl.c — TLS on the server's stream ports (OpenSSL): the SSL_CTX of a port built
 * from its settings (sw_port_set_ssl), the ALPN selection, and per connection the SSL
 * object, the non-blocking handshake and the read/write calls server.c makes instead of
 * read(2)/write(2) when a connection has TLS (see server_ssl.h).
 *
 * The SSL objects talk to their socket through a tiny BIO of our own that sends with
 * MSG_NOSIGNAL: a peer that vanished must cost an EPIPE, not a SIGPIPE that would kill a
 * worker whose embedder did not ignore the signal. */
#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "server_ssl.h"
#include "sw_error.h"
#include "sw_log.h"

#if OPENSSL_VERSION_NUMBER < 0x30000000L
#define SSL_get1_peer_certificate SSL_get_peer_certificate
#endif

struct sw_port_ssl {
    SSL_CTX *ctx;
    unsigned char *alpn_wire;    /* the offered protocols, length-prefixed (ALPN format) */
    unsigned alpn_wire_len;
    char *alpn_names;            /* the same names NUL-separated: what sw_conn_alpn returns */
    uint32_t handshake_timeout_ms;
    bool counted;                /* in bio_users */
};

/* The last OpenSSL error as text (the queue is cleared). */
static const char *ssl_errstr(char *buf, size_t cap)
{
    unsigned long e = ERR_peek_last_error();
    buf[0] = '\0';
    if (e)
        ERR_error_string_n(e, buf, cap);
    ERR_clear_error();
    return buf[0] ? buf : "unknown error";
}

static int config_error(const char *what, const char *arg)
{
    char buf[256];
    const char *why = ssl_errstr(buf, sizeof buf);
    return sw_error_set(SW_ERROR_INVALID_PARAMS, "SSL: %s%s%s%s: %s", what, arg ? " '" : "",
                        arg ? arg : "", arg ? "'" : "", why);
}

/* ---- the socket BIO ---------------------------------------------------------------------- */

static int bio_write(BIO *b, const char *buf, int len)
{
    int fd = (int)(intptr_t)BIO_get_data(b);
    BIO_clear_retry_flags(b);
    ssize_t n = send(fd, buf, (size_t)len, MSG_NOSIGNAL);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_write(b);
    return (int)n;
}

static int bio_read(BIO *b, char *buf, int len)
{
    int fd = (int)(intptr_t)BIO_get_data(b);
    BIO_clear_retry_flags(b);
    ssize_t n = recv(fd, buf, (size_t)len, 0);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        BIO_set_retry_read(b);
    return (int)n;
}

static long bio_ctrl(BIO *b, int cmd, long num, void *ptr)
{
    (void)b;
    (void)num;
    (void)ptr;
    return cmd == BIO_CTRL_FLUSH ? 1 : 0;  /* nothing is buffered here */
}

static int bio_create(BIO *b)
{
    BIO_set_init(b, 1);
    return 1;
}

/* Shared by every TLS connection of the process while a TLS port exists: freed with
 * the last one (an embedder such as PHP may unload this code while the process goes on). */
static BIO_METHOD *bio_meth;
static size_t bio_users;  /* ports with TLS */

static BIO_METHOD *bio_method(void)
{
    BIO_METHOD *m = bio_meth;
    if (!m) {
        m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "swoole server socket");
        if (m && (!BIO_meth_set_write(m, bio_write) || !BIO_meth_set_read(m, bio_read) ||
                  !BIO_meth_set_ctrl(m, bio_ctrl) || !BIO_meth_set_create(m, bio_create))) {
            BIO_meth_free(m);
            m = NULL;
        }
        bio_meth = m;
    }
    return m;
}

/* ---- port configuration ------------------------------------------------------------------ */

/* "h2,http/1.1" → wire format and NUL-separated names. */
static int alpn_parse(sw_port_ssl_t *ps, const char *list)
{
    size_t n = strlen(list);
    ps->alpn_wire = malloc(n + 1);
    ps->alpn_names = calloc(1, n + 2);
    if (!ps->alpn_wire || !ps->alpn_names)
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
    size_t w = 0, off = 0;
    while (list[off]) {
        size_t len = strcspn(list + off, ",");
        if (len == 0 || len > 255)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "SSL: bad ALPN protocol list '%s'", list);
        ps->alpn_wire[w] = (unsigned char)len;
        memcpy(ps->alpn_wire + w + 1, list + off, len);
        memcpy(ps->alpn_names + w, list + off, len);  /* name i sits at its wire offset */
        w += len + 1;
        off += len + (list[off + len] == ',');
    }
    if (w == 0)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "SSL: empty ALPN protocol list");
    ps->alpn_wire_len = (unsigned)w;
    return 0;
}

/* Picks the first of our protocols the client offers; without a common one the
 * handshake goes on without ALPN (the application protocol may still be the default). */
static int alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                       const unsigned char *in, unsigned inlen, void *arg)
{
    sw_port_ssl_t *ps = arg;
    unsigned char *o;
    (void)ssl;
    if (SSL_select_next_proto(&o, outlen, ps->alpn_wire, ps->alpn_wire_len, in, inlen) !=
        OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = o;
    return SSL_TLSEXT_ERR_OK;
}

static const struct { unsigned bit; int version; long no_op; } versions[] = {
    {SW_SSL_TLSv1, TLS1_VERSION, SSL_OP_NO_TLSv1},
    {SW_SSL_TLSv1_1, TLS1_1_VERSION, SSL_OP_NO_TLSv1_1},
    {SW_SSL_TLSv1_2, TLS1_2_VERSION, SSL_OP_NO_TLSv1_2},
    {SW_SSL_TLSv1_3, TLS1_3_VERSION, SSL_OP_NO_TLSv1_3},
};

/* The version range of a SW_SSL_* set, holes disabled one by one. */
static int set_protocols(SSL_CTX *ctx, unsigned protocols)
{
    int min = 0, max = 0;
    long off = 0;
    if (!protocols)
        protocols = SW_SSL_TLSv1_2 | SW_SSL_TLSv1_3;
    for (size_t i = 0; i < sizeof versions / sizeof versions[0]; i++) {
        if (protocols & versions[i].bit) {
            if (!min)
                min = versions[i].version;
            max = versions[i].version;
        } else {
            off |= versions[i].no_op;
        }
    }
    if (!min)  /* SSLv2/SSLv3 alone: OpenSSL no longer has them */
        return sw_error_set(SW_ERROR_INVALID_PARAMS,
                            "SSL: ssl_protocols %u enables no supported TLS version", protocols);
    SSL_CTX_set_min_proto_version(ctx, min);
    SSL_CTX_set_max_proto_version(ctx, max);
    SSL_CTX_set_options(ctx, (unsigned long)off);
    return 0;
}

static int ctx_load(sw_port_ssl_t *ps, const sw_ssl_opts_t *o)
{
    SSL_CTX *ctx = ps->ctx;
    if (!o->cert_file || !*o->cert_file || !o->key_file || !*o->key_file)
        return sw_error_set(SW_ERROR_INVALID_PARAMS,
                            "SSL: require ssl_cert_file and ssl_key_file");
    if (SSL_CTX_use_certificate_chain_file(ctx, o->cert_file) != 1)
        return config_error("cannot load the certificate", o->cert_file);
    if (SSL_CTX_use_PrivateKey_file(ctx, o->key_file, SSL_FILETYPE_PEM) != 1)
        return config_error("cannot load the private key", o->key_file);
    if (SSL_CTX_check_private_key(ctx) != 1)
        return config_error("the private key does not match the certificate", o->key_file);
    if (set_protocols(ctx, o->protocols) < 0)
        return -SW_ERROR_INVALID_PARAMS;
    if (o->ciphers && *o->ciphers && SSL_CTX_set_cipher_list(ctx, o->ciphers) != 1)
        return config_error("bad ssl_ciphers", o->ciphers);
    /* servers do not renegotiate: a client asking for it could make us spin on crypto */
    unsigned long opts = SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_COMPRESSION;
#ifdef SSL_OP_IGNORE_UNEXPECTED_EOF
    /* a peer that closes without close_notify has just gone (the framing of the stream
     * is the application's business): an end of stream, not a protocol error to log */
    opts |= SSL_OP_IGNORE_UNEXPECTED_EOF;
#endif
    if (o->prefer_server_ciphers)
        opts |= SSL_OP_CIPHER_SERVER_PREFERENCE;
    SSL_CTX_set_options(ctx, opts);
    /* the output queue may move between retries; idle connections give their buffers back */
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER |
                              SSL_MODE_RELEASE_BUFFERS);
    /* resumed sessions with client certificates need a context id (else they fail) */
    static const unsigned char sid[] = "swoole-server";
    SSL_CTX_set_session_id_context(ctx, sid, sizeof sid - 1);
    if (o->verify_peer) {
        const char *ca = o->client_ca_file && *o->client_ca_file ? o->client_ca_file : NULL;
        if (ca) {
            if (SSL_CTX_load_verify_locations(ctx, ca, NULL) != 1)
                return config_error("cannot load ssl_client_cert_file", ca);
            STACK_OF(X509_NAME) *names = SSL_load_client_CA_file(ca);
            if (names)
                SSL_CTX_set_client_CA_list(ctx, names);
        } else if (SSL_CTX_set_default_verify_paths(ctx) != 1) {
            return config_error("cannot load the system CA certificates", NULL);
        }
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
        if (o->verify_depth > 0)
            SSL_CTX_set_verify_depth(ctx, o->verify_depth);
    }
    if (o->alpn && *o->alpn) {
        int rc = alpn_parse(ps, o->alpn);
        if (rc < 0)
            return rc;
        SSL_CTX_set_alpn_select_cb(ctx, alpn_select, ps);
    }
    return 0;
}

/* A port's TLS state goes only after its connections (sw_server_free closes them
 * first), so the last one out may free the BIO method. */
static void port_ssl_drop(sw_port_ssl_t *ps)
{
    if (!ps)
        return;
    if (ps->counted && --bio_users == 0 && bio_meth) {
        BIO_meth_free(bio_meth);
        bio_meth = NULL;
    }
    SSL_CTX_free(ps->ctx);
    free(ps->alpn_wire);
    free(ps->alpn_names);
    free(ps);
}

int sw_port_set_ssl(sw_port_t *p, const sw_ssl_opts_t *o)
{
    if (!sw_sock_type_is_stream(p->type))
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "SSL: a datagram port cannot use TLS");
    /* handshakes in progress point at the port's ALPN list and timeout */
    if (p->serv->running)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "SSL: set TLS up before the server starts");
    sw_port_ssl_t *ps = calloc(1, sizeof *ps);
    if (!ps)
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
    ERR_clear_error();
    ps->ctx = SSL_CTX_new(TLS_server_method());
    int rc = ps->ctx ? ctx_load(ps, o) : config_error("SSL_CTX_new", NULL);
    if (rc < 0) {
        port_ssl_drop(ps);
        return rc;
    }
    ps->handshake_timeout_ms = o->handshake_timeout_ms ? o->handshake_timeout_ms
                                                       : SW_SSL_HANDSHAKE_TIMEOUT_MS;
    ps->counted = true;
    bio_users++;
    port_ssl_drop(p->ssl);  /* connections already accepted keep their own SSL object */
    p->ssl = ps;
    return 0;
}

void sw_port_ssl_free(sw_port_t *p)
{
    port_ssl_drop(p->ssl);
    p->ssl = NULL;
}

uint32_t sw_port_ssl_handshake_timeout(const sw_port_t *p) { return p->ssl->handshake_timeout_ms; }

/* ---- connections ------------------------------------------------------------------------- */

int sw_conn_ssl_init(sw_conn_t *c)
{
    char buf[256];
    BIO_METHOD *m = bio_method();
    SSL *ssl = m ? SSL_new(c->port->ssl->ctx) : NULL;
    BIO *bio = ssl ? BIO_new(m) : NULL;
    if (!bio) {
        sw_log(SW_LOG_WARNING, "Server: cannot create a TLS session: %s",
               ssl_errstr(buf, sizeof buf));
        SSL_free(ssl);
        return -1;
    }
    BIO_set_data(bio, (void *)(intptr_t)c->fd);
    SSL_set_bio(ssl, bio, bio);
    SSL_set_accept_state(ssl);
    c->ssl = ssl;
    return 0;
}

static void peer_text(const sw_conn_t *c, char *buf, size_t cap, int *port)
{
    sw_sockaddr_text((const struct sockaddr *)&c->addr, c->addrlen, buf, cap, port);
}

/* What the client negotiated, as a pointer into the port's list (stable, NUL-ended). */
static const char *alpn_lookup(const sw_conn_t *c)
{
    const sw_port_ssl_t *ps = c->port->ssl;
    const unsigned char *proto;
    unsigned len;
    SSL_get0_alpn_selected(c->ssl, &proto, &len);
    if (!proto || !len || !ps->alpn_wire)
        return NULL;
    for (unsigned off = 0; off < ps->alpn_wire_len; off += ps->alpn_wire[off] + 1u)
        if (ps->alpn_wire[off] == len && memcmp(ps->alpn_wire + off + 1, proto, len) == 0)
            return ps->alpn_names + off;
    return NULL;
}

int sw_conn_ssl_handshake(sw_conn_t *c, unsigned *events)
{
    SSL *ssl = c->ssl;
    ERR_clear_error();
    int r = SSL_do_handshake(ssl);
    if (r == 1) {
        c->alpn = alpn_lookup(c);
        return 1;
    }
    int err = SSL_get_error(ssl, r);
    if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
        *events = err == SSL_ERROR_WANT_READ ? SW_EV_READ : SW_EV_WRITE;
        return 0;
    }
    char addr[INET6_ADDRSTRLEN + 8], buf[256];
    int port;
    peer_text(c, addr, sizeof addr, &port);
    if (err == SSL_ERROR_SSL) {
        long vr = SSL_get_verify_result(ssl);
        const char *why = vr != X509_V_OK ? X509_verify_cert_error_string(vr)
                                          : ssl_errstr(buf, sizeof buf);
        ERR_clear_error();
        sw_log(SW_LOG_NOTICE, "Server: bad SSL client[%s:%d]: %s", addr, port, why);
    } else {
        /* the peer closed or reset during the handshake: nothing worth a notice */
        int e = errno;
        ERR_clear_error();
        sw_log(SW_LOG_DEBUG, "Server: SSL client[%s:%d] left during the handshake%s%s", addr,
               port, err == SSL_ERROR_SYSCALL && e ? ": " : "",
               err == SSL_ERROR_SYSCALL && e ? strerror(e) : "");
    }
    return -1;
}

/* An SSL_read/SSL_write result that is not a byte count, as read(2)/write(2) would say it. */
static ssize_t io_result(sw_conn_t *c, int r, bool reading)
{
    int err = SSL_get_error(c->ssl, r);
    switch (err) {
    case SSL_ERROR_WANT_READ:
        if (!reading)
            c->ssl_write_wants_read = true;
        errno = EAGAIN;
        return -1;
    case SSL_ERROR_WANT_WRITE:
        if (reading)
            c->ssl_read_wants_write = true;
        errno = EAGAIN;
        return -1;
    case SSL_ERROR_ZERO_RETURN:  /* close_notify */
        return 0;
    case SSL_ERROR_SYSCALL:
        ERR_clear_error();
        if (r == 0 || errno == 0)  /* EOF without close_notify: the peer is gone all the same */
            return reading ? 0 : (errno = EPIPE, -1);
        return -1;
    default: {
        char buf[256];
        sw_log(SW_LOG_DEBUG, "Server: TLS error on session#%lld: %s", (long long)c->session,
               ssl_errstr(buf, sizeof buf));
        errno = EPROTO;
        return -1;
    }
    }
}

ssize_t sw_conn_ssl_read(sw_conn_t *c, char *buf, size_t len)
{
    size_t got = 0;
    c->ssl_read_wants_write = false;
    ERR_clear_error();
    while (got < len) {
        size_t want = len - got;
        int r = SSL_read(c->ssl, buf + got, want > INT_MAX ? INT_MAX : (int)want);
        if (r > 0) {
            got += (size_t)r;
            continue;
        }
        ssize_t rc = io_result(c, r, true);
        if (got)  /* give what we have; an end or error shows again on the next read */
            return (ssize_t)got;
        return rc;
    }
    return (ssize_t)got;
}

ssize_t sw_conn_ssl_write(sw_conn_t *c, const char *buf, size_t len)
{
    c->ssl_write_wants_read = false;
    ERR_clear_error();
    int r = SSL_write(c->ssl, buf, len > INT_MAX ? INT_MAX : (int)len);
    return r > 0 ? r : io_result(c, r, false);
}

bool sw_conn_ssl_pending(const sw_conn_t *c)
{
    /* a close_notify that came behind the data read last will not wake the loop again
     * if the peer keeps its TCP side open: the next read must see it */
    return SSL_pending(c->ssl) > 0 || (SSL_get_shutdown(c->ssl) & SSL_RECEIVED_SHUTDOWN);
}

void sw_conn_ssl_free(sw_conn_t *c, bool notify)
{
    SSL *ssl = c->ssl;
    if (!ssl)
        return;
    /* close_notify once, never waiting for the peer's: the fd is closed right after */
    if (notify && SSL_is_init_finished(ssl))
        SSL_shutdown(ssl);
    ERR_clear_error();
    SSL_free(ssl);
    c->ssl = NULL;
}

/* ---- accessors --------------------------------------------------------------------------- */

const char *sw_conn_alpn(const sw_conn_t *c) { return c && c->ssl ? c->alpn : NULL; }

int sw_conn_ssl_peer_cert(const sw_conn_t *c, char **pem)
{
    *pem = NULL;
    if (!c || !c->ssl || c->handshaking)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "the connection has no TLS session");
    X509 *cert = SSL_get1_peer_certificate(c->ssl);
    if (!cert)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "the client sent no certificate");
    BIO *bio = BIO_new(BIO_s_mem());
    int rc = 0;
    char *data;
    long n;
    if (!bio || !PEM_write_bio_X509(bio, cert) || (n = BIO_get_mem_data(bio, &data)) <= 0 ||
        !(*pem = malloc((size_t)n + 1))) {
        ERR_clear_error();
        rc = sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
    } else {
        memcpy(*pem, data, (size_t)n);
        (*pem)[n] = '\0';
    }
    BIO_free(bio);
    X509_free(cert);
    return rc;
}
