/* stmt.c — Swoole\Coroutine\MySQL\Statement: a server-side prepared statement of a
 * client (binary protocol). execute() binds the parameters by their PHP type, runs it in
 * the calling coroutine and reads its result set whole (mysql_stmt_store_result), then
 * returns the rows (or keeps them for fetch() in fetch_mode). Values are typed as the
 * binary protocol gives them: integers and floats as PHP int / float, everything else
 * (DECIMAL, dates, strings) as strings.
 *
 * A statement holds its client object (so the connection outlives it) and the client's
 * connect generation: after a reconnect the server forgot it, and execute() says so. */
#include <errno.h>
#include <string.h>

#include "mysqlc.h"

zend_class_entry *mysqlc_stmt_ce;
static zend_object_handlers stmt_handlers;

#define THIS_S() mysqlc_stmt_from(Z_OBJ_P(ZEND_THIS))

static zend_object *stmt_create_object(zend_class_entry *ce)
{
    mysqlc_stmt_t *s = zend_object_alloc(sizeof(mysqlc_stmt_t), ce);
    zend_object_std_init(&s->std, ce);
    object_properties_init(&s->std, ce);
    s->std.handlers = &stmt_handlers;
    ZVAL_UNDEF(&s->client);
    return &s->std;
}

static void unbind_result(mysqlc_stmt_t *s)
{
    if (s->bufs) {
        for (unsigned i = 0; i < s->nfields; i++)
            efree(s->bufs[i]);
        efree(s->bufs);
        efree(s->rb);
        efree(s->lens);
        efree(s->nulls);
        efree(s->errs);
    }
    if (s->meta)
        mysql_free_result(s->meta);
    s->meta = NULL;
    s->bufs = NULL;
    s->rb = NULL;
    s->lens = NULL;
    s->nulls = s->errs = NULL;
    s->nfields = 0;
    s->has_rows = false;
}

/* Drops the current result set. The library's part only while the connection lives: a
 * statement of a closed connection has no handle left (st->mysql is NULL) and the
 * library would dereference it. */
static void free_rows(mysqlc_stmt_t *s)
{
    unbind_result(s);
    if (s->st && s->st->mysql)
        mysql_stmt_free_result(s->st);
}

static mysqlc_t *client_of(mysqlc_stmt_t *s)
{
    return Z_TYPE(s->client) == IS_OBJECT ? mysqlc_from(Z_OBJ(s->client)) : NULL;
}

/* Frees the statement on the server and here (later if its connection is busy). */
static void stmt_release(mysqlc_stmt_t *s)
{
    mysqlc_t *c = client_of(s);
    /* freed with its client (GC, shutdown) while a deferred execute of it is pending */
    if (c && c->pend == MYSQLC_PEND_EXECUTE && Z_TYPE(c->pend_stmt) == IS_OBJECT
        && Z_OBJ(c->pend_stmt) == &s->std)
        mysqlc_drop_pending(c);
    unbind_result(s);
    if (!s->st)
        return;
    /* never while another coroutine runs a command: the library would read its reply */
    if (s->st->mysql && !(c && c->busy_cid))
        mysql_stmt_free_result(s->st);
    if (c)
        mysqlc_stmt_dispose(c, s->st);
    else
        mysql_stmt_close(s->st);
    s->st = NULL;
}

static void stmt_free(zend_object *o)
{
    mysqlc_stmt_t *s = mysqlc_stmt_from(o);
    stmt_release(s);
    zval_ptr_dtor(&s->client);
    ZVAL_UNDEF(&s->client);
    zend_object_std_dtor(o);
}

static HashTable *stmt_get_gc(zend_object *o, zval **table, int *n)
{
    mysqlc_stmt_t *s = mysqlc_stmt_from(o);
    *table = &s->client;
    *n = Z_TYPE(s->client) == IS_OBJECT ? 1 : 0;
    return zend_std_get_properties(o);
}

void mysqlc_stmt_minit(zend_class_entry *ce)
{
    memcpy(&stmt_handlers, &std_object_handlers, sizeof stmt_handlers);
    stmt_handlers.offset = XtOffsetOf(mysqlc_stmt_t, std);
    stmt_handlers.free_obj = stmt_free;
    stmt_handlers.get_gc = stmt_get_gc;
    stmt_handlers.clone_obj = NULL;
    mysqlc_stmt_ce = ce;
    ce->create_object = stmt_create_object;
}

void mysqlc_stmt_create(zval *ret, zval *client, MYSQL_STMT *st)
{
    object_init_ex(ret, mysqlc_stmt_ce);
    mysqlc_stmt_t *s = mysqlc_stmt_from(Z_OBJ_P(ret));
    ZVAL_OBJ_COPY(&s->client, Z_OBJ_P(client));
    s->st = st;
    s->gen = mysqlc_from(Z_OBJ_P(client))->gen;
    sw_php_prop_long(&s->std, MYSQLC_SP_ID, (zend_long)st->stmt_id);
}

static void set_error(zend_object *o, unsigned err, const char *msg)
{
    sw_php_prop_long(o, MYSQLC_SP_ERRNO, err);
    sw_php_prop_str(o, MYSQLC_SP_ERROR, msg);
}

/* The statement may talk to the server: false with its error set if not. */
static bool stmt_enter(mysqlc_stmt_t *s, mysqlc_t *c, double timeout)
{
    if (!s->st) {
        set_error(&s->std, 2030, "statement is closed");
        return false;
    }
    if (c->busy_cid == 0 && (!c->mysql || c->gen != s->gen || !s->st->mysql)) {
        set_error(&s->std, MYSQLC_E_GONE,
                  "MySQL server has gone away (the statement's connection was closed; "
                  "prepare it again)");
        return false;
    }
    return mysqlc_enter(c, &s->std, MYSQLC_SP_ERRNO, MYSQLC_SP_ERROR, timeout);
}

static bool is_int(enum enum_field_types t)
{
    return t == MYSQL_TYPE_TINY || t == MYSQL_TYPE_SHORT || t == MYSQL_TYPE_INT24
           || t == MYSQL_TYPE_LONG || t == MYSQL_TYPE_LONGLONG || t == MYSQL_TYPE_YEAR;
}

/* Buffers for the stored result set, sized by its longest values (UPDATE_MAX_LENGTH). */
static bool bind_result(mysqlc_stmt_t *s)
{
    MYSQL_STMT *st = s->st;
    s->meta = mysql_stmt_result_metadata(st);
    if (!s->meta)
        return false;
    unsigned n = s->nfields = mysql_num_fields(s->meta);
    MYSQL_FIELD *f = mysql_fetch_fields(s->meta);
    s->rb = ecalloc(n ? n : 1, sizeof *s->rb);
    s->bufs = ecalloc(n ? n : 1, sizeof *s->bufs);
    s->lens = ecalloc(n ? n : 1, sizeof *s->lens);
    s->nulls = ecalloc(n ? n : 1, sizeof *s->nulls);
    s->errs = ecalloc(n ? n : 1, sizeof *s->errs);
    for (unsigned i = 0; i < n; i++) {
        MYSQL_BIND *b = &s->rb[i];
        size_t size;
        if (is_int(f[i].type)) {
            b->buffer_type = MYSQL_TYPE_LONGLONG;
            b->is_unsigned = (f[i].flags & UNSIGNED_FLAG) != 0;
            size = sizeof(long long);
        } else if (f[i].type == MYSQL_TYPE_FLOAT || f[i].type == MYSQL_TYPE_DOUBLE) {
            b->buffer_type = MYSQL_TYPE_DOUBLE;
            size = sizeof(double);
        } else {
            /* dates are converted to text by the library: max_length is their binary size */
            b->buffer_type = MYSQL_TYPE_STRING;
            size = (f[i].max_length > 64 ? f[i].max_length : 64) + 1;
        }
        s->bufs[i] = ecalloc(1, size);
        b->buffer = s->bufs[i];
        b->buffer_length = size;
        b->length = &s->lens[i];
        b->is_null = &s->nulls[i];
        b->error = &s->errs[i];
    }
    return mysql_stmt_bind_result(st, s->rb) == 0;
}

/* The next stored row: 1 with *row set, 0 at the end, -1 on error. Never waits. */
static int fetch_row(mysqlc_stmt_t *s, zval *row)
{
    MYSQL_STMT *st = s->st;
    if (!st->mysql)
        return -1;   /* its connection was closed: the rows went with it */
    int r = mysql_stmt_fetch(st);
    if (r == MYSQL_NO_DATA)
        return 0;
    if (r == 1)
        return -1;
    MYSQL_FIELD *f = mysql_fetch_fields(s->meta);
    array_init_size(row, s->nfields);
    for (unsigned i = 0; i < s->nfields; i++) {
        zval v;
        MYSQL_BIND *b = &s->rb[i];
        if (s->nulls[i]) {
            ZVAL_NULL(&v);
        } else if (b->buffer_type == MYSQL_TYPE_LONGLONG) {
            long long x;
            memcpy(&x, s->bufs[i], sizeof x);
            if (b->is_unsigned && (unsigned long long)x > (unsigned long long)ZEND_LONG_MAX)
                ZVAL_STR(&v, zend_strpprintf(0, "%llu", (unsigned long long)x));
            else
                ZVAL_LONG(&v, (zend_long)x);
        } else if (b->buffer_type == MYSQL_TYPE_DOUBLE) {
            double d;
            memcpy(&d, s->bufs[i], sizeof d);
            ZVAL_DOUBLE(&v, d);
        } else if (s->lens[i] > b->buffer_length) {
            /* longer than the buffer (should not happen: max_length): fetch it whole */
            zend_string *z = zend_string_alloc(s->lens[i], 0);
            MYSQL_BIND col = {0};
            unsigned long len = 0;
            col.buffer_type = MYSQL_TYPE_STRING;
            col.buffer = ZSTR_VAL(z);
            col.buffer_length = s->lens[i];
            col.length = &len;
            mysql_stmt_fetch_column(st, &col, i, 0);
            ZSTR_VAL(z)[s->lens[i]] = '\0';
            ZVAL_NEW_STR(&v, z);
        } else if (f[i].type == MYSQL_TYPE_BIT && s->lens[i] <= 8) {
            uint64_t x = 0;
            for (unsigned long k = 0; k < s->lens[i]; k++)
                x = (x << 8) | (unsigned char)s->bufs[i][k];
            if (x <= ZEND_LONG_MAX)
                ZVAL_LONG(&v, (zend_long)x);
            else
                ZVAL_STRINGL(&v, s->bufs[i], s->lens[i]);
        } else {
            ZVAL_STRINGL(&v, s->bufs[i], s->lens[i]);
        }
        zend_symtable_str_update(Z_ARRVAL_P(row), f[i].name, f[i].name_length, &v);
    }
    return 1;
}

static void sync_stmt_error(mysqlc_t *c, mysqlc_stmt_t *s)
{
    mysqlc_sync_error(c, &s->std, MYSQLC_SP_ERRNO, MYSQLC_SP_ERROR, mysql_stmt_errno(s->st),
                      mysql_stmt_error(s->st));
}

/* After execute / next result: the result set (rows, or kept for fetch()) or OK. */
static void read_stmt_result(mysqlc_t *c, mysqlc_stmt_t *s, zval *return_value)
{
    MYSQL_STMT *st = s->st;
    zend_object *o = &s->std;

    if (mysql_stmt_field_count(st) == 0) {
        sw_php_prop_long(o, MYSQLC_SP_AFFECTED_ROWS, (zend_long)mysql_stmt_affected_rows(st));
        sw_php_prop_long(o, MYSQLC_SP_INSERT_ID, (zend_long)mysql_stmt_insert_id(st));
        set_error(o, 0, "");
        RETVAL_TRUE;
        return;
    }
    int r = 0;
    MYSQLC_RUN(c, mysql_stmt_store_result_start(&r, st), mysql_stmt_store_result_cont(&r, st, ready_));
    if (r || c->abort_code) {
        sync_stmt_error(c, s);
        RETVAL_FALSE;
        return;
    }
    if (!bind_result(s)) {
        sync_stmt_error(c, s);
        free_rows(s);
        RETVAL_FALSE;
        return;
    }
    set_error(o, 0, "");
    s->has_rows = true;
    if (c->fetch_mode) {
        RETVAL_TRUE;
        return;
    }
    array_init_size(return_value, (uint32_t)mysql_stmt_num_rows(st));
    zval row;
    while (fetch_row(s, &row) > 0)
        zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &row);
    free_rows(s);
}

/* Drops what the last execution left: its rows and further result sets (CALL). */
static void discard_results(mysqlc_t *c, mysqlc_stmt_t *s)
{
    MYSQL_STMT *st = s->st;
    free_rows(s);
    while (!c->abort_code && mysql_stmt_more_results(st)) {
        int r = 0;
        MYSQLC_RUN(c, mysql_stmt_next_result_start(&r, st), mysql_stmt_next_result_cont(&r, st, ready_));
        if (r != 0 || c->abort_code)
            break;
        if (mysql_stmt_field_count(st) > 0)
            MYSQLC_RUN(c, mysql_stmt_store_result_start(&r, st),
                       mysql_stmt_store_result_cont(&r, st, ready_));
        mysql_stmt_free_result(st);
    }
}

typedef struct params {
    MYSQL_BIND *b;
    zend_string **strs;   /* the strings bound, each referenced */
    long long *ints;
    double *dbls;
    unsigned n;
} params_t;

static void params_free(params_t *p)
{
    for (unsigned i = 0; i < p->n; i++)
        if (p->strs[i])
            zend_string_release(p->strs[i]);
    if (p->b) {
        efree(p->b);
        efree(p->strs);
        efree(p->ints);
        efree(p->dbls);
    }
}

/* false with an exception pending if a value cannot become a string */
static bool params_bind(params_t *p, HashTable *ht)
{
    unsigned n = zend_hash_num_elements(ht), i = 0;
    zval *v;

    p->b = ecalloc(n ? n : 1, sizeof *p->b);
    p->strs = ecalloc(n ? n : 1, sizeof *p->strs);
    p->ints = ecalloc(n ? n : 1, sizeof *p->ints);
    p->dbls = ecalloc(n ? n : 1, sizeof *p->dbls);
    p->n = n;
    ZEND_HASH_FOREACH_VAL(ht, v) {
        MYSQL_BIND *b = &p->b[i];
        ZVAL_DEREF(v);
        switch (Z_TYPE_P(v)) {
        case IS_NULL:
            b->buffer_type = MYSQL_TYPE_NULL;
            break;
        case IS_FALSE:
        case IS_TRUE:
        case IS_LONG:
            p->ints[i] = Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : Z_TYPE_P(v) == IS_TRUE;
            b->buffer_type = MYSQL_TYPE_LONGLONG;
            b->buffer = &p->ints[i];
            break;
        case IS_DOUBLE:
            p->dbls[i] = Z_DVAL_P(v);
            b->buffer_type = MYSQL_TYPE_DOUBLE;
            b->buffer = &p->dbls[i];
            break;
        default:
            p->strs[i] = zval_try_get_string(v);
            if (!p->strs[i])
                return false;
            b->buffer_type = MYSQL_TYPE_STRING;
            b->buffer = ZSTR_VAL(p->strs[i]);
            b->buffer_length = ZSTR_LEN(p->strs[i]);
            break;
        }
        i++;
    } ZEND_HASH_FOREACH_END();
    return true;
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, execute)
{
    HashTable *ht = NULL;
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(ht)
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_stmt_t *s = THIS_S();
    mysqlc_t *c = client_of(s);
    if (!c || !stmt_enter(s, c, timeout))
        RETURN_FALSE;
    MYSQL_STMT *st = s->st;
    params_t p = {0};
    unsigned want = mysql_stmt_param_count(st);
    unsigned given = ht ? zend_hash_num_elements(ht) : 0;

    if (mysqlc_out_of_sync(c, &s->std, MYSQLC_SP_ERRNO, MYSQLC_SP_ERROR)) {
        RETVAL_FALSE;
        goto out;
    }
    discard_results(c, s);
    if (c->abort_code) {
        sync_stmt_error(c, s);
        RETVAL_FALSE;
        goto out;
    }
    if (want != given) {
        char msg[160];
        snprintf(msg, sizeof msg, "statement #%lu expects %u parameter%s, %u given",
                 (unsigned long)st->stmt_id, want, want == 1 ? "" : "s", given);
        set_error(&s->std, 2031, msg);   /* CR_PARAMS_NOT_BOUND */
        RETVAL_FALSE;
        goto out;
    }
    if (want) {
        if (!params_bind(&p, ht)) {
            RETVAL_FALSE;
            goto out;
        }
        if (mysql_stmt_bind_param(st, p.b)) {
            sync_stmt_error(c, s);
            RETVAL_FALSE;
            goto out;
        }
    }
    int r = 0;
    if (c->defer) {
        /* deferred: only until the request is out; the statement's recv() finishes it */
        int st_ = mysql_stmt_execute_start(&r, st);
        while (st_ && ((st_ & MYSQL_WAIT_WRITE) || c->abort_code)) {
            int ready = mysqlc_wait(c, st_);
            st_ = mysql_stmt_execute_cont(&r, st, ready);
        }
        /* also when the reply came at once: recv() reports it, as for any deferred call;
         * only a connection that failed right away fails here */
        if (!c->abort_code && (st_ || !r || !mysqlc_lost(mysql_stmt_errno(st)))) {
            c->pend = MYSQLC_PEND_EXECUTE;
            c->pend_status = st_;
            c->pend_ret = r;
            ZVAL_OBJ_COPY(&c->pend_stmt, &s->std);
            set_error(&s->std, 0, "");
            RETVAL_TRUE;
            goto out;
        }
    } else {
        MYSQLC_RUN(c, mysql_stmt_execute_start(&r, st), mysql_stmt_execute_cont(&r, st, ready_));
    }
    if (r || c->abort_code) {
        sync_stmt_error(c, s);
        RETVAL_FALSE;
        goto out;
    }
    read_stmt_result(c, s, return_value);
out:
    params_free(&p);
    mysqlc_leave(c, mysql_stmt_errno(st));
    if (EG(exception))
        RETURN_THROWS();
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, fetch)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    (void)timeout;
    mysqlc_stmt_t *s = THIS_S();
    if (!s->st || !s->has_rows)
        RETURN_NULL();
    int r = fetch_row(s, return_value);
    if (r > 0)
        return;
    if (r < 0 && !s->st->mysql)
        set_error(&s->std, MYSQLC_E_GONE, "MySQL server has gone away (the statement's "
                                          "connection was closed before its rows were fetched)");
    else if (r < 0)
        set_error(&s->std, mysql_stmt_errno(s->st), mysql_stmt_error(s->st));
    free_rows(s);
    if (r < 0)
        RETURN_FALSE;
    RETURN_NULL();
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, fetchAll)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    (void)timeout;
    mysqlc_stmt_t *s = THIS_S();
    if (!s->st || !s->has_rows)
        RETURN_FALSE;
    if (!s->st->mysql) {
        set_error(&s->std, MYSQLC_E_GONE, "MySQL server has gone away (the statement's "
                                          "connection was closed before its rows were fetched)");
        free_rows(s);
        RETURN_FALSE;
    }
    zval row;
    array_init(return_value);
    while (fetch_row(s, &row) > 0)
        zend_hash_next_index_insert_new(Z_ARRVAL_P(return_value), &row);
    free_rows(s);
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, nextResult)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_stmt_t *s = THIS_S();
    mysqlc_t *c = client_of(s);
    if (!c || !stmt_enter(s, c, timeout))
        RETURN_FALSE;
    MYSQL_STMT *st = s->st;
    if (mysqlc_out_of_sync(c, &s->std, MYSQLC_SP_ERRNO, MYSQLC_SP_ERROR)) {
        mysqlc_leave(c, 0);
        RETURN_FALSE;
    }
    free_rows(s);
    if (!mysql_stmt_more_results(st)) {
        RETVAL_NULL();
    } else {
        int r = 0;
        MYSQLC_RUN(c, mysql_stmt_next_result_start(&r, st), mysql_stmt_next_result_cont(&r, st, ready_));
        if (r > 0 || c->abort_code) {
            sync_stmt_error(c, s);
            RETVAL_FALSE;
        } else if (r < 0) {
            RETVAL_NULL();
        } else {
            read_stmt_result(c, s, return_value);
        }
    }
    mysqlc_leave(c, mysql_stmt_errno(st));
}

/* The rest of a deferred execute(): its library call was left suspended once the request
 * was out; it goes on here. */
PHP_METHOD(Swoole_Coroutine_MySQL_Statement, recv)
{
    double timeout = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();

    mysqlc_stmt_t *s = THIS_S();
    mysqlc_t *c = client_of(s);
    if (!c || c->pend != MYSQLC_PEND_EXECUTE || Z_OBJ(c->pend_stmt) != &s->std) {
        set_error(&s->std, 2014, "recv(): no deferred execute() of this statement to receive "
                                 "(setDefer() on its client, then execute())");
        RETURN_FALSE;
    }
    if (!mysqlc_enter(c, &s->std, MYSQLC_SP_ERRNO, MYSQLC_SP_ERROR, timeout))
        RETURN_FALSE;
    MYSQL_STMT *st = s->st;
    int st_ = c->pend_status, r = c->pend_ret;
    c->pend = MYSQLC_PEND_NONE;
    zval_ptr_dtor(&c->pend_stmt);   /* $this keeps the statement alive meanwhile */
    ZVAL_UNDEF(&c->pend_stmt);
    while (st_) {
        int ready = mysqlc_wait(c, st_);
        st_ = mysql_stmt_execute_cont(&r, st, ready);
    }
    if (r || c->abort_code) {
        sync_stmt_error(c, s);
        RETVAL_FALSE;
    } else {
        read_stmt_result(c, s, return_value);
    }
    mysqlc_leave(c, mysql_stmt_errno(st));
}

PHP_METHOD(Swoole_Coroutine_MySQL_Statement, close)
{
    ZEND_PARSE_PARAMETERS_NONE();
    mysqlc_stmt_t *s = THIS_S();
    if (!s->st)
        RETURN_FALSE;
    stmt_release(s);
    RETURN_TRUE;
}
