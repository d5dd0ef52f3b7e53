/* ISO WKB → GML 3.2 text for the writer (internal).
 *
 * The geometry is converted to what the class's geometry property allows
 * (pcrs_geometry_kind): gml:Point, gml:LineString, gml:Curve with
 * LineStringSegment / Arc / ArcString segments, gml:Polygon with LinearRing
 * or Ring/curveMember rings, gml:MultiPoint, gml:MultiCurve,
 * gml:MultiSurface, gml:MultiGeometry. Compatible OGR types are converted
 * (a single-part multi to its part and the reverse, a circular string to
 * arcs, a compound curve to segments, a curve polygon to a Polygon with
 * Ring/curveMember); others are refused with a message. Every GML object
 * gets a gml:id (rings and segments are not objects); the outermost element
 * carries srsName and srsDimension (3 when the WKB has Z). M is dropped. */
#ifndef PCRS_WRITER_GEOMETRY_H
#define PCRS_WRITER_GEOMETRY_H

#include <stddef.h>

#include "buffer.h"
#include "pcrs/pcrs_model.h"

typedef struct writer_envelope {
    int has_xy;
    double xy[4]; /* minx, miny, maxx, maxy: arcs by their true extent */
    int has_z;
    double z[2];
} writer_envelope;

void writer_envelope_init(writer_envelope *env);
void writer_envelope_merge(writer_envelope *into, const writer_envelope *other);

typedef struct writer_geometry_context {
    const char *srs_name; /* "EPSG:2154", or NULL: none */
    /* Appends to `out` the gml:id of the n-th GML object of the geometry
     * (0: the outermost), without NUL. 0, or -1 when memory runs out. */
    int (*make_id)(void *user, int n, pcrs_buffer *out);
    void *user;
} writer_geometry_context;

typedef enum writer_geometry_result {
    WRITER_GEOMETRY_OK = 0,
    WRITER_GEOMETRY_EMPTY,       /* no coordinates: nothing written, a null geometry */
    WRITER_GEOMETRY_ERROR,       /* broken WKB or a type the property cannot take; `err` says why */
    WRITER_GEOMETRY_UNSUPPORTED, /* valid, but not representable here (TIN, M only…) */
    WRITER_GEOMETRY_NOMEM
} writer_geometry_result;

/* Appends the GML element to `out` and the geometry's extent to `env`
 * (both left unchanged unless OK). *dropped_m is set when M values were
 * discarded. */
writer_geometry_result writer_geometry_to_gml(const unsigned char *wkb, size_t size, pcrs_geometry_kind kind,
                                              const writer_geometry_context *ctx, pcrs_buffer *out,
                                              writer_envelope *env, int *dropped_m, char *err,
                                              size_t err_size);

#endif
