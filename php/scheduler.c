/* scheduler.c — Swoole\Coroutine\Scheduler: collect callables (add, parallel) and settings,
 * then start() creates one coroutine per callable and runs the loop until all have
 * ended, like Co\run() for a batch. A scheduler starts once. */
#include "php_swoole.h"
#include "scheduler_arginfo.h"

typedef struct {
    php_sw_callback_t *tasks;
    uint32_t num, cap;
    zval settings;       /* array, or UNDEF */
    bool started;
    zend_object std;
} php_sw_scheduler_t;

static zend_class_entry *scheduler_ce;
static zend_object_handlers scheduler_handlers;

static inline php_sw_scheduler_t *scheduler_from(zend_object *obj)
{
    return (php_sw_scheduler_t *)((char *)obj - XtOffsetOf(php_sw_scheduler_t, std));
}

static zend_object *scheduler_create(zend_class_entry *ce)
{
    php_sw_scheduler_t *s = php_sw_object_new(ce, sizeof *s,
                                              XtOffsetOf(php_sw_scheduler_t, std), &scheduler_handlers);

    s->tasks = NULL;
    s->num = s->cap = 0;
    s->started = false;
    ZVAL_UNDEF(&s->settings);
    return &s->std;
}

static void scheduler_clear(php_sw_scheduler_t *s)
{
    for (uint32_t i = 0; i < s->num; i++)
        php_sw_callback_dtor(&s->tasks[i]);
    if (s->tasks)
        efree(s->tasks);
    s->tasks = NULL;
    s->num = s->cap = 0;
}

static void scheduler_free(zend_object *obj)
{
    php_sw_scheduler_t *s = scheduler_from(obj);

    scheduler_clear(s);
    zval_ptr_dtor(&s->settings);
    zend_object_std_dtor(obj);
}

static HashTable *scheduler_get_gc(zend_object *obj, zval **table, int *n)
{
    php_sw_scheduler_t *s = scheduler_from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

    for (uint32_t i = 0; i < s->num; i++) {
        zend_get_gc_buffer_add_zval(buf, &s->tasks[i].callable);
        for (uint32_t j = 0; j < s->tasks[i].argc; j++)
            zend_get_gc_buffer_add_zval(buf, &s->tasks[i].argv[j]);
    }
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

static bool scheduler_writable(php_sw_scheduler_t *s, const char *method)
{
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "scheduler is started, unable to execute %s->%s",
                         ZSTR_VAL(scheduler_ce->name), method);
        return false;
    }
    return true;
}

/* Adds `copies` tasks running callable(...params). */
static bool scheduler_add(php_sw_scheduler_t *s, zend_long copies, zval *callable, zval *params,
                          uint32_t nparams)
{
    if (copies > UINT32_MAX - s->num) {
        zend_argument_value_error(1, "is too large");
        return false;
    }
    if (s->num + (uint32_t)copies > s->cap) {
        s->cap = MAX(s->num + (uint32_t)copies, s->cap ? s->cap * 2 : 8);
        s->tasks = safe_erealloc(s->tasks, s->cap, sizeof *s->tasks, 0);
    }
    for (zend_long i = 0; i < copies; i++) {
        if (!php_sw_callback_init(&s->tasks[s->num], callable, nparams, params))
            return false;
        s->num++;
    }
    return true;
}

ZEND_METHOD(Swoole_Coroutine_Scheduler, add)
{
    zval *callable, *params = NULL;
    uint32_t nparams = 0;

    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_ZVAL(callable)
        Z_PARAM_VARIADIC('*', params, nparams)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_scheduler_t *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
    if (!scheduler_writable(s, "add"))
        RETURN_FALSE;
    if (!scheduler_add(s, 1, callable, params, nparams))
        RETURN_THROWS();
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Scheduler, parallel)
{
    zend_long n;
    zval *callable, *params = NULL;
    uint32_t nparams = 0;

    ZEND_PARSE_PARAMETERS_START(2, -1)
        Z_PARAM_LONG(n)
        Z_PARAM_ZVAL(callable)
        Z_PARAM_VARIADIC('*', params, nparams)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_scheduler_t *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
    if (n < 1) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    if (!scheduler_writable(s, "parallel"))
        RETURN_FALSE;
    if (!scheduler_add(s, n, callable, params, nparams))
        RETURN_THROWS();
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Scheduler, set)
{
    zval *settings;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY(settings)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_scheduler_t *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
    if (!scheduler_writable(s, "set"))
        RETURN_FALSE;
    if (Z_TYPE(s->settings) == IS_ARRAY) {
        /* later calls add to (and override) what earlier ones set */
        SEPARATE_ARRAY(&s->settings);
        zend_hash_merge(Z_ARRVAL(s->settings), Z_ARRVAL_P(settings), zval_add_ref, 1);
    } else {
        ZVAL_COPY(&s->settings, settings);
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Scheduler, getOptions)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_sw_scheduler_t *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
    if (Z_TYPE(s->settings) != IS_ARRAY)
        RETURN_NULL();
    RETURN_COPY(&s->settings);
}

ZEND_METHOD(Swoole_Coroutine_Scheduler, start)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_sw_scheduler_t *s = scheduler_from(Z_OBJ_P(ZEND_THIS));
    if (php_sw_loop_running() || sw_coro_current()) {
        php_error_docref(NULL, E_WARNING, "eventLoop has already been created. unable to start %s",
                         ZSTR_VAL(scheduler_ce->name));
        RETURN_FALSE;
    }
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "scheduler is started, unable to execute %s->start",
                         ZSTR_VAL(scheduler_ce->name));
        RETURN_FALSE;
    }
    s->started = true;
    if (Z_TYPE(s->settings) == IS_ARRAY)
        php_sw_apply_settings(Z_ARRVAL(s->settings));
    /* The object stays alive while its tasks start (a task may drop the last reference). */
    GC_ADDREF(&s->std);
    for (uint32_t i = 0; i < s->num && !EG(exception); i++)
        php_sw_callback_go(&s->tasks[i]);
    scheduler_clear(s);
    OBJ_RELEASE(&s->std);
    if (EG(exception))
        RETURN_THROWS();
    php_sw_loop_run();
    RETURN_TRUE;
}

void php_sw_scheduler_minit(int module_number)
{
    (void)module_number;
    scheduler_ce = register_class_Swoole_Coroutine_Scheduler();
    scheduler_ce->create_object = scheduler_create;
    memcpy(&scheduler_handlers, zend_get_std_object_handlers(), sizeof scheduler_handlers);
    scheduler_handlers.offset = XtOffsetOf(php_sw_scheduler_t, std);
    scheduler_handlers.free_obj = scheduler_free;
    scheduler_handlers.get_gc = scheduler_get_gc;
    scheduler_handlers.clone_obj = NULL;
    php_sw_class_alias(scheduler_ce, "Co\\Scheduler", true);
}
