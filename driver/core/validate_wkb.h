/* ISO WKB decoded into a flat list of simple parts for the geometry rules
 * (internal): every LineString / CircularString / Point with its place in
 * the geometry (curve, ring, polygon). Coordinates stay in the WKB bytes. */
#ifndef PCRS_VALIDATE_WKB_H
#define PCRS_VALIDATE_WKB_H

#include <stddef.h>
#include <stdint.h>

enum validate_wkb_part_kind { VW_POINT = 1, VW_LINE = 2, VW_ARC = 8 };

typedef struct validate_wkb_part {
    int kind;                   /* VW_POINT, VW_LINE (LineString), VW_ARC (CircularString) */
    int dim;                    /* 2, 3 or 4 */
    int big_endian;
    const unsigned char *coords; /* count * dim doubles */
    uint32_t count;
    int curve;                  /* curve (or ring) this part belongs to, -1 for points */
} validate_wkb_part;

typedef struct validate_wkb_curve {
    int first_part, part_count;
    int ring_of;  /* polygon index if the curve is a ring, else -1 */
} validate_wkb_curve;

typedef struct validate_wkb_polygon {
    int first_curve, ring_count; /* rings are consecutive curves */
} validate_wkb_polygon;

typedef struct validate_wkb {
    int type;  /* top-level ISO base type: 1 Point … 12 MultiSurface */
    int has_z;
    validate_wkb_part *parts;
    int part_count, part_capacity;
    validate_wkb_curve *curves;
    int curve_count, curve_capacity;
    validate_wkb_polygon *polygons;
    int polygon_count, polygon_capacity;
    int64_t point_count; /* non-empty points of all parts */
} validate_wkb;

void validate_wkb_init(validate_wkb *g);
void validate_wkb_free(validate_wkb *g);
/* Decodes `wkb`. 0, -1 if malformed, -2 out of memory. */
int validate_wkb_parse(validate_wkb *g, const unsigned char *wkb, size_t size);

/* Point i of a part: xyz[2] = NAN when 2D. */
void validate_wkb_point(const validate_wkb_part *p, uint32_t i, double xyz[3]);
/* First and last point of a curve (all its parts); 0 if it has none. */
int validate_wkb_curve_ends(const validate_wkb *g, int curve, double first[3], double last[3]);
/* Number of points of a curve, counting a shared point between parts once. */
int64_t validate_wkb_curve_points(const validate_wkb *g, int curve);

#endif
