/* pgsqlc.h — what the files of the pgsql plugin share: the client (one libpq connection
 * driven through libpq's asynchronous API, every wait a wait_fd() of the calling
 * coroutine), the statement/result object, and the calls between client.c, stmt.c,
 * result.c, conninfo.c and wait.c. Names are pgsql_*: libpq owns PQ* and pg_*. */
#ifndef PGSQLC_PLUGIN_H
#define PGSQLC_PLUGIN_H

#include <swoole/sdk_php.h>

#include <libpq-fe.h>

#define PGSQL_PLUGIN_VERSION "0.1.0"

/* fetch styles (SW_PGSQL_*: the same values as PHP's PGSQL_ASSOC/NUM/BOTH) */
#define PGSQL_ASSOC 1
#define PGSQL_NUM 2
#define PGSQL_BOTH (PGSQL_ASSOC | PGSQL_NUM)

/* errCode values. Errors the server reported carry the result status instead
 * (PGRES_FATAL_ERROR, 7) and resultDiag says which; the rest are errno numbers, as the
 * mysql plugin uses, and Swoole's 10002 for a connection another coroutine is using. */
enum {
    PGSQL_E_CONNECT = 111,      /* ECONNREFUSED: connect() failed (libpq's message says why) */
    PGSQL_E_LOST = 104,         /* ECONNRESET: the connection broke during a command */
    PGSQL_E_NOT_CONNECTED = 107,/* ENOTCONN */
    PGSQL_E_TIMEDOUT = 110,     /* ETIMEDOUT */
    PGSQL_E_CANCELED = 125,     /* ECANCELED: Co::cancel() */
    PGSQL_E_INVALID = 22,       /* EINVAL: an argument libpq or we refused */
    PGSQL_E_BUSY = 10002,       /* SW_ERROR_CO_HAS_BEEN_BOUND */
};

/* Properties, in the stub's order (OBJ_PROP_NUM); the same five on both classes. */
enum { PGSQL_P_ERROR, PGSQL_P_ERRCODE, PGSQL_P_STATUS, PGSQL_P_DIAG, PGSQL_P_NOTICES };

/* One Swoole\Coroutine\PostgreSQL. A call that talks to the server holds it (busy_cid)
 * from its send to its last result: libpq runs one command at a time per connection. */
typedef struct pgsql {
    PGconn *conn;              /* NULL when not connected */
    uint32_t gen;              /* bumped by every connect: a statement keeps its own */
    int64_t busy_cid;          /* the coroutine inside a call, 0 if none */
    uint64_t deadline;         /* the call's end (CLOCK_MONOTONIC ms), 0 for none */
    int abort_code;            /* > 0 once the wait was cut (PGSQL_E_TIMEDOUT/CANCELED) */
    bool broken;               /* the connection failed during the call: close it */
    const char *own_error;     /* an error of ours for the call (static text), or NULL */
    uint64_t stmt_seq;         /* names of prepare($sql): swoole_stmt_<seq> */
    /* DEALLOCATEs of statements freed meanwhile, sent before the next command
     * outside a transaction block */
    char *dead;
    size_t dead_len, dead_cap;
    zend_object std;
} pgsql_t;

/* One Swoole\Coroutine\PostgreSQLStatement: a prepared statement (name set) and/or the
 * result of its last execution, or the result of a query(). */
typedef struct pgsql_stmt {
    zval client;               /* the PostgreSQL object it came from (a reference) */
    PGresult *res;             /* the last result, NULL before execute() */
    int row;                   /* next row for fetch*() without a row number */
    uint32_t gen;              /* the client's gen at prepare */
    bool prepared;             /* from prepare(): execute() may run it */
    bool user_named;           /* prepare($name, $sql): the user owns its lifetime */
    char *name;                /* the server-side name (emalloc), NULL for a query result */
    zend_object std;
} pgsql_stmt_t;

extern zend_class_entry *pgsql_ce, *pgsql_stmt_ce;

static inline pgsql_t *pgsql_from(zend_object *o)
{
    return (pgsql_t *)((char *)o - XtOffsetOf(pgsql_t, std));
}
static inline pgsql_stmt_t *pgsql_stmt_from(zend_object *o)
{
    return (pgsql_stmt_t *)((char *)o - XtOffsetOf(pgsql_stmt_t, std));
}

/* ---- wait.c: running commands in the calling coroutine -------------------------------- */
/* Takes the client for a command: false (errCode/error set on `err`, the client's and
 * the statement's objects) if not in a coroutine (an Error is thrown), not connected,
 * or another coroutine is in a call. Sends the queued DEALLOCATEs first when no
 * transaction block is open. */
bool pgsql_enter(pgsql_t *c, zend_object *stmt_obj);
/* Sends what PQsend* queued, then waits for every result of the command: the result to
 * report (the first error if there was one, else the last), or NULL (the connection
 * broke or the wait was cut: pgsql_report_no_result says which). */
PGresult *pgsql_run(pgsql_t *c);
/* Ends the command: a broken or cut connection is closed. */
void pgsql_leave(pgsql_t *c);
/* The connect loop (PQconnectPoll): true once connected. */
bool pgsql_connect_poll(pgsql_t *c);
void pgsql_set_deadline(pgsql_t *c, double timeout);
void pgsql_close_conn(pgsql_t *c);
/* Queues a statement's DEALLOCATE (the connection may be in a call: it goes out before
 * the next command). */
void pgsql_dispose_name(pgsql_t *c, const char *name);

/* ---- result.c: properties and values -------------------------------------------------- */
/* The outcome of a call on the client's object and (if not NULL) a statement's. */
void pgsql_report_ok(pgsql_t *c, zend_object *stmt_obj, ExecStatusType st);
void pgsql_report_error(pgsql_t *c, zend_object *stmt_obj, int code, const char *msg);
/* An error result of the server: error, errCode = status, resultStatus, resultDiag. */
void pgsql_report_result_error(pgsql_t *c, zend_object *stmt_obj, const PGresult *r);
/* No result: the wait was cut, or the connection broke (libpq's message). */
void pgsql_report_no_result(pgsql_t *c, zend_object *stmt_obj);
/* true if the status is a success (rows or a command) */
bool pgsql_status_ok(ExecStatusType st);
/* One row as an array of `type` (PGSQL_ASSOC/NUM/BOTH), with what pgsql_keys_init read
 * once per fetch call: the names as keys and the types. */
typedef struct pgsql_keys {
    int n;
    zend_string **k;           /* column names as keys */
    Oid *t;                    /* column types */
    zend_string *small[16];
    Oid small_t[16];
} pgsql_keys_t;
void pgsql_keys_init(pgsql_keys_t *ks, const PGresult *r);
void pgsql_keys_free(pgsql_keys_t *ks);
void pgsql_row(zval *out, const PGresult *r, int row, int type, const pgsql_keys_t *ks);
void pgsql_notice(void *arg, const char *message);

/* ---- conninfo.c ----------------------------------------------------------------------- */
/* Starts a connection for `conninfo` (Swoole's "k=v;k=v" accepted too) with every host
 * name resolved off the loop first. NULL with the error reported on c's object. */
PGconn *pgsql_start(pgsql_t *c, const char *conninfo, size_t len);

/* ---- stmt.c / client.c ---------------------------------------------------------------- */
void pgsql_stmt_minit(zend_class_entry *ce);
void pgsql_minit(zend_class_entry *ce);
/* A new statement object of client `zc` owning `res` (may be NULL) and `name` (may be
 * NULL; copied). */
void pgsql_stmt_create(zval *ret, zval *zc, PGresult *res, const char *name, bool user_named);
/* Bodies shared by the statement's methods and the client's Swoole 4 forms. */
void pgsql_stmt_fetch_all(pgsql_stmt_t *s, zend_long type, zval *return_value);
void pgsql_stmt_fetch(pgsql_stmt_t *s, zend_object *obj, bool row_null, zend_long row,
                      zend_long type, zend_class_entry *obj_ce, HashTable *ctor_params,
                      zval *return_value);
void pgsql_stmt_counts(pgsql_stmt_t *s, int which, zval *return_value);
enum { PGSQL_COUNT_AFFECTED, PGSQL_COUNT_ROWS, PGSQL_COUNT_FIELDS };
/* Sends the execution of prepared statement `name` with PHP params (argument arg_num of
 * the PHP call): false if it could not (a TypeError/ValueError pending, or the error
 * reported; the client is then released). */
bool pgsql_send_prepared(pgsql_t *c, zend_object *stmt_obj, const char *name, HashTable *params,
                         uint32_t arg_num);

#endif
