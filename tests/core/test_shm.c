/* test_shm.c — shared mappings seen by forked children, futex waits across processes. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_shm.h"
#include "tap.h"

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int child_status(pid_t pid)
{
    int st = -1;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void test_zeroed_and_shared_across_fork(void)
{
    uint64_t *w = sw_shm_alloc(sizeof *w);
    REQUIRE(w != NULL);
    CHECK(*w == 0);
    enum { CHILDREN = 4, ADDS = 100000 };
    pid_t pids[CHILDREN];
    for (int i = 0; i < CHILDREN; i++) {
        pids[i] = fork();
        REQUIRE(pids[i] >= 0);
        if (pids[i] == 0) {
            for (int k = 0; k < ADDS; k++)
                __atomic_add_fetch(w, 1, __ATOMIC_SEQ_CST);
            _exit(0);
        }
    }
    for (int i = 0; i < CHILDREN; i++)
        CHECK(child_status(pids[i]) == 0);
    CHECK(*w == (uint64_t)CHILDREN * ADDS);  /* no increment lost, all seen by the parent */
    sw_shm_free(w, sizeof *w);
}

static void test_wait_returns_at_once_when_not_expected(void)
{
    uint32_t *w = sw_shm_alloc(sizeof *w);
    REQUIRE(w != NULL);
    *w = 7;
    CHECK(sw_futex_wait(w, 0, 5.0) == -EAGAIN);
    sw_shm_free(w, sizeof *w);
}

static void test_wait_times_out(void)
{
    uint32_t *w = sw_shm_alloc(sizeof *w);
    REQUIRE(w != NULL);
    double t0 = now_s();
    CHECK(sw_futex_wait(w, 0, 0.05) == -ETIMEDOUT);
    CHECK(now_s() - t0 >= 0.045);
    CHECK(sw_futex_wake(w, 1) == 0);  /* nobody sleeps on it any more */
    sw_shm_free(w, sizeof *w);
}

/* A child sleeps on the word; the parent changes it and wakes the child, which reports
 * what it saw through its exit status. */
static void test_wake_another_process(void)
{
    uint32_t *w = sw_shm_alloc(2 * sizeof *w);
    REQUIRE(w != NULL);
    uint32_t *ready = w + 1;
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        __atomic_store_n(ready, 1, __ATOMIC_SEQ_CST);
        int rc = 0;
        while (__atomic_load_n(w, __ATOMIC_SEQ_CST) == 0 && rc != -ETIMEDOUT)
            rc = sw_futex_wait(w, 0, 10.0);
        _exit(rc == -ETIMEDOUT ? 2 : __atomic_load_n(w, __ATOMIC_SEQ_CST) == 1 ? 0 : 3);
    }
    while (!__atomic_load_n(ready, __ATOMIC_SEQ_CST))
        usleep(1000);
    usleep(20000);  /* most likely asleep in the futex by now; correct either way */
    __atomic_store_n(w, 1, __ATOMIC_SEQ_CST);
    CHECK(sw_futex_wake(w, 1) >= 0);
    double t0 = now_s();
    CHECK(child_status(pid) == 0);
    CHECK(now_s() - t0 < 5.0);  /* woken, not timed out */
    sw_shm_free(w, 2 * sizeof *w);
}

static void handler(int sig) { (void)sig; }

static void test_signal_interrupts_wait(void)
{
    uint32_t *w = sw_shm_alloc(sizeof *w);
    REQUIRE(w != NULL);
    struct sigaction sa = {.sa_handler = handler}, old;
    sigaction(SIGALRM, &sa, &old);  /* no SA_RESTART: the futex returns EINTR */
    alarm(1);
    CHECK(sw_futex_wait(w, 0, 10.0) == -EINTR);
    alarm(0);
    sigaction(SIGALRM, &old, NULL);
    sw_shm_free(w, sizeof *w);
}

/* Cells: reused within a process, never across a fork, and never handed to parent and
 * child both. */
static void test_cells_and_fork(void)
{
    char *a = sw_shm_cell_alloc();
    REQUIRE(a != NULL);
    CHECK(((uintptr_t)a % SW_SHM_CELL_SIZE) == 0);
    a[0] = 1;
    sw_shm_cell_free(a);
    char *b = sw_shm_cell_alloc();
    CHECK(b == a && b[0] == 0);              /* reused, and zeroed */

    uintptr_t *box = sw_shm_alloc(2 * sizeof *box);  /* what the child got */
    REQUIRE(box != NULL);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        sw_shm_cell_free(b);                 /* inherited: must not come back */
        char *c = sw_shm_cell_alloc();
        box[0] = (uintptr_t)c;
        box[1] = c != b;
        _exit(0);
    }
    CHECK(child_status(pid) == 0);
    CHECK(box[1] == 1);
    sw_shm_cell_free(b);                     /* the child had it too: not reused */
    char *p = sw_shm_cell_alloc();
    CHECK(p != b);
    CHECK((uintptr_t)p != box[0]);           /* the child's first cell is not ours */
    sw_shm_cell_free(p);
    CHECK(sw_shm_cell_alloc() == p);         /* made after the fork: reusable */

    /* far more cells than a process may have mappings of one page each */
    enum { N = 70000 };
    static char *many[N];
    size_t ok = 0;
    for (size_t i = 0; i < N; i++)
        if ((many[i] = sw_shm_cell_alloc()))
            many[i][1] = 7, ok++;
    CHECK(ok == N);
    for (size_t i = 0; i < N; i++)
        sw_shm_cell_free(many[i]);
    sw_shm_free(box, 2 * sizeof *box);
}

int main(void)
{
    static const tap_case_t cases[] = {
        TAP_CASE(test_cells_and_fork),
        TAP_CASE(test_zeroed_and_shared_across_fork),
        TAP_CASE(test_wait_returns_at_once_when_not_expected),
        TAP_CASE(test_wait_times_out),
        TAP_CASE(test_wake_another_process),
        TAP_CASE(test_signal_interrupts_wait),
    };
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
