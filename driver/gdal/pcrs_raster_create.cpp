// CreateCopy: a source image cut into a standard delivery. Tiles aligned on
// a grid of the CRS, named after a pattern (core), written on several
// threads with internal overviews, empty tiles skipped, then the RasterPCRS
// catalogue (pcrs_raster_catalogue_writer.cpp).
#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <ctime>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <tuple>

#include "cpl_string.h"
#include "cpl_time.h"
#include "cpl_vsi.h"
#include "ogr_spatialref.h"
#include "pcrs_gdal.h"
#include "pcrs_raster.h"

namespace
{

// Smallest overview side kept in each tile.
constexpr int kMinOverviewSize = 128;
constexpr int kMaxThreads = 16;
// Default codec levels: see TileCreationOptions().
constexpr const char *kDefaultDeflateLevel = "2";
constexpr const char *kDefaultZstdLevel = "1";
constexpr const char *kDefaultBlockSize = "512";

struct TileJob
{
    int64_t nI = 0, nJ = 0;  // grid cell
    double adfEnv[4] = {0, 0, 0, 0};
    std::string osName{};
    bool bWritten = false;
};

// Hands tiles (north to south, west to east) to the workers in contiguous
// ranges, one per worker: each worker reads the source where its previous
// tile ended, so the source blocks two neighbouring tiles share (the tiles
// rarely fall on the source's blocks) are decoded once, in the block cache
// of that worker's handle. A worker that runs out takes the second half of
// the largest range left: one boundary decoded twice per steal.
class TileScheduler final
{
  public:
    TileScheduler(size_t nJobs, int nWorkers)
    {
        for (int w = 0; w < nWorkers; w++)
            m_aoRanges.emplace_back(nJobs * w / nWorkers, nJobs * (w + 1) / nWorkers);
    }

    // Next job of worker iWorker; false when none is left.
    bool Next(int iWorker, size_t *pnJob)
    {
        std::lock_guard<std::mutex> oLock(m_oMutex);
        auto &oOwn = m_aoRanges[iWorker];
        if (oOwn.first >= oOwn.second)
        {
            auto oLargest = std::max_element(m_aoRanges.begin(), m_aoRanges.end(), [](const Range &a, const Range &b)
                                             { return a.second - a.first < b.second - b.first; });
            const size_t nLeft = oLargest->second - oLargest->first;
            if (nLeft == 0)
                return false;
            const size_t nTaken = std::max<size_t>(1, nLeft / 2);
            oOwn = Range(oLargest->second - nTaken, oLargest->second);
            oLargest->second -= nTaken;
        }
        *pnJob = oOwn.first++;
        return true;
    }

  private:
    using Range = std::pair<size_t, size_t>;  // [first, second)
    std::mutex m_oMutex{};
    std::vector<Range> m_aoRanges{};
};

// Errors raised on a worker thread, re-emitted by the calling thread (an
// error handler installed by the caller, e.g. Python's, must not run on a
// thread it does not know).
class ErrorCollector final
{
  public:
    static void CPL_STDCALL Handler(CPLErr eErr, CPLErrorNum nNum, const char *pszMsg)
    {
        auto *self = static_cast<ErrorCollector *>(CPLGetErrorHandlerUserData());
        std::lock_guard<std::mutex> oLock(self->m_oMutex);
        self->m_aoErrors.emplace_back(eErr, nNum, pszMsg);
    }
    void Emit()
    {
        std::lock_guard<std::mutex> oLock(m_oMutex);
        for (const auto &oErr : m_aoErrors)
            CPLError(std::get<0>(oErr), std::get<1>(oErr), "%s", std::get<2>(oErr).c_str());
        m_aoErrors.clear();
    }

  private:
    std::mutex m_oMutex{};
    std::vector<std::tuple<CPLErr, CPLErrorNum, std::string>> m_aoErrors{};
};

struct Settings
{
    std::string osDir{};
    std::string osFormat = "GTiff";
    GDALDriver *poDriver = nullptr;  // of osFormat
    GDALDriver *poMEMDriver = nullptr;
    std::string osExtension = "tif";
    CPLStringList aosCreation{};
    bool bOverviews = true;
    std::string osOverviewResampling = "AVERAGE";
    bool bSkipEmpty = true;
    int nTilePixels = 0;  // tile side in pixels
    int nColorBands = 0;
    GDALDataType eType = GDT_Byte;
    std::vector<GDALColorInterp> aeInterp{};
    bool bHasNoData = false;
    double dfNoData = 0;
    bool bMask = false;  // the source has a mask (alpha, per-dataset mask, nodata)
    double adfSrcGT[6] = {0, 1, 0, 0, 0, -1};
    std::string osWkt{};
};

// Everything the workers share.
struct Context
{
    const Settings *psSettings = nullptr;
    GDALDataset *poSharedSrc = nullptr;  // used under oSrcMutex when sources cannot be reopened
    std::mutex oSrcMutex{};
    std::string osReopen{};  // description to reopen the source per thread, or empty
    std::vector<TileJob> *paoJobs = nullptr;
    TileScheduler *poScheduler = nullptr;
    std::atomic<size_t> nDone{0};
    std::atomic<bool> bAbort{false};
    std::atomic<bool> bFailed{false};
    std::mutex oDoneMutex{};
    std::condition_variable oDoneCond{};
    ErrorCollector oErrors{};
};

// What a worker keeps from tile to tile.
struct WorkerState
{
    GDALDataset *poSrc = nullptr;
    std::mutex *poSrcMutex = nullptr;  // when the source handle is shared
    std::vector<GByte> abyBuffer{};    // the tile's pixels, interleaved
    OGRSpatialReference oSRS{};        // the source's, parsed once rather than per tile
};

int ThreadCount(CSLConstList papszOptions)
{
    const char *pszThreads = CSLFetchNameValueDef(papszOptions, "NUM_THREADS", "ALL_CPUS");
    int nThreads = EQUAL(pszThreads, "ALL_CPUS") ? CPLGetNumCPUs() : atoi(pszThreads);
    return std::max(1, std::min(nThreads, kMaxThreads));
}

// Reads tile `oJob` of the source into a MEM dataset: colour bands, and a
// mask where the tile is partly outside the source or the source has one.
// Returns null on error; *pbEmpty when it holds no valid pixel.
GDALDataset *ReadTile(const Settings &oSet, WorkerState &oState, const TileJob &oJob, bool *pbEmpty)
{
    GDALDataset *poSrc = oState.poSrc;
    std::vector<GByte> &abyBuffer = oState.abyBuffer;
    *pbEmpty = false;
    const int nT = oSet.nTilePixels;
    const double *gt = oSet.adfSrcGT;
    // Source pixel of the tile's upper-left corner (floating when misaligned).
    const double dfSX = (oJob.adfEnv[0] - gt[0]) / gt[1];
    const double dfSY = (oJob.adfEnv[3] - gt[3]) / gt[5];
    const int nSrcW = poSrc->GetRasterXSize(), nSrcH = poSrc->GetRasterYSize();
    auto Clamp = [nT](double d) { return static_cast<int>(std::max(0.0, std::min<double>(nT, d))); };
    const int nDX0 = Clamp(std::ceil(-dfSX - 1e-6)), nDY0 = Clamp(std::ceil(-dfSY - 1e-6));
    const int nDX1 = Clamp(std::floor(nSrcW - dfSX + 1e-6)), nDY1 = Clamp(std::floor(nSrcH - dfSY + 1e-6));
    if (nDX0 >= nDX1 || nDY0 >= nDY1)
    {
        *pbEmpty = true;
        return nullptr;
    }
    const int nW = nDX1 - nDX0, nH = nDY1 - nDY0;
    const bool bFull = nW == nT && nH == nT;

    const int nDT = GDALGetDataTypeSizeBytes(oSet.eType);
    const GSpacing nPixelSpace = static_cast<GSpacing>(nDT) * oSet.nColorBands;
    const GSpacing nLineSpace = nPixelSpace * nT;
    // Pixel-interleaved like the tiles, the source read straight into it; the
    // buffer is the worker's (no allocation and page faults per tile).
    abyBuffer.resize(static_cast<size_t>(nLineSpace) * nT);
    GByte *pabyTile = abyBuffer.data();
    GDALDataset *poTile = oSet.poMEMDriver->Create("", nT, nT, 0, oSet.eType, nullptr);
    if (poTile == nullptr)
        return nullptr;
    for (int b = 0; b < oSet.nColorBands; b++)
    {
        CPLStringList aosBand;
        aosBand.SetNameValue("DATAPOINTER", CPLSPrintf("%p", pabyTile + static_cast<size_t>(b) * nDT));
        aosBand.SetNameValue("PIXELOFFSET", CPLSPrintf(CPL_FRMT_GIB, static_cast<GIntBig>(nPixelSpace)));
        aosBand.SetNameValue("LINEOFFSET", CPLSPrintf(CPL_FRMT_GIB, static_cast<GIntBig>(nLineSpace)));
        if (poTile->AddBand(oSet.eType, aosBand.List()) != CE_None)
        {
            GDALClose(poTile);
            return nullptr;
        }
    }
    // Pixels outside the source: nodata, else 0 under the mask. Written in
    // the buffer itself: GDALRasterBand::Fill() would go through the block
    // cache and be flushed later over the pixels read below.
    if (!bFull && !oSet.bHasNoData)
        std::fill(abyBuffer.begin(), abyBuffer.end(), GByte{0});
    else if (!bFull)
        for (int b = 0; b < oSet.nColorBands; b++)
            GDALCopyWords64(&oSet.dfNoData, GDT_Float64, 0, pabyTile + static_cast<size_t>(b) * nDT, oSet.eType,
                            static_cast<int>(nPixelSpace), static_cast<GPtrDiff_t>(nT) * nT);
    double adfGT[6] = {oJob.adfEnv[0], gt[1], 0, oJob.adfEnv[3], 0, gt[5]};
    poTile->SetGeoTransform(adfGT);
    poTile->SetSpatialRef(oSet.osWkt.empty() ? nullptr : &oState.oSRS);
    for (int b = 1; b <= oSet.nColorBands; b++)
    {
        GDALRasterBand *poBand = poTile->GetRasterBand(b);
        poBand->SetColorInterpretation(oSet.aeInterp[b - 1]);
        if (oSet.bHasNoData)
            poBand->SetNoDataValue(oSet.dfNoData);
    }

    GDALRasterIOExtraArg sExtra;
    INIT_RASTERIO_EXTRA_ARG(sExtra);
    const double dfWX = dfSX + nDX0, dfWY = dfSY + nDY0;
    const int nWX = static_cast<int>(std::floor(dfWX + 1e-6)), nWY = static_cast<int>(std::floor(dfWY + 1e-6));
    if (std::fabs(dfWX - nWX) > 1e-6 || std::fabs(dfWY - nWY) > 1e-6)
    {
        sExtra.bFloatingPointWindowValidity = TRUE;
        sExtra.dfXOff = dfWX;
        sExtra.dfYOff = dfWY;
        sExtra.dfXSize = nW;
        sExtra.dfYSize = nH;
    }
    const int nReadW = std::min(nW, nSrcW - nWX), nReadH = std::min(nH, nSrcH - nWY);

    std::vector<GByte> abyMask;
    std::vector<int> anBands(oSet.nColorBands);
    for (int b = 0; b < oSet.nColorBands; b++)
        anBands[b] = b + 1;
    CPLErr eErr;
    {
        std::unique_lock<std::mutex> oLock;
        if (oState.poSrcMutex)
            oLock = std::unique_lock<std::mutex>(*oState.poSrcMutex);
        eErr = poSrc->RasterIO(GF_Read, nWX, nWY, nReadW, nReadH, pabyTile + nDY0 * nLineSpace + nDX0 * nPixelSpace,
                               nW, nH, oSet.eType, oSet.nColorBands, anBands.data(), nPixelSpace, nLineSpace, nDT,
                               &sExtra);
        if (eErr == CE_None && oSet.bMask)
        {
            abyMask.resize(static_cast<size_t>(nW) * nH);
            eErr = poSrc->GetRasterBand(1)->GetMaskBand()->RasterIO(GF_Read, nWX, nWY, nReadW, nReadH,
                                                                    abyMask.data(), nW, nH, GDT_Byte, 0, 0, &sExtra);
        }
    }
    if (eErr != CE_None)
    {
        GDALClose(poTile);
        return nullptr;
    }

    size_t nValid = static_cast<size_t>(nW) * nH;
    if (!abyMask.empty())
        nValid = static_cast<size_t>(std::count_if(abyMask.begin(), abyMask.end(), [](GByte v) { return v != 0; }));
    if (oSet.bSkipEmpty && nValid == 0)
    {
        *pbEmpty = true;
        GDALClose(poTile);
        return nullptr;
    }
    // A mask when some pixels are not valid (nodata says it by itself).
    if ((!bFull || nValid < static_cast<size_t>(nW) * nH) && !oSet.bHasNoData)
    {
        // The whole tile in one write, as for the pixels (no Fill()).
        std::vector<GByte> abyTileMask(static_cast<size_t>(nT) * nT, 0);
        for (int y = 0; y < nH; y++)
            for (int x = 0; x < nW; x++)
                abyTileMask[static_cast<size_t>(nDY0 + y) * nT + nDX0 + x] =
                    abyMask.empty() || abyMask[static_cast<size_t>(y) * nW + x] ? 255 : 0;
        if (poTile->CreateMaskBand(GMF_PER_DATASET) != CE_None ||
            poTile->GetRasterBand(1)->GetMaskBand()->RasterIO(GF_Write, 0, 0, nT, nT, abyTileMask.data(), nT, nT,
                                                              GDT_Byte, 0, 0, nullptr) != CE_None)
        {
            GDALClose(poTile);
            return nullptr;
        }
    }
    return poTile;
}

// Overview factors of a tile: 2, 4... while the overview keeps kMinOverviewSize pixels.
std::vector<int> OverviewFactors(int nTilePixels)
{
    std::vector<int> anFactors;
    for (int f = 2; nTilePixels / f >= kMinOverviewSize; f *= 2)
        anFactors.push_back(f);
    return anFactors;
}

// Closes an output dataset; false if closing (flushing) raised an error.
bool CloseChecked(GDALDataset *poDS)
{
    CPLErrorReset();
    GDALClose(poDS);
    return CPLGetLastErrorType() != CE_Failure;
}

bool WriteTile(const Settings &oSet, GDALDataset *poTile, const std::string &osPath)
{
    const std::vector<int> anFactors = oSet.bOverviews ? OverviewFactors(oSet.nTilePixels) : std::vector<int>();
    GDALDriver *poDriver = oSet.poDriver;
    if (oSet.osFormat == "GTiff")
    {
        // Overviews computed in memory, then written with the image in one
        // pass (no decoding of the just-written tile); mask inside the file.
        if (!anFactors.empty() &&
            poTile->BuildOverviews(oSet.osOverviewResampling.c_str(), static_cast<int>(anFactors.size()),
                                   anFactors.data(), 0, nullptr, nullptr, nullptr) != CE_None)
            return false;
        CPLStringList aosOptions(oSet.aosCreation);
        if (!anFactors.empty())
            aosOptions.SetNameValue("COPY_SRC_OVERVIEWS", "YES");
        CPLSetThreadLocalConfigOption("GDAL_TIFF_INTERNAL_MASK", "YES");
        GDALDataset *poOut =
            poDriver->CreateCopy(osPath.c_str(), poTile, FALSE, aosOptions.List(), nullptr, nullptr);
        const bool bOK = poOut != nullptr && CloseChecked(poOut);
        CPLSetThreadLocalConfigOption("GDAL_TIFF_INTERNAL_MASK", nullptr);
        return bOK;
    }
    GDALDataset *poSrc = poTile;
    GDALDataset *poWithAlpha = nullptr;
    if (oSet.osFormat == "JP2OpenJPEG" && poTile->GetRasterBand(1)->GetMaskFlags() == GMF_PER_DATASET)
    {
        // JPEG 2000 has no mask: an alpha band carries it.
        poWithAlpha = oSet.poMEMDriver->Create("", poTile->GetRasterXSize(), poTile->GetRasterYSize(),
                                               oSet.nColorBands + 1, oSet.eType, nullptr);
        double adfGT[6];
        poTile->GetGeoTransform(adfGT);
        poWithAlpha->SetGeoTransform(adfGT);
        poWithAlpha->SetSpatialRef(poTile->GetSpatialRef());
        const int nT = poTile->GetRasterXSize();
        std::vector<GByte> abyRow(static_cast<size_t>(nT) * GDALGetDataTypeSizeBytes(oSet.eType));
        for (int b = 1; b <= oSet.nColorBands + 1; b++)
        {
            GDALRasterBand *poIn = b <= oSet.nColorBands ? poTile->GetRasterBand(b)
                                                         : poTile->GetRasterBand(1)->GetMaskBand();
            GDALRasterBand *poOutBand = poWithAlpha->GetRasterBand(b);
            poOutBand->SetColorInterpretation(b <= oSet.nColorBands ? oSet.aeInterp[b - 1] : GCI_AlphaBand);
            for (int y = 0; y < poTile->GetRasterYSize(); y++)
            {
                if (poIn->RasterIO(GF_Read, 0, y, nT, 1, abyRow.data(), nT, 1, oSet.eType, 0, 0, nullptr) !=
                        CE_None ||
                    poOutBand->RasterIO(GF_Write, 0, y, nT, 1, abyRow.data(), nT, 1, oSet.eType, 0, 0, nullptr) !=
                        CE_None)
                {
                    GDALClose(poWithAlpha);
                    return false;
                }
            }
        }
        poSrc = poWithAlpha;
    }
    GDALDataset *poOut = poDriver->CreateCopy(osPath.c_str(), poSrc, FALSE, oSet.aosCreation.List(), nullptr, nullptr);
    const bool bOK = poOut != nullptr && CloseChecked(poOut);
    if (poWithAlpha)
        GDALClose(poWithAlpha);
    return bOK;
}

// Encodes one tile; false on error (reported).
bool ProcessTile(const Settings &oSet, WorkerState &oState, TileJob &oJob)
{
    bool bEmpty = false;
    GDALDataset *poTile = ReadTile(oSet, oState, oJob, &bEmpty);
    if (poTile == nullptr)
    {
        if (!bEmpty)
            CPLError(CE_Failure, CPLE_FileIO, "%s: the source cannot be read", oJob.osName.c_str());
        return bEmpty;
    }
    const std::string osPath = CPLFormFilename(oSet.osDir.c_str(), oJob.osName.c_str(), nullptr);
    oJob.bWritten = WriteTile(oSet, poTile, osPath);
    GDALClose(poTile);
    if (!oJob.bWritten)
        CPLError(CE_Failure, CPLE_FileIO, "%s: the tile cannot be written", osPath.c_str());
    return oJob.bWritten;
}

// A worker reads with its own handle of the source when it can be reopened,
// into one pixel buffer reused from tile to tile.
void Worker(Context *psCtx, int iWorker)
{
    CPLPushErrorHandlerEx(ErrorCollector::Handler, &psCtx->oErrors);
    const Settings &oSet = *psCtx->psSettings;
    GDALDataset *poOwn = nullptr;
    if (!psCtx->osReopen.empty())
        poOwn = GDALDataset::Open(psCtx->osReopen.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY);
    WorkerState oState;
    oState.poSrc = poOwn ? poOwn : psCtx->poSharedSrc;
    oState.poSrcMutex = poOwn ? nullptr : &psCtx->oSrcMutex;
    if (!oSet.osWkt.empty())
    {
        oState.oSRS.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        oState.oSRS.importFromWkt(oSet.osWkt.c_str());
    }
    size_t iJob = 0;
    while (!psCtx->bAbort && psCtx->poScheduler->Next(iWorker, &iJob))
    {
        if (!ProcessTile(oSet, oState, (*psCtx->paoJobs)[iJob]))
        {
            psCtx->bFailed = true;
            psCtx->bAbort = true;
        }
        {
            std::lock_guard<std::mutex> oLock(psCtx->oDoneMutex);
            psCtx->nDone++;
        }
        psCtx->oDoneCond.notify_one();
    }
    if (poOwn)
        GDALClose(poOwn);
    CPLPopErrorHandler();
    std::lock_guard<std::mutex> oLock(psCtx->oDoneMutex);
    psCtx->oDoneCond.notify_one();
}

// Creation options of the tile format from ours.
bool TileCreationOptions(Settings &oSet, CSLConstList papszOptions, const std::string &osCompress)
{
    const char *pszQuality = CSLFetchNameValue(papszOptions, "QUALITY");
    // Internal blocks no larger than the tile (TIFF blocks are multiples of 16):
    // a 100 px tile in a 512 px block would encode 26 times its pixels.
    const int nBlock = std::min(atoi(CSLFetchNameValueDef(papszOptions, "BLOCKSIZE", kDefaultBlockSize)),
                                (oSet.nTilePixels + 15) / 16 * 16);
    const std::string osBlock = CPLSPrintf("%d", nBlock);
    const bool bLossless = osCompress == "DEFLATE" || osCompress == "ZSTD" || osCompress == "LZW";
    if (oSet.osFormat == "GTiff" || oSet.osFormat == "COG")
    {
        if (!(osCompress == "DEFLATE" || osCompress == "ZSTD" || osCompress == "LZW" || osCompress == "JPEG" ||
              osCompress == "NONE"))
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "COMPRESS=%s: expected DEFLATE, ZSTD, LZW, JPEG or NONE",
                     osCompress.c_str());
            return false;
        }
        oSet.aosCreation.SetNameValue("COMPRESS", osCompress.c_str());
        if (bLossless)
            oSet.aosCreation.SetNameValue("PREDICTOR", oSet.osFormat == "COG" ? "YES" : "2");
        if (osCompress == "JPEG")
            oSet.aosCreation.SetNameValue("QUALITY", pszQuality ? pszQuality : "90");
        oSet.aosCreation.SetNameValue("BLOCKSIZE", osBlock.c_str());
        // Levels where the files are within 1 % of the codec's default ones for
        // a fraction of the time (doc/pcrs_raster.md, "Production speed").
        const char *pszLevel = CSLFetchNameValueDef(papszOptions, "LEVEL",
                                                    osCompress == "ZSTD"      ? kDefaultZstdLevel
                                                    : osCompress == "DEFLATE" ? kDefaultDeflateLevel
                                                                              : nullptr);
        if (pszLevel && (osCompress == "DEFLATE" || osCompress == "ZSTD"))
            oSet.aosCreation.SetNameValue(oSet.osFormat == "COG" ? "LEVEL"
                                          : osCompress == "ZSTD"  ? "ZSTD_LEVEL"
                                                                  : "ZLEVEL",
                                          pszLevel);
    }
    if (oSet.osFormat == "GTiff")
    {
        oSet.aosCreation.SetNameValue("TILED", "YES");
        oSet.aosCreation.SetNameValue("BLOCKXSIZE", osBlock.c_str());
        oSet.aosCreation.SetNameValue("BLOCKYSIZE", osBlock.c_str());
        oSet.aosCreation.SetNameValue("BLOCKSIZE", nullptr);
        if (osCompress == "JPEG")
        {
            oSet.aosCreation.SetNameValue("QUALITY", nullptr);
            oSet.aosCreation.SetNameValue("JPEG_QUALITY", pszQuality ? pszQuality : "90");
            if (oSet.nColorBands == 3 && oSet.eType == GDT_Byte)
                oSet.aosCreation.SetNameValue("PHOTOMETRIC", "YCBCR");
        }
    }
    else if (oSet.osFormat == "COG")
    {
        oSet.aosCreation.SetNameValue("OVERVIEWS", oSet.bOverviews ? "IGNORE_EXISTING" : "NONE");
        oSet.aosCreation.SetNameValue("RESAMPLING", oSet.osOverviewResampling.c_str());
        const int nCount = static_cast<int>(OverviewFactors(oSet.nTilePixels).size());
        oSet.aosCreation.SetNameValue("OVERVIEW_COUNT", CPLSPrintf("%d", nCount));
        if (nCount == 0)
            oSet.aosCreation.SetNameValue("OVERVIEWS", "NONE");
    }
    else if (oSet.osFormat == "JP2OpenJPEG")
    {
        // Lossless by default; resolution levels are the overviews.
        if (pszQuality && CPLAtof(pszQuality) < 100)
        {
            oSet.aosCreation.SetNameValue("QUALITY", pszQuality);
            oSet.aosCreation.SetNameValue("REVERSIBLE", "NO");
        }
        else
        {
            oSet.aosCreation.SetNameValue("QUALITY", "100");
            oSet.aosCreation.SetNameValue("REVERSIBLE", "YES");
            oSet.aosCreation.SetNameValue("YCBCR420", "NO");
        }
        oSet.aosCreation.SetNameValue("BLOCKXSIZE", osBlock.c_str());
        oSet.aosCreation.SetNameValue("BLOCKYSIZE", osBlock.c_str());
        const int nCount = static_cast<int>(OverviewFactors(oSet.nTilePixels).size());
        oSet.aosCreation.SetNameValue("RESOLUTIONS", CPLSPrintf("%d", std::max(1, nCount + 1)));
    }
    return true;
}

std::string DateYear(const char *pszDate)
{
    if (pszDate && strlen(pszDate) >= 4 && isdigit(static_cast<unsigned char>(pszDate[0])))
        return std::string(pszDate, 4);
    return std::string();
}

}  // namespace

/************************************************************************/
/*                        PCRSRasterCreateCopy()                        */
/************************************************************************/

GDALDataset *PCRSRasterCreateCopy(const char *pszName, GDALDataset *poSrcDS, int /* bStrict */,
                                  char **papszOptions, GDALProgressFunc pfnProgress, void *pProgressData)
{
    if (pfnProgress == nullptr)
        pfnProgress = GDALDummyProgress;
    if (poSrcDS->GetRasterCount() == 0)
    {
        CPLError(CE_Failure, CPLE_NotSupported, "%s: the source has no raster band", pszName);
        return nullptr;
    }
    Settings oSet;
    if (poSrcDS->GetGeoTransform(oSet.adfSrcGT) != CE_None || oSet.adfSrcGT[2] != 0 || oSet.adfSrcGT[4] != 0 ||
        oSet.adfSrcGT[1] <= 0 || oSet.adfSrcGT[5] >= 0)
    {
        CPLError(CE_Failure, CPLE_NotSupported,
                 "%s: the source must be georeferenced north-up (no rotation); warp it first", pszName);
        return nullptr;
    }
    const OGRSpatialReference *poSRS = poSrcDS->GetSpatialRef();
    int nEPSG = 0;
    if (poSRS)
    {
        OGRSpatialReference oCopy(*poSRS);
        const char *pszAuth = oCopy.GetAuthorityName(nullptr);
        if (!(pszAuth && EQUAL(pszAuth, "EPSG")))
        {
            CPLErrorStateBackuper oState;
            CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
            oCopy.AutoIdentifyEPSG();
        }
        pszAuth = oCopy.GetAuthorityName(nullptr);
        if (pszAuth && EQUAL(pszAuth, "EPSG"))
            nEPSG = atoi(oCopy.GetAuthorityCode(nullptr));
        char *pszWkt = nullptr;
        poSRS->exportToWkt(&pszWkt);
        oSet.osWkt = pszWkt ? pszWkt : "";
        CPLFree(pszWkt);
    }
    if (nEPSG == 0)
    {
        CPLError(CE_Failure, CPLE_NotSupported,
                 "%s: the source needs a CRS with an EPSG code (the catalogue's srsName and the tile names "
                 "carry it)",
                 pszName);
        return nullptr;
    }

    // ---- Bands ----
    int nBands = poSrcDS->GetRasterCount();
    const bool bSrcAlpha = nBands > 1 && poSrcDS->GetRasterBand(nBands)->GetColorInterpretation() == GCI_AlphaBand;
    if (bSrcAlpha)
        nBands--;
    oSet.nColorBands = nBands;
    GDALRasterBand *poBand1 = poSrcDS->GetRasterBand(1);
    oSet.eType = poBand1->GetRasterDataType();
    for (int b = 1; b <= nBands; b++)
        oSet.aeInterp.push_back(poSrcDS->GetRasterBand(b)->GetColorInterpretation());
    int bHasNoData = FALSE;
    oSet.dfNoData = poBand1->GetNoDataValue(&bHasNoData);
    oSet.bHasNoData = bHasNoData != FALSE;
    oSet.bMask = poBand1->GetMaskFlags() != GMF_ALL_VALID;

    // ---- Grid and names ----
    const double dfTileSize = CPLAtof(CSLFetchNameValueDef(papszOptions, "TILE_SIZE", "200"));
    const double dfRes = oSet.adfSrcGT[1];
    const double dfPixels = dfTileSize / dfRes;
    if (!(dfTileSize > 0) || std::fabs(dfPixels - std::round(dfPixels)) > 1e-6 || std::fabs(dfRes + oSet.adfSrcGT[5]) > 1e-9 * dfRes)
    {
        CPLError(CE_Failure, CPLE_IllegalArg,
                 "%s: TILE_SIZE=%g m must be a whole number of square pixels (pixel size %g x %g)", pszName,
                 dfTileSize, dfRes, -oSet.adfSrcGT[5]);
        return nullptr;
    }
    oSet.nTilePixels = static_cast<int>(std::round(dfPixels));

    pcrs_tile_pattern sPattern;
    const char *pszPattern = CSLFetchNameValueDef(papszOptions, "NAME_PATTERN", "IGN_HM");
    const int iBuiltin = pcrs_tile_pattern_find(pszPattern);
    char szErr[512] = "";
    if (iBuiltin >= 0)
        sPattern = *pcrs_tile_pattern_at(iBuiltin);
    else
    {
        const char *pszUnit = CSLFetchNameValueDef(papszOptions, "NAME_UNIT", "m");
        const double dfUnit = EQUAL(pszUnit, "km") ? 1000 : EQUAL(pszUnit, "hm") ? 100 : EQUAL(pszUnit, "m") ? 1 : CPLAtof(pszUnit);
        if (pcrs_tile_pattern_compile(pszPattern, dfUnit, dfTileSize, &sPattern, szErr, sizeof(szErr)) != PCRS_OK)
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "%s: NAME_PATTERN: %s", pszName, szErr);
            return nullptr;
        }
    }

    oSet.osFormat = CSLFetchNameValueDef(papszOptions, "FORMAT", "GTiff");
    if (EQUAL(oSet.osFormat.c_str(), "JP2") || EQUAL(oSet.osFormat.c_str(), "JPEG2000"))
        oSet.osFormat = "JP2OpenJPEG";
    if (EQUAL(oSet.osFormat.c_str(), "GTIFF"))
        oSet.osFormat = "GTiff";
    if (EQUAL(oSet.osFormat.c_str(), "COG"))
        oSet.osFormat = "COG";
    if (GetGDALDriverManager()->GetDriverByName(oSet.osFormat.c_str()) == nullptr ||
        !(oSet.osFormat == "GTiff" || oSet.osFormat == "COG" || oSet.osFormat == "JP2OpenJPEG"))
    {
        CPLError(CE_Failure, CPLE_NotSupported, "%s: FORMAT=%s is not available (GTiff, COG, JP2OpenJPEG)", pszName,
                 oSet.osFormat.c_str());
        return nullptr;
    }
    oSet.poDriver = GetGDALDriverManager()->GetDriverByName(oSet.osFormat.c_str());
    oSet.poMEMDriver = GetGDALDriverManager()->GetDriverByName("MEM");
    oSet.osExtension = oSet.osFormat == "JP2OpenJPEG" ? "jp2" : "tif";
    oSet.bOverviews = CPLFetchBool(papszOptions, "OVERVIEWS", true);
    oSet.osOverviewResampling = CSLFetchNameValueDef(papszOptions, "OVERVIEW_RESAMPLING", "AVERAGE");
    oSet.bSkipEmpty = CPLFetchBool(papszOptions, "SKIP_EMPTY", true);
    const std::string osCompress = CPLString(CSLFetchNameValueDef(papszOptions, "COMPRESS", "DEFLATE")).toupper();
    if (!TileCreationOptions(oSet, papszOptions, osCompress))
        return nullptr;

    pcrs_tile_name sValues;
    memset(&sValues, 0, sizeof(sValues));
    std::string osYear = CSLFetchNameValueDef(papszOptions, "YEAR", "");
    if (osYear.empty())
        osYear = DateYear(CSLFetchNameValue(papszOptions, "DATE_ACQUISITION"));
    if (osYear.empty())
        osYear = DateYear(poSrcDS->GetMetadataItem("TIFFTAG_DATETIME"));
    if (osYear.empty())
    {
        struct tm sTm;
        CPLUnixTimeToYMDHMS(static_cast<GIntBig>(time(nullptr)), &sTm);
        osYear = CPLSPrintf("%04d", sTm.tm_year + 1900);
    }
    sValues.year = atoi(osYear.c_str());
    snprintf(sValues.dept, sizeof(sValues.dept), "%s", CSLFetchNameValueDef(papszOptions, "DEPT", ""));
    snprintf(sValues.prefix, sizeof(sValues.prefix), "%s", CSLFetchNameValueDef(papszOptions, "PREFIX", ""));
    sValues.epsg = nEPSG;
    sValues.resolution = dfRes;
    const char *pszBands = CSLFetchNameValue(papszOptions, "BANDS");
    if (pszBands == nullptr)
    {
        for (int k = 0; k < pcrs_tile_band_code_count(); k++)
        {
            const pcrs_tile_band_code *psCode = pcrs_tile_band_code_at(k);
            // The first (French) code of the band count.
            if (psCode->band_count == nBands && pszBands == nullptr && !EQUAL(psCode->code, "RGBI"))
                pszBands = psCode->code;
        }
    }
    snprintf(sValues.bands, sizeof(sValues.bands), "%s", pszBands ? pszBands : "");
    snprintf(sValues.extension, sizeof(sValues.extension), "%s", oSet.osExtension.c_str());

    // ---- Tiles of the grid over the source ----
    const pcrs_grid sGrid = {0, 0, dfTileSize, dfTileSize};
    const double *gt = oSet.adfSrcGT;
    const double adfSrcEnv[4] = {gt[0], gt[3] + poSrcDS->GetRasterYSize() * gt[5],
                                 gt[0] + poSrcDS->GetRasterXSize() * gt[1], gt[3]};
    int64_t nI0, nJ0, nI1, nJ1;
    if (!pcrs_grid_range(&sGrid, adfSrcEnv, &nI0, &nJ0, &nI1, &nJ1))
    {
        CPLError(CE_Failure, CPLE_AppDefined, "%s: empty source extent", pszName);
        return nullptr;
    }
    std::vector<TileJob> aoJobs;
    for (int64_t j = nJ1; j >= nJ0; j--)  // north to south, west to east
    {
        for (int64_t i = nI0; i <= nI1; i++)
        {
            TileJob oJob;
            oJob.nI = i;
            oJob.nJ = j;
            pcrs_grid_footprint(&sGrid, i, j, oJob.adfEnv);
            sValues.x = oJob.adfEnv[0];
            sValues.y = oJob.adfEnv[3];
            char szTileName[256];
            if (pcrs_tile_name_format(&sPattern, &sValues, szTileName, sizeof(szTileName), szErr, sizeof(szErr)) !=
                PCRS_OK)
            {
                CPLError(CE_Failure, CPLE_IllegalArg, "%s: tile names after %s: %s", pszName, pszPattern, szErr);
                return nullptr;
            }
            oJob.osName = szTileName;
            aoJobs.push_back(std::move(oJob));
        }
    }

    // ---- Output folder ----
    oSet.osDir = CPLGetPath(pszName);
    if (oSet.osDir.empty())
        oSet.osDir = ".";
    VSIStatBufL sStat;
    // VSIMkdirRecursive() of GDAL 3.6 fails on a relative one-level path: plain mkdir first.
    if (VSIStatL(oSet.osDir.c_str(), &sStat) != 0 && VSIMkdir(oSet.osDir.c_str(), 0755) != 0 &&
        VSIMkdirRecursive(oSet.osDir.c_str(), 0755) != 0)
    {
        CPLError(CE_Failure, CPLE_FileIO, "%s: cannot create the folder %s", pszName, oSet.osDir.c_str());
        return nullptr;
    }

    // ---- Workers ----
    Context oCtx;
    oCtx.psSettings = &oSet;
    oCtx.poSharedSrc = poSrcDS;
    oCtx.paoJobs = &aoJobs;
    const int nThreads = static_cast<int>(std::min<size_t>(ThreadCount(papszOptions), aoJobs.size()));
    TileScheduler oScheduler(aoJobs.size(), nThreads);
    oCtx.poScheduler = &oScheduler;
    const char *pszDesc = poSrcDS->GetDescription();
    if (nThreads > 1 && pszDesc && pszDesc[0] != '\0' && poSrcDS->GetDriver() != nullptr &&
        !EQUAL(poSrcDS->GetDriver()->GetDescription(), "MEM"))
    {
        // Each worker reads its own handle when the source can be reopened identically.
        CPLErrorStateBackuper oState;
        CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
        GDALDataset *poProbe = GDALDataset::Open(pszDesc, GDAL_OF_RASTER | GDAL_OF_READONLY);
        if (poProbe && poProbe->GetRasterXSize() == poSrcDS->GetRasterXSize() &&
            poProbe->GetRasterYSize() == poSrcDS->GetRasterYSize() &&
            poProbe->GetRasterCount() == poSrcDS->GetRasterCount())
            oCtx.osReopen = pszDesc;
        if (poProbe)
            GDALClose(poProbe);
    }
    CPLDebug("PCRS", "%s: %zu tiles of %d px, %d thread(s), source %s", pszName, aoJobs.size(), oSet.nTilePixels,
             nThreads, oCtx.osReopen.empty() ? "shared" : "reopened per thread");

    std::vector<std::thread> aoThreads;
    for (int t = 0; t < nThreads; t++)
        aoThreads.emplace_back(Worker, &oCtx, t);
    bool bCancelled = false;
    {
        std::unique_lock<std::mutex> oLock(oCtx.oDoneMutex);
        while (oCtx.nDone < aoJobs.size() && !oCtx.bAbort)
        {
            oCtx.oDoneCond.wait_for(oLock, std::chrono::milliseconds(100));
            const double dfDone = static_cast<double>(oCtx.nDone) / (aoJobs.size() + 1);
            oLock.unlock();
            if (!pfnProgress(dfDone, nullptr, pProgressData))
            {
                bCancelled = true;
                oCtx.bAbort = true;
            }
            oLock.lock();
        }
    }
    for (auto &oThread : aoThreads)
        oThread.join();
    oCtx.oErrors.Emit();
    if (bCancelled)
    {
        CPLError(CE_Failure, CPLE_UserInterrupt, "%s: interrupted; the tiles written so far are left in %s", pszName,
                 oSet.osDir.c_str());
        return nullptr;
    }
    if (oCtx.bFailed)
        return nullptr;

    // ---- Catalogue ----
    std::vector<PCRSCatalogueTile> aoTiles;
    for (const auto &oJob : aoJobs)
    {
        if (!oJob.bWritten)
            continue;
        PCRSCatalogueTile oTile;
        oTile.osName = oJob.osName;
        memcpy(oTile.adfEnv, oJob.adfEnv, sizeof(oTile.adfEnv));
        oTile.nI = oJob.nI;
        oTile.nJ = oJob.nJ;
        aoTiles.push_back(std::move(oTile));
    }
    if (aoTiles.empty())
    {
        CPLError(CE_Failure, CPLE_AppDefined, "%s: the source has no valid pixel: no tile written", pszName);
        return nullptr;
    }
    const char *pszMime = pcrs_tile_mime_type(oSet.osExtension.c_str());
    if (!PCRSWriteRasterCatalogue(pszName, aoTiles, sGrid, nEPSG, dfRes, pszMime, papszOptions))
        return nullptr;
    pfnProgress(1.0, nullptr, pProgressData);

    GDALOpenInfo oOpenInfo(pszName, GDAL_OF_RASTER | GDAL_OF_READONLY);
    return PCRSRasterOpen(&oOpenInfo);
}
