// Identify, Open and the read-only dataset.
#include "pcrs_dataset.h"

#include <cstring>
#include <set>

#include "cpl_error.h"
#include "cpl_string.h"
#include "ogr_spatialref.h"
#include "pcrs_gdal.h"
#include "pcrs/pcrs_validate.h"
#include "common/validate_gdal.h"

#ifndef PCRS_SCHEMAS_DIR
#define PCRS_SCHEMAS_DIR "/usr/share/gdal-pcrs/schemas"
#endif

// Where VALIDATE=YES finds the XSDs: config option PCRS_SCHEMAS_DIR, the
// installed copy, else the source tree (plugin used from its build directory).
static const char *SchemasDir()
{
    const char *pszDir = CPLGetConfigOption("PCRS_SCHEMAS_DIR", nullptr);
    if (pszDir != nullptr)
        return pszDir;
#ifdef PCRS_SCHEMAS_SOURCE_DIR
    VSIStatBufL sStat;
    if (VSIStatL(PCRS_SCHEMAS_DIR, &sStat) != 0)
        return PCRS_SCHEMAS_SOURCE_DIR;
#endif
    return PCRS_SCHEMAS_DIR;
}

// VALIDATE=YES: each finding of the rules is a warning.
static void EmitFinding(void *, pcrs_severity, const char *pszLine)
{
    CPLError(CE_Warning, CPLE_AppDefined, "%s", pszLine);
}

namespace
{

constexpr const char kPrefix[] = "PCRS:";
constexpr int kMaxHeaderBytes = 65536;  // doc/pcrs.md: up to 64 KiB for a long root start tag

bool HasPrefix(const char *pszFilename)
{
    return STARTS_WITH_CI(pszFilename, kPrefix);
}

// What the header bytes say, ingesting up to 64 KiB if the root start tag is
// not complete in the first bytes GDAL read.
pcrs_identity IdentifyHeader(GDALOpenInfo *poOpenInfo)
{
    if (poOpenInfo->fpL == nullptr || poOpenInfo->nHeaderBytes == 0)
        return PCRS_ID_NONE;
    pcrs_identity eId = pcrs_identify(poOpenInfo->pabyHeader, poOpenInfo->nHeaderBytes);
    if (eId == PCRS_ID_NEED_MORE && poOpenInfo->nHeaderBytes < kMaxHeaderBytes)
    {
        poOpenInfo->TryToIngest(kMaxHeaderBytes);
        eId = pcrs_identify(poOpenInfo->pabyHeader, poOpenInfo->nHeaderBytes);
    }
    return eId == PCRS_ID_NEED_MORE ? PCRS_ID_NONE : eId;
}

// The user asked for this driver only: a refusal must then be an error.
bool IsDriverForced(const GDALOpenInfo *poOpenInfo)
{
    if (HasPrefix(poOpenInfo->pszFilename))
        return true;
    CSLConstList papszAllowed = poOpenInfo->papszAllowedDrivers;
    if (papszAllowed == nullptr || papszAllowed[0] == nullptr)
        return false;
    for (CSLConstList papszIter = papszAllowed; *papszIter != nullptr; ++papszIter)
    {
        if (!EQUAL(*papszIter, "PCRS"))
            return false;
    }
    return true;
}

}  // namespace

/************************************************************************/
/*                            PCRSIdentify()                            */
/************************************************************************/

int PCRSIdentify(GDALOpenInfo *poOpenInfo)
{
    if (HasPrefix(poOpenInfo->pszFilename))
        return TRUE;
    // V1 and 2.0beta too, so that Open() can tell the user which version it is.
    return IdentifyHeader(poOpenInfo) != PCRS_ID_NONE;
}

/************************************************************************/
/*                              PCRSOpen()                              */
/************************************************************************/

GDALDataset *PCRSOpen(GDALOpenInfo *poOpenInfo)
{
    // Tile deliveries (catalogue opened as raster, PCRS:<folder>, PCRS:<index>) first;
    // nullptr without error when the input is not one.
    CPLErrorReset();
    if (GDALDataset *poRasterDS = PCRSRasterOpen(poOpenInfo))
        return poRasterDS;
    if (CPLGetLastErrorType() == CE_Failure)
        return nullptr;
    return PCRSOpenVectorDocument(poOpenInfo);
}

GDALDataset *PCRSOpenVectorDocument(GDALOpenInfo *poOpenInfo)
{
    if ((poOpenInfo->nOpenFlags & GDAL_OF_VECTOR) == 0)
        return nullptr;

    const bool bPrefix = HasPrefix(poOpenInfo->pszFilename);
    const std::string osPath = bPrefix ? poOpenInfo->pszFilename + strlen(kPrefix) : poOpenInfo->pszFilename;

    pcrs_identity eId;
    if (bPrefix)
    {
        GDALOpenInfo oTargetInfo(osPath.c_str(), GDAL_OF_READONLY | GDAL_OF_VECTOR);
        eId = IdentifyHeader(&oTargetInfo);
    }
    else
    {
        eId = IdentifyHeader(poOpenInfo);
        if (eId == PCRS_ID_NONE)
            return nullptr;
    }

    if (eId == PCRS_ID_V1 || eId == PCRS_ID_V2_BETA)
    {
        if (IsDriverForced(poOpenInfo))
        {
            CPLError(CE_Failure, CPLE_NotSupported,
                     "%s is a %s document: the PCRS driver reads PCRS v2.0 only", osPath.c_str(),
                     pcrs_identity_name(eId));
        }
        else
        {
            // A warning only: GDALOpenEx() goes on with the next drivers (GML).
            CPLError(CE_Warning, CPLE_NotSupported,
                     "%s is a %s document: the PCRS driver reads PCRS v2.0 only; leaving it to other drivers",
                     osPath.c_str(), pcrs_identity_name(eId));
        }
        return nullptr;
    }

    // After the version check, so that older versions still go to other drivers.
    if (poOpenInfo->eAccess == GA_Update)
    {
        // Unforced, stay quiet: QGIS tries update first, then read-only.
        if (IsDriverForced(poOpenInfo))
            CPLError(CE_Failure, CPLE_NotSupported,
                     "the PCRS driver opens files read-only; write a new file with ogr2ogr -f PCRS");
        else
            CPLDebug("PCRS", "%s: update refused, the PCRS driver opens files read-only", poOpenInfo->pszFilename);
        return nullptr;
    }

    // Anything else with the prefix (not PCRS, unreadable, truncated root)
    // goes to the reader, whose error names the file, line and element.
    VSILFILE *fpHeader = nullptr;
    if (!bPrefix)
        std::swap(fpHeader, poOpenInfo->fpL);

    auto poDS = std::make_unique<PCRSDataset>();
    if (!poDS->Open(osPath, fpHeader, poOpenInfo->papszOpenOptions))
        return nullptr;
    poDS->SetDescription(poOpenInfo->pszFilename);
    return poDS.release();
}

/************************************************************************/
/*                             PCRSDataset                              */
/************************************************************************/

PCRSDataset::PCRSDataset() = default;

PCRSDataset::~PCRSDataset()
{
    m_apoLayers.clear();
    m_poReader.reset();
    for (auto &oEntry : m_oSRSCache)
    {
        if (oEntry.second != nullptr)
            oEntry.second->Release();
    }
    if (m_poForcedSRS != nullptr)
        m_poForcedSRS->Release();
}

void PCRSDataset::OnMessage(void *user, pcrs_msg_level eLevel, pcrs_status eCode, const char *pszMsg)
{
    auto *self = static_cast<PCRSDataset *>(user);
    if (eCode == PCRS_ERR_SCHEMA)  // VALIDATE=YES: XSD errors never fail the open
    {
        CPLError(CE_Warning, CPLE_AppDefined, "%s", pszMsg);
        return;
    }
    switch (eLevel)
    {
        case PCRS_MSG_DEBUG:
            CPLDebug("PCRS", "%s", pszMsg);
            break;
        case PCRS_MSG_WARNING:
            self->FlushPendingError();
            CPLError(CE_Warning, CPLE_AppDefined, "%s", pszMsg);
            break;
        case PCRS_MSG_ERROR:
            if (self->m_bOpening)
            {
                self->FlushPendingError();
                self->m_osPendingError = pszMsg;
            }
            else
            {
                CPLError(CE_Failure, CPLE_AppDefined, "%s", pszMsg);
            }
            break;
    }
}

void PCRSDataset::FlushPendingError()
{
    if (!m_osPendingError.empty())
        CPLError(CE_Warning, CPLE_AppDefined, "%s", m_osPendingError.c_str());
    m_osPendingError.clear();
}

bool PCRSDataset::SetForcedSRS(const char *pszUserInput)
{
    auto poSRS = new OGRSpatialReference();
    if (poSRS->SetFromUserInput(pszUserInput) != OGRERR_NONE)
    {
        poSRS->Release();
        CPLError(CE_Failure, CPLE_IllegalArg, "%s: open option SRS=%s is not a CRS GDAL knows", m_osPath.c_str(),
                 pszUserInput);
        return false;
    }
    poSRS->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_poForcedSRS = poSRS;
    return true;
}

// The SRS of a class's geometries; classes without any (empty layers) take
// the document's, so that all layers of a file agree.
OGRSpatialReference *PCRSDataset::GetLayerSRS(int iClass)
{
    if (m_poForcedSRS != nullptr)
        return m_poForcedSRS;
    int nEPSG = pcrs_reader_epsg(m_poReader.get(), iClass);
    if (nEPSG == 0)
        nEPSG = m_nDocumentEPSG;
    if (nEPSG == 0)
        return nullptr;

    const auto oIter = m_oSRSCache.find(nEPSG);
    if (oIter != m_oSRSCache.end())
        return oIter->second;
    auto poSRS = new OGRSpatialReference();
    if (poSRS->importFromEPSG(nEPSG) != OGRERR_NONE)
    {
        poSRS->Release();
        CPLError(CE_Warning, CPLE_AppDefined, "%s: EPSG:%d is not a CRS GDAL knows; layers without SRS",
                 m_osPath.c_str(), nEPSG);
        poSRS = nullptr;
    }
    else
    {
        poSRS->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    m_oSRSCache[nEPSG] = poSRS;  // null too: one warning per code
    return poSRS;
}

bool PCRSDataset::Open(const std::string &osPath, VSILFILE *fpHeader, CSLConstList papszOptions)
{
    m_osPath = osPath;
    if (fpHeader != nullptr)
        m_oIO.Adopt(fpHeader, osPath);

    const char *pszSRS = CSLFetchNameValue(papszOptions, "SRS");
    if (pszSRS != nullptr && pszSRS[0] != '\0' && !SetForcedSRS(pszSRS))
        return false;

    pcrs_reader_options sOptions;
    pcrs_reader_options_init(&sOptions);
    sOptions.io = m_oIO.Table();
    sOptions.on_message = OnMessage;
    sOptions.message_user = this;
    // GDAL's convention for GML (GML_IsSRSLatLongOrder()): under a URN or URL
    // srsName, coordinates swap when the CRS is latitude/longitude or northing/easting.
    sOptions.crs_is_lat_long_order = pcrs_gdal_crs_is_lat_long_order;
    const bool bValidate = CPLFetchBool(papszOptions, "VALIDATE", false);
    char szSchemaError[512] = "";
    void *pSchema = bValidate ? pcrs_validate_schema_load(SchemasDir(),
                                                          CPLFetchBool(papszOptions, "VALIDATE_GML_3_2_2", false),
                                                          szSchemaError, sizeof(szSchemaError))
                              : nullptr;
    if (bValidate && pSchema == nullptr)
        CPLError(CE_Warning, CPLE_AppDefined, "%s: VALIDATE=YES without the XML schema: %s", osPath.c_str(), szSchemaError);
    sOptions.xml_schema = pSchema;
    // Created before the reader: it is told the geometries' gml:ids, which the reader does not keep.
    pcrs_validator *poValidator =
        bValidate ? pcrs_validator_create_lines(PCRS_LANG_EN, pSchema, pcrs_gdal_geometry_is_valid, nullptr,
                                                EmitFinding, nullptr)
                  : nullptr;
    if (poValidator)
    {
        sOptions.on_gml_id = pcrs_validator_on_gml_id;
        sOptions.gml_id_user = poValidator;
    }
    m_poReader.reset(pcrs_reader_create(&sOptions));
    if (m_poReader == nullptr)
    {
        pcrs_validator_destroy(poValidator);
        pcrs_validate_schema_free(pSchema);
        CPLError(CE_Failure, CPLE_OutOfMemory, "%s: cannot create the PCRS reader", osPath.c_str());
        return false;
    }

    m_bOpening = true;
    const pcrs_status eStatus = pcrs_reader_open(m_poReader.get(), osPath.c_str());
    m_bOpening = false;
    if (eStatus == PCRS_OK && poValidator)
        pcrs_validator_check_reader(poValidator, m_poReader.get());
    pcrs_validator_destroy(poValidator);
    pcrs_validate_schema_free(pSchema);
    if (eStatus != PCRS_OK)
    {
        const char *pszMsg = pcrs_reader_errmsg(m_poReader.get());
        if (m_osPendingError == pszMsg)
            m_osPendingError.clear();
        FlushPendingError();
        if (pszMsg[0] != '\0')
            CPLError(CE_Failure, CPLE_OpenFailed, "%s", pszMsg);
        else
            CPLError(CE_Failure, CPLE_OpenFailed, "%s: %s", osPath.c_str(), pcrs_status_string(eStatus));
        return false;
    }
    FlushPendingError();

    const char *pszVersion = pcrs_reader_document_version(m_poReader.get());
    if (pszVersion != nullptr)
        SetMetadataItem("PCRS_VERSION", pszVersion);
    const char *pszGmlId = pcrs_reader_document_id(m_poReader.get());
    if (pszGmlId != nullptr)
        SetMetadataItem("PCRS_GML_ID", pszGmlId);

    BuildLayers(CPLFetchBool(papszOptions, "EXPOSE_EMPTY_CLASSES", false));
    BuildFieldDomains();
    BuildRelationships();
    CPLDebug("PCRS", "%s: %lld features, %d layers, %d field domains, %d relationships", osPath.c_str(),
             static_cast<long long>(pcrs_reader_total_feature_count(m_poReader.get())), GetLayerCount(),
             static_cast<int>(m_aosDomainNames.size()), static_cast<int>(m_aosRelationshipNames.size()));
    return true;
}

void PCRSDataset::BuildLayers(bool bExposeEmptyClasses)
{
    const int nClasses = pcrs_model_class_count();
    for (int iClass = 0; iClass < nClasses && m_nDocumentEPSG == 0; ++iClass)
        m_nDocumentEPSG = pcrs_reader_epsg(m_poReader.get(), iClass);

    for (int iClass = 0; iClass < nClasses; ++iClass)
    {
        if (pcrs_model_class(iClass)->abstract)
            continue;
        if (!bExposeEmptyClasses && pcrs_reader_feature_count(m_poReader.get(), iClass) == 0)
            continue;
        m_apoLayers.push_back(std::make_unique<PCRSLayer>(this, m_poReader.get(), iClass, GetLayerSRS(iClass)));
        m_anLayerClasses.push_back(iClass);
    }
}

// The code lists used by the fields of the layers, in model order.
void PCRSDataset::BuildFieldDomains()
{
    std::set<int> oUsedLists;
    for (const int iClass : m_anLayerClasses)
    {
        const pcrs_class *psClass = pcrs_model_class(iClass);
        for (int iProp = 0; iProp < psClass->property_count; ++iProp)
        {
            if (psClass->properties[iProp].codelist >= 0)
                oUsedLists.insert(psClass->properties[iProp].codelist);
        }
    }
    for (const int iList : oUsedLists)
    {
        auto poDomain = PCRSBuildFieldDomain(pcrs_model_codelist(iList));
        m_aosDomainNames.push_back(poDomain->GetName());
        m_oDomains[poDomain->GetName()] = std::move(poDomain);
    }
}

void PCRSDataset::BuildRelationships()
{
    for (auto &poRelationship : PCRSBuildRelationships(m_anLayerClasses))
    {
        m_aosRelationshipNames.push_back(poRelationship->GetName());
        m_oRelationships[poRelationship->GetName()] = std::move(poRelationship);
    }
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSDataset::GetLayerCount() const
#else
int PCRSDataset::GetLayerCount()
#endif
{
    return static_cast<int>(m_apoLayers.size());
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
const OGRLayer *PCRSDataset::GetLayer(int iLayer) const
#else
OGRLayer *PCRSDataset::GetLayer(int iLayer)
#endif
{
    if (iLayer < 0 || iLayer >= static_cast<int>(m_apoLayers.size()))
        return nullptr;
    return m_apoLayers[iLayer].get();
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSDataset::TestCapability(const char *pszCap) const
#else
int PCRSDataset::TestCapability(const char *pszCap)
#endif
{
    return EQUAL(pszCap, ODsCCurveGeometries) || EQUAL(pszCap, ODsCZGeometries);
}

char **PCRSDataset::GetFileList()
{
    CPLStringList aosFiles;
    aosFiles.AddString(m_osPath.c_str());
    return aosFiles.StealList();
}

std::vector<std::string> PCRSDataset::GetFieldDomainNames(CSLConstList) const
{
    return m_aosDomainNames;
}

const OGRFieldDomain *PCRSDataset::GetFieldDomain(const std::string &name) const
{
    const auto oIter = m_oDomains.find(name);
    return oIter == m_oDomains.end() ? nullptr : oIter->second.get();
}

std::vector<std::string> PCRSDataset::GetRelationshipNames(CSLConstList) const
{
    return m_aosRelationshipNames;
}

const GDALRelationship *PCRSDataset::GetRelationship(const std::string &name) const
{
    const auto oIter = m_oRelationships.find(name);
    return oIter == m_oRelationships.end() ? nullptr : oIter->second.get();
}
