/* sw_loop.h — the event loop: epoll readiness for fds, deferred and per-iteration
 * callbacks, signals through signalfd, and a cached monotonic clock. Timers live in
 * sw_timer.h but are owned and driven by the loop.
 *
 * One iteration: wait (bounded by the next timer, zero if deferred work is pending) →
 * signals → fd events → deferred callbacks → expired timers → per-iteration callbacks.
 * The loop returns by itself when nothing keeps it alive: no referenced fd watcher,
 * timer or signal, no deferred work and no explicit reference (sw_loop_ref). */
#ifndef SW_LOOP_H
#define SW_LOOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sw_loop sw_loop_t;
typedef struct sw_io sw_io_t;

/* Interest and readiness bits. SW_EV_ERROR is only ever reported (hang-up or error). */
enum {
    SW_EV_READ = 1u << 0,
    SW_EV_WRITE = 1u << 1,
    SW_EV_ERROR = 1u << 2,
};

typedef void (*sw_io_cb)(sw_loop_t *loop, sw_io_t *io, unsigned events);
typedef void (*sw_loop_cb)(sw_loop_t *loop, void *arg);

/* An fd watcher, owned and embedded by the caller; the loop only points to it while it
 * is started. Stopping it (or closing the fd after stopping) inside any callback is safe:
 * events already collected for that fd in the current iteration are dropped. */
struct sw_io {
    int fd;            /* the watched descriptor; set by sw_io_init */
    unsigned events;   /* current interest (SW_EV_READ | SW_EV_WRITE); read-only */
    bool unref;        /* true: this watcher does not keep the loop alive */
    sw_io_cb cb;       /* called with the ready bits */
    void *data;        /* for the owner */
    uint64_t since;    /* loop iteration it was started in (private to the loop) */
};

/* Creates a loop. Returns NULL (with the last error set) if epoll is not available. */
sw_loop_t *sw_loop_new(void);
/* Frees the loop. Watchers still started are forgotten (their fds are not closed);
 * timers are freed without running; deferred callbacks are dropped. */
void sw_loop_free(sw_loop_t *loop);

/* Runs until nothing keeps the loop alive or sw_loop_stop() is called. Returns 0, or a
 * negative code if epoll_wait failed for a reason other than EINTR. Not reentrant: a
 * nested call returns -SW_ERROR_WRONG_OPERATION. */
int sw_loop_run(sw_loop_t *loop);
/* Runs exactly one iteration; waits for events only if `block` (bounded by timers). */
int sw_loop_run_once(sw_loop_t *loop, bool block);
/* Makes sw_loop_run() return after the current iteration. */
void sw_loop_stop(sw_loop_t *loop);
bool sw_loop_is_running(const sw_loop_t *loop);
/* True while something keeps the loop alive (see the top of this file). */
bool sw_loop_alive(const sw_loop_t *loop);

/* Cached monotonic time in milliseconds, refreshed once per iteration and by
 * sw_loop_update_time(). */
uint64_t sw_loop_now(const sw_loop_t *loop);
void sw_loop_update_time(sw_loop_t *loop);
/* Monotonic clock read now, in ms and in ns (no caching). */
uint64_t sw_clock_ms(void);
uint64_t sw_clock_ns(void);

/* Explicit keep-alive references, for work that is pending outside the loop. */
void sw_loop_ref(sw_loop_t *loop);
void sw_loop_unref(sw_loop_t *loop);

/* fd watchers. sw_io_start adds or changes the interest (events must be non-zero);
 * sw_io_stop removes it (no-op if not started). Both return 0 or a negative code. */
void sw_io_init(sw_io_t *io, int fd, sw_io_cb cb, void *data);
int sw_io_start(sw_loop_t *loop, sw_io_t *io, unsigned events);
int sw_io_stop(sw_loop_t *loop, sw_io_t *io);
/* sw_io_stop for a watcher whose fd the caller closes right away and never duplicated:
 * close() takes it out of the epoll set, so the EPOLL_CTL_DEL system call is skipped —
 * unless the process forked since fork_gen (sw_fork_generation() when the fd was made),
 * as a child's copy would keep it in the set. */
void sw_io_stop_closing(sw_loop_t *loop, sw_io_t *io, unsigned long fork_gen);
unsigned long sw_fork_generation(void);
bool sw_io_active(const sw_io_t *io);
/* Number of started fd watchers (referenced or not). */
size_t sw_loop_io_count(const sw_loop_t *loop);

/* Runs cb(loop, arg) once, in the next iteration (or the current one's deferred phase if
 * it has not been reached yet). Pending deferred work keeps the loop alive and makes the
 * next wait non-blocking. Returns 0 or -ENOMEM. */
int sw_loop_defer(sw_loop_t *loop, sw_loop_cb cb, void *arg);
size_t sw_loop_defer_count(const sw_loop_t *loop);

/* Per-iteration callbacks (run at the end of every iteration, in order of addition, or
 * first if `front`). They do not keep the loop alive. Returns an id > 0 or a negative
 * code; remove by id (safe from inside any callback). */
long sw_loop_add_cycle(sw_loop_t *loop, sw_loop_cb cb, void *arg, bool front);
int sw_loop_del_cycle(sw_loop_t *loop, long id);

/* Signals, delivered through signalfd as ordinary loop callbacks. Adding a handler blocks
 * the signal for the process (so it is queued for the signalfd); removing the last one
 * restores the previous mask bit and disposition. One handler per signal: adding again
 * replaces it. A signal handler keeps the loop alive. */
typedef void (*sw_signal_cb)(sw_loop_t *loop, int signo, void *arg);
int sw_signal_add(sw_loop_t *loop, int signo, sw_signal_cb cb, void *arg);
int sw_signal_del(sw_loop_t *loop, int signo);
size_t sw_loop_signal_count(const sw_loop_t *loop);

/* The process's loop, created on first use (the PHP module and the coroutine helpers all
 * share it). sw_loop_default_free() ends it (at module shutdown or in a forked child
 * that starts afresh). */
sw_loop_t *sw_loop_default(void);
void sw_loop_default_free(void);
/* In a forked child: drops the parent's default loop without touching the kernel objects
 * it shares with the parent (epoll set, signalfd); the next sw_loop_default() is new. */
void sw_loop_default_forget(void);

#endif
