/* Feature records: builder (serialization) and pcrs_feature (decoding,
 * public accessors). */
#include "reader_record.h"

#include <stdlib.h>
#include <string.h>

#define TYPED_SIZE 8

static int has_typed(pcrs_value_type type)
{
    return type == PCRS_VALUE_INTEGER || type == PCRS_VALUE_REAL || type == PCRS_VALUE_DATE;
}

/* ---- builder ---- */

void reader_builder_init(reader_builder *b)
{
    memset(b, 0, sizeof *b);
    pcrs_buffer_init(&b->text);
    pcrs_buffer_init(&b->wkb);
    b->class_index = -1;
}

void reader_builder_free(reader_builder *b)
{
    pcrs_buffer_free(&b->text);
    pcrs_buffer_free(&b->wkb);
    free(b->values);
    free(b->counts);
    free(b->seen);
    free(b->order);
    free(b->links);
    reader_builder_init(b);
}

int reader_builder_start(reader_builder *b, int class_index, int64_t line)
{
    const pcrs_class *cls = pcrs_model_class(class_index);
    if (!cls)
        return -1;
    if (cls->property_count > b->property_capacity) {
        int *counts = realloc(b->counts, (size_t)cls->property_count * sizeof *counts);
        if (!counts)
            return -1;
        b->counts = counts;
        unsigned char *seen = realloc(b->seen, (size_t)cls->property_count);
        if (!seen)
            return -1;
        b->seen = seen;
        b->property_capacity = cls->property_count;
    }
    if (cls->property_count > 0) {
        memset(b->counts, 0, (size_t)cls->property_count * sizeof *b->counts);
        memset(b->seen, 0, (size_t)cls->property_count);
    }
    b->class_index = class_index;
    b->cls = cls;
    b->line = line;
    b->slot = -1;
    b->has_id = 0;
    b->value_count = 0;
    b->link_count = 0;
    b->has_geometry = 0;
    b->epsg = 0;
    pcrs_buffer_reset(&b->text);
    pcrs_buffer_reset(&b->wkb);
    return 0;
}

static int append_text(reader_builder *b, const char *text, size_t len, size_t *offset)
{
    if (len > UINT32_MAX - 1 || pcrs_buffer_reserve(&b->text, len + 1) != 0)
        return -1;
    *offset = b->text.size;
    pcrs_buffer_append(&b->text, text, len);
    pcrs_buffer_append_u8(&b->text, 0);
    return 0;
}

int reader_builder_set_id(reader_builder *b, const char *id, size_t len)
{
    if (append_text(b, id, len, &b->id_offset) != 0)
        return -1;
    b->id_length = (uint32_t)len;
    b->has_id = 1;
    return 0;
}

int reader_builder_add_link_ref(reader_builder *b, const reader_link_ref *ref)
{
    if (b->link_count == b->link_capacity) {
        size_t cap = b->link_capacity ? b->link_capacity * 2 : 16;
        reader_link_ref *links = realloc(b->links, cap * sizeof *links);
        if (!links)
            return -1;
        b->links = links;
        b->link_capacity = cap;
    }
    b->links[b->link_count++] = *ref;
    return 0;
}

const char *reader_builder_id(const reader_builder *b)
{
    return b->has_id ? (const char *)b->text.data + b->id_offset : NULL;
}

int reader_builder_add(reader_builder *b, int prop, const char *text, size_t len,
                       const reader_typed *typed)
{
    if (b->value_count == b->value_capacity) {
        size_t cap = b->value_capacity ? b->value_capacity * 2 : 64;
        reader_value *v = realloc(b->values, cap * sizeof *v);
        if (!v)
            return -1;
        b->values = v;
        b->value_capacity = cap;
    }
    reader_value *v = &b->values[b->value_count];
    if (append_text(b, text, len, &v->text_offset) != 0)
        return -1;
    v->prop = prop;
    v->text_length = (uint32_t)len;
    if (typed)
        v->typed = *typed;
    else
        memset(&v->typed, 0, sizeof v->typed);
    b->value_count++;
    b->counts[prop]++;
    return 0;
}

static unsigned char *put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
    return p + 4;
}

static unsigned char *put_bytes(unsigned char *p, const void *data, size_t n)
{
    if (n)
        memcpy(p, data, n);
    return p + n;
}

static unsigned char *put_typed(unsigned char *p, pcrs_value_type type, const reader_typed *t)
{
    memset(p, 0, TYPED_SIZE);
    if (type == PCRS_VALUE_INTEGER)
        memcpy(p, &t->integer, 8);
    else if (type == PCRS_VALUE_REAL)
        memcpy(p, &t->real, 8);
    else {
        memcpy(p, &t->date.year, 4);
        p[4] = t->date.month;
        p[5] = t->date.day;
    }
    return p + TYPED_SIZE;
}

int reader_builder_record_size(reader_builder *b, size_t *size)
{
    const pcrs_class *cls = b->cls;
    int n = cls->property_count;
    /* Order the values by property, keeping document order within one
     * (counting sort: first index of each property, then a scatter). */
    if (b->value_count > b->order_capacity) {
        uint32_t *order = realloc(b->order, b->value_count * sizeof *order);
        if (!order)
            return -1;
        b->order = order;
        b->order_capacity = b->value_count;
    }
    uint32_t start_stack[64];
    uint32_t *start = n <= 64 ? start_stack : malloc((size_t)n * sizeof *start);
    if (!start)
        return -1;
    uint64_t total = 4 + 4 + 8 + 4 + (b->has_id ? (uint64_t)b->id_length + 1 : 0) + 4 +
                     4 * (uint64_t)n + 4 + 4 + (b->has_geometry ? b->wkb.size : 0);
    uint32_t next = 0;
    for (int p = 0; p < n; p++) {
        start[p] = next;
        next += (uint32_t)b->counts[p];
    }
    for (size_t i = 0; i < b->value_count; i++) {
        const reader_value *v = &b->values[i];
        b->order[start[v->prop]++] = (uint32_t)i;
        total += 4 + (uint64_t)v->text_length + 1 +
                 (has_typed(cls->properties[v->prop].type) ? TYPED_SIZE : 0);
    }
    if (start != start_stack)
        free(start);
    if (total > UINT32_MAX)
        return -1;
    b->record_size = (size_t)total;
    *size = (size_t)total;
    return 0;
}

void reader_builder_write(const reader_builder *b, unsigned char *p)
{
    const pcrs_class *cls = b->cls;
    int n = cls->property_count;
    p = put_u32(p, (uint32_t)b->record_size);
    p = put_u32(p, (uint32_t)b->class_index);
    p = put_bytes(p, &b->line, 8);
    p = put_u32(p, b->has_id ? b->id_length + 1 : 0);
    if (b->has_id)
        p = put_bytes(p, b->text.data + b->id_offset, b->id_length + 1);
    p = put_u32(p, (uint32_t)n);
    size_t k = 0;
    for (int prop = 0; prop < n; prop++) {
        pcrs_value_type type = cls->properties[prop].type;
        p = put_u32(p, (uint32_t)b->counts[prop]);
        for (int i = 0; i < b->counts[prop]; i++, k++) {
            const reader_value *v = &b->values[b->order[k]];
            p = put_u32(p, v->text_length);
            p = put_bytes(p, b->text.data + v->text_offset, v->text_length + 1);
            if (has_typed(type))
                p = put_typed(p, type, &v->typed);
        }
    }
    p = put_bytes(p, &b->epsg, 4);
    p = put_u32(p, b->has_geometry ? (uint32_t)b->wkb.size : 0);
    if (b->has_geometry)
        put_bytes(p, b->wkb.data, b->wkb.size);
}

/* ---- pcrs_feature ---- */

struct pcrs_feature {
    pcrs_buffer data;
    int class_index;
    int64_t index;
    int64_t line;
    const char *gml_id;
    int property_count;
    uint32_t *first; /* per property: index in values */
    uint32_t *count;
    int property_capacity;
    const unsigned char **values; /* each at its u32 length */
    size_t value_capacity;
    const unsigned char *wkb;
    size_t wkb_size;
    int epsg;
};

pcrs_feature *pcrs_feature_create(void)
{
    pcrs_feature *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    pcrs_buffer_init(&f->data);
    reader_feature_clear(f);
    return f;
}

void pcrs_feature_destroy(pcrs_feature *f)
{
    if (!f)
        return;
    pcrs_buffer_free(&f->data);
    free(f->first);
    free(f->count);
    free(f->values);
    free(f);
}

void reader_feature_clear(pcrs_feature *f)
{
    f->class_index = -1;
    f->index = -1;
    f->line = 0;
    f->gml_id = NULL;
    f->property_count = 0;
    f->wkb = NULL;
    f->wkb_size = 0;
    f->epsg = 0;
}

pcrs_buffer *reader_feature_buffer(pcrs_feature *f) { return &f->data; }

typedef struct cursor {
    const unsigned char *p, *end;
    int ok;
} cursor;

static const unsigned char *take(cursor *c, size_t n)
{
    if (!c->ok || (size_t)(c->end - c->p) < n) {
        c->ok = 0;
        return NULL;
    }
    const unsigned char *at = c->p;
    c->p += n;
    return at;
}

static uint32_t take_u32(cursor *c)
{
    const unsigned char *p = take(c, 4);
    return p ? (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24
             : 0;
}

int reader_feature_decode(pcrs_feature *f, int64_t index)
{
    cursor c = {f->data.data, f->data.data + f->data.size, 1};
    reader_feature_clear(f);
    take_u32(&c); /* size */
    int class_index = (int)take_u32(&c);
    const unsigned char *line = take(&c, 8);
    uint32_t id_size = take_u32(&c);
    const unsigned char *id = id_size ? take(&c, id_size) : NULL;
    uint32_t n = take_u32(&c);
    const pcrs_class *cls = pcrs_model_class(class_index);
    if (!c.ok || !cls || (int)n != cls->property_count || (id && id[id_size - 1] != 0))
        return -1;
    if ((int)n > f->property_capacity) {
        uint32_t *first = realloc(f->first, n * sizeof *first);
        if (!first)
            return -1;
        f->first = first;
        uint32_t *count = realloc(f->count, n * sizeof *count);
        if (!count)
            return -1;
        f->count = count;
        f->property_capacity = (int)n;
    }
    size_t k = 0;
    for (uint32_t p = 0; p < n && c.ok; p++) {
        uint32_t count = take_u32(&c);
        size_t extra = has_typed(cls->properties[p].type) ? TYPED_SIZE : 0;
        f->first[p] = (uint32_t)k;
        f->count[p] = count;
        for (uint32_t i = 0; i < count && c.ok; i++, k++) {
            if (k == f->value_capacity) {
                size_t cap = f->value_capacity ? f->value_capacity * 2 : 64;
                const unsigned char **v = realloc(f->values, cap * sizeof *v);
                if (!v)
                    return -1;
                f->values = v;
                f->value_capacity = cap;
            }
            const unsigned char *at = c.p;
            uint32_t len = take_u32(&c);
            const unsigned char *text = take(&c, (size_t)len + 1);
            take(&c, extra);
            if (!c.ok || text[len] != 0)
                return -1;
            f->values[k] = at;
        }
    }
    const unsigned char *epsg = take(&c, 4);
    uint32_t wkb_size = take_u32(&c);
    const unsigned char *wkb = wkb_size ? take(&c, wkb_size) : NULL;
    if (!c.ok)
        return -1;
    f->class_index = class_index;
    f->index = index;
    memcpy(&f->line, line, 8);
    f->gml_id = (const char *)id;
    f->property_count = (int)n;
    memcpy(&f->epsg, epsg, 4);
    f->wkb = wkb;
    f->wkb_size = wkb_size;
    return 0;
}

int pcrs_feature_class(const pcrs_feature *f) { return f ? f->class_index : -1; }
int64_t pcrs_feature_index(const pcrs_feature *f) { return f ? f->index : -1; }
const char *pcrs_feature_gml_id(const pcrs_feature *f) { return f ? f->gml_id : NULL; }
int64_t pcrs_feature_line(const pcrs_feature *f) { return f ? f->line : 0; }

int pcrs_feature_value_count(const pcrs_feature *f, int prop)
{
    if (!f || prop < 0 || prop >= f->property_count)
        return 0;
    return (int)f->count[prop];
}

/* The value's u32 length prefix, or NULL when out of range. */
static const unsigned char *value_at(const pcrs_feature *f, int prop, int i)
{
    if (!f || prop < 0 || prop >= f->property_count || i < 0 || (uint32_t)i >= f->count[prop])
        return NULL;
    return f->values[f->first[prop] + (uint32_t)i];
}

const char *pcrs_feature_value(const pcrs_feature *f, int prop, int i)
{
    const unsigned char *at = value_at(f, prop, i);
    return at ? (const char *)at + 4 : NULL;
}

/* The 8 typed bytes of a value if its property has that type. */
static const unsigned char *typed_at(const pcrs_feature *f, int prop, int i, pcrs_value_type type)
{
    const unsigned char *at = value_at(f, prop, i);
    if (!at || pcrs_model_class(f->class_index)->properties[prop].type != type)
        return NULL;
    uint32_t len = (uint32_t)at[0] | (uint32_t)at[1] << 8 | (uint32_t)at[2] << 16 |
                   (uint32_t)at[3] << 24;
    return at + 4 + len + 1;
}

int64_t pcrs_feature_integer(const pcrs_feature *f, int prop, int i)
{
    const unsigned char *t = typed_at(f, prop, i, PCRS_VALUE_INTEGER);
    int64_t v = 0;
    if (t)
        memcpy(&v, t, 8);
    return v;
}

double pcrs_feature_real(const pcrs_feature *f, int prop, int i)
{
    const unsigned char *t = typed_at(f, prop, i, PCRS_VALUE_REAL);
    double v = 0;
    if (t)
        memcpy(&v, t, 8);
    return v;
}

void pcrs_feature_date(const pcrs_feature *f, int prop, int i, int *year, int *month, int *day)
{
    const unsigned char *t = typed_at(f, prop, i, PCRS_VALUE_DATE);
    int32_t y = 0;
    if (t)
        memcpy(&y, t, 4);
    if (year)
        *year = y;
    if (month)
        *month = t ? t[4] : 0;
    if (day)
        *day = t ? t[5] : 0;
}

const unsigned char *pcrs_feature_geometry(const pcrs_feature *f, size_t *size)
{
    if (size)
        *size = f && f->wkb ? f->wkb_size : 0;
    return f ? f->wkb : NULL;
}

int pcrs_feature_epsg(const pcrs_feature *f) { return f ? f->epsg : 0; }
