/* What the GML geometry parser builds before writing WKB (internal).
 *
 * All coordinates of one geometry live in one array (3 doubles per point, Z
 * 0 in 2D); curves are runs of parts (straight or circular) over that
 * array; nodes form the tree of points, curves, polygons and aggregates.
 * Normalisation for a geometry kind reads this tree (gml_geometry_emit.c). */
#ifndef PCRS_GML_GEOMETRY_MODEL_H
#define PCRS_GML_GEOMETRY_MODEL_H

#include <stddef.h>

#include "buffer.h"
#include "pcrs/pcrs.h"

/* GML elements known to the parser, in the (C locale) order of their names. */
typedef enum gml_element_id {
    GML_UNKNOWN = -1,
    GML_ARC,
    GML_ARC_BY_BULGE,
    GML_ARC_BY_CENTER_POINT,
    GML_ARC_STRING,
    GML_ARC_STRING_BY_BULGE,
    GML_BSPLINE,
    GML_BEZIER,
    GML_CIRCLE,
    GML_CIRCLE_BY_CENTER_POINT,
    GML_CLOTHOID,
    GML_COMPOSITE_CURVE,
    GML_COMPOSITE_SOLID,
    GML_COMPOSITE_SURFACE,
    GML_CONE,
    GML_CUBIC_SPLINE,
    GML_CURVE,
    GML_CYLINDER,
    GML_GEODESIC,
    GML_GEODESIC_STRING,
    GML_LINE_STRING,
    GML_LINE_STRING_SEGMENT,
    GML_LINEAR_RING,
    GML_MULTI_CURVE,
    GML_MULTI_GEOMETRY,
    GML_MULTI_POINT,
    GML_MULTI_SOLID,
    GML_MULTI_SURFACE,
    GML_OFFSET_CURVE,
    GML_ORIENTABLE_CURVE,
    GML_ORIENTABLE_SURFACE,
    GML_POINT,
    GML_POLYGON,
    GML_POLYGON_PATCH,
    GML_POLYHEDRAL_SURFACE,
    GML_RECTANGLE,
    GML_RING,
    GML_SHELL,
    GML_SOLID,
    GML_SPHERE,
    GML_SURFACE,
    GML_TIN,
    GML_TRIANGLE,
    GML_TRIANGULATED_SURFACE,
    GML_BASE_CURVE,
    GML_BASE_SURFACE,
    GML_COORDINATES,
    GML_CURVE_MEMBER,
    GML_CURVE_MEMBERS,
    GML_DESCRIPTION,
    GML_DESCRIPTION_REFERENCE,
    GML_END_ANGLE,
    GML_EXTERIOR,
    GML_GEOMETRY_MEMBER,
    GML_GEOMETRY_MEMBERS,
    GML_IDENTIFIER,
    GML_INTERIOR,
    GML_META_DATA_PROPERTY,
    GML_NAME,
    GML_PATCHES,
    GML_POINT_MEMBER,
    GML_POINT_MEMBERS,
    GML_POINT_PROPERTY,
    GML_POINT_REP,
    GML_POS,
    GML_POS_LIST,
    GML_RADIUS,
    GML_SEGMENTS,
    GML_START_ANGLE,
    GML_SURFACE_MEMBER,
    GML_SURFACE_MEMBERS,
    GML_ELEMENT_COUNT
} gml_element_id;

/* Local name of a known element ("LineString"). */
const char *pcrs_gml_element_name(int id);

/* Writes "line N: <gml:Name>: message" into err. */
void pcrs_gml_format_error(char *err, size_t err_size, int line, int element_id,
                           const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* A run of points that is one straight polyline or one circular string. */
typedef struct gml_part {
    int arc;           /* 0: straight segments; 1: circular arcs (3, 5, 7… points) */
    int element;       /* gml_element_id that gave it (for messages) */
    int line;
    size_t first;      /* first point index */
    size_t count;
} gml_part;

typedef enum gml_node_type {
    GML_NODE_POINT,       /* first = point index */
    GML_NODE_CURVE,       /* parts [first, first + count); also polygon rings */
    GML_NODE_POLYGON,     /* children: rings, exterior first; none when empty */
    GML_NODE_MULTIPOINT,  /* children: points */
    GML_NODE_MULTICURVE,  /* children: curves */
    GML_NODE_MULTISURFACE,/* children: polygons (also a Surface's patches) */
    GML_NODE_COLLECTION   /* children: any node */
} gml_node_type;

typedef struct gml_node {
    gml_node_type type;
    int element; /* gml_element_id it was read from */
    int line;
    size_t first, count;
    int first_child, last_child, next_sibling; /* node indices, -1 for none */
    size_t child_count;
} gml_node;

typedef struct gml_geometry {
    double *xyz; /* 3 per point */
    size_t point_count, point_capacity;
    gml_part *parts;
    size_t part_count, part_capacity;
    gml_node *nodes;
    size_t node_count, node_capacity;
    int dim; /* 2 or 3 */
} gml_geometry;

/* Appends the WKB of node `root` normalised for `kind` (see gml_geometry.h).
 * Returns PCRS_ERR_DATA when the geometry does not fit the kind, with a
 * message in err. */
pcrs_status pcrs_gml_emit(const gml_geometry *g, int root, pcrs_geometry_kind kind,
                          pcrs_buffer *out, char *err, size_t err_size);

#endif
