/* server.c — listening ports, accepted connections and their buffers (see sw_server.h).
 *
 * Ownership: the server owns its ports (fds closed by sw_server_free) and its
 * connections. A connection closed while callbacks may still hold it moves to the zombie
 * list and is freed by the per-iteration callback (or by stop/free). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_server.h"
#include "server_ssl.h"

#define SW_SERVER_READ_CHUNK 65536
#define SW_SERVER_DEFAULT_OUTPUT (2u * 1024 * 1024)
#define SW_SERVER_ACCEPT_BATCH 64

static void conn_io_cb(sw_loop_t *loop, sw_io_t *io, unsigned events);
static void conn_close(sw_server_t *s, sw_conn_t *c, bool notify);
static bool out_any(const sw_conn_t *c);
static void out_files_free(sw_conn_t *c);
static void conn_ssl_start(sw_server_t *s, sw_conn_t *c);

bool sw_sock_type_is_valid(int type) { return type >= SW_SOCK_TCP && type <= SW_SOCK_UNIX_DGRAM; }

bool sw_sock_type_is_stream(int type)
{
    return type == SW_SOCK_TCP || type == SW_SOCK_TCP6 || type == SW_SOCK_UNIX_STREAM;
}

static int sock_family(int type)
{
    switch (type) {
    case SW_SOCK_TCP6: case SW_SOCK_UDP6: return AF_INET6;
    case SW_SOCK_UNIX_STREAM: case SW_SOCK_UNIX_DGRAM: return AF_UNIX;
    default: return AF_INET;
    }
}

/* ---- addresses ------------------------------------------------------------------------------ */

int sw_sockaddr_make(int type, const char *host, int port, struct sockaddr_storage *ss,
                     socklen_t *len)
{
    memset(ss, 0, sizeof *ss);
    switch (sock_family(type)) {
    case AF_UNIX: {
        struct sockaddr_un *un = (struct sockaddr_un *)ss;
        size_t n = strlen(host);
        if (n == 0 || n >= sizeof un->sun_path)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "invalid unix socket path '%s'", host);
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, host, n + 1);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + 1);
        return 0;
    }
    case AF_INET6: {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
        if (port < 0 || port > 65535 || inet_pton(AF_INET6, host, &in6->sin6_addr) != 1)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "invalid IPv6 address '%s' or port %d",
                                host, port);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        *len = sizeof *in6;
        return 0;
    }
    default: {
        struct sockaddr_in *in = (struct sockaddr_in *)ss;
        if (port < 0 || port > 65535 || inet_pton(AF_INET, host, &in->sin_addr) != 1)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "invalid IPv4 address '%s' or port %d",
                                host, port);
        in->sin_family = AF_INET;
        in->sin_port = htons((uint16_t)port);
        *len = sizeof *in;
        return 0;
    }
    }
}

/* Dotted quad of a network-order address; buf holds at least 16 bytes. glibc's
 * inet_ntop goes through sprintf, ~1,700 instructions: a sixth of the user time of a
 * server that answers one request per connection and reports the peer's address. */
static void ipv4_text(const struct in_addr *addr, char *buf)
{
    const unsigned char *b = (const unsigned char *)&addr->s_addr;
    char *o = buf;

    for (int i = 0; i < 4; i++) {
        unsigned v = b[i];
        if (v >= 100)
            *o++ = (char)('0' + v / 100);
        if (v >= 10)
            *o++ = (char)('0' + v / 10 % 10);
        *o++ = (char)('0' + v % 10);
        *o++ = i < 3 ? '.' : '\0';
    }
}

void sw_sockaddr_text(const struct sockaddr *a, socklen_t len, char *buf, size_t cap, int *port)
{
    *port = 0;
    buf[0] = '\0';
    if (a->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)a;
        if (cap >= INET_ADDRSTRLEN)
            ipv4_text(&in->sin_addr, buf);
        *port = ntohs(in->sin_port);
    } else if (a->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)a;
        inet_ntop(AF_INET6, &in6->sin6_addr, buf, (socklen_t)cap);
        *port = ntohs(in6->sin6_port);
    } else if (a->sa_family == AF_UNIX && len > offsetof(struct sockaddr_un, sun_path)) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)a;
        size_t n = len - offsetof(struct sockaddr_un, sun_path);
        if (n >= cap)
            n = cap - 1;
        memcpy(buf, un->sun_path, n);
        buf[n] = '\0';
    }
}

/* ---- server lifetime ------------------------------------------------------------------------ */

sw_server_t *sw_server_new(void)
{
    sw_server_t *s = calloc(1, sizeof *s);
    if (!s) {
        sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        return NULL;
    }
    s->next_session = 1;
    s->buffer_output_size = SW_SERVER_DEFAULT_OUTPUT;
    return s;
}

/* Input buffers of the common size outlive their connection in a small pool: a server
 * under Connection: close traffic would otherwise get and give back 64 KiB per
 * connection, which malloc serves by moving the heap top (brk) again and again. */
static void in_buffer_put(sw_server_t *s, char *in, size_t cap)
{
    if (in && cap == SW_SERVER_READ_CHUNK && s->in_pool_len < SW_SERVER_IN_POOL)
        s->in_pool[s->in_pool_len++] = in;
    else
        free(in);
}

/* Connection structs are reused the same way: with one request per connection, the
 * malloc and free of a 400-byte struct that overflows glibc's per-size cache cost more
 * than parsing the request. */
#define SW_SERVER_CONN_POOL 256

static sw_conn_t *conn_get(sw_server_t *s)
{
    sw_conn_t *c = s->conn_pool;

    if (!c)
        return calloc(1, sizeof *c);
    s->conn_pool = c->next;
    s->conn_pool_len--;
    memset(c, 0, sizeof *c);
    return c;
}

static void conn_put(sw_server_t *s, sw_conn_t *c)
{
    if (s->conn_pool_len >= SW_SERVER_CONN_POOL) {
        free(c);
        return;
    }
    c->next = s->conn_pool;
    s->conn_pool = c;
    s->conn_pool_len++;
}

static void reap_zombies(sw_server_t *s)
{
    while (s->zombies) {
        sw_conn_t *c = s->zombies;
        s->zombies = c->next;
        in_buffer_put(s, c->in, c->in_cap);
        free(c->out);
        conn_put(s, c);
    }
}

/* Connections sent their last bytes this iteration and not closed by their owner yet:
 * those whose queue is written go now (the rest close when it drains, in conn_flush). */
static void close_finished(sw_server_t *s)
{
    while (s->closing_list) {
        sw_conn_t *c = s->closing_list;
        s->closing_list = c->close_next;
        c->close_next = NULL;
        if (!c->closed && !out_any(c))
            conn_close(s, c, true);
    }
}

static void cycle_cb(sw_loop_t *loop, void *arg)
{
    (void)loop;
    close_finished(arg);
    reap_zombies(arg);
}

void sw_server_free(sw_server_t *s)
{
    if (!s)
        return;
    sw_server_stop(s, false);
    if (s->cycle_id > 0)
        sw_loop_del_cycle(s->loop, s->cycle_id);
    for (sw_port_t *p = s->ports, *next; p; p = next) {
        next = p->next;
        if (p->fd >= 0) {
            close(p->fd);
            if (sock_family(p->type) == AF_UNIX && p->host[0])
                unlink(p->host);
        }
        sw_port_ssl_free(p);
        free(p);
    }
    s->closing_list = NULL;  /* stop() closed them all */
    reap_zombies(s);
    while (s->in_pool_len)
        free(s->in_pool[--s->in_pool_len]);
    while (s->conn_pool) {
        sw_conn_t *c = s->conn_pool;
        s->conn_pool = c->next;
        free(c);
    }
    sw_idmap_free(&s->sessions);
    free(s->by_fd);
    free(s);
}

/* ---- ports ---------------------------------------------------------------------------------- */

static int port_bind_ex(sw_port_t *p, bool reuse_port);
static int port_bind(sw_port_t *p) { return port_bind_ex(p, false); }

static int port_bind_ex(sw_port_t *p, bool reuse_port)
{
    struct sockaddr_storage ss;
    socklen_t len;
    int rc = sw_sockaddr_make(p->type, p->host, p->port, &ss, &len);
    if (rc < 0)
        return rc;
    int stype = sw_sock_type_is_stream(p->type) ? SOCK_STREAM : SOCK_DGRAM;
    int fd = socket(ss.ss_family, stype | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return sw_error_sys(errno, "socket");
    int one = 1;
    if (ss.ss_family != AF_UNIX) {
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (reuse_port && setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one) < 0) {
            int e = errno;
            close(fd);
            return sw_error_set(e, "SO_REUSEPORT: %s", strerror(e));
        }
        if (ss.ss_family == AF_INET6)
            setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    } else {
        unlink(p->host);  /* a stale socket file from an earlier run */
    }
    if (bind(fd, (struct sockaddr *)&ss, len) < 0) {
        int e = errno;
        close(fd);
        return sw_error_set(e, "bind(%s:%d) failed: %s", p->host, p->port, strerror(e));
    }
    if (stype == SOCK_STREAM && listen(fd, p->backlog) < 0) {
        int e = errno;
        close(fd);
        return sw_error_set(e, "listen(%s:%d) failed: %s", p->host, p->port, strerror(e));
    }
    if (p->port == 0 && ss.ss_family != AF_UNIX) {
        char text[64];
        len = sizeof ss;
        getsockname(fd, (struct sockaddr *)&ss, &len);
        sw_sockaddr_text((struct sockaddr *)&ss, len, text, sizeof text, &p->port);
    }
    p->fd = fd;
    return 0;
}

sw_port_t *sw_server_add_port(sw_server_t *s, int type, const char *host, int port, int backlog)
{
    if (!sw_sock_type_is_valid(type)) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "unknown socket type %d", type);
        return NULL;
    }
    if (strlen(host) >= sizeof ((sw_port_t *)0)->host) {
        sw_error_set(SW_ERROR_NAME_TOO_LONG, "host '%s' is too long", host);
        return NULL;
    }
    sw_port_t *p = calloc(1, sizeof *p);
    if (!p) {
        sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        return NULL;
    }
    p->serv = s;
    p->type = type;
    p->fd = -1;
    strcpy(p->host, host);
    p->port = sock_family(type) == AF_UNIX ? 0 : port;
    p->backlog = backlog > 0 ? backlog : 512;
    sw_proto_init(&p->proto);
    if (port_bind(p) < 0) {
        free(p);
        return NULL;
    }
    sw_port_t **tail = &s->ports;
    while (*tail)
        tail = &(*tail)->next;
    *tail = p;
    s->port_count++;
    return p;
}

int sw_port_reuse_port(sw_port_t *p)
{
    if (p->type != SW_SOCK_TCP && p->type != SW_SOCK_TCP6)
        return 0;
    /* the first socket of the group must have the option before its bind as well: the
     * port's own socket makes way for one that has it */
    if (p->fd >= 0) {
        close(p->fd);
        p->fd = -1;
    }
    return port_bind_ex(p, true);
}

void sw_port_close(sw_port_t *p)
{
    if (p->fd >= 0)
        close(p->fd);
    p->fd = -1;
}

int sw_port_set_backlog(sw_port_t *p, int backlog)
{
    if (!sw_sock_type_is_stream(p->type) || backlog <= 0 || backlog == p->backlog)
        return 0;
    if (listen(p->fd, backlog) < 0)
        return sw_error_sys(errno, "listen");
    p->backlog = backlog;
    return 0;
}

/* ---- connection table ----------------------------------------------------------------------- */

static int table_put(sw_server_t *s, sw_conn_t *c)
{
    if ((size_t)c->fd >= s->by_fd_cap) {
        size_t cap = s->by_fd_cap ? s->by_fd_cap : 64;
        while (cap <= (size_t)c->fd)
            cap *= 2;
        sw_conn_t **t = realloc(s->by_fd, cap * sizeof *t);
        if (!t)
            return sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        memset(t + s->by_fd_cap, 0, (cap - s->by_fd_cap) * sizeof *t);
        s->by_fd = t;
        s->by_fd_cap = cap;
    }
    if (sw_idmap_put(&s->sessions, c->session, c) < 0)
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
    s->by_fd[c->fd] = c;
    c->prev = s->tail;
    c->next = NULL;
    if (s->tail)
        s->tail->next = c;
    else
        s->head = c;
    s->tail = c;
    s->conn_count++;
    return 0;
}

static void table_del(sw_server_t *s, sw_conn_t *c)
{
    sw_idmap_del(&s->sessions, c->session);
    if ((size_t)c->fd < s->by_fd_cap && s->by_fd[c->fd] == c)
        s->by_fd[c->fd] = NULL;
    if (c->prev)
        c->prev->next = c->next;
    else
        s->head = c->next;
    if (c->next)
        c->next->prev = c->prev;
    else
        s->tail = c->prev;
    s->conn_count--;
}

sw_conn_t *sw_server_conn(sw_server_t *s, int64_t session)
{
    if (session <= 0)
        return NULL;
    sw_conn_t *c = sw_idmap_get(&s->sessions, session);
    return c && !c->closed && !c->closing && !c->handshaking ? c : NULL;
}

static sw_conn_t *conn_lookup(sw_server_t *s, int64_t session)
{
    if (session <= 0) {
        sw_error_set(SW_ERROR_SESSION_INVALID_ID, "invalid session id %lld", (long long)session);
        return NULL;
    }
    sw_conn_t *c = sw_idmap_get(&s->sessions, session);
    if (!c || c->closed || c->handshaking) {  /* TLS handshake: not connected yet */
        sw_error_set(SW_ERROR_SESSION_NOT_EXIST, "session#%lld does not exist", (long long)session);
        return NULL;
    }
    if (c->closing) {
        sw_error_set(SW_ERROR_SESSION_CLOSING, "session#%lld is closing", (long long)session);
        return NULL;
    }
    return c;
}

/* ---- accept --------------------------------------------------------------------------------- */

static void apply_interest(sw_server_t *s, sw_conn_t *c)
{
    unsigned ev = 0;
    if (!c->paused && !c->closing)
        ev |= SW_EV_READ;
    if (out_any(c))
        ev |= SW_EV_WRITE;
    if (c->ssl)  /* OpenSSL may need the other direction to finish a read or a write */
        ev |= (c->ssl_read_wants_write ? SW_EV_WRITE : 0) | (c->ssl_write_wants_read ? SW_EV_READ : 0);
    if (ev)
        sw_io_start(s->loop, &c->io, ev);
    else
        sw_io_stop(s->loop, &c->io);
}

/* The connection is established (after the TLS handshake on a TLS port): the port's
 * application protocol hears first, then the embedder. */
static void conn_connected(sw_server_t *s, sw_conn_t *c)
{
    sw_port_t *p = c->port;
    if (p->app && p->app->on_connect)
        p->app->on_connect(p->app_ctx, c);
    if (s->h.on_connect && !c->closed)
        s->h.on_connect(s, c);
}

/* ---- TLS handshake: the connection exists but the application has not seen it yet ---- */

static bool conn_read(sw_server_t *s, sw_conn_t *c);

static void handshake_timeout_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    sw_conn_t *c = arg;
    char addr[INET6_ADDRSTRLEN + 8];
    int port;
    (void)loop;
    (void)t;
    c->handshake_timer = NULL;  /* a fired one-shot timer is the loop's to free */
    sw_sockaddr_text((struct sockaddr *)&c->addr, c->addrlen, addr, sizeof addr, &port);
    sw_log(SW_LOG_NOTICE, "Server: SSL handshake with %s:%d timed out", addr, port);
    c->port->serv->stats.abort_count++;
    conn_close(c->port->serv, c, false);
}

static void conn_handshake(sw_server_t *s, sw_conn_t *c)
{
    unsigned ev = 0;
    int rc = sw_conn_ssl_handshake(c, &ev);
    if (rc < 0) {
        s->stats.abort_count++;
        conn_close(s, c, false);  /* never connected: no onClose either */
        return;
    }
    if (rc == 0) {
        sw_io_start(s->loop, &c->io, ev);
        return;
    }
    c->handshaking = false;
    if (c->handshake_timer) {
        sw_timer_cancel(s->loop, c->handshake_timer);
        c->handshake_timer = NULL;
    }
    c->last_recv_ms = sw_loop_now(s->loop);
    apply_interest(s, c);
    conn_connected(s, c);
    /* the client's first bytes may have come with its last handshake message */
    if (!c->closed && !c->closing && !c->paused)
        conn_read(s, c);
}

static void conn_ssl_start(sw_server_t *s, sw_conn_t *c)
{
    c->handshaking = true;
    if (sw_conn_ssl_init(c) < 0) {
        s->stats.abort_count++;
        conn_close(s, c, false);
        return;
    }
    c->handshake_timer = sw_timer_add(s->loop, sw_port_ssl_handshake_timeout(c->port), false,
                                      handshake_timeout_cb, c);
    sw_io_start(s->loop, &c->io, SW_EV_READ);  /* the ClientHello comes first */
}

static void accept_one(sw_server_t *s, sw_port_t *p, int fd, struct sockaddr_storage *ss,
                       socklen_t len)
{
    if (s->max_conn && s->conn_count >= s->max_conn) {
        sw_log(SW_LOG_WARNING, "Server: too many connections (max_conn=%zu), closing fd %d",
               s->max_conn, fd);
        s->stats.abort_count++;
        close(fd);
        return;
    }
    sw_conn_t *c = conn_get(s);
    if (!c) {
        close(fd);
        return;
    }
    c->session = s->next_session++;
    c->fd = fd;
    c->port = p;
    memcpy(&c->addr, ss, len);
    c->addrlen = len;
    c->connect_time = (uint64_t)time(NULL);
    c->last_recv_ms = c->last_send_ms = sw_loop_now(s->loop);
    c->fork_gen = sw_fork_generation();
    if (table_put(s, c) < 0) {
        close(fd);
        free(c);
        return;
    }
    if (p->tcp_nodelay && sock_family(p->type) != AF_UNIX) {
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    if (p->tcp_keepalive && sock_family(p->type) != AF_UNIX) {
        int one = 1;
        setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
        if (p->keepidle > 0)
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &p->keepidle, sizeof p->keepidle);
        if (p->keepinterval > 0)
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &p->keepinterval, sizeof p->keepinterval);
        if (p->keepcount > 0)
            setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &p->keepcount, sizeof p->keepcount);
    }
    if (p->socket_buffer_size > 0) {
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &p->socket_buffer_size, sizeof p->socket_buffer_size);
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &p->socket_buffer_size, sizeof p->socket_buffer_size);
    }
    sw_io_init(&c->io, fd, conn_io_cb, c);
    s->stats.accept_count++;
    if (p->ssl) {
        conn_ssl_start(s, c);
        return;
    }
    conn_connected(s, c);
    /* A client writes its request as soon as connect() returns, so by the time a busy
     * loop accepts, the bytes are usually there: reading before registering the fd saves
     * a wakeup, and a connection that is answered and closed at once (Connection: close)
     * never costs an epoll_ctl at all. When nothing is there yet it costs one recv. */
    if (!c->closed && !c->closing && !c->paused && !conn_read(s, c))
        return;
    if (!c->closed)
        apply_interest(s, c);
}

static void listen_cb(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    sw_port_t *p = io->data;
    sw_server_t *s = p->serv;
    (void)loop;
    (void)events;
    /* several workers may share this socket: EAGAIN only means another one won the race */
    for (int i = 0; i < SW_SERVER_ACCEPT_BATCH && s->running; i++) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof ss;
        int fd = accept4(p->fd, (struct sockaddr *)&ss, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EMFILE || errno == ENFILE)
                sw_log(SW_LOG_WARNING, "Server: accept() failed: %s", strerror(errno));
            return;
        }
        accept_one(s, p, fd, &ss, len);
    }
}

/* ---- UDP / Unix datagram -------------------------------------------------------------------- */

static void dgram_cb(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    sw_port_t *p = io->data;
    sw_server_t *s = p->serv;
    static char buf[65536];
    (void)loop;
    (void)events;
    for (int i = 0; i < SW_SERVER_ACCEPT_BATCH && s->running; i++) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof ss;
        ssize_t n = recvfrom(p->fd, buf, sizeof buf, 0, (struct sockaddr *)&ss, &len);
        if (n < 0)
            return;
        s->stats.packet_count++;
        s->stats.total_recv_bytes += (uint64_t)n;
        if (s->h.on_packet)
            s->h.on_packet(s, p, buf, (size_t)n, (struct sockaddr *)&ss, len);
    }
}

int sw_server_sendto(sw_port_t *p, const struct sockaddr *to, socklen_t tolen,
                     const void *data, size_t len)
{
    if (sw_sock_type_is_stream(p->type))
        return sw_error_set(SW_ERROR_OPERATION_NOT_SUPPORT, "sendto() needs a datagram port");
    ssize_t n = sendto(p->fd, data, len, 0, to, tolen);
    if (n < 0)
        return sw_error_sys(errno, "sendto");
    p->serv->stats.total_send_bytes += (uint64_t)n;
    return 0;
}

/* ---- input ---------------------------------------------------------------------------------- */

static void deliver(sw_server_t *s, sw_conn_t *c, const char *data, size_t len)
{
    s->stats.request_count++;
    c->last_dispatch_ms = sw_loop_now(s->loop);
    if (s->h.on_receive)
        s->h.on_receive(s, c, data, len);
}

static void protocol_error(sw_server_t *s, sw_conn_t *c, long why, size_t have)
{
    char addr[INET6_ADDRSTRLEN + 8];
    int port;
    sw_sockaddr_text((struct sockaddr *)&c->addr, c->addrlen, addr, sizeof addr, &port);
    if (why == SW_PROTO_TOO_LARGE)
        sw_log(SW_LOG_WARNING, "Server: package is too big (package_max_length=%u, have %zu bytes), "
               "closing session#%lld from %s:%d", c->port->proto.max_length, have,
               (long long)c->session, addr, port);
    else
        sw_log(SW_LOG_WARNING, "Server: malformed package length header, closing session#%lld "
               "from %s:%d", (long long)c->session, addr, port);
    s->stats.abort_count++;
    conn_close(s, c, true);
}

/* Cuts c->in into packets and delivers them; stops at the first close or pause. */
static void dispatch_input(sw_server_t *s, sw_conn_t *c)
{
    const sw_proto_t *pr = &c->port->proto;
    size_t off = 0;

    while (off < c->in_len && !c->closed && !c->closing && !c->paused) {
        char *b = c->in + off;
        size_t n = c->in_len - off;
        long got;
        if (c->port->app) {
            got = c->port->app->on_data(c->port->app_ctx, c, b, n);
            if (got < 0) {
                s->stats.abort_count++;
                c->reset_on_close = true;
                conn_close(s, c, true);
                return;
            }
            if (got == 0 || c->closed)
                break;
            off += (size_t)got;
            continue;
        }
        if (pr->length_check && pr->length_fn) {
            got = pr->length_fn(pr->length_ctx, b, n);
            if (c->closed)
                return;
            if (got < 0)
                got = SW_PROTO_MALFORMED;
            else if (got > 0 && (size_t)got > pr->max_length)
                got = SW_PROTO_TOO_LARGE;
            else if (got == 0 && n >= pr->max_length)
                got = SW_PROTO_TOO_LARGE;
            else if ((size_t)got > n)
                got = 0;   /* the packet is longer than what is here: wait */
        } else if (pr->length_check) {
            got = sw_proto_length_packet(pr, b, n);
        } else if (pr->eof_split) {
            got = sw_proto_eof_packet(pr, b, n, &c->eof_scan);
        } else if (pr->eof_check) {
            got = sw_proto_eof_tail(pr, b, n);
        } else {
            got = (long)n;
        }
        if (got < 0) {
            protocol_error(s, c, got, n);
            return;
        }
        if (got == 0)
            break;
        off += (size_t)got;
        deliver(s, c, b, (size_t)got);
    }
    if (c->closed)
        return;
    if (off) {
        memmove(c->in, c->in + off, c->in_len - off);
        c->in_len -= off;
    }
}

static bool conn_read(sw_server_t *s, sw_conn_t *c)
{
again:
    if (!c->in && s->in_pool_len) {
        c->in = s->in_pool[--s->in_pool_len];
        c->in_cap = SW_SERVER_READ_CHUNK;
    }
    if (c->in_cap - c->in_len < SW_SERVER_READ_CHUNK) {
        size_t cap = c->in_cap ? c->in_cap : SW_SERVER_READ_CHUNK;
        while (cap - c->in_len < SW_SERVER_READ_CHUNK)
            cap *= 2;
        char *in = realloc(c->in, cap);
        if (!in) {
            conn_close(s, c, true);
            return false;
        }
        c->in = in;
        c->in_cap = cap;
    }
    ssize_t n = c->ssl ? sw_conn_ssl_read(c, c->in + c->in_len, SW_SERVER_READ_CHUNK)
                       : recv(c->fd, c->in + c->in_len, SW_SERVER_READ_CHUNK, 0);
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        if (c->ssl_read_wants_write)
            apply_interest(s, c);
        return true;
    }
    if (n <= 0) {
        conn_close(s, c, true);
        return false;
    }
    c->in_len += (size_t)n;
    c->recv_bytes += (uint64_t)n;
    c->last_recv_ms = sw_loop_now(s->loop);
    s->stats.total_recv_bytes += (uint64_t)n;
    c->reading = true;
    dispatch_input(s, c);
    c->reading = false;
    /* an unframed connection never keeps bytes; a framed one keeps at most one partial
     * packet, which dispatch_input has already checked against package_max_length */
    if (!c->closed && c->in_cap > 4 * SW_SERVER_READ_CHUNK && c->in_len < SW_SERVER_READ_CHUNK) {
        char *in = realloc(c->in, SW_SERVER_READ_CHUNK * 2);
        if (in) {
            c->in = in;
            c->in_cap = SW_SERVER_READ_CHUNK * 2;
        }
    }
    if (c->ssl && !c->closed) {
        /* decrypted bytes OpenSSL still holds will not wake the loop: take them now */
        if (!c->closing && !c->paused && sw_conn_ssl_pending(c))
            goto again;
        if (c->ssl_read_wants_write)  /* the last SSL_read left a write to finish */
            apply_interest(s, c);
    }
    return !c->closed;
}

/* ---- output ---------------------------------------------------------------------------------
 * The queue of a connection is the byte buffer out[out_off..out_len) plus a list of files,
 * each placed at a position of the byte stream: file->mem_pos is the number of buffer bytes
 * (counted over the connection's life, out_flushed) that go out before it. So the buffer
 * is written up to the first file, then that file with sendfile(2), then the buffer again.
 * Without files the queue is the plain buffer and costs nothing more than it did. */

struct sw_out_file {
    int fd;
    off_t offset;                /* next byte of the file to send */
    uint64_t remain;
    uint64_t mem_pos;
    struct sw_out_file *next;
};

static size_t out_pending(const sw_conn_t *c) { return c->out_len - c->out_off; }

static bool out_any(const sw_conn_t *c) { return c->out_len > c->out_off || c->files; }

/* Buffer bytes that may be written now: those before the first queued file. */
static size_t out_sendable(const sw_conn_t *c)
{
    return c->files ? (size_t)(c->files->mem_pos - c->out_flushed) : out_pending(c);
}

static void out_files_free(sw_conn_t *c)
{
    while (c->files) {
        struct sw_out_file *f = c->files;
        c->files = f->next;
        close(f->fd);
        free(f);
    }
    c->files_tail = NULL;
}

uint64_t sw_server_queued_bytes(const sw_conn_t *c)
{
    uint64_t n = out_pending(c);
    for (const struct sw_out_file *f = c->files; f; f = f->next)
        n += f->remain;
    return n;
}

static void out_sent(sw_server_t *s, sw_conn_t *c, size_t n)
{
    c->sent_bytes += (uint64_t)n;
    c->last_send_ms = sw_loop_now(s->loop);
    s->stats.total_send_bytes += (uint64_t)n;
}

/* TLS: sendfile(2) would bypass the encryption; read a record's worth and SSL_write it.
 * A write to retry is retried with the same bytes (read again from the same offset). */
static ssize_t conn_ssl_file_chunk(sw_conn_t *c, int fd, off_t *offset, size_t chunk)
{
    char buf[16384];
    ssize_t r = pread(fd, buf, chunk < sizeof buf ? chunk : sizeof buf, *offset);
    if (r <= 0)
        return r;
    ssize_t n = sw_conn_ssl_write(c, buf, (size_t)r);
    if (n > 0)
        *offset += n;
    return n;
}

/* Sends the first queued file: 1 when it is all out (and closed), 0 when the socket is
 * full, -1 when the connection was closed. */
static int conn_flush_file(sw_server_t *s, sw_conn_t *c)
{
    struct sw_out_file *f = c->files;
    while (f->remain) {
        size_t chunk = f->remain > 0x7ffff000u ? 0x7ffff000u : (size_t)f->remain;
        ssize_t n = c->ssl ? conn_ssl_file_chunk(c, f->fd, &f->offset, chunk)
                           : sendfile(c->fd, f->fd, &f->offset, chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return 0;
        if (n <= 0) {
            /* n == 0: the file shrank since it was queued; the peer would wait forever
             * for the bytes it was promised */
            if (n == 0)
                sw_log(SW_LOG_WARNING, "Server: a file queued for session#%lld ended %llu bytes "
                       "early, closing the connection", (long long)c->session,
                       (unsigned long long)f->remain);
            conn_close(s, c, true);
            return -1;
        }
        f->remain -= (uint64_t)n;
        out_sent(s, c, (size_t)n);
    }
    c->files = f->next;
    if (!c->files)
        c->files_tail = NULL;
    close(f->fd);
    free(f);
    return 1;
}

/* A connection that closes after its queue drains sends with MSG_MORE: the last bytes
 * wait in the kernel for the close, whose FIN then leaves in the same packet. Answering
 * "Connection: close" so takes one packet less each way of loopback, a fifth of the
 * server's CPU per request. */
static ssize_t conn_write(sw_conn_t *c, const char *data, size_t len)
{
    if (c->ssl)
        return sw_conn_ssl_write(c, data, len);
    /* send(), not write(): no SIGPIPE from a vanished peer, and no VFS layer on the way */
    if (!c->closing)
        return send(c->fd, data, len, MSG_NOSIGNAL);
    c->corked = true;
    return send(c->fd, data, len, MSG_NOSIGNAL | MSG_MORE);
}

/* Before closing a corked connection: close(2) with unread input resets the connection
 * and drops the bytes held back for the FIN, where an uncorked write would at least have
 * gone out before the reset. Input nobody will read is drained (64 KiB at most, then the
 * held bytes are pushed out first). Usually this is one recv that finds nothing. */
static void conn_uncork(sw_conn_t *c)
{
    char scratch[4096];

    for (int i = 0; i < 16; i++) {
        ssize_t n = recv(c->fd, scratch, sizeof scratch, MSG_DONTWAIT);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
    }
    int one = 1;
    setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

static void conn_flush(sw_server_t *s, sw_conn_t *c)
{
    for (;;) {
        while (out_sendable(c)) {
            ssize_t n = conn_write(c, c->out + c->out_off, out_sendable(c));
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    break;
                conn_close(s, c, true);
                return;
            }
            c->out_off += (size_t)n;
            c->out_flushed += (uint64_t)n;
            out_sent(s, c, (size_t)n);
        }
        if (out_sendable(c) || !c->files)
            break;
        int rc = conn_flush_file(s, c);
        if (rc < 0)
            return;
        if (rc == 0)
            break;
    }
    if (!out_pending(c)) {
        c->out_off = c->out_len = 0;
        if (c->out_cap > 4 * SW_SERVER_READ_CHUNK) {
            free(c->out);
            c->out = NULL;
            c->out_cap = 0;
        }
    }
    if (!out_any(c)) {
        if (c->closing) {
            conn_close(s, c, true);
            return;
        }
        if (c->buffer_full) {
            c->buffer_full = false;
            if (c->port->app && c->port->app->on_drain)
                c->port->app->on_drain(c->port->app_ctx, c);
            if (s->h.on_buffer_empty && !c->closed)
                s->h.on_buffer_empty(s, c);
            if (c->closed)
                return;
        }
    }
    apply_interest(s, c);
}

static int out_append(sw_conn_t *c, const char *data, size_t len)
{
    if (c->out_off && c->out_off == c->out_len)
        c->out_off = c->out_len = 0;
    if (c->out_cap - c->out_len < len) {
        if (c->out_off) {  /* reclaim the flushed prefix first */
            memmove(c->out, c->out + c->out_off, out_pending(c));
            c->out_len -= c->out_off;
            c->out_off = 0;
        }
        size_t cap = c->out_cap ? c->out_cap : 4096;
        while (cap - c->out_len < len)
            cap *= 2;
        char *o = realloc(c->out, cap);
        if (!o)
            return sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        c->out = o;
        c->out_cap = cap;
    }
    memcpy(c->out + c->out_len, data, len);
    c->out_len += len;
    return 0;
}

int sw_server_sendfile_fd(sw_server_t *s, int64_t session, int fd, uint64_t offset,
                          uint64_t length)
{
    struct stat st;
    sw_conn_t *c = conn_lookup(s, session);
    int rc;
    if (!c) {
        rc = -sw_error_code();
        goto fail;
    }
    if (fstat(fd, &st) < 0) {
        rc = sw_error_sys(errno, "fstat");
        goto fail;
    }
    if (!S_ISREG(st.st_mode)) {
        rc = sw_error_set(SW_ERROR_SERVER_IS_NOT_REGULAR_FILE, "not a regular file");
        goto fail;
    }
    if (offset >= (uint64_t)st.st_size) {
        rc = sw_error_set(SW_ERROR_FILE_EMPTY, "nothing to send at offset %llu of a file of "
                          "%lld bytes", (unsigned long long)offset, (long long)st.st_size);
        goto fail;
    }
    if (length == 0)
        length = (uint64_t)st.st_size - offset;
    if (length > (uint64_t)st.st_size - offset) {
        rc = sw_error_set(SW_ERROR_INVALID_PARAMS, "offset %llu + length %llu is past the end of "
                          "a file of %lld bytes", (unsigned long long)offset,
                          (unsigned long long)length, (long long)st.st_size);
        goto fail;
    }
    struct sw_out_file *f = malloc(sizeof *f);
    if (!f) {
        rc = sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        goto fail;
    }
    f->fd = fd;
    f->offset = (off_t)offset;
    f->remain = length;
    f->mem_pos = c->out_flushed + out_pending(c);
    f->next = NULL;
    if (c->files_tail)
        c->files_tail->next = f;
    else
        c->files = f;
    c->files_tail = f;
    apply_interest(s, c);  /* sent from the loop, once the socket is writable */
    return 0;
fail:
    close(fd);
    return rc;
}

int sw_server_sendfile(sw_server_t *s, int64_t session, const char *path, uint64_t offset,
                       uint64_t length)
{
    if (!conn_lookup(s, session))
        return -sw_error_code();
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        return sw_error_set(e, "open(%s) failed: %s", path, strerror(e));
    }
    int rc = sw_server_sendfile_fd(s, session, fd, offset, length);
    if (rc < 0 && rc != -SW_ERROR_MALLOC_FAIL) {  /* name the file in the message */
        char msg[256];
        snprintf(msg, sizeof msg, "%s", sw_error_msg());
        sw_error_set(rc, "%s: %s", path, msg);
    }
    return rc;
}

static int conn_send(sw_server_t *s, sw_conn_t *c, const void *data, size_t len)
{
    int64_t session = c->session;
    if (len == 0)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "data to send is empty");
    if (out_pending(c) + len > s->buffer_output_size)
        return sw_error_set(SW_ERROR_OUTPUT_BUFFER_OVERFLOW,
                            "output buffer of session#%lld is full (buffer_output_size=%zu)",
                            (long long)session, s->buffer_output_size);
    const char *d = data;
    if (!out_any(c)) {  /* nothing queued: try the socket first, queue only the rest */
        ssize_t n = conn_write(c, d, len);
        if (n < 0 && errno != EAGAIN && errno != EINTR) {
            int e = errno;
            conn_close(s, c, true);
            return sw_error_set(SW_ERROR_SESSION_CLOSED, "send to session#%lld failed: %s",
                                (long long)session, strerror(e));
        }
        if (n > 0) {
            c->sent_bytes += (uint64_t)n;
            c->last_send_ms = sw_loop_now(s->loop);
            s->stats.total_send_bytes += (uint64_t)n;
            d += n;
            len -= (size_t)n;
        }
        if (len == 0)
            return 0;
    }
    if (out_append(c, d, len) < 0)
        return -SW_ERROR_MALLOC_FAIL;
    apply_interest(s, c);
    /* high watermark: 4/5 of the limit, so the application hears before sends fail */
    if (!c->buffer_full && out_pending(c) >= s->buffer_output_size / 5 * 4) {
        c->buffer_full = true;
        if (s->h.on_buffer_full)
            s->h.on_buffer_full(s, c);
    }
    return 0;
}

int sw_server_send(sw_server_t *s, int64_t session, const void *data, size_t len)
{
    sw_conn_t *c = conn_lookup(s, session);
    return c ? conn_send(s, c, data, len) : -sw_error_code();
}

/* Closing is set before the write, so that the bytes go out with MSG_MORE. Nothing can
 * be sent after them; the connection is closed by the caller's sw_server_close, when the
 * queue drains, or at the latest at the end of this loop iteration (cycle_cb), so that
 * the held bytes never wait for a close that does not come. */
int sw_server_send_last(sw_server_t *s, int64_t session, const void *data, size_t len)
{
    sw_conn_t *c = conn_lookup(s, session);
    if (!c)
        return -sw_error_code();
    c->closing = true;
    int rc = conn_send(s, c, data, len);
    if (!c->closed) {
        c->close_next = s->closing_list;
        s->closing_list = c;
        apply_interest(s, c);
    }
    return rc;
}

/* ---- events and close ----------------------------------------------------------------------- */

/* TLS states where an event does not mean what it says: the handshake, and OpenSSL
 * needing to write to finish a read (or the reverse). True if the event was consumed. */
static bool conn_ssl_event(sw_server_t *s, sw_conn_t *c, unsigned events)
{
    if (c->handshaking) {
        conn_handshake(s, c);
        return true;
    }
    if (c->ssl_read_wants_write && (events & (SW_EV_WRITE | SW_EV_ERROR))) {
        c->ssl_read_wants_write = false;
        if (!c->paused && !c->closing && !conn_read(s, c))
            return true;
        apply_interest(s, c);
    }
    if (c->ssl_write_wants_read && (events & (SW_EV_READ | SW_EV_ERROR))) {
        c->ssl_write_wants_read = false;
        conn_flush(s, c);
        if (c->closed || c->paused || c->closing)
            return true;  /* the read interest was only for the write */
    }
    return false;
}

static void conn_io_cb(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    sw_conn_t *c = io->data;
    sw_server_t *s = c->port->serv;
    (void)loop;
    if (c->closed)
        return;
    if (c->ssl && conn_ssl_event(s, c, events))
        return;
    if ((events & SW_EV_WRITE) || ((events & SW_EV_ERROR) && out_any(c))) {
        conn_flush(s, c);
        if (c->closed)
            return;
    }
    if ((events & (SW_EV_READ | SW_EV_ERROR)) && !c->paused && !c->closing)
        conn_read(s, c);
}

/* Before close(2): close_notify best-effort (not after a reset or a failed handshake). */
static void conn_ssl_end(sw_server_t *s, sw_conn_t *c)
{
    if (c->handshake_timer) {
        sw_timer_cancel(s->loop, c->handshake_timer);
        c->handshake_timer = NULL;
    }
    sw_conn_ssl_free(c, !c->reset_on_close && !c->handshaking);
}

static void conn_close(sw_server_t *s, sw_conn_t *c, bool notify)
{
    if (c->closed)
        return;
    c->closed = true;
    sw_io_stop_closing(s->loop, &c->io, c->fork_gen);
    if (c->reset_on_close) {
        struct linger lg = {1, 0};
        setsockopt(c->fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    if (c->ssl)
        conn_ssl_end(s, c);
    else if (c->corked && !c->reset_on_close)
        conn_uncork(c);
    close(c->fd);
    out_files_free(c);
    s->stats.close_count++;
    /* a connection that died in its TLS handshake was never announced: no close either */
    if (c->port->app && c->port->app->on_close && !c->handshaking)
        c->port->app->on_close(c->port->app_ctx, c);
    if (notify && s->h.on_close && !c->handshaking)
        s->h.on_close(s, c);
    /* removed after the callback so that it can still read the session's state */
    table_del(s, c);
    c->next = s->zombies;
    s->zombies = c;
}

int sw_server_close(sw_server_t *s, int64_t session, bool reset)
{
    sw_conn_t *c = session > 0 ? sw_idmap_get(&s->sessions, session) : NULL;
    if (c && c->closing && !c->closed && !out_any(c)) {  /* its last bytes are written */
        c->reset_on_close = reset;
        conn_close(s, c, true);
        return 0;
    }
    c = conn_lookup(s, session);
    if (!c)
        return -sw_error_code();
    if (reset || !out_any(c)) {
        c->reset_on_close = reset;
        conn_close(s, c, true);
        return 0;
    }
    c->closing = true;  /* closed by conn_flush once the queue is empty */
    apply_interest(s, c);
    return 0;
}

int sw_server_pause(sw_server_t *s, int64_t session)
{
    sw_conn_t *c = conn_lookup(s, session);
    if (!c)
        return -sw_error_code();
    c->paused = true;
    apply_interest(s, c);
    return 0;
}

static void resume_cb(sw_loop_t *loop, void *arg);

int sw_server_resume(sw_server_t *s, int64_t session)
{
    sw_conn_t *c = conn_lookup(s, session);
    if (!c)
        return -sw_error_code();
    if (!c->paused)
        return 0;
    c->paused = false;
    apply_interest(s, c);
    sw_server_redispatch(s, c);
    return 0;
}

/* Packets already buffered are delivered from the loop, not from inside the caller. */
void sw_server_redispatch(sw_server_t *s, sw_conn_t *c)
{
    if (!c->in_len || c->closed || c->reading)   /* a running dispatch goes on by itself */
        return;
    int64_t *sid = malloc(sizeof *sid * 2);
    if (sid) {
        sid[0] = (int64_t)(intptr_t)s;
        sid[1] = c->session;
        sw_loop_defer(s->loop, resume_cb, sid);
    }
}

static void resume_cb(sw_loop_t *loop, void *arg)
{
    int64_t *sid = arg;
    sw_server_t *s = (sw_server_t *)(intptr_t)sid[0];
    int64_t session = sid[1];
    (void)loop;
    free(sid);
    sw_conn_t *c = s->running ? sw_server_conn(s, session) : NULL;
    if (c && !c->paused && !c->reading) {
        c->reading = true;
        dispatch_input(s, c);
        c->reading = false;
    }
}

/* ---- start / stop / heartbeat --------------------------------------------------------------- */

size_t sw_server_heartbeat(sw_server_t *s, bool close_them, int64_t *idle, size_t idle_cap)
{
    size_t n = 0;
    if (!s->heartbeat_idle_time)
        return 0;
    uint64_t now = sw_loop_now(s->loop);
    uint64_t limit = (uint64_t)s->heartbeat_idle_time * 1000;
    for (sw_conn_t *c = s->head, *next; c; c = next) {
        next = c->next;
        if (c->closed || now - c->last_recv_ms < limit)
            continue;
        if (c->handshaking && !close_them)  /* not a session the application knows yet */
            continue;
        if (n < idle_cap)
            idle[n] = c->session;
        n++;
        if (close_them) {
            /* next may be closed by the on_close callback: restart from the head, the
             * closed connection is out of the list by now */
            conn_close(s, c, true);
            next = s->head;
        }
    }
    return n;
}

static void heartbeat_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    sw_server_t *s = arg;
    (void)t;
    sw_loop_update_time(loop);
    sw_server_heartbeat(s, true, NULL, 0);
}

int sw_server_start(sw_server_t *s, sw_loop_t *loop)
{
    if (s->running)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "server is already running");
    s->loop = loop;
    for (sw_port_t *p = s->ports; p; p = p->next) {
        sw_io_init(&p->io, p->fd, sw_sock_type_is_stream(p->type) ? listen_cb : dgram_cb, p);
        int rc = sw_io_start(loop, &p->io, SW_EV_READ);
        if (rc < 0)
            return rc;
    }
    if (s->cycle_id <= 0)
        s->cycle_id = sw_loop_add_cycle(loop, cycle_cb, s, false);
    if (s->heartbeat_idle_time && !s->heartbeat_check_interval)
        s->heartbeat_check_interval = s->heartbeat_idle_time > 2 ? s->heartbeat_idle_time / 2 : 1;
    if (s->heartbeat_check_interval && !s->heartbeat_idle_time)
        s->heartbeat_idle_time = s->heartbeat_check_interval * 2;
    if (s->heartbeat_check_interval)
        s->heartbeat_timer = sw_timer_add(loop, (uint64_t)s->heartbeat_check_interval * 1000, true,
                                          heartbeat_cb, s);
    s->stats.start_time = (uint64_t)time(NULL);
    s->running = true;
    return 0;
}

void sw_server_stop(sw_server_t *s, bool notify)
{
    if (!s->running)
        return;
    s->running = false;
    for (sw_port_t *p = s->ports; p; p = p->next)
        sw_io_stop(s->loop, &p->io);
    if (s->heartbeat_timer) {
        sw_timer_cancel(s->loop, s->heartbeat_timer);
        s->heartbeat_timer = NULL;
    }
    while (s->head)
        conn_close(s, s->head, notify);
    /* the zombies are not freed here: stop may be called from a callback that still
     * holds one; the cycle callback (or sw_server_free) frees them */
}

size_t sw_server_list(sw_server_t *s, int64_t after, int64_t *out, size_t cap)
{
    size_t n = 0;
    for (sw_conn_t *c = s->head; c && n < cap; c = c->next)
        if (c->session > after && !c->closed && !c->handshaking)
            out[n++] = c->session;
    return n;
}
