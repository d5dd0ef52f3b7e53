/* Simple XSD values: whitespace collapsing, xs:integer, xs:double, xs:date. */
#include "reader_values.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

size_t reader_collapse_whitespace(char *text, size_t len)
{
    size_t out = 0;
    int pending_space = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (is_xml_space(c)) {
            pending_space = out > 0;
            continue;
        }
        if (pending_space)
            text[out++] = ' ';
        pending_space = 0;
        text[out++] = c;
    }
    if (out < len)
        text[out] = '\0';
    return out;
}

int reader_parse_integer(const char *text, int64_t *value)
{
    const char *p = text;
    int negative = 0;
    if (*p == '+' || *p == '-')
        negative = *p++ == '-';
    if (!is_digit(*p))
        return -1;
    /* Accumulate negatively so that INT64_MIN is representable. */
    int64_t v = 0;
    for (; is_digit(*p); p++) {
        int d = *p - '0';
        if (v < (INT64_MIN + d) / 10)
            return -1;
        v = v * 10 - d;
    }
    if (*p)
        return -1;
    if (!negative) {
        if (v == INT64_MIN)
            return -1;
        v = -v;
    }
    *value = v;
    return 0;
}

/* Checks the xs:double lexical form (special values excluded). */
static int is_decimal_lexical(const char *p)
{
    if (*p == '+' || *p == '-')
        p++;
    int digits = 0;
    while (is_digit(*p))
        p++, digits++;
    if (*p == '.') {
        p++;
        while (is_digit(*p))
            p++, digits++;
    }
    if (!digits)
        return 0;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!is_digit(*p))
            return 0;
        while (is_digit(*p))
            p++;
    }
    return *p == '\0';
}

int reader_parse_double(const char *text, double *value)
{
    if (strcmp(text, "INF") == 0 || strcmp(text, "+INF") == 0) {
        *value = HUGE_VAL;
        return 0;
    }
    if (strcmp(text, "-INF") == 0) {
        *value = -HUGE_VAL;
        return 0;
    }
    if (strcmp(text, "NaN") == 0) {
        *value = NAN;
        return 0;
    }
    if (!is_decimal_lexical(text))
        return -1;
    /* strtod follows LC_NUMERIC: swap '.' for the locale's decimal point. */
    const char *point = localeconv()->decimal_point;
    char local[512];
    const char *src = text;
    size_t n = strlen(text);
    if (point && strcmp(point, ".") != 0) {
        size_t plen = strlen(point);
        if (n + plen >= sizeof local)
            return -1;
        const char *dot = strchr(text, '.');
        if (dot) {
            size_t head = (size_t)(dot - text);
            memcpy(local, text, head);
            memcpy(local + head, point, plen);
            strcpy(local + head + plen, dot + 1);
            src = local;
        }
    }
    char *end = NULL;
    errno = 0;
    double v = strtod(src, &end);
    if (end == src || *end)
        return -1;
    /* Overflow gives ±HUGE_VAL, underflow a tiny or zero value: both are the
     * xs:double the text denotes, so ERANGE is not an error. */
    *value = v;
    return 0;
}

static int read_fixed_digits(const char *p, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!is_digit(p[i]))
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    *value = v;
    return 0;
}

static int days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return days[month - 1];
}

int reader_parse_date(const char *text, int *year, int *month, int *day)
{
    const char *p = text;
    int negative = 0;
    if (*p == '-')
        negative = 1, p++;
    int ndigits = 0;
    while (is_digit(p[ndigits]))
        ndigits++;
    /* XSD: four digits, or more without a leading zero; we cap at nine. */
    if (ndigits < 4 || ndigits > 9 || (ndigits > 4 && p[0] == '0'))
        return -1;
    int y = 0;
    read_fixed_digits(p, ndigits, &y);
    p += ndigits;
    int m, d;
    if (p[0] != '-' || read_fixed_digits(p + 1, 2, &m) != 0 || p[3] != '-' ||
        read_fixed_digits(p + 4, 2, &d) != 0)
        return -1;
    p += 6;
    if (negative)
        y = -y;
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    if (*p == 'Z') {
        p++;
    } else if (*p == '+' || *p == '-') {
        int hh, mm;
        if (read_fixed_digits(p + 1, 2, &hh) != 0 || p[3] != ':' ||
            read_fixed_digits(p + 4, 2, &mm) != 0)
            return -1;
        if (mm > 59 || hh > 14 || (hh == 14 && mm != 0))
            return -1;
        p += 6;
    }
    if (*p)
        return -1;
    *year = y;
    *month = m;
    *day = d;
    return 0;
}

const char *reader_href_target(const char *href, size_t *len)
{
    const char *hash = strrchr(href, '#');
    const char *start = hash ? hash + 1 : href;
    while (is_xml_space(*start))
        start++;
    size_t n = strlen(start);
    while (n > 0 && is_xml_space(start[n - 1]))
        n--;
    *len = n;
    return start;
}
