#include "BatchEngine.h"

#include "BatchWriteRecorder.h"
#include "RequestIdTap.h"
#include "WorkOsClient.h"

#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>

namespace {
struct EngineText final
{
    Q_DECLARE_TR_FUNCTIONS(BatchEngine)
};
} // namespace

BatchEngine::BatchEngine(WorkOsClient *client, const BatchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_budget(settings.budget)
{
    qRegisterMetaType<BatchProgress>();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &BatchEngine::pump);
    m_clock.start();
}

BatchEngine::~BatchEngine()
{
    // Abandon what is still in flight without calling back into a dying object.
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
        BatchItem target = item;
        target.clearResult();
        target.account = item.account; // kept: what the preview showed
        target.requests = 0;
        targets.append(target);
    }
    return targets;
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
        finishItem(index, BatchOutcome::NotRun, EngineText::tr("Cancelled before it was sent."));
    }
    // Reads are abandoned at once; deletes are left to finish so their real outcome is known.
    const QList<int> indexes = m_flights.keys();
    for (const int index : indexes) {
        const auto it = m_flights.constFind(index);
        if (it != m_flights.constEnd() && !it->isWrite && it->call)
            it->call->cancel(); // calls back synchronously with Kind::Cancelled
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
               && int(m_flights.size()) < std::max(1, m_settings.concurrency)) {
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
        BatchWrite write{m_job.batchId, item.userId, item.email, m_job.providerSlug, m_job.organizationId, m_job.reason};
        QString why;
        const std::optional<qint64> record = m_recorder ? m_recorder->writeStarting(write, &why) : std::nullopt;
        if (!record) {
            finishItem(index, BatchOutcome::Failed,
                       EngineText::tr("The audit log could not be written, so nothing was sent: %1").arg(why));
            return false;
        }
        flight.record = *record;
    }
    flight.ticket = m_budget.reserve(flight.isWrite ? RequestBudget::Kind::Write : RequestBudget::Kind::Read, now());
    m_flights.insert(index, flight);

    const QString org = m_job.organizationId;
    ApiCall *call = nullptr;
    if (flight.step == Step::Resolve) {
        ListUsersRequest request;
        request.email = item.email;
        request.limit = 2; // enough to tell "one" from "several"
        call = readClient()->listUsers(request, this, [this, index](const ApiResult<Page<User>> &result) {
            if (result.ok())
                onResolved(index, result.value().data);
            else
                onFailed(index, result.error());
        });
    } else if (flight.isWrite) {
        call = m_client->deleteConnectedAccount(item.userId, m_job.providerSlug, org, this,
                                                [this, index](const ApiResult<NoContent> &result) {
                                                    if (result.ok())
                                                        onDeleted(index);
                                                    else
                                                        onFailed(index, result.error());
                                                });
    } else {
        call = readClient()->listDataProviders(item.userId, org, this,
                                               [this, index](const ApiResult<QList<DataProvider>> &result) {
                                                   if (result.ok())
                                                       onProviders(index, result.value());
                                                   else
                                                       onFailed(index, result.error());
                                               });
    }
    m_flights[index].call = call;
    return true;
}

WorkOsClient *BatchEngine::readClient()
{
    WorkOsClient *best = m_client;
    for (const Lane &lane : m_lanes) {
        if (lane.client->inFlight() < best->inFlight())
            best = lane.client.get();
    }
    const int wanted = (std::max(1, m_settings.concurrency) + ConnectionsPerManager - 1) / ConnectionsPerManager;
    if (best->inFlight() < ConnectionsPerManager || int(m_lanes.size()) + 1 >= wanted)
        return best;
    Lane lane;
    lane.nam = std::make_unique<QNetworkAccessManager>();
    lane.client = std::make_unique<WorkOsClient>(lane.nam.get(), m_client->config());
    // Failures still reach whoever shows the client's last error.
    connect(lane.client.get(), &WorkOsClient::callFailed, m_client, &WorkOsClient::callFailed);
    m_lanes.push_back(std::move(lane));
    return m_lanes.back().client.get();
}

// Bookkeeping common to every answer: frees the budget slot and counts the requests.
BatchEngine::Flight BatchEngine::takeFlight(int index, const ApiError *error, const QString &requestId)
{
    const auto it = m_flights.find(index);
    if (it == m_flights.end())
        return Flight{};
    Flight flight = *it;
    int attempts = error ? error->attempts : 1;
    if (flight.call)
        attempts = flight.call->attempts();
    else if (error && error->kind == ApiError::Kind::InvalidArgument)
        attempts = 0;
    m_flights.erase(it);
    m_budget.complete(flight.ticket, now(), attempts);
    m_requestsSent += attempts;
    BatchItem &item = m_items[index];
    item.requests += attempts;
    item.requestId = requestId;
    return flight;
}

void BatchEngine::answered(int index, const Flight &flight)
{
    if (flight.isWrite && m_recorder && m_items.at(index).isFinished())
        m_recorder->writeFinished(flight.record, m_items.at(index));
    schedulePump();
}

// After the client's call object has wound down, so "in flight" means the same to both.
void BatchEngine::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_pumpScheduled = false;
        pump();
    });
}

void BatchEngine::onDeleted(int index)
{
    QString requestId;
    if (m_tap)
        requestId = m_tap->take("DELETE", deletePath(m_items.at(index)));
    const Flight flight = takeFlight(index, nullptr, requestId);
    m_items[index].httpStatus = 204;
    finishItem(index, BatchOutcome::Disconnected);
    answered(index, flight);
}

void BatchEngine::onFailed(int index, const ApiError &error)
{
    const Flight flight = takeFlight(index, &error, error.requestId);
    BatchItem &item = m_items[index];
    item.httpStatus = error.httpStatus;
    if (error.kind == ApiError::Kind::Cancelled) {
        finishItem(index, BatchOutcome::Cancelled, EngineText::tr("Cancelled while the request was in flight."));
    } else if (error.kind == ApiError::Kind::Http && error.httpStatus == 429) {
        ++m_rateLimited;
        const qint64 pauseMs = error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000
                                                            : qint64(m_settings.rateLimitPauseMs);
        m_pausedUntil = std::max(m_pausedUntil, now() + std::max<qint64>(pauseMs, 1));
        Q_EMIT rateLimited(int(pauseMs));
        const int allowed = 1 + std::max(0, m_client->config().retry.maxRetries);
        const bool running = m_state == State::Running || m_state == State::Paused;
        if (running && item.requests < allowed && !flight.isWrite)
            requeueFront(index);
        else
            finishItem(index, BatchOutcome::Failed, error.text());
    } else if (error.isNotFound()) {
        if (flight.isWrite)
            finishItem(index, BatchOutcome::AlreadyAbsent, EngineText::tr("There was no account to delete (404)."));
        else
            finishItem(index, BatchOutcome::UserNotFound, error.text());
    } else {
        finishItem(index, BatchOutcome::Failed, error.text());
    }
    answered(index, flight);
    if (error.isUnauthorized() && m_state == State::Running)
        cancel(); // every further request would fail the same way
}

QString BatchEngine::deletePath(const BatchItem &item) const
{
    return QStringLiteral("/user_management/users/%1/connected_accounts/%2").arg(item.userId, m_job.providerSlug);
}

void BatchEngine::requeueFront(int index)
{
    m_queue.push_front(index);
}

void BatchEngine::onResolved(int index, const QList<User> &users)
{
    const Flight flight = takeFlight(index, nullptr, QString());
    BatchItem &item = m_items[index];
    if (users.isEmpty()) {
        finishItem(index, BatchOutcome::EmailNotFound, EngineText::tr("No user has the email address %1.").arg(item.email));
    } else if (users.size() > 1) {
        finishItem(index, BatchOutcome::EmailAmbiguous,
                   EngineText::tr("More than one user has the email address %1; list them by user id.").arg(item.email));
    } else {
        item.userId = users.constFirst().id;
        if (m_state == State::Cancelling)
            finishItem(index, BatchOutcome::NotRun, EngineText::tr("Cancelled before it was sent."));
        else
            requeueFront(index);
    }
    answered(index, flight);
}

void BatchEngine::onProviders(int index, const QList<DataProvider> &providers)
{
    const Flight flight = takeFlight(index, nullptr, QString());
    BatchItem &item = m_items[index];
    if (m_job.operation == BatchJob::Operation::CheckStatus) {
        item.providers = providers;
        finishItem(index, BatchOutcome::Checked);
    } else {
        const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                     [this](const DataProvider &p) { return p.slug == m_job.providerSlug; });
        if (it == providers.cend()) {
            finishItem(index, BatchOutcome::UnknownProvider,
                       EngineText::tr("No provider \"%1\" is configured in this environment.").arg(m_job.providerSlug));
        } else if (!it->connectedAccount) {
            finishItem(index, BatchOutcome::AlreadyAbsent, EngineText::tr("Not connected: nothing to delete."));
        } else {
            item.account = it->connectedAccount;
            finishItem(index, BatchOutcome::WillDisconnect);
        }
    }
    answered(index, flight);
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
        finishItem(index, BatchOutcome::NotRun, EngineText::tr("Cancelled before it was sent."));
    }
    m_wake.stop();
    setState(State::Finished);
    emitProgress();
    Q_EMIT finished();
}
