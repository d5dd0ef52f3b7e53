// PCRSRasterOpen(): which kind of delivery the input is (a RasterPCRS
// catalogue GML, PCRS:<folder of tiles>, PCRS:<vector tile index>), then the
// mosaic and/or its RasterPCRS layer.
#include <cctype>
#include <cstring>

#include "cpl_string.h"
#include "cpl_vsi.h"
#include "pcrs_gdal.h"
#include "pcrs_raster.h"

namespace
{

constexpr const char kPrefix[] = "PCRS:";

// What the header of a file says (PCRS_ID_NONE for anything but a PCRS root).
pcrs_identity IdentifyHeader(GDALOpenInfo *poInfo)
{
    if (poInfo->fpL == nullptr || poInfo->nHeaderBytes == 0)
        return PCRS_ID_NONE;
    pcrs_identity eId = pcrs_identify(poInfo->pabyHeader, poInfo->nHeaderBytes);
    if (eId == PCRS_ID_NEED_MORE)
    {
        poInfo->TryToIngest(65536);
        eId = pcrs_identify(poInfo->pabyHeader, poInfo->nHeaderBytes);
    }
    return eId == PCRS_ID_NEED_MORE ? PCRS_ID_NONE : eId;
}

// An XML document (a GML tile index is possible, but a GML that is not an
// index is the reader's to refuse, naming its root).
bool LooksLikeXML(const GDALOpenInfo *poInfo)
{
    const char *pszHeader = reinterpret_cast<const char *>(poInfo->pabyHeader);
    for (int i = 0; pszHeader && i < poInfo->nHeaderBytes; i++)
    {
        const unsigned char c = static_cast<unsigned char>(pszHeader[i]);
        if (c == 0xEF || c == 0xBB || c == 0xBF || isspace(c))
            continue;
        return c == '<';
    }
    return false;
}

}  // namespace

GDALDataset *PCRSRasterOpen(GDALOpenInfo *poOpenInfo)
{
    const bool bRaster = (poOpenInfo->nOpenFlags & GDAL_OF_RASTER) != 0;
    const bool bVector = (poOpenInfo->nOpenFlags & GDAL_OF_VECTOR) != 0;
    if ((!bRaster && !bVector) || poOpenInfo->eAccess == GA_Update)
        return nullptr;
    const bool bPrefix = STARTS_WITH_CI(poOpenInfo->pszFilename, kPrefix);
    const std::string osPath = bPrefix ? poOpenInfo->pszFilename + strlen(kPrefix) : poOpenInfo->pszFilename;
    CSLConstList papszOptions = poOpenInfo->papszOpenOptions;

    bool bIsDir = false;
    if (bPrefix)
    {
        VSIStatBufL sStat;
        bIsDir = VSIStatL(osPath.c_str(), &sStat) == 0 && VSI_ISDIR(sStat.st_mode);
    }
    else
    {
        bIsDir = poOpenInfo->bIsDirectory;
    }

    std::unique_ptr<PCRSDelivery> poDelivery;
    if (bIsDir)
    {
        // A bare folder is anybody's: only PCRS:<folder> is ours.
        if (!bPrefix)
            return nullptr;
        poDelivery = PCRSScanFolderDelivery(osPath, papszOptions);
    }
    else
    {
        pcrs_identity eId;
        bool bXML = false;
        if (bPrefix)
        {
            GDALOpenInfo oTarget(osPath.c_str(), GDAL_OF_READONLY);
            eId = IdentifyHeader(&oTarget);
            bXML = LooksLikeXML(&oTarget);
        }
        else
        {
            eId = IdentifyHeader(poOpenInfo);
        }
        if (eId == PCRS_ID_V2)
        {
            // A catalogue is a raster only when asked for a raster alone:
            // as vector layers (or both) the document is the reader's.
            if (!bRaster || bVector)
                return nullptr;
            poDelivery = PCRSReadCatalogueDelivery(osPath, papszOptions);
        }
        else if (eId == PCRS_ID_NONE && bPrefix)
        {
            poDelivery = PCRSReadIndexDelivery(osPath, papszOptions, bXML);
        }
        // Older PCRS versions: the reader refuses them with the right message.
    }
    if (!poDelivery)
        return nullptr;
    if (!PCRSProbeDelivery(*poDelivery, papszOptions))
        return nullptr;
    const bool bLayer = bVector && poDelivery->eKind != PCRSDelivery::Kind::Catalogue;
    GDALDataset *poDS = PCRSCreateMosaicDataset(std::move(poDelivery), bRaster, bLayer, papszOptions);
    if (poDS)
        poDS->SetDescription(poOpenInfo->pszFilename);
    return poDS;
}
