/* context.c — prepares fresh machine contexts and switches between them; the assembly
 * lives in arch/, ucontext is the portable fallback. Also tells AddressSanitizer about
 * every stack switch, without which it reports false stack overflows and use-after-return. */
#include <stdint.h>
#include <string.h>

#include "sw_context.h"
#include "sw_error.h"

#ifdef SW_ASAN
#include <sanitizer/common_interface_defs.h>
/* The context that switched last: the one being entered learns its stack bounds from
 * ASan and records them (the root's are only known that way). */
static sw_ctx_t *asan_from;
#endif

#ifdef SW_CONTEXT_UCONTEXT

static void uc_trampoline(unsigned hi, unsigned lo)
{
    sw_ctx_t *ctx = (sw_ctx_t *)(((uintptr_t)hi << 32) | (uintptr_t)lo);

    ctx->entry(ctx->entry_arg);
}

int sw_ctx_make(sw_ctx_t *ctx, void *stack_low, size_t size, sw_ctx_entry entry, void *arg)
{
    uintptr_t p = (uintptr_t)ctx;

    memset(ctx, 0, sizeof *ctx);
    if (getcontext(&ctx->uc) < 0)
        return sw_error_set(SW_ERROR_CO_GETCONTEXT_FAILED, "getcontext failed");
    ctx->uc.uc_stack.ss_sp = stack_low;
    ctx->uc.uc_stack.ss_size = size;
    ctx->uc.uc_link = NULL;
    ctx->entry = entry;
    ctx->entry_arg = arg;
    ctx->stack_low = stack_low;
    ctx->stack_size = size;
    makecontext(&ctx->uc, (void (*)(void))uc_trampoline, 2, (unsigned)(p >> 32), (unsigned)p);
    return 0;
}

static void swap_raw(sw_ctx_t *from, sw_ctx_t *to)
{
    swapcontext(&from->uc, &to->uc);
}

const char *sw_ctx_backend(void)
{
    return "ucontext";
}

#else /* assembly */

void sw_ctx_trampoline(void);

int sw_ctx_make(sw_ctx_t *ctx, void *stack_low, size_t size, sw_ctx_entry entry, void *arg)
{
    uintptr_t top = ((uintptr_t)stack_low + size) & ~(uintptr_t)15;
    uint64_t *frame;

    memset(ctx, 0, sizeof *ctx);
    ctx->stack_low = stack_low;
    ctx->stack_size = size;
#if defined(__x86_64__)
    /* Popped by sw_ctx_swap_asm: control words, r15, r14, r13, r12, rbx, rbp, return
     * address. After the `ret` rsp == top - 16, 16-byte aligned as the trampoline's call
     * needs. */
    frame = (uint64_t *)(top - 16 - 64);
    memset(frame, 0, 64);
    ((uint32_t *)frame)[0] = 0x1F80;      /* MXCSR: all exceptions masked, round nearest */
    ((uint16_t *)frame)[2] = 0x037F;      /* x87 control word: the same, extended precision */
    frame[3] = (uint64_t)(uintptr_t)arg;   /* r13 */
    frame[4] = (uint64_t)(uintptr_t)entry; /* r12 */
    frame[7] = (uint64_t)(uintptr_t)sw_ctx_trampoline;
#elif defined(__aarch64__)
    /* Restored by sw_ctx_swap_asm: x19..x30 then d8..d15, 176 bytes, sp stays aligned. */
    frame = (uint64_t *)(top - 176);
    memset(frame, 0, 176);
    frame[0] = (uint64_t)(uintptr_t)entry;  /* x19 */
    frame[1] = (uint64_t)(uintptr_t)arg;    /* x20 */
    frame[11] = (uint64_t)(uintptr_t)sw_ctx_trampoline; /* x30 */
#endif
    ctx->sp = frame;
    return 0;
}

#ifdef SW_ASAN
static void swap_raw(sw_ctx_t *from, sw_ctx_t *to)
{
    sw_ctx_swap_asm(&from->sp, to->sp);
}
#endif

const char *sw_ctx_backend(void)
{
#if defined(__x86_64__)
    return "asm-x86_64";
#else
    return "asm-aarch64";
#endif
}

#endif

#ifdef SW_ASAN

static void asan_finish(void *fake)
{
    const void *low;
    size_t size;

    __sanitizer_finish_switch_fiber(fake, &low, &size);
    if (asan_from && !asan_from->stack_low) {
        asan_from->stack_low = low;
        asan_from->stack_size = size;
    }
}

void sw_ctx_swap(sw_ctx_t *from, sw_ctx_t *to, int from_ends)
{
    __sanitizer_start_switch_fiber(from_ends ? NULL : &from->asan_fake_stack, to->stack_low,
                                   to->stack_size);
    asan_from = from;
    swap_raw(from, to);
    asan_finish(from->asan_fake_stack);
}

void sw_ctx_entered(void)
{
    asan_finish(NULL);
}

#else

#ifdef SW_CONTEXT_UCONTEXT
void sw_ctx_swap(sw_ctx_t *from, sw_ctx_t *to, int from_ends)
{
    (void)from_ends;
    swap_raw(from, to);
}
#endif /* the assembly's is inline in sw_context.h */

#endif
