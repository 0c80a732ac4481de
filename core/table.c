/* table.c — the shared-memory hash table of typed rows (see sw_table.h).
 *
 * The region is a header, `size` bucket rows, then the pool rows, all of one stride.
 * Rows are found by index, never by pointer, so nothing in the region depends on where
 * a process mapped it. A bucket's row is the first of its chain; pool rows are linked
 * from it by `next` (pool index + 1, 0 ends the chain). An inactive bucket row has no
 * chain: deleting a bucket row that has one moves the first chained row into it.
 *
 * Locks. Each bucket row's `lock` word holds the pid of the process that holds the
 * bucket, or 0 (and a count of takes, see lock_word(); the pool has one such word too).
 * A pid rather than a flag lets a waiter see that the holder is gone (kill(pid, 0)
 * fails with ESRCH: it died inside an operation, SIGKILL or a crash) and take the lock
 * over; if the pid was reused by a live process, a waiter takes it over after
 * SW_TABLE_FORCE_UNLOCK_MS, as Swoole does. A holder only copies a few bytes, never
 * waits and never runs caller code while it holds a lock, so a hold that long means the
 * holder is stopped or gone; forcing it is the price of never deadlocking. (Robust
 * pthread mutexes, core/lock.c, would hand a dead holder's lock on by themselves, but
 * cost 40 bytes and a slower path per bucket, and a stopped holder would still block
 * everyone.) Updates are ordered so that a holder dying at any point leaves chains
 * walkable: a pool row is filled before it is linked and unlinked before it is freed
 * (at worst a pool row is lost, the row being written is torn, or a key moved into its
 * bucket's row is there twice until one copy is deleted).
 *
 * The pid is cached per process (getpid() is a system call in glibc) and forgotten in
 * the child at fork. One thread per process uses a table. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "sw_error.h"
#include "sw_log.h"
#include "sw_shm.h"
#include "sw_table.h"

#define ALIGN8(n) (((n) + 7) & ~(size_t)7)

typedef struct {
    uint32_t lock;         /* holder's pid | takes << 22 (bucket rows only), see lock_word() */
    uint32_t next;         /* pool index + 1 of the next row of the chain, 0: none */
    uint32_t check;        /* bits of the hash, compared before the key */
    uint8_t active;
    uint8_t key_len;
    char key[SW_TABLE_KEY_MAX];
} row_t;

#define ROW_HEADER ALIGN8(sizeof(row_t))

typedef struct {
    uint32_t pool_lock;    /* as a row's lock */
    uint32_t free_head;    /* pool index + 1 of the first freed row, 0: none */
    uint32_t carved;       /* pool rows handed out at least once, from the front */
    uint32_t pool_free;    /* rows that can still be handed out */
    uint64_t num, conflict_count, conflict_max_level;
    uint64_t insert_count, update_count, delete_count;
} header_t;

#define HEADER_SIZE 128
_Static_assert(sizeof(header_t) <= HEADER_SIZE, "the header fits");

struct sw_table {
    uint32_t size, mask, pool_size;
    unsigned bits;         /* size == 1 << bits */
    size_t data_size;      /* bytes of row data */
    size_t stride;         /* bytes of a row, header included */
    size_t mem_size;
    char *mem;             /* NULL until created */
    header_t *hdr;
    char *rows;
    sw_table_column_t *cols;
    uint32_t ncols, cols_cap;
    bool has_string;
};

/* ---- the pid of this process ------------------------------------------------------- */

static uint32_t my_pid;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void forget_pid(void) { my_pid = 0; }
static void register_atfork(void) { pthread_atfork(NULL, NULL, forget_pid); }

static inline uint32_t self_pid(void)
{
    if (__builtin_expect(my_pid == 0, 0))
        my_pid = (uint32_t)getpid() & ((1u << 22) - 1);
    return my_pid;
}

/* ---- locks --------------------------------------------------------------------------- */

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* A lock word: the holder's pid in the low PID_BITS (0: free) and a count of the times
 * it was taken in the rest, so that a waiter watching a hold for the force-unlock time
 * can tell one long hold from many short ones by the same process (a pid alone would
 * let a busy neighbour look stuck). Linux pids fit (PID_MAX_LIMIT is 2^22). */
#define PID_BITS 22
#define PID_MASK ((1u << PID_BITS) - 1)
#define TAKEN_ONE (1u << PID_BITS)

/* Takes the word seen as `seen` (free, or held by a holder taken over); the value it
 * holds afterwards goes to *token, for the release. */
static inline bool try_take(uint32_t *w, uint32_t seen, uint32_t me, uint32_t *token)
{
    uint32_t next = ((seen + TAKEN_ONE) & ~PID_MASK) | me;

    if (!__atomic_compare_exchange_n(w, &seen, next, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return false;
    *token = next;
    return true;
}

static uint32_t __attribute__((noinline)) lock_slow(uint32_t *w, uint32_t me)
{
    uint32_t watched = 0;     /* the hold the clock runs for */
    uint32_t token;
    long since = 0;

    for (unsigned round = 0;; round++) {
        for (unsigned n = 0; n < 64; n++) {
            cpu_relax();
            uint32_t v = __atomic_load_n(w, __ATOMIC_RELAXED);
            if (!(v & PID_MASK) && try_take(w, v, me, &token))
                return token;
        }
        uint32_t v = __atomic_load_n(w, __ATOMIC_RELAXED), holder = v & PID_MASK;
        if (!holder)
            continue;
        /* Our own pid: a process that held it before us under this pid is gone (this
         * process never waits for a lock while it holds it). */
        if (holder == me || (round % 16 == 15 && kill((pid_t)holder, 0) < 0 && errno == ESRCH)) {
            if (try_take(w, v, me, &token)) {
                sw_log(SW_LOG_WARNING, "table: the process %u died holding a row lock; "
                       "the lock is taken over", holder);
                return token;
            }
            continue;
        }
        if (v != watched) {
            watched = v;
            since = now_ms();
        } else if (now_ms() - since > SW_TABLE_FORCE_UNLOCK_MS && try_take(w, v, me, &token)) {
            sw_log(SW_LOG_WARNING, "table: the process %u held a row lock for over %d ms; "
                   "the lock is taken over", holder, SW_TABLE_FORCE_UNLOCK_MS);
            return token;
        }
        sched_yield();
    }
}

/* Returns the token unlock_word() needs. */
static inline uint32_t lock_word(uint32_t *w)
{
    uint32_t me = self_pid(), token, v = __atomic_load_n(w, __ATOMIC_RELAXED);

    if (__builtin_expect(!(v & PID_MASK) && try_take(w, v, me, &token), 1))
        return token;
    return lock_slow(w, me);
}

/* Frees the word, keeping its count. */
static inline void unlock_word(uint32_t *w, uint32_t token)
{
    __atomic_store_n(w, token & ~PID_MASK, __ATOMIC_RELEASE);
}

/* ---- layout ------------------------------------------------------------------------- */

static inline row_t *row_at(const sw_table_t *t, size_t index)
{
    return (row_t *)(t->rows + index * t->stride);
}

static inline row_t *pool_row(const sw_table_t *t, uint32_t link)
{
    return row_at(t, (size_t)t->size + link - 1);
}

static inline char *row_data(row_t *r) { return (char *)r + ROW_HEADER; }

/* The bucket of a hash: its low bits, with the two next groups of as many bits folded
 * in. Callers' hashes of similar keys (PHP's DJBX33A of "user:1" .. "user:5000", IP
 * addresses) often differ in a narrow range of low bits and would crowd into some
 * buckets, filling the pool early (as they do in Swoole, which takes the low bits only);
 * the higher bits spread them about as well as random keys. Keys that differ only in
 * their last bytes still land in nearby buckets, which keeps runs of such keys cache
 * friendly (a full multiplicative mix costs the table benchmark 2.4x on this). */
static inline size_t bucket_of(const sw_table_t *t, uint64_t hash)
{
    return (size_t)((hash ^ (hash >> t->bits) ^ (hash >> (2 * t->bits))) & t->mask);
}

static inline uint32_t check_of(uint64_t hash) { return (uint32_t)(hash ^ (hash >> 32)); }

static inline size_t cut_key(size_t len) { return len > SW_TABLE_KEY_MAX ? SW_TABLE_KEY_MAX : len; }

static inline void count(uint64_t *c, int64_t d) { __atomic_fetch_add(c, (uint64_t)d, __ATOMIC_RELAXED); }

sw_table_t *sw_table_new(uint64_t size, double conflict_proportion)
{
    uint64_t n = SW_TABLE_MIN_SIZE;
    sw_table_t *t;

    pthread_once(&atfork_once, register_atfork);
    while (n < size && n < SW_TABLE_MAX_SIZE)
        n <<= 1;
    if (!(conflict_proportion >= SW_TABLE_MIN_CONFLICT))   /* NaN too */
        conflict_proportion = SW_TABLE_MIN_CONFLICT;
    if (conflict_proportion > SW_TABLE_MAX_CONFLICT)
        conflict_proportion = SW_TABLE_MAX_CONFLICT;
    if (!(t = calloc(1, sizeof *t))) {
        sw_error_set(ENOMEM, "out of memory for a table");
        return NULL;
    }
    t->size = (uint32_t)n;
    t->mask = (uint32_t)(n - 1);
    t->bits = (unsigned)__builtin_ctzll(n);
    t->pool_size = (uint32_t)((double)n * conflict_proportion);
    t->stride = ROW_HEADER;
    return t;
}

void sw_table_free(sw_table_t *t)
{
    if (!t)
        return;
    if (t->mem)
        sw_shm_free(t->mem, t->mem_size);
    for (uint32_t i = 0; i < t->ncols; i++)
        free(t->cols[i].name);
    free(t->cols);
    free(t);
}

int sw_table_add_column(sw_table_t *t, const char *name, size_t name_len, sw_table_type_t type,
                        size_t capacity)
{
    size_t bytes;

    if (t->mem)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "unable to add column after table has been created");
    switch (type) {
    case SW_TABLE_INT:
    case SW_TABLE_FLOAT:
        capacity = 8;
        bytes = 8;
        break;
    case SW_TABLE_STRING:
        if (capacity < 1)
            return sw_error_set(SW_ERROR_INVALID_PARAMS,
                                "the length of string type values has to be more than zero");
        if (capacity > UINT32_MAX - 16)
            return sw_error_set(SW_ERROR_INVALID_PARAMS, "the length of string type values is too large");
        capacity = ALIGN8(capacity);
        bytes = capacity + 8;   /* the uint32_t length, the bytes, aligned */
        break;
    default:
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "unknown column type");
    }
    if (sw_table_column_find(t, name, name_len) >= 0)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "column[%.*s] already exists", (int)name_len, name);
    if (t->data_size + bytes > UINT32_MAX)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "the row is too large");
    if (t->ncols == t->cols_cap) {
        uint32_t cap = t->cols_cap ? t->cols_cap * 2 : 8;
        sw_table_column_t *c = realloc(t->cols, cap * sizeof *c);
        if (!c)
            return sw_error_set(ENOMEM, "out of memory for a column");
        t->cols = c;
        t->cols_cap = cap;
    }
    char *copy = malloc(name_len + 1);
    if (!copy)
        return sw_error_set(ENOMEM, "out of memory for a column");
    memcpy(copy, name, name_len);
    copy[name_len] = '\0';
    t->cols[t->ncols++] = (sw_table_column_t){copy, name_len, type, (uint32_t)t->data_size,
                                               (uint32_t)capacity};
    t->data_size += bytes;
    t->stride = ROW_HEADER + t->data_size;
    if (type == SW_TABLE_STRING)
        t->has_string = true;
    return 0;
}

size_t sw_table_memory_size(const sw_table_t *t)
{
    size_t rows = (size_t)t->size + t->pool_size, bytes;

    if (__builtin_mul_overflow(rows, t->stride, &bytes) || bytes > SIZE_MAX - HEADER_SIZE)
        return SIZE_MAX;
    return HEADER_SIZE + bytes;
}

int sw_table_create(sw_table_t *t)
{
    size_t bytes = sw_table_memory_size(t);

    if (t->mem)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "the table is already created");
    if (bytes == SIZE_MAX)
        return sw_error_set(ENOMEM, "a table of %u rows of %zu bytes is too large", t->size, t->stride);
    if (!(t->mem = sw_shm_alloc(bytes)))
        return -sw_error_code();
#ifdef MADV_POPULATE_WRITE
    /* A table is memory taken up front (Swoole's rule): its pages are faulted in now, not
     * one at a time by the first rows written into them, and a table the machine cannot
     * hold fails here instead of killing a process when a later row touches a page that
     * cannot be had. Kernels before 5.14 say EINVAL: the pages come on first use. */
    if (madvise(t->mem, bytes, MADV_POPULATE_WRITE) < 0 && errno != EINVAL) {
        int e = errno;
        sw_shm_free(t->mem, bytes);
        t->mem = NULL;
        return sw_error_set(e, "cannot populate %zu bytes of shared memory: %s", bytes, sw_strerror(e));
    }
#endif
    t->mem_size = bytes;
    t->hdr = (header_t *)t->mem;
    t->rows = t->mem + HEADER_SIZE;
    t->hdr->pool_free = t->pool_size;   /* the rest of a fresh mapping is zero */
    return 0;
}

bool sw_table_created(const sw_table_t *t) { return t->mem != NULL; }
uint32_t sw_table_size(const sw_table_t *t) { return t->size; }
size_t sw_table_row_size(const sw_table_t *t) { return t->data_size; }
uint32_t sw_table_column_count(const sw_table_t *t) { return t->ncols; }

const sw_table_column_t *sw_table_column(const sw_table_t *t, uint32_t i)
{
    return i < t->ncols ? &t->cols[i] : NULL;
}

const sw_table_column_t *sw_table_columns(const sw_table_t *t) { return t->cols; }

int sw_table_column_find(const sw_table_t *t, const char *name, size_t name_len)
{
    for (uint32_t i = 0; i < t->ncols; i++)
        if (t->cols[i].name_len == name_len && memcmp(t->cols[i].name, name, name_len) == 0)
            return (int)i;
    return -1;
}

/* FNV-1a with a final mix: the low bits choose the bucket. */
uint64_t sw_table_hash(const char *key, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL;

    len = cut_key(len);
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)key[i]) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* ---- rows (the caller holds the bucket) ---------------------------------------------- */

/* One column from an image into a row, or its zero value (src NULL). */
static inline void put_column(const sw_table_column_t *c, char *dst, const char *src)
{
    if (c->type != SW_TABLE_STRING) {
        if (src)
            memcpy(dst, src, 8);
        else
            memset(dst, 0, 8);
        return;
    }
    uint32_t len = 0;
    if (src) {
        memcpy(&len, src, 4);
        if (len > c->capacity)
            len = c->capacity;
        memcpy(dst + 4, src + 4, len);
    }
    memcpy(dst, &len, 4);
}

/* A column from a row into an image: the bytes a string holds, not its capacity. */
static inline void take_column(const sw_table_column_t *c, char *dst, const char *src)
{
    if (c->type != SW_TABLE_STRING) {
        memcpy(dst, src, 8);
        return;
    }
    uint32_t len;
    memcpy(&len, src, 4);
    if (len > c->capacity)   /* a torn row: never read past the column */
        len = c->capacity;
    memcpy(dst, &len, 4);
    memcpy(dst + 4, src + 4, len);
}

static void copy_out(const sw_table_t *t, row_t *r, char *data)
{
    const char *src = row_data(r);

    if (!t->has_string) {
        memcpy(data, src, t->data_size);
        return;
    }
    for (uint32_t i = 0; i < t->ncols; i++)
        take_column(&t->cols[i], data + t->cols[i].offset, src + t->cols[i].offset);
}

/* Writes the chosen columns; a new row gets zeros in the others. */
static void write_row(const sw_table_t *t, row_t *r, const char *data, const uint8_t *present,
                      bool fresh)
{
    char *dst = row_data(r);

    for (uint32_t i = 0; i < t->ncols; i++) {
        const sw_table_column_t *c = &t->cols[i];
        if (!present || present[i])
            put_column(c, dst + c->offset, data + c->offset);
        else if (fresh)
            put_column(c, dst + c->offset, NULL);
    }
}

static inline bool same_key(const row_t *r, uint32_t check, const char *key, size_t len)
{
    return r->check == check && r->key_len == len && memcmp(r->key, key, len) == 0;
}

typedef struct {
    row_t *head;       /* the bucket's row, locked */
    uint32_t token;    /* of its lock */
    row_t *found;      /* the key's row or NULL */
    row_t *prev;       /* the row before found in the chain (NULL: found is the head) */
    row_t *tail;       /* the last row of the chain when not found */
    uint32_t depth;    /* rows in the chain when not found */
} probe_t;

static inline void probe(const sw_table_t *t, uint64_t hash, const char *key, size_t len,
                         probe_t *p)
{
    row_t *r = row_at(t, bucket_of(t, hash)), *prev = NULL;
    uint32_t check = check_of(hash), depth = 0;

    p->head = r;
    p->token = lock_word(&r->lock);
    p->found = p->prev = p->tail = NULL;
    if (!r->active) {
        p->depth = 0;
        return;
    }
    for (;;) {
        depth++;
        if (same_key(r, check, key, len)) {
            p->found = r;
            p->prev = prev;
            return;
        }
        if (!r->next)
            break;
        prev = r;
        r = pool_row(t, r->next);
    }
    p->tail = r;
    p->depth = depth;
}

static uint32_t pool_take(sw_table_t *t)
{
    header_t *h = t->hdr;
    uint32_t link = 0;

    uint32_t token = lock_word(&h->pool_lock);
    if (h->free_head) {
        link = h->free_head;
        h->free_head = pool_row(t, link)->next;
    } else if (h->carved < t->pool_size) {
        link = ++h->carved;
    }
    if (link)
        __atomic_store_n(&h->pool_free, h->pool_free - 1, __ATOMIC_RELAXED);
    unlock_word(&h->pool_lock, token);
    return link;
}

static void pool_give(sw_table_t *t, uint32_t link)
{
    header_t *h = t->hdr;

    uint32_t token = lock_word(&h->pool_lock);
    pool_row(t, link)->next = h->free_head;
    h->free_head = link;
    __atomic_store_n(&h->pool_free, h->pool_free + 1, __ATOMIC_RELAXED);
    unlock_word(&h->pool_lock, token);
}

static inline uint32_t link_of(const sw_table_t *t, const row_t *r)
{
    return (uint32_t)(((const char *)r - t->rows) / t->stride - t->size + 1);
}

static void init_key(row_t *r, uint64_t hash, const char *key, size_t len)
{
    r->check = check_of(hash);
    r->key_len = (uint8_t)len;
    memcpy(r->key, key, len);
    r->next = 0;
}

/* The key's row, made (with zeroed columns unless the caller writes them all) when
 * missing; NULL when the pool is empty. *fresh says whether it is new. */
static row_t *find_or_make(sw_table_t *t, probe_t *p, uint64_t hash, const char *key, size_t len,
                           bool *fresh)
{
    row_t *r;

    *fresh = false;
    if (p->found) {
        count(&t->hdr->update_count, 1);
        return p->found;
    }
    if (!p->head->active) {
        r = p->head;
        init_key(r, hash, key, len);
    } else {
        uint32_t link = pool_take(t);
        if (!link)
            return NULL;
        r = pool_row(t, link);
        init_key(r, hash, key, len);
        count(&t->hdr->conflict_count, 1);
        uint64_t level = p->depth, seen = __atomic_load_n(&t->hdr->conflict_max_level, __ATOMIC_RELAXED);
        while (level > seen && !__atomic_compare_exchange_n(&t->hdr->conflict_max_level, &seen, level,
                                                           false, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            ;
    }
    *fresh = true;
    count(&t->hdr->insert_count, 1);
    count(&t->hdr->num, 1);
    return r;
}

/* A new row is written before it becomes reachable: active for a bucket row, the link
 * from the chain's tail for a pool row. */
static void publish(const sw_table_t *t, probe_t *p, row_t *r)
{
    if (r == p->head)
        __atomic_store_n(&r->active, 1, __ATOMIC_RELEASE);
    else {
        r->active = 1;
        __atomic_store_n(&p->tail->next, link_of(t, r), __ATOMIC_RELEASE);
    }
}

/* ---- operations --------------------------------------------------------------------- */

int sw_table_set(sw_table_t *t, const char *key, size_t len, uint64_t hash, const void *data,
                 const uint8_t *present)
{
    probe_t p;
    bool fresh;

    len = cut_key(len);
    probe(t, hash, key, len, &p);
    row_t *r = find_or_make(t, &p, hash, key, len, &fresh);
    if (!r) {
        unlock_word(&p.head->lock, p.token);
        return sw_error_set(ENOSPC, "the table is full");
    }
    write_row(t, r, data, present, fresh);
    if (fresh)
        publish(t, &p, r);
    unlock_word(&p.head->lock, p.token);
    return 0;
}

bool sw_table_get(sw_table_t *t, const char *key, size_t len, uint64_t hash, void *data)
{
    probe_t p;

    len = cut_key(len);
    probe(t, hash, key, len, &p);
    if (p.found)
        copy_out(t, p.found, data);
    unlock_word(&p.head->lock, p.token);
    return p.found != NULL;
}

bool sw_table_get_column(sw_table_t *t, const char *key, size_t len, uint64_t hash, uint32_t col,
                         void *out)
{
    const sw_table_column_t *c = &t->cols[col];
    probe_t p;

    len = cut_key(len);
    probe(t, hash, key, len, &p);
    if (p.found)
        take_column(c, out, row_data(p.found) + c->offset);
    unlock_word(&p.head->lock, p.token);
    return p.found != NULL;
}

bool sw_table_exists(sw_table_t *t, const char *key, size_t len, uint64_t hash)
{
    probe_t p;

    len = cut_key(len);
    probe(t, hash, key, len, &p);
    unlock_word(&p.head->lock, p.token);
    return p.found != NULL;
}

bool sw_table_del(sw_table_t *t, const char *key, size_t len, uint64_t hash)
{
    probe_t p;
    uint32_t freed = 0;

    len = cut_key(len);
    probe(t, hash, key, len, &p);
    row_t *r = p.found;
    if (!r) {
        unlock_word(&p.head->lock, p.token);
        return false;
    }
    if (p.prev) {
        /* A chained row: unlinked first, then freed. */
        __atomic_store_n(&p.prev->next, r->next, __ATOMIC_RELEASE);
        r->active = 0;
        freed = link_of(t, r);
    } else if (r->next) {
        /* The bucket's row with a chain: the first chained row moves into it. */
        row_t *first = pool_row(t, r->next);
        r->check = first->check;
        r->key_len = first->key_len;
        memcpy(r->key, first->key, first->key_len);
        memcpy(row_data(r), row_data(first), t->data_size);
        freed = r->next;
        __atomic_store_n(&r->next, first->next, __ATOMIC_RELEASE);
        first->active = 0;
    } else {
        __atomic_store_n(&r->active, 0, __ATOMIC_RELEASE);
    }
    count(&t->hdr->num, -1);
    count(&t->hdr->delete_count, 1);
    if (freed)
        pool_give(t, freed);
    unlock_word(&p.head->lock, p.token);
    return true;
}

int sw_table_incr(sw_table_t *t, const char *key, size_t len, uint64_t hash, uint32_t col,
                  int64_t by_int, double by_float, int64_t *out_int, double *out_float)
{
    const sw_table_column_t *c = &t->cols[col];
    probe_t p;
    bool fresh;

    if (c->type == SW_TABLE_STRING)
        return sw_error_set(EINVAL, "can't execute 'incr' on a string type column");
    len = cut_key(len);
    probe(t, hash, key, len, &p);
    row_t *r = find_or_make(t, &p, hash, key, len, &fresh);
    if (!r) {
        unlock_word(&p.head->lock, p.token);
        return sw_error_set(ENOSPC, "the table is full");
    }
    if (fresh)
        for (uint32_t i = 0; i < t->ncols; i++)
            put_column(&t->cols[i], row_data(r) + t->cols[i].offset, NULL);
    char *v = row_data(r) + c->offset;
    if (c->type == SW_TABLE_INT) {
        int64_t x;
        memcpy(&x, v, 8);
        x = (int64_t)((uint64_t)x + (uint64_t)by_int);   /* wraps like PHP's ints */
        memcpy(v, &x, 8);
        *out_int = x;
    } else {
        double x;
        memcpy(&x, v, 8);
        x += by_float;
        memcpy(v, &x, 8);
        *out_float = x;
    }
    if (fresh)
        publish(t, &p, r);
    unlock_word(&p.head->lock, p.token);
    return 0;
}

uint64_t sw_table_count(const sw_table_t *t)
{
    return t->hdr ? __atomic_load_n(&t->hdr->num, __ATOMIC_RELAXED) : 0;
}

void sw_table_stats(const sw_table_t *t, sw_table_stats_t *st)
{
    memset(st, 0, sizeof *st);
    st->total_slice_num = t->pool_size;
    if (!t->hdr) {
        st->available_slice_num = t->pool_size;
        return;
    }
    const header_t *h = t->hdr;
    st->num = __atomic_load_n(&h->num, __ATOMIC_RELAXED);
    st->conflict_count = __atomic_load_n(&h->conflict_count, __ATOMIC_RELAXED);
    st->conflict_max_level = __atomic_load_n(&h->conflict_max_level, __ATOMIC_RELAXED);
    st->insert_count = __atomic_load_n(&h->insert_count, __ATOMIC_RELAXED);
    st->update_count = __atomic_load_n(&h->update_count, __ATOMIC_RELAXED);
    st->delete_count = __atomic_load_n(&h->delete_count, __ATOMIC_RELAXED);
    st->available_slice_num = __atomic_load_n(&h->pool_free, __ATOMIC_RELAXED);
}

bool sw_table_iter_next(sw_table_t *t, sw_table_iter_t *it, char *key, size_t *key_len,
                        void *data)
{
    while (it->bucket < t->size) {
        row_t *head = row_at(t, it->bucket);
        /* Empty buckets are passed without their lock: a row set meanwhile may be missed,
         * which a concurrent iteration allows anyway. */
        if (!__atomic_load_n(&head->active, __ATOMIC_ACQUIRE)) {
            it->bucket++;
            it->depth = 0;
            continue;
        }
        uint32_t token = lock_word(&head->lock);
        row_t *r = head->active ? head : NULL;
        uint32_t want = 0;
        if (it->depth > 0) {
            /* The row after the last one returned. If that one was deleted since (the
             * usual clean-up loop deletes each row it is given), the rows behind it moved
             * up one place, into the place it had. */
            uint32_t q = 0;
            row_t *x;
            want = it->depth - 1;
            for (x = r; x; x = x->next ? pool_row(t, x->next) : NULL, q++)
                if (x->key_len == it->last_len && memcmp(x->key, it->last, x->key_len) == 0) {
                    want = q + 1;
                    break;
                }
        }
        for (uint32_t d = 0; r && d < want; d++)
            r = r->next ? pool_row(t, r->next) : NULL;
        if (r) {
            *key_len = r->key_len;
            memcpy(key, r->key, r->key_len);
            it->last_len = r->key_len;
            memcpy(it->last, r->key, r->key_len);
            copy_out(t, r, data);
            it->depth = want + 1;
            unlock_word(&head->lock, token);
            return true;
        }
        unlock_word(&head->lock, token);
        it->bucket++;
        it->depth = 0;
    }
    return false;
}

void sw_table_hold_bucket(sw_table_t *t, uint64_t hash)
{
    (void)lock_word(&row_at(t, bucket_of(t, hash))->lock);
}
