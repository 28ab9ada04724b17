#pragma once

#include "batch/BatchClock.h"
#include "batch/BatchEngine.h"
#include "batch/BatchWriteRecorder.h"
#include "batch/ClientPool.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// A sandbox on loopback and a client for it, for the engine tests.
struct SandboxRig final
{
    explicit SandboxRig(const SandboxOptions &options = {}, const RetryPolicy &retry = fastRetry())
        : server(std::make_unique<SandboxServer>(options))
    {
        server->listen();
        ClientConfig config;
        config.baseUrl = server->baseUrl();
        config.apiKey = server->apiKey();
        config.retry = retry;
        client = std::make_unique<WorkOsClient>(&nam, config);
    }

    // The default policy's shape (3 retries) with short delays, so tests stay fast.
    static RetryPolicy fastRetry()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 20;
        policy.maxDelayMs = 100;
        policy.jitter = false;
        return policy;
    }

    std::unique_ptr<SandboxServer> server;
    QNetworkAccessManager nam;
    std::unique_ptr<WorkOsClient> client;
};

// A clock that moves only when the test says so.
class FakeClock final : public BatchClock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms)
    {
        m_now += ms;
        Q_EMIT jumped();
    }

private:
    qint64 m_now = 1000;
};

// Records what BatchEngine reports about its writes, in order.
class FakeRecorder final : public BatchWriteRecorder
{
public:
    struct Event final
    {
        bool started = false; // false: finished
        qint64 record = 0;
        QString userId;
        BatchOutcome outcome = BatchOutcome::None;
        QString requestId;
        int httpStatus = 0;
    };

    std::optional<qint64> writeStarting(const BatchWrite &write, QString *error) override
    {
        if (refuse) {
            *error = QStringLiteral("disk full");
            return std::nullopt;
        }
        const qint64 id = ++m_next;
        events.append({true, id, write.userId, BatchOutcome::None, QString(), 0});
        lastWrite = write;
        return id;
    }
    void writeFinished(qint64 record, const BatchItem &item) override
    {
        events.append({false, record, item.userId, item.outcome, item.requestId, item.httpStatus});
    }

    int count(bool started) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [started](const Event &e) { return e.started == started; }));
    }

    QList<Event> events;
    BatchWrite lastWrite;
    bool refuse = false;

private:
    qint64 m_next = 0;
};

inline bool waitForFinished(BatchEngine &engine, int timeoutMs = 20000)
{
    if (engine.state() == BatchEngine::State::Finished)
        return true;
    QSignalSpy spy(&engine, &BatchEngine::finished);
    return spy.wait(timeoutMs);
}
