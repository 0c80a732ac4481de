/* test_chan.c — channels: buffering without waiting, Swoole's hand-off order, producers
 * waiting on a full channel, timeouts, close with waiters on both ends, draining after
 * close, cancel of a waiting pop, stats, peek, free with waiters. */
#include <errno.h>
#include <string.h>

#include "sw_chan.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "tap.h"

static char trail[256];
static size_t trail_len;

static void mark(const char *s)
{
    while (*s && trail_len < sizeof trail - 1)
        trail[trail_len++] = *s++;
    trail[trail_len] = '\0';
}

static void reset(void)
{
    trail_len = 0;
    trail[0] = '\0';
}

static void test_buffer_from_root(void)
{
    sw_chan_t *ch = sw_chan_new(2, sizeof(int));
    REQUIRE(ch);
    int v = 1, out = 0;
    CHECK(sw_chan_capacity(ch) == 2);
    CHECK(sw_chan_push(ch, &v, -1) == SW_CHAN_OK);
    v = 2;
    CHECK(sw_chan_push(ch, &v, -1) == SW_CHAN_OK);
    CHECK(sw_chan_length(ch) == 2);
    v = 3;
    CHECK(sw_chan_push(ch, &v, -1) == SW_CHAN_TIMEOUT);  /* full, and the root cannot wait */
    CHECK(*(int *)sw_chan_peek(ch, 0) == 1);
    CHECK(*(int *)sw_chan_peek(ch, 1) == 2);
    CHECK(sw_chan_peek(ch, 2) == NULL);
    CHECK(sw_chan_pop(ch, &out, 0) == SW_CHAN_OK && out == 1);
    CHECK(sw_chan_pop(ch, &out, 0) == SW_CHAN_OK && out == 2);
    CHECK(sw_chan_pop(ch, &out, 0) == SW_CHAN_TIMEOUT);
    CHECK(sw_chan_free(ch) == 0);
}

/* A consumer waits; a producer's push hands the value over and runs the consumer at once,
 * before the producer's next statement (Swoole's order). */
static sw_chan_t *hand;

static void consumer(void *arg)
{
    int v = 0;
    (void)arg;
    mark("c-wait ");
    CHECK(sw_chan_pop(hand, &v, -1) == SW_CHAN_OK);
    mark(v == 42 ? "c-got42 " : "c-got? ");
}

static void producer(void *arg)
{
    int v = 42;
    (void)arg;
    mark("p-push ");
    CHECK(sw_chan_push(hand, &v, -1) == SW_CHAN_OK);
    mark("p-after ");
}

static void test_handoff_order(void)
{
    reset();
    hand = sw_chan_new(1, sizeof(int));
    sw_coro_create(consumer, NULL);
    CHECK(sw_chan_consumers(hand) == 1);
    sw_coro_create(producer, NULL);
    CHECK(strcmp(trail, "c-wait p-push c-got42 p-after ") == 0);
    CHECK(sw_chan_free(hand) == 0);
}

static void full_producer(void *arg)
{
    int v = (int)(intptr_t)arg;
    char m[16];
    snprintf(m, sizeof m, "w%d ", v);
    mark(m);
    CHECK(sw_chan_push(hand, &v, -1) == SW_CHAN_OK);
    snprintf(m, sizeof m, "p%d ", v);
    mark(m);
}

static void test_producer_waits_until_pop(void)
{
    reset();
    hand = sw_chan_new(1, sizeof(int));
    sw_coro_create(full_producer, (void *)1);  /* fits */
    sw_coro_create(full_producer, (void *)2);  /* waits */
    CHECK(sw_chan_producers(hand) == 1);
    int out;
    CHECK(sw_chan_pop(hand, &out, 0) == SW_CHAN_OK && out == 1);  /* frees room: 2 goes */
    CHECK(sw_chan_pop(hand, &out, 0) == SW_CHAN_OK && out == 2);
    CHECK(strcmp(trail, "w1 p1 w2 p2 ") == 0);
    CHECK(sw_chan_free(hand) == 0);
}

static void timed_pop(void *arg)
{
    int v;
    (void)arg;
    uint64_t t0 = sw_clock_ms();
    CHECK(sw_chan_pop(hand, &v, 20) == SW_CHAN_TIMEOUT);
    CHECK(sw_clock_ms() - t0 >= 20);
    CHECK(sw_chan_pop(hand, &v, 0) == SW_CHAN_TIMEOUT);  /* 0: no wait at all */
    mark("timeout ");
}

static void test_timeout(void)
{
    reset();
    hand = sw_chan_new(1, sizeof(int));
    sw_coro_create(timed_pop, NULL);
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    CHECK(strcmp(trail, "timeout ") == 0);
    CHECK(sw_chan_consumers(hand) == 0);
    CHECK(sw_chan_free(hand) == 0);
}

/* Close wakes every waiter on both ends with CLOSED. */
static sw_chan_t *empty_ch, *full_ch;

static void waits_pop(void *arg)
{
    int v;
    (void)arg;
    CHECK(sw_chan_pop(empty_ch, &v, -1) == SW_CHAN_CLOSED);
    mark("pc ");
}

static void waits_push(void *arg)
{
    int v = 7;
    (void)arg;
    CHECK(sw_chan_push(full_ch, &v, -1) == SW_CHAN_CLOSED);
    mark("uc ");
}

static void test_close_wakes_both_ends(void)
{
    reset();
    empty_ch = sw_chan_new(1, sizeof(int));
    full_ch = sw_chan_new(1, sizeof(int));
    int v = 1;
    sw_chan_push(full_ch, &v, 0);
    for (int i = 0; i < 3; i++) {
        sw_coro_create(waits_pop, NULL);
        sw_coro_create(waits_push, NULL);
    }
    CHECK(sw_chan_consumers(empty_ch) == 3);
    CHECK(sw_chan_producers(full_ch) == 3);
    CHECK(sw_chan_free(empty_ch) == -EBUSY);  /* waiters: refuse */
    CHECK(sw_chan_close(empty_ch) == 0);
    CHECK(sw_chan_close(full_ch) == 0);
    CHECK(strcmp(trail, "pc pc pc uc uc uc ") == 0);
    CHECK(sw_chan_close(full_ch) == -SW_ERROR_WRONG_OPERATION);
    CHECK(sw_chan_closed(full_ch));
    /* queued data is still delivered after close, then CLOSED */
    int out = 0;
    CHECK(sw_chan_pop(full_ch, &out, 0) == SW_CHAN_OK && out == 1);
    CHECK(sw_chan_pop(full_ch, &out, 0) == SW_CHAN_CLOSED);
    CHECK(sw_chan_push(full_ch, &v, 0) == SW_CHAN_CLOSED);
    CHECK(sw_coro_count() == 0);
    CHECK(sw_chan_free(empty_ch) == 0);
    CHECK(sw_chan_free(full_ch) == 0);
}

static void canceled_pop(void *arg)
{
    int v;
    (void)arg;
    CHECK(sw_chan_pop(hand, &v, -1) == SW_CHAN_CANCELED);
    mark("canceled ");
}

static void test_cancel_waiting_pop(void)
{
    reset();
    hand = sw_chan_new(1, sizeof(int));
    int64_t id = sw_coro_create(canceled_pop, NULL);
    CHECK(sw_chan_consumers(hand) == 1);
    CHECK(sw_coro_cancel(sw_coro_find(id)) == 0);
    CHECK(sw_chan_consumers(hand) == 0);
    CHECK(strcmp(trail, "canceled ") == 0);
    CHECK(sw_chan_free(hand) == 0);
}

/* Larger elements are copied whole, in FIFO order, across many waits. */
struct msg {
    int seq;
    char text[60];
};

static void big_consumer(void *arg)
{
    int *got = arg;
    struct msg m;
    while (sw_chan_pop(hand, &m, -1) == SW_CHAN_OK) {
        char want[60];
        snprintf(want, sizeof want, "message %d", m.seq);
        if (m.seq != *got || strcmp(m.text, want) != 0)
            *got = -1000000;
        (*got)++;
    }
}

static void test_fifo_many_messages(void)
{
    int got = 0;
    hand = sw_chan_new(4, sizeof(struct msg));
    sw_coro_create(big_consumer, &got);
    for (int i = 0; i < 1000; i++) {
        struct msg m = {.seq = i};
        snprintf(m.text, sizeof m.text, "message %d", i);
        CHECK(sw_chan_push(hand, &m, 0) == SW_CHAN_OK);
    }
    sw_chan_close(hand);
    CHECK(got == 1000);
    CHECK(sw_chan_free(hand) == 0);
}

/* The ring grows while wrapped around (head in the middle of the buffer): the order of
 * the elements must survive each doubling, and growth stops at the capacity. */
static void test_growth_keeps_order_when_wrapped(void)
{
    const int cap = 100;
    sw_chan_t *ch = sw_chan_new((size_t)cap, sizeof(int));
    int next_in = 0, next_out = 0, v;
    REQUIRE(ch);
    for (int round = 0; round < 50; round++) {
        /* push 3, pop 2: the queue slides through the buffer and wraps as it grows */
        for (int k = 0; k < 3 && sw_chan_length(ch) < (size_t)cap; k++) {
            v = next_in++;
            CHECK(sw_chan_push(ch, &v, 0) == SW_CHAN_OK);
        }
        for (int k = 0; k < 2; k++) {
            CHECK(sw_chan_pop(ch, &v, 0) == SW_CHAN_OK);
            if (v != next_out++)
                CHECK(!"out of order");
        }
    }
    while (sw_chan_length(ch) < (size_t)cap) {
        v = next_in++;
        CHECK(sw_chan_push(ch, &v, 0) == SW_CHAN_OK);
    }
    v = -1;
    CHECK(sw_chan_push(ch, &v, 0) == SW_CHAN_TIMEOUT);  /* full at the capacity, not before */
    while (sw_chan_pop(ch, &v, 0) == SW_CHAN_OK)
        if (v != next_out++)
            CHECK(!"out of order after growth");
    CHECK(next_out == next_in);
    CHECK(sw_chan_free(ch) == 0);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_growth_keeps_order_when_wrapped),
    TAP_CASE(test_buffer_from_root),
    TAP_CASE(test_handoff_order),
    TAP_CASE(test_producer_waits_until_pop),
    TAP_CASE(test_timeout),
    TAP_CASE(test_close_wakes_both_ends),
    TAP_CASE(test_cancel_waiting_pop),
    TAP_CASE(test_fifo_many_messages),
};

int main(void)
{
    int rc = tap_run(cases, sizeof cases / sizeof cases[0]);
    sw_loop_default_free();
    sw_coro_shutdown();
    return rc;
}
