/* loop.c — the epoll event loop: fd watchers, deferred and per-iteration callbacks,
 * signals through signalfd, the cached clock, and the iteration that drives timers. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_loop_int.h"

#define SW_LOOP_EVENTS 512

static sw_loop_t *default_loop;

uint64_t sw_clock_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

uint64_t sw_clock_ms(void)
{
    return sw_clock_ns() / 1000000ull;
}

sw_loop_t *sw_loop_new(void)
{
    sw_loop_t *loop = calloc(1, sizeof *loop);

    if (!loop) {
        sw_error_set(ENOMEM, "out of memory for a loop");
        return NULL;
    }
    loop->epfd = epoll_create1(EPOLL_CLOEXEC);
    loop->events = malloc(SW_LOOP_EVENTS * sizeof *loop->events);
    if (loop->epfd < 0 || !loop->events) {
        sw_error_sys(loop->epfd < 0 ? errno : ENOMEM, "epoll_create1");
        if (loop->epfd >= 0)
            close(loop->epfd);
        free(loop->events);
        free(loop);
        return NULL;
    }
    loop->events_cap = SW_LOOP_EVENTS;
    loop->sigfd = -1;
    sigemptyset(&loop->sigmask);
    loop->cycle_next_id = 1;
    loop->now_ms = sw_clock_ms();
    return loop;
}

void sw_loop_free(sw_loop_t *loop)
{
    if (!loop)
        return;
    for (int s = 1; s < _NSIG; s++)
        if (loop->signals[s].cb)
            sw_signal_del(loop, s);
    sw__timer_free_all(loop);
    if (loop->epfd >= 0)
        close(loop->epfd);
    free(loop->watchers);
    free(loop->events);
    free(loop->defer);
    free(loop->defer_spare);
    free(loop->cycle);
    if (loop == default_loop)
        default_loop = NULL;
    free(loop);
}

sw_loop_t *sw_loop_default(void)
{
    if (!default_loop)
        default_loop = sw_loop_new();
    return default_loop;
}

void sw_loop_default_free(void)
{
    sw_loop_free(default_loop);
    default_loop = NULL;
}

/* In a child of fork() the epoll set and the signalfd are the parent's too: an epoll_ctl()
 * or signalfd() call on them would change the parent's loop. They are only closed here;
 * the signals the loop took are unblocked again (as before their handlers were added),
 * then the rest goes as in sw_loop_default_free(). */
void sw_loop_default_forget(void)
{
    sw_loop_t *loop = default_loop;
    sigset_t one;

    if (!loop)
        return;
    for (int s = 1; s < _NSIG; s++) {
        if (!loop->signals[s].cb)
            continue;
        loop->signals[s].cb = NULL;
        if (!loop->signals[s].was_blocked) {
            sigemptyset(&one);
            sigaddset(&one, s);
            sigprocmask(SIG_UNBLOCK, &one, NULL);
        }
    }
    loop->signal_count = 0;
    sigemptyset(&loop->sigmask);
    if (loop->sigfd >= 0)
        close(loop->sigfd);
    loop->sigfd = -1;
    close(loop->epfd);
    loop->epfd = -1;
    sw_loop_default_free();
}

uint64_t sw_loop_now(const sw_loop_t *loop)
{
    return loop->now_ms;
}

void sw_loop_update_time(sw_loop_t *loop)
{
    loop->now_ms = sw_clock_ms();
}

void sw_loop_ref(sw_loop_t *loop)
{
    loop->refs++;
}

void sw_loop_unref(sw_loop_t *loop)
{
    if (loop->refs > 0)
        loop->refs--;
}

bool sw_loop_alive(const sw_loop_t *loop)
{
    return loop->io_refs > 0 || sw__timer_refs(loop) > 0 || loop->defer_len > 0 ||
           loop->signal_count > 0 || loop->refs > 0;
}

bool sw_loop_is_running(const sw_loop_t *loop)
{
    return loop->in_run;
}

void sw_loop_stop(sw_loop_t *loop)
{
    loop->stop_requested = true;
}

/* ---- fd watchers ---------------------------------------------------------------- */

void sw_io_init(sw_io_t *io, int fd, sw_io_cb cb, void *data)
{
    memset(io, 0, sizeof *io);
    io->fd = fd;
    io->cb = cb;
    io->data = data;
}

bool sw_io_active(const sw_io_t *io)
{
    return io->events != 0;
}

size_t sw_loop_io_count(const sw_loop_t *loop)
{
    return loop->io_count;
}

static int grow_watchers(sw_loop_t *loop, int fd)
{
    size_t ncap = loop->watchers_cap ? loop->watchers_cap : 64;

    while (ncap <= (size_t)fd)
        ncap *= 2;
    sw_io_t **w = realloc(loop->watchers, ncap * sizeof *w);
    if (!w)
        return sw_error_set(ENOMEM, "out of memory for fd watchers");
    memset(w + loop->watchers_cap, 0, (ncap - loop->watchers_cap) * sizeof *w);
    loop->watchers = w;
    loop->watchers_cap = ncap;
    return 0;
}

static uint32_t epoll_bits(unsigned events)
{
    return ((events & SW_EV_READ) ? EPOLLIN : 0u) | ((events & SW_EV_WRITE) ? EPOLLOUT : 0u);
}

int sw_io_start(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    struct epoll_event ev;
    int op;

    events &= SW_EV_READ | SW_EV_WRITE;
    if (io->fd < 0 || events == 0)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "sw_io_start: bad fd %d or no events", io->fd);
    if ((size_t)io->fd >= loop->watchers_cap && grow_watchers(loop, io->fd) < 0)
        return -ENOMEM;

    sw_io_t *cur = loop->watchers[io->fd];
    if (cur && cur != io)
        return sw_error_set(EEXIST, "fd %d is already watched", io->fd);
    if (cur == io && io->events == events)
        return 0;
    op = cur ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;

    memset(&ev, 0, sizeof ev);
    ev.events = epoll_bits(events);
    ev.data.fd = io->fd;
    if (epoll_ctl(loop->epfd, op, io->fd, &ev) < 0)
        return sw_error_sys(errno, "epoll_ctl");

    if (!cur) {
        io->since = loop->iteration;
        loop->watchers[io->fd] = io;
        loop->io_count++;
        if (!io->unref)
            loop->io_refs++;
    }
    io->events = events;
    return 0;
}

static bool io_watched(const sw_loop_t *loop, const sw_io_t *io)
{
    return io->events && io->fd >= 0 && (size_t)io->fd < loop->watchers_cap &&
           loop->watchers[io->fd] == io;
}

static void io_forget(sw_loop_t *loop, sw_io_t *io)
{
    loop->watchers[io->fd] = NULL;
    loop->io_count--;
    if (!io->unref)
        loop->io_refs--;
    io->events = 0;
}

/* Forks of this process so far: a child made by fork() holds copies of our fds, and a
 * file description stays in the epoll set until every copy is closed. */
static unsigned long fork_count;
static pthread_once_t fork_count_once = PTHREAD_ONCE_INIT;
static void count_fork(void) { fork_count++; }
static void fork_count_init(void) { pthread_atfork(NULL, count_fork, NULL); }

unsigned long sw_fork_generation(void)
{
    pthread_once(&fork_count_once, fork_count_init);
    return fork_count;
}

void sw_io_stop_closing(sw_loop_t *loop, sw_io_t *io, unsigned long fork_gen)
{
    if (fork_gen != sw_fork_generation()) {   /* a child may still hold the fd */
        sw_io_stop(loop, io);
        return;
    }
    if (io_watched(loop, io))
        io_forget(loop, io);
}

int sw_io_stop(sw_loop_t *loop, sw_io_t *io)
{
    if (!io_watched(loop, io))
        return 0;
    /* EPOLL_CTL_DEL can fail with EBADF when the owner closed the fd first; the kernel
     * already dropped it then, so the bookkeeping below is still right. */
    epoll_ctl(loop->epfd, EPOLL_CTL_DEL, io->fd, NULL);
    io_forget(loop, io);
    return 0;
}

/* ---- deferred and per-iteration callbacks ----------------------------------------- */

int sw_loop_defer(sw_loop_t *loop, sw_loop_cb cb, void *arg)
{
    if (loop->defer_len == loop->defer_cap) {
        size_t ncap = loop->defer_cap ? loop->defer_cap * 2 : 64;
        struct sw_defer_item *d = realloc(loop->defer, ncap * sizeof *d);
        if (!d)
            return sw_error_set(ENOMEM, "out of memory for deferred callbacks");
        loop->defer = d;
        loop->defer_cap = ncap;
    }
    loop->defer[loop->defer_len].cb = cb;
    loop->defer[loop->defer_len].arg = arg;
    loop->defer_len++;
    return 0;
}

size_t sw_loop_defer_count(const sw_loop_t *loop)
{
    return loop->defer_len;
}

/* Runs the callbacks pending now; ones they add wait for the next pass. Two buffers are
 * swapped so that no allocation happens in steady state. */
static void run_deferred(sw_loop_t *loop)
{
    struct sw_defer_item *items = loop->defer;
    size_t n = loop->defer_len, cap = loop->defer_cap;

    if (n == 0)
        return;
    loop->defer = loop->defer_spare;
    loop->defer_cap = loop->defer_spare_cap;
    loop->defer_len = 0;
    loop->defer_spare = NULL;
    loop->defer_spare_cap = 0;

    for (size_t i = 0; i < n; i++)
        items[i].cb(loop, items[i].arg);

    /* A nested iteration (a callback running the loop once) may have parked its own
     * buffer as the spare meanwhile: keep the larger of the two. */
    if (loop->defer_spare && loop->defer_spare_cap >= cap) {
        free(items);
        return;
    }
    free(loop->defer_spare);
    loop->defer_spare = items;
    loop->defer_spare_cap = cap;
}

long sw_loop_add_cycle(sw_loop_t *loop, sw_loop_cb cb, void *arg, bool front)
{
    if (loop->cycle_len == loop->cycle_cap) {
        size_t ncap = loop->cycle_cap ? loop->cycle_cap * 2 : 8;
        struct sw_cycle_item *c = realloc(loop->cycle, ncap * sizeof *c);
        if (!c)
            return sw_error_set(ENOMEM, "out of memory for cycle callbacks");
        loop->cycle = c;
        loop->cycle_cap = ncap;
    }
    size_t at = front ? 0 : loop->cycle_len;
    memmove(loop->cycle + at + 1, loop->cycle + at, (loop->cycle_len - at) * sizeof *loop->cycle);
    loop->cycle[at].id = loop->cycle_next_id++;
    loop->cycle[at].cb = cb;
    loop->cycle[at].arg = arg;
    loop->cycle_len++;
    return loop->cycle[at].id;
}

int sw_loop_del_cycle(sw_loop_t *loop, long id)
{
    for (size_t i = 0; i < loop->cycle_len; i++) {
        if (loop->cycle[i].id == id) {
            /* Removal during the cycle phase only blanks the slot; run_cycle compacts. */
            loop->cycle[i].cb = NULL;
            return 0;
        }
    }
    return sw_error_set(SW_ERROR_INVALID_PARAMS, "no cycle callback with id %ld", id);
}

static void run_cycle(sw_loop_t *loop)
{
    for (size_t i = 0; i < loop->cycle_len; i++) {
        if (loop->cycle[i].cb)
            loop->cycle[i].cb(loop, loop->cycle[i].arg);
    }
    size_t j = 0;
    for (size_t i = 0; i < loop->cycle_len; i++)
        if (loop->cycle[i].cb)
            loop->cycle[j++] = loop->cycle[i];
    loop->cycle_len = j;
}

/* ---- signals ------------------------------------------------------------------------ */

/* A handler may remove the last signal (the signalfd is closed, and its number may be
 * reused by a coroutine the handler resumed) or add one (a new signalfd): what was read
 * is still delivered, but reading goes on only from the descriptor this call started with,
 * and only while it is still the loop's. */
static void on_signalfd(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    struct signalfd_siginfo si[16];
    int fd = io->fd;

    (void)events;
    while (loop->sigfd == fd) {
        ssize_t n = read(fd, si, sizeof si);
        if (n <= 0)
            return;
        for (size_t i = 0; i < (size_t)n / sizeof si[0]; i++) {
            int signo = (int)si[i].ssi_signo;
            if (signo > 0 && signo < _NSIG && loop->signals[signo].cb)
                loop->signals[signo].cb(loop, signo, loop->signals[signo].arg);
        }
    }
}

int sw_signal_add(sw_loop_t *loop, int signo, sw_signal_cb cb, void *arg)
{
    sigset_t one, old;

    if (signo <= 0 || signo >= _NSIG || signo == SIGKILL || signo == SIGSTOP || !cb)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "cannot handle signal %d", signo);
    if (loop->signals[signo].cb) {
        loop->signals[signo].cb = cb;
        loop->signals[signo].arg = arg;
        return 0;
    }

    sigemptyset(&one);
    sigaddset(&one, signo);
    if (sigprocmask(SIG_BLOCK, &one, &old) < 0)
        return sw_error_sys(errno, "sigprocmask");
    sigaddset(&loop->sigmask, signo);
    int fd = signalfd(loop->sigfd, &loop->sigmask, SFD_NONBLOCK | SFD_CLOEXEC);
    if (fd < 0) {
        int e = errno;
        sigdelset(&loop->sigmask, signo);
        if (!sigismember(&old, signo))
            sigprocmask(SIG_UNBLOCK, &one, NULL);
        return sw_error_sys(e, "signalfd");
    }
    if (loop->sigfd < 0) {
        loop->sigfd = fd;
        sw_io_init(&loop->sig_io, fd, on_signalfd, NULL);
        loop->sig_io.unref = true;
        if (sw_io_start(loop, &loop->sig_io, SW_EV_READ) < 0) {
            int rc = -sw_error_code();
            close(fd);
            loop->sigfd = -1;
            sigdelset(&loop->sigmask, signo);
            if (!sigismember(&old, signo))
                sigprocmask(SIG_UNBLOCK, &one, NULL);
            return rc;
        }
    }
    loop->signals[signo].cb = cb;
    loop->signals[signo].arg = arg;
    loop->signals[signo].was_blocked = sigismember(&old, signo);
    loop->signal_count++;
    return 0;
}

int sw_signal_del(sw_loop_t *loop, int signo)
{
    sigset_t one;

    if (signo <= 0 || signo >= _NSIG || !loop->signals[signo].cb)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "no handler for signal %d", signo);
    sigdelset(&loop->sigmask, signo);
    loop->signals[signo].cb = NULL;
    loop->signal_count--;
    if (loop->signal_count == 0) {
        sw_io_stop(loop, &loop->sig_io);
        close(loop->sigfd);
        loop->sigfd = -1;
    } else {
        signalfd(loop->sigfd, &loop->sigmask, SFD_NONBLOCK | SFD_CLOEXEC);
    }
    if (!loop->signals[signo].was_blocked) {
        sigemptyset(&one);
        sigaddset(&one, signo);
        sigprocmask(SIG_UNBLOCK, &one, NULL);
    }
    return 0;
}

size_t sw_loop_signal_count(const sw_loop_t *loop)
{
    return loop->signal_count;
}

/* ---- the iteration --------------------------------------------------------------------- */

static unsigned sw_bits(uint32_t e, unsigned interest)
{
    unsigned r = ((e & EPOLLIN) ? SW_EV_READ : 0u) | ((e & EPOLLOUT) ? SW_EV_WRITE : 0u);

    /* Hang-up and error wake whatever the watcher waits for, so its read/write sees the
     * EOF or the error itself. */
    if (e & (EPOLLERR | EPOLLHUP))
        r |= SW_EV_ERROR | interest;
    return r;
}

static int poll_timeout(sw_loop_t *loop, bool block)
{
    if (!block || loop->defer_len > 0 || loop->stop_requested || !sw_loop_alive(loop))
        return 0;
    return sw__timer_next_timeout(loop);
}

int sw_loop_run_once(sw_loop_t *loop, bool block)
{
    loop->iteration++;
    int n = epoll_wait(loop->epfd, loop->events, loop->events_cap, poll_timeout(loop, block));

    if (n < 0 && errno != EINTR)
        return sw_error_sys(errno, "epoll_wait");
    sw_loop_update_time(loop);

    /* Signals first: their handlers may stop watchers whose events are in this batch. */
    if (loop->sigfd >= 0) {
        for (int i = 0; i < n; i++) {
            if (loop->events[i].data.fd == loop->sigfd) {
                on_signalfd(loop, &loop->sig_io, SW_EV_READ);
                break;
            }
        }
    }
    for (int i = 0; i < n; i++) {
        int fd = loop->events[i].data.fd;
        if (fd == loop->sigfd || (size_t)fd >= loop->watchers_cap)
            continue;
        sw_io_t *io = loop->watchers[fd];
        /* Stopped earlier in this batch; or started in it, on an fd number that a closed
         * descriptor had when these events were collected: they are not its events. */
        if (!io || io->since == loop->iteration)
            continue;
        unsigned ev = sw_bits(loop->events[i].events, io->events) & (io->events | SW_EV_ERROR);
        if (ev)
            io->cb(loop, io, ev);
    }
    run_deferred(loop);
    sw__timer_run_expired(loop);
    run_cycle(loop);
    return n > 0 ? n : 0;
}

int sw_loop_run(sw_loop_t *loop)
{
    int rc = 0;

    if (loop->in_run)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "the loop is already running");
    loop->in_run = true;
    loop->stop_requested = false;
    sw_loop_update_time(loop);
    while (!loop->stop_requested && sw_loop_alive(loop)) {
        rc = sw_loop_run_once(loop, true);
        if (rc < 0)
            break;
        rc = 0;
    }
    loop->in_run = false;
    loop->stop_requested = false;
    return rc;
}
