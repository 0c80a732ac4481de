/* plugin.c — the websocket plugin: Swoole\WebSocket\Server (a Swoole\Http\Server whose
 * requests may upgrade) and its methods, Frame and CloseFrame, the WEBSOCKET_* constants,
 * and the "websocket" server protocol: http's own callbacks (fetched through the
 * http.upgrade service) registered for Swoole\WebSocket\Server with the events
 * message/open/handshake, so that onMessage is the required callback instead of
 * onRequest. The upgrade itself and the frames are in conn.c, the codec in frame.c. */
#include <openssl/rand.h>

#include "websocket.h"
#include "ext/standard/info.h"

#include "websocket_arginfo.h"

zend_class_entry *ws_server_ce, *ws_frame_ce, *ws_close_frame_ce;
const http_upgrade_api_t *ws_http;
int ws_ev_open = -1, ws_ev_message = -1;

/* ---- frames as PHP values ------------------------------------------------------------------ */

/* The payload, opcode and flags of push()/pack()'s $data: a string with the given opcode
 * and flags, or a Frame's own (a CloseFrame's payload is its code and reason). */
static zend_string *frame_args(zend_object *o, zend_string *str, zend_long *opcode,
                               zend_long *flags)
{
    if (!o)
        return zend_string_copy(str);
    zval rv, *v;
    v = zend_read_property(ws_frame_ce, o, ZEND_STRL("opcode"), 1, &rv);
    *opcode = zval_get_long(v);
    v = zend_read_property(ws_frame_ce, o, ZEND_STRL("flags"), 1, &rv);
    *flags = zval_get_long(v);
    v = zend_read_property(ws_frame_ce, o, ZEND_STRL("finish"), 1, &rv);
    if (zend_is_true(v))
        *flags |= WS_FLAG_FIN;
    else
        *flags &= ~(zend_long)WS_FLAG_FIN;
    if (instanceof_function(o->ce, ws_close_frame_ce)) {
        zval rv2, *code = zend_read_property(ws_close_frame_ce, o, ZEND_STRL("code"), 1, &rv);
        zval *reason = zend_read_property(ws_close_frame_ce, o, ZEND_STRL("reason"), 1, &rv2);
        zend_string *r = zval_get_string(reason);
        zend_string *p = ws_close_payload(zval_get_long(code), ZSTR_VAL(r), ZSTR_LEN(r));
        zend_string_release(r);
        *opcode = WS_OP_CLOSE;
        return p;
    }
    v = zend_read_property(ws_frame_ce, o, ZEND_STRL("data"), 1, &rv);
    return zval_get_string(v);
}

static bool opcode_ok(zend_long op)
{
    return op == WS_OP_CONT || op == WS_OP_TEXT || op == WS_OP_BINARY || op == WS_OP_CLOSE ||
           op == WS_OP_PING || op == WS_OP_PONG;
}

/* A frame as Swoole's pack() makes it: unmasked unless flags has SWOOLE_WEBSOCKET_FLAG_MASK
 * (then with a random mask, as a client sends it). */
static zend_string *pack_frame(zend_long opcode, zend_long flags, zend_string *payload)
{
    if (!(flags & WS_FLAG_MASK))
        return ws_pack((uint8_t)opcode, (uint8_t)flags, ZSTR_VAL(payload), ZSTR_LEN(payload));
    uint8_t mask[4], h[14];
    if (RAND_bytes(mask, 4) != 1)
        memset(mask, 0x5A, 4);
    size_t len = ZSTR_LEN(payload);
    size_t hl = ws_frame_header(h, (uint8_t)opcode, (uint8_t)flags, len, mask);
    zend_string *s = zend_string_alloc(hl + len, 0);
    memcpy(ZSTR_VAL(s), h, hl);
    memcpy(ZSTR_VAL(s) + hl, ZSTR_VAL(payload), len);
    ws_unmask((uint8_t *)ZSTR_VAL(s) + hl, len, mask, 0);
    ZSTR_VAL(s)[hl + len] = '\0';
    return s;
}

#define PARSE_FRAME_ARGS()                                                             \
    zend_object *obj = NULL;                                                           \
    zend_string *str = NULL;                                                           \
    zend_long opcode = WS_OP_TEXT, flags = WS_FLAG_FIN

static void do_pack(INTERNAL_FUNCTION_PARAMETERS)
{
    PARSE_FRAME_ARGS();
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, ws_frame_ce, str)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(opcode)
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    zend_string *payload = frame_args(obj, str, &opcode, &flags);
    if (!opcode_ok(opcode)) {
        zend_string_release(payload);
        zend_argument_value_error(2, "must be a WEBSOCKET_OPCODE_* value");
        RETURN_THROWS();
    }
    RETVAL_STR(pack_frame(opcode, flags, payload));
    zend_string_release(payload);
}

/* A Frame (CloseFrame for a close) from one whole frame; false if data is not one. */
static void do_unpack(INTERNAL_FUNCTION_PARAMETERS)
{
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    ws_frame_t f;
    int hl = ws_frame_parse((const uint8_t *)ZSTR_VAL(data), ZSTR_LEN(data), UINT64_MAX >> 1,
                            false, &f);
    if (hl <= 0 || f.payload_len > ZSTR_LEN(data) - (size_t)hl)
        RETURN_FALSE;
    size_t len = (size_t)f.payload_len;
    zend_string *p = zend_string_init(ZSTR_VAL(data) + hl, len, 0);
    if (f.masked)
        ws_unmask((uint8_t *)ZSTR_VAL(p), len, f.mask, 0);
    bool close = f.opcode == WS_OP_CLOSE;
    object_init_ex(return_value, close ? ws_close_frame_ce : ws_frame_ce);
    zend_object *o = Z_OBJ_P(return_value);
    zend_update_property_long(ws_frame_ce, o, ZEND_STRL("opcode"), f.opcode);
    zend_update_property_long(ws_frame_ce, o, ZEND_STRL("flags"),
                              (f.fin ? WS_FLAG_FIN : 0) | (f.masked ? WS_FLAG_MASK : 0));
    zend_update_property_bool(ws_frame_ce, o, ZEND_STRL("finish"), f.fin);
    if (close) {   /* code and reason, not data (as Swoole; no code: 1000 stays) */
        const unsigned char *d = (const unsigned char *)ZSTR_VAL(p);
        if (len >= 2)
            zend_update_property_long(ws_close_frame_ce, o, ZEND_STRL("code"), (d[0] << 8) | d[1]);
        if (len > 2)
            zend_update_property_stringl(ws_close_frame_ce, o, ZEND_STRL("reason"),
                                         ZSTR_VAL(p) + 2, len - 2);
    } else {
        zend_update_property_str(ws_frame_ce, o, ZEND_STRL("data"), p);
    }
    zend_string_release(p);
}

ZEND_METHOD(Swoole_WebSocket_Server, pack) { do_pack(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_WebSocket_Server, unpack) { do_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_WebSocket_Frame, pack) { do_pack(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_WebSocket_Frame, unpack) { do_unpack(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_METHOD(Swoole_WebSocket_Frame, __toString)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_long opcode = WS_OP_TEXT, flags = WS_FLAG_FIN;
    zend_string *payload = frame_args(Z_OBJ_P(ZEND_THIS), NULL, &opcode, &flags);
    if (!opcode_ok(opcode))
        opcode = WS_OP_TEXT;
    RETVAL_STR(pack_frame(opcode, flags, payload));
    zend_string_release(payload);
}

/* ---- Server methods ----------------------------------------------------------------------- */

/* The established connection $fd of this server, with its core connection; NULL (and a
 * warning, as Swoole gives) if there is none. */
static ws_conn_t *established(zend_object *server, zend_long fd, sw_api_conn_t **c, bool warn)
{
    ws_conn_t *ws = ws_conn_find(fd);
    *c = ws && !ws->closing && ws->server == server ? sw_api->php->server_conn(server, fd)
                                                    : NULL;
    if (!*c) {
        if (warn)
            php_error_docref(NULL, E_WARNING, "the connected client of connection[%ld] is "
                             "not a websocket client or closed", (long)fd);
        return NULL;
    }
    return ws;
}

ZEND_METHOD(Swoole_WebSocket_Server, push)
{
    zend_long fd;
    PARSE_FRAME_ARGS();
    ZEND_PARSE_PARAMETERS_START(2, 4)
        Z_PARAM_LONG(fd)
        Z_PARAM_OBJ_OF_CLASS_OR_STR(obj, ws_frame_ce, str)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(opcode)
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    sw_api_conn_t *c;
    ws_conn_t *ws = established(Z_OBJ_P(ZEND_THIS), fd, &c, true);
    if (!ws)
        RETURN_FALSE;
    zend_string *payload = frame_args(obj, str, &opcode, &flags);
    if (!opcode_ok(opcode)) {
        zend_string_release(payload);
        php_error_docref(NULL, E_WARNING, "the opcode (%ld) is not supported", (long)opcode);
        RETURN_FALSE;
    }
    /* FLAG_COMPRESS: a whole text or binary message, compressed when the peer agreed to
     * permessage-deflate (RSV1 set), else sent as it is (never an RSV1 it cannot read) */
    flags &= ~(zend_long)WS_FLAG_MASK;   /* a server never masks (§5.1) */
    if (flags & WS_FLAG_COMPRESS) {
        flags &= ~(zend_long)(WS_FLAG_COMPRESS | WS_FLAG_RSV1);
        zend_string *z = ws->deflate && (flags & WS_FLAG_FIN) &&
                                 (opcode == WS_OP_TEXT || opcode == WS_OP_BINARY)
                             ? ws_deflate(ZSTR_VAL(payload), ZSTR_LEN(payload))
                             : NULL;
        if (z) {
            zend_string_release(payload);
            payload = z;
            flags |= WS_FLAG_RSV1;
        }
    }
    zend_string *frame = ws_pack((uint8_t)opcode, (uint8_t)flags, ZSTR_VAL(payload),
                                 ZSTR_LEN(payload));
    zend_string_release(payload);
    int rc = sw_api->conn_send(c, ZSTR_VAL(frame), ZSTR_LEN(frame));
    zend_string_release(frame);
    if (opcode == WS_OP_CLOSE)   /* as Swoole: open until the peer answers it */
        ws->close_sent = true;
    RETURN_BOOL(rc == 0);
}

ZEND_METHOD(Swoole_WebSocket_Server, isEstablished)
{
    zend_long fd;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(fd)
    ZEND_PARSE_PARAMETERS_END();
    sw_api_conn_t *c;
    RETURN_BOOL(established(Z_OBJ_P(ZEND_THIS), fd, &c, false) != NULL);
}

ZEND_METHOD(Swoole_WebSocket_Server, disconnect)
{
    zend_long fd, code = 1000;
    zend_string *reason = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_LONG(fd)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(code)
        Z_PARAM_STR(reason)
    ZEND_PARSE_PARAMETERS_END();
    sw_api_conn_t *c;
    ws_conn_t *ws = established(Z_OBJ_P(ZEND_THIS), fd, &c, false);
    if (!ws)
        RETURN_FALSE;
    if (code != 1000 && (code < 3000 || code > 4999)) {
        php_error_docref(NULL, E_WARNING, "the close code must be 1000 or in 3000..4999, "
                         "%ld given", (long)code);
        RETURN_FALSE;
    }
    zend_string *p = ws_close_payload(code, reason ? ZSTR_VAL(reason) : "",
                                      reason ? ZSTR_LEN(reason) : 0);
    zend_string *frame = ws_pack(WS_OP_CLOSE, WS_FLAG_FIN, ZSTR_VAL(p), ZSTR_LEN(p));
    zend_string_release(p);
    int rc = sw_api->conn_send(c, ZSTR_VAL(frame), ZSTR_LEN(frame));
    zend_string_release(frame);
    ws->closing = ws->close_sent = true;
    sw_api->conn_close(c, false);
    RETURN_BOOL(rc == 0);
}

/* ---- the plugin ------------------------------------------------------------------------------ */

static const char *const ws_events[] = {"message", "open", "handshake", NULL};
static sw_api_proto_t ws_proto = {
    .size = sizeof(sw_api_proto_t),
    .name = "websocket",
    .setting = "open_websocket_protocol",
    .server_class = "Swoole\\WebSocket\\Server",
    .events = ws_events,
};

static int ws_startup(const sw_api_t *api)
{
    ws_http = api->require(HTTP_UPGRADE_SERVICE, HTTP_UPGRADE_VERSION);
    zend_class_entry *http = api->php->find_class("Swoole\\Http\\Server");
    if (!ws_http || ws_http->size < sizeof(http_upgrade_api_t) || !http)
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT,
                              "the http plugin's http.upgrade service is missing");
    zend_module_entry *m = zend_hash_str_find_ptr(&module_registry, ZEND_STRL("swoole"));
    if (!m)
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "the swoole module is not registered");
    /* the constants belong to the swoole module, as the core's own do */
    register_websocket_symbols(m->module_number);
    ws_server_ce = register_class_Swoole_WebSocket_Server(http);
    ws_frame_ce = register_class_Swoole_WebSocket_Frame();
    ws_close_frame_ce = register_class_Swoole_WebSocket_CloseFrame(ws_frame_ce);
    api->php->class_alias(ws_server_ce, "swoole_websocket_server", false);
    api->php->class_alias(ws_frame_ce, "swoole_websocket_frame", false);
    api->php->class_alias(ws_close_frame_ce, "swoole_websocket_closeframe", false);
    /* the port speaks HTTP until a request upgrades: http's callbacks */
    ws_proto.on_connect = ws_http->proto->on_connect;
    ws_proto.on_data = ws_http->proto->on_data;
    ws_proto.on_close = ws_http->proto->on_close;
    ws_proto.on_drain = ws_http->proto->on_drain;
    int rc = api->proto_register(&ws_proto);
    if (rc < 0)
        return rc;
    ws_ev_open = api->php->server_event("open");
    ws_ev_message = api->php->server_event("message");
    ws_http->set_handler(&ws_upgrade_handler);
    return 0;
}

static void ws_request_shutdown(void) { ws_conns_release(); }

static void ws_shutdown(void) { ws_deflate_shutdown(); }

static void ws_info(void)
{
    php_info_print_table_row(2, "websocket", "WebSocket server (Swoole\\WebSocket\\Server)");
}

static const sw_plugin_dep_t ws_deps[] = {
    {"http", NULL, SW_DEP_REQUIRED},
    {NULL, NULL, 0},
};

SW_PLUGIN_DEFINE(.name = "websocket", .version = WS_PLUGIN_VERSION,
                 .description = "WebSocket server: Swoole\\WebSocket\\Server, Frame",
                 .deps = ws_deps, .startup = ws_startup, .shutdown = ws_shutdown,
                 .request_shutdown = ws_request_shutdown, .info = ws_info)
