/* parser.h — the HTTP/1.1 request parser of the http plugin (RFC 9110 / RFC 9112).
 *
 * Pure C11 + libc: no PHP header, no core header, no allocation. Everything here works on
 * the connection's input buffer as it is; the buffer may grow and MOVE between calls
 * (realloc), so every result is an OFFSET into it (http_span_t), never a pointer.
 *
 * The pieces:
 *   - http_parse_head():      incremental request-line + header parser (zero copy);
 *   - http_chunked_decode():  incremental, in-place decoder of a chunked body;
 *   - http_cookie_next(), http_query_next(): iterators over name=value pairs;
 *   - http_urldecode():       in-place %XX (and optionally '+') decoding.
 *
 * Errors are negative HTTP status codes: the caller answers with that status and closes
 * the connection (the input cannot be resynchronised after a framing error).
 *
 * Typical use by a protocol's "data arrived" callback, buf/len being ALL the unconsumed
 * input of the connection (it may have moved since the last call):
 *
 *     // once per request (after the previous one was consumed):
 *     http_head_init(&c->hs, &c->req, c->hdrs, HTTP_MAX_HEADERS);
 *     c->in_body = 0;
 *     ...
 *     if (!c->in_body) {
 *         long n = http_parse_head(&c->hs, &c->req, buf, len, &limits);
 *         if (n == 0) return 0;              // consume nothing, wait for more bytes
 *         if (n < 0) { reply_error(-n); close(); return; }
 *         c->head_len = n; c->in_body = 1;   // head is buf[0 .. n), spans relative to buf
 *         if (c->req.expect_continue) send "HTTP/1.1 100 Continue\r\n\r\n" (if accepted)
 *         if (c->req.chunked) http_chunked_init(&c->cs);
 *     }
 *     if (c->req.chunked) {
 *         int r = http_chunked_decode(&c->cs, buf + c->head_len, len - c->head_len, &limits);
 *         if (r == 0) return 0;
 *         if (r < 0) { reply_error(-r); close(); return; }
 *         body = buf + c->head_len, c->cs.out bytes; request = c->head_len + c->cs.in bytes
 *     } else {
 *         cl = c->req.content_length < 0 ? 0 : c->req.content_length;
 *         if (len < c->head_len + cl) return 0;
 *         body = buf + c->head_len, cl bytes; request = c->head_len + cl bytes
 *     }
 *     // dispatch; then consume `request` bytes: what follows is the next (pipelined) head
 *
 * A request without Content-Length and not chunked has no body (RFC 9112 §6.3).
 */
#ifndef HTTP_PARSER_H
#define HTTP_PARSER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A piece of the buffer: buf + off, len bytes. Offsets fit 32 bits since a head is
 * bounded by limits.max_head (which must be < 4 GiB). */
typedef struct {
    uint32_t off;
    uint32_t len;
} http_span_t;

/* The methods the server cares about; anything else (a valid token) is HTTP_M_OTHER and
 * the method span holds its text. Method names are case-sensitive (RFC 9110 §9.1):
 * "get" is HTTP_M_OTHER. */
typedef enum {
    HTTP_M_OTHER = 0,
    HTTP_M_GET,
    HTTP_M_HEAD,
    HTTP_M_POST,
    HTTP_M_PUT,
    HTTP_M_DELETE,
    HTTP_M_OPTIONS,
    HTTP_M_PATCH,
    HTTP_M_CONNECT,
    HTTP_M_TRACE,
} http_method_t;

typedef struct {
    http_span_t name;  /* as received (case preserved), never empty */
    http_span_t value; /* trimmed of leading/trailing SP/HTAB, may be empty */
} http_header_t;

/* Fixed maximum of headers when the caller uses a static array. */
#define HTTP_MAX_HEADERS 128

typedef struct {
    uint32_t max_target;  /* request-target longer than this: 414 */
    uint32_t max_head;    /* whole head (request line .. final CRLF CRLF) larger: 431 */
    uint32_t max_headers; /* more header lines than this (or than the array): 431 */
    uint64_t max_body;    /* Content-Length or decoded chunked body larger: 413 */
} http_limits_t;

/* Defaults close to nginx's: 8 KiB target, 64 KiB head, 100 headers, 2 MiB body
 * (Swoole's package_max_length default). */
/* clang-format off */
#define HTTP_LIMITS_DEFAULT {8192, 65536, 100, 2u * 1024 * 1024}
/* clang-format on */

/* The parsed head. All spans are relative to the buffer passed to http_parse_head().
 * Valid when http_parse_head() returned > 0; meaningless otherwise. */
typedef struct {
    http_span_t method;
    http_method_t method_id;
    http_span_t target; /* request-target as received, no decoding */
    http_span_t path;   /* target up to the first '?' (the whole target if none) */
    http_span_t query;  /* after the first '?' (len 0 if none or empty) */
    int version_minor;  /* 0 for HTTP/1.0, 1 for HTTP/1.1 */

    http_header_t *headers; /* caller's array (see http_head_init) */
    uint32_t nheaders;      /* headers[0 .. nheaders) in arrival order */
    uint32_t headers_cap;

    int64_t content_length; /* -1 if no Content-Length (and always -1 when chunked) */

    /* Framing and connection flags (0/1). */
    uint8_t chunked;         /* Transfer-Encoding: chunked: use http_chunked_decode() */
    uint8_t keep_alive;      /* 1.1: on unless "Connection: close"; 1.0: off unless
                              * "Connection: keep-alive" (close wins if both) */
    uint8_t expect_continue; /* "Expect: 100-continue" on an HTTP/1.1 request (RFC 9110
                              * §10.1.1: ignored for 1.0) */
    uint8_t upgrade;         /* Connection lists "upgrade" AND an Upgrade header exists */

    /* Fast access to frequent headers: the value of the first occurrence; has_* tells
     * presence (a present header may have an empty value). Host is unique (a second
     * one is a 400). For every Cookie line (HTTP/1.1 clients send one, HTTP/2 proxies
     * may send several) walk headers[] comparing names with http_header_is(). */
    uint8_t has_host, has_content_type, has_cookie;
    http_span_t host;
    http_span_t content_type;
    http_span_t cookie;
    /* The first Range header; whether any Accept-Encoding line exists (so that a request
     * without one skips the walk over headers[]). */
    uint8_t has_range, has_accept_encoding;
    http_span_t range;
} http_request_t;

/* Scanner state kept between calls for ONE head. Opaque to the caller: zeroed by
 * http_head_init(). It only records offsets, so the buffer may move between calls. */
typedef struct {
    uint32_t line;  /* start of the first line not parsed yet */
    uint32_t scan;  /* bytes already searched for '\n' (from `line`) */
    uint32_t phase; /* 0 before the request line, 1 in headers, 2 done, 3 failed */
    uint32_t flags; /* internal: seen Content-Length / Transfer-Encoding / Connection... */
    uint32_t sp;    /* request line: offset of the first SP + 1 (0: not seen yet) */
    uint32_t tend;  /* request line: offset of the SP after the target + 1 */
    long result;    /* the result once phase is 2 or 3 (repeated by later calls) */
} http_head_state_t;

/* Prepares st and req for a new head. headers/cap: the array the headers are stored in
 * (cap entries; the effective limit is min(cap, limits->max_headers)). */
void http_head_init(http_head_state_t *st, http_request_t *req, http_header_t *headers,
                    uint32_t cap);

/* Parses the head at the start of buf[0 .. len), len being ALL the unconsumed input of
 * the connection (it may contain the body and following pipelined requests). Call again
 * with the same st/req and a longer buffer after more bytes arrived: the bytes already
 * scanned are not scanned again (feeding one byte at a time is O(n) overall).
 * Returns:
 *   > 0  the length of the head (request line, headers and the final CRLF CRLF);
 *        the body (if any) starts at buf + result;
 *     0  incomplete: need more bytes;
 *   < 0  -(HTTP status) to answer before closing the connection:
 *        400 syntax: bad method token (or longer than 32 bytes), target with CTL/SP or
 *            not in one of the four request-target forms (RFC 9112 §3.2), garbage in
 *            the request line, a bare LF or CR as line end (CRLF required; empty lines
 *            before the request line are skipped, RFC 9112 §2.2), empty header name,
 *            whitespace before ':', obs-fold, CTLs other than HTAB in a value,
 *            non-digit / conflicting Content-Length, Content-Length with
 *            Transfer-Encoding, Transfer-Encoding in an HTTP/1.0 request or repeated,
 *            no Host in HTTP/1.1, several Host, a Host with characters outside
 *            uri-host [":" port];
 *        414 target longer than limits->max_target;
 *        431 head longer than limits->max_head, or too many headers;
 *        413 Content-Length above limits->max_body;
 *        501 Transfer-Encoding other than exactly "chunked" (case-insensitive);
 *        505 HTTP version other than 1.0 and 1.1 ("HTTP/d.d" well-formed).
 *   Errors are reported as soon as the offending line is complete, and on an incomplete
 *   request line as soon as they are certain (414, garbage) or the head passes max_head
 *   (431): the server never buffers more than max_head bytes of head. The result does not
 *   depend on how the input was split between calls. Once non-zero, later calls return
 *   the same result; call http_head_init() before parsing the next head. */
long http_parse_head(http_head_state_t *st, http_request_t *req, const char *buf, size_t len,
                     const http_limits_t *limits);

/* Case-insensitive header lookup: the first header named `name` (NUL-terminated, ASCII),
 * or NULL. buf is the buffer the request was parsed from. */
const http_header_t *http_header_find(const http_request_t *req, const char *buf, const char *name);

/* 1 if header h is named `name` (case-insensitive), else 0. */
int http_header_is(const http_header_t *h, const char *buf, const char *name);

/* ---- chunked body ----------------------------------------------------------------------- */

/* Bound on a chunk-size line (size + extensions), beyond it: 400. */
#define HTTP_CHUNK_LINE_MAX 4096

typedef struct {
    uint64_t in;      /* bytes of input consumed so far (relative to the body start) */
    uint64_t out;     /* decoded body length: the data is buf[0 .. out) */
    uint64_t left;    /* bytes of the current chunk's data still to come */
    uint64_t scan;    /* internal: bytes of the current line already searched */
    uint64_t trailer; /* internal: trailer bytes so far */
    int state;        /* internal */
} http_chunked_t;

void http_chunked_init(http_chunked_t *c);

/* Decodes the chunked body at buf[0 .. len) IN PLACE: buf is the input starting right
 * after the head (e.g. conn_buffer + head_len), len all bytes available. Call again after
 * more bytes arrived with the same c and the same buf start (it may have moved: only
 * offsets are kept). The decoded data is compacted to buf[0 .. c->out) (memmove), so the
 * bytes buf[c->out .. c->in) are garbage and buf[c->in .. len) is untouched input.
 * Chunk extensions are accepted and ignored (line bounded by HTTP_CHUNK_LINE_MAX);
 * trailer fields are checked like headers (limits->max_head bounds them) and discarded.
 * Returns:
 *   1  done: body is buf[0 .. c->out); the next request starts at buf + c->in;
 *   0  need more bytes;
 *  <0  -(HTTP status): -400 bad chunk size (empty, non-hex, overflow, bare LF, missing
 *      CRLF after data, bad trailer), -413 body over limits->max_body, -431 trailers
 *      over limits->max_head. */
int http_chunked_decode(http_chunked_t *c, char *buf, size_t len, const http_limits_t *limits);

/* ---- cookies and urldecoding ------------------------------------------------------------ */

/* Iterates the pairs of a Cookie header value s[0 .. len). *pos is the cursor (start at
 * 0). On each call returns 1 and sets name/value (offsets relative to s), or returns 0
 * when there is no pair left. Rules (tolerant, like browsers and PHP):
 *   - pairs are separated by ';', SP/HTAB around names and values are dropped;
 *   - empty pairs ("a=1;;b=2", trailing ';') and pairs with an empty name ("=x") are
 *     skipped;
 *   - a pair without '=' ("flag") gives an empty value;
 *   - the value is everything after the first '=' up to ';' (so it may contain '='),
 *     double quotes are kept as sent; no decoding (use http_urldecode()).
 * Never reads s[len] or beyond; s need not be NUL-terminated. */
int http_cookie_next(const char *s, size_t len, size_t *pos, http_span_t *name, http_span_t *value);

/* Iterates the pairs of a query string or an application/x-www-form-urlencoded body
 * s[0 .. len) (without the leading '?'): pairs separated by '&', empty pairs skipped,
 * a pair without '=' gives an empty value, names are NOT trimmed (spaces are data here).
 * An empty name ("=x") is returned too (PHP skips it: the caller decides). Same return
 * convention as http_cookie_next(); no decoding (use http_urldecode() with
 * HTTP_URLDECODE_PLUS). Never reads past len. */
int http_query_next(const char *s, size_t len, size_t *pos, http_span_t *name, http_span_t *value);

#define HTTP_URLDECODE_PLUS 1 /* '+' becomes a space (form/query encoding) */

/* Decodes %XX escapes of s[0 .. len) in place and returns the new length (<= len).
 * An invalid escape ('%' not followed by two hex digits, or at the end) is copied as is.
 * With HTTP_URLDECODE_PLUS, '+' becomes ' '. Never reads past len. */
size_t http_urldecode(char *s, size_t len, int flags);

#ifdef __cplusplus
}
#endif

#endif
