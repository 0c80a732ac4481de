/* channel.c — Swoole\Coroutine\Channel (alias chan): the core channel carrying zvals.
 *
 * A queued element is the zval itself (16 bytes copied into the core's ring, one
 * reference held), so push and pop never allocate in steady state. The public
 * properties `capacity` and `errCode` are declared in the stub; errCode is rewritten
 * after every push and pop with the result of that operation (SWOOLE_CHANNEL_*). */
#include "php_swoole.h"
#include "channel_arginfo.h"

typedef struct {
    sw_chan_t *chan;
    zend_object std;
} php_sw_channel_t;

static zend_class_entry *channel_ce;
static zend_object_handlers channel_handlers;

enum { PROP_CAPACITY = 0, PROP_ERRCODE = 1 };  /* declaration order in the stub */

static inline php_sw_channel_t *channel_from(zend_object *obj)
{
    return (php_sw_channel_t *)((char *)obj - XtOffsetOf(php_sw_channel_t, std));
}

static zend_object *channel_create(zend_class_entry *ce)
{
    php_sw_channel_t *c = php_sw_object_new(ce, sizeof *c,
                                            XtOffsetOf(php_sw_channel_t, std), &channel_handlers);

    c->chan = NULL;
    return &c->std;
}

static void channel_drain(sw_chan_t *ch)
{
    zval v;

    while (sw_chan_length(ch) && sw_chan_pop(ch, &v, 0) == SW_CHAN_OK)
        zval_ptr_dtor(&v);
}

static void channel_free(zend_object *obj)
{
    php_sw_channel_t *c = channel_from(obj);

    if (c->chan) {
        channel_drain(c->chan);
        sw_chan_free(c->chan);
        c->chan = NULL;
    }
    zend_object_std_dtor(obj);
}

/* Queued values are reachable from the channel: the cycle collector must see them. */
static HashTable *channel_get_gc(zend_object *obj, zval **table, int *n)
{
    php_sw_channel_t *c = channel_from(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();

    if (c->chan) {
        for (size_t i = 0, len = sw_chan_length(c->chan); i < len; i++)
            zend_get_gc_buffer_add_zval(buf, (zval *)sw_chan_peek(c->chan, i));
    }
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

/* The property slot is written in place while it holds a plain int (the hot path);
 * anything else (a reference, an unset slot) goes through the regular write. */
static void set_errcode(zend_object *obj, zend_long code)
{
    zval *slot = OBJ_PROP_NUM(obj, PROP_ERRCODE);

    if (EXPECTED(Z_TYPE_P(slot) == IS_LONG))
        Z_LVAL_P(slot) = code;
    else
        zend_update_property_long(channel_ce, obj, ZEND_STRL("errCode"), code);
}

static sw_chan_t *channel_get(zend_object *obj)
{
    sw_chan_t *ch = channel_from(obj)->chan;

    if (UNEXPECTED(!ch))
        zend_throw_error(php_sw_error_ce, "Channel is not initialized (the constructor was not called)");
    return ch;
}

/* Swoole's channel timeouts: only a positive value limits the wait (0 waits forever too). */
static long channel_timeout_ms(double timeout)
{
    return timeout > 0 ? php_sw_timeout_ms(timeout) : -1;
}

ZEND_METHOD(Swoole_Coroutine_Channel, __construct)
{
    zend_long size = 1;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(size)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_channel_t *c = channel_from(Z_OBJ_P(ZEND_THIS));
    if (c->chan) {
        zend_throw_error(php_sw_error_ce, "Channel is already constructed");
        RETURN_THROWS();
    }
    if (size < 1)
        size = 1;  /* as Swoole: a non-positive size means an unbuffered-like channel of 1 */
    if (size > INT32_MAX) {
        zend_argument_value_error(1, "must be less than or equal to %d", INT32_MAX);
        RETURN_THROWS();
    }
    if (!(c->chan = sw_chan_new((size_t)size, sizeof(zval)))) {
        zend_throw_error(php_sw_error_ce, "%s", sw_error_msg());
        RETURN_THROWS();
    }
    zend_update_property_long(channel_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("capacity"), size);
}

/* push() and pop() end here by a tail call, and reach the core from its one call site:
 * a producer and a consumer handing off to each other then leave and re-enter through the
 * same frames up to the VM, which the CPU's return prediction gets right. data: the value
 * to push; NULL: pop into return_value. */
static __attribute__((noinline)) void channel_op(zval *return_value, zend_object *obj,
                                                 zval *data, double timeout)
{
    sw_chan_t *ch = channel_get(obj);
    bool push = data != NULL;

    if (!ch || !php_sw_coro_require(push ? "Channel::push()" : "Channel::pop()"))
        RETURN_THROWS();

    zval v;
    if (push)
        ZVAL_COPY(&v, data);
    void *elem = push ? (void *)&v : (void *)return_value;
    long timeout_ms = channel_timeout_ms(timeout);
    SW_OPAQUE(push);  /* one call site for both: see sw_coro.h */
    int rc = sw_chan_op(ch, elem, timeout_ms, push);
    SW_OPAQUE(push);
    if (push) {
        if (rc != SW_CHAN_OK) {
            zval_ptr_dtor(&v);
            if (rc == SW_CHAN_NOMEM)
                php_sw_error_from_core(E_WARNING);
        }
        set_errcode(obj, rc);
        if (php_sw_coro_unwinding())
            RETURN_THROWS();
        RETURN_BOOL(rc == SW_CHAN_OK);
    }
    set_errcode(obj, rc);
    if (php_sw_coro_unwinding()) {
        if (rc == SW_CHAN_OK)
            zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
    if (rc != SW_CHAN_OK)
        RETURN_FALSE;
}

/* The arguments, parsed apart (a local whose address the parser takes would keep the
 * methods from ending in a tail call); returned in registers. data is NULL if parsing
 * threw. */
typedef struct {
    zval *data;
    double timeout;
} chan_args_t;

static __attribute__((noinline)) chan_args_t push_args(zend_execute_data *execute_data)
{
    chan_args_t a = {NULL, -1};
    zval *data;
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END_EX(return a);
    a.data = data;
    a.timeout = timeout;
    return a;
}

/* data is set to a non-NULL marker on success (pop has no value argument). */
static __attribute__((noinline)) chan_args_t pop_args(zend_execute_data *execute_data)
{
    chan_args_t a = {NULL, -1};
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END_EX(return a);
    a.data = ZEND_THIS;
    a.timeout = timeout;
    return a;
}

ZEND_METHOD(Swoole_Coroutine_Channel, push)
{
    chan_args_t a = push_args(execute_data);
    if (!a.data)
        RETURN_THROWS();
    channel_op(return_value, Z_OBJ_P(ZEND_THIS), a.data, a.timeout);
}

ZEND_METHOD(Swoole_Coroutine_Channel, pop)
{
    chan_args_t a = pop_args(execute_data);
    if (!a.data)
        RETURN_THROWS();
    channel_op(return_value, Z_OBJ_P(ZEND_THIS), NULL, a.timeout);
}

ZEND_METHOD(Swoole_Coroutine_Channel, isEmpty)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_chan_t *ch = channel_get(Z_OBJ_P(ZEND_THIS));
    if (!ch)
        RETURN_THROWS();
    RETURN_BOOL(sw_chan_length(ch) == 0);
}

ZEND_METHOD(Swoole_Coroutine_Channel, isFull)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_chan_t *ch = channel_get(Z_OBJ_P(ZEND_THIS));
    if (!ch)
        RETURN_THROWS();
    RETURN_BOOL(sw_chan_length(ch) == sw_chan_capacity(ch));
}

ZEND_METHOD(Swoole_Coroutine_Channel, length)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_chan_t *ch = channel_get(Z_OBJ_P(ZEND_THIS));
    if (!ch)
        RETURN_THROWS();
    RETURN_LONG((zend_long)sw_chan_length(ch));
}

/* Wakes every waiter (push and pop return false, errCode SWOOLE_CHANNEL_CLOSED); values
 * still queued can be popped. Closing twice returns false. */
ZEND_METHOD(Swoole_Coroutine_Channel, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_chan_t *ch = channel_get(Z_OBJ_P(ZEND_THIS));
    if (!ch)
        RETURN_THROWS();
    if (sw_chan_closed(ch))
        RETURN_FALSE;
    RETURN_BOOL(sw_chan_close(ch) == 0);
}

ZEND_METHOD(Swoole_Coroutine_Channel, stats)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_chan_t *ch = channel_get(Z_OBJ_P(ZEND_THIS));
    if (!ch)
        RETURN_THROWS();
    array_init_size(return_value, 3);
    add_assoc_long(return_value, "consumer_num", (zend_long)sw_chan_consumers(ch));
    add_assoc_long(return_value, "producer_num", (zend_long)sw_chan_producers(ch));
    add_assoc_long(return_value, "queue_num", (zend_long)sw_chan_length(ch));
}

void php_sw_channel_minit(int module_number)
{
    (void)module_number;
    channel_ce = register_class_Swoole_Coroutine_Channel();
    channel_ce->create_object = channel_create;
    memcpy(&channel_handlers, zend_get_std_object_handlers(), sizeof channel_handlers);
    channel_handlers.offset = XtOffsetOf(php_sw_channel_t, std);
    channel_handlers.free_obj = channel_free;
    channel_handlers.get_gc = channel_get_gc;
    channel_handlers.clone_obj = NULL;
    php_sw_class_alias(channel_ce, "Co\\Channel", true);
    php_sw_class_alias(channel_ce, "chan", true);
}
