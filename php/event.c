/* event.c — Swoole\Event and the swoole_event_* functions: PHP streams, sockets and raw
 * fds watched by the default loop, deferred callbacks, the per-iteration callback, and
 * running or leaving the loop by hand.
 *
 * Read and write callbacks run in a new coroutine (as Swoole does with
 * swoole.enable_coroutine on, the default) and receive what was added (the stream, the
 * socket or the fd). Event::write() queues data that could not be written at once and
 * flushes it when the fd becomes writable, without calling the write callback. */
#include "php_swoole.h"
#include "event_arginfo.h"
#include <fcntl.h>

#include "main/php_network.h"
/* Only the layout of ext/sockets' object is used, not its symbols: the header hides it
 * unless told the extension is there. */
#ifndef HAVE_SOCKETS
#define HAVE_SOCKETS 1
#endif
#include "ext/sockets/php_sockets.h"

typedef struct {
    sw_io_t io;
    zval target;                 /* what was added, passed to the callbacks */
    php_sw_callback_t read_cb;   /* callable IS_UNDEF when absent */
    php_sw_callback_t write_cb;
    unsigned events;             /* the user's interest */
    unsigned busy;               /* callbacks being dispatched */
    bool removed;                /* deleted during a dispatch: freed when it ends */
    zend_string *pending;        /* Event::write() data not written yet */
    size_t pending_off;
} php_event_t;

static php_event_t **events;     /* by fd */
static int events_cap;
static int events_num;
/* The watcher whose callbacks on_io() is running (the loop does not nest). A callback that
 * ends the process (exit(), an uncaught exception or a fatal error at the root) never
 * returns to on_io(): the request's end frees the watcher then. */
static php_event_t *event_firing;

/* Event::defer() callbacks run in the loop's next deferred phase, through one core defer
 * per batch, so that a request can drop what is left without the loop keeping pointers. */
static zend_llist defers;
static zend_llist defers_batch;    /* the batch run_defers() is going through */
static bool defers_batch_live;
static bool defers_init, defer_scheduled;

static php_sw_callback_t cycle_cb;
static long cycle_id;

static zend_class_entry *event_ce;

/* ---- fds from PHP values ---------------------------------------------------------------- */

int php_sw_zval_to_fd(zval *zv)
{
    ZVAL_DEREF(zv);
    switch (Z_TYPE_P(zv)) {
    case IS_LONG:
        if (Z_LVAL_P(zv) >= 0 && Z_LVAL_P(zv) <= INT_MAX)
            return (int)Z_LVAL_P(zv);
        break;
    case IS_RESOURCE: {
        php_stream *stream;
        php_socket_t fd;
        if ((stream = (php_stream *)zend_fetch_resource2_ex(zv, NULL, php_file_le_stream(),
                                                             php_file_le_pstream())) &&
            php_stream_cast(stream, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL,
                            (void **)&fd, 1) == SUCCESS && fd >= 0)
            return (int)fd;
        break;
    }
    case IS_OBJECT: {
        zend_class_entry *ce = Z_OBJCE_P(zv);
        /* ext/sockets' Socket: its struct is public, its symbols need not be loaded. */
        if (ce->type == ZEND_INTERNAL_CLASS && zend_string_equals_literal(ce->name, "Socket") &&
            ce->info.internal.module &&
            strcmp(ce->info.internal.module->name, "sockets") == 0)
            return socket_from_obj(Z_OBJ_P(zv))->bsd_socket;
        /* Our own socket-like objects expose their descriptor as `fd`. */
        zval rv, *prop = zend_read_property(ce, Z_OBJ_P(zv), ZEND_STRL("fd"), 1, &rv);
        zval *fd = prop;
        int n = -1;
        ZVAL_DEREF(fd);
        if (Z_TYPE_P(fd) == IS_LONG && Z_LVAL_P(fd) >= 0 && Z_LVAL_P(fd) <= INT_MAX)
            n = (int)Z_LVAL_P(fd);
        if (prop == &rv)
            zval_ptr_dtor(&rv);  /* a value made by __get() is ours to release */
        if (n >= 0)
            return n;
        break;
    }
    default:
        break;
    }
    php_error_docref(NULL, E_WARNING, "fd argument must be either valid PHP stream or valid PHP socket resource");
    return -1;
}

/* ---- the table of watched fds ---------------------------------------------------------- */

static php_event_t *event_find(int fd)
{
    return fd >= 0 && fd < events_cap ? events[fd] : NULL;
}

/* The watcher of what a PHP value designates, or NULL with a warning. */
static php_event_t *event_of(zval *target)
{
    int fd = php_sw_zval_to_fd(target);
    php_event_t *ev;

    if (fd < 0)
        return NULL;
    if (!(ev = event_find(fd)))
        php_error_docref(NULL, E_WARNING, "socket[%d] is not found in the reactor", fd);
    return ev;
}

static void event_free(php_event_t *ev)
{
    if (Z_TYPE(ev->read_cb.callable) != IS_UNDEF)
        php_sw_callback_dtor(&ev->read_cb);
    if (Z_TYPE(ev->write_cb.callable) != IS_UNDEF)
        php_sw_callback_dtor(&ev->write_cb);
    if (ev->pending)
        zend_string_release(ev->pending);
    zval_ptr_dtor(&ev->target);
    efree(ev);
}

static void event_remove(php_event_t *ev)
{
    sw_io_stop(sw_loop_default(), &ev->io);
    events[ev->io.fd] = NULL;
    events_num--;
    if (ev->busy)
        ev->removed = true;
    else
        event_free(ev);
}

/* The interest the loop must have: the user's, plus writable while data is queued. */
static int event_apply(php_event_t *ev)
{
    unsigned want = ev->events | (ev->pending ? SW_EV_WRITE : 0);
    sw_loop_t *loop = sw_loop_default();

    if (!want)
        return sw_io_stop(loop, &ev->io);
    return sw_io_start(loop, &ev->io, want);
}

/* Writes queued data; returns false if the fd failed (the data is dropped). */
static bool event_flush(php_event_t *ev)
{
    while (ev->pending) {
        size_t left = ZSTR_LEN(ev->pending) - ev->pending_off;
        ssize_t n = write(ev->io.fd, ZSTR_VAL(ev->pending) + ev->pending_off, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return true;
        if (n < 0) {
            int err = errno;
            /* Dropped before the warning: a user error handler may Event::del() this
             * watcher (freeing ev), so ev is not touched after it. */
            zend_string_release(ev->pending);
            ev->pending = NULL;
            ev->pending_off = 0;
            php_error_docref(NULL, E_WARNING, "write to fd %d failed: %s", ev->io.fd, strerror(err));
            return false;
        }
        ev->pending_off += (size_t)n;
        if (ev->pending_off == ZSTR_LEN(ev->pending)) {
            zend_string_release(ev->pending);
            ev->pending = NULL;
            ev->pending_off = 0;
        }
    }
    return true;
}

static void event_dispatch(php_event_t *ev, php_sw_callback_t *cb)
{
    ev->busy++;
    php_sw_callback_dispatch(cb, &ev->target, php_sw_settings.enable_coroutine);
    ev->busy--;
}

static void on_io(sw_loop_t *loop, sw_io_t *io, unsigned ready)
{
    php_event_t *ev = io->data;
    (void)loop;

    if (ready & SW_EV_ERROR)
        ready |= ev->events;  /* a hang-up or error is reported to whoever listens */
    ev->busy++;
    event_firing = ev;
    if ((ready & SW_EV_WRITE) && ev->pending) {
        event_flush(ev);
        if (!ev->pending && !ev->removed)
            event_apply(ev);
        ready &= ~(unsigned)SW_EV_WRITE;  /* the write callback waits for the queue */
    }
    if ((ready & SW_EV_READ) && (ev->events & SW_EV_READ) && !ev->removed)
        event_dispatch(ev, &ev->read_cb);
    if ((ready & SW_EV_WRITE) && (ev->events & SW_EV_WRITE) && !ev->removed)
        event_dispatch(ev, &ev->write_cb);
    event_firing = NULL;
    ev->busy--;
    if (ev->removed && !ev->busy)
        event_free(ev);
}

/* Parses the (fd, read, write, events) arguments shared by add() and set(). */
typedef struct {
    zval *target;
    zval *read, *write;
    zend_long events;
    int fd;
} event_args_t;

static bool event_args(INTERNAL_FUNCTION_PARAMETERS, event_args_t *a, zend_long default_events)
{
    a->read = a->write = NULL;
    a->events = default_events;
    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_ZVAL(a->target)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(a->read)
        Z_PARAM_ZVAL_OR_NULL(a->write)
        Z_PARAM_LONG(a->events)
    ZEND_PARSE_PARAMETERS_END_EX(return false);
    a->fd = php_sw_zval_to_fd(a->target);
    return a->fd >= 0;
}

/* Replaces a callback when a new one is given; false (with the exception thrown) if it
 * is not callable. */
static bool event_set_callback(php_sw_callback_t *cb, zval *callable)
{
    php_sw_callback_t fresh;

    if (!callable)
        return true;
    if (!php_sw_callback_init(&fresh, callable, 0, NULL))
        return false;
    if (Z_TYPE(cb->callable) != IS_UNDEF)
        php_sw_callback_dtor(cb);
    *cb = fresh;
    return true;
}

static bool event_check_callbacks(php_event_t *ev, int fd)
{
    if ((ev->events & SW_EV_READ) && Z_TYPE(ev->read_cb.callable) == IS_UNDEF) {
        php_error_docref(NULL, E_WARNING, "%s: unable to find read callback of fd [%d]",
                         get_active_function_name(), fd);
        return false;
    }
    if ((ev->events & SW_EV_WRITE) && Z_TYPE(ev->write_cb.callable) == IS_UNDEF) {
        php_error_docref(NULL, E_WARNING, "%s: unable to find write callback of fd [%d]",
                         get_active_function_name(), fd);
        return false;
    }
    return true;
}

static bool events_reserve(int fd)
{
    if (fd < events_cap)
        return true;
    int cap = events_cap ? events_cap : 64;
    while (cap <= fd)
        cap *= 2;
    events = erealloc(events, (size_t)cap * sizeof *events);
    memset(events + events_cap, 0, (size_t)(cap - events_cap) * sizeof *events);
    events_cap = cap;
    return true;
}

static void event_add(INTERNAL_FUNCTION_PARAMETERS)
{
    event_args_t a;
    php_event_t *ev;

    if (!event_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &a, PHP_SW_EVENT_READ))
        RETURN_FALSE;
    if (!a.read && !a.write) {
        php_error_docref(NULL, E_WARNING, "both read and write callbacks are empty");
        RETURN_FALSE;
    }
    if (event_find(a.fd)) {
        php_error_docref(NULL, E_WARNING, "fd [%d] has already been added to the event loop", a.fd);
        RETURN_FALSE;
    }
    if (!sw_loop_default()) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    ev = ecalloc(1, sizeof *ev);
    ZVAL_UNDEF(&ev->read_cb.callable);
    ZVAL_UNDEF(&ev->write_cb.callable);
    ZVAL_COPY(&ev->target, a.target);
    sw_io_init(&ev->io, a.fd, on_io, ev);
    ev->events = php_sw_events_to_core(a.events);
    if (!ev->events)
        ev->events = SW_EV_READ;
    if (!event_set_callback(&ev->read_cb, a.read) || !event_set_callback(&ev->write_cb, a.write)) {
        event_free(ev);
        RETURN_THROWS();
    }
    if (!event_check_callbacks(ev, a.fd)) {
        event_free(ev);
        RETURN_FALSE;
    }
    if (event_apply(ev) < 0) {
        php_sw_error_from_core(E_WARNING);
        event_free(ev);
        RETURN_FALSE;
    }
    /* As in Swoole: a watched fd is non-blocking, so callbacks and Event::write() never
     * stall the loop. */
    int fl = fcntl(a.fd, F_GETFL);
    if (fl >= 0 && !(fl & O_NONBLOCK))
        fcntl(a.fd, F_SETFL, fl | O_NONBLOCK);
    events_reserve(a.fd);
    events[a.fd] = ev;
    events_num++;
    if (!php_sw_loop_running())
        php_sw_loop_defer_to_shutdown();
    RETURN_LONG(a.fd);
}

static void event_set(INTERNAL_FUNCTION_PARAMETERS)
{
    event_args_t a;
    php_event_t *ev;

    if (!event_args(INTERNAL_FUNCTION_PARAM_PASSTHRU, &a, 0))
        RETURN_FALSE;
    if (!(ev = event_find(a.fd))) {
        php_error_docref(NULL, E_WARNING, "socket[%d] is not found in the reactor", a.fd);
        RETURN_FALSE;
    }
    if (!event_set_callback(&ev->read_cb, a.read) || !event_set_callback(&ev->write_cb, a.write))
        RETURN_THROWS();
    unsigned old = ev->events;
    if (a.events)
        ev->events = php_sw_events_to_core(a.events);
    if (!event_check_callbacks(ev, a.fd)) {
        ev->events = old;
        RETURN_FALSE;
    }
    if (event_apply(ev) < 0) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

static void event_del(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *target;
    php_event_t *ev;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(target)
    ZEND_PARSE_PARAMETERS_END();
    if (!(ev = event_of(target)))
        RETURN_FALSE;
    if (ev->pending) {
        /* Best effort, as a close would. Its warning may run an error handler that
         * deletes ev itself: the busy count keeps ev until we are done with it. */
        ev->busy++;
        event_flush(ev);
        ev->busy--;
        if (ev->removed) {
            if (!ev->busy)
                event_free(ev);
            RETURN_TRUE;
        }
    }
    event_remove(ev);
    RETURN_TRUE;
}

static void event_isset(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *target;
    zend_long want = PHP_SW_EVENT_READ | PHP_SW_EVENT_WRITE;
    php_event_t *ev;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(target)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(want)
    ZEND_PARSE_PARAMETERS_END();
    int fd = php_sw_zval_to_fd(target);
    ev = fd >= 0 ? event_find(fd) : NULL;
    RETURN_BOOL(ev && (ev->events & php_sw_events_to_core(want)));
}

static void event_write(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *target;
    zend_string *data;
    php_event_t *ev;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(target)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    if (!(ev = event_of(target)))
        RETURN_FALSE;
    if (ZSTR_LEN(data) == 0)
        RETURN_TRUE;
    if (ev->pending) {  /* keep the order: append behind what is queued */
        size_t old = ZSTR_LEN(ev->pending) - ev->pending_off;
        zend_string *s = zend_string_alloc(old + ZSTR_LEN(data), 0);
        memcpy(ZSTR_VAL(s), ZSTR_VAL(ev->pending) + ev->pending_off, old);
        memcpy(ZSTR_VAL(s) + old, ZSTR_VAL(data), ZSTR_LEN(data));
        ZSTR_VAL(s)[old + ZSTR_LEN(data)] = '\0';
        zend_string_release(ev->pending);
        ev->pending = s;
        ev->pending_off = 0;
        RETURN_TRUE;
    }
    ev->pending = zend_string_copy(data);
    ev->pending_off = 0;
    if (!event_flush(ev))
        RETURN_FALSE;
    if (ev->pending && event_apply(ev) < 0) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

/* ---- defer and cycle ---------------------------------------------------------------------- */

static void defer_item_dtor(void *p) { php_sw_callback_dtor(p); }

/* The batch is static, not on the stack: a callback that ends the process never returns
 * here, and the request's end still has to release the rest of the batch. */
static void run_defers(sw_loop_t *loop, void *arg)
{
    zend_llist_element *e;
    (void)loop;
    (void)arg;

    defer_scheduled = false;
    defers_batch = defers;  /* callbacks deferred by these ones wait for the next iteration */
    defers_batch_live = true;
    zend_llist_init(&defers, sizeof(php_sw_callback_t), defer_item_dtor, 0);
    for (e = defers_batch.head; e; e = e->next)
        php_sw_callback_dispatch((php_sw_callback_t *)e->data, NULL,
                                 php_sw_settings.enable_coroutine);
    defers_batch_live = false;
    zend_llist_destroy(&defers_batch);
}

static void event_defer(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *callable;
    php_sw_callback_t cb;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(callable)
    ZEND_PARSE_PARAMETERS_END();
    if (!php_sw_callback_init(&cb, callable, 0, NULL))
        RETURN_THROWS();
    if (!defer_scheduled) {
        if (!sw_loop_default() || sw_loop_defer(sw_loop_default(), run_defers, NULL) < 0) {
            php_sw_callback_dtor(&cb);
            php_sw_error_from_core(E_WARNING);
            RETURN_FALSE;
        }
        defer_scheduled = true;
    }
    zend_llist_add_element(&defers, &cb);
    if (!php_sw_loop_running())
        php_sw_loop_defer_to_shutdown();
    RETURN_TRUE;
}

static void run_cycle(sw_loop_t *loop, void *arg)
{
    (void)loop;
    (void)arg;
    php_sw_callback_dispatch(&cycle_cb, NULL, false);
}

static void cycle_remove(void)
{
    if (cycle_id > 0) {
        sw_loop_del_cycle(sw_loop_default(), cycle_id);
        cycle_id = 0;
        php_sw_callback_dtor(&cycle_cb);
    }
}

/* One per-iteration callback (as in Swoole); null removes it. */
static void event_cycle(INTERNAL_FUNCTION_PARAMETERS)
{
    zval *callable = NULL;
    bool before = false;
    php_sw_callback_t cb;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL_OR_NULL(callable)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(before)
    ZEND_PARSE_PARAMETERS_END();
    if (!callable) {
        if (cycle_id <= 0) {
            php_error_docref(NULL, E_WARNING, "cycle callback is not set");
            RETURN_FALSE;
        }
        cycle_remove();
        RETURN_TRUE;
    }
    if (!php_sw_callback_init(&cb, callable, 0, NULL))
        RETURN_THROWS();
    if (!sw_loop_default()) {
        php_sw_callback_dtor(&cb);
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    cycle_remove();
    cycle_cb = cb;
    cycle_id = sw_loop_add_cycle(sw_loop_default(), run_cycle, NULL, before);
    if (cycle_id < 0) {
        php_sw_callback_dtor(&cycle_cb);
        cycle_id = 0;
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

/* ---- running the loop by hand ---------------------------------------------------------------- */

static void event_wait(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_sw_loop_running() || sw_coro_current())
        return;  /* already inside the loop: nothing to start */
    php_sw_loop_run();
}

static void event_dispatch_once(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (php_sw_loop_running() || sw_coro_current()) {
        php_error_docref(NULL, E_WARNING, "the event loop is already running");
        RETURN_FALSE;
    }
    if (!sw_loop_default()) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    RETURN_BOOL(sw_loop_run_once(sw_loop_default(), true) == 0);
}

static void event_exit(INTERNAL_FUNCTION_PARAMETERS)
{
    ZEND_PARSE_PARAMETERS_NONE();
    if (sw_loop_default())
        sw_loop_stop(sw_loop_default());
}

ZEND_METHOD(Swoole_Event, add) { event_add(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, set) { event_set(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, del) { event_del(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, isset) { event_isset(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, write) { event_write(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, defer) { event_defer(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, cycle) { event_cycle(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, wait) { event_wait(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, rshutdown) { event_wait(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, dispatch) { event_dispatch_once(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_METHOD(Swoole_Event, exit) { event_exit(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_FUNCTION(swoole_event_add) { event_add(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_set) { event_set(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_del) { event_del(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_isset) { event_isset(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_write) { event_write(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_defer) { event_defer(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_cycle) { event_cycle(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_wait) { event_wait(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_dispatch) { event_dispatch_once(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(swoole_event_exit) { event_exit(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

void php_sw_event_minit(int module_number)
{
    (void)module_number;
    zend_register_functions(NULL, ext_functions, NULL, MODULE_PERSISTENT);
    event_ce = register_class_Swoole_Event();
    (void)event_ce;
    zend_llist_init(&defers, sizeof(php_sw_callback_t), defer_item_dtor, 0);
    defers_init = true;
}

/* At the end of a request: watchers, queued writes, deferred and cycle callbacks go. */
void php_sw_event_rshutdown(void)
{
    php_event_t *ev = event_firing;

    if (ev) {  /* its callback bailed out (see event_firing) */
        event_firing = NULL;
        ev->busy = 0;
        if (ev->removed)
            event_free(ev);  /* no longer in the table; the others go below */
    }
    if (defers_batch_live) {  /* same for a deferred callback: the rest of its batch */
        defers_batch_live = false;
        zend_llist_destroy(&defers_batch);
    }
    defer_scheduled = false;  /* the list below is emptied: a later defer must schedule */
    for (int fd = 0; fd < events_cap && events_num > 0; fd++) {
        if (events[fd])
            event_remove(events[fd]);
    }
    if (events)
        efree(events);
    events = NULL;
    events_cap = events_num = 0;
    if (defers_init)
        zend_llist_clean(&defers);
    cycle_remove();
}
