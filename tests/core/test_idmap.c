/* test_idmap.c — the id → pointer map: every operation checked against a plain model
 * under the key patterns the core produces (a counter's dense run, a sliding window of
 * live ids, strides that collide in the low bits, random 64-bit keys), deletion that
 * shifts members back across the table's wrap-around, and replacement of a value. */
#include <stdbool.h>
#include <stdint.h>

#include "sw_idmap.h"
#include "tap.h"

#define MODEL_MAX 16384

/* The model: keys[i] present[i], searched linearly (the map is what is under test). */
static int64_t model_keys[MODEL_MAX];
static bool model_present[MODEL_MAX];
static size_t model_n;

static void *val_of(int64_t key) { return (void *)(uintptr_t)((uint64_t)key * 2 + 1); }

static size_t model_slot(int64_t key)
{
    for (size_t i = 0; i < model_n; i++)
        if (model_keys[i] == key)
            return i;
    if (model_n == MODEL_MAX)
        abort();  /* a test asked for more keys than the model holds */
    model_keys[model_n] = key;
    model_present[model_n] = false;
    return model_n++;
}

/* Every key the model has seen: present ones found with their value, absent ones not. */
static bool agrees(const sw_idmap_t *m)
{
    size_t live = 0;

    for (size_t i = 0; i < model_n; i++) {
        void *v = sw_idmap_get(m, model_keys[i]);
        if (model_present[i] ? v != val_of(model_keys[i]) : v != NULL)
            return false;
        live += model_present[i];
    }
    return live == m->len;
}

static bool put(sw_idmap_t *m, int64_t key)
{
    model_present[model_slot(key)] = true;
    return sw_idmap_put(m, key, val_of(key)) == 0;
}

static bool del(sw_idmap_t *m, int64_t key)
{
    size_t i = model_slot(key);
    void *want = model_present[i] ? val_of(key) : NULL;

    model_present[i] = false;
    return sw_idmap_del(m, key) == want;
}

static void reset(sw_idmap_t *m)
{
    sw_idmap_free(m);
    model_n = 0;
}

/* xorshift64*: a fixed sequence, so a failure reproduces. */
static uint64_t rng_state = 0x2545F4914F6CDD1Dull;
static uint64_t rng(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Dull;
}

static void test_dense_run_sits_at_home(void)
{
    sw_idmap_t m = {0};
    bool ok = true;

    for (int64_t k = 1; k <= 5000; k++)
        ok &= put(&m, k);
    CHECK(ok);
    /* A counter's ids land one per slot, each where the lookup starts. */
    CHECK(m.max_disp == 0);
    CHECK(agrees(&m));
    for (int64_t k = 1; k <= 5000; k += 2)
        ok &= del(&m, k);
    CHECK(ok);
    CHECK(agrees(&m));
    CHECK(sw_idmap_get(&m, 0) == NULL && sw_idmap_get(&m, 5001) == NULL);
    reset(&m);
}

/* Timers and coroutines: new ids at the top, old ones leaving in random order. */
static void test_sliding_window(void)
{
    sw_idmap_t m = {0};
    int64_t window[512];
    bool ok = true, agree = true;
    int64_t next = 1;

    for (size_t i = 0; i < 512; i++)
        ok &= put(&m, window[i] = next++);
    for (int round = 0; round < 12000 && ok; round++) {
        size_t i = rng() % 512;
        ok &= del(&m, window[i]);
        ok &= put(&m, window[i] = next++);
        if (round % 1000 == 0)
            agree &= agrees(&m);
    }
    CHECK(ok);
    CHECK(agree);
    CHECK(m.len == 512);
    /* The live ids span far more than the table's capacity by now, yet stay close to home. */
    CHECK(m.max_disp < 64);
    reset(&m);
}

/* Keys equal modulo every power of two up to 2^12 share their low bits. */
static void test_strided_keys(void)
{
    sw_idmap_t m = {0};
    bool ok = true;

    for (int64_t k = 1; k <= 3000; k++)
        ok &= put(&m, k * 4096);
    CHECK(ok);
    CHECK(agrees(&m));
    for (int64_t k = 3000; k >= 1; k -= 3)
        ok &= del(&m, k * 4096);
    CHECK(ok);
    CHECK(agrees(&m));
    reset(&m);
}

static void test_random_keys_and_misses(void)
{
    sw_idmap_t m = {0};
    bool ok = true, agree = true;

    for (int i = 0; i < 12000 && ok; i++) {
        int64_t key = (int64_t)(rng() >> 1) | 1;
        if (model_n && rng() % 3 == 0)
            key = model_keys[rng() % model_n];  /* revisit: delete or re-add */
        ok &= rng() % 2 ? put(&m, key) : del(&m, key);
        if (i % 1500 == 0)
            agree &= agrees(&m);
    }
    CHECK(ok);
    CHECK(agree && agrees(&m));
    reset(&m);
}

/* A probe run that crosses the end of the slot array: deletions must shift members from
 * the front back into the hole at the end. */
static void test_wraparound_shift(void)
{
    sw_idmap_t m = {0};
    bool ok = true;

    ok &= put(&m, 1);  /* the first insert sizes the table */
    size_t cap = m.cap;
    /* Six keys whose home is the last slot: k_j = ((cap-1) ^ j) + j*cap, since the slot
     * is the low bits folded with the bits above them. */
    int64_t keys[6];
    for (int64_t j = 0; j < 6; j++)
        ok &= put(&m, keys[j] = (((int64_t)cap - 1) ^ j) + j * (int64_t)cap);
    CHECK(ok);
    CHECK(m.max_disp >= 3);
    CHECK(agrees(&m));
    ok &= del(&m, keys[0]);
    ok &= del(&m, keys[2]);
    CHECK(ok);
    CHECK(agrees(&m));
    reset(&m);
}

static void test_put_replaces(void)
{
    sw_idmap_t m = {0};
    int a, b;

    CHECK(sw_idmap_put(&m, 7, &a) == 0);
    CHECK(sw_idmap_put(&m, 7, &b) == 0);
    CHECK(m.len == 1);
    CHECK(sw_idmap_get(&m, 7) == &b);
    CHECK(sw_idmap_any(&m) == &b);
    CHECK(sw_idmap_del(&m, 7) == &b);
    CHECK(sw_idmap_del(&m, 7) == NULL);
    CHECK(sw_idmap_any(&m) == NULL);
    sw_idmap_free(&m);
    CHECK(sw_idmap_get(&m, 7) == NULL && sw_idmap_del(&m, 7) == NULL);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_dense_run_sits_at_home),
    TAP_CASE(test_sliding_window),
    TAP_CASE(test_strided_keys),
    TAP_CASE(test_random_keys_and_misses),
    TAP_CASE(test_wraparound_shift),
    TAP_CASE(test_put_replaces),
};

int main(void)
{
    return tap_run(cases, sizeof cases / sizeof cases[0]);
}
