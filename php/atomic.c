/* atomic.c — Swoole\Atomic (an unsigned 32-bit counter, with wait/wakeup) and
 * Swoole\Atomic\Long (a signed 64-bit counter): lock-free counters in shared memory, so a
 * counter made before a server forks its workers is one counter for all of them.
 *
 * Each object takes its word (a shared cell, sw_shm_cell_alloc) when it is made, not in the
 * constructor, so an object made without its constructor is still usable.
 *
 * wait()/wakeup() make the 32-bit counter a flag between processes, as in Swoole: wakeup()
 * turns 0 into 1 and wakes sleepers; wait() turns 1 into 0, sleeping (a futex: the whole
 * process, coroutines included) until there is a 1 to take or the timeout passes. */
#include "php_swoole.h"
#include "atomic_arginfo.h"
#include "sw_shm.h"

#include <errno.h>
#include <limits.h>

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

    a->word = sw_shm_cell_alloc();  /* zeroed */
    return &a->std;
}

static void atomic_free(zend_object *obj)
{
    php_sw_atomic_t *a = atomic_of(obj);

    sw_shm_cell_free(a->word);
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

/* ---- the methods both classes have: wide is the 64-bit counter --------------------- */

/* __construct() and set(). */
static zend_always_inline void counter_store(zend_execute_data *execute_data, bool wide,
                                             zend_long value)
{
    void *w = word_of(execute_data);

    if (!w)
        return;
    if (wide)
        __atomic_store_n((int64_t *)w, (int64_t)value, __ATOMIC_SEQ_CST);
    else
        __atomic_store_n((uint32_t *)w, (uint32_t)value, __ATOMIC_SEQ_CST);
}

/* The constructor's value is optional, set()'s is not. (Z_PARAM_OPTIONAL in front of a
 * required parameter is undefined in a release PHP: ZPP assumes it never happens.) */
static zend_always_inline void counter_construct(INTERNAL_FUNCTION_PARAMETERS, bool wide)
{
    zend_long value = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    counter_store(execute_data, wide, value);
}

static zend_always_inline void counter_set(INTERNAL_FUNCTION_PARAMETERS, bool wide)
{
    zend_long value;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    counter_store(execute_data, wide, value);
}

/* add() and sub(): the new value. Both widths wrap around (unsigned arithmetic). */
static zend_always_inline void counter_add(INTERNAL_FUNCTION_PARAMETERS, bool wide, bool negate)
{
    zend_long delta = 1;
    void *w;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(delta)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    zend_ulong d = negate ? 0 - (zend_ulong)delta : (zend_ulong)delta;
    if (wide)
        RETURN_LONG((zend_long)__atomic_add_fetch((uint64_t *)w, (uint64_t)d, __ATOMIC_SEQ_CST));
    RETURN_LONG(__atomic_add_fetch((uint32_t *)w, (uint32_t)d, __ATOMIC_SEQ_CST));
}

static zend_always_inline void counter_get(INTERNAL_FUNCTION_PARAMETERS, bool wide)
{
    void *w;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    if (wide)
        RETURN_LONG(__atomic_load_n((int64_t *)w, __ATOMIC_SEQ_CST));
    RETURN_LONG(__atomic_load_n((uint32_t *)w, __ATOMIC_SEQ_CST));
}

static zend_always_inline void counter_cmpset(INTERNAL_FUNCTION_PARAMETERS, bool wide)
{
    zend_long cmp, value;
    void *w;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(cmp)
        Z_PARAM_LONG(value)
    ZEND_PARSE_PARAMETERS_END();
    if (!(w = word_of(execute_data)))
        RETURN_THROWS();
    if (wide) {
        int64_t expected = cmp;
        RETURN_BOOL(__atomic_compare_exchange_n((int64_t *)w, &expected, (int64_t)value, false,
                                                __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    }
    uint32_t expected = (uint32_t)cmp;
    RETURN_BOOL(__atomic_compare_exchange_n((uint32_t *)w, &expected, (uint32_t)value, false,
                                            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
}

ZEND_METHOD(Swoole_Atomic, __construct) { counter_construct(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Atomic, set) { counter_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Atomic, add) { counter_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, false); }
ZEND_METHOD(Swoole_Atomic, sub) { counter_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false, true); }
ZEND_METHOD(Swoole_Atomic, get) { counter_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Atomic, cmpset) { counter_cmpset(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }

ZEND_METHOD(Swoole_Atomic_Long, __construct) { counter_construct(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }
ZEND_METHOD(Swoole_Atomic_Long, set) { counter_set(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }
ZEND_METHOD(Swoole_Atomic_Long, add) { counter_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, false); }
ZEND_METHOD(Swoole_Atomic_Long, sub) { counter_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true, true); }
ZEND_METHOD(Swoole_Atomic_Long, get) { counter_get(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }
ZEND_METHOD(Swoole_Atomic_Long, cmpset) { counter_cmpset(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

/* ---- Swoole\Atomic as a flag between processes: wait() / wakeup() ------------------- */

static bool take_flag(uint32_t *w)
{
    uint32_t one = 1;

    return __atomic_compare_exchange_n(w, &one, 0, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

/* Only a positive timeout limits the wait (Swoole's rule). As in Swoole, a sleeper woken by
 * wakeup(n) returns at once, true if it took the 1, false if another sleeper took it first:
 * wakeup(n) lets n sleepers go on. */
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
    if (take_flag(w))
        RETURN_TRUE;
    int rc = sw_futex_wait(w, 0, timeout > 0 ? timeout : -1);
    if (take_flag(w))
        RETURN_TRUE;
    if (rc == -EAGAIN && __atomic_load_n(w, __ATOMIC_SEQ_CST) > 1)
        rc = -EINVAL;  /* not a flag: a counter above 1 never becomes a 1 to take */
    if (rc < 0 && rc != -EAGAIN)
        php_sw_set_last_error(-rc);  /* ETIMEDOUT, EINTR, EINVAL */
    RETURN_FALSE;
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
