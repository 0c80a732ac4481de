/* sync.c — Swoole\Coroutine\WaitGroup and Swoole\Coroutine\Barrier: waiting for a group
 * of coroutines to finish.
 *
 * Both keep their waiters as structs on the waiting coroutines' stacks (no allocation).
 * A WaitGroup wakes its waiters from done() when the counter reaches zero; a Barrier
 * wakes its waiter when the last reference to it goes away (each child coroutine holds
 * one, so the last one to end releases it), which is Swoole's Barrier contract. */
#include "php_swoole.h"
#include "sync_arginfo.h"
#include "ext/spl/spl_exceptions.h"

static zend_class_entry *waitgroup_ce, *barrier_ce;
static zend_object_handlers waitgroup_handlers, barrier_handlers;

static const char waitgroup_what[] = "WaitGroup::wait()";
static const char barrier_what[] = "Barrier::wait()";

typedef struct sync_waiter sync_waiter_t;

/* A coroutine suspended on a WaitGroup or a Barrier. */
struct sync_waiter {
    php_sw_qlink_t link;   /* first: on its WaitGroup's queue; off (NULL queue) otherwise */
    sw_coro_t *co;
    sw_timer_t *timer;
    zend_object *barrier;  /* the Barrier it waits for, NULL once detached */
    bool timed_out;
    bool woken;            /* released by done() or by the Barrier going away */
};

/* Waits (the caller is a coroutine) until resumed, canceled or timed out. */
static void timeout_fired(sw_loop_t *loop, sw_timer_t *timer, void *arg);

static void waiter_sleep(sync_waiter_t *w, long ms, const char *what,
                         bool (*cancel)(sw_coro_t *, void *))
{
    if (ms > 0)
        w->timer = sw_timer_add(sw_loop_default(), (uint64_t)ms, false, timeout_fired, w);
    sw_coro_yield_ex(what, cancel, w);
    if (w->timer) {
        sw_timer_cancel(sw_loop_default(), w->timer);
        w->timer = NULL;
    }
}

/* Swoole's rule for these waits: only a positive timeout limits them. */
static long sync_timeout_ms(double timeout)
{
    return timeout > 0 ? php_sw_timeout_ms(timeout) : -1;
}

/* ---- WaitGroup ---------------------------------------------------------------------------- */

typedef struct {
    zend_long count;
    php_sw_queue_t waiters;
    zend_object std;
} php_sw_waitgroup_t;

static inline php_sw_waitgroup_t *waitgroup_from(zend_object *obj)
{
    return (php_sw_waitgroup_t *)((char *)obj - XtOffsetOf(php_sw_waitgroup_t, std));
}

static zend_object *waitgroup_create(zend_class_entry *ce)
{
    php_sw_waitgroup_t *wg = php_sw_object_new(ce, sizeof *wg,
                                               XtOffsetOf(php_sw_waitgroup_t, std), &waitgroup_handlers);

    wg->count = 0;
    wg->waiters.head = wg->waiters.tail = NULL;
    return &wg->std;
}
static void timeout_fired(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    sync_waiter_t *w = arg;
    (void)loop;
    (void)timer;

    w->timer = NULL;
    w->timed_out = true;
    sw_coro_resume(w->co);  /* the waiter detaches itself */
}

static bool wg_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    php_sw_queue_unlink(arg);
    return true;
}

/* The counter reached zero: the waiters of this moment resume, oldest first, each running
 * until it yields before the next one (and the caller of done()) goes on. They are moved
 * to a list of our own first, so that one which waits again (or is canceled by another)
 * while we go through them is handled correctly. */
static void wg_wake_all(php_sw_waitgroup_t *wg)
{
    php_sw_queue_t now = wg->waiters;
    php_sw_qlink_t *l;

    wg->waiters.head = wg->waiters.tail = NULL;
    for (l = now.head; l; l = l->next)
        l->queue = &now;
    while ((l = now.head)) {
        sync_waiter_t *w = (sync_waiter_t *)l;
        php_sw_queue_unlink(l);
        w->woken = true;
        sw_coro_resume(w->co);
    }
}

/* The exception classes are Swoole's (both are LogicExceptions): add() of a negative
 * total is an InvalidArgumentException, one done() too many a BadMethodCallException. An
 * add() while coroutines wait is refused as in Swoole: it would keep them waiting on a
 * counter that their own side is still growing. */
static bool wg_add(php_sw_waitgroup_t *wg, zend_long delta, bool done)
{
    if (!done && wg->waiters.head) {
        zend_throw_exception(spl_ce_BadMethodCallException,
                             "WaitGroup misuse: add called concurrently with wait", 0);
        return false;
    }
    if (delta > 0 && wg->count > ZEND_LONG_MAX - delta) {
        zend_throw_exception(spl_ce_LogicException, "WaitGroup misuse: counter overflow", 0);
        return false;
    }
    if (wg->count + delta < 0) {
        zend_throw_exception(done ? spl_ce_BadMethodCallException : spl_ce_InvalidArgumentException,
                             "WaitGroup misuse: negative counter", 0);
        return false;
    }
    wg->count += delta;
    if (wg->count == 0 && wg->waiters.head)
        wg_wake_all(wg);
    return true;
}

ZEND_METHOD(Swoole_Coroutine_WaitGroup, __construct)
{
    zend_long delta = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (delta > 0)  /* as Swoole: a non-positive initial delta is ignored */
        wg_add(waitgroup_from(Z_OBJ_P(ZEND_THIS)), delta, false);
}

ZEND_METHOD(Swoole_Coroutine_WaitGroup, add)
{
    zend_long delta = 1;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    wg_add(waitgroup_from(Z_OBJ_P(ZEND_THIS)), delta, false);
}

ZEND_METHOD(Swoole_Coroutine_WaitGroup, done)
{
    ZEND_PARSE_PARAMETERS_NONE();
    wg_add(waitgroup_from(Z_OBJ_P(ZEND_THIS)), -1, true);
}

ZEND_METHOD(Swoole_Coroutine_WaitGroup, count)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(waitgroup_from(Z_OBJ_P(ZEND_THIS))->count);
}

/* Returns true once the counter is zero, false on timeout or cancel. */
ZEND_METHOD(Swoole_Coroutine_WaitGroup, wait)
{
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_waitgroup_t *wg = waitgroup_from(Z_OBJ_P(ZEND_THIS));
    php_sw_task_t *t = php_sw_coro_require("WaitGroup::wait()");
    if (!t)
        RETURN_THROWS();
    if (wg->count == 0)
        RETURN_TRUE;

    sync_waiter_t w = {.co = t->co};
    php_sw_queue_push(&wg->waiters, &w.link);
    waiter_sleep(&w, sync_timeout_ms(timeout), waitgroup_what, wg_cancel);
    php_sw_queue_unlink(&w.link);  /* timed out */
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (!w.woken)
        php_sw_set_last_error(w.timed_out ? SW_ERROR_CO_TIMEDOUT : SW_ERROR_CO_CANCELED);
    RETURN_BOOL(w.woken);
}

/* ---- Barrier ------------------------------------------------------------------------------ */

typedef struct {
    sync_waiter_t *waiter;   /* the coroutine in Barrier::wait(), if any */
    bool used;
    zend_object std;
} php_sw_barrier_t;

static inline php_sw_barrier_t *barrier_from(zend_object *obj)
{
    return (php_sw_barrier_t *)((char *)obj - XtOffsetOf(php_sw_barrier_t, std));
}

static zend_object *barrier_create(zend_class_entry *ce)
{
    php_sw_barrier_t *b = php_sw_object_new(ce, sizeof *b,
                                            XtOffsetOf(php_sw_barrier_t, std), &barrier_handlers);

    b->waiter = NULL;
    b->used = false;
    return &b->std;
}

/* The last reference went away: every coroutine that held one has ended. */
static void barrier_dtor(zend_object *obj)
{
    php_sw_barrier_t *b = barrier_from(obj);
    sync_waiter_t *w = b->waiter;

    zend_objects_destroy_object(obj);
    if (!w)
        return;
    b->waiter = NULL;
    w->barrier = NULL;
    w->woken = true;
    if (sw_coro_state(w->co) == SW_CORO_WAITING && sw_coro_waiting_on(w->co) == barrier_what &&
        !sw_coro_bailed_out())
        sw_coro_resume(w->co);
}

static bool barrier_cancel(sw_coro_t *co, void *arg)
{
    sync_waiter_t *w = arg;
    (void)co;

    if (w->barrier)
        barrier_from(w->barrier)->waiter = NULL;
    w->barrier = NULL;
    return true;
}

ZEND_METHOD(Swoole_Coroutine_Barrier, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(Swoole_Coroutine_Barrier, make)
{
    ZEND_PARSE_PARAMETERS_NONE();
    object_init_ex(return_value, barrier_ce);
}

/* Drops the caller's reference ($barrier becomes null) and waits until the others are
 * gone too. */
ZEND_METHOD(Swoole_Coroutine_Barrier, wait)
{
    zval *zref;
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(zref)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    zval *zb = Z_REFVAL_P(zref);
    if (Z_TYPE_P(zb) != IS_OBJECT || Z_OBJCE_P(zb) != barrier_ce) {
        zend_argument_type_error(1, "must be of type %s, %s given", ZSTR_VAL(barrier_ce->name),
                                 zend_zval_type_name(zb));
        RETURN_THROWS();
    }
    php_sw_task_t *t = php_sw_coro_require("Barrier::wait()");
    if (!t)
        RETURN_THROWS();
    php_sw_barrier_t *b = barrier_from(Z_OBJ_P(zb));
    if (b->used) {
        zend_throw_exception(php_sw_exception_ce, "The barrier is waiting, cannot wait again.", 0);
        RETURN_THROWS();
    }

    sync_waiter_t w = {.co = t->co, .barrier = &b->std};
    b->used = true;
    b->waiter = &w;
    ZEND_TRY_ASSIGN_REF_NULL(zref);  /* may release the last reference: then no wait */
    if (w.woken)
        return;
    if (UNEXPECTED(EG(exception))) {
        /* The reference is a typed property that cannot hold null (TypeError): the caller
         * keeps its reference, so there is nothing to wait for; never sleep with an
         * exception pending. */
        b->waiter = NULL;
        b->used = false;
        RETURN_THROWS();
    }
    waiter_sleep(&w, sync_timeout_ms(timeout), barrier_what, barrier_cancel);
    if (w.barrier) {
        barrier_from(w.barrier)->waiter = NULL;  /* timed out: the barrier lives on */
        w.barrier = NULL;
    }
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (!w.woken)
        php_sw_set_last_error(w.timed_out ? SW_ERROR_CO_TIMEDOUT : SW_ERROR_CO_CANCELED);
}

void php_sw_sync_minit(int module_number)
{
    (void)module_number;
    waitgroup_ce = register_class_Swoole_Coroutine_WaitGroup();
    waitgroup_ce->create_object = waitgroup_create;
    memcpy(&waitgroup_handlers, zend_get_std_object_handlers(), sizeof waitgroup_handlers);
    waitgroup_handlers.offset = XtOffsetOf(php_sw_waitgroup_t, std);
    waitgroup_handlers.clone_obj = NULL;

    barrier_ce = register_class_Swoole_Coroutine_Barrier();
    barrier_ce->create_object = barrier_create;
    memcpy(&barrier_handlers, zend_get_std_object_handlers(), sizeof barrier_handlers);
    barrier_handlers.offset = XtOffsetOf(php_sw_barrier_t, std);
    barrier_handlers.dtor_obj = barrier_dtor;
    barrier_handlers.clone_obj = NULL;

    php_sw_class_alias(waitgroup_ce, "Co\\WaitGroup", true);
    php_sw_class_alias(barrier_ce, "Co\\Barrier", true);
}
