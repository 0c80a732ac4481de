/* sw_idmap.h — a hash map from int64 ids to pointers (open addressing, linear probing,
 * backward-shift deletion: no tombstones, so long-running add/remove churn stays fast).
 * Internal to the core: coroutines and timers are found by id through it. */
#ifndef SW_IDMAP_H
#define SW_IDMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    struct sw_idmap_slot *slots;  /* capacity entries; key 0 marks an empty slot */
    size_t cap;                   /* a power of two, or 0 before the first insert */
    size_t len;                   /* occupied slots */
    size_t max_disp;              /* the furthest any key sits from its home slot */
} sw_idmap_t;

/* Keys must be non-zero. put replaces an existing value. Returns 0 or -ENOMEM. */
int sw_idmap_put(sw_idmap_t *m, int64_t key, void *value);
void *sw_idmap_get(const sw_idmap_t *m, int64_t key);
/* Removes and returns the value, or NULL if absent. */
void *sw_idmap_del(sw_idmap_t *m, int64_t key);
void sw_idmap_free(sw_idmap_t *m);
/* Calls fn for every value (order unspecified); fn must not modify the map. */
void sw_idmap_foreach(const sw_idmap_t *m, void (*fn)(void *value, void *ud), void *ud);
/* Some value of the map, or NULL when empty (to drain a map while deleting). */
void *sw_idmap_any(const sw_idmap_t *m);

#endif
