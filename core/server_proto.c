/* server_proto.c — framing of a byte stream into packets: EOF markers and length
 * headers. Pure functions over a buffer, no I/O and no allocation, so they can be fuzzed
 * directly (tests/fuzz/fuzz_proto.c). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include <string.h>

#include "sw_error.h"
#include "sw_server.h"

void sw_proto_init(sw_proto_t *p)
{
    memset(p, 0, sizeof *p);
    p->length_type = 'N';
    p->length_size = 4;
    p->max_length = SW_PROTO_DEFAULT_MAX_LENGTH;
}

int sw_proto_length_size(char type)
{
    switch (type) {
    case 'c': case 'C':
        return 1;
    case 's': case 'S': case 'n': case 'v':
        return 2;
    case 'l': case 'L': case 'N': case 'V':
        return 4;
    case 'q': case 'Q': case 'J': case 'P':
        return 8;
    default:
        return 0;
    }
}

int sw_proto_set_length_type(sw_proto_t *p, char type)
{
    int size = sw_proto_length_size(type);
    if (!size)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "unknown package_length_type '%c'", type);
    p->length_type = type;
    p->length_size = (uint8_t)size;
    return 0;
}

int sw_proto_set_eof(sw_proto_t *p, const char *eof, size_t len)
{
    if (len == 0 || len > sizeof p->eof)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "package_eof must be 1 to %zu bytes",
                            sizeof p->eof);
    memcpy(p->eof, eof, len);
    p->eof_len = (uint8_t)len;
    return 0;
}

static uint64_t be(const unsigned char *b, int n)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++)
        v = (v << 8) | b[i];
    return v;
}

static uint64_t le(const unsigned char *b, int n)
{
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = (v << 8) | b[i];
    return v;
}

/* The lowercase codes (and s/l/q, "machine order") are signed; machine order is little
 * endian on every platform we build for. Unsigned 64-bit values above INT64_MAX come back
 * negative and are rejected as malformed by the caller. */
int64_t sw_proto_read_length(char type, const unsigned char *b)
{
    switch (type) {
    case 'c': return (int8_t)b[0];
    case 'C': return b[0];
    case 's': return (int16_t)le(b, 2);
    case 'S': case 'v': return (uint16_t)le(b, 2);
    case 'n': return (uint16_t)be(b, 2);
    case 'l': return (int32_t)le(b, 4);
    case 'L': case 'V': return (uint32_t)le(b, 4);
    case 'N': return (uint32_t)be(b, 4);
    case 'q': case 'Q': case 'P': return (int64_t)le(b, 8);
    case 'J': return (int64_t)be(b, 8);
    default: return -1;
    }
}

long sw_proto_length_packet(const sw_proto_t *p, const void *buf, size_t len)
{
    size_t header = (size_t)p->length_offset + p->length_size;
    if (p->length_size == 0)
        return SW_PROTO_MALFORMED;
    if (len < header)
        return SW_PROTO_NEED_MORE;
    int64_t v = sw_proto_read_length(p->length_type, (const unsigned char *)buf + p->length_offset);
    if (v < 0)
        return SW_PROTO_MALFORMED;
    /* compare before adding so a huge value cannot overflow */
    if ((uint64_t)v > p->max_length || (uint64_t)v + p->body_offset > p->max_length)
        return SW_PROTO_TOO_LARGE;
    size_t total = (size_t)v + p->body_offset;
    if (total < header || total == 0)
        return SW_PROTO_MALFORMED;  /* the packet would end inside its own header */
    if (len < total)
        return SW_PROTO_NEED_MORE;
    return (long)total;
}

long sw_proto_eof_packet(const sw_proto_t *p, const void *buf, size_t len, size_t *scan)
{
    const char *b = buf;
    size_t from = *scan;

    if (p->eof_len == 0)
        return SW_PROTO_MALFORMED;
    if (from > len)
        from = len;
    if (len >= p->eof_len) {
        const char *hit = memmem(b + from, len - from, p->eof, p->eof_len);
        if (hit) {
            size_t end = (size_t)(hit - b) + p->eof_len;
            *scan = 0;
            if (end > p->max_length)
                return SW_PROTO_TOO_LARGE;
            return (long)end;
        }
        /* the marker may straddle what we have and what comes next */
        *scan = len - (p->eof_len - 1);
    }
    if (len >= p->max_length)
        return SW_PROTO_TOO_LARGE;
    return SW_PROTO_NEED_MORE;
}

long sw_proto_eof_tail(const sw_proto_t *p, const void *buf, size_t len)
{
    if (p->eof_len == 0)
        return SW_PROTO_MALFORMED;
    if (len >= p->eof_len && memcmp((const char *)buf + len - p->eof_len, p->eof, p->eof_len) == 0)
        return len > p->max_length ? SW_PROTO_TOO_LARGE : (long)len;
    if (len >= p->max_length)
        return SW_PROTO_TOO_LARGE;
    return SW_PROTO_NEED_MORE;
}
