// A RasterPCRS catalogue GML as a delivery: its tiles read with the core
// reader, then the packaging checks of the standard (§C.1) against the
// catalogue's folder.
#include <algorithm>
#include <cstring>

#include "cpl_string.h"
#include "cpl_vsi.h"
#include "common/validate_gdal.h"
#include "pcrs_raster.h"
#include "pcrs_vsi_io.h"

namespace
{

// The core's messages while reading a catalogue: kept until we know the
// document is a raster delivery (a vector PCRS file opened with -of raster
// must stay silent).
struct HeldMessages
{
    std::vector<std::pair<pcrs_msg_level, std::string>> aoMessages{};

    static void Callback(void *user, pcrs_msg_level eLevel, pcrs_status, const char *pszMsg)
    {
        static_cast<HeldMessages *>(user)->aoMessages.emplace_back(eLevel, pszMsg);
    }

    void Emit() const
    {
        for (const auto &oMsg : aoMessages)
        {
            if (oMsg.first == PCRS_MSG_DEBUG)
                CPLDebug("PCRS", "%s", oMsg.second.c_str());
            else
                CPLError(CE_Warning, CPLE_AppDefined, "%s", oMsg.second.c_str());
        }
    }
};

// Cheap pre-check before a full parse: does the document name RasterPCRS?
bool MentionsRasterPCRS(const std::string &osPath)
{
    VSILFILE *fp = VSIFOpenL(osPath.c_str(), "rb");
    if (fp == nullptr)
        return false;
    constexpr size_t kChunk = 1 << 20;
    constexpr char kNeedle[] = "RasterPCRS";
    constexpr size_t kNeedleLen = sizeof(kNeedle) - 1;
    std::vector<char> abyBuf(kChunk + kNeedleLen);
    size_t nKeep = 0;
    bool bFound = false;
    while (!bFound)
    {
        const size_t nRead = VSIFReadL(abyBuf.data() + nKeep, 1, kChunk, fp);
        if (nRead == 0)
            break;
        const size_t nAvail = nKeep + nRead;
        bFound = std::search(abyBuf.begin(), abyBuf.begin() + nAvail, kNeedle, kNeedle + kNeedleLen) !=
                 abyBuf.begin() + nAvail;
        nKeep = std::min(nAvail, kNeedleLen - 1);
        memmove(abyBuf.data(), abyBuf.data() + nAvail - nKeep, nKeep);
    }
    VSIFCloseL(fp);
    return bFound;
}

}  // namespace

/************************************************************************/
/*                     PCRSReadCatalogueDelivery()                      */
/************************************************************************/

std::unique_ptr<PCRSDelivery> PCRSReadCatalogueDelivery(const std::string &osPath, CSLConstList)
{
    if (!MentionsRasterPCRS(osPath))
        return nullptr;
    auto poDelivery = std::make_unique<PCRSDelivery>();
    poDelivery->eKind = PCRSDelivery::Kind::Catalogue;
    poDelivery->osSource = osPath;
    poDelivery->osBaseDir = CPLGetPath(osPath.c_str());
    poDelivery->poSet.reset(pcrs_tile_set_create());
    if (!poDelivery->poSet)
        return nullptr;

    HeldMessages oMessages;
    char szErr[2048] = "";
    int nEPSG = 0;
    const pcrs_status eStatus = pcrs_tile_set_read_catalogue(
        poDelivery->poSet.get(), osPath.c_str(), PCRSGetVSIIO(), HeldMessages::Callback, &oMessages,
        pcrs_gdal_crs_is_lat_long_order, nullptr, &nEPSG, szErr, sizeof(szErr));
    if (eStatus != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s", szErr[0] ? szErr : pcrs_status_string(eStatus));
        return nullptr;
    }
    if (poDelivery->TileCount() == 0)
        return nullptr;  // a vector PCRS document: not a raster delivery
    oMessages.Emit();
    poDelivery->nEPSG = nEPSG;

    // §C.1: the tiles lie beside the catalogue, one file per RasterPCRS.
    char **papszList = VSIReadDir(poDelivery->osBaseDir.empty() ? "." : poDelivery->osBaseDir.c_str());
    poDelivery->bHaveListing = papszList != nullptr;
    poDelivery->aosListing = PCRSSortedListing(papszList);
    CSLDestroy(papszList);

    const size_t nTiles = poDelivery->TileCount();
    std::vector<unsigned char> abyPresent(nTiles, 0);
    poDelivery->aosPaths.resize(nTiles);
    poDelivery->aePresence.assign(nTiles, PCRSTilePresence::Unknown);
    {
        PCRSProblemReporter oReporter(osPath);
        if (poDelivery->bHaveListing)
        {
            std::vector<const char *> apszFiles;
            apszFiles.reserve(poDelivery->aosListing.size());
            for (const auto &osFile : poDelivery->aosListing)
                apszFiles.push_back(osFile.c_str());
            const std::string osSelf = CPLGetFilename(osPath.c_str());
            if (pcrs_tile_set_check_folder(poDelivery->poSet.get(), apszFiles.data(), apszFiles.size(),
                                           osSelf.c_str(), abyPresent.data(), PCRSProblemReporter::Callback,
                                           &oReporter) == static_cast<size_t>(-1))
            {
                CPLError(CE_Failure, CPLE_OutOfMemory, "%s: out of memory", osPath.c_str());
                return nullptr;
            }
        }
        else
        {
            CPLDebug("PCRS", "%s: the folder cannot be listed: §C.1 checks skipped", osPath.c_str());
        }
    }
    for (size_t i = 0; i < nTiles; i++)
    {
        const pcrs_tile *psTile = poDelivery->Tile(i);
        if (!psTile->name[0] || !pcrs_tile_name_is_safe(psTile->name))
        {
            poDelivery->aePresence[i] = PCRSTilePresence::Refused;
            if (!poDelivery->bHaveListing)
                CPLError(CE_Warning, CPLE_AppDefined,
                         "%s: nomImage '%s' escapes the catalogue's folder: refused", osPath.c_str(),
                         psTile->name);
            continue;
        }
        poDelivery->aosPaths[i] = CPLFormFilename(poDelivery->osBaseDir.c_str(), psTile->name, nullptr);
        if (poDelivery->bHaveListing && strchr(psTile->name, '/') == nullptr)
            poDelivery->aePresence[i] = abyPresent[i] ? PCRSTilePresence::Present : PCRSTilePresence::Missing;
        if (!psTile->has_footprint)
        {
            CPLError(CE_Warning, CPLE_AppDefined, "%s: RasterPCRS '%s' has no footprint: its tile is ignored",
                     osPath.c_str(), psTile->gml_id ? psTile->gml_id : psTile->name);
            poDelivery->aePresence[i] = PCRSTilePresence::Refused;
        }
    }
    return poDelivery;
}
