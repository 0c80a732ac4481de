/* sw_idmap.h — a hash map from int64 ids to pointers (open addressing, linear probing,
 * backward-shift deletion: no tombstones, so long-running add/remove churn stays fast).
 * Internal to the core: coroutines and timers are found by id through it. */
#ifndef SW_IDMAP_H
#define SW_IDMAP_H

#include <stddef.h>
#include <stdint.h>

struct sw_idmap_slot {
    int64_t key;
    void *value;
};

typedef struct {
    struct sw_idmap_slot *slots;  /* capacity entries; key 0 marks an empty slot */
    size_t cap;                   /* a power of two, or 0 before the first insert */
    size_t len;                   /* occupied slots */
    size_t max_disp;              /* the furthest any key sits from its home slot */
} sw_idmap_t;

/* Keys must be non-zero. put replaces an existing value. Returns 0 or -ENOMEM. */
int sw_idmap_put(sw_idmap_t *m, int64_t key, void *value);
/* put for a key known to be absent (a fresh id): skips the lookup. */
int sw_idmap_add(sw_idmap_t *m, int64_t key, void *value);

/* Ids come from counters, so the live ones sit mostly in one recent range: the identity
 * of the low bits puts consecutive ids in consecutive slots, which keeps a walk over them
 * in cache (a multiplicative hash scattered 100k timer ids over 4 MB and made every lookup
 * a cache miss). Folding the higher bits in keeps ids that differ by a multiple of the
 * capacity (a long-lived id among fresh ones) from piling into one probe run; a fold
 * maps aligned groups of slots onto aligned groups, so the locality stays. */
static inline size_t sw_idmap_slot_of(const sw_idmap_t *m, int64_t key)
{
    uint64_t k = (uint64_t)key;
    unsigned bits = (unsigned)__builtin_ctzll((unsigned long long)m->cap);

    return (size_t)((k ^ (k >> bits)) & (m->cap - 1));
}

/* The slot holding key, or SIZE_MAX. No key sits further than max_disp from its home,
 * so a miss stops there instead of walking a long run of dense ids to its end. Inline:
 * finding a coroutine by id is on the path of every Co::resume(). */
static inline size_t sw_idmap_find(const sw_idmap_t *m, int64_t key)
{
    if (!m->cap)
        return SIZE_MAX;
    size_t mask = m->cap - 1, i = sw_idmap_slot_of(m, key);

    for (size_t d = 0; d <= m->max_disp && m->slots[i].key; d++, i = (i + 1) & mask)
        if (m->slots[i].key == key)
            return i;
    return SIZE_MAX;
}

static inline void *sw_idmap_get(const sw_idmap_t *m, int64_t key)
{
    size_t i = sw_idmap_find(m, key);

    return i == SIZE_MAX ? NULL : m->slots[i].value;
}
/* Removes and returns the value, or NULL if absent. */
void *sw_idmap_del(sw_idmap_t *m, int64_t key);
void sw_idmap_free(sw_idmap_t *m);
/* Calls fn for every value (order unspecified); fn must not modify the map. */
void sw_idmap_foreach(const sw_idmap_t *m, void (*fn)(void *value, void *ud), void *ud);
/* Some value of the map, or NULL when empty (to drain a map while deleting). */
void *sw_idmap_any(const sw_idmap_t *m);

#endif
