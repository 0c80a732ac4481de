/* conn.c — the http protocol of a server port: takes each connection's input as it
 * arrives, parses request heads and bodies in the connection's own buffer (parser.c), hands
 * complete requests to onRequest one at a time, and answers malformed ones with their
 * status and a close.
 *
 * Order of pipelined requests: one request per connection is in PHP at a time. While its
 * response is not ended the connection is "busy" and further input stays unconsumed in
 * the core's buffer (reading stops once that passes a bound); when the response ends, the
 * next request is parsed from what is buffered (conn_redispatch). A handler that ends its
 * response before returning (the common case) lets the loop below go straight on to the
 * next pipelined request within the same read. */
#include <string.h>
#include <time.h>

#include "http.h"
#include "http_upgrade.h"

int http_ev_request = -1;

/* The upgrade handler (http_upgrade.h; the websocket plugin), or NULL, and the id of its
 * handshake event. */
static const http_upgrade_handler_t *upgrade;
static int upgrade_ev_handshake = -1;

/* Input held while busy before we stop reading the socket. */
#define HTTP_PIPELINE_MAX (256 * 1024)

/* ---- configuration -------------------------------------------------------------------- */

#define HTTP_CFG_MAX 64
static http_cfg_t cfgs[HTTP_CFG_MAX];
static int cfg_count;

static bool cfg_bool(sw_api_conn_t *c, const char *key, bool dflt)
{
    zval *v = sw_api->php->conn_setting(c, key);
    return v ? zend_is_true(v) : dflt;
}

static zend_long cfg_long(sw_api_conn_t *c, const char *key, zend_long dflt, zend_long min,
                          zend_long max)
{
    zval *v = sw_api->php->conn_setting(c, key);
    if (!v)
        return dflt;
    zend_long n = zval_get_long(v);
    return n < min ? min : n > max ? max : n;
}

static zend_string *cfg_str(sw_api_conn_t *c, const char *key)
{
    zval *v = sw_api->php->conn_setting(c, key);
    if (!v || Z_TYPE_P(v) == IS_NULL)
        return NULL;
    return zval_get_string(v);
}

static HashTable *cfg_list(sw_api_conn_t *c, const char *key)
{
    zval *v = sw_api->php->conn_setting(c, key);
    if (!v || Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) == 0)
        return NULL;
    return zend_array_dup(Z_ARRVAL_P(v));
}

static void cfg_load(http_cfg_t *cfg, sw_api_conn_t *c)
{
    cfg->limits.max_target = (uint32_t)cfg_long(c, "http_max_request_target", 8192, 64, 1 << 20);
    cfg->limits.max_head = (uint32_t)cfg_long(c, "http_max_header_size", 65536, 256, 16 << 20);
    cfg->limits.max_headers = HTTP_MAX_HEADERS;
    cfg->limits.max_body = (uint64_t)cfg_long(c, "package_max_length", 2 * 1024 * 1024, 1,
                                              ZEND_LONG_MAX);
    cfg->parse_cookie = cfg_bool(c, "http_parse_cookie", true);
    cfg->parse_post = cfg_bool(c, "http_parse_post", true);
    cfg->parse_files = cfg_bool(c, "http_parse_files", true);
    cfg->keepalive = cfg_bool(c, "http_keepalive", true);
    cfg->upload_tmp_dir = cfg_str(c, "upload_tmp_dir");
    cfg->upload_max_filesize = cfg_long(c, "upload_max_filesize", 0, 0, ZEND_LONG_MAX);
    cfg->compression = cfg_bool(c, "http_compression", true);
    cfg->compression_level = (int)cfg_long(c, "http_compression_level", 1, 1, 9);
    if (sw_api->php->conn_setting(c, "http_gzip_level"))
        cfg->compression_level = (int)cfg_long(c, "http_gzip_level", 1, 1, 9);
    cfg->compression_min_length = (size_t)cfg_long(c, "compression_min_length", 20, 0,
                                                   ZEND_LONG_MAX);
    cfg->static_handler = cfg_bool(c, "enable_static_handler", false);
    zend_string *root = cfg_str(c, "document_root");
    if (root) {
        char real[MAXPATHLEN];
        if (VCWD_REALPATH(ZSTR_VAL(root), real)) {
            cfg->document_root = zend_string_init(real, strlen(real), 0);
        } else {
            php_error_docref(NULL, E_WARNING, "document_root %s: %s", ZSTR_VAL(root),
                             strerror(errno));
            cfg->static_handler = false;
        }
        zend_string_release(root);
    } else {
        cfg->static_handler = false;
    }
    cfg->static_locations = cfg_list(c, "static_handler_locations");
    cfg->index_files = cfg_list(c, "http_index_files");
    cfg->autoindex = cfg_bool(c, "http_autoindex", false);
}

/* The settings of c's port, loaded by its first connection and kept in the port's slot. */
static const http_cfg_t *cfg_of(sw_api_conn_t *c, zend_object *server)
{
    http_cfg_t *cfg = sw_api->conn_port_data(c);
    if (cfg)
        return cfg;
    if (cfg_count == HTTP_CFG_MAX)   /* that many HTTP ports: the last ones share one */
        return &cfgs[HTTP_CFG_MAX - 1];
    cfg = &cfgs[cfg_count++];
    memset(cfg, 0, sizeof *cfg);
    cfg->server = server;
    cfg_load(cfg, c);
    sw_api->conn_set_port_data(c, cfg);
    return cfg;
}

static void cfg_free(http_cfg_t *cfg)
{
    if (cfg->upload_tmp_dir)
        zend_string_release(cfg->upload_tmp_dir);
    if (cfg->document_root)
        zend_string_release(cfg->document_root);
    if (cfg->static_locations)
        zend_array_destroy(cfg->static_locations);
    if (cfg->index_files)
        zend_array_destroy(cfg->index_files);
    memset(cfg, 0, sizeof *cfg);
}

/* At request end (the worker's PHP request is over: the strings are request memory). */
void http_cfg_reset(void)
{
    for (int i = 0; i < cfg_count; i++)
        cfg_free(&cfgs[i]);
    cfg_count = 0;
}

/* ---- connections ------------------------------------------------------------------------ */

static void head_reset(http_conn_t *hc)
{
    http_head_init(&hc->hs, &hc->req, hc->headers, HTTP_MAX_HEADERS);
    hc->head_len = 0;
    hc->continue_sent = false;
}

static void on_connect(sw_api_conn_t *c)
{
    http_conn_t *hc = emalloc(sizeof *hc);
    hc->conn = c;
    hc->session = sw_api->conn_session(c);
    hc->server = sw_api->php->conn_server(c);
    hc->cfg = cfg_of(c, hc->server);
    hc->busy = hc->paused = hc->in_data = hc->gone = false;
    hc->resp = NULL;
    hc->body = NULL;
    hc->remote_addr = NULL;
    hc->accept_coding = HTTP_CODING_NONE;
    hc->co = NULL;
    hc->fsend = NULL;
    hc->up_data = NULL;
    hc->upgrading = false;
    hc->range[0] = '\0';
    head_reset(hc);
    sw_api->conn_set_data(c, hc);
}

static void on_close(sw_api_conn_t *c)
{
    http_conn_t *hc = sw_api->conn_data(c);
    if (!hc)
        return;
    sw_api->conn_set_data(c, NULL);
    hc->conn = NULL;
    if (hc->up_data)
        upgrade->on_close(c, hc->up_data);
    if (hc->resp)
        http_response_orphan(hc->resp);
    hc->resp = NULL;
    http_body_free(hc);   /* a body cut short: its temp files go */
    if (hc->remote_addr)
        zend_string_release(hc->remote_addr);
    hc->remote_addr = NULL;
    http_send_file_abort(hc);
    if (hc->in_data)
        hc->gone = true;
    else
        efree(hc);
}

zend_string *http_conn_remote(http_conn_t *hc, int *remote_port, int *server_port,
                              int64_t *connect_time)
{
    if (!hc->remote_addr) {
        sw_api_conn_info_t info = {.size = sizeof info};
        sw_api->conn_info(hc->conn, &info);
        hc->remote_addr = zend_string_init(info.remote_ip, strlen(info.remote_ip), 0);
        hc->remote_port = info.remote_port;
        hc->server_port = info.server_port;
        hc->connect_time = (int64_t)info.connect_time;
    }
    *remote_port = hc->remote_port;
    *server_port = hc->server_port;
    *connect_time = hc->connect_time;
    return zend_string_copy(hc->remote_addr);
}

void http_conn_reply_error(http_conn_t *hc, int status)
{
    if (!hc->conn)
        return;
    char buf[512];
    size_t n = http_status_page(buf, sizeof buf, status, true);
    sw_api->conn_send_last(hc->conn, buf, n);
    sw_api->conn_close(hc->conn, false);
}

/* Hands a complete request to PHP. */
static void dispatch(http_conn_t *hc, const char *buf, const char *body, size_t body_len)
{
    zval args[2];
    if (http_static_serve(hc, buf)) {   /* answered by the static handler (static.c) */
        http_body_free(hc);
        return;
    }
    http_request_make(&args[0], hc, buf, body, body_len);
    if (hc->body)
        http_body_free(hc);   /* the Request took the parsed body */
    int up = upgrade ? upgrade->on_request(hc->conn, &args[0]) : HTTP_UPGRADE_PASS;
    if (up == HTTP_UPGRADE_TAKEN) {
        /* answered by the upgrade handler (a handshake: the connection is attached) */
        http_request_release(&args[0]);
        return;
    }
    http_response_make(&args[1], hc);
    hc->busy = true;
    /* a handshake answered by PHP: the response's end sees hc->upgrading */
    hc->upgrading = up == HTTP_UPGRADE_HANDSHAKE;
    int ev = hc->upgrading ? upgrade_ev_handshake : http_ev_request;
    if (!sw_api->php->server_emit(hc->conn, ev, 2, args)) {
        /* check_callbacks made sure onRequest exists (a port callback may still be
         * unset), unless the port upgrades and onRequest is optional: Swoole's 400 */
        bool bad = upgrade && upgrade->missing_request_is_400(hc->conn);
        http_conn_reply_error(hc, bad ? 400 : 500);
    }
    http_request_release(&args[0]);
    http_response_release(&args[1]);   /* a handler that kept no reference ends it here */
}

static void send_continue(http_conn_t *hc)
{
    static const char msg[] = "HTTP/1.1 100 Continue\r\n\r\n";
    if (hc->req.expect_continue && !hc->continue_sent) {
        hc->continue_sent = true;
        sw_api->conn_send(hc->conn, msg, sizeof msg - 1);
    }
}

/* Answers an error status for the current request and drops its body state. */
static long fail(http_conn_t *hc, long rc)
{
    http_body_free(hc);
    http_conn_reply_error(hc, (int)-rc);
    return rc;
}

/* A Content-Length body parsed as it arrives (hc->body): feeds what is there of
 * buf[0 .. len) and consumes it, so the connection buffer never holds more than one
 * read of it. Returns the bytes consumed (the request is dispatched once the last one
 * came), or < 0 when an error was answered. */
static long take_streamed(http_conn_t *hc, const char *buf, size_t len)
{
    size_t n = len < hc->body_left ? len : (size_t)hc->body_left;
    if (n) {
        int rc = http_body_feed(hc, buf, n);
        if (rc < 0)
            return fail(hc, rc);
        hc->body_left -= n;
    }
    if (hc->body_left) {
        send_continue(hc);
        return (long)n;
    }
    int rc = http_body_finish(hc);
    if (rc < 0)
        return fail(hc, rc);
    dispatch(hc, http_body_head(hc), NULL, 0);   /* hc may be closed when it returns */
    head_reset(hc);
    return (long)n;
}

/* One request from buf[0 .. len): the bytes consumed (> 0 when a request was dispatched
 * or part of a streamed body was taken), 0 need more, < 0 an error status was answered. */
static long take_request(http_conn_t *hc, char *buf, size_t len)
{
    const http_limits_t *lim = &hc->cfg->limits;
    if (!hc->head_len) {
        long r = http_parse_head(&hc->hs, &hc->req, buf, len, lim);
        if (r == 0)
            return 0;
        if (r < 0) {
            http_conn_reply_error(hc, (int)-r);
            return r;
        }
        hc->head_len = (uint32_t)r;
        if (hc->req.chunked)
            http_chunked_init(&hc->chunk);
        /* only a body with a Content-Type may be one body.c parses */
        int rc = hc->req.has_content_type ? http_body_begin(hc, buf) : 0;
        if (rc < 0)
            return fail(hc, rc);
        if (hc->body && !hc->req.chunked) {
            /* the head was copied: consume it with the body bytes that follow */
            hc->body_left = (uint64_t)hc->req.content_length;
            long n = take_streamed(hc, buf + r, len - (size_t)r);
            return n < 0 ? n : r + n;
        }
    } else if (hc->body && !hc->req.chunked) {
        return take_streamed(hc, buf, len);
    }
    size_t head_len = hc->head_len, have = len - head_len, body_len, used;
    char *body = buf + hc->head_len;
    if (hc->req.chunked) {
        int rc = http_chunked_decode(&hc->chunk, body, have, lim);
        if (rc < 0)
            return fail(hc, rc);
        if (rc == 0) {
            send_continue(hc);
            return 0;
        }
        body_len = (size_t)hc->chunk.out;
        used = (size_t)hc->chunk.in;
        if (hc->body) {   /* a chunked multipart body: parsed now that it is complete */
            if ((rc = http_body_feed(hc, body, body_len)) < 0 ||
                (rc = http_body_finish(hc)) < 0)
                return fail(hc, rc);
        }
    } else {
        size_t cl = hc->req.content_length > 0 ? (size_t)hc->req.content_length : 0;
        if (have < cl) {
            send_continue(hc);
            return 0;
        }
        body_len = used = cl;
    }
    dispatch(hc, buf, body, body_len);   /* hc may be closed when it returns */
    head_reset(hc);
    return (long)(head_len + used);
}

static long on_data(sw_api_conn_t *c, char *data, size_t len)
{
    http_conn_t *hc = sw_api->conn_data(c);
    size_t off = 0;
    if (!hc)
        return -1;
    if (hc->up_data)   /* upgraded: the input is the other protocol's */
        return upgrade->on_data(c, data, len, hc->up_data);
    hc->in_data = true;
    while (off < len && hc->conn) {
        if (hc->up_data) {   /* the request just handled upgraded: pass the rest on */
            long r = upgrade->on_data(c, data + off, len - off, hc->up_data);
            off = r < 0 ? len : off + (size_t)r;
            break;
        }
        if (hc->busy) {
            if (len - off > HTTP_PIPELINE_MAX && !hc->paused) {
                hc->paused = true;
                sw_api->conn_pause(c);
            }
            break;
        }
        long r = take_request(hc, data + off, len - off);
        if (r < 0) {
            off = len;   /* answered and closing: drop the rest */
            break;
        }
        if (r == 0)
            break;
        off += (size_t)r;
    }
    hc->in_data = false;
    if (hc->gone) {
        efree(hc);
        return (long)len;
    }
    return (long)off;
}

void http_conn_response_done(http_conn_t *hc, bool close_after)
{
    hc->busy = false;
    hc->resp = NULL;
    if (!hc->conn)
        return;
    if (close_after) {
        sw_api->conn_close(hc->conn, false);
        return;
    }
    if (hc->paused) {
        hc->paused = false;
        sw_api->conn_resume(hc->conn);   /* delivers what is buffered from the loop */
    } else {
        sw_api->conn_redispatch(hc->conn);
    }
}

/* ---- http.upgrade (http_upgrade.h) ------------------------------------------------------ */

static void upgrade_set_handler(const http_upgrade_handler_t *h)
{
    upgrade = h;
    upgrade_ev_handshake = h && h->handshake_event ? sw_api->php->server_event(h->handshake_event)
                                                   : -1;
}

void http_conn_upgrade_sent(http_conn_t *hc, int status)
{
    hc->upgrading = false;
    if (status == 101 && hc->conn && upgrade)
        upgrade->on_switched(hc->conn);
}

static void upgrade_attach(sw_api_conn_t *c, void *ud)
{
    http_conn_t *hc = sw_api->conn_data(c);
    if (hc)
        hc->up_data = ud;
}

static const http_upgrade_api_t upgrade_api = {
    .size = sizeof(http_upgrade_api_t),
    .set_handler = upgrade_set_handler,
    .attach = upgrade_attach,
    .proto = &http_proto,
};

int http_upgrade_provide(const sw_api_t *api)
{
    return api->provide(HTTP_UPGRADE_SERVICE, HTTP_UPGRADE_VERSION, &upgrade_api);
}

static const char *const http_events[] = {"request", NULL};

const sw_api_proto_t http_proto = {
    .size = sizeof(sw_api_proto_t),
    .name = "http",
    .setting = "open_http_protocol",
    .server_class = "Swoole\\Http\\Server",
    .events = http_events,
    .on_connect = on_connect,
    .on_data = on_data,
    .on_close = on_close,
    .on_drain = http_send_file_drain,
};
