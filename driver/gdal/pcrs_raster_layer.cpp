// The RasterPCRS layer of a delivery (folder, tile index or catalogue):
// one feature per tile, footprint and the RasterPCRS attributes that the
// names, headers or index tell; the schema comes from the model table.
#include <memory>

#include "cpl_string.h"
#include "pcrs_raster.h"

namespace
{

class PCRSRasterLayer final : public OGRLayer
{
  public:
    explicit PCRSRasterLayer(std::shared_ptr<const PCRSDelivery> poDelivery);
    ~PCRSRasterLayer() override;

    void ResetReading() override
    {
        m_iNext = 0;
    }
    OGRFeature *GetNextFeature() override;
    OGRFeature *GetFeature(GIntBig nFID) override;
    GIntBig GetFeatureCount(int bForce = TRUE) override;

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
    using OGRLayer::GetLayerDefn;
    const OGRFeatureDefn *GetLayerDefn() const override
    {
        return m_poDefn;
    }
    int TestCapability(const char *pszCap) const override;
#else
    OGRFeatureDefn *GetLayerDefn() override
    {
        return m_poDefn;
    }
    int TestCapability(const char *pszCap) override;
#endif

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 11, 0)
    OGRErr IGetExtent(int iGeomField, OGREnvelope *psExtent, bool bForce) override;
#else
    OGRErr GetExtent(OGREnvelope *psExtent, int bForce = TRUE) override;
    OGRErr GetExtent(int iGeomField, OGREnvelope *psExtent, int bForce = TRUE) override
    {
        return iGeomField == 0 ? GetExtent(psExtent, bForce) : OGRERR_FAILURE;
    }
#endif

  private:
    bool Drawable(size_t i) const
    {
        return m_poDelivery->aePresence[i] != PCRSTilePresence::Refused && m_poDelivery->Tile(i)->has_footprint;
    }
    OGRFeature *Translate(size_t i) const;

    std::shared_ptr<const PCRSDelivery> m_poDelivery;
    OGRFeatureDefn *m_poDefn = nullptr;
    OGRSpatialReference *m_poSRS = nullptr;
    std::vector<int> m_anFieldProperty{};  // -1: gml_id
    size_t m_iNext = 0;
};

PCRSRasterLayer::PCRSRasterLayer(std::shared_ptr<const PCRSDelivery> poDelivery)
    : m_poDelivery(std::move(poDelivery))
{
    const pcrs_class *psClass = pcrs_model_class(pcrs_tile_raster_class());
    m_poDefn = new OGRFeatureDefn(psClass->name);
    m_poDefn->Reference();
    SetDescription(psClass->name);
    OGRFieldDefn oId("gml_id", OFTString);
    m_poDefn->AddFieldDefn(&oId);
    m_anFieldProperty.push_back(-1);
    for (int p = 0; p < psClass->property_count; p++)
    {
        const pcrs_property &sProp = psClass->properties[p];
        if (sProp.type == PCRS_VALUE_GEOMETRY)
            continue;
        OGRFieldType eType = OFTString;
        if (sProp.type == PCRS_VALUE_INTEGER)
            eType = OFTInteger;
        else if (sProp.type == PCRS_VALUE_REAL)
            eType = OFTReal;
        else if (sProp.type == PCRS_VALUE_DATE)
            eType = OFTDate;
        else if (sProp.max_occurs == PCRS_UNBOUNDED)
            eType = OFTStringList;
        OGRFieldDefn oField(sProp.name, eType);
        m_poDefn->AddFieldDefn(&oField);
        m_anFieldProperty.push_back(p);
    }
    m_poDefn->SetGeomType(wkbPolygon);
    if (m_poDelivery->nEPSG != 0 || !m_poDelivery->osSRSWkt.empty())
    {
        m_poSRS = new OGRSpatialReference();
        if (m_poDelivery->nEPSG != 0)
            m_poSRS->importFromEPSG(m_poDelivery->nEPSG);
        else
            m_poSRS->importFromWkt(m_poDelivery->osSRSWkt.c_str());
        m_poSRS->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_poDefn->GetGeomFieldDefn(0)->SetSpatialRef(m_poSRS);
    }
    m_poDefn->GetGeomFieldDefn(0)->SetName("geometrie");
}

PCRSRasterLayer::~PCRSRasterLayer()
{
    m_poDefn->Release();
    if (m_poSRS)
        m_poSRS->Release();
}

OGRFeature *PCRSRasterLayer::Translate(size_t i) const
{
    const pcrs_tile *psTile = m_poDelivery->Tile(i);
    auto poFeature = new OGRFeature(m_poDefn);
    poFeature->SetFID(static_cast<GIntBig>(i) + 1);
    for (int iField = 0; iField < static_cast<int>(m_anFieldProperty.size()); iField++)
    {
        const int iProp = m_anFieldProperty[iField];
        const char *pszValue = iProp < 0 ? psTile->gml_id : pcrs_tile_value(psTile, iProp);
        if (pszValue == nullptr)
            continue;
        if (m_poDefn->GetFieldDefn(iField)->GetType() == OFTStringList)
        {
            const CPLStringList aosValues(CSLTokenizeString2(pszValue, ",", 0));
            poFeature->SetField(iField, aosValues.List());
        }
        else
        {
            poFeature->SetField(iField, pszValue);
        }
    }
    auto poRing = new OGRLinearRing();
    poRing->addPoint(psTile->env[0], psTile->env[1]);
    poRing->addPoint(psTile->env[2], psTile->env[1]);
    poRing->addPoint(psTile->env[2], psTile->env[3]);
    poRing->addPoint(psTile->env[0], psTile->env[3]);
    poRing->addPoint(psTile->env[0], psTile->env[1]);
    auto poPolygon = new OGRPolygon();
    poPolygon->addRingDirectly(poRing);
    poPolygon->assignSpatialReference(m_poSRS);
    poFeature->SetGeometryDirectly(poPolygon);
    return poFeature;
}

OGRFeature *PCRSRasterLayer::GetNextFeature()
{
    while (m_iNext < m_poDelivery->TileCount())
    {
        const size_t i = m_iNext++;
        if (!Drawable(i))
            continue;
        OGRFeature *poFeature = Translate(i);
        if ((m_poFilterGeom == nullptr || FilterGeometry(poFeature->GetGeometryRef())) &&
            (m_poAttrQuery == nullptr || m_poAttrQuery->Evaluate(poFeature)))
            return poFeature;
        delete poFeature;
    }
    return nullptr;
}

OGRFeature *PCRSRasterLayer::GetFeature(GIntBig nFID)
{
    if (nFID < 1 || static_cast<size_t>(nFID) > m_poDelivery->TileCount() || !Drawable(static_cast<size_t>(nFID - 1)))
        return nullptr;
    return Translate(static_cast<size_t>(nFID - 1));
}

GIntBig PCRSRasterLayer::GetFeatureCount(int bForce)
{
    if (m_poFilterGeom != nullptr || m_poAttrQuery != nullptr)
        return OGRLayer::GetFeatureCount(bForce);
    GIntBig nCount = 0;
    for (size_t i = 0; i < m_poDelivery->TileCount(); i++)
        nCount += Drawable(i);
    return nCount;
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
int PCRSRasterLayer::TestCapability(const char *pszCap) const
#else
int PCRSRasterLayer::TestCapability(const char *pszCap)
#endif
{
    if (EQUAL(pszCap, OLCFastFeatureCount))
        return m_poFilterGeom == nullptr && m_poAttrQuery == nullptr;
    return EQUAL(pszCap, OLCRandomRead) || EQUAL(pszCap, OLCStringsAsUTF8) || EQUAL(pszCap, OLCFastGetExtent);
}

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 11, 0)
OGRErr PCRSRasterLayer::IGetExtent(int iGeomField, OGREnvelope *psExtent, bool)
{
    if (iGeomField != 0)
        return OGRERR_FAILURE;
#else
OGRErr PCRSRasterLayer::GetExtent(OGREnvelope *psExtent, int)
{
#endif
    bool bAny = false;
    for (size_t i = 0; i < m_poDelivery->TileCount(); i++)
    {
        if (!Drawable(i))
            continue;
        const pcrs_tile *psTile = m_poDelivery->Tile(i);
        OGREnvelope sTile;
        sTile.MinX = psTile->env[0];
        sTile.MinY = psTile->env[1];
        sTile.MaxX = psTile->env[2];
        sTile.MaxY = psTile->env[3];
        if (bAny)
            psExtent->Merge(sTile);
        else
            *psExtent = sTile;
        bAny = true;
    }
    return bAny ? OGRERR_NONE : OGRERR_FAILURE;
}

}  // namespace

OGRLayer *PCRSRasterCatalogueLayer(std::shared_ptr<const PCRSDelivery> poDelivery)
{
    return new PCRSRasterLayer(std::move(poDelivery));
}
