/* timer.c — Swoole\Timer and the swoole_timer_* functions on the core's timers.
 *
 * Each PHP timer is a core timer whose argument is a php_timer_t holding the callable and
 * its bound arguments. Its callback runs in a new coroutine (or at the root when
 * Timer::set(['enable_coroutine' => false]) is in force); a tick callback receives the
 * timer id first. The core's timers used internally (sleep, channel timeouts) are told
 * apart by their C callback, so that PHP code can neither see nor clear them. */
#include "php_swoole.h"
#include "ext/spl/spl_array.h"
#include "timer_arginfo.h"

typedef struct {
    php_sw_callback_t cb;
    sw_timer_t *timer;
    bool tick;
    bool running;   /* its callback is being dispatched right now */
    bool cleared;   /* cleared during that dispatch: freed when it returns */
} php_timer_t;

static zend_class_entry *timer_ce, *timer_iterator_ce;
static size_t timer_num;      /* live PHP timers */
static uint64_t timer_fired;  /* callbacks dispatched */
/* The timer whose callback is on the stack (the loop does not nest, so at most one). A
 * callback that ends the process (exit(), an uncaught exception or a fatal error at the
 * root) never returns to timer_fire(): the request's end frees its timer then. */
static php_timer_t *timer_firing;

static void timer_free(php_timer_t *pt)
{
    php_sw_callback_dtor(&pt->cb);
    efree(pt);
    timer_num--;
}

static void timer_fire(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    php_timer_t *pt = arg;
    zval id;
    (void)loop;

    timer_fired++;
    pt->running = true;
    timer_firing = pt;
    ZVAL_LONG(&id, (zend_long)sw_timer_id(timer));
    php_sw_callback_dispatch(&pt->cb, pt->tick ? &id : NULL,
                             php_sw_settings.timer_enable_coroutine);
    timer_firing = NULL;
    pt->running = false;
    if (!pt->tick || pt->cleared)
        timer_free(pt);  /* the core drops a one-shot timer after this callback */
}

/* The PHP timer with that id, or NULL (also for the core's own timers). */
static php_timer_t *timer_lookup(zend_long id)
{
    sw_loop_t *loop = sw_loop_default();
    sw_timer_t *t = loop ? sw_timer_find(loop, id) : NULL;

    if (!t || sw_timer_callback(t) != timer_fire)
        return NULL;
    php_timer_t *pt = sw_timer_arg(t);
    return pt->cleared ? NULL : pt;
}

static bool timer_clear(php_timer_t *pt)
{
    sw_timer_cancel(sw_loop_default(), pt->timer);
    if (pt->running)
        pt->cleared = true;
    else
        timer_free(pt);
    return true;
}

static void timer_add(INTERNAL_FUNCTION_PARAMETERS, bool tick)
{
    zend_long ms;
    zval *callable, *params = NULL;
    uint32_t nparams = 0;
    sw_loop_t *loop;

    ZEND_PARSE_PARAMETERS_START(2, -1)
        Z_PARAM_LONG(ms)
        Z_PARAM_ZVAL(callable)
        Z_PARAM_VARIADIC('*', params, nparams)
    ZEND_PARSE_PARAMETERS_END();
    if (ms < 1) {
        php_error_docref(NULL, E_WARNING, "Timer must be greater than or equal to 1");
        RETURN_FALSE;
    }
    if ((zend_ulong)ms > SW_TIMER_MAX_MS) {
        php_error_docref(NULL, E_WARNING, "Timer must be less than or equal to %llu",
                         (unsigned long long)SW_TIMER_MAX_MS);
        RETURN_FALSE;
    }
    if (!(loop = sw_loop_default())) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    php_timer_t *pt = emalloc(sizeof *pt);
    if (!php_sw_callback_init(&pt->cb, callable, nparams, params)) {
        efree(pt);
        RETURN_THROWS();
    }
    pt->tick = tick;
    pt->running = false;
    pt->cleared = false;
    if (!(pt->timer = sw_timer_add(loop, (uint64_t)ms, tick, timer_fire, pt))) {
        php_sw_callback_dtor(&pt->cb);
        efree(pt);
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    timer_num++;
    if (!php_sw_loop_running())
        php_sw_loop_defer_to_shutdown();
    RETURN_LONG((zend_long)sw_timer_id(pt->timer));
}

ZEND_METHOD(Swoole_Timer, tick) { timer_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }
ZEND_METHOD(Swoole_Timer, after) { timer_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Swoole_Timer, set)
{
    HashTable *ht;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    if ((v = zend_hash_str_find(ht, ZEND_STRL("enable_coroutine"))))
        php_sw_settings.timer_enable_coroutine = zend_is_true(v);
}

ZEND_METHOD(Swoole_Timer, exists)
{
    zend_long id;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(id)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(timer_lookup(id) != NULL);
}

ZEND_METHOD(Swoole_Timer, info)
{
    zend_long id;
    php_timer_t *pt;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(id)
    ZEND_PARSE_PARAMETERS_END();
    if (!(pt = timer_lookup(id)))
        RETURN_NULL();
    array_init_size(return_value, 5);
    add_assoc_long(return_value, "exec_msec", sw_timer_remaining(sw_loop_default(), pt->timer));
    add_assoc_long(return_value, "exec_count", (zend_long)sw_timer_round(pt->timer));
    add_assoc_long(return_value, "interval", (zend_long)sw_timer_interval(pt->timer));
    add_assoc_long(return_value, "round", (zend_long)sw_timer_round(pt->timer));
    add_assoc_bool(return_value, "removed", false);
}

ZEND_METHOD(Swoole_Timer, stats)
{
    ZEND_PARSE_PARAMETERS_NONE();
    array_init_size(return_value, 3);
    add_assoc_bool(return_value, "initialized", sw_loop_default() != NULL);
    add_assoc_long(return_value, "num", (zend_long)timer_num);
    add_assoc_long(return_value, "round", (zend_long)timer_fired);
}

static void collect_php_timer(sw_timer_t *t, void *ud)
{
    if (sw_timer_callback(t) == timer_fire && !((php_timer_t *)sw_timer_arg(t))->cleared)
        add_next_index_long((zval *)ud, (zend_long)sw_timer_id(t));
}

static void php_timer_ids(zval *arr)
{
    sw_loop_t *loop = sw_loop_default();

    array_init(arr);
    if (loop)
        sw_timer_foreach(loop, collect_php_timer, arr);
}

ZEND_METHOD(Swoole_Timer, list)
{
    zval ids;

    ZEND_PARSE_PARAMETERS_NONE();
    php_timer_ids(&ids);
    object_init_ex(return_value, timer_iterator_ce);
    zend_call_known_instance_method_with_1_params(timer_iterator_ce->constructor,
                                                  Z_OBJ_P(return_value), NULL, &ids);
    zval_ptr_dtor(&ids);
}

ZEND_METHOD(Swoole_Timer, clear)
{
    zend_long id;
    php_timer_t *pt;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(id)
    ZEND_PARSE_PARAMETERS_END();
    if (!(pt = timer_lookup(id))) {
        php_sw_set_last_error(SW_ERROR_TIMER_NOT_FOUND);
        RETURN_FALSE;
    }
    RETURN_BOOL(timer_clear(pt));
}

/* Clears every PHP timer (the ids are collected first: the heap must not change while
 * it is walked). */
static void timer_clear_all(void)
{
    zval ids, *id;
    php_timer_t *pt;

    php_timer_ids(&ids);
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(ids), id) {
        if ((pt = timer_lookup(Z_LVAL_P(id))))
            timer_clear(pt);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&ids);
}

ZEND_METHOD(Swoole_Timer, clearAll)
{
    ZEND_PARSE_PARAMETERS_NONE();
    timer_clear_all();
    RETURN_TRUE;
}

/* The procedural names call the methods. */
ZEND_FUNCTION(swoole_timer_set) { ZEND_MN(Swoole_Timer_set)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_tick) { ZEND_MN(Swoole_Timer_tick)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_after) { ZEND_MN(Swoole_Timer_after)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_exists) { ZEND_MN(Swoole_Timer_exists)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_info) { ZEND_MN(Swoole_Timer_info)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_stats) { ZEND_MN(Swoole_Timer_stats)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_list) { ZEND_MN(Swoole_Timer_list)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_clear) { ZEND_MN(Swoole_Timer_clear)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_timer_clear_all) { ZEND_MN(Swoole_Timer_clearAll)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

void php_sw_timer_minit(int module_number)
{
    (void)module_number;
    zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
    timer_ce = register_class_Swoole_Timer();
    timer_iterator_ce = register_class_Swoole_Timer_Iterator(spl_ce_ArrayIterator);
    php_sw_settings.timer_enable_coroutine = true;
}

/* At the end of a request every PHP timer goes, with the values it holds. */
void php_sw_timer_rshutdown(void)
{
    php_timer_t *pt = timer_firing;

    if (pt) {  /* its callback bailed out: nothing runs it any more */
        timer_firing = NULL;
        pt->running = false;
        if (pt->cleared)
            timer_free(pt);  /* no longer found by id; the others go with clear_all */
    }
    timer_clear_all();
    timer_fired = 0;
}
