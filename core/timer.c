/* timer.c — the loop's timers: a binary min-heap ordered by (deadline, sequence), each
 * timer knowing its heap slot so cancel is O(log n); ids for lookup from PHP. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "sw_error.h"
#include "sw_loop_int.h"

#define SW_TIMER_NOT_IN_HEAP UINT32_MAX

/* 56 bytes: memory touched per timer is what 100k timers cost on a cold process. */
struct sw_timer {
    int64_t id;             /* > 0, unique in the process */
    uint64_t deadline;      /* absolute ms on the monotonic clock */
    uint32_t interval;      /* ms, <= SW_TIMER_MAX_MS */
    uint32_t seq;           /* tie-break among equal deadlines (wrap-safe compare) */
    uint32_t heap_idx;      /* slot in loop->heap, or SW_TIMER_NOT_IN_HEAP */
    uint32_t round;         /* callbacks run so far */
    uint8_t flags;          /* SW_TIMER_F_* */
    sw_timer_cb cb;
    void *arg;              /* the owner's; the recycle-list link while free */
};

enum {
    SW_TIMER_F_REPEAT = 1,    /* re-armed after each callback */
    SW_TIMER_F_RUNNING = 2,   /* its callback is on the stack */
    SW_TIMER_F_CANCELLED = 4, /* cancelled while running: release after the callback */
    SW_TIMER_F_UNREF = 8,     /* does not keep the loop alive */
};

/* Timers come from slabs the loop keeps until it is freed: no allocator call per timer. */
#define SW_TIMER_SLAB_BYTES (64 * 1024)
struct sw_timer_slab {
    struct sw_timer_slab *next;
    sw_timer_t timers[];
};
#define SW_TIMER_PER_SLAB ((SW_TIMER_SLAB_BYTES - sizeof(struct sw_timer_slab)) / sizeof(sw_timer_t))

static int64_t next_timer_id = 1;

static bool before(const sw_timer_t *a, const sw_timer_t *b)
{
    return a->deadline < b->deadline ||
           (a->deadline == b->deadline && (int32_t)(a->seq - b->seq) < 0);
}

static void heap_set(sw_loop_t *loop, size_t i, sw_timer_t *t)
{
    loop->heap[i] = t;
    t->heap_idx = (uint32_t)i;
}

static void sift_up(sw_loop_t *loop, size_t i)
{
    sw_timer_t *t = loop->heap[i];

    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!before(t, loop->heap[parent]))
            break;
        heap_set(loop, i, loop->heap[parent]);
        i = parent;
    }
    heap_set(loop, i, t);
}

static void sift_down(sw_loop_t *loop, size_t i)
{
    sw_timer_t *t = loop->heap[i];
    size_t n = loop->heap_len;

    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n && before(loop->heap[child + 1], loop->heap[child]))
            child++;
        if (!before(loop->heap[child], t))
            break;
        heap_set(loop, i, loop->heap[child]);
        i = child;
    }
    heap_set(loop, i, t);
}

static int heap_push(sw_loop_t *loop, sw_timer_t *t)
{
    if (loop->heap_len == loop->heap_cap) {
        size_t ncap = loop->heap_cap ? loop->heap_cap * 2 : 256;
        sw_timer_t **h = realloc(loop->heap, ncap * sizeof *h);
        if (!h)
            return -ENOMEM;
        loop->heap = h;
        loop->heap_cap = ncap;
    }
    t->seq = (uint32_t)loop->timer_seq++;
    heap_set(loop, loop->heap_len++, t);
    sift_up(loop, t->heap_idx);
    return 0;
}

static void heap_remove(sw_loop_t *loop, sw_timer_t *t)
{
    size_t i = t->heap_idx;
    sw_timer_t *last = loop->heap[--loop->heap_len];

    t->heap_idx = SW_TIMER_NOT_IN_HEAP;
    if (last == t)
        return;
    heap_set(loop, i, last);
    if (i > 0 && before(last, loop->heap[(i - 1) / 2]))
        sift_up(loop, i);
    else
        sift_down(loop, i);
}

static void timer_release(sw_loop_t *loop, sw_timer_t *t)
{
    t->arg = loop->timer_free;
    loop->timer_free = t;
}

static sw_timer_t *timer_alloc(sw_loop_t *loop)
{
    sw_timer_t *t = loop->timer_free;

    if (!t) {
        struct sw_timer_slab *slab = malloc(SW_TIMER_SLAB_BYTES);
        if (!slab)
            return NULL;
        slab->next = loop->timer_slabs;
        loop->timer_slabs = slab;
        /* Thread the new slab in reverse so timers are handed out in address order. */
        for (size_t i = SW_TIMER_PER_SLAB; i-- > 0;)
            timer_release(loop, &slab->timers[i]);
        t = loop->timer_free;
    }
    loop->timer_free = t->arg;
    return t;
}

sw_timer_t *sw_timer_add(sw_loop_t *loop, uint64_t ms, bool repeat, sw_timer_cb cb, void *arg)
{
    sw_timer_t *t;

    if (ms == 0 || ms > SW_TIMER_MAX_MS || !cb) {
        sw_error_set(SW_ERROR_TIMER_INVALID, "timer interval must be 1..%llu ms, got %llu",
                     (unsigned long long)SW_TIMER_MAX_MS, (unsigned long long)ms);
        return NULL;
    }
    if (!(t = timer_alloc(loop))) {
        sw_error_set(ENOMEM, "out of memory for a timer");
        return NULL;
    }
    t->id = next_timer_id++;
    t->interval = (uint32_t)ms;
    /* Fresh time, not the cached one: PHP code may have run for a while since the loop
     * last woke, and after(100) means 100 ms from the call. */
    sw_loop_update_time(loop);
    t->deadline = loop->now_ms + ms;
    t->round = 0;
    t->flags = repeat ? SW_TIMER_F_REPEAT : 0;
    t->cb = cb;
    t->arg = arg;
    if (heap_push(loop, t) < 0) {
        timer_release(loop, t);
        sw_error_set(ENOMEM, "out of memory for the timer heap");
        return NULL;
    }
    if (sw_idmap_put(&loop->timer_ids, t->id, t) < 0) {
        heap_remove(loop, t);
        timer_release(loop, t);
        sw_error_set(ENOMEM, "out of memory for the timer index");
        return NULL;
    }
    return t;
}

int sw_timer_cancel(sw_loop_t *loop, sw_timer_t *t)
{
    if (!t || (t->flags & SW_TIMER_F_CANCELLED) || sw_idmap_get(&loop->timer_ids, t->id) != t)
        return sw_error_set(SW_ERROR_TIMER_NOT_FOUND, "timer not found");
    sw_idmap_del(&loop->timer_ids, t->id);
    if (t->flags & SW_TIMER_F_UNREF)
        loop->timer_unrefs--;
    if (t->heap_idx != SW_TIMER_NOT_IN_HEAP)
        heap_remove(loop, t);
    if (t->flags & SW_TIMER_F_RUNNING)
        t->flags |= SW_TIMER_F_CANCELLED;  /* released after the callback returns */
    else
        timer_release(loop, t);
    return 0;
}

sw_timer_t *sw_timer_find(sw_loop_t *loop, int64_t id)
{
    return id > 0 ? sw_idmap_get(&loop->timer_ids, id) : NULL;
}

int sw_timer_cancel_id(sw_loop_t *loop, int64_t id)
{
    sw_timer_t *t = sw_timer_find(loop, id);

    if (!t)
        return sw_error_set(SW_ERROR_TIMER_NOT_FOUND, "timer #%lld not found", (long long)id);
    return sw_timer_cancel(loop, t);
}

size_t sw_timer_cancel_all(sw_loop_t *loop)
{
    size_t n = 0;
    sw_timer_t *t;

    /* The heap holds every live timer but running one-shots; those are only in the index. */
    while (loop->heap_len) {
        sw_timer_cancel(loop, loop->heap[loop->heap_len - 1]);
        n++;
    }
    while ((t = sw_idmap_any(&loop->timer_ids))) {
        sw_timer_cancel(loop, t);
        n++;
    }
    return n;
}

int64_t sw_timer_id(const sw_timer_t *t) { return t->id; }
uint64_t sw_timer_interval(const sw_timer_t *t) { return t->interval; }
bool sw_timer_repeats(const sw_timer_t *t) { return t->flags & SW_TIMER_F_REPEAT; }
uint64_t sw_timer_round(const sw_timer_t *t) { return t->round; }
void *sw_timer_arg(const sw_timer_t *t) { return t->arg; }
sw_timer_cb sw_timer_callback(const sw_timer_t *t) { return t->cb; }

int64_t sw_timer_remaining(sw_loop_t *loop, const sw_timer_t *t)
{
    uint64_t now = sw_clock_ms();

    (void)loop;
    return t->deadline > now ? (int64_t)(t->deadline - now) : 0;
}

void sw_timer_unref(sw_loop_t *loop, sw_timer_t *t)
{
    if (!(t->flags & SW_TIMER_F_UNREF)) {
        t->flags |= SW_TIMER_F_UNREF;
        loop->timer_unrefs++;
    }
}

size_t sw_timer_count(const sw_loop_t *loop)
{
    return loop->timer_ids.len;
}

struct foreach_ctx {
    void (*fn)(sw_timer_t *, void *);
    void *ud;
};

static void foreach_adapter(void *value, void *ud)
{
    struct foreach_ctx *ctx = ud;

    ctx->fn(value, ctx->ud);
}

void sw_timer_foreach(sw_loop_t *loop, void (*fn)(sw_timer_t *, void *), void *ud)
{
    struct foreach_ctx ctx = { fn, ud };

    sw_idmap_foreach(&loop->timer_ids, foreach_adapter, &ctx);
}

size_t sw__timer_refs(const sw_loop_t *loop)
{
    return loop->timer_ids.len - loop->timer_unrefs;
}

int sw__timer_next_timeout(sw_loop_t *loop)
{
    if (!loop->heap_len)
        return -1;
    uint64_t now = sw_clock_ms();
    uint64_t d = loop->heap[0]->deadline;
    if (d <= now)
        return 0;
    return d - now > INT32_MAX ? INT32_MAX : (int)(d - now);
}

void sw__timer_run_expired(sw_loop_t *loop)
{
    uint64_t now = loop->now_ms;

    /* Every timer armed or re-armed below gets a deadline beyond `now`, so this pass ends
     * even when callbacks add timers. */
    while (loop->heap_len && loop->heap[0]->deadline <= now) {
        sw_timer_t *t = loop->heap[0];

        heap_remove(loop, t);
        t->flags |= SW_TIMER_F_RUNNING;
        t->round++;
        t->cb(loop, t, t->arg);
        t->flags &= (uint8_t)~SW_TIMER_F_RUNNING;

        if (t->flags & SW_TIMER_F_CANCELLED) {
            timer_release(loop, t);
            continue;
        }
        if (!(t->flags & SW_TIMER_F_REPEAT)) {
            sw_idmap_del(&loop->timer_ids, t->id);
            if (t->flags & SW_TIMER_F_UNREF)
                loop->timer_unrefs--;
            timer_release(loop, t);
            continue;
        }
        /* Keep the phase: the next deadline is on the grid start + k * interval, skipping
         * the ticks that a slow callback (or a stalled loop) made us miss. */
        uint64_t fresh = sw_clock_ms();
        uint64_t next = t->deadline + t->interval;
        if (next <= fresh)
            next += (fresh - next) / t->interval * t->interval + t->interval;
        t->deadline = next;
        if (heap_push(loop, t) < 0) {
            /* Cannot happen: the heap had room for it a moment ago. */
            sw_idmap_del(&loop->timer_ids, t->id);
            timer_release(loop, t);
        }
    }
}

void sw__timer_free_all(sw_loop_t *loop)
{
    free(loop->heap);
    loop->heap = NULL;
    loop->heap_len = loop->heap_cap = 0;
    while (loop->timer_slabs) {
        struct sw_timer_slab *slab = loop->timer_slabs;
        loop->timer_slabs = slab->next;
        free(slab);
    }
    loop->timer_free = NULL;
    sw_idmap_free(&loop->timer_ids);
    loop->timer_unrefs = 0;
}
