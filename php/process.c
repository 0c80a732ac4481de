/* process.c — Swoole\Process (swoole_process): a child process made by fork() that runs a
 * PHP callback, with a socketpair to talk to it (write/read, or a coroutine socket from
 * exportSocket), optional redirection of the child's stdin/stdout into that pair, SysV
 * message queues (useQueue/push/pop), and the process statics kill/wait/signal/alarm/
 * daemon/setAffinity.
 *
 * The child starts with a loop of its own (the parent's epoll set and timers are not its
 * own, as for the server's workers), runs the callback — inside a coroutine scheduler when
 * $enable_coroutine is true — and ends with _exit() after flushing its output: the rest of
 * the parent's script never runs in it. Process::signal() handlers are the core loop's
 * signals (signalfd), run in coroutines, so they work with everything else on the loop. */
#include "php_swoole.h"
#include "process_arginfo.h"
#include "sw_loop.h"
#include "sw_socket.h"
#include "sw_coro.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ext/standard/php_var.h"
#include "main/php_output.h"

enum { PIPE_NONE = 0, PIPE_STREAM = 1, PIPE_DGRAM = 2 };
/* close($which), Swoole's SW_PIPE_CLOSE_* numbers */
enum { CLOSE_BOTH = 0, CLOSE_MASTER = 1, CLOSE_WORKER = 2, CLOSE_READ = 3, CLOSE_WRITE = 4 };
#define MSGQUEUE_BALANCE 2
#define IPC_NOWAIT_FLAG (1 << 8)   /* Swoole's SWOOLE_IPC_NOWAIT, or-ed into useQueue's mode */

typedef struct {
    int pipe_type;
    int master_fd, worker_fd;  /* the socketpair; -1 when absent or closed */
    bool redirect, enable_co, started, is_child;
    pid_t pid;
    int queue_id;              /* -1 without useQueue() */
    bool queue_nowait;
    zval socket;               /* exportSocket()'s object, UNDEF until asked */
    zend_object std;
} php_sw_process_t;

static zend_class_entry *process_ce;
static zend_object_handlers process_handlers;

/* Process::signal() callbacks, one per signal, as the loop allows. */
static php_sw_callback_t *sig_cbs[_NSIG];

static inline php_sw_process_t *process_of(zend_object *obj)
{
    return (php_sw_process_t *)((char *)obj - XtOffsetOf(php_sw_process_t, std));
}

static zend_object *process_create(zend_class_entry *ce)
{
    php_sw_process_t *p = php_sw_object_new(ce, sizeof *p, XtOffsetOf(php_sw_process_t, std),
                                            &process_handlers);
    p->master_fd = p->worker_fd = -1;
    p->queue_id = -1;
    ZVAL_UNDEF(&p->socket);
    return &p->std;
}

static void close_fd(int *fd)
{
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

static void process_free(zend_object *obj)
{
    php_sw_process_t *p = process_of(obj);

    zval_ptr_dtor(&p->socket);
    ZVAL_UNDEF(&p->socket);
    close_fd(&p->master_fd);
    close_fd(&p->worker_fd);
    zend_object_std_dtor(obj);
}

/* The fd this process talks through: the master end in the parent, the worker end in
 * the child (before start() the master end, as Swoole's $pipe). */
static int current_fd(const php_sw_process_t *p)
{
    return p->is_child ? p->worker_fd : p->master_fd;
}

static void set_prop_long(zend_object *obj, const char *name, zend_long v)
{
    zend_update_property_long(process_ce, obj, name, strlen(name), v);
}

static void set_prop_null(zend_object *obj, const char *name)
{
    zend_update_property_null(process_ce, obj, name, strlen(name));
}

/* ---- construction and start ---------------------------------------------------------------- */

/* A TypeError naming argument `arg` unless `callback` is callable. */
static bool require_callable(zval *callback, uint32_t arg, const char *what)
{
    char *err = NULL;
    bool ok = zend_is_callable_ex(callback, NULL, 0, NULL, NULL, &err);
    if (!ok)
        zend_argument_type_error(arg, "%s, %s", what, err ? err : "not callable");
    if (err)
        efree(err);
    return ok;
}

ZEND_METHOD(Swoole_Process, __construct)
{
    zval *callback;
    bool redirect = false, enable_co = false;
    zend_long pipe_type = PIPE_DGRAM;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_ZVAL(callback)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(redirect)
        Z_PARAM_LONG(pipe_type)
        Z_PARAM_BOOL(enable_co)
    ZEND_PARSE_PARAMETERS_END();

    if (!require_callable(callback, 1, "must be a valid callback"))
        RETURN_THROWS();
    if (p->started || p->master_fd >= 0) {
        zend_throw_error(php_sw_error_ce, "Swoole\\Process is already constructed");
        RETURN_THROWS();
    }
    if (pipe_type < PIPE_NONE || pipe_type > PIPE_DGRAM) {
        zend_argument_value_error(3, "must be 0 (none), 1 (SOCK_STREAM) or 2 (SOCK_DGRAM)");
        RETURN_THROWS();
    }
    /* as Swoole: echo in the child must reach the parent as a byte stream */
    if (redirect)
        pipe_type = PIPE_STREAM;
    p->pipe_type = (int)pipe_type;
    p->redirect = redirect;
    p->enable_co = enable_co;
    if (pipe_type != PIPE_NONE) {
        int sv[2];
        if (socketpair(AF_UNIX, (pipe_type == PIPE_STREAM ? SOCK_STREAM : SOCK_DGRAM) | SOCK_CLOEXEC,
                       0, sv) < 0) {
            zend_throw_exception_ex(php_sw_exception_ce, errno, "socketpair() failed: %s",
                                    strerror(errno));
            RETURN_THROWS();
        }
        p->master_fd = sv[0];
        p->worker_fd = sv[1];
        set_prop_long(Z_OBJ_P(ZEND_THIS), "pipe", sv[0]);
    }
    zend_update_property(process_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("callback"), callback);
}

/* Ends the child: what it printed is flushed, nothing of the parent's script runs. */
static ZEND_NORETURN void child_exit(int status)
{
    php_output_end_all();
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}

/* The child's side of start(). */
static ZEND_NORETURN void run_child(php_sw_process_t *p, zval *self)
{
    zval *cb, rv, arg;
    int status = 0;

    /* a loop of its own: the parent's epoll set, timers and signalfd are not ours, and
     * must be left as they are for the parent */
    sw_loop_default_forget();
    p->is_child = true;
    p->started = true;
    close_fd(&p->master_fd);
    if (p->worker_fd >= 0) {
        set_prop_long(Z_OBJ_P(self), "pipe", p->worker_fd);
        if (p->redirect) {
            php_output_end_all();   /* nothing buffered for the parent's terminal goes to the pipe */
            fflush(stdout);
            if (dup2(p->worker_fd, STDIN_FILENO) < 0 || dup2(p->worker_fd, STDOUT_FILENO) < 0)
                php_error_docref(NULL, E_WARNING, "redirect_stdin_stdout: dup2() failed: %s",
                                 strerror(errno));
        }
    }
    set_prop_long(Z_OBJ_P(self), "pid", getpid());
    p->pid = getpid();
    for (int i = 1; i < _NSIG; i++) {   /* the parent's handlers are not the child's */
        if (sig_cbs[i]) {
            php_sw_callback_dtor(sig_cbs[i]);
            efree(sig_cbs[i]);
            sig_cbs[i] = NULL;
        }
    }

    cb = zend_read_property(process_ce, Z_OBJ_P(self), ZEND_STRL("callback"), 1, &rv);
    ZVAL_COPY(&arg, self);
    if (p->enable_co && !sw_coro_current()) {
        zval fn;
        zend_fcall_info_cache fcc;
        ZVAL_COPY(&fn, cb);
        if (zend_is_callable_ex(&fn, NULL, 0, NULL, &fcc, NULL) &&
            php_sw_coro_create(&fn, &fcc, 1, &arg) >= 0)
            php_sw_loop_run();
        zval_ptr_dtor(&fn);
    } else {
        zval ret;
        ZVAL_UNDEF(&ret);
        call_user_function(NULL, NULL, cb, &ret, 1, &arg);
        zval_ptr_dtor(&ret);
        if (EG(exception) && zend_is_unwind_exit(EG(exception))) {
            zend_clear_exception();   /* exit($n) in the callback: the child's status */
            status = EG(exit_status);
        } else if (EG(exception) && !php_sw_coro_unwinding()) {
            zend_exception_error(EG(exception), E_ERROR);
            status = 255;
        }
        /* what the callback left on the loop (timers, Event::add) runs now, as in Swoole */
        if (!EG(exception) && !sw_coro_current())
            php_sw_loop_run();
    }
    if (EG(exit_status) && !status)
        status = EG(exit_status);   /* exit() inside a coroutine, or a fatal error */
    zval_ptr_dtor(&arg);
    child_exit(status);
}

ZEND_METHOD(Swoole_Process, start)
{
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (p->is_child) {
        php_error_docref(NULL, E_WARNING, "cannot start a process from inside itself");
        RETURN_FALSE;
    }
    if (p->started) {
        php_error_docref(NULL, E_WARNING, "process has already been started (pid %d)", (int)p->pid);
        RETURN_FALSE;
    }
    if (Z_TYPE_P(zend_read_property(process_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("callback"), 1,
                                    &(zval){0})) == IS_NULL) {
        zend_throw_error(php_sw_error_ce, "Swoole\\Process was not constructed");
        RETURN_THROWS();
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        php_error_docref(NULL, E_WARNING, "fork() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    if (pid == 0)
        run_child(p, ZEND_THIS);
    p->started = true;
    p->pid = pid;
    close_fd(&p->worker_fd);
    set_prop_long(Z_OBJ_P(ZEND_THIS), "pid", pid);
    RETURN_LONG(pid);
}

/* ---- the pipe --------------------------------------------------------------------------- */

/* The fd of $this for I/O, or -1 with a warning. */
static int io_fd(php_sw_process_t *p, const char *what)
{
    int fd = current_fd(p);
    if (p->pipe_type == PIPE_NONE) {
        php_error_docref(NULL, E_WARNING, "%s: this process has no pipe (pipe_type 0)", what);
        return -1;
    }
    if (fd < 0) {
        php_error_docref(NULL, E_WARNING, "%s: the pipe is closed", what);
        return -1;
    }
    return fd;
}

ZEND_METHOD(Swoole_Process, write)
{
    zend_string *data;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    int fd = io_fd(p, "write");
    if (fd < 0)
        RETURN_FALSE;
    if (ZSTR_LEN(data) == 0) {
        php_error_docref(NULL, E_WARNING, "write: the data is empty");
        RETURN_FALSE;
    }
    size_t done = 0;
    while (done < ZSTR_LEN(data)) {
        /* a datagram goes whole; a stream may take it in parts */
        ssize_t n = send(fd, ZSTR_VAL(data) + done, ZSTR_LEN(data) - done, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN && done > 0 && p->pipe_type == PIPE_STREAM) {
                /* non-blocking and full midway: the rest must still go, in order */
                struct pollfd pfd = {.fd = fd, .events = POLLOUT};
                poll(&pfd, 1, -1);
                continue;
            }
            php_sw_set_last_error(errno);
            php_error_docref(NULL, E_WARNING, "write() failed: %s", strerror(errno));
            if (done)
                break;
            RETURN_FALSE;
        }
        done += (size_t)n;
        if (p->pipe_type == PIPE_DGRAM)
            break;
    }
    RETURN_LONG((zend_long)done);
}

ZEND_METHOD(Swoole_Process, read)
{
    zend_long size = 8192;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(size)
    ZEND_PARSE_PARAMETERS_END();
    if (size <= 0) {
        zend_argument_value_error(1, "must be greater than 0");
        RETURN_THROWS();
    }
    int fd = io_fd(p, "read");
    if (fd < 0)
        RETURN_FALSE;
    if (size > 64 * 1024 * 1024)
        size = 64 * 1024 * 1024;
    zend_string *buf = zend_string_alloc((size_t)size, 0);
    ssize_t n;
    do
        n = recv(fd, ZSTR_VAL(buf), (size_t)size, 0);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        php_sw_set_last_error(errno);
        if (errno != EAGAIN)
            php_error_docref(NULL, E_WARNING, "read() failed: %s", strerror(errno));
        zend_string_efree(buf);
        RETURN_FALSE;
    }
    if (n == 0 && p->pipe_type == PIPE_STREAM) {  /* the other end closed */
        zend_string_efree(buf);
        RETURN_FALSE;
    }
    buf = zend_string_truncate(buf, (size_t)n, 0);
    ZSTR_VAL(buf)[n] = '\0';
    RETURN_NEW_STR(buf);
}

ZEND_METHOD(Swoole_Process, setTimeout)
{
    double seconds;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    int fd = io_fd(p, "setTimeout");
    if (fd < 0)
        RETURN_FALSE;
    struct timeval tv = {0, 0};
    if (seconds > 0) {
        tv.tv_sec = (time_t)seconds;
        tv.tv_usec = (suseconds_t)((seconds - (double)tv.tv_sec) * 1e6);
        if (tv.tv_sec == 0 && tv.tv_usec == 0)
            tv.tv_usec = 1;
    }
    RETURN_BOOL(setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) == 0 &&
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) == 0);
}

ZEND_METHOD(Swoole_Process, setBlocking)
{
    bool blocking;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_BOOL(blocking)
    ZEND_PARSE_PARAMETERS_END();
    int fd = io_fd(p, "setBlocking");
    if (fd < 0)
        return;
    int fl = fcntl(fd, F_GETFL);
    if (fl >= 0)
        fcntl(fd, F_SETFL, blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK);
}

ZEND_METHOD(Swoole_Process, close)
{
    zend_long which = CLOSE_BOTH;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(which)
    ZEND_PARSE_PARAMETERS_END();
    int fd = current_fd(p);
    if (p->pipe_type == PIPE_NONE || fd < 0) {
        php_error_docref(NULL, E_WARNING, "close: no pipe to close");
        RETURN_FALSE;
    }
    switch (which) {
    case CLOSE_READ:
        RETURN_BOOL(shutdown(fd, SHUT_RD) == 0);
    case CLOSE_WRITE:
        RETURN_BOOL(shutdown(fd, SHUT_WR) == 0);
    case CLOSE_BOTH:
    case CLOSE_MASTER:
    case CLOSE_WORKER:
        close_fd(p->is_child ? &p->worker_fd : &p->master_fd);
        set_prop_null(Z_OBJ_P(ZEND_THIS), "pipe");
        RETURN_TRUE;
    default:
        zend_argument_value_error(1, "must be one of 0..4 (SWOOLE_PIPE_CLOSE_*)");
        RETURN_THROWS();
    }
}

ZEND_METHOD(Swoole_Process, exit)
{
    zend_long code = 0;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(code)
    ZEND_PARSE_PARAMETERS_END();
    if (!p->is_child || p->pid != getpid()) {
        php_error_docref(NULL, E_WARNING, "exit() is only for the process itself (not its parent)");
        return;
    }
    if (code < 0 || code > 255) {
        zend_argument_value_error(1, "must be between 0 and 255");
        RETURN_THROWS();
    }
    child_exit((int)code);
}

ZEND_METHOD(Swoole_Process, name)
{
    zend_string *title;
    zval fn, arg, ret;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(title)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_STRING(&fn, "cli_set_process_title");
    ZVAL_STR(&arg, title);
    ZVAL_UNDEF(&ret);
    bool ok = call_user_function(NULL, NULL, &fn, &ret, 1, &arg) == SUCCESS &&
              Z_TYPE(ret) == IS_TRUE;
    zval_ptr_dtor(&fn);
    zval_ptr_dtor(&ret);
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Process, exportSocket)
{
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    if (Z_TYPE(p->socket) == IS_OBJECT)
        RETURN_COPY(&p->socket);
    int fd = io_fd(p, "exportSocket");
    if (fd < 0)
        RETURN_FALSE;
    /* the Socket owns a copy of the fd: closing one does not pull the other's away */
    int dfd = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    sw_socket_t *s = dfd >= 0 ? sw_socket_from_fd(dfd) : NULL;
    if (!s) {
        if (dfd >= 0)
            close(dfd);
        php_error_docref(NULL, E_WARNING, "exportSocket: %s", strerror(errno));
        RETURN_FALSE;
    }
    ZVAL_OBJ(&p->socket, php_sw_cosocket_wrap(s));
    RETURN_COPY(&p->socket);
}

/* ---- priority ----------------------------------------------------------------------------- */

static id_t who_of(php_sw_process_t *p, zend_long which, zend_long who, bool who_null)
{
    if (!who_null)
        return (id_t)who;
    return which == PRIO_PROCESS && p->started && !p->is_child ? (id_t)p->pid : 0;
}

ZEND_METHOD(Swoole_Process, setPriority)
{
    zend_long which, prio, who = 0;
    bool who_null = true;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_LONG(which)
        Z_PARAM_LONG(prio)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(who, who_null)
    ZEND_PARSE_PARAMETERS_END();
    if (setpriority((int)which, who_of(p, which, who, who_null), (int)prio) < 0) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "setpriority() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, getPriority)
{
    zend_long which, who = 0;
    bool who_null = true;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(which)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(who, who_null)
    ZEND_PARSE_PARAMETERS_END();
    errno = 0;
    int r = getpriority((int)which, who_of(p, which, who, who_null));
    if (r == -1 && errno) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "getpriority() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_LONG(r);
}

/* ---- SysV message queue ---------------------------------------------------------------- */

typedef struct {
    long mtype;
    char mtext[];
} queue_msg_t;

static void update_queue_props(zend_object *obj, php_sw_process_t *p, key_t key)
{
    if (p->queue_id >= 0) {
        set_prop_long(obj, "msgQueueId", p->queue_id);
        set_prop_long(obj, "msgQueueKey", key);
    } else {
        set_prop_null(obj, "msgQueueId");
        set_prop_null(obj, "msgQueueKey");
    }
}

ZEND_METHOD(Swoole_Process, useQueue)
{
    zend_long key = 0, mode = MSGQUEUE_BALANCE, capacity = -1;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(key)
        Z_PARAM_LONG(mode)
        Z_PARAM_LONG(capacity)
    ZEND_PARSE_PARAMETERS_END();
    if (key <= 0) {   /* as Swoole: a key from the script's path */
        const char *path = zend_get_executed_filename();
        key = ftok(path ? path : ".", 1);
    }
    int id = msgget((key_t)key, IPC_CREAT | 0666);
    if (id < 0) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "msgget() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    if (capacity > 0) {
        struct msqid_ds ds;
        if (msgctl(id, IPC_STAT, &ds) == 0) {
            ds.msg_qbytes = (msglen_t)capacity;
            msgctl(id, IPC_SET, &ds);   /* may need privileges to grow: best effort */
        }
    }
    p->queue_id = id;
    p->queue_nowait = (mode & IPC_NOWAIT_FLAG) != 0;
    update_queue_props(Z_OBJ_P(ZEND_THIS), p, (key_t)key);
    RETURN_TRUE;
}

static int queue_of(php_sw_process_t *p, const char *what)
{
    if (p->queue_id < 0)
        php_error_docref(NULL, E_WARNING, "%s: no message queue, call useQueue() first", what);
    return p->queue_id;
}

ZEND_METHOD(Swoole_Process, push)
{
    zend_string *data;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(data)
    ZEND_PARSE_PARAMETERS_END();
    int id = queue_of(p, "push");
    if (id < 0)
        RETURN_FALSE;
    if (ZSTR_LEN(data) == 0 || ZSTR_LEN(data) > 65536) {
        zend_argument_value_error(1, "must be 1 to 65536 bytes long");
        RETURN_THROWS();
    }
    queue_msg_t *m = emalloc(sizeof *m + ZSTR_LEN(data));
    m->mtype = 1;
    memcpy(m->mtext, ZSTR_VAL(data), ZSTR_LEN(data));
    int r;
    do
        r = msgsnd(id, m, ZSTR_LEN(data), p->queue_nowait ? IPC_NOWAIT : 0);
    while (r < 0 && errno == EINTR);
    efree(m);
    if (r < 0) {
        php_sw_set_last_error(errno);
        if (errno != EAGAIN)
            php_error_docref(NULL, E_WARNING, "msgsnd() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, pop)
{
    zend_long size = 65536;
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(size)
    ZEND_PARSE_PARAMETERS_END();
    int id = queue_of(p, "pop");
    if (id < 0)
        RETURN_FALSE;
    if (size <= 0 || size > 65536) {
        zend_argument_value_error(1, "must be between 1 and 65536");
        RETURN_THROWS();
    }
    queue_msg_t *m = emalloc(sizeof *m + (size_t)size);
    ssize_t n;
    do
        n = msgrcv(id, m, (size_t)size, 0, p->queue_nowait ? IPC_NOWAIT : 0);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
        php_sw_set_last_error(errno);
        if (errno != ENOMSG && errno != EAGAIN)
            php_error_docref(NULL, E_WARNING, "msgrcv() failed: %s", strerror(errno));
        efree(m);
        RETURN_FALSE;
    }
    RETVAL_STRINGL(m->mtext, (size_t)n);
    efree(m);
}

ZEND_METHOD(Swoole_Process, freeQueue)
{
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    int id = queue_of(p, "freeQueue");
    if (id < 0)
        RETURN_FALSE;
    bool ok = msgctl(id, IPC_RMID, NULL) == 0;
    p->queue_id = -1;
    update_queue_props(Z_OBJ_P(ZEND_THIS), p, 0);
    RETURN_BOOL(ok);
}

ZEND_METHOD(Swoole_Process, statQueue)
{
    php_sw_process_t *p = process_of(Z_OBJ_P(ZEND_THIS));
    struct msqid_ds ds;

    ZEND_PARSE_PARAMETERS_NONE();
    int id = queue_of(p, "statQueue");
    if (id < 0)
        RETURN_FALSE;
    if (msgctl(id, IPC_STAT, &ds) < 0) {
        php_sw_set_last_error(errno);
        RETURN_FALSE;
    }
    array_init(return_value);
    add_assoc_long(return_value, "queue_num", (zend_long)ds.msg_qnum);
    add_assoc_long(return_value, "queue_bytes", (zend_long)ds.__msg_cbytes);
}

/* ---- statics ------------------------------------------------------------------------------ */

ZEND_METHOD(Swoole_Process, kill)
{
    zend_long pid, signo = SIGTERM;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(pid)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(signo)
    ZEND_PARSE_PARAMETERS_END();
    if (kill((pid_t)pid, (int)signo) < 0) {
        php_sw_set_last_error(errno);
        /* kill($pid, 0) is how one asks whether a process lives: no warning for that */
        if (!(signo == 0 && errno == ESRCH))
            php_error_docref(NULL, E_WARNING, "kill(" ZEND_LONG_FMT ", " ZEND_LONG_FMT ") failed: %s",
                             pid, signo, strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, wait)
{
    bool blocking = true;
    int st = 0;
    pid_t r;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(blocking)
    ZEND_PARSE_PARAMETERS_END();
    do
        r = waitpid(-1, &st, blocking ? 0 : WNOHANG);
    while (r < 0 && errno == EINTR);
    if (r <= 0) {
        if (r < 0)
            php_sw_set_last_error(errno);
        RETURN_FALSE;
    }
    array_init(return_value);
    add_assoc_long(return_value, "pid", r);
    add_assoc_long(return_value, "code", WIFEXITED(st) ? WEXITSTATUS(st) : 0);
    add_assoc_long(return_value, "signal", WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

static void on_signal(sw_loop_t *loop, int signo, void *arg)
{
    zval z;
    (void)loop;
    (void)arg;
    if (signo <= 0 || signo >= _NSIG || !sig_cbs[signo])
        return;
    ZVAL_LONG(&z, signo);
    php_sw_callback_dispatch(sig_cbs[signo], &z, true);
}

static void signal_forget(int signo)
{
    if (sig_cbs[signo]) {
        php_sw_callback_dtor(sig_cbs[signo]);
        efree(sig_cbs[signo]);
        sig_cbs[signo] = NULL;
    }
}

ZEND_METHOD(Swoole_Process, signal)
{
    zend_long signo;
    zval *callback = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(signo)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(callback)
    ZEND_PARSE_PARAMETERS_END();
    if (signo <= 0 || signo >= _NSIG || signo == SIGKILL || signo == SIGSTOP) {
        php_error_docref(NULL, E_WARNING, "invalid signal number [" ZEND_LONG_FMT "]", signo);
        RETURN_FALSE;
    }
    sw_loop_t *loop = sw_loop_default();
    if (!loop) {
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    if (!callback) {   /* signal($signo, null) removes the handler */
        if (!sig_cbs[signo])
            RETURN_FALSE;
        signal_forget((int)signo);
        sw_signal_del(loop, (int)signo);
        RETURN_TRUE;
    }
    if (!require_callable(callback, 2, "must be a valid callback or null"))
        RETURN_THROWS();
    php_sw_callback_t *cb = emalloc(sizeof *cb);
    if (!php_sw_callback_init(cb, callback, 0, NULL)) {
        efree(cb);
        RETURN_FALSE;
    }
    if (sw_signal_add(loop, (int)signo, on_signal, NULL) < 0) {
        php_sw_callback_dtor(cb);
        efree(cb);
        php_sw_error_from_core(E_WARNING);
        RETURN_FALSE;
    }
    signal_forget((int)signo);
    sig_cbs[signo] = cb;
    php_sw_loop_defer_to_shutdown();   /* handlers run from the loop, at the latest at script end */
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, alarm)
{
    zend_long usec, type = ITIMER_REAL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(usec)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    if (type != ITIMER_REAL && type != ITIMER_VIRTUAL && type != ITIMER_PROF) {
        zend_argument_value_error(2, "must be ITIMER_REAL (0), ITIMER_VIRTUAL (1) or ITIMER_PROF (2)");
        RETURN_THROWS();
    }
    struct itimerval it;
    memset(&it, 0, sizeof it);
    if (usec > 0) {   /* a repeating interval, as Swoole; 0 or less stops it */
        it.it_interval.tv_sec = (time_t)(usec / 1000000);
        it.it_interval.tv_usec = (suseconds_t)(usec % 1000000);
        it.it_value = it.it_interval;
    }
    if (setitimer((int)type, &it, NULL) < 0) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "setitimer() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, daemon)
{
    bool nochdir = true, noclose = true;
    zval *pipes = NULL;

    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(nochdir)
        Z_PARAM_BOOL(noclose)
        Z_PARAM_ARRAY(pipes)
    ZEND_PARSE_PARAMETERS_END();
    (void)pipes;
    fflush(stdout);
    fflush(stderr);
    if (daemon(nochdir, noclose) < 0) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "daemon() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Process, setAffinity)
{
    HashTable *cpus;
    zval *v;
    cpu_set_t set;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(cpus)
    ZEND_PARSE_PARAMETERS_END();
    if (zend_hash_num_elements(cpus) == 0 || zend_hash_num_elements(cpus) > CPU_SETSIZE) {
        zend_argument_value_error(1, "must list between 1 and %d CPUs", CPU_SETSIZE);
        RETURN_THROWS();
    }
    CPU_ZERO(&set);
    ZEND_HASH_FOREACH_VAL(cpus, v) {
        zend_long cpu = zval_get_long(v);
        if (cpu < 0 || cpu >= CPU_SETSIZE) {
            zend_argument_value_error(1, "has an invalid CPU number " ZEND_LONG_FMT, cpu);
            RETURN_THROWS();
        }
        CPU_SET((int)cpu, &set);
    } ZEND_HASH_FOREACH_END();
    if (sched_setaffinity(getpid(), sizeof set, &set) < 0) {
        php_sw_set_last_error(errno);
        php_error_docref(NULL, E_WARNING, "sched_setaffinity() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

/* ---- lifecycle ------------------------------------------------------------------------------ */

void php_sw_process_minit(int module_number)
{
    (void)module_number;
    process_ce = register_class_Swoole_Process();
    process_ce->create_object = process_create;
    memcpy(&process_handlers, zend_get_std_object_handlers(), sizeof process_handlers);
    process_handlers.offset = XtOffsetOf(php_sw_process_t, std);
    process_handlers.free_obj = process_free;
    process_handlers.clone_obj = NULL;
    php_sw_class_alias(process_ce, "swoole_process", false);

    REGISTER_LONG_CONSTANT("SWOOLE_PIPE_CLOSE_MASTER", CLOSE_MASTER, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_PIPE_CLOSE_WORKER", CLOSE_WORKER, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_PIPE_CLOSE_READ", CLOSE_READ, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_PIPE_CLOSE_WRITE", CLOSE_WRITE, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_PIPE_CLOSE_BOTH", CLOSE_BOTH, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_MSGQUEUE_ORIENT", 1, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_MSGQUEUE_BALANCE", MSGQUEUE_BALANCE, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_IPC_NOWAIT", IPC_NOWAIT_FLAG, CONST_CS | CONST_PERSISTENT);
}

/* Process::signal() handlers die with the request (the loop's registrations go with it). */
void php_sw_process_rshutdown(void)
{
    sw_loop_t *loop = sw_loop_default();
    for (int i = 1; i < _NSIG; i++) {
        if (sig_cbs[i]) {
            if (loop)
                sw_signal_del(loop, i);
            signal_forget(i);
        }
    }
}
