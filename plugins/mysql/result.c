/* result.c — rows of the text protocol (query()) as PHP arrays. strict_type off: every value is a string (NULL stays null),
 * as the server sent it. On: integers and floats become PHP int / float by the field's
 * type; DECIMAL stays a string (no float could hold it), an unsigned BIGINT above
 * PHP_INT_MAX too; BIT becomes an int. */
#include <errno.h>
#include <stdlib.h>

#include "mysqlc.h"

static bool is_int_type(enum enum_field_types t)
{
    return t == MYSQL_TYPE_TINY || t == MYSQL_TYPE_SHORT || t == MYSQL_TYPE_INT24
           || t == MYSQL_TYPE_LONG || t == MYSQL_TYPE_LONGLONG || t == MYSQL_TYPE_YEAR;
}

static void text_value(zval *zv, const MYSQL_FIELD *f, const char *s, unsigned long len,
                       bool strict)
{
    if (!s) {
        ZVAL_NULL(zv);
        return;
    }
    if (strict && is_int_type(f->type) && len > 0 && len < 21) {
        char buf[24], *end;
        memcpy(buf, s, len);
        buf[len] = '\0';
        errno = 0;
        long long v = strtoll(buf, &end, 10);
        if (errno == 0 && *end == '\0') {
            ZVAL_LONG(zv, (zend_long)v);
            return;
        }
    } else if (strict && (f->type == MYSQL_TYPE_FLOAT || f->type == MYSQL_TYPE_DOUBLE)) {
        ZVAL_DOUBLE(zv, zend_strtod(s, NULL));
        return;
    } else if (strict && f->type == MYSQL_TYPE_BIT && len <= 8) {
        uint64_t v = 0;
        for (unsigned long i = 0; i < len; i++)
            v = (v << 8) | (unsigned char)s[i];
        if (v <= ZEND_LONG_MAX) {
            ZVAL_LONG(zv, (zend_long)v);
            return;
        }
    }
    ZVAL_STRINGL(zv, s, len);
}

void mysqlc_text_row(zval *row, MYSQL_RES *res, MYSQL_ROW r, bool strict)
{
    unsigned n = mysql_num_fields(res);
    MYSQL_FIELD *fields = mysql_fetch_fields(res);
    unsigned long *lens = mysql_fetch_lengths(res);

    array_init_size(row, n);
    for (unsigned i = 0; i < n; i++) {
        zval v;
        text_value(&v, &fields[i], r[i], lens[i], strict);
        zend_symtable_str_update(Z_ARRVAL_P(row), fields[i].name, fields[i].name_length, &v);
    }
}

void mysqlc_text_rows(zval *rows, MYSQL_RES *res, bool strict)
{
    MYSQL_ROW r;

    array_init_size(rows, (uint32_t)mysql_num_rows(res));
    while ((r = mysql_fetch_row(res))) {
        zval row;
        mysqlc_text_row(&row, res, r, strict);
        zend_hash_next_index_insert_new(Z_ARRVAL_P(rows), &row);
    }
}
