#include "AuditBatchRecorder.h"

#include "AuditLog.h"
#include "BatchItem.h"

AuditBatchRecorder::AuditBatchRecorder(AuditLog *log, QString environment)
    : m_log(log)
    , m_environment(std::move(environment))
{
}

std::optional<qint64> AuditBatchRecorder::writeStarting(const BatchWrite &write, QString *error)
{
    AuditEntry entry;
    entry.action = AuditAction::Disconnect;
    entry.environment = m_environment;
    entry.userId = write.userId;
    entry.userEmail = write.email;
    entry.providerSlug = write.providerSlug;
    entry.organizationId = write.organizationId;
    entry.batchId = write.batchId;
    entry.reason = write.reason;
    return m_log->begin(entry, error);
}

void AuditBatchRecorder::writeFinished(qint64 record, const BatchItem &item)
{
    AuditCompletion completion;
    switch (item.outcome) {
    case BatchOutcome::Disconnected:
        completion.outcome = AuditOutcome::Succeeded;
        break;
    case BatchOutcome::AlreadyAbsent:
        completion.outcome = AuditOutcome::AlreadyAbsent;
        break;
    case BatchOutcome::Cancelled:
    case BatchOutcome::NotRun:
        completion.outcome = AuditOutcome::Cancelled;
        break;
    default:
        completion.outcome = AuditOutcome::Failed;
        break;
    }
    completion.httpStatus = item.httpStatus;
    completion.requestId = item.requestId;
    if (BatchOutcomes::isProblem(item.outcome))
        completion.detail = item.detail;
    m_log->complete(record, completion);
}
