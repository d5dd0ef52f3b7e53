/* The feature a caller builds (pcrs_wfeature): values as given, keyed by
 * property index, strings in one arena, the WKB copied. */
#include <stdlib.h>
#include <string.h>

#include "writer_internal.h"

/* Most values a feature may give (hostile input guard). */
#define MAX_VALUES 100000

pcrs_wfeature *pcrs_wfeature_create(void)
{
    pcrs_wfeature *f = (pcrs_wfeature *)calloc(1, sizeof *f);
    if (!f)
        return NULL;
    pcrs_buffer_init(&f->arena);
    pcrs_buffer_init(&f->wkb);
    f->source_index = -1;
    return f;
}

void pcrs_wfeature_destroy(pcrs_wfeature *feature)
{
    if (!feature)
        return;
    pcrs_buffer_free(&feature->arena);
    pcrs_buffer_free(&feature->wkb);
    free(feature->values);
    free(feature);
}

void pcrs_wfeature_clear(pcrs_wfeature *feature)
{
    if (!feature)
        return;
    feature->source_index = -1;
    feature->has_id = 0;
    feature->value_count = 0;
    feature->has_geometry = 0;
    pcrs_buffer_reset(&feature->arena);
    pcrs_buffer_reset(&feature->wkb);
}

void pcrs_wfeature_set_source_index(pcrs_wfeature *feature, int64_t index)
{
    if (feature)
        feature->source_index = index;
}

static int store_text(pcrs_wfeature *f, const char *text, size_t *offset)
{
    *offset = f->arena.size;
    return pcrs_buffer_append(&f->arena, text, strlen(text) + 1);
}

pcrs_status pcrs_wfeature_set_id(pcrs_wfeature *feature, const char *gml_id)
{
    if (!feature || !gml_id)
        return PCRS_ERR_ARG;
    if (store_text(feature, gml_id, &feature->id) != 0)
        return PCRS_ERR_NOMEM;
    feature->has_id = 1;
    return PCRS_OK;
}

static wfeature_value *new_value(pcrs_wfeature *f, int prop, writer_value_kind kind)
{
    if (prop < 0)
        return NULL;
    if (f->value_count == f->value_capacity) {
        size_t cap = f->value_capacity ? f->value_capacity * 2 : 32;
        if (cap > MAX_VALUES)
            return NULL;
        wfeature_value *v = (wfeature_value *)realloc(f->values, cap * sizeof *v);
        if (!v)
            return NULL;
        f->values = v;
        f->value_capacity = cap;
    }
    wfeature_value *v = &f->values[f->value_count++];
    memset(v, 0, sizeof *v);
    v->prop = prop;
    v->kind = kind;
    return v;
}

pcrs_status pcrs_wfeature_add_string(pcrs_wfeature *feature, int prop, const char *value)
{
    if (!feature || !value || prop < 0)
        return PCRS_ERR_ARG;
    size_t offset;
    if (store_text(feature, value, &offset) != 0)
        return PCRS_ERR_NOMEM;
    wfeature_value *v = new_value(feature, prop, WRITER_VALUE_STRING);
    if (!v)
        return PCRS_ERR_NOMEM;
    v->text = offset;
    return PCRS_OK;
}

pcrs_status pcrs_wfeature_add_integer(pcrs_wfeature *feature, int prop, int64_t value)
{
    if (!feature || prop < 0)
        return PCRS_ERR_ARG;
    wfeature_value *v = new_value(feature, prop, WRITER_VALUE_INTEGER);
    if (!v)
        return PCRS_ERR_NOMEM;
    v->integer = value;
    return PCRS_OK;
}

pcrs_status pcrs_wfeature_add_real(pcrs_wfeature *feature, int prop, double value)
{
    if (!feature || prop < 0)
        return PCRS_ERR_ARG;
    wfeature_value *v = new_value(feature, prop, WRITER_VALUE_REAL);
    if (!v)
        return PCRS_ERR_NOMEM;
    v->real = value;
    return PCRS_OK;
}

pcrs_status pcrs_wfeature_add_date(pcrs_wfeature *feature, int prop, int year, int month, int day)
{
    if (!feature || prop < 0)
        return PCRS_ERR_ARG;
    wfeature_value *v = new_value(feature, prop, WRITER_VALUE_DATE);
    if (!v)
        return PCRS_ERR_NOMEM;
    v->year = year;
    v->month = month;
    v->day = day;
    return PCRS_OK;
}

pcrs_status pcrs_wfeature_set_geometry(pcrs_wfeature *feature, const unsigned char *wkb, size_t size)
{
    if (!feature || (!wkb && size))
        return PCRS_ERR_ARG;
    pcrs_buffer_reset(&feature->wkb);
    feature->has_geometry = 0;
    if (!wkb)
        return PCRS_OK;
    if (pcrs_buffer_append(&feature->wkb, wkb, size) != 0)
        return PCRS_ERR_NOMEM;
    feature->has_geometry = 1;
    return PCRS_OK;
}
