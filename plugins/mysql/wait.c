/* wait.c — the coroutine side of MariaDB Connector/C's non-blocking API: a call of the
 * library returns what it waits for (MYSQL_WAIT_READ/WRITE/TIMEOUT), the calling
 * coroutine waits for the connection's fd with wait_fd() and hands the ready mask to the
 * matching *_cont call. Also who may use a connection (one call at a time) and how a call
 * is cut short.
 *
 * A timeout or a cancel cannot just stop calling _cont: the library would keep a half
 * done command and its context. So the call is cut: the socket is shut down (if shutdown()
 * refuses, e.g. ENOTCONN, the fd is replaced by dup2 with one end of a socket pair whose
 * other end is closed) and every wait after that returns "ready" at once; the library
 * reads EOF, fails the command and returns; the connection is then closed and the error
 * reported is ours (ETIMEDOUT, ECANCELED), not the library's "Lost connection".
 *
 * The dup2 is only done by the coroutine that runs the command, between two waits: a
 * wait_fd in progress watches the open file, and replacing it under the watcher would
 * leave that coroutine waiting forever. close() from another coroutine only shuts down. */
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "mysqlc.h"

#if defined(__has_include)
#if __has_include(<valgrind/memcheck.h>)
#include <valgrind/memcheck.h>
#define MYSQLC_VALGRIND 1
#endif
#endif

/* The library runs each command on a stack of its own (malloc'd, this size: its default
 * 60 KiB is tight once OpenSSL's handshake runs on it). The size is also an odd number so
 * that the valgrind probe below can recognise it. */
#define MYSQLC_STACK_SIZE ((128 + 4) * 1024)

/* Under valgrind only. The library switches to its stack without telling valgrind (its
 * Debian build has no valgrind support), and valgrind, seeing the stack pointer jump from
 * a coroutine stack to a nearby heap block, takes it for a stack growing by that much and
 * marks the memory in between as dead: hundreds of false "invalid read/write" reports.
 * So the stack is registered (VALGRIND_STACK_REGISTER) as the library itself does when
 * built with valgrind support. Where it is is private to the library: the probe looks
 * for it in the options extension of the handle, reading only what valgrind says is
 * addressable, and takes only a pair of words (top, bottom) exactly our stack size apart;
 * if it finds none, nothing is registered. */
static unsigned valgrind_register_stack(MYSQL *m)
{
#ifdef MYSQLC_VALGRIND
    char vbits[sizeof(void *)];
    void **ext = (void **)m->options.extension;

    if (!RUNNING_ON_VALGRIND || !ext)
        return 0;
    for (int i = 0; i < 48; i++) {
        if (VALGRIND_GET_VBITS(&ext[i], vbits, sizeof(void *)) != 1)
            break;
        uintptr_t *ctx = ext[i];
        if (!ctx || ((uintptr_t)ctx & 7))
            continue;
        for (int k = 0; k + 1 < 32; k++) {
            if (VALGRIND_GET_VBITS(&ctx[k], vbits, sizeof(void *)) != 1
                || VALGRIND_GET_VBITS(&ctx[k + 1], vbits, sizeof(void *)) != 1)
                break;
            uintptr_t top = ctx[k], bot = ctx[k + 1];
            if (bot && top > bot && top - bot <= MYSQLC_STACK_SIZE
                && top - bot > MYSQLC_STACK_SIZE - 64)
                return VALGRIND_STACK_REGISTER(bot, top);
        }
    }
#else
    (void)m;
#endif
    return 0;
}

MYSQL *mysqlc_new_handle(mysqlc_t *c)
{
    size_t stack = MYSQLC_STACK_SIZE;
    MYSQL *m = mysql_init(NULL);

    if (!m)
        return NULL;
    if (mysql_options(m, MYSQL_OPT_NONBLOCK, &stack)) {
        mysql_close(m);
        return NULL;
    }
    c->vg_stack = valgrind_register_stack(m);
    return m;
}

void mysqlc_free_handle(mysqlc_t *c)
{
#ifdef MYSQLC_VALGRIND
    if (c->vg_stack)
        VALGRIND_STACK_DEREGISTER(c->vg_stack);
#endif
    c->vg_stack = 0;
    if (c->mysql)
        mysql_close(c->mysql);
    c->mysql = NULL;
}

static void cut(mysqlc_t *c, int code)
{
    int sv[2];
    int fd = c->mysql ? (int)mysql_get_socket(c->mysql) : -1;

    if (c->abort_code)
        return;
    c->abort_code = code;
    if (fd < 0 || shutdown(fd, SHUT_RDWR) == 0)
        return;
    /* shutdown() refused (not connected yet?): make the fd a dead one */
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv) == 0) {
        close(sv[1]);
        if (dup2(sv[0], fd) < 0)
            shutdown(fd, SHUT_RDWR);
        close(sv[0]);
    } else {
        shutdown(fd, SHUT_RDWR);
    }
}

/* close() from another coroutine while this connection is in a call: the socket is shut
 * down (never replaced: the busy coroutine's wait_fd watches it and must wake up). */
void mysqlc_interrupt(mysqlc_t *c)
{
    int fd = c->mysql ? (int)mysql_get_socket(c->mysql) : -1;
    c->close_pending = true;
    if (fd >= 0)
        shutdown(fd, SHUT_RDWR);
}

/* The loop's now_ms() is cached per iteration and may be old by the time a command starts
 * (a slow handler ran before): deadlines use the real clock. */
static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* The ready mask for _cont from what wait_fd reported. */
static int ready_mask(int asked, int r)
{
    if (r & SW_SDK_EV_ERROR)
        return asked;   /* let the library find the error itself */
    return ((r & SW_SDK_EV_READ) ? (asked & ~MYSQL_WAIT_WRITE) : 0)
           | ((r & SW_SDK_EV_WRITE) ? MYSQL_WAIT_WRITE : 0);
}

int mysqlc_wait(mysqlc_t *c, int status)
{
    int asked = status & (MYSQL_WAIT_READ | MYSQL_WAIT_WRITE | MYSQL_WAIT_EXCEPT);
    unsigned ev = 0;
    int r;

    if (status & (MYSQL_WAIT_READ | MYSQL_WAIT_EXCEPT))
        ev |= SW_SDK_EV_READ;
    if (status & MYSQL_WAIT_WRITE)
        ev |= SW_SDK_EV_WRITE;
    for (;;) {
        if (c->abort_code)   /* cut: the library only has to find out */
            return status & (MYSQL_WAIT_READ | MYSQL_WAIT_WRITE | MYSQL_WAIT_TIMEOUT);
        long tmo = (status & MYSQL_WAIT_TIMEOUT) ? (long)mysql_get_timeout_value_ms(c->mysql) : -1;
        bool ours = false;
        if (c->deadline) {
            uint64_t now = now_ms();
            long left = c->deadline > now ? (long)(c->deadline - now) : 0;
            if (left == 0) {
                cut(c, ETIMEDOUT);
                continue;
            }
            if (tmo < 0 || left < tmo) {
                tmo = left;
                ours = true;
            }
        }
        if (ev) {
            r = sw_api->wait_fd((int)mysql_get_socket(c->mysql), ev, tmo);
        } else if (tmo >= 0) {
            r = sw_api->coro_sleep_ms((uint64_t)tmo);
            if (r >= 0)
                r = -SW_SDK_E_CO_TIMEDOUT;
        } else {
            r = -SW_SDK_E_CO_CANCELED;   /* nothing to wait for: cannot happen; do not hang */
        }
        if (sw_api->php->unwinding()) {
            cut(c, ECANCELED);
            continue;
        }
        if (r > 0)
            return ready_mask(asked, r);
        if (r == -SW_SDK_E_CO_TIMEDOUT && !ours)
            return MYSQL_WAIT_TIMEOUT;
        if (r == -SW_SDK_E_CO_TIMEDOUT && now_ms() < c->deadline)
            continue;   /* the loop's timer ran on its cached clock: not yet */
        cut(c, r == -SW_SDK_E_CO_TIMEDOUT ? ETIMEDOUT : ECANCELED);
    }
}

void mysqlc_set_deadline(mysqlc_t *c, double timeout)
{
    c->deadline = 0;
    if (timeout > 0) {
        long ms = sw_api->php->timeout_ms(timeout);
        c->deadline = now_ms() + (uint64_t)(ms > 0 ? ms : 1);
    }
}

bool mysqlc_lost(unsigned err)
{
    /* CR_SERVER_GONE_ERROR, CR_SERVER_LOST, CR_SERVER_LOST_EXTENDED, ER_CONNECTION_KILLED,
     * ER_SERVER_SHUTDOWN: the connection cannot be used again. */
    return err == 2006 || err == 2013 || err == 2055 || err == 1927 || err == 1053;
}

bool mysqlc_enter(mysqlc_t *c, zend_object *obj, int errno_idx, int error_idx, double timeout)
{
    sw_api_coro_t *co = sw_api->coro_current();
    char msg[200];

    if (!co) {
        sw_api->php->require_coroutine("Swoole\\Coroutine\\MySQL");
        return false;
    }
    if (c->busy_cid) {
        snprintf(msg, sizeof msg,
                 "MySQL client is busy: coroutine #%lld is using this connection; a "
                 "connection runs one command at a time (use one client per coroutine)",
                 (long long)c->busy_cid);
        sw_php_prop_long(obj, errno_idx, MYSQLC_E_BUSY);
        sw_php_prop_str(obj, error_idx, msg);
        return false;
    }
    if (!c->mysql) {
        sw_php_prop_long(obj, errno_idx, MYSQLC_E_GONE);
        sw_php_prop_str(obj, error_idx, "MySQL server has gone away (not connected)");
        return false;
    }
    c->busy_cid = sw_api->coro_id(co);
    c->abort_code = 0;
    mysqlc_set_deadline(c, timeout);
    return true;
}

void mysqlc_sync_error(mysqlc_t *c, zend_object *obj, int errno_idx, int error_idx,
                       unsigned lib_errno, const char *lib_error)
{
    if (c->abort_code) {
        sw_php_prop_long(obj, errno_idx, c->abort_code);
        sw_php_prop_str(obj, error_idx, c->abort_code == ETIMEDOUT
                                            ? "Connection timed out (the command took longer than its timeout)"
                                            : "Operation canceled (the coroutine was canceled)");
        return;
    }
    sw_php_prop_long(obj, errno_idx, lib_errno);
    sw_php_prop_str(obj, error_idx, lib_errno ? lib_error : "");
}

static void flush_dead(mysqlc_t *c)
{
    for (size_t i = 0; i < c->ndead; i++)
        mysql_stmt_close(c->dead[i]);   /* a COM_STMT_CLOSE, no reply is read */
    c->ndead = 0;
}

void mysqlc_close_conn(mysqlc_t *c)
{
    if (c->res) {
        mysql_free_result(c->res);
        c->res = NULL;
    }
    mysqlc_drop_pending(c);
    /* statements of this connection become dead: the library unlinks them */
    mysqlc_free_handle(c);
    flush_dead(c);
    c->close_pending = false;
    zend_object *o = &c->std;
    sw_php_prop_bool(o, MYSQLC_P_CONNECTED, false);
    sw_php_prop_long(o, MYSQLC_P_SOCK, -1);
}

void mysqlc_leave(mysqlc_t *c, unsigned last_errno)
{
    c->busy_cid = 0;
    c->deadline = 0;
    if (c->abort_code || c->close_pending || mysqlc_lost(last_errno)
        || (c->mysql && mysqlc_lost(mysql_errno(c->mysql))))
        mysqlc_close_conn(c);
    else
        flush_dead(c);
}

void mysqlc_drop_pending(mysqlc_t *c)
{
    int pend = c->pend, st_ = c->pend_status, r = 0;

    c->pend = MYSQLC_PEND_NONE;
    if ((pend == MYSQLC_PEND_PREPARE || pend == MYSQLC_PEND_EXECUTE) && st_ && c->mysql) {
        /* the suspended call must end before the handle goes: cut, then it ends at once */
        c->abort_code = 0;
        cut(c, ECANCELED);
        MYSQL_STMT *st = pend == MYSQLC_PEND_PREPARE
                             ? c->pend_st : mysqlc_stmt_from(Z_OBJ(c->pend_stmt))->st;
        while (st_) {
            int ready = mysqlc_wait(c, st_);
            st_ = pend == MYSQLC_PEND_PREPARE ? mysql_stmt_prepare_cont(&r, st, ready)
                                              : mysql_stmt_execute_cont(&r, st, ready);
        }
    }
    if (c->pend_st)
        mysql_stmt_close(c->pend_st);
    c->pend_st = NULL;
    c->pend_status = 0;
    zval_ptr_dtor(&c->pend_stmt);
    ZVAL_UNDEF(&c->pend_stmt);
}

bool mysqlc_out_of_sync(mysqlc_t *c, zend_object *obj, int errno_idx, int error_idx)
{
    if (c->pend == MYSQLC_PEND_NONE)
        return false;
    sw_php_prop_long(obj, errno_idx, 2014);   /* CR_COMMANDS_OUT_OF_SYNC */
    sw_php_prop_str(obj, error_idx, c->pend == MYSQLC_PEND_EXECUTE
                    ? "Commands out of sync: a deferred execute() was sent, call the "
                      "statement's recv() first"
                    : "Commands out of sync: a deferred command was sent, call recv() first");
    return true;
}

void mysqlc_stmt_dispose(mysqlc_t *c, MYSQL_STMT *st)
{
    if (!c->busy_cid) {
        mysql_stmt_close(st);
        return;
    }
    if (c->ndead == c->capdead) {
        c->capdead = c->capdead ? c->capdead * 2 : 4;
        c->dead = erealloc(c->dead, c->capdead * sizeof *c->dead);
    }
    c->dead[c->ndead++] = st;
}
