/* shm.c — shared anonymous mappings, small cells carved from them, and futex waits on
 * their words (see sw_shm.h).
 *
 * Cells come from 64 KiB chunks. What this process knows of them (which chunk it carves,
 * which cells it may hand out again) is private memory, so fork copies it: the handlers
 * below make sure parent and child never hand out the same cell. At a fork every cell
 * handed out so far becomes shared with the child (neither may reuse it when it is freed),
 * and the child stops carving the chunk the parent goes on carving. */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_shm.h"

void *sw_shm_alloc(size_t size)
{
    void *mem;

    if (size == 0)
        size = 1;
    mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        int e = errno;
        sw_error_set(e, "cannot map %zu bytes of shared memory: %s", size, sw_strerror(e));
        return NULL;
    }
    return mem;
}

void sw_shm_free(void *mem, size_t size)
{
    if (mem)
        munmap(mem, size ? size : 1);
}

/* ---- cells ------------------------------------------------------------------------------ */

#define CHUNK_SIZE (64 * 1024)
#define CHUNK_CELLS (CHUNK_SIZE / SW_SHM_CELL_SIZE)

typedef struct {
    char *base;
    size_t carved;      /* cells handed out from the front so far */
    size_t reusable;    /* cells below this index were handed out before the last fork */
} chunk_t;

static chunk_t *chunks;          /* every chunk this process maps (inherited ones too) */
static size_t nchunks, chunks_cap;
static size_t carving = SIZE_MAX; /* index of the chunk new cells come from; SIZE_MAX: none */
static void **freed;             /* cells that may be handed out again */
static size_t nfreed, freed_cap;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

/* In the parent, before the fork (both processes inherit the result): nothing handed
 * out so far may be reused by either of them. */
static void before_fork(void)
{
    for (size_t i = 0; i < nchunks; i++)
        chunks[i].reusable = chunks[i].carved;
    nfreed = 0;
}

/* In the child: the parent goes on carving its chunk; the child starts its own. */
static void in_child(void)
{
    carving = SIZE_MAX;
}

static void register_atfork(void)
{
    pthread_atfork(before_fork, NULL, in_child);
}

static chunk_t *new_chunk(void)
{
    if (nchunks == chunks_cap) {
        size_t cap = chunks_cap ? chunks_cap * 2 : 16;
        chunk_t *c = realloc(chunks, cap * sizeof *c);
        if (!c) {
            sw_error_set(ENOMEM, "out of memory for shared memory chunks");
            return NULL;
        }
        chunks = c;
        chunks_cap = cap;
    }
    char *base = sw_shm_alloc(CHUNK_SIZE);
    if (!base)
        return NULL;
    chunks[nchunks] = (chunk_t){base, 0, 0};
    return &chunks[nchunks++];
}

void *sw_shm_cell_alloc(void)
{
    pthread_once(&atfork_once, register_atfork);
    if (nfreed) {
        void *cell = freed[--nfreed];
        memset(cell, 0, SW_SHM_CELL_SIZE);
        return cell;
    }
    if (carving == SIZE_MAX || chunks[carving].carved == CHUNK_CELLS) {
        chunk_t *c = new_chunk();
        if (!c)
            return NULL;
        carving = (size_t)(c - chunks);
    }
    chunk_t *c = &chunks[carving];
    return c->base + SW_SHM_CELL_SIZE * c->carved++;  /* fresh pages are zeroed */
}

void sw_shm_cell_free(void *cell)
{
    if (!cell)
        return;
    for (size_t i = 0; i < nchunks; i++) {
        chunk_t *c = &chunks[i];
        if ((char *)cell < c->base || (char *)cell >= c->base + CHUNK_SIZE)
            continue;
        if ((size_t)((char *)cell - c->base) / SW_SHM_CELL_SIZE < c->reusable)
            return;  /* handed out before a fork: the other process may still use it */
        if (nfreed == freed_cap) {
            size_t cap = freed_cap ? freed_cap * 2 : 64;
            void **f = realloc(freed, cap * sizeof *f);
            if (!f)
                return;  /* not reused: a cell lost, nothing broken */
            freed = f;
            freed_cap = cap;
        }
        freed[nfreed++] = cell;
        return;
    }
}

/* ---- futex ------------------------------------------------------------------------------ */

int sw_futex_wait(uint32_t *word, uint32_t expected, double timeout_s)
{
    struct timespec ts, *tp = NULL;

    if (timeout_s >= 0) {
        /* Beyond what a time_t of seconds holds, the wait has no limit in practice. */
        if (timeout_s < (double)INT_MAX) {
            ts.tv_sec = (time_t)timeout_s;
            ts.tv_nsec = (long)((timeout_s - (double)ts.tv_sec) * 1e9);
            if (ts.tv_nsec >= 1000000000L)
                ts.tv_nsec = 999999999L;
            tp = &ts;
        }
    }
    /* Not FUTEX_PRIVATE_FLAG: the waker is usually another process. */
    if (syscall(SYS_futex, word, FUTEX_WAIT, expected, tp, NULL, 0) == 0)
        return 0;
    return -errno;
}

int sw_futex_wake(uint32_t *word, int n)
{
    long woken = syscall(SYS_futex, word, FUTEX_WAKE, n > 0 ? n : 1, NULL, NULL, 0);

    return woken < 0 ? -errno : (int)woken;
}
