/* multipart.c — streaming multipart/form-data parser (see multipart.h). Stub. */
#include "multipart.h"

#include <string.h>

int http_multipart_boundary(const char *ct, size_t len, size_t *off, size_t *blen)
{
    (void)ct, (void)len, (void)off, (void)blen;
    return HTTP_MP_E_BOUNDARY;
}

int http_multipart_init(http_multipart_t *mp, const char *boundary, size_t blen,
                        const http_multipart_cb_t *cb, void *ud)
{
    memset(mp, 0, sizeof *mp);
    (void)boundary, (void)blen, (void)cb, (void)ud;
    return HTTP_MP_E_BOUNDARY;
}

int http_multipart_feed(http_multipart_t *mp, const char *data, size_t len)
{
    (void)mp, (void)data, (void)len;
    return HTTP_MP_E_BOUNDARY;
}

int http_multipart_finish(http_multipart_t *mp)
{
    (void)mp;
    return HTTP_MP_E_BOUNDARY;
}

int http_multipart_done(const http_multipart_t *mp)
{
    (void)mp;
    return 0;
}

const char *http_multipart_strerror(int code)
{
    (void)code;
    return "not implemented";
}
