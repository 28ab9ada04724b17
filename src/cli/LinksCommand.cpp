#include "cli/LinksCommand.h"

#include "audit/AuditLog.h"
#include "cli/HistoryCommand.h"
#include "cli/OutputSink.h"
#include "cli/TableFormatter.h"
#include "session/LinkTracker.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject linkJson(const LinkRecord &l, const QDateTime &now, qint64 staleAfterSeconds)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), l.id);
    o.insert(QStringLiteral("state"), LinkNames::displayState(l, now, staleAfterSeconds));
    o.insert(QStringLiteral("stored_state"), LinkNames::state(l.state));
    o.insert(QStringLiteral("environment"), l.environment);
    o.insert(QStringLiteral("owner_kind"), l.ownerKind);
    o.insert(QStringLiteral("owner_id"), l.ownerId);
    o.insert(QStringLiteral("user_id"), orNull(l.userId));
    o.insert(QStringLiteral("user_email"), orNull(l.userEmail));
    o.insert(QStringLiteral("organization_id"), orNull(l.organizationId));
    o.insert(QStringLiteral("provider"), l.providerSlug);
    o.insert(QStringLiteral("connection_id"), orNull(l.connectionId));
    o.insert(QStringLiteral("intent"), LinkNames::intent(l.intent));
    o.insert(QStringLiteral("issued_at"), HistoryCommand::timeText(l.issuedAt));
    o.insert(QStringLiteral("age_seconds"), qMax<qint64>(0, l.issuedAt.secsTo(now)));
    o.insert(QStringLiteral("operator"), orNull(l.operatorName));
    o.insert(QStringLiteral("workstation"), orNull(l.host));
    o.insert(QStringLiteral("ticket"), orNull(l.ticket));
    o.insert(QStringLiteral("audit_id"), l.auditId > 0 ? QJsonValue(l.auditId) : QJsonValue());
    o.insert(QStringLiteral("state_changed_at"), HistoryCommand::timeText(l.stateChangedAt));
    o.insert(QStringLiteral("completed_connection_id"), orNull(l.completedConnectionId));
    return o;
}

QString targetText(const LinkRecord &l)
{
    if (!l.connectionId.isEmpty())
        return l.connectionId;
    return l.intent == LinkIntent::Add ? LinksCommand::tr("(another)") : LinksCommand::tr("(first)");
}
} // namespace

LinksCommand::LinksCommand(AuditLog *log, OutputSink *sink, Format format, qint64 staleAfterSeconds)
    : m_log(log)
    , m_sink(sink)
    , m_format(format)
    , m_staleAfterSeconds(staleAfterSeconds)
{
}

ExitCode LinksCommand::list(WorkOsClient *client, const QString &environment, Which which)
{
    QString summary;
    if (client) {
        LinkTracker tracker(m_log, client, environment);
        QEventLoop loop;
        QObject::connect(&tracker, &LinkTracker::refreshed, &loop, &QEventLoop::quit);
        tracker.refreshNow();
        if (tracker.isRefreshing())
            loop.exec();
        summary = tracker.lastSummary();
        if (!tracker.lastError().isEmpty())
            m_sink->message(tr("Warning: the waiting links could not all be checked: %1").arg(tracker.lastError()));
    }
    LinkFilter filter;
    if (which == Which::Open)
        filter.states = {LinkState::Waiting};
    const QList<LinkRecord> links = m_log->links(filter);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_format == Format::Json) {
        QJsonArray data;
        for (const LinkRecord &l : links)
            data.append(linkJson(l, now, m_staleAfterSeconds));
        m_sink->data(QJsonDocument(QJsonObject{{QStringLiteral("data"), data},
                                               {QStringLiteral("refreshed"), client != nullptr},
                                               {QStringLiteral("environment"), environment}})
                         .toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (links.isEmpty()) {
        m_sink->message(which == Which::Open ? tr("No open links.") : tr("No links."));
    } else {
        TableFormatter table({tr("ID"), tr("STATE"), tr("AGE"), tr("CUSTOMER"), tr("PROVIDER"), tr("CONNECTION"),
                              tr("ISSUED BY"), tr("TICKET"), tr("ENVIRONMENT")});
        for (const LinkRecord &l : links) {
            const QString by = l.host.isEmpty() ? l.operatorName : tr("%1 (%2)").arg(l.operatorName, l.host);
            table.addRow({QString::number(l.id), LinkNames::displayState(l, now, m_staleAfterSeconds),
                          LinkNames::ageText(l.issuedAt, now), l.customerText(), l.providerSlug, targetText(l), by,
                          l.ticket, l.environment});
        }
        m_sink->data(table.render());
    }
    if (!summary.isEmpty())
        m_sink->message(tr("Refreshed %1: %2").arg(environment, summary));
    return ExitCode::Ok;
}

ExitCode LinksCommand::close(const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0) {
        m_sink->message(tr("Error: \"%1\" is not a link id (a number from `links --all`).").arg(idText.left(80)));
        return ExitCode::Usage;
    }
    QString why;
    if (!m_log->setLinkState(id, LinkState::Closed, QString(), &why)) {
        m_sink->message(tr("Error: link %1 was not closed: %2").arg(id).arg(why));
        return m_log->link(id) ? ExitCode::Usage : ExitCode::NotFound;
    }
    m_sink->data(tr("Closed link %1.").arg(id) + QLatin1Char('\n'));
    return ExitCode::Ok;
}
