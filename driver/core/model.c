/* Accessors of the PCRS model tables (pcrs_model.h). The tables themselves
 * are generated (model_data.c); everything here is read-only lookups, so
 * any thread may call them at any time. */
#include "pcrs/pcrs_model.h"

#include <stddef.h>
#include <string.h>

#include "model_data.h"

#define OTHER_PREFIX "other: "
#define OTHER_MIN_CHARS 2

int pcrs_model_class_count(void)
{
    return pcrs_model_class_count_;
}

const pcrs_class *pcrs_model_class(int index)
{
    if (index < 0 || index >= pcrs_model_class_count_)
        return NULL;
    return &pcrs_model_classes_[index];
}

static int ascii_tolower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int ascii_casecmp(const char *a, const char *b)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    for (;; x++, y++) {
        int cx = ascii_tolower(*x), cy = ascii_tolower(*y);
        if (cx != cy || cx == 0)
            return cx - cy;
    }
}

/* Binary search of `name` in a sorted index of class positions. */
static int find_in_index(const int *sorted, const char *name, int (*cmp)(const char *, const char *))
{
    int lo = 0, hi = pcrs_model_class_count_ - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int index = sorted[mid];
        int c = cmp(name, pcrs_model_classes_[index].name);
        if (c == 0)
            return index;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

int pcrs_model_find_class(const char *ns_uri, const char *local_name)
{
    if (ns_uri == NULL || local_name == NULL)
        return -1;
    int index = find_in_index(pcrs_model_classes_by_name_, local_name, strcmp);
    if (index < 0 || strcmp(ns_uri, pcrs_model_namespace_uri(pcrs_model_classes_[index].ns)) != 0)
        return -1;
    return index;
}

int pcrs_model_find_class_nocase(const char *name)
{
    if (name == NULL)
        return -1;
    return find_in_index(pcrs_model_classes_by_lower_name_, name, ascii_casecmp);
}

int pcrs_model_class_is_a(int index, int ancestor)
{
    if (ancestor < 0 || ancestor >= pcrs_model_class_count_)
        return 0;
    /* The depth is at most 3; the bound only guards against a corrupt table. */
    for (int depth = 0; index >= 0 && index < pcrs_model_class_count_ && depth <= pcrs_model_class_count_;
         depth++) {
        if (index == ancestor)
            return 1;
        index = pcrs_model_classes_[index].parent;
    }
    return 0;
}

int pcrs_model_find_property(const pcrs_class *cls, const char *local_name)
{
    if (cls == NULL || local_name == NULL)
        return -1;
    for (int i = 0; i < cls->property_count; i++) {
        if (strcmp(cls->properties[i].name, local_name) == 0)
            return i;
    }
    return -1;
}

int pcrs_model_codelist_count(void)
{
    return pcrs_model_codelist_count_;
}

const pcrs_codelist *pcrs_model_codelist(int index)
{
    if (index < 0 || index >= pcrs_model_codelist_count_)
        return NULL;
    return &pcrs_model_codelists_[index];
}

const pcrs_code *pcrs_model_find_code(const pcrs_codelist *list, const char *code)
{
    if (list == NULL || code == NULL)
        return NULL;
    for (int i = 0; i < list->code_count; i++) {
        if (strcmp(list->codes[i].code, code) == 0)
            return &list->codes[i];
    }
    return NULL;
}

/* Decodes one UTF-8 sequence at s; returns its length, 0 if it is invalid
 * (overlong, surrogate, beyond U+10FFFF, truncated). */
static size_t utf8_decode(const unsigned char *s, unsigned int *cp)
{
    unsigned int c = s[0];
    size_t len;
    unsigned int min;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, min = 0x80, c &= 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, min = 0x800, c &= 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, min = 0x10000, c &= 0x07;
    } else {
        return 0;
    }
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) /* also stops at the terminating NUL */
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* XSD \w: every character except punctuation, separators and "other". */
static int is_xsd_word_char(unsigned int cp)
{
    int lo = 0, hi = pcrs_xsd_nonword_range_count_ - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        const pcrs_codepoint_range *r = &pcrs_xsd_nonword_ranges_[mid];
        if (cp < r->first)
            hi = mid - 1;
        else if (cp > r->last)
            lo = mid + 1;
        else
            return 0;
    }
    return 1;
}

/* The XSD pattern "other: \w{2,}" (patterns match the whole value). */
static int is_other_extension(const char *value)
{
    size_t prefix = strlen(OTHER_PREFIX);
    if (strncmp(value, OTHER_PREFIX, prefix) != 0)
        return 0;
    const unsigned char *s = (const unsigned char *)value + prefix;
    int count = 0;
    while (*s) {
        unsigned int cp;
        size_t len = utf8_decode(s, &cp);
        if (len == 0 || !is_xsd_word_char(cp))
            return 0;
        s += len;
        count++;
    }
    return count >= OTHER_MIN_CHARS;
}

int pcrs_model_code_is_valid(const pcrs_codelist *list, const char *value)
{
    if (list == NULL || value == NULL)
        return 0;
    if (pcrs_model_find_code(list, value) != NULL)
        return 1;
    return list->extensible && is_other_extension(value);
}

const char *pcrs_model_namespace_uri(pcrs_namespace ns)
{
    switch (ns) {
    case PCRS_NAMESPACE_PCRS:
        return PCRS_NS_PCRS;
    case PCRS_NAMESPACE_PCRS_INFO:
        return PCRS_NS_PCRS_INFO;
    }
    return NULL;
}
