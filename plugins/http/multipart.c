/* multipart.c — the streaming multipart/form-data parser of the http plugin (contract in
 * multipart.h): boundary parameter extraction, delimiter search across feeds, part
 * header parsing (Content-Disposition name/filename, Content-Type).
 *
 * The body is a sequence of delimiters "\r\n--BOUNDARY" (the first one may come without
 * its CRLF, at the very start of the body). Between delimiters, data is passed through
 * untouched; the only bytes ever held back are a possible delimiter prefix at the end of a
 * feed, and since that prefix is part of the known delimiter, it is not even copied: the
 * parser only remembers how many delimiter bytes matched. Part headers are copied into a
 * bounded buffer so that the callback sees them contiguous whatever the feed splits. */
#include "multipart.h"

#include <string.h>

enum {
    S_PREAMBLE = 0, /* before the first delimiter: bytes ignored */
    S_AFTER_DELIM,  /* a delimiter was matched: "--", padding, or CRLF follows */
    S_CLOSE,        /* "-" seen after a delimiter: the second one closes the body */
    S_AFTER_CR,     /* CR after the delimiter (and padding) */
    S_HEADERS,      /* copying the part's header block */
    S_DATA,         /* part data, searching the next delimiter */
    S_DONE,         /* closing delimiter seen: epilogue ignored */
};

/* Transport padding allowed after a delimiter (RFC 2046 LWSP), bounded. */
#define PAD_MAX 256

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

static int is_alnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_tchar(char c)
{
    return is_alnum(c) || (c && strchr("!#$%&'*+-.^_`|~", c));
}

/* RFC 2046 bcharsnospace. */
static int is_bchar(char c)
{
    return is_alnum(c) || (c && strchr("'()+_,-./:=?", c));
}

static int ieq(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c | 0x20);
        if (c != lit[i])
            return 0;
    }
    return i == n && !lit[i];
}

/* ---- Content-Type boundary parameter ----------------------------------------------------- */

/* A parameter value at ct[*i ..): token or quoted-string. Sets [*vs, *ve) to the raw value
 * (without quotes) and *esc if a quoted one contains a backslash. */
static int param_value(const char *ct, size_t len, size_t *i, size_t *vs, size_t *ve, int *esc)
{
    size_t k = *i;
    *esc = 0;
    if (k < len && ct[k] == '"') {
        *vs = ++k;
        while (k < len && ct[k] != '"') {
            if (ct[k] == '\\') {
                *esc = 1;
                if (++k == len)
                    return -1;
            }
            k++;
        }
        if (k == len)
            return -1;
        *ve = k++;
    } else {
        *vs = k;
        while (k < len && ct[k] != ';' && !is_ows(ct[k]))
            k++;
        *ve = k;
    }
    *i = k;
    return 0;
}

int http_multipart_boundary(const char *ct, size_t len, size_t *off, size_t *blen)
{
    const char *semi = len ? memchr(ct, ';', len) : NULL;
    if (!semi)
        return HTTP_MP_E_BOUNDARY;
    size_t i = (size_t)(semi - ct);
    while (i < len) { /* at a ';' */
        i++;
        while (i < len && is_ows(ct[i]))
            i++;
        if (i == len)
            break;
        if (ct[i] == ';')
            continue; /* empty parameter */
        size_t ns = i;
        while (i < len && is_tchar(ct[i]))
            i++;
        size_t ne = i;
        while (i < len && is_ows(ct[i]))
            i++;
        if (ne == ns || i == len || ct[i] != '=')
            return HTTP_MP_E_BOUNDARY;
        i++;
        while (i < len && is_ows(ct[i]))
            i++;
        size_t vs, ve;
        int esc;
        if (param_value(ct, len, &i, &vs, &ve, &esc) < 0)
            return HTTP_MP_E_BOUNDARY;
        while (i < len && is_ows(ct[i]))
            i++;
        if (i < len && ct[i] != ';')
            return HTTP_MP_E_BOUNDARY;
        if (!ieq(ct + ns, ne - ns, "boundary"))
            continue;
        size_t n = ve - vs;
        if (esc || n < 1 || n > HTTP_MP_BOUNDARY_MAX || ct[ve - 1] == ' ')
            return HTTP_MP_E_BOUNDARY;
        for (size_t k = vs; k < ve; k++)
            if (!is_bchar(ct[k]) && ct[k] != ' ')
                return HTTP_MP_E_BOUNDARY;
        *off = vs;
        *blen = n;
        return HTTP_MP_OK;
    }
    return HTTP_MP_E_BOUNDARY;
}

/* ---- life cycle ------------------------------------------------------------------------- */

int http_multipart_init(http_multipart_t *mp, const char *boundary, size_t blen,
                        const http_multipart_cb_t *cb, void *ud)
{
    memset(mp, 0, offsetof(http_multipart_t, delim));
    mp->max_parts = HTTP_MP_PARTS_DEFAULT;
    mp->max_header = HTTP_MP_HEADER_MAX;
    mp->cb = cb;
    mp->ud = ud;
    mp->state = S_PREAMBLE;
    if (blen < 1 || blen > HTTP_MP_BOUNDARY_MAX) {
        mp->error = HTTP_MP_E_BOUNDARY;
        return mp->error;
    }
    memcpy(mp->delim, "\r\n--", 4);
    memcpy(mp->delim + 4, boundary, blen);
    mp->dlen = (uint32_t)(4 + blen);
    /* The first delimiter may start the body without its CRLF: behave as if the CRLF
     * had been matched already. */
    mp->match = 2;
    return HTTP_MP_OK;
}

int http_multipart_done(const http_multipart_t *mp)
{
    return mp->state == S_DONE && !mp->error;
}

int http_multipart_finish(http_multipart_t *mp)
{
    if (mp->error)
        return mp->error;
    if (mp->state == S_DONE)
        return HTTP_MP_OK;
    mp->error = mp->state == S_PREAMBLE ? HTTP_MP_E_BOUNDARY : HTTP_MP_E_TRUNCATED;
    return mp->error;
}

const char *http_multipart_strerror(int code)
{
    switch (code) {
    case HTTP_MP_OK:
        return "success";
    case HTTP_MP_E_BOUNDARY:
        return "missing or invalid multipart boundary";
    case HTTP_MP_E_MALFORMED:
        return "malformed multipart delimiter line";
    case HTTP_MP_E_HEADER:
        return "malformed multipart part headers";
    case HTTP_MP_E_HEADER_SIZE:
        return "multipart part headers too large";
    case HTTP_MP_E_PARTS:
        return "too many multipart parts";
    case HTTP_MP_E_TRUNCATED:
        return "multipart body ended before the closing boundary";
    case HTTP_MP_E_ABORTED:
        return "multipart parsing aborted by a callback";
    }
    return "unknown multipart error";
}

/* ---- part headers ----------------------------------------------------------------------- */

/* Unquotes the quoted-string starting at s[*i] == '"' in place: "\\" escapes only '"' and
 * '\\' (anything else keeps its backslash: browsers do not escape Windows paths). Sets
 * [*vs, *ve) to the result. */
static int unquote(char *s, size_t e, size_t *i, size_t *vs, size_t *ve)
{
    size_t r = *i + 1, w = r;
    *vs = r;
    while (r < e && s[r] != '"') {
        if (s[r] == '\\' && r + 1 < e && (s[r + 1] == '"' || s[r + 1] == '\\'))
            r++;
        s[w++] = s[r++];
    }
    if (r == e)
        return -1;
    *ve = w;
    *i = r + 1;
    return 0;
}

/* Content-Disposition: form-data *( ";" name=value ), value in s[i .. e). */
static int content_disposition(char *s, size_t i, size_t e, http_multipart_part_t *part)
{
    size_t ts = i;
    while (i < e && is_tchar(s[i]))
        i++;
    if (!ieq(s + ts, i - ts, "form-data"))
        return -1;
    for (;;) {
        while (i < e && is_ows(s[i]))
            i++;
        if (i == e)
            break;
        if (s[i++] != ';')
            return -1;
        while (i < e && is_ows(s[i]))
            i++;
        if (i == e)
            break; /* a trailing ';' */
        size_t ns = i;
        while (i < e && is_tchar(s[i]))
            i++;
        size_t ne = i;
        while (i < e && is_ows(s[i]))
            i++;
        if (ne == ns || i == e || s[i] != '=')
            return -1;
        i++;
        while (i < e && is_ows(s[i]))
            i++;
        size_t vs, ve;
        if (i < e && s[i] == '"') {
            if (unquote(s, e, &i, &vs, &ve) < 0)
                return -1;
        } else {
            vs = i;
            while (i < e && s[i] != ';' && !is_ows(s[i]))
                i++;
            ve = i;
        }
        if (ieq(s + ns, ne - ns, "name") && !part->name) {
            part->name = s + vs;
            part->name_len = ve - vs;
        } else if (ieq(s + ns, ne - ns, "filename") && !part->filename) {
            part->filename = s + vs;
            part->filename_len = ve - vs;
        }
    }
    return part->name ? 0 : -1;
}

/* Parses the header block s[0 .. n) (lines ending in CRLF) into part. */
static int part_headers(char *s, size_t n, http_multipart_part_t *part)
{
    int seen_cd = 0;
    size_t p = 0;
    while (p < n) {
        const char *lf = memchr(s + p, '\n', n - p);
        size_t end = (size_t)(lf - s); /* the block ends in CRLF: lf is never NULL */
        if (end == p || s[end - 1] != '\r' || is_ows(s[p]))
            return -1; /* bare LF, or obs-fold */
        size_t e = end - 1, i = p;
        while (i < e && is_tchar(s[i]))
            i++;
        if (i == p || i == e || s[i] != ':')
            return -1;
        size_t ns = p, ne = i++;
        while (i < e && is_ows(s[i]))
            i++;
        while (e > i && is_ows(s[e - 1]))
            e--;
        for (size_t k = i; k < e; k++) {
            unsigned char c = (unsigned char)s[k];
            if ((c < 0x20 && c != '\t') || c == 0x7f)
                return -1;
        }
        if (ieq(s + ns, ne - ns, "content-disposition")) {
            if (seen_cd++ || content_disposition(s, i, e, part) < 0)
                return -1;
        } else if (ieq(s + ns, ne - ns, "content-type") && !part->content_type) {
            part->content_type = s + i;
            part->content_type_len = e - i;
        }
        p = end + 1;
    }
    return seen_cd ? 0 : -1;
}

/* ---- the state machine ------------------------------------------------------------------ */

static int fail(http_multipart_t *mp, int code)
{
    mp->error = code;
    return code;
}

static int emit(http_multipart_t *mp, const char *p, size_t n)
{
    if (n && mp->state == S_DATA && mp->cb && mp->cb->on_part_data &&
        mp->cb->on_part_data(mp->ud, p, n))
        return fail(mp, HTTP_MP_E_ABORTED);
    return 0;
}

/* A complete delimiter was matched. */
static int delimiter(http_multipart_t *mp)
{
    if (mp->state == S_DATA && mp->cb && mp->cb->on_part_end && mp->cb->on_part_end(mp->ud))
        return fail(mp, HTTP_MP_E_ABORTED);
    mp->state = S_AFTER_DELIM;
    mp->pad = 0;
    return 0;
}

/* Preamble or part data: passes data through until a delimiter; returns the bytes
 * consumed (the delimiter included) or an error. */
static long scan_data(http_multipart_t *mp, const char *d, size_t len)
{
    size_t i = 0, dlen = mp->dlen;
    if (mp->match) { /* a delimiter prefix was held back at the end of the last feed */
        uint32_t m = mp->match;
        while (i < len && m < dlen && d[i] == mp->delim[m])
            m++, i++;
        if (m == dlen) {
            mp->match = 0;
            return delimiter(mp) < 0 ? mp->error : (long)i;
        }
        if (i == len) {
            mp->match = m;
            return (long)len;
        }
        /* Not a delimiter: the held bytes were data. d[i] may start a new match, but only
         * at a CR, which the delimiter has at position 0 only: rescan from d[i]. */
        mp->match = 0;
        if (emit(mp, mp->delim, m) < 0)
            return mp->error;
    }
    size_t start = i;
    while (i < len) {
        const char *cr = memchr(d + i, '\r', len - i);
        if (!cr)
            break;
        size_t k = (size_t)(cr - d), n = len - k < dlen ? len - k : dlen;
        if (memcmp(d + k, mp->delim, n)) {
            i = k + 1;
            continue;
        }
        if (emit(mp, d + start, k - start) < 0)
            return mp->error;
        if (n < dlen) { /* a prefix at the end of the feed: hold it back */
            mp->match = (uint32_t)n;
            return (long)len;
        }
        return delimiter(mp) < 0 ? mp->error : (long)(k + dlen);
    }
    if (emit(mp, d + start, len - start) < 0)
        return mp->error;
    return (long)len;
}

/* The header block is complete in hdr[2 .. 2 + n): parse and announce the part. */
static int begin_part(http_multipart_t *mp, size_t n)
{
    if (mp->nparts >= mp->max_parts)
        return fail(mp, HTTP_MP_E_PARTS);
    http_multipart_part_t part;
    memset(&part, 0, sizeof part);
    part.headers = mp->hdr + 2;
    part.headers_len = n;
    part.index = mp->nparts++;
    if (part_headers(mp->hdr + 2, n, &part) < 0)
        return fail(mp, HTTP_MP_E_HEADER);
    mp->state = S_DATA;
    if (mp->cb && mp->cb->on_part_begin && mp->cb->on_part_begin(mp->ud, &part))
        return fail(mp, HTTP_MP_E_ABORTED);
    return 0;
}

/* Copies header bytes until the empty line; returns bytes consumed or an error. */
static long scan_headers(http_multipart_t *mp, const char *d, size_t len)
{
    size_t max = mp->max_header < HTTP_MP_HEADER_MAX ? mp->max_header : HTTP_MP_HEADER_MAX;
    size_t cap = 2 + max, old = mp->hlen;
    size_t n = cap - old < len ? cap - old : len;
    memcpy(mp->hdr + old, d, n);
    mp->hlen = (uint32_t)(old + n);
    /* The block is hdr[0 .. k + 4) where hdr[k .. k + 4) == "\r\n\r\n" (hdr starts with
     * the CRLF of the delimiter line, so an empty block is found too). */
    size_t q = mp->hscan < 3 ? 3 : mp->hscan;
    while (q < mp->hlen) {
        const char *lf = memchr(mp->hdr + q, '\n', mp->hlen - q);
        if (!lf)
            break;
        q = (size_t)(lf - mp->hdr);
        if (!memcmp(mp->hdr + q - 3, "\r\n\r\n", 4)) {
            size_t used = q + 1 - old; /* bytes of d that belong to the block */
            mp->hscan = 0;
            if (begin_part(mp, q + 1 - 4) < 0)
                return mp->error;
            return (long)used;
        }
        q++;
    }
    mp->hscan = mp->hlen;
    if (mp->hlen == cap)
        return fail(mp, HTTP_MP_E_HEADER_SIZE);
    return (long)n;
}

/* One state step on d[0 .. len); returns bytes consumed or an error. */
static long step(http_multipart_t *mp, const char *d, size_t len)
{
    char c = d[0];
    switch (mp->state) {
    case S_PREAMBLE:
    case S_DATA:
        return scan_data(mp, d, len);
    case S_HEADERS:
        return scan_headers(mp, d, len);
    case S_AFTER_DELIM:
        if (c == '-')
            mp->state = S_CLOSE;
        else if (c == '\r')
            mp->state = S_AFTER_CR;
        else if (!is_ows(c) || ++mp->pad > PAD_MAX)
            return fail(mp, HTTP_MP_E_MALFORMED);
        return 1;
    case S_CLOSE:
        if (c != '-')
            return fail(mp, HTTP_MP_E_MALFORMED);
        mp->state = S_DONE;
        return 1;
    case S_AFTER_CR:
        if (c != '\n')
            return fail(mp, HTTP_MP_E_MALFORMED);
        memcpy(mp->hdr, "\r\n", 2);
        mp->hlen = 2;
        mp->hscan = 0;
        mp->state = S_HEADERS;
        return 1;
    default: /* S_DONE: epilogue */
        return (long)len;
    }
}

int http_multipart_feed(http_multipart_t *mp, const char *data, size_t len)
{
    if (mp->error)
        return mp->error;
    while (len) {
        long n = step(mp, data, len);
        if (n < 0)
            return (int)n;
        data += n;
        len -= (size_t)n;
    }
    return HTTP_MP_OK;
}
