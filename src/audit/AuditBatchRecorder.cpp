#include "audit/AuditBatchRecorder.h"

#include "audit/AuditLog.h"
#include "batch/BatchItem.h"

AuditBatchRecorder::AuditBatchRecorder(AuditLog *log, QString environment)
    : m_service(AuditContext{log, std::move(environment), QString()})
{
}

std::optional<qint64> AuditBatchRecorder::writeStarting(const BatchWrite &write, QString *error)
{
    AuditEntry entry;
    entry.action = AuditAction::Disconnect;
    entry.userId = write.userId;
    entry.userEmail = write.email;
    entry.providerSlug = write.providerSlug;
    entry.organizationId = write.organizationId;
    entry.batchId = write.batchId;
    entry.reason = write.reason;
    entry.connectionId = write.connectedAccountId;
    entry.connectionLabel = write.connectionLabel;
    entry.ownerKind = write.ownerKind;
    return m_service.begin(entry, error);
}

void AuditBatchRecorder::writeFinished(qint64 record, const BatchItem &item)
{
    AuditOutcome outcome = AuditOutcome::Failed;
    switch (item.outcome) {
    case BatchOutcome::Disconnected:
        outcome = item.goneOnRetry ? AuditOutcome::GoneOnRetry : AuditOutcome::Succeeded;
        break;
    case BatchOutcome::AlreadyAbsent:
        outcome = AuditOutcome::AlreadyAbsent;
        break;
    case BatchOutcome::Cancelled:
    case BatchOutcome::NotRun:
        outcome = AuditOutcome::Cancelled;
        break;
    default:
        outcome = AuditOutcome::Failed;
        break;
    }
    ResponseFacts facts;
    facts.httpStatus = item.httpStatus;
    facts.requestId = item.requestId;
    facts.attempts = item.requests;
    m_service.complete(record, AuditService::completionFor(facts, outcome,
                                                           BatchOutcomes::isProblem(item.outcome) || item.goneOnRetry ? item.detail : QString()));
}
