/* test_error.c — the last-error record (sw_error.h) and leveled logging (sw_log.h):
 * set/sys/clear and their return values, per-thread storage, sw_strerror for errno values
 * and our codes, level filtering, a custom handler and the default stderr output. */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "tap.h"

static void test_error_set_returns_negated_code(void)
{
    sw_error_clear();
    CHECK(sw_error_set(SW_ERROR_INVALID_PARAMS, "bad value %d for %s", 42, "x") ==
          -SW_ERROR_INVALID_PARAMS);
    CHECK(sw_error_code() == SW_ERROR_INVALID_PARAMS);
    CHECK(strcmp(sw_error_msg(), "bad value 42 for x") == 0);

    /* A negative code (the form functions return) is stored positive all the same. */
    CHECK(sw_error_set(-EINVAL, "neg") == -EINVAL);
    CHECK(sw_error_code() == EINVAL);
    CHECK(strcmp(sw_error_msg(), "neg") == 0);

    /* The latest call wins. */
    CHECK(sw_error_set(SW_ERROR_CO_TOO_MANY, "%s", "second") == -SW_ERROR_CO_TOO_MANY);
    CHECK(sw_error_code() == SW_ERROR_CO_TOO_MANY);
    CHECK(strcmp(sw_error_msg(), "second") == 0);
}

static void test_error_long_message_is_truncated(void)
{
    char big[2000];

    /* Longer than the internal buffer: must come back NUL-terminated and a prefix. */
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    sw_error_set(EIO, "%s", big);
    size_t n = strlen(sw_error_msg());
    CHECK(n > 0 && n < sizeof big - 1);
    CHECK(strncmp(sw_error_msg(), big, n) == 0);
}

static void test_error_sys(void)
{
    char expect[256];

    CHECK(sw_error_sys(ENOENT, "open /nope") == -ENOENT);
    CHECK(sw_error_code() == ENOENT);
    snprintf(expect, sizeof expect, "open /nope: %s", strerror(ENOENT));
    CHECK(strcmp(sw_error_msg(), expect) == 0);
}

static void test_error_clear(void)
{
    sw_error_set(SW_ERROR_WRONG_OPERATION, "something");
    sw_error_clear();
    CHECK(sw_error_code() == 0);
    REQUIRE(sw_error_msg() != NULL);
    CHECK(sw_error_msg()[0] == '\0');
}

/* The record is per thread: another thread's errors do not show here, and vice versa. */
static void *thread_body(void *arg)
{
    int *seen = arg;

    seen[0] = sw_error_code(); /* fresh thread: nothing recorded yet */
    sw_error_set(SW_ERROR_QUEUE_FULL, "in thread");
    seen[1] = sw_error_code();
    return NULL;
}

static void test_error_is_per_thread(void)
{
    pthread_t th;
    int seen[2] = { -1, -1 };

    sw_error_set(SW_ERROR_PROTOCOL_ERROR, "main");
    REQUIRE(pthread_create(&th, NULL, thread_body, seen) == 0);
    pthread_join(th, NULL);
    CHECK(seen[0] == 0);
    CHECK(seen[1] == SW_ERROR_QUEUE_FULL);
    CHECK(sw_error_code() == SW_ERROR_PROTOCOL_ERROR);
    CHECK(strcmp(sw_error_msg(), "main") == 0);
}

static int nonempty(const char *s)
{
    return s != NULL && s[0] != '\0';
}

static void test_strerror(void)
{
    static const int ours[] = {
        SW_ERROR_MALLOC_FAIL,         SW_ERROR_SYSTEM_CALL_FAIL,
        SW_ERROR_PHP_FATAL_ERROR,     SW_ERROR_NAME_TOO_LONG,
        SW_ERROR_INVALID_PARAMS,      SW_ERROR_QUEUE_FULL,
        SW_ERROR_OPERATION_NOT_SUPPORT, SW_ERROR_PROTOCOL_ERROR,
        SW_ERROR_WRONG_OPERATION,     SW_ERROR_TIMER_NOT_FOUND,
        SW_ERROR_TIMER_INVALID,       SW_ERROR_CO_OUT_OF_COROUTINE,
        SW_ERROR_CO_HAS_BEEN_BOUND,   SW_ERROR_CO_HAS_BEEN_DISCARDED,
        SW_ERROR_CO_MUTEX_DOUBLE_UNLOCK, SW_ERROR_CO_BLOCK_OBJECT_LOCKED,
        SW_ERROR_CO_BLOCK_OBJECT_WAITING, SW_ERROR_CO_YIELD_FAILED,
        SW_ERROR_CO_GETCONTEXT_FAILED, SW_ERROR_CO_SWAPCONTEXT_FAILED,
        SW_ERROR_CO_MAKECONTEXT_FAILED, SW_ERROR_CO_IOCPINIT_FAILED,
        SW_ERROR_CO_PROTECT_STACK_FAILED, SW_ERROR_CO_STD_THREAD_LINK_ERROR,
        SW_ERROR_CO_DISABLED_MULTI_THREAD, SW_ERROR_CO_CANNOT_CANCEL,
        SW_ERROR_CO_NOT_EXISTS,       SW_ERROR_CO_CANCELED,
        SW_ERROR_CO_TIMEDOUT,         SW_ERROR_CO_SOCKET_CLOSE_WAIT,
        SW_ERROR_CO_TOO_MANY,
    };
    const char *unknown = sw_strerror(SW_ERROR_BEGIN + 400); /* no code there */

    /* errno values map to the C library's text, whichever sign they come with. */
    CHECK(strcmp(sw_strerror(EINVAL), strerror(EINVAL)) == 0);
    CHECK(strcmp(sw_strerror(-ENOMEM), strerror(ENOMEM)) == 0);

    CHECK(nonempty(unknown));
    for (size_t i = 0; i < sizeof ours / sizeof ours[0]; i++) {
        const char *s = sw_strerror(ours[i]);
        CHECK(nonempty(s));
        /* Each of our codes has its own text, not the fallback. */
        if (s && unknown)
            CHECK(strcmp(s, unknown) != 0);
        CHECK(s == sw_strerror(-ours[i]));
    }
    CHECK(nonempty(sw_strerror(999999)));
    CHECK(nonempty(sw_strerror(0)));
}

/* The server's codes: Swoole's numbers (PHP exposes them unchanged as SWOOLE_ERROR_*) and
 * Swoole's wording, each with a text of its own. */
static void test_strerror_server_codes(void)
{
    static const struct { int code, value; const char *text; } codes[] = {
        { SW_ERROR_SESSION_CLOSED_BY_SERVER, 1001, "Session closed by server" },
        { SW_ERROR_SESSION_CLOSED_BY_CLIENT, 1002, "Session closed by client" },
        { SW_ERROR_SESSION_CLOSING, 1003, "Session closing" },
        { SW_ERROR_SESSION_CLOSED, 1004, "Session closed" },
        { SW_ERROR_SESSION_NOT_EXIST, 1005, "Session not exist" },
        { SW_ERROR_SESSION_INVALID_ID, 1006, "Session invalid id" },
        { SW_ERROR_SESSION_DISCARD_TIMEOUT_DATA, 1007, "Session discard timeout data" },
        { SW_ERROR_SESSION_DISCARD_DATA, 1008, "Session discard data" },
        { SW_ERROR_OUTPUT_BUFFER_OVERFLOW, 1009, "Output buffer overflow" },
        { SW_ERROR_OUTPUT_SEND_YIELD, 1010, "Output send yield" },
        { SW_ERROR_PACKAGE_LENGTH_TOO_LARGE, 1201, "Package length too large" },
        { SW_ERROR_PACKAGE_LENGTH_NOT_FOUND, 1202, "Package length not found" },
        { SW_ERROR_DATA_LENGTH_TOO_LARGE, 1203, "Data length too large" },
        { SW_ERROR_PACKAGE_MALFORMED_DATA, 1204, "Package malformed data" },
        { SW_ERROR_SERVER_MUST_CREATED_BEFORE_CLIENT, 9001, "Server must created before client" },
        { SW_ERROR_SERVER_TOO_MANY_SOCKET, 9002, "Server too many socket" },
        { SW_ERROR_SERVER_WORKER_TERMINATED, 9003, "Server worker terminated" },
        { SW_ERROR_SERVER_INVALID_LISTEN_PORT, 9004, "Server invalid listen port" },
        { SW_ERROR_SERVER_TOO_MANY_LISTEN_PORT, 9005, "Server too many listen port" },
        { SW_ERROR_SERVER_PIPE_BUFFER_FULL, 9006, "Server pipe buffer full" },
        { SW_ERROR_SERVER_NO_IDLE_WORKER, 9007, "Server no idle worker" },
        { SW_ERROR_SERVER_ONLY_START_ONE, 9008, "Server only start one" },
        { SW_ERROR_SERVER_SEND_IN_MASTER, 9009, "Server send in master" },
        { SW_ERROR_SERVER_INVALID_REQUEST, 9010, "Server invalid request" },
        { SW_ERROR_SERVER_CONNECT_FAIL, 9011, "Server connect fail" },
        { SW_ERROR_SERVER_INVALID_COMMAND, 9012, "Server invalid command" },
        { SW_ERROR_SERVER_IS_NOT_REGULAR_FILE, 9013, "Server is not regular file" },
        { SW_ERROR_SERVER_WORKER_EXIT_TIMEOUT, 9101, "Server worker exit timeout" },
        { SW_ERROR_SERVER_WORKER_ABNORMAL_PIPE_DATA, 9102, "Server worker abnormal pipe data" },
        { SW_ERROR_SERVER_WORKER_UNPROCESSED_DATA, 9103, "Server worker unprocessed data" },
    };
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        CHECK(codes[i].code == codes[i].value);
        CHECK(strcmp(sw_strerror(codes[i].code), codes[i].text) == 0);
        CHECK(strcmp(sw_strerror(-codes[i].code), codes[i].text) == 0);
    }
    /* what a failing server call leaves behind: code and text agree */
    CHECK(sw_error_set(SW_ERROR_SESSION_NOT_EXIST, "session#%d does not exist", 7) ==
          -SW_ERROR_SESSION_NOT_EXIST);
    CHECK(sw_error_code() == 1005);
    CHECK(strcmp(sw_strerror(sw_error_code()), "Session not exist") == 0);
    /* gaps between Swoole's numbers stay unknown */
    CHECK(strcmp(sw_strerror(1100), "Unknown error") == 0);
    CHECK(strcmp(sw_strerror(9050), "Unknown error") == 0);
}

/* ---- logging ---------------------------------------------------------------------- */

struct captured {
    int calls;
    int level;
    char msg[4096];
    size_t len;
};

static void capture(int level, const char *msg, size_t len, void *ud)
{
    struct captured *c = ud;

    c->calls++;
    c->level = level;
    c->len = len;
    if (len >= sizeof c->msg)
        len = sizeof c->msg - 1;
    memcpy(c->msg, msg, len);
    c->msg[len] = '\0';
}

static void vlog_helper(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void vlog_helper(int level, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    sw_vlog(level, fmt, ap);
    va_end(ap);
}

static void test_log_level_filter_and_handler(void)
{
    struct captured c = { 0 };
    int saved = sw_log_get_level();

    sw_log_set_handler(capture, &c);
    sw_log_set_level(SW_LOG_WARNING);
    CHECK(sw_log_get_level() == SW_LOG_WARNING);
    CHECK(!sw_log_enabled(SW_LOG_NOTICE));
    CHECK(sw_log_enabled(SW_LOG_WARNING));
    CHECK(sw_log_enabled(SW_LOG_ERROR));

    sw_log(SW_LOG_DEBUG, "dropped %d", 1);
    sw_log(SW_LOG_INFO, "dropped %d", 2);
    sw_log(SW_LOG_NOTICE, "dropped %d", 3);
    CHECK(c.calls == 0);

    sw_log(SW_LOG_WARNING, "warn %d %s", 7, "x");
    CHECK(c.calls == 1);
    CHECK(c.level == SW_LOG_WARNING);
    CHECK(strcmp(c.msg, "warn 7 x") == 0);
    CHECK(c.len == strlen("warn 7 x"));

    vlog_helper(SW_LOG_ERROR, "err %s", "via vlog");
    CHECK(c.calls == 2);
    CHECK(c.level == SW_LOG_ERROR);
    CHECK(strcmp(c.msg, "err via vlog") == 0);

    /* NONE silences everything, ERROR included. */
    sw_log_set_level(SW_LOG_NONE);
    sw_log(SW_LOG_ERROR, "silenced");
    CHECK(c.calls == 2);

    /* DEBUG lets everything through. */
    sw_log_set_level(SW_LOG_DEBUG);
    sw_log(SW_LOG_DEBUG, "debug");
    CHECK(c.calls == 3 && c.level == SW_LOG_DEBUG);

    /* Out-of-range levels are clamped, not stored as given. */
    sw_log_set_level(-5);
    CHECK(sw_log_get_level() == SW_LOG_DEBUG);
    sw_log_set_level(99);
    CHECK(sw_log_get_level() == SW_LOG_NONE);

    sw_log_set_handler(NULL, NULL);
    sw_log_set_level(saved);
}

static void test_log_long_line_to_handler(void)
{
    struct captured c = { 0 };
    char big[3000];
    int saved = sw_log_get_level();

    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    sw_log_set_handler(capture, &c);
    sw_log_set_level(SW_LOG_INFO);
    sw_log(SW_LOG_INFO, "%s", big);
    CHECK(c.calls == 1);
    /* Truncated to the line buffer, and len agrees with the text handed over. */
    CHECK(c.len > 0 && c.len < sizeof big - 1);
    CHECK(strlen(c.msg) == c.len);
    sw_log_set_handler(NULL, NULL);
    sw_log_set_level(saved);
}

/* With the handler removed, lines go to stderr again: capture fd 2 through a pipe. */
static void test_log_default_handler_restored(void)
{
    struct captured c = { 0 };
    int p[2], saved_fd;
    char buf[512];
    int saved = sw_log_get_level();

    REQUIRE(pipe(p) == 0);
    fflush(stderr);
    saved_fd = dup(STDERR_FILENO);
    REQUIRE(saved_fd >= 0);
    REQUIRE(dup2(p[1], STDERR_FILENO) == STDERR_FILENO);

    sw_log_set_level(SW_LOG_INFO);
    sw_log_set_handler(capture, &c);
    sw_log(SW_LOG_WARNING, "to handler");
    sw_log_set_handler(NULL, NULL);
    sw_log(SW_LOG_WARNING, "to stderr %d", 5);
    sw_log(SW_LOG_DEBUG, "filtered");

    dup2(saved_fd, STDERR_FILENO);
    close(saved_fd);
    close(p[1]);
    ssize_t n = read(p[0], buf, sizeof buf - 1);
    close(p[0]);
    sw_log_set_level(saved);

    CHECK(c.calls == 1); /* only the line logged while it was installed */
    REQUIRE(n > 0);
    buf[n] = '\0';
    CHECK(strstr(buf, "to stderr 5") != NULL);
    CHECK(strstr(buf, "WARNING") != NULL);
    CHECK(buf[n - 1] == '\n');
    CHECK(strstr(buf, "to handler") == NULL);
    CHECK(strstr(buf, "filtered") == NULL);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_error_set_returns_negated_code),
    TAP_CASE(test_error_long_message_is_truncated),
    TAP_CASE(test_error_sys),
    TAP_CASE(test_error_clear),
    TAP_CASE(test_error_is_per_thread),
    TAP_CASE(test_strerror),
    TAP_CASE(test_strerror_server_codes),
    TAP_CASE(test_log_level_filter_and_handler),
    TAP_CASE(test_log_long_line_to_handler),
    TAP_CASE(test_log_default_handler_restored),
};

int main(void)
{
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
