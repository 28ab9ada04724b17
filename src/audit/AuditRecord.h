#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One action of a support person, as the audit log keeps it. There is no
// field for the API key or any token: the key cannot end up in the database.
enum class AuditAction {
    Disconnect,  // delete a connected account ("disconnect")
    ConnectLink, // generate an authorization link ("connect_link")
    Reconnected, // watching a connect link saw the customer's account connected ("reconnected"); nothing was sent
    TokenCheck,  // a person asked WorkOS for a connection's token to check it ("token_check"); never the token
};

enum class AuditOutcome {
    Pending,        // written before the request was sent; not completed yet
    Succeeded,      // "succeeded"
    AlreadyAbsent,  // "already_absent": a disconnect found nothing to delete (404)
    Failed,         // "failed": the API answered with an error, or nothing could be sent
    Cancelled,      // "cancelled": abandoned before an answer came
    Unknown,        // "outcome_unknown": the process ended (crash, kill) before the answer was recorded,
                    // or the completion waits in a workstation's local journal
    GoneOnRetry,    // "gone_on_retry": a disconnect whose first answer was lost and whose resend found
                    // nothing (404): most likely the first one deleted it
};

namespace AuditNames {
QString action(AuditAction action);        // "disconnect", "connect_link", "reconnected", "token_check"
bool actionFromName(const QString &name, AuditAction *action);
QString outcome(AuditOutcome outcome);     // "pending", "succeeded", ..., "outcome_unknown"
bool outcomeFromName(const QString &name, AuditOutcome *outcome);
QString actionText(AuditAction action);    // translated
QString outcomeText(AuditOutcome outcome); // translated
} // namespace AuditNames

// What is known before the request goes out.
struct AuditEntry final
{
    AuditAction action = AuditAction::Disconnect;
    QString environment;    // a name support staff recognise ("Production", "api.workos.com (live)")
    QString userId;
    QString userEmail;
    QString providerSlug;
    QString organizationId;
    QString batchId;        // empty for single actions
    QString reason;         // ticket reference or reason typed by the support person
    // The connected account acted on, when the caller knows it (several
    // connections per provider): its id, its label or display name, and
    // whose it is ("user" or "organization"). Empty: not known.
    QString connectionId;
    QString connectionLabel;
    QString ownerKind;
};

// What is known after.
struct AuditCompletion final
{
    AuditOutcome outcome = AuditOutcome::Succeeded;
    int httpStatus = 0;   // 0: no HTTP answer
    QString requestId;    // x-request-id
    QString detail;       // error text
};

struct AuditRecord final
{
    qint64 id = 0;
    QDateTime startedAt;   // UTC
    QDateTime completedAt; // UTC; invalid while pending (and for outcome unknown)
    QDateTime serverTime;  // UTC; the store's own clock when the intent was written
    QString osUser;        // the OS login of the process that wrote it
    QString operatorName;  // who acted: the display name from Settings, or the OS login
    QString host;          // the workstation (host name)
    qint64 processId = 0;
    AuditEntry entry;
    AuditCompletion completion; // outcome Pending until completed
};

// Query filters; empty/invalid fields do not filter.
struct AuditFilter final
{
    QDateTime from;              // startedAt >= from
    QDateTime to;                // startedAt < to
    QString userId;              // exact user id, or a part of the email address
    QString providerSlug;
    QString environment;
    QString operatorName;        // exact operator name or OS login
    QString workstation;         // exact host name
    QString connectionId;        // exact connected account id
    QList<AuditAction> actions;  // any of these
    QList<AuditOutcome> outcomes;
    qint64 beforeId = 0;         // keyset paging: only ids below this (newest first)
    int limit = 0;               // 0: no limit
};

Q_DECLARE_METATYPE(AuditRecord)
