/* Reader diagnostics: prefixing, rate limiting, last error. */
#include "reader_messages.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MESSAGE_MAX 2048

void reader_messages_init(reader_messages *m, pcrs_message_fn fn, void *user)
{
    memset(m, 0, sizeof *m);
    m->fn = fn;
    m->user = user;
}

void reader_messages_reset(reader_messages *m, const char *path)
{
    for (size_t i = 0; i < m->count; i++)
        free(m->entries[i].first_message);
    m->count = 0;
    m->warning_count = 0;
    m->path = path;
    m->last_error[0] = '\0';
}

void reader_messages_free(reader_messages *m)
{
    reader_messages_reset(m, NULL);
    free(m->entries);
    m->entries = NULL;
    m->capacity = 0;
}

/* "<file>:<line>: " + formatted text; returns the offset of the text. */
static size_t format_message(const reader_messages *m, char *out, size_t size, int64_t line,
                             const char *fmt, va_list ap)
{
    int n;
    const char *path = m->path ? m->path : "(no file)";
    if (line > 0)
        n = snprintf(out, size, "%s:%lld: ", path, (long long)line);
    else
        n = snprintf(out, size, "%s: ", path);
    size_t head = n < 0 ? 0 : (size_t)n >= size ? size - 1 : (size_t)n;
    vsnprintf(out + head, size - head, fmt, ap);
    return head;
}

static char *copy_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static void emit(reader_messages *m, pcrs_msg_level level, pcrs_status code, const char *msg)
{
    if (m->fn)
        m->fn(m->user, level, code, msg);
}

/* Linear search: there are few distinct kinds per document, and the last
 * ones used are checked first. */
static reader_rate_entry *rate_entry(reader_messages *m, uint64_t key)
{
    for (size_t i = m->count; i-- > 0;)
        if (m->entries[i].key == key)
            return &m->entries[i];
    if (m->count == m->capacity) {
        size_t cap = m->capacity ? m->capacity * 2 : 32;
        reader_rate_entry *e = realloc(m->entries, cap * sizeof *e);
        if (!e)
            return NULL;
        m->entries = e;
        m->capacity = cap;
    }
    reader_rate_entry *e = &m->entries[m->count++];
    memset(e, 0, sizeof *e);
    e->key = key;
    return e;
}

static uint64_t rate_key(reader_warning_kind kind, int cls, int prop)
{
    return (uint64_t)kind << 40 | (uint64_t)(uint32_t)(cls + 1) << 20 | (uint64_t)(uint32_t)(prop + 1);
}

int reader_warn_wanted(const reader_messages *m, reader_warning_kind kind, int cls, int prop)
{
    uint64_t key = rate_key(kind, cls, prop);
    for (size_t i = m->count; i-- > 0;)
        if (m->entries[i].key == key)
            return m->entries[i].count < READER_WARNINGS_PER_KIND + 1;
    return 1;
}

void reader_warn(reader_messages *m, reader_warning_kind kind, int cls, int prop, int64_t line,
                 const char *fmt, ...)
{
    m->warning_count++;
    reader_rate_entry *e = rate_entry(m, rate_key(kind, cls, prop));
    int64_t count = e ? ++e->count : 1;
    if (count > READER_WARNINGS_PER_KIND + 1)
        return;
    char msg[MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    size_t head = format_message(m, msg, sizeof msg, line, fmt, ap);
    va_end(ap);
    if (e && count == 1) {
        e->first_line = line;
        e->first_message = copy_string(msg + head);
    }
    if (count <= READER_WARNINGS_PER_KIND) {
        emit(m, PCRS_MSG_WARNING, PCRS_ERR_DATA, msg);
        return;
    }
    char notice[MESSAGE_MAX];
    snprintf(notice, sizeof notice, "%.*sfurther warnings of this kind are not reported (%s)",
             (int)head, msg, e && e->first_message ? e->first_message : msg + head);
    emit(m, PCRS_MSG_WARNING, PCRS_ERR_DATA, notice);
}

void reader_debug(reader_messages *m, int64_t line, const char *fmt, ...)
{
    if (!m->fn)
        return;
    char msg[MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    format_message(m, msg, sizeof msg, line, fmt, ap);
    va_end(ap);
    emit(m, PCRS_MSG_DEBUG, PCRS_OK, msg);
}

void reader_report_error(reader_messages *m, pcrs_status code, int64_t line, const char *fmt, ...)
{
    if (!m->fn)
        return;
    char msg[MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    format_message(m, msg, sizeof msg, line, fmt, ap);
    va_end(ap);
    emit(m, PCRS_MSG_ERROR, code, msg);
}

pcrs_status reader_fail(reader_messages *m, pcrs_status status, int64_t line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    format_message(m, m->last_error, sizeof m->last_error, line, fmt, ap);
    va_end(ap);
    emit(m, PCRS_MSG_ERROR, status, m->last_error);
    return status;
}

void reader_messages_summarize(reader_messages *m)
{
    for (size_t i = 0; i < m->count; i++) {
        const reader_rate_entry *e = &m->entries[i];
        if (e->count <= READER_WARNINGS_PER_KIND)
            continue;
        char msg[MESSAGE_MAX];
        const char *path = m->path ? m->path : "(no file)";
        snprintf(msg, sizeof msg, "%s:%lld: %lld warnings of this kind in total, %d reported (first: %s)",
                 path, (long long)e->first_line, (long long)e->count, READER_WARNINGS_PER_KIND,
                 e->first_message ? e->first_message : "?");
        emit(m, PCRS_MSG_WARNING, PCRS_ERR_DATA, msg);
    }
}

const char *reader_quote(char *out, size_t size, const char *text, size_t len)
{
    static const char ellipsis[] = "\xE2\x80\xA6"; /* … */
    if (len < size) {
        memcpy(out, text, len);
        out[len] = '\0';
        return out;
    }
    size_t keep = size - sizeof ellipsis;
    while (keep > 0 && ((unsigned char)text[keep] & 0xC0) == 0x80)
        keep--; /* do not cut a UTF-8 sequence */
    memcpy(out, text, keep);
    memcpy(out + keep, ellipsis, sizeof ellipsis);
    return out;
}
