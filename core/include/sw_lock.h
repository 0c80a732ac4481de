/* sw_lock.h — locks between processes, placed in shared memory (sw_shm.h) before fork.
 *
 * One type for the four kinds Swoole offers: a mutex (error-checking and robust: a holder
 * that dies hands the next locker EOWNERDEAD-recovered ownership instead of a deadlock), a
 * readers-writer lock, a spinlock and a binary semaphore (which any process may release).
 * Every call returns 0 or an errno value (positive, as pthreads do): EBUSY from the try
 * calls, ETIMEDOUT from the timed one, EPERM for releasing what is not held. */
#ifndef SW_LOCK_H
#define SW_LOCK_H

#include <stdbool.h>

typedef enum {
    SW_LOCK_RWLOCK = 1,     /* Swoole's numbers */
    SW_LOCK_MUTEX = 3,
    SW_LOCK_SEM = 4,
    SW_LOCK_SPINLOCK = 5,
} sw_lock_kind_t;

typedef struct sw_lock sw_lock_t;

/* A lock of this kind in fresh shared memory; NULL (error set) if the kind is unknown or
 * nothing could be mapped. Freeing releases what the calling process holds (but a
 * semaphore) and unmaps it there; other processes keep using it. */
sw_lock_t *sw_lock_new(sw_lock_kind_t kind);
void sw_lock_free(sw_lock_t *lk);
sw_lock_kind_t sw_lock_kind(const sw_lock_t *lk);

int sw_lock_acquire(sw_lock_t *lk);
int sw_lock_try(sw_lock_t *lk);
/* Waits at most timeout_s seconds (negative, NaN or huge: no limit). */
int sw_lock_acquire_timed(sw_lock_t *lk, double timeout_s);
/* Shared (reader) access: the other kinds have only one mode, taken exclusively. */
int sw_lock_acquire_shared(sw_lock_t *lk);
int sw_lock_try_shared(sw_lock_t *lk);
int sw_lock_release(sw_lock_t *lk);

#endif
