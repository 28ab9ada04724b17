// AuditLog's reads: filters, records, the newest id.
#include "audit/AuditLog.h"

#include "core/TimeText.h"

#include <QSqlDatabase>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {
constexpr auto Columns = "id, started_at, completed_at, os_user, host, process_id, environment, user_id, user_email, "
                         "provider, organization_id, action, outcome, http_status, request_id, batch_id, reason, "
                         "detail, server_time, operator_name, connection_id, connection_label, owner_kind";

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = TimeText::fromIso(value.toString());
    return time.toUTC();
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = timeFrom(q.value(1));
    r.completedAt = timeFrom(q.value(2));
    r.osUser = q.value(3).toString();
    r.host = q.value(4).toString();
    r.processId = q.value(5).toLongLong();
    r.entry.environment = q.value(6).toString();
    r.entry.userId = q.value(7).toString();
    r.entry.userEmail = q.value(8).toString();
    r.entry.providerSlug = q.value(9).toString();
    r.entry.organizationId = q.value(10).toString();
    AuditNames::actionFromName(q.value(11).toString(), &r.entry.action);
    r.completion.outcome = AuditOutcome::Unknown;
    AuditNames::outcomeFromName(q.value(12).toString(), &r.completion.outcome);
    r.completion.httpStatus = q.value(13).toInt();
    r.completion.requestId = q.value(14).toString();
    r.entry.batchId = q.value(15).toString();
    r.entry.reason = q.value(16).toString();
    r.completion.detail = q.value(17).toString();
    r.serverTime = timeFrom(q.value(18));
    r.operatorName = q.value(19).toString();
    r.entry.connectionId = q.value(20).toString();
    r.entry.connectionLabel = q.value(21).toString();
    r.entry.ownerKind = q.value(22).toString();
    return r;
}

QString likePattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

void addExact(QStringList *terms, QVariantList *values, const QString &column, const QString &value)
{
    if (value.isEmpty())
        return;
    *terms << column + QStringLiteral(" = ?");
    values->append(value);
}

// "id IN (?, ?, ...)" for `ids`, its values appended.
QString idIn(const QSet<qint64> &ids, QVariantList *values)
{
    QStringList marks;
    for (const qint64 id : ids) {
        marks << QStringLiteral("?");
        values->append(id);
    }
    return QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
}

// WHERE clause and its bound values for a filter. `journaled`: the records
// whose completion waits in this workstation's journal; they are stored
// "pending" but read "outcome_unknown" (AuditLog::awaitingJournal), and an
// outcome filter matches them by what they read.
QString whereClause(const AuditFilter &f, const QSet<qint64> &journaled, QVariantList *values)
{
    QStringList terms;
    if (f.from.isValid()) {
        terms << QStringLiteral("started_at >= ?");
        values->append(TimeText::isoUtc(f.from));
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("started_at < ?");
        values->append(TimeText::isoUtc(f.to));
    }
    if (!f.userId.isEmpty()) {
        terms << QStringLiteral("(user_id = ? OR user_email LIKE ? ESCAPE '\\')");
        values->append(f.userId);
        values->append(likePattern(f.userId));
    }
    addExact(&terms, values, QStringLiteral("provider"), f.providerSlug);
    addExact(&terms, values, QStringLiteral("environment"), f.environment);
    addExact(&terms, values, QStringLiteral("host"), f.workstation);
    addExact(&terms, values, QStringLiteral("connection_id"), f.connectionId);
    if (!f.operatorName.isEmpty()) {
        terms << QStringLiteral("(operator_name = ? OR os_user = ?)");
        values->append(f.operatorName);
        values->append(f.operatorName);
    }
    if (!f.actions.isEmpty()) {
        QStringList marks;
        for (const AuditAction a : f.actions) {
            marks << QStringLiteral("?");
            values->append(AuditNames::action(a));
        }
        terms << QStringLiteral("action IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.outcomes.isEmpty()) {
        QStringList marks;
        for (const AuditOutcome o : f.outcomes) {
            marks << QStringLiteral("?");
            values->append(AuditNames::outcome(o));
        }
        QString term = QStringLiteral("outcome IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (!journaled.isEmpty()) {
            // A pending row in the journal reads outcome_unknown, not pending.
            if (f.outcomes.contains(AuditOutcome::Pending))
                term = QStringLiteral("(%1 AND NOT (outcome = 'pending' AND %2))").arg(term, idIn(journaled, values));
            if (f.outcomes.contains(AuditOutcome::Unknown))
                term = QStringLiteral("(%1 OR (outcome = 'pending' AND %2))").arg(term, idIn(journaled, values));
        }
        terms << term;
    }
    if (f.beforeId > 0) {
        terms << QStringLiteral("id < ?");
        values->append(f.beforeId);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}
} // namespace

QList<AuditRecord> AuditLog::query(const AuditFilter &filter) const
{
    QList<AuditRecord> records;
    if (!m_open)
        return records;
    // The journal is read once: for the outcome filter and for how its records read.
    const QSet<qint64> journaled = journaledIds();
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM actions").arg(QLatin1String(Columns))
        + whereClause(filter, journaled, &values) + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return records;
    while (q.next())
        records.append(recordFrom(q));
    readJournaledAsUnknown(journaled, &records);
    return records;
}

int AuditLog::count(const AuditFilter &filter) const
{
    if (!m_open)
        return 0;
    QVariantList values;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actions")
              + whereClause(filter, filter.outcomes.isEmpty() ? QSet<qint64>() : journaledIds(), &values));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<AuditRecord> AuditLog::record(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QList<AuditRecord> one{recordFrom(q)};
    readJournaledAsUnknown(journaledIds(), &one);
    return one.constFirst();
}

QString AuditLog::changeStamp() const
{
    if (!m_open)
        return QString();
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT MAX(id), COUNT(*), COUNT(completed_at) FROM actions")) || !q.next())
        return QString();
    return QStringLiteral("%1/%2/%3").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong());
}

QList<AuditRecord> AuditLog::recentByOthers(const QString &userId, const QString &providerSlug,
                                            const QString &organizationId, int minutes) const
{
    AuditFilter filter;
    filter.from = QDateTime::currentDateTimeUtc().addSecs(-60 * qint64(minutes));
    filter.providerSlug = providerSlug;
    filter.limit = 50;
    QList<AuditRecord> found;
    if (userId.isEmpty() || providerSlug.isEmpty())
        return found;
    const QString me = operatorName();
    const QString here = currentHost();
    for (const AuditRecord &r : query(filter)) {
        if (r.entry.userId != userId || r.entry.organizationId != organizationId)
            continue;
        if ((r.operatorName.isEmpty() ? r.osUser : r.operatorName) == me && r.host == here)
            continue; // this operator's own
        found.append(r);
    }
    return found;
}
