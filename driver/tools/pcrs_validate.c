/* pcrs_validate: offline checks of a PCRS v2.0 delivery (GML files, zip
 * archives, delivery folders with raster tiles): XML schema, rules of the
 * standard, raster catalogue. Exit code 0: no error, 1: errors, 2: an input
 * could not be read. The rules live in the core (pcrs_validate.h); this
 * program feeds it inputs and GDAL answers, and writes the reports. */
#ifndef _LARGEFILE64_SOURCE
#define _LARGEFILE64_SOURCE 1 /* VSIStatBufL is a struct stat64 */
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpl_conv.h"
#include "cpl_multiproc.h"
#include "cpl_string.h"
#include "cpl_vsi.h"
#include "gdal.h"
#include "pcrs/pcrs_validate.h"

#include "common/tool_vsi_io.h"
#include "common/validate_gdal.h"
#include "common/validate_inputs.h"
#include "common/validate_map.h"

#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_UNREADABLE 2
#define EXIT_USAGE 3

typedef struct tool_options {
    const char *format;  /* "text" or "json" */
    const char *map;
    const char *output;
    const char *schemas;
    pcrs_lang lang;
    int quiet, gml_322, no_schema, no_geos, list_rules;
    int today_year, today_month, today_day;
    long max_per_rule;
    int jobs;
    char **inputs;
    int input_count;
} tool_options;

typedef struct run_state {
    pcrs_validator *validator;
    int jobs;
    int unreadable;
} run_state;

static void usage(FILE *out)
{
    fputs("Usage: pcrs_validate [options] <file.gml|archive.zip|folder>...\n"
          "Checks PCRS v2.0 deliveries offline: XML schema, rules of the standard, raster tiles.\n"
          "  --format text|json   report format (default text)\n"
          "  --map FILE           located findings as a vector layer (.gpkg, .geojson)\n"
          "  -o, --output FILE    report to FILE instead of the standard output\n"
          "  --lang fr|en         language of the messages (default fr)\n"
          "  --gml-3.2.2          the GML schemas served online today (gml:id optional)\n"
          "  --no-schema          skip the XML schema validation\n"
          "  --schemas DIR        the data/schemas folder (default: installed or source tree)\n"
          "  --no-geos            skip the GEOS validity of surfaces\n"
          "  --max-per-rule N     findings listed per rule (default 10000, 0: all)\n"
          "  --jobs N             threads per document: 2 validates the XML schema on a\n"
          "                       second thread while the rules run (default 2 with two\n"
          "                       CPUs or more, else 1: one pass); same report\n"
          "  --today YYYY-MM-DD   the date for \"date in the future\" (default: today)\n"
          "  --rules              print the rules table (Markdown) and exit\n"
          "  -q, --quiet          summary only\n"
          "Exit code: 0 no error, 1 errors, 2 an input cannot be read, 3 usage.\n",
          out);
}

static int parse_options(int argc, char **argv, tool_options *o)
{
    memset(o, 0, sizeof *o);
    o->format = "text";
    o->lang = PCRS_LANG_FR;
    o->max_per_rule = 10000;
    o->jobs = CPLGetNumCPUs() >= 2 ? 2 : 1;
    o->inputs = calloc((size_t)argc, sizeof *o->inputs);
    if (!o->inputs)
        return -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *next = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--format") == 0 && next) {
            o->format = argv[++i];
            if (strcmp(o->format, "text") != 0 && strcmp(o->format, "json") != 0)
                return -1;
        } else if (strcmp(a, "--map") == 0 && next) {
            o->map = argv[++i];
        } else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && next) {
            o->output = argv[++i];
        } else if (strcmp(a, "--lang") == 0 && next) {
            const char *l = argv[++i];
            if (strcmp(l, "fr") != 0 && strcmp(l, "en") != 0)
                return -1;
            o->lang = strcmp(l, "en") == 0 ? PCRS_LANG_EN : PCRS_LANG_FR;
        } else if (strcmp(a, "--gml-3.2.2") == 0) {
            o->gml_322 = 1;
        } else if (strcmp(a, "--no-schema") == 0) {
            o->no_schema = 1;
        } else if (strcmp(a, "--schemas") == 0 && next) {
            o->schemas = argv[++i];
        } else if (strcmp(a, "--no-geos") == 0) {
            o->no_geos = 1;
        } else if (strcmp(a, "--max-per-rule") == 0 && next) {
            o->max_per_rule = atol(argv[++i]);
        } else if (strcmp(a, "--jobs") == 0 && next) {
            char *end;
            long jobs = strtol(argv[++i], &end, 10);
            if (*end || jobs < 1)
                return -1;
            o->jobs = jobs > 2 ? 2 : (int)jobs; /* two streams at most */
        } else if (strcmp(a, "--today") == 0 && next) {
            if (sscanf(argv[++i], "%d-%d-%d", &o->today_year, &o->today_month, &o->today_day) != 3)
                return -1;
        } else if (strcmp(a, "--rules") == 0) {
            o->list_rules = 1;
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            o->quiet = 1;
        } else if (a[0] == '-' && a[1]) {
            return -1;
        } else {
            o->inputs[o->input_count++] = argv[i];
        }
    }
    return o->input_count > 0 || o->list_rules ? 0 : -1;
}

/* ---- schemas ---- */

static int is_schemas_dir(const char *dir)
{
    VSIStatBufL st;
    return dir && VSIStatL(CPLFormFilename(dir, "pcrs-offline", NULL), &st) == 0;
}

/* --schemas, $PCRS_SCHEMAS_DIR, the install, the source tree beside the build. */
static const char *find_schemas(const char *given, char *buf, size_t size)
{
    if (given)
        return given;
    const char *env = getenv("PCRS_SCHEMAS_DIR");
    if (env && *env)
        return env;
#ifdef PCRS_SCHEMAS_DIR
    if (is_schemas_dir(PCRS_SCHEMAS_DIR))
        return PCRS_SCHEMAS_DIR;
#endif
    char exe[4096];
    if (CPLGetExecPath(exe, (int)sizeof exe)) {
        const char *bin = CPLGetPath(exe);
        const char *candidates[] = {"../share/gdal-pcrs/schemas", "../data/schemas",
                                    "../../data/schemas"};
        for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
            snprintf(buf, size, "%s", CPLFormFilename(bin, candidates[i], NULL));
            if (is_schemas_dir(buf))
                return buf;
        }
    }
    return NULL;
}

/* ---- GDAL drivers, registered only when needed ---- */

/* The documents need no driver (VSI, OGR geometries, OSR work without):
 * registering them all, plugins included, costs ~0.1 s of start-up, spent
 * only for raster tiles and the map. */
static void register_drivers(void)
{
    static int registered;
    if (!registered) {
        GDALAllRegister();
        registered = 1;
    }
}

static int tile_info_with_drivers(void *user, const char *path, pcrs_tile_info *info)
{
    register_drivers();
    return pcrs_gdal_tile_info(user, path, info);
}

/* ---- inputs ---- */

static void check_document(run_state *s, const char *path)
{
    /* A second stream needs a file that can be opened twice. */
    pcrs_validator_set_jobs(s->validator, pcrs_tool_vsi_reopenable(path) ? s->jobs : 1);
    pcrs_status st = pcrs_validator_check_file(s->validator, path);
    if (st != PCRS_OK)
        s->unreadable = 1;
}

/* Tiles beside the documents of `folder` (only files GDAL might read). */
static void check_folder_tiles(run_state *s, const char *folder, char **files, int count)
{
    char **tiles = CPLCalloc((size_t)count + 1, sizeof *tiles);
    int n = 0;
    for (int i = 0; i < count; i++)
        if (pcrs_input_kind_of(files[i]) == PCRS_INPUT_TILE)
            tiles[n++] = files[i];
    pcrs_validator_check_tiles(s->validator, folder, (const char *const *)tiles, n);
    CPLFree(tiles);
}

static void check_tree(run_state *s, const char *argument, const char *root)
{
    pcrs_input_tree tree;
    if (pcrs_input_tree_list(root, &tree) != 0) {
        pcrs_validator_report_input(s->validator, argument, "PCRS-DOC-001",
                                    "cannot be listed (not a folder or a readable archive)");
        s->unreadable = 1;
        return;
    }
    int documents = 0, tiles = 0;
    for (int f = 0; f < tree.folder_count; f++) {
        char **files = tree.files + tree.first[f];
        int count = tree.first[f + 1] - tree.first[f];
        for (int i = 0; i < count; i++) {
            pcrs_input_kind kind = pcrs_input_kind_of(files[i]);
            tiles += kind == PCRS_INPUT_TILE;
            if (kind != PCRS_INPUT_DOCUMENT)
                continue;
            int pcrs = pcrs_input_is_pcrs(files[i]);
            if (pcrs == 1) {
                documents++;
                check_document(s, files[i]);
            } else {
                pcrs_validator_report_input(s->validator, files[i], "PCRS-DOC-006",
                                            pcrs < 0 ? "cannot be read" : "not a PCRS document");
            }
        }
        check_folder_tiles(s, tree.folders[f], files, count);
    }
    if (documents == 0 && tiles == 0)
        pcrs_validator_report_input(s->validator, argument, "PCRS-DOC-005", "");
    pcrs_input_tree_free(&tree);
}

/* A single file: a document (and the tiles its RasterPCRS name), or a tile. */
static void check_file(run_state *s, const char *path)
{
    const char *folder = CPLGetPath(path);
    char *dir = CPLStrdup(folder[0] ? folder : ".");
    if (pcrs_input_kind_of(path) == PCRS_INPUT_TILE) {
        const char *one[] = {path};
        pcrs_validator_check_tiles(s->validator, dir, one, 1);
        CPLFree(dir);
        return;
    }
    check_document(s, path);
    pcrs_input_tree tree;
    if (pcrs_input_tree_list(dir, &tree) == 0) {
        /* Only the tiles of this folder level. */
        for (int f = 0; f < tree.folder_count; f++)
            if (strcmp(tree.folders[f], dir) == 0)
                check_folder_tiles(s, dir, tree.files + tree.first[f], tree.first[f + 1] - tree.first[f]);
        pcrs_input_tree_free(&tree);
    }
    CPLFree(dir);
}

static void check_input(run_state *s, const char *argument)
{
    char *path = pcrs_input_vsi_path(argument);
    VSIStatBufL st;
    if (VSIStatL(path, &st) != 0) {
        pcrs_validator_report_input(s->validator, argument, "PCRS-DOC-001", "no such file or folder");
        s->unreadable = 1;
    } else if (VSI_ISDIR(st.st_mode)) {
        check_tree(s, argument, path);
    } else {
        check_file(s, path);
    }
    CPLFree(path);
}

/* ---- main ---- */

static int write_report(const tool_options *o, pcrs_report *report)
{
    FILE *out = stdout;
    if (o->output && !(out = fopen(o->output, "w"))) {
        fprintf(stderr, "pcrs_validate: cannot write %s\n", o->output);
        return -1;
    }
    pcrs_report_sort(report);
    int st = strcmp(o->format, "json") == 0 ? pcrs_report_write_json(report, out, o->lang)
                                             : pcrs_report_write_text(report, out, o->lang, o->quiet);
    if (out != stdout && fclose(out) != 0)
        st = -1;
    return st;
}

int main(int argc, char **argv)
{
    tool_options o;
    if (parse_options(argc, argv, &o) != 0) {
        usage(stderr);
        free(o.inputs);
        return EXIT_USAGE;
    }
    if (o.list_rules) {
        pcrs_rules_write_markdown(stdout, o.lang);
        free(o.inputs);
        return EXIT_CLEAN;
    }
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO"); /* never write .aux.xml beside tiles */

    void *schema = NULL;
    if (!o.no_schema) {
        char buf[4096], err[1024];
        const char *dir = find_schemas(o.schemas, buf, sizeof buf);
        schema = dir ? pcrs_validate_schema_load(dir, o.gml_322, err, sizeof err) : NULL;
        if (!schema) {
            fprintf(stderr, "pcrs_validate: %s (use --schemas DIR or --no-schema)\n",
                    dir ? err : "data/schemas folder not found");
            free(o.inputs);
            return EXIT_USAGE;
        }
    }
    pcrs_report *report = pcrs_report_create();
    pcrs_validate_options vo;
    pcrs_validate_options_init(&vo);
    vo.io = pcrs_tool_vsi_io();
    vo.crs_is_lat_long_order = pcrs_gdal_crs_is_lat_long_order;
    vo.xml_schema = schema;
    if (!o.no_geos && pcrs_gdal_has_geos())
        vo.geometry_is_valid = pcrs_gdal_geometry_is_valid;
    vo.tile_info = tile_info_with_drivers;
    vo.today_year = o.today_year;
    vo.today_month = o.today_month;
    vo.today_day = o.today_day;
    vo.report = report;
    vo.jobs = o.jobs;
    run_state s = {pcrs_validator_create(&vo), o.jobs, 0};
    if (!report || !s.validator) {
        fprintf(stderr, "pcrs_validate: out of memory\n");
        return EXIT_UNREADABLE;
    }
    pcrs_report_set_limit_per_rule(report, o.max_per_rule);
    for (int i = 0; i < o.input_count; i++)
        check_input(&s, o.inputs[i]);

    int failed = write_report(&o, report) != 0;
    if (o.map) {
        register_drivers();
        char err[512] = "";
        long n = pcrs_validate_write_map(report, o.map, o.lang, err, sizeof err);
        if (n < 0) {
            fprintf(stderr, "pcrs_validate: map: %s\n", err);
            failed = 1;
        } else if (err[0]) {
            fprintf(stderr, "pcrs_validate: map: %s\n", err);
        }
    }
    int errors = pcrs_report_severity_total(report, PCRS_SEVERITY_ERROR) > 0;
    pcrs_validator_destroy(s.validator);
    pcrs_report_destroy(report);
    pcrs_validate_schema_free(schema);
    free(o.inputs);
    GDALDestroyDriverManager();
    if (s.unreadable)
        return EXIT_UNREADABLE;
    if (failed)
        return EXIT_UNREADABLE;
    return errors ? EXIT_FINDINGS : EXIT_CLEAN;
}
