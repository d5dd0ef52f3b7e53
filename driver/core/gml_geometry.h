/* GML 3.2 geometry → ISO WKB, on a libxml2 xmlTextReader (internal).
 *
 * Reads every geometry form met in PCRS files: gml:pos / posList (srsDimension
 * on the geometry or on the list), gml:coordinates (cs, ts, decimal, any
 * whitespace), Point, LineString, Curve with LineStringSegment / Arc /
 * ArcString / Circle / ArcByCenterPoint / CircleByCenterPoint segments (arcs
 * kept as CircularString), OrientableCurve, CompositeCurve, Polygon, Surface
 * with PolygonPatch, rings as LinearRing or Ring/curveMember, MultiPoint,
 * MultiCurve, MultiSurface (member and members forms), MultiGeometry. */
#ifndef PCRS_GML_GEOMETRY_H
#define PCRS_GML_GEOMETRY_H

#include <stdint.h>

#include <libxml/xmlreader.h>

#include "buffer.h"
#include "pcrs/pcrs.h"

/* How a srsName was written. */
typedef enum pcrs_srs_form {
    PCRS_SRS_NONE = 0,      /* no srsName */
    PCRS_SRS_SHORT,         /* EPSG:3946 — GIS (easting/northing, lon/lat) order */
    PCRS_SRS_URN,           /* urn:ogc:def:crs:EPSG::3946 or urn:ogc:def:crs:EPSG:6.6:3946 */
    PCRS_SRS_URN_MALFORMED, /* urn:ogc:def:crs:EPSG:3946 (one colon missing), read as the URN */
    PCRS_SRS_URL,           /* http://www.opengis.net/def/crs/EPSG/0/3946 */
    PCRS_SRS_OTHER          /* anything else: code 0 */
} pcrs_srs_form;

/* Parses a srsName. Returns the EPSG code (0 if none) and the form. */
int pcrs_parse_srs_name(const char *srs_name, pcrs_srs_form *form);

/* Receives the gml:ids met in geometries: `id` (NUL-terminated, borrowed for
 * the call) at `line`, in document order. */
typedef void (*pcrs_gml_id_fn)(void *user, const char *id, int64_t line);

typedef struct pcrs_gml_context {
    /* Same meaning as in pcrs_reader_options. NULL: never swap. */
    int (*crs_is_lat_long_order)(void *user, int epsg_code);
    void *crs_user;
    int max_depth; /* maximum element depth below the geometry element */
    /* Same as pcrs_reader_options.on_gml_id. NULL: ids are not reported. */
    pcrs_gml_id_fn on_id;
    void *id_user;
    int *root_id_seen; /* set once the document element's id was reported */
} pcrs_gml_context;

typedef struct pcrs_geometry_info {
    int epsg;            /* from the outermost srsName (0 if none) */
    pcrs_srs_form srs_form;
    int has_z;           /* coordinates are 3D */
    int axis_swapped;    /* coordinates were swapped to easting/northing order */
    int empty;           /* no coordinates at all (e.g. an empty gml:Polygon); env is then
                            {+inf, +inf, -inf, -inf} (neutral when merged) and zrange {0, 0} */
    double env[4];       /* minx, miny, maxx, maxy — arcs by their true extent */
    double zrange[2];    /* min z, max z (if has_z) */
} pcrs_geometry_info;

/* `reader` is positioned on the start tag of a geometry element in the GML
 * namespace (the child of a geometry property). Reads the whole element and
 * leaves the reader on its end tag (or on the element itself if it is
 * empty), appending the ISO WKB to `out`, normalised for `kind`:
 *   POINT → Point; CURVE → CompoundCurve (LineString and arc parts);
 *   POLYGON, SURFACE → CurvePolygon (rings LineString, or CompoundCurve for
 *   gml:Ring); MULTIPOINT → MultiPoint; MULTICURVE → MultiCurve of
 *   CompoundCurve; MULTISURFACE → MultiSurface of CurvePolygon;
 *   ANY → the natural type (LineString stays LineString).
 * Z variants (+1000) when the coordinates have 3 dimensions; a geometry
 * mixing 2D and 3D parts is an error.
 * On error returns PCRS_ERR_DATA (or _UNSUPPORTED, _HOSTILE, _NOMEM) and
 * writes into `err` a message "line N: <gml:posList>: reason" (no file
 * name: the caller adds it); `out` is then restored to its initial size and
 * the reader is left somewhere inside or at the end of the element: the
 * caller skips to the end of the enclosing property. */
pcrs_status pcrs_gml_read_geometry(xmlTextReaderPtr reader, pcrs_geometry_kind kind,
                                   const pcrs_gml_context *ctx, pcrs_buffer *out,
                                   pcrs_geometry_info *info, char *err, size_t err_size);

/* Exact 2D envelope of the circular arc through p0, p1, p2 (each x, y),
 * merged into env {minx, miny, maxx, maxy}. Collinear points: the segment. */
void pcrs_arc_extent(const double p0[2], const double p1[2], const double p2[2], double env[4]);

#endif
