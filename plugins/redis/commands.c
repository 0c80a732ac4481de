/* commands.c — the command methods of Swoole\Coroutine\Redis. Most are one line: the
 * command's name, a spec of its PHP arguments and how each becomes a Redis argument, and
 * what compatibility_mode changes in the reply. The spec is checked as zpp would (the same
 * coercions and TypeErrors), one character per argument:
 *
 *   s  string, sent as is           v  any value, serialized if `serialize` is on
 *   l  int                          d  float                b  bool (sent as 1 / 0)
 *   f  any: an array is spread into its elements, anything else sent as its string
 *   |  the arguments after it are optional       *  the last kind, repeated (variadic)
 *
 * The few whose arguments do not map one to one (set, zAdd, zRange, eval, scan, ...) are
 * written out below. Argument and reply handling follow Swoole 4.x/5.x. */
#include <errno.h>
#include <strings.h>

#include "redisc.h"

/* what compatibility_mode does to a reply (Swoole's phpredis-like answers) */
enum {
    POST_NONE,
    POST_NULL_FALSE,   /* GET, ZRANK: a missing value is false, not null */
    POST_ASSOC,        /* HGETALL: [field => value] */
    POST_BOOL,         /* HEXISTS: bool, not 0 / 1 */
};

static void post(redisc_t *c, int how, zval *rv)
{
    if (!c->compat)
        return;
    switch (how) {
    case POST_NULL_FALSE:
        if (Z_TYPE_P(rv) == IS_NULL)
            ZVAL_FALSE(rv);
        break;
    case POST_ASSOC:
        redisc_assoc(rv, false);
        break;
    case POST_BOOL:
        if (Z_TYPE_P(rv) == IS_LONG)
            ZVAL_BOOL(rv, Z_LVAL_P(rv) != 0);
        break;
    }
}

/* Adds PHP argument i (0-based) of kind k; false after throwing a TypeError. */
static bool spec_arg(redisc_args_t *a, char k, zval *arg, uint32_t i)
{
    zend_string *s;
    zend_long l;
    double d;
    bool b, is_null;

    switch (k) {
    case 's':
        if (!zend_parse_arg_str(arg, &s, false, i + 1)) {
            zend_wrong_parameter_type_error(i + 1, Z_EXPECTED_STRING, arg);
            return false;
        }
        redisc_arg(a, ZSTR_VAL(s), ZSTR_LEN(s));   /* a converted string stays in arg */
        return true;
    case 'l':
        if (!zend_parse_arg_long(arg, &l, &is_null, false, i + 1)) {
            zend_wrong_parameter_type_error(i + 1, Z_EXPECTED_LONG, arg);
            return false;
        }
        redisc_arg_long(a, l);
        return true;
    case 'd':
        if (!zend_parse_arg_double(arg, &d, &is_null, false, i + 1)) {
            zend_wrong_parameter_type_error(i + 1, Z_EXPECTED_DOUBLE, arg);
            return false;
        }
        redisc_arg_double(a, d);
        return true;
    case 'b':
        if (!zend_parse_arg_bool(arg, &b, &is_null, false, i + 1)) {
            zend_wrong_parameter_type_error(i + 1, Z_EXPECTED_BOOL, arg);
            return false;
        }
        redisc_arg(a, b ? "1" : "0", 1);
        return true;
    case 'v':
        redisc_arg_value(a, arg);
        return true;
    default: /* 'f' */
        redisc_arg_flat(a, arg);
        return true;
    }
}

/* Runs CMD with the method's arguments read by spec. */
static void run(INTERNAL_FUNCTION_PARAMETERS, const char *cmd, const char *spec, int how)
{
    redisc_t *c = redisc_from(Z_OBJ_P(ZEND_THIS));
    uint32_t argc = ZEND_NUM_ARGS(), min = 0, max = 0, i = 0;
    bool optional = false, variadic = false;
    zval *args = ZEND_CALL_ARG(execute_data, 1);

    for (const char *p = spec; *p; p++) {
        if (*p == '|') {
            optional = true;
        } else if (*p == '*') {   /* the kind before it was counted once: it is extra */
            variadic = true;
            max--;
            if (!optional)
                min--;
        } else {
            max++;
            if (!optional)
                min++;
        }
    }
    if (argc < min || (!variadic && argc > max)) {
        zend_wrong_parameters_count_error(min, variadic ? (uint32_t)-1 : max);
        RETURN_THROWS();
    }

    redisc_args_t a;
    redisc_args_init(&a, c);
    redisc_arg_str(&a, cmd);
    char last = 'f';
    for (const char *p = spec; i < argc; p++) {
        char k;
        if (*p == '|')
            continue;
        if (*p == '*' || *p == '\0') {   /* the variadic tail repeats the last kind */
            k = last;
            p--;
        } else {
            k = last = *p;
        }
        if (!spec_arg(&a, k, &args[i], i)) {
            redisc_args_free(&a);
            RETURN_THROWS();
        }
        i++;
    }
    if (redisc_refuse(c)) {
        redisc_args_free(&a);
        RETURN_FALSE;
    }
    redisc_command(c, &a, return_value);
    redisc_args_free(&a);
    if (how != POST_NONE)
        post(c, how, return_value);
}

#define CMD(method, name, spec, how)                                                  \
    ZEND_METHOD(Swoole_Coroutine_Redis, method)                                       \
    {                                                                                 \
        run(INTERNAL_FUNCTION_PARAM_PASSTHRU, name, spec, how);                       \
    }

/* strings and keys */
CMD(setEx, "SETEX", "slv", POST_NONE)
CMD(psetEx, "PSETEX", "slv", POST_NONE)
CMD(setNx, "SETNX", "sv", POST_NONE)
CMD(get, "GET", "s", POST_NULL_FALSE)
CMD(getSet, "GETSET", "sv", POST_NONE)
CMD(append, "APPEND", "sv", POST_NONE)
CMD(strlen, "STRLEN", "s", POST_NONE)
CMD(getRange, "GETRANGE", "sll", POST_NONE)
CMD(setRange, "SETRANGE", "sls", POST_NONE)
CMD(getBit, "GETBIT", "sl", POST_NONE)
CMD(setBit, "SETBIT", "slb", POST_NONE)
CMD(del, "DEL", "ff*", POST_NONE)
CMD(delete, "DEL", "ff*", POST_NONE)
CMD(unlink, "UNLINK", "ff*", POST_NONE)
CMD(exists, "EXISTS", "ff*", POST_NONE)
CMD(type, "TYPE", "s", POST_NONE)
CMD(expire, "EXPIRE", "sl", POST_NONE)
CMD(setTimeout, "EXPIRE", "sl", POST_NONE)
CMD(pexpire, "PEXPIRE", "sl", POST_NONE)
CMD(expireAt, "EXPIREAT", "sl", POST_NONE)
CMD(pexpireAt, "PEXPIREAT", "sl", POST_NONE)
CMD(persist, "PERSIST", "s", POST_NONE)
CMD(ttl, "TTL", "s", POST_NONE)
CMD(pttl, "PTTL", "s", POST_NONE)
CMD(incr, "INCR", "s", POST_NONE)
CMD(decr, "DECR", "s", POST_NONE)
CMD(incrBy, "INCRBY", "sl", POST_NONE)
CMD(decrBy, "DECRBY", "sl", POST_NONE)
CMD(incrByFloat, "INCRBYFLOAT", "sd", POST_NONE)
CMD(keys, "KEYS", "s", POST_NONE)
CMD(getKeys, "KEYS", "s", POST_NONE)
CMD(rename, "RENAME", "ss", POST_NONE)
CMD(renameKey, "RENAME", "ss", POST_NONE)
CMD(renameNx, "RENAMENX", "ss", POST_NONE)
CMD(randomKey, "RANDOMKEY", "", POST_NONE)
CMD(move, "MOVE", "sl", POST_NONE)
CMD(dump, "DUMP", "s", POST_NONE)

/* hashes */
CMD(hGet, "HGET", "ss", POST_NONE)
CMD(hSet, "HSET", "ssv", POST_NONE)
CMD(hSetNx, "HSETNX", "ssv", POST_NONE)
CMD(hGetAll, "HGETALL", "s", POST_ASSOC)
CMD(hDel, "HDEL", "sff*", POST_NONE)
CMD(hExists, "HEXISTS", "ss", POST_BOOL)
CMD(hIncrBy, "HINCRBY", "ssl", POST_NONE)
CMD(hIncrByFloat, "HINCRBYFLOAT", "ssd", POST_NONE)
CMD(hLen, "HLEN", "s", POST_NONE)
CMD(hKeys, "HKEYS", "s", POST_NONE)
CMD(hVals, "HVALS", "s", POST_NONE)

/* lists */
CMD(lPush, "LPUSH", "svv*", POST_NONE)
CMD(rPush, "RPUSH", "svv*", POST_NONE)
CMD(lPushx, "LPUSHX", "sv", POST_NONE)
CMD(rPushx, "RPUSHX", "sv", POST_NONE)
CMD(lPop, "LPOP", "s", POST_NONE)
CMD(rPop, "RPOP", "s", POST_NONE)
CMD(blPop, "BLPOP", "ff*", POST_NONE)
CMD(brPop, "BRPOP", "ff*", POST_NONE)
CMD(rpoplpush, "RPOPLPUSH", "ss", POST_NONE)
CMD(lRange, "LRANGE", "sll", POST_NONE)
CMD(lGetRange, "LRANGE", "sll", POST_NONE)
CMD(lLen, "LLEN", "s", POST_NONE)
CMD(lSize, "LLEN", "s", POST_NONE)
CMD(lIndex, "LINDEX", "sl", POST_NONE)
CMD(lGet, "LINDEX", "sl", POST_NONE)
CMD(lSet, "LSET", "slv", POST_NONE)
CMD(lTrim, "LTRIM", "sll", POST_NONE)
CMD(listTrim, "LTRIM", "sll", POST_NONE)

/* sets */
CMD(sAdd, "SADD", "svv*", POST_NONE)
CMD(sRem, "SREM", "svv*", POST_NONE)
CMD(sRemove, "SREM", "svv*", POST_NONE)
CMD(sMembers, "SMEMBERS", "s", POST_NONE)
CMD(sGetMembers, "SMEMBERS", "s", POST_NONE)
CMD(sIsMember, "SISMEMBER", "sv", POST_NONE)
CMD(sContains, "SISMEMBER", "sv", POST_NONE)
CMD(sCard, "SCARD", "s", POST_NONE)
CMD(sSize, "SCARD", "s", POST_NONE)
CMD(sPop, "SPOP", "s", POST_NONE)
CMD(sMove, "SMOVE", "ssv", POST_NONE)
CMD(sInter, "SINTER", "ff*", POST_NONE)
CMD(sUnion, "SUNION", "ff*", POST_NONE)
CMD(sDiff, "SDIFF", "ff*", POST_NONE)
CMD(sInterStore, "SINTERSTORE", "sff*", POST_NONE)
CMD(sUnionStore, "SUNIONSTORE", "sff*", POST_NONE)
CMD(sDiffStore, "SDIFFSTORE", "sff*", POST_NONE)

/* sorted sets */
CMD(zScore, "ZSCORE", "sv", POST_NONE)
CMD(zRank, "ZRANK", "sv", POST_NULL_FALSE)
CMD(zRevRank, "ZREVRANK", "sv", POST_NONE)
CMD(zRem, "ZREM", "svv*", POST_NONE)
CMD(zDelete, "ZREM", "svv*", POST_NONE)
CMD(zIncrBy, "ZINCRBY", "sdv", POST_NONE)
CMD(zCard, "ZCARD", "s", POST_NONE)
CMD(zSize, "ZCARD", "s", POST_NONE)
CMD(zCount, "ZCOUNT", "sss", POST_NONE)
CMD(zRemRangeByRank, "ZREMRANGEBYRANK", "sll", POST_NONE)
CMD(zRemRangeByScore, "ZREMRANGEBYSCORE", "sss", POST_NONE)
CMD(zDeleteRangeByRank, "ZREMRANGEBYRANK", "sll", POST_NONE)
CMD(zDeleteRangeByScore, "ZREMRANGEBYSCORE", "sss", POST_NONE)

/* transactions, connection, server */
CMD(exec, "EXEC", "", POST_NONE)
CMD(discard, "DISCARD", "", POST_NONE)
CMD(watch, "WATCH", "ff*", POST_NONE)
CMD(unwatch, "UNWATCH", "", POST_NONE)
CMD(echo, "ECHO", "s", POST_NONE)
CMD(dbSize, "DBSIZE", "", POST_NONE)
CMD(flushDB, "FLUSHDB", "", POST_NONE)
CMD(flushAll, "FLUSHALL", "", POST_NONE)
CMD(time, "TIME", "", POST_NONE)
CMD(publish, "PUBLISH", "ss", POST_NONE)

/* ---- the commands whose arguments need more than a spec ------------------------------ */

#define THIS_C() redisc_from(Z_OBJ_P(ZEND_THIS))
#define BEGIN(c, a, cmd)                                                              \
    redisc_args_t a;                                                                  \
    if (redisc_refuse(c))                                                             \
        RETURN_FALSE;                                                                 \
    redisc_args_init(&a, c);                                                          \
    redisc_arg_str(&a, cmd)
#define END(c, a)                                                                     \
    redisc_command(c, &a, return_value);                                              \
    redisc_args_free(&a)

/* set(key, value, options): an int is a TTL in seconds (SETEX); an array may hold
 * 'ex' / 'px' => TTL and 'nx' / 'xx'; a TTL below 1 is refused (false). */
ZEND_METHOD(Swoole_Coroutine_Redis, set)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    zval *value, *opts = NULL, *v;
    const char *exp_type = NULL, *set_type = NULL;
    zend_long expire = -1;
    zend_string *k;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(key)
        Z_PARAM_ZVAL(value)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(opts)
    ZEND_PARSE_PARAMETERS_END();

    if (opts && Z_TYPE_P(opts) == IS_ARRAY) {
        ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(opts), k, v) {
            if (!exp_type && k && ZSTR_LEN(k) == 2
                && (strcasecmp(ZSTR_VAL(k), "ex") == 0 || strcasecmp(ZSTR_VAL(k), "px") == 0)) {
                exp_type = ZSTR_VAL(k);
                expire = zval_get_long(v);
                if (expire < 1)
                    RETURN_FALSE;
            } else if (!set_type && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 2
                       && (strcasecmp(Z_STRVAL_P(v), "nx") == 0
                           || strcasecmp(Z_STRVAL_P(v), "xx") == 0)) {
                set_type = Z_STRVAL_P(v);
            }
        } ZEND_HASH_FOREACH_END();
    } else if (opts && Z_TYPE_P(opts) == IS_LONG) {
        expire = Z_LVAL_P(opts);
        if (expire < 1)
            RETURN_FALSE;
    } else if (opts && Z_TYPE_P(opts) != IS_NULL) {
        zend_argument_type_error(3, "must be of type array|int|null, %s given",
                                 zend_zval_type_name(opts));
        RETURN_THROWS();
    }

    if (!exp_type && !set_type && expire > 0) {
        BEGIN(c, a, "SETEX");
        redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
        redisc_arg_long(&a, expire);
        redisc_arg_value(&a, value);
        END(c, a);
        return;
    }
    BEGIN(c, a, "SET");
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    redisc_arg_value(&a, value);
    if (set_type)
        redisc_arg(&a, set_type, 2);
    if (exp_type) {
        redisc_arg(&a, exp_type, 2);
        redisc_arg_long(&a, expire);
    }
    END(c, a);
}

/* mGet([k1, k2]) */
ZEND_METHOD(Swoole_Coroutine_Redis, mGet)
{
    redisc_t *c = THIS_C();
    HashTable *keys;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(keys)
    ZEND_PARSE_PARAMETERS_END();
    if (zend_hash_num_elements(keys) == 0)
        RETURN_FALSE;
    BEGIN(c, a, "MGET");
    ZEND_HASH_FOREACH_VAL(keys, v) {
        redisc_arg_zval(&a, v);
    } ZEND_HASH_FOREACH_END();
    END(c, a);
}

/* CMD [key] k1 v1 k2 v2 ... from [k1 => v1, ...] (values serialized) */
static void pairs(INTERNAL_FUNCTION_PARAMETERS, const char *cmd, bool with_key)
{
    redisc_t *c = THIS_C();
    zend_string *key = NULL, *k;
    HashTable *ht;
    zend_ulong idx;
    zval *v;

    if (with_key) {
        ZEND_PARSE_PARAMETERS_START(2, 2)
            Z_PARAM_STR(key)
            Z_PARAM_ARRAY_HT(ht)
        ZEND_PARSE_PARAMETERS_END();
    } else {
        ZEND_PARSE_PARAMETERS_START(1, 1)
            Z_PARAM_ARRAY_HT(ht)
        ZEND_PARSE_PARAMETERS_END();
    }
    if (zend_hash_num_elements(ht) == 0)
        RETURN_FALSE;
    BEGIN(c, a, cmd);
    if (key)
        redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    ZEND_HASH_FOREACH_KEY_VAL_IND(ht, idx, k, v) {
        if (k)
            redisc_arg(&a, ZSTR_VAL(k), ZSTR_LEN(k));
        else
            redisc_arg_long(&a, (zend_long)idx);
        redisc_arg_value(&a, v);
    } ZEND_HASH_FOREACH_END();
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, mSet) { pairs(INTERNAL_FUNCTION_PARAM_PASSTHRU, "MSET", false); }
ZEND_METHOD(Swoole_Coroutine_Redis, mSetNx) { pairs(INTERNAL_FUNCTION_PARAM_PASSTHRU, "MSETNX", false); }
ZEND_METHOD(Swoole_Coroutine_Redis, hMSet) { pairs(INTERNAL_FUNCTION_PARAM_PASSTHRU, "HMSET", true); }

/* hMGet(key, [f1, f2]): a list; in compatibility_mode [f1 => v1, ...] with false for a
 * missing field */
ZEND_METHOD(Swoole_Coroutine_Redis, hMGet)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    HashTable *fields;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(key)
        Z_PARAM_ARRAY_HT(fields)
    ZEND_PARSE_PARAMETERS_END();
    if (zend_hash_num_elements(fields) == 0)
        RETURN_FALSE;
    BEGIN(c, a, "HMGET");
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    ZEND_HASH_FOREACH_VAL(fields, v) {
        redisc_arg_zval(&a, v);
    } ZEND_HASH_FOREACH_END();
    END(c, a);
    if (!c->compat || Z_TYPE_P(return_value) != IS_ARRAY)
        return;
    zval ret, *got;
    uint32_t i = 0;
    array_init(&ret);
    ZEND_HASH_FOREACH_VAL(fields, v) {
        zend_string *f = zval_get_string(v);
        got = zend_hash_index_find(Z_ARRVAL_P(return_value), i++);
        zval val;
        if (!got || Z_TYPE_P(got) == IS_NULL)
            ZVAL_FALSE(&val);
        else
            ZVAL_COPY(&val, got);
        zend_symtable_update(Z_ARRVAL(ret), f, &val);
        zend_string_release(f);
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(return_value);
    ZVAL_COPY_VALUE(return_value, &ret);
}

/* bRPopLPush(src, dst, timeout): a negative timeout is the non-blocking RPOPLPUSH */
ZEND_METHOD(Swoole_Coroutine_Redis, bRPopLPush)
{
    redisc_t *c = THIS_C();
    zend_string *src, *dst;
    zend_long timeout;

    ZEND_PARSE_PARAMETERS_START(3, 3)
        Z_PARAM_STR(src)
        Z_PARAM_STR(dst)
        Z_PARAM_LONG(timeout)
    ZEND_PARSE_PARAMETERS_END();
    BEGIN(c, a, timeout < 0 ? "RPOPLPUSH" : "BRPOPLPUSH");
    redisc_arg(&a, ZSTR_VAL(src), ZSTR_LEN(src));
    redisc_arg(&a, ZSTR_VAL(dst), ZSTR_LEN(dst));
    if (timeout >= 0)
        redisc_arg_long(&a, timeout);
    END(c, a);
}

/* lRem(key, value, count = 0): LREM key count value */
ZEND_METHOD(Swoole_Coroutine_Redis, lRem)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    zval *value;
    zend_long count = 0;

    ZEND_PARSE_PARAMETERS_START(2, 3)
        Z_PARAM_STR(key)
        Z_PARAM_ZVAL(value)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(count)
    ZEND_PARSE_PARAMETERS_END();
    BEGIN(c, a, "LREM");
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    redisc_arg_long(&a, count);
    redisc_arg_value(&a, value);
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, sRandMember)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    zend_long count = 0;
    bool count_null = true;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_STR(key)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG_OR_NULL(count, count_null)
    ZEND_PARSE_PARAMETERS_END();
    BEGIN(c, a, "SRANDMEMBER");
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    if (!count_null)
        redisc_arg_long(&a, count);
    END(c, a);
}

/* zAdd(key, [NX|XX], [CH], [INCR], score1, member1, score2, member2, ...) */
ZEND_METHOD(Swoole_Coroutine_Redis, zAdd)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    zval *args = NULL;
    uint32_t n = 0, k = 0;

    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_STR(key)
        Z_PARAM_VARIADIC('*', args, n)
    ZEND_PARSE_PARAMETERS_END();
    static const char *const flags[] = {"NX", "XX", "CH", "INCR"};
    redisc_args_t a;
    if (redisc_refuse(c))
        RETURN_FALSE;
    redisc_args_init(&a, c);
    redisc_arg_str(&a, "ZADD");
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    for (; k < n && Z_TYPE(args[k]) == IS_STRING; k++) {
        size_t f;
        for (f = 0; f < 4; f++)
            if (strcasecmp(Z_STRVAL(args[k]), flags[f]) == 0)
                break;
        if (f == 4)
            break;
        redisc_arg_str(&a, flags[f]);
    }
    if (n - k == 0 || (n - k) % 2 != 0) {
        redisc_args_free(&a);
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL,
                       "zAdd needs pairs of score and member after the key and flags");
        RETURN_FALSE;
    }
    for (; k < n; k += 2) {
        redisc_arg_double(&a, zval_get_double(&args[k]));
        redisc_arg_value(&a, &args[k + 1]);
    }
    END(c, a);
}

/* zRange/zRevRange(key, start, end, withscores): withscores is a bool or
 * ['withscores' => true]; in compatibility_mode the reply is [member => (float)score]. */
static void zrange(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    zend_string *key;
    zend_long start, end;
    zval *ws = NULL;
    bool with = false;

    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_STR(key)
        Z_PARAM_LONG(start)
        Z_PARAM_LONG(end)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(ws)
    ZEND_PARSE_PARAMETERS_END();
    if (ws && Z_TYPE_P(ws) == IS_ARRAY) {
        zval *w = zend_hash_str_find(Z_ARRVAL_P(ws), ZEND_STRL("withscores"));
        with = w && zend_is_true(w);
    } else if (ws) {
        if (!zend_parse_arg_bool(ws, &with, NULL, false, 4)) {
            zend_argument_type_error(4, "must be of type array|bool, %s given",
                                     zend_zval_type_name(ws));
            RETURN_THROWS();
        }
    }
    BEGIN(c, a, cmd);
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    redisc_arg_long(&a, start);
    redisc_arg_long(&a, end);
    if (with)
        redisc_arg_str(&a, "WITHSCORES");
    END(c, a);
    if (with && c->compat)
        redisc_assoc(return_value, true);
}

ZEND_METHOD(Swoole_Coroutine_Redis, zRange) { zrange(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZRANGE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, zRevRange) { zrange(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZREVRANGE"); }

/* zRangeByScore(key, min, max, ['withscores' => true, 'limit' => [offset, count]]) */
static void zrangebyscore(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    zend_string *key, *min, *max;
    HashTable *opts = NULL;
    bool with = false;
    zval *lim = NULL, *off = NULL, *cnt = NULL, *w;

    ZEND_PARSE_PARAMETERS_START(3, 4)
        Z_PARAM_STR(key)
        Z_PARAM_STR(min)
        Z_PARAM_STR(max)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(opts)
    ZEND_PARSE_PARAMETERS_END();
    if (opts) {
        with = (w = zend_hash_str_find(opts, ZEND_STRL("withscores"))) && zend_is_true(w);
        lim = zend_hash_str_find(opts, ZEND_STRL("limit"));
        if (lim && Z_TYPE_P(lim) == IS_ARRAY) {
            off = zend_hash_index_find(Z_ARRVAL_P(lim), 0);
            cnt = zend_hash_index_find(Z_ARRVAL_P(lim), 1);
        }
    }
    BEGIN(c, a, cmd);
    redisc_arg(&a, ZSTR_VAL(key), ZSTR_LEN(key));
    redisc_arg(&a, ZSTR_VAL(min), ZSTR_LEN(min));
    redisc_arg(&a, ZSTR_VAL(max), ZSTR_LEN(max));
    if (with)
        redisc_arg_str(&a, "WITHSCORES");
    if (off && cnt) {
        redisc_arg_str(&a, "LIMIT");
        redisc_arg_long(&a, zval_get_long(off));
        redisc_arg_long(&a, zval_get_long(cnt));
    }
    END(c, a);
    if (with && c->compat)
        redisc_assoc(return_value, true);
}

ZEND_METHOD(Swoole_Coroutine_Redis, zRangeByScore)
{
    zrangebyscore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZRANGEBYSCORE");
}
ZEND_METHOD(Swoole_Coroutine_Redis, zRevRangeByScore)
{
    zrangebyscore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZREVRANGEBYSCORE");
}

/* zInter/zUnion(dst, [keys], [weights], 'SUM'|'MIN'|'MAX'): ZINTERSTORE / ZUNIONSTORE, as
 * Swoole's methods of these names (not Redis 6.2's ZINTER / ZUNION) */
static void zstore(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    zend_string *dst, *agg = NULL;
    HashTable *keys, *weights = NULL;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(2, 4)
        Z_PARAM_STR(dst)
        Z_PARAM_ARRAY_HT(keys)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT_OR_NULL(weights)
        Z_PARAM_STR_OR_NULL(agg)
    ZEND_PARSE_PARAMETERS_END();
    uint32_t n = zend_hash_num_elements(keys);
    if (n == 0)
        RETURN_FALSE;
    if (weights && zend_hash_num_elements(weights) != n) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "WEIGHTS and keys array should be the same size!");
        RETURN_FALSE;
    }
    if (agg && strcasecmp(ZSTR_VAL(agg), "SUM") != 0 && strcasecmp(ZSTR_VAL(agg), "MIN") != 0
        && strcasecmp(ZSTR_VAL(agg), "MAX") != 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "Invalid AGGREGATE option provided!");
        RETURN_FALSE;
    }
    BEGIN(c, a, cmd);
    redisc_arg(&a, ZSTR_VAL(dst), ZSTR_LEN(dst));
    redisc_arg_long(&a, (zend_long)n);
    ZEND_HASH_FOREACH_VAL(keys, v) {
        redisc_arg_zval(&a, v);
    } ZEND_HASH_FOREACH_END();
    if (weights) {
        redisc_arg_str(&a, "WEIGHTS");
        ZEND_HASH_FOREACH_VAL(weights, v) {
            redisc_arg_zval(&a, v);
        } ZEND_HASH_FOREACH_END();
    }
    if (agg) {
        redisc_arg_str(&a, "AGGREGATE");
        redisc_arg(&a, ZSTR_VAL(agg), ZSTR_LEN(agg));
    }
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, zInter) { zstore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZINTERSTORE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, zInterStore) { zstore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZINTERSTORE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, zUnion) { zstore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZUNIONSTORE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, zUnionStore) { zstore(INTERNAL_FUNCTION_PARAM_PASSTHRU, "ZUNIONSTORE"); }

/* eval/evalSha(script, [keys..., args...], num_keys) */
static void eval(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    zend_string *script;
    HashTable *args = NULL;
    zend_long nkeys = 0;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_STR(script)
        Z_PARAM_OPTIONAL
        Z_PARAM_ARRAY_HT(args)
        Z_PARAM_LONG(nkeys)
    ZEND_PARSE_PARAMETERS_END();
    BEGIN(c, a, cmd);
    redisc_arg(&a, ZSTR_VAL(script), ZSTR_LEN(script));
    redisc_arg_long(&a, nkeys);
    if (args) {
        ZEND_HASH_FOREACH_VAL(args, v) {
            redisc_arg_zval(&a, v);
        } ZEND_HASH_FOREACH_END();
    }
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, eval) { eval(INTERNAL_FUNCTION_PARAM_PASSTHRU, "EVAL"); }
ZEND_METHOD(Swoole_Coroutine_Redis, evalSha) { eval(INTERNAL_FUNCTION_PARAM_PASSTHRU, "EVALSHA"); }

/* scan(&$iterator, $pattern, $count), phpredis-style: $iterator null starts, the cursor
 * comes back in it; once the server says 0 the next call returns false. */
ZEND_METHOD(Swoole_Coroutine_Redis, scan)
{
    redisc_t *c = THIS_C();
    zval *it;
    zend_string *pattern = NULL;
    zend_long count = 0;

    ZEND_PARSE_PARAMETERS_START(1, 3)
        Z_PARAM_ZVAL(it)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(pattern)
        Z_PARAM_LONG(count)
    ZEND_PARSE_PARAMETERS_END();
    zval *cur = Z_REFVAL_P(it);
    if (Z_TYPE_P(cur) == IS_LONG && Z_LVAL_P(cur) == 0)
        RETURN_FALSE;   /* the iteration has ended */
    zend_long cursor = Z_TYPE_P(cur) == IS_NULL ? 0 : zval_get_long(cur);
    BEGIN(c, a, "SCAN");
    redisc_arg_long(&a, cursor);
    if (pattern && ZSTR_LEN(pattern)) {
        redisc_arg_str(&a, "MATCH");
        redisc_arg(&a, ZSTR_VAL(pattern), ZSTR_LEN(pattern));
    }
    if (count > 0) {
        redisc_arg_str(&a, "COUNT");
        redisc_arg_long(&a, count);
    }
    END(c, a);
    zval *next, *keys;
    if (Z_TYPE_P(return_value) != IS_ARRAY
        || !(next = zend_hash_index_find(Z_ARRVAL_P(return_value), 0))
        || !(keys = zend_hash_index_find(Z_ARRVAL_P(return_value), 1))
        || Z_TYPE_P(keys) != IS_ARRAY) {
        zval_ptr_dtor(return_value);
        RETURN_FALSE;
    }
    ZEND_TRY_ASSIGN_REF_LONG(it, zval_get_long(next));
    zval ret;
    ZVAL_COPY(&ret, keys);
    zval_ptr_dtor(return_value);
    ZVAL_COPY_VALUE(return_value, &ret);
}

/* multi($mode): MULTI (the mode, SWOOLE_REDIS_MODE_MULTI or _PIPELINE, changes nothing:
 * Swoole 4.x/5.x ignore it too) */
ZEND_METHOD(Swoole_Coroutine_Redis, multi)
{
    redisc_t *c = THIS_C();
    zend_long mode = 0;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(mode)
    ZEND_PARSE_PARAMETERS_END();
    (void)mode;
    BEGIN(c, a, "MULTI");
    END(c, a);
}

/* commands with one optional string argument */
static void opt_arg(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    zend_string *s = NULL;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_STR_OR_NULL(s)
    ZEND_PARSE_PARAMETERS_END();
    BEGIN(c, a, cmd);
    if (s)
        redisc_arg(&a, ZSTR_VAL(s), ZSTR_LEN(s));
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, ping) { opt_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PING"); }
ZEND_METHOD(Swoole_Coroutine_Redis, info) { opt_arg(INTERNAL_FUNCTION_PARAM_PASSTHRU, "INFO"); }

/* select(db) and auth(password) also record what the next connection must restore */
ZEND_METHOD(Swoole_Coroutine_Redis, select)
{
    redisc_t *c = THIS_C();
    zend_long db;
    zval v;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(db)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_LONG(&v, db);
    zend_hash_str_update(Z_ARRVAL_P(redisc_setting(c)), ZEND_STRL("database"), &v);
    BEGIN(c, a, "SELECT");
    redisc_arg_long(&a, db);
    END(c, a);
    if (Z_TYPE_P(return_value) == IS_TRUE)
        c->db = db;
}

ZEND_METHOD(Swoole_Coroutine_Redis, auth)
{
    redisc_t *c = THIS_C();
    zend_string *pw;
    zval v;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(pw)
    ZEND_PARSE_PARAMETERS_END();
    ZVAL_STR_COPY(&v, pw);
    zend_hash_str_update(Z_ARRVAL_P(redisc_setting(c)), ZEND_STRL("password"), &v);
    BEGIN(c, a, "AUTH");
    redisc_arg(&a, ZSTR_VAL(pw), ZSTR_LEN(pw));
    END(c, a);
    if (Z_TYPE_P(return_value) == IS_TRUE)
        c->authed = true;
}

/* subscribe-family: the confirmations (and then the messages) come through recv() */
static void subscribe(INTERNAL_FUNCTION_PARAMETERS, const char *cmd)
{
    redisc_t *c = THIS_C();
    HashTable *chans;
    zval *v;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(chans)
    ZEND_PARSE_PARAMETERS_END();
    if (zend_hash_num_elements(chans) == 0) {
        redisc_set_err(c, REDISC_ERR_OTHER, EINVAL, "no channel given");
        RETURN_FALSE;
    }
    BEGIN(c, a, cmd);
    ZEND_HASH_FOREACH_VAL(chans, v) {
        redisc_arg_zval(&a, v);
    } ZEND_HASH_FOREACH_END();
    END(c, a);
}

ZEND_METHOD(Swoole_Coroutine_Redis, subscribe) { subscribe(INTERNAL_FUNCTION_PARAM_PASSTHRU, "SUBSCRIBE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, pSubscribe) { subscribe(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PSUBSCRIBE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, unsubscribe) { subscribe(INTERNAL_FUNCTION_PARAM_PASSTHRU, "UNSUBSCRIBE"); }
ZEND_METHOD(Swoole_Coroutine_Redis, pUnSubscribe) { subscribe(INTERNAL_FUNCTION_PARAM_PASSTHRU, "PUNSUBSCRIBE"); }
