/* ISO WKB → flat parts for the geometry rules. Handles both byte orders,
 * Z/M variants (+1000/+2000/+3000) and every type the reader produces:
 * Point, LineString, Polygon, Multi*, GeometryCollection, CircularString,
 * CompoundCurve, CurvePolygon, MultiCurve, MultiSurface. */
#include "validate_wkb.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NESTING 32

typedef struct cursor {
    const unsigned char *p, *end;
} cursor;

void validate_wkb_init(validate_wkb *g) { memset(g, 0, sizeof *g); }

void validate_wkb_free(validate_wkb *g)
{
    free(g->parts);
    free(g->curves);
    free(g->polygons);
    memset(g, 0, sizeof *g);
}

static int grow(void **items, int *capacity, int count, size_t item_size)
{
    if (count < *capacity)
        return 0;
    int cap = *capacity ? *capacity * 2 : 16;
    void *p = realloc(*items, (size_t)cap * item_size);
    if (!p)
        return -1;
    *items = p;
    *capacity = cap;
    return 0;
}

static uint32_t read_u32(const unsigned char *p, int big_endian)
{
    if (big_endian)
        return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static double read_f64(const unsigned char *p, int big_endian)
{
    double v;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (!big_endian) {
        memcpy(&v, p, sizeof v);
        return v;
    }
#endif
    unsigned char b[8];
    for (int i = 0; i < 8; i++)
        b[i] = big_endian ? p[7 - i] : p[i];
    uint64_t bits = 0;
    for (int i = 7; i >= 0; i--)
        bits = bits << 8 | b[i];
    memcpy(&v, &bits, sizeof v);
    return v;
}

void validate_wkb_point(const validate_wkb_part *p, uint32_t i, double xyz[3])
{
    const unsigned char *c = p->coords + (size_t)i * (size_t)p->dim * 8;
    xyz[0] = read_f64(c, p->big_endian);
    xyz[1] = read_f64(c + 8, p->big_endian);
    xyz[2] = p->dim >= 3 ? read_f64(c + 16, p->big_endian) : NAN;
}

typedef struct header {
    int big_endian, base, dim;
} header;

static int read_header(cursor *c, header *h, validate_wkb *g, int top)
{
    if (c->end - c->p < 5 || c->p[0] > 1)
        return -1;
    h->big_endian = c->p[0] == 0;
    uint32_t type = read_u32(c->p + 1, h->big_endian);
    c->p += 5;
    if (type > 3999)
        return -1;
    h->base = (int)(type % 1000);
    int zm = (int)(type / 1000);
    h->dim = 2 + (zm == 1 || zm == 2) + 2 * (zm == 3);
    if (top) {
        g->type = h->base;
        g->has_z = zm == 1 || zm == 3;
    }
    return 0;
}

static int read_count(cursor *c, const header *h, uint32_t *n)
{
    if (c->end - c->p < 4)
        return -1;
    *n = read_u32(c->p, h->big_endian);
    c->p += 4;
    return 0;
}

/* A point sequence (LineString, CircularString, ring or point body). */
static int add_part(validate_wkb *g, cursor *c, const header *h, int kind, uint32_t count,
                    int curve)
{
    size_t bytes = (size_t)count * (size_t)h->dim * 8;
    if ((size_t)(c->end - c->p) < bytes || (count && bytes / count != (size_t)h->dim * 8))
        return -1;
    if (grow((void **)&g->parts, &g->part_capacity, g->part_count, sizeof *g->parts))
        return -2;
    validate_wkb_part *p = &g->parts[g->part_count++];
    p->kind = kind;
    p->dim = h->dim;
    p->big_endian = h->big_endian;
    p->coords = c->p;
    p->count = count;
    p->curve = curve;
    c->p += bytes;
    if (kind == VW_POINT) {
        double xyz[3];
        validate_wkb_point(p, 0, xyz);
        if (isnan(xyz[0]) && isnan(xyz[1]))
            p->count = 0; /* empty point */
    }
    g->point_count += p->count;
    return 0;
}

static int new_curve(validate_wkb *g, int ring_of)
{
    if (grow((void **)&g->curves, &g->curve_capacity, g->curve_count, sizeof *g->curves))
        return -2;
    validate_wkb_curve *cv = &g->curves[g->curve_count];
    cv->first_part = g->part_count;
    cv->part_count = 0;
    cv->ring_of = ring_of;
    return g->curve_count++;
}

/* `curve`: the curve that line and arc parts join (inside a CompoundCurve),
 * or -1: each curve geometry met starts a curve, a ring of polygon `ring_of`
 * if ring_of >= 0. */
static int parse_geometry(validate_wkb *g, cursor *c, int depth, int top, int curve, int ring_of)
{
    if (depth > MAX_NESTING)
        return -1;
    header h;
    if (read_header(c, &h, g, top))
        return -1;
    uint32_t n;
    int st = 0;
    switch (h.base) {
    case 1: /* Point */
        return add_part(g, c, &h, VW_POINT, 1, -1);
    case 2: /* LineString */
    case 8: /* CircularString */
    case 9: /* CompoundCurve */ {
        if (read_count(c, &h, &n))
            return -1;
        int own = curve < 0;
        if (own && (curve = new_curve(g, ring_of)) < 0)
            return curve;
        if (h.base == 9) {
            for (uint32_t i = 0; i < n && !st; i++)
                st = parse_geometry(g, c, depth + 1, 0, curve, ring_of);
        } else {
            st = add_part(g, c, &h, h.base == 2 ? VW_LINE : VW_ARC, n, curve);
        }
        if (own)
            g->curves[curve].part_count = g->part_count - g->curves[curve].first_part;
        return st;
    }
    case 3:  /* Polygon: rings are point lists without header */
    case 10: /* CurvePolygon: rings are curve geometries */ {
        if (read_count(c, &h, &n))
            return -1;
        if (grow((void **)&g->polygons, &g->polygon_capacity, g->polygon_count, sizeof *g->polygons))
            return -2;
        int poly = g->polygon_count++;
        g->polygons[poly].first_curve = g->curve_count;
        g->polygons[poly].ring_count = (int)n;
        for (uint32_t i = 0; i < n && !st; i++) {
            if (h.base == 10) {
                st = parse_geometry(g, c, depth + 1, 0, -1, poly);
                continue;
            }
            uint32_t count;
            int ring = new_curve(g, poly);
            if (ring < 0)
                return ring;
            if (read_count(c, &h, &count))
                return -1;
            st = add_part(g, c, &h, VW_LINE, count, ring);
            g->curves[ring].part_count = 1;
        }
        return st;
    }
    case 4: case 5: case 6: case 7: case 11: case 12: /* collections */
        if (read_count(c, &h, &n))
            return -1;
        for (uint32_t i = 0; i < n && !st; i++)
            st = parse_geometry(g, c, depth + 1, 0, -1, -1);
        return st;
    default:
        return -1;
    }
}

int validate_wkb_parse(validate_wkb *g, const unsigned char *wkb, size_t size)
{
    g->part_count = g->curve_count = g->polygon_count = 0;
    g->point_count = 0;
    g->type = 0;
    g->has_z = 0;
    cursor c = {wkb, wkb + size};
    int st = parse_geometry(g, &c, 0, 1, -1, -1);
    return st == -2 ? -2 : st ? -1 : 0;
}

int validate_wkb_curve_ends(const validate_wkb *g, int curve, double first[3], double last[3])
{
    const validate_wkb_curve *cv = &g->curves[curve];
    int found = 0;
    for (int i = 0; i < cv->part_count; i++) {
        const validate_wkb_part *p = &g->parts[cv->first_part + i];
        if (!p->count)
            continue;
        if (!found)
            validate_wkb_point(p, 0, first);
        validate_wkb_point(p, p->count - 1, last);
        found = 1;
    }
    return found;
}

int64_t validate_wkb_curve_points(const validate_wkb *g, int curve)
{
    const validate_wkb_curve *cv = &g->curves[curve];
    int64_t n = 0;
    for (int i = 0; i < cv->part_count; i++) {
        const validate_wkb_part *p = &g->parts[cv->first_part + i];
        if (p->count)
            n += n ? p->count - 1 : p->count;
    }
    return n;
}
