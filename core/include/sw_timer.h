/* sw_timer.h — millisecond timers owned by a loop: one-shot and repeating, kept in a
 * binary min-heap (O(log n) add and cancel), each with a process-unique id > 0.
 *
 * Timers that expire in the same iteration run in order of deadline, then of creation.
 * A repeating timer keeps its phase: after a late callback the next deadline is the first
 * multiple of the interval (from the original start) that lies in the future, so missed
 * ticks are skipped rather than fired in a burst or drifting. Any timer (including the one
 * running) may be cancelled from any callback. */
#ifndef SW_TIMER_H
#define SW_TIMER_H

#include <stdbool.h>
#include <stdint.h>

#include "sw_loop.h"

typedef struct sw_timer sw_timer_t;
typedef void (*sw_timer_cb)(sw_loop_t *loop, sw_timer_t *timer, void *arg);

/* Longest interval accepted, as in Swoole (one day). */
#define SW_TIMER_MAX_MS 86400000ULL

/* Adds a timer firing after `ms` (>= 1, <= SW_TIMER_MAX_MS) and, if `repeat`, every `ms`
 * after that. Returns the timer, or NULL with the last error set. The timer belongs to the
 * loop: it is freed after a one-shot fires, or when cancelled. */
sw_timer_t *sw_timer_add(sw_loop_t *loop, uint64_t ms, bool repeat, sw_timer_cb cb, void *arg);
/* Cancels a pending or running timer. Its callback will not run again; the memory is
 * released now, or when the running callback returns. Returns 0 or a negative code. */
int sw_timer_cancel(sw_loop_t *loop, sw_timer_t *timer);
/* Looks up a live timer (not cancelled, not finished) by id. */
sw_timer_t *sw_timer_find(sw_loop_t *loop, int64_t id);
int sw_timer_cancel_id(sw_loop_t *loop, int64_t id);
/* Cancels every timer of the loop; returns how many. */
size_t sw_timer_cancel_all(sw_loop_t *loop);

int64_t sw_timer_id(const sw_timer_t *timer);
uint64_t sw_timer_interval(const sw_timer_t *timer);
bool sw_timer_repeats(const sw_timer_t *timer);
/* Milliseconds left until the next expiry (0 if due). */
int64_t sw_timer_remaining(sw_loop_t *loop, const sw_timer_t *timer);
uint64_t sw_timer_round(const sw_timer_t *timer);  /* times the callback has run */
void *sw_timer_arg(const sw_timer_t *timer);
sw_timer_cb sw_timer_callback(const sw_timer_t *timer);  /* tells the owners of timers apart */
/* A timer that does not keep the loop alive (for housekeeping timers). */
void sw_timer_unref(sw_loop_t *loop, sw_timer_t *timer);

size_t sw_timer_count(const sw_loop_t *loop);
/* Calls fn for every live timer (order unspecified); fn must not add or cancel timers. */
void sw_timer_foreach(sw_loop_t *loop, void (*fn)(sw_timer_t *timer, void *ud), void *ud);

#endif
