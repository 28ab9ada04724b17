#include "AuditTicket.h"

#include "ApiError.h"

AuditTicket::~AuditTicket()
{
    if (isPending())
        completeCancelled(tr("Pipes Admin stopped waiting for the answer (the window or environment closed). "
                             "Check the account's current state."));
}

bool AuditTicket::begin(const AuditContext &context, AuditEntry entry, QString *error)
{
    if (isPending())
        completeCancelled(tr("Replaced by a newer request."));
    m_log.clear();
    m_id = 0;
    if (!context.isAvailable()) {
        if (error)
            *error = context.unavailableReason.isEmpty() ? tr("The audit log is not open.") : context.unavailableReason;
        return false;
    }
    entry.environment = context.environment;
    const std::optional<qint64> id = context.log->begin(entry, error);
    if (!id)
        return false;
    m_log = context.log;
    m_id = *id;
    return true;
}

void AuditTicket::complete(const AuditCompletion &completion)
{
    if (!isPending())
        return;
    AuditLog *log = m_log;
    const qint64 id = m_id;
    m_log.clear();
    m_id = 0;
    log->complete(id, completion);
}

void AuditTicket::completeWithError(const ApiError &error, AuditOutcome whenNotFound)
{
    AuditCompletion completion;
    if (error.kind == ApiError::Kind::Cancelled)
        completion.outcome = AuditOutcome::Cancelled;
    else if (error.isNotFound())
        completion.outcome = whenNotFound;
    else
        completion.outcome = AuditOutcome::Failed;
    completion.httpStatus = error.httpStatus;
    completion.requestId = error.requestId;
    completion.detail = error.text();
    complete(completion);
}

void AuditTicket::completeCancelled(const QString &detail)
{
    AuditCompletion completion;
    completion.outcome = AuditOutcome::Cancelled;
    completion.detail = detail;
    complete(completion);
}
