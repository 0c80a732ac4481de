/* good.c — a well-formed test plugin ("good") that exercises the services table from PHP:
 * a class with a native struct (Swoole\Test\Good), a class extending a core class
 * (Swoole\Test\GoodException extends Swoole\Exception), an ini entry (swoole.good.answer),
 * C coroutines, wait_fd, timers, defer, go(), request hooks and the info hook. Built only
 * for the tests. */
#include <swoole/sdk_php.h>

#include "ext/standard/info.h"
#include "main/php_network.h"
#include "main/php_streams.h"
#include "zend_smart_str.h"

typedef struct {
    zend_long value;
    zend_long touched;   /* set by native code running in a C coroutine */
} good_t;

static zend_class_entry *good_ce, *good_exception_ce;
static int requests;       /* request_startup calls */
static int frees;          /* native structs released */

#define API (sw_api)
#define PHPAPI_ (sw_api->php)

static good_t *this_good(zval *this_ptr) { return PHPAPI_->object_native(Z_OBJ_P(this_ptr)); }

static void good_free(void *native)
{
    (void)native;
    frees++;
}

ZEND_BEGIN_ARG_INFO_EX(arginfo_construct, 0, 0, 1)
    ZEND_ARG_TYPE_INFO(0, value, IS_LONG, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_long, 0, 0, IS_LONG, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_native_co, 0, 1, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, sleep_ms, IS_LONG, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_wait, 0, 3, IS_LONG, 0)
    ZEND_ARG_INFO(0, stream)
    ZEND_ARG_TYPE_INFO(0, events, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, timeout, IS_DOUBLE, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_callable, 0, 1, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_after, 0, 2, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, ms, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, fn, IS_CALLABLE, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_void, 0, 0, IS_VOID, 0)
ZEND_END_ARG_INFO()
ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_same, 0, 1, _IS_BOOL, 0)
    ZEND_ARG_TYPE_INFO(0, other, IS_OBJECT, 0)
ZEND_END_ARG_INFO()

static ZEND_METHOD(Good, __construct)
{
    zend_long v;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(v)
    ZEND_PARSE_PARAMETERS_END();
    this_good(ZEND_THIS)->value = v;
}

static ZEND_METHOD(Good, get)
{
    ZEND_PARSE_PARAMETERS_NONE();
    good_t *g = this_good(ZEND_THIS);
    RETURN_LONG(g->value + g->touched);
}

/* native -> object -> native must be the identity. */
static ZEND_METHOD(Good, sameNative)
{
    zval *other;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT(other)
    ZEND_PARSE_PARAMETERS_END();
    void *n = PHPAPI_->object_native(Z_OBJ_P(other));
    RETURN_BOOL(n && PHPAPI_->native_object(n) == Z_OBJ_P(other) && n == this_good(ZEND_THIS));
}

/* A C coroutine: sleeps, then touches the struct; the object is kept alive meanwhile. */
typedef struct {
    zend_object *obj;
    zend_long sleep_ms;
} native_job_t;

static void native_job(void *arg)
{
    native_job_t *job = arg;
    zend_object *obj = job->obj;
    zend_long ms = job->sleep_ms;
    efree(job);
    if (ms > 0 && API->coro_sleep_ms((uint64_t)ms) < 0)
        API->log(SW_SDK_LOG_WARNING, "good: sleep failed: %s", API->error_msg());
    good_t *g = PHPAPI_->object_native(obj);
    g->touched += 1000;
    OBJ_RELEASE(obj);
}

static ZEND_METHOD(Good, nativeCoroutine)
{
    zend_long ms;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(ms)
    ZEND_PARSE_PARAMETERS_END();
    native_job_t *job = emalloc(sizeof *job);
    job->obj = Z_OBJ_P(ZEND_THIS);
    job->sleep_ms = ms;
    GC_ADDREF(job->obj);
    int64_t cid = API->coro_create(native_job, job);
    if (cid < 0) {
        OBJ_RELEASE(job->obj);
        efree(job);
        PHPAPI_->throw_error(SW_PHP_ERROR, (int)-cid, "coro_create failed");
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)cid);
}

/* wait_fd on a PHP stream: returns the ready bits or the negative error code. */
static ZEND_METHOD(Good, waitFd)
{
    zval *zstream;
    zend_long events;
    double timeout;
    php_stream *stream;
    php_socket_t fd;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_RESOURCE(zstream)
        Z_PARAM_LONG(events)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    php_stream_from_zval(stream, zstream);
    if (php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT, (void **)&fd, 1) != SUCCESS)
        RETURN_LONG(-1);
    if (!PHPAPI_->require_coroutine("Good::waitFd()"))
        RETURN_THROWS();
    int rc = API->wait_fd((int)fd, (unsigned)events, PHPAPI_->timeout_ms(timeout));
    if (PHPAPI_->unwinding())
        RETURN_THROWS();
    RETURN_LONG(rc);
}

static ZEND_METHOD(Good, go)
{
    zval *fn;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(fn)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_LONG(PHPAPI_->go(fn, 0, NULL));
}

/* Timers and defer call back into PHP from the loop. */
typedef struct {
    zval fn;
} php_cb_t;

static void call_and_free(php_cb_t *cb)
{
    zval rv;
    if (PHPAPI_->call(&cb->fn, 0, NULL, &rv))
        zval_ptr_dtor(&rv);
    zval_ptr_dtor(&cb->fn);
    efree(cb);
}

static void on_timer(int64_t id, void *arg) { (void)id; call_and_free(arg); }
static void on_defer(void *arg) { call_and_free(arg); }

static php_cb_t *cb_new(zval *fn)
{
    php_cb_t *cb = emalloc(sizeof *cb);
    ZVAL_COPY(&cb->fn, fn);
    return cb;
}

static ZEND_METHOD(Good, after)
{
    zend_long ms;
    zval *fn;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(ms)
        Z_PARAM_ZVAL(fn)
    ZEND_PARSE_PARAMETERS_END();
    php_cb_t *cb = cb_new(fn);
    int64_t id = API->timer_add((uint64_t)ms, false, on_timer, cb);
    if (id < 0) {
        zval_ptr_dtor(&cb->fn);
        efree(cb);
        PHPAPI_->throw_error(SW_PHP_EXCEPTION, (int)-id, "timer_add: %s", API->error_msg());
        RETURN_THROWS();
    }
    RETURN_LONG((zend_long)id);
}

static ZEND_METHOD(Good, defer)
{
    zval *fn;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(fn)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_LONG(API->defer(on_defer, cb_new(fn)));
}

static ZEND_METHOD(Good, fail)
{
    ZEND_PARSE_PARAMETERS_NONE();
    PHPAPI_->throw_error(SW_PHP_EXCEPTION, SW_SDK_E_PROTOCOL_ERROR, "good failed on purpose");
}

static ZEND_METHOD(Good, requests)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(requests);
}

static ZEND_METHOD(Good, frees)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(frees);
}

static ZEND_METHOD(Good, answer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(INI_INT("swoole.good.answer"));
}

/* Good::request(host, port, data, timeout, tls options or null): connects, optionally
 * starts TLS, writes data, reads to the end of the stream. Returns
 * ['data' => what was read, 'error' => 0 or the negative code, 'message' => ..., 'alpn'].
 * The socket service's errors come back as values, not exceptions, so the tests see them. */
static const char *opt_str(HashTable *ht, const char *key)
{
    zval *v = ht ? zend_hash_str_find(ht, key, strlen(key)) : NULL;
    return v && Z_TYPE_P(v) == IS_STRING ? Z_STRVAL_P(v) : NULL;
}

static ZEND_METHOD(Good, request)
{
    zend_string *host, *data;
    zend_long port;
    double timeout;
    HashTable *tls = NULL;
    smart_str in = {0};
    long rc = 0;
    char buf[8192];

    ZEND_PARSE_PARAMETERS_START(4, 5)
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_STR(data)
        Z_PARAM_DOUBLE(timeout)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT_OR_NULL(tls)
    ZEND_PARSE_PARAMETERS_END();
    long ms = PHPAPI_->timeout_ms(timeout);
    sw_api_socket_t *s = API->socket_connect(ZSTR_VAL(host), (int)port, ms);
    if (!s)
        rc = -API->error_code();
    if (s && tls) {
        zval *verify = zend_hash_str_find(tls, ZEND_STRL("verify"));
        sw_api_tls_t t = {
            .size = sizeof t,
            .verify_peer = verify && zend_is_true(verify),
            .server_name = opt_str(tls, "name"),
            .ca_file = opt_str(tls, "cafile"),
            .alpn = opt_str(tls, "alpn"),
        };
        rc = API->socket_enable_tls(s, &t, ms);
    }
    if (s && rc >= 0)
        rc = API->socket_write(s, ZSTR_VAL(data), ZSTR_LEN(data), ms);
    while (s && rc >= 0) {
        rc = API->socket_read(s, buf, sizeof buf, ms);
        if (rc <= 0)
            break;
        smart_str_appendl(&in, buf, (size_t)rc);
    }
    array_init(return_value);
    if (in.s)
        add_assoc_str(return_value, "data", smart_str_extract(&in));
    else
        add_assoc_string(return_value, "data", "");
    add_assoc_long(return_value, "error", rc < 0 ? rc : 0);
    add_assoc_string(return_value, "message", rc < 0 ? API->error_msg() : "");
    if (s && API->socket_alpn(s))
        add_assoc_string(return_value, "alpn", API->socket_alpn(s));
    else
        add_assoc_null(return_value, "alpn");
    API->socket_close(s);
    if (PHPAPI_->unwinding())
        RETURN_THROWS();
}

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_request, 0, 4, IS_ARRAY, 0)
    ZEND_ARG_TYPE_INFO(0, host, IS_STRING, 0)
    ZEND_ARG_TYPE_INFO(0, port, IS_LONG, 0)
    ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
    ZEND_ARG_TYPE_INFO(0, timeout, IS_DOUBLE, 0)
    ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, tls, IS_ARRAY, 1, "null")
ZEND_END_ARG_INFO()

static const zend_function_entry good_methods[] = {
    ZEND_ME(Good, request, arginfo_request, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, __construct, arginfo_construct, ZEND_ACC_PUBLIC)
    ZEND_ME(Good, get, arginfo_long, ZEND_ACC_PUBLIC)
    ZEND_ME(Good, sameNative, arginfo_same, ZEND_ACC_PUBLIC)
    ZEND_ME(Good, nativeCoroutine, arginfo_native_co, ZEND_ACC_PUBLIC)
    ZEND_ME(Good, waitFd, arginfo_wait, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, go, arginfo_callable, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, after, arginfo_after, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, defer, arginfo_callable, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, fail, arginfo_void, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, requests, arginfo_long, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, frees, arginfo_long, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_ME(Good, answer, arginfo_long, ZEND_ACC_PUBLIC | ZEND_ACC_STATIC)
    ZEND_FE_END
};

static const zend_ini_entry_def good_ini[] = {
    ZEND_INI_ENTRY("swoole.good.answer", "42", PHP_INI_ALL, NULL)
    {NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0},
};

static const sw_php_native_class_t good_native = {sizeof(good_t), good_free};

static int good_startup(const sw_api_t *api)
{
    zend_class_entry ce;

    if (api->php->register_ini(good_ini) < 0)
        return -api->error_code();
    INIT_CLASS_ENTRY(ce, "Swoole\\Test\\Good", good_methods);
    good_ce = api->php->register_class(&ce, NULL, &good_native);
    if (!good_ce)
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "cannot register Swoole\\Test\\Good");
    api->php->class_alias(good_ce, "Co\\TestGood", true);

    zend_class_entry *base = api->php->find_class("Swoole\\Exception");
    if (!base || base != api->php->throwable_ce(SW_PHP_EXCEPTION))
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "Swoole\\Exception not found");
    INIT_CLASS_ENTRY(ce, "Swoole\\Test\\GoodException", NULL);
    good_exception_ce = api->php->register_class(&ce, base, NULL);
    return good_exception_ce ? 0 : -SW_SDK_E_WRONG_OPERATION;
}

static int good_request_startup(void)
{
    requests++;
    return 0;
}

static void good_info(void)
{
    php_info_print_table_row(2, "good answer", INI_STR("swoole.good.answer"));
}

SW_PLUGIN_DEFINE(.name = "good", .version = "1.2.3", .description = "test plugin",
                 .startup = good_startup, .request_startup = good_request_startup,
                 .info = good_info)
