/* coroutine.c — PHP coroutines on top of the core: the Zend VM state that follows each
 * coroutine across switches, the fiber-observer protocol (so debuggers and profilers see
 * every coroutine as a fiber), the Swoole\Coroutine class, go()/defer()/Co\run(), the
 * loop that runs at the end of the script, and the deadlock report.
 *
 * Each coroutine's PHP state (php_sw_task_t) and its first VM stack page live in the core's
 * user area at the top of the coroutine's C stack: a coroutine costs no allocation unless
 * it has arguments or outgrows that first page. Zend/zend_fibers.c is the model for which
 * executor globals move with a coroutine. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include "php_swoole.h"
#include "sw_async.h"
#include "SAPI.h"
#include "main/php_output.h"
#include "ext/standard/basic_functions.h"
#include "ext/spl/spl_array.h"
#include "zend_builtin_functions.h"
#include "zend_observer.h"
#include "zend_closures.h"

/* Called on every switch: through the GOT directly, not a PLT stub (one jump less). */
__attribute__((noplt)) ZEND_API void ZEND_FASTCALL
zend_observer_fiber_switch_notify(zend_fiber_context *from, zend_fiber_context *to);
__attribute__((noplt)) ZEND_API bool zend_fiber_switch_blocked(void);

/* Every generated arginfo file names its function table ext_functions. */
#define ext_functions coroutine_functions
#include "coroutine_arginfo.h"
#undef ext_functions
#define ext_functions shortname_functions
#include "shortname_arginfo.h"
#undef ext_functions

/* The first VM stack page, inside the coroutine's user area. Frames that do not fit go to
 * emalloc'd pages of PHP_SW_VM_EXT_PAGE bytes (a power of two, as the VM requires). */
#define PHP_SW_VM_FIRST_PAGE 2048
#define PHP_SW_VM_EXT_PAGE 8192
#define PHP_SW_TASK_SIZE ((sizeof(php_sw_task_t) + 15) & ~(size_t)15)

zend_class_entry *php_sw_coroutine_ce;
static zend_class_entry *context_ce;
static zend_class_entry *iterator_ce;
static zend_class_entry *system_ce;

static php_sw_task_t root_task;     /* the executor state of the main context while away */
static bool loop_running;
static bool loop_at_shutdown;       /* the shutdown function is registered */
static int fiber_kind;              /* its address tags our zend_fiber_context.kind */
static user_opcode_handler_t prev_exit_handler;

/* The bottom frame of every coroutine, like PHP's fibers have: it gives backtraces and
 * observers a frame to stop at, and EG(current_execute_data) is never NULL in a coroutine. */
static zend_function coro_bottom_function = {ZEND_INTERNAL_FUNCTION};

/* The running coroutine's task, kept by on_switch (NULL at the root): hot paths read it
 * without asking the core. */
php_sw_task_t *php_sw_current_task;

static zend_vm_stack task_first_page(php_sw_task_t *task)
{
    return (zend_vm_stack)((char *)task + PHP_SW_TASK_SIZE);
}

/* ---- the VM state that follows a coroutine ------------------------------------------ */

static void vm_save(php_sw_task_t *t)
{
    t->vm_stack = EG(vm_stack);
    t->vm_stack_top = EG(vm_stack_top);
    t->vm_stack_end = EG(vm_stack_end);
    t->vm_stack_page_size = EG(vm_stack_page_size);
    t->execute_data = EG(current_execute_data);
    t->bailout = EG(bailout);
    t->fiber_context = EG(current_fiber_context);
    t->active_fiber = EG(active_fiber);
    t->exception = EG(exception);
    t->prev_exception = EG(prev_exception);
    t->opline_before_exception = EG(opline_before_exception);
    t->error_handling = EG(error_handling);
    t->exception_class = EG(exception_class);
    t->error_reporting = EG(error_reporting);
    t->jit_trace_num = EG(jit_trace_num);
    /* PHP blocks fiber switches while a destructor runs; a coroutine may switch there, and
     * the block must stay with it instead of holding every other coroutine's Fibers. */
    t->fiber_blocks = 0;
    while (UNEXPECTED(zend_fiber_switch_blocked())) {
        zend_fiber_switch_unblock();
        t->fiber_blocks++;
    }
    /* Output buffers belong to the coroutine that started them; most have none. */
    if (UNEXPECTED(OG(handlers).elements != NULL)) {
        t->ob_handlers = OG(handlers);
        t->ob_active = OG(active);
        t->ob_running = OG(running);
        zend_stack_init(&OG(handlers), sizeof(php_output_handler *));
        OG(active) = NULL;
        OG(running) = NULL;
    } else {
        t->ob_handlers.elements = NULL;
    }
}

static void vm_restore(const php_sw_task_t *t)
{
    EG(vm_stack) = t->vm_stack;
    EG(vm_stack_top) = t->vm_stack_top;
    EG(vm_stack_end) = t->vm_stack_end;
    EG(vm_stack_page_size) = t->vm_stack_page_size;
    EG(current_execute_data) = t->execute_data;
    EG(bailout) = t->bailout;
    EG(active_fiber) = t->active_fiber;
    EG(exception) = t->exception;
    EG(prev_exception) = t->prev_exception;
    EG(opline_before_exception) = t->opline_before_exception;
    EG(error_handling) = t->error_handling;
    EG(exception_class) = t->exception_class;
    EG(error_reporting) = t->error_reporting;
    EG(jit_trace_num) = t->jit_trace_num;
    for (uint32_t i = t->fiber_blocks; UNEXPECTED(i > 0); i--)
        zend_fiber_switch_block();
    if (UNEXPECTED(t->ob_handlers.elements != NULL)) {
        OG(handlers) = t->ob_handlers;
        OG(active) = t->ob_active;
        OG(running) = t->ob_running;
    }
}

/* A coroutine starts, as a fiber does, from the configured error_reporting rather than
 * from an @ active in its creator. The ini entry is found once per request and its value
 * parsed again only when it changes: two hash lookups per coroutine were a tenth of go(). */
static zend_ini_entry *error_reporting_entry;
static zend_string *error_reporting_seen;
static int error_reporting_value;

static int ini_error_reporting(void)
{
    if (!error_reporting_entry)
        error_reporting_entry = zend_hash_str_find_ptr(EG(ini_directives),
                                                       ZEND_STRL("error_reporting"));
    zend_string *v = error_reporting_entry ? error_reporting_entry->value : NULL;
    if (!v)
        return E_ALL;
    if (v != error_reporting_seen) {
        error_reporting_seen = v;
        error_reporting_value = (int)ZEND_STRTOL(ZSTR_VAL(v), NULL, 10);
    }
    return error_reporting_value;
}

static void vm_init(php_sw_task_t *t)
{
    zend_vm_stack page = task_first_page(t);

    page->top = ZEND_VM_STACK_ELEMENTS(page);
    page->end = (zval *)((char *)page + PHP_SW_VM_FIRST_PAGE);
    page->prev = NULL;

    zend_execute_data *bottom = (zend_execute_data *)page->top;
    memset(bottom, 0, sizeof *bottom);
    bottom->func = &coro_bottom_function;

    EG(vm_stack) = page;
    EG(vm_stack_top) = page->top + ZEND_CALL_FRAME_SLOT;
    EG(vm_stack_end) = page->end;
    EG(vm_stack_page_size) = PHP_SW_VM_EXT_PAGE;
    EG(current_execute_data) = bottom;
    EG(bailout) = NULL;
    EG(active_fiber) = NULL;
    EG(exception) = NULL;
    EG(prev_exception) = NULL;
    EG(opline_before_exception) = NULL;
    EG(error_handling) = EH_NORMAL;
    EG(exception_class) = NULL;
    EG(error_reporting) = ini_error_reporting();
    EG(jit_trace_num) = 0;
}

/* Runs on every switch, before the machine context moves. The observers are told first,
 * while EG() still describes `from`, exactly as zend_fiber_switch_context() does. */
static void on_switch(sw_coro_t *from_co, sw_coro_t *to_co, void *ud)
{
    php_sw_task_t *from = php_sw_current_task ? php_sw_current_task : &root_task;
    php_sw_task_t *to = to_co ? php_sw_task_of(to_co) : &root_task;
    /* task_main marks its own context dead as it returns; task_init sets INIT. */
    bool ending = from->fiber.status == ZEND_FIBER_STATUS_DEAD;
    bool starting = to_co && to->fiber.status == ZEND_FIBER_STATUS_INIT;
    (void)from_co;
    zend_fiber_context *from_ctx = EG(current_fiber_context);
    zend_fiber_context *to_ctx = starting ? &to->fiber : to->fiber_context;
    (void)ud;

    if (ending)
        from_ctx->status = ZEND_FIBER_STATUS_DEAD;
    zend_observer_fiber_switch_notify(from_ctx, to_ctx);
    if (!ending)
        vm_save(from);
    if (starting)
        vm_init(to);
    else
        vm_restore(to);
    to_ctx->status = ZEND_FIBER_STATUS_RUNNING;
    if (from_ctx->status == ZEND_FIBER_STATUS_RUNNING)
        from_ctx->status = ZEND_FIBER_STATUS_SUSPENDED;
    EG(current_fiber_context) = to_ctx;
    php_sw_current_task = to_co ? to : NULL;
    if (ending)
        zend_observer_fiber_destroy_notify(&from->fiber);
}

/* ---- creation, the body, the end ---------------------------------------------------- */

typedef struct {
    zend_fcall_info_cache *fcc;
    zval *callable;
    uint32_t argc;
    zval *argv;
} create_args_t;

static void task_init(sw_coro_t *co, void *arg)
{
    const create_args_t *a = arg;
    php_sw_task_t *t = php_sw_task_of(co);

    /* Field by field: a memset of the whole task was a slow `rep stos` and a tenth of
     * go(). The executor state fields are written by the first vm_save() before anything
     * reads them. */
    t->fiber.handle = NULL;
    t->fiber.kind = &fiber_kind;
    t->fiber.function = NULL;
    t->fiber.cleanup = NULL;
    t->fiber.stack = NULL;
    t->fiber.status = ZEND_FIBER_STATUS_INIT;
    t->fiber.top_observed_frame = NULL;
    for (size_t i = 0; i < sizeof t->fiber.reserved / sizeof t->fiber.reserved[0]; i++)
        t->fiber.reserved[i] = NULL;  /* observers keep their state there */
    t->co = co;
    t->fcc = *a->fcc;
    ZVAL_COPY(&t->callable, a->callable);
    t->argv = NULL;
    t->defers = NULL;
    t->defer_num = t->defer_cap = 0;
    t->context = NULL;
    t->joiners = NULL;
    t->fatal = t->unwinding = t->cancel_throws = false;
    t->argc = a->argc;
    if (a->argc) {
        t->argv = safe_emalloc(a->argc, sizeof(zval), 0);
        for (uint32_t i = 0; i < a->argc; i++)
            ZVAL_COPY(&t->argv[i], &a->argv[i]);
    }
    zend_observer_fiber_init_notify(&t->fiber);
}

static void root_bailout(void *arg)
{
    (void)arg;
    zend_bailout();
}

static void run_defers(php_sw_task_t *t)
{
    while (t->defer_num) {
        /* Moved out of the array: a defer may defer() again, which reallocates it. */
        zval cb, rv;
        ZVAL_COPY_VALUE(&cb, &t->defers[--t->defer_num]);
        /* A throwing defer must not stop the others; chain what they throw. */
        zend_exception_save();
        call_user_function(NULL, NULL, &cb, &rv, 0, NULL);
        zval_ptr_dtor(&rv);
        zval_ptr_dtor(&cb);
        zend_exception_restore();
    }
    if (t->defers)
        efree(t->defers);
    t->defers = NULL;
    t->defer_cap = 0;
}

/* An exit() inside a coroutine became Swoole\ExitException; uncaught, it ends the process
 * the way exit() would have. Returns true if that is what happened. */
static bool uncaught_exit(void)
{
    zend_object *ex = EG(exception);
    zval rv, *status;

    if (!instanceof_function(ex->ce, php_sw_exit_exception_ce))
        return false;
    status = zend_read_property(php_sw_exit_exception_ce, ex, ZEND_STRL("status"), 1, &rv);
    ZVAL_DEREF(status);
    if (Z_TYPE_P(status) == IS_LONG)
        EG(exit_status) = (int)Z_LVAL_P(status);
    else if (Z_TYPE_P(status) == IS_STRING)
        php_output_write(Z_STRVAL_P(status), Z_STRLEN_P(status));
    zend_clear_exception();
    return true;
}

bool php_sw_uncaught_exception_slow(void)
{
    if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) {
        zend_clear_exception();
        return false;
    }
    if (uncaught_exit())
        return true;
    if (Z_TYPE(EG(user_exception_handler)) != IS_UNDEF)
        zend_user_exception_handler();
    if (!EG(exception))
        return false;
    zend_exception_error(EG(exception), E_ERROR);
    return true;
}

void php_sw_end_process(void)
{
    sw_loop_stop(sw_loop_default());
    sw_coro_bailout(root_bailout, NULL);
    abort();  /* root_bailout longjmps: not reached */
}

/* The coroutine's body ended (returned or threw): defers, the uncaught exception, the
 * context. Returns true if the process must end (uncaught exception or exit()). */
static bool task_finish(php_sw_task_t *t)
{
    bool end_process = false;
    /* An unwind exit this coroutine was not sent (t->unwinding) is PHP ending the
     * request: e.g. an out-of-memory error met inside a hash resize is reported, then
     * unwinds the stack this way instead of bailing out. Nothing may go on after it. */
    bool request_ends = EG(exception) && zend_is_unwind_exit(EG(exception)) && !t->unwinding;

    if (t->unwinding || request_ends) {
        /* Torn down after a deadlock or a fatal error: no user code of this coroutine
         * runs any more. */
        while (t->defer_num)
            zval_ptr_dtor(&t->defers[--t->defer_num]);
        if (t->defers)
            efree(t->defers);
        t->defers = NULL;
    }
    if (t->defer_num)
        run_defers(t);
    end_process = php_sw_uncaught_exception() || request_ends;
    if (t->context) {
        zend_object *ctx = t->context;
        t->context = NULL;
        OBJ_RELEASE(ctx);
    }
    return end_process;
}

static void task_release(php_sw_task_t *t)
{
    for (uint32_t i = 0; i < t->argc; i++)
        zval_ptr_dtor(&t->argv[i]);
    if (t->argv)
        efree(t->argv);
    t->argv = NULL;
    t->argc = 0;
    zval_ptr_dtor(&t->callable);
    ZVAL_UNDEF(&t->callable);
    /* Output buffers left open are flushed to the next level, as at the end of a request. */
    if (OG(handlers).elements) {
        if (OG(active))
            php_output_end_all();
        zend_stack_destroy(&OG(handlers));
        zend_stack_init(&OG(handlers), sizeof(php_output_handler *));
        OG(active) = NULL;
        OG(running) = NULL;
    }
}

static void task_join_done(php_sw_task_t *t);

/* zend_call_function() for the usual body, a user function (a closure) without arguments:
 * the same frame, closure reference, observer notification and execution, without its
 * generic work (a tenth of go()). Anything else goes through zend_call_function(). */
static void task_call(php_sw_task_t *t, zend_fcall_info *fci)
{
    zend_function *func = t->fcc.function_handler;

    if (t->argc || func->type != ZEND_USER_FUNCTION ||
        (func->common.fn_flags & (ZEND_ACC_DEPRECATED | ZEND_ACC_CALL_VIA_TRAMPOLINE)) ||
        !EG(active) || EG(exception)) {
        zend_call_function(fci, &t->fcc);
        return;
    }
    ZVAL_UNDEF(fci->retval);
    uint32_t call_info = ZEND_CALL_TOP_FUNCTION | ZEND_CALL_DYNAMIC;
    void *object_or_called_scope = t->fcc.called_scope;
    if (!(func->common.fn_flags & ZEND_ACC_STATIC) && t->fcc.object) {
        object_or_called_scope = t->fcc.object;
        call_info |= ZEND_CALL_HAS_THIS;
    }
    zend_execute_data *call = zend_vm_stack_push_call_frame(call_info, func, 0,
                                                            object_or_called_scope);
    if (func->common.fn_flags & ZEND_ACC_CLOSURE) {
        uint32_t flags = ZEND_CALL_CLOSURE;
        GC_ADDREF(ZEND_CLOSURE_OBJECT(func));
        if (func->common.fn_flags & ZEND_ACC_FAKE_CLOSURE)
            flags |= ZEND_CALL_FAKE_CLOSURE;
        ZEND_ADD_CALL_FLAG(call, flags);
    }
    zend_class_entry *orig_fake_scope = EG(fake_scope);
    uint32_t orig_jit_trace_num = EG(jit_trace_num);
    EG(fake_scope) = NULL;
    zend_init_func_execute_data(call, &func->op_array, fci->retval);
    ZEND_OBSERVER_FCALL_BEGIN(call);
    zend_execute_ex(call);
    EG(jit_trace_num) = orig_jit_trace_num;
    EG(fake_scope) = orig_fake_scope;
    zend_vm_stack_free_call_frame(call);  /* the VM leaves a top frame to its caller */
    /* An exception stays pending: below is the coroutine's internal bottom frame, where
     * zend_call_function() would not rethrow either. */
}

static void task_main(void *arg)
{
    php_sw_task_t *t = php_sw_task_current();
    zval retval;
    volatile bool end_process = false;  /* set between setjmp and a possible longjmp */
    (void)arg;

    zend_fcall_info fci = {
        .size = sizeof fci,
        .retval = &retval,
        .params = t->argv,
        .param_count = t->argc,
    };
    ZVAL_UNDEF(&fci.function_name);

    zend_try {
        task_call(t, &fci);
        zval_ptr_dtor(&retval);
        end_process = task_finish(t);
        task_release(t);
        /* Releasing the context, the arguments or the callable ran a destructor that
         * threw: that exception is as uncaught as any other (one report is enough). */
        if (EG(exception)) {
            if (end_process)
                zend_clear_exception();
            else
                end_process = php_sw_uncaught_exception();
        }
        /* Waking the joiners would run them on after the fatal report. */
        if (!end_process)
            task_join_done(t);
    } zend_catch {
        t->fatal = true;
    } zend_end_try();

    if (t->fatal || end_process) {
        /* The error is reported; the whole process ends as PHP's own fatal errors end it:
         * back to the main context's bailout, past every coroutine in between. */
        php_sw_end_process();
    }
    t->fiber.status = ZEND_FIBER_STATUS_DEAD;  /* tells on_switch this is the last switch */
}

zend_long php_sw_coro_create(zval *callable, zend_fcall_info_cache *fcc, uint32_t argc,
                             zval *argv)
{
    create_args_t a = {fcc, callable, argc, argv};

    int64_t cid = sw_coro_create_ex(task_main, &a, task_init);
    if (cid < 0) {
        php_sw_error_from_core(E_WARNING);
        return -1;
    }
    if (!loop_running)
        php_sw_loop_defer_to_shutdown();
    return (zend_long)cid;
}

php_sw_task_t *php_sw_coro_require_failed(const char *what)
{
    php_sw_set_last_error(SW_ERROR_CO_OUT_OF_COROUTINE);
    zend_throw_error(php_sw_error_ce, "API must be called in the coroutine%s%s",
                     what ? ": " : "", what ? what : "");
    return NULL;
}

bool php_sw_coro_unwind_now(void)
{
    php_sw_task_t *t = php_sw_current_task;

    if (EG(exception))
        return false;
    if (t->unwinding) {
        zend_throw_unwind_exit();
        return true;
    }
    t->cancel_throws = false;
    zend_throw_exception(php_sw_canceled_exception_ce, "the coroutine was canceled", 0);
    return true;
}

/* ---- the loop at the end of the script ------------------------------------------------ */

bool php_sw_loop_running(void) { return loop_running; }

static void print_backtrace_of(php_sw_task_t *t, zend_long options, zend_long limit,
                               bool skip_last);

static void deadlock_line(sw_coro_t *co, void *ud)
{
    php_sw_task_t *t = php_sw_task_of(co);
    const char *what = sw_coro_waiting_on(co);
    (void)ud;

    php_printf("\n [Coroutine-%" PRId64 "] waiting on: %s\n", sw_coro_id(co),
               what ? what : "Co::yield()");
    php_printf("--------------------------------------------------------------------\n");
    print_backtrace_of(t, DEBUG_BACKTRACE_IGNORE_ARGS, 0, false);
}

static void collect_waiting(sw_coro_t *co, void *ud)
{
    if (sw_coro_state(co) == SW_CORO_WAITING)
        add_next_index_long((zval *)ud, (zend_long)sw_coro_id(co));
}

/* Unwinds every suspended coroutine that can be woken (its wait has a cancel function):
 * each resumes with an unwind exit, so its frames are released and destructors run, as
 * PHP does for a suspended fiber that is destroyed. Used once a deadlock is reported. */
static void unwind_all(void)
{
    zval ids, *id;

    array_init(&ids);
    sw_coro_foreach(collect_waiting, &ids);
    /* All are marked first: the end of one may wake another (Co::join(), a channel),
     * which must unwind too rather than run on after the report. */
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(ids), id) {
        sw_coro_t *co = sw_coro_find(Z_LVAL_P(id));
        if (co && sw_coro_state(co) == SW_CORO_WAITING)
            php_sw_task_of(co)->unwinding = true;
    } ZEND_HASH_FOREACH_END();
    ZEND_HASH_FOREACH_VAL(Z_ARRVAL(ids), id) {
        sw_coro_t *co = sw_coro_find(Z_LVAL_P(id));
        if (!co || sw_coro_state(co) != SW_CORO_WAITING)
            continue;
        php_sw_task_t *t = php_sw_task_of(co);
        if (sw_coro_cancel(co) < 0)
            t->unwinding = false;  /* not wakeable (e.g. a job on a worker thread) */
    } ZEND_HASH_FOREACH_END();
    zval_ptr_dtor(&ids);
}

static void deadlock_report(void)
{
    php_printf("\n===================================================================\n"
               " [FATAL ERROR]: all coroutines (count: %zu) are asleep - deadlock!\n"
               "===================================================================\n",
               sw_coro_count());
    sw_coro_foreach(deadlock_line, NULL);
}

void php_sw_loop_run(void)
{
    sw_loop_t *loop = sw_loop_default();

    if (loop_running || !loop || sw_coro_bailed_out())
        return;
    loop_running = true;
    sw_loop_run(loop);
    loop_running = false;
    if (sw_coro_bailed_out() || EG(exception))
        return;
    if (sw_coro_count()) {
        if (php_sw_settings.enable_deadlock_check)
            deadlock_report();
        unwind_all();
    }
}

static ZEND_NAMED_FUNCTION(loop_at_shutdown_fn)
{
    ZEND_PARSE_PARAMETERS_NONE();
    loop_at_shutdown = false;
    php_sw_loop_run();
}

static zend_internal_function shutdown_function = {
    .type = ZEND_INTERNAL_FUNCTION,
    .handler = loop_at_shutdown_fn,
};

void php_sw_loop_defer_to_shutdown(void)
{
    php_shutdown_function_entry entry;

    if (loop_at_shutdown || loop_running)
        return;
    memset(&entry, 0, sizeof entry);
    entry.fci.size = sizeof entry.fci;
    ZVAL_STRING(&entry.fci.function_name, "Swoole\\Event::rshutdown");
    entry.fci_cache.function_handler = (zend_function *)&shutdown_function;
    if (register_user_shutdown_function(ZEND_STRL("Swoole\\Event::rshutdown"), &entry))
        loop_at_shutdown = true;
    else
        zval_ptr_dtor(&entry.fci.function_name);
}

/* ---- exit() inside a coroutine ------------------------------------------------------------ */

static int exit_handler(zend_execute_data *execute_data)
{
    const zend_op *opline = EX(opline);
    zval status;
    zend_object *ex;

    if (!sw_coro_current()) {
        if (prev_exit_handler)
            return prev_exit_handler(execute_data);
        return ZEND_USER_OPCODE_DISPATCH;
    }
    if (opline->op1_type == IS_UNUSED) {
        ZVAL_NULL(&status);
    } else {
        zval *v = opline->op1_type == IS_CONST ? RT_CONSTANT(opline, opline->op1)
                                               : EX_VAR(opline->op1.var);
        if (opline->op1_type == IS_CV && Z_TYPE_P(v) == IS_UNDEF) {
            zend_string *name = EX(func)->op_array.vars[EX_VAR_TO_NUM(opline->op1.var)];
            zend_error(E_WARNING, "Undefined variable $%s", ZSTR_VAL(name));
            ZVAL_NULL(&status);
        } else {
            ZVAL_COPY_DEREF(&status, v);
        }
        /* The opcode owns a temporary operand (exit("a" . $b), exit(f())): the VM frees
         * it only when the handler it replaces runs, so free it here. */
        if (opline->op1_type & (IS_TMP_VAR | IS_VAR))
            zval_ptr_dtor_nogc(v);
    }
    ex = zend_throw_exception(php_sw_exit_exception_ce, "swoole exit", 0);
    zend_update_property_long(php_sw_exit_exception_ce, ex, ZEND_STRL("flags"), 1 << 1);
    zend_update_property(php_sw_exit_exception_ce, ex, ZEND_STRL("status"), &status);
    zval_ptr_dtor(&status);
    return ZEND_USER_OPCODE_CONTINUE;
}

/* ---- settings ------------------------------------------------------------------------------- */

static double setting_double(zval *v) { return zval_get_double(v); }

void php_sw_apply_settings(HashTable *ht)
{
    zval *v;

    if ((v = zend_hash_str_find(ht, ZEND_STRL("max_coroutine"))) ||
        (v = zend_hash_str_find(ht, ZEND_STRL("max_coro_num")))) {
        zend_long n = zval_get_long(v);
        sw_coro_set_max_num(n > 0 ? (size_t)n : SW_CORO_DEFAULT_MAX_NUM);
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("c_stack_size"))) ||
        (v = zend_hash_str_find(ht, ZEND_STRL("stack_size")))) {
        zend_long n = zval_get_long(v);
        sw_coro_set_stack_size(n > 0 ? (size_t)n : SW_CORO_DEFAULT_STACK_SIZE);
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("aio_worker_num")))) {
        zend_long n = zval_get_long(v);
        sw_async_set_max_threads(n > 0 ? (size_t)n : 4);
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("enable_deadlock_check"))))
        php_sw_settings.enable_deadlock_check = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("log_level"))))
        sw_log_set_level((int)zval_get_long(v));
    if ((v = zend_hash_str_find(ht, ZEND_STRL("trace_flags"))))
        php_sw_settings.trace_flags = zval_get_long(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("hook_flags"))))
        php_sw_settings.hook_flags = zval_get_long(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("enable_coroutine"))))
        php_sw_settings.timer_enable_coroutine = zend_is_true(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("socket_connect_timeout"))))
        php_sw_settings.socket_connect_timeout = setting_double(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("socket_timeout")))) {
        php_sw_settings.socket_read_timeout = setting_double(v);
        php_sw_settings.socket_write_timeout = setting_double(v);
    }
    if ((v = zend_hash_str_find(ht, ZEND_STRL("socket_read_timeout"))))
        php_sw_settings.socket_read_timeout = setting_double(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("socket_write_timeout"))))
        php_sw_settings.socket_write_timeout = setting_double(v);
    if ((v = zend_hash_str_find(ht, ZEND_STRL("dns_server")))) {
        zend_string *s = zval_get_string(v);
        free(php_sw_settings.dns_server);
        php_sw_settings.dns_server = strdup(ZSTR_VAL(s));
        zend_string_release(s);
    }
}

/* ---- Swoole\Coroutine ------------------------------------------------------------------------ */

/* The usual callable of go() is a Closure: its function comes straight from the closure,
 * as zend_is_callable() finds it, without the generic callable parsing (a twentieth of
 * go()). Returns false for anything else, which takes the regular path. */
static bool closure_fcc(zval *cb, zend_fcall_info_cache *fcc)
{
    zend_object *obj;

    if (Z_TYPE_P(cb) != IS_OBJECT || Z_OBJCE_P(cb) != zend_ce_closure)
        return false;
    obj = Z_OBJ_P(cb);
    fcc->object = NULL;
    if (obj->handlers->get_closure(obj, &fcc->calling_scope, &fcc->function_handler,
                                   &fcc->object, true) != SUCCESS ||
        (fcc->function_handler->common.fn_flags & ZEND_ACC_CALL_VIA_TRAMPOLINE))
        return false;
    fcc->called_scope = fcc->calling_scope;
    return true;
}

ZEND_METHOD(Swoole_Coroutine, create)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    uint32_t argc = ZEND_NUM_ARGS();

    /* Unknown named arguments go to the regular parsing, which refuses them. */
    if (argc >= 1 && !(ZEND_CALL_INFO(execute_data) & ZEND_CALL_HAS_EXTRA_NAMED_PARAMS) &&
        closure_fcc(ZEND_CALL_ARG(execute_data, 1), &fcc)) {
        zend_long cid = php_sw_coro_create(ZEND_CALL_ARG(execute_data, 1), &fcc, argc - 1,
                                           argc > 1 ? ZEND_CALL_ARG(execute_data, 2) : NULL);
        if (cid < 0)
            RETURN_FALSE;
        RETURN_LONG(cid);
    }
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', fci.params, fci.param_count)
    ZEND_PARSE_PARAMETERS_END();
    zend_long cid = php_sw_coro_create(&fci.function_name, &fcc, fci.param_count, fci.params);
    if (cid < 0)
        RETURN_FALSE;
    RETURN_LONG(cid);
}

ZEND_FUNCTION(go) { ZEND_MN(Swoole_Coroutine_create)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

static void defer_push(zval *callable)
{
    php_sw_task_t *t = php_sw_coro_require("defer()");

    if (!t)
        return;
    if (t->defer_num == t->defer_cap) {
        t->defer_cap = t->defer_cap ? t->defer_cap * 2 : 4;
        t->defers = safe_erealloc(t->defers, t->defer_cap, sizeof(zval), 0);
    }
    ZVAL_COPY(&t->defers[t->defer_num++], callable);
}

ZEND_METHOD(Swoole_Coroutine, defer)
{
    zval *cb;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ZVAL(cb)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(cb, 0, NULL)) {
        zend_argument_type_error(1, "must be a valid callback");
        RETURN_THROWS();
    }
    defer_push(cb);
}

ZEND_FUNCTION(defer) { ZEND_MN(Swoole_Coroutine_defer)(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

ZEND_METHOD(Swoole_Coroutine, set)
{
    HashTable *ht;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ARRAY_HT(ht)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_apply_settings(ht);
}

ZEND_METHOD(Swoole_Coroutine, getOptions)
{
    ZEND_PARSE_PARAMETERS_NONE();
    array_init(return_value);
    add_assoc_long(return_value, "max_coroutine", (zend_long)sw_coro_get_max_num());
    add_assoc_long(return_value, "c_stack_size", (zend_long)sw_coro_get_stack_size());
    add_assoc_bool(return_value, "enable_deadlock_check", php_sw_settings.enable_deadlock_check);
    add_assoc_long(return_value, "log_level", sw_log_get_level());
    add_assoc_long(return_value, "hook_flags", php_sw_settings.hook_flags);
    add_assoc_double(return_value, "socket_connect_timeout", php_sw_settings.socket_connect_timeout);
    add_assoc_double(return_value, "socket_read_timeout", php_sw_settings.socket_read_timeout);
    add_assoc_double(return_value, "socket_write_timeout", php_sw_settings.socket_write_timeout);
}

ZEND_METHOD(Swoole_Coroutine, exists)
{
    zend_long cid;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    RETURN_BOOL(sw_coro_find(cid) != NULL);
}

/* Co::resume() only wakes what Co::yield() suspended; the wait is recognised by this
 * string's address. */
static const char user_yield_what[] = "Co::yield()";

/* Co::yield() waits can be canceled: nothing else holds the coroutine. */
static bool user_yield_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    (void)arg;
    return true;
}

/* Co::yield() and Co::resume() both end here by a tail call, and reach the core from this
 * one call site: the two sides of a ping-pong then return through the same frames up to
 * the VM, which the CPU's return prediction gets right (a different frame on each side
 * costs a mispredicted return per switch). co: the coroutine to resume; NULL: `self`
 * yields. */
static __attribute__((noinline)) void user_switch(zval *return_value, php_sw_task_t *self,
                                                  sw_coro_t *co)
{
    sw_coro_resume_or_yield(co, user_yield_what, user_yield_cancel, NULL);
    if (co)
        RETURN_TRUE;
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    if (sw_coro_is_canceled(self->co)) {
        php_sw_set_last_error(SW_ERROR_CO_CANCELED);
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine, yield)
{
    ZEND_PARSE_PARAMETERS_NONE();
    php_sw_task_t *t = php_sw_coro_require("Co::yield()");
    if (!t)
        RETURN_THROWS();
    user_switch(return_value, t, NULL);
}

typedef struct {
    bool ok;
    zend_long cid;
} cid_arg_t;

/* Co::resume()'s argument, parsed apart: a local whose address the parser takes would keep
 * the method from ending in a tail call. */
static __attribute__((noinline)) cid_arg_t resume_arg(zend_execute_data *execute_data)
{
    cid_arg_t a = {false, 0};
    zend_long cid;

    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END_EX(return a);
    a.ok = true;
    a.cid = cid;
    return a;
}

ZEND_METHOD(Swoole_Coroutine, resume)
{
    cid_arg_t a = resume_arg(execute_data);
    sw_coro_t *co;

    if (!a.ok)
        RETURN_THROWS();
    if (!(co = sw_coro_find(a.cid))) {
        php_sw_set_last_error(SW_ERROR_CO_NOT_EXISTS);
        php_error_docref(NULL, E_WARNING, "you can not resume the coroutine which is in IO operation or non-existent");
        RETURN_FALSE;
    }
    if (sw_coro_waiting_on(co) != user_yield_what) {
        php_sw_set_last_error(SW_ERROR_CO_YIELD_FAILED);
        php_error_docref(NULL, E_WARNING, "you can not resume the coroutine which is in IO operation or non-existent");
        RETURN_FALSE;
    }
    user_switch(return_value, NULL, co);
}

ZEND_METHOD(Swoole_Coroutine, cancel)
{
    zend_long cid;
    bool throw_exception = false;
    sw_coro_t *co;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_LONG(cid)
        Z_PARAM_OPTIONAL
        Z_PARAM_BOOL(throw_exception)
    ZEND_PARSE_PARAMETERS_END();
    if (!(co = sw_coro_find(cid))) {
        php_sw_set_last_error(SW_ERROR_CO_NOT_EXISTS);
        RETURN_FALSE;
    }
    if (co == sw_coro_current()) {
        php_sw_set_last_error(SW_ERROR_CO_CANNOT_CANCEL);
        RETURN_FALSE;
    }
    php_sw_task_t *t = php_sw_task_of(co);
    t->cancel_throws = throw_exception;
    if (sw_coro_cancel(co) < 0) {
        t->cancel_throws = false;  /* the core's last error says why */
        RETURN_FALSE;
    }
    RETURN_TRUE;
}

ZEND_METHOD(Swoole_Coroutine, isCanceled)
{
    ZEND_PARSE_PARAMETERS_NONE();
    sw_coro_t *co = sw_coro_current();
    RETURN_BOOL(co && sw_coro_is_canceled(co));
}

/* ---- join: wait until a set of coroutines has ended ----------------------------------------- */

typedef struct join_wait join_wait_t;
typedef struct join_node {
    struct join_node *next, *prev;  /* in the target task's list */
    join_wait_t *wait;
    php_sw_task_t *target;
} join_node_t;

struct join_wait {
    sw_coro_t *co;
    size_t remaining;
    sw_timer_t *timer;
    bool timed_out;
};

#define JOINERS(t) (*(join_node_t **)&(t)->joiners)

static void task_join_done(php_sw_task_t *t)
{
    join_node_t *n;

    while ((n = JOINERS(t))) {
        JOINERS(t) = n->next;
        if (n->next)
            n->next->prev = NULL;
        n->target = NULL;
        if (--n->wait->remaining == 0 && sw_coro_state(n->wait->co) == SW_CORO_WAITING)
            sw_coro_resume(n->wait->co);
    }
}

static void join_unlink(join_node_t *n)
{
    if (!n->target)
        return;
    if (n->prev)
        n->prev->next = n->next;
    else
        JOINERS(n->target) = n->next;
    if (n->next)
        n->next->prev = n->prev;
    n->target = NULL;
}

static void join_timeout(sw_loop_t *loop, sw_timer_t *timer, void *arg)
{
    join_wait_t *w = arg;
    (void)loop;
    (void)timer;
    w->timer = NULL;
    w->timed_out = true;
    sw_coro_resume(w->co);
}

static bool join_cancel(sw_coro_t *co, void *arg)
{
    (void)co;
    (void)arg;
    return true;
}

ZEND_METHOD(Swoole_Coroutine, join)
{
    HashTable *cids;
    double timeout = -1;
    zval *v;

    ZEND_PARSE_PARAMETERS_START(1, 2)
        Z_PARAM_ARRAY_HT(cids)
        Z_PARAM_OPTIONAL
        Z_PARAM_DOUBLE(timeout)
    ZEND_PARSE_PARAMETERS_END();
    php_sw_task_t *self = php_sw_coro_require("Co::join()");
    if (!self)
        RETURN_THROWS();
    uint32_t n = zend_hash_num_elements(cids);
    if (n == 0) {
        php_sw_set_last_error(SW_ERROR_INVALID_PARAMS);
        RETURN_FALSE;
    }
    join_node_t *nodes = safe_emalloc(n, sizeof *nodes, 0);
    join_wait_t w = {.co = self->co};
    uint32_t i = 0;
    ZEND_HASH_FOREACH_VAL(cids, v) {
        zend_long cid = zval_get_long(v);
        sw_coro_t *co = sw_coro_find(cid);
        if (co == self->co) {
            for (uint32_t j = 0; j < i; j++)
                join_unlink(&nodes[j]);
            efree(nodes);
            php_sw_set_last_error(SW_ERROR_WRONG_OPERATION);
            RETURN_FALSE;
        }
        if (!co)
            continue;  /* already ended */
        php_sw_task_t *t = php_sw_task_of(co);
        join_node_t *node = &nodes[i++];
        node->wait = &w;
        node->target = t;
        node->prev = NULL;
        node->next = JOINERS(t);
        if (node->next)
            node->next->prev = node;
        JOINERS(t) = node;
        w.remaining++;
    } ZEND_HASH_FOREACH_END();

    bool ok = true;
    if (w.remaining) {
        long ms = php_sw_timeout_ms(timeout);
        if (ms > 0)
            w.timer = sw_timer_add(sw_loop_default(), (uint64_t)ms, false, join_timeout, &w);
        if (ms == 0) {
            ok = false;
        } else {
            sw_coro_yield_ex("Co::join()", join_cancel, NULL);
            ok = w.remaining == 0;
        }
        if (w.timer)
            sw_timer_cancel(sw_loop_default(), w.timer);
        for (uint32_t j = 0; j < i; j++)
            join_unlink(&nodes[j]);
        if (!ok)
            php_sw_set_last_error(sw_coro_is_canceled(self->co) ? SW_ERROR_CO_CANCELED
                                                                 : SW_ERROR_CO_TIMEDOUT);
    }
    efree(nodes);
    if (php_sw_coro_unwinding())
        RETURN_THROWS();
    RETURN_BOOL(ok);
}

/* ---- introspection -------------------------------------------------------------------------- */

ZEND_METHOD(Swoole_Coroutine, stats)
{
    sw_loop_t *loop = sw_loop_default();

    ZEND_PARSE_PARAMETERS_NONE();
    array_init(return_value);
    add_assoc_long(return_value, "event_num", loop ? (zend_long)sw_loop_io_count(loop) : 0);
    add_assoc_long(return_value, "signal_listener_num",
                   loop ? (zend_long)sw_loop_signal_count(loop) : 0);
    add_assoc_long(return_value, "aio_task_num", (zend_long)sw_async_pending());
    add_assoc_long(return_value, "aio_worker_num", (zend_long)sw_async_thread_count());
    add_assoc_long(return_value, "aio_queue_size", (zend_long)sw_async_pending());
    add_assoc_long(return_value, "c_stack_size", (zend_long)sw_coro_get_stack_size());
    add_assoc_long(return_value, "coroutine_num", (zend_long)sw_coro_count());
    add_assoc_long(return_value, "coroutine_peak_num", (zend_long)sw_coro_peak());
    add_assoc_long(return_value, "coroutine_last_cid", (zend_long)sw_coro_last_id());
    add_assoc_long(return_value, "timer_num", loop ? (zend_long)sw_timer_count(loop) : 0);
}

ZEND_METHOD(Swoole_Coroutine, getCid)
{
    ZEND_PARSE_PARAMETERS_NONE();
    RETURN_LONG(sw_coro_current_id());
}

/* cid 0 (or omitted) means the current coroutine; returns NULL if there is none. */
static sw_coro_t *coro_arg(zend_long cid)
{
    return cid == 0 ? sw_coro_current() : sw_coro_find(cid);
}

ZEND_METHOD(Swoole_Coroutine, getPcid)
{
    zend_long cid = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co) {
        if (cid == 0)
            RETURN_LONG(-1);
        RETURN_FALSE;
    }
    RETURN_LONG(sw_coro_parent_id(co));
}

ZEND_METHOD(Swoole_Coroutine, getContext)
{
    zend_long cid = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co)
        RETURN_NULL();
    php_sw_task_t *t = php_sw_task_of(co);
    if (!t->context) {
        zval obj;
        object_init_ex(&obj, context_ce);
        t->context = Z_OBJ(obj);
    }
    GC_ADDREF(t->context);
    RETURN_OBJ(t->context);
}

/* Backtrace of a suspended coroutine: walk its frames with its own execute data. */
static void backtrace_of(php_sw_task_t *t, zval *out, zend_long options, zend_long limit,
                         bool skip_last)
{
    if (!t || t == php_sw_task_current() || (!t->co && !sw_coro_current())) {
        zend_fetch_debug_backtrace(out, skip_last ? 1 : 0, (int)options, (int)limit);
        return;
    }
    zend_execute_data *saved = EG(current_execute_data);
    EG(current_execute_data) = t->execute_data;
    zend_fetch_debug_backtrace(out, 0, (int)options, (int)limit);
    EG(current_execute_data) = saved;
}

static void print_backtrace_of(php_sw_task_t *t, zend_long options, zend_long limit,
                               bool skip_last)
{
    zval trace;

    backtrace_of(t, &trace, options, limit, skip_last);
    zend_string *s = zend_trace_to_string(Z_ARRVAL(trace), false);
    PHPWRITE(ZSTR_VAL(s), ZSTR_LEN(s));
    zend_string_release(s);
    zval_ptr_dtor(&trace);
}

ZEND_METHOD(Swoole_Coroutine, getBackTrace)
{
    zend_long cid = 0, options = DEBUG_BACKTRACE_PROVIDE_OBJECT, limit = 0;

    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
        Z_PARAM_LONG(options)
        Z_PARAM_LONG(limit)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co && cid != 0)
        RETURN_FALSE;
    backtrace_of(co ? php_sw_task_of(co) : NULL, return_value, options, limit, true);
}

ZEND_METHOD(Swoole_Coroutine, printBackTrace)
{
    zend_long cid = 0, options = 0, limit = 0;

    ZEND_PARSE_PARAMETERS_START(0, 3)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
        Z_PARAM_LONG(options)
        Z_PARAM_LONG(limit)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co && cid != 0) {
        php_sw_set_last_error(SW_ERROR_CO_NOT_EXISTS);
        RETURN_FALSE;
    }
    print_backtrace_of(co ? php_sw_task_of(co) : NULL, options, limit, true);
}

ZEND_METHOD(Swoole_Coroutine, getElapsed)
{
    zend_long cid = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co)
        RETURN_LONG(-1);
    RETURN_LONG((zend_long)(sw_clock_ms() - sw_coro_started_ms(co)));
}

ZEND_METHOD(Swoole_Coroutine, getStackUsage)
{
    zend_long cid = 0;

    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_LONG(cid)
    ZEND_PARSE_PARAMETERS_END();
    sw_coro_t *co = coro_arg(cid);
    if (!co)
        RETURN_FALSE;
    php_sw_task_t *t = php_sw_task_of(co);
    zend_vm_stack page = t == php_sw_task_current() ? EG(vm_stack) : t->vm_stack;
    zval *top = t == php_sw_task_current() ? EG(vm_stack_top) : t->vm_stack_top;
    size_t used = (size_t)((char *)top - (char *)ZEND_VM_STACK_ELEMENTS(page));
    for (page = page->prev; page; page = page->prev)
        used += (size_t)((char *)page->end - (char *)ZEND_VM_STACK_ELEMENTS(page));
    RETURN_LONG((zend_long)used);
}

static void list_one(sw_coro_t *co, void *ud)
{
    add_next_index_long((zval *)ud, (zend_long)sw_coro_id(co));
}

ZEND_METHOD(Swoole_Coroutine, list)
{
    zval arr;

    ZEND_PARSE_PARAMETERS_NONE();
    array_init(&arr);
    sw_coro_foreach(list_one, &arr);
    object_init_ex(return_value, iterator_ce);
    zend_call_known_instance_method_with_1_params(iterator_ce->constructor,
                                                  Z_OBJ_P(return_value), NULL, &arr);
    zval_ptr_dtor(&arr);
}

/* ---- Co\run ---------------------------------------------------------------------------------- */

static void co_run(INTERNAL_FUNCTION_PARAMETERS)
{
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;

    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_FUNC(fci, fcc)
        Z_PARAM_VARIADIC('*', fci.params, fci.param_count)
    ZEND_PARSE_PARAMETERS_END();
    if (loop_running || sw_coro_current()) {
        php_error_docref(NULL, E_WARNING,
                         "eventLoop has already been created, unable to start %s",
                         "Swoole\\Coroutine\\run()");
        RETURN_FALSE;
    }
    if (php_sw_coro_create(&fci.function_name, &fcc, fci.param_count, fci.params) < 0)
        RETURN_FALSE;
    php_sw_loop_run();
    RETURN_TRUE;
}

ZEND_FUNCTION(Swoole_Coroutine_run) { co_run(INTERNAL_FUNCTION_PARAM_PASSTHRU); }
ZEND_FUNCTION(Co_run) { co_run(INTERNAL_FUNCTION_PARAM_PASSTHRU); }

/* ---- lifecycle ------------------------------------------------------------------------------- */

void php_sw_coroutine_minit(int module_number)
{
    (void)module_number;
    zend_register_functions(NULL, coroutine_functions, NULL, MODULE_PERSISTENT);
    if (php_sw_settings.use_shortname)
        zend_register_functions(NULL, shortname_functions, NULL, MODULE_PERSISTENT);
    php_sw_coroutine_ce = register_class_Swoole_Coroutine();
    context_ce = register_class_Swoole_Coroutine_Context(spl_ce_ArrayObject);
    iterator_ce = register_class_Swoole_Coroutine_Iterator(spl_ce_ArrayIterator);
    system_ce = register_class_Swoole_Coroutine_System();
    php_sw_class_alias(php_sw_coroutine_ce, "Co", true);
    php_sw_class_alias(system_ce, "Co\\System", true);
    php_sw_class_alias(context_ce, "Co\\Context", true);

    sw_coro_set_user_size(PHP_SW_TASK_SIZE + PHP_SW_VM_FIRST_PAGE);
    sw_coro_set_switch_hook(on_switch, NULL);
    prev_exit_handler = zend_get_user_opcode_handler(ZEND_EXIT);
    zend_set_user_opcode_handler(ZEND_EXIT, exit_handler);
}

void php_sw_coroutine_rinit(void)
{
    error_reporting_entry = NULL;
    error_reporting_seen = NULL;
    loop_running = false;
    loop_at_shutdown = false;
}

/* Destructors run after the shutdown functions, hence after the loop: a coroutine one of
 * them started would be left half-run. Let the loop finish that work (or report it as a
 * deadlock) while the request can still run PHP code and print. */
void php_sw_coroutine_rshutdown(void)
{
    if (sw_coro_count() && !sw_coro_bailed_out() && !loop_running)
        php_sw_loop_run();
}
