/* coro_socket.c — Swoole\Coroutine\Socket: the core coroutine socket (core/socket.c) as a
 * PHP object, with the read buffer and the packet framing (setProtocol: EOF or length
 * prefixed) that recvPacket/recvLine need, the timeout rule (argument > object > Co::set)
 * and errCode/errMsg. Client and Server (coro_socket_client.c) build on the helpers
 * declared in php_swoole.h ("coroutine sockets").
 *
 * Errors: the core's codes become Swoole's: a timeout is ETIMEDOUT, a cancel ECANCELED,
 * errno values keep their number with strerror() as the message, our codes keep theirs
 * with the core's message. Every failure also sets swoole_last_error(). */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>

#include "php_swoole.h"
#include "zend_smart_str.h"
#include "coro_socket_arginfo.h"

zend_class_entry *php_sw_cosocket_ce;
static zend_object_handlers cosocket_handlers;

enum { PROP_FD = 0, PROP_DOMAIN, PROP_TYPE, PROP_PROTOCOL, PROP_ERRCODE, PROP_ERRMSG };

static inline php_sw_cosocket_t *cosocket_from(zend_object *obj)
{
    return (php_sw_cosocket_t *)((char *)obj - XtOffsetOf(php_sw_cosocket_t, std));
}

php_sw_cosocket_t *php_sw_cosocket_of(zend_object *obj) { return cosocket_from(obj); }

/* ---- errors --------------------------------------------------------------------------- */

void php_sw_cosocket_set_error(zend_object *obj, int code, const char *msg)
{
    zend_update_property_long(obj->ce, obj, ZEND_STRL("errCode"), code);
    zend_update_property_string(obj->ce, obj, ZEND_STRL("errMsg"), msg);
}

/* Maps a negative core code to Swoole's errCode/errMsg on obj; returns the code. */
int php_sw_cosocket_fail(zend_object *obj, long rc)
{
    int code = (int)-rc;
    const char *msg;

    if (code == SW_ERROR_CO_TIMEDOUT)
        code = ETIMEDOUT;
    else if (code == SW_ERROR_CO_CANCELED)
        code = ECANCELED;
    msg = code < SW_ERROR_BEGIN ? strerror(code) : sw_error_msg();
    php_sw_cosocket_set_error(obj, code, msg);
    php_sw_set_last_error(code);
    return code;
}

static void clear_error(zend_object *obj)
{
    zval *code = OBJ_PROP_NUM(obj, PROP_ERRCODE);
    if (Z_TYPE_P(code) == IS_LONG && Z_LVAL_P(code) == 0)
        return;
    php_sw_cosocket_set_error(obj, 0, "");
}

/* ---- timeouts ------------------------------------------------------------------------- */

/* The timeout rule: a non-zero argument wins, then the object's value (0: unset), then the
 * Co::set() default. Seconds in, ms out (-1: forever). */
long php_sw_cosocket_timeout(double arg, double object, double global)
{
    double t = arg != 0 ? arg : object != 0 ? object : global;
    return t < 0 ? -1 : php_sw_timeout_ms(t);
}

#define READ_TIMEOUT(cs, arg) \
    php_sw_cosocket_timeout(arg, (cs)->read_timeout, php_sw_settings.socket_read_timeout)
#define WRITE_TIMEOUT(cs, arg) \
    php_sw_cosocket_timeout(arg, (cs)->write_timeout, php_sw_settings.socket_write_timeout)
#define CONNECT_TIMEOUT(cs, arg) \
    php_sw_cosocket_timeout(arg, (cs)->connect_timeout, php_sw_settings.socket_connect_timeout)

/* ---- the object ----------------------------------------------------------------------- */

static zend_object *cosocket_create(zend_class_entry *ce)
{
    php_sw_cosocket_t *cs = php_sw_object_new(ce, sizeof *cs,
                                              XtOffsetOf(php_sw_cosocket_t, std), &cosocket_handlers);
    memset(cs, 0, XtOffsetOf(php_sw_cosocket_t, std));
    return &cs->std;
}

static void proto_free(php_sw_proto_t *p)
{
    zend_string **strs[] = {&p->ssl_cafile, &p->ssl_capath, &p->ssl_host_name,
                            &p->ssl_cert_file, &p->ssl_key_file, &p->ssl_alpn};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        if (*strs[i])
            zend_string_release(*strs[i]);
        *strs[i] = NULL;
    }
}

static void cosocket_free(zend_object *obj)
{
    php_sw_cosocket_t *cs = cosocket_from(obj);
    if (cs->sock)
        sw_socket_free(cs->sock);
    cs->sock = NULL;
    efree(cs->rbuf);
    cs->rbuf = NULL;
    proto_free(&cs->proto);
    zend_object_std_dtor(obj);
}

static void sync_props(php_sw_cosocket_t *cs)
{
    zend_object *obj = &cs->std;
    zend_update_property_long(obj->ce, obj, ZEND_STRL("fd"), cs->sock ? sw_socket_fd(cs->sock) : -1);
    if (cs->sock) {
        zend_update_property_long(obj->ce, obj, ZEND_STRL("domain"), sw_socket_domain(cs->sock));
        zend_update_property_long(obj->ce, obj, ZEND_STRL("type"), sw_socket_type(cs->sock));
        zend_update_property_long(obj->ce, obj, ZEND_STRL("protocol"), sw_socket_protocol(cs->sock));
    }
}

zend_object *php_sw_cosocket_wrap(sw_socket_t *s)
{
    zend_object *obj = cosocket_create(php_sw_cosocket_ce);
    cosocket_from(obj)->sock = s;
    sync_props(cosocket_from(obj));
    return obj;
}

/* The socket of $this, or NULL with errCode EBADF (closed) or an Error (not constructed). */
static php_sw_cosocket_t *this_socket(zend_object *obj, bool need_open)
{
    php_sw_cosocket_t *cs = cosocket_from(obj);
    if (!cs->sock) {
        zend_throw_error(php_sw_error_ce, "Socket is not initialized (the constructor was not called)");
        return NULL;
    }
    if (need_open && sw_socket_is_closed(cs->sock)) {
        php_sw_cosocket_set_error(obj, EBADF, strerror(EBADF));
        php_sw_set_last_error(EBADF);
        return NULL;
    }
    return cs;
}

#define THIS_SOCKET(need_open, what)                               \
    zend_object *obj = Z_OBJ_P(ZEND_THIS);                         \
    php_sw_cosocket_t *cs = this_socket(obj, need_open);           \
    if (!cs) {                                                     \
        if (EG(exception))                                         \
            RETURN_THROWS();                                       \
        RETURN_FALSE;                                              \
    }                                                              \
    if ((what) && !php_sw_coro_require(what))                      \
        RETURN_THROWS();

/* ---- the read buffer ------------------------------------------------------------------ *
 * recvPacket and recvLine may read past what they return; the rest waits in rbuf for the
 * next read of any kind. */

static void rbuf_consume(php_sw_cosocket_t *cs, size_t n)
{
    memmove(cs->rbuf, cs->rbuf + n, cs->rlen - n);
    cs->rlen -= n;
}

static zend_string *rbuf_take(php_sw_cosocket_t *cs, size_t n)
{
    zend_string *s = zend_string_init(cs->rbuf, n, 0);
    rbuf_consume(cs, n);
    return s;
}

/* Reads once more into rbuf (at least room for `want` more bytes): bytes, 0 at the end of
 * the stream, or a negative code. */
static long rbuf_fill(php_sw_cosocket_t *cs, size_t want, long timeout_ms)
{
    if (want < 8192)
        want = 8192;
    if (cs->rcap - cs->rlen < want) {
        cs->rcap = cs->rlen + want;
        cs->rbuf = erealloc(cs->rbuf, cs->rcap);
    }
    long n = sw_socket_recv(cs->sock, cs->rbuf + cs->rlen, cs->rcap - cs->rlen, timeout_ms);
    if (n > 0)
        cs->rlen += (size_t)n;
    return n;
}

/* Returns from a method after a wait: unwinds if the coroutine is being destroyed. */
#define AFTER_WAIT()                  \
    if (php_sw_coro_unwinding())      \
        RETURN_THROWS();

/* ---- packets (setProtocol) ------------------------------------------------------------ */

static size_t length_size(char type)
{
    switch (type) {
    case 'c': case 'C': return 1;
    case 's': case 'S': case 'n': case 'v': return 2;
    case 'l': case 'L': case 'N': case 'V': return 4;
    case 'q': case 'Q': case 'J': case 'P': return 8;
    default: return 0;
    }
}

/* The length field at p (as pack() would write it), or -1 if negative. */
static int64_t length_decode(char type, const unsigned char *p)
{
    uint64_t v = 0;
    switch (type) {
    case 'c': return (int8_t)p[0];
    case 'C': return p[0];
    case 'n': return (p[0] << 8) | p[1];
    case 'v': return p[0] | (p[1] << 8);
    case 's': { int16_t x; memcpy(&x, p, 2); return x; }
    case 'S': { uint16_t x; memcpy(&x, p, 2); return x; }
    case 'N': return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
    case 'V': return ((uint32_t)p[3] << 24) | ((uint32_t)p[2] << 16) | ((uint32_t)p[1] << 8) | p[0];
    case 'l': { int32_t x; memcpy(&x, p, 4); return x; }
    case 'L': { uint32_t x; memcpy(&x, p, 4); return x; }
    case 'J': for (int i = 0; i < 8; i++) v = (v << 8) | p[i]; return (int64_t)v;
    case 'P': for (int i = 7; i >= 0; i--) v = (v << 8) | p[i]; return (int64_t)v;
    case 'q': case 'Q': { int64_t x; memcpy(&x, p, 8); return x; }
    default: return -1;
    }
}

static size_t max_length(const php_sw_proto_t *p)
{
    return p->package_max_length > 0 ? p->package_max_length : 2 * 1024 * 1024;
}

/* Next packet: > 0 its size (still in rbuf), 0 at the end of the stream, or a code. */
static long packet_length_frame(php_sw_cosocket_t *cs, long timeout_ms)
{
    php_sw_proto_t *p = &cs->proto;
    size_t head = p->length_offset + p->length_size;
    uint64_t deadline = timeout_ms >= 0 ? sw_clock_ms() + (uint64_t)timeout_ms : 0;

    for (;;) {
        if (cs->rlen >= head) {
            int64_t body = length_decode(p->length_type, (unsigned char *)cs->rbuf + p->length_offset);
            if (body < 0)
                return sw_error_set(SW_ERROR_PROTOCOL_ERROR, "negative packet length %" PRId64, body);
            uint64_t total = (uint64_t)p->body_offset + (uint64_t)body;
            if (total > max_length(p))
                return sw_error_set(SW_ERROR_PROTOCOL_ERROR,
                                    "packet length %" PRIu64 " exceeds package_max_length %zu",
                                    total, max_length(p));
            if (cs->rlen >= total)
                return (long)total;
            head = (size_t)total;
        }
        long left = timeout_ms < 0 ? -1 : (long)(deadline > sw_clock_ms() ? deadline - sw_clock_ms() : 0);
        long n = rbuf_fill(cs, head - cs->rlen, left);
        if (n <= 0)
            return n;
    }
}

static long packet_eof_frame(php_sw_cosocket_t *cs, long timeout_ms)
{
    php_sw_proto_t *p = &cs->proto;
    size_t scanned = 0;
    uint64_t deadline = timeout_ms >= 0 ? sw_clock_ms() + (uint64_t)timeout_ms : 0;

    for (;;) {
        if (cs->rlen >= p->eof_len) {
            size_t from = scanned >= p->eof_len ? scanned - p->eof_len + 1 : 0;
            char *hit = memmem(cs->rbuf + from, cs->rlen - from, p->eof, p->eof_len);
            if (hit)
                return (long)(hit - cs->rbuf + p->eof_len);
            scanned = cs->rlen;
        }
        if (cs->rlen >= max_length(p))
            return sw_error_set(SW_ERROR_PROTOCOL_ERROR,
                                "no package_eof within package_max_length %zu", max_length(p));
        long left = timeout_ms < 0 ? -1 : (long)(deadline > sw_clock_ms() ? deadline - sw_clock_ms() : 0);
        long n = rbuf_fill(cs, 8192, left);
        if (n <= 0)
            return n;
    }
}

/* recvPacket's body (used by Client::recv too): sets return_value. */
void php_sw_cosocket_recv_packet(zend_object *obj, php_sw_cosocket_t *cs, double timeout,
                                 zval *return_value)
{
    long ms = READ_TIMEOUT(cs, timeout), n;

    if (cs->proto.length_check)
        n = packet_length_frame(cs, ms);
    else if (cs->proto.eof_check)
        n = packet_eof_frame(cs, ms);
    else if (cs->rlen)
        n = (long)cs->rlen;
    else if ((n = rbuf_fill(cs, 65536, ms)) > 0)
        n = (long)cs->rlen;
    if (n < 0) {
        php_sw_cosocket_fail(obj, n);
        RETVAL_FALSE;
        return;
    }
    clear_error(obj);
    if (n == 0) {
        /* the end of the stream; a packet cut short by it is dropped */
        cs->rlen = 0;
        RETVAL_EMPTY_STRING();
        return;
    }
    RETVAL_STR(rbuf_take(cs, (size_t)n));
}

/* recv's body: buffered bytes first, else one read. */
void php_sw_cosocket_recv(zend_object *obj, php_sw_cosocket_t *cs, zend_long length,
                          double timeout, zval *return_value)
{
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        return;
    }
    if (cs->rlen) {
        clear_error(obj);
        RETVAL_STR(rbuf_take(cs, MIN((size_t)length, cs->rlen)));
        return;
    }
    zend_string *buf = zend_string_alloc((size_t)length, 0);
    long n = sw_socket_recv(cs->sock, ZSTR_VAL(buf), (size_t)length, READ_TIMEOUT(cs, timeout));
    if (n < 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(obj, n);
        RETVAL_FALSE;
        return;
    }
    clear_error(obj);
    if (n == 0) {
        zend_string_efree(buf);
        RETVAL_EMPTY_STRING();
        return;
    }
    if ((size_t)n < (size_t)length / 2 || (size_t)length - (size_t)n > 4096)
        buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_LEN(buf) = (size_t)n;
    ZSTR_VAL(buf)[n] = '\0';
    RETVAL_STR(buf);
}

/* sendAll's body. */
void php_sw_cosocket_send_all(zend_object *obj, php_sw_cosocket_t *cs, zend_string *data,
                              double timeout, zval *return_value)
{
    long n = sw_socket_send_all(cs->sock, ZSTR_VAL(data), ZSTR_LEN(data), WRITE_TIMEOUT(cs, timeout));
    if (n < 0 || (size_t)n < ZSTR_LEN(data)) {
        php_sw_cosocket_fail(obj, n < 0 ? n : -sw_error_code());
        if (n <= 0) {
            RETVAL_FALSE;
            return;
        }
    } else {
        clear_error(obj);
    }
    RETVAL_LONG(n);
}

/* ---- settings (setProtocol, Client::set, Server::set) --------------------------------- */

static zend_string *opt_str(HashTable *ht, const char *key, zend_string *old)
{
    zval *v = zend_hash_str_find(ht, key, strlen(key));
    if (!v)
        return old;
    if (old)
        zend_string_release(old);
    return zval_get_string(v);
}

bool php_sw_cosocket_configure(php_sw_cosocket_t *cs, HashTable *ht)
{
    php_sw_proto_t *p = &cs->proto;
    zval *v;

    if ((v = zend_hash_str_find(ht, ZEND_STRL("open_eof_check"))))
        p->eof_check = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("open_eof_split"))))
        p->eof_check = p->eof_check || zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("package_eof")))) {
        zend_string *eof = zval_get_string(v);
        if (ZSTR_LEN(eof) == 0 || ZSTR_LEN(eof) > sizeof p->eof) {
            zend_string_release(eof);
            zend_value_error("package_eof must be 1 to %zu bytes long", sizeof p->eof);
            return false;
        }
        memcpy(p->eof, ZSTR_VAL(eof), ZSTR_LEN(eof));
        p->eof_len = ZSTR_LEN(eof);
        zend_string_release(eof);
    }
    if (p->eof_check && !p->eof_len) {
        p->eof[0] = '\r', p->eof[1] = '\n';
        p->eof_len = 2;
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("open_length_check"))))
        p->length_check = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("package_length_type")))) {
        zend_string *t = zval_get_string(v);
        size_t size = ZSTR_LEN(t) == 1 ? length_size(ZSTR_VAL(t)[0]) : 0;
        if (!size) {
            zend_value_error("package_length_type must be one of c, C, s, S, n, v, l, L, N, V, q, Q, J, P");
            zend_string_release(t);
            return false;
        }
        p->length_type = ZSTR_VAL(t)[0];
        p->length_size = size;
        zend_string_release(t);
    }
    if (p->length_check && !p->length_type) {
        p->length_type = 'N';
        p->length_size = 4;
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("package_length_offset"))))
        p->length_offset = (size_t)MAX(0, zval_get_long(v));
    if ((v = zend_hash_str_find(ht, ZEND_STRL("package_body_offset"))))
        p->body_offset = (size_t)MAX(0, zval_get_long(v));
    if ((v = zend_hash_str_find(ht, ZEND_STRL("package_max_length"))))
        p->package_max_length = (size_t)MAX(0, zval_get_long(v));
    if ((v = zend_hash_str_find(ht, ZEND_STRL("open_ssl"))))
        p->open_ssl = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("ssl_verify_peer"))))
        p->ssl_verify_peer = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("ssl_allow_self_signed"))))
        p->ssl_allow_self_signed = zend_is_true(v);
    p->ssl_cafile = opt_str(ht, "ssl_cafile", p->ssl_cafile);
    p->ssl_capath = opt_str(ht, "ssl_capath", p->ssl_capath);
    p->ssl_host_name = opt_str(ht, "ssl_host_name", p->ssl_host_name);
    p->ssl_cert_file = opt_str(ht, "ssl_cert_file", p->ssl_cert_file);
    p->ssl_key_file = opt_str(ht, "ssl_key_file", p->ssl_key_file);
    p->ssl_alpn = opt_str(ht, "ssl_alpn_protocols", p->ssl_alpn);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("timeout")))) {
        cs->read_timeout = cs->write_timeout = zval_get_double(v);
        cs->connect_timeout = cs->read_timeout;
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("connect_timeout"))))
        cs->connect_timeout = zval_get_double(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("read_timeout"))))
        cs->read_timeout = zval_get_double(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("write_timeout"))))
        cs->write_timeout = zval_get_double(v);
    return true;
}

/* TLS handshake with the configured options: as a server if it was accepted (or asked). */
bool php_sw_cosocket_tls(zend_object *obj, php_sw_cosocket_t *cs, bool server, double timeout)
{
    php_sw_proto_t *p = &cs->proto;
    sw_tls_opts_t o = {
        .server = server,
        .verify_peer = p->ssl_verify_peer,
        .allow_self_signed = p->ssl_allow_self_signed,
        .ca_file = p->ssl_cafile ? ZSTR_VAL(p->ssl_cafile) : NULL,
        .ca_path = p->ssl_capath ? ZSTR_VAL(p->ssl_capath) : NULL,
        .server_name = p->ssl_host_name ? ZSTR_VAL(p->ssl_host_name) : NULL,
        .alpn = p->ssl_alpn ? ZSTR_VAL(p->ssl_alpn) : NULL,
        .cert_file = p->ssl_cert_file ? ZSTR_VAL(p->ssl_cert_file) : NULL,
        .key_file = p->ssl_key_file ? ZSTR_VAL(p->ssl_key_file) : NULL,
    };
    /* A server's handshake is bounded like a read (the client connecting may be slow). */
    long ms = server ? READ_TIMEOUT(cs, timeout) : CONNECT_TIMEOUT(cs, timeout);
    int rc = sw_socket_tls_handshake(cs->sock, &o, ms);
    if (rc < 0) {
        php_sw_cosocket_fail(obj, rc);
        return false;
    }
    clear_error(obj);
    return true;
}

/* ---- addresses ------------------------------------------------------------------------ */

static bool addr_to_array(const struct sockaddr_storage *ss, socklen_t len, zval *out)
{
    char host[INET6_ADDRSTRLEN] = "";
    int port = 0;

    array_init(out);
    switch (ss->ss_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;
        inet_ntop(AF_INET, &sin->sin_addr, host, sizeof host);
        port = ntohs(sin->sin_port);
        break;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &sin6->sin6_addr, host, sizeof host);
        port = ntohs(sin6->sin6_port);
        break;
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)ss;
        size_t n = len > offsetof(struct sockaddr_un, sun_path)
                       ? strnlen(un->sun_path, len - offsetof(struct sockaddr_un, sun_path))
                       : 0;
        add_assoc_stringl(out, "address", un->sun_path, n);
        add_assoc_long(out, "port", 0);
        return true;
    }
    default:
        break;
    }
    add_assoc_string(out, "address", host);
    add_assoc_long(out, "port", port);
    return true;
}

void php_sw_cosocket_name(zend_object *obj, php_sw_cosocket_t *cs, bool peer, zval *return_value)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int fd = sw_socket_fd(cs->sock);

    memset(&ss, 0, sizeof ss);
    if ((peer ? getpeername(fd, (struct sockaddr *)&ss, &len)
              : getsockname(fd, (struct sockaddr *)&ss, &len)) < 0) {
        php_sw_cosocket_fail(obj, -errno);
        RETVAL_FALSE;
        return;
    }
    addr_to_array(&ss, len, return_value);
}

/* ---- methods -------------------------------------------------------------------------- */

ZEND_METHOD(Swoole_Coroutine_Socket, __construct)
{
    zend_long domain, type, protocol = 0;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_LONG(domain)
        Z_PARAM_LONG(type)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(protocol)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_cosocket_t *cs = cosocket_from(Z_OBJ_P(ZEND_THIS));
    if (cs->sock) {
        zend_throw_error(php_sw_error_ce, "Socket is already constructed");
        RETURN_THROWS();
    }
    if (!(cs->sock = sw_socket_new((int)domain, (int)type, (int)protocol))) {
        int code = sw_error_code();
        zend_throw_exception_ex(php_sw_exception_ce, code, "new Socket() failed: %s",
                                code < SW_ERROR_BEGIN ? strerror(code) : sw_error_msg());
        RETURN_THROWS();
    }
    sync_props(cs);
}

ZEND_METHOD(Swoole_Coroutine_Socket, bind)
{
    zend_string *addr;
    zend_long port = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(addr)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    int rc = sw_socket_bind(cs->sock, ZSTR_VAL(addr), (int)port);
    if (rc < 0) {
        php_sw_cosocket_fail(obj, rc);
        RETURN_FALSE;
    }
    clear_error(obj);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, listen)
{
    zend_long backlog = 512;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(backlog)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    int rc = sw_socket_listen(cs->sock, (int)MIN(backlog, INT_MAX));
    if (rc < 0) {
        php_sw_cosocket_fail(obj, rc);
        RETURN_FALSE;
    }
    clear_error(obj);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, accept)
{
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::accept()");
    sw_socket_t *c = sw_socket_accept(cs->sock, READ_TIMEOUT(cs, timeout));
    AFTER_WAIT();
    if (!c) {
        php_sw_cosocket_fail(obj, -sw_error_code());
        RETURN_FALSE;
    }
    clear_error(obj);
    zend_object *conn = php_sw_cosocket_wrap(c);
    php_sw_cosocket_t *ccs = cosocket_from(conn);
    ccs->accepted = true;
    /* the connection inherits the listener's protocol and timeouts */
    ccs->proto = cs->proto;
    zend_string **strs[] = {&ccs->proto.ssl_cafile, &ccs->proto.ssl_capath,
                            &ccs->proto.ssl_host_name, &ccs->proto.ssl_cert_file,
                            &ccs->proto.ssl_key_file, &ccs->proto.ssl_alpn};
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
        if (*strs[i])
            zend_string_addref(*strs[i]);
    ccs->connect_timeout = cs->connect_timeout;
    ccs->read_timeout = cs->read_timeout;
    ccs->write_timeout = cs->write_timeout;
    RETURN_OBJ(conn);
}

ZEND_METHOD(Swoole_Coroutine_Socket, connect)
{
    zend_string *host;
    zend_long port = 0;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::connect()");
    if (sw_socket_domain(cs->sock) != AF_UNIX && (port <= 0 || port > 65535)) {
        php_sw_cosocket_set_error(obj, EINVAL, "Invalid port argument");
        php_sw_set_last_error(EINVAL);
        RETURN_FALSE;
    }
    int rc = sw_socket_connect(cs->sock, ZSTR_VAL(host), (int)port, CONNECT_TIMEOUT(cs, timeout));
    AFTER_WAIT();
    if (rc < 0) {
        php_sw_cosocket_fail(obj, rc);
        RETURN_FALSE;
    }
    if (cs->proto.open_ssl && !php_sw_cosocket_tls(obj, cs, false, timeout))
        RETURN_FALSE;
    clear_error(obj);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, checkLiveness)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_SOCKET(true, NULL);
    bool alive = sw_socket_check_liveness(cs->sock);
    if (!alive)
        php_sw_cosocket_fail(obj, -ECONNRESET);
    else
        clear_error(obj);
    RETURN_BOOL(alive);
}

ZEND_METHOD(Swoole_Coroutine_Socket, peek)
{
    zend_long length = 65536;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    if (cs->rlen) {
        clear_error(obj);
        RETURN_STRINGL(cs->rbuf, MIN((size_t)length, cs->rlen));
    }
    zend_string *buf = zend_string_alloc((size_t)length, 0);
    long n = sw_socket_peek(cs->sock, ZSTR_VAL(buf), (size_t)length);
    if (n < 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(obj, n);
        RETURN_FALSE;
    }
    clear_error(obj);
    buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_VAL(buf)[n] = '\0';
    RETURN_STR(buf);
}

ZEND_METHOD(Swoole_Coroutine_Socket, recv)
{
    zend_long length = 65536;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::recv()");
    php_sw_cosocket_recv(obj, cs, length, timeout, return_value);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, recvAll)
{
    zend_long length = 65536;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::recvAll()");
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    zend_string *buf = zend_string_alloc((size_t)length, 0);
    size_t have = MIN((size_t)length, cs->rlen);
    memcpy(ZSTR_VAL(buf), cs->rbuf, have);
    if (have)
        rbuf_consume(cs, have);
    long n = 0;
    if (have < (size_t)length)
        n = sw_socket_recv_all(cs->sock, ZSTR_VAL(buf) + have, (size_t)length - have,
                               READ_TIMEOUT(cs, timeout));
    if (n < 0 && have == 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(obj, n);
        AFTER_WAIT();
        RETURN_FALSE;
    }
    size_t total = have + (size_t)MAX(n, 0);
    if (n < 0 || total < (size_t)length) {
        /* short: the peer closed (errCode 0) or an error after some bytes */
        if (n < 0)
            php_sw_cosocket_fail(obj, n);
        else
            clear_error(obj);
    } else {
        clear_error(obj);
    }
    buf = zend_string_truncate(buf, total, 0);
    ZSTR_VAL(buf)[total] = '\0';
    RETVAL_STR(buf);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, recvLine)
{
    zend_long length = 65536;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::recvLine()");
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    long ms = READ_TIMEOUT(cs, timeout);
    uint64_t deadline = ms >= 0 ? sw_clock_ms() + (uint64_t)ms : 0;
    size_t scanned = 0;
    for (;;) {
        char *nl = cs->rlen > scanned ? memchr(cs->rbuf + scanned, '\n', cs->rlen - scanned) : NULL;
        if (nl || cs->rlen >= (size_t)length) {
            size_t n = nl ? (size_t)(nl - cs->rbuf) + 1 : (size_t)length;
            clear_error(obj);
            RETVAL_STR(rbuf_take(cs, MIN(n, (size_t)length)));
            break;
        }
        scanned = cs->rlen;
        long left = ms < 0 ? -1 : (long)(deadline > sw_clock_ms() ? deadline - sw_clock_ms() : 0);
        long r = rbuf_fill(cs, 8192, left);
        if (r < 0) {
            php_sw_cosocket_fail(obj, r);
            RETVAL_FALSE;
            break;
        }
        if (r == 0) {
            clear_error(obj);
            /* the end of the stream: the last line without its newline, or "" */
            RETVAL_STR(rbuf_take(cs, cs->rlen));
            break;
        }
    }
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, recvPacket)
{
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::recvPacket()");
    php_sw_cosocket_recv_packet(obj, cs, timeout, return_value);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, send)
{
    zend_string *data;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::send()");
    long n = sw_socket_send(cs->sock, ZSTR_VAL(data), ZSTR_LEN(data), WRITE_TIMEOUT(cs, timeout));
    AFTER_WAIT();
    if (n < 0) {
        php_sw_cosocket_fail(obj, n);
        RETURN_FALSE;
    }
    clear_error(obj);
    RETURN_LONG(n);
}

ZEND_METHOD(Swoole_Coroutine_Socket, sendAll)
{
    zend_string *data;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::sendAll()");
    php_sw_cosocket_send_all(obj, cs, data, timeout, return_value);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, sendto)
{
    zend_string *addr, *data;
    zend_long port;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(addr)
        Z_PARAM_LONG(port)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::sendto()");
    long n = sw_socket_sendto(cs->sock, ZSTR_VAL(addr), (int)port, ZSTR_VAL(data), ZSTR_LEN(data),
                              WRITE_TIMEOUT(cs, 0));
    AFTER_WAIT();
    if (n < 0) {
        php_sw_cosocket_fail(obj, n);
        RETURN_FALSE;
    }
    clear_error(obj);
    RETURN_LONG(n);
}

ZEND_METHOD(Swoole_Coroutine_Socket, sendFile)
{
    zend_string *file;
    zend_long offset = 0, length = 0;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_PATH_STR(file)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(offset)
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::sendFile()");
    long n = sw_socket_send_file(cs->sock, ZSTR_VAL(file), (long)offset, (long)length,
                                 WRITE_TIMEOUT(cs, 0));
    AFTER_WAIT();
    if (n < 0) {
        php_sw_cosocket_fail(obj, n);
        RETURN_FALSE;
    }
    clear_error(obj);
    RETURN_TRUE;
}

/* The total of an io_vector of lengths (readVector), or -1 with a ValueError. */
static zend_long vector_lengths(HashTable *ht)
{
    zend_long total = 0;
    zval *v;
    if (zend_hash_num_elements(ht) == 0) {
        zend_argument_value_error(1, "must not be empty");
        return -1;
    }
    ZEND_HASH_FOREACH_VAL(ht, v) {
        if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) <= 0 || Z_LVAL_P(v) > INT32_MAX - total) {
            zend_argument_value_error(1, "must be an array of positive integers");
            return -1;
        }
        total += Z_LVAL_P(v);
    } ZEND_HASH_FOREACH_END();
    return total;
}

/* readVector / readVectorAll: one read (or all) of the total, split per the lengths. */
static void read_vector(INTERNAL_FUNCTION_PARAMETERS, bool all)
{
    HashTable *ht;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(ht)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::readVector()");
    zend_long total = vector_lengths(ht);
    if (total < 0)
        RETURN_THROWS();
    char *buf = emalloc((size_t)total);
    size_t have = MIN((size_t)total, cs->rlen);
    memcpy(buf, cs->rbuf, have);
    if (have)
        rbuf_consume(cs, have);
    long n = 0;
    if (have < (size_t)total && (all || have == 0))
        n = all ? sw_socket_recv_all(cs->sock, buf + have, (size_t)total - have, READ_TIMEOUT(cs, timeout))
                : sw_socket_recv(cs->sock, buf + have, (size_t)total - have, READ_TIMEOUT(cs, timeout));
    if (n < 0 && have == 0) {
        efree(buf);
        php_sw_cosocket_fail(obj, n);
        AFTER_WAIT();
        RETURN_FALSE;
    }
    size_t got = have + (size_t)MAX(n, 0), off = 0;
    if (n < 0)
        php_sw_cosocket_fail(obj, n);
    else
        clear_error(obj);
    array_init(return_value);
    zval *v;
    ZEND_HASH_FOREACH_VAL(ht, v) {
        if (off >= got)
            break;
        size_t piece = MIN((size_t)Z_LVAL_P(v), got - off);
        add_next_index_stringl(return_value, buf + off, piece);
        off += piece;
    } ZEND_HASH_FOREACH_END();
    efree(buf);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, readVector) { read_vector(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Coroutine_Socket, readVectorAll) { read_vector(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

/* writeVector / writeVectorAll: the strings joined, then one write (or all of it). */
static void write_vector(INTERNAL_FUNCTION_PARAMETERS, bool all)
{
    HashTable *ht;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(ht)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::writeVector()");
    smart_str joined = {0};
    zval *v;
    ZEND_HASH_FOREACH_VAL(ht, v) {
        if (Z_TYPE_P(v) != IS_STRING) {
            smart_str_free(&joined);
            zend_argument_type_error(1, "must be an array of strings");
            RETURN_THROWS();
        }
        smart_str_append(&joined, Z_STR_P(v));
    } ZEND_HASH_FOREACH_END();
    if (!joined.s) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    smart_str_0(&joined);
    if (all) {
        php_sw_cosocket_send_all(obj, cs, joined.s, timeout, return_value);
    } else {
        long n = sw_socket_send(cs->sock, ZSTR_VAL(joined.s), ZSTR_LEN(joined.s), WRITE_TIMEOUT(cs, timeout));
        if (n < 0) {
            php_sw_cosocket_fail(obj, n);
            RETVAL_FALSE;
        } else {
            clear_error(obj);
            RETVAL_LONG(n);
        }
    }
    smart_str_free(&joined);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, writeVector) { write_vector(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Coroutine_Socket, writeVectorAll) { write_vector(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

ZEND_METHOD(Swoole_Coroutine_Socket, recvfrom)
{
    zval *peer;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(peer)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, "Socket::recvfrom()");
    struct sockaddr_storage from;
    socklen_t len = sizeof from;
    zend_string *buf = zend_string_alloc(65536, 0);
    memset(&from, 0, sizeof from);
    long n = sw_socket_recvfrom(cs->sock, ZSTR_VAL(buf), 65536, &from, &len, READ_TIMEOUT(cs, timeout));
    if (n < 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(obj, n);
        AFTER_WAIT();
        RETURN_FALSE;
    }
    clear_error(obj);
    zval arr;
    addr_to_array(&from, len, &arr);
    ZEND_TRY_ASSIGN_REF_VALUE(peer, &arr);
    buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_VAL(buf)[n] = '\0';
    RETVAL_STR(buf);
    AFTER_WAIT();
}

ZEND_METHOD(Swoole_Coroutine_Socket, sslHandshake)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_SOCKET(true, "Socket::sslHandshake()");
    bool ok = php_sw_cosocket_tls(obj, cs, cs->accepted, 0);
    AFTER_WAIT();
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Coroutine_Socket, isClosed)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_sw_cosocket_t *cs = cosocket_from(Z_OBJ_P(ZEND_THIS));
    RETURN_BOOL(!cs->sock || sw_socket_is_closed(cs->sock));
}

static void timeval_array(double seconds, zval *rv)
{
    array_init(rv);
    if (seconds < 0)
        seconds = 0;
    add_assoc_long(rv, "sec", (zend_long)seconds);
    add_assoc_long(rv, "usec", (zend_long)((seconds - (double)(zend_long)seconds) * 1e6));
}

ZEND_METHOD(Swoole_Coroutine_Socket, getOption)
{
    zend_long level, opt;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(level)
        Z_PARAM_LONG(opt)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    if (level == SOL_SOCKET && (opt == SO_RCVTIMEO || opt == SO_SNDTIMEO)) {
        timeval_array(opt == SO_RCVTIMEO ? cs->read_timeout : cs->write_timeout, return_value);
        return;
    }
    int val = 0;
    socklen_t len = sizeof val;
    if (getsockopt(sw_socket_fd(cs->sock), (int)level, (int)opt, &val, &len) < 0) {
        php_sw_cosocket_fail(obj, -errno);
        RETURN_FALSE;
    }
    RETURN_LONG(val);
}

ZEND_METHOD(Swoole_Coroutine_Socket, setOption)
{
    zend_long level, opt;
    zval *value;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_LONG(level)
        Z_PARAM_LONG(opt)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    if (level == SOL_SOCKET && (opt == SO_RCVTIMEO || opt == SO_SNDTIMEO)) {
        zval *sec, *usec;
        if (Z_TYPE_P(value) != IS_ARRAY || !(sec = zend_hash_str_find(Z_ARRVAL_P(value), ZEND_STRL("sec"))) ||
            !(usec = zend_hash_str_find(Z_ARRVAL_P(value), ZEND_STRL("usec")))) {
            zend_argument_value_error(3, "must be an array with the keys \"sec\" and \"usec\"");
            RETURN_THROWS();
        }
        double t = (double)zval_get_long(sec) + (double)zval_get_long(usec) / 1e6;
        if (t == 0)
            t = -1;   /* as setsockopt: a zero timeval means no timeout */
        if (opt == SO_RCVTIMEO)
            cs->read_timeout = t;
        else
            cs->write_timeout = t;
        RETURN_TRUE;
    }
    int val = (int)zval_get_long(value);
    if (setsockopt(sw_socket_fd(cs->sock), (int)level, (int)opt, &val, sizeof val) < 0) {
        php_sw_cosocket_fail(obj, -errno);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, setProtocol)
{
    HashTable *ht;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(false, NULL);
    if (!php_sw_cosocket_configure(cs, ht))
        RETURN_THROWS();
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, shutdown)
{
    zend_long how = SHUT_RDWR;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(how)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    int rc = sw_socket_shutdown(cs->sock, (int)how);
    if (rc < 0) {
        php_sw_cosocket_fail(obj, rc);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, cancel)
{
    zend_long event = PHP_SW_EVENT_READ;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(event)
    ZEND_PARSE_PARAMETERS_END();
    THIS_SOCKET(true, NULL);
    unsigned ev = php_sw_events_to_core(event);
    if (!ev) {
        zend_argument_value_error(1, "must be SWOOLE_EVENT_READ and/or SWOOLE_EVENT_WRITE");
        RETURN_THROWS();
    }
    RETURN_BOOL(sw_socket_cancel(cs->sock, ev) > 0);
}

ZEND_METHOD(Swoole_Coroutine_Socket, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_SOCKET(true, NULL);
    sw_socket_close(cs->sock);
    cs->rlen = 0;
    zend_update_property_long(obj->ce, obj, ZEND_STRL("fd"), -1);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Socket, getBoundCid)
{
    zend_long event;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(event)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_cosocket_t *cs = cosocket_from(Z_OBJ_P(ZEND_THIS));
    if (!cs->sock)
        RETURN_LONG(0);
    RETURN_LONG(sw_socket_bound_cid(cs->sock, php_sw_events_to_core(event)));
}

ZEND_METHOD(Swoole_Coroutine_Socket, getsockname)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_SOCKET(true, NULL);
    php_sw_cosocket_name(obj, cs, false, return_value);
}

ZEND_METHOD(Swoole_Coroutine_Socket, getpeername)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_SOCKET(true, NULL);
    php_sw_cosocket_name(obj, cs, true, return_value);
}

void php_sw_coro_socket_minit(int module_number)
{
    (void)module_number;
    php_sw_cosocket_ce = register_class_Swoole_Coroutine_Socket();
    php_sw_cosocket_ce->create_object = cosocket_create;
    memcpy(&cosocket_handlers, zend_get_std_object_handlers(), sizeof cosocket_handlers);
    cosocket_handlers.offset = XtOffsetOf(php_sw_cosocket_t, std);
    cosocket_handlers.free_obj = cosocket_free;
    cosocket_handlers.clone_obj = NULL;
    php_sw_coro_client_minit(register_class_Swoole_Coroutine_Client(),
                             register_class_Swoole_Coroutine_Server(),
                             register_class_Swoole_Coroutine_Server_Connection());
}
