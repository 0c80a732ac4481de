/* sw_table.h — a fixed-size hash table of typed rows in shared memory (Swoole\Table).
 *
 * Columns are declared first (sw_table_add_column), then sw_table_create() maps one
 * MAP_SHARED region: `size` buckets (a power of two) each holding one row, and a pool of
 * size * conflict_proportion rows chained from buckets whose own row is taken. Made before
 * fork, the region is one table for every process forked afterwards.
 *
 * Every operation on a key locks the key's bucket (all rows chained from it): a spinlock
 * word holding the holder's pid, held only for a few copies, never while the caller runs
 * anything else. A holder that died (or, with its pid reused, still holds after
 * SW_TABLE_FORCE_UNLOCK_MS) is taken over with a warning, so no process waits forever;
 * the row it was writing may be torn and a pool row it was linking may be lost.
 *
 * Keys are at most SW_TABLE_KEY_MAX bytes; longer keys are cut to that length by every
 * call (as Swoole does). The caller hashes keys (cut to that length) with sw_table_hash()
 * or its own function, the same for a table in every process. Its low bits pick the
 * bucket, with the next bits folded in (see bucket_of() in table.c).
 *
 * Row data has the layout the columns give it: an INT is an int64_t, a FLOAT a double, a
 * STRING a uint32_t length followed by up to `capacity` bytes. The calls that read or
 * write a row take such a data image (sw_table_row_size() bytes) from the caller. */
#ifndef SW_TABLE_H
#define SW_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SW_TABLE_KEY_MAX 63
#define SW_TABLE_MIN_SIZE 64
#define SW_TABLE_MAX_SIZE 0x80000000u
#define SW_TABLE_MIN_CONFLICT 0.2
#define SW_TABLE_MAX_CONFLICT 1.0
#define SW_TABLE_FORCE_UNLOCK_MS 2000

typedef enum {
    SW_TABLE_INT = 1,      /* Swoole's Table::TYPE_* numbers */
    SW_TABLE_FLOAT = 2,
    SW_TABLE_STRING = 3,
} sw_table_type_t;

typedef struct {
    char *name;
    size_t name_len;
    sw_table_type_t type;
    uint32_t offset;       /* in the row data */
    uint32_t capacity;     /* STRING: bytes it holds; others: 8 */
} sw_table_column_t;

typedef struct sw_table sw_table_t;

typedef struct {
    uint64_t num;              /* rows in use */
    uint64_t conflict_count;   /* rows taken from the pool */
    uint64_t conflict_max_level;
    uint64_t insert_count, update_count, delete_count;
    uint64_t available_slice_num, total_slice_num;   /* the pool */
} sw_table_stats_t;

/* A position of an iteration; zero it (or sw_table_iter_reset) to start. */
typedef struct {
    uint32_t bucket;
    uint32_t depth;        /* rows of the bucket's chain already returned */
    uint8_t last_len;      /* the last row returned, to find its place again */
    char last[SW_TABLE_KEY_MAX];
} sw_table_iter_t;

/* A table of at least `size` rows rounded up to a power of two (64 .. 2^31), with a pool
 * of size * conflict_proportion (clamped to 0.2 .. 1.0) rows. NULL (error set) on ENOMEM. */
sw_table_t *sw_table_new(uint64_t size, double conflict_proportion);
/* Unmaps the table in this process (others keep theirs) and frees the handle. */
void sw_table_free(sw_table_t *t);

/* Before create(): 0, or a negative code (error set) for a duplicate name, an unknown
 * type, a STRING of capacity 0, or a created table. A STRING's capacity is rounded up
 * to a multiple of 8, as Swoole does. */
int sw_table_add_column(sw_table_t *t, const char *name, size_t name_len, sw_table_type_t type,
                        size_t capacity);
/* Maps the shared region; 0 or a negative code (error set). */
int sw_table_create(sw_table_t *t);
bool sw_table_created(const sw_table_t *t);

uint32_t sw_table_size(const sw_table_t *t);            /* buckets */
size_t sw_table_memory_size(const sw_table_t *t);       /* bytes mapped (or to be) */
size_t sw_table_row_size(const sw_table_t *t);          /* bytes of one row's data */
uint32_t sw_table_column_count(const sw_table_t *t);
const sw_table_column_t *sw_table_column(const sw_table_t *t, uint32_t i);
/* All of them, by index; the array moves while columns are added, not after create(). */
const sw_table_column_t *sw_table_columns(const sw_table_t *t);
/* The column's index, or -1. */
int sw_table_column_find(const sw_table_t *t, const char *name, size_t name_len);

uint64_t sw_table_hash(const char *key, size_t len);

/* Writes the columns i with present[i] != 0 (all of them if present is NULL) from the
 * data image into the key's row, making the row if needed (its other columns zero).
 * 0, or -ENOSPC (error set) when the row is new and the pool is empty. A STRING length
 * above the column's capacity is cut to it. */
int sw_table_set(sw_table_t *t, const char *key, size_t len, uint64_t hash, const void *data,
                 const uint8_t *present);
/* Copies the row into data (whole) and returns true, or false if there is none. */
bool sw_table_get(sw_table_t *t, const char *key, size_t len, uint64_t hash, void *data);
/* Copies one column of the row into out (8 bytes, or 4 + capacity for a STRING). */
bool sw_table_get_column(sw_table_t *t, const char *key, size_t len, uint64_t hash,
                         uint32_t col, void *out);
bool sw_table_exists(sw_table_t *t, const char *key, size_t len, uint64_t hash);
bool sw_table_del(sw_table_t *t, const char *key, size_t len, uint64_t hash);
/* Adds to an INT (by_int) or FLOAT (by_float) column, making the row (zeroed) if needed;
 * the new value goes to *out_int or *out_float. 0, -EINVAL for a STRING column, or
 * -ENOSPC. */
int sw_table_incr(sw_table_t *t, const char *key, size_t len, uint64_t hash, uint32_t col,
                  int64_t by_int, double by_float, int64_t *out_int, double *out_float);

uint64_t sw_table_count(const sw_table_t *t);
void sw_table_stats(const sw_table_t *t, sw_table_stats_t *st);

static inline void sw_table_iter_reset(sw_table_iter_t *it) { it->bucket = it->depth = 0; }
/* The next row after `it`: its key (up to SW_TABLE_KEY_MAX bytes, not terminated) and a
 * copy of its data; false at the end. Deleting the row just returned (a clean-up loop)
 * skips nothing; rows set or deleted meanwhile elsewhere may be seen or skipped. */
bool sw_table_iter_next(sw_table_t *t, sw_table_iter_t *it, char *key, size_t *key_len,
                        void *data);

/* For tests: takes the lock of the bucket of `hash` and returns holding it, so that a
 * test process can die or stop while it holds it. */
void sw_table_hold_bucket(sw_table_t *t, uint64_t hash);

#endif
