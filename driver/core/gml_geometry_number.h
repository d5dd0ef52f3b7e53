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

#endif
