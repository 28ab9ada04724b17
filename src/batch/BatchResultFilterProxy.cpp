#include "batch/BatchResultFilterProxy.h"

#include "batch/BatchResultModel.h"

BatchResultFilterProxy::BatchResultFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchResultModel::RawValueRole);
}

BatchResultFilterProxy::~BatchResultFilterProxy() = default;

void BatchResultFilterProxy::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void BatchResultFilterProxy::setRows(Rows rows)
{
    if (m_rows == rows)
        return;
    m_rows = rows;
    invalidateFilter();
}

bool BatchResultFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_rows == Rows::ProblemsOnly
        && !model->index(sourceRow, 0, sourceParent).data(BatchResultModel::IsProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(BatchResultModel::InputColumn), int(BatchResultModel::UserIdColumn),
                             int(BatchResultModel::DetailColumn)}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool BatchResultFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(BatchResultModel::RawValueRole);
    const QVariant b = right.data(BatchResultModel::RawValueRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}
