/* The rules on a document read by pcrs_reader: one pass over the spool,
 * feature by feature, then what needs the whole document (links, emprises,
 * counts per class). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_document.h"
#include "validate_messages.h"

#define AGG_TEXT_NONE ((size_t)-1)

const char *validate_property_element(const pcrs_property *p, char *out, size_t size)
{
    snprintf(out, size, "<%s:%s>", p->ns == PCRS_NAMESPACE_PCRS_INFO ? "pcrs-i" : "pcrs", p->name);
    return out;
}

int64_t validate_doc_find_id(const validate_doc *d, const char *id, size_t len)
{
    if (d->id_count == 0)
        return -1;
    const uint32_t *entry = reader_idhash_find(&d->ids, reader_idhash_key(id, len));
    return entry ? (int64_t)*entry : -1;
}

const char *validate_doc_id_text(const validate_doc *d, int64_t entry)
{
    if (entry < 0 || (size_t)entry >= d->id_count || !d->id_text ||
        pcrs_reader_read_feature(d->reader, d->id_class[entry], d->id_index[entry], d->id_text) !=
            PCRS_OK)
        return NULL;
    return pcrs_feature_gml_id(d->id_text);
}

static pcrs_finding feature_finding(const validate_doc *d, const validate_feature_ctx *fc, int rule)
{
    pcrs_finding f = validate_finding(rule, d->path);
    if (fc) {
        f.line = fc->line;
        f.gml_id = fc->lazy_id ? validate_doc_id_text(d, fc->id_entry) : fc->gml_id;
        f.feature_class = fc->cls ? fc->cls->name : NULL;
        f.has_location = fc->has_location;
        f.x = fc->x;
        f.y = fc->y;
        f.epsg = fc->epsg ? fc->epsg : d->document_epsg;
    }
    return f;
}

void validate_doc_emit(validate_doc *d, const validate_feature_ctx *fc, int rule,
                       const char *element, const char *value, const char *expected,
                       const char *detail)
{
    pcrs_finding f = feature_finding(d, fc, rule);
    f.element = element;
    f.value = value;
    f.expected = expected;
    f.detail = detail;
    validate_emit(d->v, &f);
}

/* ---- aggregated findings ---- */

static size_t agg_store(validate_doc *d, const char *s)
{
    if (!s)
        return AGG_TEXT_NONE;
    size_t offset = d->agg_text.size;
    if (pcrs_buffer_append(&d->agg_text, s, strlen(s) + 1) != 0) {
        d->failed = 1;
        return AGG_TEXT_NONE;
    }
    return offset;
}

void validate_doc_aggregate(validate_doc *d, const validate_feature_ctx *fc, int rule,
                            const char *key, const char *element, const char *value,
                            const char *expected)
{
    char full[600];
    int n = snprintf(full, sizeof full, "%d|%s", rule, key);
    if (n < 0)
        return;
    size_t len = (size_t)n < sizeof full ? (size_t)n : sizeof full - 1;
    int added;
    int64_t entry = reader_idset_insert(&d->agg_keys, full, len, &added);
    if (entry < 0) {
        d->failed = 1;
        return;
    }
    if (!added) {
        d->aggs[entry].count++;
        return;
    }
    if ((size_t)entry >= d->agg_capacity) {
        size_t cap = d->agg_capacity ? d->agg_capacity * 2 : 64;
        validate_aggregate *a = realloc(d->aggs, cap * sizeof *a);
        if (!a) {
            d->failed = 1;
            return;
        }
        d->aggs = a;
        d->agg_capacity = cap;
    }
    validate_aggregate *a = &d->aggs[entry];
    a->rule = rule;
    a->count = 1;
    a->first = feature_finding(d, fc, rule);
    const char *texts[6] = {element, a->first.gml_id, a->first.feature_class, value, expected, NULL};
    for (int i = 0; i < 6; i++)
        a->text[i] = agg_store(d, texts[i]);
}

static void flush_aggregates(validate_doc *d)
{
    for (size_t e = 0; e < d->agg_keys.count; e++) {
        validate_aggregate *a = &d->aggs[e];
        const char *base = (const char *)d->agg_text.data;
        const char *t[6];
        for (int i = 0; i < 6; i++)
            t[i] = a->text[i] == AGG_TEXT_NONE ? NULL : base + a->text[i];
        char count[32];
        snprintf(count, sizeof count, "%lld", (long long)a->count);
        pcrs_finding f = a->first;
        f.element = t[0];
        f.gml_id = t[1];
        f.feature_class = t[2];
        f.value = t[3];
        f.expected = t[4];
        f.detail = count;
        validate_emit(d->v, &f);
    }
}

/* ---- identifiers ---- */

/* PCRS-ID-001 at `line` (inside the feature if it is not its start tag). */
static void report_duplicate_id(validate_doc *d, const validate_feature_ctx *fc, int64_t line,
                                const char *id, int64_t first)
{
    char first_line[32];
    snprintf(first_line, sizeof first_line, "%lld", (long long)first);
    if (fc && line == fc->line)
        validate_doc_emit(d, fc, VR_ID_DUPLICATE, NULL, id, first_line, NULL);
    else
        validate_messages_hold(d->v, VR_ID_DUPLICATE, line, NULL, id, first_line, NULL);
}

/* Room for `cap` feature ids in the per-entry arrays. 0, or -1 (memory). */
static int reserve_ids(validate_doc *d, size_t cap)
{
    if (cap <= d->id_capacity)
        return 0;
    int *cls = realloc(d->id_class, cap * sizeof *cls);
    if (cls)
        d->id_class = cls;
    int64_t *lines = realloc(d->id_line, cap * sizeof *lines);
    if (lines)
        d->id_line = lines;
    int64_t *index = realloc(d->id_index, cap * sizeof *index);
    if (index)
        d->id_index = index;
    unsigned char *flags = realloc(d->id_flags, cap);
    if (flags)
        d->id_flags = flags;
    double *xy = realloc(d->id_xy, cap * 2 * sizeof *xy);
    if (xy)
        d->id_xy = xy;
    if (!cls || !lines || !index || !flags || !xy)
        return -1;
    d->id_capacity = cap;
    return 0;
}

static int64_t register_id(validate_doc *d, const validate_feature_ctx *fc)
{
    if (!fc->gml_id)
        return -1;
    size_t len = strlen(fc->gml_id);
    /* the same id on a geometry or the document element (0: none) */
    int64_t other = validate_gml_ids_first_line(&d->v->gml_ids, fc->gml_id, len);
    int added;
    uint32_t *slot = reader_idhash_insert(&d->ids, reader_idhash_key(fc->gml_id, len), &added);
    if (!slot || (added && d->id_count >= UINT32_MAX)) {
        d->failed = 1;
        return -1;
    }
    if (added)
        *slot = (uint32_t)d->id_count;
    int64_t entry = *slot;
    if (!added) {
        int64_t first = d->id_line[entry];
        report_duplicate_id(d, fc, fc->line, fc->gml_id, other && other < first ? other : first);
        return -1; /* links and flags stay with the first */
    }
    if (other)
        report_duplicate_id(d, fc, other < fc->line ? fc->line : other, fc->gml_id,
                            other < fc->line ? other : fc->line);
    if ((size_t)entry >= d->id_capacity &&
        reserve_ids(d, d->id_capacity ? d->id_capacity * 2 : 4096) != 0) {
        d->failed = 1;
        return -1;
    }
    d->id_count++;
    d->id_class[entry] = fc->class_index;
    d->id_line[entry] = fc->line;
    d->id_index[entry] = pcrs_feature_index(fc->f);
    d->id_flags[entry] = 0;
    d->id_xy[2 * entry] = fc->has_location ? fc->x : NAN;
    d->id_xy[2 * entry + 1] = fc->has_location ? fc->y : NAN;
    return entry;
}

static void add_unidentified(validate_doc *d, const validate_feature_ctx *fc)
{
    if (d->unidentified_count == d->unidentified_capacity) {
        size_t cap = d->unidentified_capacity ? d->unidentified_capacity * 2 : 64;
        validate_unidentified *u = realloc(d->unidentified, cap * sizeof *u);
        if (!u) {
            d->failed = 1;
            return;
        }
        d->unidentified = u;
        d->unidentified_capacity = cap;
    }
    validate_unidentified *u = &d->unidentified[d->unidentified_count++];
    u->class_index = fc->class_index;
    u->line = fc->line;
    u->has_location = fc->has_location;
    u->x = fc->x;
    u->y = fc->y;
}

/* ---- the document ---- */

static void doc_init(validate_doc *d, pcrs_validator *v, pcrs_reader *reader)
{
    memset(d, 0, sizeof *d);
    d->v = v;
    d->reader = reader;
    d->path = pcrs_reader_path(reader);
    d->schema = v->options.xml_schema != NULL;
    reader_idhash_init(&d->ids);
    d->id_text = pcrs_feature_create();
    if (!d->id_text)
        d->failed = 1;
    for (int b = 0; b < VALIDATE_BUSINESS_ID_COUNT; b++)
        reader_idhash_init(&d->business[b]);
    pcrs_buffer_init(&d->link_text);
    reader_idset_init(&d->agg_keys);
    pcrs_buffer_init(&d->agg_text);
}

static void doc_free(validate_doc *d)
{
    reader_idhash_free(&d->ids);
    pcrs_feature_destroy(d->id_text);
    free(d->id_class);
    free(d->id_line);
    free(d->id_index);
    free(d->id_flags);
    free(d->id_xy);
    for (int b = 0; b < VALIDATE_BUSINESS_ID_COUNT; b++) {
        reader_idhash_free(&d->business[b]);
    }
    pcrs_buffer_free(&d->link_text);
    free(d->pending);
    free(d->unidentified);
    reader_idset_free(&d->agg_keys);
    free(d->aggs);
    pcrs_buffer_free(&d->agg_text);
}

/* Decodes the feature's geometry once (into v->wkb, for the geometry
 * rules) and takes its first point, for the map. */
static void locate(validate_feature_ctx *fc, validate_wkb *g)
{
    size_t size;
    const unsigned char *wkb = pcrs_feature_geometry(fc->f, &size);
    fc->has_location = 0;
    fc->wkb_state = 0;
    if (!wkb)
        return;
    int st = validate_wkb_parse(g, wkb, size);
    fc->wkb_state = st == 0 ? 1 : st;
    if (st != 0)
        return;
    for (int i = 0; i < g->part_count; i++) {
        if (g->parts[i].count) {
            double xyz[3];
            validate_wkb_point(&g->parts[i], 0, xyz);
            fc->has_location = 1;
            fc->x = xyz[0];
            fc->y = xyz[1];
            return;
        }
    }
}

static void check_feature(validate_doc *d, validate_feature_ctx *fc)
{
    fc->gml_id = pcrs_feature_gml_id(fc->f);
    fc->line = pcrs_feature_line(fc->f);
    fc->epsg = pcrs_feature_epsg(fc->f);
    locate(fc, &d->v->wkb);
    int64_t entry = register_id(d, fc);
    if (validate_class_in_emprise_scope(fc->class_index)) {
        d->scoped_count++;
        if (entry >= 0)
            d->id_flags[entry] |= VID_IN_EMPRISE_SCOPE;
        else if (!fc->gml_id)
            add_unidentified(d, fc);
    }
    validate_feature_values(d, fc);
    validate_feature_links(d, fc, entry);
    validate_feature_geometry(d, fc);
    validate_feature_raster(d, fc);
}

/* Repeated ids among geometries and the document element, against the
 * first occurrence whatever it is. */
static void check_gml_id_repeats(validate_doc *d)
{
    const validate_gml_ids *ids = &d->v->gml_ids;
    for (size_t i = 0; i < ids->repeat_count; i++) {
        const validate_gml_id_repeat *r = &ids->repeats[i];
        const char *id = (const char *)ids->text.data + r->text;
        size_t len = strlen(id);
        int64_t first = validate_gml_ids_first_line(ids, id, len);
        int64_t feature = validate_doc_find_id(d, id, len);
        if (feature >= 0 && d->id_line[feature] < first)
            first = d->id_line[feature];
        report_duplicate_id(d, NULL, r->line, id, first);
    }
}

static void check_emprises(validate_doc *d)
{
    if (d->emprise_count == 0 && d->scoped_count > 0) {
        validate_doc_emit(d, NULL, VR_DOC_NO_EMPRISE, NULL, NULL, NULL, NULL);
    } else if (d->emprise_count > 1) {
        char count[32];
        snprintf(count, sizeof count, "%lld", (long long)d->emprise_count);
        validate_doc_emit(d, NULL, VR_DOC_SEVERAL_EMPRISES, NULL, count, NULL, NULL);
    }
}

/* The next feature of each class, to visit the document in its order
 * (features are spooled per class, each class in document order). */
typedef struct class_cursor {
    int class_index;
    int64_t next, count;
    int loaded; /* `feature` holds feature next - 1 */
    pcrs_feature *feature;
} class_cursor;

static pcrs_status advance(pcrs_reader *reader, class_cursor *c)
{
    c->loaded = c->next < c->count;
    if (!c->loaded)
        return PCRS_OK;
    return pcrs_reader_read_feature(reader, c->class_index, c->next++, c->feature);
}

pcrs_status validate_document(pcrs_validator *v, pcrs_reader *reader)
{
    validate_doc d;
    doc_init(&d, v, reader);
    int emprise = pcrs_model_find_class(PCRS_NS_PCRS, "EmpriseEchangePCRS");
    d.emprise_count = pcrs_reader_feature_count(reader, emprise);
    /* sized once: growing by copies would touch twice the memory */
    int64_t features = pcrs_reader_total_feature_count(reader);
    if (features > 0 && reserve_ids(&d, (size_t)features) != 0)
        d.failed = 1;
    int class_count = pcrs_model_class_count(), active = 0;
    class_cursor *cursors = calloc((size_t)class_count, sizeof *cursors);
    pcrs_status st = cursors ? PCRS_OK : PCRS_ERR_NOMEM;
    for (int c = 0; st == PCRS_OK && c < class_count; c++) {
        int64_t n = pcrs_reader_feature_count(reader, c);
        if (!n)
            continue;
        class_cursor *cur = &cursors[active++];
        cur->class_index = c;
        cur->count = n;
        cur->feature = pcrs_feature_create();
        st = cur->feature ? advance(reader, cur) : PCRS_ERR_NOMEM;
    }
    while (st == PCRS_OK) {
        class_cursor *first = NULL;
        int64_t first_line = 0;
        for (int i = 0; i < active; i++) {
            if (!cursors[i].loaded)
                continue;
            int64_t line = pcrs_feature_line(cursors[i].feature);
            if (!first || line < first_line) {
                first = &cursors[i];
                first_line = line;
            }
        }
        if (!first)
            break;
        validate_feature_ctx fc;
        memset(&fc, 0, sizeof fc);
        fc.f = first->feature;
        fc.class_index = first->class_index;
        fc.cls = pcrs_model_class(first->class_index);
        check_feature(&d, &fc);
        st = d.failed ? PCRS_ERR_NOMEM : advance(reader, first);
    }
    if (st == PCRS_OK) {
        validate_links_finish(&d);
        check_emprises(&d);
        check_gml_id_repeats(&d);
        flush_aggregates(&d);
        if (d.failed)
            st = PCRS_ERR_NOMEM;
        else
            st = validate_messages_flush(v, reader); /* findings held at lines inside features */
    }
    if (cursors)
        for (int i = 0; i < active; i++)
            pcrs_feature_destroy(cursors[i].feature);
    free(cursors);
    doc_free(&d);
    return st;
}
