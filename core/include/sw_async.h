/* sw_async.h — a small pool of worker threads for work that has no readiness to wait on
 * (regular files, getaddrinfo, statvfs). Jobs run on a worker; their completions come
 * back to the default loop through an eventfd the loop watches, so the `done` callbacks
 * and the coroutine resumptions all happen on the loop's thread.
 *
 * The pool starts lazily (first job) with up to sw_async_get_max_threads() workers and
 * lives until sw_async_shutdown() (also run when the library is unloaded). Every job not
 * yet delivered keeps the default loop alive. Workers block every signal, so signals the
 * loop takes through signalfd stay queued for it.
 *
 * Fork: a child does not inherit the workers. It gets a fresh pool (new eventfd, no
 * threads); jobs the parent had outstanding are reported to their owners in the child
 * with status -SW_ERROR_CO_CANCELED (their work function did not run to completion
 * there). */
#ifndef SW_ASYNC_H
#define SW_ASYNC_H

#include <stdbool.h>
#include <stddef.h>

/* Runs on a worker thread: must not touch the loop, coroutines or the embedder's
 * non-thread-safe state (PHP's allocator, for one). */
typedef void (*sw_async_fn)(void *arg);
/* Runs on the loop's thread once the job is over. status is 0, or negative if the job
 * was lost (fork) and fn may not have run. */
typedef void (*sw_async_done_fn)(void *arg, int status);
/* Frees the argument of a job its waiter gave up on (timeout, cancel). Loop thread. */
typedef void (*sw_async_discard_fn)(void *arg);

#define SW_ASYNC_DEFAULT_MAX_THREADS 4
#define SW_ASYNC_MAX_THREADS 64

/* Queues fn(arg) and, later, done(arg, status) on the loop's thread. Returns 0, or a
 * negative code (-ENOMEM, or the error creating the eventfd or the first thread). */
int sw_async_submit(sw_async_fn fn, sw_async_done_fn done, void *arg);

/* From a coroutine: runs fn(arg) on a worker and suspends the caller until it returns.
 * `what` names the wait (deadlock reports). A job that is running cannot be abandoned,
 * so the wait cannot be canceled. Returns 0, -SW_ERROR_CO_OUT_OF_COROUTINE, or another
 * negative code if the job could not be queued or was lost. */
int sw_async_run(sw_async_fn fn, void *arg, const char *what);

/* Like sw_async_run, but the caller stops waiting after timeout_ms (< 0: never) or when
 * canceled (sw_coro_cancel), returning -SW_ERROR_CO_TIMEDOUT / -SW_ERROR_CO_CANCELED.
 * The job keeps running; arg then belongs to the pool, which calls discard(arg) once fn
 * has returned (so arg must not live on the caller's stack). A job given up on no longer
 * keeps the loop alive. */
int sw_async_run_timeout(sw_async_fn fn, void *arg, const char *what, long timeout_ms,
                         sw_async_discard_fn discard);

/* Upper bound of workers (1..SW_ASYNC_MAX_THREADS); applies to workers started later. */
void sw_async_set_max_threads(size_t n);
size_t sw_async_get_max_threads(void);
size_t sw_async_thread_count(void); /* workers started */
size_t sw_async_pending(void);      /* jobs submitted and not yet delivered */

/* Stops and joins the workers (waiting for running jobs), drops queued and undelivered
 * jobs without calling their done callbacks (abandoned ones are discarded), closes the
 * eventfd. Meant for process or module end: it does not touch the loop, whose watcher
 * and references for outstanding jobs are left as they are. The pool starts again on the
 * next submit. */
void sw_async_shutdown(void);

#endif
