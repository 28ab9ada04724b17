#include "cli/DiagnosisOutput.h"

#include "cli/TableFormatter.h"
#include "core/TimeText.h"

#include <QJsonArray>

namespace {

QString indented(const QString &text)
{
    QString out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out;
}

QString timelineText(const QList<TimelineEntry> &entries, const QDateTime &now)
{
    QString out;
    for (const TimelineEntry &entry : entries)
        out += QStringLiteral("  ") + DiagnosisBuilder::timelineLine(entry, now) + QLatin1Char('\n');
    return out.isEmpty() ? QStringLiteral("  -\n") : out;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray timelineJson(const QList<TimelineEntry> &entries)
{
    QJsonArray out;
    for (const TimelineEntry &e : entries) {
        out.append(QJsonObject{{QStringLiteral("at"), TimeText::isoUtc(e.at)},
                               {QStringLiteral("event"), e.eventName},
                               {QStringLiteral("event_ids"), QJsonArray::fromStringList(e.eventIds)},
                               {QStringLiteral("what"), e.what},
                               {QStringLiteral("provider_slug"), orNull(e.providerSlug)},
                               {QStringLiteral("connection_id"), orNull(e.connectionId)},
                               {QStringLiteral("provider_words"), orNull(e.providerWords)},
                               {QStringLiteral("detail"), orNull(e.detail)},
                               {QStringLiteral("uncertain"), e.uncertain}});
    }
    return out;
}

} // namespace

QString DiagnosisOutput::nextStepName(NextStep step)
{
    switch (step) {
    case NextStep::SendReconnectLink: return QStringLiteral("send_reconnect_link");
    case NextStep::OrganizationAdminReconnect: return QStringLiteral("organization_admin_reconnect");
    case NextStep::SendConnectLink: return QStringLiteral("send_connect_link");
    case NextStep::None: break;
    }
    return QStringLiteral("none");
}

QString DiagnosisOutput::tokenStatusName(TokenStatus status)
{
    switch (status) {
    case TokenStatus::Active: return QStringLiteral("active");
    case TokenStatus::NeedsReauthorization: return QStringLiteral("needs_reauthorization");
    case TokenStatus::NotInstalled: return QStringLiteral("not_installed");
    case TokenStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString DiagnosisOutput::diagnosisText(const DiagnosisSubject &s, const Diagnosis &d, const QDateTime &now)
{
    QString out;
    const QString owner = s.ownerLabel.isEmpty() ? s.ownerId : QStringLiteral("%1 (%2)").arg(s.ownerLabel, s.ownerId);
    out += tr("Diagnosis of %1's %2 connection %3").arg(owner, s.providerSlug,
                                                        s.connectionId.isEmpty() ? tr("(every connection)") : s.connectionId)
        + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Summary:") + QLatin1Char('\n') + indented(d.summary());
    if (d.next != NextStep::None)
        out += tr("Next step: %1").arg(DiagnosisBuilder::nextStepText(d.next)) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Timeline of this connection (newest first):") + QLatin1Char('\n')
        + timelineText(d.connectionTimeline, now);
    out += QLatin1Char('\n') + tr("Timeline of %1 (every provider, newest first):").arg(s.ownerId) + QLatin1Char('\n')
        + timelineText(d.ownerTimeline, now);
    out += QLatin1Char('\n') + tr("Copy for WorkOS support:") + QLatin1Char('\n')
        + indented(DiagnosisBuilder::supportText(s, d));
    return out;
}

QJsonObject DiagnosisOutput::diagnosisJson(const DiagnosisSubject &s, const Diagnosis &d)
{
    QJsonValue token(QJsonValue::Null);
    if (d.token) {
        token = QJsonObject{{QStringLiteral("status"), tokenStatusName(d.token->status)},
                            {QStringLiteral("error"), orNull(d.token->errorText)},
                            {QStringLiteral("expires_at"), orNull(TimeText::isoUtc(d.token->expiresAt))},
                            {QStringLiteral("scopes"), QJsonArray::fromStringList(d.token->scopes)},
                            {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(d.token->missingScopes)}};
    }
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("diagnosis")},
        {QStringLiteral("environment"), s.environmentName},
        {QStringLiteral("owner_kind"), s.ownerKind == OwnerKind::User ? QStringLiteral("user") : QStringLiteral("organization")},
        {QStringLiteral("owner_id"), s.ownerId},
        {QStringLiteral("organization_id"), orNull(s.organizationId)},
        {QStringLiteral("provider_slug"), s.providerSlug},
        {QStringLiteral("connection_id"), orNull(s.connectionId)},
        {QStringLiteral("state"), s.connection ? orNull(s.connection->stateText) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("state_reason"), s.connection ? orNull(s.connection->stateReasonText) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(s.missingScopes)},
        {QStringLiteral("findings"), QJsonArray::fromStringList(d.findings)},
        {QStringLiteral("next_step"), nextStepName(d.next)},
        {QStringLiteral("timeline"), timelineJson(d.connectionTimeline)},
        {QStringLiteral("owner_timeline"), timelineJson(d.ownerTimeline)},
        {QStringLiteral("pages"), d.pages},
        {QStringLiteral("capped"), d.capped},
        {QStringLiteral("token_check"), token},
        {QStringLiteral("support_text"), DiagnosisBuilder::supportText(s, d)},
    };
}

QString DiagnosisOutput::eventsText(const QList<TimelineEntry> &entries, const EventsResult &result, const QDateTime &now)
{
    TableFormatter table({tr("TIME"), tr("AGO"), tr("EVENT"), tr("PROVIDER"), tr("CONNECTION"), tr("PROVIDER SAYS")});
    for (const TimelineEntry &e : entries) {
        table.addRow({DiagnosisBuilder::absoluteTime(e.at), DiagnosisBuilder::relativeTime(e.at, now), e.eventName,
                      e.providerSlug.isEmpty() ? QStringLiteral("-") : e.providerSlug,
                      e.connectionId.isEmpty() ? QStringLiteral("-") : e.connectionId,
                      e.providerWords.isEmpty() ? (e.detail.isEmpty() ? QStringLiteral("-") : e.detail) : e.providerWords});
    }
    QString out = entries.isEmpty() ? tr("No Pipes events.") + QLatin1Char('\n') : table.render();
    if (result.capped)
        out += tr("Only the newest %n page(s) of events were read (the page cap): older events may be missing.", nullptr,
                  result.pages)
            + QLatin1Char('\n');
    return out;
}

QJsonObject DiagnosisOutput::eventsJson(const QList<PipesEvent> &events, const EventsResult &result)
{
    QJsonArray data;
    for (const PipesEvent &e : events)
        data.append(e.raw);
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("pages"), result.pages},
                       {QStringLiteral("capped"), result.capped}};
}
