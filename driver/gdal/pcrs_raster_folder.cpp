// A folder of tiles as a delivery: footprints from the names (core
// patterns) without opening the tiles; a tile whose name fits no pattern
// is opened for its georeferencing.
#include <cmath>
#include <cstring>

#include "cpl_string.h"
#include "cpl_vsi.h"
#include "pcrs_raster.h"

namespace
{

constexpr int kMaxTilesOpenedWithoutName = 200000;

// Naming pattern asked for by the options: a built-in name, a template, or
// null for every built-in pattern. false after a CE_Failure.
bool PatternFromOptions(CSLConstList papszOptions, pcrs_tile_pattern &sPattern, bool &bCustom)
{
    bCustom = false;
    const char *pszPattern = CSLFetchNameValue(papszOptions, "NAME_PATTERN");
    if (pszPattern == nullptr || pszPattern[0] == '\0')
        return true;
    const int iBuiltin = pcrs_tile_pattern_find(pszPattern);
    if (iBuiltin >= 0)
    {
        sPattern = *pcrs_tile_pattern_at(iBuiltin);
        bCustom = true;
        return true;
    }
    const char *pszUnit = CSLFetchNameValueDef(papszOptions, "NAME_UNIT", "m");
    double dfUnit = EQUAL(pszUnit, "km") ? 1000 : EQUAL(pszUnit, "hm") ? 100 : EQUAL(pszUnit, "m") ? 1 : CPLAtof(pszUnit);
    char szErr[512] = "";
    if (pcrs_tile_pattern_compile(pszPattern, dfUnit, 0, &sPattern, szErr, sizeof(szErr)) != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_IllegalArg, "NAME_PATTERN: %s", szErr);
        return false;
    }
    bCustom = true;
    return true;
}

// Tile entry for a file whose name fits no pattern: its header (or .tab) tells.
bool AddTileFromHeader(PCRSDelivery &oDelivery, const std::string &osName)
{
    const std::string osPath = CPLFormFilename(oDelivery.osBaseDir.c_str(), osName.c_str(), nullptr);
    pcrs_tile *psTile = pcrs_tile_set_add(oDelivery.poSet.get(), osName.c_str());
    if (psTile == nullptr)
        return false;
    const size_t iTile = oDelivery.TileCount() - 1;
    oDelivery.aosPaths.push_back(osPath);
    oDelivery.aePresence.push_back(PCRSTilePresence::Present);
    GDALDataset *poDS = PCRSOpenTile(oDelivery, iTile);
    double adfEnv[4];
    double dfResX = 0, dfResY = 0;
    int nEPSG = 0;
    bool bOK = poDS != nullptr;
    if (!bOK)
        CPLError(CE_Warning, CPLE_AppDefined, "%s: tile '%s' cannot be opened: ignored",
                 oDelivery.osSource.c_str(), osName.c_str());
    else if (!PCRSTileRealExtent(oDelivery, iTile, poDS, adfEnv, &dfResX, &dfResY, &nEPSG))
    {
        CPLError(CE_Warning, CPLE_AppDefined,
                 "%s: tile '%s' fits no naming pattern and has no georeferencing (header or .tab): "
                 "ignored",
                 oDelivery.osSource.c_str(), osName.c_str());
        bOK = false;
    }
    if (bOK)
    {
        psTile->origin = PCRS_TILE_FROM_HEADER;
        psTile->has_footprint = 1;
        memcpy(psTile->env, adfEnv, sizeof(adfEnv));
        psTile->res_x = dfResX;
        psTile->res_y = dfResY;
        psTile->epsg = nEPSG;
        pcrs_tile_set_value(psTile, PCRSRasterProperty("nomImage"), CPLGetFilename(osName.c_str()));
        const char *pszMime = pcrs_tile_mime_type(CPLGetExtension(osName.c_str()));
        if (pszMime)
            pcrs_tile_set_value(psTile, PCRSRasterProperty("typeImage"), pszMime);
        pcrs_tile_set_value(psTile, PCRSRasterProperty("idPCRS"), CPLGetBasename(osName.c_str()));
        pcrs_tile_set_value(psTile, PCRSRasterProperty("resolution"),
                            CPLSPrintf("%lld", static_cast<long long>(std::llround(dfResX * 100))));
    }
    else
    {
        oDelivery.aePresence.back() = PCRSTilePresence::Refused;
    }
    if (poDS)
        GDALClose(poDS);
    return true;
}

}  // namespace

/************************************************************************/
/*                       PCRSScanFolderDelivery()                       */
/************************************************************************/

std::unique_ptr<PCRSDelivery> PCRSScanFolderDelivery(const std::string &osDir, CSLConstList papszOptions)
{
    pcrs_tile_pattern sPattern;
    bool bCustom = false;
    if (!PatternFromOptions(papszOptions, sPattern, bCustom))
        return nullptr;
    const double dfTileSize = CPLAtof(CSLFetchNameValueDef(papszOptions, "TILE_SIZE", "0"));
    const bool bRecursive = CPLFetchBool(papszOptions, "RECURSIVE", false);

    char **papszList = bRecursive ? VSIReadDirRecursive(osDir.c_str()) : VSIReadDir(osDir.c_str());
    if (papszList == nullptr)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: cannot list the folder", osDir.c_str());
        return nullptr;
    }
    auto poDelivery = std::make_unique<PCRSDelivery>();
    poDelivery->eKind = PCRSDelivery::Kind::Folder;
    poDelivery->osSource = osDir;
    poDelivery->osBaseDir = osDir;
    poDelivery->poSet.reset(pcrs_tile_set_create());
    poDelivery->bHaveListing = !bRecursive;
    poDelivery->aosListing = PCRSSortedListing(papszList);
    CSLDestroy(papszList);
    if (!poDelivery->poSet)
        return nullptr;

    std::vector<std::string> aosUnnamed;
    for (const auto &osName : poDelivery->aosListing)
    {
        if (!pcrs_tile_is_raster_file(osName.c_str()))
            continue;
        const int nAdded = pcrs_tile_set_add_named(poDelivery->poSet.get(), osName.c_str(),
                                                   bCustom ? &sPattern : nullptr, dfTileSize);
        if (nAdded < 0)
        {
            CPLError(CE_Failure, CPLE_OutOfMemory, "%s: out of memory", osDir.c_str());
            return nullptr;
        }
        if (nAdded == 0)
        {
            aosUnnamed.push_back(osName);
            continue;
        }
        poDelivery->aosPaths.push_back(CPLFormFilename(osDir.c_str(), osName.c_str(), nullptr));
        poDelivery->aePresence.push_back(PCRSTilePresence::Present);
    }
    if (aosUnnamed.size() > static_cast<size_t>(kMaxTilesOpenedWithoutName))
    {
        CPLError(CE_Failure, CPLE_NotSupported,
                 "%s: %zu tiles fit no naming pattern; give NAME_PATTERN or use a tile index", osDir.c_str(),
                 aosUnnamed.size());
        return nullptr;
    }
    if (!aosUnnamed.empty())
        CPLDebug("PCRS", "%s: %zu tiles fit no naming pattern: opening them", osDir.c_str(), aosUnnamed.size());
    for (const auto &osName : aosUnnamed)
    {
        if (!AddTileFromHeader(*poDelivery, osName))
        {
            CPLError(CE_Failure, CPLE_OutOfMemory, "%s: out of memory", osDir.c_str());
            return nullptr;
        }
    }
    size_t nUsable = 0;
    for (auto ePresence : poDelivery->aePresence)
        nUsable += ePresence != PCRSTilePresence::Refused;
    if (nUsable == 0)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: no georeferenced tile in the folder", osDir.c_str());
        return nullptr;
    }
    // Several tiles named for the same cell: the checks of a catalogue apply.
    return poDelivery;
}
