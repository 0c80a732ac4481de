/* table.c — Swoole\Table (alias swoole_table): a hash table of typed rows in shared memory
 * (core/table.c), made by create() before the processes that share it are forked.
 *
 * What this file owns: the PHP object (its column names and scratch buffers, private to
 * the process), converting PHP values to and from the rows' byte images, and Swoole's
 * errors. Values are converted before a row is locked: a conversion may run user code
 * (__toString), which must never run while a lock is held. Such code may even use the
 * same table again: a call made during another's conversion gets buffers of its own.
 *
 * Swoole's rules kept here: keys longer than 63 bytes are cut to 63 (set() warns), a
 * string longer than its column is cut (warns), get() of a missing row or column is
 * false, incr()/decr() make a missing row, a full table makes set() warn and return
 * false. Using a table that was never created (or was destroyed) throws an Error where
 * Swoole ends the script with a fatal error. */
#include "php_swoole.h"
#include "table_arginfo.h"
#include "sw_error.h"
#include "sw_table.h"

#include <errno.h>

typedef struct {
    sw_table_t *t;           /* NULL before the constructor and after destroy() */
    const sw_table_column_t *colv;   /* its columns, once created (they stay put) */
    HashTable *cols;         /* column name → its index */
    zend_string **names;     /* by index, the keys of the rows' arrays */
    char *img;               /* one row image, for the call in progress */
    uint8_t *present;        /* which columns a set() writes */
    char *cur;               /* the iteration's current row */
    char cur_key[SW_TABLE_KEY_MAX];
    size_t cur_key_len;
    bool cur_valid, destroyed;
    bool numeric_names;      /* a column name is an integer string ("1"): see row_to_array */
    uint32_t converting;     /* conversions (user code) in progress */
    struct {                 /* set(): the column of the n-th key of the last arrays */
        zend_string *name;   /* interned (so never freed and reused meanwhile), or NULL */
        uint32_t index;
    } seen[8];
    sw_table_iter_t it;
    zend_object std;
} php_sw_table_t;

static zend_class_entry *table_ce;
static zend_object_handlers table_handlers;

static inline php_sw_table_t *table_of(zend_object *obj)
{
    return (php_sw_table_t *)((char *)obj - XtOffsetOf(php_sw_table_t, std));
}

static zend_object *table_create_object(zend_class_entry *ce)
{
    php_sw_table_t *o = php_sw_object_new(ce, sizeof *o, XtOffsetOf(php_sw_table_t, std),
                                          &table_handlers);

    memset(o, 0, XtOffsetOf(php_sw_table_t, std));
    return &o->std;
}

/* Everything but the object itself: by destroy() and at free. */
static void table_release(php_sw_table_t *o)
{
    uint32_t n = o->t ? sw_table_column_count(o->t) : 0;

    for (uint32_t i = 0; i < n && o->names; i++)
        zend_string_release(o->names[i]);
    if (o->names)
        efree(o->names);
    if (o->cols) {
        zend_hash_destroy(o->cols);
        FREE_HASHTABLE(o->cols);
    }
    if (o->img)
        efree(o->img);
    if (o->present)
        efree(o->present);
    if (o->cur)
        efree(o->cur);
    sw_table_free(o->t);   /* this process's mapping only */
    o->t = NULL;
    o->names = NULL;
    o->cols = NULL;
    o->img = o->cur = NULL;
    o->present = NULL;
    o->colv = NULL;
    o->cur_valid = false;
}

static void table_free_object(zend_object *obj)
{
    table_release(table_of(obj));
    zend_object_std_dtor(obj);
}

/* The object of $this with its table; NULL with an Error thrown if there is none. */
static php_sw_table_t *constructed(zend_execute_data *execute_data)
{
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));

    if (UNEXPECTED(!o->t)) {
        zend_throw_error(php_sw_error_ce, o->destroyed
                                              ? "table is not created or has been destroyed"
                                              : "must call constructor first");
        return NULL;
    }
    return o;
}

/* The same, and the table must have been created. */
static php_sw_table_t *ready(zend_execute_data *execute_data)
{
    php_sw_table_t *o = constructed(execute_data);

    if (o && UNEXPECTED(!sw_table_created(o->t))) {
        zend_throw_error(php_sw_error_ce, "table is not created or has been destroyed");
        return NULL;
    }
    return o;
}

/* The hash of the key as the table sees it: cut to 63 bytes. A PHP string caches its own
 * hash, so a key used twice is hashed once. */
static inline uint64_t key_hash(zend_string *key)
{
    if (EXPECTED(ZSTR_LEN(key) <= SW_TABLE_KEY_MAX))
        return ZSTR_HASH(key);
    return zend_hash_func(ZSTR_VAL(key), SW_TABLE_KEY_MAX);
}

/* A row buffer for this call: the object's, or a fresh one while a conversion runs (the
 * object's is then in use by the call that converts). */
static inline char *row_buffer(php_sw_table_t *o)
{
    return EXPECTED(!o->converting) ? o->img : emalloc(sw_table_row_size(o->t) + 8);
}

static inline void row_buffer_done(php_sw_table_t *o, char *buf)
{
    if (UNEXPECTED(buf != o->img))
        efree(buf);
}

static void column_to_zval(const sw_table_column_t *c, const char *src, zval *zv)
{
    switch (c->type) {
    case SW_TABLE_INT: {
        int64_t v;
        memcpy(&v, src, 8);
        ZVAL_LONG(zv, (zend_long)v);
        break;
    }
    case SW_TABLE_FLOAT: {
        double v;
        memcpy(&v, src, 8);
        ZVAL_DOUBLE(zv, v);
        break;
    }
    default: {
        uint32_t len;
        memcpy(&len, src, 4);
        ZVAL_STRINGL_FAST(zv, src + 4, len);
        break;
    }
    }
}

static void row_to_array(php_sw_table_t *o, const char *data, zval *rv)
{
    uint32_t n = sw_table_column_count(o->t);

    array_init_size(rv, n);
    zend_hash_real_init_mixed(Z_ARRVAL_P(rv));
    for (uint32_t i = 0; i < n; i++) {
        const sw_table_column_t *c = &o->colv[i];
        zval v;
        column_to_zval(c, data + c->offset, &v);
        /* PHP keys an array by the integer 1, never the string "1": appended as a string
         * such a key could not be read back ($row['1'] and $row[1] both miss it). */
        if (UNEXPECTED(o->numeric_names))
            zend_symtable_update(Z_ARRVAL_P(rv), o->names[i], &v);
        else
            _zend_hash_append(Z_ARRVAL_P(rv), o->names[i], &v);
    }
}

/* The column named `name`, or NULL. */
static inline const sw_table_column_t *find_column(php_sw_table_t *o, zend_string *name,
                                                   uint32_t *index)
{
    zval *zi = zend_hash_find(o->cols, name);

    if (!zi)
        return NULL;
    *index = (uint32_t)Z_LVAL_P(zi);
    return &o->colv[*index];
}

static void warn_long_key(zend_string *key)
{
    php_error_docref(NULL, E_WARNING, "key[%s] is too long", ZSTR_VAL(key));
}

/* ---- construction ----------------------------------------------------------------- */

ZEND_METHOD(Swoole_Table, __construct)
{
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));
    zend_long size;
    double conflict = SW_TABLE_MIN_CONFLICT;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(size)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(conflict)
    ZEND_PARSE_PARAMETERS_END();
    if (o->t || o->destroyed) {
        zend_throw_error(NULL, "Constructor of %s can only be called once",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    if (size < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    if (!(o->t = sw_table_new((uint64_t)size, conflict))) {
        zend_throw_exception(php_sw_exception_ce, "global memory allocation failure",
                             SW_ERROR_MALLOC_FAIL);
        RETURN_THROWS();
    }
    ALLOC_HASHTABLE(o->cols);
    zend_hash_init(o->cols, 8, NULL, NULL, 0);
}

ZEND_METHOD(Swoole_Table, column)
{
    zend_string *name;
    zend_long type, size = 0;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(name)
        Z_PARAM_LONG(type)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(size)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = constructed(execute_data)))
        RETURN_THROWS();
    if (type == SW_TABLE_STRING && size < 1) {
        php_error_docref(NULL, E_WARNING, "the length of string type values has to be more than zero");
        RETURN_FALSE;
    }
    if (sw_table_created(o->t)) {
        php_error_docref(NULL, E_WARNING, "unable to add column after table has been created");
        RETURN_FALSE;
    }
    if (type != SW_TABLE_INT && type != SW_TABLE_FLOAT && type != SW_TABLE_STRING) {
        php_error_docref(NULL, E_WARNING, "unknown column type");
        RETURN_FALSE;
    }
    if (sw_table_add_column(o->t, ZSTR_VAL(name), ZSTR_LEN(name), (sw_table_type_t)type,
                            (size_t)(size > 0 ? size : 0)) < 0) {
        php_error_docref(NULL, E_WARNING, "%s", sw_error_msg());
        RETURN_FALSE;
    }
    uint32_t n = sw_table_column_count(o->t);
    zval zi;
    ZVAL_LONG(&zi, n - 1);
    zend_hash_add_new(o->cols, name, &zi);
    o->names = erealloc(o->names, n * sizeof *o->names);
    o->names[n - 1] = zend_string_copy(name);
    zend_ulong idx;
    if (ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(name), ZSTR_LEN(name), idx))
        o->numeric_names = true;
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Table, create)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = constructed(execute_data)))
        RETURN_THROWS();
    if (sw_table_created(o->t)) {
        php_error_docref(NULL, E_WARNING, "the table has already been created");
        RETURN_FALSE;
    }
    if (sw_table_create(o->t) < 0) {
        zend_throw_error(php_sw_error_ce, "unable to allocate memory: %s", sw_error_msg());
        RETURN_THROWS();
    }
    size_t row = sw_table_row_size(o->t) + 8;
    uint32_t n = sw_table_column_count(o->t);
    o->img = emalloc(row);
    o->cur = emalloc(row);
    o->present = ecalloc(n + 1, 1);
    o->colv = sw_table_columns(o->t);
    zend_update_property_long(table_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("size"),
                              (zend_long)sw_table_size(o->t));
    zend_update_property_long(table_ce, Z_OBJ_P(ZEND_THIS), ZEND_STRL("memorySize"),
                              (zend_long)sw_table_memory_size(o->t));
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Table, destroy)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    if (o->converting) {
        zend_throw_error(php_sw_error_ce, "Cannot destroy %s during value conversion",
                         ZSTR_VAL(Z_OBJCE_P(ZEND_THIS)->name));
        RETURN_THROWS();
    }
    table_release(o);
    o->destroyed = true;
    RETURN_TRUE;
}

/* ---- rows ------------------------------------------------------------------------------- */

/* Converts the values of `ht` that name columns into the row image; false if a conversion
 * (or the user's handler of a warning it raised) threw. Keys that are not column names
 * are ignored, as Swoole does. */
static bool values_to_image(php_sw_table_t *o, HashTable *ht, zend_string *key, char *img,
                            uint8_t *present)
{
    zend_string *name;
    zval *zv;
    bool ok = true;
    uint32_t pos = 0;

    o->converting++;
    ZEND_HASH_FOREACH_STR_KEY_VAL_IND(ht, name, zv) {
        uint32_t i, slot = pos++ & 7;
        const sw_table_column_t *c;
        if (!name)
            continue;
        /* An array literal has the same interned keys in the same order call after call:
         * the lookup of the last call, by pointer, saves a hash lookup per column. */
        if (o->seen[slot].name == name) {
            i = o->seen[slot].index;
            c = &o->colv[i];
        } else {
            if (!(c = find_column(o, name, &i)))
                continue;
            if (ZSTR_IS_INTERNED(name)) {
                o->seen[slot].name = name;
                o->seen[slot].index = i;
            }
        }
        ZVAL_DEREF(zv);
        char *dst = img + c->offset;
        present[i] = 1;
        if (c->type == SW_TABLE_INT) {
            int64_t v = (int64_t)zval_get_long(zv);
            memcpy(dst, &v, 8);
        } else if (c->type == SW_TABLE_FLOAT) {
            double v = zval_get_double(zv);
            memcpy(dst, &v, 8);
        } else {
            zend_string *tmp;
            zend_string *s = zval_get_tmp_string(zv, &tmp);
            size_t len = ZSTR_LEN(s);
            bool cut = len > c->capacity;
            if (cut)
                len = c->capacity;
            uint32_t len32 = (uint32_t)len;
            memcpy(dst, &len32, 4);
            memcpy(dst + 4, ZSTR_VAL(s), len);
            zend_tmp_string_release(tmp);
            /* Warned only once the bytes are copied: the user's handler of the warning
             * may reassign the reference that holds the only copy of s, freeing it. */
            if (cut)
                php_error_docref(NULL, E_WARNING, "[key=%.*s,field=%s]string value is too long",
                                 (int)(ZSTR_LEN(key) > SW_TABLE_KEY_MAX ? SW_TABLE_KEY_MAX : ZSTR_LEN(key)),
                                 ZSTR_VAL(key), c->name);
        }
        if (UNEXPECTED(EG(exception))) {
            ok = false;
            break;
        }
    } ZEND_HASH_FOREACH_END();
    o->converting--;
    return ok;
}

ZEND_METHOD(Swoole_Table, set)
{
    zend_string *key;
    HashTable *ht;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(key)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    if (UNEXPECTED(ZSTR_LEN(key) > SW_TABLE_KEY_MAX)) {
        /* A warning runs the user's error handler: it must not destroy the table. */
        o->converting++;
        warn_long_key(key);
        o->converting--;
        if (UNEXPECTED(EG(exception)))
            RETURN_THROWS();
    }

    uint32_t n = sw_table_column_count(o->t);
    bool nested = o->converting > 0;
    char *img = nested ? emalloc(sw_table_row_size(o->t) + 8) : o->img;
    uint8_t *present = nested ? ecalloc(n + 1, 1) : o->present;
    if (!nested)
        memset(present, 0, n);
    bool ok = values_to_image(o, ht, key, img, present);
    /* The conversions ran user code: it may have destroyed the table. */
    if (ok && !o->t) {
        zend_throw_error(php_sw_error_ce, "table is not created or has been destroyed");
        ok = false;
    }
    int rc = ok ? sw_table_set(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key), img, present) : 0;
    if (nested) {
        efree(img);
        efree(present);
    }
    if (!ok)
        RETURN_THROWS();
    if (rc < 0) {
        php_error_docref(NULL, E_WARNING, "failed to set('%.*s'), unable to allocate memory",
                         (int)ZSTR_LEN(key), ZSTR_VAL(key));
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Table, get)
{
    zend_string *key, *field = NULL;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(key)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(field)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();

    char *buf = row_buffer(o);
    if (field) {
        uint32_t i;
        const sw_table_column_t *c = find_column(o, field, &i);
        if (!c || !sw_table_get_column(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key), i, buf))
            RETVAL_FALSE;
        else
            column_to_zval(c, buf, return_value);
    } else if (sw_table_get(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key), buf)) {
        row_to_array(o, buf, return_value);
    } else {
        RETVAL_FALSE;
    }
    row_buffer_done(o, buf);
}

ZEND_METHOD(Swoole_Table, exists)
{
    zend_string *key;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(key)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    RETURN_BOOL(sw_table_exists(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key)));
}

ZEND_METHOD(Swoole_Table, del)
{
    zend_string *key;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(key)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    RETURN_BOOL(sw_table_del(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key)));
}

static void table_add(INTERNAL_FUNCTION_PARAMETERS, bool negate)
{
    zend_string *key, *column;
    zval *by = NULL;
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(key)
        Z_PARAM_STR(column)
        Z_PARAM_OPTIONAL
        Z_PARAM_NUMBER(by)
    ZEND_PARSE_PARAMETERS_END();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    uint32_t i;
    const sw_table_column_t *c = find_column(o, column, &i);
    if (!c) {
        php_error_docref(NULL, E_WARNING, "column[%s] does not exist", ZSTR_VAL(column));
        RETURN_FALSE;
    }
    if (c->type == SW_TABLE_STRING) {
        php_error_docref(NULL, E_WARNING, "can't execute '%s' on a string type column",
                         negate ? "decr" : "incr");
        RETURN_FALSE;
    }
    /* A number: converting it runs no user code. */
    int64_t by_int = 1;
    double by_float = 1;
    if (by) {
        by_int = Z_TYPE_P(by) == IS_LONG ? Z_LVAL_P(by) : zend_dval_to_lval(Z_DVAL_P(by));
        by_float = Z_TYPE_P(by) == IS_LONG ? (double)Z_LVAL_P(by) : Z_DVAL_P(by);
    }
    if (negate) {
        by_int = (int64_t)(0 - (uint64_t)by_int);
        by_float = -by_float;
    }
    int64_t out_int = 0;
    double out_float = 0;
    if (sw_table_incr(o->t, ZSTR_VAL(key), ZSTR_LEN(key), key_hash(key), i, by_int, by_float,
                      &out_int, &out_float) < 0) {
        php_error_docref(NULL, E_WARNING, "unable to allocate memory");
        RETURN_FALSE;
    }
    if (c->type == SW_TABLE_INT)
        RETURN_LONG((zend_long)out_int);
    RETURN_DOUBLE(out_float);
}

ZEND_METHOD(Swoole_Table, incr) { table_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, false); }
ZEND_METHOD(Swoole_Table, decr) { table_add(INTERNAL_FUNCTION_PARAM_PASSTHRU, true); }

/* ---- sizes ------------------------------------------------------------------------------ */

ZEND_METHOD(Swoole_Table, count)
{
    zend_long mode = 0;
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(mode)
    ZEND_PARSE_PARAMETERS_END();
    if (!o->t)
        RETURN_LONG(0);
    zend_long n = (zend_long)sw_table_count(o->t);
    RETURN_LONG(mode == 1 ? n * (zend_long)sw_table_column_count(o->t) : n);  /* COUNT_RECURSIVE */
}

ZEND_METHOD(Swoole_Table, getSize)
{
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(o->t ? (zend_long)sw_table_size(o->t) : 0);
}

ZEND_METHOD(Swoole_Table, getMemorySize)
{
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));

    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(o->t && sw_table_created(o->t) ? (zend_long)sw_table_memory_size(o->t) : 0);
}

ZEND_METHOD(Swoole_Table, stats)
{
    php_sw_table_t *o = table_of(Z_OBJ_P(ZEND_THIS));
    sw_table_stats_t st;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!o->t || !sw_table_created(o->t))
        RETURN_FALSE;
    sw_table_stats(o->t, &st);
    array_init_size(return_value, 8);
    add_assoc_long(return_value, "num", (zend_long)st.num);
    add_assoc_long(return_value, "conflict_count", (zend_long)st.conflict_count);
    add_assoc_long(return_value, "conflict_max_level", (zend_long)st.conflict_max_level);
    add_assoc_long(return_value, "insert_count", (zend_long)st.insert_count);
    add_assoc_long(return_value, "update_count", (zend_long)st.update_count);
    add_assoc_long(return_value, "delete_count", (zend_long)st.delete_count);
    add_assoc_long(return_value, "available_slice_num", (zend_long)st.available_slice_num);
    add_assoc_long(return_value, "total_slice_num", (zend_long)st.total_slice_num);
}

/* ---- Iterator: a copy of each row, taken under its lock ------------------------------- */

static void iter_fetch(php_sw_table_t *o)
{
    o->cur_valid = sw_table_iter_next(o->t, &o->it, o->cur_key, &o->cur_key_len, o->cur);
}

ZEND_METHOD(Swoole_Table, rewind)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    sw_table_iter_reset(&o->it);
    iter_fetch(o);
}

ZEND_METHOD(Swoole_Table, next)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    if (o->cur_valid)
        iter_fetch(o);
}

ZEND_METHOD(Swoole_Table, valid)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    RETURN_BOOL(o->cur_valid);
}

ZEND_METHOD(Swoole_Table, current)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    if (!o->cur_valid)
        RETURN_NULL();
    row_to_array(o, o->cur, return_value);
}

ZEND_METHOD(Swoole_Table, key)
{
    php_sw_table_t *o;

    ZEND_PARSE_PARAMETERS_NONE();
    if (!(o = ready(execute_data)))
        RETURN_THROWS();
    if (!o->cur_valid)
        RETURN_NULL();
    RETURN_STRINGL(o->cur_key, o->cur_key_len);
}

void php_sw_table_minit(int module_number)
{
    (void)module_number;
    memcpy(&table_handlers, zend_get_std_object_handlers(), sizeof table_handlers);
    table_handlers.offset = XtOffsetOf(php_sw_table_t, std);
    table_handlers.free_obj = table_free_object;
    table_handlers.clone_obj = NULL;   /* a copy could not be the same table */

    table_ce = register_class_Swoole_Table(zend_ce_iterator, zend_ce_countable);
    table_ce->create_object = table_create_object;
    /* Untyped and null until create(), as in Swoole. */
    zend_declare_property_null(table_ce, ZEND_STRL("size"), ZEND_ACC_PUBLIC);
    zend_declare_property_null(table_ce, ZEND_STRL("memorySize"), ZEND_ACC_PUBLIC);
    php_sw_class_alias(table_ce, "swoole_table", false);
}
