/* plugin_socket.c — the SDK's coroutine socket (sw_api_socket_t): the core's sw_socket
 * (core/socket.c) behind the SDK's calls, with the SDK's error contract kept: a second
 * concurrent waiter gets -EEXIST and a failed lookup -711 (Swoole's number for it). */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stddef.h>

#include "php_swoole.h"
#include "sw_socket.h"
#include "swoole/sdk_php.h"

/* The SDK handle is the core socket itself. */
#define CORE(s) ((sw_socket_t *)(s))

/* Maps the core's codes the SDK documents differently (the message is kept). */
static long sdk_code(long rc)
{
    if (rc == -SW_ERROR_CO_HAS_BEEN_BOUND) {
        sw_error_set(EEXIST, "%s", sw_error_msg());
        return -EEXIST;
    }
    if (rc == -SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT) {   /* the SDK has one code for both */
        sw_error_set(SW_ERROR_DNSLOOKUP_RESOLVE_FAILED, "%s", sw_error_msg());
        return -SW_ERROR_DNSLOOKUP_RESOLVE_FAILED;
    }
    return rc;
}

sw_api_socket_t *php_sw_socket_connect(const char *host, int port, long timeout_ms)
{
    sw_socket_t *s = sw_socket_dial(host, port, timeout_ms);
    if (!s)
        sdk_code(-sw_error_code());
    return (sw_api_socket_t *)s;
}

sw_api_socket_t *php_sw_socket_from_fd(int fd)
{
    return (sw_api_socket_t *)sw_socket_from_fd(fd);
}

int php_sw_socket_fd(const sw_api_socket_t *s) { return sw_socket_fd(CORE(s)); }

const char *php_sw_socket_alpn(const sw_api_socket_t *s) { return sw_socket_alpn(CORE(s)); }

int php_sw_socket_enable_tls(sw_api_socket_t *s, const sw_api_tls_t *tls, long timeout_ms)
{
    sw_tls_opts_t o = {0};
    if (!s)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "socket_enable_tls: no socket");
    if (tls && tls->size < offsetof(sw_api_tls_t, alpn) + sizeof tls->alpn)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "socket_enable_tls: set tls.size");
    if (tls) {
        o.verify_peer = tls->verify_peer;
        o.server_name = tls->server_name;
        o.ca_file = tls->ca_file;
        o.alpn = tls->alpn;
    }
    return (int)sdk_code(sw_socket_tls_handshake(CORE(s), &o, timeout_ms));
}

long php_sw_socket_read(sw_api_socket_t *s, void *buf, size_t len, long timeout_ms)
{
    if (!sw_coro_current())
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "socket_read must be called in a coroutine");
    if (!s)
        return sw_error_sys(EBADF, "socket_read");
    return sdk_code(sw_socket_recv(CORE(s), buf, len, timeout_ms));
}

long php_sw_socket_write(sw_api_socket_t *s, const void *buf, size_t len, long timeout_ms)
{
    if (!sw_coro_current())
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "socket_write must be called in a coroutine");
    if (!s)
        return sw_error_sys(EBADF, "socket_write");
    return sdk_code(sw_socket_send_all(CORE(s), buf, len, timeout_ms));
}

void php_sw_socket_close(sw_api_socket_t *s) { sw_socket_free(CORE(s)); }
