#include "session/LinkTracker.h"

#include "audit/AuditLog.h"
#include "config/ProvisioningFile.h"
#include "core/WorkOsClient.h"
#include "session/LinkMatch.h"

#include <QElapsedTimer>
#include <QSettings>

#include <algorithm>

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}

Owner ownerOf(const LinkRecord &link)
{
    return link.ownerKind == QLatin1String("organization") ? Owner::organization(link.ownerId)
                                                           : Owner::user(link.ownerId);
}
} // namespace

LinkTracker::LinkTracker(AuditLog *log, WorkOsClient *client, QString environment, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_client(client)
    , m_environment(std::move(environment))
    , m_clock(&monotonicMs)
    , m_events(new PipesEventsReader(client, m_environment, this))
{
    m_events->setCacheTtlMs(0); // every refresh asks again
    m_timer.setInterval(m_options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LinkTracker::refreshNow);
}

LinkTracker::~LinkTracker()
{
    if (m_call)
        m_call->cancel();
}

qint64 LinkTracker::staleAfterSeconds(const QSettings &settings, const QString &provisioningPath)
{
    const int own = settings.value(QLatin1String(LinkSettings::StaleAfterHoursKey)).toInt();
    if (own > 0)
        return LinkSettings::effectiveStaleAfterSeconds(own, 0);
    return LinkSettings::effectiveStaleAfterSeconds(0, ProvisioningFile::read(provisioningPath).linkStaleAfterHours);
}

void LinkTracker::setOptions(const Options &options)
{
    m_options = options;
    m_timer.setInterval(options.intervalMs);
}

void LinkTracker::start()
{
    m_timer.start();
    refreshNow();
}

void LinkTracker::stop()
{
    m_timer.stop();
    if (m_call)
        m_call->cancel();
    m_refreshing = false;
}

void LinkTracker::refreshNow()
{
    if (m_refreshing || !m_log || !m_log->isOpen() || !m_client)
        return;
    m_waiting = m_log->links(LinkFilter{m_environment, {LinkState::Waiting}, 0});
    m_completed = 0;
    m_error.clear();
    if (m_waiting.isEmpty()) {
        finish(tr("No link is waiting."));
        return;
    }
    m_refreshing = true;
    if (m_eventsUnavailable) {
        readConnections();
        return;
    }
    QDateTime oldest = QDateTime::currentDateTimeUtc();
    for (const LinkRecord &link : std::as_const(m_waiting))
        oldest = std::min(oldest, link.issuedAt);
    EventsQuery query;
    query.sinceSeconds = std::clamp<qint64>(oldest.secsTo(QDateTime::currentDateTimeUtc()) + 60, 60, 30 * 86400);
    query.pageCap = m_options.eventPages;
    const int before = m_events->requestsSent();
    m_events->read(query, this, [this, before](const Expected<EventsResult, ApiError> &result) {
        m_sent += m_events->requestsSent() - before;
        onEvents(result);
    });
}

void LinkTracker::onEvents(const Expected<EventsResult, ApiError> &result)
{
    if (!result) {
        // Events not enabled for this key (403, 404) or not answering: the connections tell instead.
        const int status = result.error().httpStatus;
        if (status == 403 || status == 404)
            m_eventsUnavailable = true;
        else
            m_error = result.error().text();
        readConnections();
        return;
    }
    m_usedEvents = true;
    for (const LinkRecord &link : std::as_const(m_waiting)) {
        if (const std::optional<QString> by = LinkMatch::fromEvents(link, result.value().events))
            complete(link, *by);
    }
    finish(tr("%n link(s) completed.", nullptr, m_completed));
}

void LinkTracker::readConnections()
{
    m_usedEvents = false;
    // The links due, the longest unchecked first, a few per refresh.
    QList<LinkRecord> due;
    for (const LinkRecord &link : std::as_const(m_waiting)) {
        if (m_backoff.value(link.id).nextAtMs <= now())
            due.append(link);
    }
    std::stable_sort(due.begin(), due.end(), [](const LinkRecord &a, const LinkRecord &b) {
        return !a.lastCheckedAt.isValid() ? b.lastCheckedAt.isValid() : (b.lastCheckedAt.isValid() && a.lastCheckedAt < b.lastCheckedAt);
    });
    m_toRead = due.mid(0, m_options.readsPerRefresh);
    readNext();
}

void LinkTracker::readNext()
{
    if (m_toRead.isEmpty() || !m_client) {
        finish(tr("%n link(s) completed.", nullptr, m_completed));
        return;
    }
    const LinkRecord link = m_toRead.takeFirst();
    const QString scope = link.ownerKind == QLatin1String("organization") ? QString() : link.organizationId;
    ++m_sent;
    m_call = m_client->listDataProviders(ownerOf(link), scope, this,
                                         [this, link](const ApiResult<QList<DataProvider>> &result) {
        m_call.clear();
        if (m_log)
            m_log->markLinkChecked(link.id, QDateTime::currentDateTimeUtc());
        if (!result) {
            m_error = result.error().text();
            postpone(link.id);
            if (result.error().httpStatus == 429) { // over the limit: the rest waits for the next refresh
                m_toRead.clear();
            }
            readNext();
            return;
        }
        QList<ConnectedAccount> connections;
        for (const DataProvider &provider : result.value()) {
            if (provider.slug == link.providerSlug)
                connections = provider.allConnections();
        }
        if (const std::optional<QString> by = LinkMatch::fromConnections(link, connections))
            complete(link, *by);
        else
            postpone(link.id);
        readNext();
    });
}

void LinkTracker::postpone(qint64 linkId)
{
    Backoff &b = m_backoff[linkId];
    b.delayMs = b.delayMs == 0 ? m_options.firstBackoffMs : std::min(b.delayMs * 2, m_options.maxBackoffMs);
    b.nextAtMs = now() + b.delayMs;
}

void LinkTracker::complete(const LinkRecord &link, const QString &connectionId)
{
    if (!m_log || !m_log->setLinkState(link.id, LinkState::Completed, connectionId))
        return; // closed or superseded meanwhile (another workstation)
    m_backoff.remove(link.id);
    ++m_completed;
    if (const std::optional<LinkRecord> now = m_log->link(link.id))
        Q_EMIT linkCompleted(*now);
}

void LinkTracker::finish(const QString &summary)
{
    m_refreshing = false;
    m_summary = summary;
    Q_EMIT refreshed();
}
