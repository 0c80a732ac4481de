/* sw_context.h — a machine context and the switch between two of them. Internal to the
 * core (coro.c is the only user). The backend is chosen by configure: assembly for x86_64
 * and aarch64 (SW_CONTEXT_ASM), ucontext elsewhere or on request. */
#ifndef SW_CONTEXT_H
#define SW_CONTEXT_H

#include <stddef.h>

#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#if !defined(SW_CONTEXT_UCONTEXT) && !defined(__x86_64__) && !defined(__aarch64__)
#define SW_CONTEXT_UCONTEXT 1
#endif

#ifdef SW_CONTEXT_UCONTEXT
#include <ucontext.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define SW_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SW_ASAN 1
#endif
#endif

typedef void (*sw_ctx_entry)(void *arg);

typedef struct sw_ctx {
#ifdef SW_CONTEXT_UCONTEXT
    ucontext_t uc;           /* saved registers and signal mask */
    sw_ctx_entry entry;      /* first function, for the ucontext trampoline */
    void *entry_arg;
#else
    void *sp;                /* saved stack pointer; registers are on that stack */
#endif
    const void *stack_low;   /* lowest usable address (for ASan); NULL for the root */
    size_t stack_size;
    void *asan_fake_stack;   /* ASan's fake stack of this context while switched out */
} sw_ctx_t;

/* Prepares ctx to run entry(arg) on [stack_low, stack_low + size) at its first switch.
 * Returns 0, or a negative code (ucontext only). */
int sw_ctx_make(sw_ctx_t *ctx, void *stack_low, size_t size, sw_ctx_entry entry, void *arg);
/* Saves the running context into `from` and continues `to`. `from_ends`: `from` will never
 * be resumed (lets ASan drop its fake stack). Inline for the assembly without ASan: the
 * switch is one call. */
#ifndef SW_CONTEXT_UCONTEXT
__attribute__((visibility("hidden"))) void sw_ctx_swap_asm(void **from_sp, void *to_sp);
#endif
#if defined(SW_CONTEXT_UCONTEXT) || defined(SW_ASAN)
void sw_ctx_swap(sw_ctx_t *from, sw_ctx_t *to, int from_ends);
#else
static inline void sw_ctx_swap(sw_ctx_t *from, sw_ctx_t *to, int from_ends)
{
    (void)from_ends;
    sw_ctx_swap_asm(&from->sp, to->sp);
}
#endif
/* To be called first thing in a context's entry function (ASan bookkeeping). */
#ifdef SW_ASAN
void sw_ctx_entered(void);
#else
static inline void sw_ctx_entered(void) {}
#endif
const char *sw_ctx_backend(void);

#endif
