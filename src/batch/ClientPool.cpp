#include "batch/ClientPool.h"

#include "core/WorkOsClient.h"

#include <QNetworkAccessManager>

#include <algorithm>

ClientPool::ClientPool(WorkOsClient *primary, LaneFactory factory, QObject *parent)
    : QObject(parent)
    , m_primary(primary)
    , m_factory(factory ? std::move(factory) : LaneFactory(&ClientPool::makeLane))
{
}

ClientPool::~ClientPool() = default;

ClientPool::Lane ClientPool::makeLane(const ClientConfig &config)
{
    Lane lane;
    lane.nam = std::make_unique<QNetworkAccessManager>();
    lane.client = std::make_unique<WorkOsClient>(lane.nam.get(), config);
    return lane;
}

WorkOsClient *ClientPool::leastBusy(int concurrency)
{
    WorkOsClient *best = m_primary;
    for (const Lane &lane : m_lanes) {
        if (lane.client->inFlight() < best->inFlight())
            best = lane.client.get();
    }
    const int wanted = (std::max(1, concurrency) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    if (best->inFlight() < ConnectionsPerManager || int(m_lanes.size()) + 1 >= wanted)
        return best;
    Lane lane = m_factory(m_primary->config());
    if (!lane.client)
        return best;
    connect(lane.client.get(), &WorkOsClient::callFailed, m_primary, &WorkOsClient::callFailed);
    m_lanes.push_back(std::move(lane));
    return m_lanes.back().client.get();
}

int ClientPool::inFlight() const
{
    int count = m_primary->inFlight();
    for (const Lane &lane : m_lanes)
        count += lane.client->inFlight();
    return count;
}
