/* sw_server.h — a socket server on a loop: listening ports (TCP v4/v6, UDP v4/v6, Unix
 * stream/dgram), accepted connections addressed by session ids, per-connection input
 * buffers cut into packets by the framing rules (EOF or length header), output queues
 * flushed when the socket is writable, heartbeat. The server owns no process: forking
 * workers is the embedder's job (sw_server_start runs on whatever loop it is given, in the
 * process that calls it).
 *
 * A stream port may speak TLS (sw_port_set_ssl, core/server_ssl.c): its connections run
 * the handshake first and on_connect fires only once it has completed.
 *
 * Callbacks may call back into the server (send, close, pause...) for any connection,
 * the current one included; a connection closed inside a callback stays allocated until
 * the end of the loop iteration, so the pointer the callback got remains readable. */
#ifndef SW_SERVER_H
#define SW_SERVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/types.h>

#include "sw_idmap.h"
#include "sw_loop.h"
#include "sw_timer.h"

/* Socket types: the values of Swoole's SWOOLE_SOCK_* constants. */
enum sw_sock_type {
    SW_SOCK_TCP = 1,
    SW_SOCK_UDP = 2,
    SW_SOCK_TCP6 = 3,
    SW_SOCK_UDP6 = 4,
    SW_SOCK_UNIX_STREAM = 5,
    SW_SOCK_UNIX_DGRAM = 6,
};

/* ---- framing: pure functions over a byte buffer ------------------------------------------- */

typedef struct sw_proto {
    bool eof_check;         /* a packet ends with `eof` (deliver everything up to the last one) */
    bool eof_split;         /* ... and split at every `eof` (one packet per callback) */
    char eof[8];
    uint8_t eof_len;
    bool length_check;      /* a header holds the length of the body */
    char length_type;       /* pack() code: c C s S n v l L N V q Q J P */
    uint8_t length_size;    /* derived from length_type by sw_proto_set_length_type */
    uint32_t length_offset; /* where the length field starts */
    uint32_t body_offset;   /* packet size = body_offset + the length value */
    uint32_t max_length;    /* package_max_length: larger packets close the connection */
    /* With length_check, a function of the embedder's instead of the header fields
     * (package_length_func): > 0 the packet's whole length, 0 need more bytes, < 0 bad
     * input (the connection closes). */
    long (*length_fn)(void *ctx, const char *buf, size_t len);
    void *length_ctx;
} sw_proto_t;

#define SW_PROTO_DEFAULT_MAX_LENGTH (2u * 1024 * 1024)

enum {
    SW_PROTO_NEED_MORE = 0,
    SW_PROTO_TOO_LARGE = -1, /* the packet would exceed max_length */
    SW_PROTO_MALFORMED = -2, /* a negative length, or one shorter than its own header */
};

void sw_proto_init(sw_proto_t *p);
/* Size of a length field of this pack() code, 0 if the code is not supported. */
int sw_proto_length_size(char type);
/* Sets length_type and length_size; -SW_ERROR_INVALID_PARAMS for an unknown code. */
int sw_proto_set_length_type(sw_proto_t *p, char type);
/* Sets the EOF marker (1..8 bytes). */
int sw_proto_set_eof(sw_proto_t *p, const char *eof, size_t len);
/* Reads the length field at buf (length_size bytes available) as a signed 64-bit value. */
int64_t sw_proto_read_length(char type, const unsigned char *buf);
/* Length framing: the size of the first complete packet of buf[0..len), or NEED_MORE
 * (0), or TOO_LARGE / MALFORMED (negative). */
long sw_proto_length_packet(const sw_proto_t *p, const void *buf, size_t len);
/* EOF framing: the size of the first packet (through its EOF), NEED_MORE or TOO_LARGE.
 * *scan is where the search resumes (bytes before it are known to hold no EOF); it is
 * updated so repeated calls on a growing buffer stay linear. */
long sw_proto_eof_packet(const sw_proto_t *p, const void *buf, size_t len, size_t *scan);
/* open_eof_check without split: the size of the prefix ending with the last EOF when
 * the buffer ends with one, else NEED_MORE / TOO_LARGE. */
long sw_proto_eof_tail(const sw_proto_t *p, const void *buf, size_t len);

/* ---- server --------------------------------------------------------------------------------- */

#define SW_SERVER_IN_POOL 32

typedef struct sw_server sw_server_t;
typedef struct sw_port sw_port_t;
typedef struct sw_conn sw_conn_t;
typedef struct sw_port_ssl sw_port_ssl_t;  /* opaque: the port's SSL_CTX and ALPN list */

/* An application protocol a port speaks instead of raw/framed packets (HTTP...): it sees
 * every connection's input as it arrives and says how much of it it consumed; what it
 * leaves stays at the front of the buffer for the next call. ctx is the port's app_ctx.
 * on_data returns the bytes consumed (0..len) or < 0 to close the connection (reset). */
typedef struct sw_port_app {
    void (*on_connect)(void *ctx, sw_conn_t *c);
    long (*on_data)(void *ctx, sw_conn_t *c, char *data, size_t len);
    void (*on_close)(void *ctx, sw_conn_t *c);
    void (*on_drain)(void *ctx, sw_conn_t *c);   /* a full output queue emptied */
} sw_port_app_t;

struct sw_port {
    sw_server_t *serv;
    int type;                    /* enum sw_sock_type */
    int fd;
    char host[108];              /* address or Unix path as given */
    int port;                    /* the bound port (read back when 0 was asked) */
    sw_io_t io;
    sw_proto_t proto;
    int backlog;
    bool tcp_nodelay;
    bool tcp_keepalive;          /* SO_KEEPALIVE on accepted connections, with: */
    int keepidle, keepinterval, keepcount;  /* 0: the system's value */
    int socket_buffer_size;      /* SO_SNDBUF/SO_RCVBUF of accepted connections, 0: default */
    const sw_port_app_t *app;    /* NULL: packets go to on_receive */
    void *app_ctx;
    void *app_data;              /* the application protocol's per-port state */
    sw_port_ssl_t *ssl;          /* TLS when set (sw_port_set_ssl) */
    void *data;                  /* for the embedder */
    sw_port_t *next;
};

struct sw_conn {
    int64_t session;             /* the $fd of the PHP API: unique for the server's life */
    int fd;
    sw_port_t *port;
    sw_io_t io;
    struct sockaddr_storage addr;
    socklen_t addrlen;
    char *in;                    /* received bytes not yet delivered */
    size_t in_len, in_cap, eof_scan;
    char *out;                   /* queued output: out[out_off..out_len) */
    size_t out_len, out_off, out_cap;
    uint64_t out_flushed;        /* bytes of `out` written so far, over the connection's life */
    struct sw_out_file *files, *files_tail;  /* queued files, in order with `out` */
    uint64_t connect_time;       /* unix seconds */
    uint64_t last_recv_ms, last_send_ms, last_dispatch_ms;  /* loop clock */
    uint64_t recv_bytes, sent_bytes;
    bool paused, closing, closed, reset_on_close, buffer_full, reading;
    bool corked;                 /* written with MSG_MORE: its close pushes the bytes */
    /* TLS (only on a port with ssl): the SSL object, the handshake state and the
     * direction OpenSSL waits for when it needs the other one (renegotiation, key
     * update); alpn points into the port's list */
    bool handshaking, ssl_read_wants_write, ssl_write_wants_read;
    void *ssl;
    sw_timer_t *handshake_timer;
    const char *alpn;
    sw_conn_t *prev, *next;      /* the live list, in session order */
    sw_conn_t *close_next;       /* the server's closing_list (sw_server_send_last) */
    void *data;
    void *app_data;              /* the port's application protocol's state */
    unsigned long fork_gen;      /* sw_fork_generation() at accept */
};

typedef struct {
    void (*on_connect)(sw_server_t *s, sw_conn_t *c);
    void (*on_receive)(sw_server_t *s, sw_conn_t *c, const char *data, size_t len);
    void (*on_packet)(sw_server_t *s, sw_port_t *p, const char *data, size_t len,
                      const struct sockaddr *from, socklen_t fromlen);
    void (*on_close)(sw_server_t *s, sw_conn_t *c);
    void (*on_buffer_full)(sw_server_t *s, sw_conn_t *c);
    void (*on_buffer_empty)(sw_server_t *s, sw_conn_t *c);
} sw_server_handlers_t;

typedef struct {
    uint64_t start_time;
    uint64_t accept_count, close_count, request_count, packet_count;
    uint64_t total_recv_bytes, total_send_bytes, abort_count;
} sw_server_stats_t;

struct sw_server {
    sw_loop_t *loop;             /* set by sw_server_start */
    sw_port_t *ports;            /* first added first */
    size_t port_count;
    sw_conn_t **by_fd;           /* fd → live connection */
    size_t by_fd_cap;
    sw_idmap_t sessions;         /* session → live connection */
    sw_conn_t *head, *tail;      /* live connections, oldest first */
    sw_conn_t *zombies;          /* closed, freed at the end of the iteration */
    char *in_pool[SW_SERVER_IN_POOL];  /* input buffers kept for the next connections */
    size_t in_pool_len;
    sw_conn_t *conn_pool;        /* freed connection structs kept for reuse (via next) */
    sw_conn_t *closing_list;     /* sent their last bytes this iteration, close pending */
    size_t conn_pool_len;
    int64_t next_session;
    size_t conn_count;
    size_t max_conn;             /* 0: no limit of our own */
    size_t buffer_output_size;
    uint32_t heartbeat_check_interval, heartbeat_idle_time;  /* seconds */
    sw_timer_t *heartbeat_timer;
    long cycle_id;
    bool running;
    sw_server_stats_t stats;
    sw_server_handlers_t h;
    void *data;
};

sw_server_t *sw_server_new(void);
/* Stops if running (closing connections without callbacks) and frees everything. */
void sw_server_free(sw_server_t *s);

/* Creates, binds and (for streams) listens. host is an address, or a path for Unix types.
 * port 0 binds an ephemeral port, read back into p->port. NULL with the last error set. */
sw_port_t *sw_server_add_port(sw_server_t *s, int type, const char *host, int port,
                              int backlog);
bool sw_sock_type_is_stream(int type);
bool sw_sock_type_is_valid(int type);

/* Changes the backlog of a listening stream port (listen() again). */
int sw_port_set_backlog(sw_port_t *p, int backlog);
/* enable_reuse_port: replaces a TCP port's socket with a new one bound to the same address
 * with SO_REUSEPORT, so that each worker process can bind its own and the kernel spreads
 * connections across them. 0 or a negative code (the port has no socket then). Other
 * types: nothing to do. */
int sw_port_reuse_port(sw_port_t *p);
/* Closes the port's socket (a manager's copy, once every worker has its own). */
void sw_port_close(sw_port_t *p);

/* Watches the ports on loop and starts the heartbeat timer. */
int sw_server_start(sw_server_t *s, sw_loop_t *loop);
/* Stops accepting and closes every connection (on_close is called when `notify`). */
void sw_server_stop(sw_server_t *s, bool notify);

sw_conn_t *sw_server_conn(sw_server_t *s, int64_t session);  /* live and not closing */
int sw_server_send(sw_server_t *s, int64_t session, const void *data, size_t len);
/* Sends the connection's last bytes: nothing can be sent after them, and the connection
 * closes once they are written — at the caller's sw_server_close, when the queue drains,
 * or at the end of the loop iteration at the latest. Bytes and FIN leave together. */
int sw_server_send_last(sw_server_t *s, int64_t session, const void *data, size_t len);
/* Queues length bytes of a file from offset (length 0: to the end of the file) behind
 * whatever is queued already; the bytes go out with sendfile(2), never through memory,
 * when the socket is writable, and the file stays open until they have (or until the
 * connection closes). Not bound by buffer_output_size. Errors (nothing queued, the last
 * error set): the session's (SESSION_NOT_EXIST...), an open()/fstat() errno (-ENOENT...),
 * -SW_ERROR_SERVER_IS_NOT_REGULAR_FILE for a directory or device, -SW_ERROR_FILE_EMPTY
 * when nothing is left to send at offset, -SW_ERROR_INVALID_PARAMS when offset + length
 * goes past the end of the file. */
int sw_server_sendfile(sw_server_t *s, int64_t session, const char *path, uint64_t offset,
                       uint64_t length);
/* The same with a file already open (e.g. after an fstat of one's own): the server takes
 * fd over and closes it in every case, failure included. */
int sw_server_sendfile_fd(sw_server_t *s, int64_t session, int fd, uint64_t offset,
                          uint64_t length);
/* Bytes queued on a live connection, files included. */
uint64_t sw_server_queued_bytes(const sw_conn_t *c);
int sw_server_sendto(sw_port_t *p, const struct sockaddr *to, socklen_t tolen,
                     const void *data, size_t len);
/* Closes now (reset: RST through SO_LINGER 0, queued output dropped) or after the
 * queued output is flushed. on_close runs when the socket is actually closed. */
int sw_server_close(sw_server_t *s, int64_t session, bool reset);
int sw_server_pause(sw_server_t *s, int64_t session);
int sw_server_resume(sw_server_t *s, int64_t session);
/* Delivers the input a connection already holds again, from the loop (an application
 * protocol that left bytes unconsumed while busy calls it once it can take them). */
void sw_server_redispatch(sw_server_t *s, sw_conn_t *c);
/* Closes (if close_them) and counts connections idle longer than heartbeat_idle_time. */
size_t sw_server_heartbeat(sw_server_t *s, bool close_them, int64_t *idle, size_t idle_cap);
/* Live connections with session > after, oldest first, at most cap. */
size_t sw_server_list(sw_server_t *s, int64_t after, int64_t *out, size_t cap);

/* ---- TLS (core/server_ssl.c) ---------------------------------------------------------------- */

/* Protocol versions of the ssl_protocols setting: Swoole's SW_SSL_* bits. */
enum {
    SW_SSL_SSLv2 = 1u << 1,
    SW_SSL_SSLv3 = 1u << 2,
    SW_SSL_TLSv1 = 1u << 3,
    SW_SSL_TLSv1_1 = 1u << 4,
    SW_SSL_TLSv1_2 = 1u << 5,
    SW_SSL_TLSv1_3 = 1u << 6,
};

/* The handshake of an accepted connection must complete within this (heartbeat, when
 * set, applies too): a peer that connects and says nothing costs a slot only so long. */
#define SW_SSL_HANDSHAKE_TIMEOUT_MS 30000

typedef struct {
    const char *cert_file;       /* PEM certificate (chain), required */
    const char *key_file;        /* PEM private key, required */
    const char *ciphers;         /* OpenSSL cipher list for TLS <= 1.2, NULL: OpenSSL's */
    unsigned protocols;          /* SW_SSL_* bits, 0: TLSv1.2 and TLSv1.3 */
    bool verify_peer;            /* require a client certificate signed by client_ca_file */
    const char *client_ca_file;  /* PEM CA(s) for verify_peer (also sent as acceptable CAs) */
    int verify_depth;            /* chain depth limit, 0: OpenSSL's default */
    bool prefer_server_ciphers;
    const char *alpn;            /* "h2,http/1.1": protocols offered, server's order first */
    uint32_t handshake_timeout_ms;  /* 0: SW_SSL_HANDSHAKE_TIMEOUT_MS */
} sw_ssl_opts_t;

/* Makes a stream port speak TLS (replacing earlier settings); only before sw_server_start
 * (-SW_ERROR_WRONG_OPERATION after). 0, or -SW_ERROR_INVALID_PARAMS with a message naming what failed
 * (a missing or unreadable certificate or key, a key that does not match, a bad cipher
 * list, ALPN list or protocol set). */
int sw_port_set_ssl(sw_port_t *p, const sw_ssl_opts_t *o);
/* The ALPN protocol negotiated on a TLS connection, NULL if none. */
const char *sw_conn_alpn(const sw_conn_t *c);
/* The client's certificate as PEM (malloc'd into *pem) after a verified handshake:
 * 0, or a negative code when there is none. */
int sw_conn_ssl_peer_cert(const sw_conn_t *c, char **pem);

/* "a.b.c.d" / IPv6 text / Unix path, and the port (0 for Unix). */
void sw_sockaddr_text(const struct sockaddr *a, socklen_t len, char *buf, size_t cap, int *port);
/* Fills a sockaddr for a socket type from host/port; -SW_ERROR_INVALID_PARAMS if it cannot. */
int sw_sockaddr_make(int type, const char *host, int port, struct sockaddr_storage *ss,
                     socklen_t *len);

#endif
