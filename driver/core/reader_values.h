/* Lexical checks and conversions of simple XSD values for the reader
 * (internal). All functions are locale-independent and allocate nothing. */
#ifndef PCRS_READER_VALUES_H
#define PCRS_READER_VALUES_H

#include <stddef.h>
#include <stdint.h>

/* XSD whiteSpace="collapse" in place: runs of space, tab, CR, LF become one
 * space, leading and trailing ones are removed. Returns the new length. */
size_t reader_collapse_whitespace(char *text, size_t len);

/* xs:integer: optional sign and digits, must fit int64. 0 on success. */
int reader_parse_integer(const char *text, int64_t *value);

/* xs:double: decimal or exponent notation, INF, +INF, -INF, NaN. 0 on success. */
int reader_parse_double(const char *text, double *value);

/* xs:date: [-]YYYY-MM-DD with an optional timezone (Z or +hh:mm / -hh:mm,
 * ignored); month and day ranges are checked, leap years included. */
int reader_parse_date(const char *text, int *year, int *month, int *day);

/* Trimmed target id of an xlink:href: the part after the last '#' if any,
 * else the whole value. Returns a pointer into `href` and sets *len. */
const char *reader_href_target(const char *href, size_t *len);

#endif
