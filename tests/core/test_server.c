/* test_server.c — the server core: framing functions on byte buffers (lengths of every
 * pack() code, split headers, oversized and malformed lengths, EOF markers straddling
 * reads), and real sockets on a private loop: TCP with split writes, a 100 MB header that
 * closes only its own connection, UDP, Unix stream, output queue limit, close/reset,
 * pause/resume, heartbeat, max_conn, files queued with sendfile in order with bytes. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/un.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_loop.h"
#include "sw_server.h"
#include "tap.h"

/* ---- framing ---- */

static void test_length_types(void)
{
    static const struct { char t; unsigned char b[8]; int64_t v; } cases[] = {
        {'c', {0xff}, -1}, {'C', {0xff}, 255},
        {'n', {0x01, 0x02}, 0x0102}, {'v', {0x01, 0x02}, 0x0201},
        {'s', {0xfe, 0xff}, -2}, {'S', {0xfe, 0xff}, 0xfffe},
        {'N', {0, 0, 1, 2}, 0x0102}, {'V', {2, 1, 0, 0}, 0x0102},
        {'l', {0xff, 0xff, 0xff, 0xff}, -1}, {'L', {0xff, 0xff, 0xff, 0xff}, 0xffffffffLL},
        {'J', {0, 0, 0, 0, 0, 0, 1, 0}, 256}, {'P', {0, 1, 0, 0, 0, 0, 0, 0}, 256},
        {'q', {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, -1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        CHECK(sw_proto_read_length(cases[i].t, cases[i].b) == cases[i].v);
    CHECK(sw_proto_length_size('N') == 4);
    CHECK(sw_proto_length_size('J') == 8);
    CHECK(sw_proto_length_size('x') == 0);
    sw_proto_t p;
    sw_proto_init(&p);
    CHECK(sw_proto_set_length_type(&p, 'x') == -SW_ERROR_INVALID_PARAMS);
    CHECK(sw_proto_set_eof(&p, "123456789", 9) == -SW_ERROR_INVALID_PARAMS);
}

static void test_length_packet(void)
{
    sw_proto_t p;
    sw_proto_init(&p);
    p.length_check = true;
    sw_proto_set_length_type(&p, 'N');
    p.length_offset = 0;
    p.body_offset = 4;
    unsigned char buf[16] = {0, 0, 0, 3, 'a', 'b', 'c', 0, 0};
    CHECK(sw_proto_length_packet(&p, buf, 0) == SW_PROTO_NEED_MORE);
    CHECK(sw_proto_length_packet(&p, buf, 3) == SW_PROTO_NEED_MORE);  /* split header */
    CHECK(sw_proto_length_packet(&p, buf, 6) == SW_PROTO_NEED_MORE);
    CHECK(sw_proto_length_packet(&p, buf, 7) == 7);
    CHECK(sw_proto_length_packet(&p, buf, 9) == 7);
    /* 100 MB header with the default 2 MB limit */
    unsigned char big[4] = {0x06, 0x40, 0x00, 0x00};
    CHECK(sw_proto_length_packet(&p, big, 4) == SW_PROTO_TOO_LARGE);
    /* length counts the whole packet (body_offset 0): a value below the header is bad */
    p.body_offset = 0;
    unsigned char small[4] = {0, 0, 0, 2};
    CHECK(sw_proto_length_packet(&p, small, 4) == SW_PROTO_MALFORMED);
    unsigned char zero[4] = {0, 0, 0, 0};
    CHECK(sw_proto_length_packet(&p, zero, 4) == SW_PROTO_MALFORMED);
    /* a signed negative length */
    sw_proto_set_length_type(&p, 'l');
    p.body_offset = 4;
    unsigned char neg[4] = {0xff, 0xff, 0xff, 0xff};
    CHECK(sw_proto_length_packet(&p, neg, 4) == SW_PROTO_MALFORMED);
    /* a 64-bit length that would overflow when the offset is added */
    sw_proto_set_length_type(&p, 'J');
    p.body_offset = 8;
    unsigned char huge[8] = {0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    CHECK(sw_proto_length_packet(&p, huge, 8) == SW_PROTO_TOO_LARGE);
    /* header after an offset */
    sw_proto_set_length_type(&p, 'n');
    p.length_offset = 2;
    p.body_offset = 4;
    unsigned char off[8] = {'x', 'y', 0, 2, 'h', 'i', '!'};
    CHECK(sw_proto_length_packet(&p, off, 7) == 6);
}

static void test_eof_packet(void)
{
    sw_proto_t p;
    sw_proto_init(&p);
    p.eof_check = p.eof_split = true;
    sw_proto_set_eof(&p, "\r\n", 2);
    size_t scan = 0;
    const char *s = "ab\r\ncd\r";
    CHECK(sw_proto_eof_packet(&p, s, 3, &scan) == SW_PROTO_NEED_MORE);
    CHECK(scan == 2);
    CHECK(sw_proto_eof_packet(&p, s, 4, &scan) == 4);  /* marker straddled two reads */
    CHECK(scan == 0);
    CHECK(sw_proto_eof_packet(&p, s + 4, 3, &scan) == SW_PROTO_NEED_MORE);
    CHECK(sw_proto_eof_tail(&p, "a\r\nb\r\n", 6) == 6);
    CHECK(sw_proto_eof_tail(&p, "a\r\nb", 4) == SW_PROTO_NEED_MORE);
    p.max_length = 4;
    scan = 0;
    CHECK(sw_proto_eof_packet(&p, "abcdef", 6, &scan) == SW_PROTO_TOO_LARGE);
}

/* ---- sockets ---- */

typedef struct {
    int connects, closes, packets, fulls, empties;
    char got[8][64];
    size_t got_len[8];
    int ngot;
    int64_t last_session;
    bool close_in_receive, echo, send_last;
    bool reset_after_last;       /* close with reset after sw_server_send_last */
    int send_after_last;         /* what a send after sw_server_send_last returned */
    size_t conns_after_close;    /* conn_count right after closing a send_last connection */
} rec_t;

static rec_t rec;

static void on_connect(sw_server_t *s, sw_conn_t *c) { (void)s; rec.connects++; rec.last_session = c->session; }
static void on_close(sw_server_t *s, sw_conn_t *c) { (void)s; (void)c; rec.closes++; }
static void on_full(sw_server_t *s, sw_conn_t *c) { (void)s; (void)c; rec.fulls++; }
static void on_empty(sw_server_t *s, sw_conn_t *c) { (void)s; (void)c; rec.empties++; }

static void on_receive(sw_server_t *s, sw_conn_t *c, const char *d, size_t n)
{
    if (rec.ngot < 8) {
        size_t k = n < 63 ? n : 63;
        memcpy(rec.got[rec.ngot], d, k);
        rec.got[rec.ngot][k] = '\0';
        rec.got_len[rec.ngot++] = n;
    }
    if (rec.echo)
        sw_server_send(s, c->session, d, n);
    if (rec.send_last) {
        int64_t session = c->session;
        sw_server_send_last(s, session, "bye", 3);
        rec.send_after_last = sw_server_send(s, session, "more", 4);
        if (rec.close_in_receive) {
            CHECK(sw_server_close(s, session, rec.reset_after_last) == 0);
            rec.conns_after_close = s->conn_count;
        }
        return;
    }
    if (rec.close_in_receive)
        sw_server_close(s, c->session, false);
}

static void on_packet(sw_server_t *s, sw_port_t *p, const char *d, size_t n,
                      const struct sockaddr *from, socklen_t len)
{
    (void)s;
    rec.packets++;
    sw_server_sendto(p, from, len, d, n);
}

static sw_server_t *make_server(void)
{
    memset(&rec, 0, sizeof rec);
    sw_server_t *s = sw_server_new();
    s->h.on_connect = on_connect;
    s->h.on_receive = on_receive;
    s->h.on_close = on_close;
    s->h.on_packet = on_packet;
    s->h.on_buffer_full = on_full;
    s->h.on_buffer_empty = on_empty;
    return s;
}

static int tcp_client(int port)
{
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *)&a, sizeof a) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* Runs the loop until cond holds (at most ~2000 iterations of 10 ms waits). */
#define SPIN(loop, cond)                                           \
    do {                                                           \
        for (int spin_ = 0; spin_ < 2000 && !(cond); spin_++) {    \
            sw_timer_t *t_ = sw_timer_add(loop, 10, false, noop_timer, NULL); \
            sw_loop_run_once(loop, true);                          \
            sw_timer_cancel(loop, t_);                             \
        }                                                          \
    } while (0)

static void noop_timer(sw_loop_t *l, sw_timer_t *t, void *a) { (void)l; (void)t; (void)a; }

/* Reads until n bytes or EOF (blocking with a poll timeout). */
static ssize_t read_n(int fd, char *buf, size_t n, sw_loop_t *loop)
{
    size_t got = 0;
    for (int i = 0; i < 100000 && got < n; i++) {
        struct pollfd pfd = {fd, POLLIN, 0};
        if (poll(&pfd, 1, 0) == 1) {
            ssize_t r = read(fd, buf + got, n - got);
            if (r <= 0)
                return got ? (ssize_t)got : r;
            got += (size_t)r;
        } else {
            sw_timer_t *t = sw_timer_add(loop, 5, false, noop_timer, NULL);
            sw_loop_run_once(loop, true);
            sw_timer_cancel(loop, t);
        }
    }
    return (ssize_t)got;
}

static void test_tcp_length_framing(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p && p->port > 0);
    p->proto.length_check = true;
    sw_proto_set_length_type(&p->proto, 'N');
    p->proto.body_offset = 4;
    rec.echo = true;
    REQUIRE(sw_server_start(s, loop) == 0);

    int a = tcp_client(p->port), b = tcp_client(p->port);
    REQUIRE(a >= 0 && b >= 0);
    SPIN(loop, rec.connects == 2);
    CHECK(rec.connects == 2);
    CHECK(s->conn_count == 2);
    /* split writes: header in two pieces, then body + a second packet in one write */
    CHECK(write(a, "\0\0", 2) == 2);
    SPIN(loop, s->stats.total_recv_bytes >= 2);   /* the server has read the piece */
    sw_loop_run_once(loop, false);
    CHECK(rec.ngot == 0);
    CHECK(write(a, "\0\5", 2) == 2);
    CHECK(write(a, "hello\0\0\0\2hi", 11) == 11);
    SPIN(loop, rec.ngot == 2);
    CHECK(rec.ngot == 2);
    CHECK(rec.got_len[0] == 9 && memcmp(rec.got[0] + 4, "hello", 5) == 0);
    CHECK(rec.got_len[1] == 6 && memcmp(rec.got[1] + 4, "hi", 2) == 0);
    char echo[15];
    CHECK(read_n(a, echo, 15, loop) == 15);
    CHECK(memcmp(echo + 4, "hello", 5) == 0);

    /* 100 MB header on b: only b is closed */
    CHECK(write(b, "\x06\x40\0\0", 4) == 4);
    SPIN(loop, rec.closes == 1);
    CHECK(rec.closes == 1);
    char c;
    CHECK(read_n(b, &c, 1, loop) == 0);
    CHECK(s->conn_count == 1);
    CHECK(write(a, "\0\0\0\1z", 5) == 5);
    SPIN(loop, rec.ngot == 3);
    CHECK(rec.ngot == 3 && rec.got[2][4] == 'z');

    close(a);
    close(b);
    SPIN(loop, rec.closes == 2);
    CHECK(rec.closes == 2);
    CHECK(s->conn_count == 0);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_eof_split_and_close_in_callback(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP6, "::1", 0, 0);
    if (!p) {  /* no IPv6 on this machine */
        sw_server_free(s);
        sw_loop_free(loop);
        return;
    }
    p->proto.eof_check = p->proto.eof_split = true;
    sw_proto_set_eof(&p->proto, "\r\n", 2);
    REQUIRE(sw_server_start(s, loop) == 0);
    struct sockaddr_in6 a6 = {.sin6_family = AF_INET6, .sin6_port = htons((uint16_t)p->port)};
    inet_pton(AF_INET6, "::1", &a6.sin6_addr);
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    REQUIRE(connect(fd, (struct sockaddr *)&a6, sizeof a6) == 0);
    CHECK(write(fd, "one\r", 4) == 4);
    SPIN(loop, rec.connects == 1);
    CHECK(write(fd, "\ntwo\r\nthree\r\n", 13) == 13);
    SPIN(loop, rec.ngot == 3);
    CHECK(rec.ngot == 3);
    CHECK(strcmp(rec.got[0], "one\r\n") == 0);
    CHECK(strcmp(rec.got[1], "two\r\n") == 0);
    CHECK(strcmp(rec.got[2], "three\r\n") == 0);
    /* closing the connection inside its receive callback stops the delivery */
    rec.close_in_receive = true;
    CHECK(write(fd, "a\r\nb\r\n", 6) == 6);
    SPIN(loop, rec.closes == 1);
    CHECK(rec.ngot == 4 && strcmp(rec.got[3], "a\r\n") == 0);
    CHECK(rec.closes == 1);
    close(fd);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_udp_and_unix(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *u = sw_server_add_port(s, SW_SOCK_UDP, "127.0.0.1", 0, 0);
    char path[64];
    snprintf(path, sizeof path, "/tmp/sw_test_server_%d.sock", (int)getpid());
    sw_port_t *x = sw_server_add_port(s, SW_SOCK_UNIX_STREAM, path, 0, 0);
    REQUIRE(u && x);
    CHECK(s->port_count == 2);
    rec.echo = true;
    REQUIRE(sw_server_start(s, loop) == 0);

    int cu = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)u->port)};
    inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
    CHECK(sendto(cu, "ping", 4, 0, (struct sockaddr *)&a, sizeof a) == 4);
    char buf[16] = {0};
    CHECK(read_n(cu, buf, 4, loop) == 4);
    CHECK(memcmp(buf, "ping", 4) == 0);
    CHECK(rec.packets == 1);
    close(cu);

    int cx = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un un = {.sun_family = AF_UNIX};
    strcpy(un.sun_path, path);
    REQUIRE(connect(cx, (struct sockaddr *)&un, sizeof un) == 0);
    CHECK(write(cx, "unix", 4) == 4);
    CHECK(read_n(cx, buf, 4, loop) == 4);
    CHECK(memcmp(buf, "unix", 4) == 0);
    close(cx);
    sw_server_free(s);
    CHECK(access(path, F_OK) != 0);  /* the socket file is removed */
    sw_loop_free(loop);
}

static void test_output_limit_and_reset(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p);
    s->buffer_output_size = 64 * 1024;
    /* small kernel buffers on both sides: the queue fills after a few sends, and draining
     * it through a small window (at delayed-ACK pace) stays short */
    p->socket_buffer_size = 4096;
    REQUIRE(sw_server_start(s, loop) == 0);
    int a = tcp_client(p->port);
    int small = 4096;
    setsockopt(a, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    SPIN(loop, rec.connects == 1);
    int64_t sid = rec.last_session;
    static char chunk[16 * 1024];
    int rc = 0, sent = 0;
    while (sent < 1000 && (rc = sw_server_send(s, sid, chunk, sizeof chunk)) == 0)
        sent++;
    CHECK(rc == -SW_ERROR_OUTPUT_BUFFER_OVERFLOW);
    CHECK(rec.fulls == 1);
    /* the peer drains: the queue empties and BufferEmpty fires */
    ssize_t want = (ssize_t)sent * (ssize_t)sizeof chunk;
    char *sink = malloc((size_t)want);
    CHECK(read_n(a, sink, (size_t)want, loop) == want);
    free(sink);
    SPIN(loop, rec.empties == 1);
    CHECK(rec.empties == 1);
    /* unknown sessions and reset */
    CHECK(sw_server_send(s, 999, "x", 1) == -SW_ERROR_SESSION_NOT_EXIST);
    CHECK(sw_server_close(s, 0, false) == -SW_ERROR_SESSION_INVALID_ID);
    CHECK(sw_server_close(s, sid, true) == 0);
    CHECK(rec.closes == 1);
    CHECK(sw_server_conn(s, sid) == NULL);
    char c;
    errno = 0;
    CHECK(read(a, &c, 1) < 0 && errno == ECONNRESET);
    close(a);
    sw_server_free(s);
    sw_loop_free(loop);
}

/* Descriptors of this process open on path. */
static int fds_on(const char *path)
{
    int n = 0;
    for (int fd = 0; fd < 1024; fd++) {
        char link[64], target[256];
        snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
        ssize_t len = readlink(link, target, sizeof target - 1);
        if (len > 0) {
            target[len] = '\0';
            n += strcmp(target, path) == 0;
        }
    }
    return n;
}

/* Files go out in order with the bytes queued around them, from their own fd (closed once
 * sent, or when the connection closes), with offset/length; bad files queue nothing. */
static void test_sendfile_queue(void)
{
    char path[] = "/tmp/sw_test_sendfile.XXXXXX";
    int tfd = mkstemp(path);
    REQUIRE(tfd >= 0);
    size_t fsize = 3 * 1024 * 1024 + 17;
    char *content = malloc(fsize);
    REQUIRE(content);
    for (size_t i = 0; i < fsize; i++)
        content[i] = (char)(i * 7 + i / 4096);
    REQUIRE(write(tfd, content, fsize) == (ssize_t)fsize);
    close(tfd);

    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p);
    REQUIRE(sw_server_start(s, loop) == 0);
    int a = tcp_client(p->port);
    SPIN(loop, rec.connects == 1);
    int64_t sid = rec.last_session;
    CHECK(sw_server_send(s, sid, "A", 1) == 0);  /* written at once: not queued */
    CHECK(sw_server_sendfile(s, sid, path, 0, 0) == 0);
    CHECK(sw_server_send(s, sid, "B", 1) == 0);
    CHECK(sw_server_sendfile(s, sid, path, 10, 5) == 0);
    CHECK(sw_server_sendfile(s, sid, path, fsize - 3, 0) == 0);
    CHECK(sw_server_send(s, sid, "C", 1) == 0);
    sw_conn_t *c = sw_server_conn(s, sid);
    REQUIRE(c);
    CHECK(sw_server_queued_bytes(c) == fsize + 1 + 5 + 3 + 1);
    CHECK(fds_on(path) == 3);

    /* bad files: nothing queued, the error says why */
    CHECK(sw_server_sendfile(s, sid, "/nonexistent/file", 0, 0) == -ENOENT);
    CHECK(sw_server_sendfile(s, sid, "/tmp", 0, 0) == -SW_ERROR_SERVER_IS_NOT_REGULAR_FILE);
    CHECK(sw_server_sendfile(s, sid, path, fsize, 0) == -SW_ERROR_FILE_EMPTY);
    CHECK(sw_server_sendfile(s, sid, path, fsize - 1, 2) == -SW_ERROR_INVALID_PARAMS);
    CHECK(strstr(sw_error_msg(), path) != NULL);
    CHECK(sw_server_sendfile(s, 999, path, 0, 0) == -SW_ERROR_SESSION_NOT_EXIST);
    CHECK(sw_server_queued_bytes(c) == fsize + 1 + 5 + 3 + 1);

    size_t want = 1 + fsize + 1 + 5 + 3 + 1;
    char *got = malloc(want + 1);
    REQUIRE(got);
    CHECK(read_n(a, got, want, loop) == (ssize_t)want);
    CHECK(got[0] == 'A' && memcmp(got + 1, content, fsize) == 0);
    CHECK(got[1 + fsize] == 'B' && memcmp(got + 2 + fsize, content + 10, 5) == 0);
    CHECK(memcmp(got + 7 + fsize, content + fsize - 3, 3) == 0 && got[want - 1] == 'C');
    SPIN(loop, c->files == NULL);
    CHECK(c->files == NULL && sw_server_queued_bytes(c) == 0);
    CHECK(fds_on(path) == 0);
    /* a graceful close waits for a queued file */
    CHECK(sw_server_sendfile(s, sid, path, 0, 0) == 0);
    CHECK(sw_server_close(s, sid, false) == 0);
    CHECK(rec.closes == 0);
    CHECK(read_n(a, got, fsize, loop) == (ssize_t)fsize);
    SPIN(loop, rec.closes == 1);
    CHECK(rec.closes == 1);
    close(a);

    /* a connection that goes away with files queued closes them (valgrind --track-fds) */
    p->socket_buffer_size = 65536;  /* a small send buffer, and a peer that never reads */
    int b = tcp_client(p->port);
    SPIN(loop, rec.connects == 2);
    sid = rec.last_session;
    CHECK(sw_server_sendfile(s, sid, path, 0, 0) == 0);
    CHECK(sw_server_sendfile(s, sid, path, 0, 0) == 0);
    for (int i = 0; i < 5; i++) {
        sw_timer_t *t = sw_timer_add(loop, 2, false, noop_timer, NULL);
        sw_loop_run_once(loop, true);
        sw_timer_cancel(loop, t);
    }
    CHECK(fds_on(path) == 2);
    struct linger lg = {1, 0};
    setsockopt(b, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    close(b);
    SPIN(loop, rec.closes == 2);
    CHECK(rec.closes == 2);
    CHECK(fds_on(path) == 0);
    free(got);
    free(content);
    sw_server_free(s);
    sw_loop_free(loop);
    unlink(path);
}

static void test_pause_resume(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p);
    REQUIRE(sw_server_start(s, loop) == 0);
    int a = tcp_client(p->port);
    SPIN(loop, rec.connects == 1);
    CHECK(sw_server_pause(s, rec.last_session) == 0);
    CHECK(write(a, "held", 4) == 4);
    for (int i = 0; i < 5; i++) {
        sw_timer_t *t = sw_timer_add(loop, 2, false, noop_timer, NULL);
        sw_loop_run_once(loop, true);
        sw_timer_cancel(loop, t);
    }
    CHECK(rec.ngot == 0);
    CHECK(sw_server_resume(s, rec.last_session) == 0);
    SPIN(loop, rec.ngot == 1);
    CHECK(rec.ngot == 1 && strcmp(rec.got[0], "held") == 0);
    close(a);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_heartbeat_and_max_conn(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p);
    s->heartbeat_check_interval = 1;
    s->heartbeat_idle_time = 1;
    s->max_conn = 1;
    REQUIRE(sw_server_start(s, loop) == 0);
    int a = tcp_client(p->port);
    SPIN(loop, rec.connects == 1);
    int b = tcp_client(p->port);  /* over max_conn: accepted and closed at once */
    char c;
    CHECK(read_n(b, &c, 1, loop) == 0);
    CHECK(rec.connects == 1);
    CHECK(s->stats.abort_count == 1);
    /* a never speaks: the heartbeat closes it within a few seconds */
    for (int i = 0; i < 500 && rec.closes == 0; i++)
        sw_loop_run_once(loop, true);
    CHECK(rec.closes == 1);
    CHECK(read_n(a, &c, 1, loop) == 0);
    close(a);
    close(b);
    sw_server_free(s);
    sw_loop_free(loop);
}

static void test_bad_ports(void)
{
    sw_server_t *s = sw_server_new();
    CHECK(sw_server_add_port(s, 99, "127.0.0.1", 0, 0) == NULL);
    CHECK(sw_error_code() == SW_ERROR_INVALID_PARAMS);
    CHECK(sw_server_add_port(s, SW_SOCK_TCP, "not-an-ip", 0, 0) == NULL);
    CHECK(sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 70000, 0) == NULL);
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p);
    CHECK(sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", p->port, 0) == NULL);
    CHECK(sw_error_code() == EADDRINUSE);
    sw_server_free(s);
}

/* The peer address as text: IPv4 formatted by hand must read as inet_ntop's, IPv6 and
 * Unix paths pass through. */
static void test_sockaddr_text(void)
{
    static const uint32_t fixed[] = {0, 0xffffffffu, 0x7f000001u, 0x0a006409u, 0xc0a80001u,
                                     0x01020304u, 0x64000a63u, 0x09630064u};
    uint32_t x = 0x9e3779b9u;
    bool same = true;

    for (int i = 0; i < 2000; i++) {
        struct sockaddr_in in = {.sin_family = AF_INET, .sin_port = htons(8080)};
        char got[INET6_ADDRSTRLEN], want[INET_ADDRSTRLEN];
        int port = 0;
        x = x * 1664525u + 1013904223u;
        in.sin_addr.s_addr = htonl(i < 8 ? fixed[i] : x);
        sw_sockaddr_text((struct sockaddr *)&in, sizeof in, got, sizeof got, &port);
        inet_ntop(AF_INET, &in.sin_addr, want, sizeof want);
        if (strcmp(got, want) != 0 || port != 8080) {
            printf("# %s != %s\n", got, want);
            same = false;
            break;
        }
    }
    CHECK(same);

    struct sockaddr_in6 in6 = {.sin6_family = AF_INET6, .sin6_port = htons(443)};
    char text[INET6_ADDRSTRLEN];
    int port = 0;
    inet_pton(AF_INET6, "2001:db8::1", &in6.sin6_addr);
    sw_sockaddr_text((struct sockaddr *)&in6, sizeof in6, text, sizeof text, &port);
    CHECK(strcmp(text, "2001:db8::1") == 0 && port == 443);

    struct sockaddr_un un = {.sun_family = AF_UNIX, .sun_path = "/tmp/x.sock"};
    socklen_t len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(un.sun_path) + 1);
    sw_sockaddr_text((struct sockaddr *)&un, len, text, sizeof text, &port);
    CHECK(strcmp(text, "/tmp/x.sock") == 0 && port == 0);
}

/* sw_server_send_last: nothing can follow the last bytes; the connection closes at the
 * owner's sw_server_close at once, or by itself at the end of the loop iteration; the
 * peer reads the bytes, then the end of the stream. */
static void test_send_last(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_server_t *s = make_server();
    sw_port_t *p = sw_server_add_port(s, SW_SOCK_TCP, "127.0.0.1", 0, 0);
    REQUIRE(p && p->port > 0);
    REQUIRE(sw_server_start(s, loop) == 0);
    rec.send_last = true;

    for (int with_close = 0; with_close < 2; with_close++) {
        rec.close_in_receive = with_close;
        rec.closes = 0;
        rec.conns_after_close = 99;
        int fd = tcp_client(p->port);
        REQUIRE(fd >= 0);
        CHECK(write(fd, "hi", 2) == 2);
        char buf[16];
        CHECK(read_n(fd, buf, sizeof buf, loop) == 3 && memcmp(buf, "bye", 3) == 0);
        CHECK(rec.send_after_last == -SW_ERROR_SESSION_CLOSING);
        CHECK(rec.closes == 1);
        CHECK(s->conn_count == 0);
        if (with_close)
            CHECK(rec.conns_after_close == 0);
        close(fd);
    }

    /* A reset asked for after the last bytes is a reset: the peer sees ECONNRESET, not the
     * orderly end of a response. */
    rec.close_in_receive = rec.reset_after_last = true;
    rec.closes = 0;
    int fd = tcp_client(p->port);
    REQUIRE(fd >= 0);
    CHECK(write(fd, "hi", 2) == 2);
    char buf[16];
    ssize_t r;
    errno = 0;
    while ((r = read_n(fd, buf, sizeof buf, loop)) > 0)
        ;
    CHECK(r < 0 && errno == ECONNRESET);
    CHECK(rec.closes == 1);
    close(fd);
    rec.reset_after_last = rec.close_in_receive = false;
    sw_server_free(s);
    sw_loop_free(loop);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_send_last),
    TAP_CASE(test_sockaddr_text),
    TAP_CASE(test_length_types),
    TAP_CASE(test_length_packet),
    TAP_CASE(test_eof_packet),
    TAP_CASE(test_tcp_length_framing),
    TAP_CASE(test_eof_split_and_close_in_callback),
    TAP_CASE(test_udp_and_unix),
    TAP_CASE(test_output_limit_and_reset),
    TAP_CASE(test_sendfile_queue),
    TAP_CASE(test_pause_resume),
    TAP_CASE(test_heartbeat_and_max_conn),
    TAP_CASE(test_bad_ports),
};

int main(void)
{
    sw_log_set_level(SW_LOG_ERROR);  /* the expected protocol warnings stay quiet */
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
