// One layer per class of the model. The schema is built from the class's
// row of the model table; features are read from the core's spool by index,
// each layer with its own cursor and feature buffer (interleaved reading).
#ifndef PCRS_LAYER_H
#define PCRS_LAYER_H

#include <memory>
#include <vector>

#include "gdal_priv.h"
#include "ogrsf_frmts.h"
#include "pcrs/pcrs_reader.h"

class PCRSLayer final : public OGRLayer
{
  public:
    // poSRS (may be null) is referenced, not copied.
    PCRSLayer(GDALDataset *poDS, pcrs_reader *poReader, int iClass, OGRSpatialReference *poSRS);
    ~PCRSLayer() override;

    void ResetReading() override;
    OGRFeature *GetNextFeature() override;
    OGRFeature *GetFeature(GIntBig nFID) override;
    OGRErr SetNextByIndex(GIntBig nIndex) override;
    GIntBig GetFeatureCount(int bForce = TRUE) override;
    GDALDataset *GetDataset() override;

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

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 11, 0)
    OGRErr IGetExtent(int iGeomField, OGREnvelope *psExtent, bool bForce) override;
    OGRErr IGetExtent3D(int iGeomField, OGREnvelope3D *psExtent3D, bool bForce) override;
#else
    OGRErr GetExtent(OGREnvelope *psExtent, int bForce = TRUE) override;
    OGRErr GetExtent(int iGeomField, OGREnvelope *psExtent, int bForce = TRUE) override;
#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 9, 0)
    OGRErr GetExtent3D(int iGeomField, OGREnvelope3D *psExtent3D, int bForce = TRUE) override;
#endif
#endif

  private:
    struct FeatureDeleter
    {
        void operator()(pcrs_feature *poFeature) const
        {
            pcrs_feature_destroy(poFeature);
        }
    };

    bool HasFilter() const
    {
        return m_poFilterGeom != nullptr || m_poAttrQuery != nullptr;
    }
    // The extent of the class from the core, or false if it has none.
    bool FastExtent(OGREnvelope *psExtent) const;
    bool FastExtent3D(OGREnvelope3D *psExtent3D) const;  // Z range too, if any
    OGRFeature *ReadFeature(GIntBig nIndex);
    void SetFieldValue(OGRFeature *poFeature, int iField, int iProp) const;
    void SetGeometry(OGRFeature *poFeature) const;

    GDALDataset *m_poDS;
    pcrs_reader *m_poReader;
    const int m_iClass;
    const GIntBig m_nFeatureCount;
    OGRFeatureDefn *m_poFeatureDefn = nullptr;
    OGRSpatialReference *m_poSRS = nullptr;
    // Property index (in the class's table) of each field; -1 for gml_id.
    std::vector<int> m_anFieldProperty{};
    std::unique_ptr<pcrs_feature, FeatureDeleter> m_poFeature{};
    GIntBig m_iNextIndex = 0;

    PCRSLayer(const PCRSLayer &) = delete;
    PCRSLayer &operator=(const PCRSLayer &) = delete;
};

#endif
