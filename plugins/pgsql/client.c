/* client.c — Swoole\Coroutine\PostgreSQL: connect, query (a PostgreSQLStatement holding
 * the result), prepare (Swoole 5: prepare($sql) → statement to execute(); Swoole 4:
 * prepare($name, $sql) then execute($name, $params)), metaData, the escapes, and Swoole
 * 4's fetch calls that take the result as their first argument. Every command runs in the
 * calling coroutine through wait.c; results are read whole, so fetching never waits. */
#include <errno.h>
#include <string.h>

#include "pgsqlc.h"

zend_class_entry *pgsql_ce;
static zend_object_handlers pgsql_handlers;

#define THIS_C() pgsql_from(Z_OBJ_P(ZEND_THIS))

static zend_object *pgsql_create(zend_class_entry *ce)
{
    pgsql_t *c = zend_object_alloc(sizeof(pgsql_t), ce);
    zend_object_std_init(&c->std, ce);
    object_properties_init(&c->std, ce);
    c->std.handlers = &pgsql_handlers;
    return &c->std;
}

static void pgsql_free(zend_object *o)
{
    pgsql_t *c = pgsql_from(o);
    pgsql_close_conn(c);
    if (c->dead)
        efree(c->dead);
    c->dead = NULL;
    c->dead_cap = 0;
    zend_object_std_dtor(o);
}

void pgsql_minit(zend_class_entry *ce)
{
    memcpy(&pgsql_handlers, &std_object_handlers, sizeof pgsql_handlers);
    pgsql_handlers.offset = XtOffsetOf(pgsql_t, std);
    pgsql_handlers.free_obj = pgsql_free;
    pgsql_handlers.clone_obj = NULL;
    pgsql_ce = ce;
    ce->create_object = pgsql_create;
}

/* A string for libpq (a C string): false with a ValueError if it holds a NUL byte. */
static bool no_nul(zend_string *s, uint32_t arg)
{
    if (memchr(ZSTR_VAL(s), '\0', ZSTR_LEN(s))) {
        zend_argument_value_error(arg, "must not contain any null bytes");
        return false;
    }
    return true;
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, connect)
{
    zend_string *info;
    double timeout = 2;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(info)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    sw_api_coro_t *co = sw_api->coro_current();
    char msg[200];

    if (!co) {
        sw_api->php->require_coroutine("Swoole\\Coroutine\\PostgreSQL::connect");
        RETURN_THROWS();
    }
    if (!no_nul(info, 1))
        RETURN_THROWS();
    if (c->busy_cid) {
        snprintf(msg, sizeof msg, "PostgreSQL client is busy: coroutine #%lld is using "
                 "this connection", (long long)c->busy_cid);
        pgsql_report_error(c, NULL, PGSQL_E_BUSY, msg);
        RETURN_FALSE;
    }
    /* Connecting again starts over (as the mysql plugin does; Swoole returns false): the
     * old connection may be one the server ended while it was idle, which nobody can know
     * without reading it. Its statements fail from now on (gen). */
    if (c->conn)
        pgsql_close_conn(c);
    c->gen++;   /* from now on (even while connecting) older statements are not this session's */
    c->busy_cid = sw_api->coro_id(co);
    c->abort_code = 0;
    c->broken = false;
    c->own_error = NULL;
    pgsql_set_deadline(c, timeout);
    PGconn *conn = pgsql_start(c, ZSTR_VAL(info), ZSTR_LEN(info));
    bool ok = false;
    if (conn) {
        c->conn = conn;
        PQsetNoticeProcessor(conn, pgsql_notice, c);
        ok = pgsql_connect_poll(c) && PQsetnonblocking(conn, 1) == 0;
        if (!ok) {
            if (c->abort_code == PGSQL_E_TIMEDOUT)
                pgsql_report_error(c, NULL, PGSQL_E_TIMEDOUT,
                                   "Connection timed out (connect timeout)");
            else if (c->abort_code == PGSQL_E_CANCELED)
                pgsql_report_error(c, NULL, PGSQL_E_CANCELED, "Operation canceled");
            else
                pgsql_report_error(c, NULL, PGSQL_E_CONNECT, PQerrorMessage(conn));
            pgsql_close_conn(c);
        }
    } else if (c->abort_code) {
        pgsql_report_error(c, NULL, c->abort_code, c->abort_code == PGSQL_E_TIMEDOUT
                           ? "Connection timed out (resolving the host name)"
                           : "Operation canceled");
    }
    c->busy_cid = 0;
    c->deadline = 0;
    c->abort_code = 0;
    if (EG(exception))
        RETURN_THROWS();
    if (!ok)
        RETURN_FALSE;
    sw_php_prop_null(&c->std, PGSQL_P_ERROR);
    sw_php_prop_long(&c->std, PGSQL_P_ERRCODE, 0);
    RETURN_TRUE;
}

/* The end of a command that returns a statement: reports, creates it, releases the
 * connection. `r` is pgsql_run's result. */
static void finish(pgsql_t *c, zval *zc, PGresult *r, const char *name, bool user_named,
                   zval *return_value)
{
    if (!r) {
        pgsql_report_no_result(c, NULL);
        RETVAL_FALSE;
    } else if (!pgsql_status_ok(PQresultStatus(r))) {
        pgsql_report_result_error(c, NULL, r);
        PQclear(r);
        RETVAL_FALSE;
    } else {
        pgsql_report_ok(c, NULL, PQresultStatus(r));
        if (name) {   /* a prepare: its result says only that it worked */
            PQclear(r);
            r = NULL;
        }
        pgsql_stmt_create(return_value, zc, r, name, user_named);
    }
    pgsql_leave(c);
}

static void send_failed(pgsql_t *c, zend_object *stmt_obj)
{
    c->broken = PQstatus(c->conn) == CONNECTION_BAD;
    pgsql_report_error(c, stmt_obj, c->broken ? PGSQL_E_LOST : PGSQL_E_INVALID,
                       PQerrorMessage(c->conn));
    pgsql_leave(c);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, query)
{
    zend_string *sql;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(sql)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    if (!no_nul(sql, 1))
        RETURN_THROWS();
    if (!pgsql_enter(c, NULL)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    if (!PQsendQuery(c->conn, ZSTR_VAL(sql))) {
        send_failed(c, NULL);
        RETURN_FALSE;
    }
    finish(c, ZEND_THIS, pgsql_run(c), NULL, false, return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, prepare)
{
    zend_string *query, *sql = NULL;
    char auto_name[32];
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(query)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(sql)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    if (!no_nul(query, 1) || (sql && !no_nul(sql, 2)))
        RETURN_THROWS();
    if (!pgsql_enter(c, NULL)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    const char *name = auto_name, *text = ZSTR_VAL(query);
    if (sql) {   /* Swoole 4: prepare($name, $sql) */
        name = ZSTR_VAL(query);
        text = ZSTR_VAL(sql);
    } else {
        snprintf(auto_name, sizeof auto_name, "swoole_stmt_%llu",
                 (unsigned long long)++c->stmt_seq);
    }
    if (!PQsendPrepare(c->conn, name, text, 0, NULL)) {
        send_failed(c, NULL);
        RETURN_FALSE;
    }
    finish(c, ZEND_THIS, pgsql_run(c), name, sql != NULL, return_value);
}

/* Swoole 4: execute($name, $params) runs a statement prepared with prepare($name, $sql)
 * and returns its result (a statement object that only holds it). */
PHP_METHOD(Swoole_Coroutine_PostgreSQL, execute)
{
    zend_string *name;
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(name)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    if (!no_nul(name, 1))
        RETURN_THROWS();
    if (!pgsql_enter(c, NULL)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    if (!pgsql_send_prepared(c, NULL, ZSTR_VAL(name), params, 2)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    finish(c, ZEND_THIS, pgsql_run(c), NULL, false, return_value);
}

/* ---- metaData ---------------------------------------------------------------------------- */

static const char meta_sql[] =
    "SELECT a.attname, a.attnum, t.typname, a.attlen, a.attnotnull, a.atthasdef, "
    "a.attndims, t.typtype "
    "FROM pg_catalog.pg_class c "
    "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid "
    "JOIN pg_catalog.pg_type t ON a.atttypid = t.oid "
    "JOIN pg_catalog.pg_namespace n ON c.relnamespace = n.oid "
    "WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname = $1 AND n.nspname = $2 "
    "ORDER BY a.attnum";

static void meta_rows(zval *out, const PGresult *r)
{
    int n = PQntuples(r);

    array_init_size(out, (uint32_t)n);
    for (int i = 0; i < n; i++) {
        zval col;
        array_init_size(&col, 7);
        add_assoc_long(&col, "num", ZEND_STRTOL(PQgetvalue(r, i, 1), NULL, 10));
        add_assoc_string(&col, "type", PQgetvalue(r, i, 2));
        add_assoc_long(&col, "len", ZEND_STRTOL(PQgetvalue(r, i, 3), NULL, 10));
        add_assoc_bool(&col, "not null", PQgetvalue(r, i, 4)[0] == 't');
        add_assoc_bool(&col, "has default", PQgetvalue(r, i, 5)[0] == 't');
        add_assoc_long(&col, "array dims", ZEND_STRTOL(PQgetvalue(r, i, 6), NULL, 10));
        add_assoc_bool(&col, "is enum", PQgetvalue(r, i, 7)[0] == 'e');
        const char *name = PQgetvalue(r, i, 0);
        zend_symtable_str_update(Z_ARRVAL_P(out), name, strlen(name), &col);
    }
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, metaData)
{
    zend_string *table;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(table)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    if (!no_nul(table, 1))
        RETURN_THROWS();
    if (ZSTR_LEN(table) == 0) {
        pgsql_report_error(c, NULL, PGSQL_E_INVALID, "the table name must be specified");
        RETURN_FALSE;
    }
    /* "schema.table", else the table of schema public (as pg_meta_data) */
    char *copy = estrndup(ZSTR_VAL(table), ZSTR_LEN(table));
    const char *params[2] = {copy, "public"};
    char *dot = strchr(copy, '.');
    if (dot) {
        *dot = '\0';
        params[0] = dot + 1;
        params[1] = copy;
    }
    if (!pgsql_enter(c, NULL)) {
        efree(copy);
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    int sent = PQsendQueryParams(c->conn, meta_sql, 2, NULL, params, NULL, NULL, 0);
    if (!sent) {
        efree(copy);
        send_failed(c, NULL);
        RETURN_FALSE;
    }
    PGresult *r = pgsql_run(c);
    if (!r) {
        pgsql_report_no_result(c, NULL);
        RETVAL_FALSE;
    } else if (!pgsql_status_ok(PQresultStatus(r))) {
        pgsql_report_result_error(c, NULL, r);
        RETVAL_FALSE;
    } else if (PQntuples(r) == 0) {
        char msg[300];
        snprintf(msg, sizeof msg, "table \"%s\" does not exist (or has no columns)",
                 ZSTR_VAL(table));
        pgsql_report_error(c, NULL, PGSQL_E_INVALID, msg);
        RETVAL_FALSE;
    } else {
        pgsql_report_ok(c, NULL, PQresultStatus(r));
        meta_rows(return_value, r);
    }
    PQclear(r);
    efree(copy);
    pgsql_leave(c);
}

/* ---- escapes: need the connection (its encoding and standard_conforming_strings) ---------- */

static PGconn *escape_conn(pgsql_t *c)
{
    if (!c->conn)
        pgsql_report_error(c, NULL, PGSQL_E_NOT_CONNECTED,
                           "not connected: escaping needs the connection's encoding");
    return c->conn;
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, escape)
{
    zend_string *s;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(s)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    PGconn *conn = escape_conn(c);
    if (!conn)
        RETURN_FALSE;
    int err = 0;
    zend_string *out = zend_string_safe_alloc(ZSTR_LEN(s), 2, 0, 0);
    size_t n = PQescapeStringConn(conn, ZSTR_VAL(out), ZSTR_VAL(s), ZSTR_LEN(s), &err);
    if (err) {
        zend_string_efree(out);
        pgsql_report_error(c, NULL, PGSQL_E_INVALID, PQerrorMessage(conn));
        RETURN_FALSE;
    }
    ZSTR_LEN(out) = n;
    ZSTR_VAL(out)[n] = '\0';
    RETURN_NEW_STR(out);
}

static void escape_with(INTERNAL_FUNCTION_PARAMETERS, char *(*fn)(PGconn *, const char *, size_t))
{
    zend_string *s;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(s)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_t *c = THIS_C();
    PGconn *conn = escape_conn(c);
    if (!conn)
        RETURN_FALSE;
    char *out = fn(conn, ZSTR_VAL(s), ZSTR_LEN(s));
    if (!out) {
        pgsql_report_error(c, NULL, PGSQL_E_INVALID, PQerrorMessage(conn));
        RETURN_FALSE;
    }
    RETVAL_STRING(out);
    PQfreemem(out);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, escapeLiteral)
{
    escape_with(INTERNAL_FUNCTION_PARAM_PASSTHRU, PQescapeLiteral);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, escapeIdentifier)
{
    escape_with(INTERNAL_FUNCTION_PARAM_PASSTHRU, PQescapeIdentifier);
}

/* ---- Swoole 4's fetch calls: $pg->fetchAll($result, ...) ------------------------------------ */

#define RESULT_ARG(zres) pgsql_stmt_from(Z_OBJ_P(zres))

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fetchAll)
{
    zval *zres;
    zend_long type = PGSQL_ASSOC;
    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_OBJECT_OF_CLASS(zres, pgsql_stmt_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    pgsql_stmt_fetch_all(RESULT_ARG(zres), type, return_value);
}

static void fetch4(INTERNAL_FUNCTION_PARAMETERS, zend_long type)
{
    zval *zres;
    zend_long row = 0;
    bool row_null = true;
    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_OBJECT_OF_CLASS(zres, pgsql_stmt_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(row, row_null)
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    pgsql_stmt_fetch(RESULT_ARG(zres), Z_OBJ_P(zres), row_null, row, type, NULL, NULL,
                     return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fetchAssoc)
{
    fetch4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_ASSOC);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fetchArray)
{
    fetch4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_BOTH);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fetchRow)
{
    fetch4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_NUM);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fetchObject)
{
    zval *zres;
    zend_long row = 0;
    bool row_null = true;
    zend_string *cls = NULL;
    HashTable *ctor = NULL;
    ZEND_PARSE_PARAMETERS_START(1, 4)
        Z_PARAM_OBJECT_OF_CLASS(zres, pgsql_stmt_ce)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(row, row_null)
        Z_PARAM_STR_OR_NULL(cls)
        Z_PARAM_ARRAY_HT(ctor)
    ZEND_PARSE_PARAMETERS_END();
    zend_class_entry *ce = zend_standard_class_def;
    if (cls && !(ce = zend_lookup_class(cls))) {
        if (!EG(exception))
            zend_argument_value_error(3, "must be a valid class name, %s given", ZSTR_VAL(cls));
        RETURN_THROWS();
    }
    pgsql_stmt_fetch(RESULT_ARG(zres), Z_OBJ_P(zres), row_null, row, PGSQL_ASSOC, ce, ctor,
                     return_value);
}

static void count4(INTERNAL_FUNCTION_PARAMETERS, int which)
{
    zval *zres;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(zres, pgsql_stmt_ce)
    ZEND_PARSE_PARAMETERS_END();
    pgsql_stmt_counts(RESULT_ARG(zres), which, return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, affectedRows)
{
    count4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_COUNT_AFFECTED);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, numRows)
{
    count4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_COUNT_ROWS);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQL, fieldCount)
{
    count4(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_COUNT_FIELDS);
}
