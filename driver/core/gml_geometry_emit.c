/* Normalisation of a parsed GML geometry for a property's kind, and its ISO
 * WKB. Consecutive straight parts of a curve merge into one LineString
 * (their shared end point written once); every arc part stays a
 * CircularString. Lossless leniency: a one-member aggregate where a single
 * geometry is expected, a single geometry where an aggregate is. */
#include <stdint.h>

#include "gml_geometry_model.h"
#include "wkb_writer.h"

typedef struct emitter {
    const gml_geometry *g;
    pcrs_buffer *out;
    uint32_t z; /* 0 or PCRS_WKB_Z */
    int has_z;
} emitter;

static int header(emitter *em, uint32_t type) { return pcrs_wkb_header(em->out, type + em->z); }

static int put_count(emitter *em, size_t n)
{
    return n > UINT32_MAX ? -1 : pcrs_buffer_append_u32le(em->out, (uint32_t)n);
}

static int put_points(emitter *em, size_t first, size_t count)
{
    return pcrs_wkb_points(em->out, em->g->xyz + 3 * first, count, em->has_z);
}

static const gml_node *child_of(const emitter *em, const gml_node *n) { return n->first_child < 0 ? NULL : &em->g->nodes[n->first_child]; }

static const gml_node *next_of(const emitter *em, const gml_node *n) { return n->next_sibling < 0 ? NULL : &em->g->nodes[n->next_sibling]; }

static int all_straight(const gml_geometry *g, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (g->parts[i].arc)
            return 0;
    return 1;
}

static int curve_is_straight(const emitter *em, const gml_node *curve)
{
    return all_straight(em->g, curve->first, curve->first + curve->count);
}

static int polygon_is_straight(const emitter *em, const gml_node *polygon)
{
    for (const gml_node *r = child_of(em, polygon); r; r = next_of(em, r))
        if (!curve_is_straight(em, r))
            return 0;
    return 1;
}

/* Count and points of the straight parts [from, to) as one line. */
static int line_body(emitter *em, size_t from, size_t to)
{
    const gml_part *parts = em->g->parts;
    size_t n = 1;
    for (size_t i = from; i < to; i++)
        n += parts[i].count - 1;
    if (put_count(em, n) != 0)
        return -1;
    for (size_t i = from; i < to; i++) {
        size_t skip = i == from ? 0 : 1;
        if (put_points(em, parts[i].first + skip, parts[i].count - skip) != 0)
            return -1;
    }
    return 0;
}

static int write_linestring(emitter *em, size_t from, size_t to)
{
    return header(em, PCRS_WKB_LINESTRING) || line_body(em, from, to) ? -1 : 0;
}

static int write_circularstring(emitter *em, const gml_part *part)
{
    return header(em, PCRS_WKB_CIRCULARSTRING) || put_count(em, part->count) ||
                   put_points(em, part->first, part->count)
               ? -1
               : 0;
}

static int write_compound(emitter *em, size_t from, size_t to)
{
    size_t offset, n = 0;
    if (header(em, PCRS_WKB_COMPOUNDCURVE) || pcrs_wkb_reserve_count(em->out, &offset))
        return -1;
    for (size_t i = from; i < to; n++) {
        if (em->g->parts[i].arc) {
            if (write_circularstring(em, &em->g->parts[i++]) != 0)
                return -1;
            continue;
        }
        size_t j = i;
        while (j < to && !em->g->parts[j].arc)
            j++;
        if (write_linestring(em, i, j) != 0)
            return -1;
        i = j;
    }
    pcrs_buffer_put_u32le(em->out, offset, (uint32_t)n);
    return 0;
}

/* LineString, CircularString or CompoundCurve: the simplest that holds the parts. */
static int write_curve_natural(emitter *em, size_t from, size_t to)
{
    if (all_straight(em->g, from, to))
        return write_linestring(em, from, to);
    if (to - from == 1)
        return write_circularstring(em, &em->g->parts[from]);
    return write_compound(em, from, to);
}

static int write_point(emitter *em, const gml_node *point)
{
    return header(em, PCRS_WKB_POINT) || put_points(em, point->first, 1) ? -1 : 0;
}

static int write_compound_node(emitter *em, const gml_node *curve)
{
    return write_compound(em, curve->first, curve->first + curve->count);
}

/* CurvePolygon: LinearRing rings as LineString, Ring rings as CompoundCurve. */
static int write_curve_polygon(emitter *em, const gml_node *polygon)
{
    if (header(em, PCRS_WKB_CURVEPOLYGON) || put_count(em, polygon->child_count))
        return -1;
    for (const gml_node *r = child_of(em, polygon); r; r = next_of(em, r)) {
        size_t from = r->first, to = r->first + r->count;
        if (r->element == GML_LINEAR_RING ? write_linestring(em, from, to) : write_compound(em, from, to))
            return -1;
    }
    return 0;
}

static int write_polygon_natural(emitter *em, const gml_node *polygon)
{
    int straight = polygon_is_straight(em, polygon);
    if (header(em, straight ? PCRS_WKB_POLYGON : PCRS_WKB_CURVEPOLYGON) ||
        put_count(em, polygon->child_count))
        return -1;
    for (const gml_node *r = child_of(em, polygon); r; r = next_of(em, r)) {
        size_t from = r->first, to = r->first + r->count;
        if (straight ? line_body(em, from, to) : write_curve_natural(em, from, to))
            return -1;
    }
    return 0;
}

typedef int (*node_writer)(emitter *em, const gml_node *n);

static int write_aggregate(emitter *em, uint32_t type, const gml_node *n, node_writer write)
{
    if (header(em, type) || put_count(em, n->child_count))
        return -1;
    for (const gml_node *m = child_of(em, n); m; m = next_of(em, m))
        if (write(em, m) != 0)
            return -1;
    return 0;
}

static int write_linestring_node(emitter *em, const gml_node *curve)
{
    return write_linestring(em, curve->first, curve->first + curve->count);
}

static int write_curve_natural_node(emitter *em, const gml_node *curve)
{
    return write_curve_natural(em, curve->first, curve->first + curve->count);
}

static int write_natural(emitter *em, const gml_node *n)
{
    int straight = 1;
    switch (n->type) {
    case GML_NODE_POINT:
        return write_point(em, n);
    case GML_NODE_CURVE:
        return write_curve_natural_node(em, n);
    case GML_NODE_POLYGON:
        return write_polygon_natural(em, n);
    case GML_NODE_MULTIPOINT:
        return write_aggregate(em, PCRS_WKB_MULTIPOINT, n, write_point);
    case GML_NODE_MULTICURVE:
        for (const gml_node *m = child_of(em, n); m; m = next_of(em, m))
            straight = straight && curve_is_straight(em, m);
        return straight ? write_aggregate(em, PCRS_WKB_MULTILINESTRING, n, write_linestring_node)
                        : write_aggregate(em, PCRS_WKB_MULTICURVE, n, write_curve_natural_node);
    case GML_NODE_MULTISURFACE:
        /* A gml:Surface of one patch is a polygon. */
        if (n->element != GML_MULTI_SURFACE && n->child_count == 1)
            return write_polygon_natural(em, child_of(em, n));
        for (const gml_node *m = child_of(em, n); m; m = next_of(em, m))
            straight = straight && polygon_is_straight(em, m);
        return write_aggregate(em, straight ? PCRS_WKB_MULTIPOLYGON : PCRS_WKB_MULTISURFACE, n,
                               write_polygon_natural);
    case GML_NODE_COLLECTION:
        return write_aggregate(em, PCRS_WKB_GEOMETRYCOLLECTION, n, write_natural);
    }
    return -1;
}

/* What each kind accepts: its single node type, its aggregate node type,
 * and whether the WKB is the aggregate (multi_type) or the single one. */
static const struct kind_rule {
    pcrs_geometry_kind kind;
    gml_node_type single, multi;
    uint32_t multi_type; /* 0: the kind is the single type */
    node_writer write;   /* a single geometry (or aggregate member) */
    const char *expected;
} kind_rules[] = {
    {PCRS_GEOM_POINT, GML_NODE_POINT, GML_NODE_MULTIPOINT, 0, write_point, "a Point"},
    {PCRS_GEOM_CURVE, GML_NODE_CURVE, GML_NODE_MULTICURVE, 0, write_compound_node, "a Curve"},
    {PCRS_GEOM_POLYGON, GML_NODE_POLYGON, GML_NODE_MULTISURFACE, 0, write_curve_polygon, "a Polygon"},
    {PCRS_GEOM_SURFACE, GML_NODE_POLYGON, GML_NODE_MULTISURFACE, 0, write_curve_polygon, "a Surface"},
    {PCRS_GEOM_MULTIPOINT, GML_NODE_POINT, GML_NODE_MULTIPOINT, PCRS_WKB_MULTIPOINT, write_point,
     "a MultiPoint"},
    {PCRS_GEOM_MULTICURVE, GML_NODE_CURVE, GML_NODE_MULTICURVE, PCRS_WKB_MULTICURVE, write_compound_node,
     "a MultiCurve"},
    {PCRS_GEOM_MULTISURFACE, GML_NODE_POLYGON, GML_NODE_MULTISURFACE, PCRS_WKB_MULTISURFACE,
     write_curve_polygon, "a MultiSurface"},
};

pcrs_status pcrs_gml_emit(const gml_geometry *g, int root, pcrs_geometry_kind kind, pcrs_buffer *out,
                          char *err, size_t err_size)
{
    emitter em = {g, out, g->dim == 3 ? PCRS_WKB_Z : 0, g->dim == 3};
    const gml_node *n = &g->nodes[root];
    int failed;
    if (kind == PCRS_GEOM_ANY) {
        failed = write_natural(&em, n);
    } else {
        const struct kind_rule *rule = NULL;
        for (size_t i = 0; i < sizeof kind_rules / sizeof kind_rules[0]; i++)
            if (kind_rules[i].kind == kind)
                rule = &kind_rules[i];
        if (!rule) {
            pcrs_gml_format_error(err, err_size, n->line, n->element, "invalid geometry kind %d", (int)kind);
            return PCRS_ERR_ARG;
        }
        if (n->type == rule->single && rule->multi_type) {
            failed = header(&em, rule->multi_type) || put_count(&em, 1) || rule->write(&em, n);
        } else if (n->type == rule->single) {
            failed = rule->write(&em, n);
        } else if (n->type == rule->multi && rule->multi_type) {
            failed = write_aggregate(&em, rule->multi_type, n, rule->write);
        } else if (n->type == rule->multi && n->child_count == 1) {
            failed = rule->write(&em, child_of(&em, n));
        } else if (n->type == rule->multi) {
            pcrs_gml_format_error(err, err_size, n->line, n->element, "%zu %s: %s is expected for this property",
                                  n->child_count, n->element == GML_SURFACE ? "patches" : "members",
                                  rule->expected);
            return PCRS_ERR_DATA;
        } else {
            pcrs_gml_format_error(err, err_size, n->line, n->element, "%s is expected for this property",
                                  rule->expected);
            return PCRS_ERR_DATA;
        }
    }
    if (failed) {
        pcrs_gml_format_error(err, err_size, n->line, n->element, "out of memory");
        return PCRS_ERR_NOMEM;
    }
    return PCRS_OK;
}
