/* Identification of a PCRS document from its first bytes (pcrs_identify).
 *
 * A small byte scanner, not an XML parser: it skips the prolog (BOM,
 * XML declaration, comments, processing instructions, DOCTYPE), reads the
 * root start tag and resolves the root's prefix with the xmlns declarations
 * of that same tag. It never reads beyond `len` and answers NEED_MORE when
 * the root start tag is not complete yet. */
#include "pcrs/pcrs.h"

#include <stddef.h>
#include <string.h>

#define UTF8_BOM "\xEF\xBB\xBF"
#define BETA_VERSION_PREFIX "2.0beta"

typedef struct span {
    const unsigned char *ptr;
    size_t len;
} span;

typedef enum match { MATCH_NO, MATCH_YES, MATCH_PARTIAL } match;

/* Outcome of a scanning step: where it stopped, or why it could not go on. */
typedef enum step { STEP_OK, STEP_NEED_MORE, STEP_NOT_XML } step;

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* XML NameStartChar / NameChar, approximated on bytes: every non-ASCII byte
 * is accepted (UTF-8 letters), which is enough to delimit a name. */
static int is_name_start(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' || c >= 0x80;
}

static int is_name_char(unsigned char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

/* Does [p, end) start with `lit`? PARTIAL when the bytes run out first. */
static match starts_with(const unsigned char *p, const unsigned char *end, const char *lit)
{
    size_t n = strlen(lit);
    size_t avail = (size_t)(end - p);
    size_t k = avail < n ? avail : n;
    if (memcmp(p, lit, k) != 0)
        return MATCH_NO;
    return k == n ? MATCH_YES : MATCH_PARTIAL;
}

/* Position just after the first `lit` in [p, end), or NULL. */
static const unsigned char *skip_past(const unsigned char *p, const unsigned char *end, const char *lit)
{
    size_t n = strlen(lit);
    while ((size_t)(end - p) >= n) {
        if (memcmp(p, lit, n) == 0)
            return p + n;
        p++;
    }
    return NULL;
}

static int span_equals(span s, const char *lit)
{
    return s.ptr != NULL && s.len == strlen(lit) && memcmp(s.ptr, lit, s.len) == 0;
}

static int span_starts_with(span s, const char *lit)
{
    size_t n = strlen(lit);
    return s.ptr != NULL && s.len >= n && memcmp(s.ptr, lit, n) == 0;
}

/* Skips "<!DOCTYPE ...>" from just after the keyword, internal subset included. */
static step skip_doctype(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    unsigned char quote = 0;
    int in_subset = 0;
    while (p < end) {
        unsigned char c = *p;
        if (quote) {
            if (c == quote)
                quote = 0;
            p++;
            continue;
        }
        if (in_subset && c == '<') {
            const char *close = NULL;
            match m = starts_with(p, end, "<!--");
            if (m == MATCH_PARTIAL)
                return STEP_NEED_MORE;
            if (m == MATCH_YES)
                close = "-->";
            else if (p + 1 < end && p[1] == '?')
                close = "?>";
            else if (p + 1 == end)
                return STEP_NEED_MORE;
            if (close) {
                p = skip_past(p + 2, end, close);
                if (p == NULL)
                    return STEP_NEED_MORE;
                continue;
            }
        }
        if (c == '"' || c == '\'')
            quote = c;
        else if (c == '[')
            in_subset = 1;
        else if (c == ']')
            in_subset = 0;
        else if (c == '>' && !in_subset) {
            *pp = p + 1;
            return STEP_OK;
        }
        p++;
    }
    return STEP_NEED_MORE;
}

/* Skips whatever may precede the root element; leaves *pp on the root's '<'. */
static step skip_prolog(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    switch (starts_with(p, end, UTF8_BOM)) {
    case MATCH_YES:
        p += strlen(UTF8_BOM);
        break;
    case MATCH_PARTIAL:
        return STEP_NEED_MORE;
    case MATCH_NO:
        break;
    }
    for (;;) {
        while (p < end && is_space(*p))
            p++;
        if (end - p < 2)
            return (p == end || *p == '<') ? STEP_NEED_MORE : STEP_NOT_XML;
        if (p[0] != '<')
            return STEP_NOT_XML;
        if (p[1] == '?') { /* XML declaration or processing instruction */
            p = skip_past(p + 2, end, "?>");
            if (p == NULL)
                return STEP_NEED_MORE;
            continue;
        }
        if (p[1] != '!') {
            *pp = p;
            return STEP_OK;
        }
        match comment = starts_with(p, end, "<!--");
        if (comment == MATCH_YES) {
            p = skip_past(p + 4, end, "-->");
            if (p == NULL)
                return STEP_NEED_MORE;
            continue;
        }
        match doctype = starts_with(p, end, "<!DOCTYPE");
        if (doctype == MATCH_YES) {
            p += strlen("<!DOCTYPE");
            step s = skip_doctype(&p, end);
            if (s != STEP_OK)
                return s;
            continue;
        }
        if (comment == MATCH_PARTIAL || doctype == MATCH_PARTIAL)
            return STEP_NEED_MORE;
        return STEP_NOT_XML; /* CDATA or garbage before the root */
    }
}

/* What the root start tag tells: its QName and the attributes we care for. */
typedef struct root_tag {
    span prefix, local;
    span default_ns;   /* xmlns="..." */
    span prefix_ns;    /* xmlns:<prefix>="..." */
    span version;      /* version="..." (ptr NULL when absent) */
} root_tag;

static void note_attribute(root_tag *tag, span name, span value)
{
    static const char xmlns_colon[] = "xmlns:";
    if (span_equals(name, "xmlns")) {
        tag->default_ns = value;
    } else if (tag->prefix.ptr != NULL && span_starts_with(name, xmlns_colon) &&
               name.len - strlen(xmlns_colon) == tag->prefix.len &&
               memcmp(name.ptr + strlen(xmlns_colon), tag->prefix.ptr, tag->prefix.len) == 0) {
        tag->prefix_ns = value;
    } else if (span_equals(name, "version")) {
        tag->version = value;
    }
}

/* Reads the start tag at *p ('<'), up to its '>' or "/>". */
static step read_root_tag(const unsigned char *p, const unsigned char *end, root_tag *tag)
{
    memset(tag, 0, sizeof(*tag));
    p++; /* '<' */
    if (p == end)
        return STEP_NEED_MORE;
    if (!is_name_start(*p))
        return STEP_NOT_XML;
    const unsigned char *name = p;
    const unsigned char *colon = NULL;
    while (p < end && is_name_char(*p)) {
        if (*p == ':') {
            if (colon != NULL)
                return STEP_NOT_XML; /* a QName has one colon at most */
            colon = p;
        }
        p++;
    }
    if (p == end)
        return STEP_NEED_MORE;
    if (colon != NULL) {
        if (colon == name || colon + 1 == p)
            return STEP_NOT_XML;
        tag->prefix = (span){name, (size_t)(colon - name)};
        tag->local = (span){colon + 1, (size_t)(p - colon - 1)};
    } else {
        tag->local = (span){name, (size_t)(p - name)};
    }
    for (;;) {
        int separated = 0;
        while (p < end && is_space(*p)) {
            p++;
            separated = 1;
        }
        if (p == end)
            return STEP_NEED_MORE;
        if (*p == '>')
            return STEP_OK;
        if (*p == '/') {
            if (p + 1 == end)
                return STEP_NEED_MORE;
            return p[1] == '>' ? STEP_OK : STEP_NOT_XML;
        }
        if (!separated || !is_name_start(*p))
            return STEP_NOT_XML;
        span attr = {p, 0};
        while (p < end && is_name_char(*p))
            p++;
        attr.len = (size_t)(p - attr.ptr);
        while (p < end && is_space(*p))
            p++;
        if (p == end)
            return STEP_NEED_MORE;
        if (*p++ != '=')
            return STEP_NOT_XML;
        while (p < end && is_space(*p))
            p++;
        if (p == end)
            return STEP_NEED_MORE;
        unsigned char quote = *p++;
        if (quote != '"' && quote != '\'')
            return STEP_NOT_XML;
        span value = {p, 0};
        while (p < end && *p != quote) {
            if (*p == '<')
                return STEP_NOT_XML;
            p++;
        }
        if (p == end)
            return STEP_NEED_MORE;
        value.len = (size_t)(p - value.ptr);
        p++; /* closing quote */
        note_attribute(tag, attr, value);
    }
}

pcrs_identity pcrs_identify(const void *header, size_t len)
{
    if (header == NULL || len == 0)
        return PCRS_ID_NONE;
    const unsigned char *p = (const unsigned char *)header;
    const unsigned char *end = p + len;

    step s = skip_prolog(&p, end);
    root_tag tag;
    if (s == STEP_OK)
        s = read_root_tag(p, end, &tag);
    if (s == STEP_NEED_MORE)
        return PCRS_ID_NEED_MORE;
    if (s != STEP_OK)
        return PCRS_ID_NONE;

    span ns = tag.prefix.ptr != NULL ? tag.prefix_ns : tag.default_ns;
    if (ns.ptr == NULL)
        return PCRS_ID_NONE; /* undeclared prefix, or no namespace */
    if (span_equals(ns, PCRS_NS_V1))
        return PCRS_ID_V1;
    if (!span_equals(ns, PCRS_NS_PCRS) || !span_equals(tag.local, PCRS_ROOT_ELEMENT))
        return PCRS_ID_NONE;
    /* v2.0 made the version attribute mandatory; 2.0beta2 had none. */
    if (tag.version.ptr == NULL || span_starts_with(tag.version, BETA_VERSION_PREFIX))
        return PCRS_ID_V2_BETA;
    return PCRS_ID_V2;
}

const char *pcrs_identity_name(pcrs_identity id)
{
    switch (id) {
    case PCRS_ID_NONE:
        return "not a PCRS document";
    case PCRS_ID_NEED_MORE:
        return "undetermined (root element not complete in the header)";
    case PCRS_ID_V2:
        return "PCRS v2.0";
    case PCRS_ID_V2_BETA:
        return "PCRS 2.0beta2 (pre-release)";
    case PCRS_ID_V1:
        return "PCRS v1.0 (2015, namespace " PCRS_NS_V1 ")";
    }
    return "unknown PCRS identity";
}
