/* plugin.c — the redis_server plugin's descriptor and Swoole\Redis\Server: a Swoole\Server
 * whose ports speak RESP by default (the "redis" protocol of conn.c, open_redis_protocol),
 * with setHandler()/getHandler() (the handlers live in the private array property
 * `handlers`, keyed by the lower-case command name), the static format() that encodes
 * replies, a send() that joins the replies of one read's batch of commands, and close()
 * and sendfile() that write those first. */
#include "redis_server.h"
#include "ext/standard/info.h"

#include "redis_server_arginfo.h"

zend_class_entry *redis_server_ce;
static uint32_t handlers_offset;      /* of the `handlers` property in the object */
/* Swoole\Server's send, close and sendfile, which ours call with the same arguments */
static zend_function *parent_send, *parent_close, *parent_sendfile;

#define REDIS_FORMAT_DEPTH 64         /* nested arrays in SET / MAP */

/* ---- handlers ------------------------------------------------------------------------- */

static HashTable *handlers_of(zend_object *server)
{
    if (!instanceof_function(server->ce, redis_server_ce))
        return NULL;
    zval *p = OBJ_PROP(server, handlers_offset);
    ZVAL_DEREF(p);
    return Z_TYPE_P(p) == IS_ARRAY ? Z_ARRVAL_P(p) : NULL;
}

zval *redis_handler_find(zend_object *server, const char *name, size_t len)
{
    HashTable *ht = handlers_of(server);
    if (!ht || zend_hash_num_elements(ht) == 0)
        return NULL;
    char small[64];
    char *lc = len < sizeof small ? small : emalloc(len + 1);
    zend_str_tolower_copy(lc, name, len);   /* writes len bytes and a NUL */
    zval *cb = zend_hash_str_find(ht, lc, len);
    if (lc != small)
        efree(lc);
    return cb;
}

ZEND_METHOD(Swoole_Redis_Server, setHandler)
{
    zend_string *command;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_STR(command)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    (void)fcc;
    if (ZSTR_LEN(command) == 0) {
        zend_argument_value_error(1, "must not be empty");
        RETURN_THROWS();
    }
    zval *prop = OBJ_PROP(Z_OBJ_P(ZEND_THIS), handlers_offset);
    ZVAL_DEREF(prop);
    if (Z_TYPE_P(prop) != IS_ARRAY)
        array_init(prop);
    SEPARATE_ARRAY(prop);
    zend_string *lc = zend_string_tolower(command);
    Z_TRY_ADDREF(fci.function_name);
    zend_hash_update(Z_ARRVAL_P(prop), lc, &fci.function_name);   /* "123" stays a string key */
    zend_string_release(lc);
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Redis_Server, getHandler)
{
    zend_string *command;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(command)
    ZEND_PARSE_PARAMETERS_END();
    zval *cb = redis_handler_find(Z_OBJ_P(ZEND_THIS), ZSTR_VAL(command), ZSTR_LEN(command));
    if (!cb)
        RETURN_NULL();
    RETURN_COPY(cb);
}

/* ---- format ------------------------------------------------------------------------------ */

static void append_bulk(smart_str *out, const char *s, size_t n)
{
    smart_str_appendc(out, '$');
    smart_str_append_unsigned(out, n);
    smart_str_appendl(out, "\r\n", 2);
    smart_str_appendl(out, s, n);
    smart_str_appendl(out, "\r\n", 2);
}

/* A status or error line: CR and LF would end it early, so they become spaces (as
 * redis-server does with error texts). */
static void append_line(smart_str *out, char flag, const char *s, size_t n)
{
    smart_str_appendc(out, flag);
    size_t from = out->s ? ZSTR_LEN(out->s) : 0;
    smart_str_appendl(out, s, n);
    char *p = ZSTR_VAL(out->s) + from;
    for (size_t i = 0; i < n; i++)
        if (p[i] == '\r' || p[i] == '\n')
            p[i] = ' ';
    smart_str_appendl(out, "\r\n", 2);
}

static bool append_value(smart_str *out, zval *v, int depth);

static bool append_list(smart_str *out, HashTable *ht, bool map, int depth)
{
    if (depth > REDIS_FORMAT_DEPTH) {
        php_error_docref(NULL, E_WARNING, "arrays nested more than %d deep", REDIS_FORMAT_DEPTH);
        return false;
    }
    smart_str_appendc(out, '*');
    smart_str_append_unsigned(out, zend_hash_num_elements(ht) * (map ? 2 : 1));
    smart_str_appendl(out, "\r\n", 2);
    zend_ulong idx;
    zend_string *key;
    zval *v;
    ZEND_HASH_FOREACH_KEY_VAL(ht, idx, key, v) {
        if (map) {
            if (key) {
                append_bulk(out, ZSTR_VAL(key), ZSTR_LEN(key));
            } else {
                char num[24];
                int n = snprintf(num, sizeof num, ZEND_ULONG_FMT, idx);
                append_bulk(out, num, (size_t)n);
            }
        }
        if (!append_value(out, v, depth + 1))
            return false;
    } ZEND_HASH_FOREACH_END();
    return true;
}

/* An element of SET / MAP: null is a nil, an array a nested list (a map, keys and values,
 * unless it is a list 0, 1, 2 ...: as Swoole, whose keys would be lost otherwise), else a
 * bulk string. */
static bool append_value(smart_str *out, zval *v, int depth)
{
    ZVAL_DEREF(v);
    if (Z_TYPE_P(v) == IS_NULL) {
        smart_str_appendl(out, "$-1\r\n", 5);
        return true;
    }
    if (Z_TYPE_P(v) == IS_ARRAY)
        return append_list(out, Z_ARRVAL_P(v), !zend_array_is_list(Z_ARRVAL_P(v)), depth);
    zend_string *s = zval_try_get_string(v);
    if (!s)
        return false;
    append_bulk(out, ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
    return true;
}

bool redis_format(smart_str *out, zend_long type, zval *value)
{
    if (value)
        ZVAL_DEREF(value);
    switch (type) {
    case REDIS_REPLY_NIL:
        smart_str_appendl(out, "$-1\r\n", 5);
        return true;
    case REDIS_REPLY_ERROR:
    case REDIS_REPLY_STATUS: {
        char flag = type == REDIS_REPLY_ERROR ? '-' : '+';
        if (!value || Z_TYPE_P(value) == IS_NULL) {
            append_line(out, flag, type == REDIS_REPLY_ERROR ? "ERR" : "OK", type == REDIS_REPLY_ERROR ? 3 : 2);
            return true;
        }
        if (Z_TYPE_P(value) == IS_ARRAY) {
            php_error_docref(NULL, E_WARNING, "the value of %s must be a string",
                             type == REDIS_REPLY_ERROR ? "ERROR" : "STATUS");
            return false;
        }
        zend_string *s = zval_try_get_string(value);
        if (!s)
            return false;
        append_line(out, flag, ZSTR_VAL(s), ZSTR_LEN(s));
        zend_string_release(s);
        return true;
    }
    case REDIS_REPLY_INT:
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_SET:
    case REDIS_REPLY_MAP:
        break;
    default:
        php_error_docref(NULL, E_WARNING, "unknown type " ZEND_LONG_FMT, type);
        return false;
    }
    static const char *const names[] = {"", "", "", "INT", "STRING", "SET", "MAP"};
    if (!value || Z_TYPE_P(value) == IS_NULL) {
        php_error_docref(NULL, E_WARNING, "%s requires a value", names[type]);
        return false;
    }
    if (type == REDIS_REPLY_INT) {
        if (Z_TYPE_P(value) == IS_ARRAY) {
            php_error_docref(NULL, E_WARNING, "the value of INT must be an integer");
            return false;
        }
        smart_str_appendc(out, ':');
        smart_str_append_long(out, zval_get_long(value));
        smart_str_appendl(out, "\r\n", 2);
        return true;
    }
    if (type == REDIS_REPLY_STRING) {
        if (Z_TYPE_P(value) == IS_ARRAY) {
            php_error_docref(NULL, E_WARNING, "the value of STRING must be a string");
            return false;
        }
        return append_value(out, value, 0);
    }
    if (Z_TYPE_P(value) != IS_ARRAY) {
        php_error_docref(NULL, E_WARNING, "the value of %s must be an array", names[type]);
        return false;
    }
    return append_list(out, Z_ARRVAL_P(value), type == REDIS_REPLY_MAP, 0);
}

ZEND_METHOD(Swoole_Redis_Server, format)
{
    zend_long type;
    zval *value = NULL;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(type)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    smart_str out = {0};
    if (!redis_format(&out, type, value) || EG(exception)) {
        smart_str_free(&out);
        RETURN_FALSE;
    }
    RETURN_STR(smart_str_extract(&out));
}

/* ---- send ------------------------------------------------------------------------------------ */

static void call_parent(zend_function *parent, zend_execute_data *execute_data, zval *return_value)
{
    parent->internal_function.handler(execute_data, return_value);
}

ZEND_METHOD(Swoole_Redis_Server, send)
{
    /* The common case (an int fd of a connection in a batch) is taken here; anything else
     * goes to Swoole\Server::send with the same arguments. */
    if (ZEND_NUM_ARGS() == 2 || ZEND_NUM_ARGS() == 3) {
        zval *zfd = ZEND_CALL_ARG(execute_data, 1), *zdata = ZEND_CALL_ARG(execute_data, 2);
        if (Z_TYPE_P(zfd) == IS_LONG && Z_TYPE_P(zdata) == IS_STRING &&
            (ZEND_NUM_ARGS() == 2 || Z_TYPE_P(ZEND_CALL_ARG(execute_data, 3)) == IS_LONG) &&
            redis_conn_batch_send(Z_OBJ_P(ZEND_THIS), Z_LVAL_P(zfd), Z_STRVAL_P(zdata),
                                  Z_STRLEN_P(zdata)))
            RETURN_TRUE;
    }
    call_parent(parent_send, execute_data, return_value);
}

ZEND_METHOD(Swoole_Redis_Server, close)
{
    redis_conn_batch_flush(Z_OBJ_P(ZEND_THIS));
    call_parent(parent_close, execute_data, return_value);
}

ZEND_METHOD(Swoole_Redis_Server, sendfile)
{
    redis_conn_batch_flush(Z_OBJ_P(ZEND_THIS));
    call_parent(parent_sendfile, execute_data, return_value);
}

static zend_function *parent_method(zend_class_entry *server, const char *name)
{
    zend_function *f = zend_hash_str_find_ptr(&server->function_table, name, strlen(name));
    return f && f->type == ZEND_INTERNAL_FUNCTION ? f : NULL;
}

/* ---- plugin ------------------------------------------------------------------------------------ */

static int redis_startup(const sw_api_t *api)
{
    zend_class_entry *server = api->php->find_class("Swoole\\Server");
    if (!server)
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT, "Swoole\\Server is missing");
    parent_send = parent_method(server, "send");
    parent_close = parent_method(server, "close");
    parent_sendfile = parent_method(server, "sendfile");
    if (!parent_send || !parent_close || !parent_sendfile)
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT,
                              "Swoole\\Server::send/close/sendfile are missing");
    redis_server_ce = register_class_Swoole_Redis_Server(server);
    zend_property_info *pi = zend_hash_str_find_ptr(&redis_server_ce->properties_info,
                                                    "handlers", sizeof "handlers" - 1);
    if (!pi)
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT, "Redis\\Server::$handlers is missing");
    handlers_offset = pi->offset;
    api->php->class_alias(redis_server_ce, "swoole_redis_server", false);
    return api->proto_register(&redis_proto);
}

/* At request end (destructors have run): a handler that captured its server (`use
 * ($server)`, the usual style) makes a cycle server -> handlers -> closure -> server, which
 * nothing collects at shutdown (PHP reports what is left as leaked). The servers' handler
 * tables are emptied here to break it. */
static void redis_request_shutdown(void)
{
    if (!redis_server_ce)
        return;
    zend_objects_store *st = &EG(objects_store);
    for (uint32_t i = 1; i < st->top; i++) {
        zend_object *o = st->object_buckets[i];
        if (!IS_OBJ_VALID(o) || !instanceof_function(o->ce, redis_server_ce))
            continue;
        zval *p = OBJ_PROP(o, handlers_offset);
        if (Z_TYPE_P(p) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(p))) {
            zval old;
            ZVAL_COPY_VALUE(&old, p);
            ZVAL_EMPTY_ARRAY(p);
            zval_ptr_dtor(&old);
        }
    }
}

static void redis_info(void)
{
    php_info_print_table_row(2, "redis_server", "RESP server (Swoole\\Redis\\Server)");
}

SW_PLUGIN_DEFINE(.name = "redis_server", .version = REDIS_SERVER_PLUGIN_VERSION,
                 .description = "Redis protocol server: Swoole\\Redis\\Server",
                 .startup = redis_startup, .request_shutdown = redis_request_shutdown,
                 .info = redis_info)
