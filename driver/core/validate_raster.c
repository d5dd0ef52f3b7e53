/* Raster side of a delivery (§C.1, B.3.38, B.4): the RasterPCRS features
 * of the documents form the tile catalogue; the tiles found beside them
 * must match it one for one, and each tile is looked at through the
 * caller's tile_info callback (GDAL). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"
#include "validate_document.h"

static char *copy_string(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *p = malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* Length of the directory part of a path ("" → 0, "a/b.tif" → 1). */
static size_t directory_length(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *backslash = strrchr(path, '\\');
    if (backslash && (!slash || backslash > slash))
        slash = backslash;
    return slash ? (size_t)(slash - path) : 0;
}

static const char *file_name(const char *path)
{
    size_t n = directory_length(path);
    return n || path[0] == '/' ? path + n + 1 : path;
}

static int same_directory(const char *path, const char *folder)
{
    size_t n = directory_length(path), m = strlen(folder);
    while (m > 1 && (folder[m - 1] == '/' || folder[m - 1] == '\\'))
        m--;
    if (n == 0)
        return m == 0 || (m == 1 && folder[0] == '.');
    return n == m && strncmp(path, folder, n) == 0;
}

static void extent_of(const validate_wkb *g, double env[4])
{
    env[0] = env[1] = INFINITY;
    env[2] = env[3] = -INFINITY;
    for (int i = 0; i < g->part_count; i++)
        for (uint32_t k = 0; k < g->parts[i].count; k++) {
            double p[3];
            validate_wkb_point(&g->parts[i], k, p);
            env[0] = fmin(env[0], p[0]);
            env[1] = fmin(env[1], p[1]);
            env[2] = fmax(env[2], p[0]);
            env[3] = fmax(env[3], p[1]);
        }
}

void validate_feature_raster(validate_doc *d, const validate_feature_ctx *fc)
{
    const validate_property_check *checks = d->v->checks[fc->class_index];
    int name_prop = -1, resolution_prop = -1;
    for (int p = 0; p < fc->cls->property_count; p++) {
        if (checks[p].check == VC_RASTER_NAME)
            name_prop = p;
        else if (checks[p].check == VC_RANGE && strcmp(fc->cls->properties[p].name, "resolution") == 0)
            resolution_prop = p;
    }
    if (name_prop < 0 || pcrs_feature_value_count(fc->f, name_prop) == 0)
        return;
    const char *name = pcrs_feature_value(fc->f, name_prop, 0);
    pcrs_validator *v = d->v;
    for (int i = 0; i < v->catalogue_count; i++) {
        const validate_catalogue_entry *e = &v->catalogue[i];
        if (strcmp(e->name, name) == 0 && strcmp(e->document, d->path) == 0) {
            char line[32];
            snprintf(line, sizeof line, "%lld", (long long)e->line);
            validate_doc_emit(d, fc, VR_RAS_DUPLICATE_NAME, "<pcrs:nomImage>", name, line, NULL);
            return;
        }
    }
    if (v->catalogue_count == v->catalogue_capacity) {
        int cap = v->catalogue_capacity ? v->catalogue_capacity * 2 : 64;
        validate_catalogue_entry *c = realloc(v->catalogue, (size_t)cap * sizeof *c);
        if (!c) {
            d->failed = 1;
            return;
        }
        v->catalogue = c;
        v->catalogue_capacity = cap;
    }
    validate_catalogue_entry *e = &v->catalogue[v->catalogue_count];
    memset(e, 0, sizeof *e);
    e->document = copy_string(d->path);
    e->name = copy_string(name);
    e->gml_id = copy_string(fc->gml_id);
    if (!e->document || !e->name || (fc->gml_id && !e->gml_id)) {
        free(e->document);
        free(e->name);
        free(e->gml_id);
        d->failed = 1;
        return;
    }
    v->catalogue_count++;
    e->line = fc->line;
    e->epsg = fc->epsg ? fc->epsg : d->document_epsg;
    if (resolution_prop >= 0 && pcrs_feature_value_count(fc->f, resolution_prop) > 0)
        e->resolution_cm = pcrs_feature_integer(fc->f, resolution_prop, 0);
    size_t size;
    const unsigned char *wkb = pcrs_feature_geometry(fc->f, &size);
    if (wkb && validate_wkb_parse(&v->wkb, wkb, size) == 0 && v->wkb.point_count > 0) {
        extent_of(&v->wkb, e->footprint);
        e->has_footprint = 1;
    }
}

void validate_raster_free(pcrs_validator *v)
{
    for (int i = 0; i < v->catalogue_count; i++) {
        free(v->catalogue[i].document);
        free(v->catalogue[i].name);
        free(v->catalogue[i].gml_id);
    }
    free(v->catalogue);
    v->catalogue = NULL;
    v->catalogue_count = v->catalogue_capacity = 0;
}

/* ---- tiles ---- */

/* A finding about a tile, located at its centre when known. */
static pcrs_finding tile_finding(int rule, const char *path, const pcrs_tile_info *info)
{
    pcrs_finding f = validate_finding(rule, path);
    if (info && info->readable && info->georeferenced) {
        const double *gt = info->geotransform;
        f.has_location = 1;
        f.x = gt[0] + gt[1] * info->width / 2.0 + gt[2] * info->height / 2.0;
        f.y = gt[3] + gt[4] * info->width / 2.0 + gt[5] * info->height / 2.0;
        f.epsg = info->epsg;
    }
    return f;
}

static void tile_extent(const pcrs_tile_info *info, double env[4])
{
    const double *gt = info->geotransform;
    double xs[4] = {gt[0], gt[0] + gt[1] * info->width, gt[0] + gt[2] * info->height,
                    gt[0] + gt[1] * info->width + gt[2] * info->height};
    double ys[4] = {gt[3], gt[3] + gt[4] * info->width, gt[3] + gt[5] * info->height,
                    gt[3] + gt[4] * info->width + gt[5] * info->height};
    env[0] = env[2] = xs[0];
    env[1] = env[3] = ys[0];
    for (int i = 1; i < 4; i++) {
        env[0] = fmin(env[0], xs[i]);
        env[2] = fmax(env[2], xs[i]);
        env[1] = fmin(env[1], ys[i]);
        env[3] = fmax(env[3], ys[i]);
    }
}

static void format_extent(char *out, size_t size, const double env[4])
{
    snprintf(out, size, "%.2f %.2f, %.2f %.2f", env[0], env[1], env[2], env[3]);
}

/* The tile against its RasterPCRS. */
static void check_against_entry(pcrs_validator *v, const char *path, const pcrs_tile_info *info,
                                const validate_catalogue_entry *e)
{
    char value[128], expected[128];
    pcrs_finding f;
    if (e->epsg && info->epsg && e->epsg != info->epsg) {
        f = tile_finding(VR_RAS_CRS, path, info);
        snprintf(value, sizeof value, "EPSG:%d", info->epsg);
        snprintf(expected, sizeof expected, "EPSG:%d", e->epsg);
        f.value = value;
        f.expected = expected;
        f.gml_id = e->gml_id;
        validate_emit(v, &f);
    }
    double pixel = hypot(info->geotransform[1], info->geotransform[4]);
    if (e->has_footprint) {
        double env[4];
        tile_extent(info, env);
        double tolerance = pixel > 0 ? pixel : 0.01;
        int differs = 0;
        for (int i = 0; i < 4; i++)
            differs |= fabs(env[i] - e->footprint[i]) > tolerance;
        if (differs) {
            f = tile_finding(VR_RAS_FOOTPRINT, path, info);
            format_extent(value, sizeof value, env);
            format_extent(expected, sizeof expected, e->footprint);
            f.value = value;
            f.expected = expected;
            f.gml_id = e->gml_id;
            validate_emit(v, &f);
        }
    }
    if (e->resolution_cm > 0 && pixel > 0 && fabs(pixel * 100.0 - (double)e->resolution_cm) > 0.5) {
        f = tile_finding(VR_RAS_RESOLUTION, path, info);
        snprintf(value, sizeof value, "%.2f", pixel * 100.0);
        snprintf(expected, sizeof expected, "%lld", (long long)e->resolution_cm);
        f.value = value;
        f.expected = expected;
        f.gml_id = e->gml_id;
        validate_emit(v, &f);
    }
}

/* A tile without RasterPCRS whose name follows a known pattern (pcrs_tiles.h):
 * its name gives the CRS, the north-west corner and the pixel size. */
static void check_against_name(pcrs_validator *v, const char *path, const pcrs_tile_info *info)
{
    pcrs_tile_name name;
    if (!pcrs_tile_name_parse(file_name(path), &name))
        return;
    char value[128], expected[128];
    pcrs_finding f;
    if (name.epsg && info->epsg && name.epsg != info->epsg) {
        f = tile_finding(VR_RAS_CRS, path, info);
        snprintf(value, sizeof value, "EPSG:%d", info->epsg);
        snprintf(expected, sizeof expected, "EPSG:%d (%s)", name.epsg, name.crs);
        f.value = value;
        f.expected = expected;
        validate_emit(v, &f);
    }
    double pixel = hypot(info->geotransform[1], info->geotransform[4]);
    double env[4];
    tile_extent(info, env);
    double tolerance = pixel > 0 ? pixel : 0.01;
    if (fabs(env[0] - name.x) > tolerance || fabs(env[3] - name.y) > tolerance) {
        f = tile_finding(VR_RAS_FOOTPRINT, path, info);
        snprintf(value, sizeof value, "NW %.2f %.2f", env[0], env[3]);
        snprintf(expected, sizeof expected, "NW %.2f %.2f (name)", name.x, name.y);
        f.value = value;
        f.expected = expected;
        validate_emit(v, &f);
    }
    if (name.resolution > 0 && pixel > 0 && fabs(pixel - name.resolution) * 100.0 > 0.5) {
        f = tile_finding(VR_RAS_RESOLUTION, path, info);
        snprintf(value, sizeof value, "%.2f", pixel * 100.0);
        snprintf(expected, sizeof expected, "%.2f", name.resolution * 100.0);
        f.value = value;
        f.expected = expected;
        validate_emit(v, &f);
    }
}

/* What can be said of a tile alone. Returns 1 if it is usable further. */
static int check_tile_content(pcrs_validator *v, const char *path, const pcrs_tile_info *info)
{
    pcrs_finding f;
    if (!info->readable) {
        f = tile_finding(VR_RAS_UNREADABLE, path, NULL);
        f.detail = info->error[0] ? info->error : "not a raster GDAL can open";
        validate_emit(v, &f);
        return 0;
    }
    if (info->all_black || info->all_white || info->all_empty) {
        f = tile_finding(VR_RAS_BLANK, path, info);
        f.value = info->all_empty ? "nodata" : info->all_black ? "0" : "255";
        validate_emit(v, &f);
    }
    if (info->lossy >= 0) { /* -1: not known, nothing to say */
        f = tile_finding(info->lossy ? VR_RAS_LOSSY : VR_RAS_LOSSLESS, path, info);
        f.value = info->compression ? info->compression : "none";
        validate_emit(v, &f);
    }
    if (!info->georeferenced) {
        validate_emit(v, (f = tile_finding(VR_RAS_NOT_GEOREFERENCED, path, NULL), &f));
        return 0;
    }
    return 1;
}

pcrs_status pcrs_validator_check_tiles(pcrs_validator *v, const char *folder,
                                       const char *const *tile_paths, int tile_count)
{
    if (!v || !folder || (tile_count > 0 && !tile_paths))
        return PCRS_ERR_ARG;
    int catalogued = 0;
    for (int i = 0; i < v->catalogue_count; i++)
        catalogued += same_directory(v->catalogue[i].document, folder);
    int first_epsg = 0;
    const char *first_tile = NULL;
    for (int t = 0; t < tile_count; t++) {
        const char *path = tile_paths[t];
        validate_catalogue_entry *entry = NULL;
        for (int i = 0; i < v->catalogue_count && !entry; i++) {
            validate_catalogue_entry *e = &v->catalogue[i];
            if (!e->matched && same_directory(e->document, folder) &&
                strcmp(e->name, file_name(path)) == 0)
                entry = e;
        }
        pcrs_report_add_file(v->options.report, path, "tile", -1);
        pcrs_finding f;
        if (entry) {
            entry->matched = 1;
        } else if (catalogued) {
            f = tile_finding(VR_RAS_EXTRA, path, NULL);
            f.value = file_name(path);
            validate_emit(v, &f);
        }
        if (!v->options.tile_info)
            continue;
        pcrs_tile_info info;
        memset(&info, 0, sizeof info);
        info.lossy = -1;
        if (v->options.tile_info(v->options.tile_user, path, &info) != 0)
            continue;
        if (!check_tile_content(v, path, &info))
            continue;
        if (entry)
            check_against_entry(v, path, &info, entry);
        else
            check_against_name(v, path, &info);
        if (!entry && info.epsg && first_epsg && info.epsg != first_epsg) {
            /* without a catalogue: the tiles agree with each other */
            char value[32], expected[600];
            snprintf(value, sizeof value, "EPSG:%d", info.epsg);
            snprintf(expected, sizeof expected, "EPSG:%d (%.500s)", first_epsg, first_tile);
            f = tile_finding(VR_RAS_CRS, path, &info);
            f.value = value;
            f.expected = expected;
            validate_emit(v, &f);
        }
        if (info.epsg && !first_epsg) {
            first_epsg = info.epsg;
            first_tile = file_name(path);
        }
    }
    for (int i = 0; i < v->catalogue_count; i++) {
        validate_catalogue_entry *e = &v->catalogue[i];
        if (e->matched || !same_directory(e->document, folder))
            continue;
        pcrs_finding f = validate_finding(VR_RAS_MISSING, e->document);
        f.line = e->line;
        f.gml_id = e->gml_id;
        f.feature_class = "RasterPCRS";
        f.element = "<pcrs:nomImage>";
        f.value = e->name;
        if (e->has_footprint) {
            f.has_location = 1;
            f.x = (e->footprint[0] + e->footprint[2]) / 2;
            f.y = (e->footprint[1] + e->footprint[3]) / 2;
            f.epsg = e->epsg;
        }
        validate_emit(v, &f);
        e->matched = 1; /* reported once */
    }
    return PCRS_OK;
}
