/* lock.c — Swoole\Lock: a mutex, readers-writer lock, spinlock or semaphore shared by the
 * processes forked after it is made (core/lock.c); Swoole\Coroutine\Lock: a mutex whose
 * waiters are coroutines.
 *
 * Every wait of Swoole\Lock blocks the whole process, coroutines included, as in Swoole:
 * it is for code outside coroutines, or for critical sections that never yield. A
 * Coroutine\Lock suspends only the coroutine that waits. A failure sets $errCode and
 * swoole_last_error() to the errno value (EBUSY, ETIMEDOUT, EDEADLK for a lock the caller
 * already holds, EPERM for releasing one it does not, ECANCELED for a canceled wait). */
#include "php_swoole.h"
#include "lock_arginfo.h"
#include "sw_lock.h"
#include "sw_shm.h"

#include <unistd.h>

typedef struct {
    sw_lock_t *lock;         /* NULL until the constructor succeeds */
    zend_object std;
} php_sw_lock_t;

static zend_class_entry *lock_ce;
static zend_object_handlers lock_handlers;

static inline php_sw_lock_t *lock_of(zend_object *obj)
{
    return (php_sw_lock_t *)((char *)obj - XtOffsetOf(php_sw_lock_t, std));
}

static zend_object *lock_create(zend_class_entry *ce)
{
    php_sw_lock_t *l = php_sw_object_new(ce, sizeof *l, XtOffsetOf(php_sw_lock_t, std),
                                         &lock_handlers);

    l->lock = NULL;
    return &l->std;
}

static void lock_free(zend_object *obj)
{
    php_sw_lock_t *l = lock_of(obj);

    sw_lock_free(l->lock);
    l->lock = NULL;
    zend_object_std_dtor(obj);
}

ZEND_METHOD(Swoole_Lock, __construct)
{
    zend_long type = SW_LOCK_MUTEX;
    zend_string *filename = NULL;
    php_sw_lock_t *l = lock_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(type)
        Z_PARAM_STR(filename)
    ZEND_PARSE_PARAMETERS_END();
    (void)filename;  /* only SWOOLE_FILELOCK, which is not offered, names a file */
    if (l->lock) {
        zend_throw_error(php_sw_error_ce, "Constructor of %s can only be called once",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    if (type == 2) {
        zend_throw_exception(php_sw_exception_ce,
                             "SWOOLE_FILELOCK is not supported: use SWOOLE_MUTEX, SWOOLE_RWLOCK, "
                             "SWOOLE_SPINLOCK or SWOOLE_SEM", SW_ERROR_OPERATION_NOT_SUPPORT);
        RETURN_THROWS();
    }
    if (type != SW_LOCK_MUTEX && type != SW_LOCK_RWLOCK && type != SW_LOCK_SPINLOCK &&
        type != SW_LOCK_SEM) {
        zend_throw_exception_ex(php_sw_exception_ce, SW_ERROR_INVALID_PARAMS,
                                "unknown lock type " ZEND_LONG_FMT, type);
        RETURN_THROWS();
    }
    if (!(l->lock = sw_lock_new((sw_lock_kind_t)type))) {
        zend_throw_exception_ex(php_sw_exception_ce, sw_error_code(), "%s", sw_error_msg());
        RETURN_THROWS();
    }
}

typedef int (*lock_op_t)(sw_lock_t *);

/* Runs one operation on $this's lock: true, or false with the reason in errCode. */
static void lock_call(INTERNAL_FUNCTION_PARAMETERS, lock_op_t op, double timeout)
{
    php_sw_lock_t *l = lock_of(Z_OBJ_P(ZEND_THIS));

    if (!l->lock) {
        zend_throw_error(php_sw_error_ce, "%s has no lock: its constructor did not complete",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    int rc = op ? op(l->lock) : sw_lock_acquire_timed(l->lock, timeout);
    if (rc == 0)
        RETURN_TRUE;
    zend_update_property_long(lock_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("errCode"), rc);
    php_sw_set_last_error(rc);
    RETURN_FALSE;
}

ZEND_METHOD(Swoole_Lock, lock)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, sw_lock_acquire, 0);
}

ZEND_METHOD(Swoole_Lock, trylock)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, sw_lock_try, 0);
}

ZEND_METHOD(Swoole_Lock, unlock)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, sw_lock_release, 0);
}

ZEND_METHOD(Swoole_Lock, lock_read)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, sw_lock_acquire_shared, 0);
}

ZEND_METHOD(Swoole_Lock, trylock_read)
{
    ZEND_PARSE_PARAMETERS_NONE();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, sw_lock_try_shared, 0);
}

/* The timeout is in seconds; a negative one waits as long as it takes. */
ZEND_METHOD(Swoole_Lock, lockwait)
{
    double timeout = 1.0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    lock_call(INTERNAL_FUNCTION_PARAM_PASSTHRU, NULL, timeout);
}

/* ---- Swoole\Coroutine\Lock ------------------------------------------------------------
 *
 * The lock is a word, 0 or 1: in this process's memory, or in shared memory when made with
 * $shared = true (then it excludes coroutines of every process forked after it). Its
 * holder is a coroutine of a process (the root counts as a coroutine). Waiters of this
 * process queue in order and get the lock handed over by unlock(); a waiter of a shared
 * lock also retries the word on a timer, for a holder in another process that cannot wake
 * it. A coroutine that ends while holding the lock leaves it held, as a thread would. */

typedef struct colock_waiter colock_waiter_t;
typedef struct php_sw_colock php_sw_colock_t;

struct colock_waiter {
    php_sw_qlink_t link;       /* first: on the lock's queue until granted or canceled */
    php_sw_colock_t *lock;
    sw_coro_t *co;
    sw_timer_t *poll;          /* shared lock: the next retry of the word */
    uint64_t poll_ms;
    bool granted;
};

struct php_sw_colock {
    uint32_t *word;            /* &local, or shared memory */
    uint32_t local;
    bool shared, constructed;
    pid_t owner_pid;           /* 0: not held by this process */
    int64_t owner_cid;
    php_sw_queue_t waiters;
    zend_object std;
};

static zend_class_entry *colock_ce;
static zend_object_handlers colock_handlers;
static const char colock_what[] = "Coroutine\\Lock::lock()";

static inline php_sw_colock_t *colock_of(zend_object *obj)
{
    return (php_sw_colock_t *)((char *)obj - XtOffsetOf(php_sw_colock_t, std));
}

static zend_object *colock_create(zend_class_entry *ce)
{
    php_sw_colock_t *l = php_sw_object_new(ce, sizeof *l, XtOffsetOf(php_sw_colock_t, std),
                                           &colock_handlers);

    l->local = 0;
    l->word = &l->local;
    l->shared = l->constructed = false;
    l->owner_pid = 0;
    l->owner_cid = 0;
    l->waiters.head = l->waiters.tail = NULL;
    return &l->std;
}

/* A process-local lock is copied by fork with its holder, as the coroutines are; a
 * shared one stays held by the process that took it. */
static bool colock_mine(const php_sw_colock_t *l)
{
    return l->owner_pid && l->owner_cid == sw_coro_current_id() &&
           (!l->shared || l->owner_pid == getpid());
}

static bool colock_take_word(php_sw_colock_t *l)
{
    uint32_t zero = 0;

    return __atomic_compare_exchange_n(l->word, &zero, 1, false, __ATOMIC_ACQUIRE,
                                       __ATOMIC_RELAXED);
}

/* The lock (already taken for it) goes to w, which runs at once. */
static void colock_grant(colock_waiter_t *w)
{
    php_sw_colock_t *l = w->lock;

    php_sw_queue_unlink(&w->link);
    w->granted = true;
    l->owner_pid = getpid();
    l->owner_cid = sw_coro_id(w->co);
    sw_coro_resume(w->co);
}

static void colock_poll(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    colock_waiter_t *w = arg;

    (void)timer;
    w->poll = NULL;
    /* Waiters of this process are served in order: only the first one tries the word. */
    if (&w->link == w->lock->waiters.head && colock_take_word(w->lock)) {
        colock_grant(w);
        return;
    }
    if (w->lock->owner_pid == getpid())
        return;  /* held here: its unlock() hands it over, no need to look */
    if (w->poll_ms < 16)
        w->poll_ms *= 2;
    w->poll = sw_timer_add(loop, w->poll_ms, false, colock_poll, w);
}

static bool colock_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    php_sw_queue_unlink(arg);
    return true;
}

static void colock_release(php_sw_colock_t *l)
{
    if (l->waiters.head) {
        colock_grant((colock_waiter_t *)l->waiters.head);  /* the word stays 1: handed over */
        return;
    }
    l->owner_pid = 0;
    l->owner_cid = 0;
    __atomic_store_n(l->word, 0, __ATOMIC_RELEASE);
}

static void colock_free(zend_object *obj)
{
    php_sw_colock_t *l = colock_of(obj);

    /* No coroutine waits here (a waiter's frame holds the object); a hold of this
     * process must not outlive it in the shared word. */
    if (l->shared) {
        if (l->owner_pid == getpid())
            __atomic_store_n(l->word, 0, __ATOMIC_RELEASE);
        sw_shm_cell_free(l->word);
    }
    l->word = &l->local;
    zend_object_std_dtor(obj);
}

static void colock_fail(zend_execute_data *execute_data, zval *return_value, int code)
{
    zend_update_property_long(colock_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("errCode"), code);
    php_sw_set_last_error(code);
    RETURN_FALSE;
}

ZEND_METHOD(Swoole_Coroutine_Lock, __construct)
{
    bool shared = false;
    php_sw_colock_t *l = colock_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(shared)
    ZEND_PARSE_PARAMETERS_END();
    if (l->constructed) {
        zend_throw_error(php_sw_error_ce, "Constructor of %s can only be called once",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    l->constructed = true;
    if (shared) {
        uint32_t *w = sw_shm_cell_alloc();
        if (!w) {
            zend_throw_exception_ex(php_sw_exception_ce, sw_error_code(), "%s", sw_error_msg());
            RETURN_THROWS();
        }
        l->word = w;
        l->shared = true;
    }
}

ZEND_METHOD(Swoole_Coroutine_Lock, lock)
{
    php_sw_colock_t *l = colock_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (colock_mine(l)) {
        colock_fail(execute_data, return_value, EDEADLK);
        return;
    }
    if (!l->waiters.head && colock_take_word(l)) {
        l->owner_pid = getpid();
        l->owner_cid = sw_coro_current_id();
        RETURN_TRUE;
    }
    if (!php_sw_coro_require(colock_what))
        RETURN_THROWS();

    colock_waiter_t w = {.lock = l, .co = sw_coro_current(), .poll_ms = 1};
    php_sw_queue_push(&l->waiters, &w.link);
    /* A holder in another process cannot wake us: look at the word now and then. One in
     * this process hands the lock over (and a timer would hide a deadlock from the
     * report at exit). */
    if (l->shared && l->owner_pid != getpid())
        w.poll = sw_timer_add(sw_loop_default(), w.poll_ms, false, colock_poll, &w);
    sw_coro_yield_ex(colock_what, colock_cancel, &w);
    if (w.poll)
        sw_timer_cancel(sw_loop_default(), w.poll);
    php_sw_queue_unlink(&w.link);
    if (php_sw_coro_unwinding()) {
        if (w.granted)
            colock_release(l);
        RETURN_THROWS();
    }
    if (!w.granted) {
        colock_fail(execute_data, return_value, ECANCELED);
        return;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Lock, trylock)
{
    php_sw_colock_t *l = colock_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (colock_mine(l)) {
        colock_fail(execute_data, return_value, EDEADLK);
        return;
    }
    if (l->waiters.head || !colock_take_word(l)) {
        colock_fail(execute_data, return_value, EBUSY);
        return;
    }
    l->owner_pid = getpid();
    l->owner_cid = sw_coro_current_id();
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine_Lock, unlock)
{
    php_sw_colock_t *l = colock_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (!colock_mine(l)) {
        colock_fail(execute_data, return_value, EPERM);
        return;
    }
    colock_release(l);
    RETURN_TRUE;
}

void php_sw_lock_minit(int module_number)
{
    memcpy(&colock_handlers, zend_get_std_object_handlers(), sizeof colock_handlers);
    colock_handlers.offset = XtOffsetOf(php_sw_colock_t, std);
    colock_handlers.free_obj = colock_free;
    colock_handlers.clone_obj = NULL;
    colock_ce = register_class_Swoole_Coroutine_Lock();
    colock_ce->create_object = colock_create;
    php_sw_class_alias(colock_ce, "Co\\Lock", true);

    memcpy(&lock_handlers, zend_get_std_object_handlers(), sizeof lock_handlers);
    lock_handlers.offset = XtOffsetOf(php_sw_lock_t, std);
    lock_handlers.free_obj = lock_free;
    lock_handlers.clone_obj = NULL;  /* a copy would release the original's holds */

    lock_ce = register_class_Swoole_Lock();
    lock_ce->create_object = lock_create;
    php_sw_class_alias(lock_ce, "swoole_lock", false);

    REGISTER_LONG_CONSTANT("SWOOLE_FILELOCK", 2, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_MUTEX", SW_LOCK_MUTEX, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_SEM", SW_LOCK_SEM, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_RWLOCK", SW_LOCK_RWLOCK, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_SPINLOCK", SW_LOCK_SPINLOCK, CONST_CS | CONST_PERSISTENT);
}
