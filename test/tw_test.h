/* tw_test.h - the tests' tiny harness: TEST(name) { CHECK(...); } and RUN(name) in main.
   Each test prints "PASS name" or "FAIL name" with the failed checks; test/run.sh counts them. */
#ifndef TW_TEST_H
#define TW_TEST_H
#include <stdio.h>
#include <string.h>

static int tw_test_fails_now, tw_test_failed, tw_test_passed;
#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            if (tw_test_fails_now++ < 10)                                               \
                printf("    check failed at %s:%d: %s\n", __FILE__, __LINE__, #cond);  \
        }                                                                               \
    } while (0)
#define CHECKF(cond, ...)                                                               \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            if (tw_test_fails_now++ < 10) {                                             \
                printf("    check failed at %s:%d: %s: ", __FILE__, __LINE__, #cond);  \
                printf(__VA_ARGS__);                                                    \
                printf("\n");                                                           \
            }                                                                           \
        }                                                                               \
    } while (0)
#define TEST(name) static void name(void)
#define RUN(name)                                                                       \
    do {                                                                                \
        tw_test_fails_now = 0;                                                          \
        name();                                                                         \
        if (tw_test_fails_now) printf("FAIL %s (%d checks)\n", #name, tw_test_fails_now), tw_test_failed++; \
        else printf("PASS %s\n", #name), tw_test_passed++;                              \
        fflush(stdout);                                                                 \
    } while (0)
#define TEST_EXIT() return tw_test_failed ? 1 : 0
#endif
