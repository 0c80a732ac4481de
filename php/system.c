/* system.c — Swoole\Coroutine\System (and the Co::* aliases): sleeping, running a
 * command, resolving names, whole-file and stream I/O, waiting for children, signals and
 * fd readiness — all without blocking the loop. Pipes, sockets, signals and children are
 * waited on through the loop itself (fd watchers, signalfd, pidfd); regular files,
 * getaddrinfo and statvfs have no readiness and run on the core's worker threads
 * (sw_async.h), which touch no PHP state: their inputs and outputs are plain C. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php_swoole.h"
#include "ext/standard/file.h"
#include "ext/standard/flock_compat.h"
#include "zend_smart_str.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sw_async.h"

#ifdef HAVE_VALGRIND_MEMCHECK_H
#include <valgrind/valgrind.h>
#define UNDER_VALGRIND() RUNNING_ON_VALGRIND
#else
#define UNDER_VALGRIND() 0
#endif

extern char **environ;

ZEND_METHOD(Swoole_Coroutine_System, sleep)
{
    double seconds;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    php_sw_task_t *t = php_sw_coro_require("Co::sleep()");
    if (!t)
        RETURN_THROWS();
    int rc = sw_coro_sleep_ms((uint64_t)(seconds * 1000.0));
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(rc == 0);
}

ZEND_METHOD(Swoole_Coroutine_System, usleep)
{
    zend_long us;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(us)
    ZEND_PARSE_PARAMETERS_END();
    if (us < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    php_sw_task_t *t = php_sw_coro_require("Co::usleep()");
    if (!t)
        RETURN_THROWS();
    int rc = sw_coro_sleep_ms((uint64_t)(us / 1000));
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(rc == 0);
}

/* ---- shared helpers ------------------------------------------------------------------------ */

/* Every waiting method runs inside a coroutine (throws otherwise). Destructors, the
 * cycle collector's included, may wait like any other code: the coroutine engine carries
 * PHP's fiber-switch block with the coroutine (see vm_save in coroutine.c). */
static php_sw_task_t *guard(const char *what)
{
    return php_sw_coro_require(what);
}

/* Records a core error (negative code from the core, message already set) as the last
 * error and, if it is not a plain timeout or cancel, as a warning. */
static void report(int rc, bool warn)
{
    int code = rc < 0 ? -rc : rc;
    if (code != sw_error_code())
        sw_error_set(code, "%s", sw_strerror(code));
    if (warn && code != SW_ERROR_CO_TIMEDOUT && code != SW_ERROR_CO_CANCELED)
        php_sw_error_from_core(E_WARNING);
}

/* An errno from a worker or a syscall: last error, and a warning "<what>: <strerror>". */
static void report_errno(int err, const char *fmt, const char *arg)
{
    char what[512];
    snprintf(what, sizeof what, fmt, arg);
    sw_error_set(err, "%s failed: %s", what, strerror(err));
    php_sw_error_from_core(E_WARNING);
}

/* ---- waiting for an fd ---------------------------------------------------------------------- */

typedef struct {
    sw_io_t io;
    sw_coro_t *co;
    sw_timer_t *timer;
    unsigned revents;
    bool timed_out;
} fd_wait_t;

static void fd_wait_ready(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    fd_wait_t *w = io->data;
    w->revents = events;
    sw_io_stop(loop, io);
    sw_coro_resume(w->co);
}

static void fd_wait_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    fd_wait_t *w = arg;
    (void)timer;
    w->timer = NULL;
    w->timed_out = true;
    sw_io_stop(loop, &w->io);
    sw_coro_resume(w->co);
}

static bool fd_wait_cancel(sw_coro_t *co, void *arg)
{
    fd_wait_t *w = arg;
    (void)co;
    sw_io_stop(sw_loop_default(), &w->io);
    if (w->timer)
        sw_timer_cancel(sw_loop_default(), w->timer);
    w->timer = NULL;
    return true;
}

static int poll_now(int fd, unsigned events)
{
    struct pollfd p = {.fd = fd,
                       .events = (short)(((events & SW_EV_READ) ? POLLIN : 0) |
                                         ((events & SW_EV_WRITE) ? POLLOUT : 0))};
    int n;

    while ((n = poll(&p, 1, 0)) < 0 && errno == EINTR)
        ;
    if (n < 0)
        return sw_error_sys(errno, "poll");
    if (n == 0)
        return 0;
    return ((p.revents & POLLIN) ? SW_EV_READ : 0) | ((p.revents & POLLOUT) ? SW_EV_WRITE : 0) |
           ((p.revents & (POLLERR | POLLHUP | POLLNVAL)) ? (SW_EV_ERROR | events) : 0);
}

/* Suspends until fd is ready for `events` (SW_EV_READ/WRITE). Returns the ready bits
 * (SW_EV_ERROR included on hang-up/error), or a negative code with the last error set:
 * -SW_ERROR_CO_TIMEDOUT, -SW_ERROR_CO_CANCELED, or why the fd cannot be watched.
 * A wake-up is confirmed with poll() before it is believed: an event collected for an
 * earlier file with the same number can reach a new watcher in the same iteration. */
static int wait_fd(int fd, unsigned events, long timeout_ms, const char *what)
{
    sw_loop_t *loop = sw_loop_default();
    uint64_t deadline = timeout_ms > 0 ? sw_clock_ms() + (uint64_t)timeout_ms : 0;

    if (timeout_ms == 0) {
        int r = poll_now(fd, events);
        return r != 0 ? r : sw_error_set(SW_ERROR_CO_TIMEDOUT, "%s timed out", what);
    }
    if (!loop)
        return -sw_error_code();
    for (;;) {
        fd_wait_t w = {.co = sw_coro_current()};
        sw_io_init(&w.io, fd, fd_wait_ready, &w);
        int rc = sw_io_start(loop, &w.io, events);
        if (rc == -EEXIST)  /* another coroutine (or an Event callback) waits on it */
            return sw_error_set(SW_ERROR_CO_HAS_BEEN_BOUND, "fd %d is already being waited on", fd);
        if (rc < 0)
            return rc;
        if (deadline) {
            uint64_t now = sw_clock_ms();
            uint64_t ms = deadline > now ? deadline - now : 1;
            w.timer = sw_timer_add(loop, ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : ms, false,
                                   fd_wait_timeout, &w);
        }
        sw_coro_yield_ex(what, fd_wait_cancel, &w);
        sw_io_stop(loop, &w.io);
        if (w.timer)
            sw_timer_cancel(loop, w.timer);
        if (sw_coro_is_canceled(w.co))
            return sw_error_set(SW_ERROR_CO_CANCELED, "%s canceled", what);
        if (w.timed_out)
            return sw_error_set(SW_ERROR_CO_TIMEDOUT, "%s timed out", what);
        int r = poll_now(fd, events);
        if (r != 0)
            return r;
    }
}

/* ---- children ------------------------------------------------------------------------------- *
 * A child is reaped by whoever waits for it by pid (through a pidfd: no signal involved),
 * or by a wait() for any child (through SIGCHLD, handled only while such a wait exists).
 * Children somebody waits for by pid, or that exec() started, are "reserved": a wait()
 * for any child leaves them to their owner. */

typedef struct any_wait {
    struct any_wait *next;
    sw_coro_t *co;
    sw_timer_t *timer;
    pid_t pid;
    int status;
    int err;
    bool done;
} any_wait_t;

static any_wait_t *any_waits;        /* FIFO of wait() callers */
static bool sigchld_handled;
static pid_t *reserved;
static size_t reserved_len, reserved_cap;

static void reserve_pid(pid_t pid)
{
    if (reserved_len == reserved_cap) {
        reserved_cap = reserved_cap ? reserved_cap * 2 : 8;
        reserved = safe_perealloc(reserved, reserved_cap, sizeof *reserved, 0, 1);
    }
    reserved[reserved_len++] = pid;
}

static void release_pid(pid_t pid)
{
    for (size_t i = 0; i < reserved_len; i++) {
        if (reserved[i] == pid) {
            reserved[i] = reserved[--reserved_len];
            return;
        }
    }
}

static bool pid_reserved(pid_t pid)
{
    for (size_t i = 0; i < reserved_len; i++)
        if (reserved[i] == pid)
            return true;
    return false;
}

/* Children of an exec() that stopped waiting (canceled): nobody will ask for their
 * status, so they are reaped whenever they are seen to have exited. They stay reserved
 * meanwhile, so no wait() reports them. */
static pid_t *orphans;
static size_t orphans_len, orphans_cap;

static void adopt_orphan(pid_t pid)
{
    if (orphans_len == orphans_cap) {
        orphans_cap = orphans_cap ? orphans_cap * 2 : 4;
        orphans = safe_perealloc(orphans, orphans_cap, sizeof *orphans, 0, 1);
    }
    orphans[orphans_len++] = pid;
    reserve_pid(pid);
}

/* Reaps the orphans that have exited; true if `pid` was one of them. */
static bool reap_orphans(pid_t pid)
{
    bool found = false;
    for (size_t i = 0; i < orphans_len;) {
        int st;
        pid_t r = waitpid(orphans[i], &st, WNOHANG);
        if (r == 0 || (r < 0 && errno == EINTR)) {
            i++;
            continue;
        }
        found |= orphans[i] == pid;
        release_pid(orphans[i]);
        orphans[i] = orphans[--orphans_len];
    }
    return found;
}

static void any_unlink(any_wait_t *w)
{
    for (any_wait_t **pp = &any_waits; *pp; pp = &(*pp)->next) {
        if (*pp == w) {
            *pp = w->next;
            return;
        }
    }
}

static void sigchld_update(void);

/* Hands exited children to wait() callers, oldest caller first. A child is only looked
 * at (WNOWAIT) until we know it is not reserved. */
static void reap_any(void)
{
    while (any_waits) {
        siginfo_t si;
        any_wait_t *w = any_waits;

        memset(&si, 0, sizeof si);
        if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) < 0) {
            if (errno == EINTR)
                continue;
            w->err = errno;     /* ECHILD: no child left to wait for */
        } else if (si.si_pid == 0) {
            break;
        } else if (pid_reserved(si.si_pid)) {
            if (reap_orphans(si.si_pid))
                continue;
            break;  /* its owner reaps it, then looks again (wait_pid) */
        } else {
            int st = 0;
            pid_t r = waitpid(si.si_pid, &st, WNOHANG);
            if (r <= 0)
                break;
            w->pid = r;
            w->status = st;
        }
        w->done = true;
        any_waits = w->next;
        if (w->timer)
            sw_timer_cancel(sw_loop_default(), w->timer);
        w->timer = NULL;
        if (sw_coro_state(w->co) == SW_CORO_WAITING)
            sw_coro_resume(w->co);
    }
    sigchld_update();
}

static void on_sigchld(sw_loop_t *loop, int signo, void *arg)
{
    (void)loop;
    (void)signo;
    (void)arg;
    reap_any();
}

/* SIGCHLD is taken from the process only while somebody waits for any child. */
static void sigchld_update(void)
{
    sw_loop_t *loop = sw_loop_default();

    if (!loop)
        return;
    if (any_waits && !sigchld_handled) {
        sigchld_handled = sw_signal_add(loop, SIGCHLD, on_sigchld, NULL) == 0;
    } else if (!any_waits && sigchld_handled) {
        sw_signal_del(loop, SIGCHLD);
        sigchld_handled = false;
    }
}

static void any_wait_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    any_wait_t *w = arg;
    (void)loop;
    (void)timer;
    w->timer = NULL;
    any_unlink(w);
    sigchld_update();
    sw_coro_resume(w->co);
}

static bool any_wait_cancel(sw_coro_t *co, void *arg)
{
    any_wait_t *w = arg;
    (void)co;
    if (w->timer)
        sw_timer_cancel(sw_loop_default(), w->timer);
    w->timer = NULL;
    any_unlink(w);
    sigchld_update();
    return true;
}

/* Waits for any child. Returns its pid (status in *status) or a negative code. */
static int wait_any(long timeout_ms, int *status)
{
    any_wait_t w = {.co = sw_coro_current()};
    sw_loop_t *loop = sw_loop_default();

    if (!loop)
        return -sw_error_code();
    /* Appended (FIFO), then served at once if a child already exited. SIGCHLD is taken
     * before that first look: a child ending in between must not go unnoticed. */
    any_wait_t **pp = &any_waits;
    while (*pp)
        pp = &(*pp)->next;
    *pp = &w;
    sigchld_update();
    reap_any();
    if (!w.done) {
        if (timeout_ms == 0) {
            any_unlink(&w);
            sigchld_update();
            return sw_error_set(SW_ERROR_CO_TIMEDOUT, "wait() timed out");
        }
        if (!sigchld_handled) {
            any_unlink(&w);
            return -sw_error_code();
        }
        if (timeout_ms > 0) {
            uint64_t ms = (uint64_t)timeout_ms;
            w.timer = sw_timer_add(loop, ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : ms, false,
                                   any_wait_timeout, &w);
        }
        sw_coro_yield_ex("System::wait()", any_wait_cancel, &w);
        if (w.timer)
            sw_timer_cancel(loop, w.timer);
    }
    if (!w.done) {
        if (sw_coro_is_canceled(w.co))
            return sw_error_set(SW_ERROR_CO_CANCELED, "wait() canceled");
        return sw_error_set(SW_ERROR_CO_TIMEDOUT, "wait() timed out");
    }
    if (w.err)
        return sw_error_set(w.err, "wait() failed: %s", strerror(w.err));
    *status = w.status;
    return w.pid;
}

/* Polls for one child without a pidfd (kernels before 5.3): every 10 ms. */
static int wait_pid_polling(pid_t pid, long timeout_ms, int *status, const char *what)
{
    uint64_t start = sw_clock_ms();

    for (;;) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return pid;
        if (r < 0 && errno != EINTR)
            return sw_error_set(errno, "waitpid(%d) failed: %s", (int)pid, strerror(errno));
        if (timeout_ms >= 0 && sw_clock_ms() - start >= (uint64_t)timeout_ms)
            return sw_error_set(SW_ERROR_CO_TIMEDOUT, "%s timed out", what);
        int rc = sw_coro_sleep_ms(10);
        if (rc < 0)
            return rc;
        if (php_sw_task_current() && php_sw_task_current()->unwinding)
            return sw_error_set(SW_ERROR_CO_CANCELED, "%s canceled", what);
    }
}

/* Waits for one child. Returns its pid (status in *status) or a negative code. */
static int wait_pid(pid_t pid, long timeout_ms, int *status, const char *what)
{
    int rc;

    reserve_pid(pid);
    pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid) {
        rc = pid;
    } else if (r < 0) {
        rc = sw_error_set(errno, "waitpid(%d) failed: %s", (int)pid, strerror(errno));
    } else {
        /* pidfd_open needs Linux 5.3; valgrind does not know it (and says so on stderr). */
        static bool no_pidfd;
        int pfd = no_pidfd || UNDER_VALGRIND() ? -1 : (int)syscall(SYS_pidfd_open, pid, 0);
        if (pfd < 0 && errno == ENOSYS)
            no_pidfd = true;
        if (pfd < 0) {
            rc = wait_pid_polling(pid, timeout_ms, status, what);
        } else {
            rc = wait_fd(pfd, SW_EV_READ, timeout_ms, what);
            close(pfd);
            if (rc >= 0) {
                while ((r = waitpid(pid, status, WNOHANG)) < 0 && errno == EINTR)
                    ;
                rc = r == pid ? pid
                              : sw_error_set(r < 0 ? errno : SW_ERROR_SYSTEM_CALL_FAIL,
                                             "waitpid(%d) failed", (int)pid);
            }
        }
    }
    release_pid(pid);
    /* wait() callers may have been held back by this reserved child. */
    if (any_waits)
        reap_any();
    return rc;
}

static void status_array(zval *rv, pid_t pid, int status, bool with_pid)
{
    array_init(rv);
    if (with_pid)
        add_assoc_long(rv, "pid", pid);
    add_assoc_long(rv, "code", WIFEXITED(status) ? WEXITSTATUS(status) : 0);
    add_assoc_long(rv, "signal", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

/* ---- exec ------------------------------------------------------------------------------------ */

/* /bin/sh -c command, stdout (and stderr) into a pipe. The child starts with an empty
 * signal mask and default dispositions: the loop blocks the signals it takes through
 * signalfd, and a command must not inherit that. */
static pid_t spawn_shell(const char *command, bool with_stderr, int *out_fd)
{
    int p[2];
    pid_t pid = -1;
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    sigset_t none, all;
    char *argv[] = {"/bin/sh", "-c", (char *)command, NULL};

    if (pipe2(p, O_CLOEXEC) < 0) {
        sw_error_sys(errno, "pipe");
        return -1;
    }
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, p[1], STDOUT_FILENO);
    if (with_stderr)
        posix_spawn_file_actions_adddup2(&fa, p[1], STDERR_FILENO);
    posix_spawnattr_init(&attr);
    sigemptyset(&none);
    sigfillset(&all);
    sigdelset(&all, SIGKILL);
    sigdelset(&all, SIGSTOP);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    int rc = posix_spawn(&pid, "/bin/sh", &fa, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(p[1]);
    if (rc != 0) {
        close(p[0]);
        sw_error_sys(rc, "posix_spawn(/bin/sh)");
        return -1;
    }
    fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
    *out_fd = p[0];
    return pid;
}

ZEND_METHOD(Swoole_Coroutine_System, exec)
{
    zend_string *command;
    bool get_error_stream = false;
    int fd = -1, status = 0, rc = 0;
    smart_str out = {0};
    char buf[8192];

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_PATH_STR(command)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(get_error_stream)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::exec()"))
        RETURN_THROWS();
    pid_t pid = spawn_shell(ZSTR_VAL(command), get_error_stream, &fd);
    if (pid < 0) {
        report(-sw_error_code(), true);
        RETURN_FALSE;
    }
    reserve_pid(pid);
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) {
            smart_str_appendl(&out, buf, (size_t)n);
        } else if (n == 0) {
            break;
        } else if (errno == EAGAIN) {
            rc = wait_fd(fd, SW_EV_READ, -1, "System::exec()");
            if (rc < 0)
                break;
        } else if (errno != EINTR) {
            rc = sw_error_sys(errno, "read from the command");
            break;
        }
    }
    close(fd);
    release_pid(pid);
    if (rc >= 0)
        rc = wait_pid(pid, -1, &status, "System::exec()");
    if (rc < 0 && waitpid(pid, &status, WNOHANG) == 0)
        adopt_orphan(pid);  /* a canceled exec does not wait for its child */
    if (orphans_len)
        reap_orphans(0);
    if (php_sw_coro_unwinding()) {
        smart_str_free(&out);
        RETURN_THROWS();
    }
    if (rc < 0) {
        smart_str_free(&out);
        report(rc, false);
        RETURN_FALSE;
    }
    status_array(return_value, pid, status, false);
    add_assoc_str(return_value, "output", out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC());
}

/* ---- wait, waitPid ---------------------------------------------------------------------------- */

ZEND_METHOD(Swoole_Coroutine_System, wait)
{
    double timeout = -1;
    int status = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::wait()"))
        RETURN_THROWS();
    int rc = wait_any(php_sw_timeout_ms(timeout), &status);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (rc < 0) {
        report(rc, false);
        RETURN_FALSE;
    }
    status_array(return_value, rc, status, true);
}

ZEND_METHOD(Swoole_Coroutine_System, waitPid)
{
    zend_long pid;
    double timeout = -1;
    int status = 0, rc;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(pid)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::waitPid()"))
        RETURN_THROWS();
    if (pid == -1) {
        rc = wait_any(php_sw_timeout_ms(timeout), &status);
    } else if (pid <= 0 || pid > INT_MAX) {
        zend_argument_value_error(1, "must be a process id greater than 0, or -1 for any child");
        RETURN_THROWS();
    } else {
        rc = wait_pid((pid_t)pid, php_sw_timeout_ms(timeout), &status, "System::waitPid()");
    }
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (rc < 0) {
        report(rc, false);
        RETURN_FALSE;
    }
    status_array(return_value, rc, status, true);
}

/* ---- waitSignal ------------------------------------------------------------------------------- */

typedef struct {
    sw_coro_t *co;
    sw_timer_t *timer;
    int signo;            /* the one that arrived, 0 while none */
    int sigs[64];
    int nsigs;
} sig_wait_t;

static sig_wait_t *sig_waiters[_NSIG];  /* one waiting coroutine per signal */

static void sig_wait_end(sig_wait_t *w)
{
    sw_loop_t *loop = sw_loop_default();
    for (int i = 0; i < w->nsigs; i++) {
        if (sig_waiters[w->sigs[i]] == w) {
            sig_waiters[w->sigs[i]] = NULL;
            sw_signal_del(loop, w->sigs[i]);
        }
    }
    if (w->timer)
        sw_timer_cancel(loop, w->timer);
    w->timer = NULL;
}

static void on_waited_signal(sw_loop_t *loop, int signo, void *arg)
{
    sig_wait_t *w = arg;
    (void)loop;
    if (w->signo)
        return;
    w->signo = signo;
    sig_wait_end(w);
    sw_coro_resume(w->co);
}

static void sig_wait_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    sig_wait_t *w = arg;
    (void)loop;
    (void)timer;
    w->timer = NULL;
    sig_wait_end(w);
    sw_coro_resume(w->co);
}

static bool sig_wait_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    sig_wait_end(arg);
    return true;
}

static bool add_signal(sig_wait_t *w, zend_long signo)
{
    if (signo <= 0 || signo >= _NSIG || signo == SIGKILL || signo == SIGSTOP) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        php_error_docref(NULL, E_WARNING, "invalid signal [" ZEND_LONG_FMT "]", signo);
        return false;
    }
    for (int i = 0; i < w->nsigs; i++)
        if (w->sigs[i] == signo)
            return true;
    if (sig_waiters[signo]) {
        php_sw_set_last_error(SW_ERROR_CO_HAS_BEEN_BOUND);
        php_error_docref(NULL, E_WARNING,
                         "signal [" ZEND_LONG_FMT "] is already being waited for by coroutine#%" PRId64,
                         signo, sw_coro_id(sig_waiters[signo]->co));
        return false;
    }
    if (w->nsigs == (int)(sizeof w->sigs / sizeof w->sigs[0]))
        return true;
    if (sw_signal_add(sw_loop_default(), (int)signo, on_waited_signal, w) < 0) {
        php_sw_error_from_core(E_WARNING);
        return false;
    }
    sig_waiters[signo] = w;
    w->sigs[w->nsigs++] = (int)signo;
    return true;
}

ZEND_METHOD(Swoole_Coroutine_System, waitSignal)
{
    zval *zsigs, *v;
    double timeout = -1;
    sig_wait_t w = {0};

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ZVAL(zsigs)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (Z_TYPE_P(zsigs) != IS_LONG && Z_TYPE_P(zsigs) != IS_ARRAY) {
        zend_argument_type_error(1, "must be of type array|int, %s given", zend_zval_type_name(zsigs));
        RETURN_THROWS();
    }
    if (!guard("System::waitSignal()"))
        RETURN_THROWS();
    w.co = sw_coro_current();
    bool ok = true;
    if (Z_TYPE_P(zsigs) == IS_LONG) {
        ok = add_signal(&w, Z_LVAL_P(zsigs));
    } else {
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(zsigs), v) {
            if (!(ok = add_signal(&w, zval_get_long(v))))
                break;
        } ZEND_HASH_FOREACH_END();
        if (ok && w.nsigs == 0) {
            php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
            php_error_docref(NULL, E_WARNING, "no signal to wait for");
            ok = false;
        }
    }
    if (!ok) {
        sig_wait_end(&w);
        RETURN_FALSE;
    }
    long ms = php_sw_timeout_ms(timeout);
    if (ms > 0)
        w.timer = sw_timer_add(sw_loop_default(), (uint64_t)ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : (uint64_t)ms,
                               false, sig_wait_timeout, &w);
    if (ms != 0)
        sw_coro_yield_ex("System::waitSignal()", sig_wait_cancel, &w);
    sig_wait_end(&w);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (!w.signo) {
        php_sw_set_last_error(sw_coro_is_canceled(w.co) ? SW_ERROR_CO_CANCELED : SW_ERROR_CO_TIMEDOUT);
        RETURN_FALSE;
    }
    RETURN_LONG(w.signo);
}

/* ---- waitEvent -------------------------------------------------------------------------------- */

ZEND_METHOD(Swoole_Coroutine_System, waitEvent)
{
    zval *zsock;
    zend_long events = PHP_SW_EVENT_READ;
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(zsock)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(events)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (!(events & (PHP_SW_EVENT_READ | PHP_SW_EVENT_WRITE)) ||
        (events & ~(zend_long)(PHP_SW_EVENT_READ | PHP_SW_EVENT_WRITE))) {
        zend_argument_value_error(2, "must be SWOOLE_EVENT_READ, SWOOLE_EVENT_WRITE or both");
        RETURN_THROWS();
    }
    if (!guard("System::waitEvent()"))
        RETURN_THROWS();
    int fd = php_sw_zval_to_fd(zsock);
    if (fd < 0) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        RETURN_FALSE;
    }
    int rc = wait_fd(fd, php_sw_events_to_core(events), php_sw_timeout_ms(timeout),
                     "System::waitEvent()");
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (rc < 0) {
        report(rc, true);
        RETURN_FALSE;
    }
    RETURN_LONG(php_sw_events_from_core((unsigned)rc) & events);
}

/* ---- name resolution: getaddrinfo on a worker -------------------------------------------------- */

typedef struct {
    char *host;
    char *service;
    int family, socktype, protocol;
    int rc;               /* getaddrinfo's result */
    int err;              /* errno for EAI_SYSTEM */
    struct addrinfo *res;
} dns_job_t;

static void dns_run(void *arg)
{
    dns_job_t *j = arg;
    struct addrinfo hints;

    memset(&hints, 0, sizeof hints);
    hints.ai_family = j->family;
    hints.ai_socktype = j->socktype;
    hints.ai_protocol = j->protocol;
    j->rc = getaddrinfo(j->host, j->service, &hints, &j->res);
    j->err = j->rc == EAI_SYSTEM ? errno : 0;
}

/* Frees a job: after it is delivered, or (on a worker's behalf) after its waiter gave up. */
static void dns_free(void *arg)
{
    dns_job_t *j = arg;
    if (j->res)
        freeaddrinfo(j->res);
    free(j->host);
    free(j->service);
    free(j);
}

/* Resolves on a worker. Returns the job (the caller frees it with dns_free) or NULL with
 * the last error set: RESOLVE_FAILED, RESOLVE_TIMEOUT, or canceled. */
static dns_job_t *resolve(const char *host, const char *service, int family, int socktype,
                          int protocol, long timeout_ms, const char *what)
{
    dns_job_t *j = calloc(1, sizeof *j);

    if (!j || !(j->host = strdup(host)) || (service && !(j->service = strdup(service)))) {
        if (j)
            dns_free(j);
        sw_error_set(SW_ERROR_MALLOC_FAIL, "out of memory");
        return NULL;
    }
    j->family = family;
    j->socktype = socktype;
    j->protocol = protocol;
    int rc = sw_async_run_timeout(dns_run, j, what, timeout_ms, dns_free);
    if (rc < 0) {
        /* Given up: the pool owns j now. Otherwise it never ran. */
        if (rc != -SW_ERROR_CO_TIMEDOUT && rc != -SW_ERROR_CO_CANCELED)
            dns_free(j);
        if (rc == -SW_ERROR_CO_TIMEDOUT)
            sw_error_set(SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT, "%s: %s timed out", what, host);
        return NULL;
    }
    if (j->rc != 0) {
        sw_error_set(SW_ERROR_DNSLOOKUP_RESOLVE_FAILED, "%s: %s: %s", what, host,
                     j->rc == EAI_SYSTEM ? strerror(j->err) : gai_strerror(j->rc));
        dns_free(j);
        return NULL;
    }
    return j;
}

static bool addr_string(const struct addrinfo *ai, char *buf, size_t len)
{
    if (ai->ai_family == AF_INET)
        return inet_ntop(AF_INET, &((struct sockaddr_in *)ai->ai_addr)->sin_addr, buf, (socklen_t)len) != NULL;
    if (ai->ai_family == AF_INET6)
        return inet_ntop(AF_INET6, &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr, buf, (socklen_t)len) != NULL;
    return false;
}

/* gethostbyname and dnsLookup: the first address of the family, as a string. */
static void lookup_one(INTERNAL_FUNCTION_PARAMETERS, zend_string *name, zend_long family,
                       double timeout, const char *what)
{
    char ip[INET6_ADDRSTRLEN];

    if (ZSTR_LEN(name) == 0) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        php_error_docref(NULL, E_WARNING, "domain name is empty");
        RETURN_FALSE;
    }
    if (family != AF_INET && family != AF_INET6) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        php_error_docref(NULL, E_WARNING, "unknown protocol family, must be AF_INET or AF_INET6");
        RETURN_FALSE;
    }
    if (!guard(what))
        RETURN_THROWS();
    dns_job_t *j = resolve(ZSTR_VAL(name), NULL, (int)family, SOCK_STREAM, 0,
                           php_sw_timeout_ms(timeout), what);
    if (php_sw_coro_unwinding()) {
        if (j)
            dns_free(j);
        RETURN_THROWS();
    }
    if (!j) {
        report(-sw_error_code(), false);
        RETURN_FALSE;
    }
    bool ok = false;
    for (struct addrinfo *ai = j->res; ai && !ok; ai = ai->ai_next)
        ok = ai->ai_family == family && addr_string(ai, ip, sizeof ip);
    dns_free(j);
    if (!ok) {
        php_sw_set_last_error(SW_ERROR_DNSLOOKUP_RESOLVE_FAILED);
        RETURN_FALSE;
    }
    RETURN_STRING(ip);
}

ZEND_METHOD(Swoole_Coroutine_System, gethostbyname)
{
    zend_string *name;
    zend_long family = AF_INET;
    double timeout = -1;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(family)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    lookup_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, name, family, timeout, "System::gethostbyname()");
}

ZEND_METHOD(Swoole_Coroutine_System, dnsLookup)
{
    zend_string *name;
    zend_long family = AF_INET;
    double timeout = 5;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
        Z_PARAM_LONG(family)
    ZEND_PARSE_PARAMETERS_END();
    lookup_one(INTERNAL_FUNCTION_PARAM_PASSTHRU, name, family, timeout, "System::dnsLookup()");
}

ZEND_METHOD(Swoole_Coroutine_System, getaddrinfo)
{
    zend_string *name, *service = NULL;
    zend_long family = AF_INET, socktype = SOCK_STREAM, protocol = IPPROTO_TCP;
    double timeout = -1;
    char ip[INET6_ADDRSTRLEN];

    ZEND_PARSE_PARAMETERS_START(1, 6)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(family)
        Z_PARAM_LONG(socktype)
        Z_PARAM_LONG(protocol)
        Z_PARAM_STR_OR_NULL(service)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    if (ZSTR_LEN(name) == 0) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        php_error_docref(NULL, E_WARNING, "domain name is empty");
        RETURN_FALSE;
    }
    if (family != AF_INET && family != AF_INET6) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        php_error_docref(NULL, E_WARNING, "unknown protocol family, must be AF_INET or AF_INET6");
        RETURN_FALSE;
    }
    if (!guard("System::getaddrinfo()"))
        RETURN_THROWS();
    dns_job_t *j = resolve(ZSTR_VAL(name), service ? ZSTR_VAL(service) : NULL, (int)family,
                           (int)socktype, (int)protocol, php_sw_timeout_ms(timeout),
                           "System::getaddrinfo()");
    if (php_sw_coro_unwinding()) {
        if (j)
            dns_free(j);
        RETURN_THROWS();
    }
    if (!j) {
        report(-sw_error_code(), false);
        RETURN_FALSE;
    }
    array_init(return_value);
    for (struct addrinfo *ai = j->res; ai; ai = ai->ai_next)
        if (addr_string(ai, ip, sizeof ip))
            add_next_index_string(return_value, ip);
    dns_free(j);
}

/* ---- statvfs ---------------------------------------------------------------------------------- */

typedef struct {
    const char *path;
    struct statvfs st;
    int err;
} statvfs_job_t;

static void statvfs_run(void *arg)
{
    statvfs_job_t *j = arg;
    j->err = statvfs(j->path, &j->st) == 0 ? 0 : errno;
}

ZEND_METHOD(Swoole_Coroutine_System, statvfs)
{
    zend_string *path;
    statvfs_job_t j = {0};

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_PATH_STR(path)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::statvfs()"))
        RETURN_THROWS();
    j.path = ZSTR_VAL(path);
    int rc = sw_async_run(statvfs_run, &j, "System::statvfs()");
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (rc < 0) {
        report(rc, true);
        RETURN_FALSE;
    }
    if (j.err) {
        report_errno(j.err, "statvfs(%s)", ZSTR_VAL(path));
        RETURN_FALSE;
    }
    array_init(return_value);
    add_assoc_long(return_value, "bsize", (zend_long)j.st.f_bsize);
    add_assoc_long(return_value, "frsize", (zend_long)j.st.f_frsize);
    add_assoc_long(return_value, "blocks", (zend_long)j.st.f_blocks);
    add_assoc_long(return_value, "bfree", (zend_long)j.st.f_bfree);
    add_assoc_long(return_value, "bavail", (zend_long)j.st.f_bavail);
    add_assoc_long(return_value, "files", (zend_long)j.st.f_files);
    add_assoc_long(return_value, "ffree", (zend_long)j.st.f_ffree);
    add_assoc_long(return_value, "favail", (zend_long)j.st.f_favail);
    add_assoc_long(return_value, "fsid", (zend_long)j.st.f_fsid);
    add_assoc_long(return_value, "flag", (zend_long)j.st.f_flag);
    add_assoc_long(return_value, "namemax", (zend_long)j.st.f_namemax);
}

/* ---- readFile, writeFile ---------------------------------------------------------------------- */

typedef struct {
    const char *path;
    const char *data;     /* writeFile: the bytes (the caller's string, alive meanwhile) */
    size_t len;           /* writeFile: in; readFile: out */
    char *buf;            /* readFile: malloc'd contents */
    bool lock, append;
    int err;
    const char *op;       /* the call that failed */
} file_job_t;

static void read_file_run(void *arg)
{
    file_job_t *j = arg;
    struct stat st;
    size_t cap, len = 0;

    int fd = open(j->path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        j->err = errno;
        j->op = "open";
        return;
    }
    if (j->lock && flock(fd, LOCK_SH) < 0) {
        j->err = errno;
        j->op = "flock";
        close(fd);
        return;
    }
    /* The size is a hint only: the file may grow or shrink while it is read. */
    cap = fstat(fd, &st) == 0 && st.st_size > 0 ? (size_t)st.st_size + 1 : 8192;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            j->err = ENOMEM;
            j->op = "malloc";
            break;
        }
        if (len == cap) {
            char *nbuf = realloc(buf, cap * 2);
            if (!nbuf) {
                free(buf);
                buf = NULL;
                continue;
            }
            buf = nbuf;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - len);
        if (n > 0) {
            len += (size_t)n;
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            j->err = errno;
            j->op = "read";
            break;
        }
    }
    if (j->lock)
        flock(fd, LOCK_UN);
    close(fd);
    if (j->err) {
        free(buf);
        return;
    }
    j->buf = buf;
    j->len = len;
}

static void write_file_run(void *arg)
{
    file_job_t *j = arg;
    size_t done = 0;

    int fd = open(j->path, O_WRONLY | O_CREAT | O_CLOEXEC | (j->append ? O_APPEND : 0), 0644);
    if (fd < 0) {
        j->err = errno;
        j->op = "open";
        return;
    }
    if (j->lock && flock(fd, LOCK_EX) < 0) {
        j->err = errno;
        j->op = "flock";
        close(fd);
        return;
    }
    /* Truncate only once the lock is held, so a locked reader never sees it half-written. */
    if (!j->append && ftruncate(fd, 0) < 0) {
        j->err = errno;
        j->op = "ftruncate";
    }
    while (!j->err && done < j->len) {
        ssize_t n = write(fd, j->data + done, j->len - done);
        if (n > 0)
            done += (size_t)n;
        else if (n < 0 && errno != EINTR) {
            j->err = errno;
            j->op = "write";
        }
    }
    if (j->lock)
        flock(fd, LOCK_UN);
    close(fd);
    j->len = done;
}

/* A file job's error as a warning "<syscall>(<path>): <strerror>"; true if it failed. */
static bool file_job_failed(const file_job_t *j, zend_string *path)
{
    char what[64];

    if (!j->err)
        return false;
    snprintf(what, sizeof what, "%s(%%s)", j->op);
    report_errno(j->err, what, ZSTR_VAL(path));
    return true;
}

ZEND_METHOD(Swoole_Coroutine_System, readFile)
{
    zend_string *path;
    zend_long flags = 0;
    file_job_t j = {0};

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::readFile()"))
        RETURN_THROWS();
    if (php_check_open_basedir(ZSTR_VAL(path)))
        RETURN_FALSE;
    j.path = ZSTR_VAL(path);
    j.lock = (flags & PHP_LOCK_EX) != 0;
    int rc = sw_async_run(read_file_run, &j, "System::readFile()");
    if (php_sw_coro_unwinding()) {
        free(j.buf);
        RETURN_THROWS();
    }
    if (rc < 0) {
        report(rc, true);
        RETURN_FALSE;
    }
    if (file_job_failed(&j, path))
        RETURN_FALSE;
    RETVAL_STRINGL(j.buf ? j.buf : "", j.len);
    free(j.buf);
}

ZEND_METHOD(Swoole_Coroutine_System, writeFile)
{
    zend_string *path, *data;
    zend_long flags = 0;
    file_job_t j = {0};

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_PATH_STR(path)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    if (!guard("System::writeFile()"))
        RETURN_THROWS();
    if (php_check_open_basedir(ZSTR_VAL(path)))
        RETURN_FALSE;
    j.path = ZSTR_VAL(path);
    j.data = ZSTR_VAL(data);
    j.len = ZSTR_LEN(data);
    j.lock = (flags & PHP_LOCK_EX) != 0;
    j.append = (flags & PHP_FILE_APPEND) != 0;
    /* The strings stay alive: this frame holds them until the job is over. */
    int rc = sw_async_run(write_file_run, &j, "System::writeFile()");
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (rc < 0) {
        report(rc, true);
        RETURN_FALSE;
    }
    if (file_job_failed(&j, path))
        RETURN_FALSE;
    RETURN_LONG((zend_long)j.len);
}

/* ---- fread, fgets, fwrite on PHP streams ----------------------------------------------------- *
 * Three kinds of stream:
 *  - a regular file: the stream's own read buffer is served first, the rest is read or
 *    written by a worker straight on the fd, and the stream's position is updated after;
 *  - a pipe, socket or terminal: the stream API is called in non-blocking mode and the
 *    coroutine waits for readiness whenever it has nothing to give (so buffered data,
 *    TLS and the stream's EOF flag all stay the stream's business);
 *  - anything else (memory, filters, user wrappers, no fd): the stream API as is. */

enum stream_kind { STREAM_SYNC, STREAM_REGULAR, STREAM_POLL };

#define STREAM_BUFFERED(s) ((size_t)((s)->writepos - (s)->readpos))

static php_stream *stream_of(zval *z)
{
    return zend_fetch_resource2_ex(z, "stream", php_file_le_stream(), php_file_le_pstream());
}

static enum stream_kind stream_kind(php_stream *s, int *fd)
{
    php_socket_t f = -1;
    struct stat st;

    if (s->readfilters.head || s->writefilters.head)
        return STREAM_SYNC;
    if (php_stream_cast(s, PHP_STREAM_AS_FD_FOR_SELECT | PHP_STREAM_CAST_INTERNAL, (void **)&f, 0) != SUCCESS ||
        f < 0 || fstat((int)f, &st) < 0)
        return STREAM_SYNC;
    *fd = (int)f;
    if (S_ISREG(st.st_mode))
        return STREAM_REGULAR;
    if (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISCHR(st.st_mode))
        return STREAM_POLL;
    return STREAM_SYNC;
}

/* Switches the stream to non-blocking mode; returns what to restore (-1: nothing). */
static int stream_nonblock(php_stream *s)
{
    int old = php_stream_set_option(s, PHP_STREAM_OPTION_BLOCKING, 0, NULL);
    return old == 1 ? 1 : -1;
}

static void stream_restore(php_stream *s, int old)
{
    if (old == 1)
        php_stream_set_option(s, PHP_STREAM_OPTION_BLOCKING, 1, NULL);
}

/* Waits for the stream's fd. Returns 1 to try the stream again, 0 when the fd cannot be
 * polled (/dev/null and the like: use the stream API as is), -1 on error/timeout/cancel
 * (last error set; the caller checks unwinding). */
static int stream_wait(int fd, unsigned events, const char *what)
{
    int rc = wait_fd(fd, events, -1, what);
    if (rc >= 0)
        return 1;
    if (rc == -EPERM)
        return 0;
    report(rc, true);
    return -1;
}

typedef struct {
    int fd;
    char *buf;            /* read: into; write: from */
    size_t len;           /* wanted */
    size_t done;          /* moved */
    bool line;            /* fgets: stop after '\n' (and give back what was read past it) */
    bool eof;
    int err;
} fd_job_t;

static void fd_read_run(void *arg)
{
    fd_job_t *j = arg;

    while (j->done < j->len) {
        ssize_t n = read(j->fd, j->buf + j->done, j->len - j->done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            j->err = errno;
            return;
        }
        if (n == 0) {
            j->eof = true;
            return;
        }
        if (j->line) {
            char *nl = memchr(j->buf + j->done, '\n', (size_t)n);
            if (nl) {
                size_t keep = (size_t)(nl + 1 - (j->buf + j->done));
                if (keep < (size_t)n)
                    lseek(j->fd, -(off_t)((size_t)n - keep), SEEK_CUR);
                j->done += keep;
                return;
            }
        }
        j->done += (size_t)n;
    }
}

static void fd_write_run(void *arg)
{
    fd_job_t *j = arg;

    while (j->done < j->len) {
        ssize_t n = write(j->fd, j->buf + j->done, j->len - j->done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            j->err = errno;
            return;
        }
        j->done += (size_t)n;
    }
}

/* Runs a read/write job for a regular file; afterwards the stream's position follows the
 * fd. Returns false with the error reported (or an unwind exit thrown). */
static bool regular_job(php_stream *s, fd_job_t *j, sw_async_fn fn, const char *what)
{
    int rc = sw_async_run(fn, j, what);

    if (rc >= 0) {
        off_t pos = lseek(j->fd, 0, SEEK_CUR);
        if (pos >= 0)
            s->position = (zend_off_t)pos;
        if (j->eof)
            s->eof = 1;
    }
    if (php_sw_coro_unwinding())
        return false;
    if (rc < 0) {
        report(rc, true);
        return false;
    }
    if (j->err && j->done == 0) {
        sw_error_set(j->err, "%s failed: %s", what, strerror(j->err));
        php_sw_error_from_core(E_WARNING);
        return false;
    }
    return true;
}

ZEND_METHOD(Swoole_Coroutine_System, fread)
{
    zval *zh;
    zend_long length = 0;
    int fd = -1;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_RESOURCE(zh)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    php_stream *s = stream_of(zh);
    if (!s)
        RETURN_THROWS();
    if (!guard("System::fread()"))
        RETURN_THROWS();
    enum stream_kind kind = stream_kind(s, &fd);

    if (kind == STREAM_REGULAR) {
        struct stat st;
        size_t avail = STREAM_BUFFERED(s), want;
        if (length > 0) {
            want = (size_t)length;
        } else {
            /* All that is left: the buffer plus the file past the fd's offset. */
            off_t pos = lseek(fd, 0, SEEK_CUR);
            want = avail + (fstat(fd, &st) == 0 && pos >= 0 && st.st_size > pos ? (size_t)(st.st_size - pos) : 0);
        }
        if (want == 0) {
            s->eof = 1;
            RETURN_EMPTY_STRING();
        }
        zend_string *str = zend_string_alloc(want, 0);
        size_t took = 0;
        if (avail > 0) {
            ssize_t n = php_stream_read(s, ZSTR_VAL(str), MIN(avail, want));
            took = n > 0 ? (size_t)n : 0;
        }
        if (took < want) {
            fd_job_t j = {.fd = fd, .buf = ZSTR_VAL(str) + took, .len = want - took};
            if (!regular_job(s, &j, fd_read_run, "System::fread()") && took == 0) {
                zend_string_efree(str);
                if (EG(exception))
                    RETURN_THROWS();
                RETURN_FALSE;
            }
            took += j.done;
        }
        if (length <= 0)
            s->eof = 1;  /* all of it was asked for, and read */
        if (took == 0) {
            zend_string_efree(str);
            RETURN_EMPTY_STRING();
        }
        str = zend_string_truncate(str, took, 0);
        ZSTR_VAL(str)[took] = '\0';
        RETURN_NEW_STR(str);
    }

    size_t want = length > 0 ? (size_t)length : 65536;
    zend_string *str = zend_string_alloc(want, 0);
    ssize_t n;
    for (;;) {
        int old = kind == STREAM_POLL ? stream_nonblock(s) : -1;
        n = php_stream_read(s, ZSTR_VAL(str), want);
        stream_restore(s, old);
        if (n != 0 || s->eof || kind != STREAM_POLL)
            break;
        int w = stream_wait(fd, SW_EV_READ, "System::fread()");
        if (w <= 0) {
            if (w == 0) {
                kind = STREAM_SYNC;
                continue;
            }
            zend_string_efree(str);
            if (php_sw_coro_unwinding())
                RETURN_THROWS();
            RETURN_FALSE;
        }
    }
    if (n < 0) {
        zend_string_efree(str);
        RETURN_FALSE;
    }
    str = zend_string_truncate(str, (size_t)n, 0);
    ZSTR_VAL(str)[n] = '\0';
    RETURN_NEW_STR(str);
}

static bool buffer_has_line(php_stream *s)
{
    return STREAM_BUFFERED(s) > 0 && memchr(s->readbuf + s->readpos, '\n', STREAM_BUFFERED(s)) != NULL;
}

/* As Swoole documents it: a line ends with its '\n' included; a line longer than the
 * stream's chunk size (8192 unless stream_set_chunk_size changed it) comes in pieces of
 * that size; at the end of the file the result is "" (feof() tells); false on error. */
ZEND_METHOD(Swoole_Coroutine_System, fgets)
{
    zval *zh;
    int fd = -1;
    size_t len;
    smart_str acc = {0};

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_RESOURCE(zh)
    ZEND_PARSE_PARAMETERS_END();
    php_stream *s = stream_of(zh);
    if (!s)
        RETURN_THROWS();
    if (!guard("System::fgets()"))
        RETURN_THROWS();
    enum stream_kind kind = stream_kind(s, &fd);
    size_t maxlen = s->chunk_size > 0 ? s->chunk_size : 8192;
#define ACC_LEN() (acc.s ? ZSTR_LEN(acc.s) : 0)

    if (kind == STREAM_REGULAR && !buffer_has_line(s) && !s->eof) {
        /* Take the partial line the buffer holds, then the rest from the fd on a worker,
         * which puts the fd back right after the '\n'. */
        size_t avail = MIN(STREAM_BUFFERED(s), maxlen);
        if (avail > 0) {
            smart_str_alloc(&acc, avail, 0);
            ssize_t n = php_stream_read(s, ZSTR_VAL(acc.s) + ZSTR_LEN(acc.s), avail);
            if (n > 0)
                ZSTR_LEN(acc.s) += (size_t)n;
        }
        char *chunk = emalloc(maxlen);
        while (ACC_LEN() < maxlen) {
            fd_job_t j = {.fd = fd, .buf = chunk, .len = maxlen - ACC_LEN(), .line = true};
            if (!regular_job(s, &j, fd_read_run, "System::fgets()")) {
                efree(chunk);
                smart_str_free(&acc);
                if (EG(exception))
                    RETURN_THROWS();
                RETURN_FALSE;
            }
            smart_str_appendl(&acc, chunk, j.done);
            if (j.eof || (j.done > 0 && chunk[j.done - 1] == '\n') || j.err)
                break;
        }
        efree(chunk);
        if (!acc.s)
            RETURN_EMPTY_STRING();
        RETURN_STR(smart_str_extract(&acc));
    }

    while (ACC_LEN() < maxlen) {
        if (kind != STREAM_POLL || buffer_has_line(s) || s->eof) {
            char *line = php_stream_get_line(s, NULL, maxlen - ACC_LEN(), &len);
            if (line) {
                smart_str_appendl(&acc, line, len);
                efree(line);
            }
            break;
        }
        int old = stream_nonblock(s);
        char *line = php_stream_get_line(s, NULL, maxlen - ACC_LEN(), &len);
        stream_restore(s, old);
        if (line) {
            smart_str_appendl(&acc, line, len);
            efree(line);
            if (len > 0 && ZSTR_VAL(acc.s)[ZSTR_LEN(acc.s) - 1] == '\n')
                break;
        }
        if (s->eof || ACC_LEN() >= maxlen)
            break;
        int w = stream_wait(fd, SW_EV_READ, "System::fgets()");
        if (w < 0) {
            smart_str_free(&acc);
            if (php_sw_coro_unwinding())
                RETURN_THROWS();
            RETURN_FALSE;
        }
        if (w == 0)
            kind = STREAM_SYNC;
    }
#undef ACC_LEN
    if (!acc.s)
        RETURN_EMPTY_STRING();
    RETURN_STR(smart_str_extract(&acc));
}

ZEND_METHOD(Swoole_Coroutine_System, fwrite)
{
    zval *zh;
    zend_string *data;
    zend_long length = 0;
    int fd = -1;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_RESOURCE(zh)
        Z_PARAM_STR(data)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(length)
    ZEND_PARSE_PARAMETERS_END();
    php_stream *s = stream_of(zh);
    if (!s)
        RETURN_THROWS();
    if (!guard("System::fwrite()"))
        RETURN_THROWS();
    size_t len = ZSTR_LEN(data);
    if (length > 0 && (size_t)length < len)
        len = (size_t)length;
    if (len == 0)
        RETURN_LONG(0);
    enum stream_kind kind = stream_kind(s, &fd);

    if (kind == STREAM_REGULAR) {
        /* Unread buffered data means the fd is ahead of the stream: write where the
         * stream is, as PHP's own write does. */
        if (STREAM_BUFFERED(s) > 0) {
            s->readpos = s->writepos = 0;
            lseek(fd, (off_t)s->position, SEEK_SET);
        }
        fd_job_t j = {.fd = fd, .buf = ZSTR_VAL(data), .len = len};
        if (!regular_job(s, &j, fd_write_run, "System::fwrite()")) {
            if (EG(exception))
                RETURN_THROWS();
            RETURN_FALSE;
        }
        RETURN_LONG((zend_long)j.done);
    }

    size_t done = 0;
    for (;;) {
        int old = kind == STREAM_POLL ? stream_nonblock(s) : -1;
        ssize_t n = php_stream_write(s, ZSTR_VAL(data) + done, len - done);
        stream_restore(s, old);
        if (n < 0) {
            if (done == 0)
                RETURN_FALSE;
            break;
        }
        done += (size_t)n;
        if (done == len || kind != STREAM_POLL)
            break;
        int w = stream_wait(fd, SW_EV_WRITE, "System::fwrite()");
        if (w < 0) {
            if (php_sw_coro_unwinding())
                RETURN_THROWS();
            if (done == 0)
                RETURN_FALSE;
            break;
        }
        if (w == 0)
            kind = STREAM_SYNC;
    }
    RETURN_LONG((zend_long)done);
}

void php_sw_system_minit(int module_number) { (void)module_number; }

void php_sw_system_mshutdown(void)
{
    pefree(reserved, 1);
    reserved = NULL;
    reserved_len = reserved_cap = 0;
}
