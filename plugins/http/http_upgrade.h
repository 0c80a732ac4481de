/* http_upgrade.h — the service the http plugin publishes for protocols that start as an
 * HTTP/1.1 request and then take the connection over (WebSocket): published with
 * api->provide(HTTP_UPGRADE_SERVICE, HTTP_UPGRADE_VERSION, &table) at the http plugin's
 * startup and fetched with api->require() by the other plugin. Plugins never link
 * against each other: this header is the whole contract (tables only grow at their end).
 *
 * Flow: for each complete request of an HTTP connection, http builds $request and, when a
 * handler is set, offers it to handler->on_request first. A handler that answers the
 * request itself (a handshake, or a refusal) returns HTTP_UPGRADE_TAKEN and http forgets
 * the request; after a successful handshake it calls attach(): from then on every byte the
 * connection receives goes to handler->on_data, and its end to handler->on_close.
 * HTTP_UPGRADE_HANDSHAKE lets PHP answer the handshake instead: http emits the handler's
 * handshake_event with ($request, $response), and if that response ends with status 101
 * it calls handler->on_switched, which attaches the connection. */
#ifndef HTTP_UPGRADE_H
#define HTTP_UPGRADE_H

#include <swoole/sdk_php.h>

#define HTTP_UPGRADE_SERVICE "http.upgrade"
#define HTTP_UPGRADE_VERSION 1

enum { HTTP_UPGRADE_PASS = 0, HTTP_UPGRADE_TAKEN = 1, HTTP_UPGRADE_HANDSHAKE = 2 };

typedef struct http_upgrade_handler {
    uint32_t size;   /* sizeof(http_upgrade_handler_t) */
    /* A complete request (Swoole\Http\Request in *request, borrowed): HTTP_UPGRADE_*. */
    int (*on_request)(sw_api_conn_t *c, zval *request);
    /* After attach: input, as the protocol's on_data gets it (consumed bytes, < 0 reset). */
    long (*on_data)(sw_api_conn_t *c, char *data, size_t len, void *ud);
    /* After attach: the connection is gone (readable during the call). */
    void (*on_close)(sw_api_conn_t *c, void *ud);
    /* true: a request nobody handles (no onRequest) gets 400 instead of 500 (Swoole's
     * WebSocket\Server answers plain HTTP requests so when onRequest is not set). */
    bool (*missing_request_is_400)(sw_api_conn_t *c);
    /* The event emitted for HTTP_UPGRADE_HANDSHAKE ("handshake"). */
    const char *handshake_event;
    /* The response to HTTP_UPGRADE_HANDSHAKE's event was sent with status 101. */
    void (*on_switched)(sw_api_conn_t *c);
} http_upgrade_handler_t;

typedef struct http_upgrade_api {
    uint32_t size;   /* sizeof(http_upgrade_api_t) in the http plugin */
    /* Sets the one handler (NULL removes it); the table must outlive the process. */
    void (*set_handler)(const http_upgrade_handler_t *h);
    /* Hands c over to the handler (call it from on_request): ud comes back with its data. */
    void (*attach)(sw_api_conn_t *c, void *ud);
    /* http's own protocol callbacks, for a protocol registered for another server class
     * that speaks HTTP until the upgrade (Swoole\WebSocket\Server's ports). */
    const sw_api_proto_t *proto;
} http_upgrade_api_t;

#endif
