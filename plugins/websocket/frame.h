/* frame.h — the WebSocket frame codec (RFC 6455 §5), pure C: no PHP, no SDK. Parses one
 * frame header at a time from bytes in the caller's buffer (nothing is copied; the
 * payload is unmasked in place) and writes frame headers for outgoing frames. */
#ifndef WS_FRAME_H
#define WS_FRAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    WS_OP_CONT = 0x0, WS_OP_TEXT = 0x1, WS_OP_BINARY = 0x2,
    WS_OP_CLOSE = 0x8, WS_OP_PING = 0x9, WS_OP_PONG = 0xA,
};

/* Swoole's flag bits (SWOOLE_WEBSOCKET_FLAG_*). */
enum {
    WS_FLAG_FIN = 0x01, WS_FLAG_COMPRESS = 0x02, WS_FLAG_RSV1 = 0x04, WS_FLAG_RSV2 = 0x08,
    WS_FLAG_RSV3 = 0x10, WS_FLAG_MASK = 0x20,
};

/* Parse errors, as the close code the peer gets. */
enum { WS_E_PROTOCOL = -1002, WS_E_TOO_BIG = -1009 };

typedef struct ws_frame {
    bool fin, masked;
    uint8_t rsv;          /* the three RSV bits, 0..7 (RSV1 = 4) */
    uint8_t opcode;
    uint8_t mask[4];
    uint8_t header_len;   /* 2 .. 14 */
    uint64_t payload_len;
} ws_frame_t;

/* Reads the header of the frame at buf[0 .. len). Returns the header length (> 0) once
 * the whole header is there (the payload may still be incomplete: compare
 * header_len + payload_len with what you have), 0 if more bytes are needed, or
 * WS_E_PROTOCOL (reserved opcode, RSV bits without an extension, a control frame that is
 * fragmented or longer than 125, a 64-bit length with its top bit set, an unmasked frame
 * when require_mask) or WS_E_TOO_BIG (payload over max_payload). Errors are reported as
 * soon as the bytes that show them have arrived. */
int ws_frame_parse(const uint8_t *buf, size_t len, uint64_t max_payload, bool require_mask,
                   ws_frame_t *f);
/* The same, with the RSV bits in rsv_ok (RSV1 = 4) allowed (an extension uses them). */
int ws_frame_parse_ex(const uint8_t *buf, size_t len, uint64_t max_payload, bool require_mask,
                      uint8_t rsv_ok, ws_frame_t *f);

/* XORs n bytes with the mask, starting `offset` bytes into the payload. */
void ws_unmask(uint8_t *p, size_t n, const uint8_t mask[4], uint64_t offset);

/* Writes the header of a frame (FIN from flags & WS_FLAG_FIN, RSV1 from WS_FLAG_RSV1 or
 * WS_FLAG_COMPRESS) into out (14 bytes are enough); mask: NULL for an unmasked frame.
 * Returns its length. */
size_t ws_frame_header(uint8_t out[14], uint8_t opcode, uint8_t flags, uint64_t payload_len,
                       const uint8_t *mask);

/* A connection's reader: frames one at a time out of its input, with the order of the
 * frames of a fragmented message checked (RFC 6455 §5.4) and its total bounded. */
typedef struct ws_reader {
    uint64_t max_len;     /* a frame's payload and a whole message (package_max_length) */
    bool require_mask;    /* a server's reader: client frames must be masked */
    bool in_msg;          /* a fragmented message has started (its first frame was read) */
    uint8_t msg_opcode;   /* its opcode (text or binary) */
    uint64_t msg_len;     /* its payload so far */
    bool deflate;         /* permessage-deflate: RSV1 allowed on a message's first frame */
    bool msg_compressed;  /* the current message had RSV1 */
} ws_reader_t;

/* The next complete frame of buf[0 .. len): returns the bytes it takes (> 0) with *f set
 * and its payload unmasked in place at buf + f->header_len; 0 if more bytes are needed;
 * or a negative close code: WS_E_PROTOCOL (a bad header, a continuation frame outside a
 * message, a new data frame inside one), WS_E_TOO_BIG (a frame or the message so far over
 * max_len). A data frame's f->opcode is kept as sent (WS_OP_CONT for continuations); a
 * message ends with the frame whose fin is set (r->msg_opcode says what it is). */
long ws_reader_next(ws_reader_t *r, char *buf, size_t len, ws_frame_t *f);

/* True for a valid UTF-8 string (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
bool ws_utf8_valid(const uint8_t *p, size_t n);

#endif
