/* test_timer.c — timers: one-shot, repeat, cancel from inside callbacks (its own and
 * others), ids, invalid intervals, 100,000 timers firing in deadline order, phase-keeping
 * ticks, unref'd timers, cancel_all, remaining time. */
#include <stdlib.h>
#include <time.h>

#include "sw_error.h"
#include "sw_loop.h"
#include "sw_timer.h"
#include "tap.h"

static int fired;
static uint64_t fired_at;

static void once_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)t, (void)arg;
    fired++;
    fired_at = sw_loop_now(loop);
}

static void test_one_shot(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_loop_update_time(loop);
    uint64_t t0 = sw_clock_ms();
    fired = 0;
    sw_timer_t *t = sw_timer_add(loop, 30, false, once_cb, NULL);
    REQUIRE(t);
    CHECK(sw_timer_id(t) > 0);
    CHECK(sw_timer_interval(t) == 30);
    CHECK(!sw_timer_repeats(t));
    CHECK(sw_timer_count(loop) == 1);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(fired == 1);
    CHECK(sw_clock_ms() - t0 >= 30);
    CHECK(sw_timer_count(loop) == 0);
    sw_loop_free(loop);
}

static void repeat_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    int *left = arg;
    fired++;
    if (--*left == 0)
        CHECK(sw_timer_cancel(loop, t) == 0);  /* cancel itself */
}

static void test_repeat_cancel_self(void)
{
    sw_loop_t *loop = sw_loop_new();
    int left = 5;
    fired = 0;
    sw_timer_t *t = sw_timer_add(loop, 2, true, repeat_cb, &left);
    REQUIRE(t);
    int64_t id = sw_timer_id(t);
    CHECK(sw_timer_find(loop, id) == t);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(fired == 5);
    CHECK(sw_timer_find(loop, id) == NULL);
    CHECK(sw_timer_cancel_id(loop, id) < 0);
    sw_loop_free(loop);
}

static sw_timer_t *victim;
static int victim_ran;

static void killer_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)t, (void)arg;
    CHECK(sw_timer_cancel(loop, victim) == 0);
}

static void victim_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)loop, (void)t, (void)arg;
    victim_ran++;
}

static void test_cancel_other_from_callback(void)
{
    sw_loop_t *loop = sw_loop_new();
    victim_ran = 0;
    /* Same deadline: the killer was created first, so it runs first. */
    sw_timer_add(loop, 5, false, killer_cb, NULL);
    victim = sw_timer_add(loop, 5, false, victim_cb, NULL);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(victim_ran == 0);
    sw_loop_free(loop);
}

static void test_invalid_intervals(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_error_clear();
    CHECK(sw_timer_add(loop, 0, false, once_cb, NULL) == NULL);
    CHECK(sw_error_code() != 0);
    sw_error_clear();
    CHECK(sw_timer_add(loop, SW_TIMER_MAX_MS + 1, false, once_cb, NULL) == NULL);
    CHECK(sw_error_code() != 0);
    CHECK(sw_timer_add(loop, SW_TIMER_MAX_MS, false, once_cb, NULL) != NULL);
    CHECK(sw_timer_cancel_all(loop) == 1);
    sw_loop_free(loop);
}

/* ---- 100,000 timers ---- */

#define MANY 100000
static uint32_t due[MANY];
static uint64_t deadline[MANY];
static uint64_t last_due;
static uint32_t last_index, many_fired;
static int many_disorder;

static void many_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)loop, (void)t;
    uint32_t i = (uint32_t)(uintptr_t)arg;
    if (many_fired) {
        /* non-decreasing deadlines; equal deadlines in creation order */
        if (deadline[i] < last_due || (deadline[i] == last_due && i < last_index))
            many_disorder++;
    }
    last_due = deadline[i];
    last_index = i;
    many_fired++;
}

static void test_100k_timers_in_order(void)
{
    sw_loop_t *loop = sw_loop_new();
    srand(42);
    many_fired = 0;
    many_disorder = 0;
    sw_loop_update_time(loop);
    for (uint32_t i = 0; i < MANY; i++) {
        due[i] = 1 + (uint32_t)(rand() % 50);
        REQUIRE(sw_timer_add(loop, due[i], false, many_cb, (void *)(uintptr_t)i));
        deadline[i] = sw_loop_now(loop) + due[i];  /* add reads the clock afresh */
    }
    CHECK(sw_timer_count(loop) == MANY);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(many_fired == MANY);
    CHECK(many_disorder == 0);
    sw_loop_free(loop);
}

static void test_100k_cancel(void)
{
    sw_loop_t *loop = sw_loop_new();
    static sw_timer_t *ts[MANY];
    for (uint32_t i = 0; i < MANY; i++)
        REQUIRE((ts[i] = sw_timer_add(loop, 1000 + i % 977, false, many_cb, NULL)));
    /* cancel in an order unrelated to the heap's */
    for (uint32_t i = 0; i < MANY; i += 2)
        CHECK(sw_timer_cancel(loop, ts[i]) == 0);
    CHECK(sw_timer_count(loop) == MANY / 2);
    CHECK(sw_timer_cancel_all(loop) == MANY / 2);
    CHECK(sw_timer_count(loop) == 0);
    CHECK(!sw_loop_alive(loop));
    sw_loop_free(loop);
}

/* Cancels scattered through the heap (the removal path that sifts both ways) leave the
 * rest firing in order, each exactly once, and none of the cancelled. */
static bool cancelled[MANY];
static int cancelled_fired;

static void scattered_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    if (cancelled[(uintptr_t)arg])
        cancelled_fired++;
    many_cb(loop, t, arg);
}

static void test_scattered_cancel_keeps_order(void)
{
    sw_loop_t *loop = sw_loop_new();
    static sw_timer_t *ts[MANY];
    const uint32_t n = 30000;
    uint32_t ncancel = 0;

    srand(7);
    many_fired = 0;
    many_disorder = 0;
    cancelled_fired = 0;
    sw_loop_update_time(loop);
    for (uint32_t i = 0; i < n; i++) {
        due[i] = 1 + (uint32_t)(rand() % 40);
        cancelled[i] = false;
        REQUIRE((ts[i] = sw_timer_add(loop, due[i], false, scattered_cb, (void *)(uintptr_t)i)));
        deadline[i] = sw_loop_now(loop) + due[i];
    }
    for (uint32_t k = 0; k < n / 3; k++) {
        uint32_t i = (uint32_t)rand() % n;
        if (!cancelled[i]) {
            CHECK(sw_timer_cancel(loop, ts[i]) == 0);
            cancelled[i] = true;
            ncancel++;
        }
    }
    CHECK(sw_timer_count(loop) == n - ncancel);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(many_fired == n - ncancel);
    CHECK(many_disorder == 0);
    CHECK(cancelled_fired == 0);
    sw_loop_free(loop);
}

/* ---- phase ---- */

static uint64_t phase_start;
static uint64_t phase_at[8];
static uint64_t phase_round[8];
static int phase_n;

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void phase_cb(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)arg;
    phase_at[phase_n] = sw_clock_ms();
    phase_round[phase_n] = sw_timer_round(t);
    if (phase_n == 1)
        sleep_ms(75);  /* miss two or three ticks of 30 ms */
    if (++phase_n == 4)
        sw_timer_cancel(loop, t);
}

static void test_tick_keeps_phase(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_loop_update_time(loop);
    phase_start = sw_loop_now(loop);
    phase_n = 0;
    sw_timer_add(loop, 30, true, phase_cb, NULL);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(phase_n == 4);
    /* After the slow callback, the next tick lands on a multiple of 30 ms from the start
     * (within scheduling slack), not 30 ms after the slow callback returned, and the
     * missed ticks are skipped rather than fired back to back. */
    uint64_t late = phase_at[2] - phase_start;
    CHECK(late >= 120);
    CHECK(late % 30 <= 12 || late % 30 >= 28);
    CHECK(phase_at[3] - phase_at[2] >= 20);
    printf("# ticks at +%llu +%llu +%llu +%llu ms\n",
           (unsigned long long)(phase_at[0] - phase_start),
           (unsigned long long)(phase_at[1] - phase_start),
           (unsigned long long)(phase_at[2] - phase_start),
           (unsigned long long)(phase_at[3] - phase_start));
    sw_loop_free(loop);
}

static void test_unref_and_remaining(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_timer_t *t = sw_timer_add(loop, 10000, false, once_cb, NULL);
    REQUIRE(t);
    int64_t left = sw_timer_remaining(loop, t);
    CHECK(left > 9000 && left <= 10000);
    CHECK(sw_timer_arg(t) == NULL);
    sw_timer_unref(loop, t);
    CHECK(!sw_loop_alive(loop));
    uint64_t t0 = sw_clock_ms();
    CHECK(sw_loop_run(loop) == 0);  /* returns at once */
    CHECK(sw_clock_ms() - t0 < 5000);
    sw_loop_free(loop);  /* frees the pending timer (valgrind: no leak) */
}

static const tap_case_t cases[] = {
    TAP_CASE(test_one_shot),
    TAP_CASE(test_repeat_cancel_self),
    TAP_CASE(test_cancel_other_from_callback),
    TAP_CASE(test_invalid_intervals),
    TAP_CASE(test_100k_timers_in_order),
    TAP_CASE(test_100k_cancel),
    TAP_CASE(test_scattered_cancel_keeps_order),
    TAP_CASE(test_tick_keeps_phase),
    TAP_CASE(test_unref_and_remaining),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
