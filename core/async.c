/* async.c — the worker-thread pool: a FIFO job queue served by a few pthreads, a list of
 * finished jobs handed back to the loop's thread through an eventfd, the coroutine
 * helpers that wait for a job, and what happens to all that across fork(). */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include "sw_async.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_loop.h"
#include "sw_timer.h"

typedef struct sw_async_job sw_async_job_t;
struct sw_async_job {
    sw_async_job_t *next;
    sw_async_fn fn;
    void *arg;             /* fn and arg: read by the worker */
    sw_async_done_fn done; /* the rest: loop thread only. NULL once the waiter */
    void *done_arg;        /* gave up; then discard(arg) frees the argument */
    sw_async_discard_fn discard;
    int status;
    bool abandoned; /* no longer holds a loop reference */
};

/* The queue and the finished list are shared with the workers (under `lock`); all the
 * rest is touched by the loop's thread only. */
static struct {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    sw_async_job_t *queue_head, *queue_tail; /* waiting for a worker */
    size_t queued;                           /* their number */
    sw_async_job_t *running;                 /* on a worker now (for fork) */
    sw_async_job_t *done_head, *done_tail;   /* finished, waiting for the loop */
    size_t idle;                             /* workers waiting on cond */
    bool stopping;

    pthread_t *threads;
    size_t nthreads, threads_cap;
    size_t max_threads;

    int efd;            /* -1 until the first job */
    sw_io_t io;         /* the loop's watcher on efd */
    size_t outstanding; /* submitted, not yet delivered */
    bool rearm;         /* io may be stale in the loop (fork, shutdown) */
} pool = {
    .lock = PTHREAD_MUTEX_INITIALIZER,
    .cond = PTHREAD_COND_INITIALIZER,
    .max_threads = SW_ASYNC_DEFAULT_MAX_THREADS,
    .efd = -1,
};

static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

void sw_async_set_max_threads(size_t n)
{
    if (n < 1)
        n = 1;
    if (n > SW_ASYNC_MAX_THREADS)
        n = SW_ASYNC_MAX_THREADS;
    pool.max_threads = n;
}

size_t sw_async_get_max_threads(void)
{
    return pool.max_threads;
}
size_t sw_async_thread_count(void)
{
    return pool.nthreads;
}
size_t sw_async_pending(void)
{
    return pool.outstanding;
}

static void list_push(sw_async_job_t **head, sw_async_job_t **tail, sw_async_job_t *job)
{
    job->next = NULL;
    if (*tail)
        (*tail)->next = job;
    else
        *head = job;
    *tail = job;
}

/* ---- workers ---------------------------------------------------------------------------- */

static void *worker_main(void *unused)
{
    static const uint64_t one = 1;
    (void)unused;

    pthread_mutex_lock(&pool.lock);
    for (;;) {
        while (!pool.queue_head && !pool.stopping) {
            pool.idle++;
            pthread_cond_wait(&pool.cond, &pool.lock);
            pool.idle--;
        }
        if (pool.stopping)
            break;
        sw_async_job_t *job = pool.queue_head;
        pool.queue_head = job->next;
        if (!pool.queue_head)
            pool.queue_tail = NULL;
        pool.queued--;
        job->next = pool.running;
        pool.running = job;
        pthread_mutex_unlock(&pool.lock);

        job->fn(job->arg);

        pthread_mutex_lock(&pool.lock);
        sw_async_job_t **pp = &pool.running;
        while (*pp != job)
            pp = &(*pp)->next;
        *pp = job->next;
        list_push(&pool.done_head, &pool.done_tail, job);
        /* Under the lock: a fork in between cannot leave the counter without the job. */
        while (write(pool.efd, &one, sizeof one) < 0 && errno == EINTR)
            ;
    }
    pthread_mutex_unlock(&pool.lock);
    return NULL;
}

/* Starts one more worker. Called with the lock held. Every signal is blocked in the new
 * thread (the mask is inherited), so none is delivered to it instead of the loop. */
static int spawn_worker(void)
{
    sigset_t all, old;
    pthread_t tid;

    if (pool.nthreads == pool.threads_cap) {
        size_t ncap = pool.threads_cap ? pool.threads_cap * 2 : 4;
        pthread_t *t = realloc(pool.threads, ncap * sizeof *t);
        if (!t)
            return sw_error_set(ENOMEM, "out of memory for worker threads");
        pool.threads = t;
        pool.threads_cap = ncap;
    }
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    int rc = pthread_create(&tid, NULL, worker_main, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (rc != 0)
        return sw_error_sys(rc, "pthread_create");
    pool.threads[pool.nthreads++] = tid;
    return 0;
}

/* ---- delivery on the loop's thread ------------------------------------------------------ */

static void deliver(sw_async_job_t *job)
{
    sw_loop_t *loop = sw_loop_default();

    pool.outstanding--;
    if (!job->abandoned && loop)
        sw_loop_unref(loop);
    if (job->done)
        job->done(job->done_arg, job->status);
    else if (job->discard)
        job->discard(job->arg);
    free(job);
}

static void on_eventfd(sw_loop_t *loop, sw_io_t *io, unsigned events)
{
    uint64_t n;
    (void)events;

    while (read(io->fd, &n, sizeof n) < 0 && errno == EINTR)
        ;
    pthread_mutex_lock(&pool.lock);
    sw_async_job_t *job = pool.done_head;
    pool.done_head = pool.done_tail = NULL;
    pthread_mutex_unlock(&pool.lock);
    while (job) {
        sw_async_job_t *next = job->next;
        deliver(job);
        job = next;
    }
    /* The watcher runs only while something is outstanding: an idle pool leaves nothing
     * in the loop (and nothing to untangle after a fork). */
    if (pool.outstanding == 0)
        sw_io_stop(loop, &pool.io);
}

static int arm(sw_loop_t *loop);

/* ---- fork ---------------------------------------------------------------------------------- */

static void atfork_prepare(void)
{
    pthread_mutex_lock(&pool.lock);
}
static void atfork_parent(void)
{
    pthread_mutex_unlock(&pool.lock);
}

/* The child has one thread: the workers are gone, the lock may have been held by one of
 * them (prepare took it, so it is ours) and the eventfd is shared with the parent. Every
 * job the parent had outstanding is reported lost, through a private eventfd put at the
 * same number so the loop's view of the watcher stays valid. */
static void atfork_child(void)
{
    static const uint64_t one = 1;

    pthread_mutex_init(&pool.lock, NULL);
    pthread_cond_init(&pool.cond, NULL);
    free(pool.threads);
    pool.threads = NULL;
    pool.nthreads = pool.threads_cap = 0;
    pool.idle = 0;
    pool.stopping = false;

    /* Running and queued jobs become finished-and-lost, after those already finished.
     * A job that was running may be half done: if its waiter gave up on it, its
     * argument is not discarded (that could free half-built state) but leaked. */
    sw_async_job_t *lists[2] = {pool.running, pool.queue_head};
    for (int i = 0; i < 2; i++) {
        sw_async_job_t *job = lists[i];
        while (job) {
            sw_async_job_t *next = job->next;
            job->status = -SW_ERROR_CO_CANCELED;
            if (i == 0)
                job->discard = NULL;
            list_push(&pool.done_head, &pool.done_tail, job);
            job = next;
        }
    }
    pool.running = pool.queue_head = pool.queue_tail = NULL;
    pool.queued = 0;

    if (pool.efd >= 0) {
        int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (fd >= 0) {
            dup2(fd, pool.efd);
            fcntl(pool.efd, F_SETFD, FD_CLOEXEC);
            close(fd);
        }
        pool.rearm = true;
    }
    /* Whatever is listed reaches its owner through the child's own eventfd. */
    sw_loop_t *loop = sw_loop_default();
    if (pool.done_head && loop && arm(loop) == 0)
        (void)!write(pool.efd, &one, sizeof one);
}

static void install_atfork(void)
{
    pthread_atfork(atfork_prepare, atfork_parent, atfork_child);
}

/* ---- submitting ---------------------------------------------------------------------------- */

/* Makes sure the eventfd exists and is watched by the default loop. */
static int arm(sw_loop_t *loop)
{
    if (pool.rearm) {
        /* After a fork or a shutdown the loop may still list the watcher (under its old
         * number): drop that entry. The epoll_ctl inside cannot reach anything else, as
         * that number names another file now (or none), never one we registered. */
        sw_io_stop(loop, &pool.io);
        pool.io.events = 0;
        pool.rearm = false;
    }
    if (pool.efd < 0) {
        pool.efd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (pool.efd < 0)
            return sw_error_sys(errno, "eventfd");
        sw_io_init(&pool.io, pool.efd, on_eventfd, NULL);
        /* The jobs hold the loop references, not the watcher. */
        pool.io.unref = true;
    }
    if (sw_io_active(&pool.io))
        return 0;
    return sw_io_start(loop, &pool.io, SW_EV_READ);
}

static sw_async_job_t *submit(sw_async_fn fn, void *arg, sw_async_done_fn done, void *done_arg)
{
    sw_loop_t *loop = sw_loop_default();
    sw_async_job_t *job;

    if (!loop)
        return NULL;
    pthread_once(&atfork_once, install_atfork);
    if (!(job = calloc(1, sizeof *job))) {
        sw_error_set(ENOMEM, "out of memory for an async job");
        return NULL;
    }
    job->fn = fn;
    job->arg = arg;
    job->done = done;
    job->done_arg = done_arg;
    if (arm(loop) < 0) {
        free(job);
        return NULL;
    }

    pthread_mutex_lock(&pool.lock);
    /* One more worker when the queued jobs would outnumber the idle ones (a signaled
     * worker counts as idle until it wakes). */
    if (pool.queued >= pool.idle && pool.nthreads < pool.max_threads && spawn_worker() < 0 &&
        pool.nthreads == 0) {
        pthread_mutex_unlock(&pool.lock);
        if (pool.outstanding == 0)
            sw_io_stop(loop, &pool.io);
        free(job);
        return NULL;
    }
    list_push(&pool.queue_head, &pool.queue_tail, job);
    pool.queued++;
    pthread_cond_signal(&pool.cond);
    pthread_mutex_unlock(&pool.lock);

    pool.outstanding++;
    sw_loop_ref(loop);
    return job;
}

int sw_async_submit(sw_async_fn fn, sw_async_done_fn done, void *arg)
{
    if (!fn || !done)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "sw_async_submit: no function");
    return submit(fn, arg, done, arg) ? 0 : -sw_error_code();
}

/* ---- waiting from a coroutine -------------------------------------------------------------- */

typedef struct {
    sw_coro_t *co;
    sw_async_job_t *job;
    sw_timer_t *timer;
    sw_async_discard_fn discard;
    int status;
    bool finished;
} waiter_t;

static void waiter_done(void *arg, int status)
{
    waiter_t *w = arg;

    w->status = status;
    w->finished = true;
    if (sw_coro_state(w->co) == SW_CORO_WAITING)
        sw_coro_resume(w->co);
}

/* The waiter stops waiting: the job carries on alone, frees its argument when it is over
 * and no longer keeps the loop alive. */
static void give_up(waiter_t *w, int status)
{
    sw_loop_t *loop = sw_loop_default();

    w->job->done = NULL;
    w->job->discard = w->discard;
    w->job->abandoned = true;
    w->status = status;
    if (loop)
        sw_loop_unref(loop);
}

static void on_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    waiter_t *w = arg;
    (void)loop;
    (void)timer;

    w->timer = NULL;
    give_up(w, -SW_ERROR_CO_TIMEDOUT);
    sw_coro_resume(w->co);
}

static bool on_cancel(sw_coro_t *co, void *arg)
{
    waiter_t *w = arg;
    (void)co;

    if (w->timer) {
        sw_timer_cancel(sw_loop_default(), w->timer);
        w->timer = NULL;
    }
    give_up(w, -SW_ERROR_CO_CANCELED);
    return true;
}

static int wait_job(sw_async_fn fn, void *arg, const char *what, long timeout_ms,
                    sw_async_discard_fn discard, bool can_give_up)
{
    waiter_t w = {.co = sw_coro_current(), .discard = discard};

    if (!what)
        what = "async job";
    if (!w.co)
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "%s must be called in a coroutine", what);
    if (!fn)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "%s: no function", what);
    if (can_give_up && timeout_ms == 0)
        return sw_error_set(SW_ERROR_CO_TIMEDOUT, "%s timed out", what);
    if (!(w.job = submit(fn, arg, waiter_done, &w)))
        return -sw_error_code();
    if (can_give_up && timeout_ms > 0) {
        uint64_t ms = (uint64_t)timeout_ms;
        w.timer = sw_timer_add(sw_loop_default(), ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : ms,
                               false, on_timeout, &w);
    }
    /* Without a way to give up, nothing may resume us early: no cancel function. */
    sw_coro_yield_ex(what, can_give_up ? on_cancel : NULL, can_give_up ? &w : NULL);
    if (w.timer)
        sw_timer_cancel(sw_loop_default(), w.timer);
    if (!w.finished && w.status == 0)
        w.status = -SW_ERROR_CO_CANCELED; /* resumed by something else: cannot happen */
    if (w.status < 0)
        return sw_error_set(-w.status, "%s: %s", what, sw_strerror(-w.status));
    return 0;
}

int sw_async_run(sw_async_fn fn, void *arg, const char *what)
{
    return wait_job(fn, arg, what, -1, NULL, false);
}

int sw_async_run_timeout(sw_async_fn fn, void *arg, const char *what, long timeout_ms,
                         sw_async_discard_fn discard)
{
    return wait_job(fn, arg, what, timeout_ms, discard, true);
}

/* ---- shutdown ------------------------------------------------------------------------------ */

static void drop(sw_async_job_t *job)
{
    while (job) {
        sw_async_job_t *next = job->next;
        if (!job->done && job->discard)
            job->discard(job->arg);
        free(job);
        job = next;
    }
}

void sw_async_shutdown(void)
{
    pthread_mutex_lock(&pool.lock);
    pool.stopping = true;
    pthread_cond_broadcast(&pool.cond);
    pthread_mutex_unlock(&pool.lock);
    for (size_t i = 0; i < pool.nthreads; i++)
        pthread_join(pool.threads[i], NULL);
    free(pool.threads);
    pool.threads = NULL;
    pool.nthreads = pool.threads_cap = 0;
    pool.stopping = false;

    drop(pool.queue_head);
    drop(pool.done_head);
    pool.queue_head = pool.queue_tail = pool.done_head = pool.done_tail = NULL;
    pool.queued = 0;
    /* The watcher is only started while jobs are outstanding, and then the loop may
     * already be gone (module shutdown frees it first): the loop is left alone, and a
     * stale entry is dropped by the next arm(). */
    pool.rearm = sw_io_active(&pool.io);
    pool.outstanding = 0;
    if (pool.efd >= 0)
        close(pool.efd);
    pool.efd = -1;
}

/* When the library is unloaded (dlclose of the PHP module) or the process exits, the
 * workers must not outlive the code they run. */
__attribute__((destructor)) static void async_fini(void)
{
    if (pool.nthreads || pool.efd >= 0)
        sw_async_shutdown();
}
