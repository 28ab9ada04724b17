#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class WorkOsClient;
struct ClientConfig;

// The clients a batch sends its requests on: the environment's own client
// and, made only when needed, extra lanes (clients of the same configuration,
// each on a QNetworkAccessManager of its own). Qt 6.4 opens at most 6
// HTTP/1.1 connections per host and manager, so a concurrency above 6 would
// otherwise queue inside one manager. Every answer carries its own response
// facts, so any client may send any request. Lanes come from the injected
// factory (tests count or fake them); failures on a lane still reach the
// primary client's callFailed (the status bar's "last error").
class ClientPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPool)

public:
    struct Lane final
    {
        std::unique_ptr<QNetworkAccessManager> nam;
        std::unique_ptr<WorkOsClient> client;
    };
    using LaneFactory = std::function<Lane(const ClientConfig &config)>;

    static constexpr int ConnectionsPerManager = 6;

    // `factory` empty: makeLane.
    explicit ClientPool(WorkOsClient *primary, LaneFactory factory = {}, QObject *parent = nullptr);
    ~ClientPool() override;

    WorkOsClient *primary() const { return m_primary; }
    // The least busy client for a batch of `concurrency` requests in flight
    // at most; a new lane when every client is at the manager's limit and
    // fewer than concurrency / ConnectionsPerManager (rounded up) exist.
    WorkOsClient *leastBusy(int concurrency);
    // Requests in flight over every client of the pool.
    int inFlight() const;
    int laneCount() const { return int(m_lanes.size()); }

    // A client of `config` on a manager of its own.
    static Lane makeLane(const ClientConfig &config);

private:
    WorkOsClient *m_primary;
    LaneFactory m_factory;
    std::vector<Lane> m_lanes;
};
