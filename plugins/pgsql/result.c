/* result.c — what the PHP side sees of libpq's results: the properties both classes carry
 * (error, errCode, resultStatus, resultDiag, notices), rows as PHP arrays, and values
 * typed as pdo_pgsql and Swoole type them: bool, int2/int4/int8/oid → int, float4/float8
 * → float (Infinity, -Infinity, NaN too), bytea → its bytes, NULL → null, every other type
 * the server's text (numeric stays a string: no float holds it).
 *
 * Column names become array keys once per fetch call, as interned strings (the same
 * names come back query after query: no allocation once they are known); duplicate
 * "?column?" names get a number, as Swoole's fetchAll does ("?column?1"). */
#include <math.h>
#include <string.h>

#include "pgsqlc.h"

/* Type OIDs of pg_type (fixed since PostgreSQL 7; libpq-dev has no catalog header). */
enum {
    BOOLOID = 16, BYTEAOID = 17, INT8OID = 20, INT2OID = 21, INT4OID = 23, OIDOID = 26,
    FLOAT4OID = 700, FLOAT8OID = 701,
};

bool pgsql_status_ok(ExecStatusType st)
{
    return st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_SINGLE_TUPLE;
}

static void set_ok(zend_object *o, ExecStatusType st)
{
    sw_php_prop_null(o, PGSQL_P_ERROR);
    sw_php_prop_long(o, PGSQL_P_ERRCODE, 0);
    sw_php_prop_long(o, PGSQL_P_STATUS, (zend_long)st);
    sw_php_prop_null(o, PGSQL_P_DIAG);
}

void pgsql_report_ok(pgsql_t *c, zend_object *stmt_obj, ExecStatusType st)
{
    set_ok(&c->std, st);
    if (stmt_obj)
        set_ok(stmt_obj, st);
}

static void set_error(zend_object *o, int code, const char *msg)
{
    sw_php_prop_str(o, PGSQL_P_ERROR, msg);
    sw_php_prop_long(o, PGSQL_P_ERRCODE, code);
    sw_php_prop_null(o, PGSQL_P_DIAG);
}

void pgsql_report_error(pgsql_t *c, zend_object *stmt_obj, int code, const char *msg)
{
    set_error(&c->std, code, msg);
    if (stmt_obj)
        set_error(stmt_obj, code, msg);
}

void pgsql_report_no_result(pgsql_t *c, zend_object *stmt_obj)
{
    int code = PGSQL_E_LOST;
    const char *msg;

    if (c->abort_code == PGSQL_E_TIMEDOUT) {
        code = c->abort_code;
        msg = "Connection timed out (the call took longer than its timeout); the "
              "connection was closed";
    } else if (c->abort_code == PGSQL_E_CANCELED) {
        code = c->abort_code;
        msg = "Operation canceled (the coroutine was canceled while it waited for the "
              "server); the connection was closed";
    } else if (c->own_error) {
        code = PGSQL_E_INVALID;
        msg = c->own_error;
    } else {
        msg = c->conn ? PQerrorMessage(c->conn) : "";
        if (!*msg)
            msg = "the connection to the server was lost";
    }
    pgsql_report_error(c, stmt_obj, code, msg);
}

/* resultDiag: the error's fields under Swoole's names (its "content" is the context). */
static void diag(zval *out, const PGresult *r)
{
    static const struct {
        int code;
        const char *name;
    } fields[] = {
        {PG_DIAG_SEVERITY, "severity"},
        {PG_DIAG_SQLSTATE, "sqlstate"},
        {PG_DIAG_MESSAGE_PRIMARY, "message_primary"},
        {PG_DIAG_MESSAGE_DETAIL, "message_detail"},
        {PG_DIAG_MESSAGE_HINT, "message_hint"},
        {PG_DIAG_STATEMENT_POSITION, "statement_position"},
        {PG_DIAG_INTERNAL_POSITION, "internal_position"},
        {PG_DIAG_INTERNAL_QUERY, "internal_query"},
        {PG_DIAG_CONTEXT, "content"},
        {PG_DIAG_SCHEMA_NAME, "schema_name"},
        {PG_DIAG_TABLE_NAME, "table_name"},
        {PG_DIAG_COLUMN_NAME, "column_name"},
        {PG_DIAG_DATATYPE_NAME, "datatype_name"},
        {PG_DIAG_CONSTRAINT_NAME, "constraint_name"},
        {PG_DIAG_SOURCE_FILE, "source_file"},
        {PG_DIAG_SOURCE_LINE, "source_line"},
        {PG_DIAG_SOURCE_FUNCTION, "source_function"},
    };
    array_init_size(out, sizeof fields / sizeof fields[0]);
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        const char *v = PQresultErrorField(r, fields[i].code);
        if (v)
            add_assoc_string(out, fields[i].name, v);
        else
            add_assoc_null(out, fields[i].name);
    }
}

static void set_result_error(zend_object *o, const PGresult *r, const char *msg)
{
    zval d;
    ExecStatusType st = PQresultStatus(r);

    sw_php_prop_str(o, PGSQL_P_ERROR, msg);
    /* PGRES_EMPTY_QUERY is 0: an error must not look like success */
    sw_php_prop_long(o, PGSQL_P_ERRCODE, st == PGRES_EMPTY_QUERY ? PGSQL_E_INVALID : (zend_long)st);
    sw_php_prop_long(o, PGSQL_P_STATUS, (zend_long)st);
    diag(&d, r);
    sw_php_prop_set(o, PGSQL_P_DIAG, &d);
}

void pgsql_report_result_error(pgsql_t *c, zend_object *stmt_obj, const PGresult *r)
{
    const char *msg = PQresultErrorMessage(r);

    if (!*msg)
        msg = PQresultStatus(r) == PGRES_EMPTY_QUERY ? "empty query" : PQresStatus(PQresultStatus(r));
    set_result_error(&c->std, r, msg);
    if (stmt_obj)
        set_result_error(stmt_obj, r, msg);
}

/* ---- values ----------------------------------------------------------------------------- */

static int hexval(unsigned char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    ch |= 0x20;
    return ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
}

/* bytea in the hex format ("\x0102"), decoded straight into the PHP string; the old
 * escape format through libpq. */
static void bytea_value(zval *zv, const char *s, size_t len)
{
    if (len >= 2 && s[0] == '\\' && s[1] == 'x' && (len & 1) == 0) {
        size_t n = (len - 2) / 2;
        zend_string *out = zend_string_alloc(n, 0);
        unsigned char *d = (unsigned char *)ZSTR_VAL(out);
        for (size_t i = 0; i < n; i++) {
            int hi = hexval((unsigned char)s[2 + 2 * i]), lo = hexval((unsigned char)s[3 + 2 * i]);
            if (hi < 0 || lo < 0) {
                zend_string_efree(out);
                goto library;
            }
            d[i] = (unsigned char)(hi << 4 | lo);
        }
        d[n] = '\0';
        ZVAL_NEW_STR(zv, out);
        return;
    }
library:;
    size_t n = 0;
    unsigned char *raw = PQunescapeBytea((const unsigned char *)s, &n);
    if (!raw) {
        ZVAL_NULL(zv);
        return;
    }
    ZVAL_STRINGL_FAST(zv, (const char *)raw, n);
    PQfreemem(raw);
}

static void value(zval *zv, const PGresult *r, int row, int col, Oid type)
{
    const char *s = PQgetvalue(r, row, col);
    size_t len = (size_t)PQgetlength(r, row, col);

    /* libpq gives NULL as "" of length 0: only then ask */
    if (len == 0 && PQgetisnull(r, row, col)) {
        ZVAL_NULL(zv);
        return;
    }
    switch (type) {
    case BOOLOID:
        ZVAL_BOOL(zv, s[0] == 't');
        return;
    case INT2OID:
    case INT4OID:
    case INT8OID:
    case OIDOID:
        ZVAL_LONG(zv, (zend_long)ZEND_STRTOL(s, NULL, 10));
        return;
    case FLOAT4OID:
    case FLOAT8OID:
        /* the server's words for what strtod does not read; numbers never start so */
        if (s[0] == 'I' && strcmp(s, "Infinity") == 0)
            ZVAL_DOUBLE(zv, INFINITY);
        else if (s[0] == '-' && s[1] == 'I' && strcmp(s, "-Infinity") == 0)
            ZVAL_DOUBLE(zv, -INFINITY);
        else if (s[0] == 'N' && strcmp(s, "NaN") == 0)
            ZVAL_DOUBLE(zv, NAN);
        else
            ZVAL_DOUBLE(zv, zend_strtod(s, NULL));
        return;
    case BYTEAOID:
        bytea_value(zv, s, len);
        return;
    default:
        ZVAL_STRINGL_FAST(zv, s, len);
    }
}

void pgsql_keys_init(pgsql_keys_t *ks, const PGresult *r)
{
    int n = PQnfields(r), unknown = 0;

    ks->n = n;
    if (n <= (int)(sizeof ks->small / sizeof ks->small[0])) {
        ks->k = ks->small;
        ks->t = ks->small_t;
    } else {
        ks->k = safe_emalloc((size_t)n, sizeof *ks->k, 0);
        ks->t = safe_emalloc((size_t)n, sizeof *ks->t, 0);
    }
    for (int i = 0; i < n; i++) {
        ks->t[i] = PQftype(r, i);
        const char *name = PQfname(r, i);
        char buf[32];
        if (strcmp(name, "?column?") == 0 && unknown++ > 0) {
            snprintf(buf, sizeof buf, "?column?%d", unknown - 1);
            name = buf;
        }
        /* may be a plain (not interned) string under opcache: we hold one reference */
        ks->k[i] = zend_string_init_interned(name, strlen(name), 0);
    }
}

void pgsql_keys_free(pgsql_keys_t *ks)
{
    for (int i = 0; i < ks->n; i++)
        zend_string_release(ks->k[i]);
    if (ks->k != ks->small) {
        efree(ks->k);
        efree(ks->t);
    }
    ks->k = NULL;
    ks->n = 0;
}

void pgsql_row(zval *out, const PGresult *r, int row, int type, const pgsql_keys_t *ks)
{
    int n = ks->n;

    if (type == PGSQL_NUM) {
        array_init_size(out, (uint32_t)n);
        zend_hash_real_init_packed(Z_ARRVAL_P(out));
        ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(out)) {
            for (int i = 0; i < n; i++) {
                zval v;
                value(&v, r, row, i, ks->t[i]);
                ZEND_HASH_FILL_ADD(&v);
            }
        } ZEND_HASH_FILL_END();
        return;
    }
    array_init_size(out, (uint32_t)(type == PGSQL_BOTH ? 2 * n : n));
    zend_hash_real_init_mixed(Z_ARRVAL_P(out));
    for (int i = 0; i < n; i++) {
        zval v;
        value(&v, r, row, i, ks->t[i]);
        if (type == PGSQL_BOTH) {
            Z_TRY_ADDREF(v);
            zend_hash_index_update(Z_ARRVAL_P(out), (zend_ulong)i, &v);
        }
        zend_symtable_update(Z_ARRVAL_P(out), ks->k[i], &v);
    }
}

/* libpq's notice processor (set at connect): the text, without its newline, appended to
 * the client's `notices`. Runs inside libpq's input processing, in the coroutine that
 * waits on the connection. */
void pgsql_notice(void *arg, const char *message)
{
    pgsql_t *c = arg;
    size_t len = strlen(message);

    while (len > 0 && (message[len - 1] == '\n' || message[len - 1] == '\r'))
        len--;
    zval *p = OBJ_PROP_NUM(&c->std, PGSQL_P_NOTICES);
    ZVAL_DEREF(p);
    if (Z_TYPE_P(p) != IS_ARRAY) {
        zval arr;
        array_init(&arr);
        sw_php_prop_set(&c->std, PGSQL_P_NOTICES, &arr);
        p = OBJ_PROP_NUM(&c->std, PGSQL_P_NOTICES);
        ZVAL_DEREF(p);
    }
    SEPARATE_ARRAY(p);
    add_next_index_stringl(p, message, len);
}
