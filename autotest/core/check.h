/* Minimal assertion helpers for the core's C unit tests (run by ctest).
 * Each test program ends with CHECK_DONE(), which prints
 * "N passed, N failed" and returns non-zero when anything failed. */
#ifndef PCRS_CHECK_H
#define PCRS_CHECK_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int check_passed_, check_failed_;

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (cond)                                                                    \
            check_passed_++;                                                         \
        else {                                                                       \
            check_failed_++;                                                         \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                            \
    } while (0)

#define CHECK_STR(a, b)                                                                   \
    do {                                                                                  \
        const char *a_ = (a), *b_ = (b);                                                  \
        if (a_ && b_ && strcmp(a_, b_) == 0)                                              \
            check_passed_++;                                                              \
        else {                                                                            \
            check_failed_++;                                                              \
            fprintf(stderr, "%s:%d: CHECK_STR failed: %s = \"%s\", expected \"%s\"\n",   \
                    __FILE__, __LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");      \
        }                                                                                 \
    } while (0)

#define CHECK_INT(a, b)                                                                    \
    do {                                                                                   \
        long long a_ = (long long)(a), b_ = (long long)(b);                                \
        if (a_ == b_)                                                                      \
            check_passed_++;                                                               \
        else {                                                                             \
            check_failed_++;                                                               \
            fprintf(stderr, "%s:%d: CHECK_INT failed: %s = %lld, expected %lld\n", __FILE__, \
                    __LINE__, #a, a_, b_);                                                 \
        }                                                                                  \
    } while (0)

#define CHECK_NEAR(a, b, tol)                                                                \
    do {                                                                                     \
        double a_ = (a), b_ = (b);                                                           \
        if (fabs(a_ - b_) <= (tol))                                                          \
            check_passed_++;                                                                 \
        else {                                                                               \
            check_failed_++;                                                                 \
            fprintf(stderr, "%s:%d: CHECK_NEAR failed: %s = %.17g, expected %.17g\n", __FILE__, \
                    __LINE__, #a, a_, b_);                                                   \
        }                                                                                    \
    } while (0)

#define CHECK_DONE()                                                      \
    do {                                                                  \
        printf("%d passed, %d failed\n", check_passed_, check_failed_);   \
        return check_failed_ ? 1 : 0;                                     \
    } while (0)

#endif
