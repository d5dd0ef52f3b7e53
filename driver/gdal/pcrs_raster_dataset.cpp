// Placeholder until the raster side lands.
#include "pcrs_gdal.h"

GDALDataset *PCRSRasterOpen(GDALOpenInfo *) { return nullptr; }

GDALDataset *PCRSRasterCreateCopy(const char *pszName, GDALDataset *, int, char **,
                                  GDALProgressFunc, void *)
{
    CPLError(CE_Failure, CPLE_NotSupported, "%s: raster PCRS deliveries are not implemented yet",
             pszName);
    return nullptr;
}

const char *PCRSRasterOpenOptionList() { return ""; }
const char *PCRSRasterCreationOptionList() { return "<CreationOptionList/>"; }
