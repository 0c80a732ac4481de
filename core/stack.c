/* stack.c — allocation and pooling of coroutine C stacks with guard pages. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sw_context.h"
#include "sw_error.h"
#include "sw_log.h"
#include "sw_stack.h"

#ifdef SW_ASAN
#include <sanitizer/asan_interface.h>
#endif

#ifndef MAP_STACK
#define MAP_STACK 0
#endif

/* Pooled stacks keep their descriptor in their own top bytes: no side allocation. */
static sw_stack_t *pool;
static size_t pool_len;
static size_t pool_max = 1024;
static bool guard_warned;

size_t sw_page_size(void)
{
    static size_t page;

    if (!page)
        page = (size_t)sysconf(_SC_PAGESIZE);
    return page;
}

static void unmap(const sw_stack_t *st)
{
    munmap(st->map, st->map_size);
}

int sw_stack_get(sw_stack_t *st, size_t size)
{
    size_t page = sw_page_size();

    while (pool) {
        sw_stack_t *p = pool;
        pool = p->next_free;
        pool_len--;
        if (p->size == size) {
            *st = *p;
            st->next_free = NULL;
#ifdef SW_ASAN
            /* Frames of the coroutine that ended here never returned: clear their marks. */
            __asan_unpoison_memory_region(st->low, st->size);
#endif
            return 0;
        }
        sw_stack_t copy = *p;  /* p lives inside the mapping it describes */
        unmap(&copy);
    }

    void *map = mmap(NULL, size + page, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (map == MAP_FAILED)
        return sw_error_sys(errno, "mmap of a coroutine stack");
    st->map = map;
    st->map_size = size + page;
    st->low = (char *)map + page;
    st->size = size;
    st->next_free = NULL;
    st->guarded = mprotect(map, page, PROT_NONE) == 0;
    if (!st->guarded && !guard_warned) {
        guard_warned = true;
        sw_log(SW_LOG_NOTICE,
               "coroutine stacks: the kernel refused another guard page (%s; see "
               "vm.max_map_count); further stacks have none",
               strerror(errno));
    }
    return 0;
}

void sw_stack_put(const sw_stack_t *st)
{
    if (pool_len >= pool_max) {
        unmap(st);
        return;
    }
    /* st may itself live in those top bytes (inside the coroutine struct): copy first. */
    sw_stack_t copy = *st;
    sw_stack_t *slot = (sw_stack_t *)((char *)copy.low + copy.size) - 1;
    *slot = copy;
    slot->next_free = pool;
    pool = slot;
    pool_len++;
}

void sw_stack_set_pool_max(size_t n)
{
    pool_max = n;
    while (pool_len > pool_max) {
        sw_stack_t p = *pool;
        pool = p.next_free;
        pool_len--;
        unmap(&p);
    }
}

void sw_stack_pool_drain(void)
{
    size_t keep = pool_max;

    sw_stack_set_pool_max(0);
    pool_max = keep;
}
