// Registration of the PCRS driver: all driver metadata and options in one place.
#include <string>

#include "gdal_priv.h"
#include "pcrs_gdal.h"

#if defined(_WIN32)
#define PCRS_PLUGIN_EXPORT __declspec(dllexport)
#else
#define PCRS_PLUGIN_EXPORT __attribute__((visibility("default")))
#endif

extern "C" PCRS_PLUGIN_EXPORT void GDALRegister_PCRS();
extern "C" PCRS_PLUGIN_EXPORT void GDALRegisterMe();

namespace
{

// The raster side's <Option> elements (PCRSRasterOpenOptionList()) are merged in.
constexpr const char kVectorOpenOptions[] =
    "  <Option name='EXPOSE_EMPTY_CLASSES' type='boolean' scope='vector' default='NO' "
    "description='Whether to expose one layer per concrete class of the model, "
    "including classes without features in the file'/>"
    "  <Option name='SRS' type='string' scope='vector' "
    "description='CRS of the geometries, overriding their srsName (e.g. EPSG:2154)'/>"
    "  <Option name='VALIDATE' type='boolean' scope='vector' default='NO' "
    "description='Whether to check the document (XML schema and rules of the standard, as pcrs_validate) "
    "and report the findings as warnings'/>"
    "  <Option name='VALIDATE_GML_3_2_2' type='boolean' scope='vector' default='NO' "
    "description='With VALIDATE=YES, whether to use the GML schemas served online today (gml:id optional)'/>";

// One creation option list for both sides: the writer's (vector) options and the
// raster delivery's (scope='raster'), without their outer elements.
std::string OptionElements(const char *pszList)
{
    std::string os(pszList);
    const size_t nStart = os.find('>');
    const size_t nEnd = os.rfind("</");
    if (nStart == std::string::npos || nEnd == std::string::npos || nEnd <= nStart)
        return std::string();
    return os.substr(nStart + 1, nEnd - nStart - 1);
}

// Marks each <Option> that has no scope as belonging to one side.
std::string Scoped(std::string osOptions, const char *pszScope)
{
    const std::string osAttr = std::string("scope='") + pszScope + "' ";
    for (size_t nPos = 0; (nPos = osOptions.find("<Option ", nPos)) != std::string::npos; nPos += 8)
    {
        const size_t nEnd = osOptions.find('>', nPos);
        if (osOptions.compare(nPos, nEnd - nPos, "scope=") == 0 ||
            osOptions.substr(nPos, nEnd - nPos).find("scope=") == std::string::npos)
            osOptions.insert(nPos + 8, osAttr);
    }
    return osOptions;
}

std::string MergedCreationOptionList()
{
    return "<CreationOptionList>" + Scoped(OptionElements(PCRSWriterCreationOptionList()), "vector") +
           Scoped(OptionElements(PCRSRasterCreationOptionList()), "raster") + "</CreationOptionList>";
}

}  // namespace

void GDALRegister_PCRS()
{
    if (!GDAL_CHECK_VERSION("PCRS"))
        return;
    if (GDALGetDriverByName("PCRS") != nullptr)
        return;

    auto poDriver = new GDALDriver();
    poDriver->SetDescription("PCRS");
    poDriver->SetMetadataItem(GDAL_DCAP_VECTOR, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_RASTER, "YES");
    poDriver->SetMetadataItem(GDAL_DMD_LONGNAME, "French PCRS (Plan de Corps de Rue Simplifié)");
    poDriver->SetMetadataItem(GDAL_DMD_EXTENSIONS, "gml xml");
    poDriver->SetMetadataItem(GDAL_DMD_HELPTOPIC, "doc/pcrs.md (gdal-pcrs)");
    poDriver->SetMetadataItem(GDAL_DMD_CONNECTION_PREFIX, "PCRS:");
    poDriver->SetMetadataItem(GDAL_DCAP_VIRTUALIO, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_Z_GEOMETRIES, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_CURVE_GEOMETRIES, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_MULTIPLE_VECTOR_LAYERS, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_FIELD_DOMAINS, "YES");
    poDriver->SetMetadataItem(GDAL_DCAP_RELATIONSHIPS, "YES");
    poDriver->SetMetadataItem(GDAL_DMD_SUPPORTED_SQL_DIALECTS, "OGRSQL SQLITE");
    const std::string osOpenOptions =
        std::string("<OpenOptionList>") + kVectorOpenOptions + PCRSRasterOpenOptionList() + "</OpenOptionList>";
    poDriver->SetMetadataItem(GDAL_DMD_OPENOPTIONLIST, osOpenOptions.c_str());

    // Writing (pcrs_writer_dataset.cpp).
    poDriver->SetMetadataItem(GDAL_DCAP_CREATE_LAYER, "YES");
    poDriver->SetMetadataItem(GDAL_DMD_CREATIONOPTIONLIST, MergedCreationOptionList().c_str());
    poDriver->SetMetadataItem(GDAL_DS_LAYER_CREATIONOPTIONLIST, PCRSWriterLayerCreationOptionList());
    poDriver->SetMetadataItem(GDAL_DMD_CREATIONFIELDDATATYPES,
                              "Integer Integer64 Real String Date DateTime StringList IntegerList RealList");

    poDriver->pfnIdentify = PCRSIdentify;
    poDriver->pfnOpen = PCRSOpen;
    poDriver->pfnCreate = PCRSCreate;
    poDriver->pfnCreateCopy = PCRSRasterCreateCopy;

    GetGDALDriverManager()->RegisterDriver(poDriver);
}

// Fallback entry point GDAL looks for when the file is renamed.
void GDALRegisterMe()
{
    GDALRegister_PCRS();
}
