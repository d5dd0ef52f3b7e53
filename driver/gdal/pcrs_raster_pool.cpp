// Bounded LRU pool of open tile datasets.
#include "pcrs_raster_pool.h"

#include <algorithm>

#include "cpl_conv.h"

PCRSTilePool::PCRSTilePool(size_t nMax) : m_nMax(std::max<size_t>(1, nMax)), m_nKeep(m_nMax)
{
}

PCRSTilePool::~PCRSTilePool()
{
    for (auto &oEntry : m_oOpen)
        GDALClose(oEntry.second.first);
}

size_t PCRSTilePool::DefaultCapacity()
{
    const int nSize = atoi(CPLGetConfigOption("GDAL_MAX_DATASET_POOL_SIZE", "100"));
    return static_cast<size_t>(std::min(std::max(nSize, 2), 1000));
}

GDALDataset *PCRSTilePool::IfOpen(size_t iTile) const
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    auto oIter = m_oOpen.find(iTile);
    return oIter == m_oOpen.end() ? nullptr : oIter->second.first;
}

size_t PCRSTilePool::OpenCount() const
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    return m_oOpen.size();
}

void PCRSTilePool::CloseBeyond(size_t nKeep)
{
    while (m_oOpen.size() > nKeep && !m_oRecent.empty())
    {
        auto oOld = m_oOpen.find(m_oRecent.back());
        m_oRecent.pop_back();
        GDALClose(oOld->second.first);
        m_oOpen.erase(oOld);
    }
}

void PCRSTilePool::BeginRead(size_t nTiles, bool bSameRowAsLastRead, bool bAllBands)
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    if (bSameRowAsLastRead)
    {
        m_nRowTiles += nTiles;  // tiles shared by neighbouring blocks counted twice: a bound
    }
    else
    {
        m_nPreviousRowTiles = m_nRowTiles;
        m_nRowTiles = nTiles;
    }
    m_nKeep = bAllBands ? std::min(m_nMax, std::max(kMinWorkingSet, m_nRowTiles + m_nPreviousRowTiles)) : m_nMax;
    CloseBeyond(m_nKeep);
}

GDALDataset *PCRSTilePool::Get(size_t iTile, const std::function<GDALDataset *()> &fnOpen, bool *pbOpened)
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    *pbOpened = false;
    auto oIter = m_oOpen.find(iTile);
    if (oIter != m_oOpen.end())
    {
        m_oRecent.splice(m_oRecent.begin(), m_oRecent, oIter->second.second);
        return oIter->second.first;
    }
    CloseBeyond(m_nKeep - 1);
    GDALDataset *poDS = fnOpen();
    if (poDS == nullptr)
        return nullptr;
    m_oRecent.push_front(iTile);
    m_oOpen.emplace(iTile, std::make_pair(poDS, m_oRecent.begin()));
    *pbOpened = true;
    return poDS;
}
