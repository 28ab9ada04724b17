// BatchEngine, second half: sending one item's request and what each answer
// does to the item (the first half, BatchEngine.cpp, runs the queue).

#include "batch/BatchEngine.h"

#include "batch/BatchEngineText.h"
#include "batch/BatchWriteRecorder.h"
#include "batch/ClientPool.h"
#include "core/WorkOsClient.h"

#include <algorithm>

// Reads and deletes alike go to the least busy client of the pool: every
// result names its own request id, so no request is tied to one manager.
ApiCall *BatchEngine::send(int index, const BatchItem &item, const Flight &flight)
{
    WorkOsClient *client = m_pool->leastBusy(m_settings.concurrency);
    const QString org = m_job.organizationId;
    if (flight.step == Step::Resolve) {
        ListUsersRequest request;
        request.email = item.email;
        request.limit = 2; // enough to tell "one" from "several"
        return client->listUsers(request, this, [this, index](const ApiResult<Page<User>> &result) {
            if (result.ok())
                onResolved(index, result.value().data, result.facts());
            else
                onFailed(index, result.error());
        });
    }
    if (flight.isWrite) {
        const ConnectionTarget target{Owner::user(item.userId), m_job.providerSlug, org, item.account->id};
        return client->deleteConnectedAccount(target, this,
                                              [this, index](const ApiResult<NoContent> &result) {
                                                  if (result.ok())
                                                      onDeleted(index, result.facts());
                                                  else
                                                      onFailed(index, result.error());
                                              });
    }
    return client->listDataProviders(item.userId, org, this, [this, index](const ApiResult<QList<DataProvider>> &result) {
        if (result.ok())
            onProviders(index, result.value(), result.facts());
        else
            onFailed(index, result.error());
    });
}

// The answer is in, its body not decoded yet: the slot and the budget ticket
// are free. A success sends the next request at once, so a slot's next request
// does not wait for this one's decoding and bookkeeping (nor an event-loop
// turn). Any other answer leaves the pump to its handler: after a 429 nothing
// more is sent before the pause is set, after a 401 nothing at all.
void BatchEngine::onAnswered(int index, const ApiCall *call, int httpStatus)
{
    const auto it = m_flights.find(index);
    if (it == m_flights.end() || it->call.data() != call || it->answered)
        return;
    it->answered = true;
    --m_awaiting;
    m_budget.complete(it->ticket, now(), call->attempts());
    if (httpStatus >= 200 && httpStatus < 300)
        pump();
}

// Bookkeeping common to every answer: frees the budget slot (unless the
// answer already did) and counts the requests. The attempts come with the
// answer (0 for a request refused before sending).
BatchEngine::Flight BatchEngine::takeFlight(int index, const ResponseFacts &facts, const QString &requestId)
{
    const auto it = m_flights.find(index);
    if (it == m_flights.end())
        return Flight{};
    Flight flight = *it;
    const int attempts = facts.attempts;
    m_flights.erase(it);
    if (!flight.answered) {
        --m_awaiting;
        m_budget.complete(flight.ticket, now(), attempts);
    }
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

void BatchEngine::onDeleted(int index, const ResponseFacts &facts)
{
    const Flight flight = takeFlight(index, facts, facts.requestId);
    m_items[index].httpStatus = facts.httpStatus;
    finishItem(index, BatchOutcome::Disconnected);
    answered(index, flight);
}

void BatchEngine::onFailed(int index, const ApiError &error)
{
    const Flight flight = takeFlight(index, ResponseFacts::of(error), error.requestId);
    BatchItem &item = m_items[index];
    item.httpStatus = error.httpStatus;
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429) {
        ++m_rateLimited;
        const qint64 pauseMs = error.retryAfterSeconds >= 0 ? qint64(error.retryAfterSeconds) * 1000
                                                            : qint64(m_settings.rateLimitPauseMs);
        m_pausedUntil = std::max(m_pausedUntil, now() + std::max<qint64>(pauseMs, 1));
        Q_EMIT rateLimited(int(pauseMs));
        const int allowed = 1 + std::max(0, m_pool->primary()->config().retry.maxRetries);
        const bool running = m_state == State::Running || m_state == State::Paused;
        if (running && item.requests < allowed && !flight.isWrite)
            requeueFront(index);
        else
            finishItem(index, BatchOutcome::Failed, error.text());
    } else if (error.isNotFound()) {
        if (flight.isWrite && error.earlierAnswerLost) {
            item.goneOnRetry = true; // our first DELETE most likely did it
            finishItem(index, BatchOutcome::Disconnected,
                       BatchEngineText::tr("Connection %1: disconnected — gone on retry (the first answer was lost; "
                                           "the request sent again found it deleted).")
                           .arg(item.account ? item.account->id : QString()));
        } else if (flight.isWrite)
            finishItem(index, BatchOutcome::AlreadyAbsent,
                       BatchEngineText::tr("Connection %1 was already gone (404).")
                           .arg(item.account ? item.account->id : QString()));
        else
            finishItem(index, BatchOutcome::UserNotFound, error.text());
    } else {
        finishItem(index, BatchOutcome::Failed, error.text());
    }
    answered(index, flight);
    if (error.isUnauthorized() && m_state == State::Running)
        cancel(); // every further request would fail the same way
}

void BatchEngine::requeueFront(int index)
{
    m_queue.push_front(index);
}

void BatchEngine::onResolved(int index, const QList<User> &users, const ResponseFacts &facts)
{
    const Flight flight = takeFlight(index, facts, QString());
    BatchItem &item = m_items[index];
    if (users.isEmpty()) {
        finishItem(index, BatchOutcome::EmailNotFound, BatchEngineText::tr("No user has the email address %1.").arg(item.email));
    } else if (users.size() > 1) {
        finishItem(index, BatchOutcome::EmailAmbiguous,
                   BatchEngineText::tr("More than one user has the email address %1; list them by user id.").arg(item.email));
    } else {
        item.userId = users.constFirst().id;
        if (m_state == State::Cancelling)
            finishItem(index, BatchOutcome::NotRun, BatchEngineText::tr("Cancelled before it was sent."));
        else
            requeueFront(index);
    }
    answered(index, flight);
}

void BatchEngine::onProviders(int index, const QList<DataProvider> &providers, const ResponseFacts &facts)
{
    const Flight flight = takeFlight(index, facts, QString());
    BatchItem &item = m_items[index];
    if (m_job.operation == BatchJob::Operation::CheckStatus) {
        item.providers = providers;
        finishItem(index, BatchOutcome::Checked);
    } else {
        const auto it = std::find_if(providers.cbegin(), providers.cend(),
                                     [this](const DataProvider &p) { return p.slug == m_job.providerSlug; });
        if (it == providers.cend()) {
            finishItem(index, BatchOutcome::UnknownProvider,
                       BatchEngineText::tr("No provider \"%1\" is configured in this environment.").arg(m_job.providerSlug));
        } else if (const QList<ConnectedAccount> all = it->allConnections(); all.isEmpty()) {
            finishItem(index, BatchOutcome::AlreadyAbsent, BatchEngineText::tr("Not connected: nothing to delete."));
        } else if (it->ownership == Ownership::Organization) {
            // The user path cannot remove an organization's shared connection
            // (pipes-today.md §4): that is one disconnect of the organization.
            finishItem(index, BatchOutcome::Failed,
                       BatchEngineText::tr("\"%1\" connections are shared by the organization, not the user's own: "
                                           "disconnect them one at a time for the organization.")
                           .arg(m_job.providerSlug));
        } else {
            item.connections = all;
            finishItem(index, BatchOutcome::WillDisconnect);
        }
    }
    answered(index, flight);
}

