/* system.c — Swoole\Coroutine\System: sleeping and waiting without blocking the loop. */
#include "php_swoole.h"

ZEND_METHOD(Swoole_Coroutine_System, sleep)
{
    double seconds;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(seconds)
    ZEND_PARSE_PARAMETERS_END();
    if (seconds < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    php_sw_task_t *t = php_sw_coro_require("Co::sleep()");
    if (!t)
        RETURN_THROWS();
    int rc = sw_coro_sleep_ms((uint64_t)(seconds * 1000.0));
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(rc == 0);
}

ZEND_METHOD(Swoole_Coroutine_System, usleep)
{
    zend_long us;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(us)
    ZEND_PARSE_PARAMETERS_END();
    if (us < 0) {
        zend_argument_value_error(1, "must be greater than or equal to 0");
        RETURN_THROWS();
    }
    php_sw_task_t *t = php_sw_coro_require("Co::usleep()");
    if (!t)
        RETURN_THROWS();
    int rc = sw_coro_sleep_ms((uint64_t)(us / 1000));
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(rc == 0);
}

#define NOT_YET(name)                                                                  \
    ZEND_METHOD(Swoole_Coroutine_System, name)                                         \
    {                                                                                  \
        (void)execute_data;                                                            \
        zend_throw_error(php_sw_error_ce, "Swoole\\Coroutine\\System::" #name "() is not implemented yet"); \
        RETURN_THROWS();                                                               \
    }
NOT_YET(exec)
NOT_YET(gethostbyname)
NOT_YET(getaddrinfo)
NOT_YET(dnsLookup)
NOT_YET(statvfs)
NOT_YET(readFile)
NOT_YET(writeFile)
NOT_YET(fread)
NOT_YET(fgets)
NOT_YET(fwrite)
NOT_YET(wait)
NOT_YET(waitPid)
NOT_YET(waitSignal)
NOT_YET(waitEvent)

void php_sw_system_minit(int module_number) { (void)module_number; }
