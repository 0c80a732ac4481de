/* sw_log.h — leveled logging of the core. The output goes to stderr unless the embedder
 * installs a handler (the PHP module routes it to its own log_file / display settings). */
#ifndef SW_LOG_H
#define SW_LOG_H

#include <stdarg.h>

/* Values match Swoole's SWOOLE_LOG_* constants. */
enum sw_log_level {
    SW_LOG_DEBUG = 0,
    SW_LOG_TRACE = 1,
    SW_LOG_INFO = 2,
    SW_LOG_NOTICE = 3,
    SW_LOG_WARNING = 4,
    SW_LOG_ERROR = 5,
    SW_LOG_NONE = 6,
};

typedef void (*sw_log_handler_fn)(int level, const char *msg, size_t len, void *ud);

void sw_log_set_level(int level);
int sw_log_get_level(void);
/* NULL restores the default handler (one line to stderr with a level tag). */
void sw_log_set_handler(sw_log_handler_fn fn, void *ud);
void sw_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sw_vlog(int level, const char *fmt, va_list ap);

static inline int sw_log_enabled(int level) { return level >= sw_log_get_level(); }

#endif
