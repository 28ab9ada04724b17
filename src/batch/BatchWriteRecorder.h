#pragma once

#include <QString>

#include <optional>

struct BatchItem;

// One destructive request of a batch, described for the audit trail.
struct BatchWrite final
{
    QString batchId;
    QString userId;
    QString email;
    QString providerSlug;
    QString organizationId;
    QString reason; // the ticket reference or reason the support person typed
    QString connectedAccountId; // the connection deleted (connected_account_id)
    QString connectionLabel;    // its account_display_name when the preview read it (may be empty)
    QString ownerKind;          // "user": a batch acts on users' own connections
};

// Where BatchEngine records every write before sending it and after its
// answer (the audit log, through AuditBatchRecorder). A write whose
// recording fails is not sent.
class BatchWriteRecorder
{
public:
    virtual ~BatchWriteRecorder() = default;

    // Before the request goes out. A record id, or nullopt (and *error) when
    // the record could not be written: then the request is not sent.
    virtual std::optional<qint64> writeStarting(const BatchWrite &write, QString *error) = 0;
    // After the answer (or the cancellation): `item` carries the outcome,
    // HTTP status and request id.
    virtual void writeFinished(qint64 record, const BatchItem &item) = 0;

protected:
    BatchWriteRecorder() = default;
    BatchWriteRecorder(const BatchWriteRecorder &) = default;
    BatchWriteRecorder &operator=(const BatchWriteRecorder &) = default;
};
