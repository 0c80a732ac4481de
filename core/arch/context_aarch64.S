/* context_aarch64.S — the AArch64 (AAPCS64) context switch for coroutines.
 *
 * sw_ctx_swap_asm(void **from_sp, void *to_sp): stores x19–x30 and d8–d15 (the callee-
 * saved set) in a 176-byte frame on the current stack, saves sp in *from_sp, loads to_sp
 * and restores the same frame; `ret` then continues at the restored x30. A fresh context
 * is a frame prepared by sw_ctx_make with x30 = sw_ctx_trampoline, x19 = entry and
 * x20 = its argument. */
#if defined(__aarch64__) && !defined(SW_CONTEXT_UCONTEXT)

    .text
    .globl  sw_ctx_swap_asm
    .hidden sw_ctx_swap_asm
    .type   sw_ctx_swap_asm, %function
    .p2align 4
sw_ctx_swap_asm:
    sub     sp, sp, #176
    stp     x19, x20, [sp, #0]
    stp     x21, x22, [sp, #16]
    stp     x23, x24, [sp, #32]
    stp     x25, x26, [sp, #48]
    stp     x27, x28, [sp, #64]
    stp     x29, x30, [sp, #80]
    stp     d8,  d9,  [sp, #96]
    stp     d10, d11, [sp, #112]
    stp     d12, d13, [sp, #128]
    stp     d14, d15, [sp, #144]
    mov     x2, sp
    str     x2, [x0]

    mov     sp, x1
    ldp     x19, x20, [sp, #0]
    ldp     x21, x22, [sp, #16]
    ldp     x23, x24, [sp, #32]
    ldp     x25, x26, [sp, #48]
    ldp     x27, x28, [sp, #64]
    ldp     x29, x30, [sp, #80]
    ldp     d8,  d9,  [sp, #96]
    ldp     d10, d11, [sp, #112]
    ldp     d12, d13, [sp, #128]
    ldp     d14, d15, [sp, #144]
    add     sp, sp, #176
    ret
    .size   sw_ctx_swap_asm, .-sw_ctx_swap_asm

    .globl  sw_ctx_trampoline
    .hidden sw_ctx_trampoline
    .type   sw_ctx_trampoline, %function
    .p2align 4
sw_ctx_trampoline:
    mov     x0, x20
    blr     x19
    brk     #0              /* entry functions switch away and never return */
    .size   sw_ctx_trampoline, .-sw_ctx_trampoline

#endif
    .section .note.GNU-stack, "", %progbits
