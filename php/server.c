/* server.c — Swoole\Server (SWOOLE_BASE mode), Swoole\Server\Port and the connections
 * iterator, over the core server (core/server.c). Owns: the PHP objects, the event
 * callbacks (each one runs in its own coroutine), the settings, and the worker processes
 * when worker_num > 1 (the process that called start() becomes their manager).
 *
 * SWOOLE_PROCESS is accepted but runs as SWOOLE_BASE, with a warning. */
#include <ctype.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <fcntl.h>
#include <glob.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "php_swoole.h"
#include "php_network.h"
#include "sw_server.h"
#include "server_arginfo.h"

enum {
    EV_START, EV_SHUTDOWN, EV_WORKER_START, EV_WORKER_STOP, EV_WORKER_EXIT, EV_WORKER_ERROR,
    EV_MANAGER_START, EV_MANAGER_STOP, EV_CONNECT, EV_RECEIVE, EV_PACKET, EV_CLOSE,
    EV_BUFFER_FULL, EV_BUFFER_EMPTY, EV_TASK, EV_FINISH, EV_PIPE_MESSAGE, EV_BEFORE_RELOAD,
    EV_AFTER_RELOAD, EV_COUNT
};

static const char *const ev_names[EV_COUNT] = {
    "start", "shutdown", "workerstart", "workerstop", "workerexit", "workererror",
    "managerstart", "managerstop", "connect", "receive", "packet", "close",
    "bufferfull", "bufferempty", "task", "finish", "pipemessage", "beforereload",
    "afterreload",
};

/* Events a protocol plugin adds ("request"...) follow the built-in ones. */
#define EV_EXTRA_MAX 8
#define EV_TOTAL (EV_COUNT + EV_EXTRA_MAX)
static const char *extra_ev_names[EV_EXTRA_MAX];
static int extra_ev_count;

/* Protocols registered by plugins (sw_api->proto_register). */
#define PROTO_MAX 8
typedef struct {
    const sw_api_proto_t *p;
    int first_event;              /* the event a port speaking it requires, or -1 */
    sw_port_app_t app;
} proto_t;
static proto_t protos[PROTO_MAX];
static int proto_count;

#define PHP_SW_MODE_BASE 1
#define PHP_SW_MODE_PROCESS 2
#define PHP_SW_MAX_WORKERS 1024
#define PHP_SW_SOCK_SSL 512       /* SWOOLE_SSL, or-ed into the socket type */

typedef struct php_sw_port php_sw_port_t;

typedef struct {
    sw_server_t *core;
    zval cbs[EV_TOTAL];
    php_sw_port_t **ports;        /* not owned: the Port objects live in $ports */
    size_t nports;
    int mode;
    int worker_num;
    int worker_id;
    long max_request;
    bool enable_coroutine;
    bool started, running, stopping, is_manager;
    bool managed;                 /* workers run under a manager (worker_num > 1 or tasks) */
    bool is_task_worker;
    int task_worker_num;
    int (*task_pipes)[2];         /* per task worker: [0] workers write, [1] it reads */
    int (*result_pipes)[2];       /* per worker: [0] it reads, [1] task workers write */
    int64_t task_next;
    unsigned task_rr;
    zval finish_cbs;              /* task id → finish callback of task() */
    sw_idmap_t task_waiters;      /* task id → taskwait() waiter */
    sw_io_t task_io;
    int64_t cur_task_id;          /* the task onTask is running, for finish() */
    int cur_task_src;
    uint32_t cur_task_flags;
    bool in_task, task_finished;
    bool task_enable_coroutine;   /* onTask($server, Server\Task) in a coroutine */
    zend_string *task_tmpdir;     /* where payloads too big for a message go */
    pid_t master_pid;             /* names this server's task temp files */
    bool send_yield;
    bool reuse_port;              /* enable_reuse_port: a listening socket per worker */
    struct send_waiter *send_waiters;  /* coroutines in send() waiting for BufferEmpty */
    long requests;                /* handled by this worker, for max_request */
    pid_t *workers;               /* manager: pid of each worker slot */
    bool *reloading;              /* manager: slots whose old process a reload waits for */
    uint64_t *deadlines;          /* manager: when a slot asked to stop gets SIGKILL (ms) */
    HashTable *uids;              /* session → uid given by bind() */
    bool reload_async;            /* a stopping worker finishes its work first */
    bool exiting, exit_hold;      /* reload_async: stopping; holding the loop for output */
    long max_wait_time;           /* seconds a stopping worker gets before it is ended */
    sw_timer_t *exit_timer;
    long exit_cycle;
    int last_error;
    zend_object std;
} php_sw_server_t;

struct php_sw_port {
    sw_port_t *port;              /* NULL once the server is gone */
    php_sw_server_t *serv;
    zval cbs[EV_TOTAL];           /* connect, receive, packet, close, buffer* only */
    bool ssl;                     /* SWOOLE_SSL: TLS set up from the ssl_* settings at start */
    zval length_func;             /* package_length_func, or undefined */
    zend_object std;
};

typedef struct {
    php_sw_server_t *serv;        /* NULL once the server is gone */
    sw_port_t *port;              /* NULL: every port */
    zval list;                    /* snapshot of session ids taken by rewind() */
    uint32_t pos;
    zend_object std;
} php_sw_conn_iter_t;

/* Swoole\Server\Task: what onTask gets with task_enable_coroutine. */
typedef struct {
    zval server;                  /* keeps the server alive while the task runs */
    int64_t id;
    int32_t src;
    uint32_t flags;
    bool finished;
    zend_object std;
} php_sw_srv_task_t;

static zend_class_entry *server_ce, *port_ce, *iter_ce, *srv_task_ce;
static zend_object_handlers server_handlers, port_handlers, iter_handlers, srv_task_handlers;
static php_sw_server_t *running_server;  /* the one start() is serving in this process */

static inline php_sw_server_t *server_from(zend_object *o)
{
    return (php_sw_server_t *)((char *)o - XtOffsetOf(php_sw_server_t, std));
}
static inline php_sw_port_t *port_from(zend_object *o)
{
    return (php_sw_port_t *)((char *)o - XtOffsetOf(php_sw_port_t, std));
}
static inline php_sw_conn_iter_t *iter_from(zend_object *o)
{
    return (php_sw_conn_iter_t *)((char *)o - XtOffsetOf(php_sw_conn_iter_t, std));
}
static inline php_sw_srv_task_t *srv_task_from(zend_object *o)
{
    return (php_sw_srv_task_t *)((char *)o - XtOffsetOf(php_sw_srv_task_t, std));
}
#define THIS_SERVER() server_from(Z_OBJ_P(ZEND_THIS))

/* ---- objects -------------------------------------------------------------------------------- */

static zend_object *server_create(zend_class_entry *ce)
{
    php_sw_server_t *s = php_sw_object_new(ce, sizeof *s,
                                           XtOffsetOf(php_sw_server_t, std), &server_handlers);
    for (int i = 0; i < EV_TOTAL; i++)
        ZVAL_UNDEF(&s->cbs[i]);
    s->worker_num = 1;
    s->enable_coroutine = true;
    s->worker_id = -1;
    s->max_wait_time = 3;
    ZVAL_UNDEF(&s->finish_cbs);
    return &s->std;
}

static void detach_iterator(zend_object *owner);

static void server_free(zend_object *o)
{
    php_sw_server_t *s = server_from(o);
    if (running_server == s)
        running_server = NULL;
    detach_iterator(o);
    for (size_t i = 0; i < s->nports; i++) {
        detach_iterator(&s->ports[i]->std);
        s->ports[i]->port = NULL;
        s->ports[i]->serv = NULL;
    }
    efree(s->ports);
    if (s->core)
        sw_server_free(s->core);
    for (int i = 0; i < EV_TOTAL; i++)
        zval_ptr_dtor(&s->cbs[i]);
    if (s->workers)
        efree(s->workers);
    if (s->reloading)
        efree(s->reloading);
    if (s->deadlines)
        efree(s->deadlines);
    if (s->uids) {
        zend_hash_destroy(s->uids);
        FREE_HASHTABLE(s->uids);
    }
    if (s->task_pipes) {
        for (int i = 0; i < s->task_worker_num; i++)  /* 0: never created */
            for (int k = 0; k < 2; k++)
                if (s->task_pipes[i][k] > 0)
                    close(s->task_pipes[i][k]);
        efree(s->task_pipes);
    }
    if (s->result_pipes) {
        for (int i = 0; i < s->worker_num; i++)
            for (int k = 0; k < 2; k++)
                if (s->result_pipes[i][k] > 0)
                    close(s->result_pipes[i][k]);
        efree(s->result_pipes);
    }
    zval_ptr_dtor(&s->finish_cbs);
    if (s->task_tmpdir)
        zend_string_release(s->task_tmpdir);
    sw_idmap_free(&s->task_waiters);
    zend_object_std_dtor(o);
}

static HashTable *server_get_gc(zend_object *o, zval **table, int *n)
{
    php_sw_server_t *s = server_from(o);
    *table = s->cbs;
    *n = EV_TOTAL;
    return zend_std_get_properties(o);
}

static zend_object *port_create(zend_class_entry *ce)
{
    php_sw_port_t *p = php_sw_object_new(ce, sizeof *p,
                                         XtOffsetOf(php_sw_port_t, std), &port_handlers);
    for (int i = 0; i < EV_TOTAL; i++)
        ZVAL_UNDEF(&p->cbs[i]);
    ZVAL_UNDEF(&p->length_func);
    return &p->std;
}

static void port_free(zend_object *o)
{
    php_sw_port_t *p = port_from(o);
    if (p->serv) {
        php_sw_server_t *s = p->serv;
        for (size_t i = 0; i < s->nports; i++)
            if (s->ports[i] == p)
                s->ports[i] = s->ports[--s->nports];
        if (p->port)
            p->port->data = NULL;
    }
    for (int i = 0; i < EV_TOTAL; i++)
        zval_ptr_dtor(&p->cbs[i]);
    zval_ptr_dtor(&p->length_func);
    zend_object_std_dtor(o);
}

static HashTable *port_get_gc(zend_object *o, zval **table, int *n)
{
    php_sw_port_t *p = port_from(o);
    *table = p->cbs;
    *n = EV_TOTAL;
    return zend_std_get_properties(o);
}

static zend_object *iter_create(zend_class_entry *ce)
{
    php_sw_conn_iter_t *it = php_sw_object_new(ce, sizeof *it,
                                               XtOffsetOf(php_sw_conn_iter_t, std), &iter_handlers);
    ZVAL_UNDEF(&it->list);
    return &it->std;
}

static void iter_free(zend_object *o)
{
    php_sw_conn_iter_t *it = iter_from(o);
    zval_ptr_dtor(&it->list);
    zend_object_std_dtor(o);
}

/* Iterators are reachable only through $connections of their server or port: they point
 * back without a reference, and their owner clears the pointer when it goes. */
static void make_iterator(zend_object *owner, php_sw_server_t *s, sw_port_t *port)
{
    zval zit;
    object_init_ex(&zit, iter_ce);
    php_sw_conn_iter_t *it = iter_from(Z_OBJ(zit));
    it->serv = s;
    it->port = port;
    zend_update_property(owner->ce, owner, ZEND_STRL("connections"), &zit);
    zval_ptr_dtor(&zit);
}

static void detach_iterator(zend_object *owner)
{
    zval rv, *z = zend_read_property(owner->ce, owner, ZEND_STRL("connections"), 1, &rv);
    if (z && Z_TYPE_P(z) == IS_OBJECT && Z_OBJCE_P(z) == iter_ce)
        iter_from(Z_OBJ_P(z))->serv = NULL;
}

/* ---- errors --------------------------------------------------------------------------------- */

static void set_error(php_sw_server_t *s, int code)
{
    if (code < 0)
        code = -code;
    s->last_error = code;
    php_sw_set_last_error(code);
}

/* ---- event dispatch ------------------------------------------------------------------------- */

static const char *ev_name(int ev)
{
    return ev < EV_COUNT ? ev_names[ev] : extra_ev_names[ev - EV_COUNT];
}

static int ev_index(zend_string *name)
{
    const char *n = ZSTR_VAL(name);
    size_t len = ZSTR_LEN(name);
    if (len > 2 && strncasecmp(n, "on", 2) == 0) {
        n += 2;
        len -= 2;
    }
    for (int i = 0; i < EV_COUNT + extra_ev_count; i++) {
        const char *ev = ev_name(i);
        if (strlen(ev) == len && strncasecmp(ev, n, len) == 0)
            return i;
    }
    return -1;
}

static bool ev_is_port_event(int ev)
{
    return ev == EV_CONNECT || ev == EV_RECEIVE || ev == EV_PACKET || ev == EV_CLOSE ||
           ev == EV_BUFFER_FULL || ev == EV_BUFFER_EMPTY || ev >= EV_COUNT;
}

static zval *port_callback(php_sw_server_t *s, sw_port_t *port, int ev)
{
    php_sw_port_t *pp = port ? port->data : NULL;
    if (ev < 0)
        return NULL;
    if (pp && !Z_ISUNDEF(pp->cbs[ev]))
        return &pp->cbs[ev];
    return Z_ISUNDEF(s->cbs[ev]) ? NULL : &s->cbs[ev];
}

/* Runs cb(argv...) in a new coroutine (or here when enable_coroutine is off). The args
 * are the caller's to release. */
static void emit(php_sw_server_t *s, zval *cb, uint32_t argc, zval *argv)
{
    zend_fcall_info_cache fcc;
    if (!cb || !zend_is_callable_ex(cb, NULL, 0, NULL, &fcc, NULL))
        return;
    if (s->enable_coroutine) {
        php_sw_coro_create(cb, &fcc, argc, argv);
        return;
    }
    zval rv;
    call_user_function(NULL, NULL, cb, &rv, argc, argv);
    zval_ptr_dtor(&rv);
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

static void emit_fd(php_sw_server_t *s, zval *cb, int64_t session, bool with_reactor)
{
    zval args[3];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], session);
    ZVAL_LONG(&args[2], 0);
    emit(s, cb, with_reactor ? 3 : 2, args);
}

static void worker_stop_cb(sw_loop_t *loop, void *arg);

/* send_yield: a send() that finds the output buffer full waits for it to drain. */
typedef struct send_waiter {
    int64_t session;
    sw_coro_t *co;
    struct send_waiter *next;
} send_waiter_t;

/* Resumes every coroutine waiting to send on session (it drained, or it closed). */
static void wake_senders(php_sw_server_t *s, int64_t session)
{
    send_waiter_t *ready = NULL;
    for (send_waiter_t **pp = &s->send_waiters; *pp;) {
        send_waiter_t *w = *pp;
        if (w->session == session) {
            *pp = w->next;
            w->next = ready;
            ready = w;
        } else {
            pp = &w->next;
        }
    }
    while (ready) {
        send_waiter_t *w = ready;
        ready = w->next;
        sw_coro_resume(w->co);
    }
}

/* max_request: a worker of a manager ends and is replaced (never the only process) */
static void count_request(php_sw_server_t *s)
{
    if (s->max_request > 0 && s->managed && ++s->requests == s->max_request)
        sw_loop_defer(sw_loop_default(), worker_stop_cb, s);
}

static void on_connect(sw_server_t *core, sw_conn_t *c)
{
    php_sw_server_t *s = core->data;
    emit_fd(s, port_callback(s, c->port, EV_CONNECT), c->session, true);
}

static void on_receive(sw_server_t *core, sw_conn_t *c, const char *data, size_t len)
{
    php_sw_server_t *s = core->data;
    zval args[4];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], c->session);
    ZVAL_LONG(&args[2], 0);
    ZVAL_STRINGL(&args[3], data, len);
    emit(s, port_callback(s, c->port, EV_RECEIVE), 4, args);
    zval_ptr_dtor(&args[3]);
    count_request(s);
}

static void on_packet(sw_server_t *core, sw_port_t *p, const char *data, size_t len,
                      const struct sockaddr *from, socklen_t fromlen)
{
    php_sw_server_t *s = core->data;
    char addr[128];
    int port;
    sw_sockaddr_text(from, fromlen, addr, sizeof addr, &port);
    zval args[3];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_STRINGL(&args[1], data, len);
    array_init(&args[2]);
    add_assoc_long(&args[2], "server_socket", p->fd);
    add_assoc_long(&args[2], "server_port", p->port);
    add_assoc_string(&args[2], "address", addr);
    add_assoc_long(&args[2], "port", port);
    emit(s, port_callback(s, p, EV_PACKET), 3, args);
    zval_ptr_dtor(&args[1]);
    zval_ptr_dtor(&args[2]);
}

static void on_close(sw_server_t *core, sw_conn_t *c)
{
    php_sw_server_t *s = core->data;
    emit_fd(s, port_callback(s, c->port, EV_CLOSE), c->session, true);
    wake_senders(s, c->session);
    if (s->uids)
        zend_hash_index_del(s->uids, (zend_ulong)c->session);
}

static void on_buffer_full(sw_server_t *core, sw_conn_t *c)
{
    php_sw_server_t *s = core->data;
    emit_fd(s, port_callback(s, c->port, EV_BUFFER_FULL), c->session, false);
}

static void on_buffer_empty(sw_server_t *core, sw_conn_t *c)
{
    php_sw_server_t *s = core->data;
    emit_fd(s, port_callback(s, c->port, EV_BUFFER_EMPTY), c->session, false);
    wake_senders(s, c->session);
}

/* ---- settings ------------------------------------------------------------------------------- */

static zval *setting(HashTable *ht, const char *key)
{
    return ht ? zend_hash_str_find_deref(ht, key, strlen(key)) : NULL;
}

/* Protocol settings of a port; false (with a warning) for a bad value. */
static bool apply_proto(sw_proto_t *p, bool *nodelay, HashTable *ht)
{
    zval *v;
    if ((v = setting(ht, "open_eof_check")))
        p->eof_check = zend_is_true(v);
    if ((v = setting(ht, "open_eof_split"))) {
        p->eof_split = zend_is_true(v);
        if (p->eof_split)
            p->eof_check = true;
    }
    if ((v = setting(ht, "package_eof"))) {
        zend_string *eof = zval_get_string(v);
        int rc = sw_proto_set_eof(p, ZSTR_VAL(eof), ZSTR_LEN(eof));
        zend_string_release(eof);
        if (rc < 0) {
            php_error_docref(NULL, E_WARNING, "package_eof must be 1 to 8 bytes");
            return false;
        }
    }
    if ((v = setting(ht, "open_length_check")))
        p->length_check = zend_is_true(v);
    if ((v = setting(ht, "package_length_type"))) {
        zend_string *t = zval_get_string(v);
        bool ok = ZSTR_LEN(t) == 1 && sw_proto_set_length_type(p, ZSTR_VAL(t)[0]) == 0;
        if (!ok)
            php_error_docref(NULL, E_WARNING, "unknown package_length_type '%s', "
                             "one of c, C, s, S, n, v, l, L, N, V, q, Q, J, P is expected",
                             ZSTR_VAL(t));
        zend_string_release(t);
        if (!ok)
            return false;
    }
    if ((v = setting(ht, "package_length_offset"))) {
        zend_long n = zval_get_long(v);
        if (n < 0 || n > 65535) {
            php_error_docref(NULL, E_WARNING, "package_length_offset must be 0 to 65535");
            return false;
        }
        p->length_offset = (uint32_t)n;
    }
    if ((v = setting(ht, "package_body_offset"))) {
        zend_long n = zval_get_long(v);
        if (n < 0 || n > 65535) {
            php_error_docref(NULL, E_WARNING, "package_body_offset must be 0 to 65535");
            return false;
        }
        p->body_offset = (uint32_t)n;
    }
    if ((v = setting(ht, "package_max_length"))) {
        zend_long n = zval_get_long(v);
        if (n <= 0 || n > UINT32_MAX) {
            php_error_docref(NULL, E_WARNING, "package_max_length must be 1 to 4294967295");
            return false;
        }
        p->max_length = (uint32_t)n;
    }
    if ((v = setting(ht, "open_tcp_nodelay")) && nodelay)
        *nodelay = zend_is_true(v);
    return true;
}

static bool positive_setting(HashTable *ht, const char *key, zend_long min, zend_long max,
                             zend_long *out)
{
    zval *v = setting(ht, key);
    if (!v)
        return true;
    zend_long n = zval_get_long(v);
    if (n < min || n > max) {
        php_error_docref(NULL, E_WARNING, "%s must be " ZEND_LONG_FMT " to " ZEND_LONG_FMT,
                         key, min, max);
        return false;
    }
    *out = n;
    return true;
}

/* Server-wide settings into the C state; false (warning raised) on a bad value. */
static bool apply_server_settings(php_sw_server_t *s, HashTable *ht, bool commit)
{
    zend_long worker_num = s->worker_num, max_conn = (zend_long)s->core->max_conn;
    zend_long out = (zend_long)s->core->buffer_output_size, hb_int = s->core->heartbeat_check_interval;
    zend_long hb_idle = s->core->heartbeat_idle_time, max_req = s->max_request, level = -1;
    zend_long task_num = s->task_worker_num, max_wait = s->max_wait_time;
    zval *v;
    if (!positive_setting(ht, "worker_num", 1, PHP_SW_MAX_WORKERS, &worker_num) ||
        !positive_setting(ht, "max_conn", 1, 1000000, &max_conn) ||
        !positive_setting(ht, "max_connection", 1, 1000000, &max_conn) ||
        !positive_setting(ht, "buffer_output_size", 1, INT32_MAX, &out) ||
        !positive_setting(ht, "heartbeat_check_interval", 0, 86400, &hb_int) ||
        !positive_setting(ht, "heartbeat_idle_time", 0, 86400, &hb_idle) ||
        !positive_setting(ht, "max_request", 0, ZEND_LONG_MAX, &max_req) ||
        !positive_setting(ht, "log_level", 0, SW_LOG_NONE, &level) ||
        !positive_setting(ht, "task_worker_num", 0, PHP_SW_MAX_WORKERS, &task_num) ||
        !positive_setting(ht, "max_wait_time", 1, 86400, &max_wait))
        return false;
    /* Accepted and checked, with no effect in SWOOLE_BASE mode: each worker is its own
     * reactor (reactor_num), the kernel hands connections to whichever worker accepts first
     * (dispatch_mode), and tasks always travel over Unix sockets (task_ipc_mode). */
    zend_long unused;
    if (!positive_setting(ht, "reactor_num", 1, PHP_SW_MAX_WORKERS, &unused) ||
        !positive_setting(ht, "dispatch_mode", 1, 10, &unused) ||
        !positive_setting(ht, "task_ipc_mode", 1, 4, &unused) ||
        !positive_setting(ht, "max_coroutine", 1, INT32_MAX, &unused))
        return false;
    if (commit && ht)
        php_sw_apply_settings(ht);   /* max_coroutine, as Co::set() would */
    if ((v = setting(ht, "task_tmpdir"))) {
        zend_string *dir = zval_get_string(v);
        struct stat st;
        /* like Swoole: created if missing; room is left for the file name after it */
        if (ZSTR_LEN(dir) == 0 || ZSTR_LEN(dir) > 200 ||
            (stat(ZSTR_VAL(dir), &st) < 0 && mkdir(ZSTR_VAL(dir), 0700) < 0) ||
            (stat(ZSTR_VAL(dir), &st) == 0 && !S_ISDIR(st.st_mode))) {
            php_error_docref(NULL, E_WARNING, "task_tmpdir '%s' is not a usable directory",
                             ZSTR_VAL(dir));
            zend_string_release(dir);
            return false;
        }
        if (commit) {
            if (s->task_tmpdir)
                zend_string_release(s->task_tmpdir);
            s->task_tmpdir = dir;
        } else {
            zend_string_release(dir);
        }
    }
    sw_proto_t probe;
    sw_proto_init(&probe);
    if (!apply_proto(&probe, NULL, ht))
        return false;
    if (!commit)
        return true;
    s->worker_num = (int)worker_num;
    s->core->max_conn = (size_t)max_conn;
    s->core->buffer_output_size = (size_t)out;
    s->core->heartbeat_check_interval = (uint32_t)hb_int;
    s->core->heartbeat_idle_time = (uint32_t)hb_idle;
    s->max_request = max_req;
    s->task_worker_num = (int)task_num;
    if (level >= 0)
        sw_log_set_level((int)level);
    if ((v = setting(ht, "enable_coroutine")))
        s->enable_coroutine = zend_is_true(v);
    if ((v = setting(ht, "send_yield")))
        s->send_yield = zend_is_true(v);
    if ((v = setting(ht, "task_enable_coroutine")))
        s->task_enable_coroutine = zend_is_true(v);
    if ((v = setting(ht, "reload_async")))
        s->reload_async = zend_is_true(v);
    s->max_wait_time = max_wait;
    return true;
}

/* Merges settings into $setting of obj (server or port). */
static void merge_setting(zend_object *obj, HashTable *ht)
{
    zval rv, *cur = zend_read_property(obj->ce, obj, ZEND_STRL("setting"), 1, &rv);
    zval merged;
    array_init(&merged);
    if (cur && Z_TYPE_P(cur) == IS_ARRAY)
        zend_hash_copy(Z_ARRVAL(merged), Z_ARRVAL_P(cur), zval_add_ref);
    zend_string *key;
    zval *val;
    ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, val) {
        if (key) {
            Z_TRY_ADDREF_P(val);
            zend_hash_update(Z_ARRVAL(merged), key, val);
        }
    } ZEND_HASH_FOREACH_END();
    zend_update_property(obj->ce, obj, ZEND_STRL("setting"), &merged);
    zval_ptr_dtor(&merged);
}

static HashTable *setting_of(zend_object *obj)
{
    zval rv, *cur = zend_read_property(obj->ce, obj, ZEND_STRL("setting"), 1, &rv);
    return cur && Z_TYPE_P(cur) == IS_ARRAY ? Z_ARRVAL_P(cur) : NULL;
}

/* ---- protocols of plugins ------------------------------------------------------------------- */

static void app_on_connect(void *ctx, sw_conn_t *c)
{
    ((const sw_api_proto_t *)ctx)->on_connect((sw_api_conn_t *)c);
}
static long app_on_data(void *ctx, sw_conn_t *c, char *data, size_t len)
{
    return ((const sw_api_proto_t *)ctx)->on_data((sw_api_conn_t *)c, data, len);
}
static void app_on_close(void *ctx, sw_conn_t *c)
{
    ((const sw_api_proto_t *)ctx)->on_close((sw_api_conn_t *)c);
}
static void app_on_drain(void *ctx, sw_conn_t *c)
{
    ((const sw_api_proto_t *)ctx)->on_drain((sw_api_conn_t *)c);
}

int php_sw_proto_register(const sw_api_proto_t *p)
{
    if (!p || p->size < sizeof(sw_api_proto_t) || !p->name || !p->setting || !p->on_data)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "proto_register: incomplete protocol");
    if (proto_count == PROTO_MAX)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "proto_register: too many protocols");
    for (int i = 0; i < proto_count; i++)
        if (strcmp(protos[i].p->setting, p->setting) == 0)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "proto_register: %s is already "
                                "registered by protocol \"%s\"", p->setting, protos[i].p->name);
    proto_t *pr = &protos[proto_count];
    pr->first_event = -1;
    for (const char *const *e = p->events; e && *e; e++) {
        zend_string *name = zend_string_init(*e, strlen(*e), 0);
        int ev = ev_index(name);
        zend_string_release(name);
        if (ev < 0) {
            if (extra_ev_count == EV_EXTRA_MAX)
                return sw_error_set(SW_ERROR_INVALID_PARAMS, "proto_register: too many events");
            ev = EV_COUNT + extra_ev_count;
            extra_ev_names[extra_ev_count++] = *e;
        }
        if (pr->first_event < 0)
            pr->first_event = ev;
    }
    pr->p = p;
    pr->app.on_data = app_on_data;
    pr->app.on_connect = p->on_connect ? app_on_connect : NULL;
    pr->app.on_close = p->on_close ? app_on_close : NULL;
    pr->app.on_drain = p->on_drain ? app_on_drain : NULL;
    proto_count++;
    return 0;
}

/* The protocol a port speaks. Candidates: those whose setting is true for it (the port's
 * own setting, else the server's), and those whose setting is not set but whose server
 * class the server is an instance of. A set setting beats a class default; among equals
 * the protocol of the most derived class wins (Swoole\WebSocket\Server's websocket, not
 * its parent's http, even when a configuration says open_http_protocol => true too). */
static const proto_t *port_protocol(php_sw_server_t *s, php_sw_port_t *pp)
{
    if (!sw_sock_type_is_stream(pp->port->type))
        return NULL;
    const proto_t *best = NULL;
    zend_class_entry *best_ce = NULL;
    bool best_explicit = false;
    for (int i = 0; i < proto_count; i++) {
        const sw_api_proto_t *p = protos[i].p;
        zval *v = setting(setting_of(&pp->std), p->setting);
        if (!v)
            v = setting(setting_of(&s->std), p->setting);
        if (v && !zend_is_true(v))
            continue;
        bool explicit_on = v != NULL;
        zend_class_entry *ce = p->server_class ? php_sw_find_class(p->server_class) : NULL;
        if (!explicit_on && !(ce && instanceof_function(s->std.ce, ce)))
            continue;
        bool better = !best || (explicit_on && !best_explicit) ||
                      (explicit_on == best_explicit && ce && (!best_ce || instanceof_function(ce, best_ce)));
        if (better) {
            best = &protos[i];
            best_ce = ce;
            best_explicit = explicit_on;
        }
    }
    return best;
}

static void assign_protocols(php_sw_server_t *s)
{
    for (size_t i = 0; i < s->nports; i++) {
        sw_port_t *p = s->ports[i]->port;
        const proto_t *pr = port_protocol(s, s->ports[i]);
        p->app = pr ? &pr->app : NULL;
        p->app_ctx = pr ? (void *)pr->p : NULL;
    }
}

static const proto_t *proto_of_port(const sw_port_t *p)
{
    for (int i = 0; i < proto_count; i++)
        if (p->app == &protos[i].app)
            return &protos[i];
    return NULL;
}

static inline sw_conn_t *core_conn(const sw_api_conn_t *c) { return (sw_conn_t *)c; }

static php_sw_server_t *server_of(const sw_conn_t *c)
{
    return c->port->serv->data;
}

zend_object *php_sw_conn_server(const sw_api_conn_t *c)
{
    return &server_of(core_conn(c))->std;
}

sw_api_conn_t *php_sw_server_conn(zend_object *obj, int64_t session)
{
    if (!obj || !instanceof_function(obj->ce, server_ce))
        return NULL;
    php_sw_server_t *s = server_from(obj);
    if (!s->core || !s->running)
        return NULL;
    return (sw_api_conn_t *)sw_server_conn(s->core, session);
}

zval *php_sw_conn_setting(const sw_api_conn_t *ac, const char *key)
{
    const sw_conn_t *c = core_conn(ac);
    php_sw_server_t *s = server_of(c);
    php_sw_port_t *pp = c->port->data;
    zval *v = pp ? setting(setting_of(&pp->std), key) : NULL;
    return v ? v : setting(setting_of(&s->std), key);
}

int php_sw_server_event(const char *name)
{
    zend_string *n = zend_string_init(name, strlen(name), 0);
    int ev = ev_index(n);
    zend_string_release(n);
    return ev;
}

bool php_sw_server_emit(sw_api_conn_t *ac, int ev, uint32_t argc, zval *argv)
{
    sw_conn_t *c = core_conn(ac);
    php_sw_server_t *s = server_of(c);
    zval *cb = ev >= 0 && ev < EV_TOTAL ? port_callback(s, c->port, ev) : NULL;
    if (!cb)
        return false;
    c->last_dispatch_ms = sw_loop_now(s->core->loop);
    emit(s, cb, argc, argv);
    php_sw_server_count_request(ac);
    return true;
}

void php_sw_server_count_request(sw_api_conn_t *ac)
{
    php_sw_server_t *s = server_of(core_conn(ac));
    s->core->stats.request_count++;
    count_request(s);
}

int64_t php_sw_conn_session(const sw_api_conn_t *c) { return core_conn(c)->session; }
void *php_sw_conn_data(const sw_api_conn_t *c) { return core_conn(c)->app_data; }
void php_sw_conn_set_data(sw_api_conn_t *c, void *data) { core_conn(c)->app_data = data; }

int php_sw_conn_info(const sw_api_conn_t *ac, sw_api_conn_info_t *info)
{
    const sw_conn_t *c = core_conn(ac);
    if (!info || info->size < sizeof *info)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "conn_info: set info->size");
    info->session = c->session;
    info->fd = c->fd;
    info->server_fd = c->port->fd;
    info->server_port = c->port->port;
    info->connect_time = c->connect_time;
    sw_sockaddr_text((const struct sockaddr *)&c->addr, c->addrlen, info->remote_ip,
                     sizeof info->remote_ip, &info->remote_port);
    return 0;
}

int php_sw_conn_send(sw_api_conn_t *ac, const void *data, size_t len)
{
    sw_conn_t *c = core_conn(ac);
    return sw_server_send(c->port->serv, c->session, data, len);
}

int php_sw_conn_send_last(sw_api_conn_t *ac, const void *data, size_t len)
{
    sw_conn_t *c = core_conn(ac);
    return sw_server_send_last(c->port->serv, c->session, data, len);
}

size_t php_sw_conn_pending(const sw_api_conn_t *ac)
{
    const sw_conn_t *c = core_conn(ac);
    return c->out_len - c->out_off;
}

int php_sw_conn_close(sw_api_conn_t *ac, bool reset)
{
    sw_conn_t *c = core_conn(ac);
    return sw_server_close(c->port->serv, c->session, reset);
}

int php_sw_conn_pause(sw_api_conn_t *ac)
{
    sw_conn_t *c = core_conn(ac);
    return sw_server_pause(c->port->serv, c->session);
}

int php_sw_conn_resume(sw_api_conn_t *ac)
{
    sw_conn_t *c = core_conn(ac);
    return sw_server_resume(c->port->serv, c->session);
}

void *php_sw_conn_port_data(const sw_api_conn_t *c) { return core_conn(c)->port->app_data; }
void php_sw_conn_set_port_data(sw_api_conn_t *c, void *data) { core_conn(c)->port->app_data = data; }

void php_sw_conn_redispatch(sw_api_conn_t *ac)
{
    sw_conn_t *c = core_conn(ac);
    sw_server_redispatch(c->port->serv, c);
}

/* ---- TLS settings ---------------------------------------------------------------------------- */

/* The files of the ssl_* settings must be readable when they are set (Swoole's check). */
static bool check_ssl_files(HashTable *ht)
{
    static const struct { const char *key, *what; } files[] = {
        {"ssl_cert_file", "ssl cert file"},
        {"ssl_key_file", "ssl key file"},
        {"ssl_client_cert_file", "ssl client cert file"},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        zval *v = setting(ht, files[i].key);
        if (!v)
            continue;
        zend_string *path = zval_get_string(v);
        bool ok = ZSTR_LEN(path) && !memchr(ZSTR_VAL(path), 0, ZSTR_LEN(path)) &&
                  access(ZSTR_VAL(path), R_OK) == 0;
        if (!ok)
            php_error_docref(NULL, E_WARNING, "%s[%s] not found", files[i].what, ZSTR_VAL(path));
        zend_string_release(path);
        if (!ok)
            return false;
    }
    return true;
}

/* A port's own ssl_* setting, else the server's. */
static zval *ssl_setting(HashTable *port, HashTable *serv, const char *key)
{
    zval *v = setting(port, key);
    return v ? v : setting(serv, key);
}

/* Builds the TLS context of a SWOOLE_SSL port; false with a warning naming the port. */
static bool apply_ssl(php_sw_port_t *pp, HashTable *serv)
{
    HashTable *port = setting_of(&pp->std);
    static const char *const keys[] = {"ssl_cert_file", "ssl_key_file", "ssl_ciphers",
                                       "ssl_client_cert_file", "ssl_alpn_protocols"};
    zend_string *str[5] = {NULL};
    for (size_t i = 0; i < 5; i++) {
        zval *v = ssl_setting(port, serv, keys[i]);
        if (v && Z_TYPE_P(v) != IS_NULL)
            str[i] = zval_get_string(v);
    }
    sw_ssl_opts_t o = {0};
    o.cert_file = str[0] ? ZSTR_VAL(str[0]) : NULL;
    o.key_file = str[1] ? ZSTR_VAL(str[1]) : NULL;
    o.ciphers = str[2] ? ZSTR_VAL(str[2]) : NULL;
    o.client_ca_file = str[3] ? ZSTR_VAL(str[3]) : NULL;
    o.alpn = str[4] ? ZSTR_VAL(str[4]) : NULL;
    zval *v;
    if ((v = ssl_setting(port, serv, "ssl_protocols")))
        o.protocols = (unsigned)zval_get_long(v);
    if ((v = ssl_setting(port, serv, "ssl_verify_peer")))
        o.verify_peer = zend_is_true(v);
    if ((v = ssl_setting(port, serv, "ssl_verify_depth")))
        o.verify_depth = (int)MAX(0, MIN(zval_get_long(v), 100));
    if ((v = ssl_setting(port, serv, "ssl_prefer_server_ciphers")))
        o.prefer_server_ciphers = zend_is_true(v);
    int rc = sw_port_set_ssl(pp->port, &o);
    if (rc < 0)
        php_error_docref(NULL, E_WARNING, "SSL port %s:%d: %s", pp->port->host, pp->port->port,
                         sw_error_msg());
    for (size_t i = 0; i < 5; i++)
        if (str[i])
            zend_string_release(str[i]);
    return rc == 0;
}

/* ---- construction and ports ----------------------------------------------------------------- */

static php_sw_port_t *add_port(php_sw_server_t *s, zend_string *host, zend_long port,
                               zend_long type)
{
    int t = (int)(type & ~(zend_long)PHP_SW_SOCK_SSL);
    if (!sw_sock_type_is_valid(t)) {
        php_error_docref(NULL, E_WARNING, "unknown socket type " ZEND_LONG_FMT, type);
        set_error(s, SW_ERROR_INVALID_PARAMS);
        return NULL;
    }
    if ((type & PHP_SW_SOCK_SSL) && !sw_sock_type_is_stream(t)) {
        php_error_docref(NULL, E_WARNING, "SWOOLE_SSL needs a stream socket (DTLS is not supported)");
        set_error(s, SW_ERROR_OPERATION_NOT_SUPPORT);
        return NULL;
    }
    if (port < 0 || port > 65535) {
        php_error_docref(NULL, E_WARNING, "invalid port " ZEND_LONG_FMT, port);
        set_error(s, SW_ERROR_INVALID_PARAMS);
        return NULL;
    }
    const char *h = ZSTR_VAL(host);
    if ((t == SW_SOCK_TCP6 || t == SW_SOCK_UDP6) && strcmp(h, "0.0.0.0") == 0)
        h = "::";
    sw_port_t *cp = sw_server_add_port(s->core, t, h, (int)port, 0);
    if (!cp) {
        int code = sw_error_code();
        php_error_docref(NULL, E_WARNING, "failed to listen on %s:" ZEND_LONG_FMT ": %s", h,
                         port, sw_error_msg());
        set_error(s, code);
        return NULL;
    }
    zval zp;
    object_init_ex(&zp, port_ce);
    php_sw_port_t *pp = port_from(Z_OBJ(zp));
    pp->port = cp;
    pp->serv = s;
    pp->ssl = (type & PHP_SW_SOCK_SSL) != 0;
    cp->data = pp;
    s->ports = safe_erealloc(s->ports, s->nports + 1, sizeof *s->ports, 0);
    s->ports[s->nports++] = pp;
    zend_object *po = Z_OBJ(zp);
    zend_update_property_str(port_ce, po, ZEND_STRL("host"), host);
    zend_update_property_long(port_ce, po, ZEND_STRL("port"), cp->port);
    zend_update_property_long(port_ce, po, ZEND_STRL("type"), t);
    zend_update_property_long(port_ce, po, ZEND_STRL("sock"), cp->fd);
    make_iterator(po, s, cp);
    zval rv, *ports = zend_read_property(server_ce, &s->std, ZEND_STRL("ports"), 1, &rv);
    if (ports && Z_TYPE_P(ports) == IS_ARRAY) {
        zval copy;
        ZVAL_ARR(&copy, zend_array_dup(Z_ARRVAL_P(ports)));
        add_next_index_zval(&copy, &zp);  /* takes the object's reference */
        zend_update_property(server_ce, &s->std, ZEND_STRL("ports"), &copy);
        zval_ptr_dtor(&copy);
    } else {
        zval_ptr_dtor(&zp);
    }
    return pp;
}

ZEND_METHOD(Swoole_Server, __construct)
{
    zend_string *host = NULL;
    zend_long port = 0, mode = PHP_SW_MODE_BASE, type = SW_SOCK_TCP;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 4)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_LONG(mode)
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();

    if (s->core) {
        zend_throw_error(php_sw_error_ce, "Constructor of %s can only be called once",
                         ZSTR_VAL(server_ce->name));
        RETURN_THROWS();
    }
    if (mode != PHP_SW_MODE_BASE && mode != PHP_SW_MODE_PROCESS) {
        zend_throw_exception_ex(php_sw_exception_ce, SW_ERROR_INVALID_PARAMS,
                                "invalid $mode parameters " ZEND_LONG_FMT, mode);
        RETURN_THROWS();
    }
    s->core = sw_server_new();
    s->core->data = s;
    s->core->h.on_connect = on_connect;
    s->core->h.on_receive = on_receive;
    s->core->h.on_packet = on_packet;
    s->core->h.on_close = on_close;
    s->core->h.on_buffer_full = on_buffer_full;
    s->core->h.on_buffer_empty = on_buffer_empty;
    s->mode = (int)mode;
    zend_string *h = host ? zend_string_copy(host) : zend_string_init(ZEND_STRL("0.0.0.0"), 0);
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    make_iterator(o, s, NULL);
    php_sw_port_t *pp = add_port(s, h, port, type);
    if (!pp) {
        zend_string_release(h);
        zend_throw_exception_ex(php_sw_exception_ce, s->last_error,
                                "failed to listen server port[%s:" ZEND_LONG_FMT "], Error: %s[%d]",
                                host ? ZSTR_VAL(host) : "0.0.0.0", port,
                                sw_strerror(s->last_error), s->last_error);
        RETURN_THROWS();
    }
    zend_update_property_str(server_ce, o, ZEND_STRL("host"), h);
    zend_update_property_long(server_ce, o, ZEND_STRL("port"), pp->port->port);
    zend_update_property_long(server_ce, o, ZEND_STRL("type"), type);
    zend_update_property_long(server_ce, o, ZEND_STRL("mode"), mode);
    zend_string_release(h);
}

#define REQUIRE_CORE(s)                                                              \
    do {                                                                             \
        if (!(s)->core) {                                                            \
            zend_throw_error(php_sw_error_ce, "the server is not constructed");      \
            RETURN_THROWS();                                                         \
        }                                                                            \
    } while (0)

ZEND_METHOD(Swoole_Server, listen)
{
    zend_string *host;
    zend_long port, type;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(host)
        Z_PARAM_LONG(port)
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    REQUIRE_CORE(s);
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "server is running, cannot add a listener");
        RETURN_FALSE;
    }
    php_sw_port_t *pp = add_port(s, host, port, type);
    if (!pp)
        RETURN_FALSE;
    RETURN_OBJ_COPY(&pp->std);
}

ZEND_METHOD(Swoole_Server, set)
{
    HashTable *ht;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    REQUIRE_CORE(s);
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "server is running, unable to execute %s->set()",
                         ZSTR_VAL(server_ce->name));
        RETURN_FALSE;
    }
    if (!apply_server_settings(s, ht, false) || !check_ssl_files(ht))
        RETURN_FALSE;
    merge_setting(Z_OBJ_P(ZEND_THIS), ht);
    RETURN_TRUE;
}

static bool set_callback(zval *cbs, zend_string *name, zval *cb, bool port_only)
{
    int ev = ev_index(name);
    if (ev < 0 || (port_only && !ev_is_port_event(ev))) {
        php_error_docref(NULL, E_WARNING, "unknown event types[%s]", ZSTR_VAL(name));
        return false;
    }
    zval_ptr_dtor(&cbs[ev]);
    ZVAL_COPY(&cbs[ev], cb);
    return true;
}

ZEND_METHOD(Swoole_Server, on)
{
    zend_string *name;
    zval *cb;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "server is running, unable to register event callback function");
        RETURN_FALSE;
    }
    RETURN_BOOL(set_callback(s->cbs, name, cb, false));
}

ZEND_METHOD(Swoole_Server, getCallback)
{
    zend_string *name;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    int ev = ev_index(name);
    if (ev < 0 || Z_ISUNDEF(s->cbs[ev]))
        RETURN_NULL();
    RETURN_COPY(&s->cbs[ev]);
}

/* ---- Port ------------------------------------------------------------------------------------ */

ZEND_METHOD(Swoole_Server_Port, __construct) {}

ZEND_METHOD(Swoole_Server_Port, set)
{
    HashTable *ht;
    php_sw_port_t *p = port_from(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    (void)p;
    sw_proto_t probe;
    sw_proto_init(&probe);
    if (!apply_proto(&probe, NULL, ht) || !check_ssl_files(ht))
        return;
    merge_setting(Z_OBJ_P(ZEND_THIS), ht);
}

ZEND_METHOD(Swoole_Server_Port, on)
{
    zend_string *name;
    zval *cb;
    php_sw_port_t *p = port_from(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(name)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (p->serv && p->serv->started) {
        php_error_docref(NULL, E_WARNING, "server is running, unable to register event callback function");
        RETURN_FALSE;
    }
    RETURN_BOOL(set_callback(p->cbs, name, cb, true));
}

ZEND_METHOD(Swoole_Server_Port, getCallback)
{
    zend_string *name;
    php_sw_port_t *p = port_from(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    int ev = ev_index(name);
    if (ev < 0 || Z_ISUNDEF(p->cbs[ev]))
        RETURN_NULL();
    RETURN_COPY(&p->cbs[ev]);
}

/* ---- start / shutdown ----------------------------------------------------------------------- */

static void emit_simple(php_sw_server_t *s, int ev, bool with_id)
{
    zval args[2];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], s->worker_id);
    emit(s, Z_ISUNDEF(s->cbs[ev]) ? NULL : &s->cbs[ev], with_id ? 2 : 1, args);
}

/* Called at the root once the loop is over: no coroutine is left to run it in. */
static void call_at_root(php_sw_server_t *s, int ev, bool with_id)
{
    if (Z_ISUNDEF(s->cbs[ev]))
        return;
    zval args[2], rv;
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], s->worker_id);
    call_user_function(NULL, NULL, &s->cbs[ev], &rv, with_id ? 2 : 1, args);
    zval_ptr_dtor(&rv);
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

static void clear_timers(void)
{
    zval fn, rv;
    ZVAL_STRING(&fn, "swoole_timer_clear_all");
    call_user_function(NULL, NULL, &fn, &rv, 0, NULL);
    zval_ptr_dtor(&rv);
    zval_ptr_dtor(&fn);
}

/* ---- reload_async: a worker that finishes its work before it ends ----------------------------
 * It stops accepting and its connections, heartbeat and task socket stop keeping the loop
 * alive; then the loop runs on for what is left (coroutines sleeping or waiting on I/O,
 * timers, queued output), calling onWorkerExit at the end of every iteration, and ends
 * when nothing is left or max_wait_time has passed. */

static void unref_io(sw_loop_t *loop, sw_io_t *io)
{
    unsigned ev = io->events;
    if (ev)
        sw_io_stop(loop, io);
    io->unref = true;
    if (ev)
        sw_io_start(loop, io, ev);
}

static bool output_pending(php_sw_server_t *s)
{
    for (sw_conn_t *c = s->core->head; c; c = c->next)
        if (sw_server_queued_bytes(c))
            return true;
    return false;
}

static void exit_cycle_cb(sw_loop_t *loop, void *arg)
{
    php_sw_server_t *s = arg;
    if (!s->exiting)
        return;
    call_at_root(s, EV_WORKER_EXIT, true);
    /* queued output keeps the loop (the connections themselves no longer do) */
    bool pending = output_pending(s);
    if (pending != s->exit_hold) {
        if (pending)
            sw_loop_ref(loop);
        else
            sw_loop_unref(loop);
        s->exit_hold = pending;
    }
}

static void exit_timeout_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    php_sw_server_t *s = arg;
    (void)t;
    s->exit_timer = NULL;
    sw_log(SW_LOG_WARNING, "worker#%d exit timeout (max_wait_time=%lds), forced termination",
           s->worker_id, s->max_wait_time);
    sw_error_set(SW_ERROR_SERVER_WORKER_EXIT_TIMEOUT, "worker exit timeout, forced termination");
    sw_loop_stop(loop);
}

static void exit_begin(php_sw_server_t *s, sw_loop_t *loop)
{
    s->exiting = true;
    emit_simple(s, EV_WORKER_STOP, true);
    for (sw_port_t *p = s->core->ports; p; p = p->next)
        sw_io_stop(loop, &p->io);
    if (s->core->heartbeat_timer) {
        sw_timer_cancel(loop, s->core->heartbeat_timer);
        s->core->heartbeat_timer = NULL;
    }
    for (sw_conn_t *c = s->core->head; c; c = c->next)
        unref_io(loop, &c->io);
    unref_io(loop, &s->task_io);
    sw_signal_del(loop, SIGTERM);
    s->exit_timer = sw_timer_add(loop, (uint64_t)s->max_wait_time * 1000, false, exit_timeout_cb, s);
    if (s->exit_timer)
        sw_timer_unref(loop, s->exit_timer);
    s->exit_cycle = sw_loop_add_cycle(loop, exit_cycle_cb, s, false);
}

/* After the loop of an exiting worker: undo what exit_begin set up. */
static void exit_end(php_sw_server_t *s, sw_loop_t *loop)
{
    if (s->exit_timer)
        sw_timer_cancel(loop, s->exit_timer);
    s->exit_timer = NULL;
    if (s->exit_cycle > 0)
        sw_loop_del_cycle(loop, s->exit_cycle);
    s->exit_cycle = 0;
    if (s->exit_hold)
        sw_loop_unref(loop);
    s->exit_hold = false;
    s->exiting = false;
}

/* The worker's loop ends: stop accepting, drop the connections, end the timers. */
static void worker_stop(sw_loop_t *loop, void *arg)
{
    php_sw_server_t *s = arg;
    if (!s->running || s->exiting)
        return;
    if (s->reload_async && !s->is_task_worker) {
        exit_begin(s, loop);
        return;
    }
    s->running = false;
    emit_simple(s, EV_WORKER_STOP, true);
    sw_server_stop(s->core, false);
    while (s->send_waiters)  /* their connections are gone: send() returns false */
        wake_senders(s, s->send_waiters->session);
    sw_io_stop(sw_loop_default(), &s->task_io);
    sw_signal_del(sw_loop_default(), SIGTERM);
    clear_timers();
}

static void worker_stop_cb(sw_loop_t *loop, void *arg) { worker_stop(loop, arg); }

static void on_sigterm(sw_loop_t *loop, int signo, void *arg)
{
    (void)signo;
    worker_stop(loop, arg);
}

static bool check_callbacks(php_sw_server_t *s)
{
    assign_protocols(s);
    for (size_t i = 0; i < s->nports; i++) {
        sw_port_t *p = s->ports[i]->port;
        bool stream = sw_sock_type_is_stream(p->type);
        if (p->app) {
            const proto_t *pr = proto_of_port(p);
            if (pr->first_event >= 0 && !port_callback(s, p, pr->first_event)) {
                const char *ev = ev_name(pr->first_event);
                zend_throw_exception_ex(php_sw_exception_ce, SW_ERROR_INVALID_PARAMS,
                                        "require on%c%s callback", toupper((unsigned char)ev[0]),
                                        ev + 1);
                return false;
            }
            continue;
        }
        if (stream && !port_callback(s, p, EV_RECEIVE)) {
            zend_throw_exception(php_sw_exception_ce, "require onReceive callback", SW_ERROR_INVALID_PARAMS);
            return false;
        }
        if (!stream && !port_callback(s, p, EV_PACKET)) {
            zend_throw_exception(php_sw_exception_ce, "require onPacket callback", SW_ERROR_INVALID_PARAMS);
            return false;
        }
    }
    return true;
}

/* Socket options of a port's accepted connections, and its backlog. */
static bool apply_port_opts(sw_port_t *p, HashTable *ht)
{
    zend_long keepidle = p->keepidle, keepinterval = p->keepinterval, keepcount = p->keepcount;
    zend_long bufsize = p->socket_buffer_size, backlog = p->backlog;
    zval *v;
    if (!ht)
        return true;
    if (!positive_setting(ht, "tcp_keepidle", 0, 32767, &keepidle) ||
        !positive_setting(ht, "tcp_keepinterval", 0, 32767, &keepinterval) ||
        !positive_setting(ht, "tcp_keepcount", 0, 127, &keepcount) ||
        !positive_setting(ht, "socket_buffer_size", 0, INT32_MAX, &bufsize) ||
        !positive_setting(ht, "backlog", 1, 65535, &backlog))
        return false;
    if ((v = setting(ht, "open_tcp_keepalive")))
        p->tcp_keepalive = zend_is_true(v);
    p->keepidle = (int)keepidle;
    p->keepinterval = (int)keepinterval;
    p->keepcount = (int)keepcount;
    p->socket_buffer_size = (int)bufsize;
    if (sw_port_set_backlog(p, (int)backlog) < 0) {
        php_sw_error_from_core(E_WARNING);
        return false;
    }
    return true;
}

/* package_length_func: called with the bytes a connection holds, returns the length of the
 * packet at their start (0: not known yet, < 0: bad input). It runs here, synchronously,
 * like Swoole's: it must not wait. */
static long call_length_func(void *ctx, const char *buf, size_t len)
{
    php_sw_port_t *pp = ctx;
    zval arg, rv;
    ZVAL_STRINGL(&arg, buf, len);
    ZVAL_UNDEF(&rv);
    long n = -1;
    if (call_user_function(NULL, NULL, &pp->length_func, &rv, 1, &arg) == SUCCESS &&
        !EG(exception) && Z_TYPE(rv) != IS_UNDEF)
        n = (long)zval_get_long(&rv);
    zval_ptr_dtor(&arg);
    zval_ptr_dtor(&rv);
    if (EG(exception)) {
        zend_exception_error(EG(exception), E_WARNING);
        zend_clear_exception();
        n = -1;
    }
    return n;
}

static bool apply_length_func(php_sw_server_t *s, php_sw_port_t *pp)
{
    zval *v = setting(setting_of(&pp->std), "package_length_func");
    if (!v)
        v = setting(setting_of(&s->std), "package_length_func");
    if (!v || Z_TYPE_P(v) == IS_NULL)
        return true;
    if (!zend_is_callable(v, 0, NULL)) {
        php_error_docref(NULL, E_WARNING, "package_length_func must be callable");
        return false;
    }
    zval_ptr_dtor(&pp->length_func);
    ZVAL_COPY(&pp->length_func, v);
    pp->port->proto.length_fn = call_length_func;
    pp->port->proto.length_ctx = pp;
    pp->port->proto.length_check = true;
    return true;
}

static bool apply_all_settings(php_sw_server_t *s)
{
    HashTable *ss = setting_of(&s->std);
    if (!apply_server_settings(s, ss, true))
        return false;
    for (size_t i = 0; i < s->nports; i++) {
        sw_port_t *p = s->ports[i]->port;
        /* a port inherits the server's protocol settings, then applies its own */
        if (!apply_proto(&p->proto, &p->tcp_nodelay, ss) ||
            !apply_proto(&p->proto, &p->tcp_nodelay, setting_of(&s->ports[i]->std)) ||
            !apply_port_opts(p, ss) || !apply_port_opts(p, setting_of(&s->ports[i]->std)) ||
            !apply_length_func(s, s->ports[i]))
            return false;
        if (s->ports[i]->ssl && !apply_ssl(s->ports[i], ss))
            return false;
    }
    return true;
}

static void update_process_props(php_sw_server_t *s, pid_t master)
{
    zend_object *o = &s->std;
    zend_update_property_long(server_ce, o, ZEND_STRL("master_pid"), master);
    zend_update_property_long(server_ce, o, ZEND_STRL("worker_id"), s->worker_id);
    zend_update_property_long(server_ce, o, ZEND_STRL("worker_pid"), getpid());
    zend_update_property_long(server_ce, o, ZEND_STRL("manager_pid"), s->managed ? master : 0);
    zend_update_property_bool(server_ce, o, ZEND_STRL("taskworker"), s->is_task_worker);
}

/* ---- task workers ------------------------------------------------------------------------- *
 * Workers and task workers talk over Unix SOCK_SEQPACKET pairs made by the manager before
 * it forks: one per task worker (every worker writes whole messages to it, the task worker
 * reads) and one per worker for the results. A message is a task_hdr_t and the payload:
 * the string itself, or serialize()d, or — above TASK_INLINE_MAX — the path of a temporary
 * file holding it (the reader unlinks it), so payloads of any size fit. */

#define TASK_SERIALIZED 1u
#define TASK_TMPFILE 2u
#define TASK_WAIT 4u
#define TASK_PIPE 8u          /* sendMessage(): for onPipeMessage, not a task */
#define TASK_INLINE_MAX 60000

typedef struct {
    int64_t id;
    int32_t src;
    uint32_t flags;
} task_hdr_t;

typedef struct {
    sw_coro_t *co;
    sw_timer_t *timer;
    zval result;
    bool done, timed_out;
} task_waiter_t;

static void handle_result(php_sw_server_t *s, const task_hdr_t *h, zval *data);
static bool check_running(php_sw_server_t *s);

/* <task_tmpdir>/swoole.task.<master pid>.<suffix>: the pid lets the manager remove, when
 * it ends, the files of messages nobody read (queued for a worker that was stopping,
 * or written by a worker killed before it could send them). */
static void task_tmp_pattern(php_sw_server_t *s, char *buf, size_t cap, const char *suffix)
{
    const char *dir = s->task_tmpdir ? ZSTR_VAL(s->task_tmpdir) : "/tmp";
    snprintf(buf, cap, "%s/swoole.task.%d.%s", dir, (int)s->master_pid, suffix);
}

static void task_tmp_cleanup(php_sw_server_t *s)
{
    char pattern[256];
    glob_t g;
    task_tmp_pattern(s, pattern, sizeof pattern, "*");
    if (glob(pattern, GLOB_NOSORT, NULL, &g) != 0)
        return;
    for (size_t i = 0; i < g.gl_pathc; i++)
        unlink(g.gl_pathv[i]);
    globfree(&g);
}

/* Encodes data and sends it; false with a warning. */
static bool task_send(php_sw_server_t *s, int fd, task_hdr_t h, zval *data)
{
    zend_string *payload;
    if (Z_TYPE_P(data) == IS_STRING) {
        payload = zend_string_copy(Z_STR_P(data));
    } else {
        zval fn, rv;
        ZVAL_STRING(&fn, "serialize");
        call_user_function(NULL, NULL, &fn, &rv, 1, data);
        zval_ptr_dtor(&fn);
        if (Z_TYPE(rv) != IS_STRING) {
            zval_ptr_dtor(&rv);
            return false;
        }
        payload = Z_STR(rv);
        h.flags |= TASK_SERIALIZED;
    }
    char path[256] = "";
    if (ZSTR_LEN(payload) > TASK_INLINE_MAX) {
        task_tmp_pattern(s, path, sizeof path, "XXXXXX");
        int tfd = mkstemp(path);
        bool ok = tfd >= 0 && write(tfd, ZSTR_VAL(payload), ZSTR_LEN(payload)) == (ssize_t)ZSTR_LEN(payload);
        if (tfd >= 0)
            close(tfd);
        zend_string_release(payload);
        if (!ok) {
            php_error_docref(NULL, E_WARNING, "cannot write the task data to a temporary file");
            unlink(path);
            return false;
        }
        payload = zend_string_init(path, strlen(path), 0);
        h.flags |= TASK_TMPFILE;
    }
    size_t len = sizeof h + ZSTR_LEN(payload);
    char *buf = emalloc(len);
    memcpy(buf, &h, sizeof h);
    memcpy(buf + sizeof h, ZSTR_VAL(payload), ZSTR_LEN(payload));
    ssize_t n;
    do
        n = send(fd, buf, len, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    efree(buf);
    zend_string_release(payload);
    if (n != (ssize_t)len) {
        php_error_docref(NULL, E_WARNING, "cannot send the task: %s", strerror(errno));
        if (path[0])
            unlink(path);
        return false;
    }
    return true;
}

/* Receives one message; false if there is none (or it is broken). */
static bool task_recv(int fd, task_hdr_t *h, zval *data)
{
    static char buf[sizeof(task_hdr_t) + TASK_INLINE_MAX + 64];
    ssize_t n = recv(fd, buf, sizeof buf, MSG_DONTWAIT);
    if (n < (ssize_t)sizeof *h)
        return false;
    memcpy(h, buf, sizeof *h);
    zend_string *payload = zend_string_init(buf + sizeof *h, (size_t)n - sizeof *h, 0);
    if (h->flags & TASK_TMPFILE) {
        php_stream *st = php_stream_open_wrapper(ZSTR_VAL(payload), "rb", 0, NULL);
        zend_string *content = st ? php_stream_copy_to_mem(st, PHP_STREAM_COPY_ALL, 0) : NULL;
        if (st)
            php_stream_close(st);
        unlink(ZSTR_VAL(payload));
        zend_string_release(payload);
        payload = content ? content : ZSTR_EMPTY_ALLOC();
    }
    if (h->flags & TASK_SERIALIZED) {
        zval fn, arg;
        ZVAL_STRING(&fn, "unserialize");
        ZVAL_STR(&arg, payload);
        call_user_function(NULL, NULL, &fn, data, 1, &arg);
        zval_ptr_dtor(&fn);
        zval_ptr_dtor(&arg);
    } else {
        ZVAL_STR(data, payload);
    }
    return true;
}

static bool task_finish(php_sw_server_t *s, zval *data)
{
    task_hdr_t h = {s->cur_task_id, s->worker_id, s->cur_task_flags & TASK_WAIT};
    s->task_finished = true;
    return task_send(s, s->result_pipes[s->cur_task_src][1], h, data);
}

/* onPipeMessage($server, $src_worker_id, $message): in a coroutine in a worker, at the
 * root in a task worker (like onTask). */
static void pipe_message(php_sw_server_t *s, const task_hdr_t *h, zval *data)
{
    zval args[3];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], h->src);
    ZVAL_COPY_VALUE(&args[2], data);
    zval *cb = Z_ISUNDEF(s->cbs[EV_PIPE_MESSAGE]) ? NULL : &s->cbs[EV_PIPE_MESSAGE];
    if (!s->is_task_worker) {
        emit(s, cb, 3, args);
        return;
    }
    if (!cb)
        return;
    zval rv;
    call_user_function(NULL, NULL, cb, &rv, 3, args);
    zval_ptr_dtor(&rv);
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

ZEND_METHOD(Swoole_Server, sendMessage)
{
    zval *msg;
    zend_long dst;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(msg)
        Z_PARAM_LONG(dst)
    ZEND_PARSE_PARAMETERS_END();
    if (!s->running || !s->managed || s->is_manager || !s->result_pipes) {
        php_error_docref(NULL, E_WARNING, "sendMessage() can only be used in a worker of a "
                         "running server with worker_num > 1 or task workers");
        RETURN_FALSE;
    }
    if (dst < 0 || dst >= s->worker_num + s->task_worker_num || dst == s->worker_id) {
        php_error_docref(NULL, E_WARNING, "invalid worker_id " ZEND_LONG_FMT
                         " (0 to %d, not the current worker)", dst,
                         s->worker_num + s->task_worker_num - 1);
        RETURN_FALSE;
    }
    task_hdr_t h = {0, s->worker_id, TASK_PIPE};
    int fd = dst < s->worker_num ? s->result_pipes[dst][1] : s->task_pipes[dst - s->worker_num][0];
    RETURN_BOOL(task_send(s, fd, h, msg));
}

/* task_enable_coroutine: onTask($server, Server\Task) in a coroutine of its own; the
 * result goes back through $task->finish() (or $server->finish() before its first
 * suspension). Takes data. */
static void task_in_coroutine(php_sw_server_t *s, const task_hdr_t *h, zval *data)
{
    zval ztask, args[2];
    object_init_ex(&ztask, srv_task_ce);
    php_sw_srv_task_t *t = srv_task_from(Z_OBJ(ztask));
    ZVAL_OBJ_COPY(&t->server, &s->std);
    t->id = h->id;
    t->src = h->src;
    t->flags = h->flags;
    zend_object *o = Z_OBJ(ztask);
    zend_update_property(srv_task_ce, o, ZEND_STRL("data"), data);
    zval_ptr_dtor(data);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    zend_update_property_double(srv_task_ce, o, ZEND_STRL("dispatch_time"),
                                (double)now.tv_sec + (double)now.tv_nsec / 1e9);
    zend_update_property_long(srv_task_ce, o, ZEND_STRL("id"), h->id);
    zend_update_property_long(srv_task_ce, o, ZEND_STRL("worker_id"), h->src);
    zend_update_property_long(srv_task_ce, o, ZEND_STRL("flags"), h->flags);
    /* $server->finish() works until the coroutine first yields */
    s->cur_task_id = h->id;
    s->cur_task_src = h->src;
    s->cur_task_flags = h->flags;
    s->in_task = true;
    s->task_finished = false;
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_COPY_VALUE(&args[1], &ztask);
    zend_fcall_info_cache fcc;
    zval *cb = Z_ISUNDEF(s->cbs[EV_TASK]) ? NULL : &s->cbs[EV_TASK];
    if (cb && zend_is_callable_ex(cb, NULL, 0, NULL, &fcc, NULL))
        php_sw_coro_create(cb, &fcc, 2, args);
    s->in_task = false;
    zval_ptr_dtor(&ztask);
}

/* Task worker: one task from a worker, onTask called here at the root. */
static void task_io_cb(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    php_sw_server_t *s = io->data;
    task_hdr_t h;
    zval data, rv, args[4];
    (void)loop;
    (void)events;
    if (!task_recv(io->fd, &h, &data))
        return;
    if (h.flags & TASK_PIPE) {
        pipe_message(s, &h, &data);
        zval_ptr_dtor(&data);
        return;
    }
    if (h.src < 0 || h.src >= s->worker_num) {
        zval_ptr_dtor(&data);
        return;
    }
    if (s->task_enable_coroutine) {
        task_in_coroutine(s, &h, &data);
        return;
    }
    s->cur_task_id = h.id;
    s->cur_task_src = h.src;
    s->cur_task_flags = h.flags;
    s->in_task = true;
    s->task_finished = false;
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], h.id);
    ZVAL_LONG(&args[2], h.src);
    ZVAL_COPY_VALUE(&args[3], &data);
    ZVAL_UNDEF(&rv);
    if (!Z_ISUNDEF(s->cbs[EV_TASK]))
        call_user_function(NULL, NULL, &s->cbs[EV_TASK], &rv, 4, args);
    if (!EG(exception) && !Z_ISUNDEF(rv) && Z_TYPE(rv) != IS_NULL && !s->task_finished)
        task_finish(s, &rv);
    s->in_task = false;
    zval_ptr_dtor(&rv);
    zval_ptr_dtor(&data);
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

/* Worker: a result from a task worker. */
static void result_io_cb(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    php_sw_server_t *s = io->data;
    task_hdr_t h;
    zval data;
    (void)loop;
    (void)events;
    if (!task_recv(io->fd, &h, &data))
        return;
    if (h.flags & TASK_PIPE)
        pipe_message(s, &h, &data);
    else
        handle_result(s, &h, &data);
    zval_ptr_dtor(&data);
}

static void handle_result(php_sw_server_t *s, const task_hdr_t *h, zval *data)
{
    task_waiter_t *w = sw_idmap_get(&s->task_waiters, h->id);
    if (w) {
        sw_idmap_del(&s->task_waiters, h->id);
        ZVAL_COPY(&w->result, data);
        w->done = true;
        if (w->co)
            sw_coro_resume(w->co);
        return;
    }
    if (h->flags & TASK_WAIT)
        return;  /* its taskwait() has timed out: nobody wants it any more */
    zval args[3];
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], h->id);
    ZVAL_COPY_VALUE(&args[2], data);
    zval *cb = Z_TYPE(s->finish_cbs) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(s->finish_cbs), h->id) : NULL;
    if (cb) {
        zval keep;
        ZVAL_COPY(&keep, cb);
        zend_hash_index_del(Z_ARRVAL(s->finish_cbs), h->id);
        emit(s, &keep, 3, args);
        zval_ptr_dtor(&keep);
        return;
    }
    emit(s, Z_ISUNDEF(s->cbs[EV_FINISH]) ? NULL : &s->cbs[EV_FINISH], 3, args);
}

static void task_worker_watch(php_sw_server_t *s, sw_loop_t *loop)
{
    if (s->is_task_worker)
        sw_io_init(&s->task_io, s->task_pipes[s->worker_id - s->worker_num][1], task_io_cb, s);
    else
        sw_io_init(&s->task_io, s->result_pipes[s->worker_id][0], result_io_cb, s);
    sw_io_start(loop, &s->task_io, SW_EV_READ);
}

static bool task_pipes_create(php_sw_server_t *s)
{
    s->task_pipes = ecalloc((size_t)s->task_worker_num + 1, sizeof *s->task_pipes);
    s->result_pipes = ecalloc((size_t)s->worker_num, sizeof *s->result_pipes);
    for (int i = 0; i < s->task_worker_num; i++)
        if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, s->task_pipes[i]) < 0)
            return false;
    for (int i = 0; i < s->worker_num; i++)
        if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, s->result_pipes[i]) < 0)
            return false;
    return true;
}

/* Checks the caller may post a task and picks the task worker; -1 with a warning. */
static int task_target(php_sw_server_t *s, zend_long dst)
{
    if (!s->running || s->task_worker_num <= 0 || s->is_task_worker || s->is_manager || s->worker_id < 0) {
        php_error_docref(NULL, E_WARNING, "task() can only be used in a worker process of a "
                         "running server with task_worker_num > 0");
        return -1;
    }
    if (dst >= s->task_worker_num) {
        php_error_docref(NULL, E_WARNING, "worker_id must be less than task_worker_num %d", s->task_worker_num);
        return -1;
    }
    return dst >= 0 ? (int)dst : (int)(s->task_rr++ % (unsigned)s->task_worker_num);
}

ZEND_METHOD(Swoole_Server, task)
{
    zval *data, *cb = NULL;
    zend_long dst = -1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(dst)
        Z_PARAM_ZVAL_OR_NULL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (cb && !zend_is_callable(cb, 0, NULL)) {
        zend_argument_type_error(3, "must be a valid callback or null");
        RETURN_THROWS();
    }
    int t = task_target(s, dst);
    if (t < 0)
        RETURN_FALSE;
    task_hdr_t h = {++s->task_next, s->worker_id, 0};
    if (!task_send(s, s->task_pipes[t][0], h, data))
        RETURN_FALSE;
    if (cb) {
        if (Z_ISUNDEF(s->finish_cbs))
            array_init(&s->finish_cbs);
        Z_TRY_ADDREF_P(cb);
        zend_hash_index_update(Z_ARRVAL(s->finish_cbs), h.id, cb);
    }
    RETURN_LONG(h.id);
}

static void waiter_timeout(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    task_waiter_t *w = arg;
    (void)loop;
    (void)t;
    w->timer = NULL;
    w->timed_out = true;
    sw_coro_resume(w->co);
}

static bool all_done(const task_waiter_t *w, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!w[i].done)
            return false;
    return true;
}

/* Posts n tasks and waits for their results (suspending the coroutine, or polling the
 * result socket at the root); w[i].done tells which ones came back in time. */
static bool task_wait_all(php_sw_server_t *s, zval *datas, uint32_t n, task_waiter_t *w,
                          zend_long dst, double timeout)
{
    int64_t *ids = safe_emalloc(n, sizeof *ids, 0);
    uint32_t posted = 0;
    memset(w, 0, n * sizeof *w);  /* done = false, result = UNDEF */
    for (uint32_t i = 0; i < n; i++) {
        int t = task_target(s, dst);
        task_hdr_t h = {++s->task_next, s->worker_id, TASK_WAIT};
        w[i].co = sw_coro_current();
        ZVAL_UNDEF(&w[i].result);
        ids[i] = h.id;
        if (t < 0)
            break;
        sw_idmap_put(&s->task_waiters, h.id, &w[i]);
        if (!task_send(s, s->task_pipes[t][0], h, &datas[i])) {
            sw_idmap_del(&s->task_waiters, h.id);
            break;
        }
        posted++;
    }
    long ms = php_sw_timeout_ms(timeout);
    task_waiter_t clock = {.co = sw_coro_current()};
#define ALL_DONE() all_done(w, posted)
    if (clock.co) {
        sw_loop_t *loop = sw_loop_default();
        if (ms > 0)
            clock.timer = sw_timer_add(loop, (uint64_t)ms, false, waiter_timeout, &clock);
        while (!ALL_DONE() && !clock.timed_out && !sw_coro_is_canceled(clock.co))
            if (sw_coro_yield_ex("Server::taskwait()", NULL, NULL) < 0)
                break;
        if (clock.timer)
            sw_timer_cancel(loop, clock.timer);
    } else {
        uint64_t deadline = sw_clock_ms() + (uint64_t)(ms > 0 ? ms : 0);
        while (!ALL_DONE()) {
            uint64_t now = sw_clock_ms();
            if (ms >= 0 && now >= deadline)
                break;
            struct pollfd pfd = {s->result_pipes[s->worker_id][0], POLLIN, 0};
            if (poll(&pfd, 1, ms < 0 ? -1 : (int)(deadline - now)) <= 0)
                continue;
            task_hdr_t rh;
            zval rd;
            if (task_recv(pfd.fd, &rh, &rd)) {
                handle_result(s, &rh, &rd);
                zval_ptr_dtor(&rd);
            }
        }
    }
#undef ALL_DONE
    for (uint32_t i = 0; i < posted; i++)
        sw_idmap_del(&s->task_waiters, ids[i]);
    efree(ids);
    return posted == n;
}

ZEND_METHOD(Swoole_Server, taskwait)
{
    zval *data;
    double timeout = 0.5;
    zend_long dst = -1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
        Z_PARAM_LONG(dst)
    ZEND_PARSE_PARAMETERS_END();
    if (task_target(s, dst < 0 ? 0 : dst) < 0)  /* checks only: the pick is task_wait_all's */
        RETURN_FALSE;
    task_waiter_t w;
    bool posted = task_wait_all(s, data, 1, &w, dst, timeout);
    if (!posted || !w.done) {
        zval_ptr_dtor(&w.result);
        set_error(s, SW_ERROR_CO_TIMEDOUT);
        RETURN_FALSE;
    }
    RETURN_COPY_VALUE(&w.result);
}

ZEND_METHOD(Swoole_Server, taskWaitMulti)
{
    HashTable *tasks;
    double timeout = 0.5;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(tasks)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (task_target(s, 0) < 0)
        RETURN_FALSE;
    uint32_t n = zend_hash_num_elements(tasks);
    if (n == 0 || n > 1024) {
        php_error_docref(NULL, E_WARNING, "the number of tasks must be 1 to 1024");
        RETURN_FALSE;
    }
    zval *datas = safe_emalloc(n, sizeof *datas, 0);
    task_waiter_t *w = safe_emalloc(n, sizeof *w, 0);
    uint32_t i = 0;
    zval *v;
    ZEND_HASH_FOREACH_VAL(tasks, v) {
        ZVAL_COPY_VALUE(&datas[i++], v);
    } ZEND_HASH_FOREACH_END();
    task_wait_all(s, datas, n, w, -1, timeout);
    array_init(return_value);
    i = 0;
    zend_string *key;
    zend_ulong idx;
    ZEND_HASH_FOREACH_KEY(tasks, idx, key) {
        if (w[i].done) {
            if (key)
                zend_hash_update(Z_ARRVAL_P(return_value), key, &w[i].result);
            else
                zend_hash_index_update(Z_ARRVAL_P(return_value), idx, &w[i].result);
        }
        i++;
    } ZEND_HASH_FOREACH_END();
    efree(datas);
    efree(w);
}

/* Like taskWaitMulti() but for a coroutine (it suspends only the caller): the results in
 * the order and with the keys of $tasks, false for a task that did not answer in time. */
ZEND_METHOD(Swoole_Server, taskCo)
{
    HashTable *tasks;
    double timeout = 0.5;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(tasks)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!sw_coro_current()) {
        php_error_docref(NULL, E_WARNING, "taskCo() can only be used in a coroutine");
        set_error(s, SW_ERROR_CO_OUT_OF_COROUTINE);
        RETURN_FALSE;
    }
    if (task_target(s, 0) < 0)
        RETURN_FALSE;
    uint32_t n = zend_hash_num_elements(tasks);
    if (n == 0 || n > 1024) {
        php_error_docref(NULL, E_WARNING, "the number of tasks must be 1 to 1024");
        RETURN_FALSE;
    }
    zval *datas = safe_emalloc(n, sizeof *datas, 0);
    task_waiter_t *w = safe_emalloc(n, sizeof *w, 0);
    uint32_t i = 0;
    zval *v;
    ZEND_HASH_FOREACH_VAL(tasks, v) {
        ZVAL_COPY(&datas[i++], v);  /* the array may change while we wait */
    } ZEND_HASH_FOREACH_END();
    task_wait_all(s, datas, n, w, -1, timeout);
    array_init_size(return_value, n);
    i = 0;
    zend_string *key;
    zend_ulong idx;
    ZEND_HASH_FOREACH_KEY(tasks, idx, key) {
        zval r;
        if (i < n && w[i].done)
            ZVAL_COPY_VALUE(&r, &w[i].result);
        else
            ZVAL_FALSE(&r);
        if (key)
            zend_hash_update(Z_ARRVAL_P(return_value), key, &r);
        else
            zend_hash_index_update(Z_ARRVAL_P(return_value), idx, &r);
        i++;
    } ZEND_HASH_FOREACH_END();
    for (; i < n; i++)  /* the array shrank while we waited */
        zval_ptr_dtor(&w[i].result);
    for (i = 0; i < n; i++)
        zval_ptr_dtor(&datas[i]);
    efree(datas);
    efree(w);
    if (php_sw_coro_unwinding()) {
        zval_ptr_dtor(return_value);
        ZVAL_UNDEF(return_value);
        RETURN_THROWS();
    }
}

/* ---- Swoole\Server\Task ------------------------------------------------------------------ */

static zend_object *srv_task_create(zend_class_entry *ce)
{
    php_sw_srv_task_t *t = php_sw_object_new(ce, sizeof *t,
                                             XtOffsetOf(php_sw_srv_task_t, std), &srv_task_handlers);
    ZVAL_UNDEF(&t->server);
    return &t->std;
}

static void srv_task_free(zend_object *o)
{
    php_sw_srv_task_t *t = srv_task_from(o);
    zval_ptr_dtor(&t->server);
    zend_object_std_dtor(o);
}

ZEND_METHOD(Swoole_Server_Task, finish)
{
    zval *data;
    php_sw_srv_task_t *t = srv_task_from(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(data)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_ISUNDEF(t->server)) {
        php_error_docref(NULL, E_WARNING, "this task was not received by a task worker");
        RETURN_FALSE;
    }
    php_sw_server_t *s = server_from(Z_OBJ(t->server));
    if (!s->is_task_worker || !s->running || !s->result_pipes) {
        php_error_docref(NULL, E_WARNING, "finish() can only be used in a task worker");
        RETURN_FALSE;
    }
    if (t->finished) {
        php_error_docref(NULL, E_WARNING, "the task has already been finished");
        RETURN_FALSE;
    }
    t->finished = true;
    if (s->in_task && s->cur_task_id == t->id)
        s->task_finished = true;
    task_hdr_t h = {t->id, s->worker_id, t->flags & TASK_WAIT};
    RETURN_BOOL(task_send(s, s->result_pipes[t->src][1], h, data));
}

/* The file goes out from the connection's queue with sendfile(2), in order with send(). */
ZEND_METHOD(Swoole_Server, sendfile)
{
    zend_long fd, offset = 0, length = 0;
    zend_string *file;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(2, 4)
        Z_PARAM_LONG(fd)
        Z_PARAM_PATH_STR(file)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(offset)
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    if (offset < 0 || length < 0) {
        php_error_docref(NULL, E_WARNING, "offset and length must not be negative");
        set_error(s, SW_ERROR_INVALID_PARAMS);
        RETURN_FALSE;
    }
    if (php_check_open_basedir(ZSTR_VAL(file)))
        RETURN_FALSE;
    int rc = sw_server_sendfile(s->core, fd, ZSTR_VAL(file), (uint64_t)offset, (uint64_t)length);
    if (rc < 0) {
        /* a bad session is a plain false, like send(); a bad file also warns, like Swoole */
        if (-rc < 1001 || -rc > 1010)
            php_error_docref(NULL, E_WARNING, "%s", sw_error_msg());
        set_error(s, rc);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Server, finish)
{
    zval *data;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(data)
    ZEND_PARSE_PARAMETERS_END();
    if (!s->is_task_worker || !s->in_task) {
        php_error_docref(NULL, E_WARNING, "finish() can only be used in onTask of a task worker");
        RETURN_FALSE;
    }
    if (s->task_finished) {
        php_error_docref(NULL, E_WARNING, "the task has already been finished");
        RETURN_FALSE;
    }
    RETURN_BOOL(task_finish(s, data));
}

/* A task worker's whole life: tasks in, results out, until SIGTERM. */
static bool reuse_ports(php_sw_server_t *s);

/* chroot, group and user of the worker processes (they need a root master). A failure
 * is a warning and the worker goes on as it is, as Swoole's does. */
static void drop_privileges(php_sw_server_t *s)
{
    HashTable *ht = setting_of(&s->std);
    zval *v;
    if ((v = setting(ht, "chroot")) && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
        if (chroot(Z_STRVAL_P(v)) < 0 || chdir("/") < 0)
            php_error_docref(NULL, E_WARNING, "chroot(%s) failed: %s", Z_STRVAL_P(v),
                             strerror(errno));
    }
    if ((v = setting(ht, "group")) && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
        struct group *g = getgrnam(Z_STRVAL_P(v));
        if (!g)
            php_error_docref(NULL, E_WARNING, "unknown group '%s'", Z_STRVAL_P(v));
        else if (setgid(g->gr_gid) < 0)
            php_error_docref(NULL, E_WARNING, "setgid(%s) failed: %s", Z_STRVAL_P(v),
                             strerror(errno));
    }
    if ((v = setting(ht, "user")) && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v)) {
        struct passwd *pw = getpwnam(Z_STRVAL_P(v));
        if (!pw)
            php_error_docref(NULL, E_WARNING, "unknown user '%s'", Z_STRVAL_P(v));
        else if ((getuid() == 0 && setgroups(0, NULL) < 0 && errno != EPERM) ||
                 setuid(pw->pw_uid) < 0)
            php_error_docref(NULL, E_WARNING, "setuid(%s) failed: %s", Z_STRVAL_P(v),
                             strerror(errno));
    }
}

static void run_task_worker(php_sw_server_t *s, int worker_id)
{
    sw_loop_t *loop = sw_loop_default();
    s->worker_id = worker_id;
    s->is_task_worker = true;
    s->running = true;
    drop_privileges(s);
    update_process_props(s, getppid());
    task_worker_watch(s, loop);
    sw_signal_add(loop, SIGTERM, on_sigterm, s);
    emit_simple(s, EV_WORKER_START, true);
    php_sw_loop_run();
    if (s->running) {
        s->running = false;
        sw_io_stop(loop, &s->task_io);
        sw_signal_del(loop, SIGTERM);
    }
}

/* Serves in this process until shutdown: a worker's whole life. */
static void run_worker(php_sw_server_t *s, int worker_id)
{
    sw_loop_t *loop = sw_loop_default();
    s->worker_id = worker_id;
    s->running = true;
    drop_privileges(s);
    update_process_props(s, s->managed ? getppid() : getpid());
    if (s->managed && s->reuse_port && !reuse_ports(s)) {
        s->running = false;
        return;
    }
    if (s->managed)
        task_worker_watch(s, loop);
    if (sw_server_start(s->core, loop) < 0) {
        php_sw_error_from_core(E_WARNING);
        s->running = false;
        return;
    }
    sw_signal_add(loop, SIGTERM, on_sigterm, s);
    if (!s->managed)
        emit_simple(s, EV_START, false);
    emit_simple(s, EV_WORKER_START, true);
    php_sw_loop_run();
    if (s->exiting)  /* reload_async: the work is done, or max_wait_time has passed */
        exit_end(s, loop);
    if (s->running) {  /* the loop ended by itself (bailout, or reload_async) */
        s->running = false;
        sw_server_stop(s->core, false);
        sw_io_stop(loop, &s->task_io);
        sw_signal_del(loop, SIGTERM);
        while (s->send_waiters)
            wake_senders(s, s->send_waiters->session);
    }
}

/* ---- worker_num > 1: the manager ---------------------------------------------------------- */

static volatile sig_atomic_t manager_signal;
static void manager_on_signal(int sig) { manager_signal = sig; }

/* onWorkerError($server, $worker_id, $worker_pid, $exit_code, $signal), in the manager. */
static void worker_error(php_sw_server_t *s, int id, pid_t pid, int code, int sig)
{
    if (Z_ISUNDEF(s->cbs[EV_WORKER_ERROR]))
        return;
    zval args[5], rv;
    ZVAL_OBJ(&args[0], &s->std);
    ZVAL_LONG(&args[1], id);
    ZVAL_LONG(&args[2], pid);
    ZVAL_LONG(&args[3], code);
    ZVAL_LONG(&args[4], sig);
    call_user_function(NULL, NULL, &s->cbs[EV_WORKER_ERROR], &rv, 5, args);
    zval_ptr_dtor(&rv);
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

static pid_t spawn_worker(php_sw_server_t *s, int id)
{
    /* Until the child has dropped the manager's handlers, a SIGTERM sent to it (a shutdown
     * right after a respawn) would only set the child's copy of manager_signal and be lost:
     * the worker would serve on until the manager's SIGKILL. Blocked here, such a signal
     * waits and takes its default action once the child unblocks it. */
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGUSR1);
    sigaddset(&stop, SIGUSR2);
    sigprocmask(SIG_BLOCK, &stop, &old);
    pid_t pid = fork();
    if (pid == 0) {
        /* the child starts with a loop of its own: the parent's epoll set and signalfd are
         * shared with it, so they are only closed here, never changed */
        sw_loop_default_forget();
        signal(SIGTERM, SIG_DFL);
        signal(SIGUSR1, SIG_DFL);
        signal(SIGUSR2, SIG_DFL);
        sigprocmask(SIG_SETMASK, &old, NULL);
        s->is_manager = false;
        if (id >= s->worker_num)
            run_task_worker(s, id);
        else
            run_worker(s, id);
        /* a worker never returns from start(): the rest of the script is the manager's */
        php_output_end_all();
        fflush(stdout);
        fflush(stderr);
        _exit(0);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    return pid;
}

/* Asks slot i to stop (SIGTERM); past max_wait_time (and a second of grace) the manager
 * ends it with SIGKILL. */
static void stop_slot(php_sw_server_t *s, uint64_t *deadline, int i)
{
    if (s->workers[i] <= 0)
        return;
    kill(s->workers[i], SIGTERM);
    deadline[i] = sw_clock_ms() + (uint64_t)s->max_wait_time * 1000 + 1000;
}

static void kill_late_slots(php_sw_server_t *s, uint64_t *deadline, int total)
{
    uint64_t now = sw_clock_ms();
    for (int i = 0; i < total; i++)
        if (deadline[i] && now >= deadline[i] && s->workers[i] > 0) {
            sw_log(SW_LOG_WARNING, "worker#%d (pid %d) did not stop within max_wait_time=%lds, "
                   "killed", i, (int)s->workers[i], s->max_wait_time);
            kill(s->workers[i], SIGKILL);
            deadline[i] = 0;
        }
}

/* SIGUSR1: every worker and task worker; SIGUSR2: the task workers. onBeforeReload first,
 * onAfterReload once each of them has been replaced; a reload under way ignores more. */
static void reload_begin(php_sw_server_t *s, uint64_t *deadline, int total, bool tasks_only)
{
    for (int i = 0; i < total; i++)
        if (s->reloading[i])
            return;
    call_at_root(s, EV_BEFORE_RELOAD, false);
    for (int i = tasks_only ? s->worker_num : 0; i < total; i++)
        if (s->workers[i] > 0) {
            s->reloading[i] = true;
            stop_slot(s, deadline, i);
        }
}

static void reload_slot_done(php_sw_server_t *s, int i, int total)
{
    if (!s->reloading[i])
        return;
    s->reloading[i] = false;
    for (int k = 0; k < total; k++)
        if (s->reloading[k])
            return;
    call_at_root(s, EV_AFTER_RELOAD, false);
}

static void run_manager(php_sw_server_t *s)
{
    s->is_manager = true;
    s->running = true;
    s->master_pid = getpid();
    int total = s->worker_num + s->task_worker_num;
    s->managed = true;
    s->workers = ecalloc((size_t)total, sizeof *s->workers);
    s->reloading = ecalloc((size_t)total, sizeof *s->reloading);
    /* held by s, not a local: a forked worker never returns here, and must not see it lost */
    s->deadlines = ecalloc((size_t)total, sizeof *s->deadlines);
    uint64_t *deadline = s->deadlines;
    if (!task_pipes_create(s)) {
        php_error_docref(NULL, E_WARNING, "socketpair() failed: %s", strerror(errno));
        s->running = false;
        return;
    }
    struct sigaction sa = {0};
    sa.sa_handler = manager_on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGUSR1, &sa, NULL);
    sigaction(SIGUSR2, &sa, NULL);
    s->worker_id = -1;
    update_process_props(s, getpid());
    call_at_root(s, EV_START, false);
    call_at_root(s, EV_MANAGER_START, false);
    for (int i = 0; i < total; i++)
        s->workers[i] = spawn_worker(s, i);
    /* with enable_reuse_port every worker has its own socket: the manager's, which never
     * accepts, must leave the group or the kernel would queue connections on it */
    for (size_t i = 0; s->reuse_port && i < s->nports; i++)
        if (s->ports[i]->port->type == SW_SOCK_TCP || s->ports[i]->port->type == SW_SOCK_TCP6)
            sw_port_close(s->ports[i]->port);
    while (s->running) {
        int status;
        /* polled, not blocking: a signal arriving just before a blocking waitpid would
         * otherwise wait for the next worker exit */
        pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid <= 0 && !manager_signal)
            usleep(20000);
        if (manager_signal == SIGTERM) {
            s->running = false;
            break;
        }
        if (manager_signal == SIGUSR1 || manager_signal == SIGUSR2) {
            bool tasks_only = manager_signal == SIGUSR2;
            manager_signal = 0;
            reload_begin(s, deadline, total, tasks_only);
        }
        kill_late_slots(s, deadline, total);
        if (pid <= 0)
            continue;
        for (int i = 0; i < total; i++) {
            if (s->workers[i] == pid) {
                int code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
                int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
                if ((sig && sig != SIGTERM) || code) {
                    sw_log(SW_LOG_WARNING, "worker#%d (pid %d) abnormal exit, code=%d, signal=%d",
                           i, (int)pid, code, sig);
                    worker_error(s, i, pid, code, sig);
                }
                deadline[i] = 0;
                s->workers[i] = spawn_worker(s, i);
                reload_slot_done(s, i, total);
            }
        }
    }
    for (int i = 0; i < total; i++)
        stop_slot(s, deadline, i);
    for (int left = total; left > 0;) {  /* every slot ends, by SIGKILL past its deadline */
        pid_t pid = waitpid(-1, NULL, WNOHANG);
        if (pid < 0 && errno == ECHILD)
            break;
        if (pid <= 0) {
            usleep(20000);
            kill_late_slots(s, deadline, total);
            continue;
        }
        for (int i = 0; i < total; i++)
            if (s->workers[i] == pid) {
                s->workers[i] = 0;
                deadline[i] = 0;
                left--;
            }
        left = 0;
        for (int i = 0; i < total; i++)
            left += s->workers[i] > 0;
    }
    task_tmp_cleanup(s);
    signal(SIGTERM, SIG_DFL);
    signal(SIGUSR1, SIG_DFL);
    signal(SIGUSR2, SIG_DFL);
    call_at_root(s, EV_MANAGER_STOP, false);
}

/* enable_reuse_port: every TCP port gets a socket with SO_REUSEPORT (here, then one per
 * worker: the kernel spreads new connections across the workers' own queues). */
static bool reuse_ports(php_sw_server_t *s)
{
    for (size_t i = 0; i < s->nports; i++) {
        sw_port_t *p = s->ports[i]->port;
        if (sw_port_reuse_port(p) < 0) {
            php_error_docref(NULL, E_WARNING, "enable_reuse_port: %s:%d: %s", p->host, p->port,
                             sw_error_msg());
            return false;
        }
    }
    return true;
}

/* log_file: the server's log lines (stderr) go to the file from now on. daemonize: the
 * process that called start() exits at once with status 0 and the server goes on in a child
 * of it, in a new session, with stdin on /dev/null and stdout/stderr on log_file (or
 * /dev/null), as Swoole does. The caller never returns from a successful daemonize: it
 * leaves with _exit(), since running PHP's shutdown there would undo the server's state
 * (a Unix socket's file, the pid file) under the daemon. */
static bool daemonize_and_log(php_sw_server_t *s)
{
    HashTable *ht = setting_of(&s->std);
    zval *v = setting(ht, "log_file");
    zend_string *path = v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : NULL;
    bool daemon = (v = setting(ht, "daemonize")) && zend_is_true(v);
    int log_fd = -1;
    if (path && ZSTR_LEN(path)) {
        log_fd = open(ZSTR_VAL(path), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (log_fd < 0)
            php_error_docref(NULL, E_WARNING, "cannot open log_file %s: %s", ZSTR_VAL(path),
                             strerror(errno));
    }
    if (path)
        zend_string_release(path);
    if (path && log_fd < 0)
        return false;
    if (daemon) {
        fflush(stdout);
        fflush(stderr);
        pid_t pid = fork();
        if (pid < 0) {
            php_error_docref(NULL, E_WARNING, "daemonize: fork() failed: %s", strerror(errno));
            if (log_fd >= 0)
                close(log_fd);
            return false;
        }
        if (pid > 0)
            _exit(0);
        setsid();
        int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
        if (null_fd >= 0) {
            dup2(null_fd, STDIN_FILENO);
            dup2(log_fd >= 0 ? log_fd : null_fd, STDOUT_FILENO);
            close(null_fd);
        }
    }
    if (log_fd >= 0) {
        dup2(log_fd, STDERR_FILENO);
        close(log_fd);
    } else if (daemon) {
        dup2(STDOUT_FILENO, STDERR_FILENO);   /* /dev/null */
    }
    return true;
}

/* The pid file appears whole or not at all: whoever polls for it (a service script, a
 * test) must never read it created but still empty. */
static void write_pid_file(const char *path)
{
    char tmp[PATH_MAX], pid[16];
    int n = snprintf(pid, sizeof pid, "%d", (int)getpid());
    if (snprintf(tmp, sizeof tmp, "%s.%s.tmp", path, pid) >= (int)sizeof tmp) {
        errno = ENAMETOOLONG;
        goto fail;
    }
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        goto fail;
    bool ok = write(fd, pid, (size_t)n) == n;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, path) == 0)
        return;
    int saved = errno;
    unlink(tmp);
    errno = saved;
fail:
    php_error_docref(NULL, E_WARNING, "cannot write pid_file %s: %s", path, strerror(errno));
}

ZEND_METHOD(Swoole_Server, start)
{
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_NONE();
    REQUIRE_CORE(s);
    if (s->started) {
        php_error_docref(NULL, E_WARNING, "server is running, unable to execute %s->start()",
                         ZSTR_VAL(server_ce->name));
        RETURN_FALSE;
    }
    if (running_server || php_sw_loop_running() || php_sw_task_current()) {
        php_error_docref(NULL, E_WARNING, "eventLoop has already been created, unable to start %s",
                         ZSTR_VAL(server_ce->name));
        RETURN_FALSE;
    }
    if (!check_callbacks(s))
        RETURN_THROWS();
    if (!apply_all_settings(s))
        RETURN_FALSE;
    if (s->mode == PHP_SW_MODE_PROCESS)
        php_error_docref(NULL, E_WARNING, "SWOOLE_PROCESS mode is not available yet, "
                         "the server runs in SWOOLE_BASE mode");
    zval *rp = setting(setting_of(&s->std), "enable_reuse_port");
    s->reuse_port = rp && zend_is_true(rp);
    if (s->reuse_port && !reuse_ports(s))
        RETURN_FALSE;
    if (!daemonize_and_log(s))
        RETURN_FALSE;
    s->started = true;
    running_server = s;
    zval *pid_file = setting(setting_of(&s->std), "pid_file");
    zend_string *pid_path = pid_file ? zval_get_string(pid_file) : NULL;
    if (pid_path && ZSTR_LEN(pid_path))
        write_pid_file(ZSTR_VAL(pid_path));
    if (s->worker_num > 1 || s->task_worker_num > 0)
        run_manager(s);
    else
        run_worker(s, 0);
    running_server = NULL;
    if (pid_path) {
        if (ZSTR_LEN(pid_path))
            unlink(ZSTR_VAL(pid_path));
        zend_string_release(pid_path);
    }
    if (EG(exception))
        RETURN_THROWS();
    call_at_root(s, EV_SHUTDOWN, false);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Server, shutdown)
{
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_NONE();
    if (!s->running) {
        php_error_docref(NULL, E_WARNING, "server is not running");
        RETURN_FALSE;
    }
    if (s->managed && !s->is_manager) {  /* a worker asks the manager */
        RETURN_BOOL(kill(getppid(), SIGTERM) == 0);
    }
    sw_loop_defer(sw_loop_default(), worker_stop, s);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Server, reload)
{
    zend_bool task_only = 0;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(task_only)
    ZEND_PARSE_PARAMETERS_END();
    if (!s->running || !s->managed)
        RETURN_FALSE;
    RETURN_BOOL(kill(s->is_manager ? getpid() : getppid(), task_only ? SIGUSR2 : SIGUSR1) == 0);
}

ZEND_METHOD(Swoole_Server, stop)
{
    zend_long wid = -1;
    zend_bool wait = 0;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(wid)
        Z_PARAM_BOOL(wait)
    ZEND_PARSE_PARAMETERS_END();
    if (!s->running || (wid >= 0 && wid != s->worker_id))
        RETURN_FALSE;
    sw_loop_defer(sw_loop_default(), worker_stop, s);
    RETURN_TRUE;
}

/* ---- connections ---------------------------------------------------------------------------- */

static bool check_running(php_sw_server_t *s)
{
    if (!s->core || !s->running) {
        php_error_docref(NULL, E_WARNING, "server is not running");
        return false;
    }
    return true;
}

ZEND_METHOD(Swoole_Server, send)
{
    zval *zfd;
    zend_string *data;
    zend_long sock = -1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_ZVAL(zfd)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(sock)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    if (Z_TYPE_P(zfd) == IS_STRING) {  /* a Unix datagram peer path */
        for (size_t i = 0; i < s->nports; i++) {
            sw_port_t *p = s->ports[i]->port;
            if (p->type != SW_SOCK_UNIX_DGRAM || (sock >= 0 && p->fd != sock))
                continue;
            struct sockaddr_storage ss;
            socklen_t len;
            int rc = sw_sockaddr_make(p->type, Z_STRVAL_P(zfd), 0, &ss, &len);
            if (rc == 0)
                rc = sw_server_sendto(p, (struct sockaddr *)&ss, len, ZSTR_VAL(data), ZSTR_LEN(data));
            if (rc < 0)
                set_error(s, rc);
            RETURN_BOOL(rc == 0);
        }
        php_error_docref(NULL, E_WARNING, "no unix datagram port to send from");
        RETURN_FALSE;
    }
    int64_t session = zval_get_long(zfd);
    int rc = sw_server_send(s->core, session, ZSTR_VAL(data), ZSTR_LEN(data));
    while (rc == -SW_ERROR_OUTPUT_BUFFER_OVERFLOW && s->send_yield && sw_coro_current()) {
        send_waiter_t w = {session, sw_coro_current(), s->send_waiters};
        s->send_waiters = &w;
        sw_coro_yield_ex("Server::send()", NULL, NULL);
        for (send_waiter_t **pp = &s->send_waiters; *pp; pp = &(*pp)->next)
            if (*pp == &w) {  /* still listed: woken by something else */
                *pp = w.next;
                break;
            }
        if (php_sw_coro_unwinding())
            RETURN_THROWS();
        rc = sw_server_send(s->core, session, ZSTR_VAL(data), ZSTR_LEN(data));
    }
    if (rc < 0) {
        if (-rc == SW_ERROR_OUTPUT_BUFFER_OVERFLOW)
            php_error_docref(NULL, E_WARNING, "%s", sw_error_msg());
        set_error(s, rc);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Server, sendto)
{
    zend_string *ip, *data;
    zend_long port, sock = -1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_STR(ip)
        Z_PARAM_LONG(port)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(sock)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    bool v6 = strchr(ZSTR_VAL(ip), ':') != NULL;
    bool unix_path = ZSTR_VAL(ip)[0] == '/';
    for (size_t i = 0; i < s->nports; i++) {
        sw_port_t *p = s->ports[i]->port;
        int want = unix_path ? SW_SOCK_UNIX_DGRAM : v6 ? SW_SOCK_UDP6 : SW_SOCK_UDP;
        if (p->type != want || (sock >= 0 && p->fd != sock))
            continue;
        struct sockaddr_storage ss;
        socklen_t len;
        int rc = sw_sockaddr_make(p->type, ZSTR_VAL(ip), (int)port, &ss, &len);
        if (rc == 0)
            rc = sw_server_sendto(p, (struct sockaddr *)&ss, len, ZSTR_VAL(data), ZSTR_LEN(data));
        if (rc < 0) {
            php_error_docref(NULL, E_WARNING, "%s", sw_error_msg());
            set_error(s, rc);
            RETURN_FALSE;
        }
        RETURN_TRUE;
    }
    php_error_docref(NULL, E_WARNING, "no %s port to send from", unix_path ? "unix datagram" : v6 ? "UDP6" : "UDP");
    RETURN_FALSE;
}

ZEND_METHOD(Swoole_Server, close)
{
    zend_long fd;
    zend_bool reset = 0;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(fd)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(reset)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    int rc = sw_server_close(s->core, fd, reset);
    if (rc < 0)
        set_error(s, rc);
    RETURN_BOOL(rc == 0);
}

ZEND_METHOD(Swoole_Server, exist)
{
    zend_long fd;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(fd)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(s->core && s->running && sw_server_conn(s->core, fd) != NULL);
}

ZEND_METHOD(Swoole_Server, pause)
{
    zend_long fd;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(fd)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    int rc = sw_server_pause(s->core, fd);
    if (rc < 0)
        set_error(s, rc);
    RETURN_BOOL(rc == 0);
}

ZEND_METHOD(Swoole_Server, resume)
{
    zend_long fd;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(fd)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    int rc = sw_server_resume(s->core, fd);
    if (rc < 0)
        set_error(s, rc);
    RETURN_BOOL(rc == 0);
}

static uint64_t wall_of(sw_server_t *core, uint64_t loop_ms)
{
    uint64_t now = sw_loop_now(core->loop);
    uint64_t ago = now > loop_ms ? (now - loop_ms) / 1000 : 0;
    return (uint64_t)time(NULL) - ago;
}

ZEND_METHOD(Swoole_Server, getClientInfo)
{
    zend_long fd, reactor = -1;
    zend_bool ignore = 0;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_LONG(fd)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(reactor)
        Z_PARAM_BOOL(ignore)
    ZEND_PARSE_PARAMETERS_END();
    (void)reactor;
    sw_conn_t *c = s->core && s->running ? sw_server_conn(s->core, fd) : NULL;
    if (!c)
        RETURN_FALSE;
    char addr[128];
    int port;
    sw_sockaddr_text((struct sockaddr *)&c->addr, c->addrlen, addr, sizeof addr, &port);
    array_init(return_value);
    add_assoc_long(return_value, "server_port", c->port->port);
    add_assoc_long(return_value, "server_fd", c->port->fd);
    add_assoc_long(return_value, "socket_fd", c->fd);
    add_assoc_long(return_value, "socket_type", c->port->type);
    add_assoc_long(return_value, "remote_port", port);
    add_assoc_string(return_value, "remote_ip", addr);
    add_assoc_long(return_value, "reactor_id", 0);
    add_assoc_long(return_value, "connect_time", (zend_long)c->connect_time);
    add_assoc_long(return_value, "last_time", (zend_long)wall_of(s->core, c->last_recv_ms));
    add_assoc_long(return_value, "last_recv_time", (zend_long)wall_of(s->core, c->last_recv_ms));
    add_assoc_long(return_value, "last_send_time", (zend_long)wall_of(s->core, c->last_send_ms));
    add_assoc_long(return_value, "last_dispatch_time", (zend_long)wall_of(s->core, c->last_dispatch_ms));
    add_assoc_long(return_value, "close_errno", 0);
    zval *uid = s->uids ? zend_hash_index_find(s->uids, (zend_ulong)c->session) : NULL;
    if (uid)
        add_assoc_long(return_value, "uid", Z_LVAL_P(uid));
    add_assoc_long(return_value, "recv_queued_bytes", (zend_long)c->in_len);
    add_assoc_long(return_value, "send_queued_bytes", (zend_long)sw_server_queued_bytes(c));
    char *pem;
    if (c->ssl && sw_conn_ssl_peer_cert(c, &pem) == 0) {  /* a client certificate (verify_peer) */
        add_assoc_string(return_value, "ssl_client_cert", pem);
        free(pem);
    }
}

ZEND_METHOD(Swoole_Server, getClientList)
{
    zend_long start = 0, count = 10;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(start)
        Z_PARAM_LONG(count)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    if (count <= 0 || count > 100) {
        php_error_docref(NULL, E_WARNING, "find_count must be 1 to 100");
        RETURN_FALSE;
    }
    int64_t ids[100];
    size_t n = sw_server_list(s->core, start, ids, (size_t)count);
    if (n == 0)
        RETURN_FALSE;
    array_init(return_value);
    for (size_t i = 0; i < n; i++)
        add_next_index_long(return_value, ids[i]);
}

ZEND_METHOD(Swoole_Server, heartbeat)
{
    zend_bool close_them = 1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(close_them)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    if (!s->core->heartbeat_idle_time)
        RETURN_FALSE;
    size_t cap = s->core->conn_count ? s->core->conn_count : 1;
    int64_t *ids = safe_emalloc(cap, sizeof *ids, 0);
    size_t n = sw_server_heartbeat(s->core, close_them, ids, cap);
    array_init(return_value);
    for (size_t i = 0; i < n && i < cap; i++)
        add_next_index_long(return_value, ids[i]);
    efree(ids);
}

ZEND_METHOD(Swoole_Server, stats)
{
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_NONE();
    REQUIRE_CORE(s);
    const sw_server_stats_t *st = &s->core->stats;
    array_init(return_value);
    add_assoc_long(return_value, "start_time", (zend_long)st->start_time);
    add_assoc_long(return_value, "connection_num", (zend_long)s->core->conn_count);
    add_assoc_long(return_value, "abort_count", (zend_long)st->abort_count);
    add_assoc_long(return_value, "accept_count", (zend_long)st->accept_count);
    add_assoc_long(return_value, "close_count", (zend_long)st->close_count);
    add_assoc_long(return_value, "worker_num", s->worker_num);
    add_assoc_long(return_value, "task_worker_num", s->task_worker_num);
    add_assoc_long(return_value, "user_worker_num", 0);
    add_assoc_long(return_value, "idle_worker_num", s->worker_num);
    add_assoc_long(return_value, "dispatch_count", (zend_long)st->request_count);
    add_assoc_long(return_value, "request_count", (zend_long)st->request_count);
    add_assoc_long(return_value, "response_count", (zend_long)st->request_count);
    add_assoc_long(return_value, "total_recv_bytes", (zend_long)st->total_recv_bytes);
    add_assoc_long(return_value, "total_send_bytes", (zend_long)st->total_send_bytes);
    add_assoc_long(return_value, "pipe_packet_msg_id", 0);
    add_assoc_long(return_value, "session_round", (zend_long)s->core->next_session - 1);
    add_assoc_long(return_value, "tasking_num", 0);
    add_assoc_long(return_value, "coroutine_num", (zend_long)sw_coro_count());
}

/* ---- processes ------------------------------------------------------------------------------ */

ZEND_METHOD(Swoole_Server, getWorkerId)
{
    php_sw_server_t *s = THIS_SERVER();
    ZEND_PARSE_PARAMETERS_NONE();
    if (!s->running || s->worker_id < 0)
        RETURN_FALSE;
    RETURN_LONG(s->worker_id);
}

ZEND_METHOD(Swoole_Server, getWorkerPid)
{
    zend_long wid = -1;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(wid)
    ZEND_PARSE_PARAMETERS_END();
    if (!s->running)
        RETURN_FALSE;
    if (wid < 0 || wid == s->worker_id)
        RETURN_LONG(s->worker_id >= 0 ? getpid() : 0);
    if (s->is_manager && s->workers && wid < s->worker_num)
        RETURN_LONG(s->workers[wid]);
    RETURN_FALSE;
}

ZEND_METHOD(Swoole_Server, getMasterPid)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval rv, *z = zend_read_property(server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("master_pid"), 1, &rv);
    RETURN_LONG(zval_get_long(z));
}

ZEND_METHOD(Swoole_Server, getManagerPid)
{
    ZEND_PARSE_PARAMETERS_NONE();
    zval rv, *z = zend_read_property(server_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("manager_pid"), 1, &rv);
    RETURN_LONG(zval_get_long(z));
}

/* As in Swoole, the process's last error (swoole_last_error()): the two always agree. */
ZEND_METHOD(Swoole_Server, getLastError)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(sw_error_code());
}

/* Ties a connection to an application's user id (shown by getClientInfo()['uid']); a
 * connection is bound once. */
ZEND_METHOD(Swoole_Server, bind)
{
    zend_long fd, uid;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(fd)
        Z_PARAM_LONG(uid)
    ZEND_PARSE_PARAMETERS_END();
    if (!check_running(s))
        RETURN_FALSE;
    if (uid <= 0 || uid > UINT32_MAX) {
        php_error_docref(NULL, E_WARNING, "uid must be 1 to 4294967295");
        set_error(s, SW_ERROR_INVALID_PARAMS);
        RETURN_FALSE;
    }
    if (!sw_server_conn(s->core, fd)) {
        set_error(s, SW_ERROR_SESSION_NOT_EXIST);
        RETURN_FALSE;
    }
    if (!s->uids) {
        ALLOC_HASHTABLE(s->uids);
        zend_hash_init(s->uids, 8, NULL, NULL, 0);
    }
    zval *cur = zend_hash_index_find(s->uids, (zend_ulong)fd);
    if (cur)
        RETURN_BOOL(Z_LVAL_P(cur) == uid);
    zval z;
    ZVAL_LONG(&z, uid);
    zend_hash_index_add_new(s->uids, (zend_ulong)fd, &z);
    RETURN_TRUE;
}

/* A Socket (ext-sockets) on a copy of a listening socket: the first port, or the one of
 * $port. */
ZEND_METHOD(Swoole_Server, getSocket)
{
    zend_long port = 0;
    php_sw_server_t *s = THIS_SERVER();

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(port)
    ZEND_PARSE_PARAMETERS_END();
    REQUIRE_CORE(s);
    if (!zend_hash_str_exists(EG(function_table), ZEND_STRL("socket_import_stream"))) {
        php_error_docref(NULL, E_WARNING, "getSocket() needs the sockets extension");
        RETURN_FALSE;
    }
    sw_port_t *p = NULL;
    for (sw_port_t *q = s->core->ports; q && !p; q = q->next)
        if (port == 0 || q->port == port)
            p = q;
    if (!p) {
        php_error_docref(NULL, E_WARNING, "no listening port " ZEND_LONG_FMT, port);
        RETURN_FALSE;
    }
    int fd = dup(p->fd);
    php_stream *st = fd >= 0 ? php_stream_sock_open_from_socket(fd, NULL) : NULL;
    if (!st) {
        if (fd >= 0)
            close(fd);
        php_error_docref(NULL, E_WARNING, "cannot wrap the listening socket");
        RETURN_FALSE;
    }
    zval zst, fn;
    php_stream_to_zval(st, &zst);
    ZVAL_STRING(&fn, "socket_import_stream");
    call_user_function(NULL, NULL, &fn, return_value, 1, &zst);
    zval_ptr_dtor(&fn);
    zval_ptr_dtor(&zst);  /* the Socket keeps its own descriptor */
}

/* ---- the connections iterator --------------------------------------------------------------- */

#define THIS_ITER() iter_from(Z_OBJ_P(ZEND_THIS))

ZEND_METHOD(Swoole_Server_ConnectionIterator, __construct) {}

ZEND_METHOD(Swoole_Server_ConnectionIterator, rewind)
{
    php_sw_conn_iter_t *it = THIS_ITER();
    ZEND_PARSE_PARAMETERS_NONE();
    zval_ptr_dtor(&it->list);
    array_init(&it->list);
    it->pos = 0;
    if (!it->serv || !it->serv->running)
        return;
    for (sw_conn_t *c = it->serv->core->head; c; c = c->next)
        if (!c->closed && !c->closing && (!it->port || c->port == it->port))
            add_next_index_long(&it->list, c->session);
}

ZEND_METHOD(Swoole_Server_ConnectionIterator, next)
{
    ZEND_PARSE_PARAMETERS_NONE();
    THIS_ITER()->pos++;
}

ZEND_METHOD(Swoole_Server_ConnectionIterator, valid)
{
    php_sw_conn_iter_t *it = THIS_ITER();
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(Z_TYPE(it->list) == IS_ARRAY && it->pos < zend_hash_num_elements(Z_ARRVAL(it->list)));
}

ZEND_METHOD(Swoole_Server_ConnectionIterator, current)
{
    php_sw_conn_iter_t *it = THIS_ITER();
    ZEND_PARSE_PARAMETERS_NONE();
    zval *z = Z_TYPE(it->list) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(it->list), it->pos) : NULL;
    if (!z)
        RETURN_NULL();
    RETURN_COPY(z);
}

ZEND_METHOD(Swoole_Server_ConnectionIterator, key)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(THIS_ITER()->pos);
}

ZEND_METHOD(Swoole_Server_ConnectionIterator, count)
{
    php_sw_conn_iter_t *it = THIS_ITER();
    ZEND_PARSE_PARAMETERS_NONE();
    if (!it->serv || !it->serv->running)
        RETURN_LONG(0);
    zend_long n = 0;
    for (sw_conn_t *c = it->serv->core->head; c; c = c->next)
        if (!c->closed && !c->closing && (!it->port || c->port == it->port))
            n++;
    RETURN_LONG(n);
}

/* ---- lifecycle ------------------------------------------------------------------------------ */

void php_sw_server_minit(int module_number)
{
    (void)module_number;
    server_ce = register_class_Swoole_Server();
    server_ce->create_object = server_create;
    memcpy(&server_handlers, zend_get_std_object_handlers(), sizeof server_handlers);
    server_handlers.offset = XtOffsetOf(php_sw_server_t, std);
    server_handlers.free_obj = server_free;
    server_handlers.get_gc = server_get_gc;
    server_handlers.clone_obj = NULL;
    php_sw_class_alias(server_ce, "swoole_server", false);

    port_ce = register_class_Swoole_Server_Port();
    port_ce->create_object = port_create;
    memcpy(&port_handlers, zend_get_std_object_handlers(), sizeof port_handlers);
    port_handlers.offset = XtOffsetOf(php_sw_port_t, std);
    port_handlers.free_obj = port_free;
    port_handlers.get_gc = port_get_gc;
    port_handlers.clone_obj = NULL;
    php_sw_class_alias(port_ce, "swoole_server_port", false);

    srv_task_ce = register_class_Swoole_Server_Task();
    srv_task_ce->create_object = srv_task_create;
    memcpy(&srv_task_handlers, zend_get_std_object_handlers(), sizeof srv_task_handlers);
    srv_task_handlers.offset = XtOffsetOf(php_sw_srv_task_t, std);
    srv_task_handlers.free_obj = srv_task_free;
    srv_task_handlers.clone_obj = NULL;

    iter_ce = register_class_Swoole_Server_ConnectionIterator(zend_ce_iterator, zend_ce_countable);
    iter_ce->create_object = iter_create;
    memcpy(&iter_handlers, zend_get_std_object_handlers(), sizeof iter_handlers);
    iter_handlers.offset = XtOffsetOf(php_sw_conn_iter_t, std);
    iter_handlers.free_obj = iter_free;
    iter_handlers.clone_obj = NULL;
}
