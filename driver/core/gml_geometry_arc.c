#include "gml_geometry.h"
#include "gml_geometry_arc.h"

#include <math.h>

#define PI 3.14159265358979323846
#define TWO_PI (2.0 * PI)

/* Sines of angles between the chords p0p1 and p0p2 below this are taken as
 * straight: the arc would be indistinguishable from its chord and its
 * center too far away for the angles to be trusted. */
#define COLLINEAR_SINE 1e-12

/* Angle in [0, 2π). */
static double normalize_angle(double a)
{
    a = fmod(a, TWO_PI);
    return a < 0 ? a + TWO_PI : a;
}

int pcrs_circle_through(const double p0[2], const double p1[2], const double p2[2],
                        double center[2], double *radius, int *direction)
{
    /* In a frame centred on p0: large coordinates, tiny arcs. */
    double ax = p1[0] - p0[0], ay = p1[1] - p0[1];
    double bx = p2[0] - p0[0], by = p2[1] - p0[1];
    double cross = ax * by - ay * bx;
    double la = ax * ax + ay * ay, lb = bx * bx + by * by;
    if (la == 0 || lb == 0 || !(fabs(cross) > COLLINEAR_SINE * sqrt(la) * sqrt(lb)))
        return -1;
    double d = 2 * cross;
    double ux = (by * la - ay * lb) / d;
    double uy = (ax * lb - bx * la) / d;
    center[0] = p0[0] + ux;
    center[1] = p0[1] + uy;
    *radius = hypot(ux, uy);
    *direction = cross > 0 ? 1 : -1;
    return 0;
}

void pcrs_arc_midpoint(const double center[2], double radius, const double from[2],
                       const double to[2], int direction, double mid[2])
{
    double a0 = atan2(from[1] - center[1], from[0] - center[0]);
    double a1 = atan2(to[1] - center[1], to[0] - center[0]);
    double sweep = direction > 0 ? normalize_angle(a1 - a0) : normalize_angle(a0 - a1);
    if (sweep == 0)
        sweep = TWO_PI; /* from == to: the whole circle */
    double a = a0 + direction * sweep / 2;
    mid[0] = center[0] + radius * cos(a);
    mid[1] = center[1] + radius * sin(a);
}

void pcrs_sincos_degrees(double degrees, double *s, double *c)
{
    double d = fmod(degrees, 360.0);
    if (d < 0)
        d += 360.0;
    static const double quarter_sin[4] = {0, 1, 0, -1}, quarter_cos[4] = {1, 0, -1, 0};
    if (d == 0 || d == 90 || d == 180 || d == 270) {
        int q = (int)(d / 90);
        *s = quarter_sin[q];
        *c = quarter_cos[q];
        return;
    }
    double r = d * (PI / 180.0);
    *s = sin(r);
    *c = cos(r);
}

static void merge_point(double env[4], double x, double y)
{
    if (x < env[0]) env[0] = x;
    if (y < env[1]) env[1] = y;
    if (x > env[2]) env[2] = x;
    if (y > env[3]) env[3] = y;
}

/* Angular distance from `from` to `to` travelling in `direction`. */
static double travel(double from, double to, int direction)
{
    return direction > 0 ? normalize_angle(to - from) : normalize_angle(from - to);
}

void pcrs_arc_extent(const double p0[2], const double p1[2], const double p2[2], double env[4])
{
    merge_point(env, p0[0], p0[1]);
    merge_point(env, p1[0], p1[1]);
    merge_point(env, p2[0], p2[1]);
    double center[2], r;
    int direction;
    if (p0[0] == p2[0] && p0[1] == p2[1]) {
        /* Full circle: p1 is diametrically opposite p0. */
        center[0] = (p0[0] + p1[0]) / 2;
        center[1] = (p0[1] + p1[1]) / 2;
        r = hypot(p1[0] - p0[0], p1[1] - p0[1]) / 2;
        merge_point(env, center[0] - r, center[1] - r);
        merge_point(env, center[0] + r, center[1] + r);
        return;
    }
    if (pcrs_circle_through(p0, p1, p2, center, &r, &direction) != 0)
        return; /* straight: the three points bound it */
    double a0 = atan2(p0[1] - center[1], p0[0] - center[0]);
    double a1 = atan2(p1[1] - center[1], p1[0] - center[0]);
    double a2 = atan2(p2[1] - center[1], p2[0] - center[0]);
    double sweep = travel(a0, a2, direction);
    if (travel(a0, a1, direction) > sweep)
        return; /* angles too imprecise to agree with the points: keep the points */
    static const double axis_dx[4] = {1, 0, -1, 0}, axis_dy[4] = {0, 1, 0, -1};
    for (int k = 0; k < 4; k++) {
        if (travel(a0, k * (PI / 2), direction) <= sweep)
            merge_point(env, center[0] + axis_dx[k] * r, center[1] + axis_dy[k] * r);
    }
}
