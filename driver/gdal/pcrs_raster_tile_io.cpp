// Opening one tile of a delivery and learning where it lies (header
// georeferencing, else a MapInfo .tab beside it), and other helpers shared
// by the files that build deliveries.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

#include "cpl_string.h"
#include "cpl_vsi.h"
#include "ogr_spatialref.h"
#include "pcrs_raster.h"

int PCRSRasterProperty(const char *pszName)
{
    return pcrs_model_find_property(pcrs_model_class(pcrs_tile_raster_class()), pszName);
}

std::vector<std::string> PCRSSortedListing(char **papszList)
{
    std::vector<std::string> aos;
    for (char **papszIter = papszList; papszIter && *papszIter; ++papszIter)
    {
        if (strcmp(*papszIter, ".") != 0 && strcmp(*papszIter, "..") != 0)
            aos.emplace_back(*papszIter);
    }
    std::sort(aos.begin(), aos.end());
    return aos;
}

int PCRSEPSGOf(const OGRSpatialReference *poSRS)
{
    if (poSRS == nullptr || poSRS->IsEmpty())
        return 0;
    const char *pszAuth = poSRS->GetAuthorityName(nullptr);
    const char *pszCode = poSRS->GetAuthorityCode(nullptr);
    if (pszAuth && pszCode && EQUAL(pszAuth, "EPSG"))
        return atoi(pszCode);
    OGRSpatialReference oCopy(*poSRS);
    CPLErrorStateBackuper oErrorState;
    CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
    if (oCopy.AutoIdentifyEPSG() == OGRERR_NONE)
    {
        pszCode = oCopy.GetAuthorityCode(nullptr);
        if (pszCode)
            return atoi(pszCode);
    }
    const char *const apszOptions[] = {"MINIMUM_MATCH_CONFIDENCE=90", nullptr};
    OGRSpatialReference *poMatch = poSRS->FindBestMatch(90, nullptr, apszOptions);
    int nEPSG = 0;
    if (poMatch)
    {
        pszAuth = poMatch->GetAuthorityName(nullptr);
        pszCode = poMatch->GetAuthorityCode(nullptr);
        if (pszAuth && pszCode && EQUAL(pszAuth, "EPSG"))
            nEPSG = atoi(pszCode);
        poMatch->Release();
    }
    return nEPSG;
}

namespace
{

// At most this many warnings per kind of problem; then one summary line.
constexpr int kMaxWarningsPerProblem = 20;

const char *ProblemName(int eProblem)
{
    switch (eProblem)
    {
        case PCRS_PROBLEM_UNSAFE_NAME:
            return "nomImage refused";
        case PCRS_PROBLEM_NOT_BESIDE:
            return "tile in a subfolder";
        case PCRS_PROBLEM_MISSING:
            return "missing tile";
        case PCRS_PROBLEM_EXTRA:
            return "tile without RasterPCRS";
        case PCRS_PROBLEM_DUPLICATE:
            return "nomImage named twice";
        case PCRS_PROBLEM_FOOTPRINT:
            return "footprint mismatch";
        case PCRS_PROBLEM_RESOLUTION:
            return "resolution mismatch";
        case PCRS_PROBLEM_CRS:
            return "tile in another CRS";
        default:
            return "other";
    }
}

}  // namespace

PCRSProblemReporter::PCRSProblemReporter(std::string osWhere) : m_osWhere(std::move(osWhere))
{
}

PCRSProblemReporter::~PCRSProblemReporter()
{
    Flush();
}

void PCRSProblemReporter::Callback(void *user, pcrs_tile_problem eProblem, size_t, const char *,
                                   const char *pszMessage)
{
    static_cast<PCRSProblemReporter *>(user)->Report(eProblem, pszMessage);
}

void PCRSProblemReporter::Report(pcrs_tile_problem eProblem, const char *pszMessage)
{
    int &nCount = m_anCounts[eProblem];
    if (++nCount <= kMaxWarningsPerProblem)
        CPLError(CE_Warning, CPLE_AppDefined, "%s: %s", m_osWhere.c_str(), pszMessage);
}

void PCRSProblemReporter::Flush()
{
    for (const auto &oEntry : m_anCounts)
    {
        if (oEntry.second > kMaxWarningsPerProblem)
            CPLError(CE_Warning, CPLE_AppDefined, "%s: %d more problems of the same kind (%s)", m_osWhere.c_str(),
                     oEntry.second - kMaxWarningsPerProblem, ProblemName(oEntry.first));
    }
    m_anCounts.clear();
}

/************************************************************************/
/*                             SiblingsOf()                             */
/************************************************************************/

CPLStringList PCRSDelivery::SiblingsOf(size_t iTile) const
{
    CPLStringList aosSiblings;
    if (!bHaveListing || iTile >= aosPaths.size())
        return aosSiblings;
    const pcrs_tile *psTile = Tile(iTile);
    // Only tiles directly in the listed folder.
    if (psTile == nullptr || strchr(psTile->name, '/') != nullptr || !CPLIsFilenameRelative(psTile->name))
        return aosSiblings;
    const std::string osStem = CPLGetBasename(psTile->name);
    auto oIter = std::lower_bound(aosListing.begin(), aosListing.end(), osStem);
    for (; oIter != aosListing.end() && oIter->compare(0, osStem.size(), osStem) == 0; ++oIter)
        aosSiblings.AddString(oIter->c_str());
    // A non-null empty list tells GDAL "no sibling", so it does not list the folder.
    if (aosSiblings.empty())
        aosSiblings.Assign(static_cast<char **>(CPLCalloc(1, sizeof(char *))), TRUE);
    return aosSiblings;
}

GDALDataset *PCRSOpenTile(const PCRSDelivery &oDelivery, size_t iTile)
{
    if (iTile >= oDelivery.aosPaths.size())
        return nullptr;
    CPLStringList aosSiblings = oDelivery.SiblingsOf(iTile);
    // Internal: the mosaic owns its tiles, so GDALDestroyDriverManager() (QGIS
    // at exit) must not close them behind its back.
    constexpr unsigned kFlags = GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR | GDAL_OF_INTERNAL;
    return GDALDataset::Open(oDelivery.aosPaths[iTile].c_str(), kFlags, nullptr, nullptr,
                             oDelivery.bHaveListing ? aosSiblings.List() : nullptr);
}

/************************************************************************/
/*                 EPSG code from the GeoTIFF keys                      */
/************************************************************************/

namespace
{

// pcrs_read_at_fn on a VSI file.
int ReadAt(void *user, uint64_t nOffset, void *pBuf, size_t nBytes)
{
    auto *fp = static_cast<VSILFILE *>(user);
    return VSIFSeekL(fp, nOffset, SEEK_SET) == 0 && VSIFReadL(pBuf, 1, nBytes, fp) == nBytes ? 0 : -1;
}

// EPSG code of a tile read from its GeoTIFF keys, without GDAL's SRS
// parsing (a PROJ database look-up per tile, the main cost of opening a
// tile lazily); 0 when that is not certain to give GDAL's answer.
int FastTileEPSG(const PCRSDelivery &oDelivery, size_t iTile, GDALDataset *poDS)
{
    GDALDriver *poDriver = poDS->GetDriver();
    if (poDriver == nullptr || !EQUAL(poDriver->GetDescription(), "GTiff") ||
        CPLGetConfigOption("GDAL_GEOREF_SOURCES", nullptr) != nullptr ||
        CPLGetConfigOption("GTIFF_SRS_SOURCE", nullptr) != nullptr)
        return 0;
    // A .aux.xml beside the tile may carry an SRS that GDAL prefers.
    const std::string &osPath = oDelivery.aosPaths[iTile];
    const std::string osAux = osPath + ".aux.xml";
    const CPLStringList aosSiblings = oDelivery.SiblingsOf(iTile);
    if (aosSiblings.List() != nullptr)
    {
        if (aosSiblings.FindString(CPLGetFilename(osAux.c_str())) >= 0)
            return 0;
    }
    else
    {
        VSIStatBufL sStat;
        if (VSIStatExL(osAux.c_str(), &sStat, VSI_STAT_EXISTS_FLAG) == 0)
            return 0;
    }
    CPLErrorStateBackuper oErrorState;
    CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
    VSILFILE *fp = VSIFOpenL(osPath.c_str(), "rb");
    if (fp == nullptr)
        return 0;
    const int nEPSG = pcrs_geotiff_epsg(ReadAt, fp);
    VSIFCloseL(fp);
    return nEPSG;
}

}  // namespace

bool PCRSTileRealExtent(const PCRSDelivery &oDelivery, size_t iTile, GDALDataset *poDS, double adfEnv[4],
                        double *pdfResX, double *pdfResY, int *pnEPSG)
{
    double adfGT[6] = {0, 1, 0, 0, 0, 1};
    const int nX = poDS->GetRasterXSize(), nY = poDS->GetRasterYSize();
    bool bHave = false;
    *pnEPSG = 0;
    {
        CPLErrorStateBackuper oErrorState;
        CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
        bHave = poDS->GetGeoTransform(adfGT) == CE_None &&
                !(adfGT[0] == 0 && adfGT[1] == 1 && adfGT[2] == 0 && adfGT[3] == 0 && adfGT[4] == 0 &&
                  adfGT[5] == 1);
    }
    if (bHave)
    {
        *pnEPSG = FastTileEPSG(oDelivery, iTile, poDS);
        if (*pnEPSG == 0)
            *pnEPSG = PCRSEPSGOf(poDS->GetSpatialRef());
    }
    else
    {
        // A MapInfo .tab beside the tile (IGN JPEG 2000 tiles).
        const std::string &osPath = oDelivery.aosPaths[iTile];
        for (const char *pszExt : {"tab", "TAB"})
        {
            const std::string osTab = CPLResetExtension(osPath.c_str(), pszExt);
            GByte *pabyText = nullptr;
            vsi_l_offset nSize = 0;
            {
                CPLErrorStateBackuper oErrorState;
                CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
                if (!VSIIngestFile(nullptr, osTab.c_str(), &pabyText, &nSize, 1 << 20))
                    continue;
            }
            pcrs_tab_info sInfo;
            char szErr[256] = "";
            const pcrs_status eStatus =
                pcrs_tab_parse(reinterpret_cast<const char *>(pabyText), static_cast<size_t>(nSize), &sInfo,
                               szErr, sizeof(szErr));
            VSIFree(pabyText);
            if (eStatus != PCRS_OK)
            {
                CPLError(CE_Warning, CPLE_AppDefined, "%s: %s", osTab.c_str(), szErr);
                break;
            }
            memcpy(adfGT, sInfo.gt, sizeof(adfGT));
            *pnEPSG = sInfo.epsg;
            if (*pnEPSG == 0 && sInfo.coordsys[0])
            {
                OGRSpatialReference oSRS;
                CPLErrorStateBackuper oErrorState;
                CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
                if (oSRS.importFromMICoordSys(sInfo.coordsys) == OGRERR_NONE)
                    *pnEPSG = PCRSEPSGOf(&oSRS);
            }
            bHave = true;
            break;
        }
    }
    if (!bHave)
        return false;
    if (adfGT[2] != 0 || adfGT[4] != 0)
    {
        CPLError(CE_Warning, CPLE_AppDefined, "%s: rotated georeferencing is not supported",
                 oDelivery.aosPaths[iTile].c_str());
        return false;
    }
    const double dfX0 = adfGT[0], dfX1 = adfGT[0] + nX * adfGT[1];
    const double dfY0 = adfGT[3], dfY1 = adfGT[3] + nY * adfGT[5];
    adfEnv[0] = std::min(dfX0, dfX1);
    adfEnv[2] = std::max(dfX0, dfX1);
    adfEnv[1] = std::min(dfY0, dfY1);
    adfEnv[3] = std::max(dfY0, dfY1);
    *pdfResX = std::fabs(adfGT[1]);
    *pdfResY = std::fabs(adfGT[5]);
    return true;
}
