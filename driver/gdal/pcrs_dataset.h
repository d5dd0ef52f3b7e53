// Read-only dataset of a PCRS v2.0 document: one layer per class present,
// the model's code lists as field domains, its links as relationships.
#ifndef PCRS_DATASET_H
#define PCRS_DATASET_H

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gdal_priv.h"
#include "ogrsf_frmts.h"
#include "pcrs/pcrs_reader.h"
#include "pcrs_layer.h"
#include "pcrs_vsi_io.h"

class PCRSDataset final : public GDALDataset
{
  public:
    PCRSDataset();
    ~PCRSDataset() override;

    // Parses the document at osPath (no "PCRS:" prefix). fpHeader, if not
    // null, is an open handle on osPath that the dataset takes over.
    bool Open(const std::string &osPath, VSILFILE *fpHeader, CSLConstList papszOptions);

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
    using GDALDataset::GetLayer;
    int GetLayerCount() const override;
    const OGRLayer *GetLayer(int iLayer) const override;
    int TestCapability(const char *pszCap) const override;
#else
    int GetLayerCount() override;
    OGRLayer *GetLayer(int iLayer) override;
    int TestCapability(const char *pszCap) override;
#endif
    char **GetFileList() override;

    std::vector<std::string> GetFieldDomainNames(CSLConstList papszOptions = nullptr) const override;
    const OGRFieldDomain *GetFieldDomain(const std::string &name) const override;
    std::vector<std::string> GetRelationshipNames(CSLConstList papszOptions = nullptr) const override;
    const GDALRelationship *GetRelationship(const std::string &name) const override;

  private:
    struct ReaderDeleter
    {
        void operator()(pcrs_reader *poReader) const
        {
            pcrs_reader_destroy(poReader);
        }
    };

    // Callbacks of the core (user = this).
    static void OnMessage(void *user, pcrs_msg_level eLevel, pcrs_status eCode, const char *pszMsg);

    void FlushPendingError();
    bool SetForcedSRS(const char *pszUserInput);
    OGRSpatialReference *GetLayerSRS(int iClass);
    void BuildLayers(bool bExposeEmptyClasses);
    void BuildFieldDomains();
    void BuildRelationships();

    std::string m_osPath{};
    PCRSVSIIOWithOpenHandle m_oIO{};
    // Errors of the core are held back while opening: the last one is also
    // the open failure, which is reported once, as a CE_Failure.
    bool m_bOpening = false;
    std::string m_osPendingError{};

    std::unique_ptr<pcrs_reader, ReaderDeleter> m_poReader{};
    OGRSpatialReference *m_poForcedSRS = nullptr;
    std::map<int, OGRSpatialReference *> m_oSRSCache{};
    int m_nDocumentEPSG = 0;

    // Layers hold the reader: declared after it, so destroyed before it.
    std::vector<std::unique_ptr<PCRSLayer>> m_apoLayers{};
    std::vector<int> m_anLayerClasses{};

    std::vector<std::string> m_aosDomainNames{};
    std::map<std::string, std::unique_ptr<OGRFieldDomain>> m_oDomains{};
    std::vector<std::string> m_aosRelationshipNames{};
    std::map<std::string, std::unique_ptr<GDALRelationship>> m_oRelationships{};

    PCRSDataset(const PCRSDataset &) = delete;
    PCRSDataset &operator=(const PCRSDataset &) = delete;
};

// pcrs_domains.cpp: the coded field domain of a code list of the model.
std::unique_ptr<OGRFieldDomain> PCRSBuildFieldDomain(const pcrs_codelist *psList);

// pcrs_relationships.cpp: one relationship per (owner class, link property,
// concrete target class), between the classes of anClasses only.
std::vector<std::unique_ptr<GDALRelationship>> PCRSBuildRelationships(const std::vector<int> &anClasses);

#endif
