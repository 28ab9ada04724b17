#pragma once

#include "audit/LinkRecord.h"
#include "session/PipesEventsReader.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class ApiCall;
class AuditLog;
class QSettings;

// Follows the waiting connect links of one environment to the end, in the
// background: each refresh first reads the Pipes events since the oldest
// waiting link (one `connected` event completes a link); where events cannot
// be read (not enabled for the key, an error), it reads the owner's
// connections instead, a few links per refresh, each with its own back-off
// (30 s doubling to 15 minutes while nothing changes). A completed link is
// written to the audit store and announced with linkCompleted().
//
// Made per environment (the window drops it on a switch): destroying it
// cancels what is in flight.
class LinkTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTracker)

public:
    struct Options final
    {
        int intervalMs = 60 * 1000;     // between background refreshes
        int readsPerRefresh = 3;        // connection reads at most per refresh
        qint64 firstBackoffMs = 30 * 1000;
        qint64 maxBackoffMs = 15 * 60 * 1000;
        int eventPages = 2;             // event pages at most per refresh
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic (back-off)

    LinkTracker(AuditLog *log, WorkOsClient *client, QString environment, QObject *parent = nullptr);
    ~LinkTracker() override;

    // When a waiting link shows "stale": the user's QSettings key
    // links/staleAfterHours, else the provisioning file's [links]
    // staleAfterHours, else 24 hours.
    static qint64 staleAfterSeconds(const QSettings &settings, const QString &provisioningPath);

    void setOptions(const Options &options);
    void setClock(Clock clock) { m_clock = std::move(clock); }
    const QString &environment() const { return m_environment; }

    // Background refreshes every intervalMs (the first right away).
    void start();
    void stop();
    // One refresh now (ignored while one runs); refreshed() when it ends.
    void refreshNow();
    bool isRefreshing() const { return m_refreshing; }
    // What the last refresh did, for a status line ("2 waiting, checked 3").
    QString lastSummary() const { return m_summary; }
    // Why the last refresh could not read what it asked for (the API's
    // error text); empty when every read answered.
    QString lastError() const { return m_error; }
    // Whether the last refresh could read events (false: it read connections).
    bool usedEvents() const { return m_usedEvents; }
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    void linkCompleted(const LinkRecord &link);
    void refreshed();

private:
    struct Backoff
    {
        qint64 nextAtMs = 0;
        qint64 delayMs = 0;
    };
    void onEvents(const Expected<EventsResult, ApiError> &result);
    void readConnections();
    void readNext();
    void complete(const LinkRecord &link, const QString &connectionId);
    void postpone(qint64 linkId);
    void finish(const QString &summary);
    qint64 now() const { return m_clock(); }

    QPointer<AuditLog> m_log;
    QPointer<WorkOsClient> m_client;
    QString m_environment;
    Options m_options;
    Clock m_clock;
    QTimer m_timer;
    PipesEventsReader *m_events;
    bool m_eventsUnavailable = false;
    bool m_usedEvents = false;
    bool m_refreshing = false;
    QList<LinkRecord> m_waiting;
    QList<LinkRecord> m_toRead;
    int m_completed = 0;
    int m_sent = 0;
    QHash<qint64, Backoff> m_backoff;
    QPointer<ApiCall> m_call;
    QString m_summary;
    QString m_error;
};
