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
    if (error.isNotFound() && whenNotFound == AuditOutcome::AlreadyAbsent && error.earlierAnswerLost)
        completion.outcome = AuditOutcome::GoneOnRetry; // our first DELETE most likely did it
    else if (error.isNotFound())
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

QString AuditService::recentActivityWarning(const QString &userId, const QString &providerSlug,
                                            const QString &organizationId, const QString &providerName,
                                            int minutes) const
{
    if (!m_context.isAvailable())
        return QString();
    const QList<AuditRecord> recent = m_context.log->recentByOthers(userId, providerSlug, organizationId, minutes);
    if (recent.isEmpty())
        return QString();
    const AuditRecord &r = recent.first();
    const QString who = r.operatorName.isEmpty() ? r.osUser : r.operatorName;
    const QString provider = providerName.isEmpty() ? providerSlug : providerName;
    const int ago = int(std::max<qint64>(0, r.startedAt.secsTo(QDateTime::currentDateTimeUtc())) / 60);
    const QString when = ago < 1 ? tr("less than a minute ago") : tr("%n minute(s) ago", nullptr, ago);
    QString text;
    switch (r.entry.action) {
    case AuditAction::Disconnect: text = tr("%1 disconnected %2 %3").arg(who, provider, when); break;
    case AuditAction::ConnectLink: text = tr("%1 made a connect link for %2 %3").arg(who, provider, when); break;
    case AuditAction::Reconnected: text = tr("%1 saw %2 reconnected %3").arg(who, provider, when); break;
    case AuditAction::TokenCheck: text = tr("%1 checked the %2 token %3").arg(who, provider, when); break;
    }
    if (r.host != AuditLog::currentHost() && !r.host.isEmpty())
        text += QLatin1Char(' ') + tr("(on %1)").arg(r.host);
    if (!r.entry.reason.isEmpty())
        text += QStringLiteral(", ") + tr("ticket %1").arg(r.entry.reason);
    return text + QLatin1Char('.');
}
