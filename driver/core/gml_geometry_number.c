/* Coordinates are parsed by the million: a fast exact path handles the usual
 * survey numbers (at most 19 significant digits whose value fits in 53 bits,
 * power of ten up to 22: one correctly rounded IEEE operation, Clinger's fast
 * path), anything else goes to strtod_l() in the "C" locale. The commonest
 * form, [sign]digits[.digits] of at most 19 digits, is recognised in one
 * tight loop before the full grammar is scanned. */
#define _GNU_SOURCE
#include "gml_geometry_number.h"

#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
typedef _locale_t c_locale_t;
static c_locale_t make_c_locale(void) { return _create_locale(LC_NUMERIC, "C"); }
#define STRTOD_C(s, end, loc) _strtod_l((s), (end), (loc))
#else
#include <pthread.h>
#ifdef __APPLE__
#include <xlocale.h>
#endif
typedef locale_t c_locale_t;
static c_locale_t make_c_locale(void) { return newlocale(LC_NUMERIC_MASK, "C", (locale_t)0); }
#define STRTOD_C(s, end, loc) strtod_l((s), (end), (loc))
#endif

static c_locale_t c_locale;

#ifdef _WIN32
static c_locale_t get_c_locale(void)
{
    if (!c_locale)
        c_locale = make_c_locale(); /* a benign race: both results are equivalent */
    return c_locale;
}
#else
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;
static void init_c_locale(void) { c_locale = make_c_locale(); }
static c_locale_t get_c_locale(void)
{
    pthread_once(&c_locale_once, init_c_locale);
    return c_locale;
}
#endif

static const double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Checks the xs:double grammar (without INF/NaN); on the way collects the
 * significant digits and the decimal exponent for the fast path. */
static int scan(const char *s, size_t len, int *negative, uint64_t *mantissa, int *digits,
                long *exponent)
{
    size_t i = 0;
    *negative = 0;
    if (i < len && (s[i] == '+' || s[i] == '-'))
        *negative = s[i++] == '-';
    uint64_t m = 0;
    int significant = 0, before = 0, after = 0;
    long exp10 = 0;
    for (; i < len && is_digit(s[i]); i++, before++) {
        if (m == 0 && s[i] == '0')
            continue;
        if (significant < 19)
            m = m * 10 + (uint64_t)(s[i] - '0');
        else
            exp10++;
        significant++;
    }
    if (i < len && s[i] == '.') {
        for (i++; i < len && is_digit(s[i]); i++, after++) {
            if (m == 0 && s[i] == '0') {
                exp10--;
                continue;
            }
            if (significant < 19) {
                m = m * 10 + (uint64_t)(s[i] - '0');
                exp10--;
            }
            significant++;
        }
    }
    if (before + after == 0)
        return -1;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        int exp_negative = 0;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            exp_negative = s[i++] == '-';
        if (i >= len || !is_digit(s[i]))
            return -1;
        long e = 0;
        for (; i < len && is_digit(s[i]); i++)
            if (e < 100000)
                e = e * 10 + (s[i] - '0');
        exp10 += exp_negative ? -e : e;
    }
    if (i != len)
        return -1;
    *mantissa = m;
    *digits = significant;
    *exponent = exp10;
    return 0;
}

#if FLT_EVAL_METHOD == 0
/* [+-]digits[.digits], at most 19 digits (leading zeros included) and 22
 * decimals, value <= 2^53: the fast path's easy case, one pass. Returns 0
 * (and *out) or -1 when the text is anything else (not an error). */
static int parse_plain(const char *s, const char *end, double *out)
{
    const char *p = s;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-'))
        negative = *p++ == '-';
    const char *first = p;
    uint64_t m = 0; /* wraps past 19 digits: then unused */
    while (p < end && (unsigned)(*p - '0') < 10)
        m = m * 10 + (uint64_t)(*p++ - '0');
    size_t digits = (size_t)(p - first), decimals = 0;
    if (p < end && *p == '.') {
        const char *dot = ++p;
        while (p < end && (unsigned)(*p - '0') < 10)
            m = m * 10 + (uint64_t)(*p++ - '0');
        decimals = (size_t)(p - dot);
    }
    digits += decimals;
    if (p != end || digits == 0 || digits > 19 || decimals > 22 || m > ((uint64_t)1 << 53))
        return -1;
    double v = (double)m;
    if (decimals)
        v /= exact_powers_of_ten[decimals];
    *out = negative ? -v : v;
    return 0;
}
#endif

static int is_blank_or_end(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\0'; }

int pcrs_parse_double_token(const char *s, size_t *len, double *out)
{
#if FLT_EVAL_METHOD == 0
    /* The plain form, in the same pass that finds the token's end. */
    const char *p = s;
    int negative = 0;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    const char *first = p;
    uint64_t m = 0; /* wraps past 19 digits: then unused */
    while ((unsigned)(*p - '0') < 10)
        m = m * 10 + (uint64_t)(*p++ - '0');
    size_t digits = (size_t)(p - first), decimals = 0;
    if (*p == '.') {
        const char *dot = ++p;
        while ((unsigned)(*p - '0') < 10)
            m = m * 10 + (uint64_t)(*p++ - '0');
        decimals = (size_t)(p - dot);
    }
    digits += decimals;
    if (is_blank_or_end(*p) && digits > 0 && digits <= 19 && m <= ((uint64_t)1 << 53)) {
        double v = (double)m;
        if (decimals)
            v /= exact_powers_of_ten[decimals];
        *out = negative ? -v : v;
        *len = (size_t)(p - s);
        return *len <= PCRS_NUMBER_MAX_CHARS ? 0 : -1;
    }
#endif
    const char *e = s;
    while (!is_blank_or_end(*e))
        e++;
    *len = (size_t)(e - s);
    return pcrs_parse_double(s, *len, out);
}

int pcrs_parse_double(const char *s, size_t len, double *out)
{
    int negative, digits;
    uint64_t m;
    long exp10;
    if (len == 0 || len > PCRS_NUMBER_MAX_CHARS)
        return -1;
#if FLT_EVAL_METHOD == 0
    if (parse_plain(s, s + len, out) == 0)
        return 0;
#endif
    if (scan(s, len, &negative, &m, &digits, &exp10) != 0)
        return -1;
#if FLT_EVAL_METHOD == 0
    if (digits <= 19 && m <= ((uint64_t)1 << 53) && exp10 >= -22 && exp10 <= 22) {
        double v = (double)m;
        v = exp10 < 0 ? v / exact_powers_of_ten[-exp10] : v * exact_powers_of_ten[exp10];
        *out = negative ? -v : v;
        return 0;
    }
#else
    (void)exact_powers_of_ten;
#endif
    char copy[PCRS_NUMBER_MAX_CHARS + 1];
    memcpy(copy, s, len);
    copy[len] = '\0';
    c_locale_t loc = get_c_locale();
    if (!loc)
        return -1;
    char *end;
    double v = STRTOD_C(copy, &end, loc);
    if (end != copy + len || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}
