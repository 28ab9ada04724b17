// AuditLog's local journal of completions the shared store could not take
// (the server went away mid-action): one JSON line per completion, synced to
// disk before complete() returns, written to the store when it is back.
#include "audit/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
QList<QJsonObject> readJournal(const QString &path)
{
    QList<QJsonObject> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (!entry.isEmpty()) // a line cut short by a crash is dropped with nothing else
            entries.append(entry);
    }
    return entries;
}
} // namespace

QString AuditLog::journalPath() const
{
    const QByteArray key = QCryptographicHash::hash(m_location.displayName().toUtf8(), QCryptographicHash::Sha256);
    return QFileInfo(defaultPath()).absolutePath() + QStringLiteral("/audit-journal-")
        + QString::fromLatin1(key.toHex().left(16)) + QStringLiteral(".jsonl");
}

int AuditLog::journaledCount() const
{
    if (!m_location.isPostgreSql())
        return 0;
    return int(readJournal(journalPath()).size());
}

QSet<qint64> AuditLog::journaledIds() const
{
    QSet<qint64> ids;
    if (!m_location.isPostgreSql())
        return ids;
    for (const QJsonObject &entry : readJournal(journalPath()))
        ids.insert(entry.value(QStringLiteral("id")).toInteger());
    return ids;
}

bool AuditLog::isJournaled(qint64 id) const
{
    return journaledIds().contains(id);
}

AuditRecord AuditLog::awaitingJournal(AuditRecord record)
{
    record.completion.outcome = AuditOutcome::Unknown;
    record.completion.detail = tr("The answer came while the shared audit store was unreachable: the outcome is kept "
                                  "in the local journal of %1 and written when the store is back.")
                                   .arg(record.host.isEmpty() ? currentHost() : record.host);
    return record;
}

void AuditLog::readJournaledAsUnknown(const QSet<qint64> &ids, QList<AuditRecord> *records)
{
    if (ids.isEmpty())
        return;
    for (AuditRecord &record : *records) {
        if (record.completion.outcome == AuditOutcome::Pending && ids.contains(record.id))
            record = awaitingJournal(record);
    }
}

bool AuditLog::journal(qint64 id, const QString &completedAt, const AuditCompletion &completion)
{
    const QString path = journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject entry;
    entry.insert(QStringLiteral("id"), id);
    entry.insert(QStringLiteral("completed_at"), completedAt);
    entry.insert(QStringLiteral("outcome"), AuditNames::outcome(completion.outcome));
    entry.insert(QStringLiteral("http_status"), completion.httpStatus);
    entry.insert(QStringLiteral("request_id"), completion.requestId);
    entry.insert(QStringLiteral("detail"), completion.detail);
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return false;
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#endif
    return true;
}

int AuditLog::flushJournal()
{
    if (!m_open || !m_location.isPostgreSql() || m_flushing)
        return 0;
    const QString path = journalPath();
    const QList<QJsonObject> entries = readJournal(path);
    if (entries.isEmpty())
        return 0;
    m_flushing = true;
    QList<QJsonObject> waiting;
    QList<qint64> written;
    for (const QJsonObject &entry : entries) {
        if (!waiting.isEmpty()) {
            waiting.append(entry);
            continue;
        }
        // Only a record still open: the same line written twice changes nothing.
        QSqlQuery q(database());
        q.prepare(QStringLiteral("UPDATE actions SET completed_at = ?, outcome = ?, http_status = ?, request_id = ?, "
                                 "detail = ? WHERE id = ? AND outcome IN ('pending', 'outcome_unknown')"));
        q.addBindValue(entry.value(QStringLiteral("completed_at")).toString());
        q.addBindValue(entry.value(QStringLiteral("outcome")).toString());
        const int status = entry.value(QStringLiteral("http_status")).toInt();
        q.addBindValue(status > 0 ? QVariant(status) : QVariant(QMetaType(QMetaType::Int)));
        const QString requestId = entry.value(QStringLiteral("request_id")).toString();
        q.addBindValue(requestId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(requestId));
        const QString detail = entry.value(QStringLiteral("detail")).toString();
        q.addBindValue(detail.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(detail));
        const qint64 id = entry.value(QStringLiteral("id")).toInteger();
        q.addBindValue(id);
        if (!q.exec())
            waiting.append(entry);
        else
            written.append(id);
    }
    m_flushing = false;
    if (waiting.isEmpty()) {
        QFile::remove(path);
    } else {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            for (const QJsonObject &entry : std::as_const(waiting))
                file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
            file.commit();
        }
    }
    // Told once the journal no longer holds them: readers see the written outcome, not "outcome unknown".
    for (const qint64 id : std::as_const(written))
        Q_EMIT recordChanged(id);
    Q_EMIT stateChanged();
    return int(waiting.size());
}

QString AuditLog::stateText() const
{
    QString text;
    if (!m_open)
        text = tr("Audit: not available");
    else if (!m_location.isPostgreSql())
        text = tr("Audit: local file");
    else if (m_reachable)
        text = tr("Audit: shared (%1)").arg(m_location.displayName());
    else
        text = tr("Audit: server unreachable, disconnects are refused");
    const int waiting = journaledCount();
    if (waiting > 0)
        text += QLatin1Char(' ') + tr("(%n outcome(s) waiting in the local journal)", nullptr, waiting);
    return text;
}
