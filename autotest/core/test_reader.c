/* Tests of the streaming reader (pcrs_reader.h) on the real samples and on
 * the small files of autotest/data/core/. Run from autotest/ (ctest does). */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#if defined(__unix__) || defined(__APPLE__)
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>
#define HAVE_POSIX 1
#endif

#include <libxml/xmlschemas.h>

#include "check.h"
#include "pcrs/pcrs_reader.h"
#include "reader_internal.h" /* white box: whether the spool spilled */

/* ---- message capture ---- */

typedef struct capture {
    int count;
    int warnings, errors;
    int schema_errors; /* PCRS_ERR_SCHEMA messages */
    char *messages[4096];
    pcrs_msg_level levels[4096];
} capture;

static void on_message(void *user, pcrs_msg_level level, pcrs_status code, const char *message)
{
    capture *c = user;
    if (code == PCRS_ERR_SCHEMA)
        c->schema_errors++;
    if (level == PCRS_MSG_WARNING)
        c->warnings++;
    if (level == PCRS_MSG_ERROR)
        c->errors++;
    if (c->count < 4096) {
        size_t n = strlen(message) + 1;
        c->messages[c->count] = malloc(n);
        memcpy(c->messages[c->count], message, n);
        c->levels[c->count] = level;
        c->count++;
    }
}

static void capture_free(capture *c)
{
    for (int i = 0; i < c->count; i++)
        free(c->messages[i]);
    memset(c, 0, sizeof *c);
}

/* Number of warnings/errors containing every one of the (NULL-ended) parts. */
static int count_messages(const capture *c, const char *part, ...);

#include <stdarg.h>
static int count_messages(const capture *c, const char *part, ...)
{
    int n = 0;
    for (int i = 0; i < c->count; i++) {
        if (c->levels[i] == PCRS_MSG_DEBUG)
            continue;
        int all = strstr(c->messages[i], part) != NULL;
        va_list ap;
        va_start(ap, part);
        const char *p;
        while (all && (p = va_arg(ap, const char *)) != NULL)
            all = strstr(c->messages[i], p) != NULL;
        va_end(ap);
        n += all;
    }
    return n;
}

static void dump_messages(const capture *c)
{
    for (int i = 0; i < c->count; i++)
        fprintf(stderr, "  [%d] %s\n", c->levels[i], c->messages[i]);
}

static pcrs_reader *open_with(const char *path, capture *cap, pcrs_reader_options *options,
                              pcrs_status *status)
{
    pcrs_reader_options defaults;
    if (!options) {
        pcrs_reader_options_init(&defaults);
        options = &defaults;
    }
    options->on_message = on_message;
    options->message_user = cap;
    pcrs_reader *r = pcrs_reader_create(options);
    *status = pcrs_reader_open(r, path);
    return r;
}

static int class_of(const char *name)
{
    int c = pcrs_model_find_class(PCRS_NS_PCRS, name);
    return c >= 0 ? c : pcrs_model_find_class(PCRS_NS_PCRS_INFO, name);
}

static int prop_of(int cls, const char *name)
{
    return pcrs_model_find_property(pcrs_model_class(cls), name);
}

/* Index of the feature with that gml:id in its class, -1 if none. */
static int64_t find_feature(pcrs_reader *r, int cls, const char *id, pcrs_feature *f)
{
    int64_t n = pcrs_reader_feature_count(r, cls);
    for (int64_t i = 0; i < n; i++) {
        if (pcrs_reader_read_feature(r, cls, i, f) != PCRS_OK)
            return -1;
        const char *fid = pcrs_feature_gml_id(f);
        if (fid && strcmp(fid, id) == 0)
            return i;
    }
    return -1;
}

/* Value `i` of property `prop_name` of the feature `id` of class `cls_name`. */
static const char *value_of(pcrs_reader *r, const char *cls_name, const char *id,
                            const char *prop_name, int i, pcrs_feature *f)
{
    int cls = class_of(cls_name);
    if (find_feature(r, cls, id, f) < 0)
        return "(no such feature)";
    const char *v = pcrs_feature_value(f, prop_of(cls, prop_name), i);
    return v ? v : "(absent)";
}

static int count_of(pcrs_reader *r, const char *cls_name, const char *id, const char *prop_name,
                    pcrs_feature *f)
{
    int cls = class_of(cls_name);
    if (find_feature(r, cls, id, f) < 0)
        return -1;
    return pcrs_feature_value_count(f, prop_of(cls, prop_name));
}

/* ---- WKB helpers ---- */

static uint32_t wkb_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* 1 if a CompoundCurve (Z) WKB holds a CircularString part. */
static int compound_has_arc(const unsigned char *wkb, size_t size)
{
    if (size < 9 || wkb[0] != 1 || (wkb_u32(wkb + 1) % 1000) != 9)
        return 0;
    int dims = wkb_u32(wkb + 1) >= 1000 ? 3 : 2;
    uint32_t parts = wkb_u32(wkb + 5);
    size_t at = 9;
    for (uint32_t i = 0; i < parts; i++) {
        if (at + 9 > size)
            return 0;
        uint32_t type = wkb_u32(wkb + at + 1) % 1000;
        uint32_t points = wkb_u32(wkb + at + 5);
        if (type == 8)
            return 1;
        at += 9 + (size_t)points * 8 * (size_t)dims;
    }
    return 0;
}

/* ---- real samples ---- */

typedef struct class_count {
    const char *name;
    int count;
} class_count;

typedef struct sample {
    const char *file;
    const char *date; /* every dateLeve of the file */
    class_count counts[13];
} sample;

/* autotest/data/real/PROVENANCE.md */
static const sample lyon_samples[] = {
    {"20200716.RIL_L260_C340_P0.gml", "2020-01-02",
     {{"AffleurantEnveloppePCRS", 5}, {"AffleurantGeometriquePCRS", 10}, {"AffleurantPCRS", 10},
      {"AffleurantPointPCRS", 5}, {"AffleurantSymbolePCRS", 5}, {"ArbrePCRS", 10},
      {"EmpriseEchangePCRS", 1}, {"HabillageLignesPCRS", 25}, {"LimiteVoiriePCRS", 2}}},
    {"20200716.RIL_L262_C336_P0.gml", "2020-04-01",
     {{"AffleurantEnveloppePCRS", 18}, {"AffleurantGeometriquePCRS", 28}, {"AffleurantPCRS", 28},
      {"AffleurantPointPCRS", 10}, {"AffleurantSymbolePCRS", 10}, {"ArbrePCRS", 10},
      {"EmpriseEchangePCRS", 1}, {"HabillageEnveloppePCRS", 2}, {"HabillageLignesPCRS", 20},
      {"LimiteVoiriePCRS", 36}}},
    {"20200716.RIL_L263_C297_P0.gml", "2019-12-31",
     {{"AffleurantEnveloppePCRS", 27}, {"AffleurantGeometriquePCRS", 36}, {"AffleurantPCRS", 36},
      {"AffleurantPointPCRS", 9}, {"AffleurantSymbolePCRS", 9}, {"ArbrePCRS", 3},
      {"EmpriseEchangePCRS", 1}, {"FacadePCRS", 22}, {"HabillageLignesPCRS", 25},
      {"LimiteVoiriePCRS", 7}, {"SeuilPCRS", 17}}},
    {"20200716.RIL_L263_C299_P0.gml", "2019-12-31",
     {{"AffleurantEnveloppePCRS", 3}, {"AffleurantGeometriquePCRS", 3}, {"AffleurantPCRS", 3},
      {"ArbrePCRS", 3}, {"EmpriseEchangePCRS", 1}, {"FacadePCRS", 2}, {"HabillageLignesPCRS", 14},
      {"LimiteVoiriePCRS", 1}, {"MurPCRS", 2}, {"SeuilPCRS", 2}}},
    {"20200716.RIL_L264_C299_P0.gml", "2019-12-31",
     {{"AffleurantEnveloppePCRS", 18}, {"AffleurantGeometriquePCRS", 34}, {"AffleurantPCRS", 34},
      {"AffleurantPointPCRS", 16}, {"AffleurantSymbolePCRS", 16}, {"ArbrePCRS", 10},
      {"EmpriseEchangePCRS", 1}, {"FacadePCRS", 11}, {"HabillageLignesPCRS", 38},
      {"LimiteVoiriePCRS", 13}, {"MurPCRS", 1}, {"SeuilPCRS", 7}}},
};

static int expected_count(const sample *s, int cls)
{
    for (int i = 0; i < 13 && s->counts[i].name; i++)
        if (class_of(s->counts[i].name) == cls)
            return s->counts[i].count;
    return 0;
}

static int arcs_seen;

static void check_lyon_sample(const sample *s, pcrs_feature *f)
{
    char path[256];
    snprintf(path, sizeof path, "data/real/cnigfr-PCRS/%s", s->file);
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with(path, &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(cap.warnings + cap.errors, 0); /* valid files: not a word */
    if (cap.warnings + cap.errors)
        dump_messages(&cap);
    CHECK_STR(pcrs_reader_document_version(r), "2.0");
    CHECK(pcrs_reader_document_id(r) != NULL);
    CHECK_STR(pcrs_reader_path(r), path);

    int64_t total = 0, objects = 0, habillages = 0;
    int objet_class = class_of("ObjetVecteurPCRS"), habillage_class = class_of("HabillagePCRS");
    for (int c = 0; c < pcrs_model_class_count(); c++) {
        int64_t n = pcrs_reader_feature_count(r, c);
        CHECK_INT(n, expected_count(s, c));
        if (n != expected_count(s, c))
            fprintf(stderr, "  %s: class %s\n", s->file, pcrs_model_class(c)->name);
        total += n;
        if (pcrs_model_class_is_a(c, objet_class))
            objects += n;
        if (pcrs_model_class_is_a(c, habillage_class))
            habillages += n;
        const pcrs_class *cl = pcrs_model_class(c);
        if (n > 0 && cl->geometry_property >= 0) {
            CHECK_INT(pcrs_reader_epsg(r, c), 3946);
            double env[4];
            CHECK(pcrs_reader_extent(r, c, env));
            /* CC46 around Lyon */
            CHECK(env[0] > 1.8e6 && env[0] <= env[2] && env[2] < 1.9e6);
            CHECK(env[1] > 5.1e6 && env[1] <= env[3] && env[3] < 5.3e6);
        }
    }
    CHECK_INT(pcrs_reader_total_feature_count(r), total);

    /* Every feature reads back, with the declared geometry type. */
    for (int c = 0; c < pcrs_model_class_count(); c++) {
        const pcrs_class *cl = pcrs_model_class(c);
        for (int64_t i = 0; i < pcrs_reader_feature_count(r, c); i++) {
            CHECK_INT(pcrs_reader_read_feature(r, c, i, f), PCRS_OK);
            CHECK_INT(pcrs_feature_class(f), c);
            CHECK_INT(pcrs_feature_index(f), i);
            CHECK(pcrs_feature_gml_id(f) != NULL);
            CHECK(pcrs_feature_line(f) > 1);
            if (cl->geometry_property >= 0) {
                size_t size;
                const unsigned char *wkb = pcrs_feature_geometry(f, &size);
                CHECK(wkb != NULL && size >= 9);
                int declared = pcrs_geometry_type(cl->properties[cl->geometry_property].geometry);
                if (wkb && size >= 5) {
                    uint32_t type = wkb_u32(wkb + 1);
                    /* Declared type; EmpriseEchangePCRS is 2D in these files. */
                    CHECK(type == (uint32_t)declared || type == (uint32_t)declared - 1000);
                    arcs_seen += compound_has_arc(wkb, size);
                }
                CHECK_INT(pcrs_feature_epsg(f), 3946);
            }
        }
    }

    /* Values: codes keep their leading zeros, dates are typed. */
    int aff = class_of("AffleurantPCRS");
    CHECK_INT(pcrs_reader_read_feature(r, aff, 0, f), PCRS_OK);
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "thematique"), 0), "10");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "precisionPlanimetrique"), 0), "005");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "dateLeve"), 0), s->date);
    int y, m, d;
    pcrs_feature_date(f, prop_of(aff, "dateLeve"), 0, &y, &m, &d);
    CHECK_INT(y * 10000 + m * 100 + d, atoi(s->date) * 10000 + atoi(s->date + 5) * 100 + atoi(s->date + 8));

    int arbre = class_of("ArbrePCRS");
    CHECK_INT(pcrs_reader_read_feature(r, arbre, 0, f), PCRS_OK);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(arbre, "reference")), 1);
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "reference"), 0), "");

    int symbole = class_of("AffleurantSymbolePCRS");
    if (pcrs_reader_feature_count(r, symbole) > 0) {
        CHECK_INT(pcrs_reader_read_feature(r, symbole, 0, f), PCRS_OK);
        CHECK_STR(pcrs_feature_value(f, prop_of(symbole, "angleRotation"), 0), "0");
        CHECK_NEAR(pcrs_feature_real(f, prop_of(symbole, "angleRotation"), 0), 0.0, 0.0);
        CHECK_NEAR(pcrs_feature_real(f, prop_of(symbole, "longueur_mm"), 0), 1.0, 0.0);
    }

    /* Links: each representation is the gml:id of an AffleurantGeometriquePCRS. */
    int geo = class_of("AffleurantGeometriquePCRS");
    pcrs_feature *g = pcrs_feature_create();
    int resolved = 0;
    int64_t naff = pcrs_reader_feature_count(r, aff);
    for (int64_t i = 0; i < naff; i++) {
        pcrs_reader_read_feature(r, aff, i, f);
        CHECK_INT(pcrs_feature_value_count(f, prop_of(aff, "representation")), 1);
        const char *target = pcrs_feature_value(f, prop_of(aff, "representation"), 0);
        resolved += target && find_feature(r, geo, target, g) >= 0;
    }
    CHECK_INT(resolved, naff);
    pcrs_feature_destroy(g);

    /* The EmpriseEchangePCRS references every object and habillage of its file. */
    int emprise = class_of("EmpriseEchangePCRS");
    CHECK_INT(pcrs_reader_read_feature(r, emprise, 0, f), PCRS_OK);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(emprise, "objet")), objects);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(emprise, "habillage")), habillages);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(emprise, "commune")), 0);

    pcrs_reader_destroy(r);
    capture_free(&cap);
}

static void test_real_samples(void)
{
    pcrs_feature *f = pcrs_feature_create();
    for (size_t i = 0; i < sizeof lyon_samples / sizeof *lyon_samples; i++)
        check_lyon_sample(&lyon_samples[i], f);
    CHECK(arcs_seen > 0); /* gml:Arc → CircularString parts */

    /* PCRS-INFO: the dangling link is reported once. */
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with("data/real/cnigfr-PCRS/PCRS-info.gml", &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(count_messages(&cap, "'INIT.1.1'", NULL), 1);
    CHECK_INT(count_messages(&cap, "data/real/cnigfr-PCRS/PCRS-info.gml:24: <pcrs-i:initiative> of "
                                   "EmpriseDisponibilitePCRS 'DISPO.1': link to 'INIT.1.1', which "
                                   "is not a gml:id of this document",
                             NULL),
              1);
    CHECK_INT(cap.warnings, 1);
    int dispo = class_of("EmpriseDisponibilitePCRS"), init = class_of("InitiativePCRS");
    CHECK_INT(pcrs_reader_feature_count(r, dispo), 1);
    CHECK_INT(pcrs_reader_feature_count(r, init), 1);
    CHECK_INT(pcrs_reader_epsg(r, dispo), 4326);
    CHECK_INT(pcrs_reader_epsg(r, init), 0);
    CHECK_STR(value_of(r, "EmpriseDisponibilitePCRS", "DISPO.1", "initiative", 0, f), "INIT.1.1");
    CHECK_STR(value_of(r, "InitiativePCRS", "INIT.1", "gestionnaire", 0, f), "Equipe PCRS");
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* GéoVendée: the CRS comes from the geometry, not the swapped envelope. */
    r = open_with("data/real/geovendee-montaigu/GeoVendee_PCRS_Montaigu_posList.gml", &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    int env_class = class_of("AffleurantEnveloppePCRS");
    CHECK_INT(pcrs_reader_feature_count(r, env_class), 1);
    CHECK_INT(pcrs_reader_epsg(r, env_class), 3947);
    double env[4] = {0}, z[2] = {0};
    CHECK(pcrs_reader_extent(r, env_class, env));
    CHECK_NEAR(env[0], 1372074.5071531301, 1e-6);
    CHECK_NEAR(env[1], 6205942.435638697, 1e-6);
    CHECK_NEAR(env[2], 1372074.8935456767, 1e-6);
    CHECK_NEAR(env[3], 6205942.752480585, 1e-6);
    CHECK(pcrs_reader_z_range(r, env_class, z));
    CHECK_NEAR(z[0], 40.425811736193694, 1e-9);
    CHECK_INT(pcrs_reader_read_feature(r, env_class, 0, f), PCRS_OK);
    CHECK_INT(pcrs_feature_epsg(f), 3947);
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* PCRS v1.0 is refused, naming the version. */
    r = open_with("data/real/pcrs-v1-strasbourg/MurPCRS.gml", &cap, NULL, &st);
    CHECK_INT(st, PCRS_ERR_VERSION);
    CHECK(strstr(pcrs_reader_errmsg(r), "PCRS v1.0 (2015)") != NULL);
    CHECK(strncmp(pcrs_reader_errmsg(r), "data/real/pcrs-v1-strasbourg/MurPCRS.gml:2: ", 44) == 0);
    CHECK_INT(cap.errors, 1);
    CHECK_INT(pcrs_reader_total_feature_count(r), 0);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    pcrs_feature_destroy(f);
}

/* ---- synthetic files ---- */

static void test_nested(void)
{
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with("data/core/nested.gml", &cap, NULL, &st);
    pcrs_feature *f = pcrs_feature_create();
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("SeuilPCRS")), 1);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("PointLevePCRS")), 2);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("AffleurantPCRS")), 1);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("AffleurantGeometriquePCRS")), 1);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("AffleurantEnveloppePCRS")), 1);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("HabillageLignesPCRS")), 3);
    CHECK_INT(pcrs_reader_total_feature_count(r), 9);

    /* Nested features are linked by their gml:id; one without gets a generated id. */
    CHECK_INT(count_of(r, "SeuilPCRS", "SEUIL.1", "pointLeve", f), 2);
    CHECK_STR(value_of(r, "SeuilPCRS", "SEUIL.1", "pointLeve", 0, f), "PL.1");
    CHECK_STR(value_of(r, "SeuilPCRS", "SEUIL.1", "pointLeve", 1, f), "SEUIL.1.pointLeve.2");
    CHECK_INT(count_messages(&cap, "data/core/nested.gml:25: <pcrs:PointLevePCRS>: nested feature "
                                   "without gml:id, given the id 'SEUIL.1.pointLeve.2'",
                             NULL),
              1);
    int pl = class_of("PointLevePCRS");
    CHECK_INT(pcrs_reader_read_feature(r, pl, 1, f), PCRS_OK);
    CHECK_STR(pcrs_feature_gml_id(f), "SEUIL.1.pointLeve.2");
    CHECK_STR(pcrs_feature_value(f, prop_of(pl, "numeroPoint"), 0), "P2");
    CHECK_INT(pcrs_feature_integer(f, prop_of(pl, "precisionXY"), 0), 3);
    CHECK_INT(pcrs_reader_read_feature(r, pl, 0, f), PCRS_OK);
    CHECK_STR(pcrs_feature_gml_id(f), "PL.1");
    CHECK_INT(pcrs_feature_line(f), 15);

    CHECK_STR(value_of(r, "AffleurantPCRS", "AFF.1", "representation", 0, f), "GEOM.AFF.1");
    CHECK_STR(value_of(r, "AffleurantGeometriquePCRS", "GEOM.AFF.1", "enveloppe", 0, f), "ENV.GEOM.AFF.1");
    CHECK_STR(value_of(r, "AffleurantEnveloppePCRS", "ENV.GEOM.AFF.1", "habillage", 0, f), "HAB.1");
    CHECK_STR(value_of(r, "HabillageLignesPCRS", "HAB.PARENT", "habillage", 0, f), "HAB.CHILD");
    CHECK_STR(value_of(r, "HabillageLignesPCRS", "HAB.1", "idHabillage", 0, f), "H1");

    /* Document order of start tags, even for a feature nested in its own class. */
    int hab = class_of("HabillageLignesPCRS");
    const char *order[3] = {"HAB.1", "HAB.PARENT", "HAB.CHILD"};
    for (int i = 0; i < 3; i++) {
        CHECK_INT(pcrs_reader_read_feature(r, hab, i, f), PCRS_OK);
        CHECK_STR(pcrs_feature_gml_id(f), order[i]);
    }
    CHECK_INT(count_messages(&cap, "not a gml:id", NULL), 0);
    CHECK_INT(cap.warnings, 1);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    pcrs_feature_destroy(f);
}

static void test_values(void)
{
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with("data/core/values.gml", &cap, NULL, &st);
    pcrs_feature *f = pcrs_feature_create();
    CHECK_INT(st, PCRS_OK);
    CHECK_STR(pcrs_reader_document_id(r), "VALUES");
#define MSG(text) CHECK_INT(count_messages(&cap, "data/core/values.gml:" text, NULL), 1)
    /* Root level */
    MSG("8: <foo:Bar>: unexpected element in PlanCorpsRueSimplifie, ignored");
    int debug_href = 0;
    for (int i = 0; i < cap.count; i++)
        debug_href += cap.levels[i] == PCRS_MSG_DEBUG &&
                      strstr(cap.messages[i], "data/core/values.gml:9: <pcrs:featureMember> by "
                                              "reference (xlink:href), skipped") != NULL;
    CHECK_INT(debug_href, 1);

    /* Strings as they are, numbers/dates/codes collapsed; nil is absent, empty is "". */
    int arbre = class_of("ArbrePCRS");
    CHECK_INT(pcrs_reader_feature_count(r, arbre), 5);
    CHECK_STR(value_of(r, "ArbrePCRS", "ARBRE.1", "idObjet", 0, f), "  A1 kept  as is ");
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "thematique"), 0), "06");
    CHECK_INT(pcrs_feature_value_count(f, prop_of(arbre, "precisionAltimetrique")), 0);
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "producteur"), 0), "Test & Cie <CDATA>");
    CHECK_INT(pcrs_feature_value_count(f, prop_of(arbre, "reference")), 1);
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "reference"), 0), "");
    int y, m, d;
    pcrs_feature_date(f, prop_of(arbre, "dateLeve"), 0, &y, &m, &d);
    CHECK(y == 2020 && m == 2 && d == 29);
    CHECK_INT(pcrs_feature_line(f), 11);

    /* Bad date, repeated property, code not in its list, child element, unknown property. */
    MSG("28: <pcrs:dateLeve>: '2021-02-29' is not a valid xs:date");
    CHECK_INT(count_of(r, "ArbrePCRS", "ARBRE.2", "dateLeve", f), 0);
    MSG("30: <pcrs:idObjet>: single-valued property given more than once, the first value is kept");
    CHECK_STR(value_of(r, "ArbrePCRS", "ARBRE.2", "idObjet", 0, f), "A2");
    CHECK_INT(count_of(r, "ArbrePCRS", "ARBRE.2", "idObjet", f), 1);
    MSG("33: <pcrs:precisionPlanimetrique>: '5' is not a value of CategoriePrecisionPCRSType (002 ");
    CHECK_STR(value_of(r, "ArbrePCRS", "ARBRE.2", "precisionPlanimetrique", 0, f), "5");
    MSG("34: <pcrs:producteur>: unexpected element <pcrs:b> inside a simple value, ignored");
    CHECK_STR(value_of(r, "ArbrePCRS", "ARBRE.2", "producteur", 0, f), "Test suite");
    MSG("35: <pcrs:couleur>: not a property of ArbrePCRS, ignored");
    MSG("27: <pcrs:ArbrePCRS gml:id='ARBRE.2'>: mandatory property 'reference' is missing");
    /* Two CRSs in one class: one warning, the first kept. */
    CHECK_INT(count_messages(&cap, "EPSG:3946", "EPSG:2154", NULL), 1);
    CHECK_INT(pcrs_reader_epsg(r, arbre), 2154);

    /* Reals */
    int symb = class_of("AffleurantSymbolePCRS");
    MSG("43: <pcrs:angleRotation>: 'abc' is not a valid xs:double");
    CHECK_INT(count_of(r, "AffleurantSymbolePCRS", "SYMB.1", "angleRotation", f), 0);
    CHECK_STR(pcrs_feature_value(f, prop_of(symb, "longueur_mm"), 0), "1.5E2");
    CHECK_NEAR(pcrs_feature_real(f, prop_of(symb, "longueur_mm"), 0), 150.0, 0.0);
    CHECK(pcrs_feature_real(f, prop_of(symb, "largeur_mm"), 0) > 1e308);
    CHECK_STR(value_of(r, "AffleurantSymbolePCRS", "SYMB.2", "angleRotation", 0, f), "-12.5");
    CHECK_NEAR(pcrs_feature_real(f, prop_of(symb, "angleRotation"), 0), -12.5, 0.0);
    CHECK_NEAR(pcrs_feature_real(f, prop_of(symb, "longueur_mm"), 0), 0.5, 0.0);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(symb, "largeur_mm")), 0);
    MSG("54: <pcrs:largeur_mm>: '' is not a valid xs:double");

    /* Integers and dates with a timezone */
    int pl = class_of("PointLevePCRS");
    CHECK_STR(value_of(r, "PointLevePCRS", "PL.1", "precisionXY", 0, f), "+12");
    CHECK_INT(pcrs_feature_integer(f, prop_of(pl, "precisionXY"), 0), 12);
    CHECK_INT(pcrs_feature_value_count(f, prop_of(pl, "precisionZ")), 0);
    MSG("62: <pcrs:precisionZ>: '1.5' is not a valid xs:integer");
    pcrs_feature_date(f, prop_of(pl, "horodatage"), 0, &y, &m, &d);
    CHECK(y == 2020 && m == 2 && d == 29);
    CHECK_STR(pcrs_feature_value(f, prop_of(pl, "horodatage"), 0), "2020-02-29Z");
    MSG("71: <pcrs:precisionXY>: '99999999999999999999' is not a valid xs:integer");
    CHECK_INT(count_of(r, "PointLevePCRS", "PL.2", "precisionXY", f), 0);
    CHECK_INT(pcrs_feature_integer(f, prop_of(pl, "precisionZ"), 0), -7);
    pcrs_feature_date(f, prop_of(pl, "horodatage"), 0, &y, &m, &d);
    CHECK(y == 2021 && m == 12 && d == 31);
    /* Typed access on another type gives 0. */
    CHECK_INT(pcrs_feature_integer(f, prop_of(pl, "numeroPoint"), 0), 0);
    CHECK_NEAR(pcrs_feature_real(f, prop_of(pl, "precisionZ"), 0), 0.0, 0.0);

    /* Codes: extension values accepted, unknown codes kept with a warning. */
    MSG("85: <pcrs:typeMur>: '07' is not a value of CategorieMurPCRSType (01 Mur, 02 Mur de soutènement, ");
    CHECK_STR(value_of(r, "MurPCRS", "MUR.1", "typeMur", 0, f), "07");
    CHECK_STR(value_of(r, "MurPCRS", "MUR.1", "qualiteCategorisation", 0, f), "other: Drone");
    CHECK_INT(count_messages(&cap, "other: Drone", NULL), 0);

    /* Identifiers, classes, geometry by reference */
    MSG("89: <pcrs:ArbrePCRS gml:id='ARBRE.1'>: duplicate gml:id, already used at line 11");
    MSG("95: <pcrs:geometrie>: geometry by reference (xlink:href) is not supported, no geometry");
    CHECK_INT(pcrs_reader_read_feature(r, arbre, 2, f), PCRS_OK);
    CHECK(pcrs_feature_geometry(f, NULL) == NULL);
    MSG("100: <pcrs:Licorne>: not a PCRS feature class, ignored");
    MSG("103: <pcrs:PilierPCRS>: abstract PCRS class, ignored");
    MSG("148: <pcrs:AffleurantPointPCRS>: feature without gml:id");
    CHECK_INT(pcrs_reader_read_feature(r, class_of("AffleurantPointPCRS"), 1, f), PCRS_OK);
    CHECK(pcrs_feature_gml_id(f) == NULL);

    /* The three href forms; empty, missing and nil links are absent. */
    CHECK_INT(count_of(r, "AffleurantPCRS", "AFF.1", "pointLeve", f), 3);
    int aff = class_of("AffleurantPCRS");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "pointLeve"), 0), "PL.1");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "pointLeve"), 1), "PL.2");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "pointLeve"), 2), "PL.1");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "symbolisation"), 0), "SYMB.1");
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "representation"), 0), "GEOM.1");
    MSG("115: <pcrs:pointLeve>: empty xlink:href, no link");
    MSG("116: <pcrs:pointLeve>: neither xlink:href nor an inline feature, no link");
    /* Single link given twice; href + inline: the inline feature wins. */
    MSG("130: <pcrs:symbolisation>: single-valued property given more than once, the first value is kept");
    CHECK_STR(value_of(r, "AffleurantPCRS", "AFF.2", "symbolisation", 0, f), "SYMB.1");
    CHECK_INT(pcrs_feature_value_count(f, prop_of(aff, "symbolisation")), 1);
    CHECK_STR(pcrs_feature_value(f, prop_of(aff, "representation"), 0), "GEOM.2");
    MSG("131: <pcrs:representation>: both an xlink:href and an inline feature, the inline feature is kept");
    CHECK_INT(pcrs_reader_feature_count(r, class_of("AffleurantGeometriquePCRS")), 2);
    /* One warning per missing target, at its first reference; forward links resolve. */
    CHECK_INT(count_messages(&cap, "not a gml:id of this document", NULL), 1);
    MSG("132: <pcrs:point> of AffleurantGeometriquePCRS 'GEOM.2': link to 'PTS.MISSING', which is "
        "not a gml:id of this document");
    CHECK_STR(value_of(r, "AffleurantGeometriquePCRS", "GEOM.1", "point", 0, f), "PTS.MISSING");
    CHECK_STR(value_of(r, "AffleurantGeometriquePCRS", "GEOM.1", "point", 1, f), "FORWARD.1");
    /* A geometry that does not parse is absent; the next property is read. */
    CHECK_INT(count_messages(&cap, "data/core/values.gml:159: <gml:pos>: ",
                             "(in <pcrs:geometrie> of ArbrePCRS), no geometry", NULL),
              1);
    CHECK(find_feature(r, arbre, "ARBRE.BADGEOM", f) == 3);
    CHECK(pcrs_feature_geometry(f, NULL) == NULL);
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "reference"), 0), "after the bad geometry");
    /* Only the first GML element of a geometry property is the geometry. */
    MSG("170: <pcrs:geometrie>: unexpected element <pcrs:note> in a geometry property, ignored");
    MSG("170: <pcrs:geometrie>: unexpected element <gml:Point> in a geometry property, ignored");
    CHECK(find_feature(r, arbre, "ARBRE.TWOGEOM", f) == 4);
    size_t wkb_size = 0;
    const unsigned char *wkb = pcrs_feature_geometry(f, &wkb_size);
    CHECK(wkb != NULL && wkb_size == 21 && wkb_u32(wkb + 1) == 1);
    CHECK_STR(pcrs_feature_value(f, prop_of(arbre, "reference"), 0), "R2");
    CHECK_INT(pcrs_feature_epsg(f), 2154);
#undef MSG
    /* Every warning starts with "<file>:<line>: ". */
    for (int i = 0; i < cap.count; i++)
        if (cap.levels[i] == PCRS_MSG_WARNING)
            CHECK(strncmp(cap.messages[i], "data/core/values.gml:", 21) == 0 &&
                  cap.messages[i][21] >= '1' && cap.messages[i][21] <= '9');
    CHECK_INT(cap.warnings, 26);
    if (cap.warnings != 26)
        dump_messages(&cap);
    CHECK_INT(cap.errors, 0);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    pcrs_feature_destroy(f);
}

/* Files the open must refuse: status, and the error names file and line. */
static void expect_failure(const char *path, pcrs_status expected, const char *excerpt,
                           double max_seconds)
{
    capture cap = {0};
    pcrs_status st;
    clock_t t0 = clock();
    pcrs_reader *r = open_with(path, &cap, NULL, &st);
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT(st, expected);
    const char *msg = pcrs_reader_errmsg(r);
    size_t n = strlen(path);
    CHECK(strncmp(msg, path, n) == 0 && msg[n] == ':');
    if (expected != PCRS_ERR_IO)
        CHECK(msg[n + 1] >= '1' && msg[n + 1] <= '9'); /* a line */
    CHECK(strstr(msg, excerpt) != NULL);
    if (st != expected || !strstr(msg, excerpt))
        fprintf(stderr, "  %s: status %d, message \"%s\"\n", path, st, msg);
    CHECK_INT(cap.errors, 1);
    CHECK(seconds < max_seconds);
    CHECK_INT(pcrs_reader_total_feature_count(r), 0);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("ArbrePCRS")), 0);
    CHECK(pcrs_reader_document_id(r) == NULL);
    pcrs_reader_destroy(r);
    capture_free(&cap);
}

static void test_failures(void)
{
    expect_failure("data/core/not-well-formed.gml", PCRS_ERR_XML, "mismatch", 1);
    expect_failure("data/core/truncated.gml", PCRS_ERR_XML, "(element <idHabillage>)", 1);
    expect_failure("data/core/undefined-entity.gml", PCRS_ERR_XML, "nbsp", 1);
    expect_failure("data/core/wrong-root.gml", PCRS_ERR_NOT_PCRS,
                   "root element <wfs:FeatureCollection> in namespace http://www.opengis.net/wfs/2.0 "
                   "is not a PCRS v2.0 root (pcrs:PlanCorpsRueSimplifie)",
                   1);
    expect_failure("data/core/beta-version.gml", PCRS_ERR_VERSION, "PCRS 2.0beta2", 1);
    expect_failure("data/core/doctype.gml", PCRS_ERR_HOSTILE,
                   "DTDs and entity declarations are not allowed in a PCRS document", 1);
    expect_failure("data/core/xxe.gml", PCRS_ERR_HOSTILE, "DTDs and entity declarations", 1);
    expect_failure("data/core/billion-laughs.gml", PCRS_ERR_HOSTILE, "DTDs and entity declarations", 1);
    expect_failure("data/core/deep.gml", PCRS_ERR_HOSTILE, "<pcrs:x>: element nesting deeper than 64 levels", 1);

    /* The truncated file fails at the line where it was cut. */
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with("data/core/truncated.gml", &cap, NULL, &st);
    CHECK(strstr(pcrs_reader_errmsg(r), "data/core/truncated.gml:219: premature end of the document") == pcrs_reader_errmsg(r));
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* Missing file, no path */
    r = open_with("data/core/no-such-file.gml", &cap, NULL, &st);
    CHECK_INT(st, PCRS_ERR_IO);
    CHECK(strstr(pcrs_reader_errmsg(r), "data/core/no-such-file.gml: ") == pcrs_reader_errmsg(r));
    CHECK_INT(pcrs_reader_open(r, NULL), PCRS_ERR_ARG);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    CHECK_INT(pcrs_reader_open(NULL, "x"), PCRS_ERR_ARG);

    /* max_depth is an option: the geometry of these files is deeper than 3. */
    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.max_depth = 3;
    r = open_with("data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml", &cap, &options, &st);
    CHECK_INT(st, PCRS_ERR_HOSTILE);
    CHECK(strstr(pcrs_reader_errmsg(r), "deeper than 3 levels") != NULL);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    /* ... and the limit reaches inside geometries. */
    for (int depth = 4; depth <= 10; depth++) {
        options.max_depth = depth;
        r = open_with("data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml", &cap, &options, &st);
        CHECK_INT(st, PCRS_ERR_HOSTILE);
        CHECK(strncmp(pcrs_reader_errmsg(r), "data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml:", 52) == 0);
        pcrs_reader_destroy(r);
        capture_free(&cap);
    }
    options.max_depth = 11; /* Polygon/exterior/Ring/curveMember/Curve/segments/Arc/posList */
    r = open_with("data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml", &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    pcrs_reader_destroy(r);
    capture_free(&cap);
}

/* ---- I/O ---- */

typedef struct memory_file {
    const char *data;
    size_t size, at;
    size_t fail_after; /* read error once past this offset */
    int opened, closed;
} memory_file;

static void *mem_open(void *user, const char *path, const char *mode)
{
    (void)path;
    memory_file *m = user;
    if (strcmp(mode, "rb") != 0)
        return NULL;
    m->opened++;
    m->at = 0;
    return m;
}

static size_t mem_read(void *user, void *handle, void *buf, size_t size)
{
    (void)user;
    memory_file *m = handle;
    if (m->at >= m->fail_after)
        return (size_t)-1;
    size_t n = m->size - m->at < size ? m->size - m->at : size;
    if (n > 7)
        n = 7; /* tiny reads: every boundary is exercised */
    memcpy(buf, m->data + m->at, n);
    m->at += n;
    return n;
}

static int mem_close(void *user, void *handle)
{
    (void)handle;
    ((memory_file *)user)->closed++;
    return 0;
}

static char *slurp(const char *path, size_t *size)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    *size = fread(data, 1, (size_t)n, fp);
    fclose(fp);
    return data;
}

static void test_io(void)
{
    size_t size = 0;
    char *data = slurp("data/real/cnigfr-PCRS/20200716.RIL_L263_C299_P0.gml", &size);
    CHECK(data != NULL);
    if (!data)
        return;
    memory_file mf = {data, size, 0, (size_t)-1, 0, 0};
    pcrs_io io = {PCRS_IO_VERSION, mem_open, mem_read, NULL, mem_close, NULL, NULL, &mf};
    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.io = &io;
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with("memory.gml", &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(pcrs_reader_total_feature_count(r), 34);
    CHECK_INT(mf.opened, 1);
    CHECK_INT(mf.closed, 1);

    /* A read error in the middle is an I/O error, not a truncated document. */
    mf.fail_after = size / 2;
    st = pcrs_reader_open(r, "memory.gml");
    CHECK_INT(st, PCRS_ERR_IO);
    CHECK(strncmp(pcrs_reader_errmsg(r), "memory.gml:", 11) == 0);
    CHECK(strstr(pcrs_reader_errmsg(r), "read error") != NULL);
    CHECK_INT(mf.opened, 2);
    CHECK_INT(mf.closed, 2);
    CHECK_INT(pcrs_reader_total_feature_count(r), 0);

    /* The same handle opens another document afterwards. */
    mf.fail_after = (size_t)-1;
    CHECK_INT(pcrs_reader_open(r, "memory.gml"), PCRS_OK);
    CHECK_INT(pcrs_reader_total_feature_count(r), 34);
    CHECK_STR(pcrs_reader_errmsg(r), "");
    pcrs_reader_destroy(r);
    capture_free(&cap);
    free(data);
}

/* Records spilled to the temporary file read back identical. */
static void test_spool(void)
{
    const char *path = "data/real/cnigfr-PCRS/20200716.RIL_L262_C336_P0.gml";
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *mem = open_with(path, &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.spool_memory_limit = 1024;
    pcrs_reader *disk = open_with(path, &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK(reader_spool_spilled(&disk->spool));
    CHECK(!reader_spool_spilled(&mem->spool));
    pcrs_feature *a = pcrs_feature_create(), *b = pcrs_feature_create();
    int same = 1, compared = 0;
    /* Interleaved classes, backwards: random access. */
    for (int c = pcrs_model_class_count() - 1; c >= 0; c--) {
        const pcrs_class *cl = pcrs_model_class(c);
        CHECK_INT(pcrs_reader_feature_count(disk, c), pcrs_reader_feature_count(mem, c));
        for (int64_t i = pcrs_reader_feature_count(mem, c) - 1; i >= 0; i--) {
            if (pcrs_reader_read_feature(mem, c, i, a) != PCRS_OK ||
                pcrs_reader_read_feature(disk, c, i, b) != PCRS_OK) {
                same = 0;
                continue;
            }
            compared++;
            same &= strcmp(pcrs_feature_gml_id(a), pcrs_feature_gml_id(b)) == 0;
            same &= pcrs_feature_line(a) == pcrs_feature_line(b);
            for (int p = 0; p < cl->property_count; p++) {
                same &= pcrs_feature_value_count(a, p) == pcrs_feature_value_count(b, p);
                for (int k = 0; k < pcrs_feature_value_count(a, p); k++)
                    same &= strcmp(pcrs_feature_value(a, p, k), pcrs_feature_value(b, p, k)) == 0;
            }
            size_t sa, sb;
            const unsigned char *wa = pcrs_feature_geometry(a, &sa), *wb = pcrs_feature_geometry(b, &sb);
            same &= sa == sb && (sa == 0 || memcmp(wa, wb, sa) == 0);
        }
    }
    CHECK(same);
    CHECK_INT(compared, pcrs_reader_total_feature_count(mem));
    pcrs_feature_destroy(a);
    pcrs_feature_destroy(b);
    pcrs_reader_destroy(mem);
    pcrs_reader_destroy(disk);
    capture_free(&cap);

#ifdef HAVE_POSIX
    /* A full disk while spilling is an I/O error. */
    struct rlimit old;
    getrlimit(RLIMIT_FSIZE, &old);
    struct rlimit small = old;
    small.rlim_cur = 8192;
    signal(SIGXFSZ, SIG_IGN);
    setrlimit(RLIMIT_FSIZE, &small);
    pcrs_reader *full = open_with(path, &cap, &options, &st);
    setrlimit(RLIMIT_FSIZE, &old);
    CHECK_INT(st, PCRS_ERR_IO);
    CHECK(strstr(pcrs_reader_errmsg(full), "temporary spool file") != NULL);
    pcrs_reader_destroy(full);
    capture_free(&cap);
#endif
}

/* ---- generated documents ---- */

static const char *header =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<PlanCorpsRueSimplifie xmlns=\"http://cnig.gouv.fr/pcrs\" "
    "xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
    "gml:id=\"GEN\" version=\"2.0\">\n";

static void write_symbol(FILE *fp, int i, const char *angle)
{
    fprintf(fp,
            "<featureMember>\n<AffleurantSymbolePCRS gml:id=\"S%d\">\n<geometrie><gml:Point "
            "gml:id=\"S%d.g\" srsName=\"EPSG:2154\"><gml:pos>7 6</gml:pos></gml:Point></geometrie>\n"
            "<reference>R</reference>\n<angleRotation>%s</angleRotation>\n"
            "<longueur_mm>1</longueur_mm>\n<largeur_mm>1</largeur_mm>\n</AffleurantSymbolePCRS>\n"
            "</featureMember>\n",
            i, i, angle);
}

static void test_generated(void)
{
#ifdef HAVE_POSIX
    char path[] = "/tmp/pcrs-test-reader-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    FILE *fp = fdopen(fd, "w");
    /* 1. Lines past 65535 (libxml2 keeps element lines in 16 bits). */
    fputs(header, fp);
    fputs("<gml:description>", fp);
    for (int i = 0; i < 70000; i++)
        fputs("\n", fp);
    fputs("</gml:description>\n", fp); /* line 70003 */
    write_symbol(fp, 1, "abc");        /* feature on 70005, angle on 70008 */
    write_symbol(fp, 2, "0");          /* feature on 70014 */
    fputs("</PlanCorpsRueSimplifie>\n", fp);
    fclose(fp);
    capture cap = {0};
    pcrs_status st;
    pcrs_reader *r = open_with(path, &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    pcrs_feature *f = pcrs_feature_create();
    int symb = class_of("AffleurantSymbolePCRS");
    CHECK_INT(pcrs_reader_read_feature(r, symb, 0, f), PCRS_OK);
    CHECK_INT(pcrs_feature_line(f), 70005);
    CHECK_INT(pcrs_reader_read_feature(r, symb, 1, f), PCRS_OK);
    CHECK_INT(pcrs_feature_line(f), 70014);
    CHECK_INT(count_messages(&cap, ":70008: <pcrs:angleRotation>: 'abc' is not a valid xs:double", NULL), 1);
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* 2. Rate limit: 10 warnings, a notice, and a total at the end. */
    fp = fopen(path, "w");
    fputs(header, fp);
    for (int i = 0; i < 25; i++)
        write_symbol(fp, i, "bad");
    for (int i = 0; i < 30; i++)
        fprintf(fp, "<featureMember><AffleurantGeometriquePCRS gml:id=\"G%d\"><point "
                    "xlink:href=\"#MISSING%d\"/></AffleurantGeometriquePCRS></featureMember>\n",
                i, i);
    fputs("</PlanCorpsRueSimplifie>\n", fp);
    fclose(fp);
    r = open_with(path, &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(count_messages(&cap, "'bad' is not a valid xs:double", NULL), 11 + 1);
    CHECK_INT(count_messages(&cap, "further warnings of this kind are not reported", "'bad'", NULL), 1);
    CHECK_INT(count_messages(&cap, "25 warnings of this kind in total, 10 reported", "'bad'", NULL), 1);
    CHECK_INT(count_messages(&cap, "30 warnings of this kind in total", "MISSING0'", NULL), 1);
    CHECK_INT(count_messages(&cap, "not a gml:id of this document", NULL), 12);
    CHECK_INT(pcrs_reader_feature_count(r, symb), 25);
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* 3. Dangling links reported from a spilled spool: the owner's gml:id
     * (or none) and the target are read back from its record. */
    fp = fopen(path, "w");
    fputs(header, fp);
    fputs("<featureMember><AffleurantGeometriquePCRS gml:id=\"GA\"><point xlink:href=\"#P1\"/>"
          "<point xlink:href=\"#NOPE1\"/></AffleurantGeometriquePCRS></featureMember>\n", fp);
    fputs("<featureMember><AffleurantGeometriquePCRS><point xlink:href=\"NOPE2\"/>"
          "</AffleurantGeometriquePCRS></featureMember>\n", fp); /* line 4 */
    char long_id[301];
    memset(long_id, 'L', 300);
    long_id[300] = '\0';
    fprintf(fp, "<featureMember><AffleurantGeometriquePCRS gml:id=\"GB\"><point xlink:href=\"#NOPE1\"/>"
                "<point xlink:href=\"f.gml#%s\"> </point></AffleurantGeometriquePCRS></featureMember>\n",
            long_id); /* line 5 */
    for (int i = 0; i < 40; i++)
        write_symbol(fp, 100 + i, "1");
    fputs("<featureMember><AffleurantPointPCRS gml:id=\"P1\"/></featureMember>\n", fp);
    fputs("<featureMember><AffleurantPointPCRS gml:id=\"GA\"/></featureMember>\n", fp);
    fputs("</PlanCorpsRueSimplifie>\n", fp);
    fclose(fp);
    pcrs_reader_options small;
    pcrs_reader_options_init(&small);
    small.spool_memory_limit = 256;
    r = open_with(path, &cap, &small, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK(reader_spool_spilled(&r->spool));
    CHECK_INT(count_messages(&cap, "not a gml:id of this document", NULL), 3);
    CHECK_INT(count_messages(&cap, ":3: <pcrs:point> of AffleurantGeometriquePCRS 'GA': link to "
                                   "'NOPE1', which is not a gml:id of this document", NULL), 1);
    CHECK_INT(count_messages(&cap, ":4: <pcrs:point> of AffleurantGeometriquePCRS: link to 'NOPE2', "
                                   "which is not a gml:id of this document", NULL), 1);
    CHECK_INT(count_messages(&cap, ":5: <pcrs:point> of AffleurantGeometriquePCRS 'GB': link to 'LLLL",
                             "LLL', which is not", NULL), 1);
    CHECK_INT(count_messages(&cap, "link to 'P1'", NULL), 0); /* forward link, resolved */
    CHECK_INT(count_messages(&cap, "<pcrs:AffleurantPointPCRS gml:id='GA'>: duplicate gml:id, "
                                   "already used at line 3", NULL), 1);
    CHECK_STR(value_of(r, "AffleurantGeometriquePCRS", "GB", "point", 1, f), long_id);
    pcrs_reader_destroy(r);
    capture_free(&cap);

    pcrs_feature_destroy(f);
    unlink(path);
#endif
}

/* ---- schema validation during the read ---- */

static void on_schema_parser_error(void *user, xmlErrorPtr error)
{
    int *errors = user;
    if (error && error->level >= XML_ERR_ERROR)
        (*errors)++;
}

/* The real file with one code replaced: line 216 holds its only typeMur. */
static int write_with_invalid_code(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    int replaced = 0;
    char line[4096];
    while (in && out && fgets(line, sizeof line, in)) {
        char *code = strstr(line, "<typeMur>04</typeMur>");
        if (code) {
            code[10] = '7';
            replaced++;
        }
        fputs(line, out);
    }
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    return replaced;
}

static void test_schema(void)
{
    int parse_errors = 0;
    xmlSchemaParserCtxtPtr pctxt =
        xmlSchemaNewParserCtxt("../data/schemas/pcrs-offline/CNIG_PCRS_v2.0.xsd");
    CHECK(pctxt != NULL);
    if (!pctxt)
        return;
    xmlSchemaSetParserStructuredErrors(pctxt, on_schema_parser_error, &parse_errors);
    xmlSchemaPtr schema = xmlSchemaParse(pctxt);
    xmlSchemaFreeParserCtxt(pctxt);
    CHECK(schema != NULL);
    CHECK_INT(parse_errors, 0);
    if (!schema)
        return;
    pcrs_reader_options options;
    capture cap = {0};
    pcrs_status st;

    /* A valid real file: no schema message, nothing else changes. */
    const char *valid = "data/real/cnigfr-PCRS/20200716.RIL_L264_C299_P0.gml";
    pcrs_reader_options_init(&options);
    options.xml_schema = schema;
    pcrs_reader *r = open_with(valid, &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(cap.schema_errors, 0);
    CHECK_INT(cap.errors, 0);
    int64_t total = pcrs_reader_total_feature_count(r);
    CHECK(total > 100);
    pcrs_reader_destroy(r);
    capture_free(&cap);

#ifdef HAVE_POSIX
    /* '07' for typeMur: one schema error on its line, the reader's own
     * warning too, and the open succeeds with every feature. */
    char path[] = "/tmp/pcrs-test-schema-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) {
        xmlSchemaFree(schema);
        return;
    }
    close(fd);
    CHECK_INT(write_with_invalid_code(valid, path), 1);
    pcrs_reader_options_init(&options);
    options.xml_schema = schema;
    r = open_with(path, &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(cap.schema_errors, 1);
    CHECK_INT(cap.errors, 1);
    char expected[512];
    snprintf(expected, sizeof expected, "%s:216: <pcrs:typeMur>: [facet 'enumeration'] The value '07' "
                                        "is not an element of the set", path);
    CHECK_INT(count_messages(&cap, expected, NULL), 1);
    CHECK_INT(count_messages(&cap, ":216: <pcrs:typeMur>: '07' is not a value of CategorieMurPCRSType",
                             NULL), 1);
    CHECK_INT(pcrs_reader_total_feature_count(r), total);
    CHECK_STR(pcrs_reader_errmsg(r), "");
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* Without the schema, the same file gives no schema message. */
    r = open_with(path, &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK_INT(cap.schema_errors, 0);
    pcrs_reader_destroy(r);
    capture_free(&cap);

    /* A structure error does not stop the validation of the next features,
     * and fatal XML errors stay fatal. */
    FILE *fp = fopen(path, "w");
    fputs(header, fp);
    fputs("<featureMember><AffleurantPointPCRS gml:id=\"P1\"><couleur>rouge</couleur>"
          "</AffleurantPointPCRS></featureMember>\n", fp); /* line 3 */
    fputs("<featureMember><AffleurantPointPCRS gml:id=\"P2\"/></featureMember>\n", fp);
    fputs("</PlanCorpsRueSimplifie>\n", fp);
    fclose(fp);
    pcrs_reader_options_init(&options);
    options.xml_schema = schema;
    r = open_with(path, &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK(cap.schema_errors >= 2);
    CHECK_INT(count_messages(&cap, ":3: <pcrs:couleur>: This element is not expected.", NULL), 1);
    CHECK_INT(count_messages(&cap, ":4: <pcrs:AffleurantPointPCRS>: ", NULL), 1);
    CHECK_INT(pcrs_reader_feature_count(r, class_of("AffleurantPointPCRS")), 2);
    pcrs_reader_destroy(r);
    capture_free(&cap);
    unlink(path);
#endif

    /* Refused documents are refused alike with the schema: libxml2's schema
     * plug keeps parser errors from the handler, the reader still names
     * the fatal one (same line), and a DTD never reaches the validator. */
    static const struct {
        const char *path;
        pcrs_status status;
        const char *message;
    } refused[] = {
        {"data/core/not-well-formed.gml", PCRS_ERR_XML, ":7: Opening and ending tag mismatch"},
        {"data/core/truncated.gml", PCRS_ERR_XML, ":219: premature end of the document"},
        {"data/core/undefined-entity.gml", PCRS_ERR_XML, ":4: Entity 'nbsp' not defined"},
        {"data/core/doctype.gml", PCRS_ERR_HOSTILE, ": DTDs and entity declarations are not allowed"},
        {"data/core/xxe.gml", PCRS_ERR_HOSTILE, ": DTDs and entity declarations are not allowed"},
        {"data/core/billion-laughs.gml", PCRS_ERR_HOSTILE, ":2: DTDs and entity declarations"},
        {"data/core/deep.gml", PCRS_ERR_HOSTILE, "nesting deeper than 64 levels"},
        {"data/validate/not_well_formed.gml", PCRS_ERR_XML, ":24: premature end of the document"},
    };
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        pcrs_reader_options_init(&options);
        options.xml_schema = schema;
        r = open_with(refused[i].path, &cap, &options, &st);
        CHECK_INT(st, refused[i].status);
        CHECK(strncmp(pcrs_reader_errmsg(r), refused[i].path, strlen(refused[i].path)) == 0);
        CHECK(strstr(pcrs_reader_errmsg(r), refused[i].message) != NULL);
        CHECK_INT(cap.errors - cap.schema_errors, 1);
        if (st != refused[i].status || !strstr(pcrs_reader_errmsg(r), refused[i].message))
            fprintf(stderr, "  %s: status %d, message \"%s\"\n", refused[i].path, st,
                    pcrs_reader_errmsg(r));
        pcrs_reader_destroy(r);
        capture_free(&cap);
    }
    xmlSchemaFree(schema);
}

static int lat_long_calls;

static int is_lat_long(void *user, int epsg)
{
    (void)user;
    lat_long_calls++;
    return epsg == 4326;
}

/* The axis-order callback reaches the geometries. */
static void test_axis_order(void)
{
    capture cap = {0};
    pcrs_status st;
    int pt = class_of("AffleurantPointPCRS");
    double env[4] = {0};
    pcrs_reader *r = open_with("data/core/latlong.gml", &cap, NULL, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK(pcrs_reader_extent(r, pt, env));
    CHECK_NEAR(env[0], 48.5, 0.0);
    CHECK_INT(pcrs_reader_epsg(r, pt), 4326);
    pcrs_reader_destroy(r);
    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    options.crs_is_lat_long_order = is_lat_long;
    r = open_with("data/core/latlong.gml", &cap, &options, &st);
    CHECK_INT(st, PCRS_OK);
    CHECK(lat_long_calls > 0);
    CHECK(pcrs_reader_extent(r, pt, env));
    CHECK_NEAR(env[0], 7.7, 0.0);
    CHECK_NEAR(env[1], 48.5, 0.0);
    pcrs_reader_destroy(r);
    capture_free(&cap);
}

static void test_misc(void)
{
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_POINT), 1001);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_CURVE), 1009);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_POLYGON), 1010);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_SURFACE), 1010);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_MULTIPOINT), 1004);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_MULTICURVE), 1011);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_MULTISURFACE), 1012);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_ANY), 0);
    CHECK_INT(pcrs_geometry_type(PCRS_GEOM_NONE), -1);

    pcrs_reader_options options;
    pcrs_reader_options_init(&options);
    CHECK_INT(options.version, PCRS_READER_OPTIONS_VERSION);
    CHECK_INT(options.max_depth, 64);
    CHECK(options.spool_memory_limit == (size_t)2 << 20);

    /* A handle that never opened anything, and bad indices. */
    pcrs_reader *r = pcrs_reader_create(NULL);
    pcrs_feature *f = pcrs_feature_create();
    CHECK_STR(pcrs_reader_errmsg(r), "");
    CHECK_INT(pcrs_reader_total_feature_count(r), 0);
    CHECK_INT(pcrs_reader_feature_count(r, 0), 0);
    CHECK_INT(pcrs_reader_epsg(r, -1), 0);
    double env[4];
    CHECK_INT(pcrs_reader_extent(r, 0, env), 0);
    CHECK_INT(pcrs_reader_read_feature(r, 0, 0, f), PCRS_ERR_ARG);
    CHECK_INT(pcrs_reader_open(r, "data/core/nested.gml"), PCRS_OK);
    CHECK_INT(pcrs_reader_read_feature(r, class_of("SeuilPCRS"), 1, f), PCRS_ERR_ARG);
    CHECK_INT(pcrs_reader_read_feature(r, -1, 0, f), PCRS_ERR_ARG);
    CHECK_INT(pcrs_reader_read_feature(r, 1000, 0, f), PCRS_ERR_ARG);
    CHECK_INT(pcrs_feature_class(f), -1);
    CHECK_INT(pcrs_feature_value_count(f, 0), 0);
    CHECK(pcrs_feature_value(f, 0, 0) == NULL);
    CHECK_INT(pcrs_reader_read_feature(r, class_of("SeuilPCRS"), 0, f), PCRS_OK);
    CHECK(pcrs_feature_value(f, 0, 5) == NULL);
    CHECK(pcrs_feature_value(f, -1, 0) == NULL);
    CHECK(pcrs_feature_value(f, 99, 0) == NULL);
    pcrs_feature_destroy(f);
    pcrs_reader_destroy(r);
    pcrs_reader_destroy(NULL);
    pcrs_feature_destroy(NULL);
}

int main(void)
{
    test_misc();
    test_real_samples();
    test_nested();
    test_values();
    test_failures();
    test_io();
    test_spool();
    test_generated();
    test_schema();
    test_axis_order();
    CHECK_DONE();
}
