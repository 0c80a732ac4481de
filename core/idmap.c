/* idmap.c — int64 → pointer hash map used to find coroutines and timers by id. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "sw_idmap.h"

#define slot_of sw_idmap_slot_of
#define find sw_idmap_find

/* Cyclic distance from a key's home slot to slot i. */
static size_t disp_of(const sw_idmap_t *m, int64_t key, size_t i)
{
    return (i - slot_of(m, key)) & (m->cap - 1);
}

/* Places a key known to be absent; keeps max_disp, the longest probe any key needed. */
static void place(sw_idmap_t *m, int64_t key, void *value)
{
    size_t mask = m->cap - 1, home = slot_of(m, key), i = home;

    while (m->slots[i].key)
        i = (i + 1) & mask;
    m->slots[i].key = key;
    m->slots[i].value = value;
    if (((i - home) & mask) > m->max_disp)
        m->max_disp = (i - home) & mask;
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
    m->max_disp = 0;
    for (size_t i = 0; i < ocap; i++)
        if (old[i].key)
            place(m, old[i].key, old[i].value);
    free(old);
    return 0;
}

int sw_idmap_put(sw_idmap_t *m, int64_t key, void *value)
{
    size_t i = find(m, key);

    if (i != SIZE_MAX) {
        m->slots[i].value = value;
        return 0;
    }
    return sw_idmap_add(m, key, value);
}

int sw_idmap_add(sw_idmap_t *m, int64_t key, void *value)
{
    /* Load up to 1/2: linear probing stays at one or two probes per lookup. */
    if ((m->len + 1) * 2 > m->cap && grow(m) < 0)
        return -ENOMEM;
    place(m, key, value);
    m->len++;
    return 0;
}

void *sw_idmap_del(sw_idmap_t *m, int64_t key)
{
    size_t i = find(m, key);

    if (i == SIZE_MAX)
        return NULL;
    size_t mask = m->cap - 1;
    void *value = m->slots[i].value;

    /* Backward shift: pull later members of the probe run into the hole when it lies on
     * their probe path. A key further than max_disp past the hole cannot have come
     * through it, so the scan ends there even inside a long run of dense ids. */
    size_t hole = i;
    for (size_t j = (i + 1) & mask; m->slots[j].key && ((j - hole) & mask) <= m->max_disp;
         j = (j + 1) & mask) {
        if (disp_of(m, m->slots[j].key, j) >= ((j - hole) & mask)) {
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
