/* response.c — Swoole\Http\Response: status, headers, cookies and trailers of one
 * response, and its serialisation onto the connection: end() as one buffer and one
 * send (head and body together), write() as chunked transfer coding.
 *
 * A response belongs to its connection's current request while that is in flight
 * (http_conn_t.resp ⇄ http_response_t.hc). If the connection goes away first, the
 * response is orphaned (hc = NULL) and every call on it reports that it is unavailable.
 * A response destroyed without end() or detach() ends itself — with 500 if the handler
 * never chose a status — so that a client is never left waiting. */
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "http.h"
#include "ext/standard/url.h"

zend_class_entry *http_response_ce;
static zend_object_handlers response_handlers;

struct http_response {
    http_conn_t *hc;              /* NULL: ended, detached or orphaned */
    zend_object *server;          /* for Response::create() and isWritable() */
    int64_t session;
    int status;                   /* 0: not set (200 at end, 500 if never ended) */
    zend_string *reason;
    HashTable *headers;           /* name as given → string or list of strings */
    HashTable *cookies;           /* list of Set-Cookie values */
    HashTable *trailers;
    bool head_only;               /* a HEAD request: no body bytes */
    bool keep_alive;
    bool http10;
    bool headers_sent;            /* write() started a chunked body */
    bool unframed;                /* ... or, for an HTTP/1.0 client, a body ended by the close */
    bool ended, detached;
    int accept_coding;            /* HTTP_CODING_* of the request (http_compression) */
    unsigned hflags;              /* HTTP_H_*: which of the headers build_head() and
                                   * compression look at are in `headers` */
    http_zstream_t *zs;           /* compressor of a chunked body, or NULL */
    zend_object std;
};

static inline http_response_t *resp_from(zend_object *o)
{
    return (http_response_t *)((char *)o - XtOffsetOf(http_response_t, std));
}
#define THIS_RESP() resp_from(Z_OBJ_P(ZEND_THIS))

/* ---- status reasons and the Date header -------------------------------------------------- */

const char *http_status_reason(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 101: return "Switching Protocols";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 417: return "Expectation Failed";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return status >= 100 && status < 600 ? "Unknown" : "Unknown Status";
    }
}

size_t http_status_page(char *buf, size_t cap, int status, bool close)
{
    const char *reason = http_status_reason(status);
    int n = snprintf(buf, cap,
                     "HTTP/1.1 %d %s\r\nServer: " HTTP_SERVER_NAME "\r\nDate: %s\r\n"
                     "Content-Type: text/plain\r\nContent-Length: %zu\r\n"
                     "Connection: %s\r\n\r\n%s\n",
                     status, reason, http_date_now(), strlen(reason) + 1,
                     close ? "close" : "keep-alive", reason);
    return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

/* The Date value, and the default header lines that follow a handler's headers when it
 * set none of them, each formatted once per second. */
#define HTTP_LINE_SERVER "Server: " HTTP_SERVER_NAME "\r\n"
#define HTTP_LINE_KEEP_ALIVE "Connection: keep-alive\r\n"
#define HTTP_LINE_CLOSE "Connection: close\r\n"
#define HTTP_LINE_CONTENT_TYPE "Content-Type: text/html\r\n"
static struct {
    time_t at;
    size_t date_len;
    char date[40];
    /* Server, Date, Connection (keep-alive / close) and Content-Type lines */
    size_t block_len[2];
    char block[2][sizeof HTTP_LINE_SERVER + 48 + sizeof HTTP_LINE_KEEP_ALIVE +
                  sizeof HTTP_LINE_CONTENT_TYPE];
} date_cache = {.at = -1};

static void date_refresh(void)
{
    time_t now = time(NULL);
    if (now == date_cache.at)
        return;
    struct tm tm;
    gmtime_r(&now, &tm);
    date_cache.date_len = strftime(date_cache.date, sizeof date_cache.date,
                                   "%a, %d %b %Y %H:%M:%S GMT", &tm);
    for (int close = 0; close < 2; close++) {
        int n = snprintf(date_cache.block[close], sizeof date_cache.block[close],
                         HTTP_LINE_SERVER "Date: %s\r\n%s" HTTP_LINE_CONTENT_TYPE,
                         date_cache.date, close ? HTTP_LINE_CLOSE : HTTP_LINE_KEEP_ALIVE);
        date_cache.block_len[close] = (size_t)n;
    }
    date_cache.at = now;
}

const char *http_date_now(void)
{
    date_refresh();
    return date_cache.date;
}

/* ---- objects ------------------------------------------------------------------------------ */

static int response_props_plain;   /* http_props_init() */

static zend_object *response_create(zend_class_entry *ce)
{
    http_response_t *r = zend_object_alloc(sizeof *r, ce);
    zend_object_std_init(&r->std, ce);
    http_props_init(&r->std, ce, &response_props_plain);
    r->std.handlers = &response_handlers;
    return &r->std;
}

static bool send_end(http_response_t *r, const char *body, size_t len);

static zend_object *response_spare;   /* http_response_release() */

/* What a Response holds besides its properties; ends it first (500 if never ended). */
static void response_clear(http_response_t *r)
{
    if (r->hc && !r->ended && !r->detached) {
        if (!r->status)
            r->status = 500;
        send_end(r, NULL, 0);
    }
    if (r->hc && r->hc->resp == r)
        r->hc->resp = NULL;
    if (r->server)
        OBJ_RELEASE(r->server);
    if (r->reason)
        zend_string_release(r->reason);
    if (r->headers)
        zend_array_destroy(r->headers);
    if (r->cookies)
        zend_array_destroy(r->cookies);
    if (r->trailers)
        zend_array_destroy(r->trailers);
    http_zstream_free(r->zs);
}

static void response_free(zend_object *o)
{
    response_clear(resp_from(o));
    zend_object_std_dtor(o);
}

void http_response_release(zval *z)
{
    zend_object *o = Z_OBJ_P(z);
    if (response_spare || !http_object_reusable(o)) {
        zval_ptr_dtor(z);
        return;
    }
    http_response_t *r = resp_from(o);
    response_clear(r);   /* may run PHP code (a send warning): check again after */
    memset(r, 0, XtOffsetOf(http_response_t, std));
    int how = response_spare ? 0 : http_object_reusable(o);
    if (!how) {
        zval_ptr_dtor(z);
        return;
    }
    http_props_reset(o, how, &response_props_plain);
    response_spare = o;
}

void http_objects_release(void)
{
    zend_object *o = response_spare;
    response_spare = NULL;
    if (o)
        OBJ_RELEASE(o);
    http_request_release_spare();
}

void http_response_orphan(http_response_t *r) { r->hc = NULL; }

static void attach(http_response_t *r, http_conn_t *hc)
{
    r->hc = hc;
    r->session = hc->session;
    if (!r->server) {
        r->server = hc->server;
        GC_ADDREF(r->server);
    }
    r->keep_alive = hc->req.keep_alive && hc->cfg->keepalive;
    r->head_only = hc->req.method_id == HTTP_M_HEAD;
    r->http10 = hc->req.version_minor == 0;
    r->accept_coding = hc->accept_coding;
    hc->resp = r;
    ZVAL_LONG(OBJ_PROP_NUM(&r->std, 0), hc->session);   /* $fd */
}

void http_response_make(zval *out, http_conn_t *hc)
{
    if (response_spare) {
        ZVAL_OBJ(out, response_spare);
        response_spare = NULL;
    } else {
        http_object_init(out, http_response_ce);
    }
    attach(resp_from(Z_OBJ_P(out)), hc);
}

/* The connection of a usable response, or NULL with Swoole's warning. */
static http_conn_t *usable(http_response_t *r)
{
    if (!r->hc || r->ended || r->detached || !http_conn_open(r->hc)) {
        php_error_docref(NULL, E_WARNING,
                         "http response is unavailable (maybe it has been ended or detached)");
        return NULL;
    }
    return r->hc;
}

/* ---- headers ------------------------------------------------------------------------------ */

static bool has_crlf(const char *s, size_t n)
{
    return memchr(s, '\r', n) || memchr(s, '\n', n) || memchr(s, '\0', n);
}

/* "content-type" → "Content-Type" */
static zend_string *format_name(zend_string *key)
{
    zend_string *n = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 0);
    bool up = true;
    for (char *p = ZSTR_VAL(n); *p; p++) {
        *p = up ? (char)toupper((unsigned char)*p) : (char)tolower((unsigned char)*p);
        up = *p == '-';
    }
    return n;
}

static bool valid_token(const zend_string *s)
{
    if (!ZSTR_LEN(s))
        return false;
    for (size_t i = 0; i < ZSTR_LEN(s); i++) {
        unsigned char ch = (unsigned char)ZSTR_VAL(s)[i];
        if (ch <= 32 || ch >= 127 || strchr("\"(),/:;<=>?@[\\]{}", ch))
            return false;
    }
    return true;
}

static bool check_value(zval *v);

static bool check_values(HashTable *values)
{
    zval *e;
    ZEND_HASH_FOREACH_VAL(values, e) {
        if (!check_value(e))
            return false;
    } ZEND_HASH_FOREACH_END();
    return true;
}

static bool check_value(zval *v)
{
    if (Z_TYPE_P(v) == IS_ARRAY)
        return check_values(Z_ARRVAL_P(v));
    zend_string *s = zval_get_string(v);
    bool ok = !has_crlf(ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
    return ok;
}

static bool set_header(HashTable **ht, zend_string *key, zval *value, bool format)
{
    if (!valid_token(key)) {
        php_error_docref(NULL, E_WARNING, "header name is invalid (empty, or contains "
                         "whitespace, CR/LF or a separator)");
        return false;
    }
    if (!check_value(value)) {
        php_error_docref(NULL, E_WARNING, "header value contains CR, LF or NUL");
        return false;
    }
    if (!*ht) {
        ALLOC_HASHTABLE(*ht);
        zend_hash_init(*ht, 8, NULL, ZVAL_PTR_DTOR, 0);
    }
    zend_string *name = format ? format_name(key) : zend_string_copy(key);
    zval copy;
    if (Z_TYPE_P(value) == IS_ARRAY)
        ZVAL_COPY(&copy, value);
    else
        ZVAL_STR(&copy, zval_get_string(value));
    /* one entry per name whatever its case: a later header() replaces an earlier one */
    zend_string *k;
    ZEND_HASH_FOREACH_STR_KEY(*ht, k) {
        if (k && zend_string_equals_ci(k, name)) {
            zend_hash_del(*ht, k);
            break;
        }
    } ZEND_HASH_FOREACH_END();
    zend_hash_update(*ht, name, &copy);
    zend_string_release(name);
    return true;
}

/* Headers whose presence decides what build_head() and compression add: a flag each,
 * kept by every change of r->headers, instead of a scan of the table per question. */
enum {
    HTTP_H_SERVER = 1 << 0,
    HTTP_H_DATE = 1 << 1,
    HTTP_H_CONNECTION = 1 << 2,
    HTTP_H_CONTENT_TYPE = 1 << 3,
    HTTP_H_CONTENT_LENGTH = 1 << 4,
    HTTP_H_CONTENT_ENCODING = 1 << 5,
    HTTP_H_VARY = 1 << 6,
};

static unsigned header_flag(const zend_string *name)
{
    const char *n = ZSTR_VAL(name);
    switch (ZSTR_LEN(name)) {
    case 4:
        return !strncasecmp(n, "date", 4) ? HTTP_H_DATE : !strncasecmp(n, "vary", 4) ? HTTP_H_VARY : 0;
    case 6:
        return !strncasecmp(n, "server", 6) ? HTTP_H_SERVER : 0;
    case 10:
        return !strncasecmp(n, "connection", 10) ? HTTP_H_CONNECTION : 0;
    case 12:
        return !strncasecmp(n, "content-type", 12) ? HTTP_H_CONTENT_TYPE : 0;
    case 14:
        return !strncasecmp(n, "content-length", 14) ? HTTP_H_CONTENT_LENGTH : 0;
    case 16:
        return !strncasecmp(n, "content-encoding", 16) ? HTTP_H_CONTENT_ENCODING : 0;
    }
    return 0;
}

/* set_header() on the response's headers, keeping r->hflags. */
static bool set_resp_header(http_response_t *r, zend_string *key, zval *value, bool format)
{
    if (!set_header(&r->headers, key, value, format))
        return false;
    r->hflags |= header_flag(key);
    return true;
}

/* A header without a flag: scans the table. */
static bool has_header(const http_response_t *r, const char *name, size_t len)
{
    zend_string *k;
    if (!r->headers)
        return false;
    ZEND_HASH_FOREACH_STR_KEY(r->headers, k) {
        if (k && ZSTR_LEN(k) == len && strncasecmp(ZSTR_VAL(k), name, len) == 0)
            return true;
    } ZEND_HASH_FOREACH_END();
    return false;
}

static void append_line(smart_str *out, zend_string *name, zval *v)
{
    zend_string *s = zval_get_string(v);
    smart_str_append(out, name);
    smart_str_appendl(out, ": ", 2);
    smart_str_append(out, s);
    smart_str_appendl(out, "\r\n", 2);
    zend_string_release(s);
}

static void append_lines(smart_str *out, zend_string *name, HashTable *values)
{
    zval *e;
    ZEND_HASH_FOREACH_VAL(values, e) {
        append_line(out, name, e);
    } ZEND_HASH_FOREACH_END();
}

static void append_header_lines(smart_str *out, HashTable *ht)
{
    zend_string *k;
    zval *v;
    ZEND_HASH_FOREACH_STR_KEY_VAL(ht, k, v) {
        if (!k)
            continue;
        if (Z_TYPE_P(v) == IS_ARRAY)
            append_lines(out, k, Z_ARRVAL_P(v));
        else
            append_line(out, k, v);
    } ZEND_HASH_FOREACH_END();
}

/* 1xx, 204 and 304 responses end with their head (RFC 9110 §6.4.1). */
static bool status_has_no_body(int status)
{
    return (status >= 100 && status < 200) || status == 204 || status == 304;
}

/* The handler set a Connection header: it is sent as set, and "close" closes. */
static void user_connection(http_response_t *r)
{
    zval *v = NULL;
    zend_string *k;
    ZEND_HASH_FOREACH_STR_KEY_VAL(r->headers, k, v) {
        if (k && zend_string_equals_literal_ci(k, "Connection"))
            break;
    } ZEND_HASH_FOREACH_END();
    if (v && Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal_ci(Z_STR_P(v), "close"))
        r->keep_alive = false;
}

/* The status line and headers; content_length < 0: chunked (or, r->unframed, none). */
static void build_head(http_response_t *r, smart_str *out, long long content_length)
{
    int status = r->status ? r->status : 200;
    smart_str_appendl(out, "HTTP/1.1 ", 9);
    smart_str_append_long(out, status);
    smart_str_appendc(out, ' ');
    if (r->reason)
        smart_str_append(out, r->reason);
    else
        smart_str_appends(out, http_status_reason(status));
    smart_str_appendl(out, "\r\n", 2);
    if (r->headers)
        append_header_lines(out, r->headers);
    if (!(r->hflags & HTTP_H_SERVER))
        smart_str_appends(out, "Server: " HTTP_SERVER_NAME "\r\n");
    if (!(r->hflags & HTTP_H_DATE)) {
        smart_str_appendl(out, "Date: ", 6);
        smart_str_appends(out, http_date_now());
        smart_str_appendl(out, "\r\n", 2);
    }
    if (r->hflags & HTTP_H_CONNECTION) {
        user_connection(r);
    } else {
        smart_str_appends(out, r->keep_alive ? "Connection: keep-alive\r\n"
                                             : "Connection: close\r\n");
    }
    if (!(r->hflags & HTTP_H_CONTENT_TYPE) && status != 204 && status != 304)
        smart_str_appends(out, "Content-Type: text/html\r\n");
    if (r->cookies) {
        zval *c;
        ZEND_HASH_FOREACH_VAL(r->cookies, c) {
            smart_str_appendl(out, "Set-Cookie: ", 12);
            smart_str_append(out, Z_STR_P(c));
            smart_str_appendl(out, "\r\n", 2);
        } ZEND_HASH_FOREACH_END();
    }
    if (content_length < 0 && r->unframed) {
        /* nothing: the close ends the body */
    } else if (content_length < 0) {
        smart_str_appends(out, "Transfer-Encoding: chunked\r\n");
        if (r->trailers) {
            smart_str_appendl(out, "Trailer: ", 9);
            zend_string *k;
            bool first = true;
            ZEND_HASH_FOREACH_STR_KEY(r->trailers, k) {
                if (!first)
                    smart_str_appendl(out, ", ", 2);
                smart_str_append(out, k);
                first = false;
            } ZEND_HASH_FOREACH_END();
            smart_str_appendl(out, "\r\n", 2);
        }
    } else if (!(r->hflags & HTTP_H_CONTENT_LENGTH) && status != 204 && status != 304 &&
               !(status >= 100 && status < 200)) {
        smart_str_appendl(out, "Content-Length: ", 16);
        smart_str_append_unsigned(out, (zend_ulong)content_length);
        smart_str_appendl(out, "\r\n", 2);
    }
    smart_str_appendl(out, "\r\n", 2);
}

/* ---- the head of end(), in one buffer --------------------------------------------------- *
 *
 * What build_head() writes for a Content-Length body, byte for byte, without smart_str:
 * head_emit() writes into a buffer of cap bytes and counts what did not fit; if anything
 * did not, it runs again into a buffer of the counted size. It handles header values that
 * are strings (or lists of strings); anything else needs a conversion with its warnings,
 * which build_head() does once. */

typedef struct {
    char *p;
    size_t n;   /* bytes of the head so far, written or not */
    size_t cap;
} http_hbuf_t;

static inline void hput(http_hbuf_t *b, const char *s, size_t len)
{
    if (b->n + len <= b->cap)
        memcpy(b->p + b->n, s, len);
    b->n += len;
}
#define HPUT_LIT(b, lit) hput(b, lit, sizeof lit - 1)

static inline void hput_u64(http_hbuf_t *b, uint64_t v)
{
    char tmp[24], *e = tmp + sizeof tmp, *d = e;
    do
        *--d = (char)('0' + v % 10);
    while (v /= 10);
    hput(b, d, (size_t)(e - d));
}

static inline void hput_line(http_hbuf_t *b, const zend_string *name, const zend_string *v)
{
    hput(b, ZSTR_VAL(name), ZSTR_LEN(name));
    HPUT_LIT(b, ": ");
    hput(b, ZSTR_VAL(v), ZSTR_LEN(v));
    HPUT_LIT(b, "\r\n");
}

static bool strings_only(HashTable *values)
{
    zval *e;
    ZEND_HASH_FOREACH_VAL(values, e) {
        if (Z_TYPE_P(e) != IS_STRING)
            return false;
    } ZEND_HASH_FOREACH_END();
    return true;
}

/* True if every header value is a string or a list of strings. */
static bool headers_plain(const http_response_t *r)
{
    zval *v;
    if (!r->headers)
        return true;
    ZEND_HASH_FOREACH_VAL(r->headers, v) {
        if (Z_TYPE_P(v) != IS_STRING &&
            (Z_TYPE_P(v) != IS_ARRAY || !strings_only(Z_ARRVAL_P(v))))
            return false;
    } ZEND_HASH_FOREACH_END();
    return true;
}

/* By value: head_emit()'s buffer state never has its address taken. */
static http_hbuf_t hput_lines(http_hbuf_t b, const zend_string *name, HashTable *values)
{
    zval *e;
    ZEND_HASH_FOREACH_VAL(values, e) {
        hput_line(&b, name, Z_STR_P(e));
    } ZEND_HASH_FOREACH_END();
    return b;
}

/* build_head() for content_length >= 0 over plain headers (see above); r->keep_alive is
 * final (user_connection() ran). */
static void head_emit(const http_response_t *r, http_hbuf_t *out, uint64_t content_length)
{
    /* a local copy: memcpy cannot write into it, so it stays in registers */
    http_hbuf_t local = *out, *b = &local;
    int status = r->status ? r->status : 200;
    if (status == 200 && !r->reason) {
        HPUT_LIT(b, "HTTP/1.1 200 OK\r\n");
    } else {
        HPUT_LIT(b, "HTTP/1.1 ");
        hput_u64(b, (uint64_t)status);   /* 100..999: status() checks it */
        HPUT_LIT(b, " ");
        if (r->reason) {
            hput(b, ZSTR_VAL(r->reason), ZSTR_LEN(r->reason));
        } else {
            const char *reason = http_status_reason(status);
            hput(b, reason, strlen(reason));
        }
        HPUT_LIT(b, "\r\n");
    }
    if (r->headers) {
        zend_string *k;
        zval *v;
        ZEND_HASH_FOREACH_STR_KEY_VAL(r->headers, k, v) {
            if (!k)
                continue;
            if (Z_TYPE_P(v) == IS_STRING)
                hput_line(b, k, Z_STR_P(v));
            else
                local = hput_lines(local, k, Z_ARRVAL_P(v));
        } ZEND_HASH_FOREACH_END();
    }
    unsigned defaults = HTTP_H_SERVER | HTTP_H_DATE | HTTP_H_CONNECTION | HTTP_H_CONTENT_TYPE;
    if (!(r->hflags & defaults) && status != 204 && status != 304) {
        hput(b, date_cache.block[!r->keep_alive], date_cache.block_len[!r->keep_alive]);
    } else {
        if (!(r->hflags & HTTP_H_SERVER))
            HPUT_LIT(b, HTTP_LINE_SERVER);
        if (!(r->hflags & HTTP_H_DATE)) {
            HPUT_LIT(b, "Date: ");
            hput(b, date_cache.date, date_cache.date_len);
            HPUT_LIT(b, "\r\n");
        }
        if (!(r->hflags & HTTP_H_CONNECTION)) {
            if (r->keep_alive)
                HPUT_LIT(b, HTTP_LINE_KEEP_ALIVE);
            else
                HPUT_LIT(b, HTTP_LINE_CLOSE);
        }
        if (!(r->hflags & HTTP_H_CONTENT_TYPE) && status != 204 && status != 304)
            HPUT_LIT(b, HTTP_LINE_CONTENT_TYPE);
    }
    if (r->cookies) {
        zval *c;
        ZEND_HASH_FOREACH_VAL(r->cookies, c) {
            HPUT_LIT(b, "Set-Cookie: ");
            hput(b, Z_STRVAL_P(c), Z_STRLEN_P(c));
            HPUT_LIT(b, "\r\n");
        } ZEND_HASH_FOREACH_END();
    }
    if (!(r->hflags & HTTP_H_CONTENT_LENGTH) && !status_has_no_body(status)) {
        HPUT_LIT(b, "Content-Length: ");
        hput_u64(b, content_length);
        HPUT_LIT(b, "\r\n");
    }
    HPUT_LIT(b, "\r\n");
    *out = local;
}

/* The output: a server connection's queue, or a coroutine server's socket (coserver.c). */
static bool conn_send_ex(http_conn_t *hc, const char *data, size_t len, bool last)
{
    if (!len)
        return true;
    if (hc->co)
        return http_co_send(hc, data, len);
    int rc = last ? sw_api->conn_send_last(hc->conn, data, len)
                  : sw_api->conn_send(hc->conn, data, len);
    if (rc < 0) {
        php_error_docref(NULL, E_WARNING, "failed to send the response: %s", sw_api->error_msg());
        return false;
    }
    return true;
}

static bool conn_send(http_conn_t *hc, const char *data, size_t len)
{
    return conn_send_ex(hc, data, len, false);
}

/* The value of header `name` if it is set once as a string, else NULL. */
static zend_string *header_value(const http_response_t *r, const char *name, size_t len)
{
    zend_string *k;
    zval *v;
    if (!r->headers)
        return NULL;
    ZEND_HASH_FOREACH_STR_KEY_VAL(r->headers, k, v) {
        if (k && ZSTR_LEN(k) == len && strncasecmp(ZSTR_VAL(k), name, len) == 0)
            return Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
    } ZEND_HASH_FOREACH_END();
    return NULL;
}

/* http_compression: whether a body of len bytes (chunked: length unknown) is to be
 * compressed — not if the request does not accept it, it is too short, its media type is
 * not worth it, the handler chose a coding, or the status has no body. */
static bool want_compress(http_response_t *r, size_t len, bool chunked)
{
    const http_cfg_t *cfg = r->hc->cfg;
    int status = r->status ? r->status : 200;
    if (!cfg->compression || r->accept_coding == HTTP_CODING_NONE ||
        (!chunked && (!len || len < cfg->compression_min_length)) || status == 204 ||
        status == 304 || (status >= 100 && status < 200) ||
        (r->hflags & HTTP_H_CONTENT_ENCODING))
        return false;
    if (r->hflags & HTTP_H_CONTENT_TYPE) {
        zend_string *ct = header_value(r, ZEND_STRL("Content-Type"));
        if (!ct || !http_compressible_type(ZSTR_VAL(ct), ZSTR_LEN(ct)))
            return false;
    }   /* else the default text/html */
    return true;
}

/* The headers of a compressed body: Content-Encoding, Vary, and no Content-Length set by
 * the handler (it would be the uncompressed one; build_head writes the right one). */
static void mark_compressed(http_response_t *r)
{
    zval v;
    zend_string *name = zend_string_init(ZEND_STRL("Content-Encoding"), 0);
    ZVAL_STRING(&v, r->accept_coding == HTTP_CODING_GZIP ? "gzip" : "deflate");
    set_resp_header(r, name, &v, false);
    zval_ptr_dtor(&v);
    zend_string_release(name);
    if (!(r->hflags & HTTP_H_VARY)) {
        name = zend_string_init(ZEND_STRL("Vary"), 0);
        ZVAL_STRING(&v, "Accept-Encoding");
        set_resp_header(r, name, &v, false);
        zval_ptr_dtor(&v);
        zend_string_release(name);
    }
    zend_string *k;
    ZEND_HASH_FOREACH_STR_KEY(r->headers, k) {
        if (k && zend_string_equals_literal_ci(k, "Content-Length")) {
            zend_hash_del(r->headers, k);
            r->hflags &= ~HTTP_H_CONTENT_LENGTH;
            break;
        }
    } ZEND_HASH_FOREACH_END();
}

/* The whole body compressed (headers marked), or NULL to send it as it is. */
static zend_string *maybe_compress(http_response_t *r, const char *body, size_t len)
{
    if (r->accept_coding == HTTP_CODING_NONE || !want_compress(r, len, false))
        return NULL;
    zend_string *z = http_compress(r->accept_coding, r->hc->cfg->compression_level, body, len);
    if (z)
        mark_compressed(r);
    return z;
}

/* Appends one chunk of a chunked body (nothing for an empty one: that would end it). */
static void append_chunk(http_response_t *r, smart_str *out, const char *data, size_t len)
{
    if (!len)
        return;
    if (r->unframed) {   /* HTTP/1.0 has no chunked coding (RFC 9112 §6.1) */
        smart_str_appendl(out, data, len);
        return;
    }
    char sz[24];
    int n = snprintf(sz, sizeof sz, "%zx\r\n", len);
    smart_str_appendl(out, sz, (size_t)n);
    smart_str_appendl(out, data, len);
    smart_str_appendl(out, "\r\n", 2);
}

/* Appends data as a chunk, through the response's compressor if it has one (finish: the
 * last data of the body). False if compression failed. */
static bool append_body_chunk(http_response_t *r, smart_str *out, const char *data, size_t len,
                              bool finish)
{
    if (!r->zs) {
        append_chunk(r, out, data, len);
        return true;
    }
    zend_string *z = http_zstream_feed(r->zs, data, len, finish);
    if (!z)
        return false;
    append_chunk(r, out, ZSTR_VAL(z), ZSTR_LEN(z));
    zend_string_release(z);
    return true;
}

/* The whole response (head and body of len bytes) as one send from one buffer: on the
 * stack when it is small (the common case: no allocation at all). False if not sent;
 * *done false if the headers need build_head() (see headers_plain()). */
static bool send_whole(http_response_t *r, http_conn_t *hc, const char *body, size_t len,
                       bool *done)
{
    char stack[4096];
    *done = headers_plain(r);
    if (!*done)
        return false;
    if (r->hflags & HTTP_H_CONNECTION)
        user_connection(r);
    date_refresh();
    bool with_body = !r->head_only && !status_has_no_body(r->status);
    http_hbuf_t b = {stack, 0, sizeof stack};
    head_emit(r, &b, len);
    size_t total = b.n + (with_body ? len : 0);
    if (total > sizeof stack) {
        char *heap = emalloc(total);
        if (b.n > sizeof stack) {   /* the head itself did not fit: again */
            b = (http_hbuf_t){heap, 0, total};
            head_emit(r, &b, len);
        } else {
            memcpy(heap, stack, b.n);
        }
        b.p = heap;
    }
    if (with_body)
        memcpy(b.p + b.n, body, len);
    bool ok = http_conn_open(hc) && conn_send_ex(hc, b.p, total, !r->keep_alive);
    if (b.p != stack)
        efree(b.p);
    return ok;
}

/* Finishes the response: the whole of it (no write() before) or the chunked terminator. */
static bool send_end(http_response_t *r, const char *body, size_t len)
{
    http_conn_t *hc = r->hc;
    smart_str out = {0};
    zend_string *zbody = NULL;
    bool ok = false, whole = false;

    r->ended = true;
    if (r->headers_sent) {
        if (!r->head_only && !append_body_chunk(r, &out, body, len, true))
            php_error_docref(NULL, E_WARNING, "failed to compress the response body");
        http_zstream_free(r->zs);
        r->zs = NULL;
        /* a HEAD response has no body to end; an unframed one ends with the close */
        if (!r->head_only && !r->unframed) {
            smart_str_appendl(&out, "0\r\n", 3);
            if (r->trailers)
                append_header_lines(&out, r->trailers);
            smart_str_appendl(&out, "\r\n", 2);
        }
    } else {
        zbody = maybe_compress(r, body, len);
        if (zbody) {
            body = ZSTR_VAL(zbody);
            len = ZSTR_LEN(zbody);
        }
        ok = send_whole(r, hc, body, len, &whole);
        if (!whole) {
            build_head(r, &out, (long long)len);
            if (!r->head_only && !status_has_no_body(r->status))
                smart_str_appendl(&out, body, len);
        }
    }
    if (zbody)
        zend_string_release(zbody);
    /* the response to "Connection: close" goes out with the FIN (conn_send_last) */
    if (!whole)
        ok = http_conn_open(hc) &&
             (!out.s || conn_send_ex(hc, ZSTR_VAL(out.s), ZSTR_LEN(out.s), !r->keep_alive));
    smart_str_free(&out);
    r->hc = NULL;
    if (hc->upgrading)   /* a handshake's response (http_upgrade.h): 101 upgrades */
        http_conn_upgrade_sent(hc, ok ? r->status : 0);
    if (hc->co)
        http_co_response_done(hc, !r->keep_alive || !ok);
    else
        http_conn_response_done(hc, !r->keep_alive || !ok);
    return ok;
}

/* ---- methods ------------------------------------------------------------------------------ */

ZEND_METHOD(Swoole_Http_Response, __construct) {}

ZEND_METHOD(Swoole_Http_Response, initHeader)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_response_t *r = THIS_RESP();
    if (r->headers)
        zend_hash_clean(r->headers);
    r->hflags = 0;
    if (r->cookies)
        zend_hash_clean(r->cookies);
    if (r->trailers)
        zend_hash_clean(r->trailers);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Http_Response, isWritable)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_response_t *r = THIS_RESP();
    RETURN_BOOL(r->hc && http_conn_open(r->hc) && !r->ended && !r->detached);
}

ZEND_METHOD(Swoole_Http_Response, status)
{
    zend_long code;
    zend_string *reason = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(code)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(reason)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    if (code < 100 || code > 999) {
        php_error_docref(NULL, E_WARNING, "invalid status code " ZEND_LONG_FMT, code);
        RETURN_FALSE;
    }
    if (reason && has_crlf(ZSTR_VAL(reason), ZSTR_LEN(reason))) {
        php_error_docref(NULL, E_WARNING, "status reason contains CR, LF or NUL");
        RETURN_FALSE;
    }
    r->status = (int)code;
    if (r->reason)
        zend_string_release(r->reason);
    r->reason = reason && ZSTR_LEN(reason) ? zend_string_copy(reason) : NULL;
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Http_Response, header)
{
    zend_string *key;
    zval *value;
    bool format = true;
    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(key)
        Z_PARAM_ZVAL(value)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(format)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    if (r->headers_sent) {
        php_error_docref(NULL, E_WARNING, "headers have already been sent");
        RETURN_FALSE;
    }
    RETURN_BOOL(set_resp_header(r, key, value, format));
}

ZEND_METHOD(Swoole_Http_Response, trailer)
{
    zend_string *key, *value;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(key)
        Z_PARAM_STR(value)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    zval v;
    ZVAL_STR(&v, value);
    RETURN_BOOL(set_header(&r->trailers, key, &v, false));
}

/* Set-Cookie value of cookie()/rawcookie(): the cookie-octet rules of RFC 6265 for the
 * name, CR/LF/NUL and ';' refused in every attribute so no header can be injected. */
static void cookie_impl(INTERNAL_FUNCTION_PARAMETERS, bool raw)
{
    zend_string *name, *value = NULL, *path = NULL, *domain = NULL, *samesite = NULL,
                       *priority = NULL;
    zend_long expires = 0;
    bool secure = false, httponly = false, partitioned = false;
    ZEND_PARSE_PARAMETERS_START(1, 10)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(value)
        Z_PARAM_LONG(expires)
        Z_PARAM_STR(path)
        Z_PARAM_STR(domain)
        Z_PARAM_BOOL(secure)
        Z_PARAM_BOOL(httponly)
        Z_PARAM_STR(samesite)
        Z_PARAM_STR(priority)
        Z_PARAM_BOOL(partitioned)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    if (!ZSTR_LEN(name) || strpbrk(ZSTR_VAL(name), "=,; \t\r\n\013\014") ||
        memchr(ZSTR_VAL(name), 0, ZSTR_LEN(name))) {
        php_error_docref(NULL, E_WARNING, "Cookie names cannot be empty or contain any of "
                         "the following '=,; \\t\\r\\n\\013\\014'");
        RETURN_FALSE;
    }
    zend_string *attrs[] = {path, domain, samesite, priority};
    for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
        if (attrs[i] && (strpbrk(ZSTR_VAL(attrs[i]), ",; \t\r\n\013\014") ||
                         memchr(ZSTR_VAL(attrs[i]), 0, ZSTR_LEN(attrs[i])))) {
            php_error_docref(NULL, E_WARNING, "Cookie attributes cannot contain any of the "
                             "following ',; \\t\\r\\n\\013\\014'");
            RETURN_FALSE;
        }
    if (raw && value && (strpbrk(ZSTR_VAL(value), ",; \t\r\n\013\014") ||
                         memchr(ZSTR_VAL(value), 0, ZSTR_LEN(value)))) {
        php_error_docref(NULL, E_WARNING, "Cookie values cannot contain any of the "
                         "following ',; \\t\\r\\n\\013\\014'");
        RETURN_FALSE;
    }
    smart_str c = {0};
    smart_str_append(&c, name);
    smart_str_appendc(&c, '=');
    if (!value || !ZSTR_LEN(value)) {
        /* an empty value deletes the cookie, as PHP's setcookie() does */
        smart_str_appends(&c, "deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0");
    } else {
        if (raw) {
            smart_str_append(&c, value);
        } else {
            zend_string *enc = php_raw_url_encode(ZSTR_VAL(value), ZSTR_LEN(value));
            smart_str_append(&c, enc);
            zend_string_release(enc);
        }
        if (expires > 0) {
            char date[64];
            time_t t = (time_t)expires;
            struct tm tm;
            gmtime_r(&t, &tm);
            strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S GMT", &tm);
            smart_str_appends(&c, "; expires=");
            smart_str_appends(&c, date);
            zend_long age = expires - (zend_long)time(NULL);
            smart_str_appends(&c, "; Max-Age=");
            smart_str_append_long(&c, age > 0 ? age : 0);
        }
    }
    if (path && ZSTR_LEN(path)) {
        smart_str_appends(&c, "; path=");
        smart_str_append(&c, path);
    }
    if (domain && ZSTR_LEN(domain)) {
        smart_str_appends(&c, "; domain=");
        smart_str_append(&c, domain);
    }
    if (secure)
        smart_str_appends(&c, "; secure");
    if (httponly)
        smart_str_appends(&c, "; HttpOnly");
    if (samesite && ZSTR_LEN(samesite)) {
        smart_str_appends(&c, "; SameSite=");
        smart_str_append(&c, samesite);
    }
    if (priority && ZSTR_LEN(priority)) {
        smart_str_appends(&c, "; Priority=");
        smart_str_append(&c, priority);
    }
    if (partitioned)
        smart_str_appends(&c, "; Partitioned");
    smart_str_0(&c);
    if (!r->cookies) {
        ALLOC_HASHTABLE(r->cookies);
        zend_hash_init(r->cookies, 4, NULL, ZVAL_PTR_DTOR, 0);
    }
    zval v;
    ZVAL_STR(&v, c.s);
    zend_hash_next_index_insert(r->cookies, &v);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Http_Response, cookie) { cookie_impl(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Http_Response, rawcookie) { cookie_impl(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Swoole_Http_Response, write)
{
    zend_string *data;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    http_conn_t *hc = usable(r);
    if (!hc)
        RETURN_FALSE;
    smart_str out = {0};
    if (!r->headers_sent) {
        if (!r->head_only && want_compress(r, 0, true) &&
            (r->zs = http_zstream_new(r->accept_coding, hc->cfg->compression_level)))
            mark_compressed(r);
        if (r->http10) {
            r->unframed = true;
            r->keep_alive = false;
        }
        build_head(r, &out, -1);
        r->headers_sent = true;
    }
    if (ZSTR_LEN(data) && !r->head_only &&
        !append_body_chunk(r, &out, ZSTR_VAL(data), ZSTR_LEN(data), false)) {
        smart_str_free(&out);
        php_error_docref(NULL, E_WARNING, "failed to compress the response body");
        RETURN_FALSE;
    }
    bool ok = !out.s || conn_send(hc, ZSTR_VAL(out.s), ZSTR_LEN(out.s));
    smart_str_free(&out);
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Http_Response, end)
{
    zend_string *data = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(data)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    RETURN_BOOL(send_end(r, data ? ZSTR_VAL(data) : "", data ? ZSTR_LEN(data) : 0));
}

ZEND_METHOD(Swoole_Http_Response, redirect)
{
    zend_string *location;
    zend_long code = 302;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(location)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(code)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    if (code < 300 || code > 399) {
        php_error_docref(NULL, E_WARNING, "redirect status must be 3xx, " ZEND_LONG_FMT " given",
                         code);
        RETURN_FALSE;
    }
    zval v;
    ZVAL_STR(&v, location);
    zend_string *key = zend_string_init(ZEND_STRL("Location"), 0);
    bool ok = set_resp_header(r, key, &v, false);
    zend_string_release(key);
    if (!ok)
        RETURN_FALSE;
    r->status = (int)code;
    RETURN_BOOL(send_end(r, "", 0));
}

/* A header the response does not have yet. */
static void default_header(http_response_t *r, const char *name, const char *value)
{
    if (has_header(r, name, strlen(name)))
        return;
    zend_string *key = zend_string_init(name, strlen(name), 0);
    zval v;
    ZVAL_STRING(&v, value);
    set_resp_header(r, key, &v, false);
    zval_ptr_dtor(&v);
    zend_string_release(key);
}

/* The whole file (offset = length = 0) answers a Range of the request like the static
 * handler: 206 with Content-Range, or 416. Not when the handler chose another status. */
static void sendfile_range(http_response_t *r, http_conn_t *hc, uint64_t size, uint64_t *off,
                           uint64_t *len)
{
    char crange[96];
    if (!hc->range[0] || (r->status && r->status != 200))
        return;
    int status = http_range_parse(hc->range, strlen(hc->range), size, off, len);
    if (status == 200)
        return;
    if (status == 416) {
        snprintf(crange, sizeof crange, "bytes */%llu", (unsigned long long)size);
        *off = *len = 0;
    } else {
        snprintf(crange, sizeof crange, "bytes %llu-%llu/%llu", (unsigned long long)*off,
                 (unsigned long long)(*off + *len - 1), (unsigned long long)size);
    }
    r->status = status;
    if (r->reason) {
        zend_string_release(r->reason);
        r->reason = NULL;
    }
    default_header(r, "Content-Range", crange);
}

/* A Coroutine\Http\Server connection writes from the handler's coroutine: the file goes
 * chunk by chunk, each write waiting for the socket, so only a chunk is in memory. The
 * buffer is per call: another coroutine may send while this one waits. */
static bool co_send_file(http_conn_t *hc, zend_string *head, int fd, uint64_t off,
                         uint64_t len)
{
    const size_t cap = 64 * 1024;
    char *buf = emalloc(cap);
    bool ok = http_co_send(hc, ZSTR_VAL(head), ZSTR_LEN(head));
    while (ok && len) {
        ssize_t n;
        do
            n = pread(fd, buf, len < cap ? (size_t)len : cap, (off_t)off);
        while (n < 0 && errno == EINTR);
        if (n <= 0) {
            php_error_docref(NULL, E_WARNING, "sendfile(): reading the file failed: %s",
                             n < 0 ? strerror(errno) : "unexpected end of file");
            ok = false;
            break;
        }
        ok = http_co_send(hc, buf, (size_t)n);
        off += (uint64_t)n;
        len -= (uint64_t)n;
    }
    efree(buf);
    close(fd);
    zend_string_release(head);
    return ok;
}

/* sendfile($file, $offset = 0, $length = 0): the file (or length bytes of it from offset,
 * 0: to its end) as the body, streamed as the connection drains. Content-Type from the
 * extension unless set. The response is ended by it. */
ZEND_METHOD(Swoole_Http_Response, sendfile)
{
    zend_string *file;
    zend_long offset = 0, length = 0;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_PATH_STR(file)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(offset)
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    http_response_t *r = THIS_RESP();
    http_conn_t *hc = usable(r);
    if (!hc)
        RETURN_FALSE;
    if (r->headers_sent) {
        php_error_docref(NULL, E_WARNING, "cannot sendfile() after write()");
        RETURN_FALSE;
    }
    int fd = open(ZSTR_VAL(file), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
        php_error_docref(NULL, E_WARNING, "sendfile(%s) failed: %s", ZSTR_VAL(file),
                         fd < 0 ? strerror(errno) : "not a regular file");
        if (fd >= 0)
            close(fd);
        RETURN_FALSE;
    }
    if (offset < 0 || offset > st.st_size || length < 0 || length > st.st_size - offset) {
        php_error_docref(NULL, E_WARNING, "offset/length out of the file's range (size %lld)",
                         (long long)st.st_size);
        close(fd);
        RETURN_FALSE;
    }
    uint64_t off = (uint64_t)offset;
    uint64_t len = length ? (uint64_t)length : (uint64_t)st.st_size - off;
    if (!offset && !length)
        sendfile_range(r, hc, (uint64_t)st.st_size, &off, &len);
    default_header(r, "Content-Type", http_mime_type(ZSTR_VAL(file), ZSTR_LEN(file)));
    default_header(r, "Accept-Ranges", "bytes");
    smart_str head = {0};
    build_head(r, &head, (long long)len);
    smart_str_0(&head);
    r->ended = true;
    r->hc = NULL;
    hc->resp = NULL;
    if (hc->co) {
        bool ok = co_send_file(hc, head.s, fd, off, r->head_only ? 0 : len);
        http_co_response_done(hc, !r->keep_alive || !ok);
        RETURN_BOOL(ok);
    }
    http_send_file_range(hc, head.s, fd, off, r->head_only ? 0 : len, !r->keep_alive);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Http_Response, detach)
{
    ZEND_PARSE_PARAMETERS_NONE();
    http_response_t *r = THIS_RESP();
    if (!usable(r))
        RETURN_FALSE;
    if (r->hc->co) {
        /* Response::create() needs a Swoole\Server: nothing could take the request over */
        php_error_docref(NULL, E_WARNING, "detach() is not supported by Coroutine\\Http\\Server");
        RETURN_FALSE;
    }
    r->detached = true;
    /* the connection stays busy until a Response::create()d response ends */
    RETURN_TRUE;
}

/* Response::create($server, $fd): a response for a connection of a running server,
 * typically after detach() in another coroutine. Also create($fd) inside a server. */
ZEND_METHOD(Swoole_Http_Response, create)
{
    zval *zserver;
    zend_long fd = -1;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(zserver)
        Z_PARAM_LONG(fd)
    ZEND_PARSE_PARAMETERS_END();
    if (ZEND_NUM_ARGS() == 0 || Z_TYPE_P(zserver) != IS_OBJECT) {
        php_error_docref(NULL, E_WARNING, "Response::create() needs a running server object "
                         "and a connection fd");
        RETURN_FALSE;
    }
    sw_api_conn_t *c = sw_api->php->server_conn(Z_OBJ_P(zserver), fd);
    http_conn_t *hc = c ? sw_api->conn_data(c) : NULL;
    if (!hc) {
        php_error_docref(NULL, E_WARNING, "session#" ZEND_LONG_FMT " is not an HTTP "
                         "connection of this server", fd);
        RETURN_FALSE;
    }
    if (hc->resp && !hc->resp->detached) {
        php_error_docref(NULL, E_WARNING, "session#" ZEND_LONG_FMT " has a response in "
                         "flight", fd);
        RETURN_FALSE;
    }
    if (hc->resp)
        hc->resp->hc = NULL;   /* the detached one lets go */
    hc->busy = true;
    object_init_ex(return_value, http_response_ce);
    attach(resp_from(Z_OBJ_P(return_value)), hc);
}

void http_response_minit(zend_class_entry *ce)
{
    memcpy(&response_handlers, &std_object_handlers, sizeof response_handlers);
    response_handlers.offset = XtOffsetOf(http_response_t, std);
    response_handlers.free_obj = response_free;
    response_handlers.clone_obj = NULL;
    http_response_ce = ce;
    ce->create_object = response_create;
}
