#include "writer_geometry.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gml_geometry.h"
#include "writer_values.h"

/* Deepest nesting accepted in a WKB (hostile input guard). */
#define MAX_DEPTH 32

enum {
    WKB_POINT = 1,
    WKB_LINESTRING = 2,
    WKB_POLYGON = 3,
    WKB_MULTIPOINT = 4,
    WKB_MULTILINESTRING = 5,
    WKB_MULTIPOLYGON = 6,
    WKB_GEOMETRYCOLLECTION = 7,
    WKB_CIRCULARSTRING = 8,
    WKB_COMPOUNDCURVE = 9,
    WKB_CURVEPOLYGON = 10,
    WKB_MULTICURVE = 11,
    WKB_MULTISURFACE = 12,
    WKB_POLYHEDRALSURFACE = 15,
    WKB_TIN = 16,
    WKB_TRIANGLE = 17,
    WKB_RING = 100 /* a ring of a Polygon/Triangle: points without a WKB header */
};

static const char *type_name(int type)
{
    switch (type) {
    case WKB_POINT:
        return "Point";
    case WKB_LINESTRING:
        return "LineString";
    case WKB_POLYGON:
        return "Polygon";
    case WKB_MULTIPOINT:
        return "MultiPoint";
    case WKB_MULTILINESTRING:
        return "MultiLineString";
    case WKB_MULTIPOLYGON:
        return "MultiPolygon";
    case WKB_GEOMETRYCOLLECTION:
        return "GeometryCollection";
    case WKB_CIRCULARSTRING:
        return "CircularString";
    case WKB_COMPOUNDCURVE:
        return "CompoundCurve";
    case WKB_CURVEPOLYGON:
        return "CurvePolygon";
    case WKB_MULTICURVE:
        return "MultiCurve";
    case WKB_MULTISURFACE:
        return "MultiSurface";
    case WKB_POLYHEDRALSURFACE:
        return "PolyhedralSurface";
    case WKB_TIN:
        return "TIN";
    case WKB_TRIANGLE:
        return "Triangle";
    case WKB_RING:
        return "ring";
    }
    return "geometry";
}

/* What each pcrs_geometry_kind is called in messages (the XSD type). */
static const char *kind_name(pcrs_geometry_kind kind)
{
    switch (kind) {
    case PCRS_GEOM_POINT:
        return "gml:PointPropertyType (a point)";
    case PCRS_GEOM_CURVE:
        return "gml:CurvePropertyType (one curve)";
    case PCRS_GEOM_POLYGON:
        return "a gml:Polygon property (one polygon)";
    case PCRS_GEOM_SURFACE:
        return "gml:SurfacePropertyType (one surface)";
    case PCRS_GEOM_MULTIPOINT:
        return "gml:MultiPointPropertyType (points)";
    case PCRS_GEOM_MULTICURVE:
        return "gml:MultiCurvePropertyType (curves)";
    case PCRS_GEOM_MULTISURFACE:
        return "gml:MultiSurfacePropertyType (surfaces)";
    case PCRS_GEOM_ANY:
        return "gml:GeometryPropertyType";
    case PCRS_GEOM_NONE:
        break;
    }
    return "no geometry";
}

/* ---- Envelope ---- */

void writer_envelope_init(writer_envelope *env)
{
    memset(env, 0, sizeof *env);
}

void writer_envelope_merge(writer_envelope *into, const writer_envelope *other)
{
    if (other->has_xy) {
        if (!into->has_xy) {
            memcpy(into->xy, other->xy, sizeof into->xy);
            into->has_xy = 1;
        } else {
            into->xy[0] = fmin(into->xy[0], other->xy[0]);
            into->xy[1] = fmin(into->xy[1], other->xy[1]);
            into->xy[2] = fmax(into->xy[2], other->xy[2]);
            into->xy[3] = fmax(into->xy[3], other->xy[3]);
        }
    }
    if (other->has_z) {
        if (!into->has_z) {
            memcpy(into->z, other->z, sizeof into->z);
            into->has_z = 1;
        } else {
            into->z[0] = fmin(into->z[0], other->z[0]);
            into->z[1] = fmax(into->z[1], other->z[1]);
        }
    }
}

/* ---- WKB parsing into a node table ---- */

typedef struct gnode {
    int type; /* WKB_* */
    int z, m;
    int big_endian;
    const unsigned char *coords; /* point sequences: npoints × (2 + z + m) doubles */
    uint32_t npoints;
    int first_child, child_count; /* children are contiguous in the table */
} gnode;

typedef struct parser {
    const unsigned char *data;
    size_t size, pos;
    gnode *nodes;
    int count, capacity;
    char *err;
    size_t err_size;
    int nomem;
} parser;

static int host_big_endian(void)
{
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 0;
}

static uint32_t read_u32(const unsigned char *p, int big_endian)
{
    return big_endian ? ((uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3])
                      : ((uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]);
}

static double read_f64(const unsigned char *p, int big_endian)
{
    unsigned char b[8];
    if (big_endian != host_big_endian()) {
        for (int i = 0; i < 8; i++)
            b[i] = p[7 - i];
    } else {
        memcpy(b, p, 8);
    }
    double v;
    memcpy(&v, b, 8);
    return v;
}

static int fail(parser *ps, const char *message)
{
    snprintf(ps->err, ps->err_size, "%s", message);
    return -1;
}

/* Reserves `n` contiguous nodes; returns the first index, -1 on failure. */
static int new_nodes(parser *ps, int n)
{
    if (n > 100000000 - ps->count)
        return fail(ps, "the WKB has too many parts");
    if (ps->count + n > ps->capacity) {
        int cap = ps->capacity ? ps->capacity : 16;
        while (cap < ps->count + n)
            cap *= 2;
        gnode *nodes = (gnode *)realloc(ps->nodes, (size_t)cap * sizeof *nodes);
        if (!nodes) {
            ps->nomem = 1;
            return -1;
        }
        ps->nodes = nodes;
        ps->capacity = cap;
    }
    int first = ps->count;
    memset(ps->nodes + first, 0, (size_t)n * sizeof *ps->nodes);
    ps->count += n;
    return first;
}

static int read_count(parser *ps, int big_endian, uint32_t *n)
{
    if (ps->size - ps->pos < 4)
        return fail(ps, "the WKB is truncated");
    *n = read_u32(ps->data + ps->pos, big_endian);
    ps->pos += 4;
    return 0;
}

static int read_points(parser *ps, gnode *node)
{
    uint32_t n;
    if (read_count(ps, node->big_endian, &n) != 0)
        return -1;
    size_t stride = (size_t)(2 + node->z + node->m) * 8;
    if (n > (ps->size - ps->pos) / stride)
        return fail(ps, "the WKB is truncated");
    node->coords = ps->data + ps->pos;
    node->npoints = n;
    ps->pos += n * stride;
    return 0;
}

static int parse_node(parser *ps, int slot, int depth);

static int parse_children(parser *ps, int slot, int depth, int rings)
{
    gnode *node = &ps->nodes[slot];
    uint32_t n;
    if (read_count(ps, node->big_endian, &n) != 0)
        return -1;
    /* Every part takes at least 4 bytes: an absurd count is a broken WKB. */
    if (n > (ps->size - ps->pos) / 4)
        return fail(ps, "the WKB is truncated");
    int first = new_nodes(ps, (int)n);
    if (first < 0)
        return -1;
    node = &ps->nodes[slot];
    node->first_child = first;
    node->child_count = (int)n;
    for (uint32_t i = 0; i < n; i++) {
        int child = first + (int)i;
        if (rings) {
            gnode *ring = &ps->nodes[child];
            *ring = (gnode){WKB_RING, node->z, node->m, node->big_endian, NULL, 0, 0, 0};
            if (read_points(ps, ring) != 0)
                return -1;
        } else if (parse_node(ps, child, depth + 1) != 0) {
            return -1;
        }
    }
    return 0;
}

static int parse_node(parser *ps, int slot, int depth)
{
    if (depth > MAX_DEPTH)
        return fail(ps, "the WKB is nested too deeply");
    if (ps->size - ps->pos < 5)
        return fail(ps, "the WKB is truncated");
    int order = ps->data[ps->pos];
    if (order != 0 && order != 1)
        return fail(ps, "the WKB has an invalid byte order marker");
    int big_endian = order == 0;
    uint32_t code = read_u32(ps->data + ps->pos + 1, big_endian);
    ps->pos += 5;
    /* ISO codes (+1000 Z, +2000 M, +3000 ZM), and the old high-bit flags. */
    int z = (code & 0x80000000u) != 0, m = (code & 0x40000000u) != 0;
    code &= 0x0FFFFFFFu;
    uint32_t dims = code / 1000;
    if (dims > 3)
        return fail(ps, "the WKB has an unknown geometry type");
    z |= dims == 1 || dims == 3;
    m |= dims == 2 || dims == 3;
    gnode *node = &ps->nodes[slot];
    *node = (gnode){(int)(code % 1000), z, m, big_endian, NULL, 0, 0, 0};
    switch (node->type) {
    case WKB_POINT: {
        size_t stride = (size_t)(2 + z + m) * 8;
        if (ps->size - ps->pos < stride)
            return fail(ps, "the WKB is truncated");
        node->coords = ps->data + ps->pos;
        node->npoints = 1;
        ps->pos += stride;
        return 0;
    }
    case WKB_LINESTRING:
    case WKB_CIRCULARSTRING:
        return read_points(ps, node);
    case WKB_POLYGON:
    case WKB_TRIANGLE:
        return parse_children(ps, slot, depth, 1);
    case WKB_MULTIPOINT:
    case WKB_MULTILINESTRING:
    case WKB_MULTIPOLYGON:
    case WKB_GEOMETRYCOLLECTION:
    case WKB_COMPOUNDCURVE:
    case WKB_CURVEPOLYGON:
    case WKB_MULTICURVE:
    case WKB_MULTISURFACE:
    case WKB_POLYHEDRALSURFACE:
    case WKB_TIN:
        return parse_children(ps, slot, depth, 0);
    }
    return fail(ps, "the WKB has an unknown geometry type");
}

/* ---- Emission ---- */

typedef struct emitter {
    const writer_geometry_context *ctx;
    const gnode *nodes;
    pcrs_buffer *out;
    writer_envelope env;
    int z, m; /* of the outermost geometry */
    int next_id;
    char *err;
    size_t err_size;
    int nomem;
} emitter;

static int put(emitter *e, const char *text)
{
    if (pcrs_buffer_append(e->out, text, strlen(text)) != 0) {
        e->nomem = 1;
        return -1;
    }
    return 0;
}

static int error(emitter *e, const char *format, const char *a, const char *b)
{
    snprintf(e->err, e->err_size, format, a, b);
    return -1;
}

static int is_empty(const emitter *e, const gnode *node)
{
    switch (node->type) {
    case WKB_POINT:
        return isnan(read_f64(node->coords, node->big_endian)) &&
               isnan(read_f64(node->coords + 8, node->big_endian));
    case WKB_LINESTRING:
    case WKB_CIRCULARSTRING:
    case WKB_RING:
        return node->npoints == 0;
    default:
        for (int i = 0; i < node->child_count; i++) {
            if (!is_empty(e, &e->nodes[node->first_child + i]))
                return 0;
        }
        return 1;
    }
}

/* Start tag of a GML object: gml:id always, srsName/srsDimension on the outermost. */
static int open_object(emitter *e, const char *element, int outer)
{
    if (put(e, "<") || put(e, element) || put(e, " gml:id=\""))
        return -1;
    if (e->ctx->make_id(e->ctx->user, e->next_id++, e->out) != 0) {
        e->nomem = 1;
        return -1;
    }
    if (put(e, "\""))
        return -1;
    if (outer) {
        if (e->ctx->srs_name && (put(e, " srsName=\"") || put(e, e->ctx->srs_name) || put(e, "\"")))
            return -1;
        if (put(e, e->z ? " srsDimension=\"3\"" : " srsDimension=\"2\""))
            return -1;
    }
    return put(e, ">");
}

static int close_element(emitter *e, const char *element)
{
    return put(e, "</") || put(e, element) || put(e, ">") ? -1 : 0;
}

static int check_dims(emitter *e, const gnode *node)
{
    if (node->z != e->z)
        return error(e, "the geometry mixes 2D and 3D parts%s%s", "", "");
    return 0;
}

static void point_at(const gnode *node, uint32_t i, double xyz[3])
{
    size_t stride = (size_t)(2 + node->z + node->m) * 8;
    const unsigned char *p = node->coords + i * stride;
    xyz[0] = read_f64(p, node->big_endian);
    xyz[1] = read_f64(p + 8, node->big_endian);
    xyz[2] = node->z ? read_f64(p + 16, node->big_endian) : 0;
}

static void merge_xy(writer_envelope *env, double x, double y)
{
    if (!env->has_xy) {
        env->xy[0] = env->xy[2] = x;
        env->xy[1] = env->xy[3] = y;
        env->has_xy = 1;
        return;
    }
    if (x < env->xy[0])
        env->xy[0] = x;
    if (y < env->xy[1])
        env->xy[1] = y;
    if (x > env->xy[2])
        env->xy[2] = x;
    if (y > env->xy[3])
        env->xy[3] = y;
}

/* Coordinates as "x y [z] x y [z] …", merged into the envelope. */
static int put_coordinates(emitter *e, const gnode *node)
{
    int dims = 2 + node->z;
    if (pcrs_buffer_reserve(e->out, (size_t)node->npoints * (size_t)dims * WRITER_DOUBLE_CHARS) != 0) {
        e->nomem = 1;
        return -1;
    }
    for (uint32_t i = 0; i < node->npoints; i++) {
        double xyz[3];
        point_at(node, i, xyz);
        for (int k = 0; k < dims; k++) {
            if (!isfinite(xyz[k]))
                return error(e, "a coordinate is not a finite number (%s%s)",
                             isnan(xyz[k]) ? "NaN" : "infinite", "");
            char *p = (char *)e->out->data + e->out->size;
            if (i || k)
                *p++ = ' ';
            p += writer_format_double(xyz[k], p);
            e->out->size = (size_t)(p - (char *)e->out->data);
        }
        merge_xy(&e->env, xyz[0], xyz[1]);
        if (node->z) {
            if (!e->env.has_z) {
                e->env.z[0] = e->env.z[1] = xyz[2];
                e->env.has_z = 1;
            } else {
                e->env.z[0] = fmin(e->env.z[0], xyz[2]);
                e->env.z[1] = fmax(e->env.z[1], xyz[2]);
            }
        }
    }
    return 0;
}

static int put_pos_list(emitter *e, const gnode *node)
{
    return put(e, "<gml:posList>") || put_coordinates(e, node) || put(e, "</gml:posList>") ? -1 : 0;
}

/* True extent of the arcs of a circular string. */
static void merge_arcs(emitter *e, const gnode *node)
{
    for (uint32_t i = 0; i + 2 < node->npoints; i += 2) {
        double a[3], b[3], c[3];
        point_at(node, i, a);
        point_at(node, i + 1, b);
        point_at(node, i + 2, c);
        pcrs_arc_extent(a, b, c, e->env.xy);
    }
}

static int check_points(emitter *e, const gnode *node)
{
    char count[24];
    snprintf(count, sizeof count, "%u", node->npoints);
    if (check_dims(e, node) != 0)
        return -1;
    if (node->type == WKB_CIRCULARSTRING && (node->npoints < 3 || node->npoints % 2 == 0))
        return error(e, "a CircularString has %s points (arcs need 3, 5, 7…)%s", count, "");
    if (node->npoints < 2)
        return error(e, "a %s has %s point (2 at least)", type_name(node->type), count);
    return 0;
}

static int emit_point(emitter *e, const gnode *node, int outer)
{
    if (check_dims(e, node) != 0)
        return -1;
    return open_object(e, "gml:Point", outer) || put(e, "<gml:pos>") || put_coordinates(e, node) ||
                   put(e, "</gml:pos>") || close_element(e, "gml:Point")
               ? -1
               : 0;
}

static int emit_linestring(emitter *e, const gnode *node, int outer)
{
    if (check_points(e, node) != 0)
        return -1;
    return open_object(e, "gml:LineString", outer) || put_pos_list(e, node) ||
                   close_element(e, "gml:LineString")
               ? -1
               : 0;
}

/* One segment of a gml:Curve: straight, one arc, or a string of arcs. */
static int emit_segment(emitter *e, const gnode *node)
{
    if (node->type != WKB_LINESTRING && node->type != WKB_CIRCULARSTRING)
        return error(e, "a CompoundCurve holds a %s%s", type_name(node->type), "");
    if (check_points(e, node) != 0)
        return -1;
    const char *element = node->type == WKB_LINESTRING ? "gml:LineStringSegment"
                                                       : (node->npoints == 3 ? "gml:Arc" : "gml:ArcString");
    if (put(e, "<") || put(e, element) || put(e, ">") || put_pos_list(e, node) || close_element(e, element))
        return -1;
    if (node->type == WKB_CIRCULARSTRING)
        merge_arcs(e, node);
    return 0;
}

/* gml:Curve for a circular string or a compound curve. */
static int emit_curve(emitter *e, const gnode *node, int outer)
{
    if (open_object(e, "gml:Curve", outer) || put(e, "<gml:segments>"))
        return -1;
    if (node->type == WKB_COMPOUNDCURVE) {
        if (check_dims(e, node) != 0)
            return -1;
        if (node->child_count == 0)
            return error(e, "a CompoundCurve has no part%s%s", "", "");
        for (int i = 0; i < node->child_count; i++) {
            if (emit_segment(e, &e->nodes[node->first_child + i]) != 0)
                return -1;
        }
    } else if (emit_segment(e, node) != 0) {
        return -1;
    }
    return put(e, "</gml:segments>") || close_element(e, "gml:Curve") ? -1 : 0;
}

static int is_curve(int type)
{
    return type == WKB_LINESTRING || type == WKB_CIRCULARSTRING || type == WKB_COMPOUNDCURVE;
}

static int emit_any_curve(emitter *e, const gnode *node, int outer)
{
    return node->type == WKB_LINESTRING ? emit_linestring(e, node, outer) : emit_curve(e, node, outer);
}

static void first_last(const emitter *e, const gnode *node, double first[3], double last[3])
{
    if (node->type == WKB_COMPOUNDCURVE) {
        const gnode *a = &e->nodes[node->first_child];
        const gnode *b = &e->nodes[node->first_child + node->child_count - 1];
        point_at(a, 0, first);
        point_at(b, b->npoints - 1, last);
    } else {
        point_at(node, 0, first);
        point_at(node, node->npoints - 1, last);
    }
}

static int ring_has_points(const emitter *e, const gnode *node)
{
    if (node->type != WKB_COMPOUNDCURVE)
        return node->npoints > 0;
    if (node->child_count == 0)
        return 0;
    for (int i = 0; i < node->child_count; i++) {
        if (e->nodes[node->first_child + i].npoints == 0)
            return 0;
    }
    return 1;
}

/* A polygon boundary: LinearRing for straight rings, Ring/curveMember with
 * one gml:Curve for rings with arcs. */
static int emit_ring(emitter *e, const gnode *node)
{
    if (node->type != WKB_RING && !is_curve(node->type))
        return error(e, "a polygon ring is a %s%s", type_name(node->type), "");
    if (!ring_has_points(e, node))
        return error(e, "a polygon has an empty ring%s%s", "", "");
    double first[3], last[3];
    first_last(e, node, first, last);
    if (first[0] != last[0] || first[1] != last[1] || (node->z && first[2] != last[2]))
        return error(e, "a polygon ring is not closed (first and last points differ)%s%s", "", "");
    if (node->type == WKB_RING || node->type == WKB_LINESTRING) {
        if (check_dims(e, node) != 0)
            return -1;
        if (node->npoints < 4) {
            char count[24];
            snprintf(count, sizeof count, "%u", node->npoints);
            return error(e, "a polygon ring has %s points (4 at least)%s", count, "");
        }
        return put(e, "<gml:LinearRing>") || put_pos_list(e, node) || put(e, "</gml:LinearRing>") ? -1 : 0;
    }
    return put(e, "<gml:Ring><gml:curveMember>") || emit_curve(e, node, 0) ||
                   put(e, "</gml:curveMember></gml:Ring>")
               ? -1
               : 0;
}

static int emit_polygon(emitter *e, const gnode *node, int outer)
{
    if (check_dims(e, node) != 0)
        return -1;
    if (open_object(e, "gml:Polygon", outer) != 0)
        return -1;
    for (int i = 0; i < node->child_count; i++) {
        const char *boundary = i == 0 ? "gml:exterior" : "gml:interior";
        if (put(e, "<") || put(e, boundary) || put(e, ">") ||
            emit_ring(e, &e->nodes[node->first_child + i]) || close_element(e, boundary))
            return -1;
    }
    return close_element(e, "gml:Polygon");
}

static int is_polygon(int type)
{
    return type == WKB_POLYGON || type == WKB_CURVEPOLYGON || type == WKB_TRIANGLE;
}

static int emit_natural(emitter *e, const gnode *node, int outer);

typedef int (*member_fn)(emitter *e, const gnode *node, int outer);

/* A gml:Multi* of `count` nodes from `first` (empty members are left out). */
static int emit_multi(emitter *e, const char *element, const char *member, int first, int count,
                      int (*accepts)(int type), member_fn write_member, int outer)
{
    if (open_object(e, element, outer) != 0)
        return -1;
    for (int i = 0; i < count; i++) {
        const gnode *node = &e->nodes[first + i];
        if (accepts && !accepts(node->type))
            return error(e, "a %s cannot hold a %s", element, type_name(node->type));
        if (is_empty(e, node))
            continue;
        if (put(e, "<") || put(e, member) || put(e, ">") || write_member(e, node, 0) ||
            close_element(e, member))
            return -1;
    }
    return close_element(e, element);
}

static int is_point(int type)
{
    return type == WKB_POINT;
}

static int emit_multi_for(emitter *e, const gnode *node, int index, int single, int outer)
{
    int first = single ? index : node->first_child;
    int count = single ? 1 : node->child_count;
    if (!single && check_dims(e, node) != 0)
        return -1;
    switch (single ? -node->type : node->type) {
    case WKB_MULTIPOINT:
    case -WKB_POINT:
        return emit_multi(e, "gml:MultiPoint", "gml:pointMember", first, count, is_point, emit_point, outer);
    case WKB_MULTILINESTRING:
    case WKB_MULTICURVE:
    case -WKB_LINESTRING:
    case -WKB_CIRCULARSTRING:
    case -WKB_COMPOUNDCURVE:
        return emit_multi(e, "gml:MultiCurve", "gml:curveMember", first, count, is_curve, emit_any_curve,
                          outer);
    case WKB_MULTIPOLYGON:
    case WKB_MULTISURFACE:
    case WKB_POLYHEDRALSURFACE:
    case WKB_TIN:
    case -WKB_POLYGON:
    case -WKB_CURVEPOLYGON:
    case -WKB_TRIANGLE:
        return emit_multi(e, "gml:MultiSurface", "gml:surfaceMember", first, count, is_polygon, emit_polygon,
                          outer);
    case WKB_GEOMETRYCOLLECTION:
        return emit_multi(e, "gml:MultiGeometry", "gml:geometryMember", first, count, NULL, emit_natural,
                          outer);
    }
    return error(e, "a %s cannot be written as a GML aggregate%s", type_name(node->type), "");
}

/* The GML element matching the WKB type (gml:GeometryPropertyType). */
static int emit_natural(emitter *e, const gnode *node, int outer)
{
    if (node->type == WKB_POINT)
        return emit_point(e, node, outer);
    if (is_curve(node->type))
        return emit_any_curve(e, node, outer);
    if (is_polygon(node->type))
        return emit_polygon(e, node, outer);
    return emit_multi_for(e, node, (int)(node - e->nodes), 0, outer);
}

static int is_multi(int type)
{
    return type == WKB_MULTIPOINT || type == WKB_MULTILINESTRING || type == WKB_MULTIPOLYGON ||
           type == WKB_GEOMETRYCOLLECTION || type == WKB_MULTICURVE || type == WKB_MULTISURFACE ||
           type == WKB_POLYHEDRALSURFACE || type == WKB_TIN;
}

static int refuse(emitter *e, const gnode *node, pcrs_geometry_kind kind)
{
    char what[64];
    if (is_multi(node->type))
        snprintf(what, sizeof what, "%s of %d parts", type_name(node->type), node->child_count);
    else
        snprintf(what, sizeof what, "%s", type_name(node->type));
    return error(e, "a %s cannot be written as %s", what, kind_name(kind));
}

static int emit_for_kind(emitter *e, int root, pcrs_geometry_kind kind)
{
    const gnode *node = &e->nodes[root];
    int single_kind = kind == PCRS_GEOM_POINT || kind == PCRS_GEOM_CURVE || kind == PCRS_GEOM_POLYGON ||
                      kind == PCRS_GEOM_SURFACE;
    /* A one-part aggregate where one part is expected: the part. */
    if (single_kind && is_multi(node->type)) {
        int non_empty = -1, n = 0;
        for (int i = 0; i < node->child_count; i++) {
            if (!is_empty(e, &e->nodes[node->first_child + i])) {
                non_empty = node->first_child + i;
                n++;
            }
        }
        if (n != 1)
            return refuse(e, node, kind);
        root = non_empty;
        node = &e->nodes[root];
        e->z = node->z;
    }
    switch (kind) {
    case PCRS_GEOM_POINT:
        if (node->type == WKB_POINT)
            return emit_point(e, node, 1);
        break;
    case PCRS_GEOM_CURVE:
        if (is_curve(node->type))
            return emit_any_curve(e, node, 1);
        break;
    case PCRS_GEOM_POLYGON:
    case PCRS_GEOM_SURFACE:
        if (is_polygon(node->type))
            return emit_polygon(e, node, 1);
        break;
    case PCRS_GEOM_MULTIPOINT:
        if (node->type == WKB_MULTIPOINT || node->type == WKB_POINT)
            return emit_multi_for(e, node, root, node->type == WKB_POINT, 1);
        break;
    case PCRS_GEOM_MULTICURVE:
        if (node->type == WKB_MULTILINESTRING || node->type == WKB_MULTICURVE)
            return emit_multi_for(e, node, root, 0, 1);
        if (is_curve(node->type))
            return emit_multi_for(e, node, root, 1, 1);
        break;
    case PCRS_GEOM_MULTISURFACE:
        if (node->type == WKB_MULTIPOLYGON || node->type == WKB_MULTISURFACE ||
            node->type == WKB_POLYHEDRALSURFACE || node->type == WKB_TIN)
            return emit_multi_for(e, node, root, 0, 1);
        if (is_polygon(node->type))
            return emit_multi_for(e, node, root, 1, 1);
        break;
    case PCRS_GEOM_ANY:
        return emit_natural(e, node, 1);
    case PCRS_GEOM_NONE:
        return error(e, "the class has no geometry%s%s", "", "");
    }
    return refuse(e, node, kind);
}

writer_geometry_result writer_geometry_to_gml(const unsigned char *wkb, size_t size, pcrs_geometry_kind kind,
                                              const writer_geometry_context *ctx, pcrs_buffer *out,
                                              writer_envelope *env, int *dropped_m, char *err,
                                              size_t err_size)
{
    err[0] = '\0';
    parser ps = {wkb, size, 0, NULL, 0, 0, err, err_size, 0};
    writer_geometry_result result = WRITER_GEOMETRY_OK;
    int root = new_nodes(&ps, 1);
    if (root < 0 || parse_node(&ps, root, 0) != 0) {
        result = ps.nomem ? WRITER_GEOMETRY_NOMEM : WRITER_GEOMETRY_ERROR;
        goto done;
    }
    if (ps.pos != size) {
        snprintf(err, err_size, "the WKB has %zu bytes after the geometry", size - ps.pos);
        result = WRITER_GEOMETRY_ERROR;
        goto done;
    }
    for (int i = 0; i < ps.count; i++) {
        if (ps.nodes[i].type == WKB_TIN || ps.nodes[i].type == WKB_POLYHEDRALSURFACE) {
            if (kind != PCRS_GEOM_MULTISURFACE && kind != PCRS_GEOM_ANY) {
                snprintf(err, err_size, "a %s cannot be written as %s", type_name(ps.nodes[i].type),
                         kind_name(kind));
                result = WRITER_GEOMETRY_UNSUPPORTED;
                goto done;
            }
        }
    }
    emitter e = {ctx, ps.nodes, out, {0}, ps.nodes[root].z, 0, 0, err, err_size, 0};
    writer_envelope_init(&e.env);
    if (is_empty(&e, &ps.nodes[root])) {
        result = WRITER_GEOMETRY_EMPTY;
        goto done;
    }
    size_t start = out->size;
    if (emit_for_kind(&e, root, kind) != 0) {
        out->size = start;
        result = e.nomem ? WRITER_GEOMETRY_NOMEM : WRITER_GEOMETRY_ERROR;
        goto done;
    }
    for (int i = 0; i < ps.count; i++)
        e.m |= ps.nodes[i].m;
    *dropped_m = e.m;
    writer_envelope_merge(env, &e.env);
done:
    free(ps.nodes);
    return result;
}
