/* swoole.c — the module: entry, ini, constants, exceptions, the swoole_* helper functions
 * and the glue that routes core errors and logs into PHP. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "php_swoole.h"
#include "sw_async.h"
#include "SAPI.h"
#include "swoole_arginfo.h"

php_sw_settings_t php_sw_settings;

zend_class_entry *php_sw_exception_ce;
zend_class_entry *php_sw_error_ce;
zend_class_entry *php_sw_exit_exception_ce;
zend_class_entry *php_sw_canceled_exception_ce;

/* ---- ini ------------------------------------------------------------------------------ */

static ZEND_INI_MH(on_update_bool)
{
    bool *p = (bool *)mh_arg1;
    *p = zend_ini_parse_bool(new_value);
    return SUCCESS;
}

/* swoole.plugin_failure: what a plugin that cannot load does to PHP's startup. */
static ZEND_INI_MH(on_update_plugin_failure)
{
    if (!zend_string_equals_literal(new_value, "warn") &&
        !zend_string_equals_literal(new_value, "fatal")) {
        php_error_docref(NULL, E_WARNING,
                         "swoole.plugin_failure must be \"warn\" or \"fatal\", \"%s\" given",
                         ZSTR_VAL(new_value));
        return FAILURE;
    }
    return SUCCESS;
}

PHP_INI_BEGIN()
ZEND_INI_ENTRY3("swoole.use_shortname", "On", PHP_INI_SYSTEM, on_update_bool,
                &php_sw_settings.use_shortname, NULL, NULL)
ZEND_INI_ENTRY3("swoole.display_errors", "On", PHP_INI_ALL, on_update_bool,
                &php_sw_settings.display_errors, NULL, NULL)
ZEND_INI_ENTRY3("swoole.enable_coroutine", "On", PHP_INI_ALL, on_update_bool,
                &php_sw_settings.enable_coroutine, NULL, NULL)
/* Plugins (plugin_loader.c). The enabled list, swoole.plugins[], is an ini array and so
 * not an entry: it is read from PHP's configuration at MINIT. */
ZEND_INI_ENTRY("swoole.plugin_dir", PHP_SW_PLUGIN_DIR, PHP_INI_SYSTEM, NULL)
ZEND_INI_ENTRY("swoole.plugin_failure", "warn", PHP_INI_SYSTEM, on_update_plugin_failure)
PHP_INI_END()

/* ---- errors and logs ------------------------------------------------------------------ */

void php_sw_error_from_core(int level)
{
    if (level == E_WARNING && !php_sw_settings.display_errors)
        return;
    php_error_docref(NULL, level, "%s", sw_error_msg());
}

void php_sw_set_last_error(int code) { sw_error_set(code, "%s", sw_strerror(code)); }
int php_sw_get_last_error(void) { return sw_error_code(); }

/* Core log lines go to PHP's stderr path with Swoole's level names. */
static void log_to_php(int level, const char *msg, size_t len, void *ud)
{
    static const char *const names[] = {"DEBUG", "TRACE", "INFO", "NOTICE", "WARNING", "ERROR"};
    (void)ud;
    fprintf(stderr, "[%s] %.*s\n", level >= 0 && level <= SW_LOG_ERROR ? names[level] : "LOG",
            (int)len, msg);
    fflush(stderr);
}

/* ---- callbacks kept across waits --------------------------------------------------------- */

/* The position of `arg` among the arguments of the internal function being called, or 0:
 * the callers pass the argument's own slot, so errors can name it as PHP's do. */
static uint32_t current_arg_num(const zval *arg)
{
    zend_execute_data *ex = EG(current_execute_data);

    if (!ex || !ex->func || ex->func->type != ZEND_INTERNAL_FUNCTION)
        return 0;
    for (uint32_t i = 1; i <= ZEND_CALL_NUM_ARGS(ex); i++) {
        if (ZEND_CALL_ARG(ex, i) == arg)
            return i;
    }
    return 0;
}

bool php_sw_callback_init(php_sw_callback_t *cb, zval *callable, uint32_t argc, zval *argv)
{
    char *error = NULL;

    if (!zend_is_callable_ex(callable, NULL, 0, NULL, NULL, &error)) {
        /* "f(): Argument #2 ($callback) must be a valid callback, ..." as Swoole (Z_PARAM_FUNC) */
        uint32_t num = current_arg_num(callable);
        if (num)
            zend_argument_type_error(num, "must be a valid callback, %s",
                                     error ? error : "not callable");
        else
            zend_type_error("%s", error ? error : "argument is not callable");
        if (error)
            efree(error);
        return false;
    }
    if (error)
        efree(error);
    ZVAL_COPY(&cb->callable, callable);
    cb->argc = argc;
    cb->argv = NULL;
    if (argc) {
        cb->argv = safe_emalloc(argc, sizeof(zval), 0);
        for (uint32_t i = 0; i < argc; i++)
            ZVAL_COPY(&cb->argv[i], &argv[i]);
    }
    return true;
}

void php_sw_callback_dtor(php_sw_callback_t *cb)
{
    for (uint32_t i = 0; i < cb->argc; i++)
        zval_ptr_dtor(&cb->argv[i]);
    if (cb->argv)
        efree(cb->argv);
    cb->argv = NULL;
    cb->argc = 0;
    zval_ptr_dtor(&cb->callable);
    ZVAL_UNDEF(&cb->callable);
}

/* Calls cb->callable at the root. The call holds its own reference to the callable: the
 * callback may release cb (Event::cycle(null), Event::set() from inside the callback),
 * and zend_call_function() keeps neither the array [$obj, 'method'] nor $obj alive, so
 * $this would be freed under the running method. The arguments are copied into the
 * frame before the call starts, so they need no such care. */
static void callback_call_root(php_sw_callback_t *cb, zval *rv, uint32_t argc, zval *args)
{
    zval fn;

    ZVAL_COPY(&fn, &cb->callable);
    call_user_function(NULL, NULL, &fn, rv, argc, args);
    zval_ptr_dtor(&fn);
}

bool php_sw_callback_call(php_sw_callback_t *cb, zval *retval)
{
    zval rv;

    callback_call_root(cb, retval ? retval : &rv, cb->argc, cb->argv);
    if (!retval)
        zval_ptr_dtor(&rv);
    return !EG(exception);
}

zend_long php_sw_callback_go(php_sw_callback_t *cb)
{
    zend_fcall_info_cache fcc;

    if (!zend_is_callable_ex(&cb->callable, NULL, 0, NULL, &fcc, NULL))
        return -1;
    return php_sw_coro_create(&cb->callable, &fcc, cb->argc, cb->argv);
}

void php_sw_callback_dispatch(php_sw_callback_t *cb, zval *first, bool in_coroutine)
{
    zval small[8], *args = cb->argv, rv;
    uint32_t argc = cb->argc;
    bool own_args = false;  /* decided now: cb->argv may be freed by the callback */

    if (first) {
        argc++;
        args = argc <= 8 ? small : safe_emalloc(argc, sizeof(zval), 0);
        own_args = args != small;
        ZVAL_COPY_VALUE(&args[0], first);
        if (cb->argc)
            memcpy(&args[1], cb->argv, cb->argc * sizeof(zval));
    }
    if (in_coroutine) {
        zend_fcall_info_cache fcc;
        if (zend_is_callable_ex(&cb->callable, NULL, 0, NULL, &fcc, NULL))
            php_sw_coro_create(&cb->callable, &fcc, argc, args);  /* copies the args */
    } else {
        callback_call_root(cb, &rv, argc, args);
        zval_ptr_dtor(&rv);
    }
    if (own_args)
        efree(args);
    if (in_coroutine || !EG(exception))
        return;
    /* exit() at the root throws PHP's unwind_exit. php_sw_uncaught_exception() clears that
     * one (inside a coroutine it is the unwinding of the coroutine), which here would
     * ignore the exit() and keep the loop running: the process ends instead. */
    if (zend_is_unwind_exit(EG(exception))) {
        zend_clear_exception();
        php_sw_end_process();
    }
    if (php_sw_uncaught_exception())
        php_sw_end_process();
}

void php_sw_class_alias(zend_class_entry *ce, const char *alias, bool short_name)
{
    if (short_name && !php_sw_settings.use_shortname)
        return;
    zend_register_class_alias_ex(alias, strlen(alias), ce, true);
}

/* ---- swoole_* functions ---------------------------------------------------------------- */

ZEND_FUNCTION(swoole_version)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_STRING(PHP_SWOOLE_VERSION);
}

ZEND_FUNCTION(swoole_cpu_num)
{
    ZEND_PARSE_PARAMETERS_NONE();
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    RETURN_LONG(n > 0 ? n : 1);
}

ZEND_FUNCTION(swoole_last_error)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(sw_error_code());
}

ZEND_FUNCTION(swoole_errno)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(errno);
}

ZEND_FUNCTION(swoole_clear_error)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_error_clear();
    errno = 0;
}

ZEND_FUNCTION(swoole_strerror)
{
    zend_long code, type = 1;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(code)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(type)
    ZEND_PARSE_PARAMETERS_END();
    /* type 2 asks for a resolver error (gai_strerror), as in Swoole. */
    if (type == 2)
        RETURN_STRING(gai_strerror((int)code));
    RETURN_STRING(sw_strerror((int)code));
}

ZEND_FUNCTION(swoole_async_set)
{
    HashTable *ht;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_apply_settings(ht);
}

ZEND_FUNCTION(swoole_get_local_ip)
{
    struct ifaddrs *list, *ifa;

    ZEND_PARSE_PARAMETERS_NONE();
    if (getifaddrs(&list) < 0) {
        php_error_docref(NULL, E_WARNING, "getifaddrs() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    array_init(return_value);
    for (ifa = list; ifa; ifa = ifa->ifa_next) {
        char ip[INET_ADDRSTRLEN];
        if (!ifa->ifa_addr || ifa->ifa_addr->sa_family != AF_INET ||
            (ifa->ifa_flags & IFF_LOOPBACK))
            continue;
        inet_ntop(AF_INET, &((struct sockaddr_in *)ifa->ifa_addr)->sin_addr, ip, sizeof ip);
        add_assoc_string(return_value, ifa->ifa_name, ip);
    }
    freeifaddrs(list);
}

ZEND_FUNCTION(swoole_get_local_mac)
{
    struct ifaddrs *list, *ifa;

    ZEND_PARSE_PARAMETERS_NONE();
    if (getifaddrs(&list) < 0) {
        php_error_docref(NULL, E_WARNING, "getifaddrs() failed: %s", strerror(errno));
        RETURN_FALSE;
    }
    int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    array_init(return_value);
    for (ifa = list; ifa && fd >= 0; ifa = ifa->ifa_next) {
        struct ifreq req;
        char mac[18];
        if (!ifa->ifa_addr || ifa->ifa_addr->sa_family != AF_INET ||
            (ifa->ifa_flags & IFF_LOOPBACK) || strlen(ifa->ifa_name) >= IFNAMSIZ)
            continue;
        memset(&req, 0, sizeof req);
        memcpy(req.ifr_name, ifa->ifa_name, strlen(ifa->ifa_name));
        if (ioctl(fd, SIOCGIFHWADDR, &req) < 0)
            continue;
        const unsigned char *b = (const unsigned char *)req.ifr_hwaddr.sa_data;
        snprintf(mac, sizeof mac, "%02X:%02X:%02X:%02X:%02X:%02X", b[0], b[1], b[2], b[3], b[4],
                 b[5]);
        add_assoc_string(return_value, ifa->ifa_name, mac);
    }
    if (fd >= 0)
        close(fd);
    freeifaddrs(list);
}

ZEND_FUNCTION(swoole_set_process_name)
{
    zend_string *name;
    zval fn, rv, arg;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_STR(name)
    ZEND_PARSE_PARAMETERS_END();
    /* The CLI SAPI owns argv's memory: let it retitle the process. */
    ZVAL_STRING(&fn, "cli_set_process_title");
    ZVAL_STR(&arg, name);
    if (call_user_function(NULL, NULL, &fn, &rv, 1, &arg) == FAILURE) {
        zval_ptr_dtor(&fn);
        RETURN_FALSE;
    }
    zval_ptr_dtor(&fn);
    RETVAL_BOOL(zend_is_true(&rv));
    zval_ptr_dtor(&rv);
}

ZEND_FUNCTION(swoole_error_log)
{
    zend_long level;
    zend_string *msg;

    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_LONG(level)
        Z_PARAM_STR(msg)
    ZEND_PARSE_PARAMETERS_END();
    if (sw_log_enabled((int)level))
        sw_log((int)level, "%s", ZSTR_VAL(msg));
}

/* ---- Swoole\ExitException ---------------------------------------------------------------- */

ZEND_METHOD(Swoole_ExitException, getFlags)
{
    zval rv;
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(zend_read_property(php_sw_exit_exception_ce, Z_OBJ_P(ZEND_THIS),
                                         ZEND_STRL("flags"), 1, &rv));
}

ZEND_METHOD(Swoole_ExitException, getStatus)
{
    zval rv;
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_COPY_DEREF(zend_read_property(php_sw_exit_exception_ce, Z_OBJ_P(ZEND_THIS),
                                         ZEND_STRL("status"), 1, &rv));
}

/* ---- constants ---------------------------------------------------------------------------- */

static void register_constants(int module_number)
{
    REGISTER_STRING_CONSTANT("SWOOLE_VERSION", PHP_SWOOLE_VERSION, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_VERSION_ID", PHP_SWOOLE_VERSION_ID, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_MAJOR_VERSION", PHP_SWOOLE_MAJOR_VERSION, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_MINOR_VERSION", PHP_SWOOLE_MINOR_VERSION, CONST_CS | CONST_PERSISTENT);
    REGISTER_LONG_CONSTANT("SWOOLE_RELEASE_VERSION", PHP_SWOOLE_RELEASE_VERSION, CONST_CS | CONST_PERSISTENT);
    REGISTER_STRING_CONSTANT("SWOOLE_EXTRA_VERSION", "", CONST_CS | CONST_PERSISTENT);
    REGISTER_BOOL_CONSTANT("SWOOLE_DEBUG", 0, CONST_CS | CONST_PERSISTENT);

    static const struct { const char *name; zend_long value; } longs[] = {
        {"SWOOLE_BASE", 1}, {"SWOOLE_PROCESS", 2},
        {"SWOOLE_IPC_UNSOCK", 1}, {"SWOOLE_IPC_MSGQUEUE", 2}, {"SWOOLE_IPC_PREEMPTIVE", 3},
        {"SWOOLE_IPC_NONE", 0}, {"SWOOLE_IPC_UNIXSOCK", 1}, {"SWOOLE_IPC_SOCKET", 3},
        {"SWOOLE_SOCK_TCP", 1}, {"SWOOLE_SOCK_TCP6", 3}, {"SWOOLE_SOCK_UDP", 2},
        {"SWOOLE_SOCK_UDP6", 4}, {"SWOOLE_SOCK_UNIX_STREAM", 5}, {"SWOOLE_SOCK_UNIX_DGRAM", 6},
        {"SWOOLE_TCP", 1}, {"SWOOLE_TCP6", 3}, {"SWOOLE_UDP", 2}, {"SWOOLE_UDP6", 4},
        {"SWOOLE_UNIX_STREAM", 5}, {"SWOOLE_UNIX_DGRAM", 6},
        {"SWOOLE_SOCK_SYNC", 0}, {"SWOOLE_SOCK_ASYNC", 1}, {"SWOOLE_SYNC", 2048},
        {"SWOOLE_ASYNC", 1024}, {"SWOOLE_KEEP", 4096}, {"SWOOLE_SSL", 512},
        {"SWOOLE_EVENT_READ", PHP_SW_EVENT_READ}, {"SWOOLE_EVENT_WRITE", PHP_SW_EVENT_WRITE},
        {"SWOOLE_CHANNEL_OK", SW_CHAN_OK}, {"SWOOLE_CHANNEL_TIMEOUT", SW_CHAN_TIMEOUT},
        {"SWOOLE_CHANNEL_CLOSED", SW_CHAN_CLOSED}, {"SWOOLE_CHANNEL_CANCELED", SW_CHAN_CANCELED},
        {"SWOOLE_DEFAULT_MAX_CORO_NUM", SW_CORO_DEFAULT_MAX_NUM},
        {"SWOOLE_CORO_MAX_NUM_LIMIT", (zend_long)0x7fffffff},
        {"SWOOLE_CORO_INIT", 0}, {"SWOOLE_CORO_WAITING", 1}, {"SWOOLE_CORO_RUNNING", 2},
        {"SWOOLE_CORO_END", 3},
        {"SWOOLE_LOG_DEBUG", SW_LOG_DEBUG}, {"SWOOLE_LOG_TRACE", SW_LOG_TRACE},
        {"SWOOLE_LOG_INFO", SW_LOG_INFO}, {"SWOOLE_LOG_NOTICE", SW_LOG_NOTICE},
        {"SWOOLE_LOG_WARNING", SW_LOG_WARNING}, {"SWOOLE_LOG_ERROR", SW_LOG_ERROR},
        {"SWOOLE_LOG_NONE", SW_LOG_NONE},
        {"SWOOLE_TRACE_ALL", 0x7fffffff},
        {"SWOOLE_HOOK_TCP", 1 << 1}, {"SWOOLE_HOOK_UDP", 1 << 2}, {"SWOOLE_HOOK_UNIX", 1 << 3},
        {"SWOOLE_HOOK_UDG", 1 << 4}, {"SWOOLE_HOOK_SSL", 1 << 5}, {"SWOOLE_HOOK_TLS", 1 << 6},
        {"SWOOLE_HOOK_STREAM_FUNCTION", 1 << 7}, {"SWOOLE_HOOK_FILE", 1 << 8},
        {"SWOOLE_HOOK_SLEEP", 1 << 9}, {"SWOOLE_HOOK_PROC", 1 << 10},
        {"SWOOLE_HOOK_CURL", 1 << 28}, {"SWOOLE_HOOK_NATIVE_CURL", 1 << 12},
        {"SWOOLE_HOOK_BLOCKING_FUNCTION", 1 << 13}, {"SWOOLE_HOOK_SOCKETS", 1 << 14},
        {"SWOOLE_HOOK_STDIO", 1 << 15}, {"SWOOLE_HOOK_PDO_PGSQL", 1 << 16},
        {"SWOOLE_HOOK_PDO_ODBC", 1 << 17}, {"SWOOLE_HOOK_PDO_ORACLE", 1 << 18},
        {"SWOOLE_HOOK_PDO_SQLITE", 1 << 19}, {"SWOOLE_HOOK_ALL", 0x7fffffff ^ (1 << 28)},
        {"SWOOLE_ERROR_MALLOC_FAIL", SW_ERROR_MALLOC_FAIL},
        {"SWOOLE_ERROR_SYSTEM_CALL_FAIL", SW_ERROR_SYSTEM_CALL_FAIL},
        {"SWOOLE_ERROR_PHP_FATAL_ERROR", SW_ERROR_PHP_FATAL_ERROR},
        {"SWOOLE_ERROR_NAME_TOO_LONG", SW_ERROR_NAME_TOO_LONG},
        {"SWOOLE_ERROR_INVALID_PARAMS", SW_ERROR_INVALID_PARAMS},
        {"SWOOLE_ERROR_QUEUE_FULL", SW_ERROR_QUEUE_FULL},
        {"SWOOLE_ERROR_OPERATION_NOT_SUPPORT", SW_ERROR_OPERATION_NOT_SUPPORT},
        {"SWOOLE_ERROR_PROTOCOL_ERROR", SW_ERROR_PROTOCOL_ERROR},
        {"SWOOLE_ERROR_WRONG_OPERATION", SW_ERROR_WRONG_OPERATION},
        {"SWOOLE_ERROR_SESSION_CLOSED_BY_SERVER", SW_ERROR_SESSION_CLOSED_BY_SERVER},
        {"SWOOLE_ERROR_SESSION_CLOSED_BY_CLIENT", SW_ERROR_SESSION_CLOSED_BY_CLIENT},
        {"SWOOLE_ERROR_SESSION_CLOSING", SW_ERROR_SESSION_CLOSING},
        {"SWOOLE_ERROR_SESSION_CLOSED", SW_ERROR_SESSION_CLOSED},
        {"SWOOLE_ERROR_SESSION_NOT_EXIST", SW_ERROR_SESSION_NOT_EXIST},
        {"SWOOLE_ERROR_SESSION_INVALID_ID", SW_ERROR_SESSION_INVALID_ID},
        {"SWOOLE_ERROR_SESSION_DISCARD_TIMEOUT_DATA", SW_ERROR_SESSION_DISCARD_TIMEOUT_DATA},
        {"SWOOLE_ERROR_SESSION_DISCARD_DATA", SW_ERROR_SESSION_DISCARD_DATA},
        {"SWOOLE_ERROR_OUTPUT_BUFFER_OVERFLOW", SW_ERROR_OUTPUT_BUFFER_OVERFLOW},
        {"SWOOLE_ERROR_OUTPUT_SEND_YIELD", SW_ERROR_OUTPUT_SEND_YIELD},
        {"SWOOLE_ERROR_PACKAGE_LENGTH_TOO_LARGE", SW_ERROR_PACKAGE_LENGTH_TOO_LARGE},
        {"SWOOLE_ERROR_PACKAGE_LENGTH_NOT_FOUND", SW_ERROR_PACKAGE_LENGTH_NOT_FOUND},
        {"SWOOLE_ERROR_DATA_LENGTH_TOO_LARGE", SW_ERROR_DATA_LENGTH_TOO_LARGE},
        {"SWOOLE_ERROR_PACKAGE_MALFORMED_DATA", SW_ERROR_PACKAGE_MALFORMED_DATA},
        {"SWOOLE_ERROR_SERVER_MUST_CREATED_BEFORE_CLIENT", SW_ERROR_SERVER_MUST_CREATED_BEFORE_CLIENT},
        {"SWOOLE_ERROR_SERVER_TOO_MANY_SOCKET", SW_ERROR_SERVER_TOO_MANY_SOCKET},
        {"SWOOLE_ERROR_SERVER_WORKER_TERMINATED", SW_ERROR_SERVER_WORKER_TERMINATED},
        {"SWOOLE_ERROR_SERVER_INVALID_LISTEN_PORT", SW_ERROR_SERVER_INVALID_LISTEN_PORT},
        {"SWOOLE_ERROR_SERVER_TOO_MANY_LISTEN_PORT", SW_ERROR_SERVER_TOO_MANY_LISTEN_PORT},
        {"SWOOLE_ERROR_SERVER_PIPE_BUFFER_FULL", SW_ERROR_SERVER_PIPE_BUFFER_FULL},
        {"SWOOLE_ERROR_SERVER_NO_IDLE_WORKER", SW_ERROR_SERVER_NO_IDLE_WORKER},
        {"SWOOLE_ERROR_SERVER_ONLY_START_ONE", SW_ERROR_SERVER_ONLY_START_ONE},
        {"SWOOLE_ERROR_SERVER_SEND_IN_MASTER", SW_ERROR_SERVER_SEND_IN_MASTER},
        {"SWOOLE_ERROR_SERVER_INVALID_REQUEST", SW_ERROR_SERVER_INVALID_REQUEST},
        {"SWOOLE_ERROR_SERVER_CONNECT_FAIL", SW_ERROR_SERVER_CONNECT_FAIL},
        {"SWOOLE_ERROR_SERVER_INVALID_COMMAND", SW_ERROR_SERVER_INVALID_COMMAND},
        {"SWOOLE_ERROR_SERVER_IS_NOT_REGULAR_FILE", SW_ERROR_SERVER_IS_NOT_REGULAR_FILE},
        {"SWOOLE_ERROR_SERVER_WORKER_EXIT_TIMEOUT", SW_ERROR_SERVER_WORKER_EXIT_TIMEOUT},
        {"SWOOLE_ERROR_SERVER_WORKER_ABNORMAL_PIPE_DATA", SW_ERROR_SERVER_WORKER_ABNORMAL_PIPE_DATA},
        {"SWOOLE_ERROR_SERVER_WORKER_UNPROCESSED_DATA", SW_ERROR_SERVER_WORKER_UNPROCESSED_DATA},
        {"SWOOLE_ERROR_TIMER_NOT_FOUND", SW_ERROR_TIMER_NOT_FOUND},
        {"SWOOLE_ERROR_TIMER_INVALID", SW_ERROR_TIMER_INVALID},
        {"SWOOLE_ERROR_CO_OUT_OF_COROUTINE", SW_ERROR_CO_OUT_OF_COROUTINE},
        {"SWOOLE_ERROR_CO_HAS_BEEN_BOUND", SW_ERROR_CO_HAS_BEEN_BOUND},
        {"SWOOLE_ERROR_CO_HAS_BEEN_DISCARDED", SW_ERROR_CO_HAS_BEEN_DISCARDED},
        {"SWOOLE_ERROR_CO_MUTEX_DOUBLE_UNLOCK", SW_ERROR_CO_MUTEX_DOUBLE_UNLOCK},
        {"SWOOLE_ERROR_CO_BLOCK_OBJECT_LOCKED", SW_ERROR_CO_BLOCK_OBJECT_LOCKED},
        {"SWOOLE_ERROR_CO_BLOCK_OBJECT_WAITING", SW_ERROR_CO_BLOCK_OBJECT_WAITING},
        {"SWOOLE_ERROR_CO_YIELD_FAILED", SW_ERROR_CO_YIELD_FAILED},
        {"SWOOLE_ERROR_CO_GETCONTEXT_FAILED", SW_ERROR_CO_GETCONTEXT_FAILED},
        {"SWOOLE_ERROR_CO_SWAPCONTEXT_FAILED", SW_ERROR_CO_SWAPCONTEXT_FAILED},
        {"SWOOLE_ERROR_CO_MAKECONTEXT_FAILED", SW_ERROR_CO_MAKECONTEXT_FAILED},
        {"SWOOLE_ERROR_CO_IOCPINIT_FAILED", SW_ERROR_CO_IOCPINIT_FAILED},
        {"SWOOLE_ERROR_CO_PROTECT_STACK_FAILED", SW_ERROR_CO_PROTECT_STACK_FAILED},
        {"SWOOLE_ERROR_CO_STD_THREAD_LINK_ERROR", SW_ERROR_CO_STD_THREAD_LINK_ERROR},
        {"SWOOLE_ERROR_CO_DISABLED_MULTI_THREAD", SW_ERROR_CO_DISABLED_MULTI_THREAD},
        {"SWOOLE_ERROR_CO_CANNOT_CANCEL", SW_ERROR_CO_CANNOT_CANCEL},
        {"SWOOLE_ERROR_CO_NOT_EXISTS", SW_ERROR_CO_NOT_EXISTS},
        {"SWOOLE_ERROR_CO_CANCELED", SW_ERROR_CO_CANCELED},
        {"SWOOLE_ERROR_CO_TIMEDOUT", SW_ERROR_CO_TIMEDOUT},
        {"SWOOLE_ERROR_CO_SOCKET_CLOSE_WAIT", SW_ERROR_CO_SOCKET_CLOSE_WAIT},
        {"SWOOLE_ERROR_CO_TOO_MANY", SW_ERROR_CO_TOO_MANY},
        {"SWOOLE_EXIT_IN_COROUTINE", 1 << 1}, {"SWOOLE_EXIT_IN_SERVER", 1 << 2},
        {"SWOOLE_STRERROR_SYSTEM", 0}, {"SWOOLE_STRERROR_GAI", 2},
        {"SWOOLE_STRERROR_DNS", 3}, {"SWOOLE_STRERROR_SWOOLE", 1},
    };
    for (size_t i = 0; i < sizeof longs / sizeof longs[0]; i++)
        zend_register_long_constant(longs[i].name, strlen(longs[i].name), longs[i].value,
                                    CONST_CS | CONST_PERSISTENT, module_number);
}

/* ---- module lifecycle ---------------------------------------------------------------------- */

static PHP_MINIT_FUNCTION(swoole)
{
    php_sw_settings.enable_deadlock_check = true;
    php_sw_settings.timer_enable_coroutine = true;
    php_sw_settings.socket_connect_timeout = 2;
    php_sw_settings.socket_read_timeout = -1;
    php_sw_settings.socket_write_timeout = -1;
    REGISTER_INI_ENTRIES();
    register_constants(module_number);
    sw_log_set_handler(log_to_php, NULL);

    php_sw_exception_ce = register_class_Swoole_Exception(zend_ce_exception);
    php_sw_error_ce = register_class_Swoole_Error(zend_ce_error);
    php_sw_exit_exception_ce = register_class_Swoole_ExitException(php_sw_exception_ce);
    php_sw_canceled_exception_ce = register_class_Swoole_Coroutine_CanceledException(php_sw_exception_ce);
    zend_declare_property_long(php_sw_exit_exception_ce, ZEND_STRL("flags"), 0, ZEND_ACC_PRIVATE);
    zend_declare_property_long(php_sw_exit_exception_ce, ZEND_STRL("status"), 0, ZEND_ACC_PRIVATE);

    php_sw_coroutine_minit(module_number);
    php_sw_channel_minit(module_number);
    php_sw_sync_minit(module_number);
    php_sw_atomic_minit(module_number);
    php_sw_lock_minit(module_number);
    php_sw_table_minit(module_number);
    php_sw_scheduler_minit(module_number);
    php_sw_timer_minit(module_number);
    php_sw_event_minit(module_number);
    php_sw_system_minit(module_number);
    php_sw_coro_socket_minit(module_number);
    php_sw_server_minit(module_number);
    php_sw_process_minit(module_number);

    /* Last: plugins start after every core class exists. */
    php_sw_plugin_classes_minit();
    php_sw_plugin_services_minit();
    return php_sw_plugins_minit();
}

static PHP_MSHUTDOWN_FUNCTION(swoole)
{
    php_sw_plugins_mshutdown();
    php_sw_plugin_services_mshutdown();
    php_sw_plugin_classes_mshutdown();
    UNREGISTER_INI_ENTRIES();
    sw_async_shutdown();  /* workers deliver to the loop: they go first */
    php_sw_system_mshutdown();
    sw_loop_default_free();
    sw_coro_shutdown();
    sw_log_set_handler(NULL, NULL);
    return SUCCESS;
}

static PHP_RINIT_FUNCTION(swoole)
{
    php_sw_coroutine_rinit();
    return php_sw_plugins_rinit();
}

static PHP_RSHUTDOWN_FUNCTION(swoole)
{
    php_sw_coroutine_rshutdown();  /* may still run the loop: before its users go */
    php_sw_plugins_rshutdown();
    php_sw_event_rshutdown();
    php_sw_timer_rshutdown();
    php_sw_process_rshutdown();
    return SUCCESS;
}

static PHP_MINFO_FUNCTION(swoole)
{
    char buf[64];

    php_info_print_table_start();
    php_info_print_table_header(2, "Swoole", "enabled");
    php_info_print_table_row(2, "Author", "swoole-microkernel developers");
    php_info_print_table_row(2, "Version", PHP_SWOOLE_VERSION);
    php_info_print_table_row(2, "Built", __DATE__ " " __TIME__);
    php_info_print_table_row(2, "coroutine", "enabled");
    php_info_print_table_row(2, "context switch", sw_coro_backend());
    snprintf(buf, sizeof buf, "%zu", sw_coro_get_stack_size());
    php_info_print_table_row(2, "c stack size", buf);
    php_info_print_table_row(2, "epoll", "enabled");
    php_info_print_table_row(2, "signalfd", "enabled");
    php_info_print_table_end();
    php_sw_plugins_minfo();
    DISPLAY_INI_ENTRIES();
}

static const zend_module_dep swoole_deps[] = {
    ZEND_MOD_OPTIONAL("spl")
    ZEND_MOD_END
};

zend_module_entry swoole_module_entry = {
    STANDARD_MODULE_HEADER_EX, NULL, swoole_deps,
    "swoole",
    ext_functions,
    PHP_MINIT(swoole),
    PHP_MSHUTDOWN(swoole),
    PHP_RINIT(swoole),
    PHP_RSHUTDOWN(swoole),
    PHP_MINFO(swoole),
    PHP_SWOOLE_VERSION,
    STANDARD_MODULE_PROPERTIES,
};

#ifdef COMPILE_DL_SWOOLE
ZEND_GET_MODULE(swoole)
#endif
