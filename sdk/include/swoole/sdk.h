/* swoole/sdk.h — the plugin contract, pure C part: the plugin descriptor, the services
 * table the core hands to a plugin at startup, and SW_PLUGIN_DEFINE(). No PHP header is
 * needed here; the PHP bridge (classes, objects, exceptions, callables) is in
 * <swoole/sdk_php.h>, reached through api->php.
 *
 * A plugin never links against the core and never calls its symbols: it calls through
 * the one `const sw_api_t *sw_api` that SW_PLUGIN_DEFINE() defines and the core fills in
 * before `startup` runs. Every call is an indirect call through a const table, the same
 * cost as a call into any shared library through its PLT.
 *
 * Conventions: functions returning int return >= 0 on success and a negative error code
 * (-errno, or -SW_SDK_E_* below, the same numbers as swoole_last_error()) on failure, with
 * the message readable through api->error_msg(). All calls run on the thread that runs
 * PHP; none may be called from another thread. */
#ifndef SWOOLE_SDK_H
#define SWOOLE_SDK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sdk_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- log levels and error codes (same values as the SWOOLE_LOG_* / SWOOLE_ERROR_*
 * constants PHP code sees) ------------------------------------------------------------- */
enum {
    SW_SDK_LOG_DEBUG = 0,
    SW_SDK_LOG_TRACE = 1,
    SW_SDK_LOG_INFO = 2,
    SW_SDK_LOG_NOTICE = 3,
    SW_SDK_LOG_WARNING = 4,
    SW_SDK_LOG_ERROR = 5,
};

enum {
    SW_SDK_E_MALLOC_FAIL = 501,
    SW_SDK_E_SYSTEM_CALL_FAIL = 502,
    SW_SDK_E_INVALID_PARAMS = 505,
    SW_SDK_E_OPERATION_NOT_SUPPORT = 507,
    SW_SDK_E_PROTOCOL_ERROR = 508,
    SW_SDK_E_WRONG_OPERATION = 509,
    SW_SDK_E_OUT_OF_COROUTINE = 10001,
    SW_SDK_E_CO_CANCELED = 10017,
    SW_SDK_E_CO_TIMEDOUT = 10018,
    SW_SDK_E_SSL_VERIFY_FAILED = 1014,      /* the peer's certificate was refused */
    SW_SDK_E_SSL_RESET = 1017,              /* a TLS error on an established connection */
    SW_SDK_E_SSL_HANDSHAKE_FAILED = 1018,   /* the TLS handshake failed */
};

/* Interest / readiness bits for fds. SW_SDK_EV_ERROR is only reported. */
enum {
    SW_SDK_EV_READ = 1u << 0,
    SW_SDK_EV_WRITE = 1u << 1,
    SW_SDK_EV_ERROR = 1u << 2,
};

/* ---- opaque handles ------------------------------------------------------------------ */
typedef struct sw_api_io sw_api_io_t;       /* an fd watcher on the loop */
typedef struct sw_api_socket sw_api_socket_t;   /* a coroutine socket (TCP, TLS) */
typedef struct sw_api_coro sw_api_coro_t;   /* a coroutine */
typedef struct sw_api_conn sw_api_conn_t;   /* a connection accepted by a server (1.1) */

typedef void (*sw_api_io_cb)(sw_api_io_t *io, int fd, unsigned events, void *data);
typedef void (*sw_api_cb)(void *arg);
typedef void (*sw_api_timer_cb)(int64_t timer_id, void *arg);
typedef void (*sw_api_coro_fn)(void *arg);

struct sw_php_api;  /* <swoole/sdk_php.h> */

/* TLS settings of a client socket (socket_enable_tls). Starts with its size like every
 * struct that may grow: set .size = sizeof(sw_api_tls_t). */
typedef struct sw_api_tls {
    uint32_t size;
    bool verify_peer;          /* check the chain (and the name, if server_name is set) */
    const char *server_name;   /* SNI and the name to verify; NULL for none */
    const char *ca_file;       /* PEM bundle; NULL: the system's default paths */
    const char *alpn;          /* comma-separated protocols ("h2,http/1.1"); NULL for none */
} sw_api_tls_t;

/* A server protocol (SDK 1.1): a port whose setting `setting` is true (on the port, else on
 * the server; for a server of class `server_class` or a subclass it is true unless set to
 * false) hands its connections' input to on_data instead of cutting it into onReceive
 * packets. `data` is all the input the connection holds that was not consumed yet, in the
 * connection's own buffer (read it in place — or rewrite it in place, e.g. to decode a
 * chunked body; it may move between calls, so keep offsets, not pointers): return how many bytes were consumed (0..len; the rest comes again, with
 * more, on the next call), or < 0 to reset the connection. on_connect runs once a
 * connection is accepted, on_close when it is gone (whoever closed it; the connection is
 * readable during the call), on_drain when an output queue that had filled up is empty.
 * `events` are the server events it adds (NULL-ended, e.g. {"request", NULL}): on() and
 * Port::on() accept them and a port speaking the protocol requires a callback for the
 * first one. All callbacks but on_data are optional. */
typedef struct sw_api_proto {
    uint32_t size;                  /* sizeof(sw_api_proto_t) */
    const char *name;               /* "http" */
    const char *setting;            /* "open_http_protocol" */
    const char *server_class;       /* "Swoole\\Http\\Server", or NULL */
    const char *const *events;
    void (*on_connect)(sw_api_conn_t *c);
    long (*on_data)(sw_api_conn_t *c, char *data, size_t len);
    void (*on_close)(sw_api_conn_t *c);
    void (*on_drain)(sw_api_conn_t *c);
} sw_api_proto_t;

/* What a connection is (conn_info). */
typedef struct sw_api_conn_info {
    uint32_t size;                  /* set it to sizeof(sw_api_conn_info_t) */
    int64_t session;                /* the $fd of the PHP API */
    int fd;                         /* the socket */
    int server_fd;                  /* the listening socket it came from */
    int server_port;
    int remote_port;                /* 0 for Unix sockets */
    char remote_ip[64];             /* address text, or the Unix path */
    uint64_t connect_time;          /* unix seconds */
} sw_api_conn_info_t;

/* ---- the services table v1 ----------------------------------------------------------- *
 * Append-only within a major. Test for a call newer than the minor you require with
 * SW_API_HAS(api, name) before calling it. */
typedef struct sw_api {
    uint32_t size;           /* sizeof(sw_api_t) in the core that made it */
    uint16_t major, minor;   /* the core's SDK version */

    /* log and errors ------------------------------------------------------------------- */
    void (*log)(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
    int (*log_level)(void);                  /* messages below it are dropped */
    /* Records the last error (what swoole_last_error() returns) and returns -code. */
    int (*error_set)(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
    int (*error_code)(void);
    const char *(*error_msg)(void);
    const char *(*strerror)(int code);

    /* the loop (the process's default loop, the one PHP coroutines run on) -------------- */
    uint64_t (*now_ms)(void);                /* monotonic, cached per loop iteration */
    /* Watches fd for `events`; cb runs on the loop with the ready bits. NULL on failure
     * (fd already watched, bad fd). The watcher keeps the loop alive. */
    sw_api_io_t *(*io_add)(int fd, unsigned events, sw_api_io_cb cb, void *data);
    int (*io_modify)(sw_api_io_t *io, unsigned events);
    /* Stops and frees the watcher (safe inside its own callback); never closes the fd. */
    void (*io_del)(sw_api_io_t *io);
    /* Runs cb(arg) once in the next loop iteration. */
    int (*defer)(sw_api_cb cb, void *arg);
    /* Timers in ms (1 .. 86400000); returns the id (> 0, the one Swoole\Timer uses). */
    int64_t (*timer_add)(uint64_t ms, bool repeat, sw_api_timer_cb cb, void *arg);
    int (*timer_cancel)(int64_t id);

    /* coroutines ------------------------------------------------------------------------- *
     * create runs fn(arg) at once in a new coroutine (a full PHP coroutine: it may call PHP
     * code) until it yields or ends; returns its id or a negative code. */
    int64_t (*coro_create)(sw_api_coro_fn fn, void *arg);
    sw_api_coro_t *(*coro_current)(void);    /* NULL outside a coroutine */
    int64_t (*coro_id)(const sw_api_coro_t *co);
    /* Suspends the current coroutine until someone calls coro_resume on it. `what` names
     * the wait in deadlock reports. */
    int (*coro_yield)(const char *what);
    int (*coro_resume)(sw_api_coro_t *co);
    int (*coro_sleep_ms)(uint64_t ms);
    /* Suspends the current coroutine until fd is ready for `events` (SW_SDK_EV_READ and/or
     * SW_SDK_EV_WRITE) or timeout_ms passes (< 0: no timeout). Returns the ready bits
     * (> 0), -SW_SDK_E_CO_TIMEDOUT, -SW_SDK_E_CO_CANCELED, or another negative code. This
     * is the one primitive a C client library owning its socket needs (hiredis, libpq,
     * MariaDB's non-blocking API). The fd must not be watched by io_add meanwhile. */
    int (*wait_fd)(int fd, unsigned events, long timeout_ms);

    /* services between plugins ----------------------------------------------------------- *
     * provide: publishes a vtable under a name with a version (at startup). require:
     * returns a published vtable whose version >= min_version, or NULL. Plugins never
     * link against each other. */
    int (*provide)(const char *name, uint32_t version, const void *vtable);
    const void *(*require)(const char *name, uint32_t min_version);

    /* the PHP bridge (see <swoole/sdk_php.h>) -------------------------------------------- */
    const struct sw_php_api *php;

    /* the coroutine socket ------------------------------------------------------------------ *
     * Every call that waits suspends the current coroutine (they fail with
     * -SW_SDK_E_OUT_OF_COROUTINE outside one); timeouts are in ms, < 0 for none, and bound
     * the whole call. Failures return NULL / a negative code (-errno, -SW_SDK_E_CO_TIMEDOUT,
     * -SW_SDK_E_SSL_*) with the message in error_msg(). One coroutine may wait on a
     * socket at a time (a second concurrent waiter gets -EEXIST). */
    /* Resolves host (name or address; the lookup itself blocks) and connects over TCP,
     * trying each address in turn. */
    sw_api_socket_t *(*socket_connect)(const char *host, int port, long timeout_ms);
    /* Wraps a connected stream fd, made non-blocking; the socket owns it from now on. */
    sw_api_socket_t *(*socket_from_fd)(int fd);
    /* TLS client handshake on a connected socket. */
    int (*socket_enable_tls)(sw_api_socket_t *s, const sw_api_tls_t *tls, long timeout_ms);
    /* Reads at most len bytes once some are available: > 0 bytes, 0 at end of stream. */
    long (*socket_read)(sw_api_socket_t *s, void *buf, size_t len, long timeout_ms);
    /* Writes all len bytes; returns len, or a negative code (some may have been sent). */
    long (*socket_write)(sw_api_socket_t *s, const void *buf, size_t len, long timeout_ms);
    int (*socket_fd)(const sw_api_socket_t *s);
    /* The negotiated ALPN protocol, or NULL. */
    const char *(*socket_alpn)(const sw_api_socket_t *s);
    /* Shuts TLS down (without waiting), closes the fd and frees the socket. Never call it
     * while another coroutine waits on the same socket. */
    void (*socket_close)(sw_api_socket_t *s);

    /* server protocols (1.1) -------------------------------------------------------------- *
     * A connection pointer is valid during the callback that gave it and until the end of
     * that loop iteration; code that keeps a connection longer (a response finished by
     * another coroutine) keeps its server and session and looks it up again
     * (php->server_conn). */
    /* Makes a protocol available to servers (from startup; the table must outlive it). */
    int (*proto_register)(const sw_api_proto_t *proto);
    int64_t (*conn_session)(const sw_api_conn_t *c);
    /* The protocol's own pointer for a connection (NULL until set). */
    void *(*conn_data)(const sw_api_conn_t *c);
    void (*conn_set_data)(sw_api_conn_t *c, void *data);
    int (*conn_info)(const sw_api_conn_t *c, sw_api_conn_info_t *info);
    /* Queues bytes (written at once if the socket takes them): 0, or -SW_SDK_E_* when the
     * connection is closing or its output buffer is full (buffer_output_size). */
    int (*conn_send)(sw_api_conn_t *c, const void *data, size_t len);
    /* Bytes queued and not yet written. */
    size_t (*conn_pending)(const sw_api_conn_t *c);
    /* Closes after the queued output is written (reset: at once, with an RST). */
    int (*conn_close)(sw_api_conn_t *c, bool reset);
    /* Stops / restarts reading the socket (input already held stays). */
    int (*conn_pause)(sw_api_conn_t *c);
    int (*conn_resume)(sw_api_conn_t *c);
    /* Calls on_data again from the loop with the input the connection holds (after it
     * returned 0 while busy). Does nothing if it holds none. */
    void (*conn_redispatch)(sw_api_conn_t *c);
    /* One pointer per listening port for the protocol's own use (its settings, say),
     * shared by the port's connections; NULL until set. */
    void *(*conn_port_data)(const sw_api_conn_t *c);
    void (*conn_set_port_data)(sw_api_conn_t *c, void *data);
    /* 1.2: conn_send for the connection's last bytes (a response to "Connection: close"):
     * nothing can be sent after them and the connection closes once they are written —
     * at your conn_close, or at the end of the loop iteration at the latest. The bytes
     * and the FIN leave in one packet. */
    int (*conn_send_last)(sw_api_conn_t *c, const void *data, size_t len);
} sw_api_t;

/* True if the core's table has the member `fn` (and it is set). */
#define SW_API_HAS(api, fn)                                                         \
    ((api)->size >= offsetof(sw_api_t, fn) + sizeof((api)->fn) && (api)->fn != NULL)

/* ---- the plugin descriptor ----------------------------------------------------------- */
#define SW_PLUGIN_MAGIC 0x53575031u   /* "SWP1" */
/* The name of the one function every plugin exports (dlsym is only guaranteed for
 * functions, not data). */
#define SW_PLUGIN_SYMBOL "sw_plugin_descriptor"

enum sw_plugin_dep_kind {
    SW_DEP_REQUIRED = 0,   /* load after it; fail if it is missing, failed or too old */
    SW_DEP_OPTIONAL = 1,   /* load after it if it is enabled */
    SW_DEP_CONFLICTS = 2,  /* refuse to load if it is enabled */
};

typedef struct sw_plugin_dep {
    const char *name;
    const char *min_version;   /* "1.2.0", NULL for any */
    int kind;                  /* enum sw_plugin_dep_kind */
} sw_plugin_dep_t;

/* Hooks. startup runs at the core's MINIT, after the core's classes exist, in dependency
 * order; it returns 0, or a negative code (set api->error_set() for the message) to
 * refuse loading. shutdown runs at MSHUTDOWN in reverse order, only if startup
 * succeeded. The request hooks run from the module's RINIT/RSHUTDOWN. info prints rows
 * (php_info_print_table_row) into `php --ri swoole`. worker_start runs in each server
 * worker process. Every hook but startup is optional. */
typedef struct sw_plugin {
    uint32_t magic;            /* SW_PLUGIN_MAGIC */
    uint32_t size;             /* sizeof(sw_plugin_t) at build time */
    uint16_t sdk_major;        /* SW_SDK_MAJOR at build time */
    uint16_t sdk_min_minor;    /* the lowest core minor this plugin works with */
    uint32_t zend_api;         /* ZEND_MODULE_API_NO at build time (0: no PHP calls) */
    const char *build_id;      /* ZEND_MODULE_BUILD_ID at build time (NULL: no PHP calls) */
    const char *name;          /* must equal the file name without .so */
    const char *version;       /* the plugin's own version, "1.2.0" */
    const char *description;
    const sw_plugin_dep_t *deps;   /* ended by an entry with name == NULL; may be NULL */
    const sw_api_t **api_slot;     /* the core stores the table here before startup */
    int (*startup)(const sw_api_t *api);
    void (*shutdown)(void);
    int (*request_startup)(void);
    void (*request_shutdown)(void);
    void (*worker_start)(int worker_id);
    void (*info)(void);
} sw_plugin_t;

/* The table, for every file of the plugin (SW_PLUGIN_DEFINE makes the one definition). */
extern const sw_api_t *sw_api __attribute__((visibility("hidden")));

#ifndef SW_PLUGIN_MIN_MINOR
/* Define it lower before including this header if the plugin probes newer calls with
 * SW_API_HAS and so also works on an older core. */
#define SW_PLUGIN_MIN_MINOR SW_SDK_MINOR
#endif

/* The PHP build the plugin was compiled against: set by <swoole/sdk_php.h>. A plugin that
 * never includes it (never calls PHP) loads into any PHP build. */
#ifndef SW_SDK_ZEND_API
#define SW_SDK_ZEND_API 0
#define SW_SDK_BUILD_ID NULL
#endif

#define SW_PLUGIN_EXPORT __attribute__((visibility("default")))

/* Writes the descriptor, the exported function returning it and the definition of
 * sw_api. Use once per plugin, in one file, with designated initializers:
 *
 *     SW_PLUGIN_DEFINE(.name = "line", .version = "1.0.0", .description = "...",
 *                      .startup = line_startup, .info = line_info)
 */
#define SW_PLUGIN_DEFINE(...)                                                        \
    const sw_api_t *sw_api;                                                          \
    static const sw_plugin_t sw_plugin_descriptor_ = {                               \
        .magic = SW_PLUGIN_MAGIC,                                                    \
        .size = sizeof(sw_plugin_t),                                                 \
        .sdk_major = SW_SDK_MAJOR,                                                   \
        .sdk_min_minor = SW_PLUGIN_MIN_MINOR,                                        \
        .zend_api = SW_SDK_ZEND_API,                                                 \
        .build_id = SW_SDK_BUILD_ID,                                                 \
        .api_slot = &sw_api,                                                         \
        __VA_ARGS__};                                                                \
    SW_PLUGIN_EXPORT const sw_plugin_t *sw_plugin_descriptor(void);                  \
    SW_PLUGIN_EXPORT const sw_plugin_t *sw_plugin_descriptor(void)                   \
    {                                                                                \
        return &sw_plugin_descriptor_;                                               \
    }

typedef const sw_plugin_t *(*sw_plugin_descriptor_fn)(void);

#ifdef __cplusplus
}
#endif

#endif
