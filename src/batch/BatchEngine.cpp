#include "batch/BatchEngine.h"

#include "batch/BatchClock.h"
#include "batch/BatchEngineText.h"
#include "batch/BatchWriteRecorder.h"
#include "batch/ClientPool.h"
#include "core/WorkOsClient.h"

#include <QUuid>

#include <algorithm>

BatchEngine::BatchEngine(ClientPool *pool, BatchClock *clock, const BatchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_clock(clock)
    , m_settings(settings)
    , m_budget(settings.budget)
{
    qRegisterMetaType<BatchProgress>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BatchEngine::pump);
    // A clock moved by hand (tests): a pause or a budget wait may be over.
    connect(m_clock, &BatchClock::jumped, this, &BatchEngine::schedulePump);
}

BatchEngine::BatchEngine(WorkOsClient *client, const BatchSettings &settings, QObject *parent)
    : BatchEngine(new ClientPool(client), new SteadyClock, settings, parent)
{
    m_ownedPool.reset(m_pool);
    m_ownedClock.reset(m_clock);
}

BatchEngine::~BatchEngine()
{
    // Abandon what is still in flight: cancelling is silent, so nothing calls
    // back into this dying object.
    const QList<Flight> flights = m_flights.values();
    m_flights.clear();
    for (const Flight &flight : flights) {
        if (flight.call)
            flight.call->cancel();
    }
}

void BatchEngine::setSettings(const BatchSettings &settings)
{
    m_settings = settings;
    if (!isActive())
        m_budget = RequestBudget(settings.budget);
}

qint64 BatchEngine::now() const
{
    return m_clock->nowMs();
}

QString BatchEngine::newBatchId()
{
    return QStringLiteral("batch_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
}

QList<BatchItem> BatchEngine::disconnectTargets(const QList<BatchItem> &preview)
{
    QList<BatchItem> targets;
    for (const BatchItem &item : preview) {
        if (item.outcome != BatchOutcome::WillDisconnect)
            continue;
        for (const ConnectedAccount &connection : item.connections) {
            BatchItem target = item;
            target.clearResult();
            target.account = connection; // by id, as the preview read it
            target.requests = 0;
            targets.append(target);
        }
    }
    return targets;
}

QList<BatchItem> BatchEngine::withRunOutcomes(const QList<BatchItem> &preview, const QList<BatchItem> &run)
{
    QList<BatchItem> merged;
    int next = 0;
    for (const BatchItem &item : preview) {
        if (item.outcome != BatchOutcome::WillDisconnect) {
            merged.append(item);
            continue;
        }
        for (int i = 0; i < int(item.connections.size()) && next < int(run.size()); ++i)
            merged.append(run.at(next++));
    }
    return merged;
}

BatchWrite BatchEngine::writeFor(const BatchJob &job, const BatchItem &item)
{
    BatchWrite write{job.batchId, item.userId, item.email, job.providerSlug, job.organizationId, job.reason,
                     QString(), QString(), QStringLiteral("user")};
    if (item.account) {
        write.connectedAccountId = item.account->id;
        write.connectionLabel = item.account->accountDisplayName;
    }
    return write;
}

bool BatchEngine::start(const BatchJob &job, const QList<BatchItem> &items)
{
    if (isActive())
        return false;
    const bool needsSlug = job.operation != BatchJob::Operation::CheckStatus;
    if (needsSlug && job.providerSlug.isEmpty())
        return false;
    if (job.operation == BatchJob::Operation::Disconnect && !m_recorder)
        return false;
    m_job = job;
    if (m_job.batchId.isEmpty())
        m_job.batchId = newBatchId();
    m_items = items;
    m_queue.clear();
    m_flights.clear();
    m_awaiting = 0;
    m_budget = RequestBudget(m_settings.budget);
    m_requestsSent = 0;
    m_rateLimited = 0;
    m_pausedUntil = 0;
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (!m_items.at(i).isFinished())
            m_queue.push_back(i);
    }
    m_finishedThisRun = 0;
    m_runStartedAt = now();
    m_userPausedMs = 0;
    m_userPauseStart = -1;
    setState(State::Running);
    emitProgress();
    // Asynchronously, so a caller can connect to the signals after start().
    QTimer::singleShot(0, this, &BatchEngine::pump);
    return true;
}

void BatchEngine::pause()
{
    if (m_state != State::Running)
        return;
    m_userPauseStart = now();
    setState(State::Paused);
    emitProgress();
}

void BatchEngine::resume()
{
    if (m_state != State::Paused)
        return;
    if (m_userPauseStart >= 0)
        m_userPausedMs += now() - m_userPauseStart;
    m_userPauseStart = -1;
    setState(State::Running);
    emitProgress();
    pump();
}

void BatchEngine::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    setState(State::Cancelling);
    m_wake.stop();
    while (!m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        finishItem(index, BatchOutcome::NotRun, BatchEngineText::tr("Cancelled before it was sent."));
    }
    // Reads are abandoned at once; deletes are left to finish so their real outcome is known.
    const QList<int> indexes = m_flights.keys();
    for (const int index : indexes) {
        const auto it = m_flights.constFind(index);
        if (it == m_flights.constEnd() || it->isWrite)
            continue;
        const int attempts = it->call ? it->call->attempts() : 0;
        if (it->call)
            it->call->cancel(); // silent: the item is finished here, not in a callback
        ResponseFacts facts;
        facts.attempts = attempts;
        takeFlight(index, facts, QString());
        finishItem(index, BatchOutcome::Cancelled, BatchEngineText::tr("Cancelled while the request was in flight."));
    }
    finishIfDone();
}

int BatchEngine::retryFailed()
{
    if (m_state == State::Cancelling)
        return 0;
    int count = 0;
    for (int i = 0; i < int(m_items.size()); ++i) {
        BatchItem &item = m_items[i];
        if (item.outcome != BatchOutcome::Failed)
            continue;
        item.clearResult();
        m_queue.push_back(i);
        ++count;
    }
    if (count == 0)
        return 0;
    if (m_state == State::Finished || m_state == State::Idle) {
        m_finishedThisRun = 0;
        m_runStartedAt = now();
        m_userPausedMs = 0;
        setState(State::Running);
    }
    emitProgress();
    QTimer::singleShot(0, this, &BatchEngine::pump);
    return count;
}

BatchProgress BatchEngine::progress() const
{
    BatchProgress p;
    p.total = int(m_items.size());
    for (const BatchItem &item : m_items) {
        if (item.isFinished()) {
            ++p.finished;
            if (BatchOutcomes::isProblem(item.outcome))
                ++p.problems;
        }
    }
    p.inFlight = int(m_flights.size());
    p.queued = int(m_queue.size());
    p.requestsSent = m_requestsSent;
    p.rateLimited = m_rateLimited;
    p.paused = m_state == State::Paused;
    p.waitingForRateLimit = m_pausedUntil > now();
    qint64 active = now() - m_runStartedAt - m_userPausedMs;
    if (m_userPauseStart >= 0)
        active -= now() - m_userPauseStart;
    if (m_finishedThisRun > 0 && active > 0) {
        p.itemsPerSecond = m_finishedThisRun * 1000.0 / double(active);
        const int remaining = p.total - p.finished;
        p.secondsLeft = int(remaining / p.itemsPerSecond + 0.5);
    }
    return p;
}

void BatchEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BatchEngine::emitProgress()
{
    Q_EMIT progressChanged(progress());
}

BatchEngine::Step BatchEngine::stepFor(const BatchItem &item) const
{
    return item.userId.isEmpty() ? Step::Resolve : Step::Main;
}

void BatchEngine::scheduleWake(qint64 delayMs)
{
    const int ms = int(std::clamp<qint64>(delayMs, 1, 24 * 3600 * 1000));
    if (!m_wake.isActive() || m_wake.remainingTime() > ms)
        m_wake.start(ms);
}

void BatchEngine::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const qint64 t = now();
    if (m_state != State::Running) {
        // Paused or cancelling: nothing is sent.
    } else if (m_pausedUntil > t) {
        scheduleWake(m_pausedUntil - t);
    } else {
        while (m_state == State::Running && !m_queue.empty()
               && m_awaiting < std::max(1, m_settings.concurrency)) {
            const int index = m_queue.front();
            const bool write = m_job.operation == BatchJob::Operation::Disconnect
                && stepFor(m_items.at(index)) == Step::Main;
            const qint64 wait = m_budget.waitMs(write ? RequestBudget::Kind::Write : RequestBudget::Kind::Read, now());
            if (wait < 0)
                break; // an answer frees a slot and pumps again
            if (wait > 0) {
                scheduleWake(wait);
                break;
            }
            m_queue.pop_front();
            dispatch(index);
        }
    }
    m_pumping = false;
    finishIfDone();
}

bool BatchEngine::dispatch(int index)
{
    BatchItem &item = m_items[index];
    Flight flight;
    flight.step = stepFor(item);
    flight.isWrite = m_job.operation == BatchJob::Operation::Disconnect && flight.step == Step::Main;
    if (flight.isWrite) {
        if (!item.account || item.account->id.isEmpty()) {
            // A delete acts on one connection by id, or not at all.
            finishItem(index, BatchOutcome::Failed, BatchEngineText::tr("No connection id: nothing was sent."));
            return false;
        }
        const BatchWrite write = writeFor(m_job, item);
        QString why;
        const std::optional<qint64> record = m_recorder ? m_recorder->writeStarting(write, &why) : std::nullopt;
        if (!record) {
            finishItem(index, BatchOutcome::Failed,
                       BatchEngineText::tr("The audit log could not be written, so nothing was sent: %1").arg(why));
            return false;
        }
        flight.record = *record;
    }
    flight.ticket = m_budget.reserve(flight.isWrite ? RequestBudget::Kind::Write : RequestBudget::Kind::Read, now());
    m_flights.insert(index, flight);
    ++m_awaiting;

    ApiCall *call = send(index, item, flight);
    m_flights[index].call = call;
    if (call) {
        connect(call, &ApiCall::answered, this,
                [this, index, call](int httpStatus) { onAnswered(index, call, httpStatus); });
    }
    return true;
}

void BatchEngine::finishItem(int index, BatchOutcome outcome, const QString &detail)
{
    BatchItem &item = m_items[index];
    if (item.isFinished())
        return;
    item.outcome = outcome;
    item.detail = detail;
    ++m_finishedThisRun;
    Q_EMIT itemFinished(index);
    emitProgress();
}

void BatchEngine::finishIfDone()
{
    if (!isActive() || m_pumping || !m_flights.isEmpty())
        return;
    if (!m_queue.empty() && m_state != State::Cancelling)
        return;
    // Cancelling with a queue left cannot happen (cancel() empties it), but be safe.
    while (!m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        finishItem(index, BatchOutcome::NotRun, BatchEngineText::tr("Cancelled before it was sent."));
    }
    m_wake.stop();
    setState(State::Finished);
    emitProgress();
    Q_EMIT finished();
}
