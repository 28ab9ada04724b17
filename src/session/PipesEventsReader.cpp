#include "session/PipesEventsReader.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

struct PipesEventsReader::Run
{
    EventsQuery query;
    QString key;
    QPointer<QObject> context;
    Done done;
    EventsResult result;
    QString after;
};

namespace {
qint64 monotonicMs()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer.elapsed();
}
} // namespace

PipesEventsReader::PipesEventsReader(WorkOsClient *client, QString environment, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_environment(std::move(environment))
    , m_clock(&monotonicMs)
{
}

qint64 PipesEventsReader::now() const
{
    return m_clock();
}

QString PipesEventsReader::key(const EventsQuery &query) const
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(m_environment, query.organizationId)
        .arg(query.sinceSeconds)
        .arg(query.pageSize)
        .arg(query.pageCap);
}

void PipesEventsReader::read(const EventsQuery &query, QObject *context, Done done)
{
    auto run = std::make_shared<Run>();
    run->query = query;
    run->key = key(query);
    run->context = context;
    run->done = std::move(done);
    const auto cached = m_cache.constFind(run->key);
    if (cached != m_cache.constEnd() && now() - cached->at < m_ttlMs) {
        EventsResult result = cached->result;
        result.fromCache = true;
        // Answered on the next turn, like a request, so callers see one shape.
        QTimer::singleShot(0, this, [run, result] {
            if (run->context && run->done)
                run->done(result);
        });
        return;
    }
    run->result.rangeStart = QDateTime::currentDateTimeUtc().addSecs(-query.sinceSeconds);
    nextPage(run);
}

void PipesEventsReader::nextPage(const std::shared_ptr<Run> &run)
{
    if (!run->context || !m_client)
        return;
    const qint64 wait = m_budget.waitMs(RequestBudget::Kind::Read, now());
    if (wait != 0) {
        // Looked at again often: the clock is injected and may move faster than time.
        QTimer::singleShot(std::clamp<qint64>(wait, 1, 100), this, [this, run] { nextPage(run); });
        return;
    }
    ListEventsRequest request;
    request.organizationId = run->query.organizationId;
    request.rangeStart = run->result.rangeStart;
    request.limit = run->query.pageSize;
    request.after = run->after;
    const quint64 ticket = m_budget.reserve(RequestBudget::Kind::Read, now());
    ++m_sent;
    m_client->listEvents(request, this, [this, run, ticket](const ApiResult<PipesEventPage> &page) {
        m_budget.complete(ticket, now(), std::max(1, page.facts().attempts));
        run->result.calls.append({QDateTime::currentDateTimeUtc(), QStringLiteral("GET /events"), page.facts().httpStatus,
                                  page.facts().requestId});
        if (!page.ok()) {
            if (run->context && run->done)
                run->done(page.error());
            return;
        }
        ++run->result.pages;
        run->result.events.append(page.value().data);
        run->after = page.value().after;
        if (!run->after.isEmpty() && run->result.pages >= run->query.pageCap)
            run->result.capped = true;
        if (run->after.isEmpty() || run->result.capped) {
            m_cache.insert(run->key, {now(), run->result});
            if (run->context && run->done)
                run->done(run->result);
            return;
        }
        nextPage(run);
    });
}
