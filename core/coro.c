/* coro.c — the coroutine scheduler: create/yield/resume/cancel, ids, the live list, the
 * switch hook for the PHP layer, sleep on the default loop, and the stack-overflow report.
 * Each coroutine's struct lives in the top bytes of its own C stack: creating one from the
 * pool touches no allocator. */
#include <errno.h>
#include <signal.h>
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sw_context.h"
#include "sw_coro.h"
#include "sw_error.h"
#include "sw_idmap.h"
#include "sw_loop.h"
#include "sw_stack.h"
#include "sw_timer.h"

struct sw_coro {
    SW_CORO_PUBLIC_FIELDS        /* first: sw_coro.h reads them inline */
    sw_ctx_t ctx;                /* saved machine state while switched out */
    int64_t pcid;                /* creator's id, -1 for the root */
    sw_coro_t *origin;           /* who yield returns to: the last resumer (NULL = root) */
    sw_coro_fn fn;               /* body and its argument */
    void *arg;
    sw_coro_cancel_fn cancel_fn; /* how to abort that wait, or NULL */
    void *cancel_arg;
    uint64_t started_ms;
    sw_coro_t *prev, *next;      /* live list, oldest first */
    sw_stack_t stack;            /* the stack this struct sits on top of */
};

_Static_assert(offsetof(struct sw_coro, user) == offsetof(struct sw_coro_public, user) &&
               offsetof(struct sw_coro, data) == offsetof(struct sw_coro_public, data),
               "struct sw_coro must start with SW_CORO_PUBLIC_FIELDS");

static sw_ctx_t root_ctx;
sw_coro_t *sw_coro_running;
#define current sw_coro_running
static sw_coro_t *live_head, *live_tail;
static size_t live_count, live_peak;
static uint64_t switch_count;
static int64_t next_id = 1;
static sw_idmap_t by_id;

static size_t stack_size = SW_CORO_DEFAULT_STACK_SIZE;
static size_t max_num = SW_CORO_DEFAULT_MAX_NUM;
static size_t user_size;            /* embedder's bytes kept above the struct */

static void (*bailout_fn)(void *);  /* set while jumping to the root for good */
static void *bailout_arg;
static bool bailed_out;

static sw_coro_switch_hook switch_hook;
static void *switch_hook_ud;

/* ---- settings ----------------------------------------------------------------------- */

void sw_coro_set_stack_size(size_t bytes)
{
    size_t page = sw_page_size();

    if (bytes < SW_CORO_MIN_STACK_SIZE)
        bytes = SW_CORO_MIN_STACK_SIZE;
    if (bytes > SW_CORO_MAX_STACK_SIZE)
        bytes = SW_CORO_MAX_STACK_SIZE;
    stack_size = (bytes + page - 1) / page * page;
}

size_t sw_coro_get_stack_size(void) { return stack_size; }
void sw_coro_set_max_num(size_t n) { max_num = n ? n : 1; }
size_t sw_coro_get_max_num(void) { return max_num; }
void sw_coro_set_pool_size(size_t n) { sw_stack_set_pool_max(n); }
void sw_coro_pool_drain(void) { sw_stack_pool_drain(); }

void sw_coro_shutdown(void)
{
    sw_stack_pool_drain();
    /* After a bailout the coroutines still listed will never run again: nothing can
     * look them up any more, so the table goes too (their stacks stay mapped). */
    if (!live_count || bailed_out) {
        sw_idmap_free(&by_id);
        live_head = live_tail = NULL;
        live_count = 0;
    }
}
const char *sw_coro_backend(void) { return sw_ctx_backend(); }

int sw_coro_set_user_size(size_t bytes)
{
    if (live_count)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "coroutines are alive");
    if (bytes > SW_CORO_MAX_USER_SIZE)
        return sw_error_set(SW_ERROR_INVALID_PARAMS, "user area of %zu bytes is too big", bytes);
    user_size = (bytes + 63) & ~(size_t)63;
    return 0;
}

void sw_coro_set_switch_hook(sw_coro_switch_hook fn, void *ud)
{
    switch_hook = fn;
    switch_hook_ud = ud;
}

/* ---- switching ------------------------------------------------------------------------ */

static inline __attribute__((always_inline)) void switch_to(sw_coro_t *from, sw_coro_t *to)
{
    if (switch_hook)
        switch_hook(from, to, switch_hook_ud);
    current = to;
    switch_count++;
    sw_ctx_swap(from ? &from->ctx : &root_ctx, to ? &to->ctx : &root_ctx,
                from && from->state == SW_CORO_END);
}

static void unlink_live(sw_coro_t *co)
{
    if (co->prev)
        co->prev->next = co->next;
    else
        live_head = co->next;
    if (co->next)
        co->next->prev = co->prev;
    else
        live_tail = co->prev;
    live_count--;
    sw_idmap_del(&by_id, co->id);
}

static void coro_main(void *arg)
{
    sw_coro_t *co = arg;

    sw_ctx_entered();
    co->state = SW_CORO_RUNNING;
    co->fn(co->arg);
    co->state = SW_CORO_END;
    unlink_live(co);
    /* The origin is blocked in resume()/create() on this coroutine and releases the
     * stack we are still standing on once it runs again. */
    switch_to(co, co->origin);
    abort(); /* unreachable: nothing resumes an ended coroutine */
}

/* The one place where yields and resumes switch, each reaching it by a tail call: a
 * switch then returns through the same two frames on both sides (this function, then the
 * caller of yield or resume), so the CPU's return predictions miss once per switch
 * instead of at every level of a deeper, different chain. `entering`: the caller runs
 * `to` (create, resume, cancel) and releases it if it ended; otherwise `from` yields and
 * runs again here once resumed. Returns 0. */
static __attribute__((noinline)) int transfer(sw_coro_t *from, sw_coro_t *to, bool entering)
{
    switch_to(from, to);
    if (entering) {
        if (__builtin_expect(bailout_fn != NULL, 0) && !current) {
            void (*fn)(void *) = bailout_fn;
            bailout_fn = NULL;
            fn(bailout_arg);
        }
        if (to->state == SW_CORO_END)
            sw_stack_put(&to->stack);
    } else {
        /* cancel_fn/cancel_arg are read only while WAITING, and every yield sets them */
        from->state = SW_CORO_RUNNING;
        from->waiting_on = NULL;
    }
    return 0;
}

/* Runs co until it yields or ends; releases it if it ended. Called with co in INIT or
 * WAITING state. */
static inline int enter(sw_coro_t *co)
{
    co->origin = current;
    return transfer(current, co, true);
}

int64_t sw_coro_create_ex(sw_coro_fn fn, void *arg, void (*init)(sw_coro_t *, void *))
{
    sw_stack_t st;
    int rc;

    if (bailed_out)
        return sw_error_set(SW_ERROR_CO_HAS_BEEN_DISCARDED, "coroutines were abandoned");
    if (live_count >= max_num)
        return sw_error_set(SW_ERROR_CO_TOO_MANY, "exceeded max number of coroutines %zu",
                            max_num);
    if (!by_id.cap)
        sw_coro_install_overflow_handler();
    if ((rc = sw_stack_get(&st, stack_size)) < 0)
        return rc;

    /* [ C stack ... | sw_coro_t | user area ] at the top of the mapping, 64-byte aligned */
    uintptr_t top = (uintptr_t)st.low + st.size - user_size;
    sw_coro_t *co = (sw_coro_t *)(top - ((sizeof(sw_coro_t) + 63) & ~(uintptr_t)63));
    /* Field by field: a memset of the struct compiled to a slow `rep stos`. */
    co->user = user_size ? (char *)co + ((sizeof(sw_coro_t) + 63) & ~(size_t)63) : NULL;
    co->id = next_id++;
    co->state = SW_CORO_INIT;
    co->canceled = false;
    co->waiting_on = NULL;
    co->data = NULL;
    co->pcid = current ? current->id : -1;
    co->origin = NULL;
    co->fn = fn;
    co->arg = arg;
    co->cancel_fn = NULL;
    co->cancel_arg = NULL;
    co->next = NULL;
    co->stack = st;
    co->started_ms = sw_clock_ms();
    if ((rc = sw_ctx_make(&co->ctx, st.low, (size_t)((uintptr_t)co - (uintptr_t)st.low),
                          coro_main, co)) < 0 ||
        (rc = sw_idmap_add(&by_id, co->id, co)) < 0) {
        sw_stack_put(&st);
        return rc == -ENOMEM ? sw_error_set(ENOMEM, "out of memory for a coroutine") : rc;
    }
    co->prev = live_tail;
    if (live_tail)
        live_tail->next = co;
    else
        live_head = co;
    live_tail = co;
    if (++live_count > live_peak)
        live_peak = live_count;

    if (init)
        init(co, arg);
    int64_t id = co->id;
    enter(co);
    return id;
}

int64_t sw_coro_create(sw_coro_fn fn, void *arg)
{
    return sw_coro_create_ex(fn, arg, NULL);
}

int sw_coro_yield_ex(const char *what, sw_coro_cancel_fn cancel, void *cancel_arg)
{
    sw_coro_t *co = current;

    if (!co)
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "cannot yield outside a coroutine");
    co->state = SW_CORO_WAITING;
    co->canceled = false;
    co->waiting_on = what;
    co->cancel_fn = cancel;
    co->cancel_arg = cancel_arg;
    return transfer(co, co->origin, false);
}

int sw_coro_yield(void)
{
    return sw_coro_yield_ex(NULL, NULL, NULL);
}

int sw_coro_resume(sw_coro_t *co)
{
    if (bailed_out)
        return sw_error_set(SW_ERROR_CO_HAS_BEEN_DISCARDED, "coroutines were abandoned");
    if (!co || co->state != SW_CORO_WAITING)
        return sw_error_set(SW_ERROR_WRONG_OPERATION, "coroutine #%lld is not suspended",
                            co ? (long long)co->id : -1LL);
    return enter(co);
}

int sw_coro_resume_or_yield(sw_coro_t *co, const char *what, sw_coro_cancel_fn cancel,
                            void *cancel_arg)
{
    if (co)
        return sw_coro_resume(co);
    return sw_coro_yield_ex(what, cancel, cancel_arg);
}

int sw_coro_cancel(sw_coro_t *co)
{
    if (!co)
        return sw_error_set(SW_ERROR_CO_NOT_EXISTS, "coroutine does not exist");
    if (co == current || co->state != SW_CORO_WAITING || !co->cancel_fn)
        return sw_error_set(SW_ERROR_CO_CANNOT_CANCEL, "coroutine #%lld cannot be canceled",
                            (long long)co->id);
    co->canceled = true;
    if (!co->cancel_fn(co, co->cancel_arg)) {
        co->canceled = false;
        return sw_error_set(SW_ERROR_CO_CANNOT_CANCEL, "coroutine #%lld cannot be canceled",
                            (long long)co->id);
    }
    return enter(co);
}

void sw_coro_bailout(void (*fn)(void *), void *arg)
{
    sw_coro_t *co = current;

    bailed_out = true;
    if (!co) {
        fn(arg);
        return;
    }
    bailout_fn = fn;
    bailout_arg = arg;
    /* Straight to the root, past every coroutine in between: the root is parked in
     * enter() and runs fn there. Nothing ever switches back to these stacks. */
    switch_to(co, NULL);
    abort();
}

bool sw_coro_bailed_out(void) { return bailed_out; }

/* ---- sleep -------------------------------------------------------------------------------- */

static void sleep_done(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    (void)loop;
    (void)timer;
    sw_coro_resume(arg);
}

static bool sleep_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    return sw_timer_cancel(sw_loop_default(), arg) == 0;
}

int sw_coro_sleep_ms(uint64_t ms)
{
    sw_coro_t *co = current;
    sw_loop_t *loop = sw_loop_default();

    if (!co)
        return sw_error_set(SW_ERROR_CO_OUT_OF_COROUTINE, "cannot sleep outside a coroutine");
    if (!loop)
        return -sw_error_code();
    if (ms == 0)
        ms = 1;
    sw_timer_t *t = sw_timer_add(loop, ms > SW_TIMER_MAX_MS ? SW_TIMER_MAX_MS : ms, false,
                                 sleep_done, co);
    if (!t)
        return -sw_error_code();
    sw_coro_yield_ex("sleep", sleep_cancel, t);
    if (co->canceled)
        return sw_error_set(SW_ERROR_CO_CANCELED, "sleep canceled");
    return 0;
}

/* ---- introspection ------------------------------------------------------------------------ */

sw_coro_t *sw_coro_find(int64_t id) { return id > 0 ? sw_idmap_get(&by_id, id) : NULL; }
int64_t sw_coro_parent_id(const sw_coro_t *co) { return co->pcid; }
sw_coro_t *sw_coro_origin(const sw_coro_t *co) { return co->origin; }
uint64_t sw_coro_started_ms(const sw_coro_t *co) { return co->started_ms; }
void sw_coro_set_data(sw_coro_t *co, void *data) { co->data = data; }
size_t sw_coro_stack_size(const sw_coro_t *co) { return co->stack.size; }
size_t sw_coro_count(void) { return live_count; }
size_t sw_coro_peak(void) { return live_peak; }
uint64_t sw_coro_switches(void) { return switch_count; }
int64_t sw_coro_last_id(void) { return next_id - 1; }

void sw_coro_foreach(void (*fn)(sw_coro_t *co, void *ud), void *ud)
{
    for (sw_coro_t *co = live_head; co; co = co->next)
        fn(co, ud);
}

/* ---- stack overflow report ---------------------------------------------------------------- */

static struct sigaction prev_segv, prev_bus;
static bool overflow_handler_installed;

/* Async-signal-safe decimal formatting. */
static size_t fmt_u64(char *buf, uint64_t v)
{
    char tmp[24];
    size_t n = 0, i = 0;

    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        buf[i++] = tmp[--n];
    return i;
}

static void on_fault(int sig, siginfo_t *info, void *uctx)
{
    sw_coro_t *co = current;
    uintptr_t addr = (uintptr_t)info->si_addr;
    struct sigaction *prev = sig == SIGSEGV ? &prev_segv : &prev_bus;

    if (co && co->stack.guarded && addr >= (uintptr_t)co->stack.map &&
        addr < (uintptr_t)co->stack.low) {
        char msg[160];
        size_t n = 0;
        static const char a[] = "swoole: coroutine ";
        static const char b[] = " overflowed its ";
        static const char c[] = "-byte C stack (raise it with Co::set(['stack_size' => ...]))\n";
        memcpy(msg + n, a, sizeof a - 1), n += sizeof a - 1;
        n += fmt_u64(msg + n, (uint64_t)co->id);
        memcpy(msg + n, b, sizeof b - 1), n += sizeof b - 1;
        n += fmt_u64(msg + n, co->stack.size);
        memcpy(msg + n, c, sizeof c - 1), n += sizeof c - 1;
        ssize_t w = write(STDERR_FILENO, msg, n);
        (void)w;
        /* Let the faulting instruction run again under the default action: the process
         * dies with this signal, and a core dump shows the real stack. */
        signal(sig, SIG_DFL);
        return;
    }
    if (prev->sa_flags & SA_SIGINFO) {
        if (prev->sa_sigaction) {
            prev->sa_sigaction(sig, info, uctx);
            return;
        }
    } else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
        prev->sa_handler(sig);
        return;
    }
    signal(sig, SIG_DFL);
}

void sw_coro_install_overflow_handler(void)
{
    static char altstack[64 * 1024];
    stack_t ss;
    struct sigaction sa;

    if (overflow_handler_installed)
        return;
    overflow_handler_installed = true;

    /* The handler cannot run on the stack that just overflowed. Keep an alternate stack
     * that someone else (PHP, a sanitizer) installed. */
    stack_t old;
    if (sigaltstack(NULL, &old) == 0 && (old.ss_flags & SS_DISABLE)) {
        ss.ss_sp = altstack;
        ss.ss_size = sizeof altstack;
        ss.ss_flags = 0;
        sigaltstack(&ss, NULL);
    }
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &prev_segv);
    sigaction(SIGBUS, &sa, &prev_bus);
}
