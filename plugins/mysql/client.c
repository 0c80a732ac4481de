/* client.c — Swoole\Coroutine\MySQL: connect, query (text protocol), the result sets of
 * a query (all rows at once, or one by one in fetch_mode), multi-statement results
 * (nextResult), transactions, escape, setDefer/recv, prepare (the statement is stmt.c),
 * close. Every command runs through wait.c's MYSQLC_RUN in the calling coroutine; result
 * sets are always read whole (mysql_store_result) so that fetching never waits. */
#include <errno.h>
#include <string.h>

#include "mysqlc.h"

zend_class_entry *mysqlc_ce;
static zend_object_handlers mysqlc_handlers;

#define THIS_C() mysqlc_from(Z_OBJ_P(ZEND_THIS))
#define DEFAULT_CONNECT_TIMEOUT 2.0   /* Swoole's default connect timeout, seconds */

static zend_object *mysqlc_create(zend_class_entry *ce)
{
    mysqlc_t *c = zend_object_alloc(sizeof(mysqlc_t), ce);
    zend_object_std_init(&c->std, ce);
    object_properties_init(&c->std, ce);
    c->std.handlers = &mysqlc_handlers;
    ZVAL_UNDEF(&c->pend_stmt);
    return &c->std;
}

static void mysqlc_free(zend_object *o)
{
    mysqlc_t *c = mysqlc_from(o);
    if (c->res)
        mysql_free_result(c->res);
    c->res = NULL;
    mysqlc_drop_pending(c);
    mysqlc_free_handle(c);
    for (size_t i = 0; i < c->ndead; i++)
        mysql_stmt_close(c->dead[i]);
    if (c->dead)
        efree(c->dead);
    c->dead = NULL;
    c->ndead = c->capdead = 0;
    zend_object_std_dtor(o);
}

/* A deferred execute holds its statement, which holds this client: a cycle to collect. */
static HashTable *mysqlc_get_gc(zend_object *o, zval **table, int *n)
{
    mysqlc_t *c = mysqlc_from(o);
    *table = &c->pend_stmt;
    *n = Z_TYPE(c->pend_stmt) == IS_OBJECT ? 1 : 0;
    return zend_std_get_properties(o);
}

void mysqlc_minit(zend_class_entry *ce)
{
    memcpy(&mysqlc_handlers, &std_object_handlers, sizeof mysqlc_handlers);
    mysqlc_handlers.offset = XtOffsetOf(mysqlc_t, std);
    mysqlc_handlers.free_obj = mysqlc_free;
    mysqlc_handlers.get_gc = mysqlc_get_gc;
    mysqlc_handlers.clone_obj = NULL;
    mysqlc_ce = ce;
    ce->create_object = mysqlc_create;
}

static void sync_ok(zend_object *o)
{
    sw_php_prop_long(o, MYSQLC_P_ERRNO, 0);
    sw_php_prop_str(o, MYSQLC_P_ERROR, "");
}

static void sync_lib_error(mysqlc_t *c, zend_object *o)
{
    mysqlc_sync_error(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, mysql_errno(c->mysql),
                      mysql_error(c->mysql));
}

/* The reply of a command that was sent (its first packet already read by the library): a
 * result set (rows, or kept for fetch() in fetch_mode), or an OK packet (true). */
static void read_result(mysqlc_t *c, zend_object *o, zval *return_value)
{
    MYSQL *m = c->mysql;
    MYSQL_RES *res = NULL;

    MYSQLC_RUN(c, mysql_store_result_start(&res, m), mysql_store_result_cont(&res, m, ready_));
    if (c->abort_code) {
        if (res)
            mysql_free_result(res);
        sync_lib_error(c, o);
        RETVAL_FALSE;
        return;
    }
    if (!res) {
        if (mysql_errno(m)) {
            sync_lib_error(c, o);
            RETVAL_FALSE;
            return;
        }
        sw_php_prop_long(o, MYSQLC_P_AFFECTED_ROWS, (zend_long)mysql_affected_rows(m));
        sw_php_prop_long(o, MYSQLC_P_INSERT_ID, (zend_long)mysql_insert_id(m));
        sync_ok(o);
        RETVAL_TRUE;
        return;
    }
    sync_ok(o);
    if (c->fetch_mode) {
        c->res = res;
        RETVAL_TRUE;
        return;
    }
    mysqlc_text_rows(return_value, res, c->strict_type);
    mysql_free_result(res);
}

/* Before a new command: what the last one left (rows not fetched, further results of a
 * multi-statement query) is read and dropped, so that the connection is in sync. */
static void discard_pending(mysqlc_t *c)
{
    MYSQL *m = c->mysql;

    if (c->res) {
        mysql_free_result(c->res);
        c->res = NULL;
    }
    while (!c->abort_code && mysql_more_results(m)) {
        int r = 0;
        MYSQL_RES *res = NULL;
        MYSQLC_RUN(c, mysql_next_result_start(&r, m), mysql_next_result_cont(&r, m, ready_));
        if (r != 0 || c->abort_code)
            break;
        MYSQLC_RUN(c, mysql_store_result_start(&res, m), mysql_store_result_cont(&res, m, ready_));
        if (res)
            mysql_free_result(res);
    }
}

static bool out_of_sync(mysqlc_t *c, zend_object *o)
{
    return mysqlc_out_of_sync(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR);
}

/* A query on an entered client: sent, and (unless deferred) its reply read. */
static void run_query(mysqlc_t *c, zend_object *o, const char *sql, size_t len,
                      bool may_defer, zval *return_value)
{
    MYSQL *m = c->mysql;
    int err = 0;

    if (out_of_sync(c, o)) {
        RETVAL_FALSE;
        return;
    }
    discard_pending(c);
    if (may_defer && c->defer) {
        if (!c->abort_code)
            MYSQLC_RUN(c, mysql_send_query_start(&err, m, sql, (unsigned long)len),
                       mysql_send_query_cont(&err, m, ready_));
        if (err || c->abort_code) {
            sync_lib_error(c, o);
            RETVAL_FALSE;
            return;
        }
        c->pend = MYSQLC_PEND_QUERY;
        sync_ok(o);
        RETVAL_TRUE;
        return;
    }
    if (!c->abort_code)
        MYSQLC_RUN(c, mysql_real_query_start(&err, m, sql, (unsigned long)len),
                   mysql_real_query_cont(&err, m, ready_));
    if (err || c->abort_code) {
        sync_lib_error(c, o);
        RETVAL_FALSE;
        return;
    }
    read_result(c, o, return_value);
}

static unsigned leave_errno(mysqlc_t *c)
{
    return c->mysql ? mysql_errno(c->mysql) : 0;
}

PHP_METHOD(Swoole_Coroutine_MySQL, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(Swoole_Coroutine_MySQL, getDefer)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_BOOL(THIS_C()->defer);
}

PHP_METHOD(Swoole_Coroutine_MySQL, setDefer)
{
    bool defer = true;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(defer)
    ZEND_PARSE_PARAMETERS_END();
    THIS_C()->defer = defer;
    RETURN_TRUE;
}

/* ---- connect ------------------------------------------------------------------------ */

typedef struct conn_opts {
    zend_string *host, *user, *password, *database, *charset;
    const char *unix_path;
    zend_long port;
    double timeout;
} conn_opts_t;

static zend_string *opt_str(HashTable *ht, const char *key)
{
    zval *v = zend_hash_str_find_deref(ht, key, strlen(key));
    if (!v || Z_TYPE_P(v) == IS_NULL)
        return NULL;
    return zval_try_get_string(v);
}

static void opts_free(conn_opts_t *op)
{
    zend_string *all[] = {op->host, op->user, op->password, op->database, op->charset};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (all[i])
            zend_string_release(all[i]);
}

/* false with an exception pending if a value cannot be a string */
static bool opts_read(mysqlc_t *c, HashTable *ht, conn_opts_t *op)
{
    const char *keys[] = {"host", "user", "password", "database", "charset"};
    zend_string **dst[] = {&op->host, &op->user, &op->password, &op->database, &op->charset};
    zval *v;

    memset(op, 0, sizeof *op);
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        *dst[i] = opt_str(ht, keys[i]);
        if (EG(exception))
            return false;
    }
    op->port = (v = zend_hash_str_find_deref(ht, ZEND_STRL("port"))) ? zval_get_long(v) : 3306;
    op->timeout = (v = zend_hash_str_find_deref(ht, ZEND_STRL("timeout"))) ? zval_get_double(v) : 0;
    if (op->timeout == 0)
        op->timeout = DEFAULT_CONNECT_TIMEOUT;
    c->strict_type = (v = zend_hash_str_find_deref(ht, ZEND_STRL("strict_type"))) && zend_is_true(v);
    c->fetch_mode = (v = zend_hash_str_find_deref(ht, ZEND_STRL("fetch_mode"))) && zend_is_true(v);
    if (op->host && strncmp(ZSTR_VAL(op->host), "unix:/", 6) == 0) {
        /* "unix:/path" and "unix:///path" both name /path */
        const char *p = ZSTR_VAL(op->host) + 5;
        while (p[0] == '/' && p[1] == '/')
            p++;
        op->unix_path = p;
    }
    return true;
}

static void connect_failed(zend_object *o, unsigned err, const char *msg)
{
    sw_php_prop_long(o, MYSQLC_P_CONNECT_ERRNO, err);
    sw_php_prop_str(o, MYSQLC_P_CONNECT_ERROR, msg);
    sw_php_prop_long(o, MYSQLC_P_ERRNO, err);
    sw_php_prop_str(o, MYSQLC_P_ERROR, msg);
}

PHP_METHOD(Swoole_Coroutine_MySQL, connect)
{
    HashTable *cfg = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(cfg)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    sw_api_coro_t *co = sw_api->coro_current();
    conn_opts_t op;
    char msg[256];

    if (!co) {
        sw_api->php->require_coroutine("Swoole\\Coroutine\\MySQL::connect");
        RETURN_THROWS();
    }
    if (c->busy_cid) {
        snprintf(msg, sizeof msg, "MySQL client is busy: coroutine #%lld is using this connection",
                 (long long)c->busy_cid);
        connect_failed(o, MYSQLC_E_BUSY, msg);
        RETURN_FALSE;
    }
    if (!opts_read(c, cfg ? cfg : (HashTable *)&zend_empty_array, &op)) {
        opts_free(&op);
        RETURN_THROWS();
    }
    if (!op.host || !ZSTR_LEN(op.host)) {
        opts_free(&op);
        connect_failed(o, EINVAL, "connect() needs a 'host' (an address, a name or unix:/path)");
        RETURN_FALSE;
    }
    if (c->mysql)   /* connecting again starts over */
        mysqlc_close_conn(c);

    MYSQL *m = mysqlc_new_handle(c);
    if (!m) {
        opts_free(&op);
        connect_failed(o, ENOMEM, "mysql_init() failed: out of memory");
        RETURN_FALSE;
    }
    unsigned proto = op.unix_path ? MYSQL_PROTOCOL_SOCKET : MYSQL_PROTOCOL_TCP;
    mysql_options(m, MYSQL_OPT_PROTOCOL, &proto);
    mysql_options(m, MYSQL_SET_CHARSET_NAME, op.charset ? ZSTR_VAL(op.charset) : "utf8mb4");
    /* the library's "localhost" means its default Unix socket; Swoole means 127.0.0.1 */
    const char *host = op.unix_path ? "localhost"
                       : zend_string_equals_literal(op.host, "localhost") ? "127.0.0.1"
                       : ZSTR_VAL(op.host);

    c->mysql = m;
    c->busy_cid = sw_api->coro_id(co);
    c->abort_code = 0;
    mysqlc_set_deadline(c, op.timeout);
    MYSQL *ok = NULL;
    MYSQLC_RUN(c,
               mysql_real_connect_start(&ok, m, host, op.user ? ZSTR_VAL(op.user) : NULL,
                                        op.password ? ZSTR_VAL(op.password) : NULL,
                                        op.database ? ZSTR_VAL(op.database) : NULL,
                                        (unsigned)op.port, op.unix_path,
                                        CLIENT_MULTI_STATEMENTS | CLIENT_MULTI_RESULTS),
               mysql_real_connect_cont(&ok, m, ready_));
    opts_free(&op);
    c->busy_cid = 0;
    c->deadline = 0;
    if (!ok || c->abort_code || c->close_pending) {
        if (c->abort_code)
            connect_failed(o, c->abort_code, c->abort_code == ETIMEDOUT
                                                 ? "Connection timed out (connect timeout)"
                                                 : "Operation canceled");
        else if (c->close_pending)
            connect_failed(o, MYSQLC_E_GONE, "closed by close() while connecting");
        else
            connect_failed(o, mysql_errno(m), mysql_error(m));
        c->abort_code = 0;
        mysqlc_close_conn(c);
        RETURN_FALSE;
    }
    c->gen++;
    zval info;
    ZVAL_ARR(&info, zend_array_dup(cfg ? cfg : (HashTable *)&zend_empty_array));
    sw_php_prop_set(o, MYSQLC_P_SERVER_INFO, &info);
    sw_php_prop_long(o, MYSQLC_P_SOCK, (zend_long)mysql_get_socket(m));
    sw_php_prop_bool(o, MYSQLC_P_CONNECTED, true);
    sw_php_prop_long(o, MYSQLC_P_CONNECT_ERRNO, 0);
    sw_php_prop_str(o, MYSQLC_P_CONNECT_ERROR, "");
    sync_ok(o);
    RETURN_TRUE;
}

/* ---- queries -------------------------------------------------------------------------- */

PHP_METHOD(Swoole_Coroutine_MySQL, query)
{
    zend_string *sql;
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(sql)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    if (!mysqlc_enter(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, timeout))
        RETURN_FALSE;
    run_query(c, o, ZSTR_VAL(sql), ZSTR_LEN(sql), true, return_value);
    mysqlc_leave(c, leave_errno(c));
}

/* The rest of a deferred prepare: its library call was left suspended once the request
 * was out; it goes on here. */
static void recv_prepare(mysqlc_t *c, zend_object *o, zval *this_zv, zval *return_value)
{
    MYSQL_STMT *st = c->pend_st;
    int st_ = c->pend_status, r = c->pend_ret;

    c->pend = MYSQLC_PEND_NONE;
    c->pend_st = NULL;
    while (st_) {
        int ready = mysqlc_wait(c, st_);
        st_ = mysql_stmt_prepare_cont(&r, st, ready);
    }
    if (r || c->abort_code) {
        mysqlc_sync_error(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, mysql_stmt_errno(st),
                          mysql_stmt_error(st));
        mysql_stmt_close(st);
        RETVAL_FALSE;
        return;
    }
    sync_ok(o);
    mysqlc_stmt_create(return_value, this_zv, st);
}

PHP_METHOD(Swoole_Coroutine_MySQL, recv)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    if (c->pend == MYSQLC_PEND_EXECUTE && !c->busy_cid) {
        out_of_sync(c, o);
        RETURN_FALSE;
    }
    if (c->pend == MYSQLC_PEND_NONE && !c->busy_cid) {
        sw_php_prop_long(o, MYSQLC_P_ERRNO, 2014);
        sw_php_prop_str(o, MYSQLC_P_ERROR, "recv(): no deferred query to receive "
                                           "(setDefer() then query() first)");
        RETURN_FALSE;
    }
    if (!mysqlc_enter(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, timeout))
        RETURN_FALSE;
    if (c->pend == MYSQLC_PEND_PREPARE) {
        recv_prepare(c, o, ZEND_THIS, return_value);
        mysqlc_leave(c, leave_errno(c));
        return;
    }
    MYSQL *m = c->mysql;
    my_bool err = 0;
    c->pend = MYSQLC_PEND_NONE;
    MYSQLC_RUN(c, mysql_read_query_result_start(&err, m),
               mysql_read_query_result_cont(&err, m, ready_));
    if (err || c->abort_code) {
        sync_lib_error(c, o);
        RETVAL_FALSE;
    } else {
        read_result(c, o, return_value);
    }
    mysqlc_leave(c, leave_errno(c));
}

PHP_METHOD(Swoole_Coroutine_MySQL, nextResult)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    if (!mysqlc_enter(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, timeout))
        RETURN_FALSE;
    MYSQL *m = c->mysql;
    if (c->res) {
        mysql_free_result(c->res);
        c->res = NULL;
    }
    if (out_of_sync(c, o)) {
        RETVAL_FALSE;
    } else if (!mysql_more_results(m)) {
        RETVAL_NULL();
    } else {
        int r = 0;
        MYSQLC_RUN(c, mysql_next_result_start(&r, m), mysql_next_result_cont(&r, m, ready_));
        if (r > 0 || c->abort_code) {
            sync_lib_error(c, o);
            RETVAL_FALSE;
        } else if (r < 0) {
            RETVAL_NULL();
        } else {
            read_result(c, o, return_value);
        }
    }
    mysqlc_leave(c, leave_errno(c));
}

/* fetch() / fetchAll() read what fetch_mode kept: no waiting, no coroutine needed. */
PHP_METHOD(Swoole_Coroutine_MySQL, fetch)
{
    ZEND_PARSE_PARAMETERS_NONE();
    mysqlc_t *c = THIS_C();
    if (!c->res)
        RETURN_NULL();
    MYSQL_ROW r = mysql_fetch_row(c->res);
    if (!r) {
        mysql_free_result(c->res);
        c->res = NULL;
        RETURN_NULL();
    }
    mysqlc_text_row(return_value, c->res, r, c->strict_type);
}

PHP_METHOD(Swoole_Coroutine_MySQL, fetchAll)
{
    ZEND_PARSE_PARAMETERS_NONE();
    mysqlc_t *c = THIS_C();
    if (!c->res)
        RETURN_FALSE;
    MYSQL_ROW r;
    array_init(return_value);
    while ((r = mysql_fetch_row(c->res))) {
        zval row;
        mysqlc_text_row(&row, c->res, r, c->strict_type);
        zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &row);
    }
    mysql_free_result(c->res);
    c->res = NULL;
}

PHP_METHOD(Swoole_Coroutine_MySQL, prepare)
{
    zend_string *sql;
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(sql)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    if (!mysqlc_enter(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, timeout))
        RETURN_FALSE;
    if (out_of_sync(c, o)) {
        mysqlc_leave(c, 0);
        RETURN_FALSE;
    }
    discard_pending(c);
    MYSQL_STMT *st = mysql_stmt_init(c->mysql);
    if (!st) {
        sync_lib_error(c, o);
        mysqlc_leave(c, leave_errno(c));
        RETURN_FALSE;
    }
    my_bool upd = 1;
    mysql_stmt_attr_set(st, STMT_ATTR_UPDATE_MAX_LENGTH, &upd);
    int r = 0;
    if (c->defer && !c->abort_code) {
        /* deferred: only until the request is out; recv() finishes it */
        int st_ = mysql_stmt_prepare_start(&r, st, ZSTR_VAL(sql), (unsigned long)ZSTR_LEN(sql));
        while (st_ && ((st_ & MYSQL_WAIT_WRITE) || c->abort_code)) {
            int ready = mysqlc_wait(c, st_);
            st_ = mysql_stmt_prepare_cont(&r, st, ready);
        }
        /* also when the reply came at once: recv() reports it, as for any deferred call;
         * only a connection that failed right away fails here */
        if (!c->abort_code && (st_ || !r || !mysqlc_lost(mysql_stmt_errno(st)))) {
            c->pend = MYSQLC_PEND_PREPARE;
            c->pend_status = st_;
            c->pend_ret = r;
            c->pend_st = st;
            sync_ok(o);
            mysqlc_leave(c, 0);
            RETURN_TRUE;
        }
    } else if (!c->abort_code) {
        MYSQLC_RUN(c, mysql_stmt_prepare_start(&r, st, ZSTR_VAL(sql), (unsigned long)ZSTR_LEN(sql)),
                   mysql_stmt_prepare_cont(&r, st, ready_));
    }
    unsigned err = mysql_stmt_errno(st);
    if (r || c->abort_code) {
        mysqlc_sync_error(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, err, mysql_stmt_error(st));
        mysql_stmt_close(st);   /* not prepared on the server: nothing is sent */
        RETVAL_FALSE;
    } else {
        sync_ok(o);
        mysqlc_stmt_create(return_value, ZEND_THIS, st);
    }
    mysqlc_leave(c, err);
}

/* BEGIN / COMMIT / ROLLBACK: a plain query, never deferred. */
static void simple_command(INTERNAL_FUNCTION_PARAMETERS, const char *sql)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_t *c = THIS_C();
    zend_object *o = Z_OBJ_P(ZEND_THIS);
    zval ret;
    if (!mysqlc_enter(c, o, MYSQLC_P_ERRNO, MYSQLC_P_ERROR, timeout))
        RETURN_FALSE;
    ZVAL_UNDEF(&ret);
    run_query(c, o, sql, strlen(sql), false, &ret);
    mysqlc_leave(c, leave_errno(c));
    RETVAL_BOOL(Z_TYPE(ret) == IS_TRUE);
    zval_ptr_dtor(&ret);
}

PHP_METHOD(Swoole_Coroutine_MySQL, begin)
{
    simple_command(INTERNAL_FUNCTION_PARAM_PASSTHRU, "START TRANSACTION");
}

PHP_METHOD(Swoole_Coroutine_MySQL, commit)
{
    simple_command(INTERNAL_FUNCTION_PARAM_PASSTHRU, "COMMIT");
}

PHP_METHOD(Swoole_Coroutine_MySQL, rollback)
{
    simple_command(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ROLLBACK");
}

PHP_METHOD(Swoole_Coroutine_MySQL, escape)
{
    zend_string *s;
    zend_long flags = 0;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(s)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(flags)
    ZEND_PARSE_PARAMETERS_END();
    (void)flags;

    mysqlc_t *c = THIS_C();
    if (!c->mysql) {
        zend_object *o = Z_OBJ_P(ZEND_THIS);
        sw_php_prop_long(o, MYSQLC_P_ERRNO, MYSQLC_E_GONE);
        sw_php_prop_str(o, MYSQLC_P_ERROR, "escape() needs a connection (its character set)");
        RETURN_FALSE;
    }
    zend_string *out = zend_string_alloc(ZSTR_LEN(s) * 2, 0);
    unsigned long n = mysql_real_escape_string(c->mysql, ZSTR_VAL(out), ZSTR_VAL(s),
                                               (unsigned long)ZSTR_LEN(s));
    if (n == (unsigned long)-1) {
        zend_string_efree(out);
        RETURN_FALSE;
    }
    ZSTR_VAL(out)[n] = '\0';
    ZSTR_LEN(out) = n;
    RETURN_NEW_STR(out);
}

PHP_METHOD(Swoole_Coroutine_MySQL, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    mysqlc_t *c = THIS_C();
    if (c->busy_cid) {
        /* the coroutine inside a call wakes up with the connection gone and closes it */
        mysqlc_interrupt(c);
        RETURN_TRUE;
    }
    if (!c->mysql)
        RETURN_FALSE;
    mysqlc_close_conn(c);
    RETURN_TRUE;
}
