/* plugin_services.c — the SDK services table v1 (sw_api_t) and the PHP bridge
 * (sw_php_api_t) handed to plugins: thin adapters from the SDK's stable signatures to the
 * core API (core/include/sw_*.h) and to the module's PHP helpers. The adapters exist so
 * the core can change its internals without breaking a plugin; each is a few lines.
 * The loader (plugin_loader.c) owns when the table is handed out. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "php_swoole.h"
#include "swoole/sdk_php.h"

/* The SDK's numbers are the core's numbers: checked here once, at build time. */
#define SAME(a, b) ((int)(a) == (int)(b))
_Static_assert(SAME(SW_SDK_EV_READ, SW_EV_READ) && SAME(SW_SDK_EV_WRITE, SW_EV_WRITE) &&
                   SAME(SW_SDK_EV_ERROR, SW_EV_ERROR), "event bits");
_Static_assert(SAME(SW_SDK_E_CO_TIMEDOUT, SW_ERROR_CO_TIMEDOUT) &&
                   SAME(SW_SDK_E_CO_CANCELED, SW_ERROR_CO_CANCELED) &&
                   SAME(SW_SDK_E_OUT_OF_COROUTINE, SW_ERROR_CO_OUT_OF_COROUTINE) &&
                   SAME(SW_SDK_E_INVALID_PARAMS, SW_ERROR_INVALID_PARAMS) &&
                   SAME(SW_SDK_E_MALLOC_FAIL, SW_ERROR_MALLOC_FAIL) &&
                   SAME(SW_SDK_E_PROTOCOL_ERROR, SW_ERROR_PROTOCOL_ERROR),
               "error codes");
_Static_assert(SAME(SW_SDK_LOG_ERROR, SW_LOG_ERROR) && SAME(SW_SDK_LOG_DEBUG, SW_LOG_DEBUG),
               "log levels");
#undef SAME

/* Work added from inside a request must make the loop run before the request ends (as
 * go() does). During MINIT (a plugin's startup) there is no request yet: the loop runs
 * when a script runs it. */
static void keep_loop(void)
{
    if (EG(active))
        php_sw_loop_defer_to_shutdown();
}

/* ---- log and errors --------------------------------------------------------------------- */

static void api_log(int level, const char *fmt, ...)
{
    va_list ap;
    if (!sw_log_enabled(level))
        return;
    va_start(ap, fmt);
    sw_vlog(level, fmt, ap);
    va_end(ap);
}

static int api_error_set(int code, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return sw_error_set(code, "%s", msg);
}

/* ---- loop: fd watchers, defer, timers ---------------------------------------------------- */

struct sw_api_io {
    sw_io_t io;
    sw_api_io_cb cb;
    void *data;
};

static void api_io_dispatch(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    sw_api_io_t *w = io->data;
    (void)loop;
    /* w may be freed by the callback (io_del): nothing touches it afterwards. */
    w->cb(w, io->fd, events, w->data);
}

static sw_api_io_t *api_io_add(int fd, unsigned events, sw_api_io_cb cb, void *data)
{
    if (fd < 0 || !cb || !(events & (SW_EV_READ | SW_EV_WRITE))) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "io_add: bad fd, events or callback");
        return NULL;
    }
    sw_api_io_t *w = malloc(sizeof *w);
    if (!w) {
        sw_error_set(SW_ERROR_MALLOC_FAIL, "io_add: out of memory");
        return NULL;
    }
    w->cb = cb;
    w->data = data;
    sw_io_init(&w->io, fd, api_io_dispatch, w);
    if (sw_io_start(sw_loop_default(), &w->io, events & (SW_EV_READ | SW_EV_WRITE)) < 0) {
        free(w);
        return NULL;
    }
    keep_loop();
    return w;
}

static int api_io_modify(sw_api_io_t *w, unsigned events)
{
    if (!(events & (SW_EV_READ | SW_EV_WRITE)))
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "io_modify: no events");
    return sw_io_start(sw_loop_default(), &w->io, events & (SW_EV_READ | SW_EV_WRITE));
}

static void api_io_del(sw_api_io_t *w)
{
    if (!w)
        return;
    sw_io_stop(sw_loop_default(), &w->io);
    free(w);
}

typedef struct {
    sw_api_cb cb;
    void *arg;
} api_thunk_t;

static void api_defer_run(sw_loop_t *loop, void *arg)
{
    api_thunk_t t = *(api_thunk_t *)arg;
    (void)loop;
    free(arg);
    t.cb(t.arg);
}

static int api_defer(sw_api_cb cb, void *arg)
{
    api_thunk_t *t = malloc(sizeof *t);
    if (!t)
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "defer: out of memory");
    t->cb = cb;
    t->arg = arg;
    int rc = sw_loop_defer(sw_loop_default(), api_defer_run, t);
    if (rc < 0) {
        free(t);
        return rc;
    }
    keep_loop();
    return 0;
}

/* A plugin timer's callback and argument live in one block, indexed by timer id so that
 * timer_cancel only ever frees blocks made here (a Swoole\Timer id is not ours) and a
 * one-shot cancelled from its own callback is freed exactly once. */
typedef struct {
    sw_api_timer_cb cb;
    void *arg;
} api_timer_t;

static HashTable api_timers;   /* id -> api_timer_t* (persistent) */

static void api_timer_forget(int64_t id)
{
    api_timer_t *t = zend_hash_index_find_ptr(&api_timers, (zend_ulong)id);
    if (t) {
        zend_hash_index_del(&api_timers, (zend_ulong)id);
        free(t);
    }
}

static void api_timer_fire(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    api_timer_t *t = arg;
    int64_t id = sw_timer_id(timer);
    bool last = !sw_timer_repeats(timer);
    (void)loop;
    t->cb(id, t->arg);
    if (last)
        api_timer_forget(id);   /* no-op if the callback cancelled it */
}

static int64_t api_timer_add(uint64_t ms, bool repeat, sw_api_timer_cb cb, void *arg)
{
    if (!cb)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "timer_add: no callback");
    api_timer_t *t = malloc(sizeof *t);
    if (!t)
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "timer_add: out of memory");
    t->cb = cb;
    t->arg = arg;
    sw_timer_t *timer = sw_timer_add(sw_loop_default(), ms, repeat, api_timer_fire, t);
    if (!timer) {
        free(t);
        return -sw_error_code();
    }
    zend_hash_index_update_ptr(&api_timers, (zend_ulong)sw_timer_id(timer), t);
    keep_loop();
    return sw_timer_id(timer);
}

static int api_timer_cancel(int64_t id)
{
    sw_loop_t *loop = sw_loop_default();
    sw_timer_t *timer = sw_timer_find(loop, id);
    if (!timer || !zend_hash_index_exists(&api_timers, (zend_ulong)id))
        return sw_error_set(SW_ERROR_TIMER_NOT_FOUND, "plugin timer %" PRId64 " not found", id);
    int rc = sw_timer_cancel(loop, timer);
    if (rc == 0)
        api_timer_forget(id);
    return rc;
}

static uint64_t api_now_ms(void) { return sw_loop_now(sw_loop_default()); }

/* ---- coroutines ----------------------------------------------------------------------------- *
 * Every coroutine of this process carries PHP executor state (coroutine.c's switch hook
 * saves and restores it), so a C coroutine is a PHP coroutine whose body is a C function:
 * an internal function, invoked through php_sw_coro_create(), that runs fn(arg). */

typedef struct {
    sw_api_coro_fn fn;
    void *arg;
} native_body_t;

static native_body_t *native_pending;   /* handed from api_coro_create to the body */
static zend_internal_function native_body_fn;

static ZEND_NAMED_FUNCTION(native_body_handler)
{
    native_body_t *b = native_pending;
    native_pending = NULL;
    (void)execute_data;
    ZVAL_NULL(return_value);
    if (b)
        b->fn(b->arg);
}

static int64_t api_coro_create(sw_api_coro_fn fn, void *arg)
{
    native_body_t body = {fn, arg};
    zend_fcall_info_cache fcc = {.function_handler = (zend_function *)&native_body_fn};
    zval callable;

    if (!fn)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "coro_create: no function");
    if (!EG(active))
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "coro_create: no request is running");
    /* The body starts before php_sw_coro_create returns, so `body` can live here. */
    native_pending = &body;
    ZVAL_NULL(&callable);
    zend_long cid = php_sw_coro_create(&callable, &fcc, 0, NULL);
    native_pending = NULL;
    if (cid < 0)
        return sw_error_code() ? -sw_error_code() : -SW_ERROR_CO_TOO_MANY;
    return cid;
}

static sw_api_coro_t *api_coro_current(void) { return (sw_api_coro_t *)sw_coro_current(); }

static int64_t api_coro_id(const sw_api_coro_t *co)
{
    return co ? sw_coro_id((const sw_coro_t *)co) : -1;
}

static int api_coro_yield(const char *what) { return sw_coro_yield_ex(what, NULL, NULL); }
static int api_coro_resume(sw_api_coro_t *co) { return sw_coro_resume((sw_coro_t *)co); }
static int api_coro_sleep_ms(uint64_t ms) { return sw_coro_sleep_ms(ms); }

/* wait_fd: one watcher and one timer on the waiting coroutine's C stack. Whichever fires
 * first stops the other and resumes the coroutine. */
typedef struct {
    sw_io_t io;
    sw_timer_t *timer;
    sw_coro_t *co;
    int result;
} fd_wait_t;

static void fd_wait_done(fd_wait_t *w, int result)
{
    sw_loop_t *loop = sw_loop_default();
    sw_io_stop(loop, &w->io);
    if (w->timer)
        sw_timer_cancel(loop, w->timer);
    w->timer = NULL;
    w->result = result;
}

static void fd_wait_ready(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    fd_wait_t *w = io->data;
    (void)loop;
    fd_wait_done(w, (int)events);
    sw_coro_resume(w->co);
}

static void fd_wait_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    fd_wait_t *w = arg;
    (void)loop;
    (void)timer;
    w->timer = NULL;   /* a one-shot is freed by the loop after this callback */
    fd_wait_done(w, -SW_ERROR_CO_TIMEDOUT);
    sw_error_set(SW_ERROR_CO_TIMEDOUT, "timed out waiting for fd %d", w->io.fd);
    sw_coro_resume(w->co);
}

static bool fd_wait_cancel(sw_coro_t *co, void *arg)
{
    fd_wait_t *w = arg;
    (void)co;
    fd_wait_done(w, -SW_ERROR_CO_CANCELED);
    return true;
}

int php_sw_wait_fd(int fd, unsigned events, long timeout_ms);   /* also plugin_socket.c */
int php_sw_wait_fd(int fd, unsigned events, long timeout_ms)
{
    sw_loop_t *loop = sw_loop_default();
    fd_wait_t w = {.co = sw_coro_current(), .result = 0};
    int rc;

    if (!w.co)
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "wait_fd: not in a coroutine");
    events &= SW_EV_READ | SW_EV_WRITE;
    if (fd < 0 || !events)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "wait_fd: bad fd or events");
    sw_io_init(&w.io, fd, fd_wait_ready, &w);
    if ((rc = sw_io_start(loop, &w.io, events)) < 0)
        return rc;
    if (timeout_ms >= 0) {
        w.timer = sw_timer_add(loop, timeout_ms > 0 ? (uint64_t)timeout_ms : 1, false,
                               fd_wait_timeout, &w);
        if (!w.timer) {
            sw_io_stop(loop, &w.io);
            return -sw_error_code();
        }
    }
    keep_loop();
    rc = sw_coro_yield_ex("wait_fd", fd_wait_cancel, &w);
    if (rc < 0) {
        fd_wait_done(&w, rc);
        return rc;
    }
    if (w.result == -SW_ERROR_CO_CANCELED)
        sw_error_set(SW_ERROR_CO_CANCELED, "wait_fd: canceled");
    return w.result;
}

/* ---- the coroutine socket (plugin_socket.c) ---------------------------------------------- */

sw_api_socket_t *php_sw_socket_connect(const char *host, int port, long timeout_ms);
sw_api_socket_t *php_sw_socket_from_fd(int fd);
int php_sw_socket_enable_tls(sw_api_socket_t *s, const sw_api_tls_t *tls, long timeout_ms);
long php_sw_socket_read(sw_api_socket_t *s, void *buf, size_t len, long timeout_ms);
long php_sw_socket_write(sw_api_socket_t *s, const void *buf, size_t len, long timeout_ms);
int php_sw_socket_fd(const sw_api_socket_t *s);
const char *php_sw_socket_alpn(const sw_api_socket_t *s);
void php_sw_socket_close(sw_api_socket_t *s);

/* ---- services between plugins ------------------------------------------------------------- */

typedef struct provided {
    struct provided *next;
    char *name;
    uint32_t version;
    const void *vtable;
} provided_t;

static provided_t *provided_list;

static int api_provide(const char *name, uint32_t version, const void *vtable)
{
    if (!name || !*name || !vtable)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "provide: name and vtable are required");
    for (provided_t *p = provided_list; p; p = p->next)
        if (strcmp(p->name, name) == 0)
            return sw_error_set(SW_ERROR_WRONG_OPERATION, "service \"%s\" is already provided",
                                name);
    provided_t *p = malloc(sizeof *p);
    char *copy = strdup(name);
    if (!p || !copy) {
        free(p);
        free(copy);
        return sw_error_set(SW_ERROR_MALLOC_FAIL, "provide: out of memory");
    }
    p->name = copy;
    p->version = version;
    p->vtable = vtable;
    p->next = provided_list;
    provided_list = p;
    return 0;
}

static const void *api_require(const char *name, uint32_t min_version)
{
    for (provided_t *p = provided_list; name && p; p = p->next) {
        if (strcmp(p->name, name) != 0)
            continue;
        if (p->version < min_version) {
            sw_error_set(SW_ERROR_OPERATION_NOT_SUPPORT,
                         "service \"%s\" is version %u, %u is needed", name, p->version,
                         min_version);
            return NULL;
        }
        return p->vtable;
    }
    sw_error_set(SW_ERROR_OPERATION_NOT_SUPPORT, "no plugin provides service \"%s\"",
                 name ? name : "(null)");
    return NULL;
}

/* ---- PHP bridge: classes and native objects ------------------------------------------------- *
 * A native object is [header | native struct | zend_object]. The header tells where the
 * zend_object is; the handlers' offset tells where the native struct is. Each native class
 * gets its own handlers, found again by the free_obj it installs. */

typedef struct {
    size_t offset;   /* from the native struct to the zend_object */
    const sw_php_native_class_t *cls;
} native_hdr_t;

#define NATIVE_ALIGN 16
#define NATIVE_HDR_SIZE ZEND_MM_ALIGNED_SIZE_EX(sizeof(native_hdr_t), NATIVE_ALIGN)

typedef struct native_reg {
    struct native_reg *next;
    zend_class_entry *ce;
    sw_php_native_class_t cls;
    zend_object_handlers handlers;
} native_reg_t;

static native_reg_t *native_regs;

static void native_free_obj(zend_object *obj);

static native_reg_t *native_reg_of(zend_class_entry *ce)
{
    for (; ce; ce = ce->parent)
        for (native_reg_t *r = native_regs; r; r = r->next)
            if (r->ce == ce)
                return r;
    return NULL;
}

static size_t native_body_size(const native_reg_t *r)
{
    return ZEND_MM_ALIGNED_SIZE_EX(r->cls.size ? r->cls.size : 1, NATIVE_ALIGN);
}

static zend_object *native_create(zend_class_entry *ce)
{
    native_reg_t *r = native_reg_of(ce);
    size_t body = native_body_size(r);
    char *block = ecalloc(1, NATIVE_HDR_SIZE + body + sizeof(zend_object) +
                                 zend_object_properties_size(ce));
    native_hdr_t *hdr = (native_hdr_t *)block;
    zend_object *obj = (zend_object *)(block + NATIVE_HDR_SIZE + body);

    hdr->offset = body;
    hdr->cls = &r->cls;
    zend_object_std_init(obj, ce);
    object_properties_init(obj, ce);
    obj->handlers = &r->handlers;
    return obj;
}

static void native_free_obj(zend_object *obj)
{
    char *native = (char *)obj - obj->handlers->offset + NATIVE_HDR_SIZE;
    native_hdr_t *hdr = (native_hdr_t *)(native - NATIVE_HDR_SIZE);
    if (hdr->cls->free)
        hdr->cls->free(native);
    zend_object_std_dtor(obj);
}

static void *bridge_object_native(zend_object *obj)
{
    if (!obj || obj->handlers->free_obj != native_free_obj)
        return NULL;
    return (char *)obj - obj->handlers->offset + NATIVE_HDR_SIZE;
}

static zend_object *bridge_native_object(void *native)
{
    if (!native)
        return NULL;
    native_hdr_t *hdr = (native_hdr_t *)((char *)native - NATIVE_HDR_SIZE);
    return (zend_object *)((char *)native + hdr->offset);
}

zend_class_entry *php_sw_find_class(const char *name)
{
    if (!name)
        return NULL;
    if (*name == '\\')
        name++;
    size_t len = strlen(name);
    zend_string *lc = zend_string_alloc(len, 0);
    zend_str_tolower_copy(ZSTR_VAL(lc), name, len);
    zend_class_entry *ce = zend_hash_find_ptr(CG(class_table), lc);
    zend_string_release(lc);
    return ce;
}

static zend_class_entry *bridge_register_class(zend_class_entry *ce, zend_class_entry *parent,
                                               const sw_php_native_class_t *native)
{
    native_reg_t *r = NULL;

    if (native) {
        if (native->size > (size_t)16 * 1024 * 1024) {
            php_error_docref(NULL, E_WARNING, "swoole: native struct of %s is too large",
                             ZSTR_VAL(ce->name));
            return NULL;
        }
        r = pecalloc(1, sizeof *r, 1);
        r->cls = *native;
    } else if (parent && native_reg_of(parent)) {
        /* A plain subclass of a native class keeps its parent's layout. */
        ce->create_object = native_create;
    }
    zend_class_entry *reg = zend_register_internal_class_ex(ce, parent);
    if (!reg) {
        if (r)
            pefree(r, 1);
        return NULL;
    }
    if (r) {
        r->ce = reg;
        memcpy(&r->handlers, &std_object_handlers, sizeof r->handlers);
        r->handlers.offset = (int)(NATIVE_HDR_SIZE + native_body_size(r));
        r->handlers.free_obj = native_free_obj;
        r->handlers.clone_obj = NULL;   /* a native struct cannot be copied blindly */
        r->next = native_regs;
        native_regs = r;
        reg->create_object = native_create;
    }
    return reg;
}

static void bridge_class_alias(zend_class_entry *ce, const char *alias, bool short_name)
{
    php_sw_class_alias(ce, alias, short_name);
}

/* ---- PHP bridge: errors and callables ------------------------------------------------------- */

static zend_class_entry *bridge_throwable_ce(int which)
{
    return which == SW_PHP_ERROR ? php_sw_error_ce : php_sw_exception_ce;
}

static void bridge_throw_error(int which, int code, const char *fmt, ...)
{
    va_list ap;
    char *msg;

    va_start(ap, fmt);
    zend_vspprintf(&msg, 0, fmt, ap);
    va_end(ap);
    if (code > 0)
        sw_error_set(code, "%s", msg);
    zend_throw_exception(bridge_throwable_ce(which), msg, code);
    efree(msg);
}

static zend_long bridge_go(zval *callable, uint32_t argc, zval *argv)
{
    zend_fcall_info_cache fcc;
    char *error = NULL;

    if (!EG(active)) {
        sw_error_set(SW_ERROR_WRONG_OPERATION, "go: no request is running");
        return -1;
    }
    if (!zend_is_callable_ex(callable, NULL, 0, NULL, &fcc, &error)) {
        zend_type_error("%s", error ? error : "argument is not callable");
        if (error)
            efree(error);
        return -1;
    }
    if (error)
        efree(error);
    return php_sw_coro_create(callable, &fcc, argc, argv);
}

static bool bridge_call(zval *callable, uint32_t argc, zval *argv, zval *retval)
{
    zval rv;
    if (call_user_function(NULL, NULL, callable, retval ? retval : &rv, argc, argv) == FAILURE)
        return false;
    if (!retval)
        zval_ptr_dtor(&rv);
    return !EG(exception);
}

static bool bridge_require_coroutine(const char *what)
{
    return php_sw_coro_require(what) != NULL;
}

static int bridge_register_ini(const zend_ini_entry_def *defs)
{
    return zend_register_ini_entries(defs, swoole_module_entry.module_number) == SUCCESS
               ? 0
               : sw_error_set(SW_ERROR_INVALID_PARAMS, "register_ini: an entry already exists");
}

/* ---- the tables ------------------------------------------------------------------------------ */

static const sw_php_api_t php_api = {
    .size = sizeof(sw_php_api_t),
    .find_class = php_sw_find_class,
    .register_class = bridge_register_class,
    .class_alias = bridge_class_alias,
    .object_native = bridge_object_native,
    .native_object = bridge_native_object,
    .throwable_ce = bridge_throwable_ce,
    .throw_error = bridge_throw_error,
    .set_last_error = php_sw_set_last_error,
    .go = bridge_go,
    .call = bridge_call,
    .require_coroutine = bridge_require_coroutine,
    .unwinding = php_sw_coro_unwinding,
    .timeout_ms = php_sw_timeout_ms,
    .register_ini = bridge_register_ini,
    .conn_server = php_sw_conn_server,
    .server_conn = php_sw_server_conn,
    .conn_setting = php_sw_conn_setting,
    .server_event = php_sw_server_event,
    .server_emit = php_sw_server_emit,
    .server_count_request = php_sw_server_count_request,
};

static const sw_api_t api = {
    .size = sizeof(sw_api_t),
    .major = SW_SDK_MAJOR,
    .minor = SW_SDK_MINOR,
    .log = api_log,
    .log_level = sw_log_get_level,
    .error_set = api_error_set,
    .error_code = sw_error_code,
    .error_msg = sw_error_msg,
    .strerror = sw_strerror,
    .now_ms = api_now_ms,
    .io_add = api_io_add,
    .io_modify = api_io_modify,
    .io_del = api_io_del,
    .defer = api_defer,
    .timer_add = api_timer_add,
    .timer_cancel = api_timer_cancel,
    .coro_create = api_coro_create,
    .coro_current = api_coro_current,
    .coro_id = api_coro_id,
    .coro_yield = api_coro_yield,
    .coro_resume = api_coro_resume,
    .coro_sleep_ms = api_coro_sleep_ms,
    .wait_fd = php_sw_wait_fd,
    .provide = api_provide,
    .require = api_require,
    .php = &php_api,
    .socket_connect = php_sw_socket_connect,
    .socket_from_fd = php_sw_socket_from_fd,
    .socket_enable_tls = php_sw_socket_enable_tls,
    .socket_read = php_sw_socket_read,
    .socket_write = php_sw_socket_write,
    .socket_fd = php_sw_socket_fd,
    .socket_alpn = php_sw_socket_alpn,
    .socket_close = php_sw_socket_close,
    .proto_register = php_sw_proto_register,
    .conn_session = php_sw_conn_session,
    .conn_data = php_sw_conn_data,
    .conn_set_data = php_sw_conn_set_data,
    .conn_info = php_sw_conn_info,
    .conn_send = php_sw_conn_send,
    .conn_pending = php_sw_conn_pending,
    .conn_close = php_sw_conn_close,
    .conn_pause = php_sw_conn_pause,
    .conn_resume = php_sw_conn_resume,
    .conn_redispatch = php_sw_conn_redispatch,
    .conn_port_data = php_sw_conn_port_data,
    .conn_set_port_data = php_sw_conn_set_port_data,
    .conn_send_last = php_sw_conn_send_last,
};

const sw_api_t *php_sw_plugin_api(void) { return &api; }

void php_sw_plugin_services_minit(void)
{
    /* The C-coroutine body is an internal function like any other: observers (profilers,
     * debuggers) that watch internal calls need its run-time cache slot and name. */
    native_body_fn.type = ZEND_INTERNAL_FUNCTION;
    native_body_fn.handler = native_body_handler;
    native_body_fn.function_name = zend_string_init_interned(ZEND_STRL("{plugin coroutine}"), 1);
    ZEND_MAP_PTR_NEW(native_body_fn.run_time_cache);
    zend_hash_init(&api_timers, 8, NULL, NULL, 1);
}

void php_sw_plugin_services_mshutdown(void)
{
    api_timer_t *t;
    ZEND_HASH_FOREACH_PTR(&api_timers, t) {
        free(t);
    } ZEND_HASH_FOREACH_END();
    zend_hash_destroy(&api_timers);
    while (provided_list) {
        provided_t *p = provided_list;
        provided_list = p->next;
        free(p->name);
        free(p);
    }
    while (native_regs) {
        native_reg_t *r = native_regs;
        native_regs = r->next;
        pefree(r, 1);
    }
}
