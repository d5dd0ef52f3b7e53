/* Layers of the writer: the class each one becomes, its CRS, the defaults
 * of its properties, and which source field feeds which property. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "writer_internal.h"

/* CRSs of the standard (PDF B.1.4): Lambert-93, CC42–CC50, and overseas. */
static const int allowed_epsg[] = {2154, 3942, 3943,  3944, 3945, 3946, 3947, 3948,
                                   3949, 3950, 32620, 5490, 2972, 2975, 4471};

/* Longest folded name compared. */
#define FOLDED_MAX 128
/* DBF (Shapefile) field names are cut at 10 bytes. */
#define DBF_NAME_LENGTH 10

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *copy = (char *)malloc(n);
    if (copy)
        memcpy(copy, s, n);
    return copy;
}

/* ---- Names ---- */

/* Base letters of U+00C0…U+00FF ('_' for × and ÷, dropped as separators). */
static const char latin1_base[] = "aaaaaaaceeeeiiiidnooooo_ouuuuyps"
                                  "aaaaaaaceeeeiiiidnooooo_ouuuuypy";

/* Lowercase ASCII letters and digits only, accents removed:
 * "Précision_Planimétrique" → "precisionplanimetrique". */
static void fold_name(const char *name, char out[FOLDED_MAX])
{
    const unsigned char *s = (const unsigned char *)name;
    size_t n = 0;
    while (*s && n + 2 < FOLDED_MAX) {
        unsigned char c = *s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out[n++] = (char)c;
        } else if (c >= 'A' && c <= 'Z') {
            out[n++] = (char)(c - 'A' + 'a');
        } else if (c == 0xC3 && s[1] >= 0x80 && s[1] <= 0xBF) {
            char base = latin1_base[s[1] - 0x80];
            if (base != '_')
                out[n++] = base;
            s++;
        } else if (c == 0xC5 && (s[1] == 0x92 || s[1] == 0x93)) { /* Œ œ */
            out[n++] = 'o';
            out[n++] = 'e';
            s++;
        } else if (c >= 0x80) {
            out[n++] = (char)c; /* other scripts: compared as they are */
        }
        s++;
    }
    out[n] = '\0';
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

int pcrs_writer_match_field(const pcrs_class *cls, const char *field_name)
{
    if (!cls || !field_name || !field_name[0])
        return -1;
    for (int i = 0; i < cls->property_count; i++) {
        if (cls->properties[i].type != PCRS_VALUE_GEOMETRY &&
            strcmp(cls->properties[i].name, field_name) == 0)
            return i;
    }
    char field[FOLDED_MAX], prop[FOLDED_MAX];
    fold_name(field_name, field);
    if (!field[0])
        return -1;
    int truncated_match = -1, truncated_count = 0;
    size_t field_len = strlen(field);
    for (int i = 0; i < cls->property_count; i++) {
        const pcrs_property *p = &cls->properties[i];
        if (p->type == PCRS_VALUE_GEOMETRY)
            continue;
        fold_name(p->name, prop);
        if (strcmp(field, prop) == 0)
            return i;
        /* "<link>_href": how the GML driver exposes an xlink:href. */
        if (p->type == PCRS_VALUE_LINK && ends_with(field, "href") && field_len == strlen(prop) + 4 &&
            strncmp(field, prop, strlen(prop)) == 0)
            return i;
        if (strncmp(field, prop, field_len) == 0) {
            truncated_match = i;
            truncated_count++;
        }
    }
    if (strlen(field_name) == DBF_NAME_LENGTH && truncated_count == 1)
        return truncated_match;
    return -1;
}

size_t pcrs_writer_option_name(const char *property, char *out, size_t size)
{
    size_t n = 0;
    for (const char *p = property; *p; p++) {
        char c = *p;
        int upper = c >= 'A' && c <= 'Z';
        /* A word starts at an uppercase letter after a lowercase one or a digit. */
        if (upper && p > property && ((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'))) {
            if (n + 1 < size)
                out[n] = '_';
            n++;
        }
        if (n + 1 < size)
            out[n] = (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
        n++;
    }
    if (size)
        out[n < size ? n : size - 1] = '\0';
    return n;
}

/* ---- Layers ---- */

static void free_layer(pcrs_writer_layer *layer)
{
    if (layer->defaults) {
        for (int i = 0; i < layer->cls->property_count; i++)
            free(layer->defaults[i]);
    }
    free(layer->defaults);
    if (layer->qnames) {
        for (int i = 0; i <= layer->cls->property_count; i++)
            free(layer->qnames[i]);
    }
    free(layer->qnames);
    free(layer->field_taken);
    pcrs_buffer_free(&layer->unmatched);
    free(layer->name);
    free(layer);
}

void writer_layers_free(pcrs_writer *writer)
{
    while (writer->layers) {
        pcrs_writer_layer *next = writer->layers->next;
        free_layer(writer->layers);
        writer->layers = next;
    }
}

/* "A, B, C": the concrete classes, or those deriving from `ancestor` (≥ 0). */
static void class_list(int ancestor, char *out, size_t size)
{
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < pcrs_model_class_count() && len < size; i++) {
        const pcrs_class *c = pcrs_model_class(i);
        if (c->abstract || (ancestor >= 0 && !pcrs_model_class_is_a(i, ancestor)))
            continue;
        len += (size_t)snprintf(out + len, size - len, "%s%s", len ? ", " : "", c->name);
    }
}

static int epsg_allowed(int epsg)
{
    for (size_t i = 0; i < sizeof allowed_epsg / sizeof allowed_epsg[0]; i++) {
        if (allowed_epsg[i] == epsg)
            return 1;
    }
    return 0;
}

pcrs_status pcrs_writer_add_layer(pcrs_writer *writer, const char *name, const char *class_name, int epsg,
                                  pcrs_writer_layer **layer)
{
    if (!writer || !name || !layer)
        return PCRS_ERR_ARG;
    *layer = NULL;
    if (writer->state == WRITER_FINISHED || writer->state == WRITER_FAILED)
        return writer_fail(writer, writer->state == WRITER_FAILED ? writer->status : PCRS_ERR_ARG,
                           "layer '%s': the document is %s", name,
                           writer->state == WRITER_FAILED ? "condemned by an earlier error"
                                                          : "already written");
    const char *wanted = class_name && class_name[0] ? class_name : name;
    int index = pcrs_model_find_class_nocase(wanted);
    char list[2048];
    if (index < 0) {
        class_list(-1, list, sizeof list);
        return writer_condemn(
            writer, writer_fail(writer, PCRS_ERR_ARG,
                                "layer '%s': '%s' is not a PCRS class (name the class with the layer "
                                "creation option PCRS_CLASS); the classes are: %s",
                                name, wanted, list));
    }
    const pcrs_class *cls = pcrs_model_class(index);
    if (cls->abstract) {
        class_list(index, list, sizeof list);
        return writer_condemn(writer,
                              writer_fail(writer, PCRS_ERR_ARG,
                                          "layer '%s': %s is an abstract class, no feature can be of it; "
                                          "its concrete classes are: %s",
                                          name, cls->name, list));
    }
    pcrs_writer_layer *l = (pcrs_writer_layer *)calloc(1, sizeof *l);
    if (!l)
        return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "out of memory"));
    l->writer = writer;
    l->class_index = index;
    l->cls = cls;
    l->epsg = epsg > 0 ? epsg : 0;
    pcrs_buffer_init(&l->unmatched);
    l->name = dup_string(name);
    l->defaults = (char **)calloc((size_t)cls->property_count + 1, sizeof *l->defaults);
    l->field_taken = (unsigned char *)calloc((size_t)cls->property_count + 1, 1);
    l->qnames = (char **)calloc((size_t)cls->property_count + 1, sizeof *l->qnames);
    int ok = l->name && l->defaults && l->field_taken && l->qnames;
    for (int i = 0; ok && i <= cls->property_count; i++) {
        int is_class = i == cls->property_count;
        pcrs_namespace ns = is_class ? cls->ns : cls->properties[i].ns;
        const char *local = is_class ? cls->name : cls->properties[i].name;
        size_t n = strlen(local) + 8;
        l->qnames[i] = (char *)malloc(n);
        ok = l->qnames[i] != NULL;
        if (ok)
            snprintf(l->qnames[i], n, "%s:%s", ns == PCRS_NAMESPACE_PCRS ? "pcrs" : "pcrs-i", local);
    }
    if (!ok) {
        free_layer(l);
        return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "out of memory"));
    }
    if (l->epsg)
        snprintf(l->srs_name, sizeof l->srs_name, "EPSG:%d", l->epsg);
    if (l->epsg && cls->geometry_property >= 0 && !epsg_allowed(l->epsg))
        writer_message(writer, PCRS_MSG_WARNING, PCRS_OK,
                       "layer '%s' (%s): EPSG:%d is not a CRS of the PCRS standard (EPSG:2154, "
                       "3942 to 3950, 32620, 5490, 2972, 2975, 4471)",
                       name, cls->name, l->epsg);
    /* Appended: features then come in any interleaving, layers in creation order. */
    pcrs_writer_layer **tail = &writer->layers;
    while (*tail)
        tail = &(*tail)->next;
    *tail = l;
    *layer = l;
    return PCRS_OK;
}

int pcrs_writer_layer_class(const pcrs_writer_layer *layer)
{
    return layer ? layer->class_index : -1;
}

pcrs_status pcrs_writer_layer_set_default(pcrs_writer_layer *layer, const char *property, const char *value)
{
    if (!layer || !property || !value)
        return PCRS_ERR_ARG;
    pcrs_writer *writer = layer->writer;
    int prop = pcrs_model_find_property(layer->cls, property);
    if (prop < 0)
        prop = pcrs_writer_match_field(layer->cls, property);
    if (prop < 0 || layer->cls->properties[prop].type == PCRS_VALUE_GEOMETRY)
        return writer_fail(writer, PCRS_ERR_ARG, "layer '%s': %s has no property '%s'", layer->name,
                           layer->cls->name, property);
    const pcrs_property *p = &layer->cls->properties[prop];
    writer_value v = {WRITER_VALUE_STRING, value, 0, 0, 0, 0, 0};
    char err[1024];
    pcrs_buffer_reset(&writer->tmp);
    writer_lexical_result r = writer_lexical(p, &v, writer->href_form, &writer->tmp, err, sizeof err);
    if (r == WRITER_LEXICAL_NOMEM)
        return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "out of memory"));
    if (r == WRITER_LEXICAL_ERROR) {
        char option[64];
        pcrs_writer_option_name(p->name, option, sizeof option);
        return writer_condemn(writer,
                              writer_fail(writer, PCRS_ERR_DATA, "layer '%s' (%s): option %s: <%s:%s>: %s",
                                          layer->name, layer->cls->name, option,
                                          p->ns == PCRS_NAMESPACE_PCRS ? "pcrs" : "pcrs-i", p->name, err));
    }
    free(layer->defaults[prop]);
    layer->defaults[prop] = NULL;
    if (r == WRITER_LEXICAL_OK) {
        layer->defaults[prop] = dup_string((const char *)writer->tmp.data);
        if (!layer->defaults[prop])
            return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "out of memory"));
    }
    return PCRS_OK;
}

pcrs_status pcrs_writer_layer_add_field(pcrs_writer_layer *layer, const char *field_name, int *property)
{
    if (!layer || !field_name || !property)
        return PCRS_ERR_ARG;
    pcrs_writer *writer = layer->writer;
    char folded[FOLDED_MAX];
    fold_name(field_name, folded);
    if (strcmp(folded, "gmlid") == 0) {
        *property = PCRS_FIELD_GML_ID;
        return PCRS_OK;
    }
    int prop = pcrs_writer_match_field(layer->cls, field_name);
    if (prop >= 0 && layer->field_taken[prop])
        prop = -1; /* the first field for a property wins */
    *property = prop >= 0 ? prop : PCRS_FIELD_UNMATCHED;
    if (prop >= 0) {
        layer->field_taken[prop] = 1;
        return PCRS_OK;
    }
    if (writer->strict)
        return writer_condemn(
            writer, writer_fail(writer, PCRS_ERR_DATA,
                                "layer '%s' (%s): field '%s' matches no property of %s (strict mode)",
                                layer->name, layer->cls->name, field_name, layer->cls->name));
    pcrs_buffer *list = &layer->unmatched;
    if ((list->size && pcrs_buffer_append(list, ", ", 2) != 0) ||
        pcrs_buffer_append(list, field_name, strlen(field_name)) != 0)
        return writer_condemn(writer, writer_fail(writer, PCRS_ERR_NOMEM, "out of memory"));
    return PCRS_OK;
}

void writer_layer_report_unmatched(pcrs_writer_layer *layer)
{
    if (layer->unmatched_reported || layer->unmatched.size == 0)
        return;
    layer->unmatched_reported = 1;
    writer_message(layer->writer, PCRS_MSG_WARNING, PCRS_OK,
                   "layer '%s' (%s): field(s) %.*s match no property of %s and are not written", layer->name,
                   layer->cls->name, (int)layer->unmatched.size, (const char *)layer->unmatched.data,
                   layer->cls->name);
}

void writer_layers_report(pcrs_writer *writer)
{
    for (pcrs_writer_layer *l = writer->layers; l; l = l->next) {
        writer_layer_report_unmatched(l);
        if (l->duplicate_business_ids > WRITER_DUPLICATES_REPORTED)
            writer_message(writer, PCRS_MSG_WARNING, PCRS_OK,
                           "layer '%s' (%s): %lld values of business identifiers (idObjet…) repeat one "
                           "already used in the document",
                           l->name, l->cls->name, (long long)l->duplicate_business_ids);
    }
}
