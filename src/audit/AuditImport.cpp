// AuditLog::importFrom: a workstation's SQLite history into the shared store,
// idempotently (`history import-local`).
#include "audit/AuditLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace {
constexpr auto ImportColumns = "id, started_at, completed_at, server_time, os_user, operator_name, host, process_id, "
                               "session, environment, user_id, user_email, provider, organization_id, connection_id, "
                               "connection_label, owner_kind, action, outcome, http_status, request_id, batch_id, "
                               "reason, detail";
constexpr int SessionColumn = 8;
constexpr int StartedColumn = 1;
constexpr int HostColumn = 6;
constexpr int UserIdColumn = 10;
constexpr int ProviderColumn = 12;
constexpr int ConnectionIdColumn = 14;
constexpr int ActionColumn = 17;
} // namespace

std::optional<AuditLog::ImportResult> AuditLog::importFrom(const AuditLog &source, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ImportResult> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!m_open || !source.isOpen())
        return fail(tr("The audit log is not open."));
    QSqlQuery read(source.database());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM actions ORDER BY id").arg(QLatin1String(ImportColumns))))
        return fail(read.lastError().text());

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(db.lastError().text());
    ImportResult result;
    const int columns = read.record().count();
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    while (read.next()) {
        // The same action: written by the same process session, at the same time, on the same
        // workstation, for the same user, provider, connection and action (one session can begin
        // two actions within the same millisecond: they are two records, not one).
        QSqlQuery seen(db);
        seen.prepare(QStringLiteral("SELECT COUNT(*) FROM actions WHERE COALESCE(session, '') = ? AND started_at = ? "
                                    "AND COALESCE(host, '') = ? AND COALESCE(user_id, '') = ? "
                                    "AND COALESCE(provider, '') = ? AND COALESCE(connection_id, '') = ? "
                                    "AND COALESCE(action, '') = ?"));
        for (const int column : {SessionColumn, StartedColumn, HostColumn, UserIdColumn, ProviderColumn,
                                 ConnectionIdColumn, ActionColumn})
            seen.addBindValue(read.value(column).toString());
        if (!seen.exec() || !seen.next()) {
            db.rollback();
            return fail(seen.lastError().text());
        }
        if (seen.value(0).toInt() > 0) {
            ++result.alreadyThere;
            continue;
        }
        // The first schema's ids (1, 2, 3...) repeat across workstations: a new id where it is taken.
        qint64 id = read.value(0).toLongLong();
        QSqlQuery taken(db);
        taken.prepare(QStringLiteral("SELECT COUNT(*) FROM actions WHERE id = ?"));
        taken.addBindValue(id);
        if (!taken.exec() || !taken.next() || taken.value(0).toInt() > 0)
            id = newRecordId();
        QSqlQuery write(db);
        write.prepare(QStringLiteral("INSERT INTO actions (%1) VALUES (%2)")
                          .arg(QLatin1String(ImportColumns), marks.join(QLatin1Char(','))));
        write.addBindValue(id);
        for (int i = 1; i < columns; ++i) {
            const QVariant value = read.value(i);
            // The NOT NULL DEFAULT '' columns of version 2.
            write.addBindValue(value.isNull() && i >= 14 && i <= 16 ? QVariant(QStringLiteral("")) : value);
        }
        if (!write.exec()) {
            db.rollback();
            return fail(write.lastError().text());
        }
        ++result.copied;
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return result;
}
