/* plugin.c — the pgsql plugin's descriptor: registers Swoole\Coroutine\PostgreSQL
 * (client.c), Swoole\Coroutine\PostgreSQLStatement (stmt.c) and the SW_PGSQL_* fetch
 * constants; a coroutine PostgreSQL client over libpq's asynchronous API (wait.c). */
#include "pgsqlc.h"
#include "ext/standard/info.h"

#include "pgsql_arginfo.h"

static int pgsql_startup(const sw_api_t *api)
{
    /* constants belong to the module that loaded us: they go when it does */
    zend_module_entry *m = zend_hash_str_find_ptr(&module_registry, ZEND_STRL("swoole"));
    if (!m)
        return api->error_set(SW_SDK_E_WRONG_OPERATION, "the swoole module is not registered");
    register_pgsql_symbols(m->module_number);
    pgsql_minit(register_class_Swoole_Coroutine_PostgreSQL());
    pgsql_stmt_minit(register_class_Swoole_Coroutine_PostgreSQLStatement());
    api->php->class_alias(pgsql_ce, "Co\\PostgreSQL", true);
    return 0;
}

static void pgsql_info(void)
{
    char ver[32];
    int v = PQlibVersion();
    snprintf(ver, sizeof ver, "%d.%d", v / 10000, v % 10000);
    php_info_print_table_row(2, "pgsql", "coroutine PostgreSQL client (Swoole\\Coroutine\\PostgreSQL)");
    php_info_print_table_row(2, "pgsql client library", ver);
}

SW_PLUGIN_DEFINE(.name = "pgsql", .version = PGSQL_PLUGIN_VERSION,
                 .description = "coroutine PostgreSQL client: Swoole\\Coroutine\\PostgreSQL",
                 .startup = pgsql_startup, .info = pgsql_info)
