// What one tile of a delivery teaches (bands, type, overviews, real tile
// size), the delivery's CRS (tiles in another are refused by name) and the
// drawing order.
#include <cmath>
#include <map>

#include "cpl_string.h"
#include "ogr_spatialref.h"
#include "pcrs_raster.h"

/************************************************************************/
/*                         PCRSProbeDelivery()                          */
/************************************************************************/

bool PCRSProbeDelivery(PCRSDelivery &oDelivery, CSLConstList papszOptions)
{
    const size_t nTiles = oDelivery.TileCount();

    // ---- CRS: every tile in the delivery's ----
    if (oDelivery.nEPSG == 0 && oDelivery.osSRSWkt.empty())
    {
        std::map<int, size_t> oCounts;
        for (size_t i = 0; i < nTiles; i++)
            if (oDelivery.Tile(i)->epsg && oDelivery.aePresence[i] != PCRSTilePresence::Refused)
                oCounts[oDelivery.Tile(i)->epsg]++;
        size_t nBest = 0;
        for (const auto &oEntry : oCounts)
            if (oEntry.second > nBest)
            {
                nBest = oEntry.second;
                oDelivery.nEPSG = oEntry.first;
            }
    }
    const bool bSkipOtherCRS = CPLFetchBool(papszOptions, "SKIP_OTHER_CRS", false);
    std::vector<std::string> aosOther;
    for (size_t i = 0; i < nTiles; i++)
    {
        const pcrs_tile *psTile = oDelivery.Tile(i);
        if (psTile->epsg && oDelivery.nEPSG && psTile->epsg != oDelivery.nEPSG &&
            oDelivery.aePresence[i] != PCRSTilePresence::Refused)
        {
            aosOther.push_back(CPLSPrintf("%s (EPSG:%d)", psTile->name, psTile->epsg));
            oDelivery.aePresence[i] = PCRSTilePresence::Refused;
        }
    }
    if (!aosOther.empty())
    {
        std::string osList;
        for (size_t k = 0; k < aosOther.size() && k < 10; k++)
            osList += (k ? ", " : "") + aosOther[k];
        if (aosOther.size() > 10)
            osList += CPLSPrintf(" and %zu more", aosOther.size() - 10);
        if (!bSkipOtherCRS)
        {
            CPLError(CE_Failure, CPLE_NotSupported,
                     "%s: %zu tile(s) in another CRS than the delivery's EPSG:%d: %s (open option "
                     "SKIP_OTHER_CRS=YES leaves them out)",
                     oDelivery.osSource.c_str(), aosOther.size(), oDelivery.nEPSG, osList.c_str());
            return false;
        }
        CPLError(CE_Warning, CPLE_AppDefined, "%s: left out, in another CRS than EPSG:%d: %s",
                 oDelivery.osSource.c_str(), oDelivery.nEPSG, osList.c_str());
    }

    // ---- Probe: the first tile that opens ----
    GDALDataset *poProbe = nullptr;
    int nTried = 0;
    for (size_t i = 0; i < nTiles && poProbe == nullptr && nTried < 20; i++)
    {
        if (oDelivery.aePresence[i] == PCRSTilePresence::Refused ||
            oDelivery.aePresence[i] == PCRSTilePresence::Missing)
            continue;
        nTried++;
        CPLErrorStateBackuper oErrorState;
        CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
        poProbe = PCRSOpenTile(oDelivery, i);
        if (poProbe)
            oDelivery.nProbeTile = static_cast<int>(i);
    }
    if (poProbe == nullptr)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: no tile of the delivery can be opened",
                 oDelivery.osSource.c_str());
        return false;
    }
    const size_t iProbe = static_cast<size_t>(oDelivery.nProbeTile);
    int nBands = poProbe->GetRasterCount();
    if (nBands == 0)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: tile %s has no band", oDelivery.osSource.c_str(),
                 oDelivery.aosPaths[iProbe].c_str());
        GDALClose(poProbe);
        return false;
    }
    if (nBands > 1 && poProbe->GetRasterBand(nBands)->GetColorInterpretation() == GCI_AlphaBand)
        nBands--;  // the tiles' alpha becomes their mask
    GDALRasterBand *poBand1 = poProbe->GetRasterBand(1);
    oDelivery.nColorBands = nBands;
    oDelivery.eDataType = poBand1->GetRasterDataType();
    oDelivery.aeColorInterp.clear();
    for (int b = 1; b <= nBands; b++)
        oDelivery.aeColorInterp.push_back(poProbe->GetRasterBand(b)->GetColorInterpretation());
    int bHasNoData = FALSE;
    oDelivery.dfNoData = poBand1->GetNoDataValue(&bHasNoData);
    oDelivery.bHasNoData = bHasNoData != FALSE;
    oDelivery.anOverviewFactors.clear();
    for (int k = 0; k < poBand1->GetOverviewCount(); k++)
    {
        GDALRasterBand *poOv = poBand1->GetOverview(k);
        if (poOv == nullptr || poOv->GetXSize() == 0)
            continue;
        const int nFactor =
            static_cast<int>(std::lround(static_cast<double>(poProbe->GetRasterXSize()) / poOv->GetXSize()));
        if (nFactor > 1 && (oDelivery.anOverviewFactors.empty() || nFactor > oDelivery.anOverviewFactors.back()))
            oDelivery.anOverviewFactors.push_back(nFactor);
    }

    // Named tiles: the probe's pixel count tells the real tile size.
    pcrs_tile *psProbe = pcrs_tile_set_at(oDelivery.poSet.get(), iProbe);
    double adfReal[4];
    double dfRealResX = 0, dfRealResY = 0;
    int nRealEPSG = 0;
    const bool bReal =
        PCRSTileRealExtent(oDelivery, iProbe, poProbe, adfReal, &dfRealResX, &dfRealResY, &nRealEPSG);
    if (psProbe->origin == PCRS_TILE_FROM_NAME && psProbe->res_x > 0)
    {
        const double dfW = poProbe->GetRasterXSize() * psProbe->res_x;
        const double dfH = poProbe->GetRasterYSize() * psProbe->res_y;
        if (std::fabs(dfW - (psProbe->env[2] - psProbe->env[0])) > 1e-6 ||
            std::fabs(dfH - (psProbe->env[3] - psProbe->env[1])) > 1e-6)
        {
            CPLDebug("PCRS", "%s: tiles of %g m pixels are %g x %g m (from %s)", oDelivery.osSource.c_str(),
                     psProbe->res_x, dfW, dfH, psProbe->name);
            pcrs_tile_set_resize_named(oDelivery.poSet.get(), psProbe->res_x, dfW, dfH);
        }
    }
    if (oDelivery.nEPSG == 0 && oDelivery.osSRSWkt.empty())
    {
        oDelivery.nEPSG = nRealEPSG;
        const OGRSpatialReference *poSRS = poProbe->GetSpatialRef();
        if (nRealEPSG == 0 && poSRS)
        {
            char *pszWkt = nullptr;
            poSRS->exportToWkt(&pszWkt);
            oDelivery.osSRSWkt = pszWkt ? pszWkt : "";
            CPLFree(pszWkt);
        }
    }
    // Pixel size: the probe's own (header or .tab), else its footprint over
    // its pixel count. Declared resolutions (whole centimetres in RasterPCRS)
    // are not precise enough to choose it; RESOLUTION does.
    oDelivery.dfResX = bReal ? dfRealResX : (psProbe->env[2] - psProbe->env[0]) / poProbe->GetRasterXSize();
    oDelivery.dfResY = bReal ? dfRealResY : (psProbe->env[3] - psProbe->env[1]) / poProbe->GetRasterYSize();
    double dfFinestX = 0, dfFinestY = 0;
    pcrs_tile_set_finest_resolution(oDelivery.poSet.get(), &dfFinestX, &dfFinestY);
    if (dfFinestX > 0 && dfFinestX < oDelivery.dfResX * 0.9)
        CPLDebug("PCRS", "%s: some tiles declare %g m pixels, finer than %s's %g m (RESOLUTION chooses)",
                 oDelivery.osSource.c_str(), dfFinestX, psProbe->name, oDelivery.dfResX);
    const char *pszRes = CSLFetchNameValue(papszOptions, "RESOLUTION");
    if (pszRes)
    {
        const CPLStringList aosRes(CSLTokenizeString2(pszRes, ", ", 0));
        const double dfX = aosRes.size() >= 1 ? CPLAtof(aosRes[0]) : 0;
        const double dfY = aosRes.size() >= 2 ? CPLAtof(aosRes[1]) : dfX;
        if (!(dfX > 0) || !(dfY > 0))
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "RESOLUTION=%s: expected a pixel size (x[,y])", pszRes);
            GDALClose(poProbe);
            return false;
        }
        oDelivery.dfResX = dfX;
        oDelivery.dfResY = dfY;
    }
    GDALClose(poProbe);

    // ---- Drawing order ----
    const char *pszSort = CSLFetchNameValue(papszOptions, "SORT_FIELD");
    int nSortProp = -1;
    if (pszSort && oDelivery.eKind != PCRSDelivery::Kind::Index)
    {
        nSortProp = pcrs_tile_match_field(pszSort);
        if (nSortProp < 0)
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "SORT_FIELD=%s is not a RasterPCRS attribute", pszSort);
            return false;
        }
    }
    const bool bAscending = CPLFetchBool(papszOptions, "SORT_FIELD_ASC", true);
    oDelivery.anOrder.resize(nTiles);
    if (pcrs_tile_set_sort(oDelivery.poSet.get(), nSortProp, bAscending ? 0 : 1, oDelivery.anOrder.data()) !=
        PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_OutOfMemory, "out of memory");
        return false;
    }
    return true;
}
