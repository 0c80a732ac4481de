/* server_ssl.h — private interface between the server (server.c) and its TLS layer
 * (server_ssl.c). The read/write functions behave like read(2)/write(2) so that the
 * server's buffering stays the same for both: -1 with errno EAGAIN means "try again on
 * the next event" (ssl_read_wants_write / ssl_write_wants_read tell which event when
 * OpenSSL needs the other direction). */
#ifndef SW_SERVER_SSL_H
#define SW_SERVER_SSL_H

#include <stdbool.h>
#include <sys/types.h>

#include "sw_server.h"

/* Creates the SSL object of an accepted connection on a TLS port. 0 or -1 (logged). */
int sw_conn_ssl_init(sw_conn_t *c);
/* Advances the handshake: 1 done (c->alpn set), 0 in progress (*events: what to wait
 * for), -1 failed (logged: a NOTICE for a client that does not speak TLS properly, a
 * DEBUG line for one that just went away). */
int sw_conn_ssl_handshake(sw_conn_t *c, unsigned *events);
/* Decrypted bytes into buf: > 0, 0 at the end of the stream (close_notify or EOF), -1
 * with errno (EAGAIN: nothing yet). Reads records until buf is full or the socket is dry. */
ssize_t sw_conn_ssl_read(sw_conn_t *c, char *buf, size_t len);
/* Bytes taken from buf (> 0), or -1 with errno (EAGAIN: retry with the same bytes). */
ssize_t sw_conn_ssl_write(sw_conn_t *c, const char *buf, size_t len);
/* True when the next read has something without waiting for the socket: decrypted
 * bytes OpenSSL holds, or the peer's close_notify. */
bool sw_conn_ssl_pending(const sw_conn_t *c);
/* Frees the SSL object; sends close_notify first (without waiting) when `notify`. */
void sw_conn_ssl_free(sw_conn_t *c, bool notify);
/* Handshake time limit of the port, in ms. */
uint32_t sw_port_ssl_handshake_timeout(const sw_port_t *p);
void sw_port_ssl_free(sw_port_t *p);

#endif
