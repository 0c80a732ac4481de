/* args.c — the argument list of one command (redisc_args_t) as hiredis's
 * redisFormatCommandArgv wants it: pointers and lengths. Strings the caller holds for the
 * call are borrowed, not copied; only converted or serialized values are allocated (and
 * released by redisc_args_free). Up to REDISC_ARGS_INLINE arguments live on the stack, so
 * the common commands allocate nothing here. */
#include "redisc.h"

#include "ext/standard/php_var.h"
#include "zend_smart_str.h"
#include "zend_strtod.h"

void redisc_args_init(redisc_args_t *a, redisc_t *c)
{
    a->argc = 0;
    a->cap = REDISC_ARGS_INLINE;
    a->argv = a->iargv;
    a->lens = a->ilens;
    a->owned = a->iowned;
    a->nowned = 0;
    a->capowned = REDISC_ARGS_INLINE;
    a->nnums = 0;
    a->serialize = c->serialize;
}

void redisc_args_free(redisc_args_t *a)
{
    for (int i = 0; i < a->nowned; i++)
        zend_string_release(a->owned[i]);
    if (a->argv != a->iargv) {
        efree(a->argv);
        efree(a->lens);
    }
    if (a->owned != a->iowned)
        efree(a->owned);
}

void redisc_arg(redisc_args_t *a, const char *s, size_t len)
{
    if (a->argc == a->cap) {
        int cap = a->cap * 2;
        const char **argv = safe_emalloc((size_t)cap, sizeof *argv, 0);
        size_t *lens = safe_emalloc((size_t)cap, sizeof *lens, 0);
        memcpy(argv, a->argv, (size_t)a->argc * sizeof *argv);
        memcpy(lens, a->lens, (size_t)a->argc * sizeof *lens);
        if (a->argv != a->iargv) {
            efree(a->argv);
            efree(a->lens);
        }
        a->argv = argv;
        a->lens = lens;
        a->cap = cap;
    }
    a->argv[a->argc] = s;
    a->lens[a->argc] = len;
    a->argc++;
}

/* Keeps s until redisc_args_free and passes it as the next argument. */
static void arg_owned(redisc_args_t *a, zend_string *s)
{
    if (a->nowned == a->capowned) {
        int cap = a->capowned * 2;
        zend_string **o = safe_emalloc((size_t)cap, sizeof *o, 0);
        memcpy(o, a->owned, (size_t)a->nowned * sizeof *o);
        if (a->owned != a->iowned)
            efree(a->owned);
        a->owned = o;
        a->capowned = cap;
    }
    a->owned[a->nowned++] = s;
    redisc_arg(a, ZSTR_VAL(s), ZSTR_LEN(s));
}

/* Formats into one of the inline number buffers, or an owned string once they are used. */
static void arg_fmt(redisc_args_t *a, const char *buf, int n)
{
    if (a->nnums < REDISC_NUMS) {
        char *dst = a->nums[a->nnums++];
        memcpy(dst, buf, (size_t)n + 1);
        redisc_arg(a, dst, (size_t)n);
    } else {
        arg_owned(a, zend_string_init(buf, (size_t)n, 0));
    }
}

void redisc_arg_long(redisc_args_t *a, zend_long v)
{
    char buf[32];
    arg_fmt(a, buf, snprintf(buf, sizeof buf, ZEND_LONG_FMT, v));
}

void redisc_arg_double(redisc_args_t *a, double v)
{
    char buf[32];
    int n = 0;
    /* the shortest of %.15g .. %.17g that reads back as the same double (no allocation) */
    for (int prec = 15; prec <= 17; prec++) {
        n = snprintf(buf, sizeof buf, "%.*g", prec, v);
        if (prec == 17 || zend_strtod(buf, NULL) == v)
            break;
    }
    arg_fmt(a, buf, n);
}

void redisc_arg_zval(redisc_args_t *a, zval *v)
{
    ZVAL_DEREF(v);
    switch (Z_TYPE_P(v)) {
    case IS_STRING:
        redisc_arg(a, Z_STRVAL_P(v), Z_STRLEN_P(v));
        break;
    case IS_LONG:
        redisc_arg_long(a, Z_LVAL_P(v));
        break;
    case IS_DOUBLE:
        redisc_arg_double(a, Z_DVAL_P(v));
        break;
    default:
        arg_owned(a, zval_get_string(v));
        break;
    }
}

void redisc_arg_value(redisc_args_t *a, zval *v)
{
    if (!a->serialize) {
        redisc_arg_zval(a, v);
        return;
    }
    php_serialize_data_t var_hash;
    smart_str buf = {0};
    ZVAL_DEREF(v);
    PHP_VAR_SERIALIZE_INIT(var_hash);
    php_var_serialize(&buf, v, &var_hash);
    PHP_VAR_SERIALIZE_DESTROY(var_hash);
    /* a value that cannot be serialized threw: redisc_command sends nothing then */
    arg_owned(a, buf.s ? smart_str_extract(&buf) : ZSTR_EMPTY_ALLOC());
}

void redisc_arg_flat(redisc_args_t *a, zval *v)
{
    zval *e;
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) != IS_ARRAY) {
        redisc_arg_zval(a, v);
        return;
    }
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), e) {
        redisc_arg_zval(a, e);
    } ZEND_HASH_FOREACH_END();
}
