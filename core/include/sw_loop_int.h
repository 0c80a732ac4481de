/* sw_loop_int.h — the loop's private layout, shared by loop.c and timer.c only. */
#ifndef SW_LOOP_INT_H
#define SW_LOOP_INT_H

#include <signal.h>

#include "sw_idmap.h"
#include "sw_loop.h"
#include "sw_timer.h"

struct sw_defer_item {
    sw_loop_cb cb;
    void *arg;
};

struct sw_cycle_item {
    long id;
    sw_loop_cb cb;
    void *arg;
};

/* A timer heap slot keeps the deadline beside the pointer, so that comparisons read the
 * heap array only and not the timers it points to (four siblings share a cache line). */
struct sw_timer_slot {
    uint64_t deadline;
    sw_timer_t *timer;
};

struct sw_signal_slot {
    sw_signal_cb cb;          /* NULL when no handler */
    void *arg;
    bool was_blocked;         /* the signal was already blocked before we took it */
};

struct sw_loop {
    int epfd;                         /* the epoll instance */
    bool in_run;                      /* inside sw_loop_run (guards reentry) */
    uint64_t iteration;               /* epoll_wait calls so far */
    bool stop_requested;              /* sw_loop_stop was called */
    uint64_t now_ms;                  /* cached monotonic time */

    sw_io_t **watchers;               /* indexed by fd; NULL where nothing is started */
    size_t watchers_cap;
    size_t io_count;                  /* started watchers */
    size_t io_refs;                   /* started watchers that keep the loop alive */
    struct epoll_event *events;       /* epoll_wait buffer */
    int events_cap;

    struct sw_defer_item *defer;      /* pending deferred callbacks, FIFO */
    size_t defer_len, defer_cap;
    struct sw_defer_item *defer_spare; /* the other buffer, swapped in while running */
    size_t defer_spare_cap;

    struct sw_cycle_item *cycle;      /* per-iteration callbacks, in run order */
    size_t cycle_len, cycle_cap;
    long cycle_next_id;

    int sigfd;                        /* signalfd, -1 until the first handler */
    sw_io_t sig_io;                   /* its watcher (unref: signals count apart) */
    sigset_t sigmask;                 /* signals routed to sigfd */
    size_t signal_count;
    struct sw_signal_slot signals[_NSIG];

    long refs;                        /* sw_loop_ref count */

    /* Timers (timer.c). */
    struct sw_timer_slot *heap;       /* 4-ary min-heap on (deadline, seq) */
    size_t heap_len, heap_cap;
    uint64_t timer_seq;               /* tie-break: creation/reschedule order */
    size_t timer_unrefs;              /* live timers that do not keep the loop alive */
    sw_idmap_t timer_ids;             /* id → live timer */
    sw_timer_t *timer_free;           /* unused timer structs, linked through `arg` */
    struct sw_timer_slab *timer_slabs; /* where timer structs come from; freed with the loop */
};

/* timer.c, for loop.c */
int sw__timer_next_timeout(sw_loop_t *loop);  /* ms until the next expiry, -1 if none */
void sw__timer_run_expired(sw_loop_t *loop);
size_t sw__timer_refs(const sw_loop_t *loop); /* live timers that keep the loop alive */
void sw__timer_free_all(sw_loop_t *loop);

#endif
