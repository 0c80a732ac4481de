/* conn.c — the WebSocket side of a connection: the opening handshake (RFC 6455 §4.2) of a
 * request the http plugin offers us (http_upgrade.h), then the frames: reassembly of
 * fragmented messages, control frames (ping → pong, close handshake), errors answered
 * with a close frame (1002 protocol, 1007 bad UTF-8, 1009 too big) and a close. */
#include <openssl/evp.h>
#include <openssl/sha.h>

#include "websocket.h"
#include "zend_interfaces.h"

static HashTable *conns;   /* session → ws_conn_t *, this process's upgraded connections */

ws_conn_t *ws_conn_find(int64_t session)
{
    return conns ? zend_hash_index_find_ptr(conns, (zend_ulong)session) : NULL;
}

static void conn_free(ws_conn_t *ws)
{
    smart_str_free(&ws->msg);
    efree(ws);
}

/* At the end of the worker's PHP request (connections are gone by then). */
void ws_conns_release(void)
{
    if (!conns)
        return;
    ws_conn_t *ws;
    ZEND_HASH_FOREACH_PTR(conns, ws) {
        conn_free(ws);
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(conns);
    FREE_HASHTABLE(conns);
    conns = NULL;
}

zend_string *ws_pack(uint8_t opcode, uint8_t flags, const char *data, size_t len)
{
    uint8_t h[14];
    size_t hl = ws_frame_header(h, opcode, flags, len, NULL);
    zend_string *s = zend_string_alloc(hl + len, 0);
    memcpy(ZSTR_VAL(s), h, hl);
    if (len)
        memcpy(ZSTR_VAL(s) + hl, data, len);
    ZSTR_VAL(s)[hl + len] = '\0';
    return s;
}

zend_string *ws_close_payload(zend_long code, const char *reason, size_t len)
{
    if (len > 123)   /* a control frame's payload is at most 125 bytes */
        len = 123;
    zend_string *s = zend_string_alloc(2 + len, 0);
    ZSTR_VAL(s)[0] = (char)((code >> 8) & 0xFF);
    ZSTR_VAL(s)[1] = (char)(code & 0xFF);
    if (len)
        memcpy(ZSTR_VAL(s) + 2, reason, len);
    ZSTR_VAL(s)[2 + len] = '\0';
    return s;
}

static int send_frame(sw_api_conn_t *c, uint8_t opcode, const char *data, size_t len)
{
    zend_string *s = ws_pack(opcode, WS_FLAG_FIN, data, len);
    int rc = sw_api->conn_send(c, ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
    return rc;
}

/* Sends a close frame with code and closes once it is written. */
static void close_with(sw_api_conn_t *c, ws_conn_t *ws, int code)
{
    ws->closing = true;
    if (!ws->close_sent) {
        ws->close_sent = true;
        zend_string *p = ws_close_payload(code, "", 0);
        send_frame(c, WS_OP_CLOSE, ZSTR_VAL(p), ZSTR_LEN(p));
        zend_string_release(p);
    }
    sw_api->conn_close(c, false);
}

/* ---- the handshake ------------------------------------------------------------------------ */

static zval *header(zval *request, const char *name)
{
    zval rv, *h = zend_read_property(Z_OBJCE_P(request), Z_OBJ_P(request), ZEND_STRL("header"),
                                     1, &rv);
    if (!h || Z_TYPE_P(h) != IS_ARRAY)
        return NULL;
    zval *v = zend_hash_str_find(Z_ARRVAL_P(h), name, strlen(name));
    return v && Z_TYPE_P(v) == IS_STRING ? v : NULL;
}

/* True if the comma-separated list `v` has the token `tok` (case-insensitive). */
static bool has_token(zval *v, const char *tok)
{
    size_t tl = strlen(tok);
    const char *p = Z_STRVAL_P(v), *end = p + Z_STRLEN_P(v);
    while (p < end) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == ','))
            p++;
        const char *s = p;
        while (p < end && *p != ',')
            p++;
        const char *e = p;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        if ((size_t)(e - s) == tl && strncasecmp(s, tok, tl) == 0)
            return true;
    }
    return false;
}

static bool is_ws_port(sw_api_conn_t *c)
{
    zend_object *server = sw_api->php->conn_server(c);
    zval *v = sw_api->php->conn_setting(c, "open_websocket_protocol");
    if (v)
        return zend_is_true(v);
    return server && instanceof_function(server->ce, ws_server_ce);
}

static bool setting_bool(sw_api_conn_t *c, const char *key)
{
    zval *v = sw_api->php->conn_setting(c, key);
    return v && zend_is_true(v);
}

static void reply_400(sw_api_conn_t *c)
{
    static const char msg[] = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\n"
                              "Connection: close\r\nContent-Length: 83\r\n\r\n"
                              "<html><body><h2>HTTP 400 Bad Request</h2><hr><i>Powered by "
                              "Swoole</i></body></html>";
    sw_api->conn_send_last(c, msg, sizeof msg - 1);
    sw_api->conn_close(c, false);
}

/* True if the server has an onHandShake callback (Server::getCallback('handshake')). */
static bool has_handshake_cb(zend_object *server)
{
    zval name, rv;
    ZVAL_STRINGL(&name, "handshake", 9);
    zend_call_method_with_1_params(server, server->ce, NULL, "getcallback", &rv, &name);
    zval_ptr_dtor(&name);
    bool set = Z_TYPE(rv) != IS_NULL && Z_TYPE(rv) != IS_UNDEF;
    zval_ptr_dtor(&rv);
    return set;
}

/* A new upgraded connection, attached to c. */
static ws_conn_t *conn_new(sw_api_conn_t *c)
{
    ws_conn_t *ws = ecalloc(1, sizeof *ws);
    ws->session = sw_api->conn_session(c);
    ws->server = sw_api->php->conn_server(c);
    zval *ml = sw_api->php->conn_setting(c, "package_max_length");
    zend_long max = ml ? zval_get_long(ml) : 2 * 1024 * 1024;
    ws->rd.max_len = max > 0 ? (uint64_t)max : 2 * 1024 * 1024;
    ws->rd.require_mask = true;
    ws->open_close_frame = setting_bool(c, "open_websocket_close_frame");
    ws->open_ping_frame = setting_bool(c, "open_websocket_ping_frame");
    ws->open_pong_frame = setting_bool(c, "open_websocket_pong_frame");
    if (!conns) {
        ALLOC_HASHTABLE(conns);
        zend_hash_init(conns, 16, NULL, NULL, 0);
    }
    zend_hash_index_update_ptr(conns, (zend_ulong)ws->session, ws);
    ws_http->attach(c, ws);
    return ws;
}

/* onHandShake answered with a 101: the connection is a websocket now (no onOpen, as in
 * Swoole). */
static void on_switched(sw_api_conn_t *c) { conn_new(c); }

static int on_request(sw_api_conn_t *c, zval *request)
{
    if (!is_ws_port(c))
        return HTTP_UPGRADE_PASS;
    zval *up = header(request, "upgrade");
    if (!up || !has_token(up, "websocket"))
        return HTTP_UPGRADE_PASS;   /* plain HTTP: onRequest (or 400 without it) */
    zend_object *server = sw_api->php->conn_server(c);
    if (server && has_handshake_cb(server))
        return HTTP_UPGRADE_HANDSHAKE;   /* PHP answers it, checks included */
    zval *conn = header(request, "connection"), *key = header(request, "sec-websocket-key"),
         *ver = header(request, "sec-websocket-version");
    zval rv, *method = zend_read_property(Z_OBJCE_P(request), Z_OBJ_P(request),
                                          ZEND_STRL("server"), 1, &rv);
    zval *m = method && Z_TYPE_P(method) == IS_ARRAY
                  ? zend_hash_str_find(Z_ARRVAL_P(method), ZEND_STRL("request_method")) : NULL;
    unsigned char raw[32];
    /* the key is 16 random bytes in base64 (24 characters, §4.1) */
    if (!conn || !has_token(conn, "upgrade") || !key || Z_STRLEN_P(key) != 24 || !ver ||
        strcmp(Z_STRVAL_P(ver), "13") != 0 || !m || Z_TYPE_P(m) != IS_STRING ||
        strcmp(Z_STRVAL_P(m), "GET") != 0 ||
        EVP_DecodeBlock(raw, (const unsigned char *)Z_STRVAL_P(key), 24) != 18) {
        reply_400(c);
        return HTTP_UPGRADE_TAKEN;
    }
    /* Sec-WebSocket-Accept: base64(SHA-1(key + the RFC's GUID)) */
    static const char guid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    char buf[64];
    unsigned char digest[SHA_DIGEST_LENGTH], accept[32];
    memcpy(buf, Z_STRVAL_P(key), 24);
    memcpy(buf + 24, guid, sizeof guid - 1);
    SHA1((const unsigned char *)buf, 24 + sizeof guid - 1, digest);
    EVP_EncodeBlock(accept, digest, SHA_DIGEST_LENGTH);
    zval *ext = header(request, "sec-websocket-extensions");
    bool deflate = ext && setting_bool(c, "websocket_compression") &&
                   ws_deflate_offer(Z_STRVAL_P(ext), Z_STRLEN_P(ext));
    /* websocket_subprotocol: answered when the client offered it (a browser fails a
     * handshake that names a protocol it did not ask for) */
    zval *sub = sw_api->php->conn_setting(c, "websocket_subprotocol");
    zval *offer = header(request, "sec-websocket-protocol");
    bool with_sub = sub && Z_TYPE_P(sub) == IS_STRING && Z_STRLEN_P(sub) &&
                    Z_STRLEN_P(sub) < 128 && !strpbrk(Z_STRVAL_P(sub), "\r\n") && offer &&
                    has_token(offer, Z_STRVAL_P(sub));
    char resp[640];
    int n = snprintf(resp, sizeof resp,
                     "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n"
                     "Sec-WebSocket-Version: 13\r\n%s%s%s%sServer: swoole-http-server\r\n\r\n",
                     (const char *)accept,
                     deflate ? "Sec-WebSocket-Extensions: " WS_DEFLATE_ANSWER "\r\n" : "",
                     with_sub ? "Sec-WebSocket-Protocol: " : "",
                     with_sub ? Z_STRVAL_P(sub) : "", with_sub ? "\r\n" : "");
    if (sw_api->conn_send(c, resp, (size_t)n) < 0)
        return HTTP_UPGRADE_TAKEN;
    ws_conn_t *ws = conn_new(c);
    ws->deflate = ws->rd.deflate = deflate;
    zval args[2];
    ZVAL_OBJ(&args[0], ws->server);
    ZVAL_COPY_VALUE(&args[1], request);
    sw_api->php->server_emit(c, ws_ev_open, 2, args);   /* no onOpen: nothing to run */
    return HTTP_UPGRADE_TAKEN;
}

static bool missing_request_is_400(sw_api_conn_t *c) { return is_ws_port(c); }

/* ---- frames --------------------------------------------------------------------------------- */

static void emit_frame(sw_api_conn_t *c, ws_conn_t *ws, uint8_t opcode, const char *data,
                       size_t len)
{
    zval args[2], *f = &args[1];
    bool close = opcode == WS_OP_CLOSE;
    object_init_ex(f, close ? ws_close_frame_ce : ws_frame_ce);
    zend_object *o = Z_OBJ_P(f);
    zend_update_property_long(ws_frame_ce, o, ZEND_STRL("fd"), ws->session);
    zend_update_property_long(ws_frame_ce, o, ZEND_STRL("opcode"), opcode);
    if (opcode <= WS_OP_BINARY && ws->rd.msg_compressed)   /* it came compressed */
        zend_update_property_long(ws_frame_ce, o, ZEND_STRL("flags"),
                                  WS_FLAG_FIN | WS_FLAG_COMPRESS);
    if (close) {
        /* as Swoole: a CloseFrame carries code and reason, not data; without a code the
         * default (1000) stays */
        if (len >= 2)
            zend_update_property_long(ws_close_frame_ce, o, ZEND_STRL("code"),
                                      ((unsigned char)data[0] << 8) | (unsigned char)data[1]);
        if (len > 2)
            zend_update_property_stringl(ws_close_frame_ce, o, ZEND_STRL("reason"), data + 2,
                                         len - 2);
    } else {
        zend_update_property_stringl(ws_frame_ce, o, ZEND_STRL("data"), data, len);
    }
    ZVAL_OBJ(&args[0], ws->server);
    sw_api->php->server_emit(c, ws_ev_message, 2, args);
    zval_ptr_dtor(f);
}

/* A close code a peer may send (§7.4, and the IANA registry). */
static bool close_code_ok(int code)
{
    /* 1012-1014 are IANA's later additions (restart, try again, bad gateway) */
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

/* One complete frame (payload unmasked, the fragment order checked by the reader).
 * Returns 0, a close code to fail with, or -1 once the connection is closing. */
static int on_frame(sw_api_conn_t *c, ws_conn_t *ws, const ws_frame_t *f, char *p)
{
    size_t len = (size_t)f->payload_len;
    switch (f->opcode) {
    case WS_OP_TEXT:
    case WS_OP_BINARY:
    case WS_OP_CONT: {
        if (!f->fin || f->opcode == WS_OP_CONT) {   /* a fragment: reassembled */
            smart_str_appendl(&ws->msg, p, len);
            if (!f->fin)
                return 0;
            smart_str_0(&ws->msg);
        }
        zend_string *m = NULL;
        if (f->opcode == WS_OP_CONT) {
            m = ws->msg.s;
            ws->msg.s = NULL;
            ws->msg.a = 0;
            p = m ? ZSTR_VAL(m) : (char *)"";
            len = m ? ZSTR_LEN(m) : 0;
        }
        int rc = 0;
        uint8_t op = ws->rd.msg_opcode;
        if (ws->rd.msg_compressed) {   /* permessage-deflate */
            zend_string *z = NULL;
            rc = ws_inflate(p, len, ws->rd.max_len, &z);
            if (m)
                zend_string_release(m);
            m = z;
            p = z ? ZSTR_VAL(z) : (char *)"";
            len = z ? ZSTR_LEN(z) : 0;
        }
        if (rc == 0 && op == WS_OP_TEXT && !ws_utf8_valid((const uint8_t *)p, len))
            rc = 1007;   /* text must be UTF-8 (§8.1) */
        else if (rc == 0)
            emit_frame(c, ws, op, p, len);
        if (m)
            zend_string_release(m);
        return rc;
    }
    case WS_OP_PING:
        if (ws->open_ping_frame)
            emit_frame(c, ws, WS_OP_PING, p, len);
        else if (!ws->closing)
            send_frame(c, WS_OP_PONG, p, len);
        return 0;
    case WS_OP_PONG:
        if (ws->open_pong_frame)
            emit_frame(c, ws, WS_OP_PONG, p, len);
        return 0;
    case WS_OP_CLOSE: {
        if (len == 1)
            return 1002;
        if (len >= 2) {
            int code = ((unsigned char)p[0] << 8) | (unsigned char)p[1];
            if (!close_code_ok(code))
                return 1002;
            if (!ws_utf8_valid((uint8_t *)p + 2, len - 2))
                return 1007;
        }
        if (ws->open_close_frame)
            emit_frame(c, ws, WS_OP_CLOSE, p, len);
        if (!ws->gone && !ws->close_sent) {
            /* answer the close handshake with the peer's code (§5.5.1) */
            ws->close_sent = true;
            send_frame(c, WS_OP_CLOSE, p, len >= 2 ? 2 : 0);
        }
        ws->closing = true;
        if (!ws->gone)
            sw_api->conn_close(c, false);
        return -1;
    }
    }
    return 1002;
}

static long on_data(sw_api_conn_t *c, char *data, size_t len, void *ud)
{
    ws_conn_t *ws = ud;
    size_t off = 0;
    ws->in_data = true;
    while (off < len && !ws->gone) {
        if (ws->closing) {   /* after the close handshake or an error: input is dropped */
            off = len;
            break;
        }
        ws_frame_t f;
        long n = ws_reader_next(&ws->rd, data + off, len - off, &f);
        if (n == 0)
            break;
        if (n < 0) {
            close_with(c, ws, (int)-n);
            off = len;
            break;
        }
        char *p = data + off + f.header_len;
        off += (size_t)n;
        int rc = on_frame(c, ws, &f, p);
        if (rc > 0 && !ws->gone)
            close_with(c, ws, rc);
        if (rc != 0) {
            off = len;
            break;
        }
    }
    ws->in_data = false;
    if (ws->gone) {
        conn_free(ws);
        return (long)len;
    }
    return (long)off;
}

static void on_close(sw_api_conn_t *c, void *ud)
{
    (void)c;
    ws_conn_t *ws = ud;
    if (conns)
        zend_hash_index_del(conns, (zend_ulong)ws->session);
    if (ws->in_data)
        ws->gone = true;
    else
        conn_free(ws);
}

const http_upgrade_handler_t ws_upgrade_handler = {
    .size = sizeof(http_upgrade_handler_t),
    .on_request = on_request,
    .on_data = on_data,
    .on_close = on_close,
    .missing_request_is_400 = missing_request_is_400,
    .handshake_event = "handshake",
    .on_switched = on_switched,
};
