/* Unit tests of the PCRS writer (pcrs_writer.h and its internal modules).
 * Run by ctest from autotest/; documents are written under a temporary
 * directory and, when xmllint is installed, validated against the official
 * XSD with the strict GML 3.2.1 schemas. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "pcrs/pcrs_reader.h"
#include "pcrs/pcrs_writer.h"
#include "writer_geometry.h"
#include "writer_ids.h"
#include "writer_values.h"

static char tmp_dir[256];

/* ---- Messages ---- */

typedef struct messages {
    int warnings, errors;
    char last_warning[2048];
    char all[8192];
} messages;

static void on_message(void *user, pcrs_msg_level level, pcrs_status code, const char *message)
{
    (void)code;
    messages *m = (messages *)user;
    if (level == PCRS_MSG_WARNING) {
        m->warnings++;
        snprintf(m->last_warning, sizeof m->last_warning, "%s", message);
    } else if (level == PCRS_MSG_ERROR) {
        m->errors++;
    }
    size_t len = strlen(m->all);
    snprintf(m->all + len, sizeof m->all - len, "%s\n", message);
}

/* ---- WKB construction (little endian) ---- */

typedef struct wkb {
    unsigned char data[8192];
    size_t size;
} wkb;

static void wkb_u32(wkb *w, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        w->data[w->size++] = (unsigned char)(v >> (8 * i));
}

static void wkb_f64(wkb *w, double v)
{
    uint64_t u;
    memcpy(&u, &v, 8);
    for (int i = 0; i < 8; i++)
        w->data[w->size++] = (unsigned char)(u >> (8 * i));
}

static void wkb_header(wkb *w, uint32_t type)
{
    w->data[w->size++] = 1;
    wkb_u32(w, type);
}

/* Point sequence: count, then n × dims doubles. */
static void wkb_points(wkb *w, const double *coords, int n, int dims)
{
    wkb_u32(w, (uint32_t)n);
    for (int i = 0; i < n * dims; i++)
        wkb_f64(w, coords[i]);
}

static void wkb_point(wkb *w, double x, double y, double z, int has_z)
{
    wkb_header(w, has_z ? 1001 : 1);
    wkb_f64(w, x);
    wkb_f64(w, y);
    if (has_z)
        wkb_f64(w, z);
}

/* ---- Files ---- */

static char *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = (char *)malloc((size_t)n + 1);
    size_t got = fread(data, 1, (size_t)n, f);
    fclose(f);
    data[got] = '\0';
    if (size)
        *size = got;
    return data;
}

static int file_exists(const char *path)
{
    return access(path, F_OK) == 0;
}

/* Number of entries of tmp_dir whose name contains `part`. */
static int count_files(const char *part)
{
    DIR *d = opendir(tmp_dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        if (strstr(e->d_name, part))
            n++;
    }
    if (d)
        closedir(d);
    return n;
}

static int have_xmllint(void)
{
    return system("xmllint --version > /dev/null 2>&1") == 0;
}

/* Offline XSD validation with the strict GML 3.2.1 schemas; 0 when valid. */
static int validate(const char *path)
{
    char command[2048];
    snprintf(command, sizeof command,
             "XML_CATALOG_FILES=../data/schemas/catalog.xml xmllint --nonet --noout --stream "
             "--schema ../data/schemas/pcrs/CNIG_PCRS_v2.0.xsd '%s' 2>&1 | grep -v 'parser warning' "
             "| grep -v 'validates$' | grep -v 'Skipping import' >&2; "
             "XML_CATALOG_FILES=../data/schemas/catalog.xml xmllint --nonet --noout --stream "
             "--schema ../data/schemas/pcrs/CNIG_PCRS_v2.0.xsd '%s' > /dev/null 2>&1",
             path, path);
    return system(command);
}

/* ---- Tests of the modules ---- */

static void test_format_double(void)
{
    char text[WRITER_DOUBLE_CHARS];
    writer_format_double(1848495.96, text);
    CHECK_STR(text, "1848495.96");
    writer_format_double(0.1, text);
    CHECK_STR(text, "0.1");
    writer_format_double(-0.5, text);
    CHECK_STR(text, "-0.5");
    writer_format_double(294, text);
    CHECK_STR(text, "294");
    writer_format_double(0, text);
    CHECK_STR(text, "0");
    writer_format_double(1e-20, text);
    CHECK_STR(text, "1e-20");
    writer_format_double(0.1 + 0.2, text);
    CHECK_STR(text, "0.30000000000000004");
    writer_format_double(1.0 / 0.0, text);
    CHECK_STR(text, "INF");
    writer_format_double(-1.0 / 0.0, text);
    CHECK_STR(text, "-INF");
    writer_format_double(0.0 / 0.0, text);
    CHECK_STR(text, "NaN");
    /* Round trip of many doubles, all magnitudes. */
    uint64_t state = 12345;
    int bad = 0;
    for (int i = 0; i < 200000; i++) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        double v;
        if (i % 2) {
            uint64_t bits = state;
            memcpy(&v, &bits, 8);
            if (v != v || v - v != 0)
                continue;
        } else {
            v = (double)(state >> 11) / 9007199254740992.0 * 2e6 - 1e6;
        }
        writer_format_double(v, text);
        if (strtod(text, NULL) != v)
            bad++;
    }
    CHECK_INT(bad, 0);
}

static void test_ncname(void)
{
    CHECK(writer_is_ncname("aff_d80c"));
    CHECK(writer_is_ncname("geom.aff-1"));
    CHECK(!writer_is_ncname("12"));
    CHECK(!writer_is_ncname("a:b"));
    CHECK(!writer_is_ncname(""));
    CHECK(!writer_is_ncname("a b"));
    pcrs_buffer b;
    pcrs_buffer_init(&b);
    CHECK(writer_make_ncname("12", &b) == 0);
    CHECK_STR((const char *)b.data, "_12");
    CHECK(writer_make_ncname("a b:c", &b) == 0);
    CHECK_STR((const char *)b.data, "a_b_c");
    pcrs_buffer_free(&b);
    writer_idset set;
    writer_idset_init(&set);
    int added = 0;
    for (int i = 0; i < 5000; i++) {
        char key[32];
        int n = snprintf(key, sizeof key, "id%d", i);
        added += writer_idset_insert(&set, writer_hash(key, (size_t)n, 0));
    }
    CHECK_INT(added, 5000);
    CHECK(writer_idset_contains(&set, writer_hash("id4999", 6, 0)));
    CHECK(!writer_idset_contains(&set, writer_hash("id5000", 6, 0)));
    CHECK(!writer_idset_contains(&set, writer_hash("id4999", 6, 1)));
    CHECK_INT(writer_idset_insert(&set, writer_hash("id7", 3, 0)), 0);
    writer_idset_free(&set);
}

static const pcrs_property *property(const char *class_name, const char *name)
{
    const pcrs_class *cls = pcrs_model_class(pcrs_model_find_class_nocase(class_name));
    return &cls->properties[pcrs_model_find_property(cls, name)];
}

/* Lexical form of a value; NULL on error (message in err). */
static const char *lexical(const pcrs_property *prop, writer_value v, char *err)
{
    static pcrs_buffer out;
    pcrs_buffer_free(&out);
    writer_lexical_result r = writer_lexical(prop, &v, PCRS_HREF_HASH, &out, err, 1024);
    if (r == WRITER_LEXICAL_ABSENT)
        return "(absent)";
    return r == WRITER_LEXICAL_OK ? (const char *)out.data : NULL;
}

static writer_value text_value(const char *s)
{
    writer_value v = {WRITER_VALUE_STRING, s, 0, 0, 0, 0, 0};
    return v;
}

static writer_value int_value(int64_t i)
{
    writer_value v = {WRITER_VALUE_INTEGER, NULL, i, 0, 0, 0, 0};
    return v;
}

static writer_value real_value(double d)
{
    writer_value v = {WRITER_VALUE_REAL, NULL, 0, d, 0, 0, 0};
    return v;
}

static void test_lexical(void)
{
    char err[1024];
    const pcrs_property *precision = property("MurPCRS", "precisionPlanimetrique");
    const pcrs_property *thematique = property("MurPCRS", "thematique");
    const pcrs_property *reseau = property("AffleurantPCRS", "reseau");
    const pcrs_property *date = property("MurPCRS", "dateLeve");
    const pcrs_property *transparence = property("MasqueOpacitePCRS", "transparence");
    const pcrs_property *angle = property("ArbrePCRS", "idObjet");
    const pcrs_property *rotation = property("HabillageSymbolePCRS", "angleRotation");
    const pcrs_property *link = property("AffleurantPCRS", "representation");

    /* Codes: integers get their leading zeros back, from the code list. */
    CHECK_STR(lexical(precision, int_value(5), err), "005");
    CHECK_STR(lexical(precision, real_value(10), err), "010");
    CHECK_STR(lexical(thematique, int_value(3), err), "03");
    CHECK_STR(lexical(precision, text_value(" 005 "), err), "005");
    CHECK(lexical(precision, int_value(7), err) == NULL);
    CHECK(strstr(err, "'7'") == NULL &&
          strstr(err, "7 is not a value of the enumeration CategoriePrecisionPCRSType") != NULL);
    CHECK(strstr(err, "allowed: 002, 005, 010, 040, 150, 999") != NULL);
    CHECK(lexical(precision, text_value("5"), err) == NULL);
    CHECK(lexical(precision, text_value("other: truc"), err) == NULL);
    CHECK_STR(lexical(precision, text_value(""), err), "(absent)");
    /* Extensible code list: extensions accepted, listed in the message. */
    CHECK_STR(lexical(reseau, text_value("ELECECL"), err), "ELECECL");
    CHECK_STR(lexical(reseau, text_value("other: fibre"), err), "other: fibre");
    CHECK_STR(lexical(reseau, int_value(0), err), "00");
    CHECK(lexical(reseau, text_value("FIBRE"), err) == NULL);
    CHECK(strstr(err, "code list NatureReseauPCRSType") &&
          strstr(err, "or an extension 'other: <text without spaces or punctuation>'"));
    /* Dates. */
    writer_value d = {WRITER_VALUE_DATE, NULL, 0, 0, 2020, 1, 2};
    CHECK_STR(lexical(date, d, err), "2020-01-02");
    CHECK_STR(lexical(date, text_value("2020/01/02"), err), "2020-01-02");
    CHECK_STR(lexical(date, text_value("2020-01-02T10:00:00Z"), err), "2020-01-02");
    CHECK(lexical(date, text_value("2020-02-30"), err) == NULL);
    CHECK(strstr(err, "'2020-02-30' is not a date (YYYY-MM-DD)") != NULL);
    d.month = 13;
    CHECK(lexical(date, d, err) == NULL);
    /* Integers and doubles. */
    CHECK_STR(lexical(transparence, int_value(40), err), "40");
    CHECK_STR(lexical(transparence, real_value(40), err), "40");
    CHECK_STR(lexical(transparence, text_value(" -12 "), err), "-12");
    CHECK(lexical(transparence, real_value(40.5), err) == NULL);
    CHECK(strstr(err, "40.5 is not an integer") != NULL);
    CHECK(lexical(transparence, text_value("12a"), err) == NULL);
    CHECK_STR(lexical(rotation, real_value(12.25), err), "12.25");
    CHECK_STR(lexical(rotation, text_value("1.5E3"), err), "1.5E3");
    CHECK_STR(lexical(rotation, text_value("+INF"), err), "INF");
    CHECK_STR(lexical(rotation, int_value(7), err), "7");
    CHECK(lexical(rotation, text_value("1,5"), err) == NULL);
    CHECK(lexical(rotation, text_value("0x10"), err) == NULL);
    /* Strings: any valid UTF-8 without XML-forbidden characters. */
    CHECK_STR(lexical(angle, text_value("Métropole de Lyon"), err), "Métropole de Lyon");
    CHECK_STR(lexical(angle, text_value(""), err), "");
    CHECK(lexical(angle,
                  text_value("a\x01"
                             "b"),
                  err) == NULL);
    CHECK(strstr(err, "control character") != NULL);
    CHECK(lexical(angle, text_value("caf\xe9"), err) == NULL);
    CHECK(strstr(err, "not UTF-8") != NULL);
    /* Links: "#id", repaired like ids, URIs as they are. */
    CHECK_STR(lexical(link, text_value("geom.aff_1"), err), "#geom.aff_1");
    CHECK_STR(lexical(link, text_value("#geom.aff_1"), err), "#geom.aff_1");
    CHECK_STR(lexical(link, text_value("12"), err), "#_12");
    CHECK_STR(lexical(link, text_value("other.gml#x"), err), "other.gml#x");
    CHECK_STR(lexical(link, text_value(""), err), "(absent)");
    CHECK(lexical(link, int_value(3), err) == NULL);
}

static void test_matching(void)
{
    const pcrs_class *mur = pcrs_model_class(pcrs_model_find_class_nocase("MurPCRS"));
    const pcrs_class *aff = pcrs_model_class(pcrs_model_find_class_nocase("AffleurantPCRS"));
    const pcrs_class *sym = pcrs_model_class(pcrs_model_find_class_nocase("HabillageSymbolePCRS"));
    CHECK_INT(pcrs_writer_match_field(mur, "precisionPlanimetrique"),
              pcrs_model_find_property(mur, "precisionPlanimetrique"));
    CHECK_INT(pcrs_writer_match_field(mur, "Précision_Planimétrique"),
              pcrs_model_find_property(mur, "precisionPlanimetrique"));
    CHECK_INT(pcrs_writer_match_field(mur, "PRECISION PLANIMETRIQUE"),
              pcrs_model_find_property(mur, "precisionPlanimetrique"));
    CHECK_INT(pcrs_writer_match_field(mur, "precisionA"),
              pcrs_model_find_property(mur, "precisionAltimetrique"));
    CHECK_INT(pcrs_writer_match_field(mur, "qualiteCat"),
              pcrs_model_find_property(mur, "qualiteCategorisation"));
    CHECK_INT(pcrs_writer_match_field(mur, "precision"), -1);
    CHECK_INT(pcrs_writer_match_field(mur, "date_levé"), pcrs_model_find_property(mur, "dateLeve"));
    CHECK_INT(pcrs_writer_match_field(mur, "geometrie"), -1);
    CHECK_INT(pcrs_writer_match_field(mur, "couleur"), -1);
    CHECK_INT(pcrs_writer_match_field(aff, "representation_href"),
              pcrs_model_find_property(aff, "representation"));
    CHECK_INT(pcrs_writer_match_field(sym, "LONGUEUR_MM"), pcrs_model_find_property(sym, "longueur_mm"));
    /* No two properties of a class fold to the same name. */
    int clashes = 0;
    for (int c = 0; c < pcrs_model_class_count(); c++) {
        const pcrs_class *cls = pcrs_model_class(c);
        for (int i = 0; i < cls->property_count; i++) {
            if (cls->properties[i].type != PCRS_VALUE_GEOMETRY &&
                pcrs_writer_match_field(cls, cls->properties[i].name) != i)
                clashes++;
        }
    }
    CHECK_INT(clashes, 0);
    char option[64];
    pcrs_writer_option_name("precisionPlanimetrique", option, sizeof option);
    CHECK_STR(option, "PRECISION_PLANIMETRIQUE");
    pcrs_writer_option_name("idPCRS", option, sizeof option);
    CHECK_STR(option, "ID_PCRS");
    pcrs_writer_option_name("longueur_mm", option, sizeof option);
    CHECK_STR(option, "LONGUEUR_MM");
    pcrs_writer_option_name("precisionXY", option, sizeof option);
    CHECK_STR(option, "PRECISION_XY");
    CHECK_INT(pcrs_writer_option_name("producteur", option, 4), 10);
    CHECK_STR(option, "PRO");
}

static int simple_id(void *user, int n, pcrs_buffer *out)
{
    char text[32];
    int len = snprintf(text, sizeof text, "%s.g%d", (const char *)user, n);
    return pcrs_buffer_append(out, text, (size_t)len);
}

/* GML of a WKB for a geometry kind; NULL on error (message in err). */
static const char *to_gml(const wkb *w, pcrs_geometry_kind kind, writer_envelope *env, char *err)
{
    static pcrs_buffer out;
    pcrs_buffer_free(&out);
    writer_geometry_context ctx = {"EPSG:3946", simple_id, (void *)"f"};
    int dropped_m = 0;
    writer_envelope local;
    writer_envelope_init(&local);
    writer_geometry_result r =
        writer_geometry_to_gml(w->data, w->size, kind, &ctx, &out, env ? env : &local, &dropped_m, err, 1024);
    if (r == WRITER_GEOMETRY_EMPTY)
        return "(empty)";
    if (r != WRITER_GEOMETRY_OK)
        return NULL;
    pcrs_buffer_append_u8(&out, 0);
    return (const char *)out.data;
}

static void test_geometry(void)
{
    char err[1024];
    wkb w = {{0}, 0};
    writer_envelope env;

    wkb_point(&w, 1848495.96, 5181768.66, 294.22, 1);
    CHECK_STR(to_gml(&w, PCRS_GEOM_POINT, NULL, err),
              "<gml:Point gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"3\">"
              "<gml:pos>1848495.96 5181768.66 294.22</gml:pos></gml:Point>");
    /* A point where points are expected: a one-member MultiPoint. */
    CHECK_STR(to_gml(&w, PCRS_GEOM_MULTIPOINT, NULL, err),
              "<gml:MultiPoint gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"3\"><gml:pointMember>"
              "<gml:Point gml:id=\"f.g1\"><gml:pos>1848495.96 5181768.66 294.22</gml:pos></gml:Point>"
              "</gml:pointMember></gml:MultiPoint>");
    CHECK(to_gml(&w, PCRS_GEOM_CURVE, NULL, err) == NULL);
    CHECK_STR(err, "a Point cannot be written as gml:CurvePropertyType (one curve)");

    /* 2D line string. */
    double line[] = {0, 0, 10, 0, 10, 5};
    w.size = 0;
    wkb_header(&w, 2);
    wkb_points(&w, line, 3, 2);
    CHECK_STR(to_gml(&w, PCRS_GEOM_CURVE, NULL, err),
              "<gml:LineString gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"2\">"
              "<gml:posList>0 0 10 0 10 5</gml:posList></gml:LineString>");

    /* A single-part MultiLineString to a curve; two parts are refused. */
    w.size = 0;
    wkb_header(&w, 5);
    wkb_u32(&w, 1);
    wkb_header(&w, 2);
    wkb_points(&w, line, 3, 2);
    CHECK(to_gml(&w, PCRS_GEOM_CURVE, NULL, err) != NULL &&
          strncmp(to_gml(&w, PCRS_GEOM_CURVE, NULL, err), "<gml:LineString gml:id=\"f.g0\" srsName", 37) ==
              0);
    w.size = 0;
    wkb_header(&w, 5);
    wkb_u32(&w, 2);
    wkb_header(&w, 2);
    wkb_points(&w, line, 3, 2);
    wkb_header(&w, 2);
    wkb_points(&w, line, 2, 2);
    CHECK(to_gml(&w, PCRS_GEOM_CURVE, NULL, err) == NULL);
    CHECK_STR(err, "a MultiLineString of 2 parts cannot be written as gml:CurvePropertyType (one curve)");
    CHECK(strstr(to_gml(&w, PCRS_GEOM_MULTICURVE, NULL, err),
                 "<gml:curveMember><gml:LineString gml:id=\"f.g2\">") != NULL);

    /* Compound curve Z: straight part and an arc; envelope includes the arc's bulge. */
    double straight[] = {0, 0, 1, 10, 0, 2};
    double arc[] = {10, 0, 2, 15, 5, 3, 20, 0, 4};
    w.size = 0;
    wkb_header(&w, 1009);
    wkb_u32(&w, 2);
    wkb_header(&w, 1002);
    wkb_points(&w, straight, 2, 3);
    wkb_header(&w, 1008);
    wkb_points(&w, arc, 3, 3);
    writer_envelope_init(&env);
    CHECK_STR(to_gml(&w, PCRS_GEOM_CURVE, &env, err),
              "<gml:Curve gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"3\"><gml:segments>"
              "<gml:LineStringSegment><gml:posList>0 0 1 10 0 2</gml:posList></gml:LineStringSegment>"
              "<gml:Arc><gml:posList>10 0 2 15 5 3 20 0 4</gml:posList></gml:Arc>"
              "</gml:segments></gml:Curve>");
    CHECK(env.has_xy && env.has_z);
    CHECK_NEAR(env.xy[0], 0, 1e-9);
    CHECK_NEAR(env.xy[3], 5, 1e-9);
    CHECK_NEAR(env.z[0], 1, 0);
    CHECK_NEAR(env.z[1], 4, 0);
    /* An arc below the chord: the envelope goes down to the circle. */
    double low_arc[] = {0, 0, 5, -5, 10, 0};
    w.size = 0;
    wkb_header(&w, 8);
    wkb_points(&w, low_arc, 3, 2);
    writer_envelope_init(&env);
    CHECK(strstr(to_gml(&w, PCRS_GEOM_CURVE, &env, err), "<gml:Arc>") != NULL);
    CHECK_NEAR(env.xy[1], -5, 1e-9);

    /* Curve polygon with a compound ring: Polygon/exterior/Ring/curveMember/Curve. */
    double ring_line[] = {0, 0, 10, 0};
    double ring_arc[] = {10, 0, 5, 5, 0, 0};
    w.size = 0;
    wkb_header(&w, 10);
    wkb_u32(&w, 1);
    wkb_header(&w, 9);
    wkb_u32(&w, 2);
    wkb_header(&w, 2);
    wkb_points(&w, ring_line, 2, 2);
    wkb_header(&w, 8);
    wkb_points(&w, ring_arc, 3, 2);
    CHECK_STR(
        to_gml(&w, PCRS_GEOM_POLYGON, NULL, err),
        "<gml:Polygon gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"2\"><gml:exterior><gml:Ring>"
        "<gml:curveMember><gml:Curve gml:id=\"f.g1\"><gml:segments><gml:LineStringSegment>"
        "<gml:posList>0 0 10 0</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList>10 0 5 5 0 0"
        "</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior>"
        "</gml:Polygon>");
    /* Polygon with a hole, as a one-member MultiSurface. */
    double outer[] = {0, 0, 10, 0, 10, 10, 0, 10, 0, 0};
    double hole[] = {2, 2, 3, 2, 3, 3, 2, 2};
    w.size = 0;
    wkb_header(&w, 3);
    wkb_u32(&w, 2);
    wkb_points(&w, outer, 5, 2);
    wkb_points(&w, hole, 4, 2);
    CHECK_STR(
        to_gml(&w, PCRS_GEOM_MULTISURFACE, NULL, err),
        "<gml:MultiSurface gml:id=\"f.g0\" srsName=\"EPSG:3946\" srsDimension=\"2\"><gml:surfaceMember>"
        "<gml:Polygon gml:id=\"f.g1\"><gml:exterior><gml:LinearRing><gml:posList>0 0 10 0 10 10 0 10 0 0"
        "</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>"
        "2 2 3 2 3 3 2 2</gml:posList></gml:LinearRing></gml:interior></gml:Polygon></gml:surfaceMember>"
        "</gml:MultiSurface>");
    /* Unclosed ring. */
    double open_ring[] = {0, 0, 10, 0, 10, 10, 0, 10};
    w.size = 0;
    wkb_header(&w, 3);
    wkb_u32(&w, 1);
    wkb_points(&w, open_ring, 4, 2);
    CHECK(to_gml(&w, PCRS_GEOM_POLYGON, NULL, err) == NULL);
    CHECK(strstr(err, "not closed") != NULL);
    /* Empty geometries are null geometries. */
    w.size = 0;
    wkb_header(&w, 3);
    wkb_u32(&w, 0);
    CHECK_STR(to_gml(&w, PCRS_GEOM_POLYGON, NULL, err), "(empty)");
    w.size = 0;
    wkb_point(&w, 0.0 / 0.0, 0.0 / 0.0, 0, 0);
    CHECK_STR(to_gml(&w, PCRS_GEOM_POINT, NULL, err), "(empty)");
    /* Broken WKB: truncated, absurd counts, wrong byte order marker, trailing bytes. */
    wkb_point(&w, 1, 2, 3, 1);
    w.size = 10;
    CHECK(to_gml(&w, PCRS_GEOM_POINT, NULL, err) == NULL);
    CHECK_STR(err, "the WKB is truncated");
    w.size = 0;
    wkb_header(&w, 2);
    wkb_u32(&w, 0x7fffffff);
    CHECK(to_gml(&w, PCRS_GEOM_CURVE, NULL, err) == NULL);
    w.size = 0;
    wkb_header(&w, 6);
    wkb_u32(&w, 0x7fffffff);
    CHECK(to_gml(&w, PCRS_GEOM_MULTISURFACE, NULL, err) == NULL);
    w.size = 0;
    wkb_point(&w, 1, 2, 0, 0);
    w.data[0] = 7;
    CHECK(to_gml(&w, PCRS_GEOM_POINT, NULL, err) == NULL);
    w.size = 0;
    wkb_point(&w, 1, 2, 0, 0);
    w.data[w.size++] = 0;
    CHECK(to_gml(&w, PCRS_GEOM_POINT, NULL, err) == NULL);
    CHECK_STR(err, "the WKB has 1 bytes after the geometry");
    /* Deep nesting is refused, not a stack overflow. */
    w.size = 0;
    for (int i = 0; i < 100; i++) {
        wkb_header(&w, 7);
        wkb_u32(&w, 1);
    }
    wkb_point(&w, 1, 2, 0, 0);
    CHECK(to_gml(&w, PCRS_GEOM_ANY, NULL, err) == NULL);
    CHECK_STR(err, "the WKB is nested too deeply");
    /* Big endian WKB, M dropped. */
    w.size = 0;
    unsigned char be_point_m[] = {0,    0,    0, 0x07, 0xD1, /* 2001: Point M */
                                  0x3F, 0xF0, 0, 0,    0,    0,    0, 0, 0x40, 0, 0, 0,
                                  0,    0,    0, 0,    0x40, 0x08, 0, 0, 0,    0, 0, 0};
    memcpy(w.data, be_point_m, sizeof be_point_m);
    w.size = sizeof be_point_m;
    CHECK(strstr(to_gml(&w, PCRS_GEOM_POINT, NULL, err), "<gml:pos>1 2</gml:pos>") != NULL);
    /* A collection for the generic geometry property. */
    w.size = 0;
    wkb_header(&w, 7);
    wkb_u32(&w, 2);
    wkb_point(&w, 1, 2, 0, 0);
    wkb_header(&w, 2);
    wkb_points(&w, line, 3, 2);
    CHECK(strstr(to_gml(&w, PCRS_GEOM_ANY, NULL, err), "<gml:MultiGeometry gml:id=\"f.g0\"") != NULL);
    /* Triangulated surfaces only where surfaces may be several. */
    w.size = 0;
    wkb_header(&w, 16);
    wkb_u32(&w, 0);
    CHECK(to_gml(&w, PCRS_GEOM_POINT, NULL, err) == NULL);
    CHECK(strstr(err, "TIN") != NULL);
}

/* ---- A whole document ---- */

/* Direct mode on stdio: the header is written in place at the end. */
static int stdio_patch(void *user, void *handle, uint64_t offset, const void *data, size_t size)
{
    (void)user;
    FILE *f = (FILE *)handle;
    int ok = fseek(f, (long)offset, SEEK_SET) == 0 && fwrite(data, 1, size, f) == size;
    return fseek(f, 0, SEEK_END) == 0 && ok ? 0 : -1;
}

static int direct_mode;

static pcrs_writer *new_writer(messages *m, const pcrs_io *io)
{
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.on_message = on_message;
    options.message_user = m;
    options.io = io;
    options.document_id = "doc.1";
    if (direct_mode)
        options.patch = stdio_patch;
    return pcrs_writer_create(&options);
}

static int prop_of(pcrs_writer_layer *layer, const char *field)
{
    int p;
    if (pcrs_writer_layer_add_field(layer, field, &p) != PCRS_OK)
        return -100;
    return p;
}

/* Writes a document with features of many classes; returns the status of finish. */
static pcrs_status write_sample(const char *path, messages *m)
{
    pcrs_writer *w = new_writer(m, NULL);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    pcrs_wfeature *f = pcrs_wfeature_create();
    wkb g = {{0}, 0};

    /* ArbrePCRS: integers for codes, defaults from options, gml_id kept. */
    pcrs_writer_layer *arbres;
    CHECK(pcrs_writer_add_layer(w, "arbrepcrs", NULL, 3946, &arbres) == PCRS_OK);
    CHECK(pcrs_writer_layer_set_default(arbres, "producteur", "Métropole de Lyon") == PCRS_OK);
    CHECK(pcrs_writer_layer_set_default(arbres, "qualiteCategorisation", "01") == PCRS_OK);
    CHECK(pcrs_writer_layer_set_default(arbres, "couleur", "x") == PCRS_ERR_ARG); /* not fatal */
    int f_id = prop_of(arbres, "gml_id");
    int f_prec = prop_of(arbres, "Précision_Planimétrique");
    int f_date = prop_of(arbres, "date_leve");
    int f_ref = prop_of(arbres, "reference");
    int f_extra = prop_of(arbres, "couleur");
    CHECK_INT(f_id, PCRS_FIELD_GML_ID);
    CHECK(f_prec >= 0 && f_date >= 0 && f_ref >= 0);
    CHECK_INT(f_extra, PCRS_FIELD_UNMATCHED);
    for (int i = 0; i < 3; i++) {
        pcrs_wfeature_clear(f);
        pcrs_wfeature_set_source_index(f, i + 1);
        if (i == 0)
            pcrs_wfeature_set_id(f, "arbre.A");
        if (i == 1)
            pcrs_wfeature_set_id(f, "arbre.A"); /* duplicate: regenerated, warned */
        pcrs_wfeature_add_integer(f, f_prec, 5);
        pcrs_wfeature_add_date(f, f_date, 2020, 1, 2 + i);
        pcrs_wfeature_add_string(f, f_ref, i == 2 ? "" : "Platanus");
        g.size = 0;
        wkb_point(&g, 1848495.96 + i, 5181768.66, 294.22, 1);
        pcrs_wfeature_set_geometry(f, g.data, g.size);
        CHECK(pcrs_writer_write_feature(w, arbres, f) == PCRS_OK);
        if (i == 0)
            CHECK(strstr(m->last_warning, "field(s) couleur match no property of ArbrePCRS") != NULL);
    }
    CHECK(strstr(m->all, "gml:id 'arbre.A' is already used") != NULL);

    /* AffleurantPCRS and its representation: links, no geometry. */
    pcrs_writer_layer *aff, *geo, *env;
    CHECK(pcrs_writer_add_layer(w, "affleurants", "AffleurantPCRS", 3946, &aff) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "AffleurantGeometriquePCRS", NULL, 0, &geo) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "AffleurantEnveloppePCRS", NULL, 3946, &env) == PCRS_OK);
    pcrs_writer_layer_set_default(aff, "producteur", "Immergis");
    pcrs_writer_layer_set_default(aff, "qualiteCategorisation", "01");
    pcrs_writer_layer_set_default(aff, "precisionPlanimetrique", "005");
    int a_id = prop_of(aff, "gml_id"), a_repr = prop_of(aff, "representation_href"),
        a_reseau = prop_of(aff, "reseau");
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "aff.1");
    pcrs_wfeature_add_string(f, a_repr, "geom.aff.1");
    pcrs_wfeature_add_string(f, a_reseau, "other: fibre");
    (void)a_id;
    CHECK(pcrs_writer_write_feature(w, aff, f) == PCRS_OK);
    int g_env = prop_of(geo, "enveloppe");
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "geom.aff.1");
    pcrs_wfeature_add_string(f, g_env, "env.1");
    pcrs_wfeature_add_string(f, g_env, "env.2");
    CHECK(pcrs_writer_write_feature(w, geo, f) == PCRS_OK);
    /* Envelope with a curve ring, and one without geometry (empty property allowed). */
    double ring_line[] = {1848490, 5181760, 290, 1848500, 5181760, 290};
    double ring_arc[] = {1848500, 5181760, 290, 1848495, 5181765, 291, 1848490, 5181760, 290};
    g.size = 0;
    wkb_header(&g, 1010);
    wkb_u32(&g, 1);
    wkb_header(&g, 1009);
    wkb_u32(&g, 2);
    wkb_header(&g, 1002);
    wkb_points(&g, ring_line, 2, 3);
    wkb_header(&g, 1008);
    wkb_points(&g, ring_arc, 3, 3);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "env.1");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK(pcrs_writer_write_feature(w, env, f) == PCRS_OK);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "env.2");
    CHECK(pcrs_writer_write_feature(w, env, f) == PCRS_OK);

    /* MasqueOpacitePCRS: transparence before geometrie, raster link mandatory. */
    pcrs_writer_layer *masque;
    CHECK(pcrs_writer_add_layer(w, "masques", "masqueopacitepcrs", 3946, &masque) == PCRS_OK);
    int m_tr = prop_of(masque, "transparence"), m_raster = prop_of(masque, "raster");
    double square[] = {1848480, 5181750, 1848510, 5181750, 1848510, 5181780, 1848480, 5181750};
    g.size = 0;
    wkb_header(&g, 3);
    wkb_u32(&g, 1);
    wkb_points(&g, square, 4, 2);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_add_real(f, m_tr, 40);
    pcrs_wfeature_add_string(f, m_raster, "raster.1");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK(pcrs_writer_write_feature(w, masque, f) == PCRS_OK);

    /* LimiteVoiriePCRS from a one-part MultiLineString; EmpriseEchangePCRS 2D. */
    pcrs_writer_layer *limite, *emprise;
    CHECK(pcrs_writer_add_layer(w, "LimiteVoiriePCRS", NULL, 3946, &limite) == PCRS_OK);
    pcrs_writer_layer_set_default(limite, "PRODUCTEUR", "Etudis");
    pcrs_writer_layer_set_default(limite, "QUALITE_CATEGORISATION", "01");
    pcrs_writer_layer_set_default(limite, "PRECISION_PLANIMETRIQUE", "010");
    double line[] = {1848480, 5181750, 290.5, 1848520, 5181790, 291.25};
    g.size = 0;
    wkb_header(&g, 1005);
    wkb_u32(&g, 1);
    wkb_header(&g, 1002);
    wkb_points(&g, line, 2, 3);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK(pcrs_writer_write_feature(w, limite, f) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "EmpriseEchangePCRS", NULL, 3946, &emprise) == PCRS_OK);
    int e_four = prop_of(emprise, "fournisseur"), e_date = prop_of(emprise, "datePublication"),
        e_obj = prop_of(emprise, "objet");
    double zone[] = {1848000, 5181000, 1849000, 5181000, 1849000,
                     5182000, 1848000, 5182000, 1848000, 5181000};
    g.size = 0;
    wkb_header(&g, 3);
    wkb_u32(&g, 1);
    wkb_points(&g, zone, 5, 2);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_add_string(f, e_four, "Métropole & <Lyon>");
    pcrs_wfeature_add_string(f, e_date, "2020/07/16");
    pcrs_wfeature_add_string(f, e_obj, "arbre.A");
    pcrs_wfeature_add_string(f, e_obj, "aff.1");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK(pcrs_writer_write_feature(w, emprise, f) == PCRS_OK);

    /* PCRS-INFO: InitiativePCRS, in the pcrs-i namespace. */
    pcrs_writer_layer *init;
    CHECK(pcrs_writer_add_layer(w, "InitiativePCRS", NULL, 0, &init) == PCRS_OK);
    int i_count = 0;
    const pcrs_class *init_cls = pcrs_model_class(pcrs_writer_layer_class(init));
    pcrs_wfeature_clear(f);
    for (int i = 0; i < init_cls->property_count; i++) {
        const pcrs_property *p = &init_cls->properties[i];
        if (p->type == PCRS_VALUE_STRING && p->min_occurs > 0) {
            pcrs_wfeature_add_string(f, prop_of(init, p->name), "x");
            i_count++;
        }
    }
    g.size = 0;
    wkb_header(&g, 6);
    wkb_u32(&g, 1);
    wkb_header(&g, 3);
    wkb_u32(&g, 1);
    wkb_points(&g, zone, 5, 2);
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    pcrs_status s = pcrs_writer_write_feature(w, init, f);
    CHECK_INT(s, PCRS_OK);
    if (s != PCRS_OK)
        fprintf(stderr, "%s\n", pcrs_writer_errmsg(w));

    CHECK_INT(pcrs_writer_feature_count(w), 11);
    pcrs_status status = pcrs_writer_finish(w);
    if (status != PCRS_OK)
        fprintf(stderr, "%s\n", pcrs_writer_errmsg(w));
    pcrs_wfeature_destroy(f);
    pcrs_writer_destroy(w);
    return status;
}

/* The same document in direct mode: only the padding after the header differs. */
static void test_direct_mode(void)
{
    char spool_path[512], direct_path[512];
    snprintf(spool_path, sizeof spool_path, "%s/sample.gml", tmp_dir);
    snprintf(direct_path, sizeof direct_path, "%s/direct.gml", tmp_dir);
    messages m = {0, 0, "", ""};
    direct_mode = 1;
    CHECK_INT(write_sample(direct_path, &m), PCRS_OK);
    direct_mode = 0;
    CHECK_INT(count_files(".tmp-"), 0);

    /* A prefix that cannot start a name is dropped, with a warning. */
    pcrs_writer_options prefixed;
    pcrs_writer_options_init(&prefixed);
    prefixed.gml_id_prefix = "1-";
    prefixed.on_message = on_message;
    prefixed.message_user = &m;
    pcrs_writer *pw = pcrs_writer_create(&prefixed);
    char prefixed_path[512];
    snprintf(prefixed_path, sizeof prefixed_path, "%s/prefixed.gml", tmp_dir);
    CHECK(pcrs_writer_open(pw, prefixed_path) == PCRS_OK);
    CHECK(strstr(m.last_warning, "'1-' cannot start an XML NCName: no prefix for the generated gml:ids") !=
          NULL);
    CHECK_INT(pcrs_writer_finish(pw), PCRS_OK);
    pcrs_writer_destroy(pw);
    char *prefixed_xml = read_file(prefixed_path, NULL);
    CHECK(prefixed_xml && strstr(prefixed_xml, "gml:id=\"PlanCorpsRueSimplifie.1\"") != NULL);
    free(prefixed_xml);
    remove(prefixed_path);

    size_t spool_size, direct_size;
    char *spool = read_file(spool_path, &spool_size), *direct = read_file(direct_path, &direct_size);
    CHECK(spool && direct);
    if (spool && direct) {
        const char *mark = "</gml:boundedBy>";
        char *a = strstr(spool, mark), *b = strstr(direct, mark);
        CHECK(a && b && a - spool == b - direct && memcmp(spool, direct, (size_t)(a - spool)) == 0);
        if (a && b) {
            a += strlen(mark);
            b += strlen(mark);
            size_t pad = 0;
            while (b[pad] == ' ')
                pad++;
            CHECK(pad > 0 && pad < 400);
            CHECK_INT(direct_size - spool_size, pad);
            CHECK(strcmp(a, b + pad) == 0);
        }
    }
    free(spool);
    free(direct);
    if (have_xmllint())
        CHECK_INT(validate(direct_path), 0);

    /* A root id given after open must fit in the room kept for it. */
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.patch = stdio_patch;
    pcrs_writer *w = pcrs_writer_create(&options);
    CHECK(pcrs_writer_open(w, direct_path) == PCRS_OK);
    char long_id[400];
    memset(long_id, 'a', sizeof long_id - 1);
    long_id[sizeof long_id - 1] = '\0';
    CHECK_INT(pcrs_writer_set_document_id(w, long_id), PCRS_ERR_ARG);
    CHECK(strstr(pcrs_writer_errmsg(w), "cannot be the document's gml:id: longer than") != NULL);
    long_id[200] = '\0';
    CHECK_INT(pcrs_writer_set_document_id(w, long_id), PCRS_OK);
    CHECK_INT(pcrs_writer_finish(w), PCRS_OK);
    pcrs_writer_destroy(w);
    char *xml = read_file(direct_path, NULL);
    CHECK(xml && strstr(xml, long_id) != NULL &&
          strstr(xml, "<gml:Null>missing</gml:Null></gml:boundedBy>") != NULL);
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(direct_path), 0);
    remove(direct_path);
}

static void test_document(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/sample.gml", tmp_dir);
    messages m = {0, 0, "", ""};
    CHECK_INT(write_sample(path, &m), PCRS_OK);
    CHECK(file_exists(path));
    CHECK_INT(count_files(".tmp-"), 0);
    char *xml = read_file(path, NULL);
    CHECK(xml != NULL);
    if (!xml)
        return;
    const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pcrs:PlanCorpsRueSimplifie ";
    CHECK(strncmp(xml, head, strlen(head)) == 0);
    CHECK(strstr(xml, "gml:id=\"doc.1\" version=\"2.0\"") != NULL);
    CHECK(strstr(xml, "xsi:schemaLocation=\"http://cnig.gouv.fr/pcrs "
                      "https://cnigfr.github.io/PCRS/schemas/CNIG_PCRS_v2.0.xsd\"") != NULL);
    /* Envelope of everything: the 2D emprise and the Z range of the 3D geometries. */
    CHECK(strstr(xml,
                 "<gml:Envelope srsName=\"EPSG:3946\" srsDimension=\"3\"><gml:lowerCorner>1848000 5181000 290"
                 "</gml:lowerCorner><gml:upperCorner>1849000 5182000 294.22</gml:upperCorner>") != NULL);
    CHECK(strstr(xml, "<pcrs:ArbrePCRS gml:id=\"arbre.A\">") != NULL);
    CHECK(strstr(xml, "<pcrs:ArbrePCRS gml:id=\"ArbrePCRS.1\">") != NULL);
    CHECK(strstr(xml, "<pcrs:idObjet>arbre.A</pcrs:idObjet>") != NULL);
    CHECK(strstr(xml, "<pcrs:precisionPlanimetrique>005</pcrs:precisionPlanimetrique>") != NULL);
    CHECK(strstr(xml, "<pcrs:thematique>06</pcrs:thematique>") != NULL);
    CHECK(strstr(xml, "<pcrs:producteur>Métropole de Lyon</pcrs:producteur>") != NULL);
    CHECK(strstr(xml, "<pcrs:reference/>") != NULL);
    CHECK(strstr(xml, "<pcrs:representation xlink:href=\"#geom.aff.1\"/>") != NULL);
    CHECK(strstr(xml, "<pcrs:reseau>other: fibre</pcrs:reseau>") != NULL);
    CHECK(strstr(xml, "<pcrs:geometrie/>") != NULL);
    CHECK(strstr(xml, "<pcrs:transparence>40</pcrs:transparence>\n      <pcrs:geometrie><gml:Polygon") !=
          NULL);
    CHECK(strstr(xml, "<pcrs:fournisseur>Métropole &amp; &lt;Lyon&gt;</pcrs:fournisseur>") != NULL);
    CHECK(strstr(xml, "<pcrs:datePublication>2020-07-16</pcrs:datePublication>") != NULL);
    CHECK(strstr(xml, "<pcrs:featureMember>\n    <pcrs-i:InitiativePCRS gml:id=\"InitiativePCRS.1\">") !=
          NULL);
    CHECK(strstr(xml, "<pcrs:idEmprise>EmpriseEchangePCRS.1</pcrs:idEmprise>") != NULL);
    CHECK(strstr(xml, "</pcrs:PlanCorpsRueSimplifie>\n") != NULL);
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(path), 0);
    else
        printf("xmllint not found: XSD validation skipped\n");
}

/* The document read back with the reader gives the values written. */
static void test_read_back(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/sample.gml", tmp_dir);
    pcrs_reader *r = pcrs_reader_create(NULL);
    CHECK(r != NULL);
    pcrs_status s = pcrs_reader_open(r, path);
    CHECK_INT(s, PCRS_OK);
    if (s != PCRS_OK) {
        fprintf(stderr, "%s\n", pcrs_reader_errmsg(r));
        pcrs_reader_destroy(r);
        return;
    }
    CHECK_STR(pcrs_reader_document_id(r), "doc.1");
    CHECK_INT(pcrs_reader_total_feature_count(r), 11);
    int arbre = pcrs_model_find_class_nocase("ArbrePCRS");
    CHECK_INT(pcrs_reader_feature_count(r, arbre), 3);
    pcrs_feature *f = pcrs_feature_create();
    CHECK(pcrs_reader_read_feature(r, arbre, 0, f) == PCRS_OK);
    const pcrs_class *cls = pcrs_model_class(arbre);
    CHECK_STR(pcrs_feature_gml_id(f), "arbre.A");
    CHECK_STR(pcrs_feature_value(f, pcrs_model_find_property(cls, "precisionPlanimetrique"), 0), "005");
    size_t size = 0;
    const unsigned char *g = pcrs_feature_geometry(f, &size);
    CHECK(g != NULL && size == 29);
    if (g && size == 29) {
        double x;
        memcpy(&x, g + 5, 8);
        CHECK(x == 1848495.96);
    }
    CHECK_INT(pcrs_reader_epsg(r, arbre), 3946);
    int geo = pcrs_model_find_class_nocase("AffleurantGeometriquePCRS");
    CHECK(pcrs_reader_read_feature(r, geo, 0, f) == PCRS_OK);
    int env = pcrs_model_find_property(pcrs_model_class(geo), "enveloppe");
    CHECK_INT(pcrs_feature_value_count(f, env), 2);
    CHECK_STR(pcrs_feature_value(f, env, 1), "env.2");
    pcrs_feature_destroy(f);
    pcrs_reader_destroy(r);
}

/* A rejected feature condemns the document: no file, no leftover. */
static void test_atomic(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/failed.gml", tmp_dir);
    messages m = {0, 0, "", ""};
    pcrs_writer *w = new_writer(&m, NULL);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    CHECK_INT(count_files("failed.gml.tmp-"), 1);
    pcrs_writer_layer *murs;
    CHECK(pcrs_writer_add_layer(w, "murs", "MurPCRS", 2154, &murs) == PCRS_OK);
    pcrs_wfeature *f = pcrs_wfeature_create();
    wkb g = {{0}, 0};
    double line[] = {0, 0, 1, 1};
    wkb_header(&g, 2);
    wkb_points(&g, line, 2, 2);
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    pcrs_wfeature_set_source_index(f, 12);
    pcrs_wfeature_set_id(f, "M12");
    CHECK_INT(pcrs_writer_write_feature(w, murs, f), PCRS_ERR_DATA);
    CHECK(strstr(pcrs_writer_errmsg(w),
                 "failed.gml: MurPCRS feature 12 (gml:id 'M12') of layer 'murs': "
                 "<pcrs:qualiteCategorisation>: mandatory property missing (no field gives "
                 "it, and no layer creation option QUALITE_CATEGORISATION)") != NULL);
    /* Everything after fails the same way. */
    CHECK_INT(pcrs_writer_write_feature(w, murs, f), PCRS_ERR_DATA);
    CHECK_INT(pcrs_writer_finish(w), PCRS_ERR_DATA);
    CHECK(strstr(pcrs_writer_errmsg(w), "(no document written)") != NULL);
    CHECK(!file_exists(path));
    CHECK_INT(count_files("failed.gml"), 0);
    pcrs_writer_destroy(w);

    /* skip_invalid_features: the bad feature is left out, the document is written. */
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.skip_invalid_features = 1;
    options.gml_id_prefix = "FR_123_";
    w = pcrs_writer_create(&options);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "murs", "MurPCRS", 2154, &murs) == PCRS_OK);
    CHECK_INT(pcrs_writer_write_feature(w, murs, f), PCRS_ERR_DATA);
    pcrs_writer_layer_set_default(murs, "producteur", "p");
    pcrs_writer_layer_set_default(murs, "qualiteCategorisation", "01");
    pcrs_writer_layer_set_default(murs, "precisionPlanimetrique", "002");
    CHECK_INT(pcrs_writer_write_feature(w, murs, f), PCRS_OK);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK_INT(pcrs_writer_write_feature(w, murs, f), PCRS_OK);
    CHECK_INT(pcrs_writer_finish(w), PCRS_OK);
    pcrs_writer_destroy(w);
    char *xml = read_file(path, NULL);
    CHECK(xml && strstr(xml, "gml:id=\"FR_123_PlanCorpsRueSimplifie.1\"") != NULL);
    CHECK(xml && strstr(xml, "<pcrs:MurPCRS gml:id=\"FR_123_MurPCRS.1\">") != NULL);
    CHECK(xml &&
          strstr(xml, "<gml:LineString gml:id=\"M12.g0\" srsName=\"EPSG:2154\" srsDimension=\"2\">") != NULL);
    CHECK(xml && strstr(xml, "<gml:Envelope srsName=\"EPSG:2154\" srsDimension=\"2\"><gml:lowerCorner>0 "
                             "0</gml:lowerCorner>") != NULL);
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(path), 0);
    pcrs_wfeature_destroy(f);
}

/* An I/O whose writes fail after some bytes (a full disk), with or without rename. */
typedef struct failing_io {
    pcrs_io io;
    size_t budget;
    int removed;
} failing_io;

static size_t failing_write(void *user, void *handle, const void *buf, size_t size)
{
    failing_io *fio = (failing_io *)user;
    if (size > fio->budget) {
        size = fio->budget;
        fwrite(buf, 1, size, (FILE *)handle);
        fio->budget = 0;
        return size;
    }
    fio->budget -= size;
    return fwrite(buf, 1, size, (FILE *)handle);
}

static int failing_remove(void *user, const char *path)
{
    ((failing_io *)user)->removed++;
    return pcrs_io_stdio()->remove(NULL, path);
}

static void test_io_failure(int with_rename, int direct)
{
    char path[512];
    snprintf(path, sizeof path, "%s/full.gml", tmp_dir);
    failing_io fio;
    fio.io = *pcrs_io_stdio();
    fio.io.user = &fio;
    fio.io.write = failing_write;
    fio.io.remove = failing_remove;
    if (!with_rename)
        fio.io.rename = NULL;
    fio.budget = direct ? 3000 : 1000; /* direct: past the header's room, within the features */
    fio.removed = 0;
    messages m = {0, 0, "", ""};
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.io = &fio.io;
    options.on_message = on_message;
    options.message_user = &m;
    options.spool_memory_limit = 4096; /* goes through the temporary file too */
    if (direct)
        options.patch = stdio_patch;
    pcrs_writer *w = pcrs_writer_create(&options);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    pcrs_writer_layer *points;
    CHECK(pcrs_writer_add_layer(w, "p", "PointLevePCRS", 2154, &points) == PCRS_OK);
    pcrs_writer_layer_set_default(points, "producteur", "p");
    pcrs_writer_layer_set_default(points, "numeroPoint", "P1");
    pcrs_writer_layer_set_default(points, "precisionXY", "2");
    pcrs_wfeature *f = pcrs_wfeature_create();
    wkb g = {{0}, 0};
    int failures = 0;
    for (int i = 0; i < 200; i++) {
        g.size = 0;
        wkb_point(&g, 700000 + i * 0.01, 6600000, 100, 1);
        pcrs_wfeature_clear(f);
        pcrs_wfeature_set_geometry(f, g.data, g.size);
        pcrs_status s = pcrs_writer_write_feature(w, points, f);
        if (s != PCRS_OK) {
            CHECK_INT(s, PCRS_ERR_IO);
            failures++;
        }
    }
    /* Direct mode: the output fills up as features come (then everything fails). */
    CHECK(direct ? failures > 100 : failures == 0);
    CHECK_INT(pcrs_writer_finish(w), PCRS_ERR_IO);
    CHECK(strstr(pcrs_writer_errmsg(w), "writing failed (disk full or I/O error): the output is removed") !=
          NULL);
    CHECK(!file_exists(path));
    CHECK_INT(count_files("full.gml"), 0);
    CHECK_INT(fio.removed, 1);
    pcrs_writer_destroy(w);
    /* Now with enough room, the spilled body is complete. */
    fio.budget = (size_t)1 << 30;
    w = pcrs_writer_create(&options);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "p", "PointLevePCRS", 2154, &points) == PCRS_OK);
    pcrs_writer_layer_set_default(points, "producteur", "p");
    pcrs_writer_layer_set_default(points, "numeroPoint", "P1");
    pcrs_writer_layer_set_default(points, "precisionXY", "2");
    for (int i = 0; i < 200; i++) {
        g.size = 0;
        wkb_point(&g, 700000 + i * 0.01, 6600000, 100, 1);
        pcrs_wfeature_clear(f);
        pcrs_wfeature_set_geometry(f, g.data, g.size);
        CHECK(pcrs_writer_write_feature(w, points, f) == PCRS_OK);
    }
    CHECK_INT(pcrs_writer_finish(w), PCRS_OK);
    pcrs_writer_destroy(w);
    size_t size = 0;
    char *xml = read_file(path, &size);
    CHECK(xml && strstr(xml, "PointLevePCRS.200") && strstr(xml, "1.99 6600000 100</gml:upperCorner>") &&
          strcmp(xml + size - 30, "</pcrs:PlanCorpsRueSimplifie>\n") == 0);
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(path), 0);
    remove(path);
    pcrs_wfeature_destroy(f);
}

/* A writer, open on `path`, with one layer ready (or NULL). */
static pcrs_writer *open_writer(const char *path, const pcrs_writer_options *options, messages *m)
{
    pcrs_writer_options defaults;
    if (!options) {
        pcrs_writer_options_init(&defaults);
        options = &defaults;
    }
    pcrs_writer_options o = *options;
    o.on_message = on_message;
    o.message_user = m;
    pcrs_writer *w = pcrs_writer_create(&o);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    return w;
}

/* After a failure of this kind, the document is condemned: finish fails, no file. */
static void check_condemned(pcrs_writer *w, const char *path, pcrs_status status)
{
    CHECK_INT(pcrs_writer_finish(w), status);
    CHECK(!file_exists(path));
    pcrs_writer_destroy(w);
    CHECK_INT(count_files(".tmp-"), 0);
}

static void test_layers(void)
{
    messages m = {0, 0, "", ""};
    char path[512];
    snprintf(path, sizeof path, "%s/layers.gml", tmp_dir);
    pcrs_writer_layer *l;

    /* An unknown class: the message lists the concrete classes. */
    pcrs_writer *w = open_writer(path, NULL, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "murs", NULL, 2154, &l), PCRS_ERR_ARG);
    CHECK(strstr(pcrs_writer_errmsg(w), "layer 'murs': 'murs' is not a PCRS class (name the class with the "
                                        "layer creation option PCRS_CLASS); the classes are: "
                                        "AffleurantEnveloppePCRS, AffleurantGeometriquePCRS") != NULL);
    CHECK(strstr(pcrs_writer_errmsg(w), "InitiativePCRS") != NULL);
    CHECK(strstr(pcrs_writer_errmsg(w), "ObjetVecteurPCRS") == NULL);
    CHECK_INT(pcrs_writer_add_layer(w, "murs", "MurPCRS", 2154, &l), PCRS_ERR_ARG); /* condemned */
    check_condemned(w, path, PCRS_ERR_ARG);

    /* Abstract classes are refused, naming their concrete classes. */
    w = open_writer(path, NULL, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "x", "ObjetVecteurPCRS", 2154, &l), PCRS_ERR_ARG);
    CHECK(strstr(pcrs_writer_errmsg(w), "ObjetVecteurPCRS is an abstract class") != NULL);
    check_condemned(w, path, PCRS_ERR_ARG);
    w = open_writer(path, NULL, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "x", "PilierPCRS", 2154, &l), PCRS_ERR_ARG);
    CHECK(strstr(pcrs_writer_errmsg(w),
                 "its concrete classes are: PilierParticulierPCRS, PilierRegulierPCRS") != NULL);
    check_condemned(w, path, PCRS_ERR_ARG);

    /* A CRS outside the standard: a warning. An invalid default: an error. */
    w = open_writer(path, NULL, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "murs", "mUrPcRs", 4326, &l), PCRS_OK);
    CHECK(strstr(m.last_warning, "layer 'murs' (MurPCRS): EPSG:4326 is not a CRS of the PCRS standard") !=
          NULL);
    CHECK_INT(pcrs_writer_layer_set_default(l, "precisionPlanimetrique", "7"), PCRS_ERR_DATA);
    CHECK_STR(
        pcrs_writer_errmsg(w),
        "layer 'murs' (MurPCRS): option PRECISION_PLANIMETRIQUE: <pcrs:precisionPlanimetrique>: '7' is not a "
        "value of the enumeration CategoriePrecisionPCRSType (allowed: 002, 005, 010, 040, 150, 999)");
    check_condemned(w, path, PCRS_ERR_DATA);

    /* Strict mode: an unmatched field is an error. */
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.strict = 1;
    w = open_writer(path, &options, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "murs", "MurPCRS", 2154, &l), PCRS_OK);
    int p;
    CHECK_INT(pcrs_writer_layer_add_field(l, "typeMur", &p), PCRS_OK);
    CHECK_INT(pcrs_writer_layer_add_field(l, "couleur", &p), PCRS_ERR_DATA);
    CHECK_STR(pcrs_writer_errmsg(w),
              "layer 'murs' (MurPCRS): field 'couleur' matches no property of MurPCRS (strict mode)");
    check_condemned(w, path, PCRS_ERR_DATA);
    w = open_writer(path, &options, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "murs", "MurPCRS", 2154, &l), PCRS_OK);
    CHECK_INT(pcrs_writer_layer_add_field(l, "typeMur", &p), PCRS_OK);
    CHECK_INT(pcrs_writer_layer_add_field(l, "type_mur", &p),
              PCRS_ERR_DATA); /* second field for one property */
    check_condemned(w, path, PCRS_ERR_DATA);

    /* A writer that cannot create its file. */
    w = pcrs_writer_create(NULL);
    CHECK_INT(pcrs_writer_open(w, "/nonexistent-dir/x.gml"), PCRS_ERR_IO);
    CHECK(strstr(pcrs_writer_errmsg(w), "/nonexistent-dir/x.gml.tmp-") != NULL &&
          strstr(pcrs_writer_errmsg(w), "cannot create the file") != NULL);
    CHECK_INT(pcrs_writer_finish(w), PCRS_ERR_IO);
    pcrs_writer_destroy(w);
    /* An invalid document id. */
    pcrs_writer_options_init(&options);
    options.document_id = "1 2";
    w = pcrs_writer_create(&options);
    CHECK_INT(pcrs_writer_open(w, path), PCRS_ERR_ARG);
    CHECK(strstr(pcrs_writer_errmsg(w), "'1 2' cannot be the document's gml:id") != NULL);
    CHECK(!file_exists(path));
    pcrs_writer_destroy(w);
    /* A file there before is left alone by a failed writer. */
    FILE *before = fopen(path, "w");
    fputs("previous delivery", before);
    fclose(before);
    w = open_writer(path, NULL, &m);
    CHECK_INT(pcrs_writer_add_layer(w, "x", "nothing", 0, &l), PCRS_ERR_ARG);
    CHECK_INT(pcrs_writer_finish(w), PCRS_ERR_ARG);
    pcrs_writer_destroy(w);
    char *text = read_file(path, NULL);
    CHECK(text && strcmp(text, "previous delivery") == 0);
    free(text);
    remove(path);
}

/* Links and ids that are not NCNames are repaired the same way; geometry errors name the feature. */
static void test_ids_and_errors(void)
{
    char path[512];
    snprintf(path, sizeof path, "%s/ids.gml", tmp_dir);
    messages m = {0, 0, "", ""};
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.on_message = on_message;
    options.message_user = &m;
    options.href_form = PCRS_HREF_BARE;
    options.skip_invalid_features = 1;
    pcrs_writer *w = pcrs_writer_create(&options);
    CHECK(pcrs_writer_open(w, path) == PCRS_OK);
    pcrs_writer_layer *hab, *sym;
    CHECK(pcrs_writer_add_layer(w, "HabillageLignesPCRS", NULL, 3946, &hab) == PCRS_OK);
    CHECK(pcrs_writer_add_layer(w, "HabillageSymbolePCRS", NULL, 3946, &sym) == PCRS_OK);
    pcrs_writer_layer_set_default(hab, "thematique", "03");
    pcrs_writer_layer_set_default(sym, "thematique", "03");
    int h_hab = prop_of(hab, "habillage");
    pcrs_wfeature *f = pcrs_wfeature_create();
    wkb g = {{0}, 0};
    double line[] = {0, 0, 1, 1};
    wkb_header(&g, 2);
    wkb_points(&g, line, 2, 2);
    pcrs_wfeature_set_id(f, "12");
    pcrs_wfeature_add_string(f, h_hab, "13");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK_INT(pcrs_writer_write_feature(w, hab, f), PCRS_OK);
    CHECK(strstr(m.last_warning, "gml_id '12' is not an XML NCName: written as '_12'") != NULL);
    /* The symbol class takes a point: a line is refused, naming feature and element. */
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_source_index(f, 3);
    pcrs_wfeature_set_id(f, "13");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    CHECK_INT(pcrs_writer_write_feature(w, sym, f), PCRS_ERR_DATA);
    CHECK(strstr(pcrs_writer_errmsg(w),
                 "HabillageSymbolePCRS feature 3 (gml:id '_13') of layer 'HabillageSymbolePCRS': "
                 "<pcrs:geometrie>: a LineString cannot be written as gml:PointPropertyType") != NULL);
    /* Too many values for a single-valued property. */
    int s_ref = prop_of(sym, "reference"), s_angle = prop_of(sym, "angleRotation");
    g.size = 0;
    wkb_point(&g, 1, 1, 0, 0);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "13");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    pcrs_wfeature_add_string(f, s_ref, "a");
    pcrs_wfeature_add_string(f, s_ref, "b");
    CHECK_INT(pcrs_writer_write_feature(w, sym, f), PCRS_ERR_DATA);
    CHECK(strstr(pcrs_writer_errmsg(w), "<pcrs:reference>: 2 values given, the property takes at most 1") !=
          NULL);
    pcrs_wfeature_clear(f);
    pcrs_wfeature_set_id(f, "13");
    pcrs_wfeature_set_geometry(f, g.data, g.size);
    pcrs_wfeature_add_string(f, s_ref, "a");
    pcrs_wfeature_add_real(f, s_angle, 45.5);
    pcrs_wfeature_add_string(f, prop_of(sym, "longueur_mm"), "1");
    pcrs_wfeature_add_string(f, prop_of(sym, "largeur_mm"), "1");
    pcrs_wfeature_add_integer(f, prop_of(sym, "thematique"), 2);
    pcrs_wfeature_add_string(f, prop_of(sym, "idHabillage"), "_12"); /* same business id as the first */
    CHECK_INT(pcrs_writer_write_feature(w, sym, f), PCRS_OK);
    CHECK(strstr(m.last_warning, "<pcrs:idHabillage>: '_12' is already used by another feature") != NULL);
    CHECK_INT(pcrs_writer_finish(w), PCRS_OK);
    pcrs_writer_destroy(w);
    char *xml = read_file(path, NULL);
    CHECK(xml && strstr(xml, "<pcrs:HabillageLignesPCRS gml:id=\"_12\">") != NULL);
    CHECK(xml && strstr(xml, "<pcrs:habillage xlink:href=\"_13\"/>") != NULL);
    CHECK(xml && strstr(xml, "<pcrs:HabillageSymbolePCRS gml:id=\"_13\">") != NULL);
    CHECK(xml && strstr(xml, "<gml:MultiCurve gml:id=\"_12.g0\"") != NULL);
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(path), 0);
    pcrs_wfeature_destroy(f);
}

/* Geometry ids "<feature id>.g<n>" never clash with feature ids, in either order. */
static void test_geometry_ids(void)
{
    size_t base = 0;
    CHECK(writer_geometry_id_base("A.g0", 4, &base) && base == 1);
    CHECK(writer_geometry_id_base("a.b.g12_3", 9, &base) && base == 3);
    CHECK(!writer_geometry_id_base("A.g", 3, &base));
    CHECK(!writer_geometry_id_base("Ag0", 3, &base));
    CHECK(!writer_geometry_id_base("A.g0x", 5, &base));
    CHECK(!writer_geometry_id_base(".g0", 3, &base));

    char path[512];
    snprintf(path, sizeof path, "%s/geomids.gml", tmp_dir);
    messages m = {0, 0, "", ""};
    pcrs_writer_options options;
    pcrs_writer_options_init(&options);
    options.document_id = "A.g1";
    pcrs_writer *w = open_writer(path, &options, &m);
    pcrs_writer_layer *l;
    CHECK(pcrs_writer_add_layer(w, "ArbrePCRS", NULL, 2154, &l) == PCRS_OK);
    pcrs_writer_layer_set_default(l, "producteur", "p");
    pcrs_writer_layer_set_default(l, "qualiteCategorisation", "01");
    pcrs_writer_layer_set_default(l, "precisionPlanimetrique", "002");
    pcrs_writer_layer_set_default(l, "reference", "r");
    pcrs_wfeature *f = pcrs_wfeature_create();
    wkb g = {{0}, 0};
    wkb_point(&g, 1, 2, 3, 1);
    const char *ids[] = {"C.g0", "C", "A", "A.g0"};
    for (int i = 0; i < 4; i++) {
        pcrs_wfeature_clear(f);
        pcrs_wfeature_set_id(f, ids[i]);
        pcrs_wfeature_set_geometry(f, g.data, g.size);
        CHECK_INT(pcrs_writer_write_feature(w, l, f), PCRS_OK);
    }
    CHECK_INT(pcrs_writer_finish(w), PCRS_OK);
    pcrs_writer_destroy(w);
    pcrs_wfeature_destroy(f);
    char *xml = read_file(path, NULL);
    CHECK(xml && strstr(xml, "gml:id=\"A.g1-2\" version") != NULL);
    CHECK(xml && strstr(xml, "<pcrs:ArbrePCRS gml:id=\"C.g0\">") &&
          strstr(xml, "<gml:Point gml:id=\"C.g0.g0\""));
    CHECK(xml && strstr(xml, "<pcrs:ArbrePCRS gml:id=\"C\">") && strstr(xml, "<gml:Point gml:id=\"C.g0_2\""));
    CHECK(xml && strstr(xml, "<pcrs:ArbrePCRS gml:id=\"A\">") && strstr(xml, "<gml:Point gml:id=\"A.g0\""));
    CHECK(xml && strstr(xml, "<pcrs:ArbrePCRS gml:id=\"ArbrePCRS.1\">"));
    free(xml);
    if (have_xmllint())
        CHECK_INT(validate(path), 0);
}

int main(void)
{
    snprintf(tmp_dir, sizeof tmp_dir, "%s/pcrs_test_writer_XXXXXX",
             getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(tmp_dir)) {
        perror("mkdtemp");
        return 1;
    }
    test_format_double();
    test_ncname();
    test_lexical();
    test_matching();
    test_geometry();
    test_document();
    test_read_back();
    test_atomic();
    test_direct_mode();
    test_io_failure(1, 0);
    test_io_failure(0, 0);
    test_io_failure(1, 1);
    test_layers();
    test_ids_and_errors();
    test_geometry_ids();
    char command[600];
    snprintf(command, sizeof command, "rm -rf '%s'", tmp_dir);
    if (getenv("PCRS_TEST_KEEP"))
        printf("documents kept in %s\n", tmp_dir);
    else if (system(command) != 0)
        fprintf(stderr, "cannot remove %s\n", tmp_dir);
    CHECK_DONE();
}
