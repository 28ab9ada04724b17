#pragma once

#include "audit/AuditService.h"
#include "batch/BatchWriteRecorder.h"

#include <QString>

class AuditLog;

// Records BatchEngine's deletes through the audited-action service: the
// intent before each request, completed with the outcome, HTTP status and
// request id (from the delete's result) after.
// (In pipes_audit_batch, so pipes_audit itself needs only QtCore and QtSql.)
class AuditBatchRecorder final : public BatchWriteRecorder
{
public:
    AuditBatchRecorder(AuditLog *log, QString environment);

    std::optional<qint64> writeStarting(const BatchWrite &write, QString *error) override;
    void writeFinished(qint64 record, const BatchItem &item) override;

private:
    AuditService m_service;
};
