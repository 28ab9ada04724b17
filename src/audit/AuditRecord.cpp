#include "audit/AuditRecord.h"

#include <QCoreApplication>

namespace {
struct AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};
} // namespace

QString AuditNames::action(AuditAction action)
{
    switch (action) {
    case AuditAction::Disconnect: return QStringLiteral("disconnect");
    case AuditAction::ConnectLink: return QStringLiteral("connect_link");
    case AuditAction::Reconnected: return QStringLiteral("reconnected");
    case AuditAction::TokenCheck: return QStringLiteral("token_check");
    }
    return QString();
}

bool AuditNames::actionFromName(const QString &name, AuditAction *action)
{
    for (const AuditAction a : {AuditAction::Disconnect, AuditAction::ConnectLink, AuditAction::Reconnected,
                              AuditAction::TokenCheck}) {
        if (AuditNames::action(a) == name) {
            *action = a;
            return true;
        }
    }
    return false;
}

QString AuditNames::outcome(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Pending: return QStringLiteral("pending");
    case AuditOutcome::Succeeded: return QStringLiteral("succeeded");
    case AuditOutcome::AlreadyAbsent: return QStringLiteral("already_absent");
    case AuditOutcome::Failed: return QStringLiteral("failed");
    case AuditOutcome::Cancelled: return QStringLiteral("cancelled");
    case AuditOutcome::Unknown: return QStringLiteral("outcome_unknown");
    case AuditOutcome::GoneOnRetry: return QStringLiteral("gone_on_retry");
    }
    return QStringLiteral("outcome_unknown");
}

bool AuditNames::outcomeFromName(const QString &name, AuditOutcome *outcome)
{
    for (const AuditOutcome o : {AuditOutcome::Pending, AuditOutcome::Succeeded, AuditOutcome::AlreadyAbsent,
                                 AuditOutcome::Failed, AuditOutcome::Cancelled, AuditOutcome::Unknown,
                                 AuditOutcome::GoneOnRetry}) {
        if (AuditNames::outcome(o) == name) {
            *outcome = o;
            return true;
        }
    }
    return false;
}

QString AuditNames::actionText(AuditAction action)
{
    switch (action) {
    case AuditAction::Disconnect: return AuditText::tr("Disconnect");
    case AuditAction::ConnectLink: return AuditText::tr("Connect link");
    case AuditAction::Reconnected: return AuditText::tr("Customer reconnected");
    case AuditAction::TokenCheck: return AuditText::tr("Token check");
    }
    return QString();
}

QString AuditNames::outcomeText(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Pending: return AuditText::tr("Pending");
    case AuditOutcome::Succeeded: return AuditText::tr("Succeeded");
    case AuditOutcome::AlreadyAbsent: return AuditText::tr("Already absent");
    case AuditOutcome::Failed: return AuditText::tr("Failed");
    case AuditOutcome::Cancelled: return AuditText::tr("Cancelled");
    case AuditOutcome::Unknown: return AuditText::tr("Outcome unknown");
    case AuditOutcome::GoneOnRetry: return AuditText::tr("Disconnected — gone on retry");
    }
    return QString();
}
