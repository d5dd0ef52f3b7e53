// Open and creation options of the raster side. The options that fill
// RasterPCRS / EmpriseEchangePCRS attributes are generated from the model
// table (names as the vector writer's layer creation options).
#include <string>

#include "cpl_string.h"
#include "pcrs/pcrs_writer.h"
#include "pcrs_gdal.h"
#include "pcrs_raster.h"
#include "pcrs_raster_options.h"

namespace
{

constexpr const char kOpenOptions[] =
    "  <Option name='ALPHA' type='boolean' default='YES' scope='raster' "
    "description='Raster view of a tile delivery: add an alpha band (transparent where no tile), "
    "else a per-dataset mask band'/>"
    "  <Option name='RESOLUTION' type='string' scope='raster' "
    "description='Pixel size of the mosaic (x[,y]); default: the tiles&apos; finest'/>"
    "  <Option name='RESAMPLING' type='string-select' default='NEAREST' scope='raster' "
    "description='Resampling of tiles whose pixels do not fall on the mosaic grid'>"
    "    <Value>NEAREST</Value><Value>BILINEAR</Value><Value>CUBIC</Value><Value>CUBICSPLINE</Value>"
    "    <Value>LANCZOS</Value><Value>AVERAGE</Value><Value>MODE</Value><Value>GAUSS</Value>"
    "  </Option>"
    "  <Option name='SORT_FIELD' type='string' scope='raster' "
    "description='Tile delivery: RasterPCRS attribute (or index field) ordering overlapping tiles; "
    "default dateAcquisition'/>"
    "  <Option name='SORT_FIELD_ASC' type='boolean' default='YES' scope='raster' "
    "description='YES: the highest SORT_FIELD value (most recent date) is on top'/>"
    "  <Option name='SKIP_OTHER_CRS' type='boolean' default='NO' "
    "description='Tile delivery: leave out tiles in another CRS (else the open fails naming them)'/>"
    "  <Option name='NAME_PATTERN' type='string' "
    "description='PCRS:&lt;folder&gt;: naming pattern of the tiles, a built-in one (IGN_HM, IGN_KM, "
    "BLOC_KM, IGN_POC) or a template such as {YEAR}-{X:5}-{Y:5}-{CRS}-{RES}-{BANDS}[-{ENC}]'/>"
    "  <Option name='NAME_UNIT' type='string' default='m' "
    "description='Unit of X and Y in a NAME_PATTERN template: m, hm, km, or metres'/>"
    "  <Option name='TILE_SIZE' type='float' "
    "description='PCRS:&lt;folder&gt;: tile side in metres (default: the pattern&apos;s, checked on a tile)'/>"
    "  <Option name='RECURSIVE' type='boolean' default='NO' "
    "description='PCRS:&lt;folder&gt;: also the tiles of subfolders'/>"
    "  <Option name='LOCATION_FIELD' type='string' "
    "description='PCRS:&lt;index&gt;: field holding the tile file name (default nomImage, location...)'/>"
    "  <Option name='LAYER' type='string' description='PCRS:&lt;index&gt;: layer of the tile index'/>";

std::string OptionName(const char *pszProperty)
{
    char szName[96];
    pcrs_writer_option_name(pszProperty, szName, sizeof(szName));
    return szName;
}

std::string EscapeXML(const char *pszText)
{
    char *pszEscaped = CPLEscapeString(pszText, -1, CPLES_XML);
    std::string osOut = pszEscaped;
    CPLFree(pszEscaped);
    return osOut;
}

// One <Option> per attribute of a class the tiles cannot tell.
std::string AttributeOptions(const char *pszClass, const char *pszPrefix)
{
    const int iClass = pcrs_model_find_class(PCRS_NS_PCRS, pszClass);
    const pcrs_class *psClass = pcrs_model_class(iClass);
    std::string osXML;
    for (int p = 0; p < psClass->property_count; p++)
    {
        const pcrs_property &sProp = psClass->properties[p];
        if (PCRSRasterAttributeIsComputed(pszClass, sProp.name))
            continue;
        const std::string osName = pszPrefix + OptionName(sProp.name);
        const char *pszType = sProp.type == PCRS_VALUE_CODE ? "string-select" : "string";
        std::string osDescription = CPLSPrintf("%s.%s%s", pszClass, sProp.name,
                                               sProp.type == PCRS_VALUE_DATE ? " (YYYY-MM-DD)" : "");
        osXML += CPLSPrintf("  <Option name='%s' type='%s' scope='raster' description='%s'", osName.c_str(),
                            pszType, EscapeXML(osDescription.c_str()).c_str());
        if (sProp.type != PCRS_VALUE_CODE)
        {
            osXML += "/>";
            continue;
        }
        osXML += ">";
        const pcrs_codelist *psList = pcrs_model_codelist(sProp.codelist);
        for (int c = 0; c < psList->code_count; c++)
            osXML += CPLSPrintf("<Value>%s</Value>", psList->codes[c].code);
        osXML += "</Option>";
    }
    return osXML;
}

}  // namespace

bool PCRSRasterAttributeIsComputed(const char *pszClass, const char *pszProperty)
{
    // What CreateCopy writes itself: names, formats, sizes, geometries, links.
    static const char *const apszRaster[] = {"nomImage", "typeImage", "geometrie", "resolution", "masque", nullptr};
    static const char *const apszEmprise[] = {"geometrie", "raster", "objet", "commune", "troncon", "habillage",
                                              nullptr};
    const char *const *papszList = EQUAL(pszClass, "RasterPCRS") ? apszRaster : apszEmprise;
    for (; *papszList; ++papszList)
        if (EQUAL(*papszList, pszProperty))
            return true;
    return false;
}

const char *PCRSRasterOpenOptionList()
{
    return kOpenOptions;
}

const char *PCRSRasterCreationOptionList()
{
    static const std::string osList = std::string("<CreationOptionList>") +
        "  <Option name='TILE_SIZE' type='float' default='200' scope='raster' "
        "description='Side of the tiles in metres; tiles are aligned on multiples of it in the CRS'/>"
        "  <Option name='NAME_PATTERN' type='string' default='IGN_HM' scope='raster' "
        "description='Tile names: IGN_HM (2020-04960-66124-LA93-0M05-RVB), IGN_KM, BLOC_KM, IGN_POC, "
        "or a template such as {YEAR}-{X:5}-{Y:5}-{CRS}-{RES}-{BANDS}'/>"
        "  <Option name='NAME_UNIT' type='string' default='m' scope='raster' "
        "description='Unit of X and Y in a NAME_PATTERN template: m, hm, km, or metres'/>"
        "  <Option name='YEAR' type='int' scope='raster' "
        "description='Year in the names (default: the year of DATE_ACQUISITION)'/>"
        "  <Option name='DEPT' type='string' scope='raster' description='Département in IGN_KM names'/>"
        "  <Option name='PREFIX' type='string' scope='raster' description='Bloc code in BLOC_KM names'/>"
        "  <Option name='BANDS' type='string' scope='raster' "
        "description='Band code in the names (default RVB for 3 bands, RVBI for 4)'/>"
        "  <Option name='FORMAT' type='string-select' default='GTiff' scope='raster' "
        "description='Tile format'><Value>GTiff</Value><Value>COG</Value><Value>JP2OpenJPEG</Value>"
        "</Option>"
        "  <Option name='COMPRESS' type='string-select' default='DEFLATE' scope='raster' "
        "description='GeoTIFF/COG compression (JPEG: YCbCr for 3-band Byte)'>"
        "<Value>DEFLATE</Value><Value>ZSTD</Value><Value>LZW</Value><Value>JPEG</Value><Value>NONE</Value>"
        "</Option>"
        "  <Option name='LEVEL' type='int' scope='raster' "
        "description='DEFLATE level (default 2) or ZSTD level (default 1)'/>"
        "  <Option name='QUALITY' type='int' scope='raster' "
        "description='JPEG quality (default 90), or JPEG 2000 quality in % (default lossless)'/>"
        "  <Option name='BLOCKSIZE' type='int' default='512' scope='raster' description='Internal tile size'/>"
        "  <Option name='OVERVIEWS' type='boolean' default='YES' scope='raster' "
        "description='Internal overviews in each tile'/>"
        "  <Option name='OVERVIEW_RESAMPLING' type='string' default='AVERAGE' scope='raster' "
        "description='Resampling of the overviews'/>"
        "  <Option name='SKIP_EMPTY' type='boolean' default='YES' scope='raster' "
        "description='Do not write tiles without any valid pixel'/>"
        "  <Option name='NUM_THREADS' type='string' default='ALL_CPUS' scope='raster' "
        "description='Threads encoding tiles (a number or ALL_CPUS)'/>" +
        AttributeOptions("RasterPCRS", "") + AttributeOptions("EmpriseEchangePCRS", "EMPRISE_") +
        "</CreationOptionList>";
    return osList.c_str();
}
