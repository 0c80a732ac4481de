/* tap.h — the C unit tests' harness: each test is a function, the runner prints TAP
 * ("ok N - name" / "not ok N - name") so automake's tap-driver counts every case.
 *
 * A test file defines its cases with `static void test_xxx(void)` and ends with
 *     static const tap_case_t cases[] = { TAP_CASE(test_xxx), ... };
 *     int main(void) { return tap_run(cases, sizeof cases / sizeof cases[0]); }
 * CHECK(expr) records a failure (with file:line and the expression) and goes on;
 * REQUIRE(expr) also returns from the current test function. */
#ifndef SW_TAP_H
#define SW_TAP_H

#include <stdio.h>
#include <stdlib.h>

typedef struct {
    const char *name;
    void (*fn)(void);
} tap_case_t;

#define TAP_CASE(fn) { #fn, fn }

static int tap_failures_in_case;

static inline void tap_fail(const char *file, int line, const char *expr)
{
    tap_failures_in_case++;
    printf("# FAILED %s:%d: %s\n", file, line, expr);
    fflush(stdout);
}

#define CHECK(expr) ((expr) ? (void)0 : tap_fail(__FILE__, __LINE__, #expr))
#define REQUIRE(expr)                              \
    do {                                           \
        if (!(expr)) {                             \
            tap_fail(__FILE__, __LINE__, #expr);   \
            return;                                \
        }                                          \
    } while (0)

static inline int tap_run(const tap_case_t *cases, size_t n)
{
    int failed = 0;
    printf("1..%zu\n", n);
    fflush(stdout);
    for (size_t i = 0; i < n; i++) {
        tap_failures_in_case = 0;
        cases[i].fn();
        if (tap_failures_in_case)
            failed++;
        printf("%sok %zu - %s\n", tap_failures_in_case ? "not " : "", i + 1, cases[i].name);
        fflush(stdout);
    }
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
