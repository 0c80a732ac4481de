/* plugin_classes.c — the classes that plugins provide, known to the core by name so that
 * using one whose plugin is not loaded says which ini line to add, instead of PHP's bare
 * 'Class "Swoole\Http\Server" not found'.
 *
 * It hooks zend_autoload (after whatever autoloaders ran and found nothing) and throws only
 * when user code itself asks for the class (new, a static call, a constant): probing with
 * class_exists() stays silent, as libraries expect. */
#include "php_swoole.h"

typedef struct {
    const char *lc_name;     /* lower case, as PHP looks classes up */
    const char *plugin;
} plugin_class_t;

static const plugin_class_t plugin_classes[] = {
    {"swoole\\http\\server", "http"},
    {"swoole\\http\\request", "http"},
    {"swoole\\http\\response", "http"},
    {"swoole\\coroutine\\http\\server", "http"},
    {"co\\http\\server", "http"},
    {"swoole_http_server", "http"},
    {"swoole_http_request", "http"},
    {"swoole_http_response", "http"},
    {"swoole\\websocket\\server", "websocket"},
    {"swoole\\websocket\\frame", "websocket"},
    {"swoole\\websocket\\closeframe", "websocket"},
    {"swoole_websocket_server", "websocket"},
    {"swoole\\redis\\server", "redis_server"},
    {"swoole\\coroutine\\redis", "redis"},
    {"co\\redis", "redis"},
    {"swoole\\coroutine\\mysql", "mysql"},
    {"swoole\\coroutine\\mysql\\statement", "mysql"},
    {"co\\mysql", "mysql"},
    {"co\\mysql\\statement", "mysql"},
    {"swoole\\coroutine\\postgresql", "pgsql"},
    {"swoole\\coroutine\\postgresqlstatement", "pgsql"},
    {"co\\postgresql", "pgsql"},
    {"swoole\\coroutine\\http\\client", "http_client"},
    {"co\\http\\client", "http_client"},
    {"swoole\\coroutine\\http2\\client", "http_client"},
    {"co\\http2\\client", "http_client"},
};

/* The conf.d file `make install` writes for a plugin, where it is not 30-swoole-NAME.ini
 * (the number orders the files: clients after the servers). */
static const struct {
    const char *plugin, *ini;
} plugin_inis[] = {
    {"mysql", "40-swoole-mysql.ini"},
    {"redis_server", "35-swoole-redis-server.ini"},
    {"redis", "45-swoole-redis.ini"},
    {"pgsql", "41-swoole-pgsql.ini"},
};

static zend_class_entry *(*prev_autoload)(zend_string *name, zend_string *lc_name);

static const char *plugin_of(const zend_string *lc_name)
{
    const char *n = ZSTR_VAL(lc_name);
    if (*n == '\\')
        n++;
    for (size_t i = 0; i < sizeof plugin_classes / sizeof plugin_classes[0]; i++)
        if (strcmp(plugin_classes[i].lc_name, n) == 0)
            return plugin_classes[i].plugin;
    return NULL;
}

/* True when the lookup comes from user code (new X, X::f(), X::C), not from an internal
 * function such as class_exists(). */
static bool asked_by_user_code(void)
{
    zend_execute_data *ex = EG(current_execute_data);
    return ex && ex->func && ZEND_USER_CODE(ex->func->type);
}

static const char *ini_of(const char *plugin)
{
    static char buf[96];
    for (size_t i = 0; i < sizeof plugin_inis / sizeof plugin_inis[0]; i++)
        if (strcmp(plugin_inis[i].plugin, plugin) == 0)
            return plugin_inis[i].ini;
    snprintf(buf, sizeof buf, "30-swoole-%s.ini", plugin);
    return buf;
}

static zend_class_entry *autoload(zend_string *name, zend_string *lc_name)
{
    zend_class_entry *ce = prev_autoload ? prev_autoload(name, lc_name) : NULL;
    if (ce || EG(exception))
        return ce;
    const char *plugin = plugin_of(lc_name);
    if (!plugin || !asked_by_user_code())
        return NULL;
    const char *why = php_sw_plugin_unavailable(plugin);
    if (!why)
        return NULL;   /* loaded, yet the class is not there: PHP's own error says enough */
    if (*why)
        zend_throw_error(NULL, "Class \"%s\" is provided by the swoole plugin \"%s\", which "
                         "failed to load: %s", ZSTR_VAL(name), plugin, why);
    else
        zend_throw_error(NULL, "Class \"%s\" is provided by the swoole plugin \"%s\", which "
                         "is not enabled: add \"swoole.plugins[] = %s\" to php.ini or a "
                         "conf.d file (make install puts it in conf.d/%s)",
                         ZSTR_VAL(name), plugin, plugin, ini_of(plugin));
    return NULL;
}

void php_sw_plugin_classes_minit(void)
{
    prev_autoload = zend_autoload;
    zend_autoload = autoload;
}

void php_sw_plugin_classes_mshutdown(void)
{
    if (zend_autoload == autoload)
        zend_autoload = prev_autoload;
}
