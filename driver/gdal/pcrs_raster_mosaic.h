// The mosaic of a delivery: one raster over all tiles, placed by their
// footprints without opening them, composited newest on top, opened lazily
// through a bounded pool; overview levels read the tiles' own overviews.
#ifndef PCRS_RASTER_MOSAIC_H
#define PCRS_RASTER_MOSAIC_H

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "pcrs_raster.h"
#include "pcrs_raster_pool.h"

// State shared by the full-resolution dataset and its overview datasets.
class PCRSMosaic final
{
  public:
    PCRSMosaic(std::shared_ptr<PCRSDelivery> poDelivery, CSLConstList papszOptions);

    const PCRSDelivery &Delivery() const
    {
        return *m_poDelivery;
    }
    std::shared_ptr<const PCRSDelivery> SharedDelivery() const
    {
        return m_poDelivery;
    }
    bool IsValid() const
    {
        return m_nXSize > 0 && m_nYSize > 0;
    }
    int XSize() const
    {
        return m_nXSize;
    }
    int YSize() const
    {
        return m_nYSize;
    }
    void GeoTransform(double adfGT[6]) const;
    int ColorBands() const
    {
        return m_poDelivery->nColorBands;
    }
    bool HasAlphaBand() const
    {
        return m_bAlpha;
    }

    // Composites a window of level nFactor (1: full resolution; sizes in
    // pixels of that level) into pData, buffer size = window size. Bands are
    // 1-based mosaic bands; ColorBands() + 1 is the coverage (alpha/mask).
    CPLErr Read(int nFactor, int nXOff, int nYOff, int nXSize, int nYSize, void *pData, GDALDataType eBufType,
                int nBandCount, const int *panBands, GSpacing nPixelSpace, GSpacing nLineSpace,
                GSpacing nBandSpace);

    // Topmost tile whose footprint holds the centre of pixel (x, y) of
    // level nFactor; -1 if none.
    int TileAt(int nFactor, double dfPixel, double dfLine) const;
    // <LocationInfo> of a pixel of level nFactor (GDAL's LocationInfo request).
    std::string LocationInfo(int nFactor, double dfPixel, double dfLine) const;

  private:
    struct TileState
    {
        bool bChecked = false;  // header compared with the footprint (§C.1)
        bool bBroken = false;   // failed at read: reported once, then an error each time
        int nScanStart = -1;    // full-resolution tile rows of the last read of it
        int nScanEnd = -1;
    };

    void BuildIndex();
    std::vector<size_t> Candidates(int nFactor, int nXOff, int nYOff, int nXSize, int nYSize);
    // Level-pixel rectangle of a tile, floating.
    void TileRect(size_t iTile, int nFactor, double adfRect[4]) const;
    GDALDataset *AcquireTile(size_t iTile, CPLErr *peErr);
    void CheckTile(size_t iTile, GDALDataset *poDS);
    // After a read of tile window (nSrcX, nSrcY, nSrcW, nSrcH), in full-resolution tile pixels.
    void ReleaseScannedBlocks(size_t iTile, GDALDataset *poTile, bool bFullResolution, int nSrcX, int nSrcY,
                              int nSrcW, int nSrcH, const std::vector<int> &anTileBands);

    std::shared_ptr<PCRSDelivery> m_poDelivery;
    double m_dfOriginX = 0, m_dfOriginY = 0;
    int m_nXSize = 0, m_nYSize = 0;
    bool m_bAlpha = true;
    GDALRIOResampleAlg m_eResampling = GRIORA_NearestNeighbour;
    std::vector<size_t> m_anRank{};  // drawing rank per tile (higher on top)
    std::vector<TileState> m_aoState{};

    // Spatial index: buckets of m_nBucket full-resolution pixels.
    int m_nBucket = 1024;
    std::unordered_map<uint64_t, std::vector<uint32_t>> m_oBuckets{};
    std::vector<uint32_t> m_anStamp{};
    uint32_t m_nStamp = 0;

    PCRSTilePool m_oPool;
    int m_nLastReadFactor = 0, m_nLastReadYOff = -1, m_nLastReadYSize = 0;  // rows of the last read
    std::vector<size_t> m_anScannedThrough{};  // tiles a scan went through, released at the next row
    PCRSProblemReporter m_oReporter;  // header checks of tiles opened lazily
    std::mutex m_oMutex{};

    PCRSMosaic(const PCRSMosaic &) = delete;
    PCRSMosaic &operator=(const PCRSMosaic &) = delete;
};

class PCRSMosaicBand;

class PCRSMosaicDataset final : public GDALDataset
{
    friend class PCRSMosaicBand;

  public:
    // nFactor 1: the full-resolution dataset (which owns the overviews).
    PCRSMosaicDataset(std::shared_ptr<PCRSMosaic> poMosaic, int nFactor, bool bRaster, bool bVector);
    ~PCRSMosaicDataset() override;

#if GDAL_VERSION_NUM >= GDAL_COMPUTE_VERSION(3, 12, 0)
    CPLErr GetGeoTransform(GDALGeoTransform &oGT) const override;
    using GDALDataset::GetLayer;
    int GetLayerCount() const override;
    const OGRLayer *GetLayer(int iLayer) const override;
#else
    CPLErr GetGeoTransform(double *padfTransform) override;
    int GetLayerCount() override;
    OGRLayer *GetLayer(int iLayer) override;
#endif
    const OGRSpatialReference *GetSpatialRef() const override;
    char **GetFileList() override;

    void SetVectorDocument(std::unique_ptr<GDALDataset> poVectorDS)
    {
        m_poVectorDS = std::move(poVectorDS);
    }

  protected:
    CPLErr IRasterIO(GDALRWFlag eRWFlag, int nXOff, int nYOff, int nXSize, int nYSize, void *pData,
                     int nBufXSize, int nBufYSize, GDALDataType eBufType, int nBandCount,
                     PCRS_BANDMAP_TYPE panBandMap, GSpacing nPixelSpace, GSpacing nLineSpace,
                     GSpacing nBandSpace, GDALRasterIOExtraArg *psExtraArg) override;

  private:
    void SetSummaryMetadata();

    std::shared_ptr<PCRSMosaic> m_poMosaic;
    int m_nFactor;
    OGRSpatialReference m_oSRS{};
    std::vector<std::unique_ptr<PCRSMosaicDataset>> m_apoOverviews{};
    std::unique_ptr<PCRSMosaicBand> m_poMaskBand{};  // when the coverage is a mask, not a band
    std::unique_ptr<OGRLayer> m_poLayer{};
    // A catalogue opened as raster and vector at once: its document's layers.
    std::unique_ptr<GDALDataset> m_poVectorDS{};
    std::vector<GByte> m_abyBlockScratch{};  // the bands of one block, read together
    int m_nScanStart = -1, m_nScanEnd = -1;  // rows of the last whole-row resampled request
    int m_nScanFirstBlockRow = 0;   // first block row of that scan not released yet
    std::mutex m_oScratchMutex{};
};

class PCRSMosaicBand final : public GDALRasterBand
{
  public:
    // nMosaicBand: 1..ColorBands(), or ColorBands() + 1 for the coverage.
    PCRSMosaicBand(PCRSMosaicDataset *poDS, int nMosaicBand, int nBandNumber);

    double GetNoDataValue(int *pbSuccess) override;
    GDALColorInterp GetColorInterpretation() override;
    int GetOverviewCount() override;
    GDALRasterBand *GetOverview(int i) override;
    int GetMaskFlags() override;
    GDALRasterBand *GetMaskBand() override;
    const char *GetMetadataItem(const char *pszName, const char *pszDomain = "") override;

  protected:
    CPLErr IReadBlock(int nBlockXOff, int nBlockYOff, void *pImage) override;
    CPLErr IRasterIO(GDALRWFlag eRWFlag, int nXOff, int nYOff, int nXSize, int nYSize, void *pData,
                     int nBufXSize, int nBufYSize, GDALDataType eBufType, GSpacing nPixelSpace,
                     GSpacing nLineSpace, GDALRasterIOExtraArg *psExtraArg) override;

  private:
    PCRSMosaicDataset *Mosaic() const
    {
        return static_cast<PCRSMosaicDataset *>(poDS);
    }
    bool IsCoverage() const;
    // Edge blocks: zeroes beyond the raster.
    void ClearOutside(int nXSize, int nYSize, void *pBlock) const;

    int m_nMosaicBand;
    std::string m_osLocationInfo{};
};

#endif
