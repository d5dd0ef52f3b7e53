// A bounded pool of open tile datasets, least recently used closed first,
// so that a mosaic of 100 000 tiles never holds more than a few open files.
#ifndef PCRS_RASTER_POOL_H
#define PCRS_RASTER_POOL_H

#include <functional>
#include <list>
#include <mutex>
#include <unordered_map>

#include "gdal_priv.h"

class PCRSTilePool final
{
  public:
    // nMax: open datasets kept (GDAL_MAX_DATASET_POOL_SIZE by default).
    explicit PCRSTilePool(size_t nMax);
    ~PCRSTilePool();

    // The open dataset of tile iTile, opened with fnOpen when not in the
    // pool (*pbOpened = true then); nullptr when fnOpen fails. The pointer
    // stays valid until the next call (one tile is read at a time).
    GDALDataset *Get(size_t iTile, const std::function<GDALDataset *()> &fnOpen, bool *pbOpened);

    size_t OpenCount() const;
    size_t Capacity() const
    {
        return m_nMax;
    }

    // GDAL_MAX_DATASET_POOL_SIZE, as GDAL's own dataset pool reads it.
    static size_t DefaultCapacity();

  private:
    size_t m_nMax;
    std::list<size_t> m_oRecent{};  // front: most recently used
    std::unordered_map<size_t, std::pair<GDALDataset *, std::list<size_t>::iterator>> m_oOpen{};
    mutable std::mutex m_oMutex{};

    PCRSTilePool(const PCRSTilePool &) = delete;
    PCRSTilePool &operator=(const PCRSTilePool &) = delete;
};

#endif
