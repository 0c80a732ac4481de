/* test_lock.c — the four lock kinds between forked processes: mutual exclusion, try and
 * timed waits, releases of what is not held, a mutex whose holder died, shared readers. */
#include <errno.h>
#include <sched.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_lock.h"
#include "sw_shm.h"
#include "tap.h"

static const sw_lock_kind_t kinds[] = {SW_LOCK_MUTEX, SW_LOCK_RWLOCK, SW_LOCK_SPINLOCK,
                                       SW_LOCK_SEM};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static int child_status(pid_t pid)
{
    int st = -1;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Runs fn(lk, arg) in a child and returns its exit status. */
static int in_child(int (*fn)(sw_lock_t *, void *), sw_lock_t *lk, void *arg)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(fn(lk, arg));
    return pid < 0 ? -1 : child_status(pid);
}

static int child_try(sw_lock_t *lk, void *arg) { (void)arg; return sw_lock_try(lk); }
/* A read hold is not robust: a child that died holding one would block writers forever. */
static int child_try_shared(sw_lock_t *lk, void *arg)
{
    (void)arg;
    int rc = sw_lock_try_shared(lk);
    if (rc == 0 && sw_lock_release(lk) != 0)
        return 99;
    return rc;
}
static int child_release(sw_lock_t *lk, void *arg) { (void)arg; return sw_lock_release(lk); }

static int child_timed(sw_lock_t *lk, void *arg)
{
    (void)arg;
    double t0 = now_s();
    int rc = sw_lock_acquire_timed(lk, 0.1);
    double dt = now_s() - t0;
    return rc == ETIMEDOUT && dt >= 0.09 && dt < 3 ? 0 : 1;
}

static void test_unknown_kind(void)
{
    CHECK(sw_lock_new((sw_lock_kind_t)2) == NULL);
    CHECK(sw_error_code() == SW_ERROR_INVALID_PARAMS);
}

static void test_basic_each_kind(void)
{
    for (size_t i = 0; i < NKINDS; i++) {
        sw_lock_t *lk = sw_lock_new(kinds[i]);
        REQUIRE(lk != NULL);
        CHECK(sw_lock_release(lk) == EPERM);            /* not held */
        CHECK(sw_lock_acquire(lk) == 0);
        if (kinds[i] != SW_LOCK_SEM)
            CHECK(sw_lock_acquire(lk) == EDEADLK);      /* would wait for itself */
        CHECK(in_child(child_try, lk, NULL) == EBUSY);  /* held by the parent */
        CHECK(in_child(child_timed, lk, NULL) == 0);
        if (kinds[i] == SW_LOCK_SEM)
            CHECK(in_child(child_release, lk, NULL) == 0);   /* anyone may post it */
        else
            CHECK(in_child(child_release, lk, NULL) == EPERM); /* not the child's hold */
        if (kinds[i] != SW_LOCK_SEM)
            CHECK(sw_lock_release(lk) == 0);
        CHECK(sw_lock_release(lk) == EPERM);            /* released once only */
        CHECK(sw_lock_try(lk) == 0);
        CHECK(sw_lock_release(lk) == 0);
        CHECK(sw_lock_acquire_timed(lk, 0.5) == 0);
        CHECK(sw_lock_release(lk) == 0);
        sw_lock_free(lk);
    }
}

/* Four children add to a plain (non-atomic) shared counter under the lock. */
static void test_mutual_exclusion(void)
{
    enum { CHILDREN = 4, ADDS = 20000 };
    for (size_t i = 0; i < NKINDS; i++) {
        sw_lock_t *lk = sw_lock_new(kinds[i]);
        volatile uint64_t *counter = sw_shm_alloc(sizeof *counter);
        REQUIRE(lk && counter);
        pid_t pids[CHILDREN];
        for (int c = 0; c < CHILDREN; c++) {
            if ((pids[c] = fork()) == 0) {
                for (int k = 0; k < ADDS; k++) {
                    if (sw_lock_acquire(lk) != 0)
                        _exit(1);
                    uint64_t v = *counter;
                    if (k % 64 == 0)
                        sched_yield();  /* a window for a second holder, were there one */
                    *counter = v + 1;
                    if (sw_lock_release(lk) != 0)
                        _exit(2);
                }
                _exit(0);
            }
        }
        for (int c = 0; c < CHILDREN; c++)
            CHECK(child_status(pids[c]) == 0);
        CHECK(*counter == (uint64_t)CHILDREN * ADDS);
        sw_shm_free((void *)counter, sizeof *counter);
        sw_lock_free(lk);
    }
}

static int die_holding(sw_lock_t *lk, void *arg)
{
    (void)arg;
    return sw_lock_acquire(lk) == 0 ? 0 : 1;  /* exits without releasing */
}

static void test_robust_mutex(void)
{
    sw_lock_t *lk = sw_lock_new(SW_LOCK_MUTEX);
    REQUIRE(lk != NULL);
    CHECK(in_child(die_holding, lk, NULL) == 0);
    CHECK(sw_lock_acquire_timed(lk, 2.0) == 0);  /* recovered, not a deadlock */
    CHECK(sw_lock_release(lk) == 0);
    CHECK(sw_lock_try(lk) == 0);
    CHECK(sw_lock_release(lk) == 0);
    sw_lock_free(lk);
}

static void test_rwlock_readers(void)
{
    sw_lock_t *lk = sw_lock_new(SW_LOCK_RWLOCK);
    REQUIRE(lk != NULL);
    CHECK(sw_lock_acquire_shared(lk) == 0);
    CHECK(sw_lock_try_shared(lk) == 0);                  /* a second read hold */
    CHECK(in_child(child_try_shared, lk, NULL) == 0);     /* readers share */
    CHECK(in_child(child_try, lk, NULL) == EBUSY);        /* a writer waits */
    CHECK(sw_lock_try(lk) == EDEADLK);                    /* upgrading would deadlock */
    CHECK(sw_lock_release(lk) == 0);
    CHECK(sw_lock_release(lk) == 0);
    CHECK(sw_lock_release(lk) == EPERM);
    CHECK(sw_lock_acquire(lk) == 0);
    CHECK(in_child(child_try_shared, lk, NULL) == EBUSY); /* no reader past a writer */
    CHECK(sw_lock_release(lk) == 0);
    sw_lock_free(lk);
}

static int free_holding(sw_lock_t *lk, void *arg)
{
    (void)arg;
    if (sw_lock_acquire(lk) != 0)
        return 1;
    sw_lock_free(lk);  /* still holding it */
    return 0;
}

/* A process that lets its handle go while holding the lock releases it. */
static void test_free_releases(void)
{
    for (size_t i = 0; i < NKINDS; i++) {
        if (kinds[i] == SW_LOCK_SEM)
            continue;
        sw_lock_t *lk = sw_lock_new(kinds[i]);
        REQUIRE(lk != NULL);
        CHECK(in_child(free_holding, lk, NULL) == 0);
        CHECK(sw_lock_acquire_timed(lk, 2.0) == 0);
        CHECK(sw_lock_release(lk) == 0);
        sw_lock_free(lk);
    }
}

static const tap_case_t cases[] = {
    TAP_CASE(test_free_releases),
    TAP_CASE(test_unknown_kind),
    TAP_CASE(test_basic_each_kind),
    TAP_CASE(test_mutual_exclusion),
    TAP_CASE(test_robust_mutex),
    TAP_CASE(test_rwlock_readers),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
