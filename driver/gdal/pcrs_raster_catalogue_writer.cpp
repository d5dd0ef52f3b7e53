// The RasterPCRS catalogue of a delivery produced by CreateCopy, written
// with the core writer: one RasterPCRS per tile and an EmpriseEchangePCRS
// covering them all and linking every tile.
#include <cctype>
#include <cmath>
#include <cstring>
#include <ctime>
#include <map>
#include <vector>

#include "cpl_string.h"
#include "cpl_time.h"
#include "pcrs/pcrs_writer.h"
#include "pcrs_raster.h"
#include "pcrs_raster_options.h"
#include "pcrs_vsi_io.h"

namespace
{

struct WriterDeleter
{
    void operator()(pcrs_writer *poWriter) const
    {
        pcrs_writer_destroy(poWriter);
    }
};

struct FeatureDeleter
{
    void operator()(pcrs_wfeature *poFeature) const
    {
        pcrs_wfeature_destroy(poFeature);
    }
};

void OnMessage(void *, pcrs_msg_level eLevel, pcrs_status, const char *pszMsg)
{
    if (eLevel == PCRS_MSG_DEBUG)
        CPLDebug("PCRS", "%s", pszMsg);
    else if (eLevel == PCRS_MSG_WARNING)
        CPLError(CE_Warning, CPLE_AppDefined, "%s", pszMsg);
    // Errors come back as the status and pcrs_writer_errmsg().
}

std::string Today()
{
    struct tm sTm;
    CPLUnixTimeToYMDHMS(static_cast<GIntBig>(time(nullptr)), &sTm);
    return CPLSPrintf("%04d-%02d-%02d", sTm.tm_year + 1900, sTm.tm_mon + 1, sTm.tm_mday);
}

// ISO WKB writer for the few shapes needed here (little endian, 2D).
class WKB final
{
  public:
    void U8(GByte n)
    {
        m_abyData.push_back(n);
    }
    void U32(uint32_t n)
    {
        for (int i = 0; i < 4; i++)
            m_abyData.push_back(static_cast<GByte>(n >> (8 * i)));
    }
    void F64(double d)
    {
        uint64_t n;
        memcpy(&n, &d, sizeof(n));
        for (int i = 0; i < 8; i++)
            m_abyData.push_back(static_cast<GByte>(n >> (8 * i)));
    }
    void Rectangle(const double adfEnv[4])
    {
        U8(1);
        U32(3);  // Polygon
        U32(1);
        U32(5);
        const double adfX[5] = {adfEnv[0], adfEnv[2], adfEnv[2], adfEnv[0], adfEnv[0]};
        const double adfY[5] = {adfEnv[1], adfEnv[1], adfEnv[3], adfEnv[3], adfEnv[1]};
        for (int i = 0; i < 5; i++)
        {
            F64(adfX[i]);
            F64(adfY[i]);
        }
    }
    const std::vector<GByte> &Data() const
    {
        return m_abyData;
    }

  private:
    std::vector<GByte> m_abyData{};
};

// An NCName from a tile name: "RasterPCRS." + the stem, other characters as '_'.
std::string TileId(const std::string &osName)
{
    std::string osId = "RasterPCRS.";
    for (char c : std::string(CPLGetBasename(osName.c_str())))
        osId += (isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_') ? c : '_';
    return osId;
}

bool Fail(pcrs_writer *poWriter, const std::string &osPath)
{
    CPLError(CE_Failure, CPLE_AppDefined, "%s: %s", osPath.c_str(), pcrs_writer_errmsg(poWriter));
    return false;
}

// Layer defaults from the creation options named after the properties;
// mandatory ones without an option get a placeholder, with one warning.
bool SetDefaults(pcrs_writer *poWriter, pcrs_writer_layer *poLayer, const char *pszClass, const char *pszPrefix,
                 CSLConstList papszOptions, const std::map<std::string, std::string> &oFallbacks,
                 const std::string &osPath)
{
    const pcrs_class *psClass = pcrs_model_class(pcrs_writer_layer_class(poLayer));
    std::string osDefaulted;
    for (int p = 0; p < psClass->property_count; p++)
    {
        const pcrs_property &sProp = psClass->properties[p];
        if (PCRSRasterAttributeIsComputed(pszClass, sProp.name))
            continue;
        char szOption[96];
        pcrs_writer_option_name(sProp.name, szOption, sizeof(szOption));
        const std::string osOption = std::string(pszPrefix) + szOption;
        const char *pszValue = CSLFetchNameValue(papszOptions, osOption.c_str());
        if (pszValue == nullptr)
        {
            auto oIter = oFallbacks.find(sProp.name);
            if (oIter == oFallbacks.end())
                continue;
            pszValue = oIter->second.c_str();
            if (sProp.min_occurs > 0)
                osDefaulted += (osDefaulted.empty() ? "" : ", ") + osOption + "=" + oIter->second;
        }
        if (pcrs_writer_layer_set_default(poLayer, sProp.name, pszValue) != PCRS_OK)
            return Fail(poWriter, osPath);
    }
    if (!osDefaulted.empty())
        CPLError(CE_Warning, CPLE_AppDefined, "%s: %s: no creation option for mandatory attributes, written as %s",
                 osPath.c_str(), pszClass, osDefaulted.c_str());
    return true;
}

}  // namespace

bool PCRSWriteRasterCatalogue(const std::string &osPath, const std::vector<PCRSCatalogueTile> &aoTiles,
                              const pcrs_grid &sGrid, int nEPSG, double dfResolution, const char *pszMimeType,
                              CSLConstList papszOptions)
{
    pcrs_writer_options sOptions;
    pcrs_writer_options_init(&sOptions);
    sOptions.io = PCRSGetVSIIO();
    sOptions.on_message = OnMessage;
    std::unique_ptr<pcrs_writer, WriterDeleter> poWriter(pcrs_writer_create(&sOptions));
    std::unique_ptr<pcrs_wfeature, FeatureDeleter> poFeature(pcrs_wfeature_create());
    if (!poWriter || !poFeature)
    {
        CPLError(CE_Failure, CPLE_OutOfMemory, "%s: out of memory", osPath.c_str());
        return false;
    }
    pcrs_writer *w = poWriter.get();
    if (pcrs_writer_open(w, osPath.c_str()) != PCRS_OK)
        return Fail(w, osPath);

    const std::string osToday = Today();
    const char *pszProducer = CSLFetchNameValueDef(papszOptions, "PRODUCTEUR", "non renseigné");

    // ---- RasterPCRS ----
    pcrs_writer_layer *poRaster = nullptr;
    if (pcrs_writer_add_layer(w, "RasterPCRS", nullptr, nEPSG, &poRaster) != PCRS_OK)
        return Fail(w, osPath);
    const std::map<std::string, std::string> oRasterFallbacks = {
        {"producteur", pszProducer},
        {"dateAcquisition", osToday},
        {"dateRecette", osToday},
        {"precisionPlanimetriqueCorpsDeRue", "999"},
        {"precisionPlanimetriqueZoneNaturelle", "999"},
        {"descriptionElementsQualite", ""},
    };
    if (!SetDefaults(w, poRaster, "RasterPCRS", "", papszOptions, oRasterFallbacks, osPath))
        return false;
    const pcrs_class *psRaster = pcrs_model_class(pcrs_writer_layer_class(poRaster));
    const int nName = pcrs_model_find_property(psRaster, "nomImage");
    const int nType = pcrs_model_find_property(psRaster, "typeImage");
    const int nRes = pcrs_model_find_property(psRaster, "resolution");
    const int nId = pcrs_model_find_property(psRaster, "idPCRS");
    const char *pszIdPrefix = CSLFetchNameValue(papszOptions, "ID_PCRS");
    const double dfCm = dfResolution * 100.0;
    if (std::fabs(dfCm - std::round(dfCm)) > 1e-6)
        CPLError(CE_Warning, CPLE_AppDefined,
                 "%s: RasterPCRS.resolution is a whole number of centimetres: %g cm written as %.0f", osPath.c_str(),
                 dfCm, std::round(dfCm));

    std::vector<std::string> aosIds;
    for (size_t i = 0; i < aoTiles.size(); i++)
    {
        const PCRSCatalogueTile &oTile = aoTiles[i];
        pcrs_wfeature_clear(poFeature.get());
        pcrs_wfeature_set_source_index(poFeature.get(), static_cast<int64_t>(i));
        aosIds.push_back(TileId(oTile.osName));
        const std::string osStem = CPLGetBasename(oTile.osName.c_str());
        const std::string osIdPCRS = pszIdPrefix ? std::string(pszIdPrefix) + "-" + osStem : osStem;
        WKB oWKB;
        oWKB.Rectangle(oTile.adfEnv);
        if (pcrs_wfeature_set_id(poFeature.get(), aosIds.back().c_str()) != PCRS_OK ||
            pcrs_wfeature_add_string(poFeature.get(), nName, oTile.osName.c_str()) != PCRS_OK ||
            pcrs_wfeature_add_string(poFeature.get(), nType, pszMimeType) != PCRS_OK ||
            pcrs_wfeature_add_integer(poFeature.get(), nRes, static_cast<int64_t>(std::llround(dfCm))) != PCRS_OK ||
            pcrs_wfeature_add_string(poFeature.get(), nId, osIdPCRS.c_str()) != PCRS_OK ||
            pcrs_wfeature_set_geometry(poFeature.get(), oWKB.Data().data(), oWKB.Data().size()) != PCRS_OK ||
            pcrs_writer_write_feature(w, poRaster, poFeature.get()) != PCRS_OK)
            return Fail(w, osPath);
    }

    // ---- EmpriseEchangePCRS: the union of the tiles, linking them ----
    pcrs_writer_layer *poEmprise = nullptr;
    if (pcrs_writer_add_layer(w, "EmpriseEchangePCRS", nullptr, nEPSG, &poEmprise) != PCRS_OK)
        return Fail(w, osPath);
    const std::map<std::string, std::string> oEmpriseFallbacks = {
        {"fournisseur", pszProducer},
        {"datePublication", osToday},
        {"idEmprise", CPLGetBasename(osPath.c_str())},
    };
    if (!SetDefaults(w, poEmprise, "EmpriseEchangePCRS", "EMPRISE_", papszOptions, oEmpriseFallbacks, osPath))
        return false;
    const pcrs_class *psEmprise = pcrs_model_class(pcrs_writer_layer_class(poEmprise));
    const int nLink = pcrs_model_find_property(psEmprise, "raster");
    std::vector<int64_t> anCells(2 * aoTiles.size());
    for (size_t i = 0; i < aoTiles.size(); i++)
    {
        anCells[2 * i] = aoTiles[i].nI;
        anCells[2 * i + 1] = aoTiles[i].nJ;
    }
    std::vector<double> adfRects(4 * std::max<size_t>(1, aoTiles.size()));
    const size_t nRects =
        pcrs_grid_merge_cells(&sGrid, reinterpret_cast<const int64_t(*)[2]>(anCells.data()), aoTiles.size(),
                              reinterpret_cast<double(*)[4]>(adfRects.data()));
    WKB oMulti;
    oMulti.U8(1);
    oMulti.U32(6);  // MultiPolygon
    oMulti.U32(static_cast<uint32_t>(nRects));
    for (size_t r = 0; r < nRects; r++)
        oMulti.Rectangle(&adfRects[4 * r]);
    pcrs_wfeature_clear(poFeature.get());
    if (pcrs_wfeature_set_id(poFeature.get(), "EmpriseEchangePCRS.1") != PCRS_OK ||
        pcrs_wfeature_set_geometry(poFeature.get(), oMulti.Data().data(), oMulti.Data().size()) != PCRS_OK)
        return Fail(w, osPath);
    for (const auto &osId : aosIds)
        if (pcrs_wfeature_add_string(poFeature.get(), nLink, osId.c_str()) != PCRS_OK)
            return Fail(w, osPath);
    if (pcrs_writer_write_feature(w, poEmprise, poFeature.get()) != PCRS_OK ||
        pcrs_writer_finish(w) != PCRS_OK)
        return Fail(w, osPath);
    return true;
}
