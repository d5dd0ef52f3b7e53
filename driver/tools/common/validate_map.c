/* Located findings → OGR point layer(s) through GDAL's C API. */
#include "validate_map.h"

#include <stdio.h>
#include <string.h>

#include "cpl_conv.h"
#include "cpl_error.h"
#include "cpl_string.h"
#include "gdal.h"
#include "ogr_api.h"
#include "ogr_srs_api.h"

#define MESSAGE_MAX 4096
#define MAX_LAYERS 8

/* Fields of the layer, in order. */
static const struct {
    const char *name;
    OGRFieldType type;
} fields[] = {
    {"rule", OFTString},    {"severity", OFTString}, {"title", OFTString},
    {"message", OFTString}, {"file", OFTString},     {"line", OFTInteger64},
    {"element", OFTString}, {"gml_id", OFTString},   {"class", OFTString},
    {"value", OFTString},   {"expected", OFTString}, {"detail", OFTString},
};

static const char *driver_for(const char *path)
{
    const char *ext = CPLGetExtension(path);
    if (EQUAL(ext, "gpkg"))
        return "GPKG";
    if (EQUAL(ext, "geojson") || EQUAL(ext, "json"))
        return "GeoJSON";
    if (EQUAL(ext, "shp"))
        return "ESRI Shapefile";
    if (EQUAL(ext, "csv"))
        return "CSV";
    return "GPKG";
}

static OGRLayerH create_layer(GDALDatasetH ds, const char *name, int epsg)
{
    OGRSpatialReferenceH srs = NULL;
    if (epsg) {
        srs = OSRNewSpatialReference(NULL);
        if (OSRImportFromEPSG(srs, epsg) != OGRERR_NONE) {
            OSRDestroySpatialReference(srs);
            srs = NULL;
        } else {
            OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
        }
    }
    OGRLayerH layer = GDALDatasetCreateLayer(ds, name, srs, wkbPoint, NULL);
    if (srs)
        OSRDestroySpatialReference(srs);
    if (!layer)
        return NULL;
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        OGRFieldDefnH fd = OGR_Fld_Create(fields[i].name, fields[i].type);
        OGRErr e = OGR_L_CreateField(layer, fd, TRUE);
        OGR_Fld_Destroy(fd);
        if (e != OGRERR_NONE)
            return NULL;
    }
    return layer;
}

static void set_string(OGRFeatureH feature, int field, const char *value)
{
    if (value)
        OGR_F_SetFieldString(feature, field, value);
}

static int write_finding(OGRLayerH layer, const pcrs_finding *f, pcrs_lang lang)
{
    const pcrs_rule *rule = pcrs_rule_at(f->rule);
    char message[MESSAGE_MAX];
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    set_string(feature, 0, rule->code);
    set_string(feature, 1, pcrs_severity_name(rule->severity));
    set_string(feature, 2, lang == PCRS_LANG_EN ? rule->title_en : rule->title_fr);
    set_string(feature, 3, pcrs_finding_message(f, lang, message, sizeof message));
    set_string(feature, 4, f->file);
    if (f->line > 0)
        OGR_F_SetFieldInteger64(feature, 5, f->line);
    set_string(feature, 6, f->element);
    set_string(feature, 7, f->gml_id);
    set_string(feature, 8, f->feature_class);
    set_string(feature, 9, f->value);
    set_string(feature, 10, f->expected);
    set_string(feature, 11, f->detail);
    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
    OGR_G_SetPoint_2D(point, 0, f->x, f->y);
    OGR_F_SetGeometryDirectly(feature, point);
    OGRErr e = OGR_L_CreateFeature(layer, feature);
    OGR_F_Destroy(feature);
    return e == OGRERR_NONE ? 0 : -1;
}

long pcrs_validate_write_map(const pcrs_report *report, const char *path, pcrs_lang lang, char *err,
                             size_t err_size)
{
    const char *driver_name = driver_for(path);
    GDALDriverH driver = GDALGetDriverByName(driver_name);
    if (!driver) {
        snprintf(err, err_size, "GDAL driver %s not available", driver_name);
        return -1;
    }
    VSIUnlink(path); /* a previous run's map */
    GDALDatasetH ds = GDALCreate(driver, path, 0, 0, 0, GDT_Unknown, NULL);
    if (!ds) {
        snprintf(err, err_size, "cannot create %s: %s", path, CPLGetLastErrorMsg());
        return -1;
    }
    int single_layer = EQUAL(driver_name, "GeoJSON") || EQUAL(driver_name, "ESRI Shapefile") ||
                       EQUAL(driver_name, "CSV");
    int epsgs[MAX_LAYERS], layer_count = 0;
    OGRLayerH layers[MAX_LAYERS];
    long written = 0, skipped = 0;
    int failed = 0;
    int transaction = GDALDatasetStartTransaction(ds, FALSE) == OGRERR_NONE;
    for (int64_t i = 0; i < pcrs_report_finding_count(report) && !failed; i++) {
        const pcrs_finding *f = pcrs_report_finding(report, i);
        if (!f->has_location)
            continue;
        int l = 0;
        while (l < layer_count && epsgs[l] != f->epsg)
            l++;
        if (l == layer_count) {
            if (layer_count == MAX_LAYERS || (single_layer && layer_count == 1)) {
                skipped++;
                continue;
            }
            char name[64];
            if (layer_count == 0)
                snprintf(name, sizeof name, "findings");
            else
                snprintf(name, sizeof name, "findings_epsg_%d", f->epsg);
            layers[l] = create_layer(ds, name, f->epsg);
            if (!layers[l]) {
                snprintf(err, err_size, "cannot create layer %s: %s", name, CPLGetLastErrorMsg());
                failed = 1;
                break;
            }
            epsgs[l] = f->epsg;
            layer_count++;
        }
        if (write_finding(layers[l], f, lang) != 0) {
            snprintf(err, err_size, "cannot write a feature: %s", CPLGetLastErrorMsg());
            failed = 1;
        }
        written++;
    }
    if (layer_count == 0 && !failed && !create_layer(ds, "findings", 0)) {
        snprintf(err, err_size, "cannot create layer findings: %s", CPLGetLastErrorMsg());
        failed = 1;
    }
    if (transaction)
        GDALDatasetCommitTransaction(ds);
    GDALClose(ds);
    if (failed)
        return -1;
    if (skipped)
        snprintf(err, err_size, "%ld findings in another CRS not written (%s holds one layer)",
                 skipped, driver_name);
    return written;
}
