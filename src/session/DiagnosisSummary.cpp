#include "session/Diagnosis.h"

#include <algorithm>


namespace {

QString provider(const DiagnosisSubject &s)
{
    return s.providerName.isEmpty() ? s.providerSlug : s.providerName;
}

QString listed(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

// The connection's state as the caller read it, else as its newest event left it.
struct StateFacts
{
    QString state;
    QString reason;
    bool known = false;
};

StateFacts stateOf(const DiagnosisSubject &s, const QList<TimelineEntry> &timeline, const QList<PipesEvent> &events)
{
    if (s.connection)
        return {s.connection->stateText, s.connection->stateReasonText, true};
    for (const TimelineEntry &entry : timeline) {
        if (entry.connectionId.isEmpty())
            continue;
        for (const PipesEvent &e : events) {
            if (entry.eventIds.contains(e.id) && !e.state.isEmpty())
                return {e.state, e.stateReason, true};
        }
    }
    return {};
}

} // namespace

QString DiagnosisBuilder::nextStepText(NextStep step)
{
    switch (step) {
    case NextStep::SendReconnectLink: return tr("Send a reconnect link…");
    case NextStep::OrganizationAdminReconnect: return tr("Connect link for an organization admin…");
    case NextStep::SendConnectLink: return tr("Send a connect link…");
    case NextStep::None: break;
    }
    return QString();
}

QString DiagnosisBuilder::tokenText(const TokenCheck &check)
{
    switch (check.status) {
    case TokenStatus::Active: {
        QString text = check.expiresAt.isValid() ? tr("Token check: active, expires %1.").arg(absoluteTime(check.expiresAt))
                                                 : tr("Token check: active, no expiry given.");
        if (!check.missingScopes.isEmpty())
            text += QLatin1Char(' ') + tr("The token lacks %1: send a reconnect link.").arg(listed(check.missingScopes));
        return text;
    }
    case TokenStatus::NeedsReauthorization: return tr("Token check: needs reauthorization (WorkOS hands out no token).");
    case TokenStatus::NotInstalled: return tr("Token check: not installed (WorkOS finds no connection).");
    case TokenStatus::Unknown: break;
    }
    return tr("Token check: inactive, WorkOS says “%1”.").arg(check.errorText);
}

Diagnosis DiagnosisBuilder::build(const DiagnosisSubject &s, const EventsResult &events, const std::optional<TokenCheck> &token,
                                  const QList<CallRecord> &otherCalls)
{
    Diagnosis d;
    d.connectionTimeline = timeline(events.events, s, Scope::Connection);
    d.ownerTimeline = timeline(events.events, s, Scope::Owner);
    d.pages = events.pages;
    d.capped = events.capped;
    d.sinceSeconds = events.rangeStart.isValid() ? events.rangeStart.secsTo(QDateTime::currentDateTimeUtc()) : 0;
    d.token = token;
    d.calls = events.calls + otherCalls;
    std::stable_sort(d.calls.begin(), d.calls.end(), [](const CallRecord &a, const CallRecord &b) { return a.at < b.at; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto prefer = [&d](NextStep step) {
        if (d.next == NextStep::None)
            d.next = step;
    };

    const StateFacts state = stateOf(s, d.connectionTimeline, events.events);
    if (!state.known) {
        d.findings.append(tr("Pipes Admin knows no state for this %1 connection.").arg(provider(s)));
    } else if (state.reason == QLatin1String("establishing_member_membership_ended")) {
        d.findings.append(tr("The admin who established this shared connection left the organization; an organization "
                             "admin must connect it again."));
        prefer(NextStep::OrganizationAdminReconnect);
    } else if (state.state == QLatin1String("needs_reauthorization")) {
        d.findings.append(tr("The %1 connection needs reauthorization: the customer must connect it again; send a "
                             "reconnect link.").arg(provider(s)));
        prefer(NextStep::SendReconnectLink);
    } else if (state.state == QLatin1String("disconnected")) {
        d.findings.append(tr("The %1 connection is disconnected: the customer must connect again.").arg(provider(s)));
        prefer(NextStep::SendConnectLink);
    } else if (state.state == QLatin1String("connected")) {
        d.findings.append(tr("The %1 connection is connected.").arg(provider(s)));
    } else {
        d.findings.append(tr("WorkOS reports the state “%1”, which this version of Pipes Admin does not know.").arg(state.state));
    }
    if (state.known && !state.reason.isEmpty() && state.reason != QLatin1String("establishing_member_membership_ended"))
        d.findings.append(tr("WorkOS gives the reason “%1”.").arg(state.reason));
    if (!s.missingScopes.isEmpty()) {
        d.findings.append(tr("The customer did not grant %1; send a reconnect link.").arg(listed(s.missingScopes)));
        prefer(NextStep::SendReconnectLink);
    }
    for (const TimelineEntry &entry : d.connectionTimeline) {
        if (entry.kind != PipesEventKind::ConnectionFailed && entry.kind != PipesEventKind::AddFailed)
            continue;
        QString sentence = tr("The last attempt failed %1 (%2).").arg(relativeTime(entry.at, now), absoluteTime(entry.at));
        if (!entry.providerWords.isEmpty())
            sentence += QLatin1Char(' ') + tr("%1 said: %2").arg(provider(s), entry.providerWords);
        else if (!entry.detail.isEmpty())
            sentence += QLatin1Char(' ') + entry.detail;
        d.findings.append(sentence);
        break;
    }
    const int days = int((d.sinceSeconds + 43200) / 86400);
    if (d.connectionTimeline.isEmpty())
        d.findings.append(tr("No Pipes events for this connection in %n day(s).", nullptr, days));
    if (d.capped)
        d.findings.append(tr("Only the newest %n page(s) of events were read (the page cap): older events may be missing.",
                             nullptr, d.pages));
    if (token) {
        d.findings.append(tokenText(*token));
        if (token->status == TokenStatus::NeedsReauthorization || !token->missingScopes.isEmpty())
            prefer(NextStep::SendReconnectLink);
        if (token->status == TokenStatus::NotInstalled)
            prefer(NextStep::SendConnectLink);
    }
    if (d.next == NextStep::None && state.state == QLatin1String("connected"))
        d.findings.append(tr("Nothing to repair from here: connected, with every configured scope granted."));
    return d;
}

QString DiagnosisBuilder::supportText(const DiagnosisSubject &s, const Diagnosis &d)
{
    QStringList lines;
    lines.append(tr("Pipes connection diagnosis for WorkOS support"));
    lines.append(tr("Environment: %1").arg(s.environmentName));
    const QString owner = s.ownerLabel.isEmpty() ? s.ownerId : QStringLiteral("%1 (%2)").arg(s.ownerId, s.ownerLabel);
    lines.append(s.ownerKind == OwnerKind::User ? tr("User: %1").arg(owner) : tr("Organization: %1").arg(owner));
    if (!s.organizationId.isEmpty())
        lines.append(tr("Organization scope: %1").arg(s.organizationId));
    lines.append(tr("Provider: %1").arg(s.providerSlug));
    lines.append(tr("Connection: %1").arg(s.connectionId.isEmpty() ? tr("(the compatibility connection)") : s.connectionId));
    if (s.connection) {
        lines.append(tr("State: %1").arg(s.connection->stateText));
        lines.append(tr("State reason: %1").arg(s.connection->stateReasonText.isEmpty() ? tr("none")
                                                                                        : s.connection->stateReasonText));
    }
    if (!s.missingScopes.isEmpty())
        lines.append(tr("Missing scopes: %1").arg(listed(s.missingScopes)));
    if (d.token)
        lines.append(tokenText(*d.token));
    lines.append(tr("Summary:"));
    for (const QString &finding : d.findings)
        lines.append(QStringLiteral("  ") + finding);
    lines.append(tr("Recent requests:"));
    for (const CallRecord &call : d.calls) {
        lines.append(QStringLiteral("  %1  %2  %3  %4")
                         .arg(call.at.toUTC().toString(Qt::ISODate), call.endpoint,
                              call.httpStatus ? QString::number(call.httpStatus) : tr("no answer"),
                              call.requestId.isEmpty() ? tr("(no request id)") : call.requestId));
    }
    QStringList failures;
    for (const TimelineEntry &entry : d.connectionTimeline) {
        if (entry.kind == PipesEventKind::ConnectionFailed || entry.kind == PipesEventKind::AddFailed)
            failures.append(entry.eventIds);
    }
    lines.append(tr("Failure events: %1").arg(failures.isEmpty() ? tr("none") : listed(failures)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
