/* sw_socket.h — the coroutine socket: a non-blocking fd (TCP, UDP, Unix stream or
 * datagram), optionally TLS (OpenSSL), whose calls suspend the calling coroutine until the
 * fd is ready, the call's deadline passes, the wait is canceled or the socket is closed.
 *
 * Waiting: one coroutine may wait to read and one to write at the same time (one loop
 * watcher carries both interests); a second reader or writer gets
 * -SW_ERROR_CO_HAS_BEEN_BOUND at once instead of stealing the first one's wakeup.
 * Timeouts are in milliseconds, < 0 for none, and bound the whole call (all the retries
 * of a connect over several addresses, a whole send_all). A timed-out wait returns
 * -SW_ERROR_CO_TIMEDOUT; a canceled one (sw_coro_cancel, sw_socket_cancel) returns
 * -SW_ERROR_CO_CANCELED; one ended by sw_socket_close from another coroutine returns
 * -EBADF. Names are resolved on the worker pool (sw_async.h), never blocking the loop;
 * numeric addresses skip the pool. All calls but the non-waiting ones need a coroutine
 * (-SW_ERROR_CO_OUT_OF_COROUTINE otherwise). Errors: negative codes, message in
 * sw_error_msg(). */
#ifndef SW_SOCKET_H
#define SW_SOCKET_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>

typedef struct sw_socket sw_socket_t;

/* TLS failures (the numbers of the SDK's SW_SDK_E_SSL_*). */
enum {
    SW_SOCKET_E_SSL_VERIFY_FAILED = 1014,   /* the peer's certificate was refused */
    SW_SOCKET_E_SSL_RESET = 1017,           /* a TLS error on an established connection */
    SW_SOCKET_E_SSL_HANDSHAKE_FAILED = 1018,
};

/* TLS settings. Client: verify_peer checks the chain against ca_file/ca_path (the system
 * store if neither) and, when server_name is set, the host name; allow_self_signed accepts
 * a self-signed peer even with verify_peer. server_name is also sent as SNI. alpn is a
 * comma-separated list ("h2,http/1.1"). Server: cert_file and key_file are required. */
typedef struct {
    bool server;
    bool verify_peer;
    bool allow_self_signed;
    const char *ca_file;
    const char *ca_path;
    const char *server_name;
    const char *alpn;
    const char *cert_file;
    const char *key_file;
} sw_tls_opts_t;

enum { SW_SOCKET_SHUT_RD = 0, SW_SOCKET_SHUT_WR = 1, SW_SOCKET_SHUT_RDWR = 2 };

/* A new socket (socket(2) with the fd non-blocking and close-on-exec), or NULL. */
sw_socket_t *sw_socket_new(int domain, int type, int protocol);
/* Wraps an fd (made non-blocking); the socket owns it from now on. NULL if it is bad. */
sw_socket_t *sw_socket_from_fd(int fd);
/* Resolves host and connects a new TCP socket, trying every address in turn within the
 * one deadline (a refused address lets the next one try; a timeout is final). */
sw_socket_t *sw_socket_dial(const char *host, int port, long timeout_ms);
/* Closes (if not yet) and frees. Must not be called while a coroutine waits on it. */
void sw_socket_free(sw_socket_t *s);

int sw_socket_fd(const sw_socket_t *s);      /* -1 once closed */
int sw_socket_domain(const sw_socket_t *s);
int sw_socket_type(const sw_socket_t *s);
int sw_socket_protocol(const sw_socket_t *s);
bool sw_socket_is_closed(const sw_socket_t *s);
bool sw_socket_has_tls(const sw_socket_t *s);
const char *sw_socket_alpn(const sw_socket_t *s);   /* negotiated, NULL if none */

/* Resolves host for the family (AF_UNSPEC for any) and socket type on the worker pool.
 * Returns 0 with *out (free with freeaddrinfo), or -SW_ERROR_DNSLOOKUP_RESOLVE_FAILED,
 * -SW_ERROR_CO_TIMEDOUT, -SW_ERROR_CO_CANCELED. */
struct addrinfo;
int sw_socket_resolve(const char *host, int port, int family, int socktype,
                      struct addrinfo **out, long timeout_ms);
/* Fills *addr for host:port in the socket's domain (a path for AF_UNIX). */
int sw_socket_make_addr(sw_socket_t *s, const char *host, int port,
                        struct sockaddr_storage *addr, socklen_t *len, long timeout_ms);

int sw_socket_bind(sw_socket_t *s, const char *host, int port);
int sw_socket_listen(sw_socket_t *s, int backlog);
/* A new connected socket, or NULL. */
sw_socket_t *sw_socket_accept(sw_socket_t *s, long timeout_ms);
int sw_socket_connect(sw_socket_t *s, const char *host, int port, long timeout_ms);

/* One read: bytes (> 0), 0 at the end of the stream, or a negative code. */
long sw_socket_recv(sw_socket_t *s, void *buf, size_t len, long timeout_ms);
/* Reads until len bytes or the end of the stream: the count (short only at the end), or
 * a negative code if nothing was read. */
long sw_socket_recv_all(sw_socket_t *s, void *buf, size_t len, long timeout_ms);
/* What is already there, without consuming it and without waiting (-EAGAIN if nothing). */
long sw_socket_peek(sw_socket_t *s, void *buf, size_t len);
/* One write once writable: bytes written, or a negative code. */
long sw_socket_send(sw_socket_t *s, const void *buf, size_t len, long timeout_ms);
/* Writes everything: len, or the bytes written before the error if any, else the code. */
long sw_socket_send_all(sw_socket_t *s, const void *buf, size_t len, long timeout_ms);
/* Sends length bytes of the file at path from offset (length 0: to its end) with
 * sendfile(2), or read + write under TLS: the bytes sent, or a negative code. */
long sw_socket_send_file(sw_socket_t *s, const char *path, long offset, long length,
                         long timeout_ms);
/* Datagrams. */
long sw_socket_recvfrom(sw_socket_t *s, void *buf, size_t len, struct sockaddr_storage *from,
                        socklen_t *fromlen, long timeout_ms);
long sw_socket_sendto(sw_socket_t *s, const char *host, int port, const void *buf, size_t len,
                      long timeout_ms);

/* TLS handshake on a connected stream socket (client or server per opts). */
int sw_socket_tls_handshake(sw_socket_t *s, const sw_tls_opts_t *opts, long timeout_ms);
/* The peer's certificate as PEM (malloc'd, *out), 0 or a negative code. */
int sw_socket_tls_peer_cert(sw_socket_t *s, char **out);
/* Checks the peer's certificate chain after the handshake (allow_self_signed: accept a
 * self-signed one). 0 or -SW_SOCKET_E_SSL_VERIFY_FAILED. */
int sw_socket_tls_verify(sw_socket_t *s, bool allow_self_signed);

int sw_socket_shutdown(sw_socket_t *s, int how);
/* Ends the waits on the socket (SW_EV_READ and/or SW_EV_WRITE) with -SW_ERROR_CO_CANCELED.
 * Returns how many were waiting. */
int sw_socket_cancel(sw_socket_t *s, unsigned events);
/* Closes the fd (TLS close_notify sent without waiting); coroutines waiting on it are
 * woken with -EBADF. Later calls fail with -EBADF. */
int sw_socket_close(sw_socket_t *s);
/* True if the peer has not closed the connection (looks without consuming). */
bool sw_socket_check_liveness(sw_socket_t *s);
/* True while a coroutine waits to read / write. */
bool sw_socket_reading(const sw_socket_t *s);
bool sw_socket_writing(const sw_socket_t *s);
/* Id of the coroutine waiting for events (SW_EV_READ or SW_EV_WRITE), 0 if none. */
long long sw_socket_bound_cid(const sw_socket_t *s, unsigned events);

#endif
