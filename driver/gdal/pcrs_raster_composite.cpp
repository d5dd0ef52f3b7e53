// PCRSMosaic: placement of the tiles, spatial index and compositing
// (newest on top, tile masks honoured, holes transparent).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "cpl_minixml.h"
#include "cpl_string.h"
#include "pcrs_raster_mosaic.h"

namespace
{

struct ResamplingName
{
    const char *pszName;
    GDALRIOResampleAlg eAlg;
};

constexpr ResamplingName kResamplings[] = {
    {"NEAREST", GRIORA_NearestNeighbour}, {"BILINEAR", GRIORA_Bilinear}, {"CUBIC", GRIORA_Cubic},
    {"CUBICSPLINE", GRIORA_CubicSpline},  {"LANCZOS", GRIORA_Lanczos},   {"AVERAGE", GRIORA_Average},
    {"MODE", GRIORA_Mode},                {"GAUSS", GRIORA_Gauss},
};

// Snaps a value within 1e-6 of an integer onto it (floating noise of footprints).
double Snap(double dfValue)
{
    const double dfRounded = std::round(dfValue);
    return std::fabs(dfValue - dfRounded) < 1e-6 ? dfRounded : dfValue;
}

// What the tiles drawn so far cover in the window being composited. While
// they do not overlap (the usual tiling) the covered part is a few disjoint
// rectangles and nothing is done pixel by pixel; the first overlap, or a
// tile with its own mask, turns it into a per-pixel mask (1: drawn).
class PCRSCoverage final
{
  public:
    struct Rect
    {
        int nX0, nY0, nX1, nY1;  // window pixels, end excluded
        size_t Area() const
        {
            return static_cast<size_t>(nX1 - nX0) * (nY1 - nY0);
        }
    };

    PCRSCoverage(int nXSize, int nYSize)
        : m_nXSize(nXSize), m_nYSize(nYSize), m_nPixels(static_cast<size_t>(nXSize) * nYSize)
    {
    }

    bool IsComplete() const
    {
        return m_nCovered == m_nPixels;
    }

    // Pixels of sRect already drawn.
    size_t CountCovered(const Rect &sRect)
    {
        if (!m_bMask)
        {
            bool bOverlap = false;
            for (const Rect &sDrawn : m_asRects)
                bOverlap = bOverlap || (sDrawn.nX0 < sRect.nX1 && sRect.nX0 < sDrawn.nX1 &&
                                        sDrawn.nY0 < sRect.nY1 && sRect.nY0 < sDrawn.nY1);
            if (!bOverlap)
                return 0;
            SwitchToMask();
        }
        size_t nAlready = 0;
        for (int y = sRect.nY0; y < sRect.nY1; y++)
        {
            const GByte *pabyRow = MaskRow(y);
            for (int x = sRect.nX0; x < sRect.nX1; x++)
                nAlready += pabyRow[x];
        }
        return nAlready;
    }

    // sRect, not drawn yet, is now drawn entirely.
    void AddOpaque(const Rect &sRect)
    {
        m_nCovered += sRect.Area();
        if (m_bMask)
        {
            for (int y = sRect.nY0; y < sRect.nY1; y++)
                memset(MaskRow(y) + sRect.nX0, 1, sRect.nX1 - sRect.nX0);
            return;
        }
        m_asRects.push_back(sRect);
        // Many small tiles in one window: a mask is cheaper than testing
        // each tile against all the others.
        if (m_asRects.size() > kMaxRects)
            SwitchToMask();
    }

    // Row y of the per-pixel mask (switched to if needed); the caller sets
    // pixels to 1 and tells how many with AddMaskPixels().
    GByte *MaskRow(int y)
    {
        if (!m_bMask)
            SwitchToMask();
        return &m_abyMask[static_cast<size_t>(y) * m_nXSize];
    }
    void AddMaskPixels(size_t nCount)
    {
        m_nCovered += nCount;
    }

    // fn(y, x, nRun, bCovered) for each run of drawn or undrawn pixels of each row.
    template <class Fn> void ForEachRun(Fn fn) const
    {
        if (IsComplete())
        {
            for (int y = 0; y < m_nYSize; y++)
                fn(y, 0, m_nXSize, true);
            return;
        }
        if (m_bMask)
        {
            for (int y = 0; y < m_nYSize; y++)
            {
                const GByte *pabyRow = &m_abyMask[static_cast<size_t>(y) * m_nXSize];
                for (int x = 0; x < m_nXSize;)
                {
                    int nRun = 1;
                    while (x + nRun < m_nXSize && pabyRow[x + nRun] == pabyRow[x])
                        nRun++;
                    fn(y, x, nRun, pabyRow[x] != 0);
                    x += nRun;
                }
            }
            return;
        }
        std::vector<Rect> asSorted(m_asRects);
        std::sort(asSorted.begin(), asSorted.end(), [](const Rect &a, const Rect &b) { return a.nX0 < b.nX0; });
        for (int y = 0; y < m_nYSize; y++)
        {
            int x = 0;
            for (const Rect &sRect : asSorted)
            {
                if (y < sRect.nY0 || y >= sRect.nY1)
                    continue;
                if (sRect.nX0 > x)
                    fn(y, x, sRect.nX0 - x, false);
                fn(y, sRect.nX0, sRect.nX1 - sRect.nX0, true);
                x = sRect.nX1;
            }
            if (x < m_nXSize)
                fn(y, x, m_nXSize - x, false);
        }
    }

  private:
    static constexpr size_t kMaxRects = 256;

    void SwitchToMask()
    {
        m_abyMask.assign(m_nPixels, 0);
        m_bMask = true;
        for (const Rect &sRect : m_asRects)
            for (int y = sRect.nY0; y < sRect.nY1; y++)
                memset(MaskRow(y) + sRect.nX0, 1, sRect.nX1 - sRect.nX0);
        m_asRects.clear();
    }

    int m_nXSize, m_nYSize;
    size_t m_nPixels;
    size_t m_nCovered = 0;
    bool m_bMask = false;
    std::vector<Rect> m_asRects{};
    std::vector<GByte> m_abyMask{};
};

}  // namespace

PCRSMosaic::PCRSMosaic(std::shared_ptr<PCRSDelivery> poDelivery, CSLConstList papszOptions)
    : m_poDelivery(std::move(poDelivery)), m_oPool(PCRSTilePool::DefaultCapacity()),
      m_oReporter(m_poDelivery->osSource)
{
    const PCRSDelivery &oDel = *m_poDelivery;
    m_bAlpha = CPLFetchBool(papszOptions, "ALPHA", true);
    const char *pszResampling = CSLFetchNameValueDef(papszOptions, "RESAMPLING", "NEAREST");
    for (const auto &oEntry : kResamplings)
        if (EQUAL(pszResampling, oEntry.pszName))
            m_eResampling = oEntry.eAlg;

    // Extent: union of the footprints of the tiles that may be drawn.
    bool bAny = false;
    double adfEnv[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < oDel.TileCount(); i++)
    {
        const pcrs_tile *psTile = oDel.Tile(i);
        if (!psTile->has_footprint || oDel.aePresence[i] == PCRSTilePresence::Refused)
            continue;
        if (!bAny)
        {
            memcpy(adfEnv, psTile->env, sizeof(adfEnv));
            bAny = true;
            continue;
        }
        adfEnv[0] = std::min(adfEnv[0], psTile->env[0]);
        adfEnv[1] = std::min(adfEnv[1], psTile->env[1]);
        adfEnv[2] = std::max(adfEnv[2], psTile->env[2]);
        adfEnv[3] = std::max(adfEnv[3], psTile->env[3]);
    }
    if (!bAny || !(oDel.dfResX > 0) || !(oDel.dfResY > 0))
        return;
    m_dfOriginX = adfEnv[0];
    m_dfOriginY = adfEnv[3];
    const double dfW = std::ceil(Snap((adfEnv[2] - adfEnv[0]) / oDel.dfResX));
    const double dfH = std::ceil(Snap((adfEnv[3] - adfEnv[1]) / oDel.dfResY));
    if (dfW < 1 || dfH < 1 || dfW > INT_MAX || dfH > INT_MAX)
    {
        CPLError(CE_Failure, CPLE_NotSupported, "%s: mosaic of %.0f x %.0f pixels is out of range",
                 oDel.osSource.c_str(), dfW, dfH);
        return;
    }
    m_nXSize = static_cast<int>(dfW);
    m_nYSize = static_cast<int>(dfH);

    m_anRank.assign(oDel.TileCount(), 0);
    for (size_t k = 0; k < oDel.anOrder.size(); k++)
        m_anRank[oDel.anOrder[k]] = k;
    m_aoState.resize(oDel.TileCount());
    m_anStamp.assign(oDel.TileCount(), 0);
    BuildIndex();
}

void PCRSMosaic::GeoTransform(double adfGT[6]) const
{
    adfGT[0] = m_dfOriginX;
    adfGT[1] = m_poDelivery->dfResX;
    adfGT[2] = 0;
    adfGT[3] = m_dfOriginY;
    adfGT[4] = 0;
    adfGT[5] = -m_poDelivery->dfResY;
}

void PCRSMosaic::TileRect(size_t iTile, int nFactor, double adfRect[4]) const
{
    const pcrs_tile *psTile = m_poDelivery->Tile(iTile);
    const double dfSX = m_poDelivery->dfResX * nFactor, dfSY = m_poDelivery->dfResY * nFactor;
    adfRect[0] = Snap((psTile->env[0] - m_dfOriginX) / dfSX);
    adfRect[1] = Snap((m_dfOriginY - psTile->env[3]) / dfSY);
    adfRect[2] = Snap((psTile->env[2] - m_dfOriginX) / dfSX);
    adfRect[3] = Snap((m_dfOriginY - psTile->env[1]) / dfSY);
}

void PCRSMosaic::BuildIndex()
{
    const PCRSDelivery &oDel = *m_poDelivery;
    // Buckets about the size of a tile.
    if (oDel.nProbeTile >= 0)
    {
        double adfRect[4];
        TileRect(static_cast<size_t>(oDel.nProbeTile), 1, adfRect);
        m_nBucket = static_cast<int>(std::min(8192.0, std::max(256.0, adfRect[2] - adfRect[0])));
    }
    for (size_t i = 0; i < oDel.TileCount(); i++)
    {
        if (!oDel.Tile(i)->has_footprint || oDel.aePresence[i] == PCRSTilePresence::Refused)
            continue;
        double adfRect[4];
        TileRect(i, 1, adfRect);
        const int64_t nBX0 = static_cast<int64_t>(std::floor(std::max(0.0, adfRect[0]) / m_nBucket));
        const int64_t nBY0 = static_cast<int64_t>(std::floor(std::max(0.0, adfRect[1]) / m_nBucket));
        const int64_t nBX1 = static_cast<int64_t>(std::floor(std::max(0.0, adfRect[2] - 1e-9) / m_nBucket));
        const int64_t nBY1 = static_cast<int64_t>(std::floor(std::max(0.0, adfRect[3] - 1e-9) / m_nBucket));
        for (int64_t by = nBY0; by <= nBY1; by++)
            for (int64_t bx = nBX0; bx <= nBX1; bx++)
                m_oBuckets[static_cast<uint64_t>(by) << 32 | static_cast<uint64_t>(bx)].push_back(
                    static_cast<uint32_t>(i));
    }
}

std::vector<size_t> PCRSMosaic::Candidates(int nFactor, int nXOff, int nYOff, int nXSize, int nYSize)
{
    std::vector<size_t> anTiles;
    const int64_t nBX0 = static_cast<int64_t>(nXOff) * nFactor / m_nBucket;
    const int64_t nBY0 = static_cast<int64_t>(nYOff) * nFactor / m_nBucket;
    const int64_t nBX1 = (static_cast<int64_t>(nXOff + nXSize) * nFactor - 1) / m_nBucket;
    const int64_t nBY1 = (static_cast<int64_t>(nYOff + nYSize) * nFactor - 1) / m_nBucket;
    if (++m_nStamp == 0)
    {
        std::fill(m_anStamp.begin(), m_anStamp.end(), 0);
        m_nStamp = 1;
    }
    for (int64_t by = nBY0; by <= nBY1; by++)
    {
        for (int64_t bx = nBX0; bx <= nBX1; bx++)
        {
            auto oIter = m_oBuckets.find(static_cast<uint64_t>(by) << 32 | static_cast<uint64_t>(bx));
            if (oIter == m_oBuckets.end())
                continue;
            for (uint32_t iTile : oIter->second)
            {
                if (m_anStamp[iTile] == m_nStamp)
                    continue;
                m_anStamp[iTile] = m_nStamp;
                anTiles.push_back(iTile);
            }
        }
    }
    // Newest first: they cover older tiles, which are then read only where visible.
    std::sort(anTiles.begin(), anTiles.end(),
              [this](size_t a, size_t b) { return m_anRank[a] > m_anRank[b]; });
    return anTiles;
}

void PCRSMosaic::CheckTile(size_t iTile, GDALDataset *poDS)
{
    PCRSDelivery &oDel = *m_poDelivery;
    double adfReal[4];
    double dfResX = 0, dfResY = 0;
    int nEPSG = 0;
    if (!PCRSTileRealExtent(oDel, iTile, poDS, adfReal, &dfResX, &dfResY, &nEPSG))
        return;
    pcrs_tile_check_header(oDel.Tile(iTile), iTile, adfReal, dfResX, dfResY, nEPSG, oDel.nEPSG,
                           PCRSProblemReporter::Callback, &m_oReporter);
}

GDALDataset *PCRSMosaic::AcquireTile(size_t iTile, CPLErr *peErr)
{
    *peErr = CE_None;
    PCRSDelivery &oDel = *m_poDelivery;
    TileState &oState = m_aoState[iTile];
    if (oState.bBroken)
    {
        CPLError(CE_Failure, CPLE_FileIO, "%s: tile %s cannot be read", oDel.osSource.c_str(),
                 oDel.aosPaths[iTile].c_str());
        *peErr = CE_Failure;
        return nullptr;
    }
    bool bOpened = false;
    GDALDataset *poDS = m_oPool.Get(iTile, [&]() { return PCRSOpenTile(oDel, iTile); }, &bOpened);
    if (poDS == nullptr)
    {
        VSIStatBufL sStat;
        if (VSIStatExL(oDel.aosPaths[iTile].c_str(), &sStat, VSI_STAT_EXISTS_FLAG) != 0)
        {
            // A missing tile is a transparent hole.
            CPLErrorReset();
            oDel.aePresence[iTile] = PCRSTilePresence::Missing;
            CPLError(CE_Warning, CPLE_AppDefined, "%s: tile %s is missing: read as a hole",
                     oDel.osSource.c_str(), oDel.aosPaths[iTile].c_str());
            return nullptr;
        }
        oState.bBroken = true;
        CPLError(CE_Failure, CPLE_FileIO, "%s: tile %s cannot be opened", oDel.osSource.c_str(),
                 oDel.aosPaths[iTile].c_str());
        *peErr = CE_Failure;
        return nullptr;
    }
    if (bOpened)
    {
        if (poDS->GetRasterCount() < oDel.nColorBands ||
            poDS->GetRasterBand(1)->GetRasterDataType() != oDel.eDataType)
        {
            oState.bBroken = true;
            CPLError(CE_Failure, CPLE_AppDefined, "%s: tile %s has %d band(s) of %s, the delivery %d of %s",
                     oDel.osSource.c_str(), oDel.aosPaths[iTile].c_str(), poDS->GetRasterCount(),
                     GDALGetDataTypeName(poDS->GetRasterBand(1)->GetRasterDataType()), oDel.nColorBands,
                     GDALGetDataTypeName(oDel.eDataType));
            *peErr = CE_Failure;
            return nullptr;
        }
        if (!oState.bChecked)
        {
            oState.bChecked = true;
            CheckTile(iTile, poDS);
        }
    }
    return poDS;
}

// A read that starts where the previous read of the tile ended is a scan
// (gdal_translate, gdalwarp: swaths top down): it will not come back to the
// tile's block rows above, nor to the tile once through it, whose memory is
// better spent on the next blocks than kept until the tile is closed.
void PCRSMosaic::ReleaseScannedBlocks(size_t iTile, GDALDataset *poTile, bool bFullResolution, int nSrcX, int nSrcY,
                                      int nSrcW, int nSrcH, const std::vector<int> &anTileBands)
{
    TileState &oState = m_aoState[iTile];
    const bool bScan = oState.nScanEnd == nSrcY;
    const int nPrevStart = oState.nScanStart;
    oState.nScanStart = nSrcY;
    oState.nScanEnd = nSrcY + nSrcH;
    if (!bScan || anTileBands.empty())
        return;
    if (nSrcY + nSrcH >= poTile->GetRasterYSize())
    {
        // Through the tile: all its blocks, once the other reads of this row
        // (the blocks beside) are done with it.
        m_anScannedThrough.push_back(iTile);
        return;
    }
    if (!bFullResolution)
        return;  // the blocks read were those of an overview
    int nBlockW = 0, nBlockH = 0;
    poTile->GetRasterBand(anTileBands[0])->GetBlockSize(&nBlockW, &nBlockH);
    if (nBlockW <= 0 || nBlockH <= 0)
        return;
    // Block rows the previous read touched and this one does not.
    for (int by = nPrevStart / nBlockH; by < nSrcY / nBlockH; by++)
    {
        for (int nBand = 1; nBand <= poTile->GetRasterCount(); nBand++)
        {
            GDALRasterBand *poBand = poTile->GetRasterBand(nBand);
            for (int bx = nSrcX / nBlockW; bx <= (nSrcX + nSrcW - 1) / nBlockW; bx++)
                poBand->FlushBlock(bx, by, FALSE);
        }
    }
}

CPLErr PCRSMosaic::Read(int nFactor, int nXOff, int nYOff, int nXSize, int nYSize, void *pData,
                        GDALDataType eBufType, int nBandCount, const int *panBands, GSpacing nPixelSpace,
                        GSpacing nLineSpace, GSpacing nBandSpace)
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    const PCRSDelivery &oDel = *m_poDelivery;
    const int nColor = oDel.nColorBands;
    const int nDTSize = GDALGetDataTypeSizeBytes(eBufType);
    GByte *pabyOut = static_cast<GByte *>(pData);

    // Requested colour bands (tile band numbers) and their place in the buffer.
    std::vector<int> anTileBands, anOutIndex, anCoverageIndex;
    for (int k = 0; k < nBandCount; k++)
    {
        if (panBands[k] >= 1 && panBands[k] <= nColor)
        {
            anTileBands.push_back(panBands[k]);
            anOutIndex.push_back(k);
        }
        else
        {
            anCoverageIndex.push_back(k);
        }
    }
    const int nReadBands = static_cast<int>(anTileBands.size());
    // Reads of all colour bands at once may release what they passed (see
    // ReleaseScannedBlocks); band-by-band scans come back for the other bands.
    bool bAllColour = nColor > 0;
    for (int b = 1; b <= nColor; b++)
        bAllColour = bAllColour && std::find(anTileBands.begin(), anTileBands.end(), b) != anTileBands.end();

    PCRSCoverage oCover(nXSize, nYSize);
    std::vector<GByte> abyTemp, abyMask;

    const std::vector<size_t> anCandidates = Candidates(nFactor, nXOff, nYOff, nXSize, nYSize);
    const bool bSameRow = nFactor == m_nLastReadFactor && nYOff == m_nLastReadYOff && nYSize == m_nLastReadYSize;
    m_nLastReadFactor = nFactor;
    m_nLastReadYOff = nYOff;
    m_nLastReadYSize = nYSize;
    m_oPool.BeginRead(anCandidates.size(), bSameRow, bAllColour);
    if (!bSameRow)
    {
        for (size_t iDone : m_anScannedThrough)
            if (GDALDataset *poDone = m_oPool.IfOpen(iDone))
                poDone->FlushCache(false);
        m_anScannedThrough.clear();
    }
    for (size_t iTile : anCandidates)
    {
        if (oCover.IsComplete())
            break;
        const PCRSTilePresence ePresence = oDel.aePresence[iTile];
        if (ePresence == PCRSTilePresence::Missing || ePresence == PCRSTilePresence::Refused)
            continue;
        // Output pixels whose centre falls in the tile.
        double adfRect[4];
        TileRect(iTile, nFactor, adfRect);
        const int nX0 = std::max(nXOff, static_cast<int>(std::ceil(adfRect[0] - 0.5)));
        const int nY0 = std::max(nYOff, static_cast<int>(std::ceil(adfRect[1] - 0.5)));
        const int nX1 = std::min(nXOff + nXSize, static_cast<int>(std::ceil(adfRect[2] - 0.5)));
        const int nY1 = std::min(nYOff + nYSize, static_cast<int>(std::ceil(adfRect[3] - 0.5)));
        if (nX0 >= nX1 || nY0 >= nY1)
            continue;
        const int nW = nX1 - nX0, nH = nY1 - nY0;
        const PCRSCoverage::Rect sRect{nX0 - nXOff, nY0 - nYOff, nX1 - nXOff, nY1 - nYOff};
        const size_t nAlready = oCover.CountCovered(sRect);
        if (nAlready == static_cast<size_t>(nW) * nH)
            continue;

        CPLErr eErr = CE_None;
        GDALDataset *poTile = AcquireTile(iTile, &eErr);
        if (eErr != CE_None)
            return eErr;
        if (poTile == nullptr)
            continue;  // missing: hole

        // Source window in the tile's pixels (floating when levels do not align).
        const double dfScaleX = poTile->GetRasterXSize() / (adfRect[2] - adfRect[0]);
        const double dfScaleY = poTile->GetRasterYSize() / (adfRect[3] - adfRect[1]);
        const double dfSrcX = Snap((nX0 - adfRect[0]) * dfScaleX), dfSrcW = Snap(nW * dfScaleX);
        const double dfSrcY = Snap((nY0 - adfRect[1]) * dfScaleY), dfSrcH = Snap(nH * dfScaleY);
        GDALRasterIOExtraArg sExtra;
        INIT_RASTERIO_EXTRA_ARG(sExtra);
        sExtra.eResampleAlg = m_eResampling;
        int nSrcX = static_cast<int>(std::floor(dfSrcX)), nSrcY = static_cast<int>(std::floor(dfSrcY));
        int nSrcW = static_cast<int>(std::ceil(dfSrcX + dfSrcW)) - nSrcX;
        int nSrcH = static_cast<int>(std::ceil(dfSrcY + dfSrcH)) - nSrcY;
        if (dfSrcX != nSrcX || dfSrcY != nSrcY || dfSrcW != nSrcW || dfSrcH != nSrcH)
        {
            sExtra.bFloatingPointWindowValidity = TRUE;
            sExtra.dfXOff = dfSrcX;
            sExtra.dfYOff = dfSrcY;
            sExtra.dfXSize = dfSrcW;
            sExtra.dfYSize = dfSrcH;
        }
        nSrcW = std::min(nSrcW, poTile->GetRasterXSize() - nSrcX);
        nSrcH = std::min(nSrcH, poTile->GetRasterYSize() - nSrcY);
        if (nSrcX < 0 || nSrcY < 0 || nSrcW <= 0 || nSrcH <= 0)
            continue;

        GDALRasterBand *poTileBand1 = poTile->GetRasterBand(1);
        const bool bAllValid = poTileBand1->GetMaskFlags() == GMF_ALL_VALID;
        const char *pszTile = oDel.aosPaths[iTile].c_str();

        if (bAllValid && nAlready == 0)
        {
            // The common case: the tile's pixels go straight into the output,
            // all requested bands in one dataset request (a pixel-interleaved
            // tile is decoded once, not once per band).
            if (nReadBands > 0)
            {
                GByte *pabyDst = pabyOut + (nY0 - nYOff) * nLineSpace + (nX0 - nXOff) * nPixelSpace;
                for (int k = 0; k < nReadBands; k++)
                {
                    // Bands may not be contiguous in the output: one call per run.
                    int nRun = 1;
                    while (k + nRun < nReadBands && anOutIndex[k + nRun] == anOutIndex[k] + nRun)
                        nRun++;
                    if (poTile->RasterIO(GF_Read, nSrcX, nSrcY, nSrcW, nSrcH, pabyDst + anOutIndex[k] * nBandSpace,
                                         nW, nH, eBufType, nRun, &anTileBands[k], nPixelSpace, nLineSpace,
                                         nBandSpace, &sExtra) != CE_None)
                    {
                        m_aoState[iTile].bBroken = true;
                        CPLError(CE_Failure, CPLE_FileIO, "%s: tile %s cannot be read", oDel.osSource.c_str(),
                                 pszTile);
                        return CE_Failure;
                    }
                    k += nRun - 1;
                }
            }
            oCover.AddOpaque(sRect);
            if (bAllColour && !sExtra.bFloatingPointWindowValidity)
                ReleaseScannedBlocks(iTile, poTile, nFactor == 1, nSrcX, nSrcY, nSrcW, nSrcH, anTileBands);
            continue;
        }

        // Partly covered already, or a tile with its own mask: through a
        // temporary buffer, pixel by pixel.
        const size_t nTilePixels = static_cast<size_t>(nW) * nH;
        if (nReadBands > 0)
        {
            abyTemp.resize(nTilePixels * nReadBands * nDTSize);
            // Pixel-interleaved, as the copy below reads it.
            const GSpacing nTmpPixel = static_cast<GSpacing>(nReadBands) * nDTSize;
            if (poTile->RasterIO(GF_Read, nSrcX, nSrcY, nSrcW, nSrcH, abyTemp.data(), nW, nH, eBufType, nReadBands,
                                 anTileBands.data(), nTmpPixel, nTmpPixel * nW, nDTSize, &sExtra) != CE_None)
            {
                m_aoState[iTile].bBroken = true;
                CPLError(CE_Failure, CPLE_FileIO, "%s: tile %s cannot be read", oDel.osSource.c_str(), pszTile);
                return CE_Failure;
            }
        }
        abyMask.assign(nTilePixels, 255);
        if (!bAllValid)
        {
            GDALRasterIOExtraArg sMaskExtra = sExtra;
            sMaskExtra.eResampleAlg = GRIORA_NearestNeighbour;
            if (poTileBand1->GetMaskBand()->RasterIO(GF_Read, nSrcX, nSrcY, nSrcW, nSrcH, abyMask.data(), nW, nH,
                                                     GDT_Byte, 0, 0, &sMaskExtra) != CE_None)
            {
                m_aoState[iTile].bBroken = true;
                CPLError(CE_Failure, CPLE_FileIO, "%s: mask of tile %s cannot be read", oDel.osSource.c_str(),
                         pszTile);
                return CE_Failure;
            }
        }
        for (int y = 0; y < nH; y++)
        {
            GByte *pabyCoverRow = oCover.MaskRow(sRect.nY0 + y) + sRect.nX0;
            size_t nNew = 0;
            for (int x = 0; x < nW; x++)
            {
                const size_t iPix = static_cast<size_t>(y) * nW + x;
                if (pabyCoverRow[x] || abyMask[iPix] == 0)
                    continue;
                pabyCoverRow[x] = 1;
                nNew++;
                GByte *pabyPix = pabyOut + (nY0 - nYOff + y) * nLineSpace + (nX0 - nXOff + x) * nPixelSpace;
                for (int k = 0; k < nReadBands; k++)
                    memcpy(pabyPix + anOutIndex[k] * nBandSpace, &abyTemp[(iPix * nReadBands + k) * nDTSize],
                           nDTSize);
            }
            oCover.AddMaskPixels(nNew);
        }
    }

    // Holes: nodata (or 0) in the colour bands, run by run; the coverage
    // band: 255 where a tile was drawn, 0 elsewhere, also run by run.
    const bool bHoles = !oCover.IsComplete() && nReadBands > 0;
    if (bHoles || !anCoverageIndex.empty())
    {
        const double dfFill = oDel.bHasNoData ? oDel.dfNoData : 0.0;
        oCover.ForEachRun([&](int y, int x, int nRun, bool bCovered) {
            GByte *pabyAt = pabyOut + y * nLineSpace + x * nPixelSpace;
            if (!bCovered && bHoles)
            {
                for (int k = 0; k < nReadBands; k++)
                    GDALCopyWords64(&dfFill, GDT_Float64, 0, pabyAt + anOutIndex[k] * nBandSpace, eBufType,
                                    static_cast<int>(nPixelSpace), nRun);
            }
            const GByte byAlpha = bCovered ? 255 : 0;
            for (int k : anCoverageIndex)
                GDALCopyWords64(&byAlpha, GDT_Byte, 0, pabyAt + k * nBandSpace, eBufType,
                                static_cast<int>(nPixelSpace), nRun);
        });
    }
    return CE_None;
}

int PCRSMosaic::TileAt(int nFactor, double dfPixel, double dfLine) const
{
    const PCRSDelivery &oDel = *m_poDelivery;
    int iBest = -1;
    const double dfX = std::floor(dfPixel) + 0.5, dfY = std::floor(dfLine) + 0.5;
    const int64_t nBX = static_cast<int64_t>(dfX * nFactor) / m_nBucket;
    const int64_t nBY = static_cast<int64_t>(dfY * nFactor) / m_nBucket;
    auto oIter = m_oBuckets.find(static_cast<uint64_t>(nBY) << 32 | static_cast<uint64_t>(nBX));
    if (dfX < 0 || dfY < 0 || oIter == m_oBuckets.end())
        return -1;
    for (uint32_t iTile : oIter->second)
    {
        if (oDel.aePresence[iTile] == PCRSTilePresence::Missing)
            continue;
        double adfRect[4];
        TileRect(iTile, nFactor, adfRect);
        if (dfX >= adfRect[0] && dfX < adfRect[2] && dfY >= adfRect[1] && dfY < adfRect[3] &&
            (iBest < 0 || m_anRank[iTile] > m_anRank[static_cast<size_t>(iBest)]))
            iBest = static_cast<int>(iTile);
    }
    return iBest;
}

std::string PCRSMosaic::LocationInfo(int nFactor, double dfPixel, double dfLine) const
{
    const int iTile = TileAt(nFactor, dfPixel, dfLine);
    CPLXMLNode *psRoot = CPLCreateXMLNode(nullptr, CXT_Element, "LocationInfo");
    if (iTile >= 0)
    {
        const PCRSDelivery &oDel = *m_poDelivery;
        const pcrs_tile *psTile = oDel.Tile(static_cast<size_t>(iTile));
        CPLCreateXMLElementAndValue(psRoot, "File", oDel.aosPaths[static_cast<size_t>(iTile)].c_str());
        CPLXMLNode *psRaster = CPLCreateXMLNode(psRoot, CXT_Element, "RasterPCRS");
        if (psTile->gml_id)
            CPLAddXMLAttributeAndValue(psRaster, "gml:id", psTile->gml_id);
        const pcrs_class *psClass = pcrs_model_class(pcrs_tile_raster_class());
        for (int p = 0; p < psClass->property_count; p++)
        {
            const char *pszValue = pcrs_tile_value(psTile, p);
            if (pszValue)
                CPLCreateXMLElementAndValue(psRaster, psClass->properties[p].name, pszValue);
        }
    }
    char *pszXML = CPLSerializeXMLTree(psRoot);
    std::string osXML = pszXML ? pszXML : "";
    CPLFree(pszXML);
    CPLDestroyXMLNode(psRoot);
    return osXML;
}
