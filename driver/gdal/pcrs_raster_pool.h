// A bounded pool of open tile datasets, least recently used closed first,
// so that a mosaic of 100 000 tiles never holds more than a few open files.
// Beyond the files, an open tile holds about 1 MB of decoding buffers and
// decoded blocks: the pool keeps open only the working set of the reads (the
// tiles of the last two), so that this memory goes to the next tiles instead
// of fresh pages, which cost more than re-opening a tile now and then.
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
    // nMax: open datasets kept at most (GDAL_MAX_DATASET_POOL_SIZE by default).
    explicit PCRSTilePool(size_t nMax);
    ~PCRSTilePool();

    // The open dataset of tile iTile, opened with fnOpen when not in the
    // pool (*pbOpened = true then); nullptr when fnOpen fails. The pointer
    // stays valid until the next call (one tile is read at a time).
    GDALDataset *Get(size_t iTile, const std::function<GDALDataset *()> &fnOpen, bool *pbOpened);

    // A read is about to touch nTiles tiles. Reads of the same rows (the
    // blocks of a block row, or one swath) form a row of reads: the pool
    // keeps open the tiles of this row and of the row before (the next row
    // of a scan needs them again), at least kMinWorkingSet, at most the
    // capacity. Reads of only some bands keep the whole capacity: a scan
    // band after band comes back to every tile.
    void BeginRead(size_t nTiles, bool bSameRowAsLastRead, bool bAllBands);

    // The dataset of tile iTile if it is open, without touching the order.
    GDALDataset *IfOpen(size_t iTile) const;

    size_t OpenCount() const;
    size_t Capacity() const
    {
        return m_nMax;
    }

    // GDAL_MAX_DATASET_POOL_SIZE, as GDAL's own dataset pool reads it.
    static size_t DefaultCapacity();

    static constexpr size_t kMinWorkingSet = 8;

  private:
    void CloseBeyond(size_t nKeep);

    size_t m_nMax;
    size_t m_nRowTiles = 0;      // tiles touched by the reads of the current row
    size_t m_nPreviousRowTiles = 0;
    size_t m_nKeep;
    std::list<size_t> m_oRecent{};  // front: most recently used
    std::unordered_map<size_t, std::pair<GDALDataset *, std::list<size_t>::iterator>> m_oOpen{};
    mutable std::mutex m_oMutex{};

    PCRSTilePool(const PCRSTilePool &) = delete;
    PCRSTilePool &operator=(const PCRSTilePool &) = delete;
};

#endif
