// AuditLog's connect links (table links): issued, superseded, completed, closed.
#include "audit/AuditLog.h"

#include "core/TimeText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
constexpr auto LinkColumns = "id, environment, owner_kind, owner_id, user_id, user_email, organization_id, provider, "
                             "connection_id, connection_label, intent, issued_at, operator_name, os_user, host, "
                             "ticket, audit_id, state, state_changed_at, completed_connection_id, last_checked_at";

QDateTime linkTime(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return QDateTime();
    return TimeText::fromIso(value.toString()).toUTC();
}

LinkRecord linkFrom(const QSqlQuery &q)
{
    LinkRecord l;
    l.id = q.value(0).toLongLong();
    l.environment = q.value(1).toString();
    l.ownerKind = q.value(2).toString();
    l.ownerId = q.value(3).toString();
    l.userId = q.value(4).toString();
    l.userEmail = q.value(5).toString();
    l.organizationId = q.value(6).toString();
    l.providerSlug = q.value(7).toString();
    l.connectionId = q.value(8).toString();
    l.connectionLabel = q.value(9).toString();
    LinkNames::intentFromName(q.value(10).toString(), &l.intent);
    l.issuedAt = linkTime(q.value(11));
    l.operatorName = q.value(12).toString();
    l.osUser = q.value(13).toString();
    l.host = q.value(14).toString();
    l.ticket = q.value(15).toString();
    l.auditId = q.value(16).toLongLong();
    LinkNames::stateFromName(q.value(17).toString(), &l.state);
    l.stateChangedAt = linkTime(q.value(18));
    l.completedConnectionId = q.value(19).toString();
    l.lastCheckedAt = linkTime(q.value(20));
    return l;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
} // namespace

std::optional<qint64> AuditLog::addLink(const LinkRecord &link, QString *error)
{
    if (!m_open) {
        if (error)
            *error = tr("The audit log is not open.");
        return std::nullopt;
    }
    const qint64 id = newRecordId();
    const QString now = TimeText::isoUtc(QDateTime::currentDateTimeUtc());
    const QVariantList values{id, text(link.environment), text(link.ownerKind), text(link.ownerId), text(link.userId),
                              text(link.userEmail), text(link.organizationId), text(link.providerSlug),
                              text(link.connectionId), text(link.connectionLabel), LinkNames::intent(link.intent), now,
                              operatorName(), currentOsUser(), currentHost(), text(link.ticket),
                              link.auditId > 0 ? QVariant(link.auditId) : QVariant(QMetaType(QMetaType::LongLong)),
                              LinkNames::state(LinkState::Waiting), now};
    QSqlQuery q;
    if (!execWithReconnect(QStringLiteral("INSERT INTO links (id, environment, owner_kind, owner_id, user_id, "
                                          "user_email, organization_id, provider, connection_id, connection_label, "
                                          "intent, issued_at, operator_name, os_user, host, ticket, audit_id, state, "
                                          "state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?)"),
                           values, &q)) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    // The customer is sent the newest link: the older ones for the same target are no longer followed.
    const QVariantList same{LinkNames::state(LinkState::Superseded), now, text(link.environment),
                            text(link.ownerKind), text(link.ownerId), text(link.organizationId),
                            text(link.providerSlug), text(link.connectionId), LinkNames::intent(link.intent), id};
    QSqlQuery supersede;
    execWithReconnect(QStringLiteral("UPDATE links SET state = ?, state_changed_at = ? WHERE state = 'waiting' "
                                     "AND environment = ? AND owner_kind = ? AND owner_id = ? AND organization_id = ? "
                                     "AND provider = ? AND connection_id = ? AND intent = ? AND id < ?"),
                      same, &supersede);
    Q_EMIT linksChanged();
    return id;
}

QList<LinkRecord> AuditLog::links(const LinkFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (!filter.environment.isEmpty()) {
        where << QStringLiteral("environment = ?");
        values << filter.environment;
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (const LinkState state : filter.states) {
            marks << QStringLiteral("?");
            values << LinkNames::state(state);
        }
        where << QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    QString sql = QStringLiteral("SELECT %1 FROM links").arg(QLatin1String(LinkColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QList<LinkRecord> result;
    QSqlQuery q(database());
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(linkFrom(q));
    return result;
}

std::optional<LinkRecord> AuditLog::link(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM links WHERE id = ?").arg(QLatin1String(LinkColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return linkFrom(q);
}

bool AuditLog::setLinkState(qint64 id, LinkState state, const QString &completedConnectionId, QString *error)
{
    const QVariantList values{LinkNames::state(state), TimeText::isoUtc(QDateTime::currentDateTimeUtc()),
                              text(completedConnectionId), id};
    QSqlQuery q;
    if (!execWithReconnect(QStringLiteral("UPDATE links SET state = ?, state_changed_at = ?, "
                                          "completed_connection_id = ? WHERE id = ? AND state = 'waiting'"),
                           values, &q)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = link(id) ? tr("Link %1 is no longer waiting.").arg(id) : tr("No link %1.").arg(id);
        return false;
    }
    Q_EMIT linksChanged();
    return true;
}

void AuditLog::markLinkChecked(qint64 id, const QDateTime &at)
{
    QSqlQuery q;
    execWithReconnect(QStringLiteral("UPDATE links SET last_checked_at = ? WHERE id = ?"),
                      {TimeText::isoUtc(at), id}, &q);
}
