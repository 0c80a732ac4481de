/* plugin.c — the http plugin's descriptor: registers Swoole\Http\Server (a Swoole\Server
 * whose ports speak HTTP/1.1 by default), Request and Response, Swoole\Coroutine\Http\Server
 * (coserver.c), and the "http" server protocol (open_http_protocol) with its "request"
 * event. Its shutdown releases the compressors of http_compression (compress.c). */
#include "http.h"
#include "ext/standard/info.h"

#include "http_arginfo.h"

zend_class_entry *http_server_ce;

static int http_startup(const sw_api_t *api)
{
    zend_class_entry *server = api->php->find_class("Swoole\\Server");
    if (!server)
        return api->error_set(SW_SDK_E_OPERATION_NOT_SUPPORT, "Swoole\\Server is missing");
    http_server_ce = register_class_Swoole_Http_Server(server);
    http_request_minit(register_class_Swoole_Http_Request());
    http_response_minit(register_class_Swoole_Http_Response());
    http_coserver_minit(register_class_Swoole_Coroutine_Http_Server());
    api->php->class_alias(http_server_ce, "swoole_http_server", false);
    api->php->class_alias(http_request_ce, "swoole_http_request", false);
    api->php->class_alias(http_response_ce, "swoole_http_response", false);
    api->php->class_alias(http_coserver_ce, "Co\\Http\\Server", true);
    int rc = api->proto_register(&http_proto);
    if (rc < 0)
        return rc;
    http_ev_request = api->php->server_event("request");
    return http_upgrade_provide(api);
}

static void http_request_shutdown(void)
{
    http_objects_release();
    http_cfg_reset();
}

static void http_shutdown(void) { http_compress_shutdown(); }

static void http_info(void)
{
    php_info_print_table_row(2, "http", "HTTP/1.1 server (Swoole\\Http\\Server)");
}

SW_PLUGIN_DEFINE(.name = "http", .version = HTTP_PLUGIN_VERSION,
                 .description = "HTTP/1.1 server: Swoole\\Http\\Server, Request, Response",
                 .startup = http_startup, .shutdown = http_shutdown,
                 .request_shutdown = http_request_shutdown,
                 .info = http_info)
