/* Lexical forms of the values the writer puts in a document (internal):
 * xs:double (shortest text that reads back as the same double), xs:integer,
 * xs:date, code lists (integers restored to their code: 5 → "005"), links
 * (xlink:href), strings (valid UTF-8 and XML characters). Locale-independent. */
#ifndef PCRS_WRITER_VALUES_H
#define PCRS_WRITER_VALUES_H

#include <stddef.h>
#include <stdint.h>

#include "buffer.h"
#include "pcrs/pcrs_writer.h"

/* Size of a buffer for writer_format_double(). */
#define WRITER_DOUBLE_CHARS 40

/* Writes `v` as the shortest xs:double text that strtod reads back as the
 * same double ("1848495.96", "1e-20", "NaN", "INF", "-INF"). Returns the length. */
int writer_format_double(double v, char *out);

typedef enum writer_value_kind {
    WRITER_VALUE_STRING = 0,
    WRITER_VALUE_INTEGER,
    WRITER_VALUE_REAL,
    WRITER_VALUE_DATE
} writer_value_kind;

/* A value as the caller gave it. */
typedef struct writer_value {
    writer_value_kind kind;
    const char *text;     /* STRING */
    int64_t integer;      /* INTEGER */
    double real;          /* REAL */
    int year, month, day; /* DATE */
} writer_value;

typedef enum writer_lexical_result {
    WRITER_LEXICAL_OK = 0,
    WRITER_LEXICAL_ABSENT, /* an empty string for a property that is not a string: no value */
    WRITER_LEXICAL_ERROR,  /* `err` says why */
    WRITER_LEXICAL_NOMEM
} writer_lexical_result;

/* Appends the lexical form of `value` for property `prop` to `out`,
 * NUL-terminated (for a link: the xlink:href value). `err` receives a
 * message without element name, e.g. "'7' is not a code of ...". */
writer_lexical_result writer_lexical(const pcrs_property *prop, const writer_value *value,
                                     pcrs_href_form href_form, pcrs_buffer *out, char *err, size_t err_size);

#endif
