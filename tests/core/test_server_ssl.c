/* test_server_ssl.c — TLS on server ports (core/server_ssl.c): the handshake runs before
 * on_connect, echo through SSL_read/SSL_write, 1 MB to a client that reads late (partial
 * writes), ALPN chosen in the server's order and read back with sw_conn_alpn, client
 * certificates (verify_peer), a plaintext client, the handshake timeout, bad settings.
 *
 * The client is OpenSSL in this process on a non-blocking socket, driven in turns with
 * the server's loop. Certificates are made by the openssl CLI in a temporary directory
 * (the tests are skipped without it). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_loop.h"
#include "sw_server.h"
#include "tap.h"

static char dir[64];
static char path_buf[8][128];

static const char *path(int slot, const char *name)
{
    snprintf(path_buf[slot], sizeof path_buf[slot], "%s/%s", dir, name);
    return path_buf[slot];
}

static bool make_certs(void)
{
    strcpy(dir, "/tmp/sw_test_ssl_XXXXXX");
    if (!mkdtemp(dir))
        return false;
    char cmd[2048];
    snprintf(cmd, sizeof cmd,
             "cd %s && k='-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes' && "
             "openssl req -x509 $k -keyout ca.key -out ca.crt -days 36500 -subj /CN=test-ca && "
             "openssl req $k -keyout server.key -out server.csr -subj /CN=localhost && "
             "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
             "-out server.crt -days 36500 && "
             "openssl req $k -keyout client.key -out client.csr -subj /CN=test-client && "
             "openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
             "-out client.crt -days 36500",
             dir);
    char quiet[2200];
    snprintf(quiet, sizeof quiet, "(%s) >/dev/null 2>&1", cmd);
    return system(quiet) == 0;
}

static void remove_certs(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        printf("# cannot remove %s\n", dir);
}

/* ---- server side ---- */

typedef struct {
    int connects, closes, ngot;
    char got[256];
    size_t got_len;
    char alpn[32];
    bool had_cert;
    bool echo;
    size_t send_on_connect;  /* bytes of a pattern sent from on_connect */
} rec_t;

static rec_t rec;

static void on_connect(sw_server_t *s, sw_conn_t *c)
{
    rec.connects++;
    const char *a = sw_conn_alpn(c);
    snprintf(rec.alpn, sizeof rec.alpn, "%s", a ? a : "-");
    char *pem;
    if (sw_conn_ssl_peer_cert(c, &pem) == 0) {
        rec.had_cert = strstr(pem, "BEGIN CERTIFICATE") != NULL;
        free(pem);
    }
    if (rec.send_on_connect) {
        char *big = malloc(rec.send_on_connect);
        for (size_t i = 0; i < rec.send_on_connect; i++)
            big[i] = (char)(i % 251);
        CHECK(sw_server_send(s, c->session, big, rec.send_on_connect) == 0);
        free(big);
    }
}

static void on_close(sw_server_t *s, sw_conn_t *c) { (void)s; (void)c; rec.closes++; }

static void on_receive(sw_server_t *s, sw_conn_t *c, const char *d, size_t n)
{
    rec.ngot++;
    if (rec.got_len + n < sizeof rec.got) {
        memcpy(rec.got + rec.got_len, d, n);
        rec.got_len += n;
    }
    if (rec.echo)
        sw_server_send(s, c->session, d, n);
}

static sw_server_t *make_server(sw_port_t **port, const sw_ssl_opts_t *o)
{
    memset(&rec, 0, sizeof rec);
    sw_server_t *s = sw_server_new();
    s->h.on_connect = on_connect;
    s->h.on_receive = on_receive;
    s->h.on_close = on_close;
    s->buffer_output_size = 4u << 20;
    *port = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    if (!*port || sw_port_set_ssl(*port, o) != 0) {
        printf("# server setup: %s\n", sw_error_msg());
        sw_server_free(s);
        return NULL;
    }
    return s;
}

static sw_ssl_opts_t server_opts(void)
{
    sw_ssl_opts_t o = {0};
    o.cert_file = path(0, "server.crt");
    o.key_file = path(1, "server.key");
    return o;
}

static void noop_timer(sw_loop_t *l, sw_timer_t *t, void *a) { (void)l; (void)t; (void)a; }

/* One loop iteration waiting at most 5 ms. */
static void turn(sw_loop_t *loop)
{
    sw_timer_t *t = sw_timer_add(loop, 5, false, noop_timer, NULL);
    sw_loop_run_once(loop, true);
    sw_timer_cancel(loop, t);
}

#define SPIN(loop, cond)                                         \
    do {                                                         \
        for (int spin_ = 0; spin_ < 2000 && !(cond); spin_++)    \
            turn(loop);                                          \
    } while (0)

/* ---- client side ---- */

static int tcp_client(int port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
        close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    return fd;
}

typedef struct {
    SSL_CTX *ctx;
    SSL *ssl;
    int fd;
} client_t;

static bool client_open(client_t *c, int port, const char *alpn_wire, unsigned alpn_len,
                        bool with_cert)
{
    memset(c, 0, sizeof *c);
    c->ctx = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(c->ctx, path(2, "ca.crt"), NULL);
    SSL_CTX_set_verify(c->ctx, SSL_VERIFY_PEER, NULL);
    if (with_cert) {
        SSL_CTX_use_certificate_file(c->ctx, path(3, "client.crt"), SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(c->ctx, path(4, "client.key"), SSL_FILETYPE_PEM);
    }
    if (alpn_wire)
        SSL_CTX_set_alpn_protos(c->ctx, (const unsigned char *)alpn_wire, alpn_len);
    c->fd = tcp_client(port);
    c->ssl = SSL_new(c->ctx);
    SSL_set_fd(c->ssl, c->fd);
    SSL_set_connect_state(c->ssl);
    return c->fd >= 0;
}

static void client_close(client_t *c)
{
    SSL_free(c->ssl);
    SSL_CTX_free(c->ctx);
    close(c->fd);
}

/* Runs the handshake in turns with the server: 1 done, -1 failed. */
static int client_handshake(client_t *c, sw_loop_t *loop)
{
    for (int i = 0; i < 2000; i++) {
        int r = SSL_do_handshake(c->ssl);
        if (r == 1)
            return 1;
        int e = SSL_get_error(c->ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
            ERR_clear_error();
            return -1;
        }
        turn(loop);
    }
    return -1;
}

static bool client_write(client_t *c, sw_loop_t *loop, const char *d, int n)
{
    while (n > 0) {
        int r = SSL_write(c->ssl, d, n);
        if (r > 0) {
            d += r;
            n -= r;
            continue;
        }
        int e = SSL_get_error(c->ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE)
            return false;
        turn(loop);
    }
    return true;
}

/* Reads n bytes (fewer at the end of the stream or on an error). */
static int client_read(client_t *c, sw_loop_t *loop, char *buf, int n)
{
    int got = 0;
    for (int i = 0; i < 20000 && got < n; i++) {
        int r = SSL_read(c->ssl, buf + got, n - got);
        if (r > 0) {
            got += r;
            continue;
        }
        int e = SSL_get_error(c->ssl, r);
        if (e != SSL_ERROR_WANT_READ && e != SSL_ERROR_WANT_WRITE) {
            ERR_clear_error();
            break;
        }
        turn(loop);
    }
    return got;
}

/* ---- tests ---- */

static void test_echo_and_alpn(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    o.alpn = "h2,http/1.1";
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    rec.echo = true;
    REQUIRE(sw_server_start(s, loop) == 0);
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_WRONG_OPERATION);  /* not while running */

    client_t c;
    REQUIRE(client_open(&c, p->port, "\x08http/1.1\x02h2", 12, false));
    /* accepted but not connected yet: no on_connect, not listed, not addressable */
    SPIN(loop, s->conn_count == 1);
    CHECK(s->conn_count == 1);
    CHECK(rec.connects == 0);
    int64_t ids[4];
    CHECK(sw_server_list(s, 0, ids, 4) == 0);
    CHECK(sw_server_send(s, 1, "x", 1) == -SW_ERROR_SESSION_NOT_EXIST);
    REQUIRE(client_handshake(&c, loop) == 1);
    SPIN(loop, rec.connects == 1);
    CHECK(rec.connects == 1);
    CHECK(strcmp(rec.alpn, "h2") == 0);  /* the server's order wins */
    CHECK(sw_server_list(s, 0, ids, 4) == 1);

    CHECK(client_write(&c, loop, "hello tls", 9));
    char buf[16] = "";
    CHECK(client_read(&c, loop, buf, 9) == 9);
    CHECK(memcmp(buf, "hello tls", 9) == 0);
    CHECK(rec.got_len == 9 && memcmp(rec.got, "hello tls", 9) == 0);

    /* the server closes: close_notify reaches the client as a clean end */
    CHECK(sw_server_close(s, ids[0], false) == 0);
    CHECK(rec.closes == 1);
    CHECK(client_read(&c, loop, buf, 1) == 0);
    CHECK(SSL_get_error(c.ssl, 0) == SSL_ERROR_ZERO_RETURN);
    client_close(&c);

    /* no protocol in common: the handshake goes on without ALPN */
    REQUIRE(client_open(&c, p->port, "\x06spdy/1", 7, false));
    REQUIRE(client_handshake(&c, loop) == 1);
    SPIN(loop, rec.connects == 2);
    CHECK(strcmp(rec.alpn, "-") == 0);
    client_close(&c);
    SPIN(loop, rec.closes == 2);
    CHECK(rec.closes == 2);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_large_send(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    rec.send_on_connect = 1u << 20;
    REQUIRE(sw_server_start(s, loop) == 0);
    client_t c;
    REQUIRE(client_open(&c, p->port, NULL, 0, false));
    REQUIRE(client_handshake(&c, loop) == 1);
    SPIN(loop, rec.connects == 1);
    /* the client has not read yet: most of the megabyte waits in the output queue */
    sw_conn_t *sc = s->head;
    REQUIRE(sc);
    CHECK(sc->out_len - sc->out_off > 0);
    char *buf = malloc(1u << 20);
    CHECK(client_read(&c, loop, buf, 1 << 20) == 1 << 20);
    bool same = true;
    for (size_t i = 0; i < (1u << 20) && same; i++)
        same = buf[i] == (char)(i % 251);
    CHECK(same);
    CHECK(sc->out_len == sc->out_off);
    free(buf);
    client_close(&c);
    SPIN(loop, rec.closes == 1);
    CHECK(rec.closes == 1);
    sw_server_free(s);
    sw_loop_free(loop);
}

/* A queued file cannot use sendfile(2) under TLS: it is read and encrypted, in order
 * with the buffered bytes around it. */
static void test_sendfile(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    REQUIRE(sw_server_start(s, loop) == 0);
    enum { N = 300000 };
    char *data = malloc(N), *buf = malloc(N + 8);
    for (int i = 0; i < N; i++)
        data[i] = (char)(i * 7 % 253);
    FILE *f = fopen(path(7, "payload.bin"), "wb");
    REQUIRE(f && fwrite(data, 1, N, f) == N);
    fclose(f);
    client_t c;
    REQUIRE(client_open(&c, p->port, NULL, 0, false));
    REQUIRE(client_handshake(&c, loop) == 1);
    SPIN(loop, rec.connects == 1);
    int64_t id = s->head->session;
    CHECK(sw_server_send(s, id, "head", 4) == 0);
    CHECK(sw_server_sendfile(s, id, path(7, "payload.bin"), 0, 0) == 0);
    CHECK(sw_server_send(s, id, "tail", 4) == 0);
    CHECK(client_read(&c, loop, buf, N + 8) == N + 8);
    CHECK(memcmp(buf, "head", 4) == 0);
    CHECK(memcmp(buf + 4, data, N) == 0);
    CHECK(memcmp(buf + 4 + N, "tail", 4) == 0);
    free(data);
    free(buf);
    client_close(&c);
    SPIN(loop, rec.closes == 1);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_client_cert(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    o.verify_peer = true;
    o.client_ca_file = path(5, "ca.crt");
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    rec.echo = true;
    REQUIRE(sw_server_start(s, loop) == 0);

    /* without a certificate: refused, the client hears it at its first read (TLS 1.3) */
    client_t c;
    REQUIRE(client_open(&c, p->port, NULL, 0, false));
    client_handshake(&c, loop);
    client_write(&c, loop, "x", 1);
    char buf[4];
    CHECK(client_read(&c, loop, buf, 1) == 0);
    SPIN(loop, s->conn_count == 0);
    CHECK(s->conn_count == 0);
    CHECK(rec.connects == 0 && rec.closes == 0);
    CHECK(s->stats.abort_count == 1);
    client_close(&c);

    REQUIRE(client_open(&c, p->port, NULL, 0, true));
    REQUIRE(client_handshake(&c, loop) == 1);
    CHECK(client_write(&c, loop, "y", 1));
    CHECK(client_read(&c, loop, buf, 1) == 1 && buf[0] == 'y');
    CHECK(rec.connects == 1 && rec.had_cert);
    client_close(&c);
    SPIN(loop, rec.closes == 1);
    sw_server_free(s);
    sw_loop_free(loop);
}

/* Data then close_notify in one go, the TCP side left open: the server delivers the data
 * and closes (nothing else would wake it up for the close_notify). */
static void test_close_notify_after_data(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    REQUIRE(sw_server_start(s, loop) == 0);
    client_t c;
    REQUIRE(client_open(&c, p->port, NULL, 0, false));
    REQUIRE(client_handshake(&c, loop) == 1);
    SPIN(loop, rec.connects == 1);
    /* the two records must reach the server in one segment: no turn of the loop between */
    CHECK(SSL_write(c.ssl, "bye", 3) == 3);
    SSL_shutdown(c.ssl);
    SPIN(loop, rec.closes == 1);
    CHECK(rec.got_len == 3 && memcmp(rec.got, "bye", 3) == 0);
    CHECK(rec.closes == 1);
    client_close(&c);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_plaintext_and_timeout(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_port_t *p;
    sw_ssl_opts_t o = server_opts();
    o.handshake_timeout_ms = 100;
    sw_server_t *s = make_server(&p, &o);
    REQUIRE(s);
    REQUIRE(sw_server_start(s, loop) == 0);

    int fd = tcp_client(p->port);
    CHECK(write(fd, "GET / HTTP/1.0\r\n\r\n", 18) == 18);
    SPIN(loop, s->stats.abort_count == 1);
    CHECK(s->stats.abort_count == 1);
    CHECK(s->conn_count == 0);
    close(fd);

    int mute = tcp_client(p->port);  /* says nothing: dropped after 100 ms */
    SPIN(loop, s->conn_count == 1);
    CHECK(s->conn_count == 1);
    SPIN(loop, s->conn_count == 0);
    CHECK(s->conn_count == 0);
    CHECK(s->stats.abort_count == 2);
    char c;
    CHECK(read(mute, &c, 1) == 0);
    close(mute);
    CHECK(rec.connects == 0 && rec.closes == 0);

    /* the heartbeat does not list a connection in its handshake, but drops it silently */
    s->heartbeat_idle_time = 1;
    mute = tcp_client(p->port);
    SPIN(loop, s->conn_count == 1);
    usleep(1100 * 1000);
    sw_loop_update_time(loop);
    int64_t ids[2];
    CHECK(sw_server_heartbeat(s, false, ids, 2) == 0);
    CHECK(sw_server_heartbeat(s, true, NULL, 0) == 1);
    CHECK(s->conn_count == 0);
    CHECK(read(mute, &c, 1) == 0);
    close(mute);
    CHECK(rec.connects == 0 && rec.closes == 0);
    s->heartbeat_idle_time = 0;

    /* a handshake in progress when the server stops: freed without callbacks */
    mute = tcp_client(p->port);
    SPIN(loop, s->conn_count == 1);
    sw_server_stop(s, true);
    CHECK(rec.closes == 0);
    close(mute);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_bad_settings(void)
{
    sw_server_t *s = sw_server_new();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    sw_port_t *u = sw_server_add_port(s, SW_SOCK_UDP, "127.0.0.1", 0, 0);
    REQUIRE(p && u);
    sw_ssl_opts_t o = {0};
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    CHECK(strstr(sw_error_msg(), "require ssl_cert_file and ssl_key_file") != NULL);
    o = server_opts();
    CHECK(sw_port_set_ssl(u, &o) == -SW_ERROR_INVALID_PARAMS);
    o.key_file = path(6, "client.key");
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    o = server_opts();
    o.cert_file = path(6, "missing.crt");
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    CHECK(strstr(sw_error_msg(), "missing.crt") != NULL);
    o = server_opts();
    o.protocols = SW_SSL_SSLv2 | SW_SSL_SSLv3;
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    o.protocols = 0;
    o.alpn = "h2,";
    CHECK(sw_port_set_ssl(p, &o) == 0);  /* a trailing comma ends the list */
    o.alpn = ",h2";
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    o.alpn = NULL;
    o.verify_peer = true;
    o.client_ca_file = path(6, "missing-ca.crt");
    CHECK(sw_port_set_ssl(p, &o) == -SW_ERROR_INVALID_PARAMS);
    CHECK(p->ssl != NULL);  /* the last good setting stays */
    o = server_opts();
    o.protocols = SW_SSL_TLSv1_2;
    CHECK(sw_port_set_ssl(p, &o) == 0);
    sw_server_free(s);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_echo_and_alpn),
    TAP_CASE(test_large_send),
    TAP_CASE(test_sendfile),
    TAP_CASE(test_client_cert),
    TAP_CASE(test_close_notify_after_data),
    TAP_CASE(test_plaintext_and_timeout),
    TAP_CASE(test_bad_settings),
};

int main(void)
{
    sw_log_set_level(SW_LOG_ERROR);  /* the refused clients' notices stay quiet */
    if (!make_certs()) {
        printf("1..0 # SKIP cannot make certificates with the openssl CLI\n");
        return 0;
    }
    int rc = tap_run(cases, sizeof cases / sizeof cases[0]);
    remove_certs();
    return rc;
}
