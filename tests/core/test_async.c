/* test_async.c — the worker-thread pool: completions delivered on the loop's thread,
 * many jobs over few workers, coroutines that wait for a job while others run, giving up
 * on a job (timeout, cancel) without leaking its result, signals kept off the workers,
 * and a forked child that gets a working pool of its own. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sw_async.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "sw_timer.h"
#include "tap.h"

static pthread_t main_thread;

typedef struct {
    int in, out;
    unsigned sleep_us;
    bool on_other_thread;
    bool sigint_blocked;
    int done_calls;
    int done_status;
} job_t;

static void square(void *arg)
{
    job_t *j = arg;
    sigset_t mask;

    if (j->sleep_us)
        usleep(j->sleep_us);
    j->out = j->in * j->in;
    j->on_other_thread = !pthread_equal(pthread_self(), main_thread);
    pthread_sigmask(SIG_BLOCK, NULL, &mask);
    j->sigint_blocked = sigismember(&mask, SIGINT);
}

static void job_done(void *arg, int status)
{
    job_t *j = arg;
    j->done_calls++;
    j->done_status = status;
}

static void test_submit_and_deliver(void)
{
    job_t j = {.in = 7};
    sw_loop_t *loop = sw_loop_default();

    REQUIRE(loop);
    CHECK(sw_async_submit(square, job_done, &j) == 0);
    CHECK(sw_async_pending() == 1);
    CHECK(sw_loop_alive(loop)); /* the pending job keeps the loop alive */
    CHECK(j.done_calls == 0);   /* never delivered synchronously */
    CHECK(sw_loop_run(loop) == 0);
    CHECK(j.done_calls == 1);
    CHECK(j.done_status == 0);
    CHECK(j.out == 49);
    CHECK(j.on_other_thread);
    CHECK(j.sigint_blocked); /* workers block every signal */
    CHECK(sw_async_pending() == 0);
    CHECK(sw_loop_io_count(loop) == 0); /* an idle pool leaves no watcher behind */
    CHECK(sw_async_submit(NULL, job_done, &j) == -SW_ERROR_INVALID_PARAMS);
}

static void test_many_jobs_few_threads(void)
{
    enum { N = 64 };
    job_t jobs[N];
    sw_loop_t *loop = sw_loop_default();

    sw_async_set_max_threads(3);
    memset(jobs, 0, sizeof jobs);
    for (int i = 0; i < N; i++) {
        jobs[i].in = i;
        jobs[i].sleep_us = 1000;
        CHECK(sw_async_submit(square, job_done, &jobs[i]) == 0);
    }
    CHECK(sw_async_thread_count() <= 3);
    CHECK(sw_loop_run(loop) == 0);
    int ok = 0;
    for (int i = 0; i < N; i++)
        ok += jobs[i].done_calls == 1 && jobs[i].out == i * i;
    CHECK(ok == N);
    CHECK(sw_async_thread_count() <= 3);
    sw_async_shutdown();
    CHECK(sw_async_thread_count() == 0);
    sw_async_set_max_threads(SW_ASYNC_DEFAULT_MAX_THREADS);
}

/* An idle worker takes one job; a second job queued behind it gets a worker of its own. */
static void test_spawns_when_queue_outgrows_idle(void)
{
    job_t a = {.in = 1}, b = {.in = 2, .sleep_us = 20000}, c = {.in = 3, .sleep_us = 20000};
    sw_loop_t *loop = sw_loop_default();

    sw_async_shutdown();
    CHECK(sw_async_submit(square, job_done, &a) == 0);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(sw_async_thread_count() == 1);
    CHECK(sw_async_submit(square, job_done, &b) == 0);
    CHECK(sw_async_thread_count() == 1);  /* the idle one will take it */
    CHECK(sw_async_submit(square, job_done, &c) == 0);
    CHECK(sw_async_thread_count() == 2);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(b.done_calls == 1 && c.done_calls == 1 && c.out == 9);
}

/* ---- from coroutines ---- */

static int order[8], order_len;
static int run_rc;

static void co_waits_for_job(void *arg)
{
    job_t *j = arg;
    run_rc = sw_async_run(square, j, "test job");
    order[order_len++] = 1;
}

static void co_ticks(void *arg)
{
    (void)arg;
    sw_coro_sleep_ms(1);
    order[order_len++] = 2;
}

static void test_run_in_coroutine_does_not_block(void)
{
    job_t j = {.in = 5, .sleep_us = 100000};

    order_len = 0;
    run_rc = -1;
    CHECK(sw_coro_create(co_waits_for_job, &j) > 0);
    CHECK(order_len == 0); /* suspended while the job runs */
    CHECK(sw_coro_create(co_ticks, NULL) > 0);
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    CHECK(run_rc == 0);
    CHECK(j.out == 25);
    REQUIRE(order_len == 2);
    CHECK(order[0] == 2); /* the other coroutine ran while the job was busy */
    CHECK(order[1] == 1);
}

static void test_run_outside_coroutine(void)
{
    job_t j = {.in = 1};
    CHECK(sw_async_run(square, &j, "x") == -SW_ERROR_CO_OUT_OF_COROUTINE);
    CHECK(sw_async_run_timeout(square, &j, "x", 10, NULL) == -SW_ERROR_CO_OUT_OF_COROUTINE);
    CHECK(sw_async_pending() == 0);
}

/* A heap result the job builds: freed by the discard function once the job is over. */
typedef struct {
    unsigned sleep_us;
    char *result;
} slow_t;

static int discards;

static void slow_fn(void *arg)
{
    slow_t *s = arg;
    usleep(s->sleep_us);
    s->result = strdup("late result");
}

static void slow_discard(void *arg)
{
    slow_t *s = arg;
    discards++;
    free(s->result);
    free(s);
}

static void co_times_out(void *arg)
{
    (void)arg;
    slow_t *s = calloc(1, sizeof *s);
    s->sleep_us = 300000;
    run_rc = sw_async_run_timeout(slow_fn, s, "slow job", 20, slow_discard);
    /* s belongs to the pool now */
}

static void test_timeout_discards_result(void)
{
    discards = 0;
    run_rc = 0;
    uint64_t t0 = sw_clock_ms();
    CHECK(sw_coro_create(co_times_out, NULL) > 0);
    /* The given-up job does not keep the loop alive: the loop ends at the timeout. */
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    CHECK(run_rc == -SW_ERROR_CO_TIMEDOUT);
    CHECK(sw_clock_ms() - t0 < 250);
    CHECK(sw_async_pending() == 1);
    CHECK(discards == 0);
    /* Shutdown waits for the worker, then the result is discarded, not leaked. */
    sw_async_shutdown();
    CHECK(discards == 1);
    CHECK(sw_async_pending() == 0);
}

static void test_timeout_then_late_delivery(void)
{
    discards = 0;
    run_rc = 0;
    CHECK(sw_coro_create(co_times_out, NULL) > 0);
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    CHECK(run_rc == -SW_ERROR_CO_TIMEDOUT);
    /* Keep the loop busy until the job is over: its late completion is discarded. */
    sw_loop_ref(sw_loop_default());
    for (int i = 0; i < 200 && discards == 0; i++)
        sw_loop_run_once(sw_loop_default(), true), usleep(5000);
    sw_loop_unref(sw_loop_default());
    CHECK(discards == 1);
    CHECK(sw_async_pending() == 0);
    CHECK(sw_loop_io_count(sw_loop_default()) == 0);
}

static sw_coro_t *waiter_co;
static int cancel_rc;

static void co_waits_forever(void *arg)
{
    (void)arg;
    slow_t *s = calloc(1, sizeof *s);
    s->sleep_us = 50000;
    waiter_co = sw_coro_current();
    run_rc = sw_async_run_timeout(slow_fn, s, "cancelable job", -1, slow_discard);
}

static void co_waits_uncancelable(void *arg)
{
    job_t *j = arg;
    waiter_co = sw_coro_current();
    run_rc = sw_async_run(square, j, "uncancelable job");
}

static void co_cancels(void *arg)
{
    (void)arg;
    cancel_rc = sw_coro_cancel(waiter_co);
}

static void test_cancel(void)
{
    job_t j = {.in = 3, .sleep_us = 30000};

    discards = 0;
    CHECK(sw_coro_create(co_waits_forever, NULL) > 0);
    CHECK(sw_coro_create(co_cancels, NULL) > 0);
    CHECK(cancel_rc == 0);
    CHECK(run_rc == -SW_ERROR_CO_CANCELED);
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    sw_async_shutdown();
    CHECK(discards == 1);

    run_rc = 1;
    CHECK(sw_coro_create(co_waits_uncancelable, &j) > 0);
    CHECK(sw_coro_create(co_cancels, NULL) > 0);
    CHECK(cancel_rc == -SW_ERROR_CO_CANNOT_CANCEL);
    CHECK(run_rc == 1); /* still waiting */
    CHECK(sw_loop_run(sw_loop_default()) == 0);
    CHECK(run_rc == 0);
    CHECK(j.out == 9);
}

/* ---- fork ---- */

static void test_fork_child_gets_a_pool(void)
{
    job_t j = {.in = 4};
    sw_loop_t *loop = sw_loop_default();

    /* Workers exist in the parent before the fork. */
    CHECK(sw_async_submit(square, job_done, &j) == 0);
    CHECK(sw_loop_run(loop) == 0);
    REQUIRE(sw_async_thread_count() > 0);

    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        job_t c = {.in = 6};
        int bad = sw_async_thread_count() != 0;
        bad |= sw_async_submit(square, job_done, &c) != 0;
        bad |= sw_loop_run(loop) != 0;
        bad |= (c.done_calls != 1 || c.out != 36 || !c.on_other_thread) << 2;
        if (bad)
            printf("# child: bad=%d threads=%zu done=%d out=%d err=%s\n", bad,
                   sw_async_thread_count(), c.done_calls, c.out, sw_error_msg());
        sw_async_shutdown();
        _exit(bad);
    }
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);

    job_t k = {.in = 8};
    CHECK(sw_async_submit(square, job_done, &k) == 0);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(k.done_calls == 1 && k.out == 64);
}

/* A fork while a job is outstanding: the child reports it lost instead of hanging. */
static void test_fork_with_job_in_flight(void)
{
    job_t j = {.in = 2, .sleep_us = 100000};
    sw_loop_t *loop = sw_loop_default();

    CHECK(sw_async_submit(square, job_done, &j) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        /* The job was queued or running in the parent: here it is delivered as lost. */
        int bad = sw_loop_run(loop) != 0;
        bad |= (j.done_calls != 1 || j.done_status != -SW_ERROR_CO_CANCELED) << 1;
        bad |= (sw_async_pending() != 0) << 2;
        sw_async_shutdown();
        _exit(bad);
    }
    int st = 0;
    CHECK(waitpid(pid, &st, 0) == pid);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(j.done_calls == 1 && j.done_status == 0 && j.out == 4);
}

static void test_shutdown_final(void)
{
    sw_async_shutdown();
    CHECK(sw_async_thread_count() == 0);
    CHECK(sw_async_pending() == 0);
    sw_loop_default_free();
    sw_coro_shutdown();
}

static const tap_case_t cases[] = {
    TAP_CASE(test_submit_and_deliver),
    TAP_CASE(test_many_jobs_few_threads),
    TAP_CASE(test_spawns_when_queue_outgrows_idle),
    TAP_CASE(test_run_in_coroutine_does_not_block),
    TAP_CASE(test_run_outside_coroutine),
    TAP_CASE(test_timeout_discards_result),
    TAP_CASE(test_timeout_then_late_delivery),
    TAP_CASE(test_cancel),
    TAP_CASE(test_fork_child_gets_a_pool),
    TAP_CASE(test_fork_with_job_in_flight),
    TAP_CASE(test_shutdown_final),
};

int main(void)
{
    main_thread = pthread_self();
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
