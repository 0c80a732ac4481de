/* sw_coro.h — stackful coroutines: a C stack (mmap, guard page, pooled) and a machine
 * context per coroutine, switched by assembly (x86_64, aarch64) or ucontext.
 *
 * Semantics: sw_coro_create() runs the new coroutine at once, until it yields or ends,
 * then returns to the creator. sw_coro_yield() returns control to whoever last resumed
 * (or created) the current coroutine. The root is the thread's own stack (the loop runs
 * there); it is not a coroutine and has no id. Ids are > 0 and increase. */
#ifndef SW_CORO_H
#define SW_CORO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct sw_coro sw_coro_t;
typedef void (*sw_coro_fn)(void *arg);

/* The leading fields of every coroutine, the ones read on hot paths: the accessors below
 * read them inline instead of calling into coro.c for each (struct sw_coro starts with the
 * same fields; coro.c checks the layout). Only coro.c writes them. */
#define SW_CORO_PUBLIC_FIELDS                                                            \
    void *user;                 /* the user area, NULL if none was reserved */         \
    int64_t id;                 /* > 0 */                                                \
    int state;                  /* enum sw_coro_state */                                 \
    bool canceled;              /* sw_coro_cancel ended the current/last wait */         \
    const char *waiting_on;     /* what the current yield waits for, or NULL */          \
    void *data;                 /* the embedder's */
struct sw_coro_public {
    SW_CORO_PUBLIC_FIELDS
};
#define SW_CORO_PUBLIC(co) ((const struct sw_coro_public *)(const void *)(co))

/* The running coroutine, NULL at the root. Read it through sw_coro_current(). */
extern sw_coro_t *sw_coro_running __attribute__((visibility("hidden")));

enum sw_coro_state {
    SW_CORO_INIT = 0,    /* created, never ran (only visible inside switch hooks) */
    SW_CORO_RUNNING,     /* on the CPU, or waiting for a coroutine it resumed */
    SW_CORO_WAITING,     /* suspended by sw_coro_yield() */
    SW_CORO_END,         /* returned; about to be released */
};

#define SW_CORO_DEFAULT_STACK_SIZE (2u * 1024 * 1024)
#define SW_CORO_MIN_STACK_SIZE (64u * 1024)
#define SW_CORO_MAX_STACK_SIZE (16u * 1024 * 1024)
#define SW_CORO_DEFAULT_MAX_NUM 100000

/* Settings; apply to coroutines created afterwards. stack_size is rounded up to pages and
 * clamped to [MIN, MAX]. max_num limits live coroutines (create fails beyond it). */
void sw_coro_set_stack_size(size_t bytes);
size_t sw_coro_get_stack_size(void);
void sw_coro_set_max_num(size_t n);
size_t sw_coro_get_max_num(void);
/* Idle stacks kept for reuse (default 1024); 0 returns every stack to the kernel. */
void sw_coro_set_pool_size(size_t n);

/* Reserves `bytes` (rounded up to 64) next to each coroutine's struct at the top of its C
 * stack, for the embedder's per-coroutine state: no allocation per coroutine, and the
 * page is already touched. Only while no coroutine is alive. The area is not zeroed. */
#define SW_CORO_MAX_USER_SIZE (16u * 1024)
int sw_coro_set_user_size(size_t bytes);
static inline void *sw_coro_user_area(const sw_coro_t *co)  /* NULL if none was reserved */
{
    return SW_CORO_PUBLIC(co)->user;
}

/* Switch hook: called on every switch, before the machine context moves, with the
 * coroutine being left and the one being entered (NULL = the root). `to` may be in state
 * SW_CORO_INIT on its first entry; `from` is in SW_CORO_END when it is finishing.
 * The PHP layer saves and restores the Zend VM state here. */
typedef void (*sw_coro_switch_hook)(sw_coro_t *from, sw_coro_t *to, void *ud);
void sw_coro_set_switch_hook(sw_coro_switch_hook fn, void *ud);

/* Creates and enters a coroutine running fn(arg). Returns its id (> 0; the coroutine may
 * already have ended when this returns) or a negative code: -SW_ERROR_CO_TOO_MANY,
 * -ENOMEM (no stack). `init`, if not NULL, is called with the new coroutine before it
 * first runs (to attach user data). */
int64_t sw_coro_create(sw_coro_fn fn, void *arg);
int64_t sw_coro_create_ex(sw_coro_fn fn, void *arg, void (*init)(sw_coro_t *co, void *arg));

/* Suspends the current coroutine and returns to its resumer. Returns 0 once resumed, or
 * -SW_ERROR_CO_OUT_OF_COROUTINE when called from the root. `what` names what it waits
 * on (for deadlock reports; may be NULL). If `cancel` is set, sw_coro_cancel() may call it
 * (see below); both are cleared when the coroutine is resumed. */
typedef bool (*sw_coro_cancel_fn)(sw_coro_t *co, void *arg);
int sw_coro_yield(void);
int sw_coro_yield_ex(const char *what, sw_coro_cancel_fn cancel, void *cancel_arg);
/* Resumes a coroutine suspended in sw_coro_yield(); returns when it yields or ends.
 * Returns 0, or a negative code if it is not waiting. */
int sw_coro_resume(sw_coro_t *co);
/* sw_coro_resume(co) if co is not NULL, else sw_coro_yield_ex(what, cancel, cancel_arg):
 * one entry, so that an embedder's yield and resume can switch from one call site (the two
 * sides of a switch then return through the same addresses, which CPUs predict). */
int sw_coro_resume_or_yield(sw_coro_t *co, const char *what, sw_coro_cancel_fn cancel,
                            void *cancel_arg);
/* Makes the optimiser forget what it knows of a variable's value (no code): keeps it from
 * duplicating a call to sw_coro_resume_or_yield() into each path of a branch on it. */
#define SW_OPAQUE(v) __asm__ volatile("" : "+r"(v))

/* Cancels the wait of a suspended coroutine: marks it canceled and calls the cancel
 * function given to its yield, which must take it off whatever queue holds it and return
 * true; then resumes it. Returns 0; -SW_ERROR_CO_NOT_EXISTS; -SW_ERROR_CO_CANNOT_CANCEL
 * if it is not waiting, waits without a cancel function, or is the caller. The flag stays
 * set until the coroutine's next yield. */
int sw_coro_cancel(sw_coro_t *co);
static inline bool sw_coro_is_canceled(const sw_coro_t *co)
{
    return co && SW_CORO_PUBLIC(co)->canceled;
}

/* Suspends the current coroutine for ms milliseconds on the default loop. Returns 0, or
 * -SW_ERROR_CO_CANCELED if canceled early, or -SW_ERROR_CO_OUT_OF_COROUTINE. */
int sw_coro_sleep_ms(uint64_t ms);

static inline sw_coro_t *sw_coro_current(void) { return sw_coro_running; }  /* NULL at the root */
static inline int64_t sw_coro_current_id(void)                          /* -1 at the root */
{
    return sw_coro_running ? SW_CORO_PUBLIC(sw_coro_running)->id : -1;
}
sw_coro_t *sw_coro_find(int64_t id);       /* NULL if no live coroutine has that id */
static inline int64_t sw_coro_id(const sw_coro_t *co) { return SW_CORO_PUBLIC(co)->id; }
int64_t sw_coro_parent_id(const sw_coro_t *co);   /* creator's id, -1 if the root */
sw_coro_t *sw_coro_origin(const sw_coro_t *co);   /* who yield returns to; NULL = root */
static inline int sw_coro_state(const sw_coro_t *co) { return SW_CORO_PUBLIC(co)->state; }
static inline const char *sw_coro_waiting_on(const sw_coro_t *co)  /* what it yielded on, or NULL */
{
    return SW_CORO_PUBLIC(co)->waiting_on;
}
uint64_t sw_coro_started_ms(const sw_coro_t *co);    /* sw_clock_ms() at creation */
static inline void *sw_coro_get_data(const sw_coro_t *co) { return SW_CORO_PUBLIC(co)->data; }
void sw_coro_set_data(sw_coro_t *co, void *data);
size_t sw_coro_stack_size(const sw_coro_t *co);

size_t sw_coro_count(void);                /* live coroutines */
size_t sw_coro_peak(void);                 /* highest live count seen */
uint64_t sw_coro_switches(void);           /* context switches so far */
int64_t sw_coro_last_id(void);             /* id of the newest coroutine, 0 if none yet */
/* Calls fn for each live coroutine, oldest first; fn must not create or end coroutines. */
void sw_coro_foreach(void (*fn)(sw_coro_t *co, void *ud), void *ud);

/* Name of the context-switch implementation compiled in: "asm-x86_64", "asm-aarch64" or
 * "ucontext". */
const char *sw_coro_backend(void);

/* Installs a SIGSEGV/SIGBUS handler on an alternate stack that recognises a fault in a
 * coroutine's guard page, prints "coroutine <id> overflowed its <n>-byte C stack" to
 * stderr and re-raises the signal with the default action (so the process dies with it,
 * instead of corrupting memory). Other faults go to the previously installed handler.
 * Idempotent; called automatically by the first sw_coro_create(). */
void sw_coro_install_overflow_handler(void);

/* Abandons every coroutine for good (a fatal error in the embedder): from inside a
 * coroutine, switches straight to the root (the hook sees (current, NULL)) and calls
 * fn(arg) there; at the root, calls fn(arg) at once. fn is expected not to return (PHP
 * longjmps to its own bailout). Afterwards create and resume fail with
 * -SW_ERROR_CO_HAS_BEEN_DISCARDED. */
void sw_coro_bailout(void (*fn)(void *), void *arg);
bool sw_coro_bailed_out(void);

/* Releases pooled stacks (at shutdown). Live coroutines are not touched. */
void sw_coro_pool_drain(void);
/* At process end: releases pooled stacks and, if no coroutine is alive, the id table. */
void sw_coro_shutdown(void);

#endif
