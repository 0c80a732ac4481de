/* php_swoole.h — what the files of the PHP binding share: the module entry, the class
 * entries other files need, the per-coroutine PHP state and the helpers around the core.
 * Nothing here is part of the SDK; plugins never include it. */
#ifndef PHP_SWOOLE_H
#define PHP_SWOOLE_H

#include "php.h"
#include "php_ini.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "zend_fibers.h"
#include "zend_interfaces.h"

#include "sw_chan.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "swoole/sdk.h"
#include "sw_log.h"
#include "sw_loop.h"
#include "sw_timer.h"
#include "sw_socket.h"

#define PHP_SWOOLE_VERSION "6.0.0"
#define PHP_SWOOLE_VERSION_ID 60000
#define PHP_SWOOLE_MAJOR_VERSION 6
#define PHP_SWOOLE_MINOR_VERSION 0
#define PHP_SWOOLE_RELEASE_VERSION 0

extern zend_module_entry swoole_module_entry;

/* ---- settings (ini and Co::set / swoole_async_set) ---------------------------------- */

typedef struct {
    bool use_shortname;
    bool display_errors;
    bool enable_coroutine;
    bool enable_deadlock_check;
    bool timer_enable_coroutine;  /* Timer callbacks run in a new coroutine */
    double socket_connect_timeout;
    double socket_read_timeout;
    double socket_write_timeout;
    zend_long hook_flags;
    zend_long trace_flags;
    char *dns_server;
} php_sw_settings_t;

extern php_sw_settings_t php_sw_settings;

/* ---- the PHP side of a coroutine ------------------------------------------------------ *
 * Lives in the coroutine's user area, at the top of its C stack (no allocation). The
 * executor state fields hold the coroutine's VM state while it is switched out. */
typedef struct php_sw_task {
    zend_fiber_context fiber;       /* observers (debuggers, profilers) see this context */
    sw_coro_t *co;                  /* NULL for the root task */

    zend_vm_stack vm_stack;
    zval *vm_stack_top;
    zval *vm_stack_end;
    size_t vm_stack_page_size;
    zend_execute_data *execute_data;
    JMP_BUF *bailout;
    zend_fiber_context *fiber_context;  /* EG(current_fiber_context): a Fiber may run here */
    zend_fiber *active_fiber;
    zend_object *exception;
    zend_object *prev_exception;
    const zend_op *opline_before_exception;
    zend_error_handling_t error_handling;
    zend_class_entry *exception_class;
    int error_reporting;
    uint32_t jit_trace_num;
    uint32_t fiber_blocks;          /* zend_fiber_switch_block() depth, see vm_save() */
    zend_stack ob_handlers;         /* output buffers of this coroutine */
    php_output_handler *ob_active;
    php_output_handler *ob_running;

    zend_fcall_info_cache fcc;      /* the body */
    zval callable;
    zval *argv;
    uint32_t argc;
    zval *defers;                   /* defer() callables, run LIFO at the end */
    uint32_t defer_num, defer_cap;
    zend_object *context;           /* Co::getContext(), created on first use */
    void *joiners;                  /* Co::join() waiters, resumed when this one ends */
    bool fatal;                     /* a bailout ended this coroutine */
    bool unwinding;                 /* being torn down at shutdown */
    bool cancel_throws;             /* Co::cancel($cid, true): the wait ends in an exception */
} php_sw_task_t;

extern php_sw_task_t *php_sw_current_task;     /* coroutine.c */
static inline php_sw_task_t *php_sw_task_current(void) { return php_sw_current_task; }  /* NULL at the root */
static inline php_sw_task_t *php_sw_task_of(sw_coro_t *co) { return sw_coro_user_area(co); }

/* Creates a coroutine running fci/fcc with argc args (copied). Returns its id, or -1
 * with a warning raised. */
zend_long php_sw_coro_create(zval *callable, zend_fcall_info_cache *fcc, uint32_t argc,
                             zval *argv);
/* Throws Swoole\Error unless called inside a coroutine; returns the current task. */
php_sw_task_t *php_sw_coro_require_failed(const char *what);  /* throws, returns NULL */
static inline php_sw_task_t *php_sw_coro_require(const char *what)
{
    return EXPECTED(php_sw_current_task) ? php_sw_current_task : php_sw_coro_require_failed(what);
}
/* After a wait returns: throws the unwind exit if the coroutine is being destroyed, or
 * Swoole\Coroutine\CanceledException if Co::cancel($cid, true) ended the wait. Returns
 * true if the caller must bail out of the PHP function at once. */
bool php_sw_coro_unwind_now(void);
static inline bool php_sw_coro_unwinding(void)
{
    php_sw_task_t *t = php_sw_current_task;
    return UNEXPECTED(t && (t->unwinding || t->cancel_throws)) && php_sw_coro_unwind_now();
}

/* Handles EG(exception) left by user code that nothing above will catch (a coroutine's
 * body, a callback run from the loop): an unwind or graceful exit is dropped; an uncaught
 * Swoole\ExitException sets the exit status; anything else goes to the user exception
 * handler, else is reported as PHP's "Uncaught ..." fatal error. Returns true if the
 * process must end (then call php_sw_end_process()). */
bool php_sw_uncaught_exception_slow(void);
static inline bool php_sw_uncaught_exception(void)
{
    return UNEXPECTED(EG(exception) != NULL) && php_sw_uncaught_exception_slow();
}
/* Ends the request from anywhere (a coroutine or the root) as PHP's fatal errors do:
 * stops the loop and jumps to the main bailout. Does not return. */
ZEND_NORETURN void php_sw_end_process(void);

/* Runs the default loop until nothing keeps it alive, then reports a deadlock if
 * coroutines are still suspended. The loop runs at most once at a time. */
void php_sw_loop_run(void);
/* Makes sure the loop runs when the main script ends (for top-level go() and timers). */
void php_sw_loop_defer_to_shutdown(void);
bool php_sw_loop_running(void);

/* Core errors into PHP: the last core error as a warning, and swoole_last_error(). */
void php_sw_error_from_core(int level);
void php_sw_set_last_error(int code);
int php_sw_get_last_error(void);

/* Parses a timeout in seconds (float) to ms: < 0 → -1 (forever), 0 → 0, else >= 1. */
static inline long php_sw_timeout_ms(double seconds)
{
    if (seconds < 0)
        return -1;
    if (seconds == 0)
        return 0;
    double ms = seconds * 1000.0;
    if (ms < 1)
        return 1;
    return ms > (double)LONG_MAX ? LONG_MAX : (long)ms;
}

/* A callable with its bound arguments, kept across an asynchronous wait. It is resolved
 * again at each call (a cached __call trampoline would not survive the wait). */
typedef struct {
    zval callable;
    uint32_t argc;
    zval *argv;
} php_sw_callback_t;

bool php_sw_callback_init(php_sw_callback_t *cb, zval *callable, uint32_t argc, zval *argv);
void php_sw_callback_dtor(php_sw_callback_t *cb);
/* Calls it here (no new coroutine); returns false if it threw. */
bool php_sw_callback_call(php_sw_callback_t *cb, zval *retval);
/* Runs it in a new coroutine; returns the id or -1. */
zend_long php_sw_callback_go(php_sw_callback_t *cb);
/* Runs it from the loop with `first` (if not NULL) before its bound arguments: in a new
 * coroutine, or here at the root; there an uncaught exception ends the process. */
void php_sw_callback_dispatch(php_sw_callback_t *cb, zval *first, bool in_coroutine);

/* Co::set() / swoole_async_set() options (coroutine.c). */
void php_sw_apply_settings(HashTable *ht);

/* SWOOLE_EVENT_READ / SWOOLE_EVENT_WRITE keep Swoole's values; the core has its own bits. */
#define PHP_SW_EVENT_READ 512
#define PHP_SW_EVENT_WRITE 1024

static inline unsigned php_sw_events_to_core(zend_long events)
{
    return ((events & PHP_SW_EVENT_READ) ? SW_EV_READ : 0) |
           ((events & PHP_SW_EVENT_WRITE) ? SW_EV_WRITE : 0);
}

static inline zend_long php_sw_events_from_core(unsigned events)
{
    return ((events & SW_EV_READ) ? PHP_SW_EVENT_READ : 0) |
           ((events & SW_EV_WRITE) ? PHP_SW_EVENT_WRITE : 0);
}

/* The descriptor behind a PHP value: an int, a stream resource, an ext/sockets Socket, or
 * an object with an int `fd` property. -1 with a warning if there is none. */
int php_sw_zval_to_fd(zval *zv);

/* Class entries shared between files. */
extern zend_class_entry *php_sw_exception_ce;
extern zend_class_entry *php_sw_error_ce;
extern zend_class_entry *php_sw_exit_exception_ce;
extern zend_class_entry *php_sw_canceled_exception_ce;
extern zend_class_entry *php_sw_coroutine_ce;

/* Per-file init, called from MINIT / RINIT / RSHUTDOWN. */
void php_sw_coroutine_minit(int module_number);
void php_sw_coroutine_rinit(void);
void php_sw_coroutine_rshutdown(void);
void php_sw_channel_minit(int module_number);
void php_sw_sync_minit(int module_number);
void php_sw_atomic_minit(int module_number);
void php_sw_lock_minit(int module_number);
void php_sw_table_minit(int module_number);
void php_sw_timer_minit(int module_number);
void php_sw_timer_rshutdown(void);
void php_sw_event_minit(int module_number);
void php_sw_event_rshutdown(void);
void php_sw_system_minit(int module_number);
void php_sw_system_mshutdown(void);
void php_sw_scheduler_minit(int module_number);
void php_sw_server_minit(int module_number);
void php_sw_process_minit(int module_number);
void php_sw_process_rshutdown(void);

/* Classes of plugins that are not loaded (plugin_classes.c), and why (plugin_loader.c). */
void php_sw_plugin_classes_minit(void);
void php_sw_plugin_classes_mshutdown(void);
const char *php_sw_plugin_unavailable(const char *name);

/* A FIFO of waiting coroutines (WaitGroup, Barrier, Coroutine\Lock). Each waiter embeds a
 * link as its first member; the link knows its queue, so a waiter taken off by a timeout or
 * a cancel unlinks itself, and unlinking twice is harmless. */
typedef struct php_sw_qlink php_sw_qlink_t;
typedef struct {
    php_sw_qlink_t *head, *tail;
} php_sw_queue_t;
struct php_sw_qlink {
    php_sw_qlink_t *next, *prev;
    php_sw_queue_t *queue;     /* NULL once off it */
};

static inline void php_sw_queue_push(php_sw_queue_t *q, php_sw_qlink_t *l)
{
    l->queue = q;
    l->next = NULL;
    l->prev = q->tail;
    if (q->tail)
        q->tail->next = l;
    else
        q->head = l;
    q->tail = l;
}

static inline void php_sw_queue_unlink(php_sw_qlink_t *l)
{
    php_sw_queue_t *q = l->queue;

    if (!q)
        return;
    if (l->prev)
        l->prev->next = l->next;
    else
        q->head = l->next;
    if (l->next)
        l->next->prev = l->prev;
    else
        q->tail = l->prev;
    l->queue = NULL;
}

/* The first lines of every create_object: a `size`-byte struct whose zend_object sits at
 * `offset`, allocated, initialised with its class's properties and given its handlers. */
static inline void *php_sw_object_new(zend_class_entry *ce, size_t size, size_t offset,
                                      const zend_object_handlers *handlers)
{
    char *mem = zend_object_alloc(size, ce);
    zend_object *obj = (zend_object *)(mem + offset);
    zend_object_std_init(obj, ce);
    object_properties_init(obj, ce);
    obj->handlers = handlers;
    return mem;
}

/* Server protocols of plugins (server.c): the SDK 1.1 calls, see <swoole/sdk.h>. */
zend_class_entry *php_sw_find_class(const char *name);
int php_sw_proto_register(const sw_api_proto_t *p);
zend_object *php_sw_conn_server(const sw_api_conn_t *c);
sw_api_conn_t *php_sw_server_conn(zend_object *server, int64_t session);
zval *php_sw_conn_setting(const sw_api_conn_t *c, const char *key);
int php_sw_server_event(const char *name);
bool php_sw_server_emit(sw_api_conn_t *c, int ev, uint32_t argc, zval *argv);
void php_sw_server_count_request(sw_api_conn_t *c);
int64_t php_sw_conn_session(const sw_api_conn_t *c);
void *php_sw_conn_data(const sw_api_conn_t *c);
void php_sw_conn_set_data(sw_api_conn_t *c, void *data);
int php_sw_conn_info(const sw_api_conn_t *c, sw_api_conn_info_t *info);
int php_sw_conn_send(sw_api_conn_t *c, const void *data, size_t len);
int php_sw_conn_send_last(sw_api_conn_t *c, const void *data, size_t len);
size_t php_sw_conn_pending(const sw_api_conn_t *c);
int php_sw_conn_close(sw_api_conn_t *c, bool reset);
int php_sw_conn_pause(sw_api_conn_t *c);
int php_sw_conn_resume(sw_api_conn_t *c);
void php_sw_conn_redispatch(sw_api_conn_t *c);
void *php_sw_conn_port_data(const sw_api_conn_t *c);
void php_sw_conn_set_port_data(sw_api_conn_t *c, void *data);

/* Plugins (plugin_loader.c, plugin_services.c). */
#ifndef PHP_SW_PLUGIN_DIR
#define PHP_SW_PLUGIN_DIR "/usr/lib/php/swoole"   /* the build passes $(phpextdir)/swoole */
#endif
struct sw_api;
const struct sw_api *php_sw_plugin_api(void);   /* the services table handed to plugins */
void php_sw_plugin_services_minit(void);
void php_sw_plugin_services_mshutdown(void);
int php_sw_plugins_minit(void);                 /* SUCCESS, or FAILURE when fatal */
void php_sw_plugins_mshutdown(void);
int php_sw_plugins_rinit(void);
void php_sw_plugins_rshutdown(void);
void php_sw_plugins_minfo(void);

/* Registers a class alias with the short name only when swoole.use_shortname is on. */
void php_sw_class_alias(zend_class_entry *ce, const char *alias, bool short_name);

/* ---- coroutine sockets (coro_socket.c, coro_socket_client.c) ---------------------------- */

/* setProtocol() / set() options: packet framing and TLS. */
typedef struct {
    bool eof_check, length_check, open_ssl;
    bool ssl_verify_peer, ssl_allow_self_signed;
    char eof[8];
    size_t eof_len;
    char length_type;      /* pack() letter, 0 if unset */
    size_t length_size, length_offset, body_offset, package_max_length;
    zend_string *ssl_cafile, *ssl_capath, *ssl_host_name, *ssl_cert_file, *ssl_key_file,
        *ssl_alpn;
} php_sw_proto_t;

/* Swoole\Coroutine\Socket's native part. */
typedef struct {
    sw_socket_t *sock;
    php_sw_proto_t proto;
    char *rbuf;            /* bytes read past what was returned (recvPacket, recvLine) */
    size_t rlen, rcap;
    double connect_timeout, read_timeout, write_timeout;   /* seconds; 0: unset */
    bool accepted;         /* came from accept(): a TLS handshake is the server's side */
    zend_object std;
} php_sw_cosocket_t;

extern zend_class_entry *php_sw_cosocket_ce;
php_sw_cosocket_t *php_sw_cosocket_of(zend_object *obj);
zend_object *php_sw_cosocket_wrap(sw_socket_t *s);   /* a new Socket owning s */
long php_sw_cosocket_timeout(double arg, double object, double global);
void php_sw_cosocket_set_error(zend_object *obj, int code, const char *msg);
int php_sw_cosocket_fail(zend_object *obj, long rc);
bool php_sw_cosocket_configure(php_sw_cosocket_t *cs, HashTable *ht);
bool php_sw_cosocket_tls(zend_object *obj, php_sw_cosocket_t *cs, bool server, double timeout);
void php_sw_cosocket_recv(zend_object *obj, php_sw_cosocket_t *cs, zend_long length,
                          double timeout, zval *return_value);
void php_sw_cosocket_recv_packet(zend_object *obj, php_sw_cosocket_t *cs, double timeout,
                                 zval *return_value);
void php_sw_cosocket_send_all(zend_object *obj, php_sw_cosocket_t *cs, zend_string *data,
                              double timeout, zval *return_value);
void php_sw_cosocket_name(zend_object *obj, php_sw_cosocket_t *cs, bool peer, zval *return_value);
void php_sw_coro_socket_minit(int module_number);
void php_sw_coro_client_minit(zend_class_entry *client, zend_class_entry *server,
                              zend_class_entry *connection);

#endif
