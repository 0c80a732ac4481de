/* error.c — the per-thread last error: a code and a formatted message, and the text of
 * every code (the server codes use Swoole's own wording, as swoole_strerror() shows it). */
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
    case SW_ERROR_FILE_NOT_EXIST: return "File not exist";
    case SW_ERROR_FILE_TOO_LARGE: return "File too large";
    case SW_ERROR_FILE_EMPTY: return "File empty";
    case SW_ERROR_DNSLOOKUP_RESOLVE_FAILED: return "DNS lookup failed";
    case SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT: return "DNS lookup timed out";
    case SW_ERROR_SESSION_CLOSED_BY_SERVER: return "Session closed by server";
    case SW_ERROR_SESSION_CLOSED_BY_CLIENT: return "Session closed by client";
    case SW_ERROR_SESSION_CLOSING: return "Session closing";
    case SW_ERROR_SESSION_CLOSED: return "Session closed";
    case SW_ERROR_SESSION_NOT_EXIST: return "Session not exist";
    case SW_ERROR_SESSION_INVALID_ID: return "Session invalid id";
    case SW_ERROR_SESSION_DISCARD_TIMEOUT_DATA: return "Session discard timeout data";
    case SW_ERROR_SESSION_DISCARD_DATA: return "Session discard data";
    case SW_ERROR_OUTPUT_BUFFER_OVERFLOW: return "Output buffer overflow";
    case SW_ERROR_OUTPUT_SEND_YIELD: return "Output send yield";
    case SW_ERROR_PACKAGE_LENGTH_TOO_LARGE: return "Package length too large";
    case SW_ERROR_PACKAGE_LENGTH_NOT_FOUND: return "Package length not found";
    case SW_ERROR_DATA_LENGTH_TOO_LARGE: return "Data length too large";
    case SW_ERROR_PACKAGE_MALFORMED_DATA: return "Package malformed data";
    case SW_ERROR_SERVER_MUST_CREATED_BEFORE_CLIENT: return "Server must created before client";
    case SW_ERROR_SERVER_TOO_MANY_SOCKET: return "Server too many socket";
    case SW_ERROR_SERVER_WORKER_TERMINATED: return "Server worker terminated";
    case SW_ERROR_SERVER_INVALID_LISTEN_PORT: return "Server invalid listen port";
    case SW_ERROR_SERVER_TOO_MANY_LISTEN_PORT: return "Server too many listen port";
    case SW_ERROR_SERVER_PIPE_BUFFER_FULL: return "Server pipe buffer full";
    case SW_ERROR_SERVER_NO_IDLE_WORKER: return "Server no idle worker";
    case SW_ERROR_SERVER_ONLY_START_ONE: return "Server only start one";
    case SW_ERROR_SERVER_SEND_IN_MASTER: return "Server send in master";
    case SW_ERROR_SERVER_INVALID_REQUEST: return "Server invalid request";
    case SW_ERROR_SERVER_CONNECT_FAIL: return "Server connect fail";
    case SW_ERROR_SERVER_INVALID_COMMAND: return "Server invalid command";
    case SW_ERROR_SERVER_IS_NOT_REGULAR_FILE: return "Server is not regular file";
    case SW_ERROR_SERVER_WORKER_EXIT_TIMEOUT: return "Server worker exit timeout";
    case SW_ERROR_SERVER_WORKER_ABNORMAL_PIPE_DATA: return "Server worker abnormal pipe data";
    case SW_ERROR_SERVER_WORKER_UNPROCESSED_DATA: return "Server worker unprocessed data";
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
