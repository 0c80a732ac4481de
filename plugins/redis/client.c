/* client.c — Swoole\Coroutine\Redis itself: the object (its native struct in front of the
 * zend_object), its properties (host, port, setting, sock, connected, errType, errCode,
 * errMsg), the constructor and the options (connect_timeout, timeout, serialize,
 * reconnect, compatibility_mode, password, database), connect/close, setDefer/recv,
 * request() and __call() for any command without a method. The command methods are in
 * commands.c, the connection in conn.c. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

#include "redisc.h"

#include "ext/standard/php_array.h"

zend_class_entry *redisc_ce;
static zend_object_handlers redisc_handlers;

#define THIS_C() redisc_from(Z_OBJ_P(ZEND_THIS))
#define DEFAULT_CONNECT_TIMEOUT 2.0   /* the core's socket_connect_timeout default */
#define DEFAULT_TIMEOUT -1.0          /* the core's socket_timeout default: none */
#define TIMER_MAX_SEC 86400.0         /* "no connect timeout" (the SDK's longest timer) */

/* ---- properties ---------------------------------------------------------------------- */

void redisc_prop_long(redisc_t *c, int idx, zend_long v) { sw_php_prop_long(&c->std, idx, v); }
void redisc_prop_bool(redisc_t *c, int idx, bool v) { sw_php_prop_bool(&c->std, idx, v); }
void redisc_prop_str(redisc_t *c, int idx, const char *s, size_t len)
{
    sw_php_prop_strl(&c->std, idx, s, len);
}

void redisc_set_err_len(redisc_t *c, int type, int code, const char *msg, size_t len)
{
    redisc_prop_long(c, REDISC_P_ERRTYPE, type);
    redisc_prop_long(c, REDISC_P_ERRCODE, code);
    redisc_prop_str(c, REDISC_P_ERRMSG, msg, len);
}

void redisc_set_err(redisc_t *c, int type, int code, const char *msg)
{
    redisc_set_err_len(c, type, code, msg, strlen(msg));
}

void redisc_clear_err(redisc_t *c)
{
    zval *t = OBJ_PROP_NUM(&c->std, REDISC_P_ERRTYPE);
    /* the hot path: nothing to clear after a call that went well */
    if (Z_TYPE_P(t) == IS_LONG && Z_LVAL_P(t) == 0)
        return;
    redisc_prop_long(c, REDISC_P_ERRTYPE, 0);
    redisc_prop_long(c, REDISC_P_ERRCODE, 0);
    redisc_prop_str(c, REDISC_P_ERRMSG, "", 0);
}

/* The setting property as an array we may write (separated from any copy a user holds). */
zval *redisc_setting(redisc_t *c)
{
    zval *s = OBJ_PROP_NUM(&c->std, REDISC_P_SETTING);
    ZVAL_DEREF(s);
    if (Z_TYPE_P(s) != IS_ARRAY) {
        zval_ptr_dtor(s);
        array_init(s);
    }
    SEPARATE_ARRAY(s);
    return s;
}

/* ---- the object ---------------------------------------------------------------------- */

static zend_object *redisc_create(zend_class_entry *ce)
{
    redisc_t *c = zend_object_alloc(sizeof(redisc_t), ce);
    zend_object_std_init(&c->std, ce);
    object_properties_init(&c->std, ce);
    c->std.handlers = &redisc_handlers;
    c->connect_timeout = DEFAULT_CONNECT_TIMEOUT;
    c->timeout = DEFAULT_TIMEOUT;
    c->reconnect = 1;
    c->sock = NULL;
    c->reader = NULL;
    ZVAL_UNDEF(&c->reply);
    return &c->std;
}

static void redisc_free(zend_object *o)
{
    redisc_t *c = redisc_from(o);
    /* no call can be in progress: it would hold $this */
    if (c->sock)
        sw_api->socket_close(c->sock);
    c->sock = NULL;
    if (c->reader)
        redisReaderFree(c->reader);
    c->reader = NULL;
    if (c->sbuf)
        efree(c->sbuf);
    c->sbuf = NULL;
    zval_ptr_dtor(&c->reply);
    ZVAL_UNDEF(&c->reply);
    zend_object_std_dtor(o);
}

static void apply_options(redisc_t *c, HashTable *opts, bool from_constructor)
{
    zval *v;

    php_array_merge(Z_ARRVAL_P(redisc_setting(c)), opts);
    if ((v = zend_hash_str_find(opts, ZEND_STRL("connect_timeout")))) {
        c->connect_timeout = zval_get_double(v);
        if (c->connect_timeout <= 0)
            c->connect_timeout = TIMER_MAX_SEC;
    }
    if ((v = zend_hash_str_find(opts, ZEND_STRL("timeout")))) {
        c->timeout = zval_get_double(v);
        /* Swoole: in the constructor, timeout also sets the connect timeout */
        if (from_constructor)
            c->connect_timeout = c->timeout > 0 ? c->timeout : TIMER_MAX_SEC;
    }
    if ((v = zend_hash_str_find(opts, ZEND_STRL("serialize"))))
        c->serialize = zend_is_true(v);
    if ((v = zend_hash_str_find(opts, ZEND_STRL("reconnect")))) {
        zend_long n = zval_get_long(v);
        c->reconnect = (uint8_t)(n < 0 ? 0 : n > 255 ? 255 : n);
    }
    if ((v = zend_hash_str_find(opts, ZEND_STRL("compatibility_mode"))))
        c->compat = zend_is_true(v);
}

/* The socket timeouts of Co::set() (socket_connect_timeout, socket_read_timeout) are the
 * defaults of a new client, as in Swoole; asked through Co::getOptions(), the SDK has no
 * call for them. */
static void global_defaults(redisc_t *c)
{
    zval fn, ret, *v;

    ZVAL_STRINGL(&fn, "Swoole\\Coroutine::getOptions", sizeof("Swoole\\Coroutine::getOptions") - 1);
    ZVAL_UNDEF(&ret);
    if (call_user_function(NULL, NULL, &fn, &ret, 0, NULL) == SUCCESS && Z_TYPE(ret) == IS_ARRAY) {
        if ((v = zend_hash_str_find(Z_ARRVAL(ret), ZEND_STRL("socket_connect_timeout")))) {
            c->connect_timeout = zval_get_double(v);
            if (c->connect_timeout <= 0)
                c->connect_timeout = TIMER_MAX_SEC;
        }
        if ((v = zend_hash_str_find(Z_ARRVAL(ret), ZEND_STRL("socket_read_timeout"))))
            c->timeout = zval_get_double(v);
    }
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&fn);
}

ZEND_METHOD(Swoole_Coroutine_Redis, __construct)
{
    redisc_t *c = THIS_C();
    HashTable *opts = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();

    if (c->constructed) {
        zend_throw_error(NULL, "Constructor of %s can only be called once",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    c->constructed = true;
    global_defaults(c);
    if (EG(exception))
        RETURN_THROWS();
    HashTable *set = Z_ARRVAL_P(redisc_setting(c));
    zval v;
    ZVAL_DOUBLE(&v, c->connect_timeout);
    zend_hash_str_update(set, ZEND_STRL("connect_timeout"), &v);
    ZVAL_DOUBLE(&v, c->timeout);
    zend_hash_str_update(set, ZEND_STRL("timeout"), &v);
    ZVAL_FALSE(&v);
    zend_hash_str_update(set, ZEND_STRL("serialize"), &v);
    ZVAL_LONG(&v, c->reconnect);
    zend_hash_str_update(set, ZEND_STRL("reconnect"), &v);
    ZVAL_EMPTY_STRING(&v);
    zend_hash_str_update(set, ZEND_STRL("password"), &v);
    ZVAL_LONG(&v, 0);
    zend_hash_str_update(set, ZEND_STRL("database"), &v);
    if (opts)
        apply_options(c, opts, true);
}

ZEND_METHOD(Swoole_Coroutine_Redis, connect)
{
    redisc_t *c = THIS_C();
    zend_string *host;
    zend_long port = 6379;
    bool serialize = false;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(host)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
        Z_PARAM_BOOL(serialize)
    ZEND_PARSE_PARAMETERS_END();

    if (redisc_refuse(c))
        RETURN_FALSE;
    /* already connected there: nothing to do (Swoole) */
    zval *oh = OBJ_PROP_NUM(&c->std, REDISC_P_HOST), *op = OBJ_PROP_NUM(&c->std, REDISC_P_PORT);
    if (c->sock && Z_TYPE_P(oh) == IS_STRING && zend_string_equals(Z_STR_P(oh), host)
        && Z_TYPE_P(op) == IS_LONG && Z_LVAL_P(op) == port) {
        c->serialize = serialize;
        RETURN_TRUE;
    }
    zval h;
    ZVAL_STR_COPY(&h, host);
    sw_php_prop_set(&c->std, REDISC_P_HOST, &h);
    redisc_prop_long(c, REDISC_P_PORT, port);
    c->serialize = serialize;
    if (!redisc_connect(c))
        RETURN_FALSE;
    /* a connect the user asked for clears the error; automatic reconnects keep it */
    redisc_clear_err(c);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Redis, getAuth)
{
    redisc_t *c = THIS_C();
    ZEND_PARSE_PARAMETERS_NONE();
    if (!c->authed)
        RETURN_FALSE;
    zval *pw = zend_hash_str_find(Z_ARRVAL_P(redisc_setting(c)), ZEND_STRL("password"));
    if (pw)
        RETURN_COPY(pw);
    RETURN_EMPTY_STRING();
}

ZEND_METHOD(Swoole_Coroutine_Redis, getDBNum)
{
    redisc_t *c = THIS_C();
    ZEND_PARSE_PARAMETERS_NONE();
    if (!c->sock)
        RETURN_FALSE;
    RETURN_LONG(c->db);
}

ZEND_METHOD(Swoole_Coroutine_Redis, getOptions)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY(redisc_setting(THIS_C()));
}

ZEND_METHOD(Swoole_Coroutine_Redis, setOptions)
{
    HashTable *opts;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    apply_options(THIS_C(), opts, false);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Redis, getDefer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(THIS_C()->defer);
}

ZEND_METHOD(Swoole_Coroutine_Redis, setDefer)
{
    redisc_t *c = THIS_C();
    bool defer = true;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(defer)
    ZEND_PARSE_PARAMETERS_END();
    if (c->subscribe) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "you should not use setDefer after subscribe");
        RETURN_FALSE;
    }
    c->defer = defer;
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Redis, recv)
{
    redisc_t *c = THIS_C();
    ZEND_PARSE_PARAMETERS_NONE();
    if (redisc_refuse(c))
        RETURN_FALSE;
    redisc_recv(c, return_value);
}

ZEND_METHOD(Swoole_Coroutine_Redis, request)
{
    redisc_t *c = THIS_C();
    HashTable *params;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();
    if (zend_hash_num_elements(params) == 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "request() needs the command and its arguments");
        RETURN_FALSE;
    }
    if (redisc_refuse(c))
        RETURN_FALSE;
    redisc_args_t a;
    redisc_args_init(&a, c);
    ZEND_HASH_FOREACH_VAL(params, v) {
        redisc_arg_zval(&a, v);
    } ZEND_HASH_FOREACH_END();
    redisc_command(c, &a, return_value);
    redisc_args_free(&a);
}

/* Any command without a method of its own: $redis->xAdd('s', '*', 'f', 'v') sends
 * XADD s * f v (array arguments are spread, values are not serialized). */
ZEND_METHOD(Swoole_Coroutine_Redis, __call)
{
    redisc_t *c = THIS_C();
    zend_string *name;
    HashTable *args;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ARRAY_HT(args)
    ZEND_PARSE_PARAMETERS_END();
    if (redisc_refuse(c))
        RETURN_FALSE;
    zend_string *cmd = zend_string_toupper(name);
    redisc_args_t a;
    redisc_args_init(&a, c);
    redisc_arg(&a, ZSTR_VAL(cmd), ZSTR_LEN(cmd));
    ZEND_HASH_FOREACH_VAL(args, v) {
        redisc_arg_flat(&a, v);
    } ZEND_HASH_FOREACH_END();
    redisc_command(c, &a, return_value);
    redisc_args_free(&a);
    zend_string_release(cmd);
}

ZEND_METHOD(Swoole_Coroutine_Redis, close)
{
    redisc_t *c = THIS_C();
    ZEND_PARSE_PARAMETERS_NONE();
    if (!c->sock && !c->busy_cid)
        RETURN_FALSE;
    if (c->busy_cid) {
        /* a coroutine waits on the socket: wake it up; it closes the connection */
        c->close_pending = true;
        if (c->sock)
            shutdown(sw_api->socket_fd(c->sock), SHUT_RDWR);
        redisc_prop_bool(c, REDISC_P_CONNECTED, false);
        RETURN_TRUE;
    }
    redisc_close(c);
    RETURN_TRUE;
}

void redisc_minit(zend_class_entry *ce)
{
    memcpy(&redisc_handlers, &std_object_handlers, sizeof redisc_handlers);
    redisc_handlers.offset = XtOffsetOf(redisc_t, std);
    redisc_handlers.free_obj = redisc_free;
    redisc_handlers.clone_obj = NULL;
    redisc_ce = ce;
    ce->create_object = redisc_create;
}
