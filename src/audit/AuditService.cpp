#include "audit/AuditService.h"

AuditService::AuditService(AuditContext context)
    : m_context(std::move(context))
{
}

std::optional<qint64> AuditService::begin(AuditEntry entry, QString *error) const
{
    if (!m_context.isAvailable()) {
        if (error)
            *error = m_context.unavailableReason.isEmpty() ? tr("The audit log is not open.")
                                                           : m_context.unavailableReason;
        return std::nullopt;
    }
    entry.environment = m_context.environment;
    return m_context.log->begin(entry, error);
}

bool AuditService::complete(qint64 record, const AuditCompletion &completion, QString *error) const
{
    if (!m_context.log) {
        if (error)
            *error = tr("The audit log is not open.");
        return false;
    }
    return m_context.log->complete(record, completion, error);
}

AuditService::Pending *AuditService::beginPending(AuditEntry entry, const QString &abandonedDetail, QObject *context,
                                                  QString *refusal) const
{
    auto *pending = new Pending(context);
    pending->ticket.setAbandonedDetail(abandonedDetail);
    if (!pending->ticket.begin(m_context, std::move(entry), refusal)) {
        delete pending;
        return nullptr;
    }
    return pending;
}

void AuditService::finish(Pending *pending, const AuditCompletion &completion, const FailureHandler &onFailed)
{
    QString why;
    const bool written = pending->ticket.complete(completion, &why);
    delete pending;
    if (!written && onFailed)
        onFailed(why);
}

AuditCompletion AuditService::completionFor(const ApiError &error, AuditOutcome whenNotFound)
{
    AuditCompletion completion;
    if (error.isNotFound())
        completion.outcome = whenNotFound;
    else
        completion.outcome = AuditOutcome::Failed;
    completion.httpStatus = error.httpStatus;
    completion.requestId = error.requestId;
    completion.detail = error.text();
    return completion;
}

AuditCompletion AuditService::completionFor(const ResponseFacts &facts, AuditOutcome outcome, const QString &detail)
{
    AuditCompletion completion;
    completion.outcome = outcome;
    completion.httpStatus = facts.httpStatus;
    completion.requestId = facts.requestId;
    completion.detail = detail;
    return completion;
}
