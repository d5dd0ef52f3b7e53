/* Tests of the raster side of the core (pcrs_tiles.h): naming patterns,
 * grids, tile sets and their order, §C.1 checks, .tab georeferencing,
 * RasterPCRS catalogues read through the core reader. Run from autotest/. */
#define _POSIX_C_SOURCE 200809L /* mkstemp */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "pcrs/pcrs_tiles.h"

static int prop(const char *name)
{
    return pcrs_model_find_property(pcrs_model_class(pcrs_tile_raster_class()), name);
}

static void test_patterns_parse(void)
{
    pcrs_tile_name n;
    CHECK(pcrs_tile_name_parse("2020-04960-66124-LA93-0M05-RVB.jp2", &n));
    CHECK_STR(pcrs_tile_pattern_def_at(n.pattern)->name, "IGN_HM");
    CHECK_INT(n.year, 2020);
    CHECK_NEAR(n.x, 496000, 1e-9);
    CHECK_NEAR(n.y, 6612400, 1e-9);
    CHECK_INT(n.epsg, 2154);
    CHECK_NEAR(n.resolution, 0.05, 1e-12);
    CHECK_STR(n.bands, "RVB");
    CHECK_STR(n.extension, "jp2");
    CHECK_NEAR(n.tile_size, 200, 0);
    CHECK_STR(n.encoding, "");

    CHECK(pcrs_tile_name_parse("some/dir/2020-04960-66124-CC46-0M20-IRC-E080.tif", &n));
    CHECK_INT(n.epsg, 3946);
    CHECK_STR(n.encoding, "E080");
    CHECK_STR(n.bands, "IRC");
    CHECK_NEAR(n.resolution, 0.2, 1e-12);

    CHECK(pcrs_tile_name_parse("56-2019-0229-6764-LA93-0M05-RVB-E100.jp2", &n));
    CHECK_STR(pcrs_tile_pattern_def_at(n.pattern)->name, "IGN_KM");
    CHECK_STR(n.dept, "56");
    CHECK_INT(n.year, 2019);
    CHECK_NEAR(n.x, 229000, 1e-9);
    CHECK_NEAR(n.y, 6764000, 1e-9);
    CHECK_NEAR(n.tile_size, 1000, 0);

    CHECK(pcrs_tile_name_parse("67-2015-1050-6850-LA93-5M00-E100.jp2", &n));
    CHECK_STR(n.bands, "");
    CHECK_STR(n.encoding, "E100");
    CHECK_NEAR(n.resolution, 5.0, 1e-12);
    CHECK_NEAR(n.x, 1050000, 1e-9);

    CHECK(pcrs_tile_name_parse("977-2018-0510-1979-U20N-0M50-E100.jp2", &n));
    CHECK_STR(n.dept, "977");
    CHECK_INT(n.epsg, 5490);
    CHECK(pcrs_tile_name_parse("2A-2018-1180-6120-LA93-0M20-E080.jp2", &n));
    CHECK_STR(n.dept, "2A");

    CHECK(pcrs_tile_name_parse("HFC-2022-0766-6987-LA93-0M05-RVB.tif", &n));
    CHECK_STR(pcrs_tile_pattern_def_at(n.pattern)->name, "BLOC_KM");
    CHECK_STR(n.prefix, "HFC");
    CHECK_NEAR(n.y, 6987000, 1e-9);

    CHECK(pcrs_tile_name_parse("PCRS-D56-2021-02290-67640-LA93-0M05-RVB-TIFF.tif", &n));
    CHECK_STR(pcrs_tile_pattern_def_at(n.pattern)->name, "IGN_POC");
    CHECK_NEAR(n.x, 229000, 1e-9);

    /* Every example of the table parses with its own pattern. */
    for (int i = 0; i < pcrs_tile_pattern_count(); i++) {
        const pcrs_tile_pattern_def *def = pcrs_tile_pattern_def_at(i);
        CHECK(pcrs_tile_name_parse(def->example, &n));
        CHECK_INT(n.pattern, i);
    }

    /* Not tiles. */
    CHECK(!pcrs_tile_name_parse("catalogue.gml", &n));
    CHECK(!pcrs_tile_name_parse("2020-04960-66124-LA93-0M05.jp2", &n));   /* no bands */
    CHECK(!pcrs_tile_name_parse("2020-4960-66124-LA93-0M05-RVB.jp2", &n)); /* 4 digits */
    CHECK(!pcrs_tile_name_parse("2020-04960-66124-XX99-0M05-RVB.jp2", &n)); /* CRS */
    CHECK(!pcrs_tile_name_parse("2020-04960-66124-LA93-0M5-RVB.jp2", &n));
    CHECK(!pcrs_tile_name_parse("2020-04960-66124-LA93-0M05-RVB-extra.jp2", &n));
    CHECK(!pcrs_tile_name_parse("", &n));
    CHECK(!pcrs_tile_name_parse(".jp2", &n));
    CHECK_INT(n.pattern, -1);
}

static void test_patterns_format(void)
{
    const pcrs_tile_pattern *hm = pcrs_tile_pattern_at(pcrs_tile_pattern_find("ign_hm"));
    CHECK(hm != NULL);
    pcrs_tile_name v = {0};
    v.year = 2020;
    v.x = 496000;
    v.y = 6612400;
    v.epsg = 2154;
    v.resolution = 0.05;
    snprintf(v.bands, sizeof(v.bands), "RVB");
    snprintf(v.extension, sizeof(v.extension), "tif");
    char name[128], err[256];
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_OK);
    CHECK_STR(name, "2020-04960-66124-LA93-0M05-RVB.tif");
    snprintf(v.encoding, sizeof(v.encoding), "E080");
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_OK);
    CHECK_STR(name, "2020-04960-66124-LA93-0M05-RVB-E080.tif");

    /* Round trip through the parser. */
    pcrs_tile_name back;
    CHECK(pcrs_tile_name_parse_with(hm, name, &back));
    CHECK_NEAR(back.x, v.x, 0);
    CHECK_NEAR(back.y, v.y, 0);

    /* Not representable. */
    v.x = 496050;
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_ERR_ARG);
    CHECK(strstr(err, "whole number") != NULL);
    v.x = 496000;
    v.resolution = 0.055;
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_ERR_ARG);
    v.resolution = 0.05;
    v.epsg = 4326;
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_ERR_ARG);
    CHECK(strstr(err, "EPSG:4326") != NULL);
    v.epsg = 2154;
    v.x = 100000000; /* 1e6 hm: 7 digits */
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_ERR_ARG);
    v.x = 496000;
    v.bands[0] = '\0'; /* mandatory token without a value */
    CHECK_INT(pcrs_tile_name_format(hm, &v, name, sizeof(name), err, sizeof(err)), PCRS_ERR_ARG);

    /* km pattern: optional groups written only with a value. */
    const pcrs_tile_pattern *km = pcrs_tile_pattern_at(pcrs_tile_pattern_find("IGN_KM"));
    pcrs_tile_name k = {0};
    snprintf(k.dept, sizeof(k.dept), "67");
    k.year = 2015;
    k.x = 1050000;
    k.y = 6850000;
    k.epsg = 2154;
    k.resolution = 5;
    snprintf(k.encoding, sizeof(k.encoding), "E100");
    CHECK_INT(pcrs_tile_name_format(km, &k, name, sizeof(name), err, sizeof(err)), PCRS_OK);
    CHECK_STR(name, "67-2015-1050-6850-LA93-5M00-E100");
    k.epsg = 32620;
    CHECK_INT(pcrs_tile_name_format(km, &k, name, sizeof(name), err, sizeof(err)), PCRS_OK);
    CHECK_STR(name, "67-2015-1050-6850-U20N-5M00-E100");
}

static void test_custom_pattern(void)
{
    pcrs_tile_pattern p;
    char err[256];
    CHECK_INT(pcrs_tile_pattern_compile("ORTHO_{YEAR}_{X}_{Y}_{RES}[_{CRS}]", 1, 500, &p, err,
                                        sizeof(err)),
              PCRS_OK);
    pcrs_tile_name n;
    CHECK(pcrs_tile_name_parse_with(&p, "ORTHO_2023_842000_6520500_0M05_CC46.tif", &n));
    CHECK_NEAR(n.x, 842000, 0);
    CHECK_NEAR(n.y, 6520500, 0);
    CHECK_INT(n.epsg, 3946);
    CHECK_NEAR(n.tile_size, 500, 0);
    CHECK(pcrs_tile_name_parse_with(&p, "ortho_2023_842000_6520500_0M05.tif", &n));
    CHECK_INT(n.epsg, 0);
    char name[128];
    n.epsg = 2154;
    n.crs[0] = '\0';
    n.extension[0] = '\0';
    CHECK_INT(pcrs_tile_name_format(&p, &n, name, sizeof(name), err, sizeof(err)), PCRS_OK);
    CHECK_STR(name, "ORTHO_2023_842000_6520500_0M05_LA93");
    CHECK(!pcrs_tile_name_parse_with(&p, "ORTHO_2023_842000_0M05.tif", &n));

    CHECK_INT(pcrs_tile_pattern_compile("{YEAR}-{X}", 1, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
    CHECK(strstr(err, "{X} and {Y}") != NULL);
    CHECK_INT(pcrs_tile_pattern_compile("{YEAR}-{X}-{Y}-{FOO}", 1, 0, &p, err, sizeof(err)),
              PCRS_ERR_ARG);
    CHECK(strstr(err, "FOO") != NULL);
    CHECK_INT(pcrs_tile_pattern_compile("[{X}-[{Y}]]", 1, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
    CHECK_INT(pcrs_tile_pattern_compile("{X}-{Y", 1, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
    CHECK_INT(pcrs_tile_pattern_compile("{X:0}-{Y}", 1, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
    CHECK_INT(pcrs_tile_pattern_compile("{X}/{Y}", 1, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
    CHECK_INT(pcrs_tile_pattern_compile("{X}-{Y}", 0, 0, &p, err, sizeof(err)), PCRS_ERR_ARG);
}

static void test_codes(void)
{
    CHECK_NEAR(pcrs_tile_res_parse("0M05", 4), 0.05, 1e-12);
    CHECK_NEAR(pcrs_tile_res_parse("12M50", 5), 12.5, 1e-12);
    CHECK_NEAR(pcrs_tile_res_parse("0M00", 4), 0, 0);
    CHECK_NEAR(pcrs_tile_res_parse("0X05", 4), 0, 0);
    char buf[16];
    CHECK(pcrs_tile_res_format(0.2, buf, sizeof(buf)));
    CHECK_STR(buf, "0M20");
    CHECK(pcrs_tile_res_format(5, buf, sizeof(buf)));
    CHECK_STR(buf, "5M00");
    CHECK(!pcrs_tile_res_format(0.055, buf, sizeof(buf)));
    CHECK(!pcrs_tile_res_format(0, buf, sizeof(buf)));
    CHECK_INT(pcrs_tile_crs_epsg("cc50"), 3950);
    CHECK_INT(pcrs_tile_crs_epsg("XX"), 0);
    CHECK_STR(pcrs_tile_crs_token(3942), "CC42");
    CHECK(pcrs_tile_crs_token(4326) == NULL);
    CHECK_STR(pcrs_tile_mime_type("JP2"), "image/jp2");
    CHECK_STR(pcrs_tile_mime_type(".tif"), "image/tiff");
    CHECK(pcrs_tile_mime_type("tab") == NULL);
    CHECK(pcrs_tile_is_raster_file("a/b.TIF"));
    CHECK(!pcrs_tile_is_raster_file("b.tif.aux.xml"));
    CHECK(!pcrs_tile_is_raster_file("b.tab"));
    CHECK(!pcrs_tile_is_raster_file(".tif"));
    CHECK(pcrs_tile_band_code_count() > 0);
    CHECK(pcrs_tile_crs_code_count() > 0);
}

static void test_grid(void)
{
    pcrs_grid g = {0, 0, 200, 200};
    double env[4];
    pcrs_grid_footprint(&g, 2480, 33061, env);
    CHECK_NEAR(env[0], 496000, 0);
    CHECK_NEAR(env[3], 6612400, 0);
    int64_t i, j;
    pcrs_grid_index(&g, 496000, 6612399.99, &i, &j);
    CHECK_INT(i, 2480);
    CHECK_INT(j, 33061);
    pcrs_grid_index(&g, 495999.9999999, 6612400, &i, &j); /* snapped to the boundary */
    CHECK_INT(i, 2480);
    CHECK_INT(j, 33062);
    int64_t i0, j0, i1, j1;
    double e1[4] = {100, 100, 400, 400};
    CHECK(pcrs_grid_range(&g, e1, &i0, &j0, &i1, &j1));
    CHECK_INT(i0, 0);
    CHECK_INT(i1, 1);
    CHECK_INT(j1, 1);
    double e2[4] = {200, 200, 400, 400}; /* exactly one tile */
    CHECK(pcrs_grid_range(&g, e2, &i0, &j0, &i1, &j1));
    CHECK_INT(i0, 1);
    CHECK_INT(i1, 1);
    CHECK_INT(j0, 1);
    CHECK_INT(j1, 1);
    double e3[4] = {5, 5, 5, 9};
    CHECK(!pcrs_grid_range(&g, e3, &i0, &j0, &i1, &j1));

    /* Merge: an L of 3 cells + a separate cell + a 2x2 block. */
    const int64_t cells[][2] = {{0, 0}, {1, 0}, {0, 1}, {5, 5}, {10, 0}, {11, 0}, {10, 1}, {11, 1}, {1, 0}};
    double rects[9][4];
    size_t n = pcrs_grid_merge_cells(&g, cells, 9, rects);
    CHECK_INT(n, 4);
    double area = 0;
    for (size_t k = 0; k < n; k++)
        area += (rects[k][2] - rects[k][0]) * (rects[k][3] - rects[k][1]);
    CHECK_NEAR(area, 8 * 200.0 * 200.0, 1e-6);
    /* Full 3x3 block: one rectangle. */
    int64_t block[9][2];
    for (int k = 0; k < 9; k++) {
        block[k][0] = k % 3;
        block[k][1] = k / 3;
    }
    CHECK_INT(pcrs_grid_merge_cells(&g, (const int64_t(*)[2])block, 9, rects), 1);
    CHECK_NEAR(rects[0][2], 600, 0);
    CHECK_NEAR(rects[0][3], 600, 0);
    /* Checkerboard: no merge possible. */
    int64_t cb[8][2];
    for (int k = 0; k < 8; k++) {
        cb[k][0] = (k % 4) * 2 + (k / 4);
        cb[k][1] = k / 4;
    }
    CHECK_INT(pcrs_grid_merge_cells(&g, (const int64_t(*)[2])cb, 8, rects), 8);
    CHECK_INT(pcrs_grid_merge_cells(&g, NULL, 0, rects), 0);
}

static void test_set(void)
{
    pcrs_tile_set *set = pcrs_tile_set_create();
    CHECK_INT(pcrs_tile_set_add_named(set, "2020-04960-66124-LA93-0M05-RVB.jp2", NULL, 0), 1);
    CHECK_INT(pcrs_tile_set_add_named(set, "2021-04962-66124-LA93-0M05-RVB.jp2", NULL, 0), 1);
    CHECK_INT(pcrs_tile_set_add_named(set, "readme.txt", NULL, 0), 0);
    CHECK_INT(pcrs_tile_set_count(set), 2);
    const pcrs_tile *t = pcrs_tile_set_get(set, 0);
    CHECK_NEAR(t->env[0], 496000, 0);
    CHECK_NEAR(t->env[1], 6612200, 0);
    CHECK_NEAR(t->env[2], 496200, 0);
    CHECK_NEAR(t->env[3], 6612400, 0);
    CHECK_INT(t->origin, PCRS_TILE_FROM_NAME);
    CHECK_STR(pcrs_tile_value(t, prop("nomImage")), "2020-04960-66124-LA93-0M05-RVB.jp2");
    CHECK_STR(pcrs_tile_value(t, prop("resolution")), "5");
    CHECK_STR(pcrs_tile_value(t, prop("typeImage")), "image/jp2");
    CHECK_STR(pcrs_tile_value(t, prop("idPCRS")), "2020-04960-66124-LA93-0M05-RVB");
    CHECK(pcrs_tile_value(t, prop("dateAcquisition")) == NULL);
    double env[4];
    CHECK(pcrs_tile_set_extent(set, env));
    CHECK_NEAR(env[2], 496400, 0);
    double rx, ry;
    pcrs_tile_set_finest_resolution(set, &rx, &ry);
    CHECK_NEAR(rx, 0.05, 1e-12);

    /* A probe told the tiles are 100 m: resize. */
    CHECK_INT(pcrs_tile_set_resize_named(set, 0.05, 100, 100), 2);
    CHECK_NEAR(pcrs_tile_set_get(set, 1)->env[1], 6612300, 0);
    CHECK_INT(pcrs_tile_set_resize_named(set, 0.2, 50, 50), 0);

    /* Explicit tile size. */
    CHECK_INT(pcrs_tile_set_add_named(set, "56-2019-0229-6764-LA93-0M05-RVB-E100.jp2", NULL, 500), 1);
    CHECK_NEAR(pcrs_tile_set_get(set, 2)->env[1], 6763500, 0);

    /* Order: year from the name when there is no date; dates win. */
    size_t order[8];
    CHECK_INT(pcrs_tile_set_sort(set, -1, 0, order), PCRS_OK);
    CHECK_INT(order[0], 2); /* 2019 */
    CHECK_INT(order[1], 0); /* 2020 */
    CHECK_INT(order[2], 1); /* 2021 on top */
    pcrs_tile *added = pcrs_tile_set_add(set, "manual.tif");
    CHECK(added != NULL);
    CHECK_INT(pcrs_tile_set_value(added, prop("dateAcquisition"), "2019-05-01"), PCRS_OK);
    CHECK_INT(pcrs_tile_set_value(added, 999, "x"), PCRS_ERR_ARG);
    pcrs_tile *nodate = pcrs_tile_set_add(set, "nodate.tif");
    CHECK(nodate != NULL);
    CHECK_INT(pcrs_tile_set_sort(set, -1, 0, order), PCRS_OK);
    /* nodate first, then 2019 (name), 2019-05-01, 2020, 2021 */
    CHECK_INT(order[0], 4);
    CHECK_INT(order[1], 2);
    CHECK_INT(order[2], 3);
    CHECK_INT(order[3], 0);
    CHECK_INT(order[4], 1);
    CHECK_INT(pcrs_tile_set_sort(set, -1, 1, order), PCRS_OK);
    CHECK_INT(order[0], 4); /* still first: no key */
    CHECK_INT(order[1], 1);
    /* Explicit sort key overrides. */
    CHECK_INT(pcrs_tile_set_sort_key(nodate, "9999"), PCRS_OK);
    CHECK_INT(pcrs_tile_set_sort(set, -1, 0, order), PCRS_OK);
    CHECK_INT(order[4], 4);
    pcrs_tile_set_destroy(set);
    pcrs_tile_set_destroy(NULL);
}

static void test_fields(void)
{
    CHECK_INT(pcrs_tile_match_field("nomImage"), prop("nomImage"));
    CHECK_INT(pcrs_tile_match_field("NOM_IMAGE"), prop("nomImage"));
    CHECK_INT(pcrs_tile_match_field("location"), prop("nomImage"));
    CHECK_INT(pcrs_tile_match_field("precisionplanimetriqueCorpsdeRue"),
              prop("precisionPlanimetriqueCorpsDeRue"));
    CHECK_INT(pcrs_tile_match_field("precisionplanimetriqueZonesNaturelles"),
              prop("precisionPlanimetriqueZoneNaturelle"));
    CHECK_INT(pcrs_tile_match_field("dateAcquisition"), prop("dateAcquisition"));
    CHECK_INT(pcrs_tile_match_field("geometrie"), -1);
    CHECK_INT(pcrs_tile_match_field("tailleFichier"), -1);
}

typedef struct problems {
    int count[16];
    char last[1024];
} problems;

static void on_problem(void *user, pcrs_tile_problem problem, size_t tile, const char *file,
                       const char *message)
{
    problems *p = user;
    (void)tile;
    (void)file;
    p->count[problem]++;
    snprintf(p->last, sizeof(p->last), "%s", message);
}

static void test_checks(void)
{
    CHECK(pcrs_tile_name_is_safe("a.tif"));
    CHECK(pcrs_tile_name_is_safe("sub/a.tif"));
    CHECK(pcrs_tile_name_is_safe("..a.tif"));
    CHECK(!pcrs_tile_name_is_safe("../a.tif"));
    CHECK(!pcrs_tile_name_is_safe("sub/../../a.tif"));
    CHECK(!pcrs_tile_name_is_safe(".."));
    CHECK(!pcrs_tile_name_is_safe("/etc/passwd"));
    CHECK(!pcrs_tile_name_is_safe("C:\\tiles\\a.tif"));
    CHECK(!pcrs_tile_name_is_safe("sub\\a.tif"));
    CHECK(!pcrs_tile_name_is_safe("http://x/a.tif"));
    CHECK(!pcrs_tile_name_is_safe(""));
    CHECK(!pcrs_tile_name_is_safe(NULL));

    pcrs_tile_set *set = pcrs_tile_set_create();
    const char *names[] = {"a.tif", "b.tif", "../c.tif", "a.tif", "D.tif", "sub/e.tif", "/abs.tif", ""};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        pcrs_tile *t = pcrs_tile_set_add(set, names[i]);
        CHECK(t != NULL);
        char id[16];
        snprintf(id, sizeof(id), "R%zu", i);
        pcrs_tile_set_gml_id(t, id);
        t->line = 10 + (int64_t)i;
    }
    const char *files[] = {"a.tif", "catalogue.gml", "d.tif", "x.jp2", "a.tab", "a.tif.aux.xml"};
    problems p = {{0}, ""};
    unsigned char present[8];
    size_t n = pcrs_tile_set_check_folder(set, files, 6, "catalogue.gml", present, on_problem, &p);
    CHECK_INT(p.count[PCRS_PROBLEM_UNSAFE_NAME], 3);
    CHECK_INT(p.count[PCRS_PROBLEM_NOT_BESIDE], 1);
    CHECK_INT(p.count[PCRS_PROBLEM_MISSING], 2); /* b.tif, D.tif (case) */
    CHECK_INT(p.count[PCRS_PROBLEM_DUPLICATE], 1);
    CHECK_INT(p.count[PCRS_PROBLEM_EXTRA], 2); /* d.tif, x.jp2 */
    CHECK_INT(n, 9);
    CHECK_INT(present[0], 1);
    CHECK_INT(present[1], 0);
    CHECK_INT(present[3], 1);
    CHECK(strstr(p.last, "x.jp2") != NULL);

    /* Header checks. */
    pcrs_tile *t = pcrs_tile_set_at(set, 0);
    t->has_footprint = 1;
    t->env[0] = 0; t->env[1] = 0; t->env[2] = 200; t->env[3] = 200;
    pcrs_tile_set_value(t, prop("resolution"), "5");
    problems q = {{0}, ""};
    double real[4] = {0.02, 0, 200, 200};
    CHECK_INT(pcrs_tile_check_header(t, 0, real, 0.05, 0.05, 2154, 2154, on_problem, &q), 0);
    real[2] = 210;
    CHECK_INT(pcrs_tile_check_header(t, 0, real, 0.05, 0.05, 2154, 2154, on_problem, &q), 1);
    CHECK(strstr(q.last, "R0") != NULL && strstr(q.last, "line 10") != NULL);
    real[2] = 200;
    CHECK_INT(pcrs_tile_check_header(t, 0, real, 0.1, 0.1, 2154, 2154, on_problem, &q), 1);
    CHECK_INT(q.count[PCRS_PROBLEM_RESOLUTION], 1);
    CHECK_INT(pcrs_tile_check_header(t, 0, real, 0.05, 0.05, 3946, 2154, on_problem, &q), 1);
    CHECK_INT(q.count[PCRS_PROBLEM_CRS], 1);
    CHECK(strstr(q.last, "EPSG:3946") != NULL);
    pcrs_tile_set_destroy(set);
}

static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = malloc(65536);
    *len = fread(buf, 1, 65535, f);
    fclose(f);
    return buf;
}

static void test_tab(void)
{
    size_t len = 0;
    char *text = read_text("data/real/cnigfr-PCRS/67-2015-1050-6850-LA93-5M00-E100.tab", &len);
    CHECK(text != NULL);
    if (text) {
        pcrs_tab_info info;
        char err[256];
        CHECK_INT(pcrs_tab_parse(text, len, &info, err, sizeof(err)), PCRS_OK);
        CHECK_STR(info.file, "67-2015-1050-6850-LA93-5M00-E100.jp2");
        CHECK_INT(info.point_count, 4);
        CHECK_NEAR(info.gt[0], 1050000, 1e-6);
        CHECK_NEAR(info.gt[1], 5, 1e-9);
        CHECK_NEAR(info.gt[2], 0, 1e-9);
        CHECK_NEAR(info.gt[3], 6850000, 1e-6);
        CHECK_NEAR(info.gt[4], 0, 1e-9);
        CHECK_NEAR(info.gt[5], -5, 1e-9);
        CHECK_NEAR(info.max_residual, 0, 1e-6);
        CHECK_INT(info.epsg, 2154);
        free(text);
    }
    const char *crlf = "!table\r\n!version 300\r\nDefinition Table\r\n  File \"t.jp2\"\r\n"
                       "  (100,200) (0,0) Label \"a\",\r\n  (300,200) (10,0) Label \"b\",\r\n"
                       "  (100,100) (0,5) Label \"c\"\r\n"
                       "  CoordSys Earth Projection 3, 33, \"m\", 3, 46, 45.25, 46.75, 1700000, 5200000\r\n";
    pcrs_tab_info info;
    char err[256];
    CHECK_INT(pcrs_tab_parse(crlf, strlen(crlf), &info, err, sizeof(err)), PCRS_OK);
    CHECK_NEAR(info.gt[1], 20, 1e-9);
    CHECK_NEAR(info.gt[5], -20, 1e-9);
    CHECK_INT(info.epsg, 3946);
    CHECK_STR(info.file, "t.jp2");

    const char *two = "!table\nDefinition Table\n(1,2) (0,0)\n(3,4) (1,1)\n";
    CHECK_INT(pcrs_tab_parse(two, strlen(two), &info, err, sizeof(err)), PCRS_ERR_DATA);
    CHECK(strstr(err, "3") != NULL);
    const char *line = "!table\nDefinition Table\n(0,0) (0,0)\n(1,1) (1,1)\n(2,2) (2,2)\n";
    CHECK_INT(pcrs_tab_parse(line, strlen(line), &info, err, sizeof(err)), PCRS_ERR_DATA);
    CHECK(strstr(err, "line") != NULL);
    const char *bad = "!table\nDefinition Table\n(1,2) garbage\n";
    CHECK_INT(pcrs_tab_parse(bad, strlen(bad), &info, err, sizeof(err)), PCRS_ERR_DATA);
    CHECK(strstr(err, "line 3") != NULL);
    CHECK_INT(pcrs_tab_parse("hello", 5, &info, err, sizeof(err)), PCRS_ERR_DATA);
    CHECK_INT(pcrs_tab_coordsys_epsg("Earth Projection 1, 104"), 0);
    CHECK_INT(pcrs_tab_coordsys_epsg("NonEarth Units \"m\""), 0);
    CHECK_INT(pcrs_tab_coordsys_epsg("CoordSys Earth Projection 3, 33, 7, 3, 50, 49.25, 50.75, 1700000, 9200000"), 3950);
}

static void put_u32(unsigned char *b, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b[i] = (unsigned char)(v >> (8 * i));
}

static void put_f64(unsigned char *b, double v)
{
    uint64_t u;
    memcpy(&u, &v, 8);
    for (int i = 0; i < 8; i++)
        b[i] = (unsigned char)(u >> (8 * i));
}

static void test_wkb(void)
{
    /* CurvePolygon Z (1010) holding one LineString Z ring of 3 points. */
    unsigned char wkb[256];
    size_t n = 0;
    wkb[n++] = 1;
    put_u32(wkb + n, 1010); n += 4;
    put_u32(wkb + n, 1); n += 4;
    wkb[n++] = 1;
    put_u32(wkb + n, 1002); n += 4;
    put_u32(wkb + n, 3); n += 4;
    double pts[3][3] = {{10, 20, 1}, {30, 5, 2}, {15, 40, 3}};
    for (int i = 0; i < 3; i++)
        for (int d = 0; d < 3; d++) {
            put_f64(wkb + n, pts[i][d]);
            n += 8;
        }
    double env[4];
    CHECK(pcrs_wkb_envelope(wkb, n, env));
    CHECK_NEAR(env[0], 10, 0);
    CHECK_NEAR(env[1], 5, 0);
    CHECK_NEAR(env[2], 30, 0);
    CHECK_NEAR(env[3], 40, 0);
    CHECK(!pcrs_wkb_envelope(wkb, n - 1, env)); /* truncated */
    CHECK(!pcrs_wkb_envelope(wkb, 3, env));
    wkb[1] = 99; /* unknown type */
    CHECK(!pcrs_wkb_envelope(wkb, n, env));
}

static const char catalogue_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<pcrs:PlanCorpsRueSimplifie xmlns:pcrs=\"http://cnig.gouv.fr/pcrs\" "
    "xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "gml:id=\"doc\" version=\"2.0\">\n"
    "<pcrs:featureMember><pcrs:RasterPCRS gml:id=\"R1\">\n"
    "<pcrs:producteur>IGN</pcrs:producteur><pcrs:nomImage>t1.tif</pcrs:nomImage>\n"
    "<pcrs:typeImage>image/tiff</pcrs:typeImage>\n"
    "<pcrs:geometrie><gml:Polygon gml:id=\"R1.g\" srsName=\"EPSG:2154\"><gml:exterior><gml:LinearRing>"
    "<gml:posList>0 0 200 0 200 200 0 200 0 0</gml:posList></gml:LinearRing></gml:exterior>"
    "</gml:Polygon></pcrs:geometrie>\n"
    "<pcrs:idPCRS>1</pcrs:idPCRS><pcrs:resolution>5</pcrs:resolution>\n"
    "<pcrs:dateAcquisition>2021-06-01</pcrs:dateAcquisition><pcrs:dateRecette>2021-09-01</pcrs:dateRecette>\n"
    "<pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>\n"
    "<pcrs:precisionPlanimetriqueZoneNaturelle>010</pcrs:precisionPlanimetriqueZoneNaturelle>\n"
    "<pcrs:descriptionElementsQualite>ok</pcrs:descriptionElementsQualite>\n"
    "</pcrs:RasterPCRS></pcrs:featureMember>\n"
    "<pcrs:featureMember><pcrs:RasterPCRS gml:id=\"R2\">\n"
    "<pcrs:producteur>IGN</pcrs:producteur><pcrs:nomImage>t2.tif</pcrs:nomImage>\n"
    "<pcrs:typeImage>image/tiff</pcrs:typeImage>\n"
    "<pcrs:geometrie><gml:Polygon gml:id=\"R2.g\" srsName=\"EPSG:2154\"><gml:exterior><gml:LinearRing>"
    "<gml:posList>200 0 400 0 400 200 200 200 200 0</gml:posList></gml:LinearRing></gml:exterior>"
    "</gml:Polygon></pcrs:geometrie>\n"
    "<pcrs:idPCRS>2</pcrs:idPCRS><pcrs:resolution>5</pcrs:resolution>\n"
    "<pcrs:dateAcquisition>2020-06-01</pcrs:dateAcquisition><pcrs:dateRecette>2020-09-01</pcrs:dateRecette>\n"
    "<pcrs:precisionPlanimetriqueCorpsDeRue>005</pcrs:precisionPlanimetriqueCorpsDeRue>\n"
    "<pcrs:precisionPlanimetriqueZoneNaturelle>010</pcrs:precisionPlanimetriqueZoneNaturelle>\n"
    "<pcrs:descriptionElementsQualite>ok</pcrs:descriptionElementsQualite>\n"
    "</pcrs:RasterPCRS></pcrs:featureMember>\n"
    "</pcrs:PlanCorpsRueSimplifie>\n";

static void test_catalogue(void)
{
    char path[] = "/tmp/pcrs_test_tiles_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    CHECK(write(fd, catalogue_xml, sizeof(catalogue_xml) - 1) == (ssize_t)(sizeof(catalogue_xml) - 1));
    close(fd);
    pcrs_tile_set *set = pcrs_tile_set_create();
    int epsg = -1;
    char err[512];
    CHECK_INT(pcrs_tile_set_read_catalogue(set, path, NULL, NULL, NULL, NULL, NULL, &epsg, err,
                                           sizeof(err)),
              PCRS_OK);
    CHECK_INT(epsg, 2154);
    CHECK_INT(pcrs_tile_set_count(set), 2);
    const pcrs_tile *t = pcrs_tile_set_get(set, 0);
    CHECK_STR(t->name, "t1.tif");
    CHECK_STR(t->gml_id, "R1");
    CHECK_INT(t->line, 3);
    CHECK(t->has_footprint);
    CHECK_NEAR(t->env[2], 200, 0);
    CHECK_NEAR(t->res_x, 0.05, 1e-12);
    CHECK_STR(pcrs_tile_value(t, prop("precisionPlanimetriqueCorpsDeRue")), "005");
    CHECK_STR(pcrs_tile_value(t, prop("dateAcquisition")), "2021-06-01");
    size_t order[2];
    CHECK_INT(pcrs_tile_set_sort(set, -1, 0, order), PCRS_OK);
    CHECK_INT(order[0], 1); /* 2020 below */
    CHECK_INT(order[1], 0); /* 2021 on top */
    pcrs_tile_set_destroy(set);
    unlink(path);

    set = pcrs_tile_set_create();
    CHECK(pcrs_tile_set_read_catalogue(set, "/nonexistent/cat.gml", NULL, NULL, NULL, NULL, NULL,
                                       &epsg, err, sizeof(err)) != PCRS_OK);
    CHECK(err[0] != '\0');
    pcrs_tile_set_destroy(set);
}

/* ---- GeoTIFF keys ---- */

typedef struct memory_file {
    const unsigned char *data;
    size_t size;
} memory_file;

static int memory_read_at(void *user, uint64_t offset, void *buf, size_t size)
{
    const memory_file *m = user;
    if (offset > m->size || size > m->size - offset)
        return -1;
    memcpy(buf, m->data + offset, size);
    return 0;
}

/* A classic TIFF (one IFD entry: the GeoKeyDirectory, values at byte 32) in
 * either byte order. */
static size_t make_geotiff(unsigned char *out, int little, const uint16_t *keys, size_t count)
{
    memset(out, 0, 32 + 2 * count);
#define PUT(at, value, bytes)                                                                    \
    for (int b_ = 0; b_ < (bytes); b_++)                                                         \
        out[(at) + (little ? b_ : (bytes) - 1 - b_)] = (unsigned char)((uint64_t)(value) >> (8 * b_));
    out[0] = out[1] = little ? 'I' : 'M';
    PUT(2, 42, 2);
    PUT(4, 8, 4);      /* IFD at 8 */
    PUT(8, 1, 2);      /* one entry */
    PUT(10, 34735, 2); /* GeoKeyDirectoryTag */
    PUT(12, 3, 2);     /* SHORT */
    PUT(14, count, 4);
    PUT(18, 32, 4);
    for (size_t k = 0; k < count; k++)
        PUT(32 + 2 * k, keys[k], 2);
#undef PUT
    return 32 + 2 * count;
}

static int epsg_of(int little, const uint16_t *keys, size_t count)
{
    unsigned char bytes[256];
    memory_file m = {bytes, make_geotiff(bytes, little, keys, count)};
    return pcrs_geotiff_epsg(memory_read_at, &m);
}

static void test_geotiff_epsg(void)
{
    /* Version 1.1.0, 4 keys: projected, area, EPSG:2154, metre, a citation. */
    const uint16_t lambert93[] = {1, 1, 0, 5,    1024, 0, 1, 1,    1025, 0, 1, 1,
                                  3072, 0, 1, 2154, 3076, 0, 1, 9001, 1026, 34737, 8, 0};
    for (int little = 0; little <= 1; little++)
        CHECK_INT(epsg_of(little, lambert93, sizeof lambert93 / 2), 2154);
    const uint16_t geographic[] = {1, 1, 0, 2, 1024, 0, 1, 2, 2048, 0, 1, 4326};
    CHECK_INT(epsg_of(1, geographic, sizeof geographic / 2), 4326);
    /* A vertical CRS (4096), a user-defined code, feet: the full parser must say. */
    const uint16_t vertical[] = {1, 1, 0, 3, 1024, 0, 1, 1, 3072, 0, 1, 2154, 4096, 0, 1, 5720};
    CHECK_INT(epsg_of(1, vertical, sizeof vertical / 2), 0);
    const uint16_t user_defined[] = {1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, 32767};
    CHECK_INT(epsg_of(1, user_defined, sizeof user_defined / 2), 0);
    const uint16_t feet[] = {1, 1, 0, 3, 1024, 0, 1, 1, 3072, 0, 1, 2154, 3076, 0, 1, 9002};
    CHECK_INT(epsg_of(1, feet, sizeof feet / 2), 0);
    /* More keys announced than present; not a TIFF; truncated. */
    const uint16_t short_dir[] = {1, 1, 0, 9, 1024, 0, 1, 1};
    CHECK_INT(epsg_of(1, short_dir, sizeof short_dir / 2), 0);
    unsigned char bytes[256];
    memory_file m = {bytes, make_geotiff(bytes, 1, lambert93, sizeof lambert93 / 2)};
    bytes[0] = 'X';
    CHECK_INT(pcrs_geotiff_epsg(memory_read_at, &m), 0);
    bytes[0] = 'I';
    m.size = 40; /* the key values cut */
    CHECK_INT(pcrs_geotiff_epsg(memory_read_at, &m), 0);
    CHECK_INT(pcrs_geotiff_epsg(NULL, &m), 0);
}

int main(void)
{
    test_patterns_parse();
    test_patterns_format();
    test_custom_pattern();
    test_codes();
    test_grid();
    test_set();
    test_fields();
    test_checks();
    test_tab();
    test_wkb();
    test_catalogue();
    test_geotiff_epsg();
    CHECK_DONE();
}
