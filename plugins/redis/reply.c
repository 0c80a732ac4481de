/* reply.c — a hiredis reply as the PHP value Swoole\Coroutine\Redis returns (Swoole
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

void redisc_reply_zval(redisc_t *c, redisReply *r, zval *out)
{
    switch (r->type) {
    case REDIS_REPLY_INTEGER:
        ZVAL_LONG(out, (zend_long)r->integer);
        break;
    case REDIS_REPLY_STRING:
        bulk(c, r->str, r->len, out);
        break;
    case REDIS_REPLY_STATUS:
        if (r->len == 0 || (r->len == 2 && r->str[0] == 'O' && r->str[1] == 'K'))
            ZVAL_TRUE(out);
        else
            ZVAL_LONG(out, status_type(r->str, r->len));
        break;
    case REDIS_REPLY_ERROR: {
        bool noauth = r->len >= 6 && memcmp(r->str, "NOAUTH", 6) == 0;
        redisc_set_err(c, noauth ? REDISC_ERR_NOAUTH : REDISC_ERR_OTHER,
                       noauth ? EACCES : EINVAL, r->str);
        ZVAL_FALSE(out);
        break;
    }
    case REDIS_REPLY_ARRAY:
        array_init_size(out, (uint32_t)r->elements);
        for (size_t i = 0; i < r->elements; i++) {
            zval v;
            redisc_reply_zval(c, r->element[i], &v);
            zend_hash_next_index_insert_new(Z_ARRVAL_P(out), &v);
        }
        break;
    case REDIS_REPLY_NIL:
    default:
        ZVAL_NULL(out);
        break;
    }
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
