// Entry points shared between the files of the GDAL binding.
#ifndef PCRS_GDAL_H
#define PCRS_GDAL_H

#include "gdal_priv.h"

// Reader side (pcrs_dataset.cpp).
GDALDataset *PCRSOpen(GDALOpenInfo *poOpenInfo);
// The document's vector layers only (PCRSOpen without the raster side).
GDALDataset *PCRSOpenVectorDocument(GDALOpenInfo *poOpenInfo);
int PCRSIdentify(GDALOpenInfo *poOpenInfo);

// Writer side (pcrs_writer_dataset.cpp): pfnCreate for vector output.
GDALDataset *PCRSCreate(const char *pszName, int nXSize, int nYSize, int nBands,
                        GDALDataType eType, char **papszOptions);
// XML option lists of the writer, for the driver metadata.
const char *PCRSWriterCreationOptionList();
const char *PCRSWriterLayerCreationOptionList();

// Raster side (pcrs_raster_*.cpp): mosaics of tile deliveries and their production.
// PCRSRasterOpen returns nullptr without error when the input is not a raster delivery.
GDALDataset *PCRSRasterOpen(GDALOpenInfo *poOpenInfo);
GDALDataset *PCRSRasterCreateCopy(const char *pszName, GDALDataset *poSrcDS, int bStrict,
                                  char **papszOptions, GDALProgressFunc pfnProgress,
                                  void *pProgressData);
const char *PCRSRasterOpenOptionList();      // <Option> elements only, merged by the driver
const char *PCRSRasterCreationOptionList();  // full <CreationOptionList>

#endif
