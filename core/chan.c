/* chan.c — bounded channels between coroutines: a ring of fixed-size elements plus FIFO
 * wait queues; a waiter is a struct on the waiting coroutine's own stack. The ring grows
 * by doubling up to the capacity, so a large capacity costs nothing until it is used. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "sw_chan.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "sw_timer.h"

struct waiter {
    sw_coro_t *co;
    sw_chan_t *ch;
    struct waiter *prev, *next;
    struct wait_queue *queue;   /* the queue it is on, NULL once taken off */
    sw_timer_t *timer;          /* its timeout, NULL if none or fired */
    bool timed_out;
};

struct wait_queue {
    struct waiter *head, *tail;
    size_t len;
};

struct sw_chan {
    unsigned char *buf;         /* alloc * elem_size bytes */
    size_t elem_size;
    size_t capacity;
    size_t alloc;               /* slots in buf: grows up to capacity */
    size_t head;                /* index of the oldest element */
    size_t len;
    bool closed;
    struct wait_queue producers;
    struct wait_queue consumers;
};

static void enqueue(struct wait_queue *q, struct waiter *w)
{
    w->queue = q;
    w->next = NULL;
    w->prev = q->tail;
    if (q->tail)
        q->tail->next = w;
    else
        q->head = w;
    q->tail = w;
    q->len++;
}

static void unlink_waiter(struct waiter *w)
{
    struct wait_queue *q = w->queue;

    if (!q)
        return;
    if (w->prev)
        w->prev->next = w->next;
    else
        q->head = w->next;
    if (w->next)
        w->next->prev = w->prev;
    else
        q->tail = w->prev;
    q->len--;
    w->queue = NULL;
}

static void wake_first(struct wait_queue *q)
{
    struct waiter *w = q->head;

    if (w) {
        unlink_waiter(w);
        sw_coro_resume(w->co);
    }
}

static void on_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    struct waiter *w = arg;

    (void)loop;
    (void)timer;
    w->timer = NULL;
    w->timed_out = true;
    unlink_waiter(w);
    sw_coro_resume(w->co);
}

static bool on_cancel(sw_coro_t *co, void *arg)
{
    struct waiter *w = arg;

    (void)co;
    unlink_waiter(w);
    return true;
}

/* Puts the caller on q before it yields: its timeout timer, if any, and its place in the
 * queue. Returns SW_CHAN_OK, or SW_CHAN_TIMEOUT when it cannot wait (at the root, a zero
 * timeout, no loop for the timer). */
static int wait_prepare(struct waiter *w, sw_chan_t *ch, struct wait_queue *q, long timeout_ms)
{
    sw_loop_t *loop;

    w->co = sw_coro_current();
    w->ch = ch;
    w->timer = NULL;
    w->timed_out = false;
    if (!w->co || timeout_ms == 0)
        return SW_CHAN_TIMEOUT;
    if (timeout_ms > 0) {
        if (!(loop = sw_loop_default()))
            return SW_CHAN_TIMEOUT;
        /* Timers stop at SW_TIMER_MAX_MS; a longer timeout is clamped to it (as sleeps
         * are), not refused, which would fail the wait at once. */
        uint64_t ms = (uint64_t)timeout_ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : (uint64_t)timeout_ms;
        w->timer = sw_timer_add(loop, ms, false, on_timeout, w);
        if (!w->timer)
            return SW_CHAN_TIMEOUT;
    }
    enqueue(q, w);
    return SW_CHAN_OK;
}

/* After the yield: how the wait ended (woken, timed out, canceled). */
static int wait_finish(struct waiter *w)
{
    if (w->timer)
        sw_timer_cancel(sw_loop_default(), w->timer);
    if (w->timed_out)
        return SW_CHAN_TIMEOUT;
    if (sw_coro_is_canceled(w->co))
        return SW_CHAN_CANCELED;
    return SW_CHAN_OK;
}

sw_chan_t *sw_chan_new(size_t capacity, size_t elem_size)
{
    sw_chan_t *ch;

    if (capacity == 0 || elem_size == 0 || capacity > SIZE_MAX / elem_size) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "bad channel capacity %zu or element size %zu",
                     capacity, elem_size);
        return NULL;
    }
    ch = calloc(1, sizeof *ch);
    if (!ch) {
        sw_error_set(ENOMEM, "out of memory for a channel");
        return NULL;
    }
    ch->capacity = capacity;
    ch->elem_size = elem_size;
    return ch;
}

/* Makes room for one more element. The wrapped-around front part of the ring moves to
 * the end of the larger buffer, so the order of the elements is kept. */
static int grow(sw_chan_t *ch)
{
    size_t n = ch->alloc ? ch->alloc * 2 : SW_CHAN_INITIAL_SLOTS;
    unsigned char *buf;

    if (n > ch->capacity || n < ch->alloc)
        n = ch->capacity;
    if (!(buf = realloc(ch->buf, n * ch->elem_size)))
        return sw_error_set(ENOMEM, "out of memory growing a channel to %zu elements", n);
    if (ch->len && ch->head + ch->len > ch->alloc) {
        size_t front = ch->alloc - ch->head;     /* elements from head to the old end */
        memmove(buf + (n - front) * ch->elem_size, buf + ch->head * ch->elem_size,
                front * ch->elem_size);
        ch->head = n - front;
    }
    ch->buf = buf;
    ch->alloc = n;
    return 0;
}

int sw_chan_free(sw_chan_t *ch)
{
    if (!ch)
        return 0;
    /* After a bailout the waiters sit on abandoned stacks and will never run again. */
    if ((ch->producers.len || ch->consumers.len) && !sw_coro_bailed_out())
        return sw_error_set(EBUSY, "channel still has waiting coroutines");
    free(ch->buf);
    free(ch);
    return 0;
}

/* Elements of two words (a PHP zval, a pointer and a length) are the common case: a
 * constant-size copy compiles to two moves instead of a call to memcpy. */
static inline void copy_elem(void *dst, const void *src, size_t size)
{
    if (size == 16)
        memcpy(dst, src, 16);
    else
        memcpy(dst, src, size);
}

static void *slot(const sw_chan_t *ch, size_t i)
{
    size_t idx = ch->head + i;  /* i < alloc: one conditional subtract, no division */

    if (idx >= ch->alloc)
        idx -= ch->alloc;
    return ch->buf + idx * ch->elem_size;
}

/* Push and pop are one function with one switch in it: a producer waiting in push and the
 * consumer whose pop wakes it (or the other way round) leave and re-enter the same call
 * site, so the CPU predicts the returns that follow a switch (two distinct functions cost
 * two mispredicted returns per switch). The order of events is the one documented in
 * sw_chan.h: wait while the channel is full (push) or empty (pop), move the element, wake
 * the oldest waiter of the other side. */
int sw_chan_op(sw_chan_t *ch, void *elem, long timeout_ms, bool push)
{
    struct wait_queue *mine = push ? &ch->producers : &ch->consumers;
    struct wait_queue *theirs = push ? &ch->consumers : &ch->producers;
    struct waiter w;
    bool waiting;
    int rc;

    if (push) {
        if (ch->closed)
            return SW_CHAN_CLOSED;
        waiting = ch->len == ch->capacity || ch->producers.len;
    } else {
        waiting = ch->len == 0 || ch->consumers.len;
        if (waiting && ch->closed && ch->len == 0)
            return SW_CHAN_CLOSED;
    }
    if (waiting && (rc = wait_prepare(&w, ch, mine, timeout_ms)) != SW_CHAN_OK)
        return rc;
    for (;;) {
        sw_coro_t *wake = NULL;

        if (!waiting) {
            if (push) {
                if (ch->len == ch->alloc && grow(ch) < 0)
                    return SW_CHAN_NOMEM;
                copy_elem(slot(ch, ch->len), elem, ch->elem_size);
                ch->len++;
            } else {
                if (ch->len == 0)
                    return SW_CHAN_CLOSED;  /* woken by close */
                copy_elem(elem, slot(ch, 0), ch->elem_size);
                if (++ch->head == ch->alloc)
                    ch->head = 0;
                ch->len--;
            }
            struct waiter *t = theirs->head;
            if (!t)
                return SW_CHAN_OK;
            unlink_waiter(t);
            wake = t->co;
        }
        /* The one switch: resume the woken waiter, or yield while waiting. The empty asm
         * hides the values of push and wake from the optimiser, which would otherwise copy
         * this call into each path (distinct call sites again). */
        SW_OPAQUE(push);
        SW_OPAQUE(wake);
        sw_coro_resume_or_yield(wake, push ? "channel push" : "channel pop", on_cancel, &w);
        SW_OPAQUE(push);
        SW_OPAQUE(wake);
        if (wake)
            return SW_CHAN_OK;
        if ((rc = wait_finish(&w)) != SW_CHAN_OK)
            return rc;
        if (push && ch->closed)
            return SW_CHAN_CLOSED;
        waiting = false;
    }
}

int sw_chan_close(sw_chan_t *ch)
{
    if (ch->closed)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "channel already closed");
    ch->closed = true;
    while (ch->producers.head)
        wake_first(&ch->producers);
    while (ch->consumers.head)
        wake_first(&ch->consumers);
    return 0;
}

bool sw_chan_closed(const sw_chan_t *ch) { return ch->closed; }
size_t sw_chan_length(const sw_chan_t *ch) { return ch->len; }
size_t sw_chan_capacity(const sw_chan_t *ch) { return ch->capacity; }
size_t sw_chan_consumers(const sw_chan_t *ch) { return ch->consumers.len; }
size_t sw_chan_producers(const sw_chan_t *ch) { return ch->producers.len; }

void *sw_chan_peek(const sw_chan_t *ch, size_t i)
{
    return i < ch->len ? slot(ch, i) : NULL;
}
