// Writing side of the binding: Create() → ICreateLayer() → CreateField() →
// ICreateFeature() on the core's streaming writer (pcrs_writer.h). The
// document is written when the dataset is closed.
#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "cpl_json.h"
#include "cpl_string.h"
#include "gdal_priv.h"
#include "ogrsf_frmts.h"
#include "pcrs/pcrs_writer.h"
#include "pcrs_gdal.h"
#include "pcrs_vsi_io.h"

namespace
{

class PCRSWriterDataset;

// Business identifiers are generated, never defaulted: no option for them.
const char *const kGeneratedProperties[] = {"idObjet",     "idHabillage",    "idEmprise",
                                            "idNomVoirie", "idNumeroVoirie", "idPCRS"};

std::string OptionName(const char *pszProperty)
{
    char szName[128];
    pcrs_writer_option_name(pszProperty, szName, sizeof(szName));
    return szName;
}

/************************************************************************/
/*                           PCRSWriterLayer                            */
/************************************************************************/

class PCRSWriterLayer final : public OGRLayer
{
  public:
    PCRSWriterLayer(PCRSWriterDataset *poDS, pcrs_writer *poWriter, pcrs_writer_layer *poLayer,
                    const char *pszName, const OGRSpatialReference *poSRS, OGRwkbGeometryType eGType);
    ~PCRSWriterLayer() override;

    void ResetReading() override
    {
    }
    OGRFeature *GetNextFeature() override
    {
        return nullptr;
    }
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
    using OGRLayer::GetLayerDefn;
    const OGRFeatureDefn *GetLayerDefn() const override
    {
        return m_poFeatureDefn;
    }
    int TestCapability(const char *pszCap) const override;
#else
    OGRFeatureDefn *GetLayerDefn() override
    {
        return m_poFeatureDefn;
    }
    int TestCapability(const char *pszCap) override;
#endif
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
    OGRErr CreateField(const OGRFieldDefn *poField, int bApproxOK = TRUE) override;
#else
    OGRErr CreateField(OGRFieldDefn *poField, int bApproxOK = TRUE) override;
#endif
    OGRErr ICreateFeature(OGRFeature *poFeature) override;
    GDALDataset *GetDataset() override;

  private:
    OGRErr AddValues(OGRFeature *poFeature, int iField, int nProperty);

    PCRSWriterDataset *m_poDS;
    pcrs_writer *m_poWriter;
    pcrs_writer_layer *m_poLayer; // owned by the writer
    const pcrs_class *m_psClass;
    OGRFeatureDefn *m_poFeatureDefn;
    std::vector<int> m_anFieldProperty{}; // per OGR field: property index or PCRS_FIELD_*
    pcrs_wfeature *m_poFeature;
    std::vector<unsigned char> m_abyWKB{};
    GIntBig m_nNextFID = 1;

    PCRSWriterLayer(const PCRSWriterLayer &) = delete;
    PCRSWriterLayer &operator=(const PCRSWriterLayer &) = delete;
};

/************************************************************************/
/*                          PCRSWriterDataset                           */
/************************************************************************/

class PCRSWriterDataset final : public GDALDataset
{
  public:
    PCRSWriterDataset() = default;
    ~PCRSWriterDataset() override;

    bool Create(const char *pszName, CSLConstList papszOptions);

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
    using GDALDataset::GetLayer;
    int GetLayerCount() const override
    {
        return static_cast<int>(m_apoLayers.size());
    }
    const OGRLayer *GetLayer(int iLayer) const override;
    int TestCapability(const char *pszCap) const override;
#else
    int GetLayerCount() override
    {
        return static_cast<int>(m_apoLayers.size());
    }
    OGRLayer *GetLayer(int iLayer) override;
    int TestCapability(const char *pszCap) override;
#endif

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 7, 0) && GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION(3, 13, 0)
    CPLErr Close() override;
#endif

    // The root gml:id is taken from PCRS_GML_ID (copied by ogr2ogr from a PCRS source).
    CPLErr SetMetadata(char **papszMetadata, const char *pszDomain = "") override;
    CPLErr SetMetadataItem(const char *pszName, const char *pszValue, const char *pszDomain = "") override;

  protected:
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
    OGRLayer *ICreateLayer(const char *pszName, const OGRGeomFieldDefn *poGeomFieldDefn,
                           CSLConstList papszOptions) override;
#elif GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 8, 0)
    OGRLayer *ICreateLayer(const char *pszName, const OGRSpatialReference *poSRS, OGRwkbGeometryType eGType,
                           CSLConstList papszOptions) override;
#else
    OGRLayer *ICreateLayer(const char *pszName, OGRSpatialReference *poSRS, OGRwkbGeometryType eGType,
                           char **papszOptions) override;
#endif

  private:
    struct WriterDeleter
    {
        void operator()(pcrs_writer *poWriter) const
        {
            pcrs_writer_destroy(poWriter);
        }
    };

    static void OnMessage(void *user, pcrs_msg_level eLevel, pcrs_status eCode, const char *pszMsg);
    OGRLayer *CreateLayerFor(const char *pszName, const OGRSpatialReference *poSRS, OGRwkbGeometryType eGType,
                             CSLConstList papszOptions);
    void TakeDocumentId(const char *pszValue);
    bool Finish();

    std::string m_osPath{};
    pcrs_io m_sIO{};
    bool m_bDocumentIdGiven = false; // DOCUMENT_ID creation option: metadata does not override it
    bool m_bFinished = false;
    std::unique_ptr<pcrs_writer, WriterDeleter> m_poWriter{};
    // Layers point into the writer: declared after it, so destroyed before it.
    std::vector<std::unique_ptr<PCRSWriterLayer>> m_apoLayers{};

    PCRSWriterDataset(const PCRSWriterDataset &) = delete;
    PCRSWriterDataset &operator=(const PCRSWriterDataset &) = delete;
};

/************************************************************************/
/*                        PCRSWriterLayer methods                       */
/************************************************************************/

// Values of a text that stands for a list where the source format has no
// list type: a JSON array (GeoPackage writes StringList fields so), or, for
// links, GDAL's "(n:a,b,c)" form (gml:ids have no comma). False if `pszText`
// is a single value.
bool SplitListText(const char *pszText, bool bJSONSubtype, bool bLink, std::vector<std::string> &aosValues)
{
    const size_t nLen = strlen(pszText);
    if (nLen >= 2 && pszText[0] == '[' && pszText[nLen - 1] == ']' && (bJSONSubtype || bLink))
    {
        CPLJSONDocument oDoc;
        bool bParsed;
        {
            // Not JSON: a single value, and no trace in the error state.
            CPLErrorStateBackuper oErrorState;
            CPLPushErrorHandler(CPLQuietErrorHandler);
            bParsed = oDoc.LoadMemory(std::string(pszText));
            CPLPopErrorHandler();
        }
        if (!bParsed || oDoc.GetRoot().GetType() != CPLJSONObject::Type::Array)
            return false;
        const CPLJSONArray oArray = oDoc.GetRoot().ToArray();
        for (int i = 0; i < oArray.Size(); i++)
            aosValues.push_back(oArray[i].ToString());
        return true;
    }
    if (bLink && nLen >= 4 && pszText[0] == '(' && pszText[nLen - 1] == ')')
    {
        const char *pszColon = strchr(pszText, ':');
        if (pszColon == nullptr)
            return false;
        const int nCount = atoi(pszText + 1);
        const CPLStringList aosParts(CSLTokenizeString2(
            std::string(pszColon + 1, pszText + nLen - 1 - (pszColon + 1)).c_str(), ",", 0));
        if (nCount != aosParts.size())
            return false;
        for (int i = 0; i < aosParts.size(); i++)
            aosValues.push_back(aosParts[i]);
        return true;
    }
    return false;
}

PCRSWriterLayer::PCRSWriterLayer(PCRSWriterDataset *poDS, pcrs_writer *poWriter, pcrs_writer_layer *poLayer,
                                 const char *pszName, const OGRSpatialReference *poSRS,
                                 OGRwkbGeometryType eGType)
    : m_poDS(poDS), m_poWriter(poWriter), m_poLayer(poLayer),
      m_psClass(pcrs_model_class(pcrs_writer_layer_class(poLayer))),
      m_poFeatureDefn(new OGRFeatureDefn(pszName)), m_poFeature(pcrs_wfeature_create())
{
    SetDescription(pszName);
    m_poFeatureDefn->Reference();
    m_poFeatureDefn->SetGeomType(wkbNone);
    if (m_psClass->geometry_property >= 0 && eGType != wkbNone)
    {
        OGRGeomFieldDefn oGeomField("geometrie", eGType);
        if (poSRS != nullptr)
        {
            auto poClone = poSRS->Clone();
            oGeomField.SetSpatialRef(poClone);
            poClone->Release();
        }
        m_poFeatureDefn->AddGeomFieldDefn(&oGeomField);
    }
}

PCRSWriterLayer::~PCRSWriterLayer()
{
    pcrs_wfeature_destroy(m_poFeature);
    m_poFeatureDefn->Release();
}

GDALDataset *PCRSWriterLayer::GetDataset()
{
    return m_poDS;
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSWriterLayer::TestCapability(const char *pszCap) const
#else
int PCRSWriterLayer::TestCapability(const char *pszCap)
#endif
{
    return EQUAL(pszCap, OLCSequentialWrite) || EQUAL(pszCap, OLCCreateField) ||
           EQUAL(pszCap, OLCStringsAsUTF8) || EQUAL(pszCap, OLCCurveGeometries) ||
           EQUAL(pszCap, OLCZGeometries);
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
OGRErr PCRSWriterLayer::CreateField(const OGRFieldDefn *poField, int)
#else
OGRErr PCRSWriterLayer::CreateField(OGRFieldDefn *poField, int)
#endif
{
    int nProperty = PCRS_FIELD_UNMATCHED;
    if (pcrs_writer_layer_add_field(m_poLayer, poField->GetNameRef(), &nProperty) != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_AppDefined, "%s", pcrs_writer_errmsg(m_poWriter));
        return OGRERR_FAILURE;
    }
    const OGRFieldType eType = poField->GetType();
    if (nProperty >= 0 && (eType == OFTBinary || eType == OFTTime))
    {
        CPLError(CE_Warning, CPLE_AppDefined,
                 "layer '%s' (%s): field '%s' is of type %s, which no PCRS property takes: it is not written",
                 GetDescription(), m_psClass->name, poField->GetNameRef(),
                 OGRFieldDefn::GetFieldTypeName(eType));
        nProperty = PCRS_FIELD_UNMATCHED;
    }
    m_poFeatureDefn->AddFieldDefn(poField);
    m_anFieldProperty.push_back(nProperty);
    return OGRERR_NONE;
}

OGRErr PCRSWriterLayer::AddValues(OGRFeature *poFeature, int iField, int nProperty)
{
    const OGRFieldType eType = m_poFeatureDefn->GetFieldDefn(iField)->GetType();
    const pcrs_value_type ePropertyType = m_psClass->properties[nProperty].type;
    pcrs_status eStatus = PCRS_OK;
    int nCount = 0;
    switch (eType)
    {
        case OFTInteger:
        case OFTInteger64:
            eStatus =
                pcrs_wfeature_add_integer(m_poFeature, nProperty, poFeature->GetFieldAsInteger64(iField));
            break;
        case OFTReal:
            eStatus = pcrs_wfeature_add_real(m_poFeature, nProperty, poFeature->GetFieldAsDouble(iField));
            break;
        case OFTDate:
        case OFTDateTime:
            if (ePropertyType == PCRS_VALUE_DATE)
            {
                int nYear = 0, nMonth = 0, nDay = 0, nHour, nMinute, nTZ;
                float fSecond;
                poFeature->GetFieldAsDateTime(iField, &nYear, &nMonth, &nDay, &nHour, &nMinute, &fSecond,
                                              &nTZ);
                eStatus = pcrs_wfeature_add_date(m_poFeature, nProperty, nYear, nMonth, nDay);
            }
            else
            {
                eStatus =
                    pcrs_wfeature_add_string(m_poFeature, nProperty, poFeature->GetFieldAsString(iField));
            }
            break;
        case OFTStringList:
        {
            char **papszList = poFeature->GetFieldAsStringList(iField);
            for (int i = 0; eStatus == PCRS_OK && papszList && papszList[i]; i++)
                eStatus = pcrs_wfeature_add_string(m_poFeature, nProperty, papszList[i]);
            break;
        }
        case OFTIntegerList:
        {
            const int *panList = poFeature->GetFieldAsIntegerList(iField, &nCount);
            for (int i = 0; eStatus == PCRS_OK && i < nCount; i++)
                eStatus = pcrs_wfeature_add_integer(m_poFeature, nProperty, panList[i]);
            break;
        }
        case OFTInteger64List:
        {
            const GIntBig *panList = poFeature->GetFieldAsInteger64List(iField, &nCount);
            for (int i = 0; eStatus == PCRS_OK && i < nCount; i++)
                eStatus = pcrs_wfeature_add_integer(m_poFeature, nProperty, panList[i]);
            break;
        }
        case OFTRealList:
        {
            const double *padfList = poFeature->GetFieldAsDoubleList(iField, &nCount);
            for (int i = 0; eStatus == PCRS_OK && i < nCount; i++)
                eStatus = pcrs_wfeature_add_real(m_poFeature, nProperty, padfList[i]);
            break;
        }
        default:
        {
            const char *pszText = poFeature->GetFieldAsString(iField);
            std::vector<std::string> aosValues;
            if (m_psClass->properties[nProperty].max_occurs == PCRS_UNBOUNDED &&
                SplitListText(pszText, m_poFeatureDefn->GetFieldDefn(iField)->GetSubType() == OFSTJSON,
                              ePropertyType == PCRS_VALUE_LINK, aosValues))
            {
                for (const std::string &osValue : aosValues)
                {
                    if (eStatus == PCRS_OK)
                        eStatus = pcrs_wfeature_add_string(m_poFeature, nProperty, osValue.c_str());
                }
            }
            else
            {
                eStatus = pcrs_wfeature_add_string(m_poFeature, nProperty, pszText);
            }
            break;
        }
    }
    if (eStatus != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_OutOfMemory, "layer '%s': out of memory", GetDescription());
        return OGRERR_NOT_ENOUGH_MEMORY;
    }
    return OGRERR_NONE;
}

OGRErr PCRSWriterLayer::ICreateFeature(OGRFeature *poFeature)
{
    pcrs_wfeature_clear(m_poFeature);
    const GIntBig nFID = poFeature->GetFID() != OGRNullFID ? poFeature->GetFID() : m_nNextFID;
    pcrs_wfeature_set_source_index(m_poFeature, nFID);
    const int nFields =
        std::min(m_poFeatureDefn->GetFieldCount(), static_cast<int>(m_anFieldProperty.size()));
    for (int iField = 0; iField < nFields; iField++)
    {
        const int nProperty = m_anFieldProperty[iField];
        if (nProperty == PCRS_FIELD_UNMATCHED || !poFeature->IsFieldSetAndNotNull(iField))
            continue;
        if (nProperty == PCRS_FIELD_GML_ID)
        {
            pcrs_wfeature_set_id(m_poFeature, poFeature->GetFieldAsString(iField));
            continue;
        }
        const OGRErr eErr = AddValues(poFeature, iField, nProperty);
        if (eErr != OGRERR_NONE)
            return eErr;
    }
    const OGRGeometry *poGeom = poFeature->GetGeomFieldCount() > 0 ? poFeature->GetGeomFieldRef(0) : nullptr;
    if (poGeom != nullptr)
    {
        m_abyWKB.resize(poGeom->WkbSize());
        if (poGeom->exportToWkb(wkbNDR, m_abyWKB.data(), wkbVariantIso) != OGRERR_NONE)
        {
            CPLError(CE_Failure, CPLE_AppDefined,
                     "layer '%s': feature " CPL_FRMT_GIB ": cannot export the geometry", GetDescription(),
                     nFID);
            return OGRERR_FAILURE;
        }
        pcrs_wfeature_set_geometry(m_poFeature, m_abyWKB.data(), m_abyWKB.size());
    }
    if (pcrs_writer_write_feature(m_poWriter, m_poLayer, m_poFeature) != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_AppDefined, "%s", pcrs_writer_errmsg(m_poWriter));
        return OGRERR_FAILURE;
    }
    poFeature->SetFID(m_nNextFID++);
    return OGRERR_NONE;
}

/************************************************************************/
/*                       PCRSWriterDataset methods                      */
/************************************************************************/

void PCRSWriterDataset::OnMessage(void *, pcrs_msg_level eLevel, pcrs_status, const char *pszMsg)
{
    // Errors come back from the failing call, which reports them once.
    if (eLevel == PCRS_MSG_WARNING)
        CPLError(CE_Warning, CPLE_AppDefined, "%s", pszMsg);
    else if (eLevel == PCRS_MSG_DEBUG)
        CPLDebug("PCRS", "%s", pszMsg);
}

// Whether VSIRename() and seeking work on this path (local files and /vsimem/).
bool CanRename(const std::string &osPath)
{
    return !STARTS_WITH(osPath.c_str(), "/vsi") || STARTS_WITH(osPath.c_str(), "/vsimem/");
}

// pcrs_writer_options.patch on VSI: the header is written in place at the end.
int VSIPatch(void *, void *handle, uint64_t nOffset, const void *pData, size_t nSize)
{
    VSILFILE *fp = static_cast<VSILFILE *>(handle);
    const bool bWritten = VSIFSeekL(fp, static_cast<vsi_l_offset>(nOffset), SEEK_SET) == 0 &&
                          VSIFWriteL(pData, 1, nSize, fp) == nSize;
    return VSIFSeekL(fp, 0, SEEK_END) == 0 && bWritten ? 0 : -1;
}

bool HasDocumentExtension(const std::string &osPath)
{
    std::string osName = osPath;
    if (osName.size() > 3 && EQUAL(osName.c_str() + osName.size() - 3, ".gz"))
        osName.resize(osName.size() - 3);
    const std::string osExt = CPLGetExtension(osName.c_str());
    return EQUAL(osExt.c_str(), "gml") || EQUAL(osExt.c_str(), "xml");
}

bool PCRSWriterDataset::Create(const char *pszName, CSLConstList papszOptions)
{
    m_osPath = pszName;
    if (!HasDocumentExtension(m_osPath))
    {
        CPLError(CE_Failure, CPLE_NotSupported, "%s: a PCRS document is a .gml or .xml file", pszName);
        return false;
    }
    // Local files and /vsimem/ are renamed when complete and written in one
    // pass (seekable); compressed and archive streams are spooled, then written.
    const bool bLocal = CanRename(m_osPath);
    m_sIO = *PCRSGetVSIIO();
    if (!bLocal)
        m_sIO.rename = nullptr;

    pcrs_writer_options sOptions;
    pcrs_writer_options_init(&sOptions);
    if (bLocal)
        sOptions.patch = VSIPatch;
    sOptions.io = &m_sIO;
    sOptions.on_message = OnMessage;
    sOptions.message_user = this;
    sOptions.schema_location = CSLFetchNameValue(papszOptions, "SCHEMA_LOCATION");
    sOptions.gml_id_prefix = CSLFetchNameValue(papszOptions, "GML_ID_PREFIX");
    sOptions.strict = CPLFetchBool(papszOptions, "STRICT", false);
    sOptions.skip_invalid_features = CPLFetchBool(papszOptions, "SKIP_INVALID_FEATURES", false);
    const char *pszHrefForm = CSLFetchNameValueDef(papszOptions, "HREF_FORM", "HASH");
    if (EQUAL(pszHrefForm, "BARE"))
        sOptions.href_form = PCRS_HREF_BARE;
    else if (!EQUAL(pszHrefForm, "HASH"))
    {
        CPLError(CE_Failure, CPLE_IllegalArg, "%s: HREF_FORM=%s: expected HASH or BARE", pszName,
                 pszHrefForm);
        return false;
    }
    const char *pszDocumentId = CSLFetchNameValue(papszOptions, "DOCUMENT_ID");
    sOptions.document_id = pszDocumentId;
    m_bDocumentIdGiven = pszDocumentId != nullptr;

    m_poWriter.reset(pcrs_writer_create(&sOptions));
    if (m_poWriter == nullptr)
    {
        CPLError(CE_Failure, CPLE_OutOfMemory, "%s: cannot create the PCRS writer", pszName);
        return false;
    }
    if (pcrs_writer_open(m_poWriter.get(), pszName) != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_OpenFailed, "%s", pcrs_writer_errmsg(m_poWriter.get()));
        return false;
    }
    SetDescription(pszName);
    eAccess = GA_Update;
    return true;
}

PCRSWriterDataset::~PCRSWriterDataset()
{
    Finish();
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 7, 0) && GDAL_VERSION_NUM < GDAL_COMPUTE_VERSION(3, 13, 0)
CPLErr PCRSWriterDataset::Close()
{
    CPLErr eErr = Finish() ? CE_None : CE_Failure;
    if (GDALDataset::Close() != CE_None)
        eErr = CE_Failure;
    return eErr;
}
#endif

bool PCRSWriterDataset::Finish()
{
    if (m_bFinished || m_poWriter == nullptr)
        return true;
    m_bFinished = true;
    const bool bOK = pcrs_writer_finish(m_poWriter.get()) == PCRS_OK;
    if (!bOK)
        CPLError(CE_Failure, CPLE_FileIO, "%s", pcrs_writer_errmsg(m_poWriter.get()));
    m_apoLayers.clear();
    m_poWriter.reset();
    return bOK;
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
const OGRLayer *PCRSWriterDataset::GetLayer(int iLayer) const
#else
OGRLayer *PCRSWriterDataset::GetLayer(int iLayer)
#endif
{
    if (iLayer < 0 || iLayer >= static_cast<int>(m_apoLayers.size()))
        return nullptr;
    return m_apoLayers[iLayer].get();
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSWriterDataset::TestCapability(const char *pszCap) const
#else
int PCRSWriterDataset::TestCapability(const char *pszCap)
#endif
{
    return EQUAL(pszCap, ODsCCreateLayer) || EQUAL(pszCap, ODsCCurveGeometries) ||
           EQUAL(pszCap, ODsCZGeometries);
}

void PCRSWriterDataset::TakeDocumentId(const char *pszValue)
{
    if (m_bDocumentIdGiven || m_poWriter == nullptr || pszValue == nullptr || m_bFinished)
        return;
    if (pcrs_writer_set_document_id(m_poWriter.get(), pszValue) != PCRS_OK)
        CPLError(CE_Warning, CPLE_AppDefined, "%s: PCRS_GML_ID ignored: %s", m_osPath.c_str(),
                 pcrs_writer_errmsg(m_poWriter.get()));
}

CPLErr PCRSWriterDataset::SetMetadata(char **papszMetadata, const char *pszDomain)
{
    if (pszDomain == nullptr || pszDomain[0] == '\0')
        TakeDocumentId(CSLFetchNameValue(papszMetadata, "PCRS_GML_ID"));
    return GDALDataset::SetMetadata(papszMetadata, pszDomain);
}

CPLErr PCRSWriterDataset::SetMetadataItem(const char *pszName, const char *pszValue, const char *pszDomain)
{
    if ((pszDomain == nullptr || pszDomain[0] == '\0') && pszName != nullptr && EQUAL(pszName, "PCRS_GML_ID"))
        TakeDocumentId(pszValue);
    return GDALDataset::SetMetadataItem(pszName, pszValue, pszDomain);
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
OGRLayer *PCRSWriterDataset::ICreateLayer(const char *pszName, const OGRGeomFieldDefn *poGeomFieldDefn,
                                          CSLConstList papszOptions)
{
    return CreateLayerFor(pszName, poGeomFieldDefn ? poGeomFieldDefn->GetSpatialRef() : nullptr,
                          poGeomFieldDefn ? poGeomFieldDefn->GetType() : wkbNone, papszOptions);
}
#elif GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 8, 0)
OGRLayer *PCRSWriterDataset::ICreateLayer(const char *pszName, const OGRSpatialReference *poSRS,
                                          OGRwkbGeometryType eGType, CSLConstList papszOptions)
{
    return CreateLayerFor(pszName, poSRS, eGType, papszOptions);
}
#else
OGRLayer *PCRSWriterDataset::ICreateLayer(const char *pszName, OGRSpatialReference *poSRS,
                                          OGRwkbGeometryType eGType, char **papszOptions)
{
    return CreateLayerFor(pszName, poSRS, eGType, papszOptions);
}
#endif

// EPSG code of a CRS, 0 (with a warning) when it has none.
int EPSGCode(const OGRSpatialReference *poSRS, const char *pszLayer)
{
    if (poSRS == nullptr)
        return 0;
    std::unique_ptr<OGRSpatialReference> poClone(poSRS->Clone());
    const char *pszAuthority = poClone->GetAuthorityName(nullptr);
    if (pszAuthority == nullptr || !EQUAL(pszAuthority, "EPSG"))
    {
        poClone->AutoIdentifyEPSG();
        pszAuthority = poClone->GetAuthorityName(nullptr);
    }
    const char *pszCode = poClone->GetAuthorityCode(nullptr);
    if (pszAuthority != nullptr && EQUAL(pszAuthority, "EPSG") && pszCode != nullptr && atoi(pszCode) > 0)
        return atoi(pszCode);
    CPLError(CE_Warning, CPLE_AppDefined,
             "layer '%s': its CRS has no EPSG code: geometries are written without srsName", pszLayer);
    return 0;
}

OGRLayer *PCRSWriterDataset::CreateLayerFor(const char *pszName, const OGRSpatialReference *poSRS,
                                            OGRwkbGeometryType eGType, CSLConstList papszOptions)
{
    if (m_poWriter == nullptr || m_bFinished)
    {
        CPLError(CE_Failure, CPLE_NotSupported, "%s: the document is already written", m_osPath.c_str());
        return nullptr;
    }
    pcrs_writer *poWriter = m_poWriter.get();
    const int nEPSG = eGType != wkbNone ? EPSGCode(poSRS, pszName) : 0;
    pcrs_writer_layer *poLayer = nullptr;
    if (pcrs_writer_add_layer(poWriter, pszName, CSLFetchNameValue(papszOptions, "PCRS_CLASS"), nEPSG,
                              &poLayer) != PCRS_OK)
    {
        CPLError(CE_Failure, CPLE_AppDefined, "%s", pcrs_writer_errmsg(poWriter));
        return nullptr;
    }
    // Defaults: one option per property, named after it (PRECISION_PLANIMETRIQUE…).
    const pcrs_class *psClass = pcrs_model_class(pcrs_writer_layer_class(poLayer));
    for (int i = 0; i < psClass->property_count; i++)
    {
        const pcrs_property *psProp = &psClass->properties[i];
        if (psProp->type == PCRS_VALUE_GEOMETRY || psProp->type == PCRS_VALUE_LINK)
            continue;
        const char *pszValue = CSLFetchNameValue(papszOptions, OptionName(psProp->name).c_str());
        if (pszValue != nullptr && pcrs_writer_layer_set_default(poLayer, psProp->name, pszValue) != PCRS_OK)
        {
            CPLError(CE_Failure, CPLE_IllegalArg, "%s", pcrs_writer_errmsg(poWriter));
            return nullptr;
        }
    }
    m_apoLayers.emplace_back(new PCRSWriterLayer(this, poWriter, poLayer, pszName, poSRS, eGType));
    return m_apoLayers.back().get();
}

/************************************************************************/
/*                             Option lists                             */
/************************************************************************/

bool IsGenerated(const char *pszProperty)
{
    for (const char *pszName : kGeneratedProperties)
    {
        if (strcmp(pszName, pszProperty) == 0)
            return true;
    }
    return false;
}

const char *TypeDescription(const pcrs_property *psProp)
{
    switch (psProp->type)
    {
        case PCRS_VALUE_INTEGER:
            return "an integer";
        case PCRS_VALUE_REAL:
            return "a number";
        case PCRS_VALUE_DATE:
            return "a date YYYY-MM-DD";
        default:
            return "a text";
    }
}

// One option per property that features may lack (generated identifiers,
// links and geometries excepted), in the model's order.
std::string BuildLayerCreationOptionList()
{
    std::string osList = "<LayerCreationOptionList>"
                         "<Option name='PCRS_CLASS' type='string' description='PCRS class of the layer, "
                         "case-insensitive (default: the layer name)'/>";
    std::vector<std::string> aosDone;
    for (int iClass = 0; iClass < pcrs_model_class_count(); iClass++)
    {
        const pcrs_class *psClass = pcrs_model_class(iClass);
        if (psClass->abstract)
            continue;
        for (int i = 0; i < psClass->property_count; i++)
        {
            const pcrs_property *psProp = &psClass->properties[i];
            if (psProp->type == PCRS_VALUE_GEOMETRY || psProp->type == PCRS_VALUE_LINK ||
                IsGenerated(psProp->name))
                continue;
            const std::string osName = OptionName(psProp->name);
            if (std::find(aosDone.begin(), aosDone.end(), osName) != aosDone.end())
                continue;
            aosDone.push_back(osName);
            const pcrs_codelist *psList = pcrs_model_codelist(psProp->codelist);
            std::string osDescription =
                "Value of " + std::string(psProp->name) + " for the features that have none";
            if (psList == nullptr)
                osDescription += std::string(" (") + TypeDescription(psProp) + ")";
            else if (psList->extensible)
                osDescription += std::string(": a code of ") + psList->name + ", or other: &lt;text&gt;";
            else
                osDescription += std::string(": a code of ") + psList->name;
            if (strcmp(psProp->name, "thematique") == 0)
                osDescription += ". Default: the usual thematique of the class, where the standard gives one";
            const char *pszType = psList != nullptr && !psList->extensible ? "string-select"
                                  : psProp->type == PCRS_VALUE_INTEGER     ? "integer"
                                  : psProp->type == PCRS_VALUE_REAL        ? "float"
                                                                           : "string";
            osList +=
                "<Option name='" + osName + "' type='" + pszType + "' description='" + osDescription + "'";
            if (psList == nullptr || psList->extensible)
            {
                osList += "/>";
                continue;
            }
            std::vector<std::string> aosCodes;
            for (int k = 0; k < psList->code_count; k++)
                aosCodes.emplace_back(psList->codes[k].code);
            std::sort(aosCodes.begin(), aosCodes.end());
            osList += ">";
            for (const std::string &osCode : aosCodes)
                osList += "<Value>" + osCode + "</Value>";
            osList += "</Option>";
        }
    }
    osList += "</LayerCreationOptionList>";
    return osList;
}

} // namespace

GDALDataset *PCRSCreate(const char *pszName, int, int, int, GDALDataType, char **papszOptions)
{
    auto poDS = std::make_unique<PCRSWriterDataset>();
    if (!poDS->Create(pszName, papszOptions))
        return nullptr;
    return poDS.release();
}

const char *PCRSWriterCreationOptionList()
{
    return "<CreationOptionList>"
           "<Option name='SCHEMA_LOCATION' type='string' description='Value of xsi:schemaLocation on the "
           "root "
           "element' default='" PCRS_WRITER_DEFAULT_SCHEMA_LOCATION "'/>"
           "<Option name='HREF_FORM' type='string-select' description='Form of the xlink:href of links: HASH "
           "writes #id (a reference inside the document, as in the standard), BARE writes the id alone (as "
           "some producers do)' default='HASH'><Value>HASH</Value><Value>BARE</Value></Option>"
           "<Option name='GML_ID_PREFIX' type='string' description='Prefix of the gml:id generated for "
           "features "
           "without a valid and unique gml_id, e.g. FR_SIREN_'/>"
           "<Option name='DOCUMENT_ID' type='string' description='gml:id of the root element (default: the "
           "PCRS_GML_ID metadata of the source, else generated)'/>"
           "<Option name='STRICT' type='boolean' default='NO' description='Whether a source field that "
           "matches "
           "no property of its class is an error (otherwise one warning per layer, and the field is not "
           "written)'/>"
           "<Option name='SKIP_INVALID_FEATURES' type='boolean' default='NO' description='Whether a feature "
           "that breaks the model is reported and left out while the document is still written (otherwise "
           "any "
           "such error discards the whole output)'/>"
           "</CreationOptionList>";
}

const char *PCRSWriterLayerCreationOptionList()
{
    static const std::string osList = BuildLayerCreationOptionList();
    return osList.c_str();
}
