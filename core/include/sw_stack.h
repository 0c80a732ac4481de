/* sw_stack.h — coroutine C stacks: mmap'd, with a PROT_NONE guard page below while the
 * kernel's mapping budget allows (see stack.c), recycled through a pool so steady-state
 * coroutine creation makes no system call. Internal. */
#ifndef SW_STACK_H
#define SW_STACK_H

#include <stdbool.h>
#include <stddef.h>

typedef struct sw_stack {
    void *map;          /* start of the mapping (the guard page when guarded) */
    size_t map_size;    /* whole mapping, guard included */
    void *low;          /* lowest usable byte */
    size_t size;        /* usable bytes, from low up */
    bool guarded;       /* the page below `low` is PROT_NONE */
    bool slab;          /* carved from a multi-stack mapping (never unmapped alone) */
    unsigned vg_id;     /* memcheck's id for it (0 without valgrind) */
    struct sw_stack *next_free;  /* pool link */
} sw_stack_t;

/* Fills *st with a stack of `size` usable bytes (a multiple of the page size). Returns 0
 * or a negative code. Guard pages cost one kernel mapping each; when the kernel refuses
 * more (vm.max_map_count), stacks go on without a guard and a notice is logged once. */
int sw_stack_get(sw_stack_t *st, size_t size);
/* Returns a stack to the pool, or to the kernel if the pool is full or sizes differ. */
void sw_stack_put(const sw_stack_t *st);
void sw_stack_set_pool_max(size_t n);
void sw_stack_pool_drain(void);
size_t sw_page_size(void);

#endif
