/* test_socket.c — the coroutine socket: a TCP echo between two coroutines, timeouts,
 * a refused connect, a failed lookup, a second reader, cancel, and close while another
 * coroutine waits. Everything runs on the default loop over 127.0.0.1 with port 0. */
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "sw_socket.h"
#include "tap.h"

/* A listening socket on 127.0.0.1 and the port it got. */
static sw_socket_t *listen_any(int *port)
{
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    sw_socket_t *s = sw_socket_new(AF_INET, SOCK_STREAM, 0);
    if (!s || sw_socket_bind(s, "127.0.0.1", 0) < 0 || sw_socket_listen(s, 16) < 0)
        return NULL;
    getsockname(sw_socket_fd(s), (struct sockaddr *)&sin, &len);
    *port = ntohs(sin.sin_port);
    return s;
}

static void run(void) { sw_loop_run(sw_loop_default()); }

/* ---- echo ---------------------------------------------------------------------------- */

typedef struct {
    sw_socket_t *server;
    int port;
    char got[64];
    long echoed;
} echo_t;

static void echo_server(void *arg)
{
    echo_t *e = arg;
    sw_socket_t *c = sw_socket_accept(e->server, 2000);
    char buf[64];
    long n;
    if (!c)
        return;
    while ((n = sw_socket_recv(c, buf, sizeof buf, 2000)) > 0) {
        for (long i = 0; i < n; i++)
            buf[i] = (char)(buf[i] - 'a' + 'A');
        e->echoed += sw_socket_send_all(c, buf, (size_t)n, 2000);
    }
    sw_socket_free(c);
}

static void echo_client(void *arg)
{
    echo_t *e = arg;
    sw_socket_t *c = sw_socket_dial("localhost", e->port, 2000);
    if (!c)
        return;
    sw_socket_send_all(c, "hello", 5, 1000);
    long n = sw_socket_recv_all(c, e->got, 5, 2000);
    if (n == 5)
        e->got[5] = '\0';
    sw_socket_shutdown(c, SW_SOCKET_SHUT_WR);
    /* the server sees the end of the stream and closes: we see ours */
    n = sw_socket_recv(c, e->got + 10, 10, 2000);
    if (n == 0)
        strcpy(e->got + 6, "eof");
    sw_socket_free(c);
}

static void test_echo(void)
{
    echo_t e = {0};
    REQUIRE((e.server = listen_any(&e.port)));
    CHECK(sw_coro_create(echo_server, &e) > 0);
    CHECK(sw_coro_create(echo_client, &e) > 0);
    run();
    CHECK(strcmp(e.got, "HELLO") == 0);
    CHECK(strcmp(e.got + 6, "eof") == 0);
    CHECK(e.echoed == 5);
    sw_socket_free(e.server);
}

/* ---- timeouts, refused, lookups ------------------------------------------------------ */

typedef struct {
    int port;
    long rc[4];
    int codes[4];
    uint64_t waited;
} errs_t;

static void timeouts_co(void *arg)
{
    errs_t *x = arg;
    sw_socket_t *server = listen_any(&x->port);
    sw_socket_t *c = sw_socket_dial("127.0.0.1", x->port, 1000);
    char buf[8];
    uint64_t t0 = sw_clock_ms();

    x->rc[0] = sw_socket_recv(c, buf, sizeof buf, 50);   /* nobody writes */
    x->codes[0] = sw_error_code();
    x->waited = sw_clock_ms() - t0;
    x->rc[2] = sw_socket_peek(c, buf, sizeof buf);
    sw_socket_t *peer = sw_socket_accept(server, 20);   /* the client's */
    x->rc[3] = peer != NULL;
    x->rc[1] = sw_socket_accept(server, 20) ? 0 : -sw_error_code();   /* nobody else comes */
    sw_socket_free(peer);
    sw_socket_free(c);
    sw_socket_free(server);
}

static void test_timeouts(void)
{
    errs_t x = {0};
    CHECK(sw_coro_create(timeouts_co, &x) > 0);
    run();
    CHECK(x.rc[0] == -SW_ERROR_CO_TIMEDOUT);
    CHECK(x.codes[0] == SW_ERROR_CO_TIMEDOUT);
    CHECK(x.waited >= 45);
    CHECK(x.rc[1] == -SW_ERROR_CO_TIMEDOUT);
    CHECK(x.rc[2] == -EAGAIN);
    CHECK(x.rc[3] == 1);
}

static void refused_co(void *arg)
{
    errs_t *x = arg;
    int port;
    sw_socket_t *l = listen_any(&port);
    sw_socket_free(l);   /* the port is now closed */
    x->rc[0] = sw_socket_dial("127.0.0.1", port, 1000) ? 0 : -sw_error_code();
    x->rc[1] = sw_socket_dial("nonexistent.invalid", 80, 3000) ? 0 : -sw_error_code();
    sw_socket_t *s = sw_socket_new(AF_INET, SOCK_STREAM, 0);
    x->rc[2] = sw_socket_connect(s, "127.0.0.1", port, 1000);
    sw_socket_free(s);
    x->rc[3] = sw_socket_dial("", 80, 1000) ? 0 : -sw_error_code();
}

static void test_refused_and_lookup(void)
{
    errs_t x = {0};
    CHECK(sw_coro_create(refused_co, &x) > 0);
    run();
    CHECK(x.rc[0] == -ECONNREFUSED);
    CHECK(x.rc[1] == -SW_ERROR_DNSLOOKUP_RESOLVE_FAILED);
    CHECK(x.rc[2] == -ECONNREFUSED);
    CHECK(x.rc[3] == -SW_ERROR_INVALID_PARAMS);
}

static void test_out_of_coroutine(void)
{
    sw_socket_t *s = sw_socket_new(AF_INET, SOCK_STREAM, 0);
    char c;
    REQUIRE(s);
    CHECK(sw_socket_recv(s, &c, 1, 10) < 0);
    CHECK(sw_socket_dial("127.0.0.1", 1, 10) == NULL);
    CHECK(sw_error_code() == SW_ERROR_CO_OUT_OF_COROUTINE);
    sw_socket_free(s);
}

/* ---- a second reader, cancel, close while waiting ------------------------------------ */

typedef struct {
    sw_socket_t *a, *b;   /* a connected pair */
    long first, second, writer;
    int64_t reader_id;
    int step;
} pair_t;

static void reader_co(void *arg)
{
    pair_t *p = arg;
    char buf[8];
    p->first = sw_socket_recv(p->a, buf, sizeof buf, 2000);
}

static void second_reader_co(void *arg)
{
    pair_t *p = arg;
    char buf[8];
    p->second = sw_socket_recv(p->a, buf, sizeof buf, 2000);
    /* a writer may wait beside the reader */
    p->writer = sw_socket_send(p->a, "x", 1, 100);
}

static void make_pair(pair_t *p)
{
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    p->a = sw_socket_from_fd(sv[0]);
    p->b = sw_socket_from_fd(sv[1]);
}

static void test_second_reader(void)
{
    pair_t p = {0};
    make_pair(&p);
    REQUIRE(p.a && p.b);
    CHECK(sw_coro_create(reader_co, &p) > 0);
    CHECK(sw_socket_reading(p.a));
    CHECK(sw_coro_create(second_reader_co, &p) > 0);
    CHECK(p.second == -SW_ERROR_CO_HAS_BEEN_BOUND);
    CHECK(p.writer == 1);
    CHECK(send(sw_socket_fd(p.b), "hi", 2, 0) == 2);
    run();
    CHECK(p.first == 2);
    sw_socket_free(p.a);
    sw_socket_free(p.b);
}

static void test_cancel(void)
{
    pair_t p = {0};
    make_pair(&p);
    REQUIRE(p.a && p.b);
    int64_t id = sw_coro_create(reader_co, &p);
    CHECK(sw_coro_cancel(sw_coro_find(id)) == 0);
    CHECK(p.first == -SW_ERROR_CO_CANCELED);
    CHECK(!sw_socket_reading(p.a));
    CHECK(sw_coro_create(reader_co, &p) > 0);
    CHECK(sw_socket_cancel(p.a, SW_EV_READ) == 1);
    CHECK(p.first == -SW_ERROR_CO_CANCELED);
    run();
    sw_socket_free(p.a);
    sw_socket_free(p.b);
}

static void closer_co(void *arg)
{
    pair_t *p = arg;
    CHECK(sw_socket_close(p->a) == 0);
    p->step = 1;
}

static void test_close_while_waiting(void)
{
    pair_t p = {0};
    char c;
    make_pair(&p);
    REQUIRE(p.a && p.b);
    CHECK(sw_coro_create(reader_co, &p) > 0);
    CHECK(sw_coro_create(closer_co, &p) > 0);
    CHECK(p.step == 1);
    CHECK(p.first == -EBADF);
    CHECK(sw_socket_is_closed(p.a));
    CHECK(sw_socket_peek(p.a, &c, 1) == -EBADF);
    CHECK(sw_socket_close(p.a) == -EBADF);
    run();
    CHECK(sw_loop_io_count(sw_loop_default()) == 0);
    sw_socket_free(p.a);
    sw_socket_free(p.b);
}

static void udp_co(void *arg)
{
    long *got = arg;
    struct sockaddr_in sin;
    socklen_t len = sizeof sin;
    struct sockaddr_storage from;
    socklen_t flen;
    char buf[16];
    sw_socket_t *a = sw_socket_new(AF_INET, SOCK_DGRAM, 0);
    sw_socket_t *b = sw_socket_new(AF_INET, SOCK_DGRAM, 0);
    sw_socket_bind(a, "127.0.0.1", 0);
    getsockname(sw_socket_fd(a), (struct sockaddr *)&sin, &len);
    got[0] = sw_socket_sendto(b, "127.0.0.1", ntohs(sin.sin_port), "dgram", 5, 1000);
    got[1] = sw_socket_recvfrom(a, buf, sizeof buf, &from, &flen, 1000);
    got[2] = from.ss_family == AF_INET && memcmp(buf, "dgram", 5) == 0;
    sw_socket_free(a);
    sw_socket_free(b);
}

static void test_udp(void)
{
    long got[3] = {0};
    CHECK(sw_coro_create(udp_co, got) > 0);
    run();
    CHECK(got[0] == 5);
    CHECK(got[1] == 5);
    CHECK(got[2] == 1);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_echo),          TAP_CASE(test_timeouts),
    TAP_CASE(test_refused_and_lookup), TAP_CASE(test_out_of_coroutine),
    TAP_CASE(test_second_reader), TAP_CASE(test_cancel),
    TAP_CASE(test_close_while_waiting), TAP_CASE(test_udp),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
