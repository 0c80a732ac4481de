/* core_bench.c — micro-benchmarks of the core, no PHP: coroutine switch, coroutine
 * create+finish, adding and cancelling 100,000 timers, channel messages.
 * Usage: bench/core_bench [rounds]   (prints the median of the rounds for each figure) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sw_chan.h"
#include "sw_coro.h"
#include "sw_loop.h"
#include "sw_timer.h"

#define SWITCHES 2000000
#define CREATES 1000000
#define TIMERS 100000
#define MESSAGES 2000000

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* ---- coroutine switch: one coroutine yields, the root resumes it ---------------------- */

static volatile int pingpong_stop;

static void pingpong(void *arg)
{
    (void)arg;
    while (!pingpong_stop)
        sw_coro_yield();
}

static double bench_switch(void)
{
    pingpong_stop = 0;
    int64_t id = sw_coro_create(pingpong, NULL);
    sw_coro_t *co = sw_coro_find(id);
    uint64_t t0 = sw_clock_ns();
    for (int i = 0; i < SWITCHES / 2; i++)
        sw_coro_resume(co);
    uint64_t t1 = sw_clock_ns();
    pingpong_stop = 1;
    sw_coro_resume(co);
    return (double)(t1 - t0) / SWITCHES;
}

/* ---- create + run + finish -------------------------------------------------------------- */

static void empty(void *arg)
{
    (void)arg;
}

static double bench_create(void)
{
    uint64_t t0 = sw_clock_ns();
    for (int i = 0; i < CREATES; i++)
        sw_coro_create(empty, NULL);
    return (double)(sw_clock_ns() - t0) / CREATES;
}

/* ---- 100k timers ---------------------------------------------------------------------------- */

static void never(sw_loop_t *loop, sw_timer_t *t, void *arg)
{
    (void)loop;
    (void)t;
    (void)arg;
}

static void bench_timers(double *add_ms, double *del_ms)
{
    static sw_timer_t *timers[TIMERS];
    sw_loop_t *loop = sw_loop_new();
    uint32_t seed = 12345;

    uint64_t t0 = sw_clock_ns();
    for (int i = 0; i < TIMERS; i++) {
        seed = seed * 1103515245u + 12345u;
        timers[i] = sw_timer_add(loop, 1 + (seed >> 8) % 100000, false, never, NULL);
    }
    uint64_t t1 = sw_clock_ns();
    for (int i = 0; i < TIMERS; i++)
        sw_timer_cancel(loop, timers[i]);
    uint64_t t2 = sw_clock_ns();
    *add_ms = (double)(t1 - t0) / 1e6;
    *del_ms = (double)(t2 - t1) / 1e6;
    sw_loop_free(loop);
}

/* ---- channel: a producer coroutine feeds the consumer coroutine --------------------------- */

static sw_chan_t *chan;

static void producer(void *arg)
{
    (void)arg;
    for (long i = 0; i < MESSAGES; i++)
        sw_chan_push(chan, &i, -1);
}

static void consumer(void *arg)
{
    long v, *sum = arg;

    for (long i = 0; i < MESSAGES; i++) {
        sw_chan_pop(chan, &v, -1);
        *sum += v;
    }
}

static double bench_chan(size_t capacity)
{
    long sum = 0;

    chan = sw_chan_new(capacity, sizeof(long));
    uint64_t t0 = sw_clock_ns();
    sw_coro_create(consumer, &sum);
    sw_coro_create(producer, NULL);
    double ns = (double)(sw_clock_ns() - t0) / MESSAGES;
    if (sum != (long)MESSAGES * (MESSAGES - 1) / 2) {
        fprintf(stderr, "channel benchmark lost messages\n");
        exit(1);
    }
    sw_chan_free(chan);
    return ns;
}

int main(int argc, char **argv)
{
    int rounds = argc > 1 ? atoi(argv[1]) : 5;
    double sw[64], cr[64], ta[64], tc[64], c1[64], c1k[64];

    if (rounds < 1 || rounds > 64)
        rounds = 5;
    for (int r = 0; r < rounds; r++) {
        sw[r] = bench_switch();
        cr[r] = bench_create();
        bench_timers(&ta[r], &tc[r]);
        c1[r] = bench_chan(1);
        c1k[r] = bench_chan(1024);
    }
    printf("context switch backend        %s\n", sw_coro_backend());
    printf("coroutine switch              %8.1f ns\n", median(sw, rounds));
    printf("coroutine create+finish       %8.1f ns\n", median(cr, rounds));
    printf("add 100,000 timers            %8.2f ms\n", median(ta, rounds));
    printf("cancel 100,000 timers         %8.2f ms\n", median(tc, rounds));
    printf("channel message, capacity 1   %8.1f ns\n", median(c1, rounds));
    printf("channel message, capacity 1024%8.1f ns\n", median(c1k, rounds));
    printf("(median of %d rounds)\n", rounds);
    return 0;
}
