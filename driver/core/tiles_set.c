/* Tile sets: one entry per tile of a delivery, whatever told us about it
 * (catalogue, name, tile index, header), and their drawing order. */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"
#include "pcrs/pcrs_writer.h"
#include "tiles_internal.h"

struct pcrs_tile_set {
    pcrs_tile *tiles;
    size_t count, capacity;
};

/* Spellings of RasterPCRS properties seen outside the XSD, compared
 * case-insensitively without separators. */
static const struct {
    const char *alias;
    const char *property;
} field_aliases[] = {
    {"location", "nomImage"},         /* gdaltindex / GTI */
    {"filename", "nomImage"},
    {"fichier", "nomImage"},
    {"precisionplanimetriquezonesnaturelles", "precisionPlanimetriqueZoneNaturelle"}, /* pcrs.beta, PDF */
    {"precisionplanimetriquecorpsderue", "precisionPlanimetriqueCorpsDeRue"},
    {"mimetype", "typeImage"},
};

/* File extensions of tile formats and their MIME types (the standard
 * recommends MIME types for typeImage). */
static const struct {
    const char *extension;
    const char *mime;
} tile_formats[] = {
    {"tif", "image/tiff"}, {"tiff", "image/tiff"}, {"jp2", "image/jp2"}, {"j2k", "image/jp2"},
    {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"png", "image/png"}, {"webp", "image/webp"},
    {"ecw", "image/ecw"},  {"sid", "image/x-mrsid"},
};

const char *pcrs_tile_mime_type(const char *extension)
{
    if (!extension)
        return NULL;
    if (extension[0] == '.')
        extension++;
    for (size_t i = 0; i < sizeof(tile_formats) / sizeof(tile_formats[0]); i++)
        if (pcrs_tiles_strcasecmp(extension, tile_formats[i].extension) == 0)
            return tile_formats[i].mime;
    return NULL;
}

int pcrs_tile_is_raster_file(const char *file_name)
{
    const char *base = pcrs_tiles_basename(file_name ? file_name : "");
    const char *dot = strrchr(base, '.');
    return dot && dot != base && pcrs_tile_mime_type(dot + 1) != NULL;
}

int pcrs_tile_raster_class(void)
{
    static int index = -2;
    if (index == -2)
        index = pcrs_model_find_class(PCRS_NS_PCRS, "RasterPCRS");
    return index;
}

int pcrs_tile_property_count(void)
{
    const pcrs_class *cls = pcrs_model_class(pcrs_tile_raster_class());
    return cls ? cls->property_count : 0;
}

static void fold_ascii(const char *in, char *out, size_t size)
{
    size_t n = 0;
    for (; *in && n + 1 < size; in++)
        if (isalnum((unsigned char)*in) && !((unsigned char)*in & 0x80))
            out[n++] = (char)tolower((unsigned char)*in);
    out[n] = '\0';
}

int pcrs_tile_match_field(const char *field_name)
{
    const pcrs_class *cls = pcrs_model_class(pcrs_tile_raster_class());
    if (!cls || !field_name)
        return -1;
    int prop = pcrs_writer_match_field(cls, field_name);
    if (prop >= 0)
        return cls->properties[prop].type == PCRS_VALUE_GEOMETRY ? -1 : prop;
    char folded[128];
    fold_ascii(field_name, folded, sizeof(folded));
    for (size_t i = 0; i < sizeof(field_aliases) / sizeof(field_aliases[0]); i++)
        if (strcmp(folded, field_aliases[i].alias) == 0)
            return pcrs_model_find_property(cls, field_aliases[i].property);
    return -1;
}

pcrs_tile_set *pcrs_tile_set_create(void)
{
    return calloc(1, sizeof(pcrs_tile_set));
}

static void tile_free(pcrs_tile *t, int property_count)
{
    free(t->name);
    free(t->gml_id);
    free(t->sort_key);
    if (t->values) {
        for (int p = 0; p < property_count; p++)
            free(t->values[p]);
        free(t->values);
    }
}

void pcrs_tile_set_destroy(pcrs_tile_set *set)
{
    if (!set)
        return;
    int property_count = pcrs_tile_property_count();
    for (size_t i = 0; i < set->count; i++)
        tile_free(&set->tiles[i], property_count);
    free(set->tiles);
    free(set);
}

size_t pcrs_tile_set_count(const pcrs_tile_set *set) { return set ? set->count : 0; }

pcrs_tile *pcrs_tile_set_at(pcrs_tile_set *set, size_t index)
{
    return set && index < set->count ? &set->tiles[index] : NULL;
}

const pcrs_tile *pcrs_tile_set_get(const pcrs_tile_set *set, size_t index)
{
    return set && index < set->count ? &set->tiles[index] : NULL;
}

pcrs_tile *pcrs_tile_set_add(pcrs_tile_set *set, const char *name)
{
    if (!set || !name)
        return NULL;
    if (set->count == set->capacity) {
        size_t capacity = set->capacity ? set->capacity * 2 : 64;
        pcrs_tile *tiles = realloc(set->tiles, capacity * sizeof(*tiles));
        if (!tiles)
            return NULL;
        set->tiles = tiles;
        set->capacity = capacity;
    }
    pcrs_tile *t = &set->tiles[set->count];
    memset(t, 0, sizeof(*t));
    t->pattern = -1;
    t->name = pcrs_tiles_strdup(name);
    t->values = calloc((size_t)pcrs_tile_property_count() + 1, sizeof(char *));
    if (!t->name || !t->values) {
        free(t->name);
        free(t->values);
        return NULL;
    }
    set->count++;
    return t;
}

static pcrs_status replace_string(char **slot, const char *value)
{
    char *copy = NULL;
    if (value && !(copy = pcrs_tiles_strdup(value)))
        return PCRS_ERR_NOMEM;
    free(*slot);
    *slot = copy;
    return PCRS_OK;
}

pcrs_status pcrs_tile_set_value(pcrs_tile *tile, int property, const char *value)
{
    if (!tile || property < 0 || property >= pcrs_tile_property_count())
        return PCRS_ERR_ARG;
    return replace_string(&tile->values[property], value);
}

const char *pcrs_tile_value(const pcrs_tile *tile, int property)
{
    if (!tile || property < 0 || property >= pcrs_tile_property_count())
        return NULL;
    return tile->values[property];
}

pcrs_status pcrs_tile_set_sort_key(pcrs_tile *tile, const char *key)
{
    return tile ? replace_string(&tile->sort_key, key) : PCRS_ERR_ARG;
}

pcrs_status pcrs_tile_set_gml_id(pcrs_tile *tile, const char *gml_id)
{
    return tile ? replace_string(&tile->gml_id, gml_id) : PCRS_ERR_ARG;
}

static int property_of(const char *name)
{
    return pcrs_model_find_property(pcrs_model_class(pcrs_tile_raster_class()), name);
}

int pcrs_tile_set_add_named(pcrs_tile_set *set, const char *file_name,
                            const pcrs_tile_pattern *pattern, double tile_size)
{
    pcrs_tile_name parsed;
    int ok = pattern ? pcrs_tile_name_parse_with(pattern, file_name, &parsed)
                     : pcrs_tile_name_parse(file_name, &parsed);
    if (!ok)
        return 0;
    double size = tile_size > 0 ? tile_size : parsed.tile_size;
    if (!(size > 0))
        return 0;
    pcrs_tile *t = pcrs_tile_set_add(set, file_name);
    if (!t)
        return -1;
    t->origin = PCRS_TILE_FROM_NAME;
    t->has_footprint = 1;
    t->env[0] = parsed.x;
    t->env[1] = parsed.y - size;
    t->env[2] = parsed.x + size;
    t->env[3] = parsed.y;
    t->res_x = t->res_y = parsed.resolution;
    t->epsg = parsed.epsg;
    t->pattern = parsed.pattern;
    t->year = parsed.year;
    char buf[32];
    pcrs_status st = pcrs_tile_set_value(t, property_of("nomImage"), pcrs_tiles_basename(file_name));
    if (st == PCRS_OK && parsed.resolution > 0) {
        snprintf(buf, sizeof(buf), "%lld", (long long)llround(parsed.resolution * 100.0));
        st = pcrs_tile_set_value(t, property_of("resolution"), buf);
    }
    if (st == PCRS_OK) {
        /* The file name without extension identifies the tile (idPCRS). */
        const char *base = pcrs_tiles_basename(file_name);
        const char *dot = strrchr(base, '.');
        size_t n = dot ? (size_t)(dot - base) : strlen(base);
        char *stem = malloc(n + 1);
        if (!stem)
            return -1;
        memcpy(stem, base, n);
        stem[n] = '\0';
        st = pcrs_tile_set_value(t, property_of("idPCRS"), stem);
        free(stem);
    }
    const char *mime = pcrs_tile_mime_type(parsed.extension);
    if (st == PCRS_OK && mime)
        st = pcrs_tile_set_value(t, property_of("typeImage"), mime);
    return st == PCRS_OK ? 1 : -1;
}

size_t pcrs_tile_set_resize_named(pcrs_tile_set *set, double resolution, double w, double h)
{
    size_t changed = 0;
    if (!set || !(w > 0) || !(h > 0))
        return 0;
    for (size_t i = 0; i < set->count; i++) {
        pcrs_tile *t = &set->tiles[i];
        if (t->origin != PCRS_TILE_FROM_NAME)
            continue;
        if (resolution > 0 && fabs(t->res_x - resolution) > 1e-9 * resolution)
            continue;
        double nw_x = t->env[0], nw_y = t->env[3];
        if (t->env[2] != nw_x + w || t->env[1] != nw_y - h)
            changed++;
        t->env[2] = nw_x + w;
        t->env[1] = nw_y - h;
    }
    return changed;
}

int pcrs_tile_set_extent(const pcrs_tile_set *set, double env[4])
{
    int any = 0;
    for (size_t i = 0; set && i < set->count; i++) {
        const pcrs_tile *t = &set->tiles[i];
        if (!t->has_footprint)
            continue;
        if (!any) {
            memcpy(env, t->env, sizeof(t->env));
            any = 1;
            continue;
        }
        if (t->env[0] < env[0]) env[0] = t->env[0];
        if (t->env[1] < env[1]) env[1] = t->env[1];
        if (t->env[2] > env[2]) env[2] = t->env[2];
        if (t->env[3] > env[3]) env[3] = t->env[3];
    }
    return any;
}

void pcrs_tile_set_finest_resolution(const pcrs_tile_set *set, double *res_x, double *res_y)
{
    *res_x = *res_y = 0;
    for (size_t i = 0; set && i < set->count; i++) {
        const pcrs_tile *t = &set->tiles[i];
        if (t->res_x > 0 && (*res_x == 0 || t->res_x < *res_x))
            *res_x = t->res_x;
        if (t->res_y > 0 && (*res_y == 0 || t->res_y < *res_y))
            *res_y = t->res_y;
    }
}

/* ---- Ordering ---- */

typedef struct sort_item {
    const char *key; /* NULL: no key */
    size_t index;
} sort_item;

static int compare_items(const sort_item *a, const sort_item *b, int descending)
{
    if (!a->key != !b->key)
        return a->key ? 1 : -1; /* no key first: drawn first, below the others */
    if (a->key) {
        int c = strcmp(a->key, b->key);
        if (c)
            return descending ? -c : c;
    }
    return a->index < b->index ? -1 : a->index > b->index; /* stable: later on top */
}

static int compare_asc(const void *a, const void *b) { return compare_items(a, b, 0); }
static int compare_desc(const void *a, const void *b) { return compare_items(a, b, 1); }

pcrs_status pcrs_tile_set_sort(const pcrs_tile_set *set, int property, int descending,
                               size_t *order)
{
    size_t n = pcrs_tile_set_count(set);
    if (n == 0)
        return PCRS_OK;
    sort_item *items = malloc(n * sizeof(*items));
    char(*years)[8] = malloc(n * sizeof(*years)); /* keys made from the name's year */
    if (!items || !years) {
        free(items);
        free(years);
        return PCRS_ERR_NOMEM;
    }
    int by_date = property < 0;
    if (by_date)
        property = property_of("dateAcquisition");
    for (size_t i = 0; i < n; i++) {
        const pcrs_tile *t = &set->tiles[i];
        const char *key = t->sort_key ? t->sort_key : pcrs_tile_value(t, property);
        if (key && !key[0])
            key = NULL;
        if (!key && by_date && t->year > 0 && t->year <= 9999) {
            snprintf(years[i], sizeof(years[i]), "%04d", t->year % 10000);
            key = years[i];
        }
        items[i].key = key;
        items[i].index = i;
    }
    qsort(items, n, sizeof(*items), descending ? compare_desc : compare_asc);
    for (size_t i = 0; i < n; i++)
        order[i] = items[i].index;
    free(items);
    free(years);
    return PCRS_OK;
}
