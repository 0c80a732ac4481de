/* plugin.c — the mysql plugin's descriptor: registers Swoole\Coroutine\MySQL (client.c)
 * and Swoole\Coroutine\MySQL\Statement (stmt.c), a coroutine MySQL/MariaDB client over
 * MariaDB Connector/C's non-blocking API (wait.c). */
#include "mysqlc.h"
#include "ext/standard/info.h"

#include "mysql_arginfo.h"

static int mysqlc_startup(const sw_api_t *api)
{
    /* once, here: mysql_init() would otherwise do it lazily, racing nothing but still
     * allocating at the first connect of each process */
    if (mysql_library_init(0, NULL, NULL))
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT, "mysql_library_init() failed");
    mysqlc_minit(register_class_Swoole_Coroutine_MySQL());
    mysqlc_stmt_minit(register_class_Swoole_Coroutine_MySQL_Statement());
    api->php->class_alias(mysqlc_ce, "Co\\MySQL", true);
    api->php->class_alias(mysqlc_stmt_ce, "Co\\MySQL\\Statement", true);
    return 0;
}

static void mysqlc_shutdown(void) { mysql_library_end(); }

static void mysqlc_info(void)
{
    php_info_print_table_row(2, "mysql", "coroutine MySQL client (Swoole\\Coroutine\\MySQL)");
    php_info_print_table_row(2, "mysql client library", mysql_get_client_info());
}

SW_PLUGIN_DEFINE(.name = "mysql", .version = MYSQLC_PLUGIN_VERSION,
                 .description = "coroutine MySQL client: Swoole\\Coroutine\\MySQL, Statement",
                 .startup = mysqlc_startup, .shutdown = mysqlc_shutdown,
                 .info = mysqlc_info)
