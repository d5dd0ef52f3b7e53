/* Value rules: the standard's tables (allowed CRSs, thematique per class,
 * precision target, business identifiers, ranges) and their checks on a
 * feature's values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate_document.h"

/* ---- tables ---- */

/* B.1.4. The PDF prints EPSG:2971 for Guyane (CSG67 / UTM 22N); RGFG95 /
 * UTM 22N is EPSG:2972: both are accepted. */
static const struct {
    int first, last;
} allowed_crs[] = {
    {2154, 2154}, {3942, 3950}, {32620, 32620}, {5490, 5490},
    {2971, 2972}, {2975, 2975}, {4471, 4471},
};

/* Classes whose thematique may also take these values (B.1.1 table). */
static const struct {
    const char *class_name;
    const char *also;
} thematique_alternatives[] = {
    {"MarcheEscalierPCRS", "02"},
};

/* A.1: "classe de précision de 10 cm" (CategoriePrecisionPCRSType). */
static const char *const precision_target[] = {"002", "005", "010"};

const char *const validate_business_ids[VALIDATE_BUSINESS_ID_COUNT] = {
    "idObjet", "idHabillage", "idEmprise", "idNomVoirie", "idNumeroVoirie", "idPCRS"};

/* Property rules: class NULL = every class having the property. */
static const struct {
    const char *property;
    const char *class_name;
    validate_value_check check;
    int rule;
    int64_t min, max;
} value_rules[] = {
    {"thematique", NULL, VC_THEMATIQUE, VR_THEMATIQUE, 0, 0},
    {"precisionPlanimetrique", NULL, VC_PRECISION, VR_PREC_PLANI, 0, 0},
    {"precisionAltimetrique", NULL, VC_PRECISION, VR_PREC_ALTI, 0, 0},
    {"precisionPlanimetriqueCorpsDeRue", "RasterPCRS", VC_PRECISION, VR_PREC_RASTER, 0, 0},
    {"transparence", "MasqueOpacitePCRS", VC_RANGE, VR_VAL_RANGE, 0, 100},
    {"resolution", "RasterPCRS", VC_RANGE, VR_VAL_RANGE, 1, INT64_MAX},
    {"precisionXY", NULL, VC_RANGE, VR_VAL_RANGE, 0, INT64_MAX},
    {"precisionZ", NULL, VC_RANGE, VR_VAL_RANGE, 0, INT64_MAX},
    {"typeImage", "RasterPCRS", VC_MIME, VR_VAL_MIME, 0, 0},
    {"nomImage", "RasterPCRS", VC_RASTER_NAME, VR_RAS_DUPLICATE_NAME, 0, 0},
};

int validate_crs_allowed(int epsg)
{
    for (size_t i = 0; i < sizeof allowed_crs / sizeof *allowed_crs; i++)
        if (epsg >= allowed_crs[i].first && epsg <= allowed_crs[i].last)
            return 1;
    return 0;
}

const char *validate_crs_allowed_list(void)
{
    return "EPSG:2154, 3942-3950, 32620, 5490, 2972 (2971), 2975, 4471";
}

double validate_point_tolerance(int epsg)
{
    /* Geographic CRSs (PCRS-INFO files): degrees. */
    if (epsg == 4326 || epsg == 4171 || epsg == 4258 || epsg == 4624 || epsg == 4627)
        return 1e-9;
    return 1e-4; /* a tenth of a millimetre */
}

int validate_thematique_ok(const pcrs_class *cls, const char *value)
{
    if (!cls->thematique || strcmp(cls->thematique, value) == 0)
        return 1;
    for (size_t i = 0; i < sizeof thematique_alternatives / sizeof *thematique_alternatives; i++)
        if (strcmp(thematique_alternatives[i].class_name, cls->name) == 0 &&
            strcmp(thematique_alternatives[i].also, value) == 0)
            return 1;
    return 0;
}

const char *validate_thematique_expected(const pcrs_class *cls, char *out, size_t size)
{
    if (!cls->thematique)
        return NULL;
    size_t used = (size_t)snprintf(out, size, "'%s'", cls->thematique);
    for (size_t i = 0; i < sizeof thematique_alternatives / sizeof *thematique_alternatives; i++)
        if (used < size && strcmp(thematique_alternatives[i].class_name, cls->name) == 0)
            used += (size_t)snprintf(out + used, size - used, " / '%s'",
                                     thematique_alternatives[i].also);
    return out;
}

int validate_precision_in_target(const char *code)
{
    for (size_t i = 0; i < sizeof precision_target / sizeof *precision_target; i++)
        if (strcmp(precision_target[i], code) == 0)
            return 1;
    return 0;
}

const char *validate_precision_target(void) { return "[10 cm] (002, 005, 010)"; }

/* ---- checks[class][prop] ---- */

int validate_values_prepare(pcrs_validator *v)
{
    v->class_count = pcrs_model_class_count();
    v->checks = calloc((size_t)v->class_count, sizeof *v->checks);
    if (!v->checks)
        return -1;
    for (int c = 0; c < v->class_count; c++) {
        const pcrs_class *cls = pcrs_model_class(c);
        v->checks[c] = calloc((size_t)(cls->property_count ? cls->property_count : 1),
                              sizeof **v->checks);
        if (!v->checks[c])
            return -1;
        for (int p = 0; p < cls->property_count; p++) {
            const char *name = cls->properties[p].name;
            validate_property_check *pc = &v->checks[c][p];
            validate_property_element(&cls->properties[p], pc->element, sizeof pc->element);
            for (int b = 0; b < VALIDATE_BUSINESS_ID_COUNT; b++)
                if (strcmp(name, validate_business_ids[b]) == 0) {
                    pc->check = VC_BUSINESS_ID;
                    pc->slot = b;
                }
            for (size_t i = 0; i < sizeof value_rules / sizeof *value_rules; i++) {
                if (strcmp(value_rules[i].property, name) != 0 ||
                    (value_rules[i].class_name && strcmp(value_rules[i].class_name, cls->name) != 0))
                    continue;
                pc->check = value_rules[i].check;
                pc->rule = value_rules[i].rule;
                pc->min = value_rules[i].min;
                pc->max = value_rules[i].max;
            }
        }
    }
    return 0;
}

void validate_values_free(pcrs_validator *v)
{
    if (v->checks)
        for (int c = 0; c < v->class_count; c++)
            free(v->checks[c]);
    free(v->checks);
    v->checks = NULL;
}

/* ---- per feature ---- */

static int is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return 0;
    return 1;
}

/* Business identifier: not empty, unique in the document. */
static void check_business_id(validate_doc *d, const validate_feature_ctx *fc, int slot,
                              const char *value, const char *element)
{
    if (is_blank(value)) {
        validate_doc_emit(d, fc, VR_ID_BUSINESS_EMPTY, element, NULL, NULL, NULL);
        return;
    }
    int added;
    uint32_t *first = reader_idhash_insert(&d->business[slot], reader_idhash_key(value, strlen(value)),
                                           &added);
    if (!first) {
        d->failed = 1;
        return;
    }
    if (added) {
        *first = fc->line < 1 ? 1 : fc->line > (int64_t)UINT32_MAX ? UINT32_MAX : (uint32_t)fc->line;
        return;
    }
    char line[32];
    snprintf(line, sizeof line, "%lld", (long long)*first);
    validate_doc_emit(d, fc, VR_ID_BUSINESS_DUPLICATE, element, value, line, NULL);
}

static void check_code(validate_doc *d, const validate_feature_ctx *fc, const pcrs_property *p,
                       const validate_property_check *pc, const char *value, const char *element)
{
    const pcrs_codelist *list = pcrs_model_codelist(p->codelist);
    if (list && !pcrs_model_find_code(list, value)) {
        if (pcrs_model_code_is_valid(list, value)) {
            char key[512];
            snprintf(key, sizeof key, "%s|%s", p->name, value);
            validate_doc_aggregate(d, fc, VR_VAL_EXTENSION, key, element, value, NULL);
        } else if (!d->schema) {
            validate_doc_emit(d, fc, VR_VAL_CODE, element, value, list->name, NULL);
        }
        return; /* nothing more to say about a value outside the list */
    }
    char expected[64];
    switch (pc->check) {
    case VC_THEMATIQUE:
        if (!validate_thematique_ok(fc->cls, value))
            validate_doc_emit(d, fc, VR_THEMATIQUE, element, value,
                              validate_thematique_expected(fc->cls, expected, sizeof expected), NULL);
        break;
    case VC_PRECISION:
        if (!validate_precision_in_target(value)) {
            if (pc->rule == VR_PREC_RASTER) {
                validate_doc_emit(d, fc, pc->rule, element, value, validate_precision_target(), NULL);
            } else {
                char key[256];
                snprintf(key, sizeof key, "%s|%s", p->name, value);
                validate_doc_aggregate(d, fc, pc->rule, key, element, value,
                                       validate_precision_target());
            }
        }
        break;
    default:
        break;
    }
}

/* Today as yyyymmdd is in the validator. */
static void check_date(validate_doc *d, const validate_feature_ctx *fc, int prop, int i,
                       const char *element)
{
    int year, month, day;
    pcrs_feature_date(fc->f, prop, i, &year, &month, &day);
    long date = (long)year * 10000 + month * 100 + day;
    if (date <= d->v->today)
        return;
    char today[16];
    snprintf(today, sizeof today, "%04d-%02d-%02d", d->v->today / 10000, d->v->today / 100 % 100,
             d->v->today % 100);
    validate_doc_emit(d, fc, VR_VAL_FUTURE_DATE, element, pcrs_feature_value(fc->f, prop, i), today,
                      NULL);
}

static void check_range(validate_doc *d, const validate_feature_ctx *fc, int prop, int i,
                        const validate_property_check *pc, const char *element)
{
    int64_t n = pcrs_feature_integer(fc->f, prop, i);
    if (n >= pc->min && n <= pc->max)
        return;
    char range[64];
    if (pc->max == INT64_MAX)
        snprintf(range, sizeof range, ">= %lld", (long long)pc->min);
    else
        snprintf(range, sizeof range, "[%lld, %lld]", (long long)pc->min, (long long)pc->max);
    validate_doc_emit(d, fc, pc->rule, element, pcrs_feature_value(fc->f, prop, i), range, NULL);
}

/* type/subtype, RFC 6838 restricted names. */
static int is_mime_type(const char *s)
{
    const char *slash = strchr(s, '/');
    if (!slash || slash == s || !slash[1] || strchr(slash + 1, '/'))
        return 0;
    for (const char *p = s; *p; p++)
        if (p != slash && !((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                            (*p >= '0' && *p <= '9') || strchr("!#$&-^_.+", *p)))
            return 0;
    return 1;
}

void validate_feature_values(validate_doc *d, const validate_feature_ctx *fc)
{
    const pcrs_class *cls = fc->cls;
    const validate_property_check *checks = d->v->checks[fc->class_index];
    for (int prop = 0; prop < cls->property_count; prop++) {
        const pcrs_property *p = &cls->properties[prop];
        const validate_property_check *pc = &checks[prop];
        int n = pcrs_feature_value_count(fc->f, prop);
        if (p->type == PCRS_VALUE_GEOMETRY || p->type == PCRS_VALUE_LINK)
            continue; /* validate_geometry.c, validate_links.c */
        const char *element = pc->element;
        if (n == 0) {
            /* Without the XSD nobody else says it. */
            if (p->min_occurs > 0 && !d->schema)
                validate_doc_emit(d, fc, VR_VAL_MISSING, element, NULL, NULL, NULL);
            continue;
        }
        for (int i = 0; i < n; i++) {
            const char *value = pcrs_feature_value(fc->f, prop, i);
            if (!value)
                continue;
            switch (p->type) {
            case PCRS_VALUE_STRING:
                if (pc->check == VC_BUSINESS_ID) {
                    check_business_id(d, fc, pc->slot, value, element);
                } else if (p->min_occurs > 0 && is_blank(value)) {
                    validate_doc_aggregate(d, fc, VR_VAL_EMPTY, p->name, element, NULL, NULL);
                } else if (pc->check == VC_MIME && !is_mime_type(value)) {
                    validate_doc_emit(d, fc, pc->rule, element, value, NULL, NULL);
                }
                break;
            case PCRS_VALUE_CODE:
                check_code(d, fc, p, pc, value, element);
                break;
            case PCRS_VALUE_DATE:
                check_date(d, fc, prop, i, element);
                break;
            case PCRS_VALUE_INTEGER:
                if (pc->check == VC_RANGE)
                    check_range(d, fc, prop, i, pc, element);
                break;
            default:
                break;
            }
        }
    }
}
