/* lock.c — locks between processes (see sw_lock.h).
 *
 * The pthread object lives in a shared cell (sw_shm.h); the handle that points to it is
 * private to the process and counts what this process holds, so that releasing a lock it
 * does not hold is refused (EPERM) instead of corrupting a readers-writer lock or opening
 * a spinlock someone else holds. A child inherits its parent's handle, not its holds: the
 * counts belong to the pid that made them. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <semaphore.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_lock.h"
#include "sw_shm.h"

struct shared {
    union {
        pthread_mutex_t mutex;
        pthread_rwlock_t rwlock;
        pthread_spinlock_t spin;
        sem_t sem;
    } u;
};

_Static_assert(sizeof(struct shared) <= SW_SHM_CELL_SIZE, "a lock fits a shared cell");

struct sw_lock {
    struct shared *sh;
    sw_lock_kind_t kind;
    pid_t pid;              /* the process the counts below are about */
    unsigned exclusive;     /* 0 or 1 */
    unsigned readers;
};

static int init_shared(struct shared *sh, sw_lock_kind_t kind)
{
    int rc = 0;

    switch (kind) {
    case SW_LOCK_MUTEX: {
        pthread_mutexattr_t a;
        pthread_mutexattr_init(&a);
        pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
        pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
        pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
        rc = pthread_mutex_init(&sh->u.mutex, &a);
        pthread_mutexattr_destroy(&a);
        break;
    }
    case SW_LOCK_RWLOCK: {
        pthread_rwlockattr_t a;
        pthread_rwlockattr_init(&a);
        pthread_rwlockattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
        rc = pthread_rwlock_init(&sh->u.rwlock, &a);
        pthread_rwlockattr_destroy(&a);
        break;
    }
    case SW_LOCK_SPINLOCK:
        rc = pthread_spin_init(&sh->u.spin, PTHREAD_PROCESS_SHARED);
        break;
    case SW_LOCK_SEM:
        rc = sem_init(&sh->u.sem, 1, 1) < 0 ? errno : 0;
        break;
    }
    return rc;
}

/* The holds counted so far are this process's only if it made them. */
static void own_counts(sw_lock_t *lk)
{
    pid_t pid = getpid();

    if (lk->pid != pid) {
        lk->pid = pid;
        lk->exclusive = lk->readers = 0;
    }
}

sw_lock_t *sw_lock_new(sw_lock_kind_t kind)
{
    if (kind != SW_LOCK_MUTEX && kind != SW_LOCK_RWLOCK && kind != SW_LOCK_SPINLOCK &&
        kind != SW_LOCK_SEM) {
        sw_error_set(SW_ERROR_INVALID_PARAMS, "unknown lock type %d", (int)kind);
        return NULL;
    }
    sw_lock_t *lk = calloc(1, sizeof *lk);
    if (!lk) {
        sw_error_set(ENOMEM, "out of memory for a lock");
        return NULL;
    }
    if (!(lk->sh = sw_shm_cell_alloc())) {
        free(lk);
        return NULL;
    }
    int rc = init_shared(lk->sh, kind);
    if (rc) {
        sw_error_set(rc, "cannot initialise a lock: %s", sw_strerror(rc));
        sw_shm_cell_free(lk->sh);
        free(lk);
        return NULL;
    }
    lk->kind = kind;
    lk->pid = getpid();
    return lk;
}

void sw_lock_free(sw_lock_t *lk)
{
    if (!lk)
        return;
    /* What this process still holds is released, or the others would wait forever (a
     * semaphore excepted: its holder is not known). Other processes may still use the
     * lock: only this process's view goes. */
    own_counts(lk);
    if (lk->kind != SW_LOCK_SEM)
        while ((lk->exclusive || lk->readers) && sw_lock_release(lk) == 0)
            ;
    sw_shm_cell_free(lk->sh);
    free(lk);
}

sw_lock_kind_t sw_lock_kind(const sw_lock_t *lk) { return lk->kind; }

/* A robust mutex whose holder died comes back locked by us: the state it protects may be
 * half-updated, which is the caller's to know; the lock itself is usable again. */
static int mutex_result(sw_lock_t *lk, int rc)
{
    if (rc == EOWNERDEAD)
        rc = pthread_mutex_consistent(&lk->sh->u.mutex);
    return rc;
}

static int spin_until(sw_lock_t *lk, const struct timespec *deadline)
{
    for (;;) {
        if (pthread_spin_trylock(&lk->sh->u.spin) == 0)
            return 0;
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (deadline && (now.tv_sec > deadline->tv_sec ||
                         (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec)))
            return ETIMEDOUT;
        sched_yield();
    }
}

/* exclusive access: blocking (deadline NULL, !try), trying, or until a monotonic deadline */
static int take(sw_lock_t *lk, bool try, const struct timespec *deadline)
{
    int rc;

    own_counts(lk);
    if (lk->exclusive && lk->kind != SW_LOCK_SEM)
        return EDEADLK;  /* would wait for itself (a spinlock forever) */
    if (lk->readers)
        return EDEADLK;
    switch (lk->kind) {
    case SW_LOCK_MUTEX:
        rc = mutex_result(lk, try ? pthread_mutex_trylock(&lk->sh->u.mutex)
                              : deadline ? pthread_mutex_clocklock(&lk->sh->u.mutex, CLOCK_MONOTONIC, deadline)
                                         : pthread_mutex_lock(&lk->sh->u.mutex));
        break;
    case SW_LOCK_RWLOCK:
        rc = try ? pthread_rwlock_trywrlock(&lk->sh->u.rwlock)
             : deadline ? pthread_rwlock_clockwrlock(&lk->sh->u.rwlock, CLOCK_MONOTONIC, deadline)
                        : pthread_rwlock_wrlock(&lk->sh->u.rwlock);
        break;
    case SW_LOCK_SPINLOCK:
        rc = try ? pthread_spin_trylock(&lk->sh->u.spin)
             : deadline ? spin_until(lk, deadline) : pthread_spin_lock(&lk->sh->u.spin);
        break;
    case SW_LOCK_SEM:
    default:
        do {
            rc = try ? sem_trywait(&lk->sh->u.sem)
                 : deadline ? sem_clockwait(&lk->sh->u.sem, CLOCK_MONOTONIC, deadline)
                            : sem_wait(&lk->sh->u.sem);
            rc = rc < 0 ? errno : 0;
        } while (rc == EINTR);
        if (rc == EAGAIN)
            rc = EBUSY;  /* as the other kinds say it */
        break;
    }
    if (rc == 0)
        lk->exclusive = 1;
    return rc;
}

int sw_lock_acquire(sw_lock_t *lk) { return take(lk, false, NULL); }
int sw_lock_try(sw_lock_t *lk) { return take(lk, true, NULL); }

int sw_lock_acquire_timed(sw_lock_t *lk, double timeout_s)
{
    /* Negative, NaN, or beyond what a deadline holds (and anyone would wait): no limit. */
    if (!(timeout_s >= 0 && timeout_s < 1e9))
        return take(lk, false, NULL);
    struct timespec d;
    clock_gettime(CLOCK_MONOTONIC, &d);
    time_t sec = (time_t)timeout_s;
    d.tv_sec += sec;
    d.tv_nsec += (long)((timeout_s - (double)sec) * 1e9);
    if (d.tv_nsec >= 1000000000L) {
        d.tv_sec++;
        d.tv_nsec -= 1000000000L;
    }
    return take(lk, false, &d);
}

static int take_shared(sw_lock_t *lk, bool try)
{
    if (lk->kind != SW_LOCK_RWLOCK)
        return take(lk, try, NULL);
    own_counts(lk);
    if (lk->exclusive)
        return EDEADLK;
    int rc = try ? pthread_rwlock_tryrdlock(&lk->sh->u.rwlock)
                 : pthread_rwlock_rdlock(&lk->sh->u.rwlock);
    if (rc == 0)
        lk->readers++;
    return rc;
}

int sw_lock_acquire_shared(sw_lock_t *lk) { return take_shared(lk, false); }
int sw_lock_try_shared(sw_lock_t *lk) { return take_shared(lk, true); }

int sw_lock_release(sw_lock_t *lk)
{
    int rc;

    own_counts(lk);
    if (lk->kind == SW_LOCK_SEM) {
        /* Any process may post it (that is what a semaphore is for), but only back to 1:
         * a second post would let two holders in. */
        int v = 0;
        if (sem_getvalue(&lk->sh->u.sem, &v) == 0 && v >= 1)
            return EPERM;
        rc = sem_post(&lk->sh->u.sem) < 0 ? errno : 0;
        if (rc == 0)
            lk->exclusive = 0;
        return rc;
    }
    if (!lk->exclusive && !lk->readers)
        return EPERM;
    switch (lk->kind) {
    case SW_LOCK_MUTEX:
        rc = pthread_mutex_unlock(&lk->sh->u.mutex);
        break;
    case SW_LOCK_RWLOCK:
        rc = pthread_rwlock_unlock(&lk->sh->u.rwlock);
        break;
    default:
        rc = pthread_spin_unlock(&lk->sh->u.spin);
        break;
    }
    if (rc == 0) {
        if (lk->exclusive)
            lk->exclusive = 0;
        else
            lk->readers--;
    }
    return rc;
}
