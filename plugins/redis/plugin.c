/* plugin.c — the redis plugin's descriptor: registers Swoole\Coroutine\Redis (client.c,
 * commands.c; alias Co\Redis), a coroutine Redis client whose protocol is hiredis's
 * (conn.c, reply.c), and the SWOOLE_REDIS_* constants. */
#include "redisc.h"
#include "ext/standard/info.h"

#include "redis_arginfo.h"

static const struct {
    const char *name;
    zend_long value;
} constants[] = {
    {"SWOOLE_REDIS_MODE_MULTI", 0},
    {"SWOOLE_REDIS_MODE_PIPELINE", 1},
    {"SWOOLE_REDIS_TYPE_NOT_FOUND", 0},
    {"SWOOLE_REDIS_TYPE_STRING", 1},
    {"SWOOLE_REDIS_TYPE_SET", 2},
    {"SWOOLE_REDIS_TYPE_LIST", 3},
    {"SWOOLE_REDIS_TYPE_ZSET", 4},
    {"SWOOLE_REDIS_TYPE_HASH", 5},
    {"SWOOLE_REDIS_ERR_IO", REDISC_ERR_IO},
    {"SWOOLE_REDIS_ERR_OTHER", REDISC_ERR_OTHER},
    {"SWOOLE_REDIS_ERR_EOF", REDISC_ERR_EOF},
    {"SWOOLE_REDIS_ERR_PROTOCOL", REDISC_ERR_PROTOCOL},
    {"SWOOLE_REDIS_ERR_OOM", REDISC_ERR_OOM},
    {"SWOOLE_REDIS_ERR_CLOSED", REDISC_ERR_CLOSED},
    {"SWOOLE_REDIS_ERR_NOAUTH", REDISC_ERR_NOAUTH},
    {"SWOOLE_REDIS_ERR_ALLOC", REDISC_ERR_ALLOC},
};

static int redisc_startup(const sw_api_t *api)
{
    /* the constants belong to the swoole module, as the core's own do */
    zend_module_entry *m = zend_hash_str_find_ptr(&module_registry, ZEND_STRL("swoole"));
    if (!m)
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "the swoole module is not registered");
    for (size_t i = 0; i < sizeof constants / sizeof constants[0]; i++)
        zend_register_long_constant(constants[i].name, strlen(constants[i].name),
                                    constants[i].value, CONST_PERSISTENT, m->module_number);
    redisc_minit(register_class_Swoole_Coroutine_Redis());
    api->php->class_alias(redisc_ce, "Co\\Redis", true);
    return 0;
}

static void redisc_info(void)
{
    char v[32];
    snprintf(v, sizeof v, "%d.%d.%d", HIREDIS_MAJOR, HIREDIS_MINOR, HIREDIS_PATCH);
    php_info_print_table_row(2, "redis", "coroutine Redis client (Swoole\\Coroutine\\Redis)");
    php_info_print_table_row(2, "hiredis (headers)", v);
}

SW_PLUGIN_DEFINE(.name = "redis", .version = REDISC_PLUGIN_VERSION,
                 .description = "coroutine Redis client: Swoole\\Coroutine\\Redis (hiredis)",
                 .startup = redisc_startup, .info = redisc_info)
