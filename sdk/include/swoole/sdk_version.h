/* swoole/sdk_version.h — the version of the plugin ABI (the SDK), apart from the version
 * of swoole itself.
 *
 * Rules: a plugin loads only if its SW_SDK_MAJOR equals the core's and the minimum minor
 * it asks for (SW_PLUGIN_MIN_MINOR, by default the SW_SDK_MINOR it was built with) is not
 * above the core's. Within a major, the services table and every struct that starts with
 * its size only grow at their end; nothing is removed, reordered or retyped. Anything
 * else is a new major.
 *
 * Changelog (one line per bump, dated):
 *   1.0  2026-12-01  first SDK: descriptor, services table v1 (log, errors, loop fds,
 *                    defer, timers, coroutines, wait_fd, provide/require, coroutine
 *                    socket with TLS), PHP bridge v1
 *                    (classes, native objects, exceptions, callables in coroutines, ini).
 *   1.1  2026-12-01  server protocols: sw_api_proto_t, proto_register, conn_* calls;
 *                    PHP bridge: conn_server, server_conn, conn_setting, server_event,
 *                    server_emit.
 *   1.2  2026-12-02  conn_send_last.
 *   1.3  2026-12-02  PHP bridge: server_count_request. */
#ifndef SWOOLE_SDK_VERSION_H
#define SWOOLE_SDK_VERSION_H

#define SW_SDK_MAJOR 1
#define SW_SDK_MINOR 3
#define SW_SDK_VERSION_STRING "1.3"

/* True when the headers being compiled against are SDK maj.min or a later minor of the
 * same major: `#if SW_SDK_AT_LEAST(1, 2)` guards code that needs a call added in 1.2. */
#define SW_SDK_AT_LEAST(maj, min) \
    (SW_SDK_MAJOR == (maj) && SW_SDK_MINOR >= (min))

#endif
