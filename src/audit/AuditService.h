#pragma once

#include "audit/AuditContext.h"
#include "audit/AuditRecord.h"
#include "audit/AuditTicket.h"
#include "core/WorkOsClient.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// The audited action, one place for the window, the CLI and the batch
// engine: write the intent record (with the ticket or reason typed by the
// support person), run the call, complete the record with the outcome and
// the answer's HTTP status and request id. When the intent cannot be written
// the call is not started: nothing is sent. This is the seam a shared audit
// store plugs into: callers see the service, not the database.
class AuditService final
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    // One action to run through run().
    template <typename T>
    struct Action final
    {
        AuditEntry entry;                                   // the environment comes from the context
        AuditOutcome whenNotFound = AuditOutcome::Failed;   // AlreadyAbsent for a disconnect
        // A success recorded as a failure (an unsafe link handed back): the
        // detail to record, or empty to record the success.
        std::function<QString(const T &value)> refuse;
        // Recorded (outcome Cancelled) when the caller's context is destroyed
        // before the answer; a default sentence when empty.
        QString abandonedDetail;
        // A connect link to follow (AuditLog::addLink) once it was handed out:
        // what it does. nullopt: not a link.
        std::optional<AuthorizeRequest::Intent> followLink;
    };
    // Starts the call on behalf of run(): `context` and `done` go to the WorkOsClient operation.
    template <typename T>
    using Send = std::function<ApiCall *(QObject *context, WorkOsClient::Callback<T> done)>;

    explicit AuditService(AuditContext context = {});

    const AuditContext &context() const { return m_context; }
    bool isAvailable() const { return m_context.isAvailable(); }
    // Told when a completion could not be written (the CLI prints a warning).
    void setCompletionFailureHandler(std::function<void(const QString &why)> handler)
    {
        m_onCompletionFailed = std::move(handler);
    }

    // Writes the intent, then calls `send`. When the answer comes, the record
    // is completed before `done` runs. Returns the call, or nullptr with the
    // reason in `refusal` when the intent could not be written (then `send`
    // was not called and nothing went out).
    template <typename T>
    ApiCall *run(Action<T> action, QObject *context, const Send<T> &send, WorkOsClient::Callback<T> done,
                 QString *refusal) const;

    // For callers that run the request themselves (BatchEngine, through
    // AuditBatchRecorder): the intent's record id, or nullopt and *error.
    std::optional<qint64> begin(AuditEntry entry, QString *error) const;
    bool complete(qint64 record, const AuditCompletion &completion, QString *error = nullptr) const;

    // "Sam disconnected Slack 3 minutes ago, ticket SUP-88.": the newest action of
    // another operator on this connection in the last `minutes`; empty when none.
    QString recentActivityWarning(const QString &userId, const QString &providerSlug, const QString &organizationId,
                                  const QString &providerName, int minutes = 10) const;

    // Starts following a link just handed out (entry: its connect_link audit
    // entry; auditId: that record). The link's id, or nullopt when it could not be written.
    static std::optional<qint64> followLink(const AuditContext &context, const AuditEntry &entry,
                                            AuthorizeRequest::Intent intent,
                                            qint64 auditId, QString *error = nullptr);

    // What a record says about an answer.
    static AuditCompletion completionFor(const ApiError &error, AuditOutcome whenNotFound);
    static AuditCompletion completionFor(const ResponseFacts &facts, AuditOutcome outcome = AuditOutcome::Succeeded,
                                         const QString &detail = QString());

private:
    // Holds a pending ticket as a child of the caller's context, so a
    // context destroyed mid-flight leaves the record completed as Cancelled.
    class Pending;
    Pending *beginPending(AuditEntry entry, const QString &abandonedDetail, QObject *context, QString *refusal) const;
    using FailureHandler = std::function<void(const QString &why)>;
    static void finish(Pending *pending, const AuditCompletion &completion, const FailureHandler &onFailed);

    AuditContext m_context;
    FailureHandler m_onCompletionFailed;
};

class AuditService::Pending final : public QObject
{
public:
    explicit Pending(QObject *parent)
        : QObject(parent)
    {
    }
    AuditTicket ticket;
};

template <typename T>
ApiCall *AuditService::run(Action<T> action, QObject *context, const Send<T> &send, WorkOsClient::Callback<T> done,
                           QString *refusal) const
{
    Pending *pending = beginPending(action.entry, action.abandonedDetail, context, refusal);
    if (!pending)
        return nullptr;
    QPointer<Pending> guard(pending);
    ApiCall *call = send(context, [onFailed = m_onCompletionFailed, guard, whenNotFound = action.whenNotFound, refuse = std::move(action.refuse),
                          audit = m_context, entry = action.entry, link = action.followLink,
                          done = std::move(done)](const ApiResult<T> &result) {
        if (guard) {
            if (!result.ok()) {
                finish(guard, completionFor(result.error(), whenNotFound), onFailed);
            } else {
                const QString refused = refuse ? refuse(result.value()) : QString();
                const qint64 record = guard->ticket.id();
                finish(guard, completionFor(result.facts(),
                                            refused.isEmpty() ? AuditOutcome::Succeeded : AuditOutcome::Failed,
                                            refused),
                       onFailed);
                if (link && refused.isEmpty())
                    followLink(audit, entry, *link, record);
            }
        }
        if (done)
            done(result);
    });
    // A cancelled call never answers: its record is completed here instead.
    if (call)
        QObject::connect(call, &ApiCall::cancelled, pending, [pending] {
            pending->ticket.completeCancelled(
                tr("Cancelled before the answer came. Check the account's current state."));
            pending->deleteLater();
        });
    return call;
}
