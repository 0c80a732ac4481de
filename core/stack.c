/* stack.c — allocation and pooling of coroutine C stacks.
 *
 * A stack with a PROT_NONE guard page below it costs the kernel two mappings, and a
 * process may hold only vm.max_map_count of them (65530 by default) — PHP's allocator
 * needs some too. So the first stacks (up to an eighth of that limit) are guarded, each
 * its own mapping; past that budget stacks come unguarded from slabs of SLAB_STACKS
 * stacks per mapping, which keeps 100,000 coroutines within the limit. Freed stacks go to
 * a pool; slab stacks beyond the pool are handed back to the kernel with MADV_DONTNEED
 * (their address range stays reserved for reuse, listed in a side array). */
#include <errno.h>
#include <stdio.h>
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
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifdef HAVE_VALGRIND_MEMCHECK_H
#include <valgrind/memcheck.h>
#endif

#ifndef MAP_STACK
#define MAP_STACK 0
#endif

/* Pooled stacks keep their descriptor in their own top bytes: no side allocation. */
static sw_stack_t *pool;
static size_t pool_len;
static size_t pool_max = 1024;
static bool guard_warned;

#define SLAB_STACKS 64
/* Released slab stacks have no resident pages, and their descriptors stay off them: a
 * descriptor written into a stack's top bytes would fault a page back in right after
 * MADV_DONTNEED released it (several microseconds a stack on a virtual machine). */
static sw_stack_t *cold;
static size_t cold_len, cold_cap;
static size_t guarded_live;         /* guarded mappings currently held */
static size_t guard_budget;

static size_t guard_budget_get(void)
{
    if (!guard_budget) {
        long max_maps = 65530;
        FILE *f = fopen("/proc/sys/vm/max_map_count", "r");
        if (f) {
            if (fscanf(f, "%ld", &max_maps) != 1 || max_maps <= 0)
                max_maps = 65530;
            fclose(f);
        }
        guard_budget = (size_t)max_maps / 8;
    }
    return guard_budget;
}

/* Memcheck must know each stack as a stack: otherwise a switch between two stacks closer
 * than --max-stackframe looks like a huge frame, and it flags the memory in between. */
static unsigned vg_register(const void *low, size_t size)
{
#ifdef HAVE_VALGRIND_MEMCHECK_H
    return VALGRIND_STACK_REGISTER(low, (const char *)low + size);
#else
    (void)low;
    (void)size;
    return 0;
#endif
}

static void vg_deregister(unsigned id)
{
#ifdef HAVE_VALGRIND_MEMCHECK_H
    VALGRIND_STACK_DEREGISTER(id);
#else
    (void)id;
#endif
}

/* Descriptors of free stacks live in the stack's own top bytes: no side allocation. */
static void push_free(sw_stack_t **list, const sw_stack_t *st)
{
    sw_stack_t copy = *st;  /* st may itself live in those top bytes */
    sw_stack_t *slot = (sw_stack_t *)((char *)copy.low + copy.size) - 1;
    *slot = copy;
    slot->next_free = *list;
    *list = slot;
}

static int cold_push(const sw_stack_t *st)
{
    if (cold_len == cold_cap) {
        size_t cap = cold_cap ? cold_cap * 2 : SLAB_STACKS;
        sw_stack_t *v = realloc(cold, cap * sizeof *v);
        if (!v)
            return -ENOMEM;
        cold = v;
        cold_cap = cap;
    }
    cold[cold_len] = *st;
    cold[cold_len++].next_free = NULL;
    return 0;
}

static int slab_refill(size_t size)
{
    size_t total = size * SLAB_STACKS;
    if (cold_cap - cold_len < SLAB_STACKS) {  /* room first: a slab is listed whole or not */
        sw_stack_t *v = realloc(cold, (cold_len + SLAB_STACKS) * 2 * sizeof *v);
        if (!v)
            return sw_error_set(ENOMEM, "out of memory for coroutine stacks");
        cold = v;
        cold_cap = (cold_len + SLAB_STACKS) * 2;
    }
    void *map = mmap(NULL, total, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (map == MAP_FAILED)
        return sw_error_sys(errno, "mmap of coroutine stacks");
    for (size_t i = SLAB_STACKS; i-- > 0;) {
        sw_stack_t st = {
            .map = (char *)map + i * size,
            .map_size = size,
            .low = (char *)map + i * size,
            .size = size,
            .guarded = false,
            .slab = true,
            .vg_id = vg_register((char *)map + i * size, size),
        };
        cold_push(&st);  /* cannot fail: room was made above */
    }
    return 0;
}

size_t sw_page_size(void)
{
    static size_t page;

    if (!page)
        page = (size_t)sysconf(_SC_PAGESIZE);
    return page;
}

static void unmap(const sw_stack_t *desc)
{
    sw_stack_t st = *desc;  /* desc may live in the pages released below */

    if (st.slab) {
        /* Part of a slab: give the pages back, keep the range for the next stack. */
        madvise(st.map, st.map_size, MADV_DONTNEED);
        cold_push(&st);  /* on ENOMEM the range is lost to reuse, not to the process */
        return;
    }
    guarded_live--;
    vg_deregister(st.vg_id);
    munmap(st.map, st.map_size);
}

static void take_mark(sw_stack_t *st);

static int take(sw_stack_t **list, sw_stack_t *st)
{
    sw_stack_t *p = *list;
    *list = p->next_free;
    *st = *p;
    st->next_free = NULL;
    take_mark(st);
    return 0;
}

static int take_cold(sw_stack_t *st)
{
    *st = cold[--cold_len];
    take_mark(st);
    return 0;
}

/* A stack handed out again: the frames of the coroutine that ended on it never returned. */
static void take_mark(sw_stack_t *st)
{
    (void)st;
#ifdef SW_ASAN
    /* Frames of the coroutine that ended here never returned: clear their marks. */
    __asan_unpoison_memory_region(st->low, st->size);
#endif
#ifdef HAVE_VALGRIND_MEMCHECK_H
    /* Same for memcheck, which saw this memory as a dead stack below its old pointer. */
    VALGRIND_MAKE_MEM_UNDEFINED(st->low, st->size);
#endif
}

int sw_stack_get(sw_stack_t *st, size_t size)
{
    size_t page = sw_page_size();

    while (pool) {
        if (pool->size == size) {
            pool_len--;
            return take(&pool, st);
        }
        sw_stack_t copy;  /* a stack of an older stack_size setting */
        take(&pool, &copy);
        pool_len--;
        unmap(&copy);
    }
    while (cold_len && cold[cold_len - 1].size != size)
        cold_len--;  /* leaks its address range: only after a stack_size change */
    if (cold_len)
        return take_cold(st);
    if (guarded_live >= guard_budget_get()) {
        int rc = slab_refill(size);
        return rc < 0 ? rc : take_cold(st);
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
    st->slab = false;
    st->vg_id = vg_register(st->low, size);
    guarded_live++;
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
    push_free(&pool, st);
    pool_len++;
}

void sw_stack_set_pool_max(size_t n)
{
    pool_max = n;
    while (pool_len > pool_max) {
        sw_stack_t p;
        take(&pool, &p);
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
