/* GDAL answers for the validation core: OGR_G_IsValid (the reason comes
 * from GEOS as a CPL warning), tile facts through GDALOpenEx, axis order
 * through OSR. */
#include "validate_gdal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpl_conv.h"
#include "cpl_error.h"
#include "cpl_multiproc.h"
#include "cpl_string.h"
#include "gdal.h"
#include "ogr_api.h"
#include "ogr_srs_api.h"

#include "validate_simple_polygon.h"

/* ---- geometry validity ---- */

typedef struct captured {
    char message[512];
} captured;

static void CPL_STDCALL capture_message(CPLErr level, CPLErrorNum num, const char *msg)
{
    (void)num;
    captured *c = CPLGetErrorHandlerUserData();
    if (c && level >= CE_Warning && msg && !c->message[0])
        snprintf(c->message, sizeof c->message, "%s", msg);
}

/* "Self-intersection at or near point 0.5 0.5 1" → 0.5, 0.5. */
static void point_of(const char *reason, double *x, double *y)
{
    const char *p = strstr(reason, "point ");
    if (!p)
        return;
    char *end;
    double a = CPLStrtod(p + 6, &end);
    if (end == p + 6)
        return;
    double b = CPLStrtod(end, &end);
    *x = a;
    *y = b;
}

int pcrs_gdal_has_geos(void)
{
    OGRGeometryH g = NULL;
    char wkt[] = "POINT (0 0)";
    char *p = wkt;
    if (OGR_G_CreateFromWkt(&p, NULL, &g) != OGRERR_NONE)
        return 0;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    int valid = OGR_G_IsValid(g);
    int failed = CPLGetLastErrorType() == CE_Failure;
    CPLPopErrorHandler();
    OGR_G_DestroyGeometry(g);
    return valid && !failed;
}

int pcrs_gdal_geometry_is_valid(void *user, const unsigned char *wkb, size_t size, char *reason,
                                size_t reason_size, double *x, double *y)
{
    (void)user;
    /* Most surfaces are small simple rings: proven valid without building a
     * GEOS geometry (only a certainty skips GEOS, so the answers are GEOS's). */
    validate_wkb decoded;
    validate_wkb_init(&decoded);
    int proven = validate_wkb_parse(&decoded, wkb, size) == 0 && validate_polygon_clearly_valid(&decoded);
    validate_wkb_free(&decoded);
    if (proven)
        return 1;
    OGRGeometryH g = NULL;
    if (size > INT32_MAX ||
        OGR_G_CreateFromWkb((const void *)wkb, NULL, &g, (int)size) != OGRERR_NONE || !g) {
        snprintf(reason, reason_size, "WKB not understood by OGR");
        return -1;
    }
    captured c = {""};
    CPLPushErrorHandlerEx(capture_message, &c);
    int valid = OGR_G_IsValid(g);
    CPLPopErrorHandler();
    OGR_G_DestroyGeometry(g);
    if (valid)
        return 1;
    snprintf(reason, reason_size, "%s", c.message[0] ? c.message : "not valid (GEOS)");
    point_of(c.message, x, y);
    return 0;
}

/* ---- raster tiles ---- */

/* Compression names (IMAGE_STRUCTURE COMPRESSION) that lose information. */
static const char *const lossy_compressions[] = {"JPEG", "YCbCr JPEG", "WEBP", "JXL", "JPEG2000"};
/* Drivers whose format is always lossy / lossless when no compression is named. */
static const struct {
    const char *driver;
    const char *compression;
    int lossy;
} driver_compressions[] = {
    {"JPEG", "JPEG", 1}, {"PNG", "DEFLATE (PNG)", 0}, {"WEBP", "WEBP", 1}, {"ECW", "ECW", 1},
    {"MrSID", "MrSID", 1},
};

static int is_lossy(const char *compression)
{
    for (size_t i = 0; i < sizeof lossy_compressions / sizeof *lossy_compressions; i++)
        if (EQUAL(compression, lossy_compressions[i]))
            return 1;
    return 0;
}

static void describe_compression(GDALDatasetH ds, pcrs_tile_info *info, char *buf, size_t size)
{
    const char *driver = GDALGetDriverShortName(GDALGetDatasetDriver(ds));
    const char *compression = GDALGetMetadataItem(ds, "COMPRESSION", "IMAGE_STRUCTURE");
    const char *reversibility = GDALGetMetadataItem(ds, "COMPRESSION_REVERSIBILITY", "IMAGE_STRUCTURE");
    if (driver && strstr(driver, "JP2")) {
        snprintf(buf, size, "JPEG2000%s%s", reversibility ? " " : "", reversibility ? reversibility : "");
        info->compression = buf;
        info->lossy = reversibility ? EQUAL(reversibility, "LOSSY") : -1;
        return;
    }
    if (compression) {
        snprintf(buf, size, "%s", compression);
        info->compression = buf;
        info->lossy = is_lossy(compression);
        if (EQUAL(compression, "WEBP")) {
            const char *level = GDALGetMetadataItem(ds, "WEBP_LOSSLESS", "IMAGE_STRUCTURE");
            if (level && EQUAL(level, "TRUE"))
                info->lossy = 0;
        }
        return;
    }
    for (size_t i = 0; i < sizeof driver_compressions / sizeof *driver_compressions; i++)
        if (driver && EQUAL(driver, driver_compressions[i].driver)) {
            snprintf(buf, size, "%s", driver_compressions[i].compression);
            info->compression = buf;
            info->lossy = driver_compressions[i].lossy;
            return;
        }
    if (driver && EQUAL(driver, "GTiff")) {
        info->compression = NULL; /* uncompressed */
        info->lossy = 0;
    }
}

static int epsg_of(OGRSpatialReferenceH srs)
{
    if (!srs)
        return 0;
    const char *authority = OSRGetAuthorityName(srs, NULL);
    const char *code = OSRGetAuthorityCode(srs, NULL);
    if (authority && code && EQUAL(authority, "EPSG"))
        return atoi(code);
    OGRSpatialReferenceH clone = OSRClone(srs);
    int epsg = 0;
    if (clone && OSRAutoIdentifyEPSG(clone) == OGRERR_NONE) {
        code = OSRGetAuthorityCode(clone, NULL);
        epsg = code ? atoi(code) : 0;
    }
    OSRDestroySpatialReference(clone);
    return epsg;
}

/* Uniform content from (approximate) min/max of every band. */
static void check_content(GDALDatasetH ds, pcrs_tile_info *info)
{
    int bands = GDALGetRasterCount(ds), black = 1, white = 1, empty = 1;
    for (int b = 1; b <= bands; b++) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        if (GDALGetRasterColorInterpretation(band) == GCI_AlphaBand)
            continue;
        double minmax[2];
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErr err = GDALComputeRasterMinMax(band, TRUE, minmax);
        CPLPopErrorHandler();
        if (err != CE_None)
            continue; /* every pixel is nodata: still "empty" */
        empty = 0;
        black &= minmax[0] == 0 && minmax[1] == 0;
        white &= minmax[0] == minmax[1] && minmax[0] == 255;
    }
    info->all_empty = empty;
    info->all_black = !empty && black;
    info->all_white = !empty && white;
}

int pcrs_gdal_tile_info(void *user, const char *path, pcrs_tile_info *info)
{
    (void)user;
    static char compression[64]; /* valid until the next call, as the core needs */
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
    GDALDatasetH ds = GDALOpenEx(path, GDAL_OF_RASTER | GDAL_OF_READONLY, NULL, NULL, NULL);
    if (!ds) {
        snprintf(info->error, sizeof info->error, "%s",
                 CPLGetLastErrorMsg()[0] ? CPLGetLastErrorMsg() : "GDAL cannot open it");
        CPLPopErrorHandler();
        info->readable = 0;
        return 0;
    }
    info->readable = 1;
    info->width = GDALGetRasterXSize(ds);
    info->height = GDALGetRasterYSize(ds);
    info->band_count = GDALGetRasterCount(ds);
    double gt[6];
    if (GDALGetGeoTransform(ds, gt) == CE_None &&
        !(gt[0] == 0 && gt[1] == 1 && gt[2] == 0 && gt[3] == 0 && gt[4] == 0 && gt[5] == 1)) {
        info->georeferenced = 1;
        memcpy(info->geotransform, gt, sizeof gt);
    }
    info->epsg = epsg_of(GDALGetSpatialRef(ds));
    describe_compression(ds, info, compression, sizeof compression);
    check_content(ds, info);
    CPLPopErrorHandler();
    GDALClose(ds);
    return 0;
}

/* ---- axis order ---- */

int pcrs_gdal_crs_is_lat_long_order(void *user, int epsg_code)
{
    (void)user;
    /* Asked for each geometry, from any thread (the plugin opens files in
     * parallel): a small cache behind a mutex. */
    enum { CACHE = 16 };
    static int codes[CACHE], answers[CACHE], used;
    static CPLMutex *mutex;
    if (!CPLCreateOrAcquireMutex(&mutex, 1000.0))
        return 0;
    int answer = -1;
    for (int i = 0; i < used && answer < 0; i++)
        if (codes[i] == epsg_code)
            answer = answers[i];
    if (answer < 0) {
        /* An unknown code is reported where the layer's CRS is made, not
         * here: the caller's error state is kept. */
        const CPLErr last_type = CPLGetLastErrorType();
        const CPLErrorNum last_no = CPLGetLastErrorNo();
        char *last_msg = CPLStrdup(CPLGetLastErrorMsg());
        OGRSpatialReferenceH srs = OSRNewSpatialReference(NULL);
        answer = 0;
        CPLPushErrorHandler(CPLQuietErrorHandler);
        if (srs && OSRImportFromEPSG(srs, epsg_code) == OGRERR_NONE)
            answer = OSREPSGTreatsAsLatLong(srs) || OSREPSGTreatsAsNorthingEasting(srs);
        CPLPopErrorHandler();
        OSRDestroySpatialReference(srs);
        CPLErrorSetState(last_type, last_no, last_msg);
        CPLFree(last_msg);
        if (used < CACHE) {
            codes[used] = epsg_code;
            answers[used++] = answer;
        }
    }
    CPLReleaseMutex(mutex);
    return answer;
}
