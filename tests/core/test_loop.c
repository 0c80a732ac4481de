/* test_loop.c — the event loop: ending when idle, fd watchers (readiness, interest
 * changes, stopping inside callbacks), deferred and per-iteration callbacks, stop, nested
 * run, keep-alive references, signals through signalfd, the cached clock. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* pipe2 */
#endif
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_loop.h"
#include "sw_timer.h"
#include "tap.h"

static void test_idle_loop_returns(void)
{
    sw_loop_t *loop = sw_loop_new();
    REQUIRE(loop);
    CHECK(!sw_loop_alive(loop));
    CHECK(sw_loop_run(loop) == 0);
    sw_loop_free(loop);
}

/* ---- fd watchers ---- */

static int reads, writes;
static char got[16];

static void on_read(sw_loop_t *loop, sw_io_t *io, unsigned ev)
{
    if (ev & SW_EV_READ) {
        ssize_t n = read(io->fd, got, sizeof got - 1);
        if (n > 0)
            got[n] = '\0';
        reads++;
        sw_io_stop(loop, io);  /* stopping itself inside its own callback */
    }
}

static void test_io_read_readiness(void)
{
    int sv[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    sw_loop_t *loop = sw_loop_new();
    sw_io_t io;
    sw_io_init(&io, sv[0], on_read, NULL);
    reads = 0;
    CHECK(sw_io_start(loop, &io, SW_EV_READ) == 0);
    CHECK(sw_io_active(&io));
    CHECK(sw_loop_io_count(loop) == 1);
    CHECK(write(sv[1], "ping", 4) == 4);
    CHECK(sw_loop_run(loop) == 0);  /* ends once the watcher stopped itself */
    CHECK(reads == 1);
    CHECK(strcmp(got, "ping") == 0);
    CHECK(!sw_io_active(&io));
    CHECK(sw_loop_io_count(loop) == 0);
    sw_loop_free(loop);
    close(sv[0]);
    close(sv[1]);
}

static void on_write_then_read(sw_loop_t *loop, sw_io_t *io, unsigned ev)
{
    if (ev & SW_EV_WRITE) {
        writes++;
        /* Writable at once; switch the interest to read only. */
        CHECK(sw_io_start(loop, io, SW_EV_READ) == 0);
        CHECK(io->events == SW_EV_READ);
        int *peer = io->data;
        CHECK(write(*peer, "x", 1) == 1);
    } else if (ev & SW_EV_READ) {
        char c;
        CHECK(read(io->fd, &c, 1) == 1);
        reads++;
        sw_io_stop(loop, io);
    }
}

static void test_io_modify_interest(void)
{
    int sv[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    sw_loop_t *loop = sw_loop_new();
    sw_io_t io;
    sw_io_init(&io, sv[0], on_write_then_read, &sv[1]);
    reads = writes = 0;
    CHECK(sw_io_start(loop, &io, SW_EV_WRITE) == 0);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(writes == 1);
    CHECK(reads == 1);
    sw_loop_free(loop);
    close(sv[0]);
    close(sv[1]);
}

/* Two watchers ready in the same iteration: whichever runs first stops the other, whose
 * already-collected event must then be dropped. */
static sw_io_t pair_a, pair_b;
static int pair_calls;

static void on_pair(sw_loop_t *loop, sw_io_t *io, unsigned ev)
{
    (void)ev;
    pair_calls++;
    sw_io_stop(loop, io == &pair_a ? &pair_b : &pair_a);
    sw_io_stop(loop, io);
}

static void test_io_stop_other_pending(void)
{
    int s1[2], s2[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, s1) == 0);
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, s2) == 0);
    sw_loop_t *loop = sw_loop_new();
    sw_io_init(&pair_a, s1[0], on_pair, NULL);
    sw_io_init(&pair_b, s2[0], on_pair, NULL);
    sw_io_start(loop, &pair_a, SW_EV_READ);
    sw_io_start(loop, &pair_b, SW_EV_READ);
    CHECK(write(s1[1], "a", 1) == 1);
    CHECK(write(s2[1], "b", 1) == 1);
    pair_calls = 0;
    CHECK(sw_loop_run(loop) == 0);
    CHECK(pair_calls == 1);
    sw_loop_free(loop);
    close(s1[0]), close(s1[1]), close(s2[0]), close(s2[1]);
}

/* Two fds are readable in one batch. The first callback to run stops and closes the
 * other one and watches a fresh pipe, which gets the freed number. The other fd's event,
 * still later in the batch, must not reach the new watcher (its pipe is empty: a read
 * would fail, or block on a blocking fd). */
static sw_io_t reuse_io[2], reuse_new;
static int reuse_pipe[2] = {-1, -1};
static int reuse_new_calls, reuse_first_calls;

static void on_reuse_new(sw_loop_t *loop, sw_io_t *io, unsigned ev)
{
    (void)ev;
    reuse_new_calls++;
    sw_io_stop(loop, io);
}

static void on_reuse_first(sw_loop_t *loop, sw_io_t *io, unsigned ev)
{
    sw_io_t *other = io == &reuse_io[0] ? &reuse_io[1] : &reuse_io[0];
    int num = other->fd;
    (void)ev;
    reuse_first_calls++;
    sw_io_stop(loop, io);
    sw_io_stop(loop, other);
    close(num);
    REQUIRE(pipe(reuse_pipe) == 0);
    CHECK(reuse_pipe[0] == num);  /* the lowest free number: the one just closed */
    sw_io_init(&reuse_new, reuse_pipe[0], on_reuse_new, NULL);
    CHECK(sw_io_start(loop, &reuse_new, SW_EV_READ) == 0);
}

static void test_io_fd_number_reused_in_batch(void)
{
    int s[2], t[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, t) == 0);
    sw_loop_t *loop = sw_loop_new();
    sw_io_init(&reuse_io[0], s[0], on_reuse_first, NULL);
    sw_io_init(&reuse_io[1], t[0], on_reuse_first, NULL);
    CHECK(sw_io_start(loop, &reuse_io[0], SW_EV_READ) == 0);
    CHECK(sw_io_start(loop, &reuse_io[1], SW_EV_READ) == 0);
    CHECK(write(s[1], "x", 1) == 1);
    CHECK(write(t[1], "x", 1) == 1);
    reuse_new_calls = reuse_first_calls = 0;
    CHECK(sw_loop_run_once(loop, true) == 2);  /* both events in one batch */
    CHECK(reuse_first_calls == 1);
    CHECK(reuse_new_calls == 0);               /* the stale event did not reach it */
    CHECK(write(reuse_pipe[1], "y", 1) == 1);
    CHECK(sw_loop_run_once(loop, true) == 1);
    CHECK(reuse_new_calls == 1);               /* its own events do */
    int kept = reuse_io[0].fd == reuse_pipe[0] ? t[0] : s[0];
    sw_loop_free(loop);
    close(kept), close(reuse_pipe[0]), close(reuse_pipe[1]), close(s[1]), close(t[1]);
}

static void test_io_errors(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_io_t io;
    sw_io_init(&io, 12345, on_read, NULL);  /* not an open fd */
    CHECK(sw_io_start(loop, &io, SW_EV_READ) < 0);
    CHECK(sw_error_code() != 0);
    CHECK(!sw_io_active(&io));
    CHECK(sw_io_stop(loop, &io) == 0);  /* stopping a stopped watcher is a no-op */
    sw_loop_free(loop);
}

/* ---- deferred and per-iteration callbacks ---- */

static char order[64];
static size_t order_len;

static void mark(char c)
{
    if (order_len < sizeof order - 1)
        order[order_len++] = c, order[order_len] = '\0';
}

static void defer_b(sw_loop_t *loop, void *arg) { (void)loop, (void)arg; mark('b'); }
static void defer_a(sw_loop_t *loop, void *arg)
{
    (void)arg;
    mark('a');
    CHECK(sw_loop_defer(loop, defer_b, NULL) == 0);  /* runs in a later iteration */
}

static void test_defer_runs_once_and_keeps_alive(void)
{
    sw_loop_t *loop = sw_loop_new();
    order_len = 0;
    order[0] = '\0';
    CHECK(sw_loop_defer(loop, defer_a, NULL) == 0);
    CHECK(sw_loop_defer_count(loop) == 1);
    CHECK(sw_loop_alive(loop));
    CHECK(sw_loop_run(loop) == 0);
    CHECK(strcmp(order, "ab") == 0);
    CHECK(sw_loop_defer_count(loop) == 0);
    sw_loop_free(loop);
}

static long cycle_ids[3];
static int cycle_runs;

static void cycle_x(sw_loop_t *loop, void *arg)
{
    mark(*(char *)arg);
    if (*(char *)arg == 'y' && ++cycle_runs == 2) {
        /* remove every cycle callback from inside one of them */
        for (int i = 0; i < 3; i++)
            sw_loop_del_cycle(loop, cycle_ids[i]);
    }
}

static void defer_again(sw_loop_t *loop, void *arg)
{
    int *left = arg;
    if (--*left > 0)
        sw_loop_defer(loop, defer_again, left);
}

static void test_cycle_order_front_and_delete(void)
{
    static char x = 'x', y = 'y', z = 'z';
    sw_loop_t *loop = sw_loop_new();
    order_len = 0;
    cycle_runs = 0;
    cycle_ids[0] = sw_loop_add_cycle(loop, cycle_x, &x, false);
    cycle_ids[1] = sw_loop_add_cycle(loop, cycle_x, &y, false);
    cycle_ids[2] = sw_loop_add_cycle(loop, cycle_x, &z, true);  /* front */
    CHECK(cycle_ids[0] > 0 && cycle_ids[1] > 0 && cycle_ids[2] > 0);
    /* cycle callbacks do not keep the loop alive: give it a few iterations of work */
    CHECK(!sw_loop_alive(loop));
    int left = 5;
    sw_loop_defer(loop, defer_again, &left);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(strcmp(order, "zxyzxy") == 0);
    CHECK(sw_loop_del_cycle(loop, cycle_ids[0]) < 0);  /* already gone */
    sw_loop_free(loop);
}

/* ---- stop, nesting, references ---- */

static void stopper(sw_loop_t *loop, void *arg)
{
    (void)arg;
    CHECK(sw_loop_is_running(loop));
    CHECK(sw_loop_run(loop) == -SW_ERROR_WRONG_OPERATION);  /* not reentrant */
    sw_loop_stop(loop);
}

static void test_stop_and_nested_run(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_loop_ref(loop);  /* would keep it alive forever */
    CHECK(sw_loop_alive(loop));
    sw_loop_defer(loop, stopper, NULL);
    CHECK(sw_loop_run(loop) == 0);
    CHECK(!sw_loop_is_running(loop));
    sw_loop_unref(loop);
    CHECK(!sw_loop_alive(loop));
    sw_loop_free(loop);
}

static void test_run_once_does_not_block(void)
{
    sw_loop_t *loop = sw_loop_new();
    sw_loop_ref(loop);
    uint64_t t0 = sw_clock_ms();
    CHECK(sw_loop_run_once(loop, false) == 0);
    CHECK(sw_clock_ms() - t0 < 1000);
    sw_loop_unref(loop);
    sw_loop_free(loop);
}

/* ---- signals ---- */

static int signals_seen;

static void on_usr1(sw_loop_t *loop, int signo, void *arg)
{
    (void)arg;
    CHECK(signo == SIGUSR1);
    signals_seen++;
    sw_signal_del(loop, SIGUSR1);
}

static void raise_later(sw_loop_t *loop, void *arg)
{
    (void)loop, (void)arg;
    raise(SIGUSR1);
}

static void test_signal_through_loop(void)
{
    sw_loop_t *loop = sw_loop_new();
    signals_seen = 0;
    CHECK(sw_signal_add(loop, SIGUSR1, on_usr1, NULL) == 0);
    CHECK(sw_loop_signal_count(loop) == 1);
    CHECK(sw_loop_alive(loop));
    sw_loop_defer(loop, raise_later, NULL);
    CHECK(sw_loop_run(loop) == 0);  /* ends once the handler removed itself */
    CHECK(signals_seen == 1);
    CHECK(sw_loop_signal_count(loop) == 0);
    /* Removed: the mask is restored, so the default disposition would apply again. */
    sigset_t cur;
    sigprocmask(SIG_BLOCK, NULL, &cur);
    CHECK(!sigismember(&cur, SIGUSR1));
    sw_loop_free(loop);
}

/* A handler that removes the last signal closes the signalfd; a descriptor opened right
 * after (by the handler, or a coroutine it resumes) may get its number. The loop must not
 * read from it as if it were still the signalfd. */
static int sig_fd_number = -1, sigfd_pipe[2] = {-1, -1};

static void on_usr2_reuse(sw_loop_t *loop, int signo, void *arg)
{
    (void)arg;
    (void)signo;
    signals_seen++;
    sw_signal_del(loop, SIGUSR2);
    REQUIRE(pipe2(sigfd_pipe, O_NONBLOCK) == 0);
    if (sigfd_pipe[0] != sig_fd_number) {
        REQUIRE(dup2(sigfd_pipe[0], sig_fd_number) == sig_fd_number);
        close(sigfd_pipe[0]);
        sigfd_pipe[0] = sig_fd_number;
    }
    CHECK(write(sigfd_pipe[1], "abcd", 4) == 4);
}

static void test_signal_fd_reused_in_handler(void)
{
    sw_loop_t *loop = sw_loop_new();
    signals_seen = 0;
    sig_fd_number = dup(0);  /* the lowest free number: the one signalfd() will take */
    close(sig_fd_number);
    REQUIRE(sw_signal_add(loop, SIGUSR2, on_usr2_reuse, NULL) == 0);
    raise(SIGUSR2);          /* blocked: pending until the signalfd is read */
    sw_loop_run_once(loop, false);
    CHECK(signals_seen == 1);
    char buf[8];
    CHECK(read(sigfd_pipe[0], buf, sizeof buf) == 4 && memcmp(buf, "abcd", 4) == 0);
    close(sigfd_pipe[0]);
    close(sigfd_pipe[1]);
    sw_loop_free(loop);
}

static void test_clock(void)
{
    sw_loop_t *loop = sw_loop_new();
    uint64_t a = sw_loop_now(loop);
    usleep(20000);
    CHECK(sw_loop_now(loop) == a);  /* cached until refreshed */
    sw_loop_update_time(loop);
    CHECK(sw_loop_now(loop) >= a + 15);
    CHECK(sw_clock_ns() / 1000000 >= sw_loop_now(loop) - 1);
    sw_loop_free(loop);
}

static void on_usr2_ignored(sw_loop_t *loop, int signo, void *arg)
{
    (void)loop, (void)signo, (void)arg;
}

/* A child of fork() shares the parent's epoll set and signalfd: dropping its copy of the
 * loop must not take the parent's watchers and signals with it (sw_loop_default_free()
 * there would narrow the shared signalfd's mask as it removed the signals one by one). */
static void test_default_forget_in_child(void)
{
    int sv[2];
    REQUIRE(socketpair(AF_UNIX, SOCK_STREAM, 0, sv) == 0);
    sw_loop_t *loop = sw_loop_default();
    sw_io_t io;
    sw_io_init(&io, sv[0], on_read, NULL);
    reads = signals_seen = 0;
    REQUIRE(sw_io_start(loop, &io, SW_EV_READ) == 0);
    REQUIRE(sw_signal_add(loop, SIGUSR1, on_usr1, NULL) == 0);
    REQUIRE(sw_signal_add(loop, SIGUSR2, on_usr2_ignored, NULL) == 0);
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        sw_loop_default_forget();
        sigset_t cur;   /* the child's own mask is back as it was before the handler */
        sigprocmask(SIG_BLOCK, NULL, &cur);
        _exit(sigismember(&cur, SIGUSR1) ? 1 : 0);
    }
    int status = 0;
    CHECK(waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(write(sv[1], "ping", 4) == 4);
    raise(SIGUSR1);
    for (int i = 0; i < 200 && (reads == 0 || signals_seen == 0); i++) {
        sw_loop_run_once(loop, false);
        usleep(5000);
    }
    CHECK(reads == 1);
    CHECK(signals_seen == 1);
    sw_signal_del(loop, SIGUSR2);
    sw_loop_default_free();
    close(sv[0]);
    close(sv[1]);
}

static void test_default_loop(void)
{
    sw_loop_t *a = sw_loop_default();
    CHECK(a != NULL);
    CHECK(sw_loop_default() == a);
    sw_loop_default_free();
}

static const tap_case_t cases[] = {
    TAP_CASE(test_idle_loop_returns),
    TAP_CASE(test_io_read_readiness),
    TAP_CASE(test_io_modify_interest),
    TAP_CASE(test_io_stop_other_pending),
    TAP_CASE(test_io_fd_number_reused_in_batch),
    TAP_CASE(test_io_errors),
    TAP_CASE(test_defer_runs_once_and_keeps_alive),
    TAP_CASE(test_cycle_order_front_and_delete),
    TAP_CASE(test_stop_and_nested_run),
    TAP_CASE(test_run_once_does_not_block),
    TAP_CASE(test_signal_through_loop),
    TAP_CASE(test_signal_fd_reused_in_handler),
    TAP_CASE(test_clock),
    TAP_CASE(test_default_loop),
    TAP_CASE(test_default_forget_in_child),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
