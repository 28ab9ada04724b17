// AuditLog's CSV export (RFC 4180, formula-injection safe).
#include "AuditLog.h"

#include <QIODevice>

namespace {
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Quoted when needed; a cell a spreadsheet would run as a formula gets a leading '.
QString csvField(const QString &textIn)
{
    QString text = textIn;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')) && !text.contains(QLatin1Char(';')))
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QByteArray AuditLog::csvHeader()
{
    return QByteArrayLiteral("id,started_at,completed_at,action,outcome,environment,user_id,user_email,provider,"
                             "organization_id,http_status,request_id,batch_id,reason,detail,os_user,host\r\n");
}

QByteArray AuditLog::csvRow(const AuditRecord &r)
{
    const QStringList fields{QString::number(r.id),
                             timeText(r.startedAt),
                             r.completedAt.isValid() ? timeText(r.completedAt) : QString(),
                             AuditNames::action(r.entry.action),
                             AuditNames::outcome(r.completion.outcome),
                             r.entry.environment,
                             r.entry.userId,
                             r.entry.userEmail,
                             r.entry.providerSlug,
                             r.entry.organizationId,
                             r.completion.httpStatus > 0 ? QString::number(r.completion.httpStatus) : QString(),
                             r.completion.requestId,
                             r.entry.batchId,
                             r.entry.reason,
                             r.completion.detail,
                             r.osUser,
                             r.host};
    QStringList quoted;
    for (const QString &field : fields)
        quoted << csvField(field);
    return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

bool AuditLog::exportCsv(const AuditFilter &filterIn, QIODevice *device, QString *error) const
{
    AuditFilter filter = filterIn;
    filter.limit = 1000;
    filter.beforeId = 0;
    if (device->write(csvHeader()) < 0) {
        if (error)
            *error = device->errorString();
        return false;
    }
    for (;;) {
        const QList<AuditRecord> page = query(filter);
        for (const AuditRecord &record : page) {
            if (device->write(csvRow(record)) < 0) {
                if (error)
                    *error = device->errorString();
                return false;
            }
        }
        if (page.size() < filter.limit)
            return true;
        filter.beforeId = page.constLast().id;
    }
}

