/* atomic.c — Swoole\Atomic (an unsigned 32-bit counter, with wait/wakeup) and
 * Swoole\Atomic\Long (a signed 64-bit counter): lock-free counters in shared memory, so a
 * counter made before a server forks its workers is one counter for all of them.
 *
 * Each object maps its own word (sw_shm_alloc) when it is made, not in the constructor, so
 * an object made without its constructor is still usable. A page per counter keeps the
 * ownership obvious across fork: unmapping in one process never touches another's.
 *
 * wait()/wakeup() make the 32-bit counter a flag between processes, as in Swoole: wakeup()
 * turns 0 into 1 and wakes sleepers; wait() turns 1 into 0, sleeping (a futex: the whole
 * process, coroutines included) until there is a 1 to take or the timeout passes. */
#include "php_swoole.h"
#include "atomic_arginfo.h"
#include "sw_shm.h"

#include <errno.h>
#include <limits.h>
#include <time.h>

typedef struct {
    void *word;              /* uint32_t or int64_t in shared memory; NULL if mapping failed */
    zend_object std;
} php_sw_atomic_t;

static zend_class_entry *atomic_ce, *atomic_long_ce;
static zend_object_handlers atomic_handlers;

static inline php_sw_atomic_t *atomic_of(zend_object *obj)
{
    return (php_sw_atomic_t *)((char *)obj - XtOffsetOf(php_sw_atomic_t, std));
}

static zend_object *atomic_create(zend_class_entry *ce)
{
    php_sw_atomic_t *a = php_sw_object_new(ce, sizeof *a, XtOffsetOf(php_sw_atomic_t, std),
                                           &atomic_handlers);

    a->word = sw_shm_alloc(sizeof(int64_t));  /* zeroed */
    return &a->std;
}

static void atomic_free(zend_object *obj)
{
    php_sw_atomic_t *a = atomic_of(obj);

    sw_shm_free(a->word, sizeof(int64_t));
    a->word = NULL;
    zend_object_std_dtor(obj);
}

/* The counter of $this; NULL with an Error thrown when its memory could not be mapped. */
static void *word_of(zend_execute_data *execute_data)
{
    void *w = atomic_of(Z_OBJ_P(ZEND_THIS))->word;

    if (UNEXPECTED(!w))
        zend_throw_error(php_sw_error_ce, "%s has no shared memory: %s",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name), sw_error_msg());
    return w;
}

/* ---- Swoole\Atomic: uint32 ---------------------------------------------------------- */

ZEND_METHOD(Swoole_Atomic, __construct)
{
    zend_long value = 0;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if ((w = word_of(execute_data)))
        __atomic_store_n(w, (uint32_t)value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(Swoole_Atomic, add)
{
    zend_long delta = 1;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(__atomic_add_fetch(w, (uint32_t)delta, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(Swoole_Atomic, sub)
{
    zend_long delta = 1;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(__atomic_sub_fetch(w, (uint32_t)delta, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(Swoole_Atomic, get)
{
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(__atomic_load_n(w, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(Swoole_Atomic, set)
{
    zend_long value;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if ((w = word_of(execute_data)))
        __atomic_store_n(w, (uint32_t)value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(Swoole_Atomic, cmpset)
{
    zend_long cmp, value;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(cmp)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    uint32_t expected = (uint32_t)cmp;
    RETURN_BOOL(__atomic_compare_exchange_n(w, &expected, (uint32_t)value, false,
                                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
}

static bool take_flag(uint32_t *w)
{
    uint32_t one = 1;

    return __atomic_compare_exchange_n(w, &one, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

static double monotonic_s(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Only a positive timeout limits the wait (Swoole's rule). A wakeup that another waiter
 * took first, or a spurious return of the futex, sends it back to sleep for what is left. */
ZEND_METHOD(Swoole_Atomic, wait)
{
    double timeout = 1.0;
    uint32_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();

    double deadline = timeout > 0 ? monotonic_s() + timeout : 0;
    for (;;) {
        if (take_flag(w))
            RETURN_TRUE;
        double left = -1;
        if (timeout > 0 && (left = deadline - monotonic_s()) <= 0) {
            php_sw_set_last_error(ETIMEDOUT);
            RETURN_FALSE;
        }
        int rc = sw_futex_wait(w, 0, left);
        if (rc == -EAGAIN && __atomic_load_n(w, __ATOMIC_SEQ_CST) > 1) {
            /* Not a flag: a counter above 1 never becomes a 1 to take by wakeup(). */
            php_sw_set_last_error(EINVAL);
            RETURN_FALSE;
        }
        if (rc == -EINTR) {
            if (take_flag(w))
                RETURN_TRUE;
            php_sw_set_last_error(EINTR);
            RETURN_FALSE;
        }
    }
}

ZEND_METHOD(Swoole_Atomic, wakeup)
{
    zend_long n = 1;
    uint32_t *w;
    uint32_t zero = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(n)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    /* Already 1: a wakeup is pending, nobody more to wake. */
    if (__atomic_compare_exchange_n(w, &zero, 1, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        sw_futex_wake(w, n < 1 ? 1 : n > INT_MAX ? INT_MAX : (int)n);
    RETURN_TRUE;
}

/* ---- Swoole\Atomic\Long: int64 ------------------------------------------------------ */

ZEND_METHOD(Swoole_Atomic_Long, __construct)
{
    zend_long value = 0;
    int64_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if ((w = word_of(execute_data)))
        __atomic_store_n(w, (int64_t)value, __ATOMIC_SEQ_CST);
}

/* Wraps around on overflow, as the 32-bit counter does (unsigned arithmetic, then back). */
static int64_t long_add(int64_t *w, zend_long delta)
{
    uint64_t old = __atomic_fetch_add((uint64_t *)w, (uint64_t)delta, __ATOMIC_SEQ_CST);

    return (int64_t)(old + (uint64_t)delta);
}

ZEND_METHOD(Swoole_Atomic_Long, add)
{
    zend_long delta = 1;
    int64_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(long_add(w, delta));
}

ZEND_METHOD(Swoole_Atomic_Long, sub)
{
    zend_long delta = 1;
    int64_t *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(long_add(w, (zend_long)(0 - (zend_ulong)delta)));
}

ZEND_METHOD(Swoole_Atomic_Long, get)
{
    int64_t *w;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    RETURN_LONG(__atomic_load_n(w, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(Swoole_Atomic_Long, set)
{
    zend_long value;
    int64_t *w;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if ((w = word_of(execute_data)))
        __atomic_store_n(w, (int64_t)value, __ATOMIC_SEQ_CST);
}

ZEND_METHOD(Swoole_Atomic_Long, cmpset)
{
    zend_long cmp, value;
    int64_t *w;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(cmp)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    int64_t expected = cmp;
    RETURN_BOOL(__atomic_compare_exchange_n(w, &expected, (int64_t)value, false,
                                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
}

void php_sw_atomic_minit(int module_number)
{
    (void)module_number;
    memcpy(&atomic_handlers, zend_get_std_object_handlers(), sizeof atomic_handlers);
    atomic_handlers.offset = XtOffsetOf(php_sw_atomic_t, std);
    atomic_handlers.free_obj = atomic_free;
    atomic_handlers.clone_obj = NULL;  /* a copy could not be the same shared counter */

    atomic_ce = register_class_Swoole_Atomic();
    atomic_ce->create_object = atomic_create;
    atomic_long_ce = register_class_Swoole_Atomic_Long();
    atomic_long_ce->create_object = atomic_create;

    php_sw_class_alias(atomic_ce, "swoole_atomic", false);
    php_sw_class_alias(atomic_long_ce, "swoole_atomic_long", false);
}
