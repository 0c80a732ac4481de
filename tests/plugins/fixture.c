/* fixture.c — one tiny plugin per rule of the loader, built only for the tests (never
 * installed). Each library compiles this file with -D switches that break one thing:
 *   FIX_NAME            the name the descriptor declares (string)
 *   FIX_NO_DESCRIPTOR   export no sw_plugin_descriptor(): "not a plugin"
 *   FIX_MAGIC / FIX_MAJOR / FIX_MIN_MINOR / FIX_ZEND_API / FIX_BUILD_ID
 *                       override one field of the descriptor
 *   FIX_DEP_NAME, FIX_DEP_VERSION, FIX_DEP_KIND
 *                       one dependency (kind: SW_DEP_REQUIRED by default)
 *   FIX_STARTUP_FAIL    startup returns an error
 *   FIX_NAME_OVERRIDE   the descriptor declares another name than the file's
 *   FIX_UNRESOLVED      references a function nobody defines (-z now: the load fails)
 * Startup publishes a service named after the plugin and, if it has a required dependency,
 * requires that one's service: so a plugin started before its dependency fails loudly. */
#include <swoole/sdk_php.h>

#ifdef FIX_NO_DESCRIPTOR
/* Looks like a shared object with code, but not a plugin. */
__attribute__((visibility("default"))) int fixture_not_a_plugin(void);
__attribute__((visibility("default"))) int fixture_not_a_plugin(void) { return 42; }
#else

#ifndef FIX_MAGIC
#define FIX_MAGIC SW_PLUGIN_MAGIC
#endif
#ifndef FIX_MAJOR
#define FIX_MAJOR SW_SDK_MAJOR
#endif
#ifndef FIX_MIN_MINOR
#define FIX_MIN_MINOR SW_SDK_MINOR
#endif
#ifndef FIX_ZEND_API
#define FIX_ZEND_API ZEND_MODULE_API_NO
#endif
#ifndef FIX_BUILD_ID
#define FIX_BUILD_ID ZEND_MODULE_BUILD_ID
#endif
#ifndef FIX_DEP_KIND
#define FIX_DEP_KIND SW_DEP_REQUIRED
#endif
#ifndef FIX_DEP_VERSION
#define FIX_DEP_VERSION NULL
#endif

static const sw_api_t *api;
static const int marker = 1;   /* the vtable this fixture provides */

#ifdef FIX_UNRESOLVED
void sw_fixture_symbol_nobody_defines(void);
#endif

static int fixture_startup(const sw_api_t *a)
{
    api = a;
#ifdef FIX_UNRESOLVED
    sw_fixture_symbol_nobody_defines();
#endif
#ifdef FIX_STARTUP_FAIL
    (void)marker;
    return api->error_set(SW_SDK_E_INVALID_PARAMS, "the fixture refuses to start");
#else
#if defined(FIX_DEP_NAME)
    if (FIX_DEP_KIND == SW_DEP_REQUIRED && !api->require(FIX_DEP_NAME, 1))
        return -SW_SDK_E_WRONG_OPERATION;
#endif
    return api->provide(FIX_NAME, 1, &marker);
#endif
}

#ifdef FIX_DEP_NAME
static const sw_plugin_dep_t fixture_deps[] = {
    {FIX_DEP_NAME, FIX_DEP_VERSION, FIX_DEP_KIND},
    {NULL, NULL, 0},
};
#define FIX_DEPS fixture_deps
#else
#define FIX_DEPS NULL
#endif

/* Written out rather than with SW_PLUGIN_DEFINE(): the fixtures break its fields. */
static const sw_plugin_t descriptor = {
    .magic = FIX_MAGIC,
    .size = sizeof(sw_plugin_t),
    .sdk_major = FIX_MAJOR,
    .sdk_min_minor = FIX_MIN_MINOR,
    .zend_api = FIX_ZEND_API,
    .build_id = FIX_BUILD_ID,
#ifdef FIX_NAME_OVERRIDE
    .name = FIX_NAME_OVERRIDE,
#else
    .name = FIX_NAME,
#endif
    .version = "1.0.0",
    .description = "loader test fixture",
    .deps = FIX_DEPS,
    .startup = fixture_startup,
};

SW_PLUGIN_EXPORT const sw_plugin_t *sw_plugin_descriptor(void);
SW_PLUGIN_EXPORT const sw_plugin_t *sw_plugin_descriptor(void) { return &descriptor; }
#endif
