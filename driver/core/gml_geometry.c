/* GML 3.2 geometry parser on xmlTextReader: builds the model of
 * gml_geometry_model.h (coordinates parsed in place from the text nodes),
 * then gml_geometry_emit.c writes the WKB for the property's kind.
 *
 * Every element goes through begin_element() (identification by namespace
 * URI and local name, depth bound, attributes) and is fully consumed by its
 * handler, which leaves the reader on its end tag. */
#include "gml_geometry.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gml_geometry_arc.h"
#include "gml_geometry_model.h"
#include "gml_geometry_number.h"

#define DEFAULT_MAX_DEPTH 64
#define MAX_DEPTH_LIMIT 1000   /* the parser recurses once per level */
#define CONNECT_TOLERANCE 1e-9 /* relative: curve parts and ring ends closer than this are snapped */

/* ---- Element table ---- */

typedef enum gml_role {
    ROLE_POINT,
    ROLE_CURVE,
    ROLE_SURFACE,
    ROLE_AGGREGATE,
    ROLE_RING,
    ROLE_SEGMENT,
    ROLE_PATCH,
    ROLE_PROPERTY,
    ROLE_POSITIONS,
    ROLE_VALUE,
    ROLE_METADATA, /* gml:AbstractGMLType properties: skipped */
    ROLE_UNSUPPORTED_GEOMETRY,
    ROLE_UNSUPPORTED_SEGMENT,
    ROLE_UNSUPPORTED_PATCH,
    ROLE_ANY_GEOMETRY /* only as the content of gml:geometryMember(s) */
} gml_role;

/* How many points a point list needs. */
typedef enum gml_point_rule { POINTS_ANY, POINTS_AT_LEAST, POINTS_EXACTLY, POINTS_ODD } gml_point_rule;

typedef struct gml_element_def {
    const char *name;
    gml_role role;
    gml_role content;  /* properties: the role of their value(s) */
    int many;          /* properties: several values (curveMembers, segments…) */
    gml_point_rule rule; /* point lists */
    int points;
} gml_element_def;

/* Indexed by gml_element_id; names sorted (C locale) for the binary search. */
static const gml_element_def elements[GML_ELEMENT_COUNT] = {
    [GML_ARC] = {"Arc", ROLE_SEGMENT, 0, 0, POINTS_EXACTLY, 3},
    [GML_ARC_BY_BULGE] = {"ArcByBulge", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_ARC_BY_CENTER_POINT] = {"ArcByCenterPoint", ROLE_SEGMENT, 0, 0, POINTS_EXACTLY, 1},
    [GML_ARC_STRING] = {"ArcString", ROLE_SEGMENT, 0, 0, POINTS_ODD, 3},
    [GML_ARC_STRING_BY_BULGE] = {"ArcStringByBulge", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_BSPLINE] = {"BSpline", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_BEZIER] = {"Bezier", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_CIRCLE] = {"Circle", ROLE_SEGMENT, 0, 0, POINTS_EXACTLY, 3},
    [GML_CIRCLE_BY_CENTER_POINT] = {"CircleByCenterPoint", ROLE_SEGMENT, 0, 0, POINTS_EXACTLY, 1},
    [GML_CLOTHOID] = {"Clothoid", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_COMPOSITE_CURVE] = {"CompositeCurve", ROLE_CURVE, 0, 0, 0, 0},
    [GML_COMPOSITE_SOLID] = {"CompositeSolid", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_COMPOSITE_SURFACE] = {"CompositeSurface", ROLE_SURFACE, 0, 0, 0, 0},
    [GML_CONE] = {"Cone", ROLE_UNSUPPORTED_PATCH, 0, 0, 0, 0},
    [GML_CUBIC_SPLINE] = {"CubicSpline", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_CURVE] = {"Curve", ROLE_CURVE, 0, 0, 0, 0},
    [GML_CYLINDER] = {"Cylinder", ROLE_UNSUPPORTED_PATCH, 0, 0, 0, 0},
    [GML_GEODESIC] = {"Geodesic", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_GEODESIC_STRING] = {"GeodesicString", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_LINE_STRING] = {"LineString", ROLE_CURVE, 0, 0, POINTS_AT_LEAST, 2},
    [GML_LINE_STRING_SEGMENT] = {"LineStringSegment", ROLE_SEGMENT, 0, 0, POINTS_AT_LEAST, 2},
    [GML_LINEAR_RING] = {"LinearRing", ROLE_RING, 0, 0, POINTS_AT_LEAST, 4},
    [GML_MULTI_CURVE] = {"MultiCurve", ROLE_AGGREGATE, 0, 0, 0, 0},
    [GML_MULTI_GEOMETRY] = {"MultiGeometry", ROLE_AGGREGATE, 0, 0, 0, 0},
    [GML_MULTI_POINT] = {"MultiPoint", ROLE_AGGREGATE, 0, 0, 0, 0},
    [GML_MULTI_SOLID] = {"MultiSolid", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_MULTI_SURFACE] = {"MultiSurface", ROLE_AGGREGATE, 0, 0, 0, 0},
    [GML_OFFSET_CURVE] = {"OffsetCurve", ROLE_UNSUPPORTED_SEGMENT, 0, 0, 0, 0},
    [GML_ORIENTABLE_CURVE] = {"OrientableCurve", ROLE_CURVE, 0, 0, 0, 0},
    [GML_ORIENTABLE_SURFACE] = {"OrientableSurface", ROLE_SURFACE, 0, 0, 0, 0},
    [GML_POINT] = {"Point", ROLE_POINT, 0, 0, POINTS_EXACTLY, 1},
    [GML_POLYGON] = {"Polygon", ROLE_SURFACE, 0, 0, 0, 0},
    [GML_POLYGON_PATCH] = {"PolygonPatch", ROLE_PATCH, 0, 0, 0, 0},
    [GML_POLYHEDRAL_SURFACE] = {"PolyhedralSurface", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_RECTANGLE] = {"Rectangle", ROLE_PATCH, 0, 0, 0, 0},
    [GML_RING] = {"Ring", ROLE_RING, 0, 0, 0, 0},
    [GML_SHELL] = {"Shell", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_SOLID] = {"Solid", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_SPHERE] = {"Sphere", ROLE_UNSUPPORTED_PATCH, 0, 0, 0, 0},
    [GML_SURFACE] = {"Surface", ROLE_SURFACE, 0, 0, 0, 0},
    [GML_TIN] = {"Tin", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_TRIANGLE] = {"Triangle", ROLE_PATCH, 0, 0, 0, 0},
    [GML_TRIANGULATED_SURFACE] = {"TriangulatedSurface", ROLE_UNSUPPORTED_GEOMETRY, 0, 0, 0, 0},
    [GML_BASE_CURVE] = {"baseCurve", ROLE_PROPERTY, ROLE_CURVE, 0, 0, 0},
    [GML_BASE_SURFACE] = {"baseSurface", ROLE_PROPERTY, ROLE_SURFACE, 0, 0, 0},
    [GML_COORDINATES] = {"coordinates", ROLE_POSITIONS, 0, 0, 0, 0},
    [GML_CURVE_MEMBER] = {"curveMember", ROLE_PROPERTY, ROLE_CURVE, 0, 0, 0},
    [GML_CURVE_MEMBERS] = {"curveMembers", ROLE_PROPERTY, ROLE_CURVE, 1, 0, 0},
    [GML_DESCRIPTION] = {"description", ROLE_METADATA, 0, 0, 0, 0},
    [GML_DESCRIPTION_REFERENCE] = {"descriptionReference", ROLE_METADATA, 0, 0, 0, 0},
    [GML_END_ANGLE] = {"endAngle", ROLE_VALUE, 0, 0, 0, 0},
    [GML_EXTERIOR] = {"exterior", ROLE_PROPERTY, ROLE_RING, 0, 0, 0},
    [GML_GEOMETRY_MEMBER] = {"geometryMember", ROLE_PROPERTY, ROLE_ANY_GEOMETRY, 0, 0, 0},
    [GML_GEOMETRY_MEMBERS] = {"geometryMembers", ROLE_PROPERTY, ROLE_ANY_GEOMETRY, 1, 0, 0},
    [GML_IDENTIFIER] = {"identifier", ROLE_METADATA, 0, 0, 0, 0},
    [GML_INTERIOR] = {"interior", ROLE_PROPERTY, ROLE_RING, 0, 0, 0},
    [GML_META_DATA_PROPERTY] = {"metaDataProperty", ROLE_METADATA, 0, 0, 0, 0},
    [GML_NAME] = {"name", ROLE_METADATA, 0, 0, 0, 0},
    [GML_PATCHES] = {"patches", ROLE_PROPERTY, ROLE_PATCH, 1, 0, 0},
    [GML_POINT_MEMBER] = {"pointMember", ROLE_PROPERTY, ROLE_POINT, 0, 0, 0},
    [GML_POINT_MEMBERS] = {"pointMembers", ROLE_PROPERTY, ROLE_POINT, 1, 0, 0},
    [GML_POINT_PROPERTY] = {"pointProperty", ROLE_PROPERTY, ROLE_POINT, 0, 0, 0},
    [GML_POINT_REP] = {"pointRep", ROLE_PROPERTY, ROLE_POINT, 0, 0, 0},
    [GML_POS] = {"pos", ROLE_POSITIONS, 0, 0, 0, 0},
    [GML_POS_LIST] = {"posList", ROLE_POSITIONS, 0, 0, 0, 0},
    [GML_RADIUS] = {"radius", ROLE_VALUE, 0, 0, 0, 0},
    [GML_SEGMENTS] = {"segments", ROLE_PROPERTY, ROLE_SEGMENT, 1, 0, 0},
    [GML_START_ANGLE] = {"startAngle", ROLE_VALUE, 0, 0, 0, 0},
    [GML_SURFACE_MEMBER] = {"surfaceMember", ROLE_PROPERTY, ROLE_SURFACE, 0, 0, 0},
    [GML_SURFACE_MEMBERS] = {"surfaceMembers", ROLE_PROPERTY, ROLE_SURFACE, 1, 0, 0},
};

/* Which member properties each aggregate takes. */
static const struct aggregate_rule {
    gml_element_id aggregate;
    gml_node_type node;
    gml_element_id member, members;
} aggregate_rules[] = {
    {GML_MULTI_POINT, GML_NODE_MULTIPOINT, GML_POINT_MEMBER, GML_POINT_MEMBERS},
    {GML_MULTI_CURVE, GML_NODE_MULTICURVE, GML_CURVE_MEMBER, GML_CURVE_MEMBERS},
    {GML_MULTI_SURFACE, GML_NODE_MULTISURFACE, GML_SURFACE_MEMBER, GML_SURFACE_MEMBERS},
    {GML_MULTI_GEOMETRY, GML_NODE_COLLECTION, GML_GEOMETRY_MEMBER, GML_GEOMETRY_MEMBERS},
};

static int compare_element_name(const void *key, const void *entry)
{
    return strcmp((const char *)key, ((const gml_element_def *)entry)->name);
}

static int find_element(const char *local_name)
{
    const gml_element_def *def = bsearch(local_name, elements, GML_ELEMENT_COUNT, sizeof elements[0],
                                         compare_element_name);
    return def ? (int)(def - elements) : GML_UNKNOWN;
}

const char *pcrs_gml_element_name(int id)
{
    return id >= 0 && id < GML_ELEMENT_COUNT ? elements[id].name : "?";
}

void pcrs_gml_format_error(char *err, size_t err_size, int line, int element_id, const char *fmt, ...)
{
    if (!err || err_size == 0)
        return;
    int n = snprintf(err, err_size, "line %d: <gml:%s>: ", line, pcrs_gml_element_name(element_id));
    if (n < 0 || (size_t)n >= err_size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err + n, err_size - (size_t)n, fmt, ap);
    va_end(ap);
}

/* ---- Parser state ---- */

typedef struct gml_state {
    xmlTextReaderPtr reader;
    const pcrs_gml_context *ctx;
    pcrs_gml_id_fn on_id;
    void *id_user;
    int base_depth, max_depth;
    gml_geometry g;
    int srs_dimension;   /* srsDimension in force (nearest ancestor), 0: none */
    char *srs_name;      /* the first srsName met */
    int epsg;
    pcrs_srs_form srs_form;
    pcrs_buffer text;    /* gml:coordinates and single values */
    char *err;
    size_t err_size;
} gml_state;

/* The element the reader is on, as begin_element() saw it. */
typedef struct gml_elem {
    int id; /* GML_UNKNOWN: not a GML element of the table */
    int line, depth, empty;
    int saved_dimension;
    int reversed; /* orientation="-" */
    int has_href;
    char cs, ts, decimal;
    int radians;       /* uom of an angle */
    char qname[96];    /* name as written, for unknown elements */
} gml_elem;

static pcrs_status fail(gml_state *st, pcrs_status code, const gml_elem *e, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static pcrs_status fail(gml_state *st, pcrs_status code, const gml_elem *e, const char *fmt, ...)
{
    if (!st->err || st->err_size == 0)
        return code;
    int n;
    if (e->id == GML_UNKNOWN)
        n = snprintf(st->err, st->err_size, "line %d: <%s>: ", e->line, e->qname);
    else
        n = snprintf(st->err, st->err_size, "line %d: <gml:%s>: ", e->line, elements[e->id].name);
    if (n >= 0 && (size_t)n < st->err_size) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(st->err + n, st->err_size - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return code;
}

static pcrs_status no_memory(gml_state *st, const gml_elem *e)
{
    return fail(st, PCRS_ERR_NOMEM, e, "out of memory");
}

#define TRY(expr)                    \
    do {                             \
        pcrs_status try_ = (expr);   \
        if (try_ != PCRS_OK)         \
            return try_;             \
    } while (0)

static int grow(void **array, size_t *capacity, size_t needed, size_t item_size)
{
    if (needed <= *capacity)
        return 0;
    size_t cap = *capacity ? *capacity : 64;
    while (cap < needed) {
        if (cap > SIZE_MAX / 2 / item_size)
            return -1;
        cap *= 2;
    }
    void *p = realloc(*array, cap * item_size);
    if (!p)
        return -1;
    *array = p;
    *capacity = cap;
    return 0;
}

static pcrs_status push_point(gml_state *st, const gml_elem *e, double x, double y, double z)
{
    gml_geometry *g = &st->g;
    if (g->point_count == g->point_capacity &&
        grow((void **)&g->xyz, &g->point_capacity, g->point_count + 1, 3 * sizeof(double)) != 0)
        return no_memory(st, e);
    double *p = g->xyz + 3 * g->point_count++;
    p[0] = x;
    p[1] = y;
    p[2] = z;
    return PCRS_OK;
}

static pcrs_status add_part(gml_state *st, const gml_elem *e, int arc, size_t first, size_t count)
{
    gml_geometry *g = &st->g;
    if (count > UINT32_MAX)
        return fail(st, PCRS_ERR_DATA, e, "%zu points: too many for one curve", count);
    if (grow((void **)&g->parts, &g->part_capacity, g->part_count + 1, sizeof(gml_part)) != 0)
        return no_memory(st, e);
    g->parts[g->part_count++] = (gml_part){arc, e->id, e->line, first, count};
    return PCRS_OK;
}

static pcrs_status add_node(gml_state *st, const gml_elem *e, gml_node_type type, int *index)
{
    gml_geometry *g = &st->g;
    if (g->node_count >= INT32_MAX ||
        grow((void **)&g->nodes, &g->node_capacity, g->node_count + 1, sizeof(gml_node)) != 0)
        return no_memory(st, e);
    *index = (int)g->node_count;
    g->nodes[g->node_count++] = (gml_node){type, e->id, e->line, 0, 0, -1, -1, -1, 0};
    return PCRS_OK;
}

static pcrs_status add_child(gml_state *st, const gml_elem *e, int parent, int child)
{
    gml_node *p = &st->g.nodes[parent];
    if (p->child_count >= UINT32_MAX)
        return fail(st, PCRS_ERR_DATA, e, "too many members");
    if (p->last_child < 0)
        p->first_child = child;
    else
        st->g.nodes[p->last_child].next_sibling = child;
    p->last_child = child;
    p->child_count++;
    return PCRS_OK;
}

/* ---- Reader walking ---- */

static int is_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int is_blank(const char *s)
{
    while (is_space((unsigned char)*s))
        s++;
    return *s == '\0';
}

/* Line of the element the reader is on: the node's own line is exact; past
 * 65535 lines (without XML_PARSE_BIG_LINES) fall back to the parser's line. */
static int current_line(xmlTextReaderPtr reader)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(reader);
    long line = node ? xmlGetLineNo(node) : -1;
    if (line <= 0 || line == 65535)
        line = xmlTextReaderGetParserLineNumber(reader);
    return line > INT32_MAX ? INT32_MAX : (int)line;
}

static pcrs_status read_failure(gml_state *st, const gml_elem *e, int rc)
{
    return rc < 0 ? fail(st, PCRS_ERR_XML, e, "XML error inside this element")
                  : fail(st, PCRS_ERR_XML, e, "document ends inside this element");
}

static pcrs_status parse_srs_dimension(gml_state *st, const gml_elem *e, const char *value)
{
    while (is_space((unsigned char)*value))
        value++;
    long v = 0;
    const char *p = value;
    for (; *p >= '0' && *p <= '9' && v < 1000; p++)
        v = v * 10 + (*p - '0');
    if (p == value || !is_blank(p))
        return fail(st, PCRS_ERR_DATA, e, "srsDimension \"%.20s\" is not an integer", value);
    if (v > 3)
        return fail(st, PCRS_ERR_UNSUPPORTED, e, "srsDimension %ld is not supported (2 or 3)", v);
    if (v < 2)
        return fail(st, PCRS_ERR_DATA, e, "srsDimension %ld: coordinates need 2 or 3 dimensions", v);
    st->srs_dimension = (int)v;
    return PCRS_OK;
}

static int swaps_like_urn(pcrs_srs_form form)
{
    return form == PCRS_SRS_URN || form == PCRS_SRS_URN_MALFORMED || form == PCRS_SRS_URL;
}

/* The first srsName holds for the whole geometry; inner ones must agree. */
static pcrs_status check_srs_name(gml_state *st, const gml_elem *e, const char *value)
{
    if (!st->srs_name) {
        size_t n = strlen(value);
        st->srs_name = malloc(n + 1);
        if (!st->srs_name)
            return no_memory(st, e);
        memcpy(st->srs_name, value, n + 1);
        st->epsg = pcrs_parse_srs_name(value, &st->srs_form);
        return PCRS_OK;
    }
    if (strcmp(st->srs_name, value) == 0)
        return PCRS_OK;
    pcrs_srs_form form;
    int epsg = pcrs_parse_srs_name(value, &form);
    if (epsg != 0 && epsg == st->epsg && swaps_like_urn(form) == swaps_like_urn(st->srs_form))
        return PCRS_OK;
    return fail(st, PCRS_ERR_DATA, e, "srsName \"%.100s\" differs from the geometry's \"%.100s\"", value,
                st->srs_name);
}

static pcrs_status parse_separator(gml_state *st, const gml_elem *e, const char *name,
                                   const char *value, char *out)
{
    if (value[0] == '\0' || value[1] != '\0')
        return fail(st, PCRS_ERR_UNSUPPORTED, e, "%s=\"%.20s\": only one-character separators are supported",
                    name, value);
    *out = value[0];
    return PCRS_OK;
}

static int contains(const char *s, const char *part) { return strstr(s, part) != NULL; }

static pcrs_status parse_angle_uom(gml_state *st, gml_elem *e, const char *value)
{
    if (strcmp(value, "rad") == 0 || strcmp(value, "radian") == 0 || contains(value, "9101"))
        e->radians = 1;
    else if (strcmp(value, "deg") == 0 || strcmp(value, "degree") == 0 || contains(value, "9102"))
        e->radians = 0;
    else
        return fail(st, PCRS_ERR_UNSUPPORTED, e, "angle unit \"%.60s\" is not supported (deg or rad)", value);
    return PCRS_OK;
}

/* Namespace of the reader's node (element or attribute) straight from the
 * tree: xmlTextReaderConstNamespaceUri costs a dictionary lookup per call. */
static const char *node_namespace(const gml_state *st)
{
    xmlNodePtr node = xmlTextReaderCurrentNode(st->reader);
    if (!node)
        return NULL;
    if (node->type == XML_ELEMENT_NODE)
        return node->ns ? (const char *)node->ns->href : NULL;
    if (node->type == XML_ATTRIBUTE_NODE) {
        xmlAttrPtr attribute = (xmlAttrPtr)node;
        return attribute->ns ? (const char *)attribute->ns->href : NULL;
    }
    return (const char *)xmlTextReaderConstNamespaceUri(st->reader); /* xmlns declarations */
}

/* By text: an href's memory may be reused by a later local declaration. */
static int is_gml_namespace(const char *ns) { return ns && strcmp(ns, PCRS_NS_GML) == 0; }

static pcrs_status read_attribute(gml_state *st, gml_elem *e)
{
    xmlTextReaderPtr r = st->reader;
    const char *ns = node_namespace(st);
    const char *name = (const char *)xmlTextReaderConstLocalName(r);
    const char *value = (const char *)xmlTextReaderConstValue(r);
    if (!name || !value)
        return PCRS_OK;
    if (ns) {
        if (st->on_id && is_gml_namespace(ns) && strcmp(name, "id") == 0)
            st->on_id(st->id_user, value, e->line);
        else if (strcmp(ns, PCRS_NS_XLINK) == 0 && strcmp(name, "href") == 0)
            e->has_href = 1;
        return PCRS_OK;
    }
    if (strcmp(name, "srsName") == 0)
        return is_blank(value) ? PCRS_OK : check_srs_name(st, e, value);
    if (strcmp(name, "srsDimension") == 0)
        return parse_srs_dimension(st, e, value);
    if (strcmp(name, "orientation") == 0) {
        if (strcmp(value, "-") != 0 && strcmp(value, "+") != 0)
            return fail(st, PCRS_ERR_DATA, e, "orientation \"%.20s\" is neither + nor -", value);
        e->reversed = value[0] == '-';
    } else if (e->id == GML_COORDINATES && strcmp(name, "cs") == 0) {
        return parse_separator(st, e, "cs", value, &e->cs);
    } else if (e->id == GML_COORDINATES && strcmp(name, "ts") == 0) {
        return parse_separator(st, e, "ts", value, &e->ts);
    } else if (e->id == GML_COORDINATES && strcmp(name, "decimal") == 0) {
        return parse_separator(st, e, "decimal", value, &e->decimal);
    } else if ((e->id == GML_START_ANGLE || e->id == GML_END_ANGLE) && strcmp(name, "uom") == 0) {
        return parse_angle_uom(st, e, value);
    }
    return PCRS_OK;
}

/* The reader is on a start tag: identify it, check the depth, read its
 * attributes (srsDimension takes effect until end_element()). */
static pcrs_status begin_element(gml_state *st, gml_elem *e)
{
    xmlTextReaderPtr r = st->reader;
    e->id = GML_UNKNOWN;
    e->reversed = e->has_href = e->radians = 0;
    e->cs = ',';
    e->ts = ' ';
    e->decimal = '.';
    e->qname[0] = '\0';
    e->depth = xmlTextReaderDepth(r);
    e->empty = xmlTextReaderIsEmptyElement(r) == 1;
    e->line = current_line(r);
    e->saved_dimension = st->srs_dimension;
    const char *local = (const char *)xmlTextReaderConstLocalName(r);
    if (local && is_gml_namespace(node_namespace(st)))
        e->id = find_element(local);
    if (e->id == GML_UNKNOWN) {
        const char *qname = (const char *)xmlTextReaderConstName(r);
        snprintf(e->qname, sizeof e->qname, "%s", qname ? qname : "?");
    }
    if (e->depth - st->base_depth > st->max_depth)
        return fail(st, PCRS_ERR_HOSTILE, e, "nested more than %d levels below the geometry", st->max_depth);
    if (e->id == GML_UNKNOWN || xmlTextReaderHasAttributes(r) != 1)
        return PCRS_OK;
    pcrs_status rc = PCRS_OK;
    for (int more = xmlTextReaderMoveToFirstAttribute(r); more == 1 && rc == PCRS_OK;
         more = xmlTextReaderMoveToNextAttribute(r))
        rc = read_attribute(st, e);
    xmlTextReaderMoveToElement(r);
    return rc;
}

static void end_element(gml_state *st, const gml_elem *e) { st->srs_dimension = e->saved_dimension; }

/* Moves to the next child element of `parent` (*found = 1, on its start
 * tag) or to the end tag of `parent` (*found = 0). Text is not expected. */
static pcrs_status next_child(gml_state *st, const gml_elem *parent, int *found)
{
    *found = 0;
    if (parent->empty)
        return PCRS_OK;
    for (;;) {
        int rc = xmlTextReaderRead(st->reader);
        if (rc != 1)
            return read_failure(st, parent, rc);
        switch (xmlTextReaderNodeType(st->reader)) {
        case XML_READER_TYPE_ELEMENT:
            *found = 1;
            return PCRS_OK;
        case XML_READER_TYPE_END_ELEMENT:
            if (xmlTextReaderDepth(st->reader) <= parent->depth)
                return PCRS_OK;
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA: {
            const char *text = (const char *)xmlTextReaderConstValue(st->reader);
            if (text && !is_blank(text))
                return fail(st, PCRS_ERR_DATA, parent, "unexpected text \"%.30s\"", text);
            break;
        }
        default:
            break;
        }
    }
}

static pcrs_status skip_element(gml_state *st, const gml_elem *e)
{
    if (e->empty)
        return PCRS_OK;
    for (;;) {
        int rc = xmlTextReaderRead(st->reader);
        if (rc != 1)
            return read_failure(st, e, rc);
        if (xmlTextReaderNodeType(st->reader) == XML_READER_TYPE_END_ELEMENT &&
            xmlTextReaderDepth(st->reader) <= e->depth)
            return PCRS_OK;
    }
}

/* A child that has no place in `parent`: an error, UNSUPPORTED for valid GML we do not read. */
static pcrs_status unexpected(gml_state *st, const gml_elem *child, const gml_elem *parent)
{
    if (child->id != GML_UNKNOWN) {
        switch (elements[child->id].role) {
        case ROLE_UNSUPPORTED_SEGMENT:
            return fail(st, PCRS_ERR_UNSUPPORTED, child, "curve segments of this type are not supported");
        case ROLE_UNSUPPORTED_GEOMETRY:
            return fail(st, PCRS_ERR_UNSUPPORTED, child, "geometries of this type are not supported");
        case ROLE_UNSUPPORTED_PATCH:
            return fail(st, PCRS_ERR_UNSUPPORTED, child, "surface patches of this type are not supported");
        default:
            break;
        }
    }
    if (!parent)
        return fail(st, PCRS_ERR_DATA, child, "not a GML geometry");
    if (parent->id == GML_UNKNOWN)
        return fail(st, PCRS_ERR_DATA, child, "unexpected inside <%s>", parent->qname);
    return fail(st, PCRS_ERR_DATA, child, "unexpected inside <gml:%s>", elements[parent->id].name);
}

static int is_geometry_role(gml_role role)
{
    return role == ROLE_POINT || role == ROLE_CURVE || role == ROLE_SURFACE || role == ROLE_AGGREGATE;
}

/* Iterates over the values of a property element (curveMember, exterior,
 * segments…): each call begins the next value in *value (its role checked)
 * or returns *found = 0 at the property's end tag. The caller consumes
 * the value and calls end_element() before the next call. */
static pcrs_status next_value(gml_state *st, const gml_elem *prop, gml_elem *value, size_t *count, int *found)
{
    const gml_element_def *def = &elements[prop->id];
    if (*count == 0 && prop->has_href)
        return fail(st, PCRS_ERR_UNSUPPORTED, prop, "geometry by reference (xlink:href) is not supported");
    TRY(next_child(st, prop, found));
    if (!*found) {
        if (*count == 0 && !def->many)
            return fail(st, PCRS_ERR_DATA, prop, "empty property: a geometry is expected");
        return PCRS_OK;
    }
    TRY(begin_element(st, value));
    gml_role role = value->id == GML_UNKNOWN ? ROLE_METADATA : elements[value->id].role;
    int fits = def->content == ROLE_ANY_GEOMETRY ? is_geometry_role(role) : role == def->content;
    if (!fits)
        return unexpected(st, value, prop);
    if (*count > 0 && !def->many)
        return fail(st, PCRS_ERR_DATA, value, "more than one value in <gml:%s>", def->name);
    ++*count;
    return PCRS_OK;
}

/* ---- Coordinates ---- */

static pcrs_status set_dimension(gml_state *st, const gml_elem *e, int dim)
{
    if (st->g.dim == 0)
        st->g.dim = dim;
    else if (st->g.dim != dim)
        return fail(st, PCRS_ERR_DATA, e, "%dD coordinates in a geometry whose coordinates are %dD", dim,
                    st->g.dim);
    return PCRS_OK;
}

/* Numbers of a gml:pos / gml:posList, fed text node by text node. */
typedef struct position_sink {
    gml_state *st;
    const gml_elem *e;
    int dim; /* values per position; 0: a single gml:pos of 2 or 3 values */
    double tuple[3];
    int in_tuple;
    size_t values;
    char carry[PCRS_NUMBER_MAX_CHARS + 1]; /* a number cut by the end of a text node */
    size_t carry_len;
} position_sink;

static pcrs_status not_a_number(position_sink *s, const char *text, size_t len)
{
    return fail(s->st, PCRS_ERR_DATA, s->e, "\"%.*s\" is not a number", len > 40 ? 40 : (int)len, text);
}

static pcrs_status sink_value(position_sink *s, double v)
{
    s->values++;
    if (s->dim == 0) {
        if (s->in_tuple == 3)
            return fail(s->st, PCRS_ERR_DATA, s->e, "more than 3 values for one position");
        s->tuple[s->in_tuple++] = v;
        return PCRS_OK;
    }
    s->tuple[s->in_tuple++] = v;
    if (s->in_tuple < s->dim)
        return PCRS_OK;
    s->in_tuple = 0;
    return push_point(s->st, s->e, s->tuple[0], s->tuple[1], s->dim == 3 ? s->tuple[2] : 0);
}

static pcrs_status sink_number(position_sink *s, const char *text, size_t len)
{
    double v;
    if (pcrs_parse_double(text, len, &v) != 0)
        return not_a_number(s, text, len);
    return sink_value(s, v);
}

static pcrs_status sink_flush_carry(position_sink *s)
{
    if (s->carry_len == 0)
        return PCRS_OK;
    size_t n = s->carry_len;
    s->carry_len = 0;
    return sink_number(s, s->carry, n);
}

static pcrs_status sink_keep(position_sink *s, const char *text, size_t len)
{
    if (s->carry_len + len > PCRS_NUMBER_MAX_CHARS)
        return fail(s->st, PCRS_ERR_DATA, s->e, "\"%.40s…\" is not a number (too long)", s->carry);
    memcpy(s->carry + s->carry_len, text, len);
    s->carry_len += len;
    s->carry[s->carry_len] = '\0';
    return PCRS_OK;
}

/* Parses the numbers of one text node in place. The last number may go on
 * in the next text node (after a comment…), so it waits in `carry`. */
static pcrs_status sink_feed(position_sink *s, const char *p)
{
    if (s->carry_len > 0 && *p && !is_space((unsigned char)*p)) {
        const char *start = p;
        while (*p && !is_space((unsigned char)*p))
            p++;
        TRY(sink_keep(s, start, (size_t)(p - start)));
        if (!*p)
            return PCRS_OK;
    }
    TRY(sink_flush_carry(s));
    for (;;) {
        while (is_space((unsigned char)*p))
            p++;
        if (!*p)
            return PCRS_OK;
        size_t len;
        double v;
        int rc = pcrs_parse_double_token(p, &len, &v); /* finds the end and parses at once */
        if (!p[len])
            return sink_keep(s, p, len);
        if (rc != 0)
            return not_a_number(s, p, len);
        TRY(sink_value(s, v));
        p += len;
    }
}

typedef pcrs_status (*text_fn)(gml_state *st, void *user, const char *text);

/* Feeds every text node of a text-only element to fn; ends on its end tag. */
static pcrs_status read_text(gml_state *st, const gml_elem *e, text_fn fn, void *user)
{
    if (e->empty)
        return PCRS_OK;
    for (;;) {
        int rc = xmlTextReaderRead(st->reader);
        if (rc != 1)
            return read_failure(st, e, rc);
        switch (xmlTextReaderNodeType(st->reader)) {
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE: {
            const char *text = (const char *)xmlTextReaderConstValue(st->reader);
            if (text)
                TRY(fn(st, user, text));
            break;
        }
        case XML_READER_TYPE_ELEMENT: {
            gml_elem child;
            TRY(begin_element(st, &child));
            return unexpected(st, &child, e);
        }
        case XML_READER_TYPE_END_ELEMENT:
            return PCRS_OK;
        default:
            break;
        }
    }
}

static pcrs_status feed_sink(gml_state *st, void *user, const char *text)
{
    (void)st;
    return sink_feed(user, text);
}

static pcrs_status append_text(gml_state *st, void *user, const char *text)
{
    (void)user;
    if (pcrs_buffer_append(&st->text, text, strlen(text)) != 0)
        return PCRS_ERR_NOMEM;
    return PCRS_OK;
}

/* The element's whole text, NUL-terminated, in st->text. */
static pcrs_status collect_text(gml_state *st, const gml_elem *e, const char **text)
{
    pcrs_buffer_reset(&st->text);
    pcrs_status rc = read_text(st, e, append_text, NULL);
    if (rc == PCRS_ERR_NOMEM || (rc == PCRS_OK && pcrs_buffer_append_u8(&st->text, 0) != 0))
        return no_memory(st, e);
    *text = (const char *)st->text.data;
    return rc;
}

static pcrs_status read_pos_or_pos_list(gml_state *st, const gml_elem *e)
{
    position_sink s = {.st = st, .e = e};
    int single = e->id == GML_POS;
    s.dim = st->srs_dimension ? st->srs_dimension : (single ? 0 : 2);
    TRY(read_text(st, e, feed_sink, &s));
    TRY(sink_flush_carry(&s));
    if (single && s.dim == 0) {
        if (s.values < 2)
            return fail(st, PCRS_ERR_DATA, e, "%zu value(s): a position needs 2 or 3", s.values);
        s.dim = s.in_tuple;
        TRY(push_point(st, e, s.tuple[0], s.tuple[1], s.dim == 3 ? s.tuple[2] : 0));
    } else if (single && s.values != (size_t)s.dim) {
        return fail(st, PCRS_ERR_DATA, e, "%zu values for one position of dimension %d", s.values, s.dim);
    } else if (s.in_tuple != 0) {
        return fail(st, PCRS_ERR_DATA, e, "%zu values is not a multiple of the dimension %d", s.values,
                    s.dim);
    }
    return s.values ? set_dimension(st, e, s.dim) : PCRS_OK;
}

/* gml:coordinates: values separated by cs, tuples by ts (a blank ts: any
 * whitespace), decimal mark `decimal`; blanks around separators tolerated. */
static pcrs_status read_coordinates(gml_state *st, const gml_elem *e)
{
    char cs = e->cs, ts = e->ts, dec = e->decimal;
    int cs_blank = is_space((unsigned char)cs), ts_blank = is_space((unsigned char)ts);
    if (cs == ts || cs == dec || ts == dec || (cs_blank && ts_blank) || is_space((unsigned char)dec))
        return fail(st, PCRS_ERR_DATA, e, "cs, ts and decimal must be different characters");
    const char *p;
    TRY(collect_text(st, e, &p));
    double tuple[3];
    int in_tuple = 0, dim = 0;
    while (is_space((unsigned char)*p))
        p++;
    while (*p) {
        char number[PCRS_NUMBER_MAX_CHARS];
        size_t n = 0;
        const char *start = p;
        for (; *p && *p != cs && *p != ts && !is_space((unsigned char)*p); p++) {
            if (n == sizeof number)
                return fail(st, PCRS_ERR_DATA, e, "\"%.40s…\" is not a number (too long)", start);
            /* The decimal mark becomes '.', and a '.' that is not the mark becomes invalid. */
            number[n++] = *p == dec ? '.' : (*p == '.' ? '?' : *p);
        }
        double v;
        if (n == 0)
            return fail(st, PCRS_ERR_DATA, e, "empty value before \"%.20s\"", p);
        if (pcrs_parse_double(number, n, &v) != 0)
            return fail(st, PCRS_ERR_DATA, e, "\"%.*s\" is not a number", n > 40 ? 40 : (int)n, start);
        if (in_tuple == 3)
            return fail(st, PCRS_ERR_DATA, e, "more than 3 values in a tuple");
        tuple[in_tuple++] = v;
        int blank = 0, tuple_ends;
        for (; is_space((unsigned char)*p); p++)
            blank = 1;
        if (!*p) {
            tuple_ends = 1;
        } else if (!cs_blank && *p == cs) {
            tuple_ends = 0;
            for (p++; is_space((unsigned char)*p); p++) {
            }
            if (!*p)
                return fail(st, PCRS_ERR_DATA, e, "a value is missing after the last '%c'", cs);
        } else if (!ts_blank && *p == ts) {
            tuple_ends = 1;
            for (p++; is_space((unsigned char)*p); p++) {
            }
        } else if (blank) {
            tuple_ends = ts_blank;
        } else {
            return fail(st, PCRS_ERR_DATA, e, "unexpected character '%c'", *p);
        }
        if (!tuple_ends)
            continue;
        if (dim == 0) {
            if (in_tuple < 2)
                return fail(st, PCRS_ERR_DATA, e, "a tuple of %d value: 2 or 3 are needed", in_tuple);
            dim = in_tuple;
            if (st->srs_dimension && dim != st->srs_dimension)
                return fail(st, PCRS_ERR_DATA, e, "tuples of %d values but srsDimension is %d", dim,
                            st->srs_dimension);
        } else if (in_tuple != dim) {
            return fail(st, PCRS_ERR_DATA, e, "a tuple of %d values after tuples of %d", in_tuple, dim);
        }
        TRY(push_point(st, e, tuple[0], tuple[1], dim == 3 ? tuple[2] : 0));
        in_tuple = 0;
    }
    return dim ? set_dimension(st, e, dim) : PCRS_OK;
}

static pcrs_status read_positions(gml_state *st, const gml_elem *e)
{
    return e->id == GML_COORDINATES ? read_coordinates(st, e) : read_pos_or_pos_list(st, e);
}

static pcrs_status read_point_list(gml_state *st, const gml_elem *e, size_t *first, size_t *count);

/* One child of a point list: positions, or a point by property. Returns
 * *handled = 0 for other elements (left to the caller). */
static pcrs_status read_position_child(gml_state *st, const gml_elem *child, int *handled)
{
    *handled = 1;
    if (child->id == GML_UNKNOWN) {
        *handled = 0;
        return PCRS_OK;
    }
    switch (elements[child->id].role) {
    case ROLE_POSITIONS:
        return read_positions(st, child);
    case ROLE_METADATA:
        return skip_element(st, child);
    default:
        break;
    }
    if (child->id != GML_POINT_PROPERTY && child->id != GML_POINT_REP) {
        *handled = 0;
        return PCRS_OK;
    }
    gml_elem point;
    size_t values = 0, first, count;
    int found;
    for (;;) {
        TRY(next_value(st, child, &point, &values, &found));
        if (!found)
            return PCRS_OK;
        TRY(read_point_list(st, &point, &first, &count));
        end_element(st, &point);
    }
}

/* Reads the positions inside `e` (pos, posList, coordinates, pointProperty,
 * pointRep) and checks their number against the element's rule. */
static pcrs_status read_point_list(gml_state *st, const gml_elem *e, size_t *first, size_t *count)
{
    *first = st->g.point_count;
    gml_elem child;
    int found, handled;
    for (;;) {
        TRY(next_child(st, e, &found));
        if (!found)
            break;
        TRY(begin_element(st, &child));
        TRY(read_position_child(st, &child, &handled));
        if (!handled)
            return unexpected(st, &child, e);
        end_element(st, &child);
    }
    *count = st->g.point_count - *first;
    const gml_element_def *def = &elements[e->id];
    size_t n = *count, need = (size_t)def->points;
    switch (def->rule) {
    case POINTS_AT_LEAST:
        if (n < need)
            return fail(st, PCRS_ERR_DATA, e, "%zu point(s): at least %zu are needed", n, need);
        break;
    case POINTS_EXACTLY:
        if (n != need)
            return fail(st, PCRS_ERR_DATA, e, "%zu point(s): exactly %zu are needed", n, need);
        break;
    case POINTS_ODD:
        if (n < need || n % 2 == 0)
            return fail(st, PCRS_ERR_DATA, e, "%zu point(s): an odd number, at least %zu, is needed", n, need);
        break;
    case POINTS_ANY:
        break;
    }
    return PCRS_OK;
}

/* ---- Curves ---- */

/* Snaps p onto ref when they differ by at most CONNECT_TOLERANCE (relative);
 * returns 0 when they are farther apart. */
static int snap_point(double *p, const double *ref)
{
    for (int k = 0; k < 3; k++) {
        if (p[k] != ref[k] && fabs(p[k] - ref[k]) > CONNECT_TOLERANCE * fmax(fabs(p[k]), fabs(ref[k])))
            return 0;
    }
    memcpy(p, ref, 3 * sizeof(double));
    return 1;
}

/* Each part must start where the previous one ends. */
static pcrs_status connect_parts(gml_state *st, size_t first_part)
{
    gml_geometry *g = &st->g;
    for (size_t i = first_part + 1; i < g->part_count; i++) {
        const gml_part *prev = &g->parts[i - 1], *cur = &g->parts[i];
        const double *end = g->xyz + 3 * (prev->first + prev->count - 1);
        double *start = g->xyz + 3 * cur->first;
        if (!snap_point(start, end)) {
            gml_elem at = {.id = cur->element, .line = cur->line};
            return fail(st, PCRS_ERR_DATA, &at,
                        "curve parts are not connected: this one starts at (%.15g %.15g), the previous "
                        "one ends at (%.15g %.15g)",
                        start[0], start[1], end[0], end[1]);
        }
    }
    return PCRS_OK;
}

static void reverse_points(double *xyz, size_t first, size_t count)
{
    if (count < 2)
        return;
    for (size_t i = first, j = first + count - 1; i < j; i++, j--) {
        double t[3];
        memcpy(t, xyz + 3 * i, sizeof t);
        memcpy(xyz + 3 * i, xyz + 3 * j, sizeof t);
        memcpy(xyz + 3 * j, t, sizeof t);
    }
}

/* Reverses the curve made of parts [from, to). */
static void reverse_parts(gml_geometry *g, size_t from, size_t to)
{
    for (size_t i = from, j = to - 1; i < j && j != (size_t)-1; i++, j--) {
        gml_part t = g->parts[i];
        g->parts[i] = g->parts[j];
        g->parts[j] = t;
    }
    for (size_t i = from; i < to; i++)
        reverse_points(g->xyz, g->parts[i].first, g->parts[i].count);
}

typedef pcrs_status (*value_fn)(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user);

/* Reads the children of `e`: the values of its properties `prop_a` or
 * `prop_b` go to fn (in document order), gml:name and the like are skipped,
 * anything else is an error. *count: number of values. */
static pcrs_status read_properties(gml_state *st, const gml_elem *e, int prop_a, int prop_b, value_fn fn,
                                   void *user, size_t *count)
{
    *count = 0;
    gml_elem prop, value;
    int found;
    for (;;) {
        TRY(next_child(st, e, &found));
        if (!found)
            return PCRS_OK;
        TRY(begin_element(st, &prop));
        if (prop.id != GML_UNKNOWN && (prop.id == prop_a || prop.id == prop_b)) {
            size_t values = 0;
            for (;;) {
                TRY(next_value(st, &prop, &value, &values, &found));
                if (!found)
                    break;
                TRY(fn(st, &prop, &value, user));
                end_element(st, &value);
            }
            *count += values;
        } else if (prop.id != GML_UNKNOWN && elements[prop.id].role == ROLE_METADATA) {
            TRY(skip_element(st, &prop));
        } else {
            return unexpected(st, &prop, e);
        }
        end_element(st, &prop);
    }
}

/* A number alone in an element (radius, angles). */
static pcrs_status read_number(gml_state *st, const gml_elem *e, double *v)
{
    const char *text;
    TRY(collect_text(st, e, &text));
    while (is_space((unsigned char)*text))
        text++;
    size_t n = strlen(text);
    while (n > 0 && is_space((unsigned char)text[n - 1]))
        n--;
    if (pcrs_parse_double(text, n, v) != 0)
        return fail(st, PCRS_ERR_DATA, e, "\"%.*s\" is not a number", n > 40 ? 40 : (int)n, text);
    return PCRS_OK;
}

/* gml:Circle: p0 p1 p2 → the CircularString p0 p1 p2 p3 p0, p3 halfway
 * from p2 back to p0 at the height of p2 (as GDAL's GML reader does:
 * orientation and given points kept). */
static pcrs_status complete_circle(gml_state *st, const gml_elem *e, size_t first)
{
    const double *p = st->g.xyz + 3 * first;
    double center[2], r, mid[2];
    int direction;
    if (pcrs_circle_through(p, p + 3, p + 6, center, &r, &direction) != 0)
        return fail(st, PCRS_ERR_DATA, e, "the 3 points do not define a circle (collinear or repeated)");
    pcrs_arc_midpoint(center, r, p + 6, p, direction, mid);
    double start[3] = {p[0], p[1], p[2]}, z = p[8];
    TRY(push_point(st, e, mid[0], mid[1], z));
    return push_point(st, e, start[0], start[1], start[2]);
}

/* gml:ArcByCenterPoint / CircleByCenterPoint → a CircularString: start,
 * middle and end for an arc, 4 quarter points and back for a circle. */
static pcrs_status parse_arc_by_center(gml_state *st, const gml_elem *e)
{
    size_t first = st->g.point_count;
    double radius = 0, angle[2] = {0, 0};
    int have_radius = 0, have_angle[2] = {0, 0};
    gml_elem child;
    int found, handled;
    for (;;) {
        TRY(next_child(st, e, &found));
        if (!found)
            break;
        TRY(begin_element(st, &child));
        TRY(read_position_child(st, &child, &handled));
        if (handled) {
        } else if (child.id == GML_RADIUS) {
            TRY(read_number(st, &child, &radius));
            have_radius = 1;
        } else if (child.id == GML_START_ANGLE || child.id == GML_END_ANGLE) {
            int k = child.id == GML_END_ANGLE;
            TRY(read_number(st, &child, &angle[k]));
            if (child.radians)
                angle[k] *= 180.0 / 3.14159265358979323846;
            have_angle[k] = 1;
        } else {
            return unexpected(st, &child, e);
        }
        end_element(st, &child);
    }
    size_t count = st->g.point_count - first;
    if (count != 1)
        return fail(st, PCRS_ERR_DATA, e, "%zu positions: the center is one position", count);
    if (!have_radius || !(radius > 0))
        return fail(st, PCRS_ERR_DATA, e, "a positive gml:radius is needed");
    int circle = e->id == GML_CIRCLE_BY_CENTER_POINT;
    if (!circle) {
        if (!have_angle[0] || !have_angle[1])
            return fail(st, PCRS_ERR_DATA, e, "gml:startAngle and gml:endAngle are needed");
        circle = angle[0] == angle[1] || fabs(angle[1] - angle[0]) >= 360;
    }
    double c[3];
    memcpy(c, st->g.xyz + 3 * first, sizeof c);
    st->g.point_count = first;
    double steps[5];
    int n;
    if (circle) {
        for (n = 0; n < 5; n++)
            steps[n] = angle[0] + 90.0 * (n % 4);
    } else {
        steps[0] = angle[0];
        steps[1] = (angle[0] + angle[1]) / 2;
        steps[2] = angle[1];
        n = 3;
    }
    for (int i = 0; i < n; i++) {
        double s, co;
        pcrs_sincos_degrees(steps[i], &s, &co);
        TRY(push_point(st, e, c[0] + radius * co, c[1] + radius * s, c[2]));
    }
    return add_part(st, e, 1, first, (size_t)n);
}

static pcrs_status parse_segment(gml_state *st, const gml_elem *e)
{
    if (e->id == GML_ARC_BY_CENTER_POINT || e->id == GML_CIRCLE_BY_CENTER_POINT)
        return parse_arc_by_center(st, e);
    size_t first, count;
    TRY(read_point_list(st, e, &first, &count));
    if (e->id == GML_CIRCLE) {
        TRY(complete_circle(st, e, first));
        count += 2;
    }
    return add_part(st, e, e->id != GML_LINE_STRING_SEGMENT, first, count);
}

static pcrs_status parse_curve_parts(gml_state *st, const gml_elem *e);

static pcrs_status segment_value(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user)
{
    (void)prop;
    (void)user;
    return parse_segment(st, value);
}

static pcrs_status curve_parts_value(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user)
{
    (void)prop;
    (void)user;
    return parse_curve_parts(st, value);
}

/* Appends the parts of a LineString, Curve, OrientableCurve or CompositeCurve. */
static pcrs_status parse_curve_parts(gml_state *st, const gml_elem *e)
{
    size_t first_part = st->g.part_count, members;
    switch (e->id) {
    case GML_LINE_STRING: {
        size_t first, count;
        TRY(read_point_list(st, e, &first, &count));
        return add_part(st, e, 0, first, count);
    }
    case GML_CURVE:
        TRY(read_properties(st, e, GML_SEGMENTS, -1, segment_value, NULL, &members));
        if (members == 0)
            return fail(st, PCRS_ERR_DATA, e, "a Curve needs at least one segment");
        break;
    case GML_ORIENTABLE_CURVE:
        TRY(read_properties(st, e, GML_BASE_CURVE, -1, curve_parts_value, NULL, &members));
        if (members != 1)
            return fail(st, PCRS_ERR_DATA, e, "%zu gml:baseCurve: one is needed", members);
        if (e->reversed)
            reverse_parts(&st->g, first_part, st->g.part_count);
        break;
    default: /* GML_COMPOSITE_CURVE */
        TRY(read_properties(st, e, GML_CURVE_MEMBER, -1, curve_parts_value, NULL, &members));
        if (members == 0)
            return fail(st, PCRS_ERR_DATA, e, "a CompositeCurve needs at least one gml:curveMember");
        break;
    }
    return connect_parts(st, first_part);
}

static pcrs_status parse_curve(gml_state *st, const gml_elem *e, int *node)
{
    size_t first_part = st->g.part_count;
    TRY(parse_curve_parts(st, e));
    TRY(add_node(st, e, GML_NODE_CURVE, node));
    st->g.nodes[*node].first = first_part;
    st->g.nodes[*node].count = st->g.part_count - first_part;
    return PCRS_OK;
}

static pcrs_status parse_point(gml_state *st, const gml_elem *e, int *node)
{
    size_t first, count;
    TRY(read_point_list(st, e, &first, &count));
    TRY(add_node(st, e, GML_NODE_POINT, node));
    st->g.nodes[*node].first = first;
    st->g.nodes[*node].count = 1;
    return PCRS_OK;
}

/* ---- Surfaces ---- */

static pcrs_status close_ring(gml_state *st, const gml_elem *e, size_t first_point, size_t last_point)
{
    const double *start = st->g.xyz + 3 * first_point;
    double *end = st->g.xyz + 3 * last_point;
    if (!snap_point(end, start))
        return fail(st, PCRS_ERR_DATA, e, "the ring is not closed: it starts at (%.15g %.15g) and ends at (%.15g %.15g)",
                    start[0], start[1], end[0], end[1]);
    return PCRS_OK;
}

/* A LinearRing, or a Ring whose curve members make one closed curve. */
static pcrs_status parse_ring(gml_state *st, const gml_elem *e, int *node)
{
    gml_geometry *g = &st->g;
    size_t first_part = g->part_count;
    if (e->id == GML_LINEAR_RING) {
        size_t first, count;
        TRY(read_point_list(st, e, &first, &count));
        TRY(close_ring(st, e, first, first + count - 1));
        TRY(add_part(st, e, 0, first, count));
    } else {
        size_t members;
        TRY(read_properties(st, e, GML_CURVE_MEMBER, -1, curve_parts_value, NULL, &members));
        if (members == 0)
            return fail(st, PCRS_ERR_DATA, e, "a Ring needs at least one gml:curveMember");
        TRY(connect_parts(st, first_part));
        const gml_part *a = &g->parts[first_part], *b = &g->parts[g->part_count - 1];
        TRY(close_ring(st, e, a->first, b->first + b->count - 1));
        size_t points = 1, arcs = 0;
        for (size_t i = first_part; i < g->part_count; i++) {
            points += g->parts[i].count - 1;
            arcs += (size_t)g->parts[i].arc;
        }
        if (arcs == 0 && points < 4)
            return fail(st, PCRS_ERR_DATA, e, "%zu points: a ring needs at least 4", points);
    }
    TRY(add_node(st, e, GML_NODE_CURVE, node));
    g->nodes[*node].first = first_part;
    g->nodes[*node].count = g->part_count - first_part;
    return PCRS_OK;
}

typedef struct polygon_build {
    int node;
    size_t rings;
} polygon_build;

static pcrs_status ring_value(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user)
{
    polygon_build *pb = user;
    if (prop->id == GML_EXTERIOR && pb->rings > 0)
        return fail(st, PCRS_ERR_DATA, prop, "the exterior must come once, before the interiors");
    if (prop->id == GML_INTERIOR && pb->rings == 0)
        return fail(st, PCRS_ERR_DATA, prop, "an interior ring without exterior");
    int ring = -1;
    TRY(parse_ring(st, value, &ring));
    pb->rings++;
    return add_child(st, value, pb->node, ring);
}

/* Polygon, PolygonPatch, Triangle, Rectangle. An empty gml:Polygon has no ring. */
static pcrs_status parse_polygon(gml_state *st, const gml_elem *e, int *node)
{
    polygon_build pb = {0, 0};
    size_t rings;
    TRY(add_node(st, e, GML_NODE_POLYGON, &pb.node));
    TRY(read_properties(st, e, GML_EXTERIOR, GML_INTERIOR, ring_value, &pb, &rings));
    if (rings == 0 && e->id != GML_POLYGON)
        return fail(st, PCRS_ERR_DATA, e, "a surface patch needs an exterior");
    *node = pb.node;
    return PCRS_OK;
}

static pcrs_status parse_surface(gml_state *st, const gml_elem *e, int group);

static pcrs_status surface_value(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user)
{
    (void)prop;
    return parse_surface(st, value, *(const int *)user);
}

/* Appends to node `group` one polygon per Polygon or patch of e. */
static pcrs_status parse_surface(gml_state *st, const gml_elem *e, int group)
{
    size_t members;
    int polygon = -1, last_before = st->g.nodes[group].last_child;
    switch (e->id) {
    case GML_SURFACE:
        TRY(read_properties(st, e, GML_PATCHES, -1, surface_value, &group, &members));
        if (members == 0)
            return fail(st, PCRS_ERR_DATA, e, "a Surface needs at least one patch");
        return PCRS_OK;
    case GML_COMPOSITE_SURFACE:
        TRY(read_properties(st, e, GML_SURFACE_MEMBER, -1, surface_value, &group, &members));
        if (members == 0)
            return fail(st, PCRS_ERR_DATA, e, "a CompositeSurface needs at least one gml:surfaceMember");
        return PCRS_OK;
    case GML_ORIENTABLE_SURFACE:
        TRY(read_properties(st, e, GML_BASE_SURFACE, -1, surface_value, &group, &members));
        if (members != 1)
            return fail(st, PCRS_ERR_DATA, e, "%zu gml:baseSurface: one is needed", members);
        if (!e->reversed)
            return PCRS_OK;
        /* Reversed: every ring of the polygons just added runs the other way. */
        for (int p = last_before < 0 ? st->g.nodes[group].first_child : st->g.nodes[last_before].next_sibling;
             p >= 0; p = st->g.nodes[p].next_sibling) {
            for (int r = st->g.nodes[p].first_child; r >= 0; r = st->g.nodes[r].next_sibling)
                reverse_parts(&st->g, st->g.nodes[r].first, st->g.nodes[r].first + st->g.nodes[r].count);
        }
        return PCRS_OK;
    default: /* Polygon and patches */
        TRY(parse_polygon(st, e, &polygon));
        return add_child(st, e, group, polygon);
    }
}

/* ---- Aggregates and dispatch ---- */

static pcrs_status parse_geometry(gml_state *st, const gml_elem *e, int *node);

static pcrs_status member_value(gml_state *st, const gml_elem *prop, const gml_elem *value, void *user)
{
    (void)prop;
    int aggregate = *(const int *)user, member = -1;
    switch (st->g.nodes[aggregate].type) {
    case GML_NODE_MULTIPOINT:
        TRY(parse_point(st, value, &member));
        break;
    case GML_NODE_MULTICURVE:
        TRY(parse_curve(st, value, &member));
        break;
    case GML_NODE_MULTISURFACE:
        return parse_surface(st, value, aggregate);
    default:
        TRY(parse_geometry(st, value, &member));
        break;
    }
    return add_child(st, value, aggregate, member);
}

static pcrs_status parse_aggregate(gml_state *st, const gml_elem *e, int *node)
{
    const struct aggregate_rule *rule = aggregate_rules;
    while (rule->aggregate != e->id)
        rule++;
    size_t members;
    TRY(add_node(st, e, rule->node, node));
    return read_properties(st, e, rule->member, rule->members, member_value, node, &members);
}

static pcrs_status parse_geometry(gml_state *st, const gml_elem *e, int *node)
{
    switch (e->id == GML_UNKNOWN ? ROLE_METADATA : elements[e->id].role) {
    case ROLE_POINT:
        return parse_point(st, e, node);
    case ROLE_CURVE:
        return parse_curve(st, e, node);
    case ROLE_SURFACE:
        if (e->id == GML_POLYGON)
            return parse_polygon(st, e, node);
        TRY(add_node(st, e, GML_NODE_MULTISURFACE, node));
        return parse_surface(st, e, *node);
    case ROLE_AGGREGATE:
        return parse_aggregate(st, e, node);
    default:
        return unexpected(st, e, NULL);
    }
}

/* ---- Entry point ---- */

static void merge_xy(double env[4], const double *p)
{
    if (p[0] < env[0]) env[0] = p[0];
    if (p[1] < env[1]) env[1] = p[1];
    if (p[0] > env[2]) env[2] = p[0];
    if (p[1] > env[3]) env[3] = p[1];
}

static void compute_extent(const gml_geometry *g, pcrs_geometry_info *info)
{
    info->env[0] = info->env[1] = INFINITY;
    info->env[2] = info->env[3] = -INFINITY;
    for (size_t i = 0; i < g->node_count; i++)
        if (g->nodes[i].type == GML_NODE_POINT)
            merge_xy(info->env, g->xyz + 3 * g->nodes[i].first);
    for (size_t i = 0; i < g->part_count; i++) {
        const gml_part *part = &g->parts[i];
        const double *p = g->xyz + 3 * part->first;
        if (!part->arc) {
            for (size_t k = 0; k < part->count; k++)
                merge_xy(info->env, p + 3 * k);
        } else {
            for (size_t k = 0; k + 2 < part->count; k += 2)
                pcrs_arc_extent(p + 3 * k, p + 3 * (k + 1), p + 3 * (k + 2), info->env);
        }
    }
    info->zrange[0] = info->zrange[1] = 0;
    if (g->dim == 3 && g->point_count > 0) {
        info->zrange[0] = INFINITY;
        info->zrange[1] = -INFINITY;
        for (size_t i = 0; i < g->point_count; i++) {
            double z = g->xyz[3 * i + 2];
            if (z < info->zrange[0]) info->zrange[0] = z;
            if (z > info->zrange[1]) info->zrange[1] = z;
        }
    }
}

static void swap_axes(gml_geometry *g)
{
    for (size_t i = 0; i < g->point_count; i++) {
        double *p = g->xyz + 3 * i;
        double t = p[0];
        p[0] = p[1];
        p[1] = t;
    }
}

static pcrs_status read_geometry(gml_state *st, pcrs_geometry_kind kind, pcrs_buffer *out,
                                 pcrs_geometry_info *info)
{
    if (kind <= PCRS_GEOM_NONE || kind > PCRS_GEOM_ANY) {
        snprintf(st->err, st->err_size, "invalid geometry kind %d", (int)kind);
        return PCRS_ERR_ARG;
    }
    gml_elem root;
    int node;
    TRY(begin_element(st, &root));
    int declared_dimension = st->srs_dimension;
    TRY(parse_geometry(st, &root, &node));
    end_element(st, &root);

    gml_geometry *g = &st->g;
    if (g->dim == 0)
        g->dim = declared_dimension ? declared_dimension : 2;
    info->epsg = st->epsg;
    info->srs_form = st->srs_form;
    const pcrs_gml_context *ctx = st->ctx;
    if (swaps_like_urn(st->srs_form) && st->epsg > 0 && ctx && ctx->crs_is_lat_long_order &&
        ctx->crs_is_lat_long_order(ctx->crs_user, st->epsg) == 1) {
        swap_axes(g);
        info->axis_swapped = 1;
    }
    info->has_z = g->dim == 3;
    info->empty = g->point_count == 0;
    compute_extent(g, info);
    return pcrs_gml_emit(g, node, kind, out, st->err, st->err_size);
}

/* The document element is an ancestor of the current node: a streaming
 * reader keeps the open elements. */
static void report_root_id(xmlTextReaderPtr reader, const pcrs_gml_context *ctx)
{
    *ctx->root_id_seen = 1;
    xmlNodePtr node = xmlTextReaderCurrentNode(reader);
    while (node && node->parent && node->parent->type == XML_ELEMENT_NODE)
        node = node->parent;
    if (!node || node->type != XML_ELEMENT_NODE)
        return;
    xmlChar *id = xmlGetNsProp(node, BAD_CAST "id", BAD_CAST PCRS_NS_GML);
    if (id)
        ctx->on_id(ctx->id_user, (const char *)id, xmlGetLineNo(node));
    xmlFree(id);
}

pcrs_status pcrs_gml_read_geometry(xmlTextReaderPtr reader, pcrs_geometry_kind kind,
                                   const pcrs_gml_context *ctx, pcrs_buffer *out,
                                   pcrs_geometry_info *info, char *err, size_t err_size)
{
    char scratch[1];
    if (!err || err_size == 0) {
        err = scratch;
        err_size = sizeof scratch;
    }
    err[0] = '\0';
    memset(info, 0, sizeof *info);
    if (!reader || !out || xmlTextReaderNodeType(reader) != XML_READER_TYPE_ELEMENT) {
        snprintf(err, err_size, "the reader is not on a geometry element");
        return PCRS_ERR_ARG;
    }
    gml_state st;
    memset(&st, 0, sizeof st);
    st.reader = reader;
    st.ctx = ctx;
    st.base_depth = xmlTextReaderDepth(reader);
    st.max_depth = ctx && ctx->max_depth > 0 ? ctx->max_depth : DEFAULT_MAX_DEPTH;
    if (st.max_depth > MAX_DEPTH_LIMIT)
        st.max_depth = MAX_DEPTH_LIMIT;
    st.err = err;
    st.err_size = err_size;
    if (ctx && ctx->on_id) {
        st.on_id = ctx->on_id;
        st.id_user = ctx->id_user;
        if (ctx->root_id_seen && !*ctx->root_id_seen)
            report_root_id(reader, ctx);
    }
    pcrs_buffer_init(&st.text);

    size_t initial_size = out->size;
    pcrs_status rc = read_geometry(&st, kind, out, info);
    if (rc != PCRS_OK) {
        out->size = initial_size;
        memset(info, 0, sizeof *info);
    }
    free(st.g.xyz);
    free(st.g.parts);
    free(st.g.nodes);
    free(st.srs_name);
    pcrs_buffer_free(&st.text);
    return rc;
}
