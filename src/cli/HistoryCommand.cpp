#include "cli/HistoryCommand.h"

#include "audit/AuditLog.h"
#include "cli/OutputSink.h"
#include "cli/TableFormatter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject recordJson(const AuditRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("started_at"), HistoryCommand::timeText(r.startedAt));
    o.insert(QStringLiteral("completed_at"), r.completedAt.isValid() ? QJsonValue(HistoryCommand::timeText(r.completedAt)) : QJsonValue());
    o.insert(QStringLiteral("action"), AuditNames::action(r.entry.action));
    o.insert(QStringLiteral("outcome"), AuditNames::outcome(r.completion.outcome));
    o.insert(QStringLiteral("environment"), orNull(r.entry.environment));
    o.insert(QStringLiteral("user_id"), orNull(r.entry.userId));
    o.insert(QStringLiteral("user_email"), orNull(r.entry.userEmail));
    o.insert(QStringLiteral("provider"), orNull(r.entry.providerSlug));
    o.insert(QStringLiteral("organization_id"), orNull(r.entry.organizationId));
    o.insert(QStringLiteral("http_status"), r.completion.httpStatus > 0 ? QJsonValue(r.completion.httpStatus) : QJsonValue());
    o.insert(QStringLiteral("request_id"), orNull(r.completion.requestId));
    o.insert(QStringLiteral("batch_id"), orNull(r.entry.batchId));
    o.insert(QStringLiteral("reason"), orNull(r.entry.reason));
    o.insert(QStringLiteral("detail"), orNull(r.completion.detail));
    o.insert(QStringLiteral("os_user"), orNull(r.osUser));
    o.insert(QStringLiteral("host"), orNull(r.host));
    o.insert(QStringLiteral("operator"), orNull(r.operatorName));
    o.insert(QStringLiteral("workstation"), orNull(r.host));
    o.insert(QStringLiteral("server_time"), r.serverTime.isValid() ? QJsonValue(HistoryCommand::timeText(r.serverTime)) : QJsonValue());
    o.insert(QStringLiteral("connection_id"), r.entry.connectionId);
    o.insert(QStringLiteral("connection_label"), r.entry.connectionLabel);
    o.insert(QStringLiteral("owner_kind"), r.entry.ownerKind);
    return o;
}
} // namespace

HistoryCommand::HistoryCommand(AuditLog *log, OutputSink *sink, Format format)
    : m_log(log)
    , m_sink(sink)
    , m_format(format)
{
}

QString HistoryCommand::timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QDateTime HistoryCommand::parseSince(const QString &textIn, const QDateTime &now)
{
    const QString text = textIn.trimmed();
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([dhm])$"));
    const QRegularExpressionMatch match = relative.match(text);
    if (match.hasMatch()) {
        const qint64 n = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('d') ? n * 86400 : unit == QLatin1Char('h') ? n * 3600 : n * 60;
        return now.addSecs(-seconds);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay();
    }
    return time;
}

ExitCode HistoryCommand::importLocal(const QString &sqlitePath)
{
    AuditLog source(sqlitePath);
    QString error;
    if (!QFileInfo::exists(sqlitePath) || !source.open(&error)) {
        m_sink->message(tr("Error: the local history %1 cannot be read: %2")
                            .arg(sqlitePath, error.isEmpty() ? tr("no such file") : error));
        return ExitCode::AuditUnavailable;
    }
    if (!m_log->isShared()) {
        m_sink->message(tr("Error: import-local copies into a shared store: set PIPES_ADMIN_AUDIT_DATABASE or the "
                           "provisioning file's [audit] database."));
        return ExitCode::Usage;
    }
    const std::optional<AuditLog::ImportResult> result = m_log->importFrom(source, &error);
    if (!result) {
        m_sink->message(tr("Error: nothing was imported: %1").arg(error));
        return ExitCode::AuditUnavailable;
    }
    m_sink->message(tr("Imported %1 record(s) from %2 into %3; %4 were there already.")
                        .arg(result->copied)
                        .arg(sqlitePath, m_log->path())
                        .arg(result->alreadyThere));
    return ExitCode::Ok;
}

ExitCode HistoryCommand::run(const AuditFilter &filter)
{
    if (m_format == Format::Csv) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        AuditFilter all = filter;
        if (filter.limit > 0) {
            buffer.write(AuditLog::csvHeader());
            for (const AuditRecord &r : m_log->query(filter))
                buffer.write(AuditLog::csvRow(r));
        } else if (!m_log->exportCsv(all, &buffer, &error)) {
            m_sink->message(tr("Error: %1").arg(error));
            return ExitCode::AuditUnavailable;
        }
        m_sink->data(buffer.data());
        return ExitCode::Ok;
    }
    const QList<AuditRecord> records = m_log->query(filter);
    if (m_format == Format::Json) {
        QJsonArray data;
        for (const AuditRecord &r : records)
            data.append(recordJson(r));
        QJsonObject object;
        object.insert(QStringLiteral("object"), QStringLiteral("list"));
        object.insert(QStringLiteral("data"), data);
        m_sink->data(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    TableFormatter table({tr("TIME"), tr("ACTION"), tr("OUTCOME"), tr("USER ID"), tr("EMAIL"), tr("PROVIDER"), tr("HTTP"),
                          tr("REQUEST ID"), tr("BATCH"), tr("REASON")});
    for (const AuditRecord &r : records) {
        table.addRow({timeText(r.startedAt), AuditNames::action(r.entry.action), AuditNames::outcome(r.completion.outcome),
                      r.entry.userId, r.entry.userEmail, r.entry.providerSlug,
                      r.completion.httpStatus > 0 ? QString::number(r.completion.httpStatus) : QString(),
                      r.completion.requestId, r.entry.batchId, r.entry.reason});
    }
    if (records.isEmpty())
        m_sink->message(tr("No recorded actions match."));
    else
        m_sink->data(table.render());
    return ExitCode::Ok;
}
