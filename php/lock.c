/* lock.c — Swoole\Lock: a mutex, readers-writer lock, spinlock or semaphore shared by the
 * processes forked after it is made (core/lock.c).
 *
 * Every wait blocks the whole process, coroutines included, as in Swoole: these locks are
 * for code outside coroutines, or for critical sections that never yield. A failure sets
 * $errCode and swoole_last_error() to the errno value (EBUSY, ETIMEDOUT, EDEADLK for a lock
 * this process already holds, EPERM for releasing one it does not). */
#include "php_swoole.h"
#include "lock_arginfo.h"
#include "sw_lock.h"

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

void php_sw_lock_minit(int module_number)
{
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
