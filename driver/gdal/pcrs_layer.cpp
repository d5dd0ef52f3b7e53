// Layer of one model class: schema from the model table, features from the
// core's reader. No per-class code here.
#include "pcrs_layer.h"

#include <algorithm>

#include "cpl_string.h"
#include "ogr_geometry.h"
#include "ogr_spatialref.h"
#include "pcrs/pcrs_model.h"

namespace
{

// OGR types of a property value type, single-valued and repeated.
struct FieldTypeMapping
{
    pcrs_value_type eValueType;
    OGRFieldType eSingle;
    OGRFieldType eList;
};

constexpr FieldTypeMapping kFieldTypes[] = {
    {PCRS_VALUE_STRING, OFTString, OFTStringList},
    {PCRS_VALUE_INTEGER, OFTInteger, OFTIntegerList},
    {PCRS_VALUE_REAL, OFTReal, OFTRealList},
    // OGR has no list of dates: repeated dates keep their text.
    {PCRS_VALUE_DATE, OFTDate, OFTStringList},
    {PCRS_VALUE_CODE, OFTString, OFTStringList},
    {PCRS_VALUE_LINK, OFTString, OFTStringList},
};

bool GetFieldType(const pcrs_property &sProp, OGRFieldType *peType)
{
    for (const auto &sMapping : kFieldTypes)
    {
        if (sMapping.eValueType == sProp.type)
        {
            *peType = sProp.max_occurs == 1 ? sMapping.eSingle : sMapping.eList;
            return true;
        }
    }
    return false;
}

// ISO WKB geometry type code (Z: +1000, M: +2000, ZM: +3000) to the OGR enum.
OGRwkbGeometryType ISOCodeToOGRType(int nCode)
{
    if (nCode <= 0)
        return wkbUnknown;
    const int nDims = nCode / 1000;
    return OGR_GT_SetModifier(static_cast<OGRwkbGeometryType>(nCode % 1000), nDims == 1 || nDims == 3,
                              nDims == 2 || nDims == 3);
}

}  // namespace

PCRSLayer::PCRSLayer(GDALDataset *poDS, pcrs_reader *poReader, int iClass, OGRSpatialReference *poSRS)
    : m_poDS(poDS), m_poReader(poReader), m_iClass(iClass),
      m_nFeatureCount(pcrs_reader_feature_count(poReader, iClass)), m_poFeature(pcrs_feature_create())
{
    const pcrs_class *psClass = pcrs_model_class(iClass);
    m_poFeatureDefn = new OGRFeatureDefn(psClass->name);
    m_poFeatureDefn->Reference();
    m_poFeatureDefn->SetGeomType(wkbNone);
    SetDescription(psClass->name);

    OGRFieldDefn oGmlId("gml_id", OFTString);
    oGmlId.SetNullable(FALSE);
    m_poFeatureDefn->AddFieldDefn(&oGmlId);
    m_anFieldProperty.push_back(-1);

    for (int iProp = 0; iProp < psClass->property_count; ++iProp)
    {
        const pcrs_property &sProp = psClass->properties[iProp];
        OGRFieldType eType;
        if (!GetFieldType(sProp, &eType))
            continue;  // the geometry property
        OGRFieldDefn oField(sProp.name, eType);
        oField.SetNullable(sProp.min_occurs == 0);
        if (sProp.codelist >= 0)
            oField.SetDomainName(pcrs_model_codelist(sProp.codelist)->name);
        m_poFeatureDefn->AddFieldDefn(&oField);
        m_anFieldProperty.push_back(iProp);
    }

    if (psClass->geometry_property >= 0)
    {
        const pcrs_property &sGeom = psClass->properties[psClass->geometry_property];
        OGRGeomFieldDefn oGeomField(sGeom.name, ISOCodeToOGRType(pcrs_geometry_type(sGeom.geometry)));
        oGeomField.SetNullable(sGeom.min_occurs == 0);
        if (poSRS != nullptr)
        {
            m_poSRS = poSRS;
            m_poSRS->Reference();
            oGeomField.SetSpatialRef(m_poSRS);
        }
        m_poFeatureDefn->AddGeomFieldDefn(&oGeomField);
    }

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
    m_poFeatureDefn->Seal(/* bSealFields = */ true);
#endif
}

PCRSLayer::~PCRSLayer()
{
    m_poFeatureDefn->Release();
    if (m_poSRS != nullptr)
        m_poSRS->Release();
}

GDALDataset *PCRSLayer::GetDataset()
{
    return m_poDS;
}

void PCRSLayer::ResetReading()
{
    m_iNextIndex = 0;
}

OGRFeature *PCRSLayer::GetNextFeature()
{
    while (m_iNextIndex < m_nFeatureCount)
    {
        OGRFeature *poFeature = ReadFeature(m_iNextIndex++);
        if (poFeature == nullptr)
            return nullptr;
        if ((m_poFilterGeom == nullptr || FilterGeometry(poFeature->GetGeometryRef())) &&
            (m_poAttrQuery == nullptr || m_poAttrQuery->Evaluate(poFeature)))
            return poFeature;
        delete poFeature;
    }
    return nullptr;
}

OGRFeature *PCRSLayer::GetFeature(GIntBig nFID)
{
    if (nFID < 1 || nFID > m_nFeatureCount)
        return nullptr;
    return ReadFeature(nFID - 1);
}

OGRErr PCRSLayer::SetNextByIndex(GIntBig nIndex)
{
    if (HasFilter())
        return OGRLayer::SetNextByIndex(nIndex);
    // Same bounds as OGRLayer's: positioning just past the last one is allowed.
    if (nIndex < 0 || nIndex > m_nFeatureCount)
        return OGRERR_FAILURE;
    m_iNextIndex = nIndex;
    return OGRERR_NONE;
}

GIntBig PCRSLayer::GetFeatureCount(int bForce)
{
    if (HasFilter())
        return OGRLayer::GetFeatureCount(bForce);
    return m_nFeatureCount;
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSLayer::TestCapability(const char *pszCap) const
#else
int PCRSLayer::TestCapability(const char *pszCap)
#endif
{
    if (EQUAL(pszCap, OLCFastFeatureCount) || EQUAL(pszCap, OLCFastGetExtent) ||
        EQUAL(pszCap, OLCFastSetNextByIndex))
        return !HasFilter();
#ifdef OLCFastGetExtent3D
    if (EQUAL(pszCap, OLCFastGetExtent3D))
        return !HasFilter();
#endif
    return EQUAL(pszCap, OLCRandomRead) || EQUAL(pszCap, OLCStringsAsUTF8) ||
           EQUAL(pszCap, OLCCurveGeometries) || EQUAL(pszCap, OLCZGeometries) ||
           EQUAL(pszCap, OLCIgnoreFields);
}

bool PCRSLayer::FastExtent(OGREnvelope *psExtent) const
{
    double adfEnv[4];
    if (!pcrs_reader_extent(m_poReader, m_iClass, adfEnv))
    {
        // Same as OGRLayer::GetExtent() on an empty layer: a zeroed envelope.
        *psExtent = OGREnvelope();
        psExtent->MinX = psExtent->MinY = psExtent->MaxX = psExtent->MaxY = 0.0;
        return false;
    }
    psExtent->MinX = adfEnv[0];
    psExtent->MinY = adfEnv[1];
    psExtent->MaxX = adfEnv[2];
    psExtent->MaxY = adfEnv[3];
    return true;
}

bool PCRSLayer::FastExtent3D(OGREnvelope3D *psExtent3D) const
{
    if (!FastExtent(psExtent3D))
        return false;
    double adfZ[2];
    if (pcrs_reader_z_range(m_poReader, m_iClass, adfZ))
    {
        psExtent3D->MinZ = adfZ[0];
        psExtent3D->MaxZ = adfZ[1];
    }
    return true;
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 11, 0)

// Called by OGRLayer::GetExtent() with a valid geometry field index.
OGRErr PCRSLayer::IGetExtent(int iGeomField, OGREnvelope *psExtent, bool bForce)
{
    if (HasFilter())
        return OGRLayer::IGetExtent(iGeomField, psExtent, bForce);
    return FastExtent(psExtent) ? OGRERR_NONE : OGRERR_FAILURE;
}

OGRErr PCRSLayer::IGetExtent3D(int iGeomField, OGREnvelope3D *psExtent3D, bool bForce)
{
    if (HasFilter())
        return OGRLayer::IGetExtent3D(iGeomField, psExtent3D, bForce);
    return FastExtent3D(psExtent3D) ? OGRERR_NONE : OGRERR_FAILURE;
}

#else

// OGRLayer::GetExtent(0, ...) calls GetExtent(psExtent, ...): the generic
// scan must go through OGRLayer::GetExtent(psExtent, ...) to avoid a loop.
OGRErr PCRSLayer::GetExtent(OGREnvelope *psExtent, int bForce)
{
    if (HasFilter() || m_poFeatureDefn->GetGeomFieldCount() == 0)
        return OGRLayer::GetExtent(psExtent, bForce);
    return FastExtent(psExtent) ? OGRERR_NONE : OGRERR_FAILURE;
}

OGRErr PCRSLayer::GetExtent(int iGeomField, OGREnvelope *psExtent, int bForce)
{
    if (iGeomField == 0)
        return GetExtent(psExtent, bForce);
    return OGRLayer::GetExtent(iGeomField, psExtent, bForce);
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
OGRErr PCRSLayer::GetExtent3D(int iGeomField, OGREnvelope3D *psExtent3D, int bForce)
{
    if (HasFilter() || iGeomField != 0 || m_poFeatureDefn->GetGeomFieldCount() == 0)
        return OGRLayer::GetExtent3D(iGeomField, psExtent3D, bForce);
    return FastExtent3D(psExtent3D) ? OGRERR_NONE : OGRERR_FAILURE;
}
#endif

#endif

OGRFeature *PCRSLayer::ReadFeature(GIntBig nIndex)
{
    if (m_poFeature == nullptr)
    {
        CPLError(CE_Failure, CPLE_OutOfMemory, "PCRS: cannot allocate a feature buffer");
        return nullptr;
    }
    const pcrs_status eStatus = pcrs_reader_read_feature(m_poReader, m_iClass, nIndex, m_poFeature.get());
    if (eStatus != PCRS_OK)
    {
        const char *pszMsg = pcrs_reader_errmsg(m_poReader);
        CPLError(CE_Failure, CPLE_FileIO, "%s: cannot read feature %lld of %s: %s", pcrs_reader_path(m_poReader),
                 static_cast<long long>(nIndex + 1), m_poFeatureDefn->GetName(),
                 pszMsg[0] != '\0' ? pszMsg : pcrs_status_string(eStatus));
        return nullptr;
    }

    auto poFeature = new OGRFeature(m_poFeatureDefn);
    poFeature->SetFID(nIndex + 1);
    for (int iField = 0; iField < m_poFeatureDefn->GetFieldCount(); ++iField)
    {
        if (!m_poFeatureDefn->GetFieldDefn(iField)->IsIgnored())
            SetFieldValue(poFeature, iField, m_anFieldProperty[iField]);
    }
    if (m_poFeatureDefn->GetGeomFieldCount() > 0 && !m_poFeatureDefn->GetGeomFieldDefn(0)->IsIgnored())
        SetGeometry(poFeature);
    return poFeature;
}

void PCRSLayer::SetFieldValue(OGRFeature *poFeature, int iField, int iProp) const
{
    const pcrs_feature *psFeature = m_poFeature.get();
    if (iProp < 0)
    {
        const char *pszGmlId = pcrs_feature_gml_id(psFeature);
        if (pszGmlId != nullptr)
            poFeature->SetField(iField, pszGmlId);
        else
            poFeature->SetFieldNull(iField);
        return;
    }

    const int nCount = pcrs_feature_value_count(psFeature, iProp);
    if (nCount == 0)
    {
        poFeature->SetFieldNull(iField);
        return;
    }

    switch (m_poFeatureDefn->GetFieldDefn(iField)->GetType())
    {
        case OFTInteger:
            poFeature->SetField(iField, static_cast<GIntBig>(pcrs_feature_integer(psFeature, iProp, 0)));
            break;
        case OFTReal:
            poFeature->SetField(iField, pcrs_feature_real(psFeature, iProp, 0));
            break;
        case OFTDate:
        {
            int nYear = 0, nMonth = 0, nDay = 0;
            pcrs_feature_date(psFeature, iProp, 0, &nYear, &nMonth, &nDay);
            poFeature->SetField(iField, nYear, nMonth, nDay, 0, 0, 0.0f, 0);
            break;
        }
        case OFTIntegerList:
        {
            std::vector<GIntBig> anValues;
            for (int i = 0; i < nCount; ++i)
                anValues.push_back(pcrs_feature_integer(psFeature, iProp, i));
            poFeature->SetField(iField, nCount, anValues.data());
            break;
        }
        case OFTRealList:
        {
            std::vector<double> adfValues;
            for (int i = 0; i < nCount; ++i)
                adfValues.push_back(pcrs_feature_real(psFeature, iProp, i));
            poFeature->SetField(iField, nCount, adfValues.data());
            break;
        }
        case OFTStringList:
        {
            CPLStringList aosValues;
            for (int i = 0; i < nCount; ++i)
                aosValues.AddString(pcrs_feature_value(psFeature, iProp, i));
            poFeature->SetField(iField, aosValues.List());
            break;
        }
        default:
            poFeature->SetField(iField, pcrs_feature_value(psFeature, iProp, 0));
            break;
    }
}

void PCRSLayer::SetGeometry(OGRFeature *poFeature) const
{
    size_t nSize = 0;
    const unsigned char *pabyWKB = pcrs_feature_geometry(m_poFeature.get(), &nSize);
    if (pabyWKB == nullptr)
        return;
    OGRGeometry *poGeom = nullptr;
    if (OGRGeometryFactory::createFromWkb(pabyWKB, m_poSRS, &poGeom, nSize, wkbVariantIso) != OGRERR_NONE)
    {
        // The core produced the WKB: reaching this is a core bug, not bad input.
        CPLError(CE_Warning, CPLE_AppDefined, "%s: feature '%s' of %s: invalid geometry from the PCRS core",
                 pcrs_reader_path(m_poReader), poFeature->GetFieldAsString(0), m_poFeatureDefn->GetName());
        delete poGeom;
        return;
    }
    poFeature->SetGeometryDirectly(poGeom);
}
