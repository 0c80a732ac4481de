/* coserver.c — Swoole\Coroutine\Http\Server (placeholder: output hooks only). */
#include "http.h"

bool http_co_send(http_conn_t *hc, const char *data, size_t len)
{
    (void)hc; (void)data; (void)len;
    return false;
}
void http_co_response_done(http_conn_t *hc, bool close_after) { (void)hc; (void)close_after; }
bool http_co_open(const http_conn_t *hc) { (void)hc; return false; }
void http_co_info(const http_conn_t *hc, sw_api_conn_info_t *info) { (void)hc; (void)info; }
