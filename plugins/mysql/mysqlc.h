/* mysqlc.h — what the files of the mysql plugin share: the client (one MariaDB
 * Connector/C connection driven through its non-blocking _start/_cont API, each wait
 * a wait_fd() of the calling coroutine), the prepared statement, and the calls between
 * client.c, stmt.c, result.c and wait.c. Names are mysqlc_*: the library owns mysql_*. */
#ifndef MYSQLC_PLUGIN_H
#define MYSQLC_PLUGIN_H

#include <swoole/sdk_php.h>

#include <mysql.h>

#define MYSQLC_PLUGIN_VERSION "0.1.0"

/* Errors of our own (not the server's nor the library's). Swoole's numbers where it has
 * them: 2006 is the library's CR_SERVER_GONE_ERROR, 10002 SW_ERROR_CO_HAS_BEEN_BOUND. */
enum {
    MYSQLC_E_GONE = 2006,
    MYSQLC_E_BUSY = 10002,
};

enum { MYSQLC_PEND_NONE, MYSQLC_PEND_QUERY, MYSQLC_PEND_PREPARE, MYSQLC_PEND_EXECUTE };

/* Properties of Swoole\Coroutine\MySQL, in the stub's order (OBJ_PROP_NUM). */
enum {
    MYSQLC_P_SERVER_INFO, MYSQLC_P_SOCK, MYSQLC_P_CONNECTED, MYSQLC_P_CONNECT_ERROR,
    MYSQLC_P_CONNECT_ERRNO, MYSQLC_P_AFFECTED_ROWS, MYSQLC_P_INSERT_ID, MYSQLC_P_ERROR,
    MYSQLC_P_ERRNO,
};
/* Properties of Swoole\Coroutine\MySQL\Statement, in the stub's order. */
enum {
    MYSQLC_SP_ID, MYSQLC_SP_AFFECTED_ROWS, MYSQLC_SP_INSERT_ID, MYSQLC_SP_ERROR,
    MYSQLC_SP_ERRNO,
};

/* One client object. A call that talks to the server holds it (busy_cid) from start to
 * end; the library's state machine is always run to its end before the call returns
 * (a timeout or cancel kills the socket under it so that it ends at once). */
typedef struct mysqlc {
    MYSQL *mysql;              /* NULL when not connected */
    uint32_t gen;              /* bumped by every connect: a statement keeps its own */
    int64_t busy_cid;          /* the coroutine inside a call, 0 if none */
    bool close_pending;        /* close() came while busy: the busy call closes */
    bool strict_type, fetch_mode, defer;
    /* setDefer: what was sent and waits for recv() (MYSQLC_PEND_*). A deferred prepare or
     * execute leaves the library's call suspended once its request is out: pend_status is
     * what it waits for, pend_ret its result so far. */
    int pend;
    int pend_status, pend_ret;
    MYSQL_STMT *pend_st;       /* PREPARE: the handle being prepared */
    zval pend_stmt;            /* EXECUTE: the Statement (a reference), else UNDEF */
    /* the call in progress */
    uint64_t deadline;         /* now_ms() + timeout, 0 for none */
    int abort_code;            /* > 0 once the call was cut (ETIMEDOUT, ECANCELED) */
    MYSQL_RES *res;            /* fetch_mode: a stored result set not fully fetched */
    unsigned vg_stack;         /* valgrind's id of the library's stack, 0 if none */
    /* statements freed while the connection was busy, closed once it is idle */
    MYSQL_STMT **dead;
    size_t ndead, capdead;
    zend_object std;
} mysqlc_t;

typedef struct mysqlc_stmt {
    zval client;               /* the Swoole\Coroutine\MySQL it came from (a reference) */
    MYSQL_STMT *st;            /* NULL once closed */
    uint32_t gen;              /* the client's gen at prepare */
    bool has_rows;             /* fetch_mode: a stored result set not fully fetched */
    /* result binding of the current result set */
    unsigned nfields;
    MYSQL_BIND *rb;
    char **bufs;
    unsigned long *lens;
    my_bool *nulls, *errs;
    MYSQL_RES *meta;
    zend_object std;
} mysqlc_stmt_t;

extern zend_class_entry *mysqlc_ce, *mysqlc_stmt_ce;

static inline mysqlc_t *mysqlc_from(zend_object *o)
{
    return (mysqlc_t *)((char *)o - XtOffsetOf(mysqlc_t, std));
}
static inline mysqlc_stmt_t *mysqlc_stmt_from(zend_object *o)
{
    return (mysqlc_stmt_t *)((char *)o - XtOffsetOf(mysqlc_stmt_t, std));
}

/* wait.c: runs one non-blocking call to its end. START is the *_start call, CONT(ready)
 * the matching *_cont call with the ready mask. */
int mysqlc_wait(mysqlc_t *c, int status);
#define MYSQLC_RUN(c, START, CONT)                                                   \
    do {                                                                              \
        int st_ = (START);                                                            \
        while (st_ != 0) {                                                            \
            int ready_ = mysqlc_wait((c), st_);                                       \
            st_ = CONT;                                                               \
        }                                                                             \
    } while (0)
/* Starts a call that talks to the server: false (with errno/error set) if the client is
 * held by another coroutine, not connected, or this is not a coroutine. */
bool mysqlc_enter(mysqlc_t *c, zend_object *errobj, int errno_idx, int error_idx,
                  double timeout);
/* Ends it: a connection lost or cut becomes closed; pending closes run. */
void mysqlc_leave(mysqlc_t *c, unsigned last_errno);
void mysqlc_interrupt(mysqlc_t *c);
/* Ends a deferred prepare/execute whose reply was never received (the connection is cut:
 * it is being closed) and drops what it held. */
void mysqlc_drop_pending(mysqlc_t *c);
/* false, or true with errno 2014 set on obj: a deferred command waits for recv() */
bool mysqlc_out_of_sync(mysqlc_t *c, zend_object *obj, int errno_idx, int error_idx);
void mysqlc_close_conn(mysqlc_t *c);
/* mysql_init() + the options every connection gets (non-blocking, with our stack size) */
MYSQL *mysqlc_new_handle(mysqlc_t *c);
/* mysql_close(), after telling valgrind the library's stack is gone */
void mysqlc_free_handle(mysqlc_t *c);
void mysqlc_set_deadline(mysqlc_t *c, double timeout);
/* The error of the last call as errno/error of obj: the cut's, else the library's. */
void mysqlc_sync_error(mysqlc_t *c, zend_object *obj, int errno_idx, int error_idx,
                       unsigned lib_errno, const char *lib_error);
bool mysqlc_lost(unsigned err);

/* result.c */
void mysqlc_text_row(zval *row, MYSQL_RES *res, MYSQL_ROW r, bool strict);
void mysqlc_text_rows(zval *rows, MYSQL_RES *res, bool strict);

/* stmt.c */
void mysqlc_stmt_minit(zend_class_entry *ce);
void mysqlc_stmt_create(zval *ret, zval *client, MYSQL_STMT *st);
/* client.c */
void mysqlc_minit(zend_class_entry *ce);
/* Hands a statement to the client to close once the connection is idle. */
void mysqlc_stmt_dispose(mysqlc_t *c, MYSQL_STMT *st);

#endif
