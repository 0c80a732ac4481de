/* wait.c — the coroutine side of libpq's asynchronous API: who may use a connection (one
 * command at a time), and running a command to its end in the calling coroutine. libpq
 * owns the socket; every wait is a wait_fd() on PQsocket() (taken again before each wait:
 * libpq replaces the socket while it tries the hosts of a connect).
 *
 * Sending: PQsend* only queues; PQflush() writes until the queue is empty, waiting for
 * writability, and reads what arrives meanwhile (PQconsumeInput) as libpq asks, so that a
 * server blocked on its own output cannot deadlock a large send.
 * Receiving: PQconsumeInput() + PQisBusy() until a result is complete, then PQgetResult(),
 * until it returns NULL. PQgetResult() is only called when it cannot block: when PQisBusy()
 * says a result is there, or once the socket is gone (then it returns an error at once).
 *
 * A wait that is cut (Co::cancel(), the coroutine torn down, the connect deadline) leaves
 * a command half done on the server: the connection is then closed (PQfinish, which also
 * tells the server), never reused. libpq's own PQcancel() would keep it, but it connects
 * to the server and waits for it synchronously, blocking every coroutine; PostgreSQL 17's
 * non-blocking cancel API is not in the libpq we build against. */
#include <errno.h>
#include <string.h>
#include <time.h>

#include "pgsqlc.h"

/* The loop's now_ms() is cached per iteration: deadlines use the real clock. */
static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

void pgsql_set_deadline(pgsql_t *c, double timeout)
{
    c->deadline = 0;
    if (timeout > 0) {
        long ms = sw_api->php->timeout_ms(timeout);
        c->deadline = now_ms() + (uint64_t)(ms > 0 ? ms : 1);
    }
}

/* Waits for the connection's socket: the ready bits, or -1 with abort_code set. */
static int wait_io(pgsql_t *c, unsigned ev)
{
    for (;;) {
        long tmo = -1;
        if (c->deadline) {
            uint64_t now = now_ms();
            if (now >= c->deadline) {
                c->abort_code = PGSQL_E_TIMEDOUT;
                return -1;
            }
            tmo = (long)(c->deadline - now);
        }
        int fd = PQsocket(c->conn);
        if (fd < 0) {
            c->abort_code = PGSQL_E_LOST;
            return -1;
        }
        int r = sw_api->wait_fd(fd, ev, tmo);
        if (sw_api->php->unwinding()) {
            c->abort_code = PGSQL_E_CANCELED;
            return -1;
        }
        if (r > 0)
            return r;
        if (r == -SW_SDK_E_CO_TIMEDOUT)
            continue;   /* the loop's timer runs on its cached clock: check ours */
        c->abort_code = r == -SW_SDK_E_CO_CANCELED ? PGSQL_E_CANCELED : PGSQL_E_LOST;
        return -1;
    }
}

bool pgsql_connect_poll(pgsql_t *c)
{
    /* libpq: start as if PQconnectPoll had said "writing" */
    PostgresPollingStatusType st = PGRES_POLLING_WRITING;

    for (;;) {
        if (st == PGRES_POLLING_OK)
            return true;
        if (st == PGRES_POLLING_FAILED)
            return false;
        if (wait_io(c, st == PGRES_POLLING_READING ? SW_SDK_EV_READ : SW_SDK_EV_WRITE) < 0)
            return false;
        st = PQconnectPoll(c->conn);
    }
}

/* Writes libpq's output queue: false if the connection failed (libpq's message) or the
 * wait was cut (abort_code). */
static bool flush_out(pgsql_t *c)
{
    for (;;) {
        int r = PQflush(c->conn);
        if (r == 0)
            return true;
        if (r < 0)
            return false;
        int ev = wait_io(c, SW_SDK_EV_READ | SW_SDK_EV_WRITE);
        if (ev < 0)
            return false;
        if ((ev & SW_SDK_EV_READ) && !PQconsumeInput(c->conn))
            return false;
    }
}

static bool is_error(const PGresult *r)
{
    return !pgsql_status_ok(PQresultStatus(r));
}

/* COPY FROM STDIN: refused by ending it with an error message (the server answers with an
 * error result). */
static bool refuse_copy_in(pgsql_t *c)
{
    for (;;) {
        int r = PQputCopyEnd(c->conn, "COPY FROM STDIN is not supported by "
                                      "Swoole\\Coroutine\\PostgreSQL");
        if (r < 0)
            return false;
        if (r > 0)
            return flush_out(c);
        if (!flush_out(c))   /* 0: the queue is full */
            return false;
    }
}

/* COPY TO STDOUT: its rows are read and dropped (the command reports an error after). */
static bool drain_copy_out(pgsql_t *c)
{
    for (;;) {
        char *buf = NULL;
        int n = PQgetCopyData(c->conn, &buf, 1);
        if (n > 0) {
            PQfreemem(buf);
            continue;
        }
        if (n == -1)
            return true;    /* done: PQgetResult gives the command's result */
        if (n < -1)
            return false;
        if (wait_io(c, SW_SDK_EV_READ) < 0 || !PQconsumeInput(c->conn))
            return false;
    }
}

PGresult *pgsql_run(pgsql_t *c)
{
    PGconn *conn = c->conn;
    PGresult *keep = NULL;
    bool lost = false, copy_out = false;

    if (!flush_out(c)) {
        c->broken = true;   /* never PQgetResult here: it could wait in poll() */
        return NULL;
    }
    for (;;) {
        while (!lost && PQisBusy(conn)) {
            if (wait_io(c, SW_SDK_EV_READ) < 0)
                goto cut;
            if (!PQconsumeInput(conn))
                lost = true;
        }
        /* after a failed read libpq has dropped the socket and PQgetResult returns at
         * once; if it still has one, it would block: stop here */
        if (lost && PQsocket(conn) >= 0)
            break;
        PGresult *r = PQgetResult(conn);
        if (!r)
            break;
        ExecStatusType st = PQresultStatus(r);
        if (st == PGRES_COPY_IN || st == PGRES_COPY_OUT || st == PGRES_COPY_BOTH) {
            PQclear(r);
            if (st == PGRES_COPY_BOTH)
                goto broken;   /* replication protocol: cannot be left cleanly */
            if (st == PGRES_COPY_OUT)
                copy_out = true;
            if (!(st == PGRES_COPY_IN ? refuse_copy_in(c) : drain_copy_out(c)))
                goto broken;
            continue;
        }
        if (keep && is_error(keep)) {
            PQclear(r);          /* the first error is the one to report */
        } else {
            PQclear(keep);
            keep = r;
        }
    }
    if (lost) {
        c->broken = true;
        if (keep && !is_error(keep)) {
            PQclear(keep);
            keep = NULL;
        }
    }
    if (copy_out && keep && !is_error(keep)) {
        PQclear(keep);
        keep = NULL;
        c->own_error = "COPY TO STDOUT is not supported by Swoole\\Coroutine\\PostgreSQL "
                       "(its rows were read and dropped)";
    }
    return keep;
broken:
    c->broken = true;
cut:
    PQclear(keep);
    return NULL;
}

bool pgsql_enter(pgsql_t *c, zend_object *stmt_obj)
{
    sw_api_coro_t *co = sw_api->coro_current();
    char msg[200];

    if (!co) {
        sw_api->php->require_coroutine("Swoole\\Coroutine\\PostgreSQL");
        return false;
    }
    if (c->busy_cid) {
        snprintf(msg, sizeof msg,
                 "PostgreSQL client is busy: coroutine #%lld is using this connection; a "
                 "connection runs one command at a time (use one client per coroutine)",
                 (long long)c->busy_cid);
        pgsql_report_error(c, stmt_obj, PGSQL_E_BUSY, msg);
        return false;
    }
    if (!c->conn) {
        pgsql_report_error(c, stmt_obj, PGSQL_E_NOT_CONNECTED,
                           "not connected to a PostgreSQL server (connect() first; a "
                           "connection that failed or was cut is closed)");
        return false;
    }
    c->busy_cid = sw_api->coro_id(co);
    c->abort_code = 0;
    c->broken = false;
    c->own_error = NULL;
    c->deadline = 0;
    zval *notices = OBJ_PROP_NUM(&c->std, PGSQL_P_NOTICES);
    ZVAL_DEREF(notices);
    if (Z_TYPE_P(notices) != IS_NULL)   /* notices are those of the last command */
        sw_php_prop_null(&c->std, PGSQL_P_NOTICES);
    if (c->dead_len && PQtransactionStatus(c->conn) == PQTRANS_IDLE) {
        /* statements freed meanwhile: one round trip for all of them. Only outside a
         * transaction block: in a failed one DEALLOCATE is refused (the statements
         * would stay on the server for the session's life), and in a live one a
         * DEALLOCATE that fails (the user ran DEALLOCATE ALL or DISCARD ALL) would
         * abort the user's transaction. They wait for the next command outside one. */
        c->dead_len = 0;
        int ok = PQsendQuery(c->conn, c->dead);
        PGresult *r = ok ? pgsql_run(c) : NULL;
        if (!ok)
            c->broken = true;
        if (!r && (c->abort_code || c->broken)) {
            pgsql_report_no_result(c, stmt_obj);
            pgsql_leave(c);
            return false;
        }
        PQclear(r);
    }
    return true;
}

void pgsql_close_conn(pgsql_t *c)
{
    if (c->conn)
        PQfinish(c->conn);
    c->conn = NULL;
    c->dead_len = 0;    /* the session's statements went with it */
}

void pgsql_leave(pgsql_t *c)
{
    c->busy_cid = 0;
    c->deadline = 0;
    if (c->conn && (c->abort_code || c->broken || PQstatus(c->conn) == CONNECTION_BAD))
        pgsql_close_conn(c);
    c->abort_code = 0;
    c->broken = false;
    c->own_error = NULL;
}

void pgsql_dispose_name(pgsql_t *c, const char *name)
{
    size_t len = strlen(name), need = c->dead_len + len + sizeof("DEALLOCATE \"\";");

    if (need > c->dead_cap) {
        c->dead_cap = need < 256 ? 256 : need * 2;
        c->dead = erealloc(c->dead, c->dead_cap);
    }
    c->dead_len += (size_t)snprintf(c->dead + c->dead_len, c->dead_cap - c->dead_len,
                                    "DEALLOCATE \"%s\";", name);
}
