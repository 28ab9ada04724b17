#include "audit/AuditTicket.h"

#include "core/ApiError.h"
#include "audit/AuditService.h"

AuditTicket::~AuditTicket()
{
    if (isPending())
        completeCancelled(m_abandonedDetail.isEmpty()
                              ? tr("Pipes Admin stopped waiting for the answer (the window or environment closed). "
                                   "Check the account's current state.")
                              : m_abandonedDetail);
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

bool AuditTicket::complete(const AuditCompletion &completion, QString *error)
{
    if (!isPending())
        return true;
    AuditLog *log = m_log;
    const qint64 id = m_id;
    m_log.clear();
    m_id = 0;
    return log->complete(id, completion, error);
}

void AuditTicket::completeWithError(const ApiError &error, AuditOutcome whenNotFound)
{
    complete(AuditService::completionFor(error, whenNotFound));
}

void AuditTicket::completeCancelled(const QString &detail)
{
    AuditCompletion completion;
    completion.outcome = AuditOutcome::Cancelled;
    completion.detail = detail;
    complete(completion);
}
