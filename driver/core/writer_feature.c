/* Check and serialisation of a feature. It is first prepared completely
 * (identifiers, lexical forms, defaults, GML geometry) and only then
 * written, so that a rejected feature leaves nothing behind in the body. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "writer_internal.h"

/* Business identifiers: "valeur unique dans le jeu de données", generated
 * when the source has none. */
static const char *const business_ids[] = {"idObjet",     "idHabillage",    "idEmprise",
                                           "idNomVoirie", "idNumeroVoirie", "idPCRS"};

/* ---- Preparation ---- */

/* One value ready to be written: its property and its lexical form. */
typedef struct prepared_value {
    int prop;
    size_t text; /* offset in writer->lexical */
} prepared_value;

/* Hashes claimed by a feature, inserted in the sets once it is written. */
#define MAX_PENDING_IDS 4096

typedef struct preparation {
    pcrs_writer *writer;
    pcrs_writer_layer *layer;
    const pcrs_wfeature *feature;
    prepared_value *values;
    size_t value_count, value_capacity;
    uint64_t *gml_ids; /* hashes of the feature's and its geometry's gml:ids */
    size_t gml_id_count;
    uint64_t *business; /* hashes of business identifiers */
    size_t business_count;
    int has_geometry;   /* GML text in writer->geometry */
    int empty_geometry; /* property written empty (anonymous gml:Polygon property) */
    writer_envelope envelope;
    int dropped_m;
} preparation;

static const char *ns_prefix(pcrs_namespace ns)
{
    return ns == PCRS_NAMESPACE_PCRS ? "pcrs" : "pcrs-i";
}

/* "out.gml: MurPCRS feature 12 (gml:id 'M12'): <pcrs:producteur>: " */
static pcrs_status feature_error(preparation *p, pcrs_status code, const pcrs_property *prop,
                                 const char *reason)
{
    pcrs_writer *w = p->writer;
    char where[64], element[160] = "";
    if (p->feature->source_index >= 0)
        snprintf(where, sizeof where, "feature %lld", (long long)p->feature->source_index);
    else
        snprintf(where, sizeof where, "feature #%lld", (long long)p->layer->features + 1);
    if (prop)
        snprintf(element, sizeof element, "<%s:%s>: ", ns_prefix(prop->ns), prop->name);
    const char *id = w->id.size ? (const char *)w->id.data : NULL;
    return writer_fail(w, code, "%s: %s %s%s%s%s of layer '%s': %s%s", w->path, p->layer->cls->name, where,
                       id ? " (gml:id '" : "", id ? id : "", id ? "')" : "", p->layer->name, element, reason);
}

static void feature_warning(preparation *p, const char *reason)
{
    pcrs_writer *w = p->writer;
    char where[64];
    if (p->feature->source_index >= 0)
        snprintf(where, sizeof where, "feature %lld", (long long)p->feature->source_index);
    else
        snprintf(where, sizeof where, "feature #%lld", (long long)p->layer->features + 1);
    writer_message(w, PCRS_MSG_WARNING, PCRS_OK, "%s: %s %s of layer '%s': %s", w->path, p->layer->cls->name,
                   where, p->layer->name, reason);
}

static int push_hash(uint64_t **array, size_t *count, uint64_t hash)
{
    if (*count % 16 == 0) {
        if (*count >= MAX_PENDING_IDS)
            return -1;
        uint64_t *a = (uint64_t *)realloc(*array, (*count + 16) * sizeof **array);
        if (!a)
            return -1;
        *array = a;
    }
    (*array)[(*count)++] = hash;
    return 0;
}

static int pending_contains(const uint64_t *array, size_t count, uint64_t hash)
{
    for (size_t i = 0; i < count; i++) {
        if (array[i] == hash)
            return 1;
    }
    return 0;
}

/* A gml:id already in the document: a feature's, or a geometry's (see
 * writer_geometry_id_base()). */
static int gml_id_taken(const preparation *p, const char *id, size_t len)
{
    const writer_idset *set = &p->writer->gml_ids;
    uint64_t h = writer_hash(id, len, WRITER_SALT_GML_ID);
    if (writer_idset_contains(set, h) || pending_contains(p->gml_ids, p->gml_id_count, h))
        return 1;
    size_t base;
    return writer_geometry_id_base(id, len, &base) &&
           writer_idset_contains(set, writer_hash(id, base, WRITER_SALT_GML_ID));
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The source's gml_id into writer->id, when there is one that can be used:
 * trimmed, repaired into an NCName if it is not one (deterministically, as
 * the links to it are), not taken yet. Returns 1 if chosen, 0 if not, -1
 * when memory runs out. */
static int source_feature_id(preparation *p)
{
    pcrs_writer *w = p->writer;
    pcrs_buffer *id = &w->id, *text = &w->tmp;
    char reason[512];
    if (!p->feature->has_id)
        return 0;
    const char *source = (const char *)p->feature->arena.data + p->feature->id;
    size_t len = strlen(source);
    while (len && is_space(*source))
        source++, len--;
    while (len && is_space(source[len - 1]))
        len--;
    if (len == 0)
        return 0;
    pcrs_buffer_reset(text);
    if (pcrs_buffer_append(text, source, len) != 0 || pcrs_buffer_append_u8(text, 0) != 0)
        return -1;
    const char *given = (const char *)text->data;
    if (writer_is_ncname(given)) {
        if (pcrs_buffer_append(id, given, len + 1) != 0)
            return -1;
    } else {
        if (writer_make_ncname(given, id) != 0)
            return -1;
        if (!writer_is_ncname((const char *)id->data)) {
            snprintf(reason, sizeof reason, "gml_id '%.200s' cannot be an XML NCName: a new one is generated",
                     given);
            feature_warning(p, reason);
            pcrs_buffer_reset(id);
            return 0;
        }
    }
    if (gml_id_taken(p, (const char *)id->data, id->size - 1)) {
        snprintf(reason, sizeof reason,
                 "gml:id '%.200s' is already used in the document: a new one is generated (links to it now "
                 "reach the first feature)",
                 (const char *)id->data);
        feature_warning(p, reason);
        pcrs_buffer_reset(id);
        return 0;
    }
    if (strcmp((const char *)id->data, given) != 0) {
        snprintf(reason, sizeof reason,
                 "gml_id '%.200s' is not an XML NCName: written as '%.200s' (links to it are repaired the "
                 "same way)",
                 given, (const char *)id->data);
        feature_warning(p, reason);
    }
    return 1;
}

/* The feature's gml:id into writer->id: the source's (see above), else
 * "<prefix><Class>.<n>", stable for a given input order. */
static pcrs_status choose_feature_id(preparation *p)
{
    pcrs_writer *w = p->writer;
    pcrs_buffer *id = &w->id;
    pcrs_buffer_reset(id);
    int chosen = source_feature_id(p);
    if (chosen < 0)
        return PCRS_ERR_NOMEM;
    if (!chosen) {
        int64_t *counter = &w->generated[p->layer->class_index];
        char text[300];
        int len;
        do {
            len = snprintf(text, sizeof text, "%.200s%s.%lld", w->gml_id_prefix, p->layer->cls->name,
                           (long long)++*counter);
        } while (gml_id_taken(p, text, (size_t)len));
        if (pcrs_buffer_append(id, text, (size_t)len + 1) != 0)
            return PCRS_ERR_NOMEM;
    }
    uint64_t h = writer_hash((const char *)id->data, id->size - 1, WRITER_SALT_GML_ID);
    return push_hash(&p->gml_ids, &p->gml_id_count, h) == 0 ? PCRS_OK : PCRS_ERR_NOMEM;
}

/* gml:ids of the geometry's objects: "<feature id>.g<n>", "…_<k>" when a
 * feature took that id. Not remembered (see writer_geometry_id_base()). */
static int make_geometry_id(void *user, int n, pcrs_buffer *out)
{
    preparation *p = (preparation *)user;
    pcrs_writer *w = p->writer;
    const writer_idset *set = &w->gml_ids;
    char text[600];
    int len = snprintf(text, sizeof text, "%.500s.g%d", (const char *)w->id.data, n);
    for (int k = 2; writer_idset_contains(set, writer_hash(text, (size_t)len, WRITER_SALT_GML_ID)); k++)
        len = snprintf(text, sizeof text, "%.500s.g%d_%d", (const char *)w->id.data, n, k);
    return pcrs_buffer_append(out, text, (size_t)len);
}

static int is_business_id(const pcrs_property *prop)
{
    for (size_t i = 0; i < sizeof business_ids / sizeof business_ids[0]; i++) {
        if (strcmp(prop->name, business_ids[i]) == 0)
            return 1;
    }
    return 0;
}

static uint64_t business_hash(const pcrs_property *prop, const char *value)
{
    return writer_hash(value, strlen(value), writer_hash(prop->name, strlen(prop->name), 0));
}

static int add_prepared(preparation *p, int prop, size_t text)
{
    if (p->value_count == p->value_capacity) {
        size_t cap = p->value_capacity ? p->value_capacity * 2 : 32;
        prepared_value *v = (prepared_value *)realloc(p->values, cap * sizeof *v);
        if (!v)
            return -1;
        p->values = v;
        p->value_capacity = cap;
    }
    p->values[p->value_count].prop = prop;
    p->values[p->value_count].text = text;
    p->value_count++;
    return 0;
}

static int append_lexical(pcrs_writer *w, const char *text, size_t *offset)
{
    *offset = w->lexical.size;
    return pcrs_buffer_append(&w->lexical, text, strlen(text) + 1);
}

/* A business identifier nobody gave: the feature's gml:id, made unique. */
static pcrs_status generate_business_id(preparation *p, const pcrs_property *prop, int index)
{
    pcrs_writer *w = p->writer;
    char text[600];
    snprintf(text, sizeof text, "%.500s", (const char *)w->id.data);
    uint64_t h = business_hash(prop, text);
    for (int k = 2;
         writer_idset_contains(&w->business_ids, h) || pending_contains(p->business, p->business_count, h);
         k++) {
        snprintf(text, sizeof text, "%.500s.%d", (const char *)w->id.data, k);
        h = business_hash(prop, text);
    }
    size_t offset;
    if (push_hash(&p->business, &p->business_count, h) != 0 || append_lexical(w, text, &offset) != 0 ||
        add_prepared(p, index, offset) != 0)
        return PCRS_ERR_NOMEM;
    return PCRS_OK;
}

static pcrs_status prepare_property(preparation *p, int index)
{
    pcrs_writer *w = p->writer;
    const pcrs_wfeature *f = p->feature;
    const pcrs_property *prop = &p->layer->cls->properties[index];
    char err[1024], reason[1200];
    size_t first = p->value_count;
    for (size_t i = 0; i < f->value_count; i++) {
        const wfeature_value *v = &f->values[i];
        if (v->prop != index)
            continue;
        writer_value value = {
            v->kind,    v->kind == WRITER_VALUE_STRING ? (const char *)f->arena.data + v->text : NULL,
            v->integer, v->real,
            v->year,    v->month,
            v->day};
        size_t offset = w->lexical.size;
        writer_lexical_result r = writer_lexical(prop, &value, w->href_form, &w->lexical, err, sizeof err);
        if (r == WRITER_LEXICAL_NOMEM)
            return PCRS_ERR_NOMEM;
        if (r == WRITER_LEXICAL_ERROR)
            return feature_error(p, PCRS_ERR_DATA, prop, err);
        if (r == WRITER_LEXICAL_OK && add_prepared(p, index, offset) != 0)
            return PCRS_ERR_NOMEM;
    }
    size_t count = p->value_count - first;
    if (count == 0) {
        size_t offset;
        const char *fallback = p->layer->defaults[index];
        if (!fallback && strcmp(prop->name, "thematique") == 0)
            fallback = p->layer->cls->thematique;
        if (fallback) {
            if (append_lexical(w, fallback, &offset) != 0 || add_prepared(p, index, offset) != 0)
                return PCRS_ERR_NOMEM;
            return PCRS_OK;
        }
        if (is_business_id(prop))
            return generate_business_id(p, prop, index);
        if (prop->min_occurs > 0) {
            char option[64];
            pcrs_writer_option_name(prop->name, option, sizeof option);
            if (prop->type == PCRS_VALUE_LINK)
                snprintf(reason, sizeof reason,
                         "mandatory link missing (no field gives the target's gml:id)");
            else
                snprintf(reason, sizeof reason,
                         "mandatory property missing (no field gives it, and no layer creation option %s)",
                         option);
            return feature_error(p, PCRS_ERR_DATA, prop, reason);
        }
        return PCRS_OK;
    }
    if (prop->max_occurs != PCRS_UNBOUNDED && (int)count > prop->max_occurs) {
        snprintf(reason, sizeof reason, "%zu values given, the property takes at most %d", count,
                 prop->max_occurs);
        return feature_error(p, PCRS_ERR_DATA, prop, reason);
    }
    if (is_business_id(prop)) {
        for (size_t i = first; i < p->value_count; i++) {
            const char *text = (const char *)w->lexical.data + p->values[i].text;
            uint64_t h = business_hash(prop, text);
            if (writer_idset_contains(&w->business_ids, h) ||
                pending_contains(p->business, p->business_count, h)) {
                if (++p->layer->duplicate_business_ids <= WRITER_DUPLICATES_REPORTED) {
                    snprintf(reason, sizeof reason,
                             "<%s:%s>: '%.200s' is already used by another feature (the standard wants it "
                             "unique)%s",
                             ns_prefix(prop->ns), prop->name, text,
                             p->layer->duplicate_business_ids == WRITER_DUPLICATES_REPORTED
                                 ? "; further repetitions in this layer are only counted"
                                 : "");
                    feature_warning(p, reason);
                }
            } else if (push_hash(&p->business, &p->business_count, h) != 0) {
                return PCRS_ERR_NOMEM;
            }
        }
    }
    return PCRS_OK;
}

static pcrs_status prepare_geometry(preparation *p, int index)
{
    pcrs_writer *w = p->writer;
    const pcrs_property *prop = &p->layer->cls->properties[index];
    char err[1024];
    pcrs_buffer_reset(&w->geometry);
    writer_geometry_result r = WRITER_GEOMETRY_EMPTY;
    if (p->feature->has_geometry) {
        writer_geometry_context ctx = {p->layer->srs_name[0] ? p->layer->srs_name : NULL, make_geometry_id,
                                       p};
        r = writer_geometry_to_gml(p->feature->wkb.data, p->feature->wkb.size, prop->geometry, &ctx,
                                   &w->geometry, &p->envelope, &p->dropped_m, err, sizeof err);
    }
    switch (r) {
    case WRITER_GEOMETRY_OK:
        p->has_geometry = 1;
        return PCRS_OK;
    case WRITER_GEOMETRY_NOMEM:
        return PCRS_ERR_NOMEM;
    case WRITER_GEOMETRY_ERROR:
        return feature_error(p, PCRS_ERR_DATA, prop, err);
    case WRITER_GEOMETRY_UNSUPPORTED:
        return feature_error(p, PCRS_ERR_UNSUPPORTED, prop, err);
    case WRITER_GEOMETRY_EMPTY:
        break;
    }
    /* The anonymous gml:Polygon properties may be empty; the others need a geometry. */
    if (prop->geometry == PCRS_GEOM_POLYGON || prop->min_occurs == 0) {
        p->empty_geometry = prop->min_occurs > 0;
        return PCRS_OK;
    }
    return feature_error(p, PCRS_ERR_DATA, prop, "mandatory geometry missing (null or empty)");
}

static pcrs_status prepare(preparation *p)
{
    const pcrs_class *cls = p->layer->cls;
    pcrs_writer *w = p->writer;
    pcrs_buffer_reset(&w->lexical);
    pcrs_status status = choose_feature_id(p);
    for (int i = 0; status == PCRS_OK && i < cls->property_count; i++) {
        if (cls->properties[i].type == PCRS_VALUE_GEOMETRY)
            status = prepare_geometry(p, i);
        else
            status = prepare_property(p, i);
    }
    if (status == PCRS_OK && cls->geometry_property < 0 && p->feature->has_geometry &&
        !p->layer->geometry_reported) {
        /* Reported once per layer, as the unmatched fields are. */
        p->layer->geometry_reported = 1;
        feature_warning(p, "the class has no geometry: the layer's geometries are not written");
    }
    return status;
}

/* ---- Serialisation ---- */

static int emit(preparation *p)
{
    pcrs_writer *w = p->writer;
    xmlTextWriterPtr body = w->body;
    const pcrs_class *cls = p->layer->cls;
    int failed = xmlTextWriterWriteRaw(body, BAD_CAST "\n  ") < 0 ||
                 xmlTextWriterStartElement(body, BAD_CAST "pcrs:featureMember") < 0 ||
                 xmlTextWriterWriteRaw(body, BAD_CAST "\n    ") < 0 ||
                 xmlTextWriterStartElement(body, BAD_CAST p->layer->qnames[cls->property_count]) < 0 ||
                 xmlTextWriterWriteAttribute(body, BAD_CAST "gml:id", w->id.data) < 0;
    size_t next = 0;
    for (int i = 0; !failed && i < cls->property_count; i++) {
        const pcrs_property *prop = &cls->properties[i];
        if (prop->type == PCRS_VALUE_GEOMETRY) {
            if (!p->has_geometry && !p->empty_geometry)
                continue;
            failed = xmlTextWriterWriteRaw(body, BAD_CAST "\n      ") < 0 ||
                     xmlTextWriterStartElement(body, BAD_CAST p->layer->qnames[i]) < 0 ||
                     (p->has_geometry &&
                      xmlTextWriterWriteRawLen(body, w->geometry.data, (int)w->geometry.size) < 0) ||
                     xmlTextWriterEndElement(body) < 0;
            continue;
        }
        for (; !failed && next < p->value_count && p->values[next].prop == i; next++) {
            const xmlChar *text = w->lexical.data + p->values[next].text;
            failed = xmlTextWriterWriteRaw(body, BAD_CAST "\n      ") < 0 ||
                     xmlTextWriterStartElement(body, BAD_CAST p->layer->qnames[i]) < 0 ||
                     (prop->type == PCRS_VALUE_LINK
                          ? xmlTextWriterWriteAttribute(body, BAD_CAST "xlink:href", text) < 0
                          : (text[0] && xmlTextWriterWriteString(body, text) < 0)) ||
                     xmlTextWriterEndElement(body) < 0;
        }
    }
    failed = failed || xmlTextWriterWriteRaw(body, BAD_CAST "\n    ") < 0 ||
             xmlTextWriterEndElement(body) < 0 || xmlTextWriterWriteRaw(body, BAD_CAST "\n  ") < 0 ||
             xmlTextWriterEndElement(body) < 0;
    return failed || w->spool.error[0] || w->io_failed ? -1 : 0;
}

static void commit_ids(preparation *p)
{
    pcrs_writer *w = p->writer;
    for (size_t i = 0; i < p->gml_id_count; i++)
        writer_idset_insert(&w->gml_ids, p->gml_ids[i]);
    for (size_t i = 0; i < p->business_count; i++)
        writer_idset_insert(&w->business_ids, p->business[i]);
}

static void account_geometry(preparation *p)
{
    pcrs_writer *w = p->writer;
    if (!p->has_geometry)
        return;
    writer_envelope_merge(&w->envelope, &p->envelope);
    int epsg = p->layer->epsg;
    if (epsg > 0 && w->envelope_epsg >= 0) {
        if (w->envelope_epsg == 0)
            w->envelope_epsg = epsg;
        else if (w->envelope_epsg != epsg)
            w->envelope_epsg = -1;
    }
    if (p->dropped_m && !p->layer->m_reported) {
        p->layer->m_reported = 1;
        feature_warning(p, "M values are not part of GML: they are dropped for this layer");
    }
}

pcrs_status pcrs_writer_write_feature(pcrs_writer *writer, pcrs_writer_layer *layer,
                                      const pcrs_wfeature *feature)
{
    if (!writer || !layer || !feature || layer->writer != writer)
        return PCRS_ERR_ARG;
    if (writer->state != WRITER_OPEN) {
        if (writer->state == WRITER_FAILED)
            return writer->status;
        return writer_fail(writer, PCRS_ERR_ARG, "%s",
                           writer->state == WRITER_CREATED ? "the writer is not open"
                                                           : "the document is already written");
    }
    writer_layer_report_unmatched(layer);
    preparation p;
    memset(&p, 0, sizeof p);
    p.writer = writer;
    p.layer = layer;
    p.feature = feature;
    writer_envelope_init(&p.envelope);
    pcrs_buffer_reset(&writer->id);
    pcrs_status status = prepare(&p);
    if (status == PCRS_OK) {
        if (emit(&p) != 0) {
            status = writer_fail(writer, PCRS_ERR_IO, "%s: %s: the output is removed", writer->path,
                                 writer->spool.error[0] ? writer->spool.error
                                                        : "writing failed (disk full or I/O error)");
            writer_condemn(writer, status);
        } else {
            commit_ids(&p);
            account_geometry(&p);
            layer->features++;
            writer->feature_count++;
        }
    } else {
        if (status == PCRS_ERR_NOMEM)
            writer_fail(writer, status, "%s: out of memory", writer->path);
        if (status == PCRS_ERR_NOMEM || !writer->skip_invalid_features)
            writer_condemn(writer, status);
    }
    free(p.values);
    free(p.gml_ids);
    free(p.business);
    return status;
}
