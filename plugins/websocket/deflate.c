/* deflate.c — permessage-deflate (RFC 7692) with no context takeover in either direction:
 * each message is compressed on its own (raw deflate, the trailing 00 00 FF FF dropped),
 * so a connection keeps no zlib state between messages. The negotiation (which
 * parameters we accept and answer) is here too. One deflate and one inflate stream per
 * process, reset between messages (deflateReset keeps their memory). */
#include <zlib.h>

#include "websocket.h"

static z_stream def, inf;
static bool def_ready, inf_ready;

void ws_deflate_shutdown(void)
{
    if (def_ready)
        deflateEnd(&def);
    if (inf_ready)
        inflateEnd(&inf);
    def_ready = inf_ready = false;
}

bool ws_deflate_offer(const char *ext, size_t len)
{
    /* any offer of permessage-deflate will do: its parameters only restrict what the
     * server may do, and we take no context over and use the largest window either way
     * (client_max_window_bits is an offer we may leave unanswered; server_max_window_bits
     * below 15 would ask for a smaller window than raw deflate's 15, refused by zlib for
     * 8: we decline such offers) */
    const char *p = ext, *end = ext + len;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ','))
            p++;
        const char *s = p;
        while (p < end && *p != ',')
            p++;
        size_t n = (size_t)(p - s);
        if (n >= 18 && strncasecmp(s, "permessage-deflate", 18) == 0 &&
            (n == 18 || s[18] == ';' || s[18] == ' ')) {
            const char *w = memmem(s, n, "server_max_window_bits", 22);
            if (!w)
                return true;
            w += 22;
            while (w < p && (*w == ' ' || *w == '=' || *w == '"'))
                w++;
            if (w < p && atoi(w) == 15)
                return true;
        }
    }
    return false;
}

zend_string *ws_deflate(const char *data, size_t len)
{
    if (!def_ready) {
        if (deflateInit2(&def, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) !=
            Z_OK)
            return NULL;
        def_ready = true;
    } else {
        deflateReset(&def);
    }
    size_t cap = deflateBound(&def, len) + 16;
    zend_string *out = zend_string_alloc(cap, 0);
    def.next_in = (Bytef *)data;
    def.avail_in = (uInt)len;
    def.next_out = (Bytef *)ZSTR_VAL(out);
    def.avail_out = (uInt)cap;
    if (deflate(&def, Z_SYNC_FLUSH) != Z_OK || def.avail_in) {
        zend_string_efree(out);
        return NULL;
    }
    size_t n = cap - def.avail_out;
    if (n >= 4 && memcmp(ZSTR_VAL(out) + n - 4, "\x00\x00\xff\xff", 4) == 0)
        n -= 4;   /* §7.2.1: the empty stored block that ends the flush is not sent */
    ZSTR_LEN(out) = n;
    ZSTR_VAL(out)[n] = '\0';
    return out;
}

int ws_inflate(const char *data, size_t len, uint64_t max, zend_string **out)
{
    if (!inf_ready) {
        if (inflateInit2(&inf, -15) != Z_OK)
            return 1011;
        inf_ready = true;
    } else {
        inflateReset(&inf);
    }
    static const unsigned char tail[4] = {0x00, 0x00, 0xff, 0xff};
    smart_str buf = {0};
    char chunk[16384];
    for (int part = 0; part < 2; part++) {
        inf.next_in = part ? (Bytef *)tail : (Bytef *)data;
        inf.avail_in = part ? 4 : (uInt)len;
        while (inf.avail_in) {
            inf.next_out = (Bytef *)chunk;
            inf.avail_out = sizeof chunk;
            int rc = inflate(&inf, Z_SYNC_FLUSH);
            size_t n = sizeof chunk - inf.avail_out;
            if (rc != Z_OK && rc != Z_STREAM_END && !(rc == Z_BUF_ERROR && n)) {
                smart_str_free(&buf);
                return 1007;   /* not a deflate stream: bad data for the message type */
            }
            if ((buf.s ? ZSTR_LEN(buf.s) : 0) + n > max) {
                smart_str_free(&buf);
                return 1009;
            }
            smart_str_appendl(&buf, chunk, n);
            if (rc == Z_STREAM_END)
                break;
            if (n == 0 && rc == Z_BUF_ERROR)
                break;
        }
    }
    smart_str_0(&buf);
    *out = buf.s ? buf.s : ZSTR_EMPTY_ALLOC();
    return 0;
}
