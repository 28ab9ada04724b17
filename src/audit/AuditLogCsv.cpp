// AuditLog's CSV export (RFC 4180, formula-injection safe).
#include "audit/AuditLog.h"

#include "core/Csv.h"
#include "core/TimeText.h"

#include <QIODevice>

QByteArray AuditLog::csvHeader()
{
    return QByteArrayLiteral("id,started_at,completed_at,action,outcome,environment,user_id,user_email,provider,"
                             "organization_id,http_status,request_id,batch_id,reason,detail,os_user,host,operator,server_time,"
                             "connection_id,connection_label,owner_kind\r\n");
}

QByteArray AuditLog::csvRow(const AuditRecord &r)
{
    const QStringList fields{QString::number(r.id),
                             TimeText::isoUtc(r.startedAt),
                             TimeText::isoUtc(r.completedAt),
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
                             r.host,
                             r.operatorName,
                             TimeText::isoUtc(r.serverTime),
                             r.entry.connectionId,
                             r.entry.connectionLabel,
                             r.entry.ownerKind};
    return Csv::record(fields).toUtf8();
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

