#include "AuditFilterProxy.h"

#include "AuditTableModel.h"

AuditFilterProxy::AuditFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void AuditFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_audit = qobject_cast<const AuditTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AuditFilterProxy::sort(int column, Qt::SortOrder order)
{
    // The proxy's own sort column stays -1 (source order); the model sorts.
    if (QAbstractItemModel *model = sourceModel())
        model->sort(column, order);
}

void AuditFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    invalidateFilter();
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_text.isEmpty())
        return true;
    const AuditRecord *r = m_audit && !sourceParent.isValid() ? m_audit->recordAt(sourceRow) : nullptr;
    if (r) { // typed, no QVariant per row
        for (const QString *value : {&r->entry.userId, &r->entry.userEmail, &r->entry.providerSlug,
                                     &r->completion.requestId, &r->entry.reason})
            if (m_matcher.indexIn(*value) >= 0)
                return true;
        return false;
    }
    for (const int column : {AuditTableModel::UserIdColumn, AuditTableModel::EmailColumn, AuditTableModel::ProviderColumn,
                             AuditTableModel::RequestIdColumn, AuditTableModel::ReasonColumn})
        if (sourceModel()->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
