/* coro_socket_client.c — Swoole\Coroutine\Client, Swoole\Coroutine\Server and its
 * Server\Connection, all built on a Swoole\Coroutine\Socket object (coro_socket.c) they
 * own and can export. The client copies the socket's errCode/errMsg after each call; the
 * server accepts in start() and runs the handler in a new coroutine per connection. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "php_swoole.h"

#define SW_SOCK_TCP 1
#define SW_SOCK_UDP 2
#define SW_SOCK_TCP6 3
#define SW_SOCK_UDP6 4
#define SW_SOCK_UNIX_STREAM 5
#define SW_SOCK_UNIX_DGRAM 6
#define SW_SOCK_SSL 512

static zend_class_entry *client_ce, *server_ce, *connection_ce;
static zend_object_handlers client_handlers, server_handlers, connection_handlers;

/* Client and Connection: a Socket object (NULL until connected). */
typedef struct {
    zend_object *sock;
    bool tls_pending;   /* Connection of a TLS server: handshake on first use */
    zend_object std;
} holder_t;

static inline holder_t *holder_from(zend_object *obj)
{
    return (holder_t *)((char *)obj - XtOffsetOf(holder_t, std));
}

static zend_object *holder_create(zend_class_entry *ce, zend_object_handlers *h)
{
    holder_t *c = php_sw_object_new(ce, sizeof *c, XtOffsetOf(holder_t, std), h);
    c->sock = NULL;
    c->tls_pending = false;
    return &c->std;
}

static zend_object *client_create(zend_class_entry *ce) { return holder_create(ce, &client_handlers); }
static zend_object *connection_create(zend_class_entry *ce)
{
    return holder_create(ce, &connection_handlers);
}

static void holder_drop(holder_t *c)
{
    if (c->sock)
        OBJ_RELEASE(c->sock);
    c->sock = NULL;
}

static void holder_free(zend_object *obj)
{
    holder_drop(holder_from(obj));
    zend_object_std_dtor(obj);
}

static HashTable *holder_get_gc(zend_object *obj, zval **table, int *n)
{
    holder_t *c = holder_from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    if (c->sock)
        zend_get_gc_buffer_add_obj(buf, c->sock);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

/* The socket's error onto the holder (Client). */
static void copy_error(zend_object *to, zend_object *sock)
{
    zval rv, *code = zend_read_property(sock->ce, sock, ZEND_STRL("errCode"), 1, &rv);
    zval rv2, *msg = zend_read_property(sock->ce, sock, ZEND_STRL("errMsg"), 1, &rv2);
    zend_update_property(to->ce, to, ZEND_STRL("errCode"), code);
    zend_update_property(to->ce, to, ZEND_STRL("errMsg"), msg);
}

static void set_error(zend_object *obj, int code, const char *msg)
{
    zend_update_property_long(obj->ce, obj, ZEND_STRL("errCode"), code);
    zend_update_property_string(obj->ce, obj, ZEND_STRL("errMsg"), msg);
    php_sw_set_last_error(code);
}

static bool has_framing(const php_sw_cosocket_t *cs)
{
    return cs->proto.eof_check || cs->proto.length_check;
}

/* ---- Client --------------------------------------------------------------------------- */

/* The connected socket of the client, or NULL with errCode set (ENOTCONN). */
static php_sw_cosocket_t *client_socket(zend_object *obj)
{
    holder_t *c = holder_from(obj);
    if (!c->sock || sw_socket_is_closed(php_sw_cosocket_of(c->sock)->sock)) {
        set_error(obj, ENOTCONN, strerror(ENOTCONN));
        return NULL;
    }
    return php_sw_cosocket_of(c->sock);
}

#define CLIENT_SOCKET(what)                                     \
    zend_object *obj = Z_OBJ_P(ZEND_THIS);                      \
    if ((what) && !php_sw_coro_require(what))                   \
        RETURN_THROWS();                                        \
    php_sw_cosocket_t *cs = client_socket(obj);                 \
    if (!cs)                                                    \
        RETURN_FALSE;                                           \
    zend_object *sobj = holder_from(obj)->sock;                 \
    (void)sobj;

static zend_long client_type(zend_object *obj)
{
    zval rv, *t = zend_read_property(obj->ce, obj, ZEND_STRL("type"), 1, &rv);
    return zval_get_long(t);
}

ZEND_METHOD(Swoole_Coroutine_Client, __construct)
{
    zend_long type;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    zend_long base = type & 0xff;
    if (base < SW_SOCK_TCP || base > SW_SOCK_UNIX_DGRAM) {
        zend_throw_exception_ex(php_sw_exception_ce, EINVAL, "Unknown client type '%ld'", (long)type);
        RETURN_THROWS();
    }
    zend_update_property_long(client_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("type"), type);
}

ZEND_METHOD(Swoole_Coroutine_Client, set)
{
    HashTable *ht;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    zval rv, *setting = zend_read_property(client_ce, obj, ZEND_STRL("setting"), 1, &rv);
    zval merged;
    if (Z_TYPE_P(setting) == IS_ARRAY) {
        ZVAL_ARR(&merged, zend_array_dup(Z_ARRVAL_P(setting)));
        zend_hash_merge(Z_ARRVAL(merged), ht, zval_add_ref, 1);
    } else {
        ZVAL_ARR(&merged, zend_array_dup(ht));
    }
    zend_update_property(client_ce, obj, ZEND_STRL("setting"), &merged);
    zval_ptr_dtor(&merged);
    holder_t *c = holder_from(obj);
    if (c->sock && !php_sw_cosocket_configure(php_sw_cosocket_of(c->sock), ht))
        RETURN_THROWS();
    RETURN_TRUE;
}

/* A new socket object for the client's type, configured with its settings. */
static zend_object *client_new_socket(zend_object *obj)
{
    zend_long type = client_type(obj);
    int domain, stype;

    switch (type & 0xff) {
    case SW_SOCK_TCP6: domain = AF_INET6, stype = SOCK_STREAM; break;
    case SW_SOCK_UDP: domain = AF_INET, stype = SOCK_DGRAM; break;
    case SW_SOCK_UDP6: domain = AF_INET6, stype = SOCK_DGRAM; break;
    case SW_SOCK_UNIX_STREAM: domain = AF_UNIX, stype = SOCK_STREAM; break;
    case SW_SOCK_UNIX_DGRAM: domain = AF_UNIX, stype = SOCK_DGRAM; break;
    default: domain = AF_INET, stype = SOCK_STREAM; break;
    }
    sw_socket_t *s = sw_socket_new(domain, stype, 0);
    if (!s) {
        int code = sw_error_code();
        set_error(obj, code, code < SW_ERROR_BEGIN ? strerror(code) : sw_error_msg());
        return NULL;
    }
    zend_object *sobj = php_sw_cosocket_wrap(s);
    php_sw_cosocket_t *cs = php_sw_cosocket_of(sobj);
    zval rv, *setting = zend_read_property(client_ce, obj, ZEND_STRL("setting"), 1, &rv);
    if (Z_TYPE_P(setting) == IS_ARRAY && !php_sw_cosocket_configure(cs, Z_ARRVAL_P(setting))) {
        OBJ_RELEASE(sobj);
        return NULL;
    }
    if (type & SW_SOCK_SSL)
        cs->proto.open_ssl = true;
    return sobj;
}

ZEND_METHOD(Swoole_Coroutine_Client, connect)
{
    zend_string *host;
    zend_long port = 0, flag = 0;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_DOUBLE(timeout)
        Z_PARAM_LONG(flag)
    ZEND_PARSE_PARAMETERS_END();
    (void)flag;
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!php_sw_coro_require("Client::connect()"))
        RETURN_THROWS();
    holder_t *c = holder_from(obj);
    if (c->sock && !sw_socket_is_closed(php_sw_cosocket_of(c->sock)->sock)) {
        set_error(obj, EISCONN, "the client is already connected");
        RETURN_FALSE;
    }
    holder_drop(c);
    zend_long base = client_type(obj) & 0xff;
    if (base != SW_SOCK_UNIX_STREAM && base != SW_SOCK_UNIX_DGRAM && (port <= 0 || port > 65535)) {
        set_error(obj, EINVAL, "Invalid port argument");
        RETURN_FALSE;
    }
    if (ZSTR_LEN(host) == 0) {
        set_error(obj, EINVAL, "Invalid host argument");
        RETURN_FALSE;
    }
    zend_object *sobj = client_new_socket(obj);
    if (!sobj) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    php_sw_cosocket_t *cs = php_sw_cosocket_of(sobj);
    zend_update_property_str(client_ce, obj, ZEND_STRL("host"), host);
    zend_update_property_long(client_ce, obj, ZEND_STRL("port"), port);
    /* Client::connect's default is the object's connect timeout, then Co::set()'s */
    int rc = sw_socket_connect(cs->sock, ZSTR_VAL(host), (int)port,
                               php_sw_cosocket_timeout(timeout, cs->connect_timeout,
                                                       php_sw_settings.socket_connect_timeout));
    bool ok = rc == 0;
    if (!ok)
        php_sw_cosocket_fail(sobj, rc);
    else if (cs->proto.open_ssl)
        ok = php_sw_cosocket_tls(sobj, cs, false, timeout);
    if (php_sw_coro_unwinding()) {
        OBJ_RELEASE(sobj);
        RETURN_THROWS();
    }
    copy_error(obj, sobj);
    if (!ok) {
        OBJ_RELEASE(sobj);
        RETURN_FALSE;
    }
    c->sock = sobj;
    zend_update_property_bool(client_ce, obj, ZEND_STRL("connected"), 1);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Client, recv)
{
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    CLIENT_SOCKET("Client::recv()");
    GC_ADDREF(sobj);   /* close() from another coroutine must not free it under us */
    if (has_framing(cs))
        php_sw_cosocket_recv_packet(sobj, cs, timeout, return_value);
    else
        php_sw_cosocket_recv(sobj, cs, 65536, timeout, return_value);
    copy_error(obj, sobj);
    OBJ_RELEASE(sobj);
    if (php_sw_coro_unwinding()) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(Swoole_Coroutine_Client, peek)
{
    zend_long length = 65535;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    CLIENT_SOCKET(NULL);
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    if (cs->rlen)
        RETURN_STRINGL(cs->rbuf, MIN((size_t)length, cs->rlen));
    zend_string *buf = zend_string_alloc((size_t)length, 0);
    long n = sw_socket_peek(cs->sock, ZSTR_VAL(buf), (size_t)length);
    if (n < 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(sobj, n);
        copy_error(obj, sobj);
        RETURN_FALSE;
    }
    buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_VAL(buf)[n] = '\0';
    RETURN_STR(buf);
}

ZEND_METHOD(Swoole_Coroutine_Client, send)
{
    zend_string *data;
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    CLIENT_SOCKET("Client::send()");
    if (ZSTR_LEN(data) == 0) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    GC_ADDREF(sobj);
    php_sw_cosocket_send_all(sobj, cs, data, timeout, return_value);
    copy_error(obj, sobj);
    OBJ_RELEASE(sobj);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
}

ZEND_METHOD(Swoole_Coroutine_Client, sendto)
{
    zend_string *addr, *data;
    zend_long port;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(addr)
        Z_PARAM_LONG(port)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!php_sw_coro_require("Client::sendto()"))
        RETURN_THROWS();
    holder_t *c = holder_from(obj);
    if (!c->sock && !(c->sock = client_new_socket(obj))) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    php_sw_cosocket_t *cs = php_sw_cosocket_of(c->sock);
    long n = sw_socket_sendto(cs->sock, ZSTR_VAL(addr), (int)port, ZSTR_VAL(data), ZSTR_LEN(data),
                              php_sw_cosocket_timeout(0, cs->write_timeout,
                                                      php_sw_settings.socket_write_timeout));
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (n < 0) {
        php_sw_cosocket_fail(c->sock, n);
        copy_error(obj, c->sock);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Client, recvfrom)
{
    zend_long length;
    zval *addr, *port = NULL;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_LONG(length)
        Z_PARAM_ZVAL(addr)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(port)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!php_sw_coro_require("Client::recvfrom()"))
        RETURN_THROWS();
    if (length <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    holder_t *c = holder_from(obj);
    if (!c->sock && !(c->sock = client_new_socket(obj))) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    php_sw_cosocket_t *cs = php_sw_cosocket_of(c->sock);
    struct sockaddr_storage from;
    socklen_t len = sizeof from;
    memset(&from, 0, sizeof from);
    zend_string *buf = zend_string_alloc((size_t)length, 0);
    long n = sw_socket_recvfrom(cs->sock, ZSTR_VAL(buf), (size_t)length, &from, &len,
                                php_sw_cosocket_timeout(0, cs->read_timeout,
                                                        php_sw_settings.socket_read_timeout));
    if (n < 0) {
        zend_string_efree(buf);
        php_sw_cosocket_fail(c->sock, n);
        copy_error(obj, c->sock);
        if (php_sw_coro_unwinding())
            RETURN_THROWS();
        RETURN_FALSE;
    }
    /* the sender's address, as Socket::recvfrom gives it */
    zval peer;
    {
        char host[INET6_ADDRSTRLEN] = "";
        zend_long p = 0;
        if (from.ss_family == AF_INET) {
            inet_ntop(AF_INET, &((struct sockaddr_in *)&from)->sin_addr, host, sizeof host);
            p = ntohs(((struct sockaddr_in *)&from)->sin_port);
        } else if (from.ss_family == AF_INET6) {
            inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&from)->sin6_addr, host, sizeof host);
            p = ntohs(((struct sockaddr_in6 *)&from)->sin6_port);
        }
        ZVAL_STRING(&peer, host);
        ZEND_TRY_ASSIGN_REF_VALUE(addr, &peer);
        if (port)
            ZEND_TRY_ASSIGN_REF_LONG(port, p);
    }
    buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_VAL(buf)[n] = '\0';
    RETVAL_STR(buf);
    if (php_sw_coro_unwinding()) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(Swoole_Coroutine_Client, enableSSL)
{
    zval *cb = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(cb)
    ZEND_PARSE_PARAMETERS_END();
    (void)cb;
    CLIENT_SOCKET("Client::enableSSL()");
    if (sw_socket_has_tls(cs->sock)) {
        set_error(obj, SW_ERROR_WRONG_OPERATION, "SSL has already been enabled");
        RETURN_FALSE;
    }
    GC_ADDREF(sobj);
    bool ok = php_sw_cosocket_tls(sobj, cs, false, 0);
    copy_error(obj, sobj);
    OBJ_RELEASE(sobj);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Coroutine_Client, getPeerCert)
{
    ZEND_PARSE_PARAMETERS_NONE();
    CLIENT_SOCKET(NULL);
    char *pem;
    if (sw_socket_tls_peer_cert(cs->sock, &pem) < 0) {
        int code = sw_error_code();
        set_error(obj, code, sw_error_msg());
        RETURN_FALSE;
    }
    RETVAL_STRING(pem);
    free(pem);
}

ZEND_METHOD(Swoole_Coroutine_Client, verifyPeerCert)
{
    bool allow_self_signed = false;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(allow_self_signed)
    ZEND_PARSE_PARAMETERS_END();
    CLIENT_SOCKET(NULL);
    if (sw_socket_tls_verify(cs->sock, allow_self_signed) < 0) {
        set_error(obj, sw_error_code(), sw_error_msg());
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Client, isConnected)
{
    ZEND_PARSE_PARAMETERS_NONE();
    holder_t *c = holder_from(Z_OBJ_P(ZEND_THIS));
    RETURN_BOOL(c->sock && !sw_socket_is_closed(php_sw_cosocket_of(c->sock)->sock));
}

ZEND_METHOD(Swoole_Coroutine_Client, getsockname)
{
    ZEND_PARSE_PARAMETERS_NONE();
    CLIENT_SOCKET(NULL);
    php_sw_cosocket_name(sobj, cs, false, return_value);
}

ZEND_METHOD(Swoole_Coroutine_Client, getpeername)
{
    ZEND_PARSE_PARAMETERS_NONE();
    CLIENT_SOCKET(NULL);
    php_sw_cosocket_name(sobj, cs, true, return_value);
}

ZEND_METHOD(Swoole_Coroutine_Client, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    holder_t *c = holder_from(obj);
    zend_update_property_bool(client_ce, obj, ZEND_STRL("connected"), 0);
    if (!c->sock)
        RETURN_FALSE;
    php_sw_cosocket_t *cs = php_sw_cosocket_of(c->sock);
    bool was_open = !sw_socket_is_closed(cs->sock);
    if (was_open)
        sw_socket_close(cs->sock);
    cs->rlen = 0;
    zend_update_property_long(c->sock->ce, c->sock, ZEND_STRL("fd"), -1);
    holder_drop(c);
    RETURN_BOOL(was_open);
}

ZEND_METHOD(Swoole_Coroutine_Client, exportSocket)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    holder_t *c = holder_from(obj);
    if (!c->sock) {
        set_error(obj, ENOTCONN, strerror(ENOTCONN));
        RETURN_FALSE;
    }
    GC_ADDREF(c->sock);
    RETURN_OBJ(c->sock);
}

/* ---- Server\Connection ---------------------------------------------------------------- */

/* The connection's socket, after the TLS handshake of a TLS server's first use. */
static php_sw_cosocket_t *connection_socket(zend_object *obj, double timeout)
{
    holder_t *c = holder_from(obj);
    if (!c->sock) {
        zend_throw_error(php_sw_error_ce, "Connection is not initialized");
        return NULL;
    }
    php_sw_cosocket_t *cs = php_sw_cosocket_of(c->sock);
    if (c->tls_pending && !sw_socket_is_closed(cs->sock)) {
        c->tls_pending = false;
        if (!php_sw_cosocket_tls(c->sock, cs, true, timeout))
            sw_socket_close(cs->sock);   /* errCode of the socket says why */
    }
    return cs;
}

ZEND_METHOD(Swoole_Coroutine_Server_Connection, recv)
{
    double timeout = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!php_sw_coro_require("Connection::recv()"))
        RETURN_THROWS();
    php_sw_cosocket_t *cs = connection_socket(obj, timeout);
    if (!cs)
        RETURN_THROWS();
    zend_object *sobj = holder_from(obj)->sock;
    if (sw_socket_is_closed(cs->sock))
        RETURN_FALSE;
    GC_ADDREF(sobj);
    if (has_framing(cs))
        php_sw_cosocket_recv_packet(sobj, cs, timeout, return_value);
    else
        php_sw_cosocket_recv(sobj, cs, 65536, timeout, return_value);
    OBJ_RELEASE(sobj);
    if (php_sw_coro_unwinding()) {
        zval_ptr_dtor(return_value);
        RETURN_THROWS();
    }
}

ZEND_METHOD(Swoole_Coroutine_Server_Connection, send)
{
    zend_string *data;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (!php_sw_coro_require("Connection::send()"))
        RETURN_THROWS();
    php_sw_cosocket_t *cs = connection_socket(obj, 0);
    if (!cs)
        RETURN_THROWS();
    zend_object *sobj = holder_from(obj)->sock;
    if (sw_socket_is_closed(cs->sock))
        RETURN_FALSE;
    GC_ADDREF(sobj);
    php_sw_cosocket_send_all(sobj, cs, data, 0, return_value);
    OBJ_RELEASE(sobj);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
}

ZEND_METHOD(Swoole_Coroutine_Server_Connection, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    holder_t *c = holder_from(Z_OBJ_P(ZEND_THIS));
    if (!c->sock)
        RETURN_FALSE;
    php_sw_cosocket_t *cs = php_sw_cosocket_of(c->sock);
    if (sw_socket_is_closed(cs->sock))
        RETURN_FALSE;
    sw_socket_close(cs->sock);
    zend_update_property_long(c->sock->ce, c->sock, ZEND_STRL("fd"), -1);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Server_Connection, exportSocket)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    if (php_sw_task_current() && !connection_socket(obj, 0))
        RETURN_THROWS();
    holder_t *c = holder_from(obj);
    if (!c->sock) {
        zend_throw_error(php_sw_error_ce, "Connection is not initialized");
        RETURN_THROWS();
    }
    GC_ADDREF(c->sock);
    RETURN_OBJ(c->sock);
}

/* ---- Server --------------------------------------------------------------------------- */

typedef struct {
    zend_object *sock;          /* the listening Socket */
    php_sw_callback_t handler;  /* handle(); callable is UNDEF until set */
    bool have_handler;
    bool running;
    zend_object std;
} server_t;

static inline server_t *server_from(zend_object *obj)
{
    return (server_t *)((char *)obj - XtOffsetOf(server_t, std));
}

static zend_object *server_create(zend_class_entry *ce)
{
    server_t *s = php_sw_object_new(ce, sizeof *s, XtOffsetOf(server_t, std), &server_handlers);
    memset(s, 0, XtOffsetOf(server_t, std));
    return &s->std;
}

static void server_free(zend_object *obj)
{
    server_t *s = server_from(obj);
    if (s->sock)
        OBJ_RELEASE(s->sock);
    s->sock = NULL;
    if (s->have_handler)
        php_sw_callback_dtor(&s->handler);
    s->have_handler = false;
    zend_object_std_dtor(obj);
}

static HashTable *server_get_gc(zend_object *obj, zval **table, int *n)
{
    server_t *s = server_from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    if (s->sock)
        zend_get_gc_buffer_add_obj(buf, s->sock);
    if (s->have_handler)
        zend_get_gc_buffer_add_zval(buf, &s->handler.callable);
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

ZEND_METHOD(Swoole_Coroutine_Server, __construct)
{
    zend_string *host;
    zend_long port = 0;
    bool ssl = false, reuse_port = false;

    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_BOOL(ssl)
        Z_PARAM_BOOL(reuse_port)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    server_t *srv = server_from(obj);
    if (srv->sock) {
        zend_throw_error(php_sw_error_ce, "Server is already constructed");
        RETURN_THROWS();
    }
    const char *addr = ZSTR_VAL(host);
    int domain = AF_INET;
    if (strncmp(addr, "unix:", 5) == 0) {
        domain = AF_UNIX;
        addr += 5;
        while (addr[0] == '/' && addr[1] == '/')
            addr++;
    } else if (strchr(addr, ':')) {
        domain = AF_INET6;
    }
    sw_socket_t *s = sw_socket_new(domain, SOCK_STREAM, 0);
    int rc = s ? 0 : -sw_error_code();
    if (s && reuse_port) {
        int one = 1;
        setsockopt(sw_socket_fd(s), SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    }
    if (rc == 0)
        rc = sw_socket_bind(s, addr, (int)port);
    if (rc == 0)
        rc = sw_socket_listen(s, 512);
    if (rc < 0) {
        int code = -rc;
        const char *msg = code < SW_ERROR_BEGIN ? strerror(code) : sw_error_msg();
        zend_update_property_long(server_ce, obj, ZEND_STRL("errCode"), code);
        zend_update_property_string(server_ce, obj, ZEND_STRL("errMsg"), msg);
        zend_throw_exception_ex(php_sw_exception_ce, code, "bind(%s:%ld) failed: %s", ZSTR_VAL(host),
                                (long)port, msg);
        sw_socket_free(s);
        RETURN_THROWS();
    }
    srv->sock = php_sw_cosocket_wrap(s);
    if (domain != AF_UNIX) {
        struct sockaddr_storage ss;
        socklen_t len = sizeof ss;
        if (getsockname(sw_socket_fd(s), (struct sockaddr *)&ss, &len) == 0)
            port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                                  : ((struct sockaddr_in *)&ss)->sin_port);
    }
    zend_update_property_long(server_ce, obj, ZEND_STRL("fd"), sw_socket_fd(s));
    zend_update_property_str(server_ce, obj, ZEND_STRL("host"), host);
    zend_update_property_long(server_ce, obj, ZEND_STRL("port"), port);
    zend_update_property_bool(server_ce, obj, ZEND_STRL("ssl"), ssl);
}

static server_t *this_server(zend_object *obj)
{
    server_t *s = server_from(obj);
    if (!s->sock)
        zend_throw_error(php_sw_error_ce, "Server is not initialized (the constructor was not called)");
    return s->sock ? s : NULL;
}

ZEND_METHOD(Swoole_Coroutine_Server, set)
{
    HashTable *ht;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    server_t *s = this_server(obj);
    if (!s)
        RETURN_THROWS();
    zval copy;
    ZVAL_ARR(&copy, zend_array_dup(ht));
    zend_update_property(server_ce, obj, ZEND_STRL("setting"), &copy);
    zval_ptr_dtor(&copy);
    php_sw_cosocket_configure(php_sw_cosocket_of(s->sock), ht);
}

ZEND_METHOD(Swoole_Coroutine_Server, handle)
{
    zval *fn;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    fn = &fci.function_name;
    (void)fcc;
    server_t *s = this_server(Z_OBJ_P(ZEND_THIS));
    if (!s)
        RETURN_THROWS();
    if (s->have_handler)
        php_sw_callback_dtor(&s->handler);
    s->have_handler = php_sw_callback_init(&s->handler, fn, 0, NULL);
}

ZEND_METHOD(Swoole_Coroutine_Server, start)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    server_t *s = this_server(obj);
    if (!s)
        RETURN_THROWS();
    if (!php_sw_coro_require("Server::start()"))
        RETURN_THROWS();
    if (!s->have_handler) {
        zend_throw_error(php_sw_error_ce, "Server::start(): no handler, call handle() first");
        RETURN_THROWS();
    }
    if (s->running) {
        zend_throw_error(php_sw_error_ce, "Server::start(): the server is already running");
        RETURN_THROWS();
    }
    zval rv, *ssl = zend_read_property(server_ce, obj, ZEND_STRL("ssl"), 1, &rv);
    bool tls = zend_is_true(ssl);
    zend_object *lsock = s->sock;
    php_sw_cosocket_t *ls = php_sw_cosocket_of(lsock);
    if (tls && (!ls->proto.ssl_cert_file || !ls->proto.ssl_key_file)) {
        zend_throw_error(php_sw_error_ce, "Server::start(): an SSL server needs ssl_cert_file and ssl_key_file");
        RETURN_THROWS();
    }
    bool failed = false;
    GC_ADDREF(obj);   /* the server lives while it accepts, even if unset meanwhile */
    GC_ADDREF(lsock);
    s->running = true;
    zend_update_property_bool(server_ce, obj, ZEND_STRL("running"), 1);
    while (s->running) {
        sw_socket_t *c = sw_socket_accept(ls->sock, -1);
        if (php_sw_coro_unwinding()) {
            if (c)
                sw_socket_free(c);
            break;
        }
        if (!c) {
            int code = sw_error_code();
            if (!s->running || sw_socket_is_closed(ls->sock) || code == SW_ERROR_CO_CANCELED)
                break;
            php_sw_cosocket_fail(lsock, -code);
            copy_error(obj, lsock);
            if (code == EMFILE || code == ENFILE || code == ENOBUFS || code == ENOMEM) {
                sw_coro_sleep_ms(100);   /* out of descriptors: let some close */
                continue;
            }
            failed = true;
            break;
        }
        zend_object *sobj = php_sw_cosocket_wrap(c);
        php_sw_cosocket_t *ccs = php_sw_cosocket_of(sobj);
        ccs->accepted = true;
        zval *setting = zend_read_property(server_ce, obj, ZEND_STRL("setting"), 1, &rv);
        if (Z_TYPE_P(setting) == IS_ARRAY)
            php_sw_cosocket_configure(ccs, Z_ARRVAL_P(setting));
        zend_object *conn = connection_create(connection_ce);
        holder_from(conn)->sock = sobj;
        holder_from(conn)->tls_pending = tls;
        zval zconn;
        ZVAL_OBJ(&zconn, conn);
        php_sw_callback_dispatch(&s->handler, &zconn, true);
        zval_ptr_dtor(&zconn);
        if (EG(exception))
            break;
    }
    s->running = false;
    zend_update_property_bool(server_ce, obj, ZEND_STRL("running"), 0);
    /* A shut down server serves no more: dropping the handler breaks the usual cycle
     * (the handler closure uses $server) without waiting for the cycle collector. */
    if (sw_socket_is_closed(ls->sock) && s->have_handler) {
        php_sw_callback_dtor(&s->handler);
        s->have_handler = false;
    }
    OBJ_RELEASE(lsock);
    OBJ_RELEASE(obj);
    if (EG(exception))
        RETURN_THROWS();
    RETURN_BOOL(!failed);   /* false: accept failed for another reason than shutdown() */
}

ZEND_METHOD(Swoole_Coroutine_Server, shutdown)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zend_object *obj = Z_OBJ_P(ZEND_THIS);
    server_t *s = this_server(obj);
    if (!s)
        RETURN_THROWS();
    php_sw_cosocket_t *ls = php_sw_cosocket_of(s->sock);
    s->running = false;
    zend_update_property_bool(server_ce, obj, ZEND_STRL("running"), 0);
    if (sw_socket_is_closed(ls->sock))
        RETURN_FALSE;
    sw_socket_close(ls->sock);   /* wakes start() out of accept */
    zend_update_property_long(s->sock->ce, s->sock, ZEND_STRL("fd"), -1);
    RETURN_TRUE;
}

void php_sw_coro_client_minit(zend_class_entry *client, zend_class_entry *server,
                              zend_class_entry *connection)
{
    client_ce = client;
    client_ce->create_object = client_create;
    memcpy(&client_handlers, zend_get_std_object_handlers(), sizeof client_handlers);
    client_handlers.offset = XtOffsetOf(holder_t, std);
    client_handlers.free_obj = holder_free;
    client_handlers.get_gc = holder_get_gc;
    client_handlers.clone_obj = NULL;

    connection_ce = connection;
    connection_ce->create_object = connection_create;
    memcpy(&connection_handlers, &client_handlers, sizeof connection_handlers);

    server_ce = server;
    server_ce->create_object = server_create;
    memcpy(&server_handlers, zend_get_std_object_handlers(), sizeof server_handlers);
    server_handlers.offset = XtOffsetOf(server_t, std);
    server_handlers.free_obj = server_free;
    server_handlers.get_gc = server_get_gc;
    server_handlers.clone_obj = NULL;
}
