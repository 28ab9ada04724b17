#include "audit/AuditFilterProxy.h"

#include "audit/AuditTableModel.h"

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : SourceOrderFilterProxy(parent)
{
}

void AuditFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_audit = qobject_cast<const AuditTableModel *>(model);
    SourceOrderFilterProxy::setSourceModel(model);
}

bool AuditFilterProxy::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_audit && !sourceParent.isValid() && canMatchJoined()) {
        if (const QString *joined = m_audit->searchTextAt(sourceRow))
            return matchesJoined(*joined); // one folded string per row, kept by the model
    }
    const AuditRecord *r = m_audit && !sourceParent.isValid() ? m_audit->recordAt(sourceRow) : nullptr;
    if (r) { // typed, no QVariant per row
        for (const QString *value : {&r->entry.userId, &r->entry.userEmail, &r->entry.providerSlug,
                                     &r->completion.requestId, &r->entry.reason})
            if (matches(*value))
                return true;
        return false;
    }
    for (const int column : {AuditTableModel::UserIdColumn, AuditTableModel::EmailColumn, AuditTableModel::ProviderColumn,
                             AuditTableModel::RequestIdColumn, AuditTableModel::ReasonColumn})
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(text(), Qt::CaseInsensitive))
            return true;
    return false;
}
