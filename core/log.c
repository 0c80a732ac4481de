/* log.c — leveled log lines, to stderr or to the embedder's handler. */
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>

#include "sw_log.h"

#define SW_LOG_LINE_MAX 2048

static int log_level = SW_LOG_INFO;
static sw_log_handler_fn log_handler;
static void *log_handler_ud;

static const char *const level_names[] = {
    "DEBUG", "TRACE", "INFO", "NOTICE", "WARNING", "ERROR",
};

void sw_log_set_level(int level)
{
    if (level < SW_LOG_DEBUG)
        level = SW_LOG_DEBUG;
    if (level > SW_LOG_NONE)
        level = SW_LOG_NONE;
    log_level = level;
}

int sw_log_get_level(void)
{
    return log_level;
}

void sw_log_set_handler(sw_log_handler_fn fn, void *ud)
{
    log_handler = fn;
    log_handler_ud = ud;
}

void sw_vlog(int level, const char *fmt, va_list ap)
{
    char line[SW_LOG_LINE_MAX];
    int n;

    if (level < log_level || level >= SW_LOG_NONE || level < 0)
        return;
    if (log_handler) {
        n = vsnprintf(line, sizeof line, fmt, ap);
        if (n < 0)
            return;
        if ((size_t)n >= sizeof line)
            n = sizeof line - 1;
        log_handler(level, line, (size_t)n, log_handler_ud);
        return;
    }
    n = snprintf(line, sizeof line, "[swoole %s] ", level_names[level]);
    int m = vsnprintf(line + n, sizeof line - (size_t)n - 1, fmt, ap);
    if (m < 0)
        return;
    n += m;
    if ((size_t)n > sizeof line - 2)
        n = sizeof line - 2;
    line[n++] = '\n';
    /* One write per line so lines from several processes do not interleave. */
    ssize_t w = write(STDERR_FILENO, line, (size_t)n);
    (void)w;
}

void sw_log(int level, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    sw_vlog(level, fmt, ap);
    va_end(ap);
}
