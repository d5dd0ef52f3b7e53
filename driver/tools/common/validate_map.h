/* The located findings of a report as a vector layer (GeoPackage,
 * GeoJSON or any OGR vector format), for QGIS users. */
#ifndef PCRS_VALIDATE_MAP_H
#define PCRS_VALIDATE_MAP_H

#include <stddef.h>

#include "pcrs/pcrs_validate.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes `path` (format from the extension: .gpkg, .geojson/.json, else
 * GDAL's guess); one point layer "findings" per CRS. Returns the number of
 * features written, or -1 with a message in `err`. */
long pcrs_validate_write_map(const pcrs_report *report, const char *path, pcrs_lang lang,
                             char *err, size_t err_size);

#ifdef __cplusplus
}
#endif

#endif
