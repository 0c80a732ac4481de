/* stmt.c — Swoole\Coroutine\PostgreSQLStatement: the result of a query(), or a prepared
 * statement (prepare()) and the result of its last execute(). Fetching reads the result
 * libpq holds (no waiting, no coroutine needed; the result stays readable after its
 * connection is gone); execute() sends the parameters as text, except strings that text
 * cannot carry (a NUL byte, or bytes that are not UTF-8 on a UTF-8 connection), which go
 * in binary format: for bytea that is the bytes themselves.
 *
 * fetchRow/fetchAssoc/fetchArray/fetchObject($row): a row number reads that row (and the
 * next call without one reads the row after it); without one (or null) they read the
 * next row, false after the last, so `while ($r = $stmt->fetchAssoc())` walks the result.
 *
 * A statement of prepare($sql) is deallocated on the server when its object dies (queued:
 * the DEALLOCATE goes out before the connection's next command). prepare($name, $sql)'s
 * belong to the user, who runs them by name. */
#include <string.h>

#include "pgsqlc.h"
#include "main/snprintf.h"

zend_class_entry *pgsql_stmt_ce;
static zend_object_handlers pgsql_stmt_handlers;

#define THIS_S() pgsql_stmt_from(Z_OBJ_P(ZEND_THIS))

/* Parameters held on the stack up to this many; more are allocated. */
#define STACK_PARAMS 16

static zend_object *stmt_create_object(zend_class_entry *ce)
{
    pgsql_stmt_t *s = zend_object_alloc(sizeof(pgsql_stmt_t), ce);
    zend_object_std_init(&s->std, ce);
    object_properties_init(&s->std, ce);
    s->std.handlers = &pgsql_stmt_handlers;
    ZVAL_UNDEF(&s->client);
    return &s->std;
}

static void stmt_free(zend_object *o)
{
    pgsql_stmt_t *s = pgsql_stmt_from(o);

    if (s->name && !s->user_named && Z_TYPE(s->client) == IS_OBJECT) {
        pgsql_t *c = pgsql_from(Z_OBJ(s->client));
        if (c->conn && c->gen == s->gen)
            pgsql_dispose_name(c, s->name);
    }
    if (s->name)
        efree(s->name);
    s->name = NULL;
    PQclear(s->res);
    s->res = NULL;
    zval_ptr_dtor(&s->client);
    ZVAL_UNDEF(&s->client);
    zend_object_std_dtor(o);
}

/* The client reference is hidden from PHP: show it to the cycle collector. */
static HashTable *stmt_get_gc(zend_object *o, zval **table, int *n)
{
    pgsql_stmt_t *s = pgsql_stmt_from(o);
    *table = &s->client;
    *n = Z_TYPE(s->client) == IS_OBJECT ? 1 : 0;
    return zend_std_get_properties(o);
}

void pgsql_stmt_minit(zend_class_entry *ce)
{
    memcpy(&pgsql_stmt_handlers, &std_object_handlers, sizeof pgsql_stmt_handlers);
    pgsql_stmt_handlers.offset = XtOffsetOf(pgsql_stmt_t, std);
    pgsql_stmt_handlers.free_obj = stmt_free;
    pgsql_stmt_handlers.get_gc = stmt_get_gc;
    pgsql_stmt_handlers.clone_obj = NULL;
    pgsql_stmt_ce = ce;
    ce->create_object = stmt_create_object;
}

void pgsql_stmt_create(zval *ret, zval *zc, PGresult *res, const char *name, bool user_named)
{
    object_init_ex(ret, pgsql_stmt_ce);
    pgsql_stmt_t *s = pgsql_stmt_from(Z_OBJ_P(ret));
    pgsql_t *c = pgsql_from(Z_OBJ_P(zc));
    ZVAL_COPY(&s->client, zc);
    s->res = res;
    s->gen = c->gen;
    s->prepared = name != NULL;
    s->user_named = user_named;
    s->name = name ? estrdup(name) : NULL;
    if (res)
        sw_php_prop_long(&s->std, PGSQL_P_STATUS, (zend_long)PQresultStatus(res));
}

/* ---- parameters ----------------------------------------------------------------------------- */

/* Strict UTF-8 (no overlongs, surrogates or code points above U+10FFFF). */
static bool valid_utf8(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char b = p[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (b >= 0xc2 && b <= 0xdf) {
            need = 1;
            cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
            need = 2;
            cp = b & 0x0f;
        } else if (b >= 0xf0 && b <= 0xf4) {
            need = 3;
            cp = b & 0x07;
        } else {
            return false;
        }
        if (n - i <= need)
            return false;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = cp << 6 | (p[i + k] & 0x3f);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
            || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)))
            return false;
        i += need + 1;
    }
    return true;
}

typedef struct params {
    int n;
    const char **vals;
    int *lens, *fmts;
    char (*nums)[40];          /* text of ints, floats and bools */
    zend_string **tmps;        /* the strings sent (held), of strings and Stringables */
    const char *s_vals[STACK_PARAMS];
    int s_lens[STACK_PARAMS], s_fmts[STACK_PARAMS];
    char s_nums[STACK_PARAMS][40];
    zend_string *s_tmps[STACK_PARAMS];
} params_t;

static void params_free(params_t *p)
{
    for (int i = 0; i < p->n; i++)
        if (p->tmps[i])
            zend_string_release(p->tmps[i]);
    if (p->vals != p->s_vals) {
        efree(p->vals);
        efree(p->lens);
        efree(p->fmts);
        efree(p->nums);
        efree(p->tmps);
    }
}

/* false with a TypeError pending for a value no parameter can take */
static bool params_build(params_t *p, HashTable *ht, bool utf8, uint32_t arg_num)
{
    uint32_t n = ht ? zend_hash_num_elements(ht) : 0;
    zval *v;
    int i = 0;

    if (n > 65535) {
        zend_argument_value_error(arg_num, "must have at most 65535 elements (the protocol's limit)");
        p->n = 0;
        p->vals = p->s_vals;
        return false;
    }
    p->n = (int)n;
    if (n <= STACK_PARAMS) {
        p->vals = p->s_vals;
        p->lens = p->s_lens;
        p->fmts = p->s_fmts;
        p->nums = p->s_nums;
        p->tmps = p->s_tmps;
    } else {
        p->vals = safe_emalloc(n, sizeof *p->vals, 0);
        p->lens = safe_emalloc(n, sizeof *p->lens, 0);
        p->fmts = safe_emalloc(n, sizeof *p->fmts, 0);
        p->nums = safe_emalloc(n, sizeof *p->nums, 0);
        p->tmps = safe_emalloc(n, sizeof *p->tmps, 0);
    }
    if (!n)
        return true;
    memset(p->tmps, 0, n * sizeof *p->tmps);
    ZEND_HASH_FOREACH_VAL(ht, v) {
        ZVAL_DEREF(v);
        p->fmts[i] = 0;
        p->lens[i] = 0;
        switch (Z_TYPE_P(v)) {
        case IS_NULL:
            p->vals[i] = NULL;
            break;
        case IS_FALSE:
        case IS_TRUE:
            /* "1"/"0": valid input for boolean, integer and text alike */
            p->vals[i] = Z_TYPE_P(v) == IS_TRUE ? "1" : "0";
            break;
        case IS_LONG: {
            char *end = p->nums[i] + sizeof p->nums[i] - 1;
            *end = '\0';
            p->vals[i] = zend_print_long_to_buf(end, Z_LVAL_P(v));
            break;
        }
        case IS_DOUBLE: {
            double d = Z_DVAL_P(v);
            if (zend_isnan(d))
                p->vals[i] = "NaN";
            else if (zend_isinf(d))
                p->vals[i] = d > 0 ? "Infinity" : "-Infinity";
            else {
                /* the shortest text that reads back as the same double (serialize_precision
                 * -1), with PHP's own %H; called through a pointer because the compiler's
                 * printf format check does not know %H */
                int (*php_fmt)(char *, size_t, const char *, ...) = ap_php_slprintf;
                /* More than 17 significant digits tell no double from another, and would
                 * not fit the buffer: cut there, 1e300 became "1.0000…" without its
                 * exponent (a serialize_precision of 100 sent 1). */
                int prec = (int)PG(serialize_precision) > 17 ? 17 : (int)PG(serialize_precision);
                php_fmt(p->nums[i], sizeof p->nums[i], "%.*H", prec, d);
                p->vals[i] = p->nums[i];
            }
            break;
        }
        case IS_STRING:
            /* held: a later value's __toString() may reassign the reference this one
             * came from and free the string before it is sent */
            p->tmps[i] = zend_string_copy(Z_STR_P(v));
            p->vals[i] = ZSTR_VAL(p->tmps[i]);
            break;
        case IS_OBJECT:
            if (Z_OBJCE_P(v)->__tostring && (p->tmps[i] = zval_try_get_string(v)) != NULL) {
                p->vals[i] = ZSTR_VAL(p->tmps[i]);
                break;
            }
            if (EG(exception))
                return false;
            ZEND_FALLTHROUGH;
        default:
            zend_argument_type_error(arg_num, "must contain only null, bool, int, float, string "
                                     "or Stringable values, %s given at position %d",
                                     zend_zval_type_name(v), i);
            p->n = i;
            return false;
        }
        if (p->tmps[i]) {
            /* its own length: __toString() may have changed what v holds */
            const char *s = p->vals[i];
            size_t len = ZSTR_LEN(p->tmps[i]);
            if (len > INT_MAX) {
                zend_argument_value_error(arg_num, "holds a value longer than 2 GiB");
                p->n = i + 1;
                return false;
            }
            p->lens[i] = (int)len;
            if (memchr(s, '\0', len) || (utf8 && !valid_utf8((const unsigned char *)s, len)))
                p->fmts[i] = 1;   /* binary: the bytes as they are */
        }
        i++;
    } ZEND_HASH_FOREACH_END();
    return true;
}

bool pgsql_send_prepared(pgsql_t *c, zend_object *stmt_obj, const char *name, HashTable *params,
                         uint32_t arg_num)
{
    static int utf8_id = -2;
    params_t p;

    if (utf8_id == -2)
        utf8_id = pg_char_to_encoding("UTF8");
    bool utf8 = PQclientEncoding(c->conn) == utf8_id;

    if (!params_build(&p, params, utf8, arg_num)) {
        params_free(&p);
        pgsql_leave(c);
        return false;
    }
    int ok = PQsendQueryPrepared(c->conn, name, p.n, p.vals, p.lens, p.fmts, 0);
    params_free(&p);
    if (!ok) {
        c->broken = PQstatus(c->conn) == CONNECTION_BAD;
        pgsql_report_error(c, stmt_obj, c->broken ? PGSQL_E_LOST : PGSQL_E_INVALID,
                           PQerrorMessage(c->conn));
        pgsql_leave(c);
        return false;
    }
    return true;
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, __construct)
{
    ZEND_PARSE_PARAMETERS_NONE();
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, execute)
{
    HashTable *params = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(params)
    ZEND_PARSE_PARAMETERS_END();

    pgsql_stmt_t *s = THIS_S();
    zend_object *so = Z_OBJ_P(ZEND_THIS);
    if (Z_TYPE(s->client) != IS_OBJECT)
        RETURN_FALSE;
    pgsql_t *c = pgsql_from(Z_OBJ(s->client));
    if (!s->prepared) {
        pgsql_report_error(c, so, PGSQL_E_INVALID,
                           "this statement holds the result of a query: only statements of "
                           "prepare() can be executed");
        RETURN_FALSE;
    }
    if (!pgsql_enter(c, so)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    if (c->gen != s->gen) {
        pgsql_report_error(c, so, PGSQL_E_NOT_CONNECTED,
                           "the statement was prepared on a connection that was closed since");
        pgsql_leave(c);
        RETURN_FALSE;
    }
    if (!pgsql_send_prepared(c, so, s->name, params, 1)) {
        if (EG(exception))
            RETURN_THROWS();
        RETURN_FALSE;
    }
    PGresult *r = pgsql_run(c);
    if (!r) {
        pgsql_report_no_result(c, so);
        RETVAL_FALSE;
    } else if (!pgsql_status_ok(PQresultStatus(r))) {
        pgsql_report_result_error(c, so, r);
        PQclear(r);
        RETVAL_FALSE;
    } else {
        pgsql_report_ok(c, so, PQresultStatus(r));
        PQclear(s->res);
        s->res = r;
        s->row = 0;
        RETVAL_TRUE;
    }
    pgsql_leave(c);
}

/* ---- fetching -------------------------------------------------------------------------------- */

static bool check_type(zend_long type, uint32_t arg)
{
    if (type >= PGSQL_ASSOC && type <= PGSQL_BOTH)
        return true;
    zend_argument_value_error(arg, "must be SW_PGSQL_ASSOC, SW_PGSQL_NUM or SW_PGSQL_BOTH");
    return false;
}

void pgsql_stmt_fetch_all(pgsql_stmt_t *s, zend_long type, zval *return_value)
{
    if (!check_type(type, 1))
        RETURN_THROWS();
    if (!s->res)
        RETURN_FALSE;
    int n = PQntuples(s->res);
    pgsql_keys_t ks;
    pgsql_keys_init(&ks, s->res);
    array_init_size(return_value, (uint32_t)n);
    if (n) {
        zend_hash_real_init_packed(Z_ARRVAL_P(return_value));
        ZEND_HASH_FILL_PACKED(Z_ARRVAL_P(return_value)) {
            for (int i = 0; i < n; i++) {
                zval row;
                pgsql_row(&row, s->res, i, (int)type, &ks);
                ZEND_HASH_FILL_ADD(&row);
            }
        } ZEND_HASH_FILL_END();
    }
    pgsql_keys_free(&ks);
}

/* The row as an object of ce: properties set first (through the class's handlers, so
 * typed and magic properties behave), then the constructor with ctor_params. */
static void to_object(zval *return_value, zend_class_entry *ce, HashTable *ctor_params)
{
    zval data;
    ZVAL_COPY_VALUE(&data, return_value);
    if (object_init_ex(return_value, ce) != SUCCESS) {
        zval_ptr_dtor(&data);
        RETURN_THROWS();
    }
    if (!ce->default_properties_count && !ce->__set) {
        Z_OBJ_P(return_value)->properties = Z_ARR(data);
    } else {
        zend_merge_properties(return_value, Z_ARRVAL(data));
        zval_ptr_dtor(&data);
    }
    if (EG(exception))
        return;
    zend_object *obj = Z_OBJ_P(return_value);
    if (ce->constructor) {
        zend_call_known_function(ce->constructor, obj, ce, NULL, 0, NULL, ctor_params);
    } else if (ctor_params && zend_hash_num_elements(ctor_params)) {
        zend_argument_value_error(3, "must be empty when the specified class (%s) does not "
                                  "have a constructor", ZSTR_VAL(ce->name));
    }
}

void pgsql_stmt_fetch(pgsql_stmt_t *s, zend_object *obj, bool row_null, zend_long row,
                      zend_long type, zend_class_entry *obj_ce, HashTable *ctor_params,
                      zval *return_value)
{
    (void)obj;
    if (!check_type(type, 2))
        RETURN_THROWS();
    if (!row_null && row < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (!s->res)
        RETURN_FALSE;
    int n = PQntuples(s->res);
    if (!row_null) {
        if (row >= n)
            RETURN_FALSE;
        s->row = (int)row + 1;
    } else {
        if (s->row >= n)
            RETURN_FALSE;
        row = s->row++;
    }
    pgsql_keys_t ks;
    pgsql_keys_init(&ks, s->res);
    pgsql_row(return_value, s->res, (int)row, (int)type, &ks);
    pgsql_keys_free(&ks);
    if (obj_ce)
        to_object(return_value, obj_ce, ctor_params);
}

void pgsql_stmt_counts(pgsql_stmt_t *s, int which, zval *return_value)
{
    if (!s->res)
        RETURN_FALSE;
    switch (which) {
    case PGSQL_COUNT_AFFECTED:
        RETURN_LONG(ZEND_STRTOL(PQcmdTuples(s->res), NULL, 10));
    case PGSQL_COUNT_ROWS:
        RETURN_LONG(PQntuples(s->res));
    default:
        RETURN_LONG(PQnfields(s->res));
    }
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchAll)
{
    zend_long type = PGSQL_ASSOC;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    pgsql_stmt_fetch_all(THIS_S(), type, return_value);
}

static void fetch(INTERNAL_FUNCTION_PARAMETERS, zend_long type)
{
    zend_long row = 0;
    bool row_null = true;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(row, row_null)
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    pgsql_stmt_fetch(THIS_S(), Z_OBJ_P(ZEND_THIS), row_null, row, type, NULL, NULL, return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchAssoc)
{
    fetch(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_ASSOC);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchArray)
{
    fetch(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_BOTH);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchRow)
{
    fetch(INTERNAL_FUNCTION_PARAM_PASSTHRU, PGSQL_NUM);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fetchObject)
{
    zend_long row = 0;
    bool row_null = true;
    zend_string *cls = NULL;
    HashTable *ctor = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(row, row_null)
        Z_PARAM_STR_OR_NULL(cls)
        Z_PARAM_ARRAY_HT(ctor)
    ZEND_PARSE_PARAMETERS_END();
    zend_class_entry *ce = zend_standard_class_def;
    if (cls && !(ce = zend_lookup_class(cls))) {
        if (!EG(exception))
            zend_argument_value_error(2, "must be a valid class name, %s given", ZSTR_VAL(cls));
        RETURN_THROWS();
    }
    pgsql_stmt_fetch(THIS_S(), Z_OBJ_P(ZEND_THIS), row_null, row, PGSQL_ASSOC, ce, ctor,
                     return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, affectedRows)
{
    ZEND_PARSE_PARAMETERS_NONE();
    pgsql_stmt_counts(THIS_S(), PGSQL_COUNT_AFFECTED, return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, numRows)
{
    ZEND_PARSE_PARAMETERS_NONE();
    pgsql_stmt_counts(THIS_S(), PGSQL_COUNT_ROWS, return_value);
}

PHP_METHOD(Swoole_Coroutine_PostgreSQLStatement, fieldCount)
{
    ZEND_PARSE_PARAMETERS_NONE();
    pgsql_stmt_counts(THIS_S(), PGSQL_COUNT_FIELDS, return_value);
}
