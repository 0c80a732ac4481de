/* context_x86_64.S — the x86_64 (System V) context switch for coroutines.
 *
 * sw_ctx_swap_asm(void **from_sp, void *to_sp): pushes the callee-saved registers and
 * the SSE/x87 control words on the current stack, stores the stack pointer in *from_sp,
 * loads to_sp and pops the same layout (the control words are loaded only if they differ
 * from the ones in force). Everything else is caller-saved, so the C caller
 * has already spilled it. A fresh context is a stack prepared by sw_ctx_make (context.c)
 * to "return" into sw_ctx_trampoline with r12 = entry and r13 = its argument. */
#if defined(__x86_64__) && !defined(SW_CONTEXT_UCONTEXT)

    .text
    .globl  sw_ctx_swap_asm
    .hidden sw_ctx_swap_asm
    .type   sw_ctx_swap_asm, @function
    .p2align 4
sw_ctx_swap_asm:
    .cfi_startproc
    pushq   %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    subq    $8, %rsp
    stmxcsr (%rsp)
    fnstcw  4(%rsp)
    movl    (%rsp), %eax        /* the words in force now, to compare with the saved ones */
    movzwl  4(%rsp), %ecx
    movq    %rsp, (%rdi)

    movq    %rsi, %rsp
    /* ldmxcsr and fldcw are slow (microcoded on AMD Zen) and the words rarely differ
     * between coroutines: reload them only when a control bit does. The MXCSR status
     * flags (bits 0-5) are caller-saved, so a difference there alone needs no reload. */
    xorl    (%rsp), %eax
    testl   $0xFFC0, %eax
    jnz     1f
    cmpw    4(%rsp), %cx
    jne     1f
2:
    addq    $8, %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret
1:
    ldmxcsr (%rsp)
    fldcw   4(%rsp)
    jmp     2b
    .cfi_endproc
    .size   sw_ctx_swap_asm, .-sw_ctx_swap_asm

    .globl  sw_ctx_trampoline
    .hidden sw_ctx_trampoline
    .type   sw_ctx_trampoline, @function
    .p2align 4
sw_ctx_trampoline:
    .cfi_startproc
    .cfi_undefined rip      /* the outermost frame of a coroutine: unwinders stop here */
    movq    %r13, %rdi
    callq   *%r12
    ud2                     /* entry functions switch away and never return */
    .cfi_endproc
    .size   sw_ctx_trampoline, .-sw_ctx_trampoline

#endif
    .section .note.GNU-stack, "", @progbits
