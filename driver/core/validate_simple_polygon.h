/* A cheap proof that a polygon is valid, to spare GEOS the usual small
 * rings (internal). Only a certainty counts: anything else (holes, arcs,
 * several polygons, a huge ring, repeated points, a sign the floating-point
 * error bound cannot settle) answers 0 and GEOS decides, so the findings are
 * those GEOS alone gives. */
#ifndef PCRS_VALIDATE_SIMPLE_POLYGON_H
#define PCRS_VALIDATE_SIMPLE_POLYGON_H

#include "validate_wkb.h"

/* Largest ring (points, closing one included) the proof handles. */
#define VALIDATE_SIMPLE_RING_MAX 4096

/* 1 if `g` is one polygon of one linear ring that is exactly closed, has
 * finite coordinates, no repeated consecutive point and provably no
 * self-intersection or self-touch (then GEOS's IsValid is true); else 0. */
int validate_polygon_clearly_valid(const validate_wkb *g);

#endif
