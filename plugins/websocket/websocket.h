/* websocket.h — what the files of the websocket plugin share. */
#ifndef WEBSOCKET_PLUGIN_H
#define WEBSOCKET_PLUGIN_H

#include <swoole/sdk_php.h>

#include "zend_smart_str.h"

#include "frame.h"
#include "http_upgrade.h"

#define WS_PLUGIN_VERSION "0.1.0"

enum { WS_STATUS_CONNECTION = 1, WS_STATUS_HANDSHAKE = 2, WS_STATUS_ACTIVE = 3,
       WS_STATUS_CLOSING = 4 };

/* One upgraded connection. */
typedef struct ws_conn {
    int64_t session;
    zend_object *server;        /* borrowed: the server outlives its connections */
    ws_reader_t rd;             /* the frames of its input (frame.c) */
    bool closing;               /* closing after a close handshake or an error: no more
                                 * pushes, input dropped */
    bool close_sent;            /* a close frame went out (push of a CloseFrame: Swoole
                                 * keeps the connection open until the peer answers) */
    bool in_data, gone;         /* on_close during on_data: on_data frees it */
    bool open_close_frame, open_ping_frame, open_pong_frame;
    bool deflate;               /* permessage-deflate was negotiated (deflate.c) */
    smart_str msg;              /* a fragmented message being reassembled */
} ws_conn_t;

extern zend_class_entry *ws_server_ce, *ws_frame_ce, *ws_close_frame_ce;
extern const http_upgrade_api_t *ws_http;
extern int ws_ev_open, ws_ev_message;

/* conn.c */
extern const http_upgrade_handler_t ws_upgrade_handler;
/* The established connection `fd` of this process, or NULL. */
ws_conn_t *ws_conn_find(int64_t session);
void ws_conns_release(void);
/* A frame (header + payload) as a new string. */
zend_string *ws_pack(uint8_t opcode, uint8_t flags, const char *data, size_t len);
/* A close frame's payload: code (network order) and reason, cut to 123 bytes. */
zend_string *ws_close_payload(zend_long code, const char *reason, size_t len);

/* deflate.c: permessage-deflate without context takeover */
/* True if a Sec-WebSocket-Extensions value offers permessage-deflate we can accept. */
bool ws_deflate_offer(const char *ext, size_t len);
#define WS_DEFLATE_ANSWER "permessage-deflate; server_no_context_takeover; client_no_context_takeover"
/* One message compressed (NULL on failure). */
zend_string *ws_deflate(const char *data, size_t len);
/* One message inflated into *out (at most max bytes): 0, or the close code to fail with. */
int ws_inflate(const char *data, size_t len, uint64_t max, zend_string **out);
void ws_deflate_shutdown(void);

#endif
