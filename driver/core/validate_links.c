/* Link rules: targets exist and have the class the property expects, an
 * AffleurantPCRS has a geometric representation, every object and habillage
 * is referenced by an EmpriseEchangePCRS. Targets may come later in the
 * document, so links are checked once every gml:id is known. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_document.h"

/* Class indices looked up once (the model is static). */
typedef struct link_classes {
    int objet_vecteur, habillage, emprise, affleurant, affleurant_geometrique;
    int emprise_objet, emprise_habillage, affleurant_representation;
} link_classes;

static link_classes lc;
static pthread_once_t lc_once = PTHREAD_ONCE_INIT;

/* Once per process: validators may run on several threads. */
static void find_link_classes(void)
{
    lc.objet_vecteur = pcrs_model_find_class(PCRS_NS_PCRS, "ObjetVecteurPCRS");
    lc.habillage = pcrs_model_find_class(PCRS_NS_PCRS, "HabillagePCRS");
    lc.emprise = pcrs_model_find_class(PCRS_NS_PCRS, "EmpriseEchangePCRS");
    lc.affleurant = pcrs_model_find_class(PCRS_NS_PCRS, "AffleurantPCRS");
    lc.affleurant_geometrique = pcrs_model_find_class(PCRS_NS_PCRS, "AffleurantGeometriquePCRS");
    const pcrs_class *e = pcrs_model_class(lc.emprise);
    const pcrs_class *a = pcrs_model_class(lc.affleurant);
    lc.emprise_objet = e ? pcrs_model_find_property(e, "objet") : -1;
    lc.emprise_habillage = e ? pcrs_model_find_property(e, "habillage") : -1;
    lc.affleurant_representation = a ? pcrs_model_find_property(a, "representation") : -1;
}

static const link_classes *classes(void)
{
    pthread_once(&lc_once, find_link_classes);
    return &lc;
}

int validate_class_in_emprise_scope(int class_index)
{
    const link_classes *lc = classes();
    return pcrs_model_class_is_a(class_index, lc->objet_vecteur) ||
           pcrs_model_class_is_a(class_index, lc->habillage);
}

static void defer(validate_doc *d, const validate_feature_ctx *fc, int64_t owner_entry, int prop,
                  const char *target, size_t len, int purpose)
{
    if (d->pending_count == d->pending_capacity) {
        size_t cap = d->pending_capacity ? d->pending_capacity * 2 : 1024;
        validate_pending_link *p = realloc(d->pending, cap * sizeof *p);
        if (!p) {
            d->failed = 1;
            return;
        }
        d->pending = p;
        d->pending_capacity = cap;
    }
    validate_pending_link *pl = &d->pending[d->pending_count];
    pl->target = d->link_text.size;
    pl->target_length = (uint32_t)len;
    if (pcrs_buffer_append(&d->link_text, target, len + 1) != 0) {
        d->failed = 1;
        return;
    }
    pl->owner_class = fc->class_index;
    pl->prop = prop;
    pl->owner_entry = owner_entry;
    pl->line = fc->line;
    pl->purpose = purpose;
    pl->has_location = fc->has_location;
    pl->x = fc->x;
    pl->y = fc->y;
    d->pending_count++;
}

/* A link whose target `entry` is known (-1: it does not exist). */
static void check_link(validate_doc *d, const validate_feature_ctx *fc, int prop, const char *target,
                       int64_t entry, int purpose)
{
    const pcrs_property *p = &fc->cls->properties[prop];
    const char *element = d->v->checks[fc->class_index][prop].element;
    if (entry < 0) {
        validate_doc_emit(d, fc, VR_LINK_DANGLING, element, target, NULL, NULL);
        if (purpose & VL_REPRESENTATION)
            validate_doc_emit(d, fc, VR_LINK_NO_REPRESENTATION, element, target, NULL,
                              "the representation does not exist");
        return;
    }
    int target_class = d->id_class[entry];
    if (p->target_class >= 0 && !pcrs_model_class_is_a(target_class, p->target_class)) {
        validate_doc_emit(d, fc, VR_LINK_WRONG_CLASS, element, target,
                          pcrs_model_class(p->target_class)->name,
                          pcrs_model_class(target_class)->name);
        return;
    }
    if (purpose & VL_EMPRISE)
        d->id_flags[entry] |= VID_IN_EMPRISE;
    if ((purpose & VL_REPRESENTATION) && !(d->id_flags[entry] & VID_HAS_GEOMETRY_LINK)) {
        char detail[256];
        snprintf(detail, sizeof detail,
                 "AffleurantGeometriquePCRS '%.120s' has no enveloppe, ligne or point", target);
        validate_doc_emit(d, fc, VR_LINK_NO_REPRESENTATION, element, target, NULL, detail);
    }
}

void validate_feature_links(validate_doc *d, const validate_feature_ctx *fc, int64_t id_entry)
{
    const link_classes *lc = classes();
    const pcrs_class *cls = fc->cls;
    if (fc->class_index == lc->affleurant_geometrique && id_entry >= 0) {
        /* before its own links: a representation pointing at itself is still judged */
        for (int prop = 0; prop < cls->property_count; prop++)
            if (cls->properties[prop].type == PCRS_VALUE_LINK &&
                pcrs_feature_value_count(fc->f, prop) > 0)
                d->id_flags[id_entry] |= VID_HAS_GEOMETRY_LINK; /* enveloppe, ligne or point */
    }
    for (int prop = 0; prop < cls->property_count; prop++) {
        if (cls->properties[prop].type != PCRS_VALUE_LINK)
            continue;
        int purpose = VL_TARGET;
        if (fc->class_index == lc->affleurant && prop == lc->affleurant_representation)
            purpose |= VL_REPRESENTATION;
        if (fc->class_index == lc->emprise &&
            (prop == lc->emprise_objet || prop == lc->emprise_habillage))
            purpose |= VL_EMPRISE;
        int n = pcrs_feature_value_count(fc->f, prop);
        for (int i = 0; i < n; i++) {
            const char *target = pcrs_feature_value(fc->f, prop, i);
            if (!target || !*target)
                continue;
            size_t len = strlen(target);
            int64_t entry = validate_doc_find_id(d, target, len);
            /* Known targets now; later ones (forward links) once all are known. */
            if (entry >= 0)
                check_link(d, fc, prop, target, entry, purpose);
            else
                defer(d, fc, id_entry, prop, target, len, purpose);
        }
    }
    if (fc->class_index == lc->affleurant && lc->affleurant_representation >= 0 &&
        pcrs_feature_value_count(fc->f, lc->affleurant_representation) == 0 && d->schema == 0) {
        /* Without the XSD (which reports the missing element) say it here. */
        validate_doc_emit(d, fc, VR_LINK_NO_REPRESENTATION, "<pcrs:representation>", NULL, NULL,
                          "no <pcrs:representation>");
    }
}

/* The feature a finding about a deferred link is about. */
static validate_feature_ctx owner_of(const validate_doc *d, const validate_pending_link *pl)
{
    validate_feature_ctx fc;
    memset(&fc, 0, sizeof fc);
    fc.class_index = pl->owner_class;
    fc.cls = pcrs_model_class(pl->owner_class);
    fc.line = pl->line;
    fc.lazy_id = pl->owner_entry >= 0; /* its text only if a finding needs it */
    fc.id_entry = pl->owner_entry;
    fc.has_location = pl->has_location;
    fc.x = pl->x;
    fc.y = pl->y;
    fc.epsg = d->document_epsg;
    return fc;
}

void validate_links_finish(validate_doc *d)
{
    for (size_t i = 0; i < d->pending_count; i++) {
        const validate_pending_link *pl = &d->pending[i];
        const char *target = (const char *)d->link_text.data + pl->target;
        validate_feature_ctx fc = owner_of(d, pl);
        check_link(d, &fc, pl->prop, target, validate_doc_find_id(d, target, pl->target_length),
                   pl->purpose);
    }

    /* Objects and habillages outside every emprise: only if the document
     * has an emprise at all (else PCRS-DOC-003 says it once). */
    if (d->emprise_count == 0)
        return;
    for (size_t e = 0; e < d->id_count; e++) {
        if ((d->id_flags[e] & (VID_IN_EMPRISE_SCOPE | VID_IN_EMPRISE)) != VID_IN_EMPRISE_SCOPE)
            continue;
        validate_feature_ctx fc;
        memset(&fc, 0, sizeof fc);
        fc.class_index = d->id_class[e];
        fc.cls = pcrs_model_class(fc.class_index);
        fc.line = d->id_line[e];
        fc.lazy_id = 1;
        fc.id_entry = (int64_t)e;
        fc.x = d->id_xy[2 * e];
        fc.y = d->id_xy[2 * e + 1];
        fc.has_location = !isnan(fc.x);
        fc.epsg = d->document_epsg;
        int habillage = pcrs_model_class_is_a(fc.class_index, classes()->habillage);
        validate_doc_emit(d, &fc, VR_LINK_NOT_IN_EMPRISE, NULL, NULL,
                          habillage ? "habillage" : "objet", NULL);
    }
    for (size_t i = 0; i < d->unidentified_count; i++) {
        validate_feature_ctx fc;
        memset(&fc, 0, sizeof fc);
        fc.class_index = d->unidentified[i].class_index;
        fc.cls = pcrs_model_class(fc.class_index);
        fc.line = d->unidentified[i].line;
        fc.has_location = d->unidentified[i].has_location;
        fc.x = d->unidentified[i].x;
        fc.y = d->unidentified[i].y;
        fc.epsg = d->document_epsg;
        int habillage = pcrs_model_class_is_a(fc.class_index, classes()->habillage);
        validate_doc_emit(d, &fc, VR_LINK_NOT_IN_EMPRISE, NULL, NULL,
                          habillage ? "habillage" : "objet", NULL);
    }
}
