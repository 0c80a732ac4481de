/* sw_error.h — error codes and the per-thread last error of the core.
 * Core functions return 0 (or a count/handle) on success and a negative code on failure;
 * the code and a message stay readable through sw_error_code()/sw_error_msg(). */
#ifndef SW_ERROR_H
#define SW_ERROR_H

/* Codes below SW_ERROR_BEGIN are errno values (returned negated); the others are ours.
 * The numbers follow Swoole's SWOOLE_ERROR_* constants so PHP can expose them unchanged. */
enum sw_error_code {
    SW_ERROR_BEGIN = 500,
    SW_ERROR_MALLOC_FAIL = 501,
    SW_ERROR_SYSTEM_CALL_FAIL = 502,
    SW_ERROR_PHP_FATAL_ERROR = 503,
    SW_ERROR_NAME_TOO_LONG = 504,
    SW_ERROR_INVALID_PARAMS = 505,
    SW_ERROR_QUEUE_FULL = 506,
    SW_ERROR_OPERATION_NOT_SUPPORT = 507,
    SW_ERROR_PROTOCOL_ERROR = 508,
    SW_ERROR_WRONG_OPERATION = 509,

    SW_ERROR_FILE_NOT_EXIST = 700,
    SW_ERROR_FILE_TOO_LARGE = 701,
    SW_ERROR_FILE_EMPTY = 702,

    SW_ERROR_DNSLOOKUP_RESOLVE_FAILED = 711,   /* Swoole's numbers */
    SW_ERROR_DNSLOOKUP_RESOLVE_TIMEOUT = 712,

    /* connections of a server (sw_server.h) */
    SW_ERROR_SESSION_CLOSED_BY_SERVER = 1001,
    SW_ERROR_SESSION_CLOSED_BY_CLIENT = 1002,
    SW_ERROR_SESSION_CLOSING = 1003,
    SW_ERROR_SESSION_CLOSED = 1004,
    SW_ERROR_SESSION_NOT_EXIST = 1005,
    SW_ERROR_SESSION_INVALID_ID = 1006,
    SW_ERROR_SESSION_DISCARD_TIMEOUT_DATA = 1007,
    SW_ERROR_SESSION_DISCARD_DATA = 1008,
    SW_ERROR_OUTPUT_BUFFER_OVERFLOW = 1009,
    SW_ERROR_OUTPUT_SEND_YIELD = 1010,

    /* framing of received bytes */
    SW_ERROR_PACKAGE_LENGTH_TOO_LARGE = 1201,
    SW_ERROR_PACKAGE_LENGTH_NOT_FOUND = 1202,
    SW_ERROR_DATA_LENGTH_TOO_LARGE = 1203,
    SW_ERROR_PACKAGE_MALFORMED_DATA = 1204,

    /* the server's processes */
    SW_ERROR_SERVER_MUST_CREATED_BEFORE_CLIENT = 9001,
    SW_ERROR_SERVER_TOO_MANY_SOCKET = 9002,
    SW_ERROR_SERVER_WORKER_TERMINATED = 9003,
    SW_ERROR_SERVER_INVALID_LISTEN_PORT = 9004,
    SW_ERROR_SERVER_TOO_MANY_LISTEN_PORT = 9005,
    SW_ERROR_SERVER_PIPE_BUFFER_FULL = 9006,
    SW_ERROR_SERVER_NO_IDLE_WORKER = 9007,
    SW_ERROR_SERVER_ONLY_START_ONE = 9008,
    SW_ERROR_SERVER_SEND_IN_MASTER = 9009,
    SW_ERROR_SERVER_INVALID_REQUEST = 9010,
    SW_ERROR_SERVER_CONNECT_FAIL = 9011,
    SW_ERROR_SERVER_INVALID_COMMAND = 9012,
    SW_ERROR_SERVER_IS_NOT_REGULAR_FILE = 9013,
    SW_ERROR_SERVER_WORKER_EXIT_TIMEOUT = 9101,
    SW_ERROR_SERVER_WORKER_ABNORMAL_PIPE_DATA = 9102,
    SW_ERROR_SERVER_WORKER_UNPROCESSED_DATA = 9103,

    SW_ERROR_TIMER_NOT_FOUND = 2001,
    SW_ERROR_TIMER_INVALID = 2002,

    SW_ERROR_CO_OUT_OF_COROUTINE = 10001,
    SW_ERROR_CO_HAS_BEEN_BOUND = 10002,
    SW_ERROR_CO_HAS_BEEN_DISCARDED = 10003,
    SW_ERROR_CO_MUTEX_DOUBLE_UNLOCK = 10004,
    SW_ERROR_CO_BLOCK_OBJECT_LOCKED = 10005,
    SW_ERROR_CO_BLOCK_OBJECT_WAITING = 10006,
    SW_ERROR_CO_YIELD_FAILED = 10007,
    SW_ERROR_CO_GETCONTEXT_FAILED = 10008,
    SW_ERROR_CO_SWAPCONTEXT_FAILED = 10009,
    SW_ERROR_CO_MAKECONTEXT_FAILED = 10010,
    SW_ERROR_CO_IOCPINIT_FAILED = 10011,
    SW_ERROR_CO_PROTECT_STACK_FAILED = 10012,
    SW_ERROR_CO_STD_THREAD_LINK_ERROR = 10013,
    SW_ERROR_CO_DISABLED_MULTI_THREAD = 10014,
    SW_ERROR_CO_CANNOT_CANCEL = 10015,
    SW_ERROR_CO_NOT_EXISTS = 10016,
    SW_ERROR_CO_CANCELED = 10017,
    SW_ERROR_CO_TIMEDOUT = 10018,
    SW_ERROR_CO_SOCKET_CLOSE_WAIT = 10019,
    SW_ERROR_CO_TOO_MANY = 10020, /* live coroutines reached the configured limit */
};

/* Records code (positive or negative; stored positive) with a printf-style message and
 * returns -code, so a failing path can end with `return sw_error_set(...)`. */
int sw_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Like sw_error_set(errno_value, "<what>: <strerror>"). */
int sw_error_sys(int errno_value, const char *what);
int sw_error_code(void);           /* last code, positive; 0 when cleared */
const char *sw_error_msg(void);    /* last message; "" when cleared */
void sw_error_clear(void);
/* Text for a code of either kind; never NULL. */
const char *sw_strerror(int code);

#endif
