/* sw_shm.h — memory shared with the processes forked after it is mapped, and waits on a
 * word of it (futex) that a sibling process ends.
 *
 * Counters, tables and locks that workers share are mapped by the parent before the fork
 * (MAP_SHARED | MAP_ANONYMOUS): every child sees the same pages. */
#ifndef SW_SHM_H
#define SW_SHM_H

#include <stddef.h>
#include <stdint.h>

/* size bytes of zeroed shared memory, rounded up to whole pages; NULL (error set) if the
 * mapping fails. */
void *sw_shm_alloc(size_t size);
void sw_shm_free(void *mem, size_t size);

/* A zeroed cell of SW_SHM_CELL_SIZE bytes (a cache line: counters of different objects do
 * not share one) carved from shared chunks, so that many small objects do not cost a
 * mapping each. NULL (error set) if no chunk could be mapped. A freed cell is reused only
 * if no fork happened since it was handed out: a process that inherited its object may
 * still be using it. */
#define SW_SHM_CELL_SIZE 64
void *sw_shm_cell_alloc(void);
void sw_shm_cell_free(void *cell);

/* Sleeps while *word == expected, at most timeout_s seconds (< 0: no limit). Returns 0
 * when woken, -EAGAIN if *word was not expected on entry, -ETIMEDOUT, or -EINTR (a
 * signal). The word may be anywhere: the wait is not private to this process. */
int sw_futex_wait(uint32_t *word, uint32_t expected, double timeout_s);

/* Wakes up to n processes sleeping on word; returns how many were woken. */
int sw_futex_wake(uint32_t *word, int n);

#endif
