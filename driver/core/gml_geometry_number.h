/* Locale-independent parsing of xs:double coordinates (internal). */
#ifndef PCRS_GML_GEOMETRY_NUMBER_H
#define PCRS_GML_GEOMETRY_NUMBER_H

#include <stddef.h>

/* Longest number text accepted. */
#define PCRS_NUMBER_MAX_CHARS 256

/* Parses the `len` characters at `s` (no terminator needed) as a finite
 * xs:double: [+-]digits[.digits][(e|E)[+-]digits], no surrounding spaces,
 * no INF/NaN, no hexadecimal. The result is the double strtod() gives in
 * the "C" locale (correctly rounded). Returns 0, or -1 if not a number. */
int pcrs_parse_double(const char *s, size_t len, double *out);

/* The token at `s`, up to the first XML blank (space, tab, CR, LF) or the
 * terminating NUL, parsed as pcrs_parse_double() does, in one pass for the
 * usual numbers. *len receives the token's length whatever the result
 * (0 if `s` starts with a blank). Returns 0, or -1 if not a number. */
int pcrs_parse_double_token(const char *s, size_t *len, double *out);

#endif
