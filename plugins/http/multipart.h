/* multipart.h — streaming multipart/form-data parser of the http plugin (RFC 7578 over
 * RFC 2046 §5.1).
 *
 * Pure C11 + libc, no PHP header, no allocation: the parser state (including a bounded
 * copy of the current part's headers) lives in http_multipart_t, which the caller
 * allocates once per request body. The body is fed in arbitrary pieces (as it arrives,
 * or as the chunked decoder produced it); callbacks report each part's headers, its data
 * (possibly in many pieces, so an upload can stream to a file) and its end. A delimiter
 * split across two feeds, and data containing a partial delimiter ("\r\n--bou" followed
 * by anything else), are handled: bytes that may start a delimiter are held back (inside
 * the parser: they are a prefix of the known delimiter) until the next feed decides.
 *
 *     size_t boff, blen;
 *     if (http_multipart_boundary(ct, ct_len, &boff, &blen) < 0) -> 400
 *     http_multipart_t *mp = malloc(sizeof *mp);
 *     http_multipart_init(mp, ct + boff, blen, &callbacks, ud);
 *     for each piece of body:  if ((rc = http_multipart_feed(mp, p, n)) < 0) -> error
 *     at the end of the body:  if ((rc = http_multipart_finish(mp)) < 0) -> error
 *
 * Preamble (before the first delimiter) and epilogue (after the closing one) are ignored.
 * Errors never abort/assert: they are returned as HTTP_MP_E_* and the parser stays in the
 * error state (every later feed returns the same code).
 */
#ifndef HTTP_MULTIPART_H
#define HTTP_MULTIPART_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HTTP_MP_BOUNDARY_MAX 70    /* RFC 2046: 1..70 characters */
#define HTTP_MP_HEADER_MAX 8192    /* bound of one part's header block (CRLF CRLF incl.) */
#define HTTP_MP_PARTS_DEFAULT 1000 /* default bound of parts per body */

enum {
    HTTP_MP_OK = 0,
    HTTP_MP_E_BOUNDARY = -1,    /* bad boundary parameter, or no delimiter in the body */
    HTTP_MP_E_MALFORMED = -2,   /* a delimiter not followed by "--" or CRLF */
    HTTP_MP_E_HEADER = -3,      /* bad part header line, or no Content-Disposition:
                                 * form-data with a name */
    HTTP_MP_E_HEADER_SIZE = -4, /* part headers larger than max_header */
    HTTP_MP_E_PARTS = -5,       /* more parts than max_parts */
    HTTP_MP_E_TRUNCATED = -6,   /* body ended before the closing delimiter */
    HTTP_MP_E_ABORTED = -7,     /* a callback returned non-zero */
};

/* What on_part_begin gets. The pointers are valid during the callback only (they point
 * into the parser's header copy). name/filename are unquoted and unescaped (inside a
 * quoted-string "\\" escapes only '"' and '\\'; any other backslash is kept, so Windows
 * paths sent unescaped survive); filename is as sent (the caller takes its basename). */
typedef struct {
    const char *name;
    size_t name_len;
    const char *filename; /* NULL if the part has no filename parameter (a plain field) */
    size_t filename_len;
    const char *content_type; /* NULL if no Content-Type header; value trimmed */
    size_t content_type_len;
    const char *headers; /* the raw header block, lines with CRLF (without the empty
                          * line); filename/name inside it may have been rewritten */
    size_t headers_len;
    uint32_t index; /* 0-based part number */
} http_multipart_part_t;

/* Callbacks (any may be NULL). Return 0 to go on; non-zero stops the parse with
 * HTTP_MP_E_ABORTED. on_part_data may be called any number of times per part, also
 * zero times (empty part); on_part_end follows each on_part_begin unless an error
 * happened in between. */
typedef struct {
    int (*on_part_begin)(void *ud, const http_multipart_part_t *part);
    int (*on_part_data)(void *ud, const char *data, size_t len);
    int (*on_part_end)(void *ud);
} http_multipart_cb_t;

/* Parser state: opaque, except the limits that may be changed right after init. */
typedef struct {
    uint32_t max_parts;  /* default HTTP_MP_PARTS_DEFAULT */
    uint32_t max_header; /* default and maximum HTTP_MP_HEADER_MAX */

    /* internal */
    const http_multipart_cb_t *cb;
    void *ud;
    int state;
    int error;
    uint32_t nparts;
    uint32_t match; /* delimiter bytes matched (and held back) at the end of last feed */
    uint32_t dlen;  /* delimiter length: 4 + boundary length */
    uint32_t hlen;  /* bytes in hdr */
    uint32_t hscan; /* bytes of hdr already searched for the empty line */
    uint32_t pad;   /* transport padding seen after a delimiter */
    char delim[4 + HTTP_MP_BOUNDARY_MAX]; /* "\r\n--" boundary */
    char hdr[2 + HTTP_MP_HEADER_MAX];     /* "\r\n" + the part's header block */
} http_multipart_t;

/* Finds the boundary parameter in a Content-Type value ct[0 .. len) (the media type is
 * not checked: the caller checks "multipart/form-data"). Quoted ("...") or token form;
 * parameter names are case-insensitive; other parameters' quoted values are skipped
 * correctly. On success returns 0 and sets *off and *blen (the boundary is ct + *off, without
 * quotes). Returns HTTP_MP_E_BOUNDARY if absent, empty, longer than 70, containing a
 * character outside RFC 2046 bchars, ending in a space, or badly quoted. Never reads past
 * len. */
int http_multipart_boundary(const char *ct, size_t len, size_t *off, size_t *blen);

/* Prepares mp for a body whose boundary is boundary[0 .. blen) (1..70 bytes; the
 * boundary is copied). Returns 0, or HTTP_MP_E_BOUNDARY if blen is out of range. */
int http_multipart_init(http_multipart_t *mp, const char *boundary, size_t blen,
                        const http_multipart_cb_t *cb, void *ud);

/* Feeds the next len bytes of the body. Returns HTTP_MP_OK or a negative HTTP_MP_E_*
 * (sticky). After the closing delimiter, anything fed is ignored (epilogue). */
int http_multipart_feed(http_multipart_t *mp, const char *data, size_t len);

/* The body is complete. Returns HTTP_MP_OK if the closing delimiter was seen, else
 * HTTP_MP_E_TRUNCATED (HTTP_MP_E_BOUNDARY if no delimiter at all was found), or the
 * earlier error. */
int http_multipart_finish(http_multipart_t *mp);

/* 1 once the closing delimiter was parsed (the rest is epilogue). */
int http_multipart_done(const http_multipart_t *mp);

/* A short English description of an HTTP_MP_* code. */
const char *http_multipart_strerror(int code);

#ifdef __cplusplus
}
#endif

#endif
