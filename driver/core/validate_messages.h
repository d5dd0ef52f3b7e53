/* The reader's messages during a validation (internal): schema errors and
 * unreadable geometries become findings, held until the document is read so
 * that they can name the feature they fall in. */
#ifndef PCRS_VALIDATE_MESSAGES_H
#define PCRS_VALIDATE_MESSAGES_H

#include "validate_internal.h"

void validate_messages_begin(pcrs_validator *v, const char *path);
/* The open failed: the cause becomes PCRS-DOC-001/002, the held findings
 * are emitted as they are. */
void validate_messages_open_failed(pcrs_validator *v, pcrs_status status, const char *errmsg);
/* The open succeeded: the held findings, completed with their feature. */
pcrs_status validate_messages_flush(pcrs_validator *v, pcrs_reader *reader);
/* A finding of the rules at a line inside a feature (not the feature's
 * start tag): held, then completed with that feature by the next flush. */
void validate_messages_hold(pcrs_validator *v, int rule, int64_t line, const char *element,
                            const char *value, const char *expected, const char *detail);
void validate_messages_end(pcrs_validator *v);

/* Splits "<path>:<line>: rest": returns rest, *line = 0 if none. */
const char *validate_message_strip(const char *message, const char *path, int64_t *line);
/* Rule of a libxml2 schema validity message (PCRS-XSD-00x). */
int validate_schema_rule(const char *reason);
/* "Element '{ns}x'[, attribute '{ns}a']: reason" → element "<pcrs:x>" (or
 * "<pcrs:x gml:id>" for the attribute) and the reason alone. Returns the
 * reason (a pointer into `message`). */
const char *validate_schema_element(const char *message, char *element, size_t size);

#endif
