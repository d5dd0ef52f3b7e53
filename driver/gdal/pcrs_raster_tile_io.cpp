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

// GeoTIFF keys (GeoTIFF 1.1, §7.1) that may come with an EPSG-coded CRS
// without changing it; any other key (a vertical CRS makes GDAL report a
// compound CRS) sends the tile to GDAL's SRS parsing.
constexpr uint16_t kGTModelType = 1024, kGTRasterType = 1025, kGTCitation = 1026, kGeogCitation = 2049,
                   kGeographicType = 2048, kGeogAngularUnits = 2054, kProjectedCSType = 3072,
                   kPCSCitation = 3073, kProjLinearUnits = 3076;
constexpr uint16_t kModelProjected = 1, kModelGeographic = 2;
constexpr uint16_t kUserDefined = 32767;
constexpr uint16_t kTagGeoKeyDirectory = 34735;
constexpr uint16_t kTypeShort = 3;
constexpr uint64_t kMaxIFDEntries = 4096, kMaxGeoKeyShorts = 4 * 1024;

// Little reader of a TIFF file's numbers in the file's byte order.
class TiffNumbers final
{
  public:
    TiffNumbers(VSILFILE *fp, bool bLittle) : m_fp(fp), m_bLittle(bLittle)
    {
    }
    bool Read(vsi_l_offset nOffset, void *pBuf, size_t nBytes) const
    {
        return VSIFSeekL(m_fp, nOffset, SEEK_SET) == 0 && VSIFReadL(pBuf, 1, nBytes, m_fp) == nBytes;
    }
    // An unsigned number of nBytes (2, 4 or 8) at pabyAt.
    uint64_t Decode(const GByte *pabyAt, int nBytes) const
    {
        uint64_t nValue = 0;
        for (int i = 0; i < nBytes; i++)
            nValue |= static_cast<uint64_t>(pabyAt[m_bLittle ? i : nBytes - 1 - i]) << (8 * i);
        return nValue;
    }

  private:
    VSILFILE *m_fp;
    bool m_bLittle;
};

// The GeoKeyDirectory of the first image of a TIFF file; empty if none or unreadable.
std::vector<uint16_t> ReadGeoKeyDirectory(const char *pszPath)
{
    std::vector<uint16_t> anKeys;
    struct Closer
    {
        void operator()(VSILFILE *fpToClose) const
        {
            VSIFCloseL(fpToClose);
        }
    };
    std::unique_ptr<VSILFILE, Closer> fp(VSIFOpenL(pszPath, "rb"));
    if (!fp)
        return anKeys;
    GByte abyHeader[16];
    if (VSIFReadL(abyHeader, 1, sizeof(abyHeader), fp.get()) != sizeof(abyHeader))
        return anKeys;
    const bool bLittle = abyHeader[0] == 'I' && abyHeader[1] == 'I';
    if (!bLittle && !(abyHeader[0] == 'M' && abyHeader[1] == 'M'))
        return anKeys;
    const TiffNumbers oNum(fp.get(), bLittle);
    const uint64_t nVersion = oNum.Decode(abyHeader + 2, 2);
    if (nVersion != 42 && nVersion != 43)
        return anKeys;
    const bool bBig = nVersion == 43;
    const int nOffsetBytes = bBig ? 8 : 4;                  // offsets and counts
    const int nEntryBytes = bBig ? 20 : 12;                 // one IFD entry
    const uint64_t nIFD = oNum.Decode(abyHeader + (bBig ? 8 : 4), nOffsetBytes);
    GByte abyCount[8];
    if (!oNum.Read(nIFD, abyCount, bBig ? 8 : 2))
        return anKeys;
    const uint64_t nEntries = oNum.Decode(abyCount, bBig ? 8 : 2);
    if (nEntries == 0 || nEntries > kMaxIFDEntries)
        return anKeys;
    std::vector<GByte> abyIFD(static_cast<size_t>(nEntries) * nEntryBytes);
    if (!oNum.Read(nIFD + (bBig ? 8 : 2), abyIFD.data(), abyIFD.size()))
        return anKeys;
    for (uint64_t i = 0; i < nEntries; i++)
    {
        const GByte *pabyEntry = &abyIFD[static_cast<size_t>(i) * nEntryBytes];
        if (oNum.Decode(pabyEntry, 2) != kTagGeoKeyDirectory)
            continue;
        const uint64_t nCount = oNum.Decode(pabyEntry + 4, nOffsetBytes);
        if (oNum.Decode(pabyEntry + 2, 2) != kTypeShort || nCount < 4 || nCount > kMaxGeoKeyShorts)
            return anKeys;
        std::vector<GByte> abyValues(static_cast<size_t>(nCount) * 2);
        const GByte *pabyValueField = pabyEntry + 4 + nOffsetBytes;
        if (abyValues.size() <= static_cast<size_t>(nOffsetBytes))
            memcpy(abyValues.data(), pabyValueField, abyValues.size());
        else if (!oNum.Read(oNum.Decode(pabyValueField, nOffsetBytes), abyValues.data(), abyValues.size()))
            return anKeys;
        anKeys.resize(static_cast<size_t>(nCount));
        for (size_t k = 0; k < anKeys.size(); k++)
            anKeys[k] = static_cast<uint16_t>(oNum.Decode(&abyValues[2 * k], 2));
        return anKeys;
    }
    return anKeys;
}

// The EPSG code a GeoTIFF's keys name directly, 0 when they describe the
// CRS otherwise (GDAL's own parsing must then tell).
int EPSGOfGeoKeys(const std::vector<uint16_t> &anDir)
{
    if (anDir.size() < 4 || anDir[0] != 1)
        return 0;
    const size_t nKeys = anDir[3];
    if (anDir.size() < 4 + 4 * nKeys)
        return 0;
    int nModel = 0, nProjected = 0, nGeographic = 0;
    for (size_t k = 0; k < nKeys; k++)
    {
        const uint16_t *panKey = &anDir[4 + 4 * k];
        const uint16_t nId = panKey[0];
        const bool bInline = panKey[1] == 0 && panKey[2] == 1;
        if (nId == kGTModelType || nId == kProjectedCSType || nId == kGeographicType)
        {
            if (!bInline)
                return 0;
            (nId == kGTModelType ? nModel : nId == kProjectedCSType ? nProjected : nGeographic) = panKey[3];
        }
        else if (nId == kProjLinearUnits)
        {
            if (!bInline || panKey[3] != 9001)  // metre, as every EPSG projected CRS of France
                return 0;
        }
        else if (nId != kGTRasterType && nId != kGTCitation && nId != kGeogCitation && nId != kGeogAngularUnits &&
                 nId != kPCSCitation)
        {
            return 0;
        }
    }
    const int nCode = nModel == kModelProjected ? nProjected : nModel == kModelGeographic ? nGeographic : 0;
    return nCode > 0 && nCode != kUserDefined ? nCode : 0;
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
    return EPSGOfGeoKeys(ReadGeoKeyDirectory(osPath.c_str()));
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
