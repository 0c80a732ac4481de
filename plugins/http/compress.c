/* compress.c — http_compression: the choice of a content coding from the request's
 * Accept-Encoding, the test of whether a response is worth compressing (its media type,
 * its length), and the compression itself with zlib.
 *
 * One z_stream per coding and per process, made on first use and reset for each response
 * (deflateReset keeps the allocated window and tables): a per-response deflateInit2 would
 * allocate and free ~256 KiB each time. A chunked body (Response::write) has a stream of
 * its own (http_zstream_t), since several can be in flight at once. */
#include <zlib.h>

#include "http.h"

/* ---- Accept-Encoding ---------------------------------------------------------------------- */

static bool is_ows(char ch) { return ch == ' ' || ch == '\t'; }

/* The qvalue of "q=..." in s[0 .. len) (RFC 9110 §12.4.2: "0" ["." 0*3DIGIT] or "1"
 * ["." 0*3("0")]), in thousandths; a malformed one counts as 1000, as most servers do. */
static int parse_q(const char *s, size_t len)
{
    if (len < 1 || (s[0] != '0' && s[0] != '1'))
        return 1000;
    int q = (s[0] - '0') * 1000, scale = 100;
    size_t i = 1;
    if (i < len && s[i] == '.') {
        for (i++; i < len && i <= 4 && s[i] >= '0' && s[i] <= '9'; i++, scale /= 10)
            q += (s[i] - '0') * scale;
    }
    if (i != len)
        return 1000;
    return q > 1000 ? 1000 : q;
}

/* One element "coding *( OWS ; OWS param )" of s[0 .. len): its name and its q. */
static void parse_element(const char *s, size_t len, const char **name, size_t *name_len,
                          int *q)
{
    size_t i = 0;
    while (i < len && is_ows(s[i]))
        i++;
    size_t start = i;
    while (i < len && s[i] != ';' && !is_ows(s[i]))
        i++;
    *name = s + start;
    *name_len = i - start;
    *q = 1000;
    while (i < len) {
        /* at a ';' or OWS before one: find the next parameter */
        while (i < len && (is_ows(s[i]) || s[i] == ';'))
            i++;
        size_t p = i;
        while (i < len && s[i] != ';')
            i++;
        size_t end = i;
        while (end > p && is_ows(s[end - 1]))
            end--;
        if (end - p >= 2 && (s[p] == 'q' || s[p] == 'Q')) {
            size_t v = p + 1;
            while (v < end && is_ows(s[v]))
                v++;
            if (v < end && s[v] == '=') {
                v++;
                while (v < end && is_ows(s[v]))
                    v++;
                *q = parse_q(s + v, end - v);
            }
        }
    }
}

static bool name_is(const char *name, size_t len, const char *lit)
{
    return strlen(lit) == len && strncasecmp(name, lit, len) == 0;
}

int http_accept_encoding(const char *value, size_t len)
{
    int gzip = -1, deflate = -1, star = -1;   /* q in thousandths; -1: not listed */
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len && value[i] != ',')
            i++;
        const char *name;
        size_t nlen;
        int q;
        parse_element(value + start, i - start, &name, &nlen, &q);
        if (name_is(name, nlen, "gzip") || name_is(name, nlen, "x-gzip"))
            gzip = q > gzip ? q : gzip;
        else if (name_is(name, nlen, "deflate"))
            deflate = q > deflate ? q : deflate;
        else if (name_is(name, nlen, "*"))
            star = q;
        i++;   /* past the ',' */
    }
    /* "*" stands for every coding not listed by name */
    if (gzip < 0)
        gzip = star;
    if (deflate < 0)
        deflate = star;
    if (gzip > 0 && gzip >= deflate)
        return HTTP_CODING_GZIP;
    if (deflate > 0)
        return HTTP_CODING_DEFLATE;
    return HTTP_CODING_NONE;
}

int http_request_accept_encoding(const http_request_t *req, const char *buf)
{
    int best = HTTP_CODING_NONE;
    if (!req->has_accept_encoding) /* noted by the parser: most clients send none */
        return best;
    /* several Accept-Encoding lines form one list; take the best coding of any line */
    for (uint32_t i = 0; i < req->nheaders; i++) {
        const http_header_t *h = &req->headers[i];
        if (!http_header_is(h, buf, "accept-encoding"))
            continue;
        int c = http_accept_encoding(buf + h->value.off, h->value.len);
        if (c == HTTP_CODING_GZIP || best == HTTP_CODING_NONE)
            best = c;
    }
    return best;
}

/* ---- media types -------------------------------------------------------------------------- */

static bool starts_ci(const char *s, size_t len, const char *lit)
{
    size_t n = strlen(lit);
    return len >= n && strncasecmp(s, lit, n) == 0;
}

bool http_compressible_type(const char *ct, size_t len)
{
    /* the media type alone: up to ';' and without trailing whitespace */
    const char *semi = memchr(ct, ';', len);
    if (semi)
        len = (size_t)(semi - ct);
    while (len && is_ows(ct[len - 1]))
        len--;
    while (len && is_ows(*ct)) {
        ct++;
        len--;
    }
    static const char *const exact[] = {
        "application/json", "application/javascript", "application/x-javascript",
        "application/xml", "application/ecmascript", "image/svg+xml",
        "application/x-www-form-urlencoded",
    };
    for (size_t i = 0; i < sizeof exact / sizeof exact[0]; i++)
        if (strlen(exact[i]) == len && strncasecmp(ct, exact[i], len) == 0)
            return true;
    if (starts_ci(ct, len, "text/"))
        return true;
    /* structured syntax suffixes (RFC 6839): application/ld+json, application/atom+xml */
    if (starts_ci(ct, len, "application/") &&
        ((len > 5 && strncasecmp(ct + len - 5, "+json", 5) == 0) ||
         (len > 4 && strncasecmp(ct + len - 4, "+xml", 4) == 0)))
        return true;
    return false;
}

/* ---- zlib ---------------------------------------------------------------------------------- */

typedef struct {
    z_stream zs;
    bool ready;
    int level;
} http_deflater_t;

static http_deflater_t deflaters[2];   /* [0] gzip, [1] deflate (zlib format) */

static z_stream *deflater_get(int coding, int level)
{
    http_deflater_t *d = &deflaters[coding == HTTP_CODING_GZIP ? 0 : 1];
    if (!d->ready) {
        memset(&d->zs, 0, sizeof d->zs);
        /* windowBits 15 + 16: a gzip wrapper; 15 alone: the zlib wrapper that HTTP's
         * "deflate" means (RFC 9110 §8.4.1.2), not a raw deflate stream */
        int bits = coding == HTTP_CODING_GZIP ? 15 + 16 : 15;
        if (deflateInit2(&d->zs, level, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return NULL;
        d->ready = true;
        d->level = level;
        return &d->zs;
    }
    if (deflateReset(&d->zs) != Z_OK)
        return NULL;
    if (d->level != level) {
        /* on a freshly reset stream nothing is flushed by the change */
        if (deflateParams(&d->zs, level, Z_DEFAULT_STRATEGY) != Z_OK)
            return NULL;
        d->level = level;
    }
    return &d->zs;
}

zend_string *http_compress(int coding, int level, const char *data, size_t len)
{
    if (coding != HTTP_CODING_GZIP && coding != HTTP_CODING_DEFLATE)
        return NULL;
    if (len > UINT32_MAX / 2)   /* zlib's avail_in is a uInt: do not compress huge bodies */
        return NULL;
    z_stream *zs = deflater_get(coding, level < 1 ? 1 : level > 9 ? 9 : level);
    if (!zs)
        return NULL;
    uLong bound = deflateBound(zs, (uLong)len);
    zend_string *out = zend_string_alloc(bound, 0);
    zs->next_in = (Bytef *)(uintptr_t)data;
    zs->avail_in = (uInt)len;
    zs->next_out = (Bytef *)ZSTR_VAL(out);
    zs->avail_out = (uInt)bound;
    int rc = deflate(zs, Z_FINISH);
    if (rc != Z_STREAM_END) {
        zend_string_efree(out);
        return NULL;
    }
    ZSTR_LEN(out) = zs->total_out;
    ZSTR_VAL(out)[ZSTR_LEN(out)] = '\0';
    return out;
}

void http_compress_shutdown(void)
{
    for (size_t i = 0; i < sizeof deflaters / sizeof deflaters[0]; i++)
        if (deflaters[i].ready) {
            deflateEnd(&deflaters[i].zs);
            deflaters[i].ready = false;
        }
}

/* ---- streams (Response::write) ---------------------------------------------------------------- *
 * A chunked body is compressed as it is written: one z_stream per response (responses of
 * several connections interleave), each write() flushed with Z_SYNC_FLUSH so the client
 * gets its data at once, end() finishing the stream. */

struct http_zstream {
    z_stream zs;
};

http_zstream_t *http_zstream_new(int coding, int level)
{
    http_zstream_t *z = ecalloc(1, sizeof *z);
    int bits = coding == HTTP_CODING_GZIP ? 15 + 16 : 15;
    if (deflateInit2(&z->zs, level < 1 ? 1 : level > 9 ? 9 : level, Z_DEFLATED, bits, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK) {
        efree(z);
        return NULL;
    }
    return z;
}

zend_string *http_zstream_feed(http_zstream_t *z, const char *data, size_t len, bool finish)
{
    smart_str out = {0};
    char buf[16384];
    int flush = finish ? Z_FINISH : Z_SYNC_FLUSH;
    z->zs.next_in = (Bytef *)(uintptr_t)data;
    z->zs.avail_in = 0;
    size_t left = len;
    for (;;) {
        if (!z->zs.avail_in && left) {
            /* avail_in is a uInt: feed huge writes in slices */
            uInt n = left > (1u << 30) ? (1u << 30) : (uInt)left;
            z->zs.avail_in = n;
            left -= n;
        }
        z->zs.next_out = (Bytef *)buf;
        z->zs.avail_out = sizeof buf;
        int rc = deflate(&z->zs, left ? Z_NO_FLUSH : flush);
        if (rc == Z_STREAM_ERROR) {
            smart_str_free(&out);
            return NULL;
        }
        smart_str_appendl(&out, buf, sizeof buf - z->zs.avail_out);
        if (left || z->zs.avail_in)
            continue;
        /* all input taken: done once zlib has room left over (or the stream ended) */
        if (finish ? rc == Z_STREAM_END : z->zs.avail_out != 0)
            break;
    }
    if (!out.s)
        return ZSTR_EMPTY_ALLOC();
    smart_str_0(&out);
    return out.s;
}

void http_zstream_free(http_zstream_t *z)
{
    if (!z)
        return;
    deflateEnd(&z->zs);
    efree(z);
}
