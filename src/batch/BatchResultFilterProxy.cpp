#include "BatchResultFilterProxy.h"

#include "BatchResultModel.h"

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

void BatchResultFilterProxy::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    invalidateFilter();
}

void BatchResultFilterProxy::setProvider(const QString &slug)
{
    if (m_provider == slug)
        return;
    m_provider = slug;
    invalidateFilter();
}

bool BatchResultFilterProxy::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    if (m_provider.isEmpty() || sourceColumn < BatchResultModel::FixedColumnCount)
        return true;
    const auto *model = qobject_cast<const BatchResultModel *>(sourceModel());
    return model && model->providerAt(sourceColumn) == m_provider;
}

bool BatchResultFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_rows == Rows::ProblemsOnly
        && !model->index(sourceRow, 0, sourceParent).data(BatchResultModel::IsProblemRole).toBool())
        return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (const int column : {int(BatchResultModel::InputColumn), int(BatchResultModel::UserIdColumn),
                                 int(BatchResultModel::DetailColumn)}) {
            if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    if (!m_state.isEmpty()) {
        bool found = false;
        for (int column = BatchResultModel::FixedColumnCount; column < model->columnCount(sourceParent); ++column) {
            if (!filterAcceptsColumn(column, sourceParent))
                continue;
            if (model->index(sourceRow, column, sourceParent).data(BatchResultModel::RawValueRole).toString() == m_state) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

bool BatchResultFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(BatchResultModel::RawValueRole);
    const QVariant b = right.data(BatchResultModel::RawValueRole);
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) < 0;
}
