// Placeholder until the writer lands: Create() reports that writing is not available.
#include "pcrs_gdal.h"

GDALDataset *PCRSCreate(const char *pszName, int, int, int, GDALDataType, char **)
{
    CPLError(CE_Failure, CPLE_NotSupported, "%s: writing PCRS is not implemented yet", pszName);
    return nullptr;
}

const char *PCRSWriterCreationOptionList() { return "<CreationOptionList/>"; }
const char *PCRSWriterLayerCreationOptionList() { return "<LayerCreationOptionList/>"; }
