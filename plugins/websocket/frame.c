/* frame.c — the WebSocket frame codec (RFC 6455 §5.2): header parsing with every check the
 * RFC asks of a server, in-place unmasking, header writing, UTF-8 validation. Stateless:
 * the caller keeps the unconsumed bytes and calls again when more arrive (re-reading a
 * header of at most 14 bytes is cheaper than keeping a state machine). */
#include "frame.h"

#include <string.h>

int ws_frame_parse(const uint8_t *buf, size_t len, uint64_t max_payload, bool require_mask,
                   ws_frame_t *f)
{
    return ws_frame_parse_ex(buf, len, max_payload, require_mask, 0, f);
}

int ws_frame_parse_ex(const uint8_t *buf, size_t len, uint64_t max_payload, bool require_mask,
                      uint8_t rsv_ok, ws_frame_t *f)
{
    if (len < 1)
        return 0;
    uint8_t b0 = buf[0];
    f->fin = (b0 & 0x80) != 0;
    f->rsv = (uint8_t)((b0 >> 4) & 0x7);
    f->opcode = b0 & 0x0F;
    /* an RSV bit no negotiated extension gives a meaning to fails (§5.2) */
    if (f->rsv & ~rsv_ok)
        return WS_E_PROTOCOL;
    switch (f->opcode) {
    case WS_OP_CONT: case WS_OP_TEXT: case WS_OP_BINARY:
        break;
    case WS_OP_CLOSE: case WS_OP_PING: case WS_OP_PONG:
        if (!f->fin)   /* control frames are never fragmented (§5.5) */
            return WS_E_PROTOCOL;
        break;
    default:
        return WS_E_PROTOCOL;
    }
    if (len < 2)
        return 0;
    uint8_t b1 = buf[1];
    f->masked = (b1 & 0x80) != 0;
    if (require_mask && !f->masked)   /* a client must mask every frame (§5.1) */
        return WS_E_PROTOCOL;
    uint64_t plen = b1 & 0x7F;
    size_t hl = 2;
    if (f->opcode >= WS_OP_CLOSE && plen > 125)
        return WS_E_PROTOCOL;
    if (plen == 126) {
        if (len < 4)
            return 0;
        plen = ((uint64_t)buf[2] << 8) | buf[3];
        hl = 4;
    } else if (plen == 127) {
        if (len < 10)
            return 0;
        if (buf[2] & 0x80)   /* the most significant bit must be 0 */
            return WS_E_PROTOCOL;
        plen = 0;
        for (int i = 2; i < 10; i++)
            plen = (plen << 8) | buf[i];
        hl = 10;
    }
    if (plen > max_payload)
        return WS_E_TOO_BIG;
    if (f->masked) {
        if (len < hl + 4)
            return 0;
        memcpy(f->mask, buf + hl, 4);
        hl += 4;
    } else {
        memset(f->mask, 0, 4);
    }
    f->payload_len = plen;
    f->header_len = (uint8_t)hl;
    return (int)hl;
}

void ws_unmask(uint8_t *p, size_t n, const uint8_t mask[4], uint64_t offset)
{
    size_t i = 0;
    /* the mask rotated to this offset, 8 bytes at a time for the bulk */
    uint8_t m[8];
    for (int k = 0; k < 8; k++)
        m[k] = mask[(offset + (uint64_t)k) & 3];
    uint64_t m64;
    memcpy(&m64, m, 8);
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, p + i, 8);
        v ^= m64;
        memcpy(p + i, &v, 8);
    }
    for (; i < n; i++)
        p[i] ^= m[i & 7];
}

size_t ws_frame_header(uint8_t out[14], uint8_t opcode, uint8_t flags, uint64_t payload_len,
                       const uint8_t *mask)
{
    size_t n = 0;
    out[n++] = (uint8_t)(((flags & WS_FLAG_FIN) ? 0x80 : 0) |
                         ((flags & (WS_FLAG_RSV1 | WS_FLAG_COMPRESS)) ? 0x40 : 0) |
                         ((flags & WS_FLAG_RSV2) ? 0x20 : 0) | ((flags & WS_FLAG_RSV3) ? 0x10 : 0) |
                         (opcode & 0x0F));
    uint8_t mbit = mask ? 0x80 : 0;
    if (payload_len < 126) {
        out[n++] = (uint8_t)(mbit | payload_len);
    } else if (payload_len <= 0xFFFF) {
        out[n++] = mbit | 126;
        out[n++] = (uint8_t)(payload_len >> 8);
        out[n++] = (uint8_t)payload_len;
    } else {
        out[n++] = mbit | 127;
        for (int i = 7; i >= 0; i--)
            out[n++] = (uint8_t)(payload_len >> (8 * i));
    }
    if (mask) {
        memcpy(out + n, mask, 4);
        n += 4;
    }
    return n;
}

long ws_reader_next(ws_reader_t *r, char *buf, size_t len, ws_frame_t *f)
{
    int hl = ws_frame_parse_ex((const uint8_t *)buf, len, r->max_len, r->require_mask,
                               r->deflate ? 4 : 0, f);
    if (hl <= 0)
        return hl;
    /* permessage-deflate's RSV1 marks a message's first frame only (RFC 7692 §6.1) */
    if (f->rsv && (f->opcode == WS_OP_CONT || f->opcode >= WS_OP_CLOSE))
        return WS_E_PROTOCOL;
    if (f->opcode == WS_OP_CONT || f->opcode == WS_OP_TEXT || f->opcode == WS_OP_BINARY) {
        if ((f->opcode == WS_OP_CONT) != r->in_msg)
            return WS_E_PROTOCOL;
        /* reported from the header: a message too big is refused before its payload */
        uint64_t before = f->opcode == WS_OP_CONT ? r->msg_len : 0;
        if (f->payload_len > r->max_len - before)
            return WS_E_TOO_BIG;
    }
    if (f->payload_len > len - (size_t)hl)
        return 0;
    size_t n = (size_t)f->payload_len;
    if (f->masked)
        ws_unmask((uint8_t *)buf + hl, n, f->mask, 0);
    if (f->opcode == WS_OP_TEXT || f->opcode == WS_OP_BINARY) {
        r->msg_compressed = f->rsv != 0;
        r->msg_opcode = f->opcode;
        r->msg_len = n;
        r->in_msg = !f->fin;
    } else if (f->opcode == WS_OP_CONT) {
        r->msg_len += n;
        r->in_msg = !f->fin;
    }
    return (long)hl + (long)n;
}

bool ws_utf8_valid(const uint8_t *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i <= need)
            return false;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        i += need + 1;
    }
    return true;
}
