#pragma once

#include "audit/AuditContext.h"
#include "audit/AuditRecord.h"

#include <QCoreApplication>
#include <QPointer>

struct ApiError;

// One action in the audit log: begun before its request is sent and
// completed exactly once after the answer (AuditService drives it). A ticket dropped while still
// pending (its owner destroyed mid-flight: the environment switched, the
// window closed) completes as Cancelled, so no action is left open by this
// process.
class AuditTicket final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTicket)
    Q_DISABLE_COPY_MOVE(AuditTicket)

public:
    AuditTicket() = default;
    ~AuditTicket();

    // Writes the pending row (the environment comes from `context`). False,
    // with the reason in `error`, when the log is missing or cannot be written:
    // then the request must not be sent. A ticket still pending is completed
    // as Cancelled first.
    bool begin(const AuditContext &context, AuditEntry entry, QString *error);
    bool isPending() const { return m_log && m_id > 0; }
    qint64 id() const { return m_id; }

    // False (and *error) when the log could not be written; the ticket is done either way.
    bool complete(const AuditCompletion &completion, QString *error = nullptr);
    // The error of the call: `whenNotFound` for 404 (AlreadyAbsent for a
    // disconnect), Failed otherwise.
    void completeWithError(const ApiError &error, AuditOutcome whenNotFound);
    void completeCancelled(const QString &detail);
    // What a ticket dropped while pending records (a default sentence when empty).
    void setAbandonedDetail(const QString &detail) { m_abandonedDetail = detail; }

private:
    QPointer<AuditLog> m_log;
    qint64 m_id = 0;
    QString m_abandonedDetail;
};
