/* parser.c — the HTTP/1.1 request head parser, the chunked body decoder, the Cookie and
 * query-string iterators and urldecoding of the http plugin (contract in parser.h).
 *
 * The head parser is the hot path of every request. It works line by line: memchr finds
 * the next '\n' (only among bytes not searched before, so a head arriving one byte at a
 * time costs O(n) overall), then one tight loop over a 256-entry class table validates
 * the line and records spans. Nothing is allocated or copied; results are offsets into
 * the caller's buffer. Strictness follows RFC 9112: anything ambiguous for framing
 * (bare LF, obs-fold, two lengths, length + chunked) is rejected rather than guessed,
 * because a proxy in front of us may have guessed differently (request smuggling). */
#include "parser.h"

#include <string.h>

/* ---- character classes ---------------------------------------------------------------- */

enum {
    C_TCHAR = 1,  /* token (method, header name): RFC 9110 §5.6.2 */
    C_VALUE = 2,  /* field-vchar / SP / HTAB / obs-text: allowed in a field value */
    C_TARGET = 4, /* allowed in a request-target: visible ASCII and obs-text */
    C_HEX = 8,
};

/* Built by hand rather than at start-up so it is const and shared. */
#define T_ (C_TCHAR | C_VALUE | C_TARGET)
#define TH (C_TCHAR | C_VALUE | C_TARGET | C_HEX)
#define V_ (C_VALUE | C_TARGET)
#define O_ (C_VALUE | C_TARGET)
/* clang-format off */
static const unsigned char cls[256] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, C_VALUE, 0, 0, 0, 0, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x20  SP ! " # $ % & ' ( ) * + , - . / */
    C_VALUE, T_, V_, T_, T_, T_, T_, T_, V_, V_, T_, T_, V_, T_, T_, V_,
    /* 0x30  0-9 : ; < = > ? */
    TH, TH, TH, TH, TH, TH, TH, TH, TH, TH, V_, V_, V_, V_, V_, V_,
    /* 0x40  @ A-O */
    V_, TH, TH, TH, TH, TH, TH, T_, T_, T_, T_, T_, T_, T_, T_, T_,
    /* 0x50  P-Z [ \ ] ^ _ */
    T_, T_, T_, T_, T_, T_, T_, T_, T_, T_, T_, V_, V_, V_, T_, T_,
    /* 0x60  ` a-o */
    T_, TH, TH, TH, TH, TH, TH, T_, T_, T_, T_, T_, T_, T_, T_, T_,
    /* 0x70  p-z { | } ~ DEL */
    T_, T_, T_, T_, T_, T_, T_, T_, T_, T_, T_, V_, T_, V_, T_, 0,
    /* 0x80 - 0xff: obs-text */
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
    O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,
};
/* clang-format on */
#undef T_
#undef TH
#undef V_
#undef O_

#define IS(c, k) (cls[(unsigned char)(c)] & (k))

static inline unsigned char lc(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c;
}


static inline int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* Whether one of the 8 bytes at p is a CTL (< 0x20) or DEL, 8 bytes at a time (the
 * "has a byte less than n" / "has a zero byte" word tricks: exact as a yes/no answer).
 * Lets the value check, the longest loop of the parser, skip clean words quickly. */
static inline int has_ctl8(const char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x, y;
    memcpy(&x, p, 8);
    y = x ^ (ones * 0x7f);
    return (((x - ones * 0x20) & ~x) | ((y - ones) & ~y)) & high ? 1 : 0;
}

/* Every byte of buf[i .. e) may appear in a field value. */
static int value_ok(const char *buf, size_t i, size_t e)
{
    while (i < e) {
        if (e - i >= 8 && !has_ctl8(buf + i)) {
            i += 8;
            continue;
        }
        if (!IS(buf[i], C_VALUE))
            return 0;
        i++;
    }
    return 1;
}

/* The characters of Host = uri-host [ ":" port ] (RFC 3986: reg-name, IP literal, IPv4
 * and ':'): one lookup per byte. */
/* clang-format off */
static const unsigned char host_chars[256] = {
    /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x10 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    /* 0x20  SP ! " # $ % & ' ( ) * + , - . / */
    0, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,
    /* 0x30  0-9 : ; < = > ? */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 0,
    /* 0x40  @ A-O */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x50  P-Z [ \ ] ^ _ */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1,
    /* 0x60  ` a-o */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    /* 0x70  p-z { | } ~ DEL */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0,
    /* 0x80 - 0xff: 0 */
};
/* clang-format on */

/* ---- word-at-a-time helpers ---------------------------------------------------------------- */

static inline uint64_t ld64(const char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

static inline uint32_t ld32(const char *p)
{
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

#define ONES8 0x0101010101010101ull
#define HIGH8 0x8080808080808080ull

/* Block scanners for the fast paths: each looks at SCAN_W bytes at p (all readable) and
 * returns the index of the first byte of a kind, SCAN_W if there is none. With SSE2 (every
 * x86-64) a block is 16 bytes; without, 8 bytes of word tricks, and the scanners of the
 * usual name and host bytes say 0 ("look byte by byte") as words cannot tell them cheaply. */
#if defined(__SSE2__)
#include <emmintrin.h>
#define SCAN_W 16

static inline __m128i ld16(const char *p)
{
    return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static inline size_t first16(int mask)
{
    return mask ? (size_t)__builtin_ctz((unsigned)mask) : 16;
}

/* bytes <= top, unsigned */
static inline __m128i le16(__m128i x, char top)
{
    return _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(top)), x);
}

/* a CTL or DEL */
static inline size_t scan_ctl(const char *p)
{
    __m128i x = ld16(p);
    return first16(_mm_movemask_epi8(_mm_or_si128(le16(x, 0x1f), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f)))));
}

/* what ends a request-target: CTL, SP, DEL */
static inline size_t scan_target_stop(const char *p)
{
    __m128i x = ld16(p);
    return first16(_mm_movemask_epi8(_mm_or_si128(le16(x, 0x20), _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7f)))));
}

static inline size_t scan_eq(const char *p, char c)
{
    return first16(_mm_movemask_epi8(_mm_cmpeq_epi8(ld16(p), _mm_set1_epi8(c))));
}

/* letters, digits and '-' (signed compares: bytes >= 0x80 are below every bound) */
static inline __m128i alnum_dash16(__m128i x)
{
    __m128i l = _mm_or_si128(x, _mm_set1_epi8(0x20)); /* exactly the letters fold into a-z */
    __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
                                  _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                  _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    return _mm_or_si128(_mm_or_si128(alpha, digit), _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
}

/* a byte other than a letter, digit or '-' (all tchar) */
static inline size_t scan_not_alnum(const char *p)
{
    return first16(~_mm_movemask_epi8(alnum_dash16(ld16(p))) & 0xffff);
}

/* a byte other than a letter, digit, '-', '.' or ':' (all allowed in Host) */
static inline size_t scan_not_host(const char *p)
{
    __m128i x = ld16(p);
    __m128i ok = _mm_or_si128(alnum_dash16(x), _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
                                                            _mm_cmpeq_epi8(x, _mm_set1_epi8(':'))));
    return first16(~_mm_movemask_epi8(ok) & 0xffff);
}
#elif defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SCAN_W 8

/* High bit of each byte of x that is a CTL (< 0x20) or DEL. Borrows only run upwards, so
 * the LOWEST set bit is exact (higher ones may be false positives): it gives the first
 * such byte on a little-endian machine. */
static inline uint64_t ctl_bits(uint64_t x)
{
    uint64_t y = x ^ (ONES8 * 0x7f);
    return (((x - ONES8 * 0x20) & ~x) | ((y - ONES8) & ~y)) & HIGH8;
}

/* The same for the bytes that end a request-target: CTL, SP and DEL. */
static inline uint64_t target_stop_bits(uint64_t x)
{
    uint64_t y = x ^ (ONES8 * 0x7f);
    return (((x - ONES8 * 0x21) & ~x) | ((y - ONES8) & ~y)) & HIGH8;
}

/* High bit of each byte of x equal to c (lowest set bit exact, as above). */
static inline uint64_t byte_bits(uint64_t x, unsigned char c)
{
    uint64_t y = x ^ (ONES8 * c);
    return (y - ONES8) & ~y & HIGH8;
}

/* Index of the byte flagged by the lowest set bit of bits (non-zero). */
static inline size_t first_byte(uint64_t bits)
{
    return (size_t)__builtin_ctzll(bits) >> 3;
}


static inline size_t scan_ctl(const char *p)
{
    uint64_t bits = ctl_bits(ld64(p));
    return bits ? first_byte(bits) : 8;
}

static inline size_t scan_target_stop(const char *p)
{
    uint64_t bits = target_stop_bits(ld64(p));
    return bits ? first_byte(bits) : 8;
}

static inline size_t scan_eq(const char *p, char c)
{
    uint64_t bits = byte_bits(ld64(p), (unsigned char)c);
    return bits ? first_byte(bits) : 8;
}

static inline size_t scan_not_alnum(const char *p)
{
    (void)p;
    return 0;
}

static inline size_t scan_not_host(const char *p)
{
    (void)p;
    return 0;
}
#endif

/* n bytes at s (a token: tchar only, 4 <= n <= 24) equal the lowercase name lit, ignoring
 * case. Setting bit 5 of every byte lowers ASCII letters; it is exact here because every
 * byte of lit has bit 5 set (lowercase letters, digits, '-') and the only other bytes
 * that fold onto those (CTLs: '-' from CR, digits from 0x10-0x19) are not tchar. Loads
 * overlap instead of looping byte by byte; n is a constant where it is used. */
static inline __attribute__((always_inline)) int name_eq(const char *s, size_t n, const char *lit)
{
    if (n < 8)
        return (ld32(s) | 0x20202020u) == ld32(lit) &&
               (ld32(s + n - 4) | 0x20202020u) == ld32(lit + n - 4);
    for (size_t i = 0; i + 8 < n; i += 8)
        if ((ld64(s + i) | (ONES8 * 0x20)) != ld64(lit + i))
            return 0;
    return (ld64(s + n - 8) | (ONES8 * 0x20)) == ld64(lit + n - 8);
}
#define NAME_IS(s, n, lit) ((n) == sizeof lit - 1 && name_eq(s, sizeof lit - 1, lit))
/* The same holds for a checked field value (no CTL but HTAB, which folds to ')'): the
 * tokens of Connection, Expect and Transfer-Encoding. */
#define VALUE_IS(s, n, lit) NAME_IS(s, n, lit)

static inline http_span_t span(size_t off, size_t len)
{
    http_span_t s = {(uint32_t)off, (uint32_t)len};
    return s;
}

/* ---- request head ----------------------------------------------------------------------- */

/* st->flags: what the header lines said, folded into req at the end of the head. */
enum {
    F_CL = 1 << 0, /* a Content-Length was seen */
    F_TE = 1 << 1, /* a Transfer-Encoding was seen */
    F_CONN_CLOSE = 1 << 2,
    F_CONN_KA = 1 << 3,
    F_CONN_UPGRADE = 1 << 4,
    F_UPGRADE = 1 << 5, /* an Upgrade header */
    F_EXPECT = 1 << 6,  /* Expect: 100-continue */
};

enum { PH_LINE = 0, PH_HEADERS, PH_DONE, PH_FAILED };

/* Longest method token accepted (the longest registered one is 17 characters); bounds
 * how long an incomplete request line may be before its first SP. */
#define METHOD_MAX 32
/* "HTTP/1.1\r": what may follow the SP after the target on an incomplete request line. */
#define VERSION_TAIL 9

void http_head_init(http_head_state_t *st, http_request_t *req, http_header_t *headers,
                    uint32_t cap)
{
    memset(st, 0, sizeof *st);
    memset(req, 0, sizeof *req);
    req->headers = headers;
    req->headers_cap = cap;
    req->content_length = -1;
}

static http_method_t method_id(const char *m, size_t n)
{
    switch (n) {
    case 3:
        if (!memcmp(m, "GET", 3))
            return HTTP_M_GET;
        if (!memcmp(m, "PUT", 3))
            return HTTP_M_PUT;
        break;
    case 4:
        if (!memcmp(m, "POST", 4))
            return HTTP_M_POST;
        if (!memcmp(m, "HEAD", 4))
            return HTTP_M_HEAD;
        break;
    case 5:
        if (!memcmp(m, "PATCH", 5))
            return HTTP_M_PATCH;
        if (!memcmp(m, "TRACE", 5))
            return HTTP_M_TRACE;
        break;
    case 6:
        if (!memcmp(m, "DELETE", 6))
            return HTTP_M_DELETE;
        break;
    case 7:
        if (!memcmp(m, "OPTIONS", 7))
            return HTTP_M_OPTIONS;
        if (!memcmp(m, "CONNECT", 7))
            return HTTP_M_CONNECT;
        break;
    }
    return HTTP_M_OTHER;
}

/* RFC 9112 §3.2: origin-form ("/..."), asterisk-form ("*"), authority-form (CONNECT
 * only) or absolute-form (scheme ":" ...). Anything else is not a request-target. */
static int target_form_ok(const char *t, size_t n, http_method_t m)
{
    if (t[0] == '/' || m == HTTP_M_CONNECT || (n == 1 && t[0] == '*'))
        return 1;
    size_t i = 0;
    if (!((t[0] | 0x20) >= 'a' && (t[0] | 0x20) <= 'z'))
        return 0;
    while (++i < n && t[i] != ':')
        if (!(IS(t[i], C_HEX) || ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z') || t[i] == '+' ||
              t[i] == '-' || t[i] == '.'))
            return 0;
    return i < n;
}

/* request-line = method SP request-target SP HTTP-version, in buf[p .. e) (no CRLF). */
static long parse_request_line(http_request_t *req, const char *buf, size_t p, size_t e,
                               const http_limits_t *lim)
{
    size_t i = p;
    while (i < e && IS(buf[i], C_TCHAR))
        i++;
    if (i - p > METHOD_MAX || i == p || i == e || buf[i] != ' ')
        return -400;
    req->method = span(p, i - p);
    req->method_id = method_id(buf + p, i - p);

    size_t t = ++i;
    while (i < e && IS(buf[i], C_TARGET))
        i++;
    if (i - t > lim->max_target)
        return -414;
    if (i == t || i == e || buf[i] != ' ' || !target_form_ok(buf + t, i - t, req->method_id))
        return -400;
    req->target = span(t, i - t);
    const char *q = memchr(buf + t, '?', i - t);
    if (q) {
        size_t qo = (size_t)(q - buf);
        req->path = span(t, qo - t);
        req->query = span(qo + 1, i - qo - 1);
    } else {
        req->path = req->target;
        req->query = span(i, 0);
    }

    const char *v = buf + i + 1;
    if (e - (i + 1) != 8 || memcmp(v, "HTTP/", 5) || v[5] < '0' || v[5] > '9' || v[6] != '.' ||
        v[7] < '0' || v[7] > '9')
        return -400;
    if (v[5] != '1' || (v[7] != '0' && v[7] != '1'))
        return -505;
    req->version_minor = v[7] - '0';
    return 0;
}

/* Host = uri-host [ ":" port ]: the characters of a reg-name, an IP literal or an IPv4
 * address and ':' (RFC 3986); RFC 9112 §3.2 wants a 400 for an invalid one. An empty
 * value is allowed (an empty authority). */
static int host_ok(const char *v, size_t n, size_t avail)
{
    const unsigned char *u = (const unsigned char *)v;
    size_t i = 0;
    unsigned ok = 1;
#ifdef SCAN_W
    /* blocks of the usual bytes; avail (>= n) bytes at v are readable */
    while (i < n && avail - i >= SCAN_W) {
        size_t k = scan_not_host(v + i);
        i += k;
        if (k < SCAN_W)
            break;
    }
    if (i >= n)
        return 1;
#else
    (void)avail;
#endif
    /* four lookups ANDed per step: no branch per byte (a Host is checked every request) */
    for (; i + 4 <= n; i += 4)
        ok &= host_chars[u[i]] & host_chars[u[i + 1]] & host_chars[u[i + 2]] &
              host_chars[u[i + 3]];
    for (; i < n; i++)
        ok &= host_chars[u[i]];
    return (int)ok;
}

/* Content-Length = 1*DIGIT; a second one must carry the same value. */
static long header_content_length(http_head_state_t *st, http_request_t *req, const char *v,
                                  size_t n, const http_limits_t *lim)
{
    if (n == 0)
        return -400;
    uint64_t x = 0;
    int big = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] < '0' || v[i] > '9')
            return -400;
        if (x > (UINT64_MAX - 9) / 10)
            big = 1; /* saturate: certainly above any max_body */
        else
            x = x * 10 + (uint64_t)(v[i] - '0');
    }
    if (big || x > (uint64_t)INT64_MAX)
        x = UINT64_MAX;
    if (st->flags & F_CL) {
        if ((uint64_t)req->content_length != x)
            return -400;
        return 0;
    }
    if (x > lim->max_body)
        return -413;
    st->flags |= F_CL;
    req->content_length = (int64_t)x;
    return 0;
}

/* Connection = #connection-option: remember close / keep-alive / upgrade. */
static inline int conn_option(http_head_state_t *st, const char *o, size_t n)
{
    if (VALUE_IS(o, n, "close"))
        st->flags |= F_CONN_CLOSE;
    else if (VALUE_IS(o, n, "keep-alive"))
        st->flags |= F_CONN_KA;
    else if (VALUE_IS(o, n, "upgrade"))
        st->flags |= F_CONN_UPGRADE;
    else
        return 0;
    return 1;
}

static void header_connection(http_head_state_t *st, const char *v, size_t n)
{
    if (conn_option(st, v, n)) /* the usual value: one option, nothing around it */
        return;
    size_t i = 0;
    while (i < n) {
        while (i < n && (is_ows(v[i]) || v[i] == ','))
            i++;
        size_t s = i;
        while (i < n && v[i] != ',')
            i++;
        size_t e = i;
        while (e > s && is_ows(v[e - 1]))
            e--;
        conn_option(st, v + s, e - s);
    }
}

/* The headers that matter for framing and connection handling, found by length first
 * so most headers cost one switch. Value is buf[vo .. vo + vn). */
static long header_known(http_head_state_t *st, http_request_t *req, const char *buf,
                         size_t buf_len, const char *name, size_t nn, size_t vo, size_t vn,
                         const http_limits_t *lim)
{
    const char *v = buf + vo;
    switch (nn) {
    case 4:
        if (NAME_IS(name, nn, "host")) {
            if (req->has_host || !host_ok(v, vn, buf_len - vo))
                return -400;
            req->has_host = 1;
            req->host = span(vo, vn);
        }
        break;
    case 6:
        if (NAME_IS(name, nn, "cookie")) {
            if (!req->has_cookie) {
                req->has_cookie = 1;
                req->cookie = span(vo, vn);
            }
        } else if (NAME_IS(name, nn, "expect")) {
            if (VALUE_IS(v, vn, "100-continue"))
                st->flags |= F_EXPECT;
        }
        break;
    case 5:
        if (NAME_IS(name, nn, "range") && !req->has_range) {
            req->has_range = 1;
            req->range = span(vo, vn);
        }
        break;
    case 7:
        if (NAME_IS(name, nn, "upgrade"))
            st->flags |= F_UPGRADE;
        break;
    case 10:
        if (NAME_IS(name, nn, "connection"))
            header_connection(st, v, vn);
        break;
    case 12:
        if (NAME_IS(name, nn, "content-type") && !req->has_content_type) {
            req->has_content_type = 1;
            req->content_type = span(vo, vn);
        }
        break;
    case 14:
        if (NAME_IS(name, nn, "content-length"))
            return header_content_length(st, req, v, vn, lim);
        break;
    case 15:
        if (NAME_IS(name, nn, "accept-encoding"))
            req->has_accept_encoding = 1;
        break;
    case 17:
        if (NAME_IS(name, nn, "transfer-encoding")) {
            /* RFC 9112 §6.1: in a 1.0 request it is faulty framing; twice means chunked
             * applied twice or a coding list split in two: both refused. */
            if ((st->flags & F_TE) || req->version_minor == 0)
                return -400;
            st->flags |= F_TE;
            if (!VALUE_IS(v, vn, "chunked"))
                return -501;
            req->chunked = 1;
        }
        break;
    }
    return 0;
}

/* field-line = field-name ":" OWS field-value OWS, in buf[p .. e) (no CRLF). Checks
 * syntax and returns the spans; shared by headers and chunked trailers. */
static long field_line(const char *buf, size_t p, size_t e, http_span_t *name, http_span_t *value)
{
    size_t i = p;
    if (is_ows(buf[i]))
        return -400; /* obs-fold (or whitespace before the first name) */
    while (i < e && IS(buf[i], C_TCHAR))
        i++;
    if (i == p || i == e || buf[i] != ':')
        return -400;
    *name = span(p, i - p);
    i++;
    while (i < e && is_ows(buf[i]))
        i++;
    size_t ve = e;
    while (ve > i && is_ows(buf[ve - 1]))
        ve--;
    if (!value_ok(buf, i, ve))
        return -400;
    *value = span(i, ve - i);
    return 0;
}

/* Stores a syntactically valid header line and looks at what it means. */
static inline long add_header(http_head_state_t *st, http_request_t *req, const char *buf,
                              size_t buf_len, http_span_t name, http_span_t value,
                              const http_limits_t *lim)
{
    uint32_t max = req->headers_cap < lim->max_headers ? req->headers_cap : lim->max_headers;
    if (req->nheaders >= max)
        return -431;
    http_header_t *h = &req->headers[req->nheaders++];
    h->name = name;
    h->value = value;
    /* the lengths of the names header_known() looks at: most headers skip the call */
    const uint32_t known = 1u << 4 | 1u << 5 | 1u << 6 | 1u << 7 | 1u << 10 | 1u << 12 |
                           1u << 14 | 1u << 15 | 1u << 17;
    if (name.len >= 32 || !(known >> name.len & 1))
        return 0;
    return header_known(st, req, buf, buf_len, buf + name.off, name.len, value.off, value.len,
                        lim);
}

static long parse_header_line(http_head_state_t *st, http_request_t *req, const char *buf, size_t p,
                              size_t e, const http_limits_t *lim)
{
    http_span_t name, value;
    long rc = field_line(buf, p, e, &name, &value);
    if (rc < 0)
        return rc;
    return add_header(st, req, buf, e + 2, name, value, lim);   /* CR LF are readable */
}

/* ---- fast paths: one pass over a complete, valid line ------------------------------------ *
 *
 * The general path below finds the line end with memchr, then validates the line in a
 * second pass. These do both in one pass for the lines of a well-formed head, which is
 * nearly every head. They only ever ACCEPT: at anything unusual (a byte the line may not
 * hold, a bare CR or LF, the end of the input, an HTTP version other than 1.0 / 1.1) they
 * return 0 and the general path parses the same line again and decides, so statuses and
 * their order have one source. Both paths give identical spans for a line they accept.
 * They read whole words only inside buf[0 .. lim). */

/* The end of the token (tchar run) at buf[p ..), at most lim: blocks of letters, digits
 * and '-' first, then byte by byte for the rest of tchar. */
static inline size_t scan_token(const char *buf, size_t p, size_t lim)
{
    size_t i = p;
#ifdef SCAN_W
    while (lim - i >= SCAN_W) {
        size_t k = scan_not_alnum(buf + i);
        i += k;
        if (k < SCAN_W)
            break;
    }
#endif
    while (i < lim && IS(buf[i], C_TCHAR))
        i++;
    return i;
}

/* field-line CRLF at buf[p ..) (p < lim): the index of its '\n' with name/value set, or 0. */
static inline size_t fast_field_line(const char *buf, size_t p, size_t lim, http_span_t *name,
                              http_span_t *value)
{
    size_t i = scan_token(buf, p, lim);
    if (i == p || i >= lim || buf[i] != ':')
        return 0;
    *name = span(p, i - p);
    i++;
    while (i < lim && is_ows(buf[i]))
        i++;
    size_t vs = i;
    for (;;) { /* to the first CTL / DEL: HTAB goes on, CR must be the line end */
#ifdef SCAN_W
        if (lim - i >= SCAN_W) {
            size_t k = scan_ctl(buf + i);
            i += k;
            if (k == SCAN_W)
                continue;
        } else
#endif
        {
            while (i < lim && IS(buf[i], C_VALUE) && buf[i] != '\t')
                i++;
            if (i == lim)
                return 0;
        }
        if (buf[i] != '\t')
            break;
        i++;
    }
    if (buf[i] != '\r' || lim - i < 2 || buf[i + 1] != '\n')
        return 0;
    size_t ve = i;
    while (ve > vs && is_ows(buf[ve - 1]))
        ve--;
    *value = span(vs, ve - vs);
    return i + 1;
}

/* request-line CRLF at buf[p ..) (p < lim): the index of its '\n' with req's request-line
 * fields set, or 0 (req untouched). */
static size_t fast_request_line(http_request_t *req, const char *buf, size_t p, size_t lim,
                                const http_limits_t *l)
{
    size_t i;
    http_method_t id = HTTP_M_OTHER;
    if (lim - p >= 4 && ld32(buf + p) == ld32("GET ")) { /* most requests: one compare */
        i = p + 3;
        id = HTTP_M_GET;
    } else {
        i = scan_token(buf, p, lim);
        if (i == p || i - p > METHOD_MAX || i >= lim || buf[i] != ' ')
            return 0;
    }
    size_t m = i - p, t = ++i, q = 0; /* q: index of the first '?' + 1, 0 if none yet */
    for (;;) {                         /* the target: to the first CTL, SP or DEL */
#ifdef SCAN_W
        if (lim - i >= SCAN_W) {
            size_t k = scan_target_stop(buf + i);
            if (!q) {
                size_t kq = scan_eq(buf + i, '?'); /* only one before the stop counts */
                if (kq < k)
                    q = i + kq + 1;
            }
            i += k;
            if (k == SCAN_W)
                continue;
            break;
        }
#endif
        while (i < lim && IS(buf[i], C_TARGET)) {
            if (!q && buf[i] == '?')
                q = i + 1;
            i++;
        }
        break;
    }
    if (i == t || i - t > l->max_target || lim - i < 11 || buf[i] != ' ')
        return 0;
    const char *v = buf + i + 1;
    uint64_t ver = ld64(v);
    if ((ver != ld64("HTTP/1.1") && ver != ld64("HTTP/1.0")) || v[8] != '\r' || v[9] != '\n')
        return 0;
    if (id == HTTP_M_OTHER)
        id = method_id(buf + p, m);
    if (buf[t] != '/' && !target_form_ok(buf + t, i - t, id))
        return 0;
    req->method = span(p, m);
    req->method_id = id;
    req->target = span(t, i - t);
    if (q) {
        req->path = span(t, q - 1 - t);
        req->query = span(q, i - q);
    } else {
        req->path = req->target;
        req->query = span(i, 0);
    }
    req->version_minor = v[7] - '0';
    return i + 10;
}

/* The empty line was reached: checks that need the whole head, then the flags. */
static inline long finish_head(http_head_state_t *st, http_request_t *req)
{
    if ((st->flags & F_TE) && (st->flags & F_CL))
        return -400;
    if (req->version_minor == 1 && !req->has_host)
        return -400;
    if (req->version_minor == 1)
        req->keep_alive = !(st->flags & F_CONN_CLOSE);
    else
        req->keep_alive = (st->flags & F_CONN_KA) && !(st->flags & F_CONN_CLOSE);
    req->expect_continue = req->version_minor == 1 && (st->flags & F_EXPECT);
    req->upgrade = (st->flags & F_CONN_UPGRADE) && (st->flags & F_UPGRADE);
    return 0;
}

/* Checks an incomplete request line buf[line .. len) (no '\n' in it) so that an
 * over-long target is refused (414) as soon as it passes max_target, not when max_head is
 * reached, and garbage as soon as it is certain. Only the new bytes buf[from .. len) are
 * looked at (st->sp and st->tend remember the SPs found). Each decision taken here is one
 * parse_request_line() would take on any completion of the line: the result does not
 * depend on how the input was split. */
static long early_request_line(http_head_state_t *st, const char *buf, size_t line, size_t from,
                               size_t len, const http_limits_t *lim)
{
    size_t i = from;
    if (buf[line] == '\r') /* a lone CR may still become an empty line, nothing else */
        return len - line == 1 ? 0 : -400;
    if (!st->sp) {
        while (i < len && IS(buf[i], C_TCHAR))
            i++;
        if (i - line > METHOD_MAX)
            return -400;
        if (i == len)
            return 0;
        if (i == line || buf[i] != ' ')
            return -400;
        st->sp = (uint32_t)++i;
    }
    if (!st->tend) {
        size_t t = st->sp;
        while (i < len && IS(buf[i], C_TARGET))
            i++;
        if (i - t > lim->max_target)
            return -414;
        if (i == len)
            return 0;
        if (i == t || buf[i] != ' ')
            return -400;
        st->tend = (uint32_t)++i;
    }
    return len - st->tend > VERSION_TAIL ? -400 : 0;
}

static long head_fail(http_head_state_t *st, long rc)
{
    st->phase = PH_FAILED;
    st->result = rc;
    return rc;
}

/* From a line not looked at yet (st->line, st->scan == 0): the lines the fast paths
 * accept and the empty line after them. Returns the head's result if that ended it,
 * else 0 with st->line at the first line left to the general path. */
static long fast_lines(http_head_state_t *st, http_request_t *req, const char *buf,
                       size_t lim_len, const http_limits_t *lim)
{
    size_t line = st->line, end;
    long rc;
    if (st->phase == PH_LINE) {
        if (!(end = fast_request_line(req, buf, line, lim_len, lim)))
            return 0;
        st->phase = PH_HEADERS;
        st->sp = st->tend = 0;
        line = end + 1;
    }
    while (lim_len - line >= 2) {
        if (buf[line] == '\r') {
            if (buf[line + 1] != '\n')
                break;
            if ((rc = finish_head(st, req)) < 0)
                return head_fail(st, rc);
            st->phase = PH_DONE;
            st->result = (long)(line + 2);
            return st->result;
        }
        http_span_t name, value;
        if (!(end = fast_field_line(buf, line, lim_len, &name, &value)))
            break;
        if ((rc = add_header(st, req, buf, lim_len, name, value, lim)) < 0)
            return head_fail(st, rc);
        line = end + 1;
    }
    st->line = (uint32_t)line;
    return 0;
}

long http_parse_head(http_head_state_t *st, http_request_t *req, const char *buf, size_t len,
                     const http_limits_t *lim)
{
    if (st->phase >= PH_DONE)
        return st->result;
    /* The head ends at or before max_head: never search beyond it. */
    size_t lim_len = len < lim->max_head ? len : lim->max_head;
    size_t line = st->line;
    if (line + st->scan > len) /* the caller shrank the buffer: rescan the line */
        st->scan = 0;
    if (!st->scan && line < lim_len) {
        long rc = fast_lines(st, req, buf, lim_len, lim);
        if (rc)
            return rc;
        line = st->line;
    }
    for (;;) {
        size_t from = line + st->scan;
        const char *nl = from < lim_len ? memchr(buf + from, '\n', lim_len - from) : NULL;
        if (!nl) {
            if (st->phase == PH_LINE && from < lim_len) {
                long rc = early_request_line(st, buf, line, from, lim_len, lim);
                if (rc < 0)
                    return head_fail(st, rc);
            }
            if (len >= lim->max_head)
                return head_fail(st, -431);
            st->line = (uint32_t)line;
            st->scan = (uint32_t)(len - line);
            return 0;
        }
        size_t end = (size_t)(nl - buf);
        if (end == line || buf[end - 1] != '\r') { /* bare LF */
            /* What an earlier call would have said about the bytes before it (414) must
             * win, or the status would depend on how the input was split. */
            long rc = st->phase == PH_LINE && from < end
                          ? early_request_line(st, buf, line, from, end, lim)
                          : 0;
            return head_fail(st, rc < 0 ? rc : -400);
        }
        size_t e = end - 1;
        st->scan = 0;
        long rc = 0;
        if (st->phase == PH_LINE) {
            if (e > line) {
                rc = parse_request_line(req, buf, line, e, lim);
                st->phase = PH_HEADERS;
            } /* else: an empty line before the request line, skipped (RFC 9112 §2.2) */
            st->sp = st->tend = 0;
        } else if (e == line) {
            rc = finish_head(st, req);
            if (rc == 0) {
                st->phase = PH_DONE;
                st->result = (long)(end + 1);
                return st->result;
            }
        } else {
            rc = parse_header_line(st, req, buf, line, e, lim);
        }
        if (rc < 0)
            return head_fail(st, rc);
        line = end + 1;
    }
}

int http_header_is(const http_header_t *h, const char *buf, const char *name)
{
    size_t n = strlen(name);
    if (h->name.len != n)
        return 0;
    const char *s = buf + h->name.off;
    for (size_t i = 0; i < n; i++)
        if (lc((unsigned char)s[i]) != lc((unsigned char)name[i]))
            return 0;
    return 1;
}

const http_header_t *http_header_find(const http_request_t *req, const char *buf, const char *name)
{
    for (uint32_t i = 0; i < req->nheaders; i++)
        if (http_header_is(&req->headers[i], buf, name))
            return &req->headers[i];
    return NULL;
}

/* ---- chunked body ----------------------------------------------------------------------- */

enum { CK_SIZE = 0, CK_DATA, CK_CR, CK_LF, CK_TRAILER, CK_DONE };

void http_chunked_init(http_chunked_t *c)
{
    memset(c, 0, sizeof *c);
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    ch = (char)lc((unsigned char)ch);
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    return -1;
}

/* chunk-size [ chunk-ext ] in buf[p .. e): 1*HEXDIG, then nothing or BWS ";" and an
 * extension made of non-CTL bytes (not parsed: ignored). */
static int chunk_size_line(const char *buf, size_t p, size_t e, uint64_t *size)
{
    uint64_t x = 0;
    size_t i = p;
    int d;
    while (i < e && (d = hexval(buf[i])) >= 0) {
        if (x > (UINT64_MAX >> 4))
            return -400;
        x = (x << 4) | (uint64_t)d;
        i++;
    }
    if (i == p)
        return -400;
    size_t ws = i;
    while (i < e && is_ows(buf[i]))
        i++;
    if (i == e && i != ws)
        return -400; /* BWS only before a ';' */
    if (i < e) {
        if (buf[i] != ';')
            return -400;
        for (; i < e; i++)
            if (!IS(buf[i], C_VALUE))
                return -400;
    }
    *size = x;
    return 0;
}

/* Finds the end of the line starting at buf[c->in], searching at most `max` bytes of it
 * and only bytes not searched before. Returns the index of '\n' (validated CRLF), -1 if
 * incomplete, -2 when the line passes max, -400 on a bare LF. */
static long chunk_line(http_chunked_t *c, const char *buf, size_t len, size_t max)
{
    size_t from = (size_t)(c->in + c->scan);
    size_t stop = len - c->in > max ? (size_t)c->in + max : len;
    const char *nl = from < stop ? memchr(buf + from, '\n', stop - from) : NULL;
    if (!nl) {
        if (len - c->in >= max)
            return -2;
        c->scan = len - c->in;
        return -1;
    }
    size_t end = (size_t)(nl - buf);
    if (end == c->in || buf[end - 1] != '\r')
        return -400;
    c->scan = 0;
    return (long)end;
}

static int chunked_fail(http_chunked_t *c, int rc)
{
    c->state = rc;
    return rc;
}

int http_chunked_decode(http_chunked_t *c, char *buf, size_t len, const http_limits_t *lim)
{
    if (c->state < 0)
        return c->state;
    if (len < c->in + c->scan) { /* the caller passed less than before: rescan */
        c->scan = 0;
        if (len < c->in)
            return 0;
    }
    for (;;) {
        switch (c->state) {
        case CK_SIZE: {
            long end = chunk_line(c, buf, len, HTTP_CHUNK_LINE_MAX + 2);
            if (end == -1)
                return 0;
            if (end < 0)
                return chunked_fail(c, -400);
            uint64_t size;
            if (chunk_size_line(buf, (size_t)c->in, (size_t)end - 1, &size) < 0)
                return chunked_fail(c, -400);
            if (size > lim->max_body || c->out + size > lim->max_body)
                return chunked_fail(c, -413);
            c->in = (uint64_t)end + 1;
            c->left = size;
            c->state = size ? CK_DATA : CK_TRAILER;
            c->trailer = 0;
            break;
        }
        case CK_DATA: {
            size_t avail = len - (size_t)c->in;
            size_t n = avail < c->left ? avail : (size_t)c->left;
            if (n && c->out != c->in)
                memmove(buf + c->out, buf + c->in, n);
            c->out += n;
            c->in += n;
            c->left -= n;
            if (c->left)
                return 0;
            c->state = CK_CR;
            break;
        }
        case CK_CR:
        case CK_LF:
            if (c->in == len)
                return 0;
            if (buf[c->in] != (c->state == CK_CR ? '\r' : '\n'))
                return chunked_fail(c, -400);
            c->in++;
            c->state = c->state == CK_CR ? CK_LF : CK_SIZE;
            break;
        case CK_TRAILER: {
            size_t room = lim->max_head > c->trailer ? lim->max_head - c->trailer : 0;
            long end = chunk_line(c, buf, len, room);
            if (end == -1)
                return 0;
            if (end < 0) /* -2: the trailer section passed max_head */
                return chunked_fail(c, end == -2 ? -431 : -400);
            size_t e = (size_t)end - 1;
            if (e > c->in) {
                http_span_t n, v;
                if (field_line(buf, (size_t)c->in, e, &n, &v) < 0)
                    return chunked_fail(c, -400);
            } else {
                c->state = CK_DONE;
            }
            c->trailer += (uint64_t)end + 1 - c->in;
            c->in = (uint64_t)end + 1;
            break;
        }
        case CK_DONE:
            return 1;
        }
    }
}

/* ---- cookies, query strings, urldecoding ------------------------------------------------- */

/* Next pair of s[0 .. len) separated by sep, from *pos. trim: drop SP/HTAB around name
 * and value, and skip empty names (Cookie rules); else skip empty pairs only. */
static int pair_next(const char *s, size_t len, size_t *pos, char sep, int trim, http_span_t *name,
                     http_span_t *value)
{
    size_t i = *pos;
    while (i < len) {
        if (trim)
            while (i < len && is_ows(s[i]))
                i++;
        size_t start = i;
        const char *q = i < len ? memchr(s + i, sep, len - i) : NULL;
        size_t end = q ? (size_t)(q - s) : len;
        i = q ? end + 1 : len;
        if (start == end)
            continue;
        const char *eq = memchr(s + start, '=', end - start);
        size_t ne = eq ? (size_t)(eq - s) : end;
        size_t vs = eq ? ne + 1 : end, ve = end;
        if (trim) {
            while (ne > start && is_ows(s[ne - 1]))
                ne--;
            while (vs < ve && is_ows(s[vs]))
                vs++;
            while (ve > vs && is_ows(s[ve - 1]))
                ve--;
            if (ne == start)
                continue;
        }
        *name = span(start, ne - start);
        *value = span(vs, ve - vs);
        *pos = i;
        return 1;
    }
    *pos = len;
    return 0;
}

int http_cookie_next(const char *s, size_t len, size_t *pos, http_span_t *name, http_span_t *value)
{
    return pair_next(s, len, pos, ';', 1, name, value);
}

int http_query_next(const char *s, size_t len, size_t *pos, http_span_t *name, http_span_t *value)
{
    return pair_next(s, len, pos, '&', 0, name, value);
}

size_t http_urldecode(char *s, size_t len, int flags)
{
    size_t r = 0, w = 0;
    while (r < len) {
        char ch = s[r];
        int hi, lo;
        if (ch == '%' && len - r >= 3 && (hi = hexval(s[r + 1])) >= 0 &&
            (lo = hexval(s[r + 2])) >= 0) {
            s[w++] = (char)(hi << 4 | lo);
            r += 3;
            continue;
        }
        s[w++] = (ch == '+' && (flags & HTTP_URLDECODE_PLUS)) ? ' ' : ch;
        r++;
    }
    return w;
}
