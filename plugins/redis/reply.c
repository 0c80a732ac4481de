/* reply.c — a reply, as hiredis's reader parses it, built straight into the PHP value Swoole\Coroutine\Redis returns (Swoole
 * 4.x/5.x's mapping, read from its sources): integer -> int, bulk -> string (unserialized
 * when the serialize option is on; kept as is if it does not unserialize), nil -> null,
 * array -> list, status "OK" (or empty) -> true, the statuses TYPE answers -> the
 * SWOOLE_REDIS_TYPE_* number, any other status (PONG, QUEUED, ...) ->
 * SWOOLE_REDIS_TYPE_NOT_FOUND (0), error -> false with errType/errCode/errMsg set (also
 * for an error inside an array, e.g. one command of an EXEC). Plus the compatibility_mode
 * reshaping of flat [key, value, ...] lists into associative arrays. */
#include <errno.h>

#include "redisc.h"

#include "ext/standard/php_var.h"

static zend_long status_type(const char *s, size_t len)
{
    static const struct {
        const char *name;
        size_t len;
        zend_long type;
    } types[] = {
        {"string", 6, 1}, {"set", 3, 2}, {"list", 4, 3}, {"zset", 4, 4}, {"hash", 4, 5},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (len == types[i].len && memcmp(s, types[i].name, len) == 0)
            return types[i].type;
    return 0;
}

static void bulk(redisc_t *c, const char *s, size_t len, zval *out)
{
    if (c->serialize && len > 0) {
        /* into a temporary of the unserializer, as unserialize() does: what a failed
         * attempt built half way is freed with it */
        php_unserialize_data_t var_hash;
        const unsigned char *p = (const unsigned char *)s;
        PHP_VAR_UNSERIALIZE_INIT(var_hash);
        zval *tmp = var_tmp_var(&var_hash);
        bool ok = php_var_unserialize(tmp, &p, p + len, &var_hash);
        if (ok)
            ZVAL_COPY(out, tmp);
        PHP_VAR_UNSERIALIZE_DESTROY(var_hash);
        if (ok)
            return;
    }
    ZVAL_STRINGL_FAST(out, s, len);
}

/* Where a new value goes: the reply itself, or the next element of the array it is in.
 * An array was sized for its elements when it was made, and elements of an inner array
 * go into that array, never into the outer one while the inner is being filled: a
 * pointer hiredis keeps to an array under construction never moves. */
static zval *slot(const redisReadTask *t)
{
    redisc_t *c = t->privdata;
    if (!t->parent)
        return &c->reply;
    zval null;
    ZVAL_NULL(&null);
    return zend_hash_next_index_insert_new(Z_ARRVAL_P((zval *)t->parent->obj), &null);
}

static void *mk_string(const redisReadTask *t, char *s, size_t len)
{
    redisc_t *c = t->privdata;
    zval *v = slot(t);

    switch (t->type) {
    case REDIS_REPLY_ERROR: {
        bool noauth = len >= 6 && memcmp(s, "NOAUTH", 6) == 0;
        /* s is the reader's buffer: not NUL-terminated at len */
        redisc_set_err_len(c, noauth ? REDISC_ERR_NOAUTH : REDISC_ERR_OTHER,
                           noauth ? EACCES : EINVAL, s, len);
        ZVAL_FALSE(v);
        break;
    }
    case REDIS_REPLY_STATUS:
        if (len == 0 || (len == 2 && s[0] == 'O' && s[1] == 'K'))
            ZVAL_TRUE(v);
        else
            ZVAL_LONG(v, status_type(s, len));
        break;
    default:
        bulk(c, s, len, v);
        break;
    }
    return v;
}

static void *mk_array(const redisReadTask *t, int n)
{
    zval *v = slot(t);
    /* the size is the peer's word: trust it only so far (the array grows past it) */
    array_init_size(v, (uint32_t)(n < 0 ? 0 : n > 4096 ? 4096 : n));
    return v;
}

static void *mk_integer(const redisReadTask *t, long long n)
{
    zval *v = slot(t);
    ZVAL_LONG(v, (zend_long)n);
    return v;
}

static void *mk_nil(const redisReadTask *t)
{
    zval *v = slot(t);
    ZVAL_NULL(v);
    return v;
}

/* hiredis drops a reply it could not finish (a protocol error, the reader freed): only
 * ever the outermost value, c->reply, which owns the rest */
static void drop(void *obj)
{
    zval *v = obj;
    zval_ptr_dtor(v);
    ZVAL_UNDEF(v);
}

static redisReplyObjectFunctions fns = {
    .createString = mk_string,
    .createArray = mk_array,
    .createInteger = mk_integer,
    .createNil = mk_nil,
    .freeObject = drop,
};

redisReader *redisc_reader_new(redisc_t *c)
{
    redisReader *r = redisReaderCreateWithFunctions(&fns);
    if (r)
        r->privdata = c;
    return r;
}

void redisc_assoc(zval *rv, bool to_double)
{
    zval ret, *key = NULL, *v;

    if (Z_TYPE_P(rv) != IS_ARRAY)
        return;
    array_init_size(&ret, zend_hash_num_elements(Z_ARRVAL_P(rv)) / 2);
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rv), v) {
        if (!key) {
            key = v;
            continue;
        }
        zval val;
        if (to_double)
            ZVAL_DOUBLE(&val, zval_get_double(v));
        else
            ZVAL_COPY(&val, v);
        zend_string *k = zval_get_string(key);
        zend_symtable_update(Z_ARRVAL(ret), k, &val);
        zend_string_release(k);
        key = NULL;
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(rv);
    ZVAL_COPY_VALUE(rv, &ret);
}
