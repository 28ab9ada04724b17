#pragma once

#include "batch/RequestBudget.h"
#include "core/WorkOsClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

// One call the diagnosis made, for "Copy for WorkOS support".
struct CallRecord final
{
    QDateTime at;     // UTC
    QString endpoint; // "GET /events", "POST /data-integrations/github/token"
    int httpStatus = 0;
    QString requestId;
};

struct EventsQuery final
{
    QString organizationId; // passed on: it narrows the read
    qint64 sinceSeconds = 30 * 86400; // range_start = now - sinceSeconds (default 30 days)
    int pageSize = 100;
    int pageCap = 10; // pages at most; past it the result says it was capped
};

struct EventsResult final
{
    QList<PipesEvent> events; // as the API listed them
    int pages = 0;
    bool capped = false;      // the page cap was reached before the range was covered
    QDateTime rangeStart;
    QList<CallRecord> calls;  // the pages' requests
    bool fromCache = false;
};

// Reads the Pipes events of an environment page by page (list_metadata.after)
// until the range is covered or the page cap is reached, within a request
// budget, and keeps the result for a short time (per environment and query),
// so opening a second diagnosis of the same customer sends nothing.
class PipesEventsReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipesEventsReader)

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    using Done = std::function<void(const Expected<EventsResult, ApiError> &)>;

    PipesEventsReader(WorkOsClient *client, QString environment, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCacheTtlMs(qint64 ms) { m_ttlMs = ms; }
    void setBudget(const BudgetLimits &limits) { m_budget = RequestBudget(limits); }
    const QString &environment() const { return m_environment; }
    int requestsSent() const { return m_sent; }

    // `done` runs once (not at all when `context` is gone first).
    void read(const EventsQuery &query, QObject *context, Done done);
    void clearCache() { m_cache.clear(); }

private:
    struct Run;
    struct Cached
    {
        qint64 at = 0;
        EventsResult result;
    };
    void nextPage(const std::shared_ptr<Run> &run);
    QString key(const EventsQuery &query) const;
    qint64 now() const;

    QPointer<WorkOsClient> m_client;
    QString m_environment;
    Clock m_clock;
    qint64 m_ttlMs = 60000;
    RequestBudget m_budget;
    QHash<QString, Cached> m_cache;
    int m_sent = 0;
};
