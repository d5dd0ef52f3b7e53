/* Proof of validity of a simple ring: every pair of non-adjacent segments
 * is separated (disjoint boxes, or one segment strictly on one side of the
 * other's line) and adjacent segments are not collinear, with
 * orientation signs certified by Shewchuk's error bound (orient2d, stage A). */
#include "validate_simple_polygon.h"

#include <math.h>
#include <stdlib.h>

/* (3 + 16 eps) eps, eps = 2^-53: |det| above bound * (|l| + |r|) has the true sign. */
static const double ccw_error_bound = 3.3306690738754716e-16;

/* Sign of the orientation of c against a→b: 1, -1, or 0 when not certain. */
static int orientation(const double *a, const double *b, const double *c)
{
    double left = (a[0] - c[0]) * (b[1] - c[1]);
    double right = (a[1] - c[1]) * (b[0] - c[0]);
    double det = left - right;
    double bound = ccw_error_bound * (fabs(left) + fabs(right));
    if (det > bound)
        return 1;
    if (-det > bound)
        return -1;
    return 0;
}

static int boxes_disjoint(const double *a, const double *b, const double *c, const double *d)
{
    return fmax(a[0], b[0]) < fmin(c[0], d[0]) || fmax(c[0], d[0]) < fmin(a[0], b[0]) ||
           fmax(a[1], b[1]) < fmin(c[1], d[1]) || fmax(c[1], d[1]) < fmin(a[1], b[1]);
}

/* One side of a line, certainly, for both ends of the other segment. */
static int strictly_one_side(const double *a, const double *b, const double *c, const double *d)
{
    int oc = orientation(a, b, c), od = orientation(a, b, d);
    return oc != 0 && oc == od;
}

static int segments_apart(const double *a, const double *b, const double *c, const double *d)
{
    return boxes_disjoint(a, b, c, d) || strictly_one_side(a, b, c, d) ||
           strictly_one_side(c, d, a, b);
}

typedef struct segment {
    double min_x, max_x;
    uint32_t first; /* the segment joins point first and first + 1 */
} segment;

static int by_min_x(const void *a, const void *b)
{
    const segment *x = a, *y = b;
    return x->min_x < y->min_x ? -1 : x->min_x > y->min_x;
}

/* Segments i < j of a ring of `count` segments share a point. */
static int adjacent(uint32_t i, uint32_t j, uint32_t count)
{
    return j == i + 1 || (i == 0 && j == count - 1);
}

/* Non-adjacent segments pairwise apart: a sweep along x only pairs segments
 * whose x ranges overlap (the others have disjoint boxes). Gives up (0)
 * past a budget of pairs, when the ring folds on itself along x. */
static int no_crossing(const double (*p)[3], uint32_t count)
{
    segment *s = malloc(count * sizeof *s);
    if (!s)
        return 0;
    for (uint32_t i = 0; i < count; i++)
        s[i] = (segment){fmin(p[i][0], p[i + 1][0]), fmax(p[i][0], p[i + 1][0]), i};
    qsort(s, count, sizeof *s, by_min_x);
    size_t budget = (size_t)count * 32;
    int apart = 1;
    for (uint32_t a = 0; a < count && apart; a++)
        for (uint32_t b = a + 1; b < count && s[b].min_x <= s[a].max_x && apart; b++) {
            uint32_t i = s[a].first < s[b].first ? s[a].first : s[b].first;
            uint32_t j = s[a].first < s[b].first ? s[b].first : s[a].first;
            if (adjacent(i, j, count))
                continue;
            apart = budget-- > 0 && segments_apart(p[i], p[i + 1], p[j], p[j + 1]);
        }
    free(s);
    return apart;
}

int validate_polygon_clearly_valid(const validate_wkb *g)
{
    if (g->polygon_count != 1 || g->polygons[0].ring_count != 1)
        return 0;
    const validate_wkb_curve *ring = &g->curves[g->polygons[0].first_curve];
    if (ring->part_count != 1)
        return 0;
    const validate_wkb_part *part = &g->parts[ring->first_part];
    uint32_t n = part->count;
    if (part->kind != VW_LINE || n < 4 || n > VALIDATE_SIMPLE_RING_MAX)
        return 0;
    double (*p)[3] = malloc(n * sizeof *p);
    if (!p)
        return 0;
    int proven = 1;
    for (uint32_t i = 0; i < n && proven; i++) {
        validate_wkb_point(part, i, p[i]);
        proven = isfinite(p[i][0]) && isfinite(p[i][1]) &&
                 /* GEOS drops repeated points: let it count what remains */
                 !(i > 0 && p[i][0] == p[i - 1][0] && p[i][1] == p[i - 1][1]);
    }
    proven = proven && p[0][0] == p[n - 1][0] && p[0][1] == p[n - 1][1];
    uint32_t segments = n - 1;
    /* adjacent segments i-1 → i → i+1 meet only at p[i] */
    for (uint32_t i = 0; i < segments && proven; i++)
        proven = orientation(p[i == 0 ? segments - 1 : i - 1], p[i], p[i + 1]) != 0;
    proven = proven && no_crossing((const double (*)[3])p, segments);
    free(p);
    return proven;
}
