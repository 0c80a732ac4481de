/* plugin_loader.c — loads the plugins enabled in the ini array swoole.plugins[] at the
 * module's MINIT, checks each against the contract (ARCHITECTURE.md, "The plugin contract"),
 * starts them in dependency order, forwards the request hooks, shuts them down in reverse
 * order, and lists them in `php --ri swoole`.
 *
 * Checks run in a fixed order and the first failure is the one reported, in one warning
 * that names the plugin, its file, what was expected and what was found, and the remedy:
 *   file → loadable → symbol → magic → size → SDK major → SDK minor → PHP API → build id →
 *   name → conflicts → dependency cycle → dependency missing / failed / too old → startup.
 * A failed plugin never runs code (except a failing startup); PHP goes on without it
 * unless swoole.plugin_failure=fatal, which makes the module fail to start.
 *
 * Plugins are opened with libltdl's local advice (their symbols never leak into other
 * plugins) and pinned before their startup runs: they are never unloaded, because classes,
 * functions and ini entries registered by them live until the very end of the process.
 * Pinning is dlopen(RTLD_NOLOAD | RTLD_NODELETE) on the object libltdl loaded rather than
 * libltdl's resident advice: a resident lt handle can never be freed, and once PHP unloads
 * swoole.so (and libltdl with it) that handle is memory nobody can reach, which memcheck
 * rightly reports. Pinned by the dynamic linker, the object stays; libltdl's handles are
 * all closed and freed at MSHUTDOWN. Plugins that fail a check are closed at once. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <ctype.h>
#include <dlfcn.h>
#include <ltdl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "php_swoole.h"
#include "swoole/sdk_php.h"

/* The smallest descriptor the loader understands: SDK 1.0's, up to and including info. */
#define DESCRIPTOR_MIN_SIZE (offsetof(sw_plugin_t, info) + sizeof(void (*)(void)))

enum plugin_state { PLUGIN_PENDING, PLUGIN_LOADED, PLUGIN_FAILED };

typedef struct plugin {
    char *name;
    char *path;
    lt_dlhandle handle;
    const sw_plugin_t *desc;
    enum plugin_state state;
    char *reason;          /* why it is not loaded */
    bool visiting;         /* topological sort marks */
    bool placed;
    bool started;          /* its startup ran: its code may be referenced, keep it */
} plugin_t;

static plugin_t *plugins;      /* in the order of swoole.plugins[] (deduplicated) */
static size_t plugin_num;
static plugin_t **order;       /* started ones, in start order */
static size_t order_num;
static bool ltdl_ready;
static bool any_failed;

/* ---- small helpers ---------------------------------------------------------------------- */

static char *xstrdup(const char *s)
{
    char *d = strdup(s ? s : "");
    if (!d) {
        fprintf(stderr, "swoole: out of memory loading plugins\n");
        abort();
    }
    return d;
}

static plugin_t *plugin_find(const char *name)
{
    for (size_t i = 0; i < plugin_num; i++)
        if (strcmp(plugins[i].name, name) == 0)
            return &plugins[i];
    return NULL;
}

/* Marks the plugin failed with a reason and reports it (one warning per plugin). The
 * reason is what `php --ri swoole` shows; the warning adds the plugin and its file. */
static void plugin_fail(plugin_t *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void plugin_fail(plugin_t *p, const char *fmt, ...)
{
    char reason[1024];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(reason, sizeof reason, fmt, ap);
    va_end(ap);
    p->state = PLUGIN_FAILED;
    p->reason = xstrdup(reason);
    any_failed = true;
    zend_error(E_WARNING, "swoole: plugin \"%s\" (%s) %s", p->name, p->path, reason);
}

#define FAIL_RETURN(...)       \
    do {                       \
        plugin_fail(__VA_ARGS__); \
        return;                \
    } while (0)

/* Compares dotted versions numerically ("1.10" > "1.9"); missing parts count as 0. */
static int version_cmp(const char *a, const char *b)
{
    while (*a || *b) {
        unsigned long x = strtoul(a, (char **)&a, 10);
        unsigned long y = strtoul(b, (char **)&b, 10);
        if (x != y)
            return x < y ? -1 : 1;
        while (*a && *a != '.')
            a++;
        while (*b && *b != '.')
            b++;
        if (*a == '.')
            a++;
        if (*b == '.')
            b++;
    }
    return 0;
}

static bool name_valid(const char *s)
{
    if (!*s || strlen(s) > 64)
        return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-')
            return false;
    return true;
}

/* ---- the enabled list --------------------------------------------------------------------- */

static void enable_one(const char *name, size_t len)
{
    char buf[256];
    const char *dir = INI_STR("swoole.plugin_dir");

    while (len && isspace((unsigned char)*name))
        name++, len--;
    while (len && isspace((unsigned char)name[len - 1]))
        len--;
    if (!len)
        return;
    snprintf(buf, sizeof buf, "%.*s", (int)(len < sizeof buf - 1 ? len : sizeof buf - 1), name);
    if (plugin_find(buf))
        return;   /* listed twice (e.g. in conf.d and with -d): one plugin */
    plugin_t *p = &plugins[plugin_num++];
    memset(p, 0, sizeof *p);
    p->name = xstrdup(buf);
    if (!dir || !*dir)
        dir = PHP_SW_PLUGIN_DIR;
    size_t n = strlen(dir) + strlen(buf) + 5;
    p->path = malloc(n);
    if (!p->path)
        abort();
    snprintf(p->path, n, "%s%s%s.so", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", buf);
    if (!name_valid(buf))
        plugin_fail(p, "has an invalid name: expected letters, digits, '_' or '-', found \"%s\"; "
                       "fix the swoole.plugins[] entry", buf);
}

/* swoole.plugins[] is an ini array: each conf.d file (and each -d 'swoole.plugins[]=x')
 * appends an entry. A plain `swoole.plugins = a,b` is accepted too. */
static void collect_enabled(void)
{
    zval *v = cfg_get_entry(ZEND_STRL("swoole.plugins"));
    size_t cap = 0;

    if (!v)
        return;
    if (Z_TYPE_P(v) == IS_ARRAY) {
        zval *e;
        cap = zend_hash_num_elements(Z_ARRVAL_P(v));
        plugins = calloc(cap ? cap : 1, sizeof *plugins);
        ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), e) {
            if (Z_TYPE_P(e) == IS_STRING)
                enable_one(Z_STRVAL_P(e), Z_STRLEN_P(e));
        } ZEND_HASH_FOREACH_END();
    } else if (Z_TYPE_P(v) == IS_STRING) {
        const char *s = Z_STRVAL_P(v);
        cap = 1;
        for (const char *c = s; *c; c++)
            cap += *c == ',';
        plugins = calloc(cap, sizeof *plugins);
        while (*s) {
            size_t n = strcspn(s, ",");
            enable_one(s, n);
            s += n + (s[n] == ',');
        }
    }
    if (!plugins)
        abort();
}

/* ---- per plugin checks: file, symbol, descriptor ---------------------------------------------- */

static void check_descriptor(plugin_t *p)
{
    const sw_plugin_t *d = p->desc;

    if (d->magic != SW_PLUGIN_MAGIC)
        FAIL_RETURN(p, "is not a swoole plugin: descriptor magic is 0x%08x, expected "
                              "0x%08x; rebuild it with SW_PLUGIN_DEFINE() from swoole-sdk %s",
                           (unsigned)d->magic, SW_PLUGIN_MAGIC, SW_SDK_VERSION_STRING);
    if (d->size < DESCRIPTOR_MIN_SIZE)
        FAIL_RETURN(p, "has a descriptor of %u bytes, expected at least %zu; rebuild it "
                              "against swoole-sdk %s",
                           (unsigned)d->size, DESCRIPTOR_MIN_SIZE, SW_SDK_VERSION_STRING);
    if (d->sdk_major != SW_SDK_MAJOR)
        FAIL_RETURN(p, "was built for SDK %u.x, core provides %d.%d; rebuild it against "
                              "swoole-sdk %d.%d or use a swoole with SDK %u",
                           (unsigned)d->sdk_major, SW_SDK_MAJOR, SW_SDK_MINOR, SW_SDK_MAJOR,
                           SW_SDK_MINOR, (unsigned)d->sdk_major);
    if (d->sdk_min_minor > SW_SDK_MINOR)
        FAIL_RETURN(p, "needs SDK %u.%u, core provides %d.%d; rebuild it against "
                              "swoole-sdk %d.%d or upgrade swoole",
                           (unsigned)d->sdk_major, (unsigned)d->sdk_min_minor, SW_SDK_MAJOR,
                           SW_SDK_MINOR, SW_SDK_MAJOR, SW_SDK_MINOR);
    if (d->zend_api && d->zend_api != ZEND_MODULE_API_NO)
        FAIL_RETURN(p, "was built for PHP API %u, this PHP is %d; rebuild it against "
                              "this PHP (php-config %s)",
                           (unsigned)d->zend_api, ZEND_MODULE_API_NO, PHP_VERSION);
    if (d->build_id && strcmp(d->build_id, ZEND_MODULE_BUILD_ID) != 0)
        FAIL_RETURN(p, "was built for PHP build %s, this PHP is %s; rebuild it against "
                              "this PHP (php-config %s)",
                           d->build_id, ZEND_MODULE_BUILD_ID, PHP_VERSION);
    if (!d->name || strcmp(d->name, p->name) != 0)
        FAIL_RETURN(p, "declares the name \"%s\", expected \"%s\"; rename the file to "
                              "%s.so or fix swoole.plugins[]",
                           d->name ? d->name : "", p->name, d->name ? d->name : "NAME");
    if (!d->startup || !d->version)
        FAIL_RETURN(p, "has no %s in its descriptor; set it in SW_PLUGIN_DEFINE()",
                           !d->startup ? "startup hook" : "version");
}

/* libltdl reports the last of the names it tried ("file not found"), not why the file
 * itself failed: ask the dynamic linker once more for the real reason (an undefined
 * symbol, a wrong architecture). */
static const char *dl_reason(const char *path)
{
    const char *lt = lt_dlerror();
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (h) {
        dlclose(h);
        return lt ? lt : "unknown error";
    }
    const char *why = dlerror();
    return why ? why : (lt ? lt : "unknown error");
}

static void open_plugin(plugin_t *p)
{
    lt_dladvise advise;
    union {
        void *obj;
        sw_plugin_descriptor_fn fn;
    } sym;

    if (access(p->path, F_OK) != 0)
        FAIL_RETURN(p, "was not found: no such file; install the plugin there or set "
                              "swoole.plugin_dir to its directory");
    if (lt_dladvise_init(&advise) || lt_dladvise_local(&advise)) {
        plugin_fail(p, "cannot be loaded: libltdl: %s", lt_dlerror());
        lt_dladvise_destroy(&advise);
        return;
    }
    p->handle = lt_dlopenadvise(p->path, advise);
    lt_dladvise_destroy(&advise);
    if (!p->handle)
        FAIL_RETURN(p, "cannot be loaded: %s; rebuild it against this swoole and PHP",
                    dl_reason(p->path));
    sym.obj = lt_dlsym(p->handle, SW_PLUGIN_SYMBOL);
    if (!sym.obj)
        FAIL_RETURN(p, "is not a swoole plugin: expected the exported function %s(), "
                              "found none; build it with SW_PLUGIN_DEFINE() from swoole-sdk",
                           SW_PLUGIN_SYMBOL);
    p->desc = sym.fn();
    if (!p->desc)
        FAIL_RETURN(p, "is not a swoole plugin: %s() returned NULL", SW_PLUGIN_SYMBOL);
    check_descriptor(p);
}

/* ---- dependencies --------------------------------------------------------------------------- */

static bool dep_orders(const sw_plugin_dep_t *dep)
{
    return dep->kind == SW_DEP_REQUIRED || dep->kind == SW_DEP_OPTIONAL;
}

static void check_conflicts(plugin_t *p)
{
    for (const sw_plugin_dep_t *dep = p->desc->deps; dep && dep->name; dep++) {
        if (dep->kind != SW_DEP_CONFLICTS)
            continue;
        plugin_t *q = plugin_find(dep->name);
        if (q && q != p && q->state != PLUGIN_FAILED)
            FAIL_RETURN(p, "conflicts with plugin \"%s\" (%s), which is enabled too; "
                                  "remove one of them from swoole.plugins[]",
                               q->name, q->path);
    }
}

/* Depth-first topological sort; siblings in name order, so the result never depends on
 * the order of the conf.d files. A back edge is a cycle: every plugin on it fails. */
static plugin_t **sorted;
static size_t sorted_num;

static int cmp_name(const void *a, const void *b)
{
    return strcmp((*(plugin_t *const *)a)->name, (*(plugin_t *const *)b)->name);
}

static bool visit(plugin_t *p, plugin_t **stack, size_t depth)
{
    if (p->placed)
        return true;
    if (p->visiting) {
        char chain[512] = "";
        size_t from = depth;
        while (from > 0 && stack[from - 1] != p)
            from--;
        for (size_t i = from ? from - 1 : 0; i < depth; i++) {
            strncat(chain, stack[i]->name, sizeof chain - strlen(chain) - 1);
            strncat(chain, " -> ", sizeof chain - strlen(chain) - 1);
        }
        strncat(chain, p->name, sizeof chain - strlen(chain) - 1);
        for (size_t i = from ? from - 1 : 0; i < depth; i++)
            if (stack[i]->state != PLUGIN_FAILED)
                plugin_fail(stack[i], "is part of a dependency cycle (%s); remove the cycle", chain);
        return false;
    }
    p->visiting = true;
    stack[depth] = p;
    if (p->desc) {
        for (const sw_plugin_dep_t *dep = p->desc->deps; dep && dep->name; dep++) {
            plugin_t *q = dep_orders(dep) ? plugin_find(dep->name) : NULL;
            if (q && q != p)
                visit(q, stack, depth + 1);
        }
    }
    p->visiting = false;
    p->placed = true;
    sorted[sorted_num++] = p;
    return true;
}

static void sort_plugins(void)
{
    plugin_t **by_name = calloc(plugin_num ? plugin_num : 1, sizeof *by_name);
    plugin_t **stack = calloc(plugin_num + 1, sizeof *stack);
    sorted = calloc(plugin_num ? plugin_num : 1, sizeof *sorted);
    if (!by_name || !stack || !sorted)
        abort();
    for (size_t i = 0; i < plugin_num; i++)
        by_name[i] = &plugins[i];
    qsort(by_name, plugin_num, sizeof *by_name, cmp_name);
    for (size_t i = 0; i < plugin_num; i++)
        visit(by_name[i], stack, 0);
    free(by_name);
    free(stack);
}

/* Missing, failed or too old required dependencies (checked when the plugin's turn to
 * start comes, so a dependency that failed its own startup is seen as failed). */
static bool check_deps(plugin_t *p)
{
    for (const sw_plugin_dep_t *dep = p->desc->deps; dep && dep->name; dep++) {
        if (dep->kind != SW_DEP_REQUIRED)
            continue;
        plugin_t *q = plugin_find(dep->name);
        if (!q) {
            plugin_fail(p, "needs plugin \"%s\", which is not enabled; add "
                           "swoole.plugins[] = %s to a conf.d file",
                        dep->name, dep->name);
            return false;
        }
        if (q->state != PLUGIN_LOADED) {
            plugin_fail(p, "needs plugin \"%s\", which failed to load (%s); fix \"%s\" first",
                        dep->name, q->path, dep->name);
            return false;
        }
        if (dep->min_version && version_cmp(q->desc->version, dep->min_version) < 0) {
            plugin_fail(p, "needs plugin \"%s\" >= %s, found %s (%s); upgrade \"%s\"",
                        dep->name, dep->min_version, q->desc->version, q->path, dep->name);
            return false;
        }
    }
    return true;
}

static void start_plugin(plugin_t *p)
{
    const sw_api_t *api = php_sw_plugin_api();

    if (p->desc->api_slot)
        *p->desc->api_slot = api;
    sw_error_clear();
    if (!dlopen(p->path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD | RTLD_NODELETE)) {
        const char *why = dlerror();
        plugin_fail(p, "cannot be kept loaded: %s", why ? why : "dlopen(RTLD_NODELETE) failed");
        return;
    }
    p->started = true;
    int rc = p->desc->startup(api);
    if (rc < 0) {
        const char *msg = sw_error_code() ? sw_error_msg() : sw_strerror(-rc);
        plugin_fail(p, "failed to start: startup returned %d (%s); see the plugin's "
                       "documentation or its swoole.%s.* settings",
                    rc, msg, p->name);
        sw_error_clear();
        return;
    }
    p->state = PLUGIN_LOADED;
    order[order_num++] = p;
}

/* ---- lifecycle ---------------------------------------------------------------------------- */

int php_sw_plugins_minit(void)
{
    collect_enabled();
    if (!plugin_num)
        return SUCCESS;
    if (lt_dlinit() != 0) {
        zend_error(E_WARNING, "swoole: cannot load plugins: libltdl: %s", lt_dlerror());
        return SUCCESS;
    }
    ltdl_ready = true;
    order = calloc(plugin_num, sizeof *order);
    if (!order)
        abort();
    for (size_t i = 0; i < plugin_num; i++)
        if (plugins[i].state == PLUGIN_PENDING)
            open_plugin(&plugins[i]);
    for (size_t i = 0; i < plugin_num; i++)
        if (plugins[i].state == PLUGIN_PENDING)
            check_conflicts(&plugins[i]);
    sort_plugins();
    for (size_t i = 0; i < sorted_num; i++) {
        plugin_t *p = sorted[i];
        if (p->state == PLUGIN_PENDING && check_deps(p))
            start_plugin(p);
    }
    free(sorted);
    sorted = NULL;
    /* Plugins that failed before their startup ran are closed (their descriptors are no
     * longer read after this point). */
    for (size_t i = 0; i < plugin_num; i++) {
        plugin_t *p = &plugins[i];
        if (p->state == PLUGIN_FAILED && p->handle && !p->started) {
            lt_dlclose(p->handle);
            p->handle = NULL;
            p->desc = NULL;
        }
    }
    if (any_failed) {
        const char *mode = INI_STR("swoole.plugin_failure");
        if (mode && strcmp(mode, "fatal") == 0)
            return FAILURE;
    }
    return SUCCESS;
}

void php_sw_plugins_mshutdown(void)
{
    while (order_num) {
        plugin_t *p = order[--order_num];
        if (p->desc->shutdown)
            p->desc->shutdown();
    }
    for (size_t i = 0; i < plugin_num; i++) {
        /* Started ones are pinned (RTLD_NODELETE): closing the lt handle frees libltdl's
         * bookkeeping, the object stays mapped for PHP's tables that point into it. */
        if (plugins[i].handle)
            lt_dlclose(plugins[i].handle);
        free(plugins[i].name);
        free(plugins[i].path);
        free(plugins[i].reason);
    }
    free(plugins);
    free(order);
    plugins = NULL;
    order = NULL;
    plugin_num = 0;
    if (ltdl_ready)
        lt_dlexit();
    ltdl_ready = false;
}

int php_sw_plugins_rinit(void)
{
    for (size_t i = 0; i < order_num; i++) {
        const sw_plugin_t *d = order[i]->desc;
        if (d->request_startup && d->request_startup() < 0)
            return FAILURE;
    }
    return SUCCESS;
}

void php_sw_plugins_rshutdown(void)
{
    for (size_t i = order_num; i-- > 0;) {
        const sw_plugin_t *d = order[i]->desc;
        if (d->request_shutdown)
            d->request_shutdown();
    }
}

/* "used by": the loaded plugins that depend on p. */
static void used_by(const plugin_t *p, char *buf, size_t size)
{
    buf[0] = '\0';
    for (size_t i = 0; i < order_num; i++) {
        for (const sw_plugin_dep_t *dep = order[i]->desc->deps; dep && dep->name; dep++) {
            if (dep_orders(dep) && strcmp(dep->name, p->name) == 0) {
                if (buf[0])
                    strncat(buf, ", ", size - strlen(buf) - 1);
                strncat(buf, order[i]->name, size - strlen(buf) - 1);
            }
        }
    }
}

void php_sw_plugins_minfo(void)
{
    char row[2048], users[512];

    php_info_print_table_start();
    php_info_print_table_colspan_header(2, "Plugins");
    snprintf(row, sizeof row, "%d.%d", SW_SDK_MAJOR, SW_SDK_MINOR);
    php_info_print_table_row(2, "SDK version", row);
    if (!plugin_num)
        php_info_print_table_row(2, "enabled plugins", "none (add swoole.plugins[] = NAME)");
    /* Loaded ones in start order, then the others in list order. */
    for (size_t i = 0; i < order_num; i++) {
        const plugin_t *p = order[i];
        used_by(p, users, sizeof users);
        snprintf(row, sizeof row, "loaded: version %s, SDK %u.%u, %s%s%s", p->desc->version,
                 (unsigned)p->desc->sdk_major, (unsigned)p->desc->sdk_min_minor, p->path,
                 users[0] ? ", used by " : "", users);
        php_info_print_table_row(2, p->name, row);
    }
    for (size_t i = 0; i < plugin_num; i++) {
        const plugin_t *p = &plugins[i];
        if (p->state == PLUGIN_LOADED)
            continue;
        snprintf(row, sizeof row, "not loaded: %s", p->reason ? p->reason : "not started");
        php_info_print_table_row(2, p->name, row);
    }
    php_info_print_table_end();
    for (size_t i = 0; i < order_num; i++) {
        if (!order[i]->desc->info)
            continue;
        php_info_print_table_start();
        php_info_print_table_colspan_header(2, order[i]->name);
        order[i]->desc->info();
        php_info_print_table_end();
    }
}

/* Why the plugin `name` is not available: NULL if it is loaded; "" if it is not enabled;
 * else the reason it failed. */
const char *php_sw_plugin_unavailable(const char *name)
{
    plugin_t *p = plugin_find(name);
    if (!p)
        return "";
    if (p->state == PLUGIN_LOADED)
        return NULL;
    return p->reason ? p->reason : "";
}
