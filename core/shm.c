/* shm.c — shared anonymous mappings and futex waits on their words (see sw_shm.h). */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
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
        sw_error_set(errno, "cannot map %zu bytes of shared memory", size);
        return NULL;
    }
    return mem;
}

void sw_shm_free(void *mem, size_t size)
{
    if (mem)
        munmap(mem, size ? size : 1);
}

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
