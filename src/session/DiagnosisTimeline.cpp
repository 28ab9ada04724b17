#include "session/Diagnosis.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

QString quoted(const QString &text)
{
    return DiagnosisBuilder::tr("“%1”").arg(text);
}

QString words(PipesEventKind kind, const QString &rawName)
{
    switch (kind) {
    case PipesEventKind::Connected: return DiagnosisBuilder::tr("Connected");
    case PipesEventKind::Disconnected: return DiagnosisBuilder::tr("Disconnected");
    case PipesEventKind::ReauthorizationNeeded: return DiagnosisBuilder::tr("Needs reauthorization");
    case PipesEventKind::ConnectionFailed: return DiagnosisBuilder::tr("Connection failed");
    case PipesEventKind::AddFailed: return DiagnosisBuilder::tr("Adding a connection failed");
    case PipesEventKind::Unknown: break;
    }
    return rawName; // unknown names are shown as they came
}

TimelineEntry entryFor(const PipesEvent &e, bool uncertain)
{
    TimelineEntry t;
    t.at = e.createdAt.toUTC();
    t.kind = e.kind;
    t.eventName = e.name;
    t.eventIds = {e.id};
    t.providerSlug = e.providerSlug;
    t.connectionId = e.connectedAccountId;
    t.what = words(e.kind, e.name);
    t.uncertain = uncertain;
    if (!e.providerError.isEmpty() || !e.providerErrorDescription.isEmpty()) {
        QStringList parts;
        if (!e.providerError.isEmpty())
            parts.append(e.providerError);
        if (!e.providerErrorDescription.isEmpty())
            parts.append(quoted(e.providerErrorDescription));
        t.providerWords = parts.join(QStringLiteral(" — "));
    }
    QStringList detail;
    if (!e.errorCode.isEmpty())
        detail.append(DiagnosisBuilder::tr("WorkOS: %1").arg(e.errorCode));
    if (!e.errorReason.isEmpty())
        detail.append(quoted(e.errorReason));
    if (!e.stateReason.isEmpty())
        detail.append(DiagnosisBuilder::tr("reason: %1").arg(e.stateReason));
    if (!e.accountDisplayName.isEmpty())
        detail.append(DiagnosisBuilder::tr("label: %1").arg(e.accountDisplayName));
    else if (!e.accountIdentifier.isEmpty())
        detail.append(DiagnosisBuilder::tr("account: %1").arg(e.accountIdentifier));
    if (e.kind == PipesEventKind::Unknown) // shown raw, as it came
        detail.append(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
    t.detail = detail.join(QStringLiteral("; "));
    return t;
}

// Both families report a compatibility connection's change: one line for both.
QString sameHappening(const PipesEvent &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(e.kind == PipesEventKind::Unknown ? e.name : QString::number(int(e.kind)), e.connectedAccountId,
             e.providerSlug, e.userId, e.organizationId)
        .arg(e.createdAt.toMSecsSinceEpoch());
}

} // namespace

bool DiagnosisBuilder::belongsToOwner(const PipesEvent &event, const DiagnosisSubject &subject)
{
    if (subject.ownerKind == OwnerKind::User)
        return !event.userId.isEmpty() && event.userId == subject.ownerId;
    // An organization-owned connection has no owning user (user_id null).
    return event.userId.isEmpty() && event.organizationId == subject.ownerId;
}

bool DiagnosisBuilder::concernsConnection(const PipesEvent &event, const DiagnosisSubject &subject, bool *uncertain)
{
    if (uncertain)
        *uncertain = false;
    if (!belongsToOwner(event, subject) || event.providerSlug != subject.providerSlug)
        return false;
    if (subject.ownerKind == OwnerKind::User && event.organizationId != subject.organizationId)
        return false;
    if (subject.connectionId.isEmpty())
        return true;
    if (!event.connectedAccountId.isEmpty())
        return event.connectedAccountId == subject.connectionId;
    if (!event.isFailure() && event.kind != PipesEventKind::Unknown)
        return false;
    // A failure names no connection (§7): it belongs to this one when it names
    // the same provider account, or names none and the owner has only this one.
    const QString identifier = subject.connection ? subject.connection->accountIdentifier : QString();
    if (!event.accountIdentifier.isEmpty())
        return !identifier.isEmpty() && event.accountIdentifier == identifier;
    if (event.kind == PipesEventKind::AddFailed)
        return false; // an attempt to add another connection
    if (uncertain)
        *uncertain = subject.connectionsOfProvider > 1;
    return true;
}

QList<TimelineEntry> DiagnosisBuilder::timeline(const QList<PipesEvent> &events, const DiagnosisSubject &subject, Scope scope)
{
    QList<TimelineEntry> out;
    QHash<QString, qsizetype> seen;
    for (const PipesEvent &e : events) {
        bool uncertain = false;
        const bool keep = scope == Scope::Owner ? belongsToOwner(e, subject) : concernsConnection(e, subject, &uncertain);
        if (!keep)
            continue;
        const QString key = sameHappening(e);
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            out[*it].eventIds.append(e.id);
            if (e.family == PipesEventFamily::AccountConnection)
                out[*it].eventName = e.name;
            continue;
        }
        seen.insert(key, out.size());
        out.append(entryFor(e, uncertain));
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
    return out;
}

QString DiagnosisBuilder::relativeTime(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString DiagnosisBuilder::absoluteTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString DiagnosisBuilder::timelineLine(const TimelineEntry &entry, const QDateTime &now)
{
    QString line = QStringLiteral("%1 (%2)  %3").arg(absoluteTime(entry.at), relativeTime(entry.at, now), entry.what);
    if (!entry.providerSlug.isEmpty())
        line += QStringLiteral("  [%1]").arg(entry.providerSlug);
    if (!entry.providerWords.isEmpty())
        line += QStringLiteral("  ") + tr("provider said: %1").arg(entry.providerWords);
    if (!entry.detail.isEmpty())
        line += QStringLiteral("  (%1)").arg(entry.detail);
    if (entry.uncertain)
        line += QStringLiteral("  ") + tr("(names no connection: may concern another connection of this provider)");
    return line;
}

std::optional<ConnectedAccount> DiagnosisBuilder::factsFromEvents(const QList<PipesEvent> &events, const QString &connectionId)
{
    const PipesEvent *newest = nullptr;
    for (const PipesEvent &e : events) {
        if (e.connectedAccountId == connectionId && !e.state.isEmpty() && (!newest || e.createdAt > newest->createdAt))
            newest = &e;
    }
    if (!newest || connectionId.isEmpty())
        return std::nullopt;
    ConnectedAccount a;
    a.id = connectionId;
    a.userId = newest->userId;
    a.organizationId = newest->organizationId;
    a.scopes = newest->scopes;
    a.stateText = newest->state;
    a.state = connectionStateFromString(a.stateText);
    a.stateReasonText = newest->stateReason;
    a.stateReason = stateReasonFromString(a.stateReasonText);
    a.accountIdentifier = newest->accountIdentifier;
    a.accountDisplayName = newest->accountDisplayName;
    return a;
}
