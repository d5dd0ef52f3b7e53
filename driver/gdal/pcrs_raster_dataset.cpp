// PCRSRasterOpen(): which kind of delivery the input is (a RasterPCRS
// catalogue GML, PCRS:<folder of tiles>, PCRS:<vector tile index>), then the
// mosaic and/or its RasterPCRS layer.
#include <cctype>
#include <cstring>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cpl_error.h"
#include "cpl_string.h"
#include "cpl_vsi.h"
#include "pcrs_gdal.h"
#include "pcrs_raster.h"

namespace
{

// Errors held while trying the raster side, emitted only if it succeeds.
class PCRSHeldErrors final
{
  public:
    static void CPL_STDCALL Handler(CPLErr eErr, CPLErrorNum nNum, const char *pszMsg)
    {
        auto *poSelf = static_cast<PCRSHeldErrors *>(CPLGetErrorHandlerUserData());
        poSelf->m_aoErrors.emplace_back(eErr, nNum, pszMsg ? pszMsg : "");
    }
    void Emit() const
    {
        for (const auto &oError : m_aoErrors)
            if (std::get<0>(oError) != CE_Debug)
                CPLError(std::get<0>(oError), std::get<1>(oError), "%s", std::get<2>(oError).c_str());
    }

  private:
    std::vector<std::tuple<CPLErr, CPLErrorNum, std::string>> m_aoErrors{};
};

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

// Raster and vector asked at once (QGIS's gdal provider, GDALOpenEx without
// type flags): the mosaic, serving the document's layers. A document that is
// no usable catalogue is then quietly left to the vector side, which reports
// its own errors.
GDALDataset *OpenCatalogueAsRasterAndVector(GDALOpenInfo *poOpenInfo, const std::string &osPath)
{
    CSLConstList papszOptions = poOpenInfo->papszOpenOptions;
    PCRSHeldErrors oHeld;
    std::unique_ptr<GDALDataset> poMosaicDS;
    {
        CPLErrorStateBackuper oState;
        CPLErrorHandlerPusher oCollect(PCRSHeldErrors::Handler, &oHeld);
        std::unique_ptr<PCRSDelivery> poDelivery = PCRSReadCatalogueDelivery(osPath, papszOptions);
        if (poDelivery && PCRSProbeDelivery(*poDelivery, papszOptions))
            poMosaicDS.reset(PCRSCreateMosaicDataset(std::move(poDelivery), true, false, papszOptions));
    }
    if (!poMosaicDS)
        return nullptr;
    oHeld.Emit();
    std::unique_ptr<GDALDataset> poVectorDS(PCRSOpenVectorDocument(poOpenInfo));
    if (!poVectorDS)
        return nullptr;
    PCRSMosaicSetVectorDocument(poMosaicDS.get(), std::move(poVectorDS));
    poMosaicDS->SetDescription(poOpenInfo->pszFilename);
    return poMosaicDS.release();
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
            // As vector layers alone the document is the reader's.
            if (!bRaster)
                return nullptr;
            if (bVector)
                return OpenCatalogueAsRasterAndVector(poOpenInfo, osPath);
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
