/* sw_chan.h — channels between coroutines: a bounded FIFO of fixed-size elements (copied
 * in and out, no allocation per message) with wait queues of producers and consumers.
 *
 * Hand-off follows Swoole's order, which user-visible output depends on: a push that
 * finds consumers waiting enqueues and resumes the oldest consumer at once (it runs until
 * it yields, then the pusher continues); a pop that frees room resumes the oldest waiting
 * producer the same way. Waiters are served first-come first-served. */
#ifndef SW_CHAN_H
#define SW_CHAN_H

#include <stdbool.h>
#include <stddef.h>

/* Results, equal to Swoole's SWOOLE_CHANNEL_* constants. */
enum {
    SW_CHAN_OK = 0,
    SW_CHAN_TIMEOUT = -1,
    SW_CHAN_CLOSED = -2,
    SW_CHAN_CANCELED = -3,
    SW_CHAN_NOMEM = -4,       /* push could not grow the buffer (last error set) */
};

/* Slots allocated by the first push; the buffer then doubles up to the capacity. */
#define SW_CHAN_INITIAL_SLOTS 8

typedef struct sw_chan sw_chan_t;

/* capacity >= 1; elem_size >= 1. Returns NULL on allocation failure. */
sw_chan_t *sw_chan_new(size_t capacity, size_t elem_size);
/* Frees the channel. It must have no waiters (close it first); returns -EBUSY otherwise
 * (unless sw_coro_bailout() abandoned them).
 * Elements still queued are dropped (the caller drains them first if they own memory). */
int sw_chan_free(sw_chan_t *ch);

/* sw_chan_push (push = true, elem is read) or sw_chan_pop (push = false, elem is written):
 * one function, so that callers reach both from one call site (see chan.c). */
int sw_chan_op(sw_chan_t *ch, void *elem, long timeout_ms, bool push);

/* Copies *elem in. Waits while the channel is full (only inside a coroutine; from the root
 * a full channel fails at once with SW_CHAN_TIMEOUT). timeout_ms < 0 waits forever, 0 does
 * not wait. Returns SW_CHAN_OK, SW_CHAN_TIMEOUT, SW_CHAN_CLOSED, SW_CHAN_CANCELED or SW_CHAN_NOMEM. */
static inline int sw_chan_push(sw_chan_t *ch, const void *elem, long timeout_ms)
{
    return sw_chan_op(ch, (void *)elem, timeout_ms, true);
}
/* Copies the oldest element out. Waits while the channel is empty, as push does. After
 * close, queued elements are still returned; then SW_CHAN_CLOSED. */
static inline int sw_chan_pop(sw_chan_t *ch, void *elem, long timeout_ms)
{
    return sw_chan_op(ch, elem, timeout_ms, false);
}
/* Marks the channel closed and resumes every waiter (each gets SW_CHAN_CLOSED). Returns
 * 0, or -SW_ERROR_WRONG_OPERATION if already closed. */
int sw_chan_close(sw_chan_t *ch);

bool sw_chan_closed(const sw_chan_t *ch);
size_t sw_chan_length(const sw_chan_t *ch);
size_t sw_chan_capacity(const sw_chan_t *ch);
size_t sw_chan_consumers(const sw_chan_t *ch);  /* coroutines waiting in pop */
size_t sw_chan_producers(const sw_chan_t *ch);  /* coroutines waiting in push */
/* Peeks at the i-th queued element (0 = oldest) without removing it; NULL if out of range.
 * For the owner's cleanup (e.g. releasing references of dropped elements). */
void *sw_chan_peek(const sw_chan_t *ch, size_t i);

#endif
