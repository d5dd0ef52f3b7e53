/* Packaging checks of the standard (§C.1): "the images are in the same
 * folder as the GML, named as declared, as many tile files as RasterPCRS
 * objects", plus footprints, resolutions and CRS against the tiles. */
#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pcrs/pcrs_tiles.h"
#include "tiles_internal.h"

int pcrs_tile_name_is_safe(const char *name)
{
    if (!name || !name[0])
        return 0;
    if (name[0] == '/' || strchr(name, '\\'))
        return 0;
    /* Drive letters ("C:") and URL schemes ("http:", "file:"): any colon. */
    if (strchr(name, ':'))
        return 0;
    /* ".." as a whole path component. */
    for (const char *p = name; *p;) {
        const char *end = strchr(p, '/');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return 0;
        if (!end)
            break;
        p = end + 1;
    }
    return 1;
}

static void report(pcrs_tile_problem_fn fn, void *user, pcrs_tile_problem problem, size_t tile,
                   const char *file, const char *fmt, ...)
{
    if (!fn)
        return;
    char message[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof(message), fmt, ap);
    va_end(ap);
    fn(user, problem, tile, file, message);
}

/* "RasterPCRS 'id' (line n)", or the tile's name when it has no feature. */
static void describe(const pcrs_tile *t, char *out, size_t size)
{
    if (t->gml_id && t->line > 0)
        snprintf(out, size, "RasterPCRS '%s' (line %lld)", t->gml_id, (long long)t->line);
    else if (t->gml_id)
        snprintf(out, size, "RasterPCRS '%s'", t->gml_id);
    else if (t->line > 0)
        snprintf(out, size, "RasterPCRS at line %lld", (long long)t->line);
    else
        snprintf(out, size, "tile entry");
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int compare_strings_nocase(const void *a, const void *b)
{
    return pcrs_tiles_strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct named_index {
    const char *name;
    size_t index;
} named_index;

static int compare_named(const void *a, const void *b)
{
    const named_index *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

size_t pcrs_tile_set_check_folder(const pcrs_tile_set *set, const char *const *files,
                                  size_t file_count, const char *ignore, unsigned char *present,
                                  pcrs_tile_problem_fn fn, void *user)
{
    size_t n = pcrs_tile_set_count(set), problems = 0;
    const char **sorted = malloc((file_count + 1) * sizeof(*sorted));
    const char **sorted_nocase = malloc((file_count + 1) * sizeof(*sorted_nocase));
    named_index *entries = malloc((n + 1) * sizeof(*entries));
    if (!sorted || !sorted_nocase || !entries) {
        free(sorted);
        free(sorted_nocase);
        free(entries);
        return (size_t)-1;
    }
    for (size_t i = 0; i < file_count; i++)
        sorted[i] = sorted_nocase[i] = files[i];
    qsort(sorted, file_count, sizeof(*sorted), compare_strings);
    qsort(sorted_nocase, file_count, sizeof(*sorted_nocase), compare_strings_nocase);

    size_t entry_count = 0;
    char who[256];
    for (size_t i = 0; i < n; i++) {
        const pcrs_tile *t = pcrs_tile_set_get(set, i);
        if (present)
            present[i] = 0;
        describe(t, who, sizeof(who));
        if (!t->name[0]) {
            report(fn, user, PCRS_PROBLEM_UNSAFE_NAME, i, t->name, "%s has no nomImage: refused",
                   who);
            problems++;
            continue;
        }
        if (!pcrs_tile_name_is_safe(t->name)) {
            report(fn, user, PCRS_PROBLEM_UNSAFE_NAME, i, t->name,
                   "%s: nomImage '%s' escapes the catalogue's folder (\"..\", absolute path, "
                   "backslash or URL): refused",
                   who, t->name);
            problems++;
            continue;
        }
        entries[entry_count++] = (named_index){t->name, i};
        if (strchr(t->name, '/')) {
            report(fn, user, PCRS_PROBLEM_NOT_BESIDE, i, t->name,
                   "%s: tile '%s' is in a subfolder, not beside the catalogue as §C.1 requires",
                   who, t->name);
            problems++;
            continue;
        }
        const char *key = t->name;
        if (bsearch(&key, sorted, file_count, sizeof(*sorted), compare_strings)) {
            if (present)
                present[i] = 1;
            continue;
        }
        const char **other =
            bsearch(&key, sorted_nocase, file_count, sizeof(*sorted_nocase), compare_strings_nocase);
        if (other)
            report(fn, user, PCRS_PROBLEM_MISSING, i, t->name,
                   "%s: tile '%s' is missing beside the catalogue ('%s' differs only by case)", who,
                   t->name, *other);
        else
            report(fn, user, PCRS_PROBLEM_MISSING, i, t->name,
                   "%s: tile '%s' is missing beside the catalogue", who, t->name);
        problems++;
    }

    /* Duplicates: the same nomImage for two entries. */
    qsort(entries, entry_count, sizeof(*entries), compare_named);
    for (size_t k = 1; k < entry_count; k++) {
        if (strcmp(entries[k].name, entries[k - 1].name) != 0)
            continue;
        const pcrs_tile *t = pcrs_tile_set_get(set, entries[k].index);
        const pcrs_tile *first = pcrs_tile_set_get(set, entries[k - 1].index);
        char first_who[256];
        describe(t, who, sizeof(who));
        describe(first, first_who, sizeof(first_who));
        report(fn, user, PCRS_PROBLEM_DUPLICATE, entries[k].index, t->name,
               "%s names tile '%s' already named by %s", who, t->name, first_who);
        problems++;
    }

    /* Extra tiles: raster files that no entry names. */
    for (size_t f = 0; f < file_count; f++) {
        const char *file = files[f];
        if (!pcrs_tile_is_raster_file(file) || (ignore && strcmp(file, ignore) == 0))
            continue;
        named_index probe = {file, 0};
        size_t lo = 0, hi = entry_count;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (strcmp(entries[mid].name, probe.name) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo < entry_count && strcmp(entries[lo].name, file) == 0)
            continue;
        report(fn, user, PCRS_PROBLEM_EXTRA, (size_t)-1, file,
               "tile file '%s' lies beside the catalogue but no RasterPCRS names it (§C.1: one "
               "tile file per RasterPCRS)",
               file);
        problems++;
    }
    free(sorted);
    free(sorted_nocase);
    free(entries);
    return problems;
}

static int resolution_property(void)
{
    return pcrs_model_find_property(pcrs_model_class(pcrs_tile_raster_class()), "resolution");
}

size_t pcrs_tile_check_header(const pcrs_tile *t, size_t index, const double real[4],
                              double res_x, double res_y, int tile_epsg, int delivery_epsg,
                              pcrs_tile_problem_fn fn, void *user)
{
    size_t problems = 0;
    char who[256];
    describe(t, who, sizeof(who));
    if (tile_epsg && delivery_epsg && tile_epsg != delivery_epsg) {
        report(fn, user, PCRS_PROBLEM_CRS, index, t->name,
               "tile '%s' is in EPSG:%d, the delivery in EPSG:%d", t->name, tile_epsg,
               delivery_epsg);
        problems++;
    }
    double tol_x = (res_x > 0 ? res_x : 0) / 2, tol_y = (res_y > 0 ? res_y : 0) / 2;
    if (t->has_footprint && real) {
        if (fabs(real[0] - t->env[0]) > tol_x + 1e-6 || fabs(real[2] - t->env[2]) > tol_x + 1e-6 ||
            fabs(real[1] - t->env[1]) > tol_y + 1e-6 || fabs(real[3] - t->env[3]) > tol_y + 1e-6) {
            report(fn, user, PCRS_PROBLEM_FOOTPRINT, index, t->name,
                   "tile '%s' covers (%.3f %.3f, %.3f %.3f) but %s declares (%.3f %.3f, %.3f %.3f)",
                   t->name, real[0], real[1], real[2], real[3],
                   t->origin == PCRS_TILE_FROM_NAME ? "its name" : who, t->env[0], t->env[1],
                   t->env[2], t->env[3]);
            problems++;
        }
    }
    if (res_x > 0) {
        const char *declared = pcrs_tile_value(t, resolution_property());
        char *end = NULL;
        double cm = declared ? strtod(declared, &end) : 0;
        if (declared && end != declared && fabs(cm - res_x * 100.0) > 0.5 + 1e-9) {
            report(fn, user, PCRS_PROBLEM_RESOLUTION, index, t->name,
                   "tile '%s' has %.4g cm pixels but %s declares resolution %s cm", t->name,
                   res_x * 100.0, t->origin == PCRS_TILE_FROM_NAME ? "its name" : who, declared);
            problems++;
        }
    }
    return problems;
}
