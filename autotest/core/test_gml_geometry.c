/* Tests of the GML 3.2 geometry parser (driver/core/gml_geometry.c): every
 * encoding, normalisation per kind, errors, srsName and axis order, arc
 * extents, and every geometry of the real sample files. */
#define _GNU_SOURCE
#include <glob.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlreader.h>

#include "check.h"
#include "gml_geometry.h"
#include "gml_geometry_number.h"

/* ---- A small WKB → WKT-like decoder, strict about what it reads ---- */

typedef struct text {
    char s[65536];
    size_t n;
} text;

static void put(text *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (t->n < sizeof t->s)
        t->n += (size_t)vsnprintf(t->s + t->n, sizeof t->s - t->n, fmt, ap);
    va_end(ap);
    if (t->n > sizeof t->s)
        t->n = sizeof t->s;
}

typedef struct cursor {
    const unsigned char *p, *end;
    int bad;
} cursor;

static uint32_t get_u32(cursor *c)
{
    if (c->end - c->p < 4) {
        c->bad = 1;
        return 0;
    }
    uint32_t v = (uint32_t)c->p[0] | (uint32_t)c->p[1] << 8 | (uint32_t)c->p[2] << 16 | (uint32_t)c->p[3] << 24;
    c->p += 4;
    return v;
}

static double get_f64(cursor *c)
{
    if (c->end - c->p < 8) {
        c->bad = 1;
        return 0;
    }
    uint64_t u = 0;
    for (int i = 0; i < 8; i++)
        u |= (uint64_t)c->p[i] << (8 * i);
    c->p += 8;
    double v;
    memcpy(&v, &u, 8);
    return v;
}

static const char *type_names[] = {"?", "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
                                   "MULTIPOLYGON", "GEOMETRYCOLLECTION", "CIRCULARSTRING", "COMPOUNDCURVE",
                                   "CURVEPOLYGON", "MULTICURVE", "MULTISURFACE"};

static void put_points(text *t, cursor *c, int z, uint32_t n)
{
    if (n > (uint32_t)(c->end - c->p)) {
        c->bad = 1;
        return;
    }
    put(t, "(");
    for (uint32_t i = 0; i < n && !c->bad; i++) {
        double x = get_f64(c), y = get_f64(c);
        put(t, "%s%.15g %.15g", i ? "," : "", x, y);
        if (z)
            put(t, " %.15g", get_f64(c));
    }
    put(t, ")");
}

static void decode(text *t, cursor *c, int parent_z)
{
    if (c->p >= c->end || *c->p != 1) {
        c->bad = 1;
        return;
    }
    c->p++;
    uint32_t type = get_u32(c);
    int z = type > 1000;
    uint32_t base = z ? type - 1000 : type;
    if (base < 1 || base > 12 || (parent_z >= 0 && z != parent_z)) {
        c->bad = 1;
        return;
    }
    put(t, "%s%s ", type_names[base], z ? " Z" : "");
    if (base == 1) {
        put_points(t, c, z, 1);
        return;
    }
    uint32_t n = get_u32(c);
    if (c->bad)
        return;
    if (n == 0) {
        put(t, "EMPTY");
        return;
    }
    if (base == 2 || base == 8) {
        put_points(t, c, z, n);
        return;
    }
    put(t, "(");
    for (uint32_t i = 0; i < n && !c->bad; i++) {
        if (i)
            put(t, ",");
        if (base == 3)
            put_points(t, c, z, get_u32(c));
        else
            decode(t, c, z);
    }
    put(t, ")");
}

/* WKT-like text of a WKB, or "BAD WKB". */
static const char *wkt(const unsigned char *wkb, size_t size)
{
    static text t;
    t.n = 0;
    t.s[0] = '\0';
    cursor c = {wkb, wkb + size, 0};
    decode(&t, &c, -1);
    if (c.bad || c.p != c.end)
        return "BAD WKB";
    return t.s;
}

/* ---- Running the parser on a snippet ---- */

#define WRAP_START                                                                                     \
    "<r xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" " \
    "xmlns:g=\"http://www.opengis.net/gml/3.2\" xmlns:x=\"urn:x\"><p>"
#define WRAP_END "</p></r>"

static int lat_long_first(void *user, int epsg)
{
    (void)user;
    return epsg == 4326 || epsg == 4258;
}

static void quiet(void *arg, const char *msg, xmlParserSeverities severity, xmlTextReaderLocatorPtr loc)
{
    (void)arg;
    (void)msg;
    (void)severity;
    (void)loc;
}

typedef struct result {
    pcrs_status status;
    char out[65536];
    char err[512];
    pcrs_geometry_info info;
    int position_ok; /* reader left on the geometry's end tag (or empty element), document readable after */
} result;

static result R;

/* Parses the first child of <p> in WRAP_START snippet WRAP_END. On success
 * R.out is the WKT-like text; on error "ERROR: <message>". */
static const char *run_ctx(const char *snippet, pcrs_geometry_kind kind, const pcrs_gml_context *ctx)
{
    static char doc[1 << 20];
    snprintf(doc, sizeof doc, WRAP_START "%s" WRAP_END, snippet);
    xmlTextReaderPtr reader = xmlReaderForMemory(doc, (int)strlen(doc), "snippet.xml", NULL, XML_PARSE_NONET);
    xmlTextReaderSetErrorHandler(reader, quiet, NULL);
    while (xmlTextReaderRead(reader) == 1 &&
           !(xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT && xmlTextReaderDepth(reader) == 2)) {
    }
    int depth = xmlTextReaderDepth(reader);
    xmlChar *name = xmlTextReaderName(reader);
    pcrs_buffer out;
    pcrs_buffer_init(&out);
    pcrs_buffer_append(&out, "XYZ", 3); /* what the caller had before */
    R.status = pcrs_gml_read_geometry(reader, kind, ctx, &out, &R.info, R.err, sizeof R.err);
    R.position_ok = 0;
    if (R.status == PCRS_OK) {
        int type = xmlTextReaderNodeType(reader);
        xmlChar *here = xmlTextReaderName(reader);
        int on_end = xmlTextReaderDepth(reader) == depth && here && name && xmlStrEqual(here, name) &&
                     (type == XML_READER_TYPE_END_ELEMENT ||
                      (type == XML_READER_TYPE_ELEMENT && xmlTextReaderIsEmptyElement(reader)));
        xmlFree(here);
        int rc;
        while ((rc = xmlTextReaderRead(reader)) == 1) {
        }
        R.position_ok = on_end && rc == 0;
        snprintf(R.out, sizeof R.out, "%s", wkt(out.data + 3, out.size - 3));
    } else {
        snprintf(R.out, sizeof R.out, "ERROR: %s", R.err);
        if (out.size != 3)
            snprintf(R.out, sizeof R.out, "ERROR: output not restored");
    }
    if (memcmp(out.data, "XYZ", 3) != 0)
        snprintf(R.out, sizeof R.out, "ERROR: caller's bytes overwritten");
    xmlFree(name);
    pcrs_buffer_free(&out);
    xmlFreeTextReader(reader);
    return R.out;
}

static const char *run(const char *snippet, pcrs_geometry_kind kind)
{
    pcrs_gml_context ctx = {.crs_is_lat_long_order = lat_long_first, .max_depth = 64};
    return run_ctx(snippet, kind, &ctx);
}

#define CHECK_GEOM(snippet, kind, expected)          \
    do {                                             \
        CHECK_STR(run((snippet), (kind)), expected); \
        if (R.status == PCRS_OK)                     \
            CHECK(R.position_ok);                    \
    } while (0)

#define CHECK_ERROR(snippet, kind, code, expected)    \
    do {                                              \
        CHECK_STR(run((snippet), (kind)), expected);  \
        CHECK_INT(R.status, code);                    \
    } while (0)

#define CHECK_ENV(a, b, c, d)                \
    do {                                     \
        CHECK_NEAR(R.info.env[0], a, 1e-12); \
        CHECK_NEAR(R.info.env[1], b, 1e-12); \
        CHECK_NEAR(R.info.env[2], c, 1e-12); \
        CHECK_NEAR(R.info.env[3], d, 1e-12); \
    } while (0)

/* ---- Tests ---- */

static void test_points(void)
{
    CHECK_GEOM("<gml:Point gml:id=\"p\" srsName=\"EPSG:3946\"><gml:pos>1846354.90796966 5181632.19170514</gml:pos></gml:Point>",
               PCRS_GEOM_POINT, "POINT (1846354.90796966 5181632.19170514)");
    CHECK_INT(R.info.epsg, 3946);
    CHECK_INT(R.info.srs_form, PCRS_SRS_SHORT);
    CHECK_INT(R.info.has_z, 0);
    CHECK_ENV(1846354.90796966, 5181632.19170514, 1846354.90796966, 5181632.19170514);
    CHECK_GEOM("<gml:Point srsName=\"EPSG:3946\" srsDimension=\"3\">\n  <gml:pos>1 2 268.35</gml:pos>\n</gml:Point>",
               PCRS_GEOM_POINT, "POINT Z (1 2 268.35)");
    CHECK_INT(R.info.has_z, 1);
    CHECK_NEAR(R.info.zrange[0], 268.35, 0);
    CHECK_NEAR(R.info.zrange[1], 268.35, 0);
    /* No srsDimension: a gml:pos tells its dimension. */
    CHECK_GEOM("<gml:Point><gml:pos>1 2 3</gml:pos></gml:Point>", PCRS_GEOM_POINT, "POINT Z (1 2 3)");
    CHECK_INT(R.info.epsg, 0);
    CHECK_INT(R.info.srs_form, PCRS_SRS_NONE);
    CHECK_GEOM("<gml:Point><gml:coordinates>1.5,2.5</gml:coordinates></gml:Point>", PCRS_GEOM_POINT,
               "POINT (1.5 2.5)");
    CHECK_GEOM("<gml:Point><gml:coordinates> 1,2,3 </gml:coordinates></gml:Point>", PCRS_GEOM_POINT,
               "POINT Z (1 2 3)");
    /* Prefix does not matter, namespace does. */
    CHECK_GEOM("<g:Point><g:pos>1 2</g:pos></g:Point>", PCRS_GEOM_POINT, "POINT (1 2)");
    CHECK_GEOM("<Point xmlns=\"http://www.opengis.net/gml/3.2\"><pos>1 2</pos></Point>", PCRS_GEOM_POINT,
               "POINT (1 2)");
    CHECK_ERROR("<x:Point><x:pos>1 2</x:pos></x:Point>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <x:Point>: not a GML geometry");
    /* Metadata properties, comments and whitespace are tolerated. */
    CHECK_GEOM("<gml:Point>\n <!-- c --> <gml:name>n</gml:name><gml:description>d<b/></gml:description>\n"
               " <?pi x?><gml:pos> 7 8 </gml:pos> </gml:Point>",
               PCRS_GEOM_POINT, "POINT (7 8)");
    CHECK_GEOM("<gml:MultiPoint srsDimension=\"3\"><gml:pointMember><gml:Point><gml:pos>1 2 3</gml:pos></gml:Point>"
               "</gml:pointMember><gml:pointMembers><gml:Point><gml:pos>4 5 6</gml:pos></gml:Point>"
               "<gml:Point><gml:pos>7 8 9</gml:pos></gml:Point></gml:pointMembers></gml:MultiPoint>",
               PCRS_GEOM_MULTIPOINT, "MULTIPOINT Z (POINT Z (1 2 3),POINT Z (4 5 6),POINT Z (7 8 9))");
    CHECK_ENV(1, 2, 7, 8);
    CHECK_NEAR(R.info.zrange[0], 3, 0);
    CHECK_NEAR(R.info.zrange[1], 9, 0);
    CHECK_GEOM("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>", PCRS_GEOM_MULTIPOINT, "MULTIPOINT (POINT (1 2))");
    CHECK_GEOM("<gml:MultiPoint><gml:pointMember><gml:Point><gml:pos>1 2</gml:pos></gml:Point></gml:pointMember>"
               "</gml:MultiPoint>",
               PCRS_GEOM_POINT, "POINT (1 2)");
}

static void test_lines(void)
{
    const char *ls = "<gml:LineString srsName=\"EPSG:2154\"><gml:posList>0 0 1 1 2 0</gml:posList></gml:LineString>";
    CHECK_GEOM(ls, PCRS_GEOM_CURVE, "COMPOUNDCURVE (LINESTRING (0 0,1 1,2 0))");
    CHECK_GEOM(ls, PCRS_GEOM_ANY, "LINESTRING (0 0,1 1,2 0)");
    CHECK_GEOM(ls, PCRS_GEOM_MULTICURVE, "MULTICURVE (COMPOUNDCURVE (LINESTRING (0 0,1 1,2 0)))");
    CHECK_ENV(0, 0, 2, 1);
    /* srsDimension on the posList, or inherited from the nearest ancestor. */
    CHECK_GEOM("<gml:LineString><gml:posList srsDimension=\"3\" count=\"2\">0 0 5 1 1 6</gml:posList></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING Z (0 0 5,1 1 6)");
    CHECK_GEOM("<gml:MultiCurve srsDimension=\"3\"><gml:curveMember><gml:LineString><gml:posList>0 0 5 1 1 6"
               "</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
               PCRS_GEOM_MULTICURVE, "MULTICURVE Z (COMPOUNDCURVE Z (LINESTRING Z (0 0 5,1 1 6)))");
    CHECK_GEOM("<gml:MultiCurve srsDimension=\"3\"><gml:curveMember><gml:LineString srsDimension=\"2\"><gml:posList>"
               "0 0 5 1 1 6</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
               PCRS_GEOM_ANY, "MULTILINESTRING (LINESTRING (0 0,5 1,1 6))");
    /* Several gml:pos, gml:pointProperty, gml:pointRep. */
    CHECK_GEOM("<gml:LineString><gml:pos>0 0</gml:pos><gml:pointProperty><gml:Point><gml:pos>1 1</gml:pos>"
               "</gml:Point></gml:pointProperty><gml:pointRep><gml:Point><gml:pos>2 2</gml:pos></gml:Point>"
               "</gml:pointRep></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (0 0,1 1,2 2)");
    /* gml:coordinates: cs, ts, decimal; tuples over several lines. */
    CHECK_GEOM("<gml:LineString><gml:coordinates cs=\";\" ts=\"|\" decimal=\",\">1,5;2,5|3;4</gml:coordinates>"
               "</gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (1.5 2.5,3 4)");
    CHECK_GEOM("<gml:LineString><gml:coordinates cs=\",\" ts=\" \" decimal=\".\">\n"
               "              1372074.8935456767,6205942.497461504,40.42\n"
               "              1372074.5535202357,6205942.435638697,40.43\n"
               "\t\t</gml:coordinates></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING Z (1372074.89354568 6205942.4974615 40.42,1372074.55352024 6205942.4356387 40.43)");
    CHECK_GEOM("<gml:LineString><gml:coordinates>1, 2 3 ,4</gml:coordinates></gml:LineString>", PCRS_GEOM_ANY,
               "LINESTRING (1 2,3 4)");
    CHECK_GEOM("<gml:LineString><gml:coordinates cs=\" \" ts=\",\">1 2,3 4</gml:coordinates></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (1 2,3 4)");
    /* Numbers cut by a comment are one number; CDATA is text. */
    CHECK_GEOM("<gml:LineString><gml:posList>10 2<!-- c -->0 30 <![CDATA[40]]></gml:posList></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (10 20,30 40)");
    CHECK_GEOM("<gml:LineString><gml:posList>\n 1e2 -2.5E-1\n +3 .5 </gml:posList></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (100 -0.25,3 0.5)");
}

static void test_curves(void)
{
    /* Lyon: Arc then LineStringSegment, 3D. */
    CHECK_GEOM("<gml:Curve srsName=\"EPSG:3946\" srsDimension=\"3\"><gml:segments>"
               "<gml:Arc><gml:posList>0 0 1 1 1 1 2 0 1</gml:posList></gml:Arc>"
               "<gml:LineStringSegment><gml:posList>2 0 1 3 0 2</gml:posList></gml:LineStringSegment>"
               "<gml:LineStringSegment><gml:posList>3 0 2 4 0 2</gml:posList></gml:LineStringSegment>"
               "</gml:segments></gml:Curve>",
               PCRS_GEOM_CURVE,
               "COMPOUNDCURVE Z (CIRCULARSTRING Z (0 0 1,1 1 1,2 0 1),LINESTRING Z (2 0 1,3 0 2,4 0 2))");
    CHECK_ENV(0, 0, 4, 1);
    CHECK_NEAR(R.info.zrange[0], 1, 0);
    CHECK_NEAR(R.info.zrange[1], 2, 0);
    /* Natural types for ANY. */
    CHECK_GEOM("<gml:Curve><gml:segments><gml:LineStringSegment><gml:posList>0 0 1 0</gml:posList>"
               "</gml:LineStringSegment><gml:LineStringSegment><gml:posList>1 0 2 0</gml:posList>"
               "</gml:LineStringSegment></gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "LINESTRING (0 0,1 0,2 0)");
    CHECK_GEOM("<gml:Curve><gml:segments><gml:ArcString><gml:posList>0 0 1 1 2 0 3 -1 4 0</gml:posList>"
               "</gml:ArcString></gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "CIRCULARSTRING (0 0,1 1,2 0,3 -1,4 0)");
    CHECK_ENV(0, -1, 4, 1);
    CHECK_GEOM("<gml:Curve><gml:segments><gml:Arc><gml:posList>0 0 1 1 2 0</gml:posList></gml:Arc>"
               "<gml:Arc><gml:pos>2 0</gml:pos><gml:pos>3 -1</gml:pos><gml:pos>4 0</gml:pos></gml:Arc>"
               "</gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "COMPOUNDCURVE (CIRCULARSTRING (0 0,1 1,2 0),CIRCULARSTRING (2 0,3 -1,4 0))");
    /* OrientableCurve "-" reverses its base curve. */
    CHECK_GEOM("<gml:OrientableCurve orientation=\"-\"><gml:baseCurve><gml:Curve><gml:segments>"
               "<gml:LineStringSegment><gml:posList>0 0 1 0</gml:posList></gml:LineStringSegment>"
               "<gml:Arc><gml:posList>1 0 2 1 3 0</gml:posList></gml:Arc></gml:segments></gml:Curve>"
               "</gml:baseCurve></gml:OrientableCurve>",
               PCRS_GEOM_CURVE, "COMPOUNDCURVE (CIRCULARSTRING (3 0,2 1,1 0),LINESTRING (1 0,0 0))");
    CHECK_GEOM("<gml:OrientableCurve orientation=\"+\"><gml:baseCurve><gml:LineString><gml:posList>0 0 1 0"
               "</gml:posList></gml:LineString></gml:baseCurve></gml:OrientableCurve>",
               PCRS_GEOM_ANY, "LINESTRING (0 0,1 0)");
    /* CompositeCurve of curve members. */
    CHECK_GEOM("<gml:CompositeCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 0</gml:posList>"
               "</gml:LineString></gml:curveMember><gml:curveMember><gml:Curve><gml:segments><gml:Arc>"
               "<gml:posList>1 0 2 1 3 0</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember>"
               "<gml:curveMember><gml:OrientableCurve orientation=\"-\"><gml:baseCurve><gml:LineString>"
               "<gml:posList>4 0 3 0</gml:posList></gml:LineString></gml:baseCurve></gml:OrientableCurve>"
               "</gml:curveMember></gml:CompositeCurve>",
               PCRS_GEOM_CURVE,
               "COMPOUNDCURVE (LINESTRING (0 0,1 0),CIRCULARSTRING (1 0,2 1,3 0),LINESTRING (3 0,4 0))");
    /* gml:Circle: kept as GDAL does, p0 p1 p2, the point halfway back to p0, p0. */
    CHECK_GEOM("<gml:Curve srsDimension=\"3\"><gml:segments><gml:Circle><gml:posList>1 0 5 0 1 5 -1 0 5</gml:posList>"
               "</gml:Circle></gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "CIRCULARSTRING Z (1 0 5,0 1 5,-1 0 5,-1.83697019872103e-16 -1 5,1 0 5)");
    CHECK_ENV(-1, -1, 1, 1);
    /* ArcByCenterPoint / CircleByCenterPoint. */
    CHECK_GEOM("<gml:Curve><gml:segments><gml:ArcByCenterPoint numArc=\"1\"><gml:pos>10 20</gml:pos>"
               "<gml:radius uom=\"m\">2</gml:radius><gml:startAngle uom=\"deg\">0</gml:startAngle>"
               "<gml:endAngle uom=\"deg\">180</gml:endAngle></gml:ArcByCenterPoint></gml:segments></gml:Curve>",
               PCRS_GEOM_CURVE, "COMPOUNDCURVE (CIRCULARSTRING (12 20,10 22,8 20))");
    CHECK_ENV(8, 20, 12, 22);
    CHECK_GEOM("<gml:Curve><gml:segments><gml:ArcByCenterPoint numArc=\"1\"><gml:pos>0 0</gml:pos>"
               "<gml:radius uom=\"m\">1</gml:radius><gml:startAngle uom=\"rad\">3.141592653589793</gml:startAngle>"
               "<gml:endAngle>90</gml:endAngle></gml:ArcByCenterPoint></gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "CIRCULARSTRING (-1 0,-0.707106781186547 0.707106781186548,0 1)");
    CHECK_GEOM("<gml:Curve srsDimension=\"3\"><gml:segments><gml:CircleByCenterPoint numArc=\"1\"><gml:pos>1 1 7</gml:pos>"
               "<gml:radius uom=\"m\">2</gml:radius></gml:CircleByCenterPoint></gml:segments></gml:Curve>",
               PCRS_GEOM_ANY, "CIRCULARSTRING Z (3 1 7,1 3 7,-1 1 7,1 -1 7,3 1 7)");
    CHECK_ENV(-1, -1, 3, 3);
    /* A one-member MultiCurve where a Curve is expected. */
    CHECK_GEOM("<gml:MultiCurve><gml:curveMembers><gml:LineString><gml:posList>0 0 1 1</gml:posList>"
               "</gml:LineString></gml:curveMembers></gml:MultiCurve>",
               PCRS_GEOM_CURVE, "COMPOUNDCURVE (LINESTRING (0 0,1 1))");
    /* Parts closer than 1e-9 (relative) are joined. */
    CHECK_GEOM("<gml:Curve><gml:segments><gml:LineStringSegment><gml:posList>0 0 1000 1000</gml:posList>"
               "</gml:LineStringSegment><gml:Arc><gml:posList>1000.0000000001 1000 1001 1001 1002 1000</gml:posList>"
               "</gml:Arc></gml:segments></gml:Curve>",
               PCRS_GEOM_CURVE,
               "COMPOUNDCURVE (LINESTRING (0 0,1000 1000),CIRCULARSTRING (1000 1000,1001 1001,1002 1000))");
}

static void test_surfaces(void)
{
    const char *square = "<gml:Polygon gml:id=\"p\"><gml:exterior><gml:LinearRing><gml:posList>0 0 4 0 4 4 0 4 0 0"
                         "</gml:posList></gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing>"
                         "<gml:posList>1 1 1 2 2 2 1 1</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>";
    CHECK_GEOM(square, PCRS_GEOM_POLYGON,
               "CURVEPOLYGON (LINESTRING (0 0,4 0,4 4,0 4,0 0),LINESTRING (1 1,1 2,2 2,1 1))");
    CHECK_GEOM(square, PCRS_GEOM_ANY, "POLYGON ((0 0,4 0,4 4,0 4,0 0),(1 1,1 2,2 2,1 1))");
    CHECK_GEOM(square, PCRS_GEOM_MULTISURFACE,
               "MULTISURFACE (CURVEPOLYGON (LINESTRING (0 0,4 0,4 4,0 4,0 0),LINESTRING (1 1,1 2,2 2,1 1)))");
    CHECK_GEOM(square, PCRS_GEOM_SURFACE,
               "CURVEPOLYGON (LINESTRING (0 0,4 0,4 4,0 4,0 0),LINESTRING (1 1,1 2,2 2,1 1))");
    /* Lyon: Ring of LineString and Curve/Arc members → one CompoundCurve. */
    const char *ring = "<gml:Polygon srsDimension=\"3\"><gml:exterior><gml:Ring>"
                       "<gml:curveMember><gml:LineString><gml:posList>0 0 9 2 0 9</gml:posList></gml:LineString></gml:curveMember>"
                       "<gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList>2 0 9 1 1 9 0 0 9</gml:posList>"
                       "</gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>";
    CHECK_GEOM(ring, PCRS_GEOM_POLYGON,
               "CURVEPOLYGON Z (COMPOUNDCURVE Z (LINESTRING Z (0 0 9,2 0 9),CIRCULARSTRING Z (2 0 9,1 1 9,0 0 9)))");
    CHECK_ENV(0, 0, 2, 1);
    CHECK_GEOM(ring, PCRS_GEOM_ANY,
               "CURVEPOLYGON Z (COMPOUNDCURVE Z (LINESTRING Z (0 0 9,2 0 9),CIRCULARSTRING Z (2 0 9,1 1 9,0 0 9)))");
    /* Ring of straight members only: still a CompoundCurve for POLYGON, a Polygon for ANY. */
    const char *straight_ring = "<gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:LineString><gml:posList>"
                                "0 0 1 0 1 1</gml:posList></gml:LineString></gml:curveMember><gml:curveMember>"
                                "<gml:LineString><gml:posList>1 1 0 0</gml:posList></gml:LineString></gml:curveMember>"
                                "</gml:Ring></gml:exterior></gml:Polygon>";
    CHECK_GEOM(straight_ring, PCRS_GEOM_POLYGON, "CURVEPOLYGON (COMPOUNDCURVE (LINESTRING (0 0,1 0,1 1,0 0)))");
    CHECK_GEOM(straight_ring, PCRS_GEOM_ANY, "POLYGON ((0 0,1 0,1 1,0 0))");
    /* Lyon emprise: MultiSurface/surfaceMember/Surface/patches/PolygonPatch. */
    const char *patch = "<gml:Surface><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>"
                        "0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch>"
                        "</gml:patches></gml:Surface>";
    CHECK_GEOM(patch, PCRS_GEOM_POLYGON, "CURVEPOLYGON (LINESTRING (0 0,1 0,1 1,0 0))");
    CHECK_GEOM(patch, PCRS_GEOM_ANY, "POLYGON ((0 0,1 0,1 1,0 0))");
    char doc[4096];
    snprintf(doc, sizeof doc, "<gml:MultiSurface srsName=\"EPSG:3946\" srsDimension=\"2\"><gml:surfaceMember>%s"
             "</gml:surfaceMember></gml:MultiSurface>", patch);
    CHECK_GEOM(doc, PCRS_GEOM_MULTISURFACE, "MULTISURFACE (CURVEPOLYGON (LINESTRING (0 0,1 0,1 1,0 0)))");
    const char *two_patches = "<gml:Surface><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>"
                              "0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior></gml:PolygonPatch>"
                              "<gml:PolygonPatch><gml:exterior><gml:LinearRing><gml:posList>5 5 6 5 6 6 5 5</gml:posList>"
                              "</gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface>";
    CHECK_GEOM(two_patches, PCRS_GEOM_MULTISURFACE,
               "MULTISURFACE (CURVEPOLYGON (LINESTRING (0 0,1 0,1 1,0 0)),CURVEPOLYGON (LINESTRING (5 5,6 5,6 6,5 5)))");
    CHECK_GEOM(two_patches, PCRS_GEOM_ANY, "MULTIPOLYGON (POLYGON ((0 0,1 0,1 1,0 0)),POLYGON ((5 5,6 5,6 6,5 5)))");
    CHECK_ERROR(two_patches, PCRS_GEOM_POLYGON, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Surface>: 2 patches: a Polygon is expected for this property");
    CHECK_ERROR(two_patches, PCRS_GEOM_SURFACE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Surface>: 2 patches: a Surface is expected for this property");
    /* surfaceMembers (plural), with gml:coordinates (PCRS-info). */
    CHECK_GEOM("<gml:MultiSurface srsName=\"EPSG:4326\"><gml:surfaceMembers><gml:Polygon><gml:exterior><gml:LinearRing>"
               "<gml:coordinates>7.7,48.5 7.8,48.5 7.8,48.6 7.7,48.5</gml:coordinates></gml:LinearRing></gml:exterior>"
               "</gml:Polygon><gml:Polygon><gml:exterior><gml:LinearRing><gml:coordinates>0,0 1,0 1,1 0,0"
               "</gml:coordinates></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMembers></gml:MultiSurface>",
               PCRS_GEOM_MULTISURFACE,
               "MULTISURFACE (CURVEPOLYGON (LINESTRING (7.7 48.5,7.8 48.5,7.8 48.6,7.7 48.5)),"
               "CURVEPOLYGON (LINESTRING (0 0,1 0,1 1,0 0)))");
    CHECK_INT(R.info.axis_swapped, 0);
    CHECK_ENV(0, 0, 7.8, 48.6);
    /* Empty polygon (anonymous Polygon properties allow it). */
    CHECK_GEOM("<gml:Polygon gml:id=\"e\"/>", PCRS_GEOM_POLYGON, "CURVEPOLYGON EMPTY");
    CHECK_INT(R.info.empty, 1);
    CHECK_GEOM("<gml:Polygon></gml:Polygon>", PCRS_GEOM_ANY, "POLYGON EMPTY");
    CHECK_INT(R.info.empty, 1);
    CHECK_GEOM("<gml:MultiCurve/>", PCRS_GEOM_MULTICURVE, "MULTICURVE EMPTY");
    /* CompositeSurface and OrientableSurface. */
    CHECK_GEOM("<gml:CompositeSurface><gml:surfaceMember><gml:OrientableSurface orientation=\"-\"><gml:baseSurface>"
               "<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing>"
               "</gml:exterior></gml:Polygon></gml:baseSurface></gml:OrientableSurface></gml:surfaceMember>"
               "</gml:CompositeSurface>",
               PCRS_GEOM_SURFACE, "CURVEPOLYGON (LINESTRING (0 0,1 1,1 0,0 0))");
}

static void test_aggregates(void)
{
    CHECK_GEOM("<gml:MultiGeometry><gml:geometryMember><gml:Point><gml:pos>1 2</gml:pos></gml:Point></gml:geometryMember>"
               "<gml:geometryMembers><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
               "<gml:MultiCurve><gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList>0 0 1 1 2 0</gml:posList>"
               "</gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:MultiCurve></gml:geometryMembers>"
               "</gml:MultiGeometry>",
               PCRS_GEOM_ANY,
               "GEOMETRYCOLLECTION (POINT (1 2),LINESTRING (0 0,1 1),MULTICURVE (CIRCULARSTRING (0 0,1 1,2 0)))");
    CHECK_GEOM("<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
               "</gml:curveMember><gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList>0 0 1 1 2 0"
               "</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:MultiCurve>",
               PCRS_GEOM_MULTICURVE,
               "MULTICURVE (COMPOUNDCURVE (LINESTRING (0 0,1 1)),COMPOUNDCURVE (CIRCULARSTRING (0 0,1 1,2 0)))");
    CHECK_ENV(0, 0, 2, 1);
}

static void test_kind_mismatch(void)
{
    CHECK_ERROR("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>", PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Point>: a Curve is expected for this property");
    CHECK_ERROR("<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
                "</gml:curveMember></gml:MultiCurve>",
                PCRS_GEOM_POLYGON, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:MultiCurve>: a Polygon is expected for this property");
    CHECK_ERROR("<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
                "</gml:curveMember><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
                "</gml:curveMember></gml:MultiCurve>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:MultiCurve>: 2 members: a Curve is expected for this property");
    CHECK_ERROR("<gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>", PCRS_GEOM_MULTIPOINT,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:LineString>: a MultiPoint is expected for this property");
    CHECK_ERROR("<gml:MultiGeometry/>", PCRS_GEOM_MULTISURFACE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:MultiGeometry>: a MultiSurface is expected for this property");
    CHECK_ERROR("<gml:MultiPoint><gml:pointMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
                "</gml:pointMember></gml:MultiPoint>",
                PCRS_GEOM_MULTIPOINT, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LineString>: unexpected inside <gml:pointMember>");
    CHECK_ERROR("<gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing>", PCRS_GEOM_ANY,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:LinearRing>: not a GML geometry");
}

static void test_errors(void)
{
    CHECK_ERROR("<gml:LineString>\n<gml:posList>0 0\n 1 x1</gml:posList></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 2: <gml:posList>: \"x1\" is not a number");
    CHECK_ERROR("<gml:LineString srsDimension=\"3\">\n\n  <gml:posList>0 0 0 1 1 1 2</gml:posList></gml:LineString>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 3: <gml:posList>: 7 values is not a multiple of the dimension 3");
    /* No srsDimension: 2; 9 values is an error, not a guess of 3D. */
    CHECK_ERROR("<gml:LineString><gml:posList>0 0 0 1 1 1 2 2 2</gml:posList></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:posList>: 9 values is not a multiple of the dimension 2");
    CHECK_ERROR("<gml:LineString><gml:posList>1 2 nan 4</gml:posList></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:posList>: \"nan\" is not a number");
    CHECK_ERROR("<gml:LineString><gml:posList>1 2 1e999 4</gml:posList></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:posList>: \"1e999\" is not a number");
    CHECK_ERROR("<gml:LineString><gml:posList>1 2 0x10 4</gml:posList></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:posList>: \"0x10\" is not a number");
    CHECK_ERROR("<gml:LineString><gml:coordinates>1,2 3,4,5</gml:coordinates></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:coordinates>: a tuple of 3 values after tuples of 2");
    CHECK_ERROR("<gml:LineString><gml:coordinates>1,2 3,a</gml:coordinates></gml:LineString>", PCRS_GEOM_CURVE,
                PCRS_ERR_DATA, "ERROR: line 1: <gml:coordinates>: \"a\" is not a number");
    CHECK_ERROR("<gml:LineString><gml:coordinates decimal=\",\" cs=\";\">1.5;2 3;4</gml:coordinates></gml:LineString>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA, "ERROR: line 1: <gml:coordinates>: \"1.5\" is not a number");
    /* 2D and 3D parts in one geometry. */
    CHECK_ERROR("<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 1</gml:posList></gml:LineString>"
                "</gml:curveMember><gml:curveMember><gml:LineString srsDimension=\"3\"><gml:posList>0 0 0 1 1 1"
                "</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
                PCRS_GEOM_MULTICURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:posList>: 3D coordinates in a geometry whose coordinates are 2D");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:CubicSpline><gml:posList>0 0 1 1 2 0</gml:posList></gml:CubicSpline>"
                "</gml:segments></gml:Curve>",
                PCRS_GEOM_CURVE, PCRS_ERR_UNSUPPORTED,
                "ERROR: line 1: <gml:CubicSpline>: curve segments of this type are not supported");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:Bezier/></gml:segments></gml:Curve>", PCRS_GEOM_CURVE,
                PCRS_ERR_UNSUPPORTED, "ERROR: line 1: <gml:Bezier>: curve segments of this type are not supported");
    CHECK_ERROR("<gml:Solid/>", PCRS_GEOM_ANY, PCRS_ERR_UNSUPPORTED,
                "ERROR: line 1: <gml:Solid>: geometries of this type are not supported");
    CHECK_ERROR("<gml:MultiCurve><gml:curveMember xlink:href=\"#c1\"/></gml:MultiCurve>", PCRS_GEOM_MULTICURVE,
                PCRS_ERR_UNSUPPORTED,
                "ERROR: line 1: <gml:curveMember>: geometry by reference (xlink:href) is not supported");
    CHECK_ERROR("<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0.5</gml:posList>"
                "</gml:LinearRing></gml:exterior></gml:Polygon>",
                PCRS_GEOM_POLYGON, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LinearRing>: the ring is not closed: it starts at (0 0) and ends at (0 0.5)");
    CHECK_ERROR("<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 0 0</gml:posList>"
                "</gml:LinearRing></gml:exterior></gml:Polygon>",
                PCRS_GEOM_POLYGON, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LinearRing>: 3 point(s): at least 4 are needed");
    CHECK_ERROR("<gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:LineString><gml:posList>0 0 1 0 1 1"
                "</gml:posList></gml:LineString></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon>",
                PCRS_GEOM_POLYGON, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Ring>: the ring is not closed: it starts at (0 0) and ends at (1 1)");
    CHECK_ERROR("<gml:Polygon><gml:interior><gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList>"
                "</gml:LinearRing></gml:interior></gml:Polygon>",
                PCRS_GEOM_POLYGON, PCRS_ERR_DATA, "ERROR: line 1: <gml:interior>: an interior ring without exterior");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:LineStringSegment><gml:posList>0 0 1 0</gml:posList>\n"
                "</gml:LineStringSegment><gml:Arc><gml:posList>2 0 3 1 4 0</gml:posList></gml:Arc></gml:segments></gml:Curve>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 2: <gml:Arc>: curve parts are not connected: this one starts at (2 0), the previous "
                "one ends at (1 0)");
    CHECK_ERROR("<gml:LineString><gml:posList>0 0</gml:posList></gml:LineString>", PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LineString>: 1 point(s): at least 2 are needed");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:Arc><gml:posList>0 0 1 1 2 0 3 3</gml:posList></gml:Arc></gml:segments></gml:Curve>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA, "ERROR: line 1: <gml:Arc>: 4 point(s): exactly 3 are needed");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:ArcString><gml:posList>0 0 1 1 2 0 3 3</gml:posList></gml:ArcString></gml:segments></gml:Curve>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:ArcString>: 4 point(s): an odd number, at least 3, is needed");
    CHECK_ERROR("<gml:Curve><gml:segments><gml:Circle><gml:posList>0 0 1 1 2 2</gml:posList></gml:Circle></gml:segments></gml:Curve>",
                PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Circle>: the 3 points do not define a circle (collinear or repeated)");
    CHECK_ERROR("<gml:Curve/>", PCRS_GEOM_CURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Curve>: a Curve needs at least one segment");
    CHECK_ERROR("<gml:Point/>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Point>: 0 point(s): exactly 1 are needed");
    CHECK_ERROR("<gml:Point><gml:pos>1</gml:pos></gml:Point>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:pos>: 1 value(s): a position needs 2 or 3");
    CHECK_ERROR("<gml:Point srsDimension=\"4\"><gml:pos>1 2 3 4</gml:pos></gml:Point>", PCRS_GEOM_POINT,
                PCRS_ERR_UNSUPPORTED, "ERROR: line 1: <gml:Point>: srsDimension 4 is not supported (2 or 3)");
    CHECK_ERROR("<gml:Point>junk<gml:pos>1 2</gml:pos></gml:Point>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:Point>: unexpected text \"junk\"");
    CHECK_ERROR("<gml:Point><x:foo/><gml:pos>1 2</gml:pos></gml:Point>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <x:foo>: unexpected inside <gml:Point>");
    CHECK_ERROR("<gml:Point><gml:pos>1 <b/>2</gml:pos></gml:Point>", PCRS_GEOM_POINT, PCRS_ERR_DATA,
                "ERROR: line 1: <b>: unexpected inside <gml:pos>");
    CHECK_ERROR("<gml:MultiCurve srsName=\"EPSG:3946\"><gml:curveMember><gml:LineString srsName=\"EPSG:2154\">"
                "<gml:posList>0 0 1 1</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
                PCRS_GEOM_MULTICURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LineString>: srsName \"EPSG:2154\" differs from the geometry's \"EPSG:3946\"");
    /* The same CRS written another way with the same axis order is accepted. */
    CHECK_GEOM("<gml:MultiCurve srsName=\"EPSG:3946\"><gml:curveMember><gml:LineString srsName=\"epsg:3946\">"
               "<gml:posList>0 0 1 1</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
               PCRS_GEOM_MULTICURVE, "MULTICURVE (COMPOUNDCURVE (LINESTRING (0 0,1 1)))");
    CHECK_ERROR("<gml:MultiCurve srsName=\"EPSG:4326\"><gml:curveMember><gml:LineString srsName=\"urn:ogc:def:crs:EPSG::4326\">"
                "<gml:posList>0 0 1 1</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve>",
                PCRS_GEOM_MULTICURVE, PCRS_ERR_DATA,
                "ERROR: line 1: <gml:LineString>: srsName \"urn:ogc:def:crs:EPSG::4326\" differs from the geometry's "
                "\"EPSG:4326\"");
    /* Broken XML inside the geometry. */
    {
        static char broken[20000];
        size_t n = (size_t)snprintf(broken, sizeof broken, "<gml:LineString><gml:posList>");
        for (int i = 0; i < 1000; i++)
            n += (size_t)snprintf(broken + n, sizeof broken - n, "%d 0 ", i);
        snprintf(broken + n, sizeof broken - n, "</gml:posLis></gml:LineString>");
        run(broken, PCRS_GEOM_CURVE);
        CHECK_INT(R.status, PCRS_ERR_XML);
    }
    /* Invalid kind. */
    CHECK_INT(run("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>", PCRS_GEOM_NONE) != NULL, 1);
    CHECK_INT(R.status, PCRS_ERR_ARG);
}

static void test_hostile(void)
{
    /* Nesting beyond max_depth. */
    static char doc[200000];
    size_t n = 0;
    for (int i = 0; i < 2000; i++)
        n += (size_t)snprintf(doc + n, sizeof doc - n, "<gml:MultiGeometry><gml:geometryMember>");
    n += (size_t)snprintf(doc + n, sizeof doc - n, "<gml:Point><gml:pos>1 2</gml:pos></gml:Point>");
    for (int i = 0; i < 2000; i++)
        n += (size_t)snprintf(doc + n, sizeof doc - n, "</gml:geometryMember></gml:MultiGeometry>");
    run(doc, PCRS_GEOM_ANY);
    CHECK_INT(R.status, PCRS_ERR_HOSTILE);
    CHECK_STR(R.err, "line 1: <gml:geometryMember>: nested more than 64 levels below the geometry");
    pcrs_gml_context shallow = {.max_depth = 4};
    run_ctx("<gml:MultiGeometry><gml:geometryMember><gml:MultiGeometry><gml:geometryMember><gml:Point>"
            "<gml:pos>1 2</gml:pos></gml:Point></gml:geometryMember></gml:MultiGeometry></gml:geometryMember>"
            "</gml:MultiGeometry>",
            PCRS_GEOM_ANY, &shallow);
    CHECK_INT(R.status, PCRS_ERR_HOSTILE);
    CHECK_STR(R.err, "line 1: <gml:pos>: nested more than 4 levels below the geometry");
    /* A NULL context: defaults, no axis swap. */
    CHECK_STR(run_ctx("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>48 2</gml:pos></gml:Point>",
                      PCRS_GEOM_POINT, NULL),
              "POINT (48 2)");
    /* A number too long to be one. */
    n = (size_t)snprintf(doc, sizeof doc, "<gml:Point><gml:pos>1 ");
    for (int i = 0; i < 300; i++)
        doc[n++] = '1';
    snprintf(doc + n, sizeof doc - n, "</gml:pos></gml:Point>");
    run(doc, PCRS_GEOM_POINT);
    CHECK_INT(R.status, PCRS_ERR_DATA);
}

static void test_big_lines(void)
{
    /* A long posList (one text node), and line numbers past 65535. */
    size_t size = 40u << 20;
    char *doc = malloc(size);
    size_t n = (size_t)snprintf(doc, size, WRAP_START);
    for (int i = 0; i < 70000; i++)
        doc[n++] = '\n';
    n += (size_t)snprintf(doc + n, size - n, "<gml:LineString><gml:posList>");
    for (int i = 0; i < 1000000; i++)
        n += (size_t)snprintf(doc + n, size - n, "%d.25 %d.5 ", i, i);
    n += (size_t)snprintf(doc + n, size - n, "1 x</gml:posList></gml:LineString>" WRAP_END);
    xmlTextReaderPtr reader = xmlReaderForMemory(doc, (int)n, "big.xml", NULL, XML_PARSE_HUGE | XML_PARSE_BIG_LINES);
    while (xmlTextReaderRead(reader) == 1 &&
           !(xmlTextReaderNodeType(reader) == XML_READER_TYPE_ELEMENT && xmlTextReaderDepth(reader) == 2)) {
    }
    pcrs_buffer out;
    pcrs_buffer_init(&out);
    pcrs_geometry_info info;
    char err[256];
    pcrs_status rc = pcrs_gml_read_geometry(reader, PCRS_GEOM_CURVE, NULL, &out, &info, err, sizeof err);
    CHECK_INT(rc, PCRS_ERR_DATA);
    CHECK_STR(err, "line 70001: <gml:posList>: \"x\" is not a number");
    xmlFreeTextReader(reader);
    pcrs_buffer_free(&out);
    free(doc);
}

static void test_srs(void)
{
    static const struct {
        const char *name;
        int code;
        pcrs_srs_form form;
    } cases[] = {
        {"EPSG:3946", 3946, PCRS_SRS_SHORT},
        {"epsg:3946", 3946, PCRS_SRS_SHORT},
        {"urn:ogc:def:crs:EPSG::3946", 3946, PCRS_SRS_URN},
        {"urn:ogc:def:crs:EPSG:6.6:3946", 3946, PCRS_SRS_URN},
        {"URN:OGC:DEF:CRS:EPSG::2154", 2154, PCRS_SRS_URN},
        {"urn:x-ogc:def:crs:EPSG:3946", 3946, PCRS_SRS_URN},
        {"urn:x-ogc:def:crs:EPSG:6.6:4326", 4326, PCRS_SRS_URN},
        {"urn:ogc:def:crs:EPSG:3946", 3946, PCRS_SRS_URN_MALFORMED},
        {"http://www.opengis.net/def/crs/EPSG/0/3946", 3946, PCRS_SRS_URL},
        {"https://www.opengis.net/def/crs/EPSG/0/4326", 4326, PCRS_SRS_URL},
        {"http://www.opengis.net/gml/srs/epsg.xml#3946", 3946, PCRS_SRS_SHORT},
        {" EPSG:3946 ", 3946, PCRS_SRS_SHORT},
        {"EPSG:", 0, PCRS_SRS_OTHER},
        {"EPSG:39x6", 0, PCRS_SRS_OTHER},
        {"urn:ogc:def:crs:OGC:1.3:CRS84", 0, PCRS_SRS_OTHER},
        {"urn:ogc:def:crs:EPSG:1:2:3946", 0, PCRS_SRS_OTHER},
        {"http://www.opengis.net/def/crs/EPSG/3946", 0, PCRS_SRS_OTHER},
        {"Lambert93", 0, PCRS_SRS_OTHER},
        {"", 0, PCRS_SRS_NONE},
        {NULL, 0, PCRS_SRS_NONE},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pcrs_srs_form form = (pcrs_srs_form)-1;
        int code = pcrs_parse_srs_name(cases[i].name, &form);
        if (code != cases[i].code || form != cases[i].form)
            fprintf(stderr, "srsName \"%s\": %d/%d\n", cases[i].name ? cases[i].name : "(null)", code, (int)form);
        CHECK_INT(code, cases[i].code);
        CHECK_INT(form, cases[i].form);
    }
    CHECK_INT(pcrs_parse_srs_name("EPSG:2154", NULL), 2154);

    /* Axis order: URN/URL of a lat/long CRS swap, the short form does not. */
    CHECK_GEOM("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>48.5 7.7</gml:pos></gml:Point>",
               PCRS_GEOM_POINT, "POINT (7.7 48.5)");
    CHECK_INT(R.info.axis_swapped, 1);
    CHECK_INT(R.info.srs_form, PCRS_SRS_URN);
    CHECK_ENV(7.7, 48.5, 7.7, 48.5);
    CHECK_GEOM("<gml:Point srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><gml:pos>48.5 7.7 10</gml:pos></gml:Point>",
               PCRS_GEOM_POINT, "POINT Z (7.7 48.5 10)");
    CHECK_GEOM("<gml:LineString srsName=\"urn:ogc:def:crs:EPSG:4326\"><gml:posList>48 7 49 8</gml:posList></gml:LineString>",
               PCRS_GEOM_ANY, "LINESTRING (7 48,8 49)");
    CHECK_INT(R.info.srs_form, PCRS_SRS_URN_MALFORMED);
    CHECK_GEOM("<gml:Point srsName=\"EPSG:4326\"><gml:pos>7.7 48.5</gml:pos></gml:Point>", PCRS_GEOM_POINT,
               "POINT (7.7 48.5)");
    CHECK_INT(R.info.axis_swapped, 0);
    CHECK_GEOM("<gml:Point srsName=\"urn:ogc:def:crs:EPSG::3946\"><gml:pos>1 2</gml:pos></gml:Point>",
               PCRS_GEOM_POINT, "POINT (1 2)");
    CHECK_INT(R.info.axis_swapped, 0);
    /* srsName first met on an inner element holds for the geometry. */
    CHECK_GEOM("<gml:MultiPoint><gml:pointMember><gml:Point srsName=\"urn:ogc:def:crs:EPSG::4326\"><gml:pos>1 2</gml:pos>"
               "</gml:Point></gml:pointMember><gml:pointMember><gml:Point><gml:pos>3 4</gml:pos></gml:Point>"
               "</gml:pointMember></gml:MultiPoint>",
               PCRS_GEOM_MULTIPOINT, "MULTIPOINT (POINT (2 1),POINT (4 3))");
    CHECK_INT(R.info.epsg, 4326);
}

static void arc_env(double x0, double y0, double x1, double y1, double x2, double y2, double env[4])
{
    const double p0[2] = {x0, y0}, p1[2] = {x1, y1}, p2[2] = {x2, y2};
    env[0] = env[1] = INFINITY;
    env[2] = env[3] = -INFINITY;
    pcrs_arc_extent(p0, p1, p2, env);
}

#define CHECK_ARC(x0, y0, x1, y1, x2, y2, a, b, c, d)  \
    do {                                               \
        double e_[4];                                  \
        arc_env(x0, y0, x1, y1, x2, y2, e_);           \
        CHECK_NEAR(e_[0], a, 1e-12);                   \
        CHECK_NEAR(e_[1], b, 1e-12);                   \
        CHECK_NEAR(e_[2], c, 1e-12);                   \
        CHECK_NEAR(e_[3], d, 1e-12);                   \
    } while (0)

static void test_arc_extent(void)
{
    const double h = sqrt(0.5);
    /* Half circle above the x axis, both directions. */
    CHECK_ARC(1, 0, 0, 1, -1, 0, -1, 0, 1, 1);
    CHECK_ARC(-1, 0, 0, 1, 1, 0, -1, 0, 1, 1);
    /* Small arc crossing the -x axis (angles 135° → 180° → 225°), and back. */
    CHECK_ARC(-h, h, -1, 0, -h, -h, -1, -h, -h, h);
    CHECK_ARC(-h, -h, -1, 0, -h, h, -1, -h, -h, h);
    /* Small arc not reaching any axis extreme. */
    CHECK_ARC(cos(0.2), sin(0.2), cos(0.3), sin(0.3), cos(0.4), sin(0.4), cos(0.4), sin(0.2), cos(0.2), sin(0.4));
    /* Three quarters, clockwise from (0,-1) through (0,1) to (1,0). */
    CHECK_ARC(0, -1, 0, 1, 1, 0, -1, -1, 1, 1);
    /* Full circle (start = end), translated far away. */
    CHECK_ARC(1000001, 5000000, 999999, 5000000, 1000001, 5000000, 999999, 4999999, 1000001, 5000001);
    /* Collinear: the segment. */
    CHECK_ARC(0, 0, 1, 1, 2, 2, 0, 0, 2, 2);
    /* Lyon-like tiny arc at large coordinates. */
    double e[4];
    arc_env(1848316.22753227, 5181681.75527092, 1848316.2331854, 5181681.7550241, 1848316.24447444,
            5181681.75423469, e);
    CHECK(e[0] == 1848316.22753227 && e[2] == 1848316.24447444);
    CHECK(e[1] == 5181681.75423469 && e[3] == 5181681.75527092);
    /* An arc through the top of its circle at large coordinates. */
    arc_env(1000000 - 3, 6000000 + 4, 1000000, 6000000 + 5, 1000000 + 4, 6000000 + 3, e);
    CHECK_NEAR(e[3], 6000005, 1e-9);
    CHECK_NEAR(e[1], 6000003, 1e-9);
}

static void test_numbers(void)
{
    /* Same doubles as strtod in the C locale, even under a locale with a decimal comma. */
    srand(42);
    char s[64];
    int mismatches = 0;
    for (int i = 0; i < 200000; i++) {
        int kind = i % 4;
        if (kind == 0)
            snprintf(s, sizeof s, "%d.%0*d", rand() % 10000000, 1 + rand() % 10, rand() % 1000000000);
        else if (kind == 1)
            snprintf(s, sizeof s, "%.17g", (rand() - RAND_MAX / 2) * 1e-3 / (1 + rand() % 1000));
        else if (kind == 2)
            snprintf(s, sizeof s, "-%d%d.%d%de%d", rand(), rand(), rand(), rand(), rand() % 40 - 20);
        else
            snprintf(s, sizeof s, "%.25f", rand() / 7.0);
        double a, b = strtod(s, NULL);
        if (pcrs_parse_double(s, strlen(s), &a) != 0 || memcmp(&a, &b, sizeof a) != 0) {
            if (mismatches++ < 5)
                fprintf(stderr, "number %s: %.17g vs strtod %.17g\n", s, a, b);
        }
    }
    CHECK_INT(mismatches, 0);
    const char *good[] = {"0", "-0", "+1", "1.", ".5", "1e5", "1E+5", "1e-5", "00012.5000", "4.9e-324",
                          "1.7976931348623157e308", "123456789012345678901234567890"};
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        double a = 1, b = strtod(good[i], NULL);
        CHECK(pcrs_parse_double(good[i], strlen(good[i]), &a) == 0 && memcmp(&a, &b, sizeof a) == 0);
    }
    const char *bad[] = {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "INF", "0x1p3", "1 ", " 1",
                         "1e999", "--1", "1-"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        double a;
        CHECK(pcrs_parse_double(bad[i], strlen(bad[i]), &a) != 0);
    }
    /* The token form: same doubles, same refusals, the token's length. */
    const char *edge[] = {"0", "-0", "+0.0", "9007199254740992", "9007199254740993", "1234567890123456789",
                          "12345678901234567890", "0.1", "0.30000000000000004", "1848532.76650812",
                          "-5181801.00806773", "2.2250738585072014e-308", "1e22", "1e23", "1e-22",
                          "000000000000000000001", "0.0000000000000000000000001", "1e400", "nan", "inf",
                          "-", "+", ".", "1.", ".5", "1..2", "1e", "--1", "1-2", "0x10", "1,5"};
    const char *ends[] = {"", " ", "\t", "\n", "\r", " 1"};
    char token[96];
    for (size_t i = 0; i < sizeof edge / sizeof edge[0]; i++)
        for (size_t j = 0; j < sizeof ends / sizeof ends[0]; j++) {
            snprintf(token, sizeof token, "%s%s", edge[i], ends[j]);
            double a = 0, b = 0;
            size_t len = 99;
            int ra = pcrs_parse_double_token(token, &len, &a);
            int rb = pcrs_parse_double(edge[i], strlen(edge[i]), &b);
            CHECK_INT(len, strlen(edge[i]));
            CHECK_INT(ra, rb);
            CHECK(ra != 0 || memcmp(&a, &b, sizeof a) == 0);
            if (rb == 0) {
                double c = strtod(edge[i], NULL);
                CHECK(memcmp(&b, &c, sizeof b) == 0);
            }
        }
    for (int i = 0; i < 400000; i++) {
        int kind = i % 5;
        if (kind == 0)
            snprintf(s, sizeof s, "%s%d.%0*d", rand() % 2 ? "-" : "", rand() % 10000000, 1 + rand() % 12,
                     rand() % 1000000000);
        else if (kind == 1)
            snprintf(s, sizeof s, "%.*g", 1 + rand() % 20, (rand() - RAND_MAX / 2) * 1e-3 / (1 + rand() % 1000));
        else if (kind == 2)
            snprintf(s, sizeof s, "%d%d%d", rand() % 100000, rand() % 100000, rand() % 100000);
        else if (kind == 3)
            snprintf(s, sizeof s, "%d.%d%de%+d", rand() % 1000, rand(), rand(), rand() % 700 - 350);
        else
            snprintf(s, sizeof s, "0.%0*d%d", rand() % 25, 0, rand());
        double a = 0, b = strtod(s, NULL);
        size_t len = 0;
        int ok = isfinite(b) && strlen(s) <= PCRS_NUMBER_MAX_CHARS;
        snprintf(token, sizeof token, "%s ", s);
        if (pcrs_parse_double_token(token, &len, &a) != (ok ? 0 : -1) || len != strlen(s) ||
            (ok && memcmp(&a, &b, sizeof a) != 0)) {
            if (mismatches++ < 5)
                fprintf(stderr, "token %s: %.17g vs strtod %.17g\n", s, a, b);
        }
    }
    CHECK_INT(mismatches, 0);
    /* Under a decimal-comma locale (when installed) nothing changes. */
    if (setlocale(LC_NUMERIC, "fr_FR.UTF-8") || setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        double a;
        CHECK(pcrs_parse_double("1.25e-300", 9, &a) == 0 && a == 1.25e-300);
        CHECK(pcrs_parse_double("1,25", 4, &a) != 0);
        CHECK_GEOM("<gml:Point><gml:pos>1.123456789012345678901 2.5</gml:pos></gml:Point>", PCRS_GEOM_POINT,
                   "POINT (1,12345678901235 2,5)"); /* printf follows the locale, the parser does not */
        setlocale(LC_NUMERIC, "C");
    }
}

/* ---- Every geometry of the real samples ---- */

static const struct {
    const char *class_name;
    pcrs_geometry_kind kind;
} sample_kinds[] = {
    {"LimiteVoiriePCRS", PCRS_GEOM_CURVE},
    {"FacadePCRS", PCRS_GEOM_CURVE},
    {"MurPCRS", PCRS_GEOM_CURVE},
    {"SeuilPCRS", PCRS_GEOM_CURVE},
    {"AffleurantEnveloppePCRS", PCRS_GEOM_POLYGON},
    {"HabillageEnveloppePCRS", PCRS_GEOM_POLYGON},
    {"HabillageLignesPCRS", PCRS_GEOM_MULTICURVE},
    {"ArbrePCRS", PCRS_GEOM_POINT},
    {"AffleurantPointPCRS", PCRS_GEOM_POINT},
    {"AffleurantSymbolePCRS", PCRS_GEOM_POINT},
    {"EmpriseEchangePCRS", PCRS_GEOM_MULTISURFACE},
    {"EmpriseDisponibilitePCRS", PCRS_GEOM_MULTISURFACE},
    {"InitiativePCRS", PCRS_GEOM_MULTISURFACE},
};

static pcrs_geometry_kind kind_of(const char *class_name)
{
    for (size_t i = 0; i < sizeof sample_kinds / sizeof sample_kinds[0]; i++)
        if (strcmp(sample_kinds[i].class_name, class_name) == 0)
            return sample_kinds[i].kind;
    return PCRS_GEOM_NONE;
}

/* Parses every geometrie property of a file; returns the number parsed. */
static int parse_sample(const char *path, int *arcs)
{
    xmlTextReaderPtr reader = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_BIG_LINES);
    if (!reader)
        return -1;
    char feature[128] = "";
    int feature_depth = -1, parsed = 0;
    pcrs_buffer out;
    pcrs_buffer_init(&out);
    pcrs_gml_context ctx = {.crs_is_lat_long_order = lat_long_first, .max_depth = 64};
    while (xmlTextReaderRead(reader) == 1) {
        if (xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT)
            continue;
        int depth = xmlTextReaderDepth(reader);
        const char *local = (const char *)xmlTextReaderConstLocalName(reader);
        if (depth == 2) {
            snprintf(feature, sizeof feature, "%s", local);
            feature_depth = depth;
            continue;
        }
        if (depth != feature_depth + 1 || strcmp(local, "geometrie") != 0 || xmlTextReaderIsEmptyElement(reader))
            continue;
        while (xmlTextReaderRead(reader) == 1 && xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT) {
        }
        pcrs_geometry_kind kind = kind_of(feature);
        CHECK(kind != PCRS_GEOM_NONE);
        pcrs_geometry_info info;
        char err[512];
        int line = xmlTextReaderGetParserLineNumber(reader);
        pcrs_buffer_reset(&out);
        pcrs_status rc = pcrs_gml_read_geometry(reader, kind, &ctx, &out, &info, err, sizeof err);
        if (rc != PCRS_OK)
            fprintf(stderr, "%s:%d: %s: %s\n", path, line, feature, err);
        CHECK_INT(rc, PCRS_OK);
        if (rc != PCRS_OK)
            break;
        const char *w = wkt(out.data, out.size);
        CHECK(strcmp(w, "BAD WKB") != 0);
        CHECK(info.env[0] <= info.env[2] && info.env[1] <= info.env[3]);
        CHECK(!info.empty);
        *arcs += strstr(w, "CIRCULARSTRING") != NULL;
        parsed++;
    }
    pcrs_buffer_free(&out);
    xmlFreeTextReader(reader);
    return parsed;
}

static void test_real_samples(void)
{
    glob_t g;
    int total = 0, arcs = 0, files = 0;
    const char *patterns[] = {"data/real/cnigfr-PCRS/*.gml", "autotest/data/real/cnigfr-PCRS/*.gml",
                              "data/real/geovendee-montaigu/*.gml", "autotest/data/real/geovendee-montaigu/*.gml"};
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        if (glob(patterns[p], 0, NULL, &g) != 0)
            continue;
        for (size_t i = 0; i < g.gl_pathc; i++, files++) {
            int n = parse_sample(g.gl_pathv[i], &arcs);
            CHECK(n > 0);
            total += n;
        }
        globfree(&g);
    }
    CHECK_INT(files, 7);
    /* 53 + 107 + 120 + 28 + 131 geometries in the Lyon files (PROVENANCE.md), 2 in PCRS-info, 1 in Montaigu. */
    CHECK_INT(total, 442);
    CHECK(arcs > 0);
    printf("real samples: %d files, %d geometries, %d with arcs\n", files, total, arcs);
}

int main(void)
{
    test_points();
    test_lines();
    test_curves();
    test_surfaces();
    test_aggregates();
    test_kind_mismatch();
    test_errors();
    test_hostile();
    test_big_lines();
    test_srs();
    test_arc_extent();
    test_numbers();
    test_real_samples();
    CHECK_DONE();
}
