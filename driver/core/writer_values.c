#include "writer_values.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "writer_ids.h"

/* Longest excerpt of a bad value quoted in a message. */
#define QUOTE_MAX 60

/* ---- Doubles ---- */

static const double powers_of_ten[] = {1e0, 1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,
                                       1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17};
#define TWO_POW_53 9007199254740992.0

/* Integer `digits` with `decimals` of them after the point. */
static int format_fixed(int negative, uint64_t digits, int decimals, char *out)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + digits % 10);
        digits /= 10;
    } while (digits);
    while (n <= decimals)
        tmp[n++] = '0';
    int len = 0;
    if (negative)
        out[len++] = '-';
    for (int i = n - 1; i >= 0; i--) {
        out[len++] = tmp[i];
        if (i == decimals && i > 0)
            out[len++] = '.';
    }
    out[len] = '\0';
    return len;
}

int writer_format_double(double v, char *out)
{
    if (isnan(v))
        return (int)strlen(strcpy(out, "NaN"));
    if (isinf(v))
        return (int)strlen(strcpy(out, v > 0 ? "INF" : "-INF"));
    /* Fast exact path: the fewest decimals k such that round(v·10^k)/10^k
     * gives v back. Both operands are exact doubles and IEEE division is
     * correctly rounded, so that quotient is what strtod makes of the text. */
    double a = fabs(v);
    for (int k = 0; k < (int)(sizeof powers_of_ten / sizeof powers_of_ten[0]); k++) {
        double scaled = a * powers_of_ten[k];
        if (scaled >= TWO_POW_53)
            break;
        double r = nearbyint(scaled);
        if (r / powers_of_ten[k] == a)
            return format_fixed(v < 0 && r != 0, (uint64_t)r, k, out);
    }
    /* Very large or very small magnitudes: the shortest %g that reads back. */
    int len = 0;
    for (int precision = 15; precision <= 17; precision++) {
        len = snprintf(out, WRITER_DOUBLE_CHARS, "%.*g", precision, v);
        if (strtod(out, NULL) == v)
            break;
    }
    /* snprintf and strtod share the locale; XML wants a '.'. */
    const char *point = localeconv()->decimal_point;
    if (point && point[0] && strcmp(point, ".") != 0) {
        char *p = strstr(out, point);
        if (p) {
            size_t plen = strlen(point);
            *p = '.';
            memmove(p + 1, p + plen, strlen(p + plen) + 1);
            len = (int)strlen(out);
        }
    }
    return len;
}

/* ---- Messages ---- */

static void quote(const char *text, char *out, size_t size)
{
    size_t n = strlen(text);
    if (n <= QUOTE_MAX) {
        snprintf(out, size, "'%s'", text);
        return;
    }
    /* Cut on a UTF-8 character boundary. */
    size_t cut = QUOTE_MAX;
    while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
        cut--;
    snprintf(out, size, "'%.*s…'", (int)cut, text);
}

/* Text of a value as the caller gave it, for messages. */
static void describe(const writer_value *value, char *out, size_t size)
{
    char tmp[WRITER_DOUBLE_CHARS];
    switch (value->kind) {
    case WRITER_VALUE_STRING:
        quote(value->text, out, size);
        break;
    case WRITER_VALUE_INTEGER:
        snprintf(out, size, "%lld", (long long)value->integer);
        break;
    case WRITER_VALUE_REAL:
        writer_format_double(value->real, tmp);
        snprintf(out, size, "%s", tmp);
        break;
    case WRITER_VALUE_DATE:
        snprintf(out, size, "%04d-%02d-%02d", value->year, value->month, value->day);
        break;
    }
}

/* ---- Small lexical checks ---- */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* [begin, end) of `text` without surrounding XML whitespace. */
static void trim(const char *text, const char **begin, const char **end)
{
    const char *b = text, *e = text + strlen(text);
    while (b < e && is_space(*b))
        b++;
    while (e > b && is_space(e[-1]))
        e--;
    *begin = b;
    *end = e;
}

static int append_range(pcrs_buffer *out, const char *begin, const char *end)
{
    return pcrs_buffer_append(out, begin, (size_t)(end - begin)) == 0 && pcrs_buffer_append_u8(out, 0) == 0
               ? 0
               : -1;
}

static int append_string(pcrs_buffer *out, const char *s)
{
    return append_range(out, s, s + strlen(s));
}

/* xs:integer lexical form. */
static int is_integer_text(const char *b, const char *e)
{
    if (b < e && (*b == '+' || *b == '-'))
        b++;
    if (b == e)
        return 0;
    for (; b < e; b++) {
        if (!is_digit(*b))
            return 0;
    }
    return 1;
}

/* xs:double lexical form (XSD 1.0: no "+INF"). */
static int is_double_text(const char *b, const char *e)
{
    size_t n = (size_t)(e - b);
    if ((n == 3 && memcmp(b, "INF", 3) == 0) || (n == 4 && memcmp(b, "-INF", 4) == 0) ||
        (n == 3 && memcmp(b, "NaN", 3) == 0))
        return 1;
    if (b < e && (*b == '+' || *b == '-'))
        b++;
    int digits = 0;
    while (b < e && is_digit(*b))
        b++, digits++;
    if (b < e && *b == '.') {
        b++;
        while (b < e && is_digit(*b))
            b++, digits++;
    }
    if (digits == 0)
        return 0;
    if (b < e && (*b == 'e' || *b == 'E')) {
        b++;
        if (b < e && (*b == '+' || *b == '-'))
            b++;
        if (b == e || !is_digit(*b))
            return 0;
        while (b < e && is_digit(*b))
            b++;
    }
    return b == e;
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

static int valid_date(int year, int month, int day)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= days_in_month(year, month);
}

static int parse_fixed_digits(const char *s, int count, int *value)
{
    int v = 0;
    for (int i = 0; i < count; i++) {
        if (!is_digit(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 0;
}

/* "YYYY-MM-DD" or GDAL's "YYYY/MM/DD", optionally followed by a time
 * ('T' or ' ') or a timezone, which a date does not keep. */
static int parse_date_text(const char *b, const char *e, int *year, int *month, int *day)
{
    if (e - b < 10 || parse_fixed_digits(b, 4, year) != 0 || parse_fixed_digits(b + 5, 2, month) != 0 ||
        parse_fixed_digits(b + 8, 2, day) != 0)
        return -1;
    if (!((b[4] == '-' && b[7] == '-') || (b[4] == '/' && b[7] == '/')))
        return -1;
    if (e - b > 10 && !(b[10] == 'T' || b[10] == ' ' || b[10] == 'Z' || b[10] == '+' || b[10] == '-'))
        return -1;
    return valid_date(*year, *month, *day) ? 0 : -1;
}

/* Valid UTF-8 made only of characters XML 1.0 allows. NULL if fine, else
 * a description of the first problem. */
static const char *bad_xml_text(const char *text)
{
    const unsigned char *s = (const unsigned char *)text;
    while (*s) {
        unsigned int c = *s;
        size_t len, i;
        unsigned int min;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return "a control character that XML forbids";
            s++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, min = 0x80, c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, min = 0x800, c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, min = 0x10000, c &= 0x07;
        } else {
            return "bytes that are not UTF-8";
        }
        for (i = 1; i < len; i++) {
            if ((s[i] & 0xC0) != 0x80)
                return "bytes that are not UTF-8";
            c = (c << 6) | (s[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return "bytes that are not UTF-8";
        if (c == 0xFFFE || c == 0xFFFF)
            return "a character that XML forbids";
        s += len;
    }
    return NULL;
}

/* ---- Code lists ---- */

static int compare_codes(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* "002, 005, 010 …" (sorted), plus the extension form for code lists. */
static void allowed_codes(const pcrs_codelist *list, char *out, size_t size)
{
    const char *sorted[64];
    int n = list->code_count < 64 ? list->code_count : 64;
    for (int i = 0; i < n; i++)
        sorted[i] = list->codes[i].code;
    qsort(sorted, (size_t)n, sizeof sorted[0], compare_codes);
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < n && len < size; i++)
        len += (size_t)snprintf(out + len, size - len, "%s%s", i ? ", " : "", sorted[i]);
    if (list->extensible && len < size)
        snprintf(out + len, size - len, ", or an extension 'other: <text without spaces or punctuation>'");
}

static int all_digits(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++) {
        if (!is_digit(*s))
            return 0;
    }
    return 1;
}

/* The one code of the list made of digits whose number is `value`, or NULL
 * (none, or several: "5" and "05" would make the width ambiguous). */
static const char *code_for_number(const pcrs_codelist *list, int64_t value)
{
    const char *found = NULL;
    if (value < 0)
        return NULL;
    for (int i = 0; i < list->code_count; i++) {
        const char *code = list->codes[i].code;
        if (all_digits(code) && strlen(code) <= 18 && strtoll(code, NULL, 10) == value) {
            if (found)
                return NULL;
            found = code;
        }
    }
    return found;
}

static writer_lexical_result code_error(const pcrs_codelist *list, const char *shown, char *err,
                                        size_t err_size)
{
    char allowed[600];
    allowed_codes(list, allowed, sizeof allowed);
    snprintf(err, err_size, "%s is not a value of the %s %s (allowed: %s)", shown,
             list->extensible ? "code list" : "enumeration", list->name, allowed);
    return WRITER_LEXICAL_ERROR;
}

static writer_lexical_result lexical_code(const pcrs_property *prop, const writer_value *value,
                                          pcrs_buffer *out, char *err, size_t err_size)
{
    const pcrs_codelist *list = pcrs_model_codelist(prop->codelist);
    char shown[QUOTE_MAX + 16];
    describe(value, shown, sizeof shown);
    if (!list) {
        snprintf(err, err_size, "no code list in the model for this property");
        return WRITER_LEXICAL_ERROR;
    }
    int64_t number;
    switch (value->kind) {
    case WRITER_VALUE_STRING: {
        const char *b, *e;
        trim(value->text, &b, &e);
        if (b == e)
            return WRITER_LEXICAL_ABSENT;
        size_t start = out->size;
        if (append_range(out, b, e) != 0)
            return WRITER_LEXICAL_NOMEM;
        if (pcrs_model_code_is_valid(list, (const char *)out->data + start))
            return WRITER_LEXICAL_OK;
        out->size = start;
        return code_error(list, shown, err, err_size);
    }
    case WRITER_VALUE_INTEGER:
        number = value->integer;
        break;
    case WRITER_VALUE_REAL:
        if (!(value->real == floor(value->real) && fabs(value->real) < 1e18))
            return code_error(list, shown, err, err_size);
        number = (int64_t)value->real;
        break;
    default:
        return code_error(list, shown, err, err_size);
    }
    const char *code = code_for_number(list, number);
    if (!code)
        return code_error(list, shown, err, err_size);
    return append_string(out, code) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
}

/* ---- Per type ---- */

static writer_lexical_result lexical_string(const writer_value *value, pcrs_buffer *out, char *err,
                                            size_t err_size)
{
    char tmp[WRITER_DOUBLE_CHARS];
    const char *text = tmp;
    switch (value->kind) {
    case WRITER_VALUE_STRING:
        text = value->text;
        break;
    case WRITER_VALUE_INTEGER:
        snprintf(tmp, sizeof tmp, "%lld", (long long)value->integer);
        break;
    case WRITER_VALUE_REAL:
        writer_format_double(value->real, tmp);
        break;
    case WRITER_VALUE_DATE:
        snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", value->year, value->month, value->day);
        break;
    }
    const char *bad = bad_xml_text(text);
    if (bad) {
        snprintf(err, err_size, "the text holds %s", bad);
        return WRITER_LEXICAL_ERROR;
    }
    return append_string(out, text) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
}

static writer_lexical_result lexical_integer(const writer_value *value, pcrs_buffer *out, char *err,
                                             size_t err_size)
{
    char tmp[32], shown[QUOTE_MAX + 16];
    switch (value->kind) {
    case WRITER_VALUE_INTEGER:
        snprintf(tmp, sizeof tmp, "%lld", (long long)value->integer);
        return append_string(out, tmp) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
    case WRITER_VALUE_REAL:
        if (value->real == floor(value->real) && fabs(value->real) < 9e18) {
            snprintf(tmp, sizeof tmp, "%lld", (long long)value->real);
            return append_string(out, tmp) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
        }
        break;
    case WRITER_VALUE_STRING: {
        const char *b, *e;
        trim(value->text, &b, &e);
        if (b == e)
            return WRITER_LEXICAL_ABSENT;
        if (is_integer_text(b, e))
            return append_range(out, b, e) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
        break;
    }
    case WRITER_VALUE_DATE:
        break;
    }
    describe(value, shown, sizeof shown);
    snprintf(err, err_size, "%s is not an integer (xs:integer)", shown);
    return WRITER_LEXICAL_ERROR;
}

static writer_lexical_result lexical_real(const writer_value *value, pcrs_buffer *out, char *err,
                                          size_t err_size)
{
    char tmp[WRITER_DOUBLE_CHARS], shown[QUOTE_MAX + 16];
    switch (value->kind) {
    case WRITER_VALUE_INTEGER:
        snprintf(tmp, sizeof tmp, "%lld", (long long)value->integer);
        return append_string(out, tmp) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
    case WRITER_VALUE_REAL:
        writer_format_double(value->real, tmp);
        return append_string(out, tmp) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
    case WRITER_VALUE_STRING: {
        const char *b, *e;
        trim(value->text, &b, &e);
        if (b == e)
            return WRITER_LEXICAL_ABSENT;
        if (e - b == 4 && memcmp(b, "+INF", 4) == 0)
            return append_string(out, "INF") == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
        if (is_double_text(b, e))
            return append_range(out, b, e) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
        break;
    }
    case WRITER_VALUE_DATE:
        break;
    }
    describe(value, shown, sizeof shown);
    snprintf(err, err_size, "%s is not a number (xs:double)", shown);
    return WRITER_LEXICAL_ERROR;
}

static writer_lexical_result lexical_date(const writer_value *value, pcrs_buffer *out, char *err,
                                          size_t err_size)
{
    char tmp[32], shown[QUOTE_MAX + 16];
    int year = value->year, month = value->month, day = value->day;
    if (value->kind == WRITER_VALUE_STRING) {
        const char *b, *e;
        trim(value->text, &b, &e);
        if (b == e)
            return WRITER_LEXICAL_ABSENT;
        if (parse_date_text(b, e, &year, &month, &day) != 0)
            year = 0;
    } else if (value->kind != WRITER_VALUE_DATE) {
        year = 0;
    }
    if (!valid_date(year, month, day)) {
        describe(value, shown, sizeof shown);
        snprintf(err, err_size, "%s is not a date (YYYY-MM-DD)", shown);
        return WRITER_LEXICAL_ERROR;
    }
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", year, month, day);
    return append_string(out, tmp) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
}

/* A link value is the target's gml:id (or an URI). Ids that are not
 * NCNames go through the same repair as the features' own ids, so that
 * the link still reaches its target. */
static writer_lexical_result lexical_link(const writer_value *value, pcrs_href_form form, pcrs_buffer *out,
                                          char *err, size_t err_size)
{
    char shown[QUOTE_MAX + 16];
    if (value->kind != WRITER_VALUE_STRING) {
        describe(value, shown, sizeof shown);
        snprintf(err, err_size, "%s is not a gml:id to link to", shown);
        return WRITER_LEXICAL_ERROR;
    }
    const char *b, *e;
    trim(value->text, &b, &e);
    if (b < e && *b == '#')
        b++;
    if (b == e)
        return WRITER_LEXICAL_ABSENT;
    size_t start = out->size;
    if (form == PCRS_HREF_HASH && pcrs_buffer_append_u8(out, '#') != 0)
        return WRITER_LEXICAL_NOMEM;
    size_t id_start = out->size;
    if (append_range(out, b, e) != 0)
        return WRITER_LEXICAL_NOMEM;
    const char *id = (const char *)out->data + id_start;
    if (writer_is_ncname(id))
        return WRITER_LEXICAL_OK;
    const char *bad = bad_xml_text(id);
    if (bad) {
        out->size = start;
        snprintf(err, err_size, "the link holds %s", bad);
        return WRITER_LEXICAL_ERROR;
    }
    if (memchr(b, '#', (size_t)(e - b)) || memchr(b, '/', (size_t)(e - b))) {
        /* A URI to another document: written as given. */
        out->size = start;
        return append_range(out, b, e) == 0 ? WRITER_LEXICAL_OK : WRITER_LEXICAL_NOMEM;
    }
    pcrs_buffer repaired;
    pcrs_buffer_init(&repaired);
    int failed = writer_make_ncname(id, &repaired);
    out->size = id_start;
    if (failed || append_string(out, (const char *)repaired.data) != 0) {
        pcrs_buffer_free(&repaired);
        return WRITER_LEXICAL_NOMEM;
    }
    pcrs_buffer_free(&repaired);
    return WRITER_LEXICAL_OK;
}

writer_lexical_result writer_lexical(const pcrs_property *prop, const writer_value *value,
                                     pcrs_href_form href_form, pcrs_buffer *out, char *err, size_t err_size)
{
    err[0] = '\0';
    switch (prop->type) {
    case PCRS_VALUE_STRING:
        return lexical_string(value, out, err, err_size);
    case PCRS_VALUE_INTEGER:
        return lexical_integer(value, out, err, err_size);
    case PCRS_VALUE_REAL:
        return lexical_real(value, out, err, err_size);
    case PCRS_VALUE_DATE:
        return lexical_date(value, out, err, err_size);
    case PCRS_VALUE_CODE:
        return lexical_code(prop, value, out, err, err_size);
    case PCRS_VALUE_LINK:
        return lexical_link(value, href_form, out, err, err_size);
    case PCRS_VALUE_GEOMETRY:
        break;
    }
    snprintf(err, err_size, "a geometry property takes no value");
    return WRITER_LEXICAL_ERROR;
}
