/* swoole/sdk_php.h — the plugin contract, PHP part: what a plugin needs from the core to
 * expose PHP classes. The only SDK header that includes php.h; including it also ties the
 * plugin to the exact PHP build it is compiled against (ZEND_MODULE_API_NO and
 * ZEND_MODULE_BUILD_ID go into the descriptor and are checked at load).
 *
 * Reached as sw_api->php. Plugins may call the Zend API directly as well; these calls are
 * for what only the core knows: its classes and exceptions, its coroutines, its settings,
 * and the layout of its native objects. */
#ifndef SWOOLE_SDK_PHP_H
#define SWOOLE_SDK_PHP_H

#include "php.h"
#include "zend_exceptions.h"
#include "zend_ini.h"

#include "sdk.h"

/* The PHP build this plugin is compiled against, recorded by SW_PLUGIN_DEFINE. */
#undef SW_SDK_ZEND_API
#undef SW_SDK_BUILD_ID
#define SW_SDK_ZEND_API ZEND_MODULE_API_NO
#define SW_SDK_BUILD_ID ZEND_MODULE_BUILD_ID

#ifdef __cplusplus
extern "C" {
#endif

/* Which of the project's throwables to throw. */
enum sw_php_throwable {
    SW_PHP_EXCEPTION = 0,   /* Swoole\Exception (runtime failures: I/O, protocol) */
    SW_PHP_ERROR = 1,       /* Swoole\Error (misuse: wrong state, outside a coroutine) */
};

/* A native object: a C struct of `size` bytes living in front of the zend_object, zeroed
 * at creation; `free` (optional) releases what the struct owns when the object dies. Made
 * by register_class; inherited by PHP subclasses. */
typedef struct sw_php_native_class {
    size_t size;
    void (*free)(void *native);
} sw_php_native_class_t;

typedef struct sw_php_api {
    uint32_t size;            /* sizeof(struct sw_php_api) in the core */
    uint32_t reserved;

    /* classes ------------------------------------------------------------------------- *
     * A class of the core or of a loaded plugin by name ("Swoole\\Server"); NULL if none.
     * Plugins that extend another plugin's class declare it in their deps. */
    zend_class_entry *(*find_class)(const char *name);
    /* Registers `ce` (from INIT_CLASS_ENTRY) as a class of the swoole module, extending
     * `parent` (NULL for none; a core class, e.g. find_class("Swoole\\Server")). If
     * `native` is not NULL its objects carry a native struct (object_native()). Returns
     * the registered class entry, or NULL with a warning. */
    zend_class_entry *(*register_class)(zend_class_entry *ce, zend_class_entry *parent,
                                        const sw_php_native_class_t *native);
    /* Registers an alias; a short one (e.g. "Co\\Foo") only when swoole.use_shortname is
     * on, as the core does for its own classes. */
    void (*class_alias)(zend_class_entry *ce, const char *alias, bool short_name);

    /* PHP object <-> native struct ------------------------------------------------------ */
    /* The native struct of an object of a class registered with `native` (or a subclass);
     * NULL for any other object. */
    void *(*object_native)(zend_object *obj);
    /* The object whose native struct this is. */
    zend_object *(*native_object)(void *native);

    /* errors ---------------------------------------------------------------------------- */
    zend_class_entry *(*throwable_ce)(int which);   /* enum sw_php_throwable */
    /* Throws Swoole\Exception or Swoole\Error with `code`; also sets swoole_last_error()
     * when code > 0. */
    void (*throw_error)(int which, int code, const char *fmt, ...)
        __attribute__((format(printf, 3, 4)));
    /* Sets swoole_last_error() to code with its standard message. */
    void (*set_last_error)(int code);

    /* coroutines from PHP ------------------------------------------------------------------ */
    /* Calls `callable` with argc args in a new coroutine (like go()); returns the id or -1
     * (an exception or warning is raised). Args are copied. */
    zend_long (*go)(zval *callable, uint32_t argc, zval *argv);
    /* Calls it here, synchronously; false if it threw (the exception stays pending). */
    bool (*call)(zval *callable, uint32_t argc, zval *argv, zval *retval);
    /* Throws Swoole\Error "API must be called in the coroutine" and returns false when not
     * inside a coroutine. */
    bool (*require_coroutine)(const char *what);
    /* To call after every wait: true if the coroutine is being torn down (the unwind exit
     * is now pending); the PHP method must then return at once. */
    bool (*unwinding)(void);
    /* Seconds as PHP gives them (float; < 0 forever) to ms for wait_fd and friends. */
    long (*timeout_ms)(double seconds);

    /* settings -------------------------------------------------------------------------- *
     * Registers ini entries as entries of the swoole module (so they show in
     * `php --ri swoole`); name them swoole.<plugin>.<key>. Only from startup. */
    int (*register_ini)(const zend_ini_entry_def *defs);

    /* servers (1.1) --------------------------------------------------------------------- */
    /* The Swoole\\Server object that accepted c (borrowed). */
    zend_object *(*conn_server)(const sw_api_conn_t *c);
    /* The live connection `session` of a server object, or NULL (closed, unknown, or the
     * server does not run in this process). */
    sw_api_conn_t *(*server_conn)(zend_object *server, int64_t session);
    /* A setting as it applies to c: its port's, else the server's; NULL if set on neither.
     * Borrowed. */
    zval *(*conn_setting)(const sw_api_conn_t *c, const char *key);
    /* The id of a server event by name ("request"), for emit; < 0 if unknown. */
    int (*server_event)(const char *name);
    /* Runs the callback of event `ev` for c (its port's, else the server's) with argv —
     * in a new coroutine when the server's enable_coroutine is on (the default), else
     * here — and counts a request for max_request. Args are copied. False if no callback
     * is set. */
    bool (*server_emit)(sw_api_conn_t *c, int ev, uint32_t argc, zval *argv);

    /* SDK 1.3 ------------------------------------------------------------------------- */
    /* Counts one request of c that the plugin ran itself rather than through server_emit
     * (the redis_server plugin calls its handlers directly): stats()' request_count and,
     * with max_request, the worker's replacement once it has served that many. */
    void (*server_count_request)(sw_api_conn_t *c);
} sw_php_api_t;

/* Property writes by slot (the declaration order of the class's properties), as a native
 * client keeps its errCode/errMsg/connected up to date. Header-only: they use no service
 * of the core. The slot takes over `value`; the old value is released after the new one
 * is in place, because its destructor may run PHP code that reads the property. */
static inline zval *sw_php_prop_slot(zend_object *obj, uint32_t slot, zval *old)
{
    zval *p = OBJ_PROP_NUM(obj, slot);
    ZVAL_DEREF(p);
    ZVAL_COPY_VALUE(old, p);
    return p;
}

static inline void sw_php_prop_set(zend_object *obj, uint32_t slot, zval *value)
{
    zval old, *p = sw_php_prop_slot(obj, slot, &old);
    ZVAL_COPY_VALUE(p, value);
    zval_ptr_dtor(&old);
}

static inline void sw_php_prop_long(zend_object *obj, uint32_t slot, zend_long v)
{
    zval old, *p = sw_php_prop_slot(obj, slot, &old);
    ZVAL_LONG(p, v);
    zval_ptr_dtor(&old);
}

static inline void sw_php_prop_bool(zend_object *obj, uint32_t slot, bool v)
{
    zval old, *p = sw_php_prop_slot(obj, slot, &old);
    ZVAL_BOOL(p, v);
    zval_ptr_dtor(&old);
}

static inline void sw_php_prop_null(zend_object *obj, uint32_t slot)
{
    zval old, *p = sw_php_prop_slot(obj, slot, &old);
    ZVAL_NULL(p);
    zval_ptr_dtor(&old);
}

static inline void sw_php_prop_strl(zend_object *obj, uint32_t slot, const char *s, size_t len)
{
    zval old, *p = sw_php_prop_slot(obj, slot, &old);
    ZVAL_STRINGL_FAST(p, s, len);
    zval_ptr_dtor(&old);
}

static inline void sw_php_prop_str(zend_object *obj, uint32_t slot, const char *s)
{
    sw_php_prop_strl(obj, slot, s, strlen(s));
}

#define SW_PHP_API_HAS(php, fn)                                                       \
    ((php)->size >= offsetof(sw_php_api_t, fn) + sizeof((php)->fn) && (php)->fn != NULL)

#ifdef __cplusplus
}
#endif

#endif
