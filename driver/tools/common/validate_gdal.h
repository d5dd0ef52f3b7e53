/* What the validation core asks GDAL (C API): geometry validity (GEOS),
 * raster tile facts, axis order of EPSG CRSs. For pcrs_validate_options. */
#ifndef PCRS_VALIDATE_GDAL_H
#define PCRS_VALIDATE_GDAL_H

#include <stddef.h>

#include "pcrs/pcrs_validate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* geometry_is_valid callback: OGR_G_IsValid, with GEOS's reason and point. */
int pcrs_gdal_geometry_is_valid(void *user, const unsigned char *wkb, size_t size, char *reason,
                                size_t reason_size, double *x, double *y);
/* tile_info callback: opens the tile read-only (nothing written beside it). */
int pcrs_gdal_tile_info(void *user, const char *path, pcrs_tile_info *info);
/* crs_is_lat_long_order callback, cached per code. */
int pcrs_gdal_crs_is_lat_long_order(void *user, int epsg_code);
/* 1 if GDAL can build GEOS geometries (OGR_G_IsValid works). */
int pcrs_gdal_has_geos(void);

#ifdef __cplusplus
}
#endif

#endif
