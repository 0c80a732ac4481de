/* error.c — the per-thread last error: a code and a formatted message. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sw_error.h"

#define SW_ERROR_MSG_MAX 512

static _Thread_local int last_code;
static _Thread_local char last_msg[SW_ERROR_MSG_MAX];

int sw_error_set(int code, const char *fmt, ...)
{
    va_list ap;

    if (code < 0)
        code = -code;
    last_code = code;
    va_start(ap, fmt);
    vsnprintf(last_msg, sizeof last_msg, fmt, ap);
    va_end(ap);
    return -code;
}

int sw_error_sys(int errno_value, const char *what)
{
    return sw_error_set(errno_value, "%s: %s", what, strerror(errno_value));
}

int sw_error_code(void)
{
    return last_code;
}

const char *sw_error_msg(void)
{
    return last_msg;
}

void sw_error_clear(void)
{
    last_code = 0;
    last_msg[0] = '\0';
}

const char *sw_strerror(int code)
{
    if (code < 0)
        code = -code;
    if (code < SW_ERROR_BEGIN)
        return strerror(code);

    switch (code) {
    case SW_ERROR_MALLOC_FAIL: return "Memory allocation failed";
    case SW_ERROR_SYSTEM_CALL_FAIL: return "System call failed";
    case SW_ERROR_PHP_FATAL_ERROR: return "PHP fatal error";
    case SW_ERROR_NAME_TOO_LONG: return "Name too long";
    case SW_ERROR_INVALID_PARAMS: return "Invalid parameters";
    case SW_ERROR_QUEUE_FULL: return "Queue is full";
    case SW_ERROR_OPERATION_NOT_SUPPORT: return "Operation not supported";
    case SW_ERROR_PROTOCOL_ERROR: return "Protocol error";
    case SW_ERROR_WRONG_OPERATION: return "Wrong operation";
    case SW_ERROR_DNSLOOKUP_RESOLVE_FAILED: return "DNS lookup failed";
    case SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT: return "DNS lookup timed out";
    case SW_ERROR_TIMER_NOT_FOUND: return "Timer not found";
    case SW_ERROR_TIMER_INVALID: return "Invalid timer";
    case SW_ERROR_CO_OUT_OF_COROUTINE: return "Operation not allowed outside of a coroutine";
    case SW_ERROR_CO_HAS_BEEN_BOUND: return "Socket has already been bound to another coroutine";
    case SW_ERROR_CO_HAS_BEEN_DISCARDED: return "Coroutine has been discarded";
    case SW_ERROR_CO_MUTEX_DOUBLE_UNLOCK: return "Mutex unlocked twice";
    case SW_ERROR_CO_BLOCK_OBJECT_LOCKED: return "Object is locked";
    case SW_ERROR_CO_BLOCK_OBJECT_WAITING: return "Object is being waited on";
    case SW_ERROR_CO_YIELD_FAILED: return "Coroutine yield failed";
    case SW_ERROR_CO_GETCONTEXT_FAILED: return "getcontext failed";
    case SW_ERROR_CO_SWAPCONTEXT_FAILED: return "swapcontext failed";
    case SW_ERROR_CO_MAKECONTEXT_FAILED: return "makecontext failed";
    case SW_ERROR_CO_IOCPINIT_FAILED: return "IOCP init failed";
    case SW_ERROR_CO_PROTECT_STACK_FAILED: return "Protecting the coroutine stack failed";
    case SW_ERROR_CO_STD_THREAD_LINK_ERROR: return "Thread link error";
    case SW_ERROR_CO_DISABLED_MULTI_THREAD: return "Coroutines are disabled in threads";
    case SW_ERROR_CO_CANNOT_CANCEL: return "Coroutine cannot be canceled";
    case SW_ERROR_CO_NOT_EXISTS: return "Coroutine does not exist";
    case SW_ERROR_CO_CANCELED: return "Operation canceled";
    case SW_ERROR_CO_TIMEDOUT: return "Operation timed out";
    case SW_ERROR_CO_SOCKET_CLOSE_WAIT: return "Socket is closing";
    case SW_ERROR_CO_TOO_MANY: return "Too many coroutines";
    default: return "Unknown error";
    }
}
