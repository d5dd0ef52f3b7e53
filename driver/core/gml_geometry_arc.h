/* Circle geometry for circular arcs (internal; pcrs_arc_extent() is in gml_geometry.h). */
#ifndef PCRS_GML_GEOMETRY_ARC_H
#define PCRS_GML_GEOMETRY_ARC_H

/* Circle through three points: center, radius and the direction p0 → p1 → p2
 * (1 counter-clockwise, -1 clockwise). Returns 0, or -1 when the points are
 * collinear or two of them coincide. */
int pcrs_circle_through(const double p0[2], const double p1[2], const double p2[2],
                        double center[2], double *radius, int *direction);

/* The point halfway along the arc of the circle (center, radius) that goes
 * from `from` to `to` in `direction` (1 counter-clockwise, -1 clockwise). */
void pcrs_arc_midpoint(const double center[2], double radius, const double from[2],
                       const double to[2], int direction, double mid[2]);

/* Sine and cosine of an angle in degrees, exact at multiples of 90°. */
void pcrs_sincos_degrees(double degrees, double *s, double *c);

#endif
