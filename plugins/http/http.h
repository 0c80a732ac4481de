/* http.h — what the files of the http plugin share: the per-port configuration, the
 * per-connection state, and the calls between the connection (conn.c), the request
 * (request.c) and the response (response.c). Nothing here is seen by other plugins. */
#ifndef HTTP_PLUGIN_H
#define HTTP_PLUGIN_H

#include <swoole/sdk_php.h>

#include "zend_smart_str.h"

#include "multipart.h"
#include "parser.h"

#define HTTP_PLUGIN_VERSION "0.1.0"
#define HTTP_SERVER_NAME "swoole-http-server"

/* Settings of one listening port, resolved once (the first connection of the port). */
typedef struct http_cfg {
    zend_object *server;          /* the server it was loaded for */
    int server_fd;
    http_limits_t limits;
    bool parse_cookie, parse_post, parse_files;
    bool keepalive;               /* open_http_keepalive? no: http_keepalive (default on) */
    zend_string *upload_tmp_dir;
    zend_long upload_max_filesize;
    /* http_compression */
    bool compression;
    int compression_level;
    size_t compression_min_length;
    /* enable_static_handler */
    bool static_handler;
    zend_string *document_root;   /* realpath, no trailing slash */
    HashTable *static_locations;  /* list of path prefixes, or NULL for every path */
    HashTable *index_files;       /* http_index_files, or NULL */
    bool autoindex;
} http_cfg_t;

typedef struct http_response http_response_t;
typedef struct http_body http_body_t;
typedef struct http_file_send http_file_send_t;

/* One connection of an HTTP port. */
typedef struct http_conn {
    sw_api_conn_t *conn;          /* NULL once the connection is gone */
    int64_t session;
    zend_object *server;          /* borrowed: the server outlives its connections */
    const http_cfg_t *cfg;
    http_head_state_t hs;
    http_request_t req;
    uint32_t head_len;            /* > 0 once the head of the current request is parsed */
    http_chunked_t chunk;
    bool continue_sent;
    bool busy;                    /* a request was handed to PHP, its response not ended */
    bool paused;                  /* we stopped reading: too much pipelined input */
    bool in_data;                 /* on_data is running: on_close must not free us */
    bool gone;                    /* closed while in_data: on_data frees us */
    http_response_t *resp;        /* the response in flight, NULL if none */
    http_body_t *body;            /* a body parsed as it arrives (body.c), or NULL */
    uint64_t body_left;           /* bytes of a streamed body still to come */
    zend_string *remote_addr;     /* made by the first request that needs it */
    int remote_port, server_port;
    int64_t connect_time;
    int accept_coding;            /* HTTP_CODING_* the current request accepts */
    struct http_co_conn *co;      /* a Coroutine\Http\Server connection (coserver.c):
                                   * output goes to its socket, conn is NULL; else NULL */
    http_file_send_t *fsend;      /* a file body being streamed out (static.c), or NULL */
    bool upgrading;               /* its response answers a handshake (http_upgrade.h):
                                   * a 101 hands the connection over */
    void *up_data;                /* attached to the upgrade handler (http_upgrade.h): all
                                   * input goes to it; NULL while the connection is HTTP */
    char range[96];               /* the current request's Range header ("" if none or
                                   * too long to be a single range): sendfile() needs it
                                   * after the head has left the input buffer */
    http_header_t headers[HTTP_MAX_HEADERS];
} http_conn_t;

/* conn.c */
extern const sw_api_proto_t http_proto;
/* Publishes the http.upgrade service (http_upgrade.h). */
int http_upgrade_provide(const sw_api_t *api);
/* The response to a handshake (hc->upgrading) was sent with `status`. */
void http_conn_upgrade_sent(http_conn_t *hc, int status);
extern int http_ev_request;
/* The response of hc's current request has been sent: take the next request. */
void http_conn_response_done(http_conn_t *hc, bool close_after);
/* Sends a complete error response (status with a short text body) and closes. */
void http_conn_reply_error(http_conn_t *hc, int status);
/* The peer's address (a new reference), its port, the server port and connect time. */
zend_string *http_conn_remote(http_conn_t *hc, int *remote_port, int *server_port,
                              int64_t *connect_time);
void http_cfg_reset(void);

/* The declared properties of a new object of our final classes: PHP's
 * object_properties_init() copies them one zval at a time, checking each for a reference
 * to add; ours are all ints and nulls, so (once that is checked) one memcpy. */
static inline void http_props_init(zend_object *o, zend_class_entry *ce, int *plain)
{
    int n = ce->default_properties_count;
    zval *src = CE_DEFAULT_PROPERTIES_TABLE(ce);
    if (UNEXPECTED(*plain == 0)) {
        *plain = 1;
        for (int i = 0; i < n; i++)
            if (Z_REFCOUNTED(src[i]))
                *plain = -1;
    }
    if (*plain < 0) {
        object_properties_init(o, ce);
        return;
    }
    o->properties = NULL;
    memcpy(o->properties_table, src, sizeof(zval) * (size_t)n);
}

/* A Request or Response whose last holder is the dispatcher may be kept for the next
 * request instead of being freed and made again (both cost more than a reset): only if
 * nothing else refers to it (refcount 1) and nothing PHP attached to it would outlive a
 * reset: no dynamic property table, no WeakReference / WeakMap entry, no property turned
 * into a reference. Returns 0: not reusable; 1: reusable, properties all scalars or
 * null; 2: reusable, some property holds a string or an array. */
static inline int http_object_reusable(zend_object *o)
{
    if (GC_REFCOUNT(o) != 1 || o->properties || (GC_FLAGS(o) & IS_OBJ_WEAKLY_REFERENCED) ||
        (OBJ_FLAGS(o) & (IS_OBJ_DESTRUCTOR_CALLED | IS_OBJ_FREE_CALLED)))
        return 0;
    int rc = 1;
    zval *p = o->properties_table, *end = p + o->ce->default_properties_count;
    for (; p < end; p++)
        if (Z_REFCOUNTED_P(p)) {
            if (Z_ISREF_P(p))
                return 0;
            rc = 2;
        }
    return rc;
}

/* The declared properties of a kept object back to their defaults (how: the result of
 * http_object_reusable()). */
static inline void http_props_reset(zend_object *o, int how, int *plain)
{
    if (how == 2)
        for (int i = 0; i < o->ce->default_properties_count; i++)
            zval_ptr_dtor(&o->properties_table[i]);
    http_props_init(o, o->ce, plain);
}

/* object_init_ex() for our final classes, without its checks for abstract classes,
 * interfaces, enums and constants to evaluate: an internal class whose constants are
 * resolved (always true of ours, checked) goes straight to its create_object. */
static inline void http_object_init(zval *out, zend_class_entry *ce)
{
    if (EXPECTED((ce->ce_flags & ZEND_ACC_CONSTANTS_UPDATED) && ce->create_object &&
                 !(ce->ce_flags & (ZEND_ACC_INTERFACE | ZEND_ACC_TRAIT |
                                   ZEND_ACC_IMPLICIT_ABSTRACT_CLASS |
                                   ZEND_ACC_EXPLICIT_ABSTRACT_CLASS | ZEND_ACC_ENUM))))
        ZVAL_OBJ(out, ce->create_object(ce));
    else
        object_init_ex(out, ce);
}

/* request.c */
extern zend_class_entry *http_request_ce;
void http_request_minit(zend_class_entry *ce);
/* Makes $request for the request parsed in buf (head_len bytes of head, then body_len
 * decoded body bytes). */
void http_request_make(zval *out, http_conn_t *hc, const char *buf, const char *body,
                       size_t body_len);
/* zval_ptr_dtor() of a Request made by http_request_make(), keeping it for the next one
 * when http_object_reusable(). */
void http_request_release(zval *z);
/* Frees the kept Request (http_objects_release()). */
void http_request_release_spare(void);

/* body.c: multipart/form-data bodies parsed as they arrive (see the file's comment).
 * Errors are -(HTTP status). */
/* After the head: sets hc->body if the body is to be parsed (multipart, http_parse_post);
 * for a Content-Length body it keeps a copy of the head (http_body_head()), as the
 * body's bytes are consumed as they come. */
int http_body_begin(http_conn_t *hc, const char *buf);
/* The head copy of a streamed body, or NULL. */
const char *http_body_head(const http_conn_t *hc);
int http_body_feed(http_conn_t *hc, const char *data, size_t len);
int http_body_finish(http_conn_t *hc);
/* Moves post/files/tmpfiles into the given property slots and the temp files into
 * *uploads (owned by the Request, released with http_uploads_release()). */
void http_body_attach(http_conn_t *hc, zval *post, zval *files, zval *tmpfiles,
                      HashTable **uploads);
/* Frees hc->body (if any), removing the temp files it still owns. */
void http_body_free(http_conn_t *hc);
/* Removes the temp files of a Request the handler did not move, frees the table. */
void http_uploads_release(HashTable *uploads);

/* response.c */
extern zend_class_entry *http_response_ce;
void http_response_minit(zend_class_entry *ce);
void http_response_make(zval *out, http_conn_t *hc);
/* The same as http_request_release() for a Response (ending it first, as its free does). */
void http_response_release(zval *z);
/* At the end of the worker's PHP request: the kept objects go. */
void http_objects_release(void);
/* The connection of a response in flight is gone. */
void http_response_orphan(http_response_t *r);
const char *http_status_reason(int status);
/* A complete response of `status` with its reason as a text body, into buf; its length. */
size_t http_status_page(char *buf, size_t cap, int status, bool close);
/* The current Date header value (IMF-fixdate), cached per second. */
const char *http_date_now(void);

/* compress.c */
enum { HTTP_CODING_NONE = 0, HTTP_CODING_GZIP = 1, HTTP_CODING_DEFLATE = 2 };
/* The coding to use for an Accept-Encoding value (q=0 refuses; gzip wins ties). */
int http_accept_encoding(const char *value, size_t len);
/* The same over every Accept-Encoding line of a parsed request. */
int http_request_accept_encoding(const http_request_t *req, const char *buf);
/* True for a media type (a Content-Type value, parameters allowed) worth compressing. */
bool http_compressible_type(const char *ct, size_t len);
/* data compressed with coding at level (1..9); NULL on failure (send it as it is). */
zend_string *http_compress(int coding, int level, const char *data, size_t len);
void http_compress_shutdown(void);
/* A compressed chunked body: feed each write() (finish with end()); NULL on failure. */
typedef struct http_zstream http_zstream_t;
http_zstream_t *http_zstream_new(int coding, int level);
zend_string *http_zstream_feed(http_zstream_t *z, const char *data, size_t len, bool finish);
void http_zstream_free(http_zstream_t *z);

/* coserver.c: Swoole\Coroutine\Http\Server */
extern zend_class_entry *http_coserver_ce;
void http_coserver_minit(zend_class_entry *ce);
/* The output of a coroutine server's connection (http_conn_t.co != NULL). */
bool http_co_send(http_conn_t *hc, const char *data, size_t len);
void http_co_response_done(http_conn_t *hc, bool close_after);
bool http_co_open(const http_conn_t *hc);

/* True while hc can take output (its server connection or its coroutine socket is open). */
static inline bool http_conn_open(const http_conn_t *hc)
{
    return hc->co ? http_co_open(hc) : hc->conn != NULL;
}
/* static.c */
/* The static handler, called for every complete request before $request is built:
 * records the Range header for sendfile(), and if enable_static_handler applies and the
 * path names a file (or a directory with an index / autoindex) under document_root,
 * answers the request itself (then http_conn_response_done()) and returns true. False:
 * the request goes to onRequest. */
bool http_static_serve(http_conn_t *hc, const char *buf);
/* Sends head (a whole response head, maybe with a small body; may be NULL), then len
 * bytes of fd from off, as the connection drains (never the whole file in memory); closes
 * fd, then calls http_conn_response_done(hc, close_after). Takes head and fd (-1: none)
 * in every case; hc stays busy until then. */
void http_send_file_range(http_conn_t *hc, zend_string *head, int fd, uint64_t off,
                          uint64_t len, bool close_after);
/* The protocol's on_drain: feeds the next part of the file being sent. */
void http_send_file_drain(sw_api_conn_t *c);
/* The connection is gone: drops the file being sent. */
void http_send_file_abort(http_conn_t *hc);
/* A Range header value against a file of size bytes: 206 with *off and *len set for one
 * satisfiable range, 416 for an unsatisfiable one, 200 to ignore it (absent, malformed,
 * several ranges). */
int http_range_parse(const char *spec, size_t spec_len, uint64_t size, uint64_t *off,
                     uint64_t *len);
/* t as an IMF-fixdate, "Sun, 06 Nov 1994 08:49:37 GMT" (40 bytes is enough). */
void http_date_format(time_t t, char *out, size_t cap);

/* mime.c */
#define HTTP_MIME_DEFAULT "application/octet-stream"
/* The Content-Type for a file name by its extension (case-insensitive). */
const char *http_mime_type(const char *path, size_t len);

/* server.c */
extern zend_class_entry *http_server_ce;

#endif
