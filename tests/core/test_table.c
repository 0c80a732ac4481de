/* test_table.c — the shared-memory table: sizes, columns, set/get/del/incr, string and key
 * cuts, chains of colliding keys, a full pool, iteration, processes hammering the same
 * rows, and lock holders that die or stop. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_table.h"
#include "tap.h"

typedef struct {
    int64_t id;
    double score;
    uint32_t len;
    char name[20];   /* capacity 16 + padding */
} img_t;

/* id INT, score FLOAT, name STRING(16): the image layout above. */
static sw_table_t *make(uint64_t size, double conflict)
{
    sw_table_t *t = sw_table_new(size, conflict);
    if (!t)
        return NULL;
    if (sw_table_add_column(t, "id", 2, SW_TABLE_INT, 0) < 0 ||
        sw_table_add_column(t, "score", 5, SW_TABLE_FLOAT, 0) < 0 ||
        sw_table_add_column(t, "name", 4, SW_TABLE_STRING, 16) < 0 || sw_table_create(t) < 0) {
        sw_table_free(t);
        return NULL;
    }
    return t;
}

static uint64_t H(const char *k) { return sw_table_hash(k, strlen(k)); }

static int put(sw_table_t *t, const char *key, uint64_t hash, int64_t id, double score,
               const char *name)
{
    img_t img = {id, score, (uint32_t)strlen(name), {0}};
    memcpy(img.name, name, img.len > sizeof img.name ? sizeof img.name : img.len);
    return sw_table_set(t, key, strlen(key), hash, &img, NULL);
}

static bool fetch(sw_table_t *t, const char *key, uint64_t hash, img_t *out)
{
    memset(out, 0, sizeof *out);
    return sw_table_get(t, key, strlen(key), hash, out);
}

static int child_status(pid_t pid)
{
    int st = -1;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

static void test_sizes(void)
{
    struct { uint64_t in; uint32_t size; } cases[] = {
        {0, 64}, {1, 64}, {64, 64}, {65, 128}, {1000, 1024}, {1 << 20, 1 << 20},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sw_table_t *t = sw_table_new(cases[i].in, 0.2);
        REQUIRE(t);
        CHECK(sw_table_size(t) == cases[i].size);
        sw_table_free(t);
    }
    /* The pool: size * proportion, the proportion clamped to 0.2 .. 1. */
    struct { double p; uint64_t slices; } pools[] = {{0.2, 204}, {0.0, 204}, {0.5, 512}, {3.0, 1024}};
    for (size_t i = 0; i < sizeof pools / sizeof pools[0]; i++) {
        sw_table_t *t = sw_table_new(1024, pools[i].p);
        REQUIRE(t);
        sw_table_stats_t st;
        sw_table_stats(t, &st);
        CHECK(st.total_slice_num == pools[i].slices);
        CHECK(st.available_slice_num == pools[i].slices);
        sw_table_free(t);
    }
}

static void test_columns(void)
{
    sw_table_t *t = sw_table_new(64, 0.2);
    REQUIRE(t);
    CHECK(sw_table_add_column(t, "a", 1, SW_TABLE_INT, 0) == 0);
    CHECK(sw_table_add_column(t, "a", 1, SW_TABLE_FLOAT, 0) < 0);
    CHECK(sw_table_add_column(t, "b", 1, (sw_table_type_t)9, 0) < 0);
    CHECK(sw_table_add_column(t, "s", 1, SW_TABLE_STRING, 0) < 0);
    CHECK(strstr(sw_error_msg(), "more than zero") != NULL);
    CHECK(sw_table_add_column(t, "s", 1, SW_TABLE_STRING, 5) == 0);
    CHECK(sw_table_column_count(t) == 2);
    CHECK(sw_table_column_find(t, "s", 1) == 1);
    CHECK(sw_table_column_find(t, "x", 1) == -1);
    CHECK(sw_table_column(t, 1)->capacity == 8);       /* rounded up to 8, as Swoole */
    CHECK(sw_table_column(t, 1)->offset == 8);
    CHECK(sw_table_row_size(t) == 8 + 16);
    CHECK(!sw_table_created(t));
    CHECK(sw_table_count(t) == 0);
    CHECK(sw_table_create(t) == 0);
    CHECK(sw_table_created(t));
    CHECK(sw_table_create(t) < 0);
    CHECK(sw_table_add_column(t, "late", 4, SW_TABLE_INT, 0) < 0);
    CHECK(strstr(sw_error_msg(), "after table has been created") != NULL);
    CHECK(sw_table_memory_size(t) >= (64 + 12) * sw_table_row_size(t));
    sw_table_free(t);
}

static void test_set_get_del(void)
{
    sw_table_t *t = make(64, 0.2);
    img_t r;
    REQUIRE(t);
    CHECK(!fetch(t, "a", H("a"), &r));
    CHECK(!sw_table_exists(t, "a", 1, H("a")));
    CHECK(put(t, "a", H("a"), 1, 1.5, "alpha") == 0);
    CHECK(put(t, "b", H("b"), 2, 2.5, "beta") == 0);
    CHECK(sw_table_count(t) == 2);
    REQUIRE(fetch(t, "a", H("a"), &r));
    CHECK(r.id == 1 && r.score == 1.5 && r.len == 5 && memcmp(r.name, "alpha", 5) == 0);
    CHECK(sw_table_exists(t, "b", 1, H("b")));

    /* An update of one column keeps the others. */
    img_t img = {0, 9.25, 0, {0}};
    uint8_t only_score[3] = {0, 1, 0};
    CHECK(sw_table_set(t, "a", 1, H("a"), &img, only_score) == 0);
    REQUIRE(fetch(t, "a", H("a"), &r));
    CHECK(r.id == 1 && r.score == 9.25 && r.len == 5);
    /* A new row set partly has zeros in the rest. */
    img.id = 77;
    uint8_t only_id[3] = {1, 0, 0};
    CHECK(sw_table_set(t, "c", 1, H("c"), &img, only_id) == 0);
    REQUIRE(fetch(t, "c", H("c"), &r));
    CHECK(r.id == 77 && r.score == 0 && r.len == 0);

    /* One column. */
    int64_t id = 0;
    CHECK(sw_table_get_column(t, "b", 1, H("b"), 0, &id) && id == 2);
    char s[4 + 16];
    uint32_t len;
    CHECK(sw_table_get_column(t, "b", 1, H("b"), 2, s));
    memcpy(&len, s, 4);
    CHECK(len == 4 && memcmp(s + 4, "beta", 4) == 0);
    CHECK(!sw_table_get_column(t, "zz", 2, H("zz"), 0, &id));

    CHECK(sw_table_del(t, "a", 1, H("a")));
    CHECK(!sw_table_del(t, "a", 1, H("a")));
    CHECK(!sw_table_exists(t, "a", 1, H("a")));
    CHECK(sw_table_count(t) == 2);
    sw_table_stats_t st;
    sw_table_stats(t, &st);
    CHECK(st.num == 2 && st.insert_count == 3 && st.update_count == 1 && st.delete_count == 1);
    /* The empty key is a key. */
    CHECK(put(t, "", H(""), 5, 0, "") == 0);
    CHECK(fetch(t, "", H(""), &r) && r.id == 5);
    sw_table_free(t);
}

static void test_string_cut(void)
{
    sw_table_t *t = make(64, 0.2);
    img_t r;
    REQUIRE(t);
    img_t img = {1, 0, 40, "0123456789abcdefXYZ"};   /* claims 40 bytes: cut to 16 */
    CHECK(sw_table_set(t, "k", 1, H("k"), &img, NULL) == 0);
    REQUIRE(fetch(t, "k", H("k"), &r));
    CHECK(r.len == 16 && memcmp(r.name, "0123456789abcdef", 16) == 0);
    sw_table_free(t);
}

static void test_long_keys(void)
{
    sw_table_t *t = make(64, 0.2);
    char k1[100], k2[100];
    img_t r;
    REQUIRE(t);
    memset(k1, 'x', sizeof k1);
    memcpy(k2, k1, sizeof k2);
    k2[80] = 'y';   /* differs after the 63rd byte only: the same key */
    CHECK(sw_table_set(t, k1, 100, sw_table_hash(k1, 100), &(img_t){1, 0, 0, {0}}, NULL) == 0);
    CHECK(sw_table_hash(k1, 100) == sw_table_hash(k1, 63));
    CHECK(sw_table_get(t, k2, 100, sw_table_hash(k2, 100), &r) && r.id == 1);
    CHECK(sw_table_get(t, k1, 63, sw_table_hash(k1, 63), &r) && r.id == 1);
    CHECK(!sw_table_exists(t, k1, 62, sw_table_hash(k1, 62)));
    sw_table_iter_t it = {0, 0, 0, {0}};
    char key[SW_TABLE_KEY_MAX];
    size_t klen = 0;
    CHECK(sw_table_iter_next(t, &it, key, &klen, &r) && klen == 63);
    CHECK(sw_table_count(t) == 1);
    CHECK(sw_table_del(t, k2, 100, sw_table_hash(k2, 100)));
    CHECK(sw_table_count(t) == 0);
    sw_table_free(t);
}

/* Every key hashes to bucket 5: one chain of 1 + 12 pool rows. */
static void test_conflicts_full_reuse(void)
{
    sw_table_t *t = make(64, 0.2);
    char key[16];
    img_t r;
    REQUIRE(t);
    for (int i = 0; i < 13; i++) {
        snprintf(key, sizeof key, "c%d", i);
        CHECK(put(t, key, 5 + ((uint64_t)i << 32), i, i * 0.5, key) == 0);
    }
    sw_table_stats_t st;
    sw_table_stats(t, &st);
    CHECK(st.conflict_count == 12 && st.conflict_max_level == 12);
    CHECK(st.available_slice_num == 0 && st.total_slice_num == 12);
    /* Full: the 14th key fails, nothing else changes. */
    CHECK(put(t, "c13", 5, 13, 0, "x") == -ENOSPC);
    CHECK(sw_error_code() == ENOSPC);
    CHECK(!sw_table_exists(t, "c13", 3, 5));
    CHECK(sw_table_count(t) == 13);
    /* A key in another bucket still fits there. */
    CHECK(put(t, "other", 6, 99, 0, "o") == 0);
    /* An update of a present key needs no new row. */
    CHECK(put(t, "c3", 5 + (3ULL << 32), 333, 0, "c3") == 0);
    for (int i = 0; i < 13; i++) {
        snprintf(key, sizeof key, "c%d", i);
        REQUIRE(fetch(t, key, 5 + ((uint64_t)i << 32), &r));
        CHECK(r.id == (i == 3 ? 333 : i) && r.len == strlen(key));
    }
    /* Delete the head, one in the middle and the tail: the rest stay reachable. */
    CHECK(sw_table_del(t, "c0", 2, 5));
    CHECK(sw_table_del(t, "c6", 2, 5 + (6ULL << 32)));
    CHECK(sw_table_del(t, "c12", 3, 5 + (12ULL << 32)));
    for (int i = 0; i < 13; i++) {
        snprintf(key, sizeof key, "c%d", i);
        bool gone = i == 0 || i == 6 || i == 12;
        CHECK(sw_table_exists(t, key, strlen(key), 5 + ((uint64_t)i << 32)) == !gone);
    }
    sw_table_stats(t, &st);
    CHECK(st.available_slice_num == 3 && st.num == 11);
    /* The freed rows are used again, then the pool is full again. */
    for (int i = 20; i < 23; i++) {
        snprintf(key, sizeof key, "c%d", i);
        CHECK(put(t, key, 5 + ((uint64_t)i << 32), i, 0, key) == 0);
    }
    CHECK(put(t, "c23", 5, 23, 0, "x") == -ENOSPC);
    CHECK(sw_table_count(t) == 14);
    for (int i = 20; i < 23; i++) {
        snprintf(key, sizeof key, "c%d", i);
        CHECK(fetch(t, key, 5 + ((uint64_t)i << 32), &r) && r.id == i);
    }
    /* Deleting everything empties the chain and the pool comes back whole. */
    for (int i = 0; i < 23; i++) {
        snprintf(key, sizeof key, "c%d", i);
        sw_table_del(t, key, strlen(key), 5 + ((uint64_t)i << 32));
    }
    sw_table_stats(t, &st);
    CHECK(st.num == 1 && st.available_slice_num == 12);
    sw_table_free(t);
}

static void test_incr(void)
{
    sw_table_t *t = make(64, 0.2);
    int64_t iv = 0;
    double fv = 0;
    img_t r;
    REQUIRE(t);
    CHECK(sw_table_incr(t, "n", 1, H("n"), 0, 5, 0, &iv, &fv) == 0 && iv == 5);
    CHECK(sw_table_incr(t, "n", 1, H("n"), 0, -7, 0, &iv, &fv) == 0 && iv == -2);
    CHECK(sw_table_incr(t, "n", 1, H("n"), 1, 0, 0.25, &iv, &fv) == 0 && fv == 0.25);
    CHECK(sw_table_incr(t, "n", 1, H("n"), 2, 1, 1, &iv, &fv) == -EINVAL);
    REQUIRE(fetch(t, "n", H("n"), &r));
    CHECK(r.id == -2 && r.score == 0.25 && r.len == 0);
    CHECK(sw_table_incr(t, "m", 1, H("m"), 0, INT64_MAX, 0, &iv, &fv) == 0);
    CHECK(sw_table_incr(t, "m", 1, H("m"), 0, 1, 0, &iv, &fv) == 0 && iv == INT64_MIN);
    CHECK(sw_table_count(t) == 2);
    sw_table_free(t);
}

static void test_iteration(void)
{
    sw_table_t *t = make(64, 1.0);
    char key[16], got[SW_TABLE_KEY_MAX];
    int seen[100] = {0};
    img_t r;
    size_t klen;
    REQUIRE(t);
    sw_table_iter_t it;
    sw_table_iter_reset(&it);
    CHECK(!sw_table_iter_next(t, &it, got, &klen, &r));
    /* 100 keys in 64 buckets: chains of several rows. */
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "k%d", i);
        CHECK(put(t, key, (uint64_t)i % 40, i, i, key) == 0);
    }
    int n = 0;
    sw_table_iter_reset(&it);
    while (sw_table_iter_next(t, &it, got, &klen, &r)) {
        n++;
        REQUIRE(r.id >= 0 && r.id < 100);
        seen[r.id]++;
        snprintf(key, sizeof key, "k%d", (int)r.id);
        CHECK(klen == strlen(key) && memcmp(got, key, klen) == 0);
        CHECK(r.len == klen && memcmp(r.name, key, klen) == 0);
    }
    CHECK(n == 100);
    for (int i = 0; i < 100; i++)
        CHECK(seen[i] == 1);
    sw_table_free(t);
}

/* A clean-up loop deletes each row it is given: every row is given once, none is left. */
static void test_iterate_delete(void)
{
    sw_table_t *t = make(64, 1.0);
    char key[16], got[SW_TABLE_KEY_MAX];
    int seen[100] = {0};
    img_t r;
    size_t klen;
    REQUIRE(t);
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "k%d", i);
        CHECK(put(t, key, (uint64_t)i % 40, i, i, key) == 0);   /* chains of 2 and 3 */
    }
    sw_table_iter_t it = {0, 0, 0, {0}};
    while (sw_table_iter_next(t, &it, got, &klen, &r)) {
        REQUIRE(r.id >= 0 && r.id < 100);
        seen[r.id]++;
        CHECK(sw_table_del(t, got, klen, (uint64_t)r.id % 40));
    }
    for (int i = 0; i < 100; i++)
        CHECK(seen[i] == 1);
    CHECK(sw_table_count(t) == 0);
    sw_table_free(t);
}

/* Four processes add to the same eight rows (two buckets: chains) 20,000 times each. */
static void test_fork_incr(void)
{
    enum { PROCS = 4, ROUNDS = 20000, KEYS = 8 };
    sw_table_t *t = make(64, 0.2);
    char key[16];
    REQUIRE(t);
    pid_t pids[PROCS];
    for (int p = 0; p < PROCS; p++) {
        pids[p] = fork();
        if (pids[p] == 0) {
            int64_t iv;
            double fv;
            for (int i = 0; i < ROUNDS; i++) {
                int k = i % KEYS;
                snprintf(key, sizeof key, "h%d", k);
                if (sw_table_incr(t, key, strlen(key), (uint64_t)(k % 2) | ((uint64_t)k << 40), 0,
                                  1, 0, &iv, &fv) < 0 ||
                    sw_table_incr(t, key, strlen(key), (uint64_t)(k % 2) | ((uint64_t)k << 40), 1,
                                  0, 0.5, &iv, &fv) < 0)
                    _exit(1);
            }
            _exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++)
        CHECK(child_status(pids[p]) == 0);
    for (int k = 0; k < KEYS; k++) {
        img_t r;
        snprintf(key, sizeof key, "h%d", k);
        REQUIRE(fetch(t, key, (uint64_t)(k % 2) | ((uint64_t)k << 40), &r));
        CHECK(r.id == PROCS * ROUNDS / KEYS);
        CHECK(r.score == PROCS * ROUNDS / KEYS * 0.5);
    }
    CHECK(sw_table_count(t) == KEYS);
    sw_table_free(t);
}

/* Writers set and delete colliding keys while another process iterates over and over:
 * nobody crashes, every row seen is whole, and the counts add up at the end. */
static void test_fork_churn_iterate(void)
{
    enum { WRITERS = 2, ROUNDS = 20000 };
    sw_table_t *t = make(64, 0.5);
    REQUIRE(t);
    pid_t pids[WRITERS + 1];
    for (int p = 0; p < WRITERS; p++) {
        pids[p] = fork();
        if (pids[p] == 0) {
            char key[16];
            for (int i = 0; i < ROUNDS; i++) {
                int k = i % 40;
                snprintf(key, sizeof key, "w%d-%d", p, k);
                uint64_t h = sw_table_hash(key, strlen(key)) & 7;   /* 8 buckets only */
                if (i % 3 == 2)
                    sw_table_del(t, key, strlen(key), h);
                else if (put(t, key, h, k, k, key) < 0 && sw_error_code() != ENOSPC)
                    _exit(1);
            }
            _exit(0);
        }
    }
    pids[WRITERS] = fork();
    if (pids[WRITERS] == 0) {
        for (int pass = 0; pass < 200; pass++) {
            sw_table_iter_t it = {0, 0, 0, {0}};
            char got[SW_TABLE_KEY_MAX];
            size_t klen;
            img_t r;
            while (sw_table_iter_next(t, &it, got, &klen, &r))
                if (r.len != klen || memcmp(r.name, got, klen) != 0)
                    _exit(2);   /* a torn row */
        }
        _exit(0);
    }
    for (int p = 0; p <= WRITERS; p++)
        CHECK(child_status(pids[p]) == 0);
    sw_table_iter_t it = {0, 0, 0, {0}};
    char got[SW_TABLE_KEY_MAX];
    size_t klen;
    img_t r;
    uint64_t n = 0;
    while (sw_table_iter_next(t, &it, got, &klen, &r))
        n++;
    sw_table_stats_t st;
    sw_table_stats(t, &st);
    CHECK(n == st.num);
    CHECK(st.num == st.insert_count - st.delete_count);
    sw_table_free(t);
}

static int quiet_warnings;
static void count_log(int level, const char *msg, size_t len, void *ud)
{
    (void)msg, (void)len, (void)ud;
    if (level == SW_LOG_WARNING)
        quiet_warnings++;
}

/* A child dies holding a bucket: the parent takes the lock over (with a warning). */
static void test_dead_holder(void)
{
    sw_table_t *t = make(64, 0.2);
    img_t r;
    REQUIRE(t);
    CHECK(put(t, "d", 9, 1, 0, "d") == 0);
    pid_t pid = fork();
    if (pid == 0) {
        sw_table_hold_bucket(t, 9);
        _exit(0);
    }
    CHECK(child_status(pid) == 0);
    sw_log_set_handler(count_log, NULL);
    quiet_warnings = 0;
    CHECK(fetch(t, "d", 9, &r) && r.id == 1);
    CHECK(quiet_warnings == 1);
    CHECK(fetch(t, "d", 9, &r) && r.id == 1);   /* released normally afterwards */
    CHECK(quiet_warnings == 1);
    sw_log_set_handler(NULL, NULL);
    sw_table_free(t);
}

/* A live holder that never lets go (stopped) loses the lock after the force-unlock time. */
static void test_stuck_holder(void)
{
    sw_table_t *t = make(64, 0.2);
    img_t r;
    int ready[2];
    char c;
    REQUIRE(t);
    REQUIRE(pipe(ready) == 0);
    CHECK(put(t, "s", 3, 7, 0, "s") == 0);
    pid_t pid = fork();
    if (pid == 0) {
        sw_table_hold_bucket(t, 3);
        if (write(ready[1], "x", 1) != 1)
            _exit(1);
        pause();
        _exit(0);
    }
    CHECK(read(ready[0], &c, 1) == 1);
    sw_log_set_handler(count_log, NULL);
    quiet_warnings = 0;
    CHECK(fetch(t, "s", 3, &r) && r.id == 7);
    CHECK(quiet_warnings == 1);
    sw_log_set_handler(NULL, NULL);
    kill(pid, SIGKILL);
    child_status(pid);
    close(ready[0]);
    close(ready[1]);
    sw_table_free(t);
}

static const tap_case_t cases[] = {
    TAP_CASE(test_sizes),
    TAP_CASE(test_columns),
    TAP_CASE(test_set_get_del),
    TAP_CASE(test_string_cut),
    TAP_CASE(test_long_keys),
    TAP_CASE(test_conflicts_full_reuse),
    TAP_CASE(test_incr),
    TAP_CASE(test_iteration),
    TAP_CASE(test_iterate_delete),
    TAP_CASE(test_fork_incr),
    TAP_CASE(test_fork_churn_iterate),
    TAP_CASE(test_dead_holder),
    TAP_CASE(test_stuck_holder),
};

int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
