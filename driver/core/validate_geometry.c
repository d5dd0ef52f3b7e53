/* Geometry rules on a feature's WKB: reference system and altitude (counted
 * per document), empty geometries, zero-length segments, degenerate arcs,
 * open rings, the class constraints (AffleurantEnveloppePCRS without holes,
 * PilierParticulierPCRS closed, SeuilPCRS a segment) and validity through
 * the caller's GEOS callback for surfaces. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "validate_document.h"

typedef struct geometry_classes {
    int objet_vecteur, point_leve, point_canevas, affleurant_enveloppe, pilier_particulier, seuil;
} geometry_classes;

static geometry_classes gc;
static pthread_once_t gc_once = PTHREAD_ONCE_INIT;

/* Once per process: validators may run on several threads. */
static void find_geometry_classes(void)
{
    gc.objet_vecteur = pcrs_model_find_class(PCRS_NS_PCRS, "ObjetVecteurPCRS");
    gc.point_leve = pcrs_model_find_class(PCRS_NS_PCRS, "PointLevePCRS");
    gc.point_canevas = pcrs_model_find_class(PCRS_NS_PCRS, "PointCanevasPCRS");
    gc.affleurant_enveloppe = pcrs_model_find_class(PCRS_NS_PCRS, "AffleurantEnveloppePCRS");
    gc.pilier_particulier = pcrs_model_find_class(PCRS_NS_PCRS, "PilierParticulierPCRS");
    gc.seuil = pcrs_model_find_class(PCRS_NS_PCRS, "SeuilPCRS");
}

static const geometry_classes *classes(void)
{
    pthread_once(&gc_once, find_geometry_classes);
    return &gc;
}

static int same_point(const double a[3], const double b[3], double tolerance)
{
    return fabs(a[0] - b[0]) <= tolerance && fabs(a[1] - b[1]) <= tolerance;
}

/* A finding located at `at` rather than at the feature's first point. */
static void emit_at(validate_doc *d, const validate_feature_ctx *fc, int rule, const double at[3],
                    const char *value, const char *detail)
{
    validate_feature_ctx located = *fc;
    if (at && !isnan(at[0])) {
        located.has_location = 1;
        located.x = at[0];
        located.y = at[1];
    }
    validate_doc_emit(d, &located, rule, NULL, value, NULL, detail);
}

/* Twice the signed area of the triangle, against the arc's size. */
static int arc_is_degenerate(const double p0[3], const double p1[3], const double p2[3],
                             double tolerance)
{
    double ax = p1[0] - p0[0], ay = p1[1] - p0[1], bx = p2[0] - p0[0], by = p2[1] - p0[1];
    double chord = sqrt(bx * bx + by * by), rise = sqrt(ax * ax + ay * ay);
    double size = chord > rise ? chord : rise;
    if (size <= tolerance)
        return 1;
    return fabs(ax * by - ay * bx) / size <= tolerance; /* height of p1 over p0-p2 */
}

/* Zero-length segments and degenerate arcs: one finding of each per feature. */
static void check_parts(validate_doc *d, const validate_feature_ctx *fc, const validate_wkb *g,
                        double tolerance)
{
    int zero_found = 0, arc_found = 0;
    for (int i = 0; i < g->part_count; i++) {
        const validate_wkb_part *p = &g->parts[i];
        if (p->kind == VW_POINT || p->count < 2)
            continue;
        double prev[3], cur[3], next[3];
        validate_wkb_point(p, 0, prev);
        for (uint32_t k = 1; k < p->count && !zero_found; k++) {
            validate_wkb_point(p, k, cur);
            if (same_point(prev, cur, tolerance)) {
                emit_at(d, fc, VR_GEOM_ZERO_SEGMENT, cur, NULL, NULL);
                zero_found = 1;
            }
            memcpy(prev, cur, sizeof prev);
        }
        if (p->kind != VW_ARC || arc_found)
            continue;
        for (uint32_t k = 0; k + 2 < p->count; k += 2) {
            validate_wkb_point(p, k, prev);
            validate_wkb_point(p, k + 1, cur);
            validate_wkb_point(p, k + 2, next);
            if (!same_point(prev, next, tolerance) && arc_is_degenerate(prev, cur, next, tolerance)) {
                emit_at(d, fc, VR_GEOM_DEGENERATE_ARC, cur, NULL, NULL);
                arc_found = 1;
                break;
            }
        }
    }
}

/* Rings: closed. Returns 1 if every ring is closed. */
static int check_rings(validate_doc *d, const validate_feature_ctx *fc, const validate_wkb *g,
                       double tolerance)
{
    for (int c = 0; c < g->curve_count; c++) {
        if (g->curves[c].ring_of < 0)
            continue;
        double first[3], last[3];
        if (!validate_wkb_curve_ends(g, c, first, last))
            continue;
        if (!same_point(first, last, tolerance)) {
            char detail[160];
            snprintf(detail, sizeof detail, "%.3f %.3f / %.3f %.3f", first[0], first[1], last[0],
                     last[1]);
            emit_at(d, fc, VR_GEOM_RING_OPEN, last, NULL, detail);
            return 0;
        }
    }
    return 1;
}

/* Asks the caller's GEOS whether `wkb` is valid. */
static void check_validity(validate_doc *d, const validate_feature_ctx *fc,
                           const unsigned char *wkb, size_t size)
{
    pcrs_validator *v = d->v;
    if (!v->options.geometry_is_valid)
        return;
    char reason[512] = "";
    double x = NAN, y = NAN;
    int valid = v->options.geometry_is_valid(v->options.geometry_user, wkb, size, reason,
                                             sizeof reason, &x, &y);
    if (valid != 0)
        return;
    double at[3] = {x, y, NAN};
    emit_at(d, fc, VR_GEOM_INVALID, isnan(x) ? NULL : at, NULL,
            reason[0] ? reason : "GEOS: not valid");
}

/* The closed curve of a PilierParticulierPCRS as a CurvePolygon, so that
 * GEOS tells self-intersections ("papillon"). */
static void check_curve_as_polygon(validate_doc *d, const validate_feature_ctx *fc,
                                   const unsigned char *wkb, size_t size, int has_z)
{
    pcrs_buffer *b = &d->v->scratch;
    pcrs_buffer_reset(b);
    if (pcrs_buffer_append_u8(b, 1) || pcrs_buffer_append_u32le(b, has_z ? 1010 : 10) ||
        pcrs_buffer_append_u32le(b, 1) || pcrs_buffer_append(b, wkb, size)) {
        d->failed = 1;
        return;
    }
    check_validity(d, fc, b->data, b->size);
}

static void aggregate_per_class(validate_doc *d, const validate_feature_ctx *fc, int rule,
                                const char *value)
{
    char key[160];
    snprintf(key, sizeof key, "%s|%s", fc->cls->name, value ? value : "");
    validate_doc_aggregate(d, fc, rule, key, NULL, value, NULL);
}

/* Reference system: allowed, the same for the document, present. */
static void check_crs(validate_doc *d, const validate_feature_ctx *fc)
{
    if (!fc->epsg) {
        aggregate_per_class(d, fc, VR_CRS_MISSING, NULL);
        return;
    }
    /* PCRS-INFO (observatory data) is outside B.1.4. */
    if (fc->cls->ns == PCRS_NAMESPACE_PCRS_INFO)
        return;
    char code[16];
    snprintf(code, sizeof code, "%d", fc->epsg);
    if (!validate_crs_allowed(fc->epsg)) {
        char key[64];
        snprintf(key, sizeof key, "%d", fc->epsg);
        validate_doc_aggregate(d, fc, VR_CRS_NOT_ALLOWED, key, NULL, code,
                               validate_crs_allowed_list());
    }
    if (!d->document_epsg) {
        d->document_epsg = fc->epsg;
    } else if (fc->epsg != d->document_epsg) {
        char key[64], expected[16];
        snprintf(key, sizeof key, "%d", fc->epsg);
        snprintf(expected, sizeof expected, "%d", d->document_epsg);
        validate_doc_aggregate(d, fc, VR_CRS_MIXED, key, NULL, code, expected);
    }
}

static void check_altitude(validate_doc *d, const validate_feature_ctx *fc, int has_z)
{
    const geometry_classes *gc = classes();
    if (has_z)
        return;
    if (fc->class_index == gc->point_canevas)
        validate_doc_emit(d, fc, VR_Z_CANEVAS, NULL, NULL, NULL, NULL);
    else if (fc->class_index == gc->point_leve ||
             pcrs_model_class_is_a(fc->class_index, gc->objet_vecteur))
        aggregate_per_class(d, fc, VR_Z_MISSING, NULL);
}

void validate_feature_geometry(validate_doc *d, const validate_feature_ctx *fc)
{
    size_t size;
    const unsigned char *wkb = pcrs_feature_geometry(fc->f, &size);
    if (!wkb)
        return; /* absent: the XSD says it; unreadable: the reader said it (PCRS-GEOM-001) */
    validate_wkb *g = &d->v->wkb; /* decoded by validate_document.c */
    if (fc->wkb_state == -2) {
        d->failed = 1;
        return;
    }
    if (fc->wkb_state != 1) {
        validate_doc_emit(d, fc, VR_GEOM_UNREADABLE, NULL, NULL, NULL, "malformed WKB");
        return;
    }
    check_crs(d, fc);
    if (g->point_count == 0) {
        validate_doc_emit(d, fc, VR_GEOM_EMPTY, NULL, NULL, NULL, NULL);
        return;
    }
    check_altitude(d, fc, g->has_z);
    double tolerance = validate_point_tolerance(fc->epsg);
    check_parts(d, fc, g, tolerance);
    int closed = check_rings(d, fc, g, tolerance);

    const geometry_classes *gc = classes();
    char count[32];
    if (fc->class_index == gc->affleurant_enveloppe && g->polygon_count > 0 &&
        g->polygons[0].ring_count > 1) {
        snprintf(count, sizeof count, "%d", g->polygons[0].ring_count - 1);
        const validate_wkb_part *hole = &g->parts[g->curves[g->polygons[0].first_curve + 1].first_part];
        double at[3];
        validate_wkb_point(hole, 0, at);
        emit_at(d, fc, VR_GEOM_HOLE, hole->count ? at : NULL, count, NULL);
    }
    if (fc->class_index == gc->seuil && g->curve_count == 1) {
        int64_t n = validate_wkb_curve_points(g, 0);
        if (n != 2) {
            snprintf(count, sizeof count, "%lld", (long long)n);
            validate_doc_emit(d, fc, VR_GEOM_SEUIL_SEGMENT, NULL, count, NULL, NULL);
        }
    }
    if (fc->class_index == gc->pilier_particulier && g->curve_count == 1) {
        double first[3], last[3];
        if (validate_wkb_curve_ends(g, 0, first, last) && !same_point(first, last, tolerance))
            emit_at(d, fc, VR_GEOM_PILIER_OPEN, last, NULL, NULL);
        else if (validate_wkb_curve_points(g, 0) >= 4)
            check_curve_as_polygon(d, fc, wkb, size, g->has_z);
    }
    if (g->polygon_count > 0 && closed)
        check_validity(d, fc, wkb, size);
}
