/* idmap.c — int64 → pointer hash map used to find coroutines and timers by id. */
#include <errno.h>
#include <stdlib.h>

#include "sw_idmap.h"

struct sw_idmap_slot {
    int64_t key;
    void *value;
};

/* Ids are mostly sequential; Fibonacci hashing (the top bits of the product) spreads a
 * run of consecutive ids evenly over the table. */
static size_t slot_of(const sw_idmap_t *m, int64_t key)
{
    uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> (64 - __builtin_ctzll((unsigned long long)m->cap)));
}

static int grow(sw_idmap_t *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    struct sw_idmap_slot *old = m->slots;
    size_t ocap = m->cap;
    struct sw_idmap_slot *slots = calloc(ncap, sizeof *slots);

    if (!slots)
        return -ENOMEM;
    m->slots = slots;
    m->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i].key)
            continue;
        size_t j = slot_of(m, old[i].key);
        while (slots[j].key)
            j = (j + 1) & (ncap - 1);
        slots[j] = old[i];
    }
    free(old);
    return 0;
}

int sw_idmap_put(sw_idmap_t *m, int64_t key, void *value)
{
    /* Load up to 1/2: linear probing stays at one or two probes per lookup (at 3/4 an
     * insert into a table of 100k timers probed eight slots on average). */
    if ((m->len + 1) * 2 > m->cap && grow(m) < 0)
        return -ENOMEM;
    size_t i = slot_of(m, key);
    while (m->slots[i].key && m->slots[i].key != key)
        i = (i + 1) & (m->cap - 1);
    if (!m->slots[i].key)
        m->len++;
    m->slots[i].key = key;
    m->slots[i].value = value;
    return 0;
}

void *sw_idmap_get(const sw_idmap_t *m, int64_t key)
{
    if (!m->cap)
        return NULL;
    size_t i = slot_of(m, key);
    while (m->slots[i].key) {
        if (m->slots[i].key == key)
            return m->slots[i].value;
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

void *sw_idmap_del(sw_idmap_t *m, int64_t key)
{
    if (!m->cap)
        return NULL;
    size_t mask = m->cap - 1;
    size_t i = slot_of(m, key);
    while (m->slots[i].key != key) {
        if (!m->slots[i].key)
            return NULL;
        i = (i + 1) & mask;
    }
    void *value = m->slots[i].value;

    /* Backward shift: pull later members of the probe run into the hole when their home
     * slot does not lie (cyclically) between the hole and their current position. */
    size_t hole = i;
    for (size_t j = (i + 1) & mask; m->slots[j].key; j = (j + 1) & mask) {
        size_t home = slot_of(m, m->slots[j].key);
        int movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
        if (movable) {
            m->slots[hole] = m->slots[j];
            hole = j;
        }
    }
    m->slots[hole].key = 0;
    m->slots[hole].value = NULL;
    m->len--;
    return value;
}

void sw_idmap_free(sw_idmap_t *m)
{
    free(m->slots);
    m->slots = NULL;
    m->cap = m->len = 0;
}

void sw_idmap_foreach(const sw_idmap_t *m, void (*fn)(void *value, void *ud), void *ud)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            fn(m->slots[i].value, ud);
}

void *sw_idmap_any(const sw_idmap_t *m)
{
    for (size_t i = 0; m->len && i < m->cap; i++)
        if (m->slots[i].key)
            return m->slots[i].value;
    return NULL;
}
