/* parser.c — HTTP/1.1 request head parser, chunked decoder, cookie/query iterators and
 * urldecoding of the http plugin (see parser.h). Stub: implementation follows. */
#include "parser.h"

#include <string.h>

void http_head_init(http_head_state_t *st, http_request_t *req, http_header_t *headers,
                    uint32_t cap)
{
    memset(st, 0, sizeof *st);
    memset(req, 0, sizeof *req);
    req->headers = headers;
    req->headers_cap = cap;
    req->content_length = -1;
}

long http_parse_head(http_head_state_t *st, http_request_t *req, const char *buf, size_t len,
                     const http_limits_t *limits)
{
    (void)st, (void)req, (void)buf, (void)len, (void)limits;
    return -501;
}

const http_header_t *http_header_find(const http_request_t *req, const char *buf,
                                      const char *name)
{
    (void)req, (void)buf, (void)name;
    return NULL;
}

int http_header_is(const http_header_t *h, const char *buf, const char *name)
{
    (void)h, (void)buf, (void)name;
    return 0;
}

void http_chunked_init(http_chunked_t *c)
{
    memset(c, 0, sizeof *c);
}

int http_chunked_decode(http_chunked_t *c, char *buf, size_t len, const http_limits_t *limits)
{
    (void)c, (void)buf, (void)len, (void)limits;
    return -501;
}

int http_cookie_next(const char *s, size_t len, size_t *pos, http_span_t *name,
                     http_span_t *value)
{
    (void)s, (void)len, (void)pos, (void)name, (void)value;
    return 0;
}

int http_query_next(const char *s, size_t len, size_t *pos, http_span_t *name,
                    http_span_t *value)
{
    (void)s, (void)len, (void)pos, (void)name, (void)value;
    return 0;
}

size_t http_urldecode(char *s, size_t len, int flags)
{
    (void)s, (void)flags;
    return len;
}
