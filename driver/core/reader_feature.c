/* Feature elements of a PCRS document: properties matched against the model
 * tables, values checked and typed, links (href or nested features, read
 * recursively into their own class), geometries through gml_geometry.h.
 * Problems confined to a feature are warnings; only XML-level failures,
 * hostile input and memory stop the open. */
#include <stdlib.h>
#include <string.h>

#include "gml_geometry.h"
#include "reader_internal.h"
#include "reader_values.h"

#define QUOTE_MAX 120
#define CODES_LIST_MAX 320

/* Elements of gml:AbstractFeatureType that may precede the properties. */
static const char *const leading_gml_elements[] = {
    "metaDataProperty", "description", "descriptionReference", "identifier",
    "name",             "boundedBy",   "location",             "priorityLocation"};

static int is_leading_gml_element(const char *local)
{
    for (size_t i = 0; i < sizeof leading_gml_elements / sizeof *leading_gml_elements; i++)
        if (strcmp(local, leading_gml_elements[i]) == 0)
            return 1;
    return 0;
}

static const char *model_prefix(pcrs_namespace ns)
{
    return ns == PCRS_NAMESPACE_PCRS_INFO ? "pcrs-i" : "pcrs";
}

static pcrs_status out_of_memory(pcrs_reader *r)
{
    return reader_fail(&r->messages, PCRS_ERR_NOMEM, reader_line(r), "out of memory");
}

static const char *xsd_type_name(pcrs_value_type type)
{
    switch (type) {
    case PCRS_VALUE_INTEGER:
        return "xs:integer";
    case PCRS_VALUE_REAL:
        return "xs:double";
    case PCRS_VALUE_DATE:
        return "xs:date";
    default:
        return "value";
    }
}

/* ---- builders, slots, records ---- */

static reader_builder *builder_at(pcrs_reader *r, int level)
{
    if (level < r->builder_count)
        return r->builders[level];
    reader_builder **list = realloc(r->builders, (size_t)(level + 1) * sizeof *list);
    if (!list)
        return NULL;
    r->builders = list;
    while (r->builder_count <= level) {
        reader_builder *b = malloc(sizeof *b);
        if (!b)
            return NULL;
        reader_builder_init(b);
        r->builders[r->builder_count++] = b;
    }
    return r->builders[level];
}

/* Reserves the feature's index at its start tag, so that a feature nested
 * in another of its class still comes after it (document order). */
static int reserve_slot(pcrs_reader *r, int class_index, int64_t *slot)
{
    reader_class_state *s = &r->classes[class_index];
    if (s->count == s->capacity) {
        int64_t cap = s->capacity ? s->capacity * 2 : 64;
        uint64_t *offsets = realloc(s->offsets, (size_t)cap * sizeof *offsets);
        if (!offsets)
            return -1;
        s->offsets = offsets;
        s->capacity = cap;
    }
    s->offsets[s->count] = UINT64_MAX; /* until its record is stored */
    *slot = s->count++;
    r->total_features++;
    return 0;
}

static pcrs_status store_record(pcrs_reader *r, reader_builder *b)
{
    size_t size;
    if (reader_builder_record_size(b, &size) != 0)
        return reader_fail(&r->messages, PCRS_ERR_NOMEM, b->line,
                           "<%s:%s>: out of memory (or a feature larger than 4 GiB)",
                           model_prefix(b->cls->ns), b->cls->name);
    /* Written straight into the spool: no intermediate copy. */
    uint64_t offset;
    unsigned char *at = reader_spool_reserve(&r->spool, size, b->class_index, &offset);
    if (!at)
        return reader_fail(&r->messages, PCRS_ERR_NOMEM, b->line, "%s", r->spool.error);
    reader_builder_write(b, at);
    if (reader_spool_commit(&r->spool) != 0)
        return reader_fail(&r->messages, PCRS_ERR_IO, b->line, "%s", r->spool.error);
    r->classes[b->class_index].offsets[b->slot] = offset;
    return PCRS_OK;
}

/* ---- identifiers and links ---- */

/* The gml:id's key is computed (and its table slot fetched) now; the id is
 * declared when the feature ends, with its links (declare_feature_ids). */
static void note_id(pcrs_reader *r, reader_builder *b)
{
    b->id_key = reader_ids_key(&r->ids, reader_builder_id(b), b->id_length);
}

static pcrs_status declare_feature_ids(pcrs_reader *r, reader_builder *b)
{
    if (b->has_id) {
        int64_t first_line;
        if (reader_ids_declare(&r->ids, b->id_key, b->line, &first_line) != 0)
            return out_of_memory(r);
        if (first_line > 0) {
            char quoted[QUOTE_MAX];
            reader_warn(&r->messages, READER_W_DUPLICATE_ID, -1, -1, b->line,
                        "<%s:%s gml:id='%s'>: duplicate gml:id, already used at line %lld",
                        model_prefix(b->cls->ns), b->cls->name,
                        reader_quote(quoted, sizeof quoted, reader_builder_id(b), b->id_length),
                        (long long)first_line);
        }
    }
    for (size_t i = 0; i < b->link_count; i++)
        if (reader_ids_link(&r->ids, &b->links[i]) != 0)
            return out_of_memory(r);
    return PCRS_OK;
}

/* "<parent id>.<property>.<n>" for a nested feature without gml:id. */
static pcrs_status generate_id(pcrs_reader *r, reader_builder *b, const reader_builder *parent,
                               int parent_prop)
{
    const char *base = reader_builder_id(parent);
    const char *prop = parent->cls->properties[parent_prop].name;
    int n = parent->counts[parent_prop] + 1;
    char fallback[160];
    if (!base) {
        snprintf(fallback, sizeof fallback, "%s.%lld", parent->cls->name, (long long)parent->line);
        base = fallback;
    }
    size_t len = strlen(base) + strlen(prop) + 24;
    char stack[512];
    char *id = len <= sizeof stack ? stack : malloc(len);
    if (!id)
        return out_of_memory(r);
    int written = snprintf(id, len, "%s.%s.%d", base, prop, n);
    int failed = written < 0 || reader_builder_set_id(b, id, (size_t)written) != 0;
    if (id != stack)
        free(id);
    if (failed)
        return out_of_memory(r);
    char quoted[QUOTE_MAX];
    reader_warn(&r->messages, READER_W_NESTED_ID, b->class_index, -1, b->line,
                "<%s:%s>: nested feature without gml:id, given the id '%s'",
                model_prefix(b->cls->ns), b->cls->name,
                reader_quote(quoted, sizeof quoted, reader_builder_id(b), b->id_length));
    note_id(r, b);
    return PCRS_OK;
}

/* Records a link value; targets are checked at the end of the document. */
static pcrs_status add_link(pcrs_reader *r, reader_builder *b, int prop, const char *target,
                            size_t len, int64_t line)
{
    const pcrs_property *p = &b->cls->properties[prop];
    if (p->max_occurs == 1 && b->counts[prop] > 0) {
        reader_warn(&r->messages, READER_W_REPEATED, b->class_index, prop, line,
                    "<%s:%s>: single-valued property given more than once, the first value is kept",
                    model_prefix(p->ns), p->name);
        return PCRS_OK;
    }
    if (reader_builder_add(b, prop, target, len, NULL) != 0)
        return out_of_memory(r);
    /* Where the value lands in the record, should the target never come. */
    reader_link_ref ref = {reader_ids_key(&r->ids, target, len), line, b->slot,
                           (uint32_t)(b->counts[prop] - 1), (uint16_t)b->class_index, (uint16_t)prop};
    return reader_builder_add_link_ref(b, &ref) == 0 ? PCRS_OK : out_of_memory(r);
}

/* ---- property lookup ---- */

static int lookup_property(pcrs_reader *r, const reader_builder *b, reader_ns ns,
                           const xmlChar *local)
{
    size_t h = (((uintptr_t)local >> 3) ^ ((size_t)b->class_index * 0x9E3779B1u)) &
               (READER_PROPERTY_CACHE - 1);
    reader_property_cache_entry *e = &r->property_cache[h];
    int prop;
    /* The name check makes a stale pointer harmless. */
    if (e->name == local && e->class_index == b->class_index &&
        strcmp(b->cls->properties[e->prop].name, (const char *)local) == 0) {
        prop = e->prop;
    } else {
        prop = pcrs_model_find_property(b->cls, (const char *)local);
        if (prop < 0)
            return -1;
        e->name = local;
        e->class_index = b->class_index;
        e->prop = prop;
    }
    pcrs_namespace want = ns == READER_NS_PCRS_INFO ? PCRS_NAMESPACE_PCRS_INFO : PCRS_NAMESPACE_PCRS;
    return b->cls->properties[prop].ns == want ? prop : -1;
}

/* ---- simple values ---- */

/* Concatenated text of the current element into r->text (NUL-terminated);
 * child elements are reported and skipped. */
static pcrs_status read_text(pcrs_reader *r, const pcrs_property *p, int empty)
{
    pcrs_buffer_reset(&r->text);
    if (!empty) {
        int depth = r->depth;
        for (;;) {
            if (reader_next(r) != 1)
                return reader_xml_failure(r);
            int t = r->node_type;
            if (t == XML_READER_TYPE_END_ELEMENT && r->depth == depth)
                break;
            if (t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA ||
                t == XML_READER_TYPE_WHITESPACE || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE) {
                const char *v = (const char *)xmlTextReaderConstValue(r->xml);
                if (v && pcrs_buffer_append(&r->text, v, strlen(v)) != 0)
                    return out_of_memory(r);
            } else if (t == XML_READER_TYPE_ELEMENT) {
                pcrs_status st = reader_check_depth(r);
                if (st != PCRS_OK)
                    return st;
                char name[256];
                reader_warn(&r->messages, READER_W_UNEXPECTED_CHILD, -1, -1, reader_line(r),
                            "<%s:%s>: unexpected element %s inside a simple value, ignored",
                            model_prefix(p->ns), p->name, reader_element_name(r, name, sizeof name));
                st = reader_skip_element(r);
                if (st != PCRS_OK)
                    return st;
            }
        }
    }
    if (pcrs_buffer_append_u8(&r->text, 0) != 0)
        return out_of_memory(r);
    r->text.size--;
    return PCRS_OK;
}

/* "01 Mur, 02 Mur de soutènement, …" for messages, in code order. */
static const char *describe_codes(const pcrs_codelist *list, char *out, size_t size)
{
    int order[64];
    int n = list->code_count < 64 ? list->code_count : 64;
    for (int i = 0; i < n; i++) {
        int j = i;
        for (; j > 0 && strcmp(list->codes[order[j - 1]].code, list->codes[i].code) > 0; j--)
            order[j] = order[j - 1];
        order[j] = i;
    }
    size_t used = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        const pcrs_code *c = &list->codes[order[i]];
        int w = snprintf(out + used, size - used, "%s%s %s", i ? ", " : "", c->code,
                         c->label ? c->label : "");
        if (w < 0 || (size_t)w >= size - used || used + (size_t)w > CODES_LIST_MAX) {
            snprintf(out + used, size - used, "%s\xE2\x80\xA6", i ? ", " : "");
            break;
        }
        used += (size_t)w;
    }
    return out;
}

static pcrs_status parse_simple(pcrs_reader *r, reader_builder *b, int prop, int empty,
                                int64_t line)
{
    const pcrs_property *p = &b->cls->properties[prop];
    pcrs_status st = read_text(r, p, empty);
    if (st != PCRS_OK)
        return st;
    char *text = (char *)r->text.data;
    size_t len = r->text.size;
    if (p->type == PCRS_VALUE_STRING)
        return reader_builder_add(b, prop, text, len, NULL) == 0 ? PCRS_OK : out_of_memory(r);

    len = reader_collapse_whitespace(text, len);
    text[len] = '\0';
    char quoted[QUOTE_MAX];
    if (p->type == PCRS_VALUE_CODE) {
        if (reader_builder_add(b, prop, text, len, NULL) != 0)
            return out_of_memory(r);
        const pcrs_codelist *list = pcrs_model_codelist(p->codelist);
        if (list && !pcrs_model_code_is_valid(list, text)) {
            char codes[CODES_LIST_MAX + 64];
            reader_warn(&r->messages, READER_W_BAD_CODE, b->class_index, prop, line,
                        "<%s:%s>: '%s' is not a value of %s (%s)", model_prefix(p->ns), p->name,
                        reader_quote(quoted, sizeof quoted, text, len), list->name,
                        describe_codes(list, codes, sizeof codes));
        }
        return PCRS_OK;
    }
    reader_typed typed;
    int bad;
    if (p->type == PCRS_VALUE_INTEGER) {
        bad = reader_parse_integer(text, &typed.integer);
    } else if (p->type == PCRS_VALUE_REAL) {
        bad = reader_parse_double(text, &typed.real);
    } else {
        int y = 0, m = 0, d = 0;
        bad = reader_parse_date(text, &y, &m, &d);
        typed.date.year = y;
        typed.date.month = (uint8_t)m;
        typed.date.day = (uint8_t)d;
    }
    if (bad) {
        reader_warn(&r->messages, READER_W_BAD_VALUE, b->class_index, prop, line,
                    "<%s:%s>: '%s' is not a valid %s", model_prefix(p->ns), p->name,
                    reader_quote(quoted, sizeof quoted, text, len), xsd_type_name(p->type));
        return PCRS_OK;
    }
    return reader_builder_add(b, prop, text, len, &typed) == 0 ? PCRS_OK : out_of_memory(r);
}

/* ---- links ---- */

static pcrs_status parse_link(pcrs_reader *r, reader_builder *b, int level, int prop, int empty,
                              int64_t line)
{
    const pcrs_property *p = &b->cls->properties[prop];
    reader_messages *m = &r->messages;
    const char *href = reader_attribute(r, PCRS_NS_XLINK, "href");
    size_t target_len = 0;
    const char *target = href ? reader_href_target(href, &target_len) : NULL;
    if (href && target_len == 0) {
        reader_warn(m, READER_W_LINK, b->class_index, prop, line,
                    "<%s:%s>: empty xlink:href, no link", model_prefix(p->ns), p->name);
        target = NULL;
    }
    if (empty) {
        if (target)
            return add_link(r, b, prop, target, target_len, line);
        if (!href)
            reader_warn(m, READER_W_LINK, b->class_index, prop, line,
                        "<%s:%s>: neither xlink:href nor an inline feature, no link",
                        model_prefix(p->ns), p->name);
        return PCRS_OK;
    }
    /* The attribute goes away with the start tag: keep the target. */
    char stack[256];
    char *saved = NULL;
    if (target) {
        saved = target_len < sizeof stack ? stack : malloc(target_len + 1);
        if (!saved)
            return out_of_memory(r);
        memcpy(saved, target, target_len);
        saved[target_len] = '\0';
    }
    int depth = r->depth, inline_count = 0;
    pcrs_status st = PCRS_OK;
    while (st == PCRS_OK) {
        if (reader_next(r) != 1) {
            st = reader_xml_failure(r);
            break;
        }
        if (r->node_type == XML_READER_TYPE_END_ELEMENT && r->depth == depth)
            break;
        if (r->node_type != XML_READER_TYPE_ELEMENT)
            continue;
        st = reader_check_depth(r);
        if (st != PCRS_OK)
            break;
        reader_ns ns = reader_node_ns(r);
        int cls = -1;
        if (ns == READER_NS_PCRS || ns == READER_NS_PCRS_INFO)
            cls = pcrs_model_find_class(ns == READER_NS_PCRS ? PCRS_NS_PCRS : PCRS_NS_PCRS_INFO,
                                        (const char *)xmlTextReaderConstLocalName(r->xml));
        const pcrs_class *c = pcrs_model_class(cls);
        char name[256];
        if (!c || c->abstract) {
            reader_warn(m, READER_W_UNEXPECTED_CHILD, b->class_index, prop, reader_line(r),
                        "<%s:%s>: %s is not a concrete PCRS feature class, ignored",
                        model_prefix(p->ns), p->name, reader_element_name(r, name, sizeof name));
            st = reader_skip_element(r);
            continue;
        }
        int64_t nested_line = reader_line(r);
        if (p->target_class >= 0 && !pcrs_model_class_is_a(cls, p->target_class))
            reader_warn(m, READER_W_LINK, b->class_index, prop, nested_line,
                        "<%s:%s>: a %s is not a %s (kept)", model_prefix(p->ns), p->name, c->name,
                        pcrs_model_class(p->target_class)->name);
        const char *id = NULL;
        st = reader_parse_feature(r, cls, level + 1, b, prop, &id);
        if (st == PCRS_OK && id)
            st = add_link(r, b, prop, id, strlen(id), nested_line);
        inline_count++;
    }
    if (st == PCRS_OK) {
        if (inline_count && saved)
            reader_warn(m, READER_W_LINK, b->class_index, prop, line,
                        "<%s:%s>: both an xlink:href and an inline feature, the inline feature is kept",
                        model_prefix(p->ns), p->name);
        else if (saved)
            st = add_link(r, b, prop, saved, target_len, line);
        else if (!inline_count && !href)
            reader_warn(m, READER_W_LINK, b->class_index, prop, line,
                        "<%s:%s>: neither xlink:href nor an inline feature, no link",
                        model_prefix(p->ns), p->name);
    }
    if (saved != stack)
        free(saved);
    return st;
}

/* ---- geometry ---- */

static void merge_geometry_info(pcrs_reader *r, reader_builder *b, const pcrs_geometry_info *info,
                                int64_t line)
{
    reader_class_state *s = &r->classes[b->class_index];
    if (!info->empty) {
        if (!s->has_extent) {
            memcpy(s->extent, info->env, sizeof s->extent);
            s->has_extent = 1;
        } else {
            if (info->env[0] < s->extent[0]) s->extent[0] = info->env[0];
            if (info->env[1] < s->extent[1]) s->extent[1] = info->env[1];
            if (info->env[2] > s->extent[2]) s->extent[2] = info->env[2];
            if (info->env[3] > s->extent[3]) s->extent[3] = info->env[3];
        }
        if (info->has_z) {
            if (!s->has_z) {
                memcpy(s->z_range, info->zrange, sizeof s->z_range);
                s->has_z = 1;
            } else {
                if (info->zrange[0] < s->z_range[0]) s->z_range[0] = info->zrange[0];
                if (info->zrange[1] > s->z_range[1]) s->z_range[1] = info->zrange[1];
            }
        }
    }
    if (info->epsg) {
        if (!s->epsg) {
            s->epsg = info->epsg;
        } else if (s->epsg != info->epsg && !s->crs_warned) {
            s->crs_warned = 1;
            reader_warn(&r->messages, READER_W_CRS, b->class_index, -1, line,
                        "<%s:%s>: geometry in EPSG:%d while the class's first geometries are in "
                        "EPSG:%d; the layer keeps EPSG:%d",
                        model_prefix(b->cls->ns), b->cls->name, info->epsg, s->epsg, s->epsg);
        }
    }
}

/* Splits a geometry module message "line N: rest" (N kept if present). */
static const char *geometry_message(const char *err, int64_t *line)
{
    if (strncmp(err, "line ", 5) == 0) {
        char *end;
        long long n = strtoll(err + 5, &end, 10);
        if (end != err + 5 && end[0] == ':' && end[1] == ' ') {
            *line = n;
            return end + 2;
        }
    }
    return err;
}

/* Reports a geometry module message as "<file>:N: …". */
static void warn_geometry(pcrs_reader *r, const reader_builder *b, int prop, const char *err,
                          int64_t line)
{
    const char *rest = geometry_message(err, &line);
    const pcrs_property *p = &b->cls->properties[prop];
    reader_warn(&r->messages, READER_W_GEOMETRY, b->class_index, prop, line,
                "%s (in <%s:%s> of %s), no geometry", rest, model_prefix(p->ns), p->name,
                b->cls->name);
}

/* After a failed geometry: to the end tag of the property at `depth`. */
static pcrs_status skip_to_property_end(pcrs_reader *r, int depth)
{
    r->node_type = xmlTextReaderNodeType(r->xml);
    r->depth = xmlTextReaderDepth(r->xml);
    while (!(r->node_type == XML_READER_TYPE_END_ELEMENT && r->depth == depth)) {
        if (reader_next(r) != 1)
            return reader_xml_failure(r);
        if (r->node_type == XML_READER_TYPE_ELEMENT) {
            pcrs_status st = reader_check_depth(r);
            if (st != PCRS_OK)
                return st;
        }
    }
    return PCRS_OK;
}

static pcrs_status read_geometry(pcrs_reader *r, reader_builder *b, int prop, int property_depth)
{
    const pcrs_property *p = &b->cls->properties[prop];
    int64_t line = reader_line(r);
    pcrs_gml_context ctx = {.crs_is_lat_long_order = r->options.crs_is_lat_long_order,
                            .crs_user = r->options.crs_user,
                            .max_depth = r->options.max_depth - r->depth,
                            .on_id = r->options.on_gml_id,
                            .id_user = r->options.gml_id_user,
                            .root_id_seen = &r->root_id_seen};
    if (ctx.max_depth <= 0 && !xmlTextReaderIsEmptyElement(r->xml)) {
        /* 0 means "default" to the geometry module: refuse here. */
        char element[256];
        return reader_fail(&r->messages, PCRS_ERR_HOSTILE, line,
                           "%s: element nesting deeper than %d levels: refused",
                           reader_element_name(r, element, sizeof element), r->options.max_depth);
    }
    pcrs_geometry_info info;
    memset(&info, 0, sizeof info);
    char err[512] = "";
    pcrs_buffer_reset(&b->wkb);
    pcrs_status st = pcrs_gml_read_geometry(r->xml, p->geometry, &ctx, &b->wkb, &info, err, sizeof err);
    if (st != PCRS_OK)
        reader_collect_parser_error(r);
    if (r->xml_fatal || r->input.read_error)
        return reader_xml_failure(r);
    if (st == PCRS_OK) {
        b->has_geometry = 1;
        b->epsg = info.epsg;
        merge_geometry_info(r, b, &info, line);
        return PCRS_OK;
    }
    pcrs_buffer_reset(&b->wkb);
    if (st == PCRS_ERR_NOMEM)
        return out_of_memory(r);
    if (st == PCRS_ERR_HOSTILE) {
        const char *rest = geometry_message(err[0] ? err : "refused geometry", &line);
        return reader_fail(&r->messages, PCRS_ERR_HOSTILE, line, "%s", rest);
    }
    warn_geometry(r, b, prop, err[0] ? err : "invalid geometry", line);
    return skip_to_property_end(r, property_depth);
}

static pcrs_status parse_geometry(pcrs_reader *r, reader_builder *b, int prop, int empty,
                                  int64_t line)
{
    const pcrs_property *p = &b->cls->properties[prop];
    reader_messages *m = &r->messages;
    if (reader_attribute(r, PCRS_NS_XLINK, "href")) {
        reader_warn(m, READER_W_GEOMETRY, b->class_index, prop, line,
                    "<%s:%s>: geometry by reference (xlink:href) is not supported, no geometry",
                    model_prefix(p->ns), p->name);
        return reader_skip_element(r);
    }
    if (empty)
        return PCRS_OK;
    int depth = r->depth, done = 0;
    pcrs_status st;
    while (reader_next_child(r, depth, &st)) {
        if (!done && reader_node_ns(r) == READER_NS_GML) {
            done = 1;
            st = read_geometry(r, b, prop, depth);
            if (st != PCRS_OK)
                return st;
            if (r->node_type == XML_READER_TYPE_END_ELEMENT && r->depth == depth)
                return PCRS_OK; /* failed geometry, skipped to the property end */
            continue;
        }
        char name[256];
        reader_warn(m, READER_W_UNEXPECTED_CHILD, b->class_index, prop, reader_line(r),
                    "<%s:%s>: unexpected element %s in a geometry property, ignored",
                    model_prefix(p->ns), p->name, reader_element_name(r, name, sizeof name));
        st = reader_skip_element(r);
        if (st != PCRS_OK)
            return st;
    }
    return st;
}

/* ---- properties ---- */

static int is_nil(const char *value)
{
    if (!value)
        return 0;
    while (*value == ' ' || *value == '\t' || *value == '\n' || *value == '\r')
        value++;
    return strncmp(value, "true", 4) == 0 || strncmp(value, "1", 1) == 0;
}

static pcrs_status parse_property(pcrs_reader *r, reader_builder *b, int level, int prop)
{
    const pcrs_property *p = &b->cls->properties[prop];
    int64_t line = reader_line(r);
    int empty = xmlTextReaderIsEmptyElement(r->xml);
    if (p->type != PCRS_VALUE_LINK && p->max_occurs == 1 && b->seen[prop]) {
        reader_warn(&r->messages, READER_W_REPEATED, b->class_index, prop, line,
                    "<%s:%s>: single-valued property given more than once, the first value is kept",
                    model_prefix(p->ns), p->name);
        return reader_skip_element(r);
    }
    b->seen[prop] = 1;
    if (is_nil(reader_attribute(r, PCRS_NS_XSI, "nil")))
        return reader_skip_element(r);
    switch (p->type) {
    case PCRS_VALUE_GEOMETRY:
        return parse_geometry(r, b, prop, empty, line);
    case PCRS_VALUE_LINK:
        return parse_link(r, b, level, prop, empty, line);
    default:
        return parse_simple(r, b, prop, empty, line);
    }
}

static pcrs_status finish_feature(pcrs_reader *r, reader_builder *b)
{
    const pcrs_class *c = b->cls;
    char quoted[QUOTE_MAX] = "";
    const char *id = reader_builder_id(b);
    for (int prop = 0; prop < c->property_count; prop++) {
        const pcrs_property *p = &c->properties[prop];
        if (p->min_occurs < 1 || b->seen[prop])
            continue;
        if (id)
            reader_warn(&r->messages, READER_W_MANDATORY, b->class_index, prop, b->line,
                        "<%s:%s gml:id='%s'>: mandatory property '%s' is missing",
                        model_prefix(c->ns), c->name,
                        reader_quote(quoted, sizeof quoted, id, b->id_length), p->name);
        else
            reader_warn(&r->messages, READER_W_MANDATORY, b->class_index, prop, b->line,
                        "<%s:%s>: mandatory property '%s' is missing", model_prefix(c->ns),
                        c->name, p->name);
    }
    pcrs_status st = declare_feature_ids(r, b);
    return st == PCRS_OK ? store_record(r, b) : st;
}

/* Trims XML whitespace around an attribute value. */
static const char *trim(const char *s, size_t *len)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    *len = n;
    return s;
}

pcrs_status reader_parse_feature(pcrs_reader *r, int class_index, int level,
                                 const reader_builder *parent, int parent_prop, const char **id)
{
    *id = NULL;
    reader_builder *b = builder_at(r, level);
    if (!b || reader_builder_start(b, class_index, reader_line(r)) != 0 ||
        reserve_slot(r, class_index, &b->slot) != 0)
        return out_of_memory(r);
    const pcrs_class *c = b->cls;
    reader_messages *m = &r->messages;
    pcrs_status st = PCRS_OK;
    const char *given = reader_attribute(r, PCRS_NS_GML, "id");
    size_t given_len = 0;
    if (given)
        given = trim(given, &given_len);
    if (given && given_len) {
        if (reader_builder_set_id(b, given, given_len) != 0)
            return out_of_memory(r);
        note_id(r, b);
    } else if (parent) {
        st = generate_id(r, b, parent, parent_prop);
    } else {
        reader_warn(m, READER_W_MISSING_ID, class_index, -1, b->line,
                    "<%s:%s>: feature without gml:id", model_prefix(c->ns), c->name);
    }
    if (st != PCRS_OK)
        return st;

    if (!xmlTextReaderIsEmptyElement(r->xml)) {
        int depth = r->depth;
        for (;;) {
            if (reader_next(r) != 1)
                return reader_xml_failure(r);
            if (r->node_type == XML_READER_TYPE_END_ELEMENT && r->depth == depth)
                break;
            if (r->node_type != XML_READER_TYPE_ELEMENT)
                continue;
            st = reader_check_depth(r);
            if (st != PCRS_OK)
                return st;
            reader_ns ns = reader_node_ns(r);
            const xmlChar *local = xmlTextReaderConstLocalName(r->xml);
            r->context_ns = ns;
            r->context_local = local;
            int prop = -1;
            if (ns == READER_NS_PCRS || ns == READER_NS_PCRS_INFO)
                prop = lookup_property(r, b, ns, local);
            if (prop >= 0) {
                st = parse_property(r, b, level, prop);
            } else {
                if (ns != READER_NS_GML || !is_leading_gml_element((const char *)local)) {
                    char name[256];
                    reader_warn(m, READER_W_UNKNOWN_PROPERTY, class_index, -1, reader_line(r),
                                "%s: not a property of %s, ignored",
                                reader_element_name(r, name, sizeof name), c->name);
                }
                st = reader_skip_element(r);
            }
            if (st != PCRS_OK)
                return st;
        }
    }
    st = finish_feature(r, b);
    if (st == PCRS_OK)
        *id = reader_builder_id(b);
    return st;
}
