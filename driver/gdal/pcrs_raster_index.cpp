// A vector tile index (GDAL tile index, pcrs.beta dalles.geojson, a
// tableau d'assemblage...) as a delivery: a file-name field, footprints,
// and the RasterPCRS attributes its fields match.
#include <cstring>

#include "cpl_string.h"
#include "cpl_vsi.h"
#include "ogr_spatialref.h"
#include "pcrs_raster.h"

namespace
{

// Normalised text of an OGR field for the core: ISO dates, plain numbers.
std::string FieldText(OGRFeature *poFeature, int iField)
{
    const OGRFieldDefn *poDefn = poFeature->GetFieldDefnRef(iField);
    if (poDefn->GetType() == OFTDate || poDefn->GetType() == OFTDateTime)
    {
        int nY = 0, nM = 0, nD = 0, nH = 0, nMin = 0, nTZ = 0;
        float fS = 0;
        poFeature->GetFieldAsDateTime(iField, &nY, &nM, &nD, &nH, &nMin, &fS, &nTZ);
        return CPLSPrintf("%04d-%02d-%02d", nY, nM, nD);
    }
    std::string osText = poFeature->GetFieldAsString(iField);
    // "2021/06/01" (OGR's text form of dates in some drivers) -> ISO.
    if (osText.size() == 10 && osText[4] == '/' && osText[7] == '/')
    {
        osText[4] = '-';
        osText[7] = '-';
    }
    return osText;
}

// A key that sorts as text in the order of the value.
std::string SortKey(OGRFeature *poFeature, int iField)
{
    const OGRFieldType eType = poFeature->GetFieldDefnRef(iField)->GetType();
    if (eType == OFTInteger || eType == OFTInteger64 || eType == OFTReal)
    {
        // Offset so that negatives sort too; fixed width and decimals.
        return CPLSPrintf("%032.9f", poFeature->GetFieldAsDouble(iField) + 1e15);
    }
    return FieldText(poFeature, iField);
}

}  // namespace

/************************************************************************/
/*                       PCRSReadIndexDelivery()                        */
/************************************************************************/

std::unique_ptr<PCRSDelivery> PCRSReadIndexDelivery(const std::string &osPath, CSLConstList papszOptions,
                                                    bool bQuietIfNotIndex)
{
    std::unique_ptr<GDALDataset> poIndex;
    {
        // Not a vector file: not a tile index, and not our error to give.
        CPLErrorStateBackuper oState;
        CPLErrorHandlerPusher oQuiet(CPLQuietErrorHandler);
        poIndex.reset(GDALDataset::Open(osPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    }
    if (!poIndex)
        return nullptr;
    const char *pszLayer = CSLFetchNameValue(papszOptions, "LAYER");
    OGRLayer *poLayer = pszLayer ? poIndex->GetLayerByName(pszLayer) : poIndex->GetLayer(0);
    if (poLayer == nullptr)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: no layer %s", osPath.c_str(), pszLayer ? pszLayer : "");
        return nullptr;
    }
    OGRFeatureDefn *poDefn = poLayer->GetLayerDefn();
    const int nNameProp = PCRSRasterProperty("nomImage");
    int iLocation = -1;
    const char *pszLocation = CSLFetchNameValue(papszOptions, "LOCATION_FIELD");
    if (pszLocation)
        iLocation = poDefn->GetFieldIndex(pszLocation);
    else
    {
        for (int i = 0; i < poDefn->GetFieldCount() && iLocation < 0; i++)
            if (pcrs_tile_match_field(poDefn->GetFieldDefn(i)->GetNameRef()) == nNameProp)
                iLocation = i;
    }
    if (iLocation < 0)
    {
        if (bQuietIfNotIndex && pszLocation == nullptr)
            return nullptr;
        CPLError(CE_Failure, CPLE_OpenFailed,
                 "%s: no file-name field (nomImage, location...; open option LOCATION_FIELD names it)",
                 osPath.c_str());
        return nullptr;
    }
    int iSort = -1;
    const char *pszSort = CSLFetchNameValue(papszOptions, "SORT_FIELD");
    if (pszSort)
    {
        iSort = poDefn->GetFieldIndex(pszSort);
        if (iSort < 0)
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "%s: no field %s (SORT_FIELD)", osPath.c_str(), pszSort);
            return nullptr;
        }
    }
    std::vector<int> anFieldProps(poDefn->GetFieldCount());
    for (int i = 0; i < poDefn->GetFieldCount(); i++)
        anFieldProps[i] = i == iLocation ? -1 : pcrs_tile_match_field(poDefn->GetFieldDefn(i)->GetNameRef());

    auto poDelivery = std::make_unique<PCRSDelivery>();
    poDelivery->eKind = PCRSDelivery::Kind::Index;
    poDelivery->osSource = osPath;
    poDelivery->osBaseDir = CPLGetPath(osPath.c_str());
    poDelivery->poSet.reset(pcrs_tile_set_create());
    if (!poDelivery->poSet)
        return nullptr;
    const OGRSpatialReference *poSRS = poLayer->GetSpatialRef();
    poDelivery->nEPSG = PCRSEPSGOf(poSRS);
    if (poDelivery->nEPSG == 0 && poSRS)
    {
        char *pszWkt = nullptr;
        poSRS->exportToWkt(&pszWkt);
        poDelivery->osSRSWkt = pszWkt ? pszWkt : "";
        CPLFree(pszWkt);
    }
    const int nResProp = PCRSRasterProperty("resolution");

    // Tiles of the index resolve against its folder, unless absolute.
    char **papszList = VSIReadDir(poDelivery->osBaseDir.empty() ? "." : poDelivery->osBaseDir.c_str());
    poDelivery->bHaveListing = papszList != nullptr;
    poDelivery->aosListing = PCRSSortedListing(papszList);
    CSLDestroy(papszList);

    poLayer->ResetReading();
    for (auto &&poFeature : *poLayer)
    {
        const char *pszName = poFeature->IsFieldSetAndNotNull(iLocation) ? poFeature->GetFieldAsString(iLocation) : "";
        OGRGeometry *poGeom = poFeature->GetGeometryRef();
        if (pszName[0] == '\0' || poGeom == nullptr || poGeom->IsEmpty())
        {
            CPLError(CE_Warning, CPLE_AppDefined, "%s: feature " CPL_FRMT_GIB " has no %s: ignored",
                     osPath.c_str(), static_cast<GIntBig>(poFeature->GetFID()),
                     pszName[0] == '\0' ? "file name" : "footprint");
            continue;
        }
        pcrs_tile *psTile = pcrs_tile_set_add(poDelivery->poSet.get(), pszName);
        if (psTile == nullptr)
        {
            CPLError(CE_Failure, CPLE_OutOfMemory, "%s: out of memory", osPath.c_str());
            return nullptr;
        }
        psTile->origin = PCRS_TILE_FROM_INDEX;
        psTile->line = poFeature->GetFID();
        OGREnvelope sEnv;
        poGeom->getEnvelope(&sEnv);
        psTile->has_footprint = 1;
        psTile->env[0] = sEnv.MinX;
        psTile->env[1] = sEnv.MinY;
        psTile->env[2] = sEnv.MaxX;
        psTile->env[3] = sEnv.MaxY;
        psTile->epsg = poDelivery->nEPSG;
        for (int i = 0; i < poDefn->GetFieldCount(); i++)
        {
            if (anFieldProps[i] >= 0 && poFeature->IsFieldSetAndNotNull(i))
                pcrs_tile_set_value(psTile, anFieldProps[i], FieldText(poFeature.get(), i).c_str());
        }
        pcrs_tile_set_value(psTile, nNameProp, CPLGetFilename(pszName));
        if (iSort >= 0 && poFeature->IsFieldSetAndNotNull(iSort))
            pcrs_tile_set_sort_key(psTile, SortKey(poFeature.get(), iSort).c_str());
        const char *pszRes = pcrs_tile_value(psTile, nResProp);
        if (pszRes && CPLAtof(pszRes) > 0)
            psTile->res_x = psTile->res_y = CPLAtof(pszRes) / 100.0;
        const bool bRelative = CPLIsFilenameRelative(pszName) && !STARTS_WITH(pszName, "/vsi");
        poDelivery->aosPaths.push_back(bRelative ? CPLFormFilename(poDelivery->osBaseDir.c_str(), pszName, nullptr)
                                                 : std::string(pszName));
        poDelivery->aePresence.push_back(PCRSTilePresence::Unknown);
    }
    if (poDelivery->TileCount() == 0)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s: the tile index has no usable feature", osPath.c_str());
        return nullptr;
    }
    return poDelivery;
}
