/* Diagnostics of the reader (internal): every message starts with
 * "<file>:<line>: ", goes to the caller's pcrs_message_fn, and warnings are
 * rate-limited per kind (the first few reported, then a notice, and a
 * summary with the total at the end of the open). */
#ifndef PCRS_READER_MESSAGES_H
#define PCRS_READER_MESSAGES_H

#include <stddef.h>
#include <stdint.h>

#include "pcrs/pcrs.h"

#if defined(__GNUC__)
#define READER_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define READER_PRINTF(f, a)
#endif

/* Warnings reported per kind before they are only counted. */
#define READER_WARNINGS_PER_KIND 10

/* What a warning is about; with a class and a property it forms the key of
 * the rate limit. */
typedef enum reader_warning_kind {
    READER_W_XML = 1,          /* recoverable libxml2 error (namespace…) */
    READER_W_ROOT_CHILD,       /* unexpected element under the root */
    READER_W_MEMBER,           /* featureMember content problem */
    READER_W_UNKNOWN_CLASS,    /* element that is not a concrete class */
    READER_W_UNKNOWN_PROPERTY, /* element that is not a property of the class */
    READER_W_BAD_VALUE,        /* number/date that does not parse */
    READER_W_BAD_CODE,         /* code not in its list */
    READER_W_REPEATED,         /* single-valued property given twice */
    READER_W_UNEXPECTED_CHILD, /* element inside a simple value */
    READER_W_LINK,             /* empty href, href + inline, no target, wrong class */
    READER_W_NESTED_ID,        /* nested feature without gml:id */
    READER_W_GEOMETRY,         /* geometry that does not parse */
    READER_W_CRS,              /* class mixing CRSs */
    READER_W_MANDATORY,        /* mandatory property missing */
    READER_W_MISSING_ID,       /* feature without gml:id */
    READER_W_DUPLICATE_ID,     /* gml:id given twice */
    READER_W_DANGLING          /* link to an id that is not in the document */
} reader_warning_kind;

typedef struct reader_rate_entry {
    uint64_t key;
    int64_t count;
    int64_t first_line;
    char *first_message; /* without the "<file>:<line>: " prefix */
} reader_rate_entry;

typedef struct reader_messages {
    pcrs_message_fn fn;
    void *user;
    const char *path;
    char last_error[1024];
    reader_rate_entry *entries;
    size_t count, capacity;
    int64_t warning_count;
} reader_messages;

void reader_messages_init(reader_messages *m, pcrs_message_fn fn, void *user);
/* Forgets the counts (a new open); `path` is borrowed. */
void reader_messages_reset(reader_messages *m, const char *path);
void reader_messages_free(reader_messages *m);

/* `line` <= 0: no line in the prefix. `cls`, `prop`: -1 if none. */
void reader_warn(reader_messages *m, reader_warning_kind kind, int cls, int prop, int64_t line,
                 const char *fmt, ...) READER_PRINTF(6, 7);
/* 1 if the next warning of this key would be formatted (not only counted):
 * lets a caller skip costly message arguments. */
int reader_warn_wanted(const reader_messages *m, reader_warning_kind kind, int cls, int prop);
void reader_debug(reader_messages *m, int64_t line, const char *fmt, ...) READER_PRINTF(3, 4);
/* Reports an error that does not stop the reading (schema validity), never
 * rate-limited and not recorded as the handle's error. */
void reader_report_error(reader_messages *m, pcrs_status code, int64_t line, const char *fmt, ...)
    READER_PRINTF(4, 5);
/* Records the error on the handle, reports it, returns `status`. */
pcrs_status reader_fail(reader_messages *m, pcrs_status status, int64_t line, const char *fmt,
                        ...) READER_PRINTF(4, 5);
/* One line per rate-limited kind with its total. */
void reader_messages_summarize(reader_messages *m);

/* Copies `text` into out (size > 4), truncated with "…" past max_chars bytes
 * (never inside a UTF-8 sequence), for quoting values in messages. */
const char *reader_quote(char *out, size_t size, const char *text, size_t len);

#endif
