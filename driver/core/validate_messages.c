/* Reader messages → findings: schema validity errors (PCRS-XSD-00x),
 * geometries the reader could not read (PCRS-GEOM-001), and without a
 * schema the other reader warnings (PCRS-READ-001). They are held until the
 * open ends, then completed with the feature whose element holds their line
 * (gml:id, class, location), so that the map shows them too. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_messages.h"

#define NO_TEXT ((size_t)-1)

/* Namespace URIs as libxml2 writes them, and the prefix findings use. */
static const struct {
    const char *uri, *prefix;
} known_namespaces[] = {
    {"{" PCRS_NS_PCRS "}", "pcrs:"},       {"{" PCRS_NS_PCRS_INFO "}", "pcrs-i:"},
    {"{" PCRS_NS_GML "}", "gml:"},         {"{" PCRS_NS_XLINK "}", "xlink:"},
    {"{" PCRS_NS_XSI "}", "xsi:"},
};

/* Words of libxml2's schema messages → rule (first match wins). */
static const struct {
    const char *words;
    int rule;
} schema_reasons[] = {
    {"'xs:ID'", VR_XSD_IDENTIFIER},
    {"Duplicate", VR_XSD_IDENTIFIER},
    {"is not a valid value of", VR_XSD_VALUE},
    {"[facet '", VR_XSD_VALUE},
    {"is required but missing", VR_XSD_ATTRIBUTE},
    {"attribute", VR_XSD_ATTRIBUTE},
    {"This element is not expected", VR_XSD_STRUCTURE},
    {"Missing child element", VR_XSD_STRUCTURE},
    {"No matching global", VR_XSD_STRUCTURE},
    {"is not allowed", VR_XSD_STRUCTURE},
    {"content", VR_XSD_STRUCTURE},
    {"abstract", VR_XSD_STRUCTURE},
};

/* Reader warnings that are not findings: rate-limit notices, and problems
 * a rule of the validator reports itself. */
static const char *const reader_notices[] = {
    "further warnings of this kind are not reported",
    "warnings of this kind in total",
    "mandatory property",        /* PCRS-VAL-001 */
    "is not a value of",         /* PCRS-VAL-007 */
    "duplicate gml:id",          /* PCRS-ID-001 */
    "is not a gml:id of this document", /* PCRS-LINK-001 */
};

int validate_schema_rule(const char *reason)
{
    for (size_t i = 0; i < sizeof schema_reasons / sizeof *schema_reasons; i++)
        if (strstr(reason, schema_reasons[i].words))
            return schema_reasons[i].rule;
    return VR_XSD_OTHER;
}

/* '{uri}local' → "prefix:local" appended to out. */
static size_t qualified(const char *q, size_t len, char *out, size_t size)
{
    for (size_t i = 0; i < sizeof known_namespaces / sizeof *known_namespaces; i++) {
        size_t n = strlen(known_namespaces[i].uri);
        if (len > n && strncmp(q, known_namespaces[i].uri, n) == 0)
            return (size_t)snprintf(out, size, "%s%.*s", known_namespaces[i].prefix,
                                    (int)(len - n), q + n);
    }
    return (size_t)snprintf(out, size, "%.*s", (int)len, q);
}

/* The text of '…' at s (s on the opening quote); NULL if not quoted. */
static const char *quoted(const char *s, size_t *len)
{
    if (*s != '\'')
        return NULL;
    const char *end = strchr(s + 1, '\'');
    if (!end)
        return NULL;
    *len = (size_t)(end - s - 1);
    return s + 1;
}

const char *validate_schema_element(const char *message, char *element, size_t size)
{
    element[0] = '\0';
    static const char lead[] = "Element ";
    if (strncmp(message, lead, sizeof lead - 1) != 0)
        return message;
    size_t len;
    const char *name = quoted(message + sizeof lead - 1, &len);
    if (!name)
        return message;
    const char *rest = name + len + 1;
    size_t used = (size_t)snprintf(element, size, "<");
    if (used < size)
        used += qualified(name, len, element + used, size - used);
    static const char attribute[] = ", attribute ";
    if (strncmp(rest, attribute, sizeof attribute - 1) == 0) {
        size_t alen;
        const char *a = quoted(rest + sizeof attribute - 1, &alen);
        if (a) {
            if (used + 1 < size) {
                element[used++] = ' ';
                element[used] = '\0';
                used += qualified(a, alen, element + used, size - used);
            }
            rest = a + alen + 1;
        }
    }
    if (used + 1 < size)
        snprintf(element + used, size - used, ">");
    if (rest[0] == ':' && rest[1] == ' ')
        rest += 2;
    return rest;
}

const char *validate_message_strip(const char *message, const char *path, int64_t *line)
{
    *line = 0;
    size_t n = path ? strlen(path) : 0;
    if (!n || strncmp(message, path, n) != 0 || message[n] != ':')
        return message;
    const char *p = message + n + 1;
    if (*p >= '0' && *p <= '9') {
        char *end;
        long long value = strtoll(p, &end, 10);
        if (*end == ':') {
            *line = value;
            p = end + 1;
        }
    }
    while (*p == ' ')
        p++;
    return p;
}

/* ---- held findings ---- */

static size_t hold_text(pcrs_validator *v, const char *s)
{
    if (!s || !*s)
        return NO_TEXT;
    size_t offset = v->held_text.size;
    if (pcrs_buffer_append(&v->held_text, s, strlen(s) + 1) != 0)
        return NO_TEXT;
    return offset;
}

static const char *held_string(const pcrs_validator *v, size_t offset)
{
    return offset == NO_TEXT ? NULL : (const char *)v->held_text.data + offset;
}

static void hold_full(pcrs_validator *v, int rule, int64_t line, const char *element,
                      const char *value, const char *expected, const char *detail)
{
    if (v->held_count >= VALIDATE_HELD_MAX || (v->held_count == v->held_capacity && v->held_overflow)) {
        /* Too many to complete: out as they are. */
        pcrs_finding f = validate_finding(rule, v->path);
        f.line = line;
        f.element = element && *element ? element : NULL;
        f.value = value;
        f.expected = expected;
        f.detail = detail;
        validate_emit(v, &f);
        return;
    }
    if (v->held_count == v->held_capacity) {
        size_t cap = v->held_capacity ? v->held_capacity * 2 : 256;
        validate_held_finding *h = realloc(v->held, cap * sizeof *h);
        if (!h) {
            v->held_overflow = 1;
            hold_full(v, rule, line, element, value, expected, detail);
            return;
        }
        v->held = h;
        v->held_capacity = cap;
    }
    validate_held_finding *h = &v->held[v->held_count++];
    h->rule = rule;
    h->line = line;
    h->element = hold_text(v, element);
    h->value = hold_text(v, value);
    h->expected = hold_text(v, expected);
    h->detail = hold_text(v, detail);
}

static void hold(pcrs_validator *v, int rule, int64_t line, const char *element, const char *detail)
{
    hold_full(v, rule, line, element, NULL, NULL, detail);
}

void validate_messages_hold(pcrs_validator *v, int rule, int64_t line, const char *element,
                            const char *value, const char *expected, const char *detail)
{
    hold_full(v, rule, line, element, value, expected, detail);
}

void validate_on_reader_message(void *user, pcrs_msg_level level, pcrs_status code,
                                const char *message)
{
    pcrs_validator *v = user;
    if (!message || level == PCRS_MSG_DEBUG)
        return;
    int64_t line;
    const char *rest = validate_message_strip(message, v->path, &line);
    if (code == PCRS_ERR_SCHEMA) {
        char element[256] = "";
        const char *reason = rest;
        if (rest[0] == '<') { /* "<pcrs:x>: reason" */
            const char *close = strstr(rest, ">: ");
            if (close) {
                snprintf(element, sizeof element, "%.*s", (int)(close - rest + 1), rest);
                reason = close + 3;
            }
        }
        char from_reason[256];
        reason = validate_schema_element(reason, from_reason, sizeof from_reason);
        if (!element[0])
            snprintf(element, sizeof element, "%s", from_reason);
        hold(v, validate_schema_rule(reason), line, element, reason);
        return;
    }
    if (level != PCRS_MSG_WARNING)
        return; /* the open's failure: validate_messages_open_failed() */
    for (size_t i = 0; i < sizeof reader_notices / sizeof *reader_notices; i++)
        if (strstr(rest, reader_notices[i]))
            return;
    size_t len = strlen(rest);
    static const char no_geometry[] = "no geometry";
    size_t ng = sizeof no_geometry - 1;
    if (len >= ng && strcmp(rest + len - ng, no_geometry) == 0)
        hold(v, VR_GEOM_UNREADABLE, line, NULL, rest);
    else if (!v->options.xml_schema)
        hold(v, VR_READ_IGNORED, line, NULL, rest);
    /* With the schema, the XSD reports the other problems itself. */
}

void validate_messages_begin(pcrs_validator *v, const char *path)
{
    v->path = path;
    v->held_count = 0;
    v->held_overflow = 0;
    pcrs_buffer_reset(&v->held_text);
}

void validate_messages_end(pcrs_validator *v)
{
    v->path = NULL;
    v->held_count = 0;
    pcrs_buffer_reset(&v->held_text);
}

static void emit_held(pcrs_validator *v, const validate_held_finding *h, const pcrs_finding *base)
{
    pcrs_finding f = base ? *base : validate_finding(h->rule, v->path);
    f.rule = h->rule;
    f.line = h->line;
    f.element = held_string(v, h->element);
    f.value = held_string(v, h->value);
    f.expected = held_string(v, h->expected);
    f.detail = held_string(v, h->detail);
    validate_emit(v, &f);
}

void validate_messages_open_failed(pcrs_validator *v, pcrs_status status, const char *errmsg)
{
    int not_pcrs = status == PCRS_ERR_NOT_PCRS || status == PCRS_ERR_VERSION;
    /* Schema errors of a document that is not PCRS v2.0 are noise. */
    for (size_t i = 0; i < v->held_count && !not_pcrs; i++)
        emit_held(v, &v->held[i], NULL);
    int64_t line;
    const char *reason = validate_message_strip(errmsg ? errmsg : "", v->path, &line);
    pcrs_finding f = validate_finding(not_pcrs ? VR_DOC_NOT_PCRS : VR_DOC_UNREADABLE, v->path);
    f.line = line;
    f.detail = *reason ? reason : pcrs_status_string(status);
    validate_emit(v, &f);
}

/* ---- completing held findings with their feature ---- */

typedef struct feature_at {
    int64_t line, index;
    int class_index;
} feature_at;

static int compare_lines(const void *a, const void *b)
{
    const feature_at *x = a, *y = b;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* First point of a WKB, for the map. */
static int first_point(pcrs_validator *v, const pcrs_feature *f, double *x, double *y)
{
    size_t size;
    const unsigned char *wkb = pcrs_feature_geometry(f, &size);
    if (!wkb || validate_wkb_parse(&v->wkb, wkb, size) != 0)
        return 0;
    for (int i = 0; i < v->wkb.part_count; i++)
        if (v->wkb.parts[i].count) {
            double p[3];
            validate_wkb_point(&v->wkb.parts[i], 0, p);
            *x = p[0];
            *y = p[1];
            return 1;
        }
    return 0;
}

pcrs_status validate_messages_flush(pcrs_validator *v, pcrs_reader *reader)
{
    if (v->held_count == 0)
        return PCRS_OK;
    int64_t total = pcrs_reader_total_feature_count(reader);
    feature_at *index = total > 0 ? malloc((size_t)total * sizeof *index) : NULL;
    pcrs_feature *f = pcrs_feature_create();
    int64_t n = 0;
    pcrs_status st = PCRS_OK;
    if (index && f) {
        for (int c = 0; c < pcrs_model_class_count() && st == PCRS_OK; c++)
            for (int64_t i = 0; i < pcrs_reader_feature_count(reader, c) && n < total; i++) {
                st = pcrs_reader_read_feature(reader, c, i, f);
                if (st != PCRS_OK)
                    break;
                index[n].line = pcrs_feature_line(f);
                index[n].index = i;
                index[n].class_index = c;
                n++;
            }
        qsort(index, (size_t)n, sizeof *index, compare_lines);
    }
    for (size_t h = 0; h < v->held_count; h++) {
        validate_held_finding *held = &v->held[h];
        /* the last feature starting at or before the line */
        int64_t lo = 0, hi = n - 1, found = -1;
        while (lo <= hi) {
            int64_t mid = lo + (hi - lo) / 2;
            if (index[mid].line <= held->line) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0 || st != PCRS_OK ||
            pcrs_reader_read_feature(reader, index[found].class_index, index[found].index, f) !=
                PCRS_OK) {
            emit_held(v, held, NULL);
            continue;
        }
        pcrs_finding base = validate_finding(held->rule, v->path);
        base.gml_id = pcrs_feature_gml_id(f);
        base.feature_class = pcrs_model_class(index[found].class_index)->name;
        base.epsg = pcrs_feature_epsg(f);
        base.has_location = first_point(v, f, &base.x, &base.y);
        emit_held(v, held, &base);
    }
    pcrs_feature_destroy(f);
    free(index);
    /* emitted: a later flush (the rules' own held findings) starts afresh */
    v->held_count = 0;
    v->held_overflow = 0;
    pcrs_buffer_reset(&v->held_text);
    return PCRS_OK;
}
