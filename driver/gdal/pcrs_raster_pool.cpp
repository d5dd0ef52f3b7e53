// Bounded LRU pool of open tile datasets.
#include "pcrs_raster_pool.h"

#include <algorithm>

#include "cpl_conv.h"

PCRSTilePool::PCRSTilePool(size_t nMax) : m_nMax(std::max<size_t>(1, nMax))
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

size_t PCRSTilePool::OpenCount() const
{
    std::lock_guard<std::mutex> oLock(m_oMutex);
    return m_oOpen.size();
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
    while (m_oOpen.size() >= m_nMax && !m_oRecent.empty())
    {
        const size_t iOldest = m_oRecent.back();
        m_oRecent.pop_back();
        auto oOld = m_oOpen.find(iOldest);
        GDALClose(oOld->second.first);
        m_oOpen.erase(oOld);
    }
    GDALDataset *poDS = fnOpen();
    if (poDS == nullptr)
        return nullptr;
    m_oRecent.push_front(iTile);
    m_oOpen.emplace(iTile, std::make_pair(poDS, m_oRecent.begin()));
    *pbOpened = true;
    return poDS;
}
