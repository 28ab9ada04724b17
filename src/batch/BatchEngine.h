#pragma once

#include "batch/BatchItem.h"
#include "batch/RequestBudget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <memory>

class ApiCall;
class BatchClock;
class BatchWriteRecorder;
class ClientPool;
class WorkOsClient;
struct ApiError;
struct BatchWrite;
struct ResponseFacts;

struct BatchSettings final
{
    int concurrency = 8;      // requests in flight at most
    BudgetLimits budget;      // WorkOS's published limits by default
    int rateLimitPauseMs = 5000; // pause after a 429 without Retry-After
};

struct BatchJob final
{
    enum class Operation {
        CheckStatus,       // listDataProviders per user
        PreviewDisconnect, // reads only: which connections of providerSlug exist
        Disconnect,        // deleteConnectedAccount per item, by id (give it disconnectTargets(preview))
    };
    Operation operation = Operation::CheckStatus;
    QString providerSlug;   // PreviewDisconnect and Disconnect
    QString organizationId; // optional scope for every request
    QString batchId;        // recorded in the audit trail; made up by start() when empty
    QString reason;         // recorded in the audit trail
};

struct BatchProgress final
{
    int total = 0;
    int finished = 0;    // items with an outcome
    int problems = 0;    // finished items whose outcome is a problem (BatchOutcomes::isProblem)
    int inFlight = 0;
    int queued = 0;
    int requestsSent = 0;   // HTTP requests, retries included
    int rateLimited = 0;    // 429 answers the engine saw
    double itemsPerSecond = 0.0;
    int secondsLeft = -1;   // -1: not known yet
    bool paused = false;
    bool waitingForRateLimit = false;
};

// Runs one operation over many users: bounded concurrency, a request budget
// (sliding windows, WorkOS's published limits by default), a pause of all
// dispatch for Retry-After when a 429 comes anyway, pause/resume/cancel, and
// exactly one outcome per item.
//
// Requests per item: the client's RetryPolicy may retry a call by itself; the
// engine never sends a request again on its own, except after a 429 while
// the item has sent fewer than 1 + maxRetries requests (what the policy
// allows for one call). retryFailed() is the explicit way to try again.
//
// Cancel: queued items become NotRun (nothing was sent); in-flight reads are
// abandoned (Cancelled); in-flight deletes are left to finish so their real
// outcome is known and recorded. finished() follows once every item has its
// outcome.
//
// Requests go out on an injected ClientPool (the environment's client plus
// lanes of its own managers) and time comes from an injected BatchClock; the
// request id, status and attempts of each answer come with its result.
class BatchEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchEngine)

public:
    enum class State { Idle, Running, Paused, Cancelling, Finished };

    // `pool` and `clock` must outlive the engine.
    BatchEngine(ClientPool *pool, BatchClock *clock, const BatchSettings &settings = {}, QObject *parent = nullptr);
    // On a pool of `client` (lanes made as needed) and the steady clock, both owned by the engine.
    explicit BatchEngine(WorkOsClient *client, const BatchSettings &settings = {}, QObject *parent = nullptr);
    ~BatchEngine() override;

    // Required for Disconnect: every delete is recorded before it is sent.
    void setRecorder(BatchWriteRecorder *recorder) { m_recorder = recorder; }
    void setSettings(const BatchSettings &settings);
    const BatchSettings &settings() const { return m_settings; }

    // Starts a batch. Items that already have an outcome (InvalidInput) are
    // kept as they are. False when a batch is running, or for Disconnect
    // without a recorder or a slug.
    bool start(const BatchJob &job, const QList<BatchItem> &items);
    void pause();
    void resume();
    void cancel();
    // Queues the Failed items again (only those). Returns how many.
    int retryFailed();

    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Running || m_state == State::Paused || m_state == State::Cancelling; }
    const BatchJob &job() const { return m_job; }
    const QList<BatchItem> &items() const { return m_items; }
    BatchProgress progress() const;

    // The connections of the previewed items that will be deleted, ready for a
    // Disconnect job: one item per connection (BatchItem::account), in preview order.
    static QList<BatchItem> disconnectTargets(const QList<BatchItem> &preview);
    // The preview with each WillDisconnect item replaced by the run's items for
    // its connections (disconnectTargets order), so every connection has its outcome.
    static QList<BatchItem> withRunOutcomes(const QList<BatchItem> &preview, const QList<BatchItem> &run);
    // What the audit trail records for the delete of `item` (the one place it is made).
    static BatchWrite writeFor(const BatchJob &job, const BatchItem &item);
    static QString newBatchId();

Q_SIGNALS:
    void itemFinished(int index);
    void progressChanged(const BatchProgress &progress);
    void stateChanged(BatchEngine::State state);
    // Dispatch stopped for `milliseconds` after a 429.
    void rateLimited(int milliseconds);
    void finished();

private:
    enum class Step { Resolve, Main };
    struct Flight final
    {
        QPointer<ApiCall> call;
        quint64 ticket = 0;
        Step step = Step::Main;
        bool isWrite = false;
        qint64 record = -1; // audit record of a write
        bool answered = false; // the server's answer is in: the slot and budget ticket are free
    };

    void setState(State state);
    void pump();
    void schedulePump();
    void scheduleWake(qint64 delayMs);
    bool dispatch(int index);
    ApiCall *send(int index, const BatchItem &item, const Flight &flight);
    void onAnswered(int index, const ApiCall *call, int httpStatus);
    Flight takeFlight(int index, const ResponseFacts &facts, const QString &requestId);
    void answered(int index, const Flight &flight);
    void finishItem(int index, BatchOutcome outcome, const QString &detail = QString());
    void onDeleted(int index, const ResponseFacts &facts);
    void onFailed(int index, const ApiError &error);
    void requeueFront(int index);
    void finishIfDone();
    void emitProgress();
    Step stepFor(const BatchItem &item) const;
    qint64 now() const;

    void onResolved(int index, const QList<User> &users, const ResponseFacts &facts);
    void onProviders(int index, const QList<DataProvider> &providers, const ResponseFacts &facts);

    std::unique_ptr<ClientPool> m_ownedPool;
    std::unique_ptr<BatchClock> m_ownedClock;
    ClientPool *m_pool;
    BatchClock *m_clock;
    BatchSettings m_settings;
    RequestBudget m_budget;
    BatchWriteRecorder *m_recorder = nullptr;
    BatchJob m_job;
    QList<BatchItem> m_items;
    std::deque<int> m_queue;
    QHash<int, Flight> m_flights;
    int m_awaiting = 0; // flights whose answer has not arrived: what the concurrency limits
    State m_state = State::Idle;
    QTimer m_wake;
    qint64 m_pausedUntil = 0;  // rate-limit pause, on m_clock
    qint64 m_runStartedAt = 0;
    qint64 m_userPausedMs = 0;
    qint64 m_userPauseStart = -1;
    int m_finishedThisRun = 0;
    int m_requestsSent = 0;
    int m_rateLimited = 0;
    bool m_pumping = false;
    bool m_pumpScheduled = false;
};

Q_DECLARE_METATYPE(BatchProgress)
