// The mosaic dataset, its bands, overviews, LocationInfo and summary metadata.
#include "pcrs_raster_mosaic.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "cpl_string.h"

namespace
{

constexpr int kMosaicBlockSize = 512;
constexpr size_t kMaxListedValues = 20;

std::string JoinSet(const std::set<std::string> &oValues)
{
    std::string osOut;
    size_t n = 0;
    for (const auto &osValue : oValues)
    {
        if (n++ == kMaxListedValues)
        {
            osOut += ",...";
            break;
        }
        osOut += (osOut.empty() ? "" : ",") + osValue;
    }
    return osOut;
}

}  // namespace

/************************************************************************/
/*                          PCRSMosaicDataset                           */
/************************************************************************/

PCRSMosaicDataset::PCRSMosaicDataset(std::shared_ptr<PCRSMosaic> poMosaic, int nFactor, bool bRaster, bool bVector)
    : m_poMosaic(std::move(poMosaic)), m_nFactor(nFactor)
{
    const PCRSDelivery &oDel = m_poMosaic->Delivery();
    if (oDel.nEPSG != 0)
        m_oSRS.importFromEPSG(oDel.nEPSG);
    else if (!oDel.osSRSWkt.empty())
        m_oSRS.importFromWkt(oDel.osSRSWkt.c_str());
    m_oSRS.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    if (bRaster && m_poMosaic->IsValid())
    {
        nRasterXSize = static_cast<int>((static_cast<int64_t>(m_poMosaic->XSize()) + nFactor - 1) / nFactor);
        nRasterYSize = static_cast<int>((static_cast<int64_t>(m_poMosaic->YSize()) + nFactor - 1) / nFactor);
        const int nColor = m_poMosaic->ColorBands();
        for (int b = 1; b <= nColor; b++)
            SetBand(b, new PCRSMosaicBand(this, b, b));
        if (m_poMosaic->HasAlphaBand())
            SetBand(nColor + 1, new PCRSMosaicBand(this, nColor + 1, nColor + 1));
        else
            m_poMaskBand = std::make_unique<PCRSMosaicBand>(this, nColor + 1, 0);
        SetMetadataItem("INTERLEAVE", "PIXEL", "IMAGE_STRUCTURE");
        if (nFactor == 1)
        {
            for (int nOvFactor : oDel.anOverviewFactors)
            {
                if (m_poMosaic->XSize() / nOvFactor < 1 || m_poMosaic->YSize() / nOvFactor < 1)
                    break;
                m_apoOverviews.push_back(std::make_unique<PCRSMosaicDataset>(m_poMosaic, nOvFactor, true, false));
            }
        }
    }
    if (bVector && nFactor == 1)
        m_poLayer.reset(PCRSRasterCatalogueLayer(m_poMosaic->SharedDelivery()));
    if (nFactor == 1)
        SetSummaryMetadata();
}

PCRSMosaicDataset::~PCRSMosaicDataset()
{
    // Overviews and bands hold no tile; the pool closes with the last owner.
    m_apoOverviews.clear();
}

void PCRSMosaicDataset::SetSummaryMetadata()
{
    const PCRSDelivery &oDel = m_poMosaic->Delivery();
    const char *pszKind = oDel.eKind == PCRSDelivery::Kind::Catalogue ? "catalogue"
                          : oDel.eKind == PCRSDelivery::Kind::Folder  ? "folder"
                                                                       : "index";
    SetMetadataItem("PCRS_SOURCE", pszKind);
    size_t nUsed = 0, nMissing = 0, nRefused = 0;
    std::string osMinAcq, osMaxAcq, osMinRec, osMaxRec;
    std::set<std::string> oProducers, oResolutions, oPatterns, oYears;
    const int nAcq = PCRSRasterProperty("dateAcquisition"), nRec = PCRSRasterProperty("dateRecette");
    const int nProd = PCRSRasterProperty("producteur"), nRes = PCRSRasterProperty("resolution");
    for (size_t i = 0; i < oDel.TileCount(); i++)
    {
        switch (oDel.aePresence[i])
        {
            case PCRSTilePresence::Missing:
                nMissing++;
                continue;
            case PCRSTilePresence::Refused:
                nRefused++;
                continue;
            default:
                nUsed++;
        }
        const pcrs_tile *psTile = oDel.Tile(i);
        auto MinMax = [](const char *pszValue, std::string &osMin, std::string &osMax) {
            if (pszValue == nullptr || pszValue[0] == '\0')
                return;
            if (osMin.empty() || osMin > pszValue)
                osMin = pszValue;
            if (osMax.empty() || osMax < pszValue)
                osMax = pszValue;
        };
        MinMax(pcrs_tile_value(psTile, nAcq), osMinAcq, osMaxAcq);
        MinMax(pcrs_tile_value(psTile, nRec), osMinRec, osMaxRec);
        if (const char *pszProd = pcrs_tile_value(psTile, nProd))
            oProducers.insert(pszProd);
        if (const char *pszRes = pcrs_tile_value(psTile, nRes))
            oResolutions.insert(pszRes);
        if (psTile->pattern >= 0)
            oPatterns.insert(pcrs_tile_pattern_def_at(psTile->pattern)->name);
        if (psTile->year > 0)
            oYears.insert(CPLSPrintf("%04d", psTile->year));
    }
    SetMetadataItem("PCRS_TILE_COUNT", CPLSPrintf("%zu", nUsed));
    if (nMissing)
        SetMetadataItem("PCRS_TILES_MISSING", CPLSPrintf("%zu", nMissing));
    if (nRefused)
        SetMetadataItem("PCRS_TILES_REFUSED", CPLSPrintf("%zu", nRefused));
    if (!osMinAcq.empty())
    {
        SetMetadataItem("PCRS_DATE_ACQUISITION_MIN", osMinAcq.c_str());
        SetMetadataItem("PCRS_DATE_ACQUISITION_MAX", osMaxAcq.c_str());
    }
    if (!osMinRec.empty())
    {
        SetMetadataItem("PCRS_DATE_RECETTE_MIN", osMinRec.c_str());
        SetMetadataItem("PCRS_DATE_RECETTE_MAX", osMaxRec.c_str());
    }
    if (!oYears.empty())
        SetMetadataItem("PCRS_YEARS", JoinSet(oYears).c_str());
    if (!oResolutions.empty())
        SetMetadataItem("PCRS_RESOLUTIONS_CM", JoinSet(oResolutions).c_str());
    if (!oProducers.empty())
        SetMetadataItem("PCRS_PRODUCERS", JoinSet(oProducers).c_str());
    if (!oPatterns.empty())
        SetMetadataItem("PCRS_NAMING_PATTERNS", JoinSet(oPatterns).c_str());
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
CPLErr PCRSMosaicDataset::GetGeoTransform(GDALGeoTransform &oGT) const
{
    double *padfTransform = oGT.data();
#else
CPLErr PCRSMosaicDataset::GetGeoTransform(double *padfTransform)
{
#endif
    if (nBands == 0)
        return CE_Failure;
    m_poMosaic->GeoTransform(padfTransform);
    padfTransform[1] *= m_nFactor;
    padfTransform[5] *= m_nFactor;
    return CE_None;
}

const OGRSpatialReference *PCRSMosaicDataset::GetSpatialRef() const
{
    return nBands == 0 || m_oSRS.IsEmpty() ? nullptr : &m_oSRS;
}

char **PCRSMosaicDataset::GetFileList()
{
    const PCRSDelivery &oDel = m_poMosaic->Delivery();
    CPLStringList aosFiles;
    if (oDel.eKind != PCRSDelivery::Kind::Folder)
        aosFiles.AddString(oDel.osSource.c_str());
    for (size_t i = 0; i < oDel.TileCount(); i++)
    {
        if (oDel.aePresence[i] == PCRSTilePresence::Present)
            aosFiles.AddString(oDel.aosPaths[i].c_str());
    }
    return aosFiles.StealList();
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSMosaicDataset::GetLayerCount() const
{
    if (m_poVectorDS)
        return m_poVectorDS->GetLayerCount();
    return m_poLayer ? 1 : 0;
}

const OGRLayer *PCRSMosaicDataset::GetLayer(int iLayer) const
{
    if (m_poVectorDS)
        return m_poVectorDS->GetLayer(iLayer);
    return iLayer == 0 ? m_poLayer.get() : nullptr;
}
#else
int PCRSMosaicDataset::GetLayerCount()
{
    if (m_poVectorDS)
        return m_poVectorDS->GetLayerCount();
    return m_poLayer ? 1 : 0;
}

OGRLayer *PCRSMosaicDataset::GetLayer(int iLayer)
{
    if (m_poVectorDS)
        return m_poVectorDS->GetLayer(iLayer);
    return iLayer == 0 ? m_poLayer.get() : nullptr;
}
#endif

CPLErr PCRSMosaicDataset::IRasterIO(GDALRWFlag eRWFlag, int nXOff, int nYOff, int nXSize, int nYSize, void *pData,
                                    int nBufXSize, int nBufYSize, GDALDataType eBufType, int nBandCount,
                                    PCRS_BANDMAP_TYPE panBandMap, GSpacing nPixelSpace, GSpacing nLineSpace,
                                    GSpacing nBandSpace, GDALRasterIOExtraArg *psExtraArg)
{
    if (eRWFlag != GF_Read)
    {
        CPLError(CE_Failure, CPLE_NotSupported, "a PCRS mosaic is read-only");
        return CE_Failure;
    }
    if (nBufXSize == nXSize && nBufYSize == nYSize)
        return m_poMosaic->Read(m_nFactor, nXOff, nYOff, nXSize, nYSize, pData, eBufType, nBandCount, panBandMap,
                                nPixelSpace, nLineSpace, nBandSpace);
    // Zoomed out: the overview level GDAL would pick, read with all bands at
    // once (GDALDataset::IRasterIO would go band by band, compositing and
    // reading each tile once per band).
    if (nBufXSize < nXSize && nBufYSize < nYSize)
    {
        int bTried = FALSE;
        const CPLErr eErr =
            TryOverviewRasterIO(eRWFlag, nXOff, nYOff, nXSize, nYSize, pData, nBufXSize, nBufYSize, eBufType,
                                nBandCount, panBandMap, nPixelSpace, nLineSpace, nBandSpace, psExtraArg, &bTried);
        if (bTried)
            return eErr;
    }
    // Other resampled requests: GDAL's generic path, through the block cache.
    const CPLErr eErr = GDALDataset::IRasterIO(eRWFlag, nXOff, nYOff, nXSize, nYSize, pData, nBufXSize, nBufYSize,
                                               eBufType, nBandCount, panBandMap, nPixelSpace, nLineSpace,
                                               nBandSpace, psExtraArg);
    // A scan of whole rows of all bands (each request starting within or
    // at the end of the previous one: resampled windows overlap by a row)
    // does not come back to the block rows it has passed: their memory is
    // better spent on the next ones.
    const bool bWholeRows = nXOff == 0 && nXSize == nRasterXSize && nBandCount == nBands;
    const bool bScan = bWholeRows && nYOff > m_nScanStart && nYOff <= m_nScanEnd && nYOff + nYSize >= m_nScanEnd;
    m_nScanStart = bWholeRows ? nYOff : -1;
    m_nScanEnd = bWholeRows ? nYOff + nYSize : -1;
    const int nBlockH = std::min(kMosaicBlockSize, nRasterYSize);
    if (!bScan)
    {
        m_nScanFirstBlockRow = nYOff / nBlockH;  // a new scan may start here: only what it passes goes
        return eErr;
    }
    for (; (m_nScanFirstBlockRow + 1) * nBlockH <= nYOff; m_nScanFirstBlockRow++)
    {
        for (int b = 1; b <= nBands; b++)
            for (int bx = 0; bx * kMosaicBlockSize < nRasterXSize; bx++)
                GetRasterBand(b)->FlushBlock(bx, m_nScanFirstBlockRow, FALSE);
    }
    return eErr;
}

/************************************************************************/
/*                            PCRSMosaicBand                            */
/************************************************************************/

PCRSMosaicBand::PCRSMosaicBand(PCRSMosaicDataset *poDSIn, int nMosaicBand, int nBandNumber)
    : m_nMosaicBand(nMosaicBand)
{
    poDS = poDSIn;
    nBand = nBandNumber;
    nRasterXSize = poDSIn->GetRasterXSize();
    nRasterYSize = poDSIn->GetRasterYSize();
    eDataType = IsCoverage() ? GDT_Byte : poDSIn->m_poMosaic->Delivery().eDataType;
    nBlockXSize = std::min(kMosaicBlockSize, nRasterXSize);
    nBlockYSize = std::min(kMosaicBlockSize, nRasterYSize);
}

bool PCRSMosaicBand::IsCoverage() const
{
    return m_nMosaicBand > Mosaic()->m_poMosaic->ColorBands();
}

double PCRSMosaicBand::GetNoDataValue(int *pbSuccess)
{
    const PCRSDelivery &oDel = Mosaic()->m_poMosaic->Delivery();
    if (!IsCoverage() && oDel.bHasNoData)
    {
        if (pbSuccess)
            *pbSuccess = TRUE;
        return oDel.dfNoData;
    }
    if (pbSuccess)
        *pbSuccess = FALSE;
    return 0;
}

GDALColorInterp PCRSMosaicBand::GetColorInterpretation()
{
    if (IsCoverage())
        return nBand == 0 ? GCI_Undefined : GCI_AlphaBand;
    const auto &aeInterp = Mosaic()->m_poMosaic->Delivery().aeColorInterp;
    return m_nMosaicBand - 1 < static_cast<int>(aeInterp.size()) ? aeInterp[m_nMosaicBand - 1] : GCI_Undefined;
}

int PCRSMosaicBand::GetOverviewCount()
{
    if (nBand == 0)
        return 0;
    return static_cast<int>(Mosaic()->m_apoOverviews.size());
}

GDALRasterBand *PCRSMosaicBand::GetOverview(int i)
{
    auto &apoOverviews = Mosaic()->m_apoOverviews;
    if (nBand == 0 || i < 0 || i >= static_cast<int>(apoOverviews.size()))
        return nullptr;
    return apoOverviews[i]->GetRasterBand(nBand);
}

int PCRSMosaicBand::GetMaskFlags()
{
    if (IsCoverage())
        return GMF_ALL_VALID;
    return Mosaic()->m_poMosaic->HasAlphaBand() ? GMF_ALPHA | GMF_PER_DATASET : GMF_PER_DATASET;
}

GDALRasterBand *PCRSMosaicBand::GetMaskBand()
{
    if (IsCoverage())
        return GDALRasterBand::GetMaskBand();
    PCRSMosaicDataset *poMosaicDS = Mosaic();
    if (poMosaicDS->m_poMaskBand)
        return poMosaicDS->m_poMaskBand.get();
    return poMosaicDS->GetRasterBand(poMosaicDS->m_poMosaic->ColorBands() + 1);
}

const char *PCRSMosaicBand::GetMetadataItem(const char *pszName, const char *pszDomain)
{
    if (pszName != nullptr && pszDomain != nullptr && EQUAL(pszDomain, "LocationInfo"))
    {
        double dfPixel = 0, dfLine = 0;
        if (STARTS_WITH_CI(pszName, "Pixel_"))
        {
            if (sscanf(pszName + 6, "%lf_%lf", &dfPixel, &dfLine) != 2)
                return nullptr;
        }
        else if (STARTS_WITH_CI(pszName, "GeoPixel_"))
        {
            double dfGeoX = 0, dfGeoY = 0, adfGT[6];
            if (sscanf(pszName + 9, "%lf_%lf", &dfGeoX, &dfGeoY) != 2)
                return nullptr;
            Mosaic()->m_poMosaic->GeoTransform(adfGT);
            adfGT[1] *= Mosaic()->m_nFactor;
            adfGT[5] *= Mosaic()->m_nFactor;
            dfPixel = (dfGeoX - adfGT[0]) / adfGT[1];
            dfLine = (dfGeoY - adfGT[3]) / adfGT[5];
        }
        else
        {
            return nullptr;
        }
        if (dfPixel < 0 || dfLine < 0 || dfPixel >= nRasterXSize || dfLine >= nRasterYSize)
            return nullptr;
        m_osLocationInfo = Mosaic()->m_poMosaic->LocationInfo(Mosaic()->m_nFactor, dfPixel, dfLine);
        return m_osLocationInfo.c_str();
    }
    return GDALRasterBand::GetMetadataItem(pszName, pszDomain);
}

void PCRSMosaicBand::ClearOutside(int nXSize, int nYSize, void *pBlock) const
{
    if (nXSize < nBlockXSize || nYSize < nBlockYSize)
        memset(pBlock, 0, static_cast<size_t>(nBlockXSize) * nBlockYSize * GDALGetDataTypeSizeBytes(eDataType));
}

CPLErr PCRSMosaicBand::IReadBlock(int nBlockXOff, int nBlockYOff, void *pImage)
{
    const int nXOff = nBlockXOff * nBlockXSize, nYOff = nBlockYOff * nBlockYSize;
    const int nXSize = std::min(nBlockXSize, nRasterXSize - nXOff);
    const int nYSize = std::min(nBlockYSize, nRasterYSize - nYOff);
    const int nDTSize = GDALGetDataTypeSizeBytes(eDataType);
    PCRSMosaicDataset *poMosaicDS = Mosaic();
    PCRSMosaic &oMosaic = *poMosaicDS->m_poMosaic;

    // GDAL reads band by band, block by block: the other bands of the block
    // (of the same type, not cached yet) are composited in the same pass and
    // go to the block cache, instead of reading the tiles again per band.
    struct OtherBlock
    {
        PCRSMosaicBand *poBand;
        GDALRasterBlock *poBlock;
    };
    std::vector<OtherBlock> aoOthers;
    for (int b = 1; nBand != 0 && b <= poMosaicDS->GetRasterCount(); b++)
    {
        auto *poOther = static_cast<PCRSMosaicBand *>(poMosaicDS->GetRasterBand(b));
        if (b == nBand || poOther->GetRasterDataType() != eDataType)
            continue;
        if (GDALRasterBlock *poCached = poOther->TryGetLockedBlockRef(nBlockXOff, nBlockYOff))
        {
            poCached->DropLock();
            continue;
        }
        if (GDALRasterBlock *poBlock = poOther->GetLockedBlockRef(nBlockXOff, nBlockYOff, TRUE))
            aoOthers.push_back({poOther, poBlock});
    }
    ClearOutside(nXSize, nYSize, pImage);
    const GSpacing nLineSpace = static_cast<GSpacing>(nDTSize) * nBlockXSize;
    if (aoOthers.empty())
        return oMosaic.Read(poMosaicDS->m_nFactor, nXOff, nYOff, nXSize, nYSize, pImage, eDataType, 1,
                            &m_nMosaicBand, nDTSize, nLineSpace, 0);

    std::lock_guard<std::mutex> oLock(poMosaicDS->m_oScratchMutex);
    const size_t nBlockBytes = static_cast<size_t>(nLineSpace) * nBlockYSize;
    std::vector<int> anBands{m_nMosaicBand};
    for (const auto &oOther : aoOthers)
        anBands.push_back(oOther.poBand->m_nMosaicBand);
    auto &abyScratch = poMosaicDS->m_abyBlockScratch;
    abyScratch.resize(nBlockBytes * anBands.size());
    const CPLErr eErr =
        oMosaic.Read(poMosaicDS->m_nFactor, nXOff, nYOff, nXSize, nYSize, abyScratch.data(), eDataType,
                     static_cast<int>(anBands.size()), anBands.data(), nDTSize, nLineSpace,
                     static_cast<GSpacing>(nBlockBytes));
    auto CopyOut = [&](size_t iSlice, void *pBlock) {
        for (int y = 0; y < nYSize; y++)
            memcpy(static_cast<GByte *>(pBlock) + y * nLineSpace, &abyScratch[iSlice * nBlockBytes + y * nLineSpace],
                   static_cast<size_t>(nXSize) * nDTSize);
    };
    if (eErr == CE_None)
        CopyOut(0, pImage);
    for (size_t k = 0; k < aoOthers.size(); k++)
    {
        GDALRasterBlock *poBlock = aoOthers[k].poBlock;
        if (eErr == CE_None)
        {
            aoOthers[k].poBand->ClearOutside(nXSize, nYSize, poBlock->GetDataRef());
            CopyOut(k + 1, poBlock->GetDataRef());
        }
        poBlock->DropLock();
        if (eErr != CE_None)
            aoOthers[k].poBand->FlushBlock(nBlockXOff, nBlockYOff, FALSE);
    }
    return eErr;
}

CPLErr PCRSMosaicBand::IRasterIO(GDALRWFlag eRWFlag, int nXOff, int nYOff, int nXSize, int nYSize, void *pData,
                                 int nBufXSize, int nBufYSize, GDALDataType eBufType, GSpacing nPixelSpace,
                                 GSpacing nLineSpace, GDALRasterIOExtraArg *psExtraArg)
{
    if (eRWFlag != GF_Read)
    {
        CPLError(CE_Failure, CPLE_NotSupported, "a PCRS mosaic is read-only");
        return CE_Failure;
    }
    if (nBufXSize == nXSize && nBufYSize == nYSize)
        return Mosaic()->m_poMosaic->Read(Mosaic()->m_nFactor, nXOff, nYOff, nXSize, nYSize, pData, eBufType, 1,
                                          &m_nMosaicBand, nPixelSpace, nLineSpace, 0);
    return GDALRasterBand::IRasterIO(eRWFlag, nXOff, nYOff, nXSize, nYSize, pData, nBufXSize, nBufYSize, eBufType,
                                     nPixelSpace, nLineSpace, psExtraArg);
}

/************************************************************************/
/*                       PCRSCreateMosaicDataset()                      */
/************************************************************************/

GDALDataset *PCRSCreateMosaicDataset(std::shared_ptr<PCRSDelivery> poDelivery, bool bRaster, bool bVector,
                                     CSLConstList papszOptions)
{
    auto poMosaic = std::make_shared<PCRSMosaic>(std::move(poDelivery), papszOptions);
    if (bRaster && !poMosaic->IsValid())
    {
        if (CPLGetLastErrorType() != CE_Failure)
            CPLError(CE_Failure, CPLE_AppDefined, "%s: the tiles have no usable footprint",
                     poMosaic->Delivery().osSource.c_str());
        return nullptr;
    }
    return new PCRSMosaicDataset(poMosaic, 1, bRaster, bVector);
}

void PCRSMosaicSetVectorDocument(GDALDataset *poMosaicDS, std::unique_ptr<GDALDataset> poVectorDS)
{
    static_cast<PCRSMosaicDataset *>(poMosaicDS)->SetVectorDocument(std::move(poVectorDS));
}
