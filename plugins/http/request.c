/* request.c — Swoole\Http\Request: the PHP view of one parsed request: header
 * (lower-case names), server, get, cookie, post, files, and the raw body for getContent().
 *
 * header, server, get and cookie are built lazily: a request keeps a copy of its head and
 * what only the connection knew (addresses, time), and the arrays are made the first time
 * PHP code touches any property of the object (read, write, isset, foreach, var_dump). A
 * handler that never looks at them — a hello world, a health check — pays for one string
 * copy instead of four arrays. */
#include <sys/time.h>
#include <limits.h>

#include "http.h"
#include "main/php_variables.h"
#include "SAPI.h"

zend_class_entry *http_request_ce;
static zend_object_handlers request_handlers;

typedef struct {
    zend_string *body;     /* the decoded body; NULL if empty */
    zend_string *head;     /* the request line and headers as received (getData) */
    zend_string *method;   /* made by the first getMethod() */
    http_span_t method_span;   /* ... from this span of head */
    HashTable *uploads;    /* temp files of a multipart body (body.c), removed with us */
    /* for the lazy arrays */
    bool lazy;             /* header, server, get, cookie still to be made */
    bool parse_cookie;
    int server_port, remote_port;
    zend_string *remote_addr;
    int64_t master_time;
    struct timeval time;
    zend_object std;
} http_request_obj_t;

static inline http_request_obj_t *req_from(zend_object *o)
{
    return (http_request_obj_t *)((char *)o - XtOffsetOf(http_request_obj_t, std));
}

static int request_props_plain;   /* http_props_init() */

static zend_object *request_create(zend_class_entry *ce)
{
    http_request_obj_t *r = zend_object_alloc(sizeof *r, ce);
    zend_object_std_init(&r->std, ce);
    http_props_init(&r->std, ce, &request_props_plain);
    r->std.handlers = &request_handlers;
    return &r->std;
}

static zend_object *request_spare;   /* http_request_release() */

/* What a Request holds besides its properties. */
static void request_clear(http_request_obj_t *r)
{
    if (r->body)
        zend_string_release(r->body);
    if (r->head)
        zend_string_release(r->head);
    if (r->method)
        zend_string_release(r->method);
    http_uploads_release(r->uploads);
    if (r->remote_addr)
        zend_string_release(r->remote_addr);
}

static void request_free(zend_object *o)
{
    request_clear(req_from(o));
    zend_object_std_dtor(o);
}

void http_request_release(zval *z)
{
    zend_object *o = Z_OBJ_P(z);
    int how = request_spare ? 0 : http_object_reusable(o);
    if (!how) {
        zval_ptr_dtor(z);
        return;
    }
    http_request_obj_t *r = req_from(o);
    request_clear(r);
    memset(r, 0, XtOffsetOf(http_request_obj_t, std));   /* as zend_object_alloc() left it */
    http_props_reset(o, how, &request_props_plain);
    request_spare = o;   /* our reference */
}

void http_request_release_spare(void)
{
    zend_object *o = request_spare;
    request_spare = NULL;
    if (o)
        OBJ_RELEASE(o);
}

/* The declared properties are slots in a fixed order (http.stub.php): fd, streamId,
 * header, server, cookie, get, files, post, tmpfiles. */
enum { P_FD, P_STREAM_ID, P_HEADER, P_SERVER, P_COOKIE, P_GET, P_FILES, P_POST, P_TMPFILES };

static inline zval *prop(zend_object *o, int slot) { return OBJ_PROP_NUM(o, slot); }

static void set_array(zend_object *o, int slot, zval *arr)
{
    zval *p = prop(o, slot);
    zval_ptr_dtor(p);
    ZVAL_COPY_VALUE(p, arr);
}

static zend_string *span_str(const char *buf, http_span_t s)
{
    return zend_string_init(buf + s.off, s.len, 0);
}

static void make_headers(zend_object *o, const http_request_t *req, const char *buf)
{
    zval arr;
    array_init_size(&arr, req->nheaders);
    for (uint32_t i = 0; i < req->nheaders; i++) {
        const http_header_t *h = &req->headers[i];
        zend_string *name = zend_string_alloc(h->name.len, 0);
        zend_str_tolower_copy(ZSTR_VAL(name), buf + h->name.off, h->name.len);
        zval v;
        ZVAL_STR(&v, span_str(buf, h->value));
        zend_symtable_update(Z_ARRVAL(arr), name, &v);
        zend_string_release(name);
    }
    set_array(o, P_HEADER, &arr);
}

static void make_server(zend_object *o, const http_request_t *req, const char *buf)
{
    http_request_obj_t *r = req_from(o);
    zval arr;

    array_init_size(&arr, 12);
    if (req->query.len)
        add_assoc_str(&arr, "query_string", span_str(buf, req->query));
    add_assoc_str(&arr, "request_method", span_str(buf, req->method));
    add_assoc_str(&arr, "request_uri", span_str(buf, req->path));
    add_assoc_str(&arr, "path_info", span_str(buf, req->path));
    add_assoc_long(&arr, "request_time", (zend_long)r->time.tv_sec);
    add_assoc_double(&arr, "request_time_float",
                     (double)r->time.tv_sec + (double)r->time.tv_usec / 1e6);
    add_assoc_string(&arr, "server_protocol", req->version_minor ? "HTTP/1.1" : "HTTP/1.0");
    add_assoc_long(&arr, "server_port", r->server_port);
    add_assoc_long(&arr, "remote_port", r->remote_port);
    add_assoc_str(&arr, "remote_addr", zend_string_copy(r->remote_addr));
    add_assoc_long(&arr, "master_time", (zend_long)r->master_time);
    set_array(o, P_SERVER, &arr);
}

/* a=1&b[]=2 into an array the way PHP fills $_GET (brackets, max_input_vars, decoding). */
static void parse_query(zend_object *o, int slot, const char *s, size_t len)
{
    zval arr;
    array_init(&arr);
    sapi_module.treat_data(PARSE_STRING, estrndup(s, len), &arr);
    set_array(o, slot, &arr);
}

static void make_cookies(zend_object *o, const char *buf, const http_request_t *req)
{
    zval arr;
    array_init(&arr);
    for (uint32_t i = 0; i < req->nheaders; i++) {
        const http_header_t *h = &req->headers[i];
        if (!http_header_is(h, buf, "cookie"))
            continue;
        const char *v = buf + h->value.off;
        size_t pos = 0;
        http_span_t name, value;
        while (http_cookie_next(v, h->value.len, &pos, &name, &value)) {
            zend_string *val = zend_string_init(v + value.off, value.len, 0);
            ZSTR_LEN(val) = http_urldecode(ZSTR_VAL(val), ZSTR_LEN(val), 0);
            ZSTR_VAL(val)[ZSTR_LEN(val)] = '\0';
            zval zv;
            ZVAL_STR(&zv, val);
            /* the first of several cookies with one name wins, as in PHP */
            zend_string *key = zend_string_init(v + name.off, name.len, 0);
            if (!zend_symtable_exists(Z_ARRVAL(arr), key))
                zend_symtable_update(Z_ARRVAL(arr), key, &zv);
            else
                zval_ptr_dtor(&zv);
            zend_string_release(key);
        }
    }
    set_array(o, P_COOKIE, &arr);
}

static bool is_media_type(const char *buf, http_span_t ct, const char *type)
{
    size_t n = strlen(type);
    if (ct.len < n || strncasecmp(buf + ct.off, type, n) != 0)
        return false;
    return ct.len == n || buf[ct.off + n] == ';' || buf[ct.off + n] == ' ' ||
           buf[ct.off + n] == '\t';
}

/* Makes header, server, get and cookie from the saved head (parsed again: cheaper than
 * keeping the spans of every request for the few handlers that look). */
static void materialize(http_request_obj_t *r)
{
    zend_object *o = &r->std;
    r->lazy = false;
    ZVAL_NULL(prop(o, P_HEADER));
    ZVAL_NULL(prop(o, P_SERVER));
    ZVAL_NULL(prop(o, P_GET));
    ZVAL_NULL(prop(o, P_COOKIE));
    if (!r->head)
        return;
    http_head_state_t st;
    http_request_t req;
    http_header_t *hdrs = emalloc(sizeof *hdrs * HTTP_MAX_HEADERS);
    http_limits_t lim = {UINT32_MAX - 1, UINT32_MAX - 1, HTTP_MAX_HEADERS, UINT64_MAX};
    http_head_init(&st, &req, hdrs, HTTP_MAX_HEADERS);
    const char *buf = ZSTR_VAL(r->head);
    if (http_parse_head(&st, &req, buf, ZSTR_LEN(r->head), &lim) > 0) {
        make_headers(o, &req, buf);
        make_server(o, &req, buf);
        if (req.query.len)
            parse_query(o, P_GET, buf + req.query.off, req.query.len);
        if (r->parse_cookie && req.has_cookie)
            make_cookies(o, buf, &req);
    }
    efree(hdrs);
}

static inline void ensure(zend_object *o)
{
    http_request_obj_t *r = req_from(o);
    if (UNEXPECTED(r->lazy))
        materialize(r);
}

void http_request_make(zval *out, http_conn_t *hc, const char *buf, const char *body,
                       size_t body_len)
{
    const http_request_t *req = &hc->req;
    const http_cfg_t *cfg = hc->cfg;

    if (request_spare) {
        ZVAL_OBJ(out, request_spare);
        request_spare = NULL;
    } else {
        http_object_init(out, http_request_ce);
    }
    zend_object *o = Z_OBJ_P(out);
    http_request_obj_t *r = req_from(o);
    ZVAL_LONG(prop(o, P_FD), hc->session);
    /* for the response; the parser noted whether there is an Accept-Encoding at all */
    hc->accept_coding = req->has_accept_encoding ? http_request_accept_encoding(req, buf)
                                                 : HTTP_CODING_NONE;
    /* Undefined slots send every access, the VM's cached fast paths included, to the
     * handlers below, which fill them in. */
    r->lazy = true;
    ZVAL_UNDEF(prop(o, P_HEADER));
    ZVAL_UNDEF(prop(o, P_SERVER));
    ZVAL_UNDEF(prop(o, P_GET));
    ZVAL_UNDEF(prop(o, P_COOKIE));
    r->parse_cookie = cfg->parse_cookie;
    r->remote_addr = http_conn_remote(hc, &r->remote_port, &r->server_port, &r->master_time);
    gettimeofday(&r->time, NULL);
    r->method_span = req->method;
    r->head = zend_string_init(buf, hc->head_len, 0);
    if (hc->body) {
        /* a multipart body parsed by body.c: its raw bytes are not kept (see there) */
        http_body_attach(hc, prop(o, P_POST), prop(o, P_FILES), prop(o, P_TMPFILES),
                         &r->uploads);
    } else if (body_len) {
        r->body = zend_string_init(body, body_len, 0);
        if (cfg->parse_post && req->has_content_type &&
            is_media_type(buf, req->content_type, "application/x-www-form-urlencoded"))
            parse_query(o, P_POST, body, body_len);
    }
}

/* ---- lazy properties: every way in makes the arrays first -------------------------------- */

static zval *request_read_property(zend_object *o, zend_string *name, int type, void **cache,
                                   zval *rv)
{
    ensure(o);
    return zend_std_read_property(o, name, type, cache, rv);
}

static zval *request_write_property(zend_object *o, zend_string *name, zval *value, void **cache)
{
    ensure(o);
    return zend_std_write_property(o, name, value, cache);
}

static int request_has_property(zend_object *o, zend_string *name, int check, void **cache)
{
    ensure(o);
    return zend_std_has_property(o, name, check, cache);
}

static void request_unset_property(zend_object *o, zend_string *name, void **cache)
{
    ensure(o);
    zend_std_unset_property(o, name, cache);
}

static zval *request_get_property_ptr_ptr(zend_object *o, zend_string *name, int type, void **cache)
{
    ensure(o);
    return zend_std_get_property_ptr_ptr(o, name, type, cache);
}

static HashTable *request_get_properties(zend_object *o)
{
    ensure(o);
    return zend_std_get_properties(o);
}

/* ---- methods ----------------------------------------------------------------------------- */

#define THIS_REQ() req_from(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(Swoole_Http_Request, __construct) {}

/* The raw body; false if there is none, and for a multipart/form-data body parsed into
 * post/files (http_parse_post on): that one streams to its temp files and is not kept,
 * like php://input under PHP's own multipart handling (body.c). */
ZEND_METHOD(Swoole_Http_Request, getContent)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_request_obj_t *r = THIS_REQ();
    if (!r->body)
        RETURN_FALSE;
    RETURN_STR_COPY(r->body);
}

ZEND_METHOD(Swoole_Http_Request, getData)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_request_obj_t *r = THIS_REQ();
    if (!r->head)
        RETURN_FALSE;
    if (!r->body)
        RETURN_STR_COPY(r->head);
    RETURN_STR(zend_string_concat2(ZSTR_VAL(r->head), ZSTR_LEN(r->head), ZSTR_VAL(r->body),
                                   ZSTR_LEN(r->body)));
}

ZEND_METHOD(Swoole_Http_Request, getMethod)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_request_obj_t *r = THIS_REQ();
    if (!r->head)
        RETURN_FALSE;
    if (!r->method)
        r->method = span_str(ZSTR_VAL(r->head), r->method_span);
    RETURN_STR_COPY(r->method);
}

ZEND_METHOD(Swoole_Http_Request, isCompleted)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(THIS_REQ()->head != NULL);
}

ZEND_METHOD(Swoole_Http_Request, create)
{
    HashTable *options = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(options)
    ZEND_PARSE_PARAMETERS_END();
    (void)options;
    object_init_ex(return_value, http_request_ce);
}

/* Parses a complete request (head and Content-Length body) given as a string into this
 * object; returns the bytes used, or false. */
ZEND_METHOD(Swoole_Http_Request, parse)
{
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    http_request_obj_t *r = THIS_REQ();
    if (r->head) {
        php_error_docref(NULL, E_WARNING, "the request is already complete");
        RETURN_FALSE;
    }
    http_head_state_t st;
    http_request_t req;
    http_header_t *hdrs = emalloc(sizeof *hdrs * HTTP_MAX_HEADERS);
    http_limits_t lim = HTTP_LIMITS_DEFAULT;
    http_head_init(&st, &req, hdrs, HTTP_MAX_HEADERS);
    long n = http_parse_head(&st, &req, ZSTR_VAL(data), ZSTR_LEN(data), &lim);
    size_t cl = req.content_length > 0 ? (size_t)req.content_length : 0;
    if (n <= 0 || req.chunked || ZSTR_LEN(data) - (size_t)n < cl) {
        efree(hdrs);
        RETURN_FALSE;
    }
    const char *buf = ZSTR_VAL(data);
    zend_object *o = &r->std;
    make_headers(o, &req, buf);
    if (req.query.len)
        parse_query(o, P_GET, buf + req.query.off, req.query.len);
    r->method_span = req.method;
    r->head = zend_string_init(buf, (size_t)n, 0);
    if (cl)
        r->body = zend_string_init(buf + n, cl, 0);
    efree(hdrs);
    RETURN_LONG(n + (zend_long)cl);
}

void http_request_minit(zend_class_entry *ce)
{
    memcpy(&request_handlers, &std_object_handlers, sizeof request_handlers);
    request_handlers.offset = XtOffsetOf(http_request_obj_t, std);
    request_handlers.free_obj = request_free;
    request_handlers.clone_obj = NULL;
    request_handlers.read_property = request_read_property;
    request_handlers.write_property = request_write_property;
    request_handlers.has_property = request_has_property;
    request_handlers.unset_property = request_unset_property;
    request_handlers.get_property_ptr_ptr = request_get_property_ptr_ptr;
    request_handlers.get_properties = request_get_properties;
    http_request_ce = ce;
    http_request_ce->create_object = request_create;
}
