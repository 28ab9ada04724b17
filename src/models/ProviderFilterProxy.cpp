#include "models/ProviderFilterProxy.h"

#include "models/ProviderTableModel.h"

#include <QDateTime>

ProviderFilterProxy::ProviderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ProviderFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ProviderFilterProxy::setProblems(Problems problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    invalidateFilter();
}

bool ProviderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_problems == Problems::Only
        && !model->index(sourceRow, 0, sourceParent).data(ProviderTableModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    static const int searched[] = {ProviderTableModel::ProviderColumn, ProviderTableModel::SlugColumn,
                                   ProviderTableModel::StatusColumn, ProviderTableModel::OwnershipColumn,
                                   ProviderTableModel::GrantedScopesColumn,
                                   ProviderTableModel::MissingScopesColumn,
                                   ProviderTableModel::OrganizationColumn};
    for (const int column : searched) {
        const QString value = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ProviderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ProviderTableModel::RawValueRole);
    const QVariant r = right.data(ProviderTableModel::RawValueRole);
    if (left.column() == ProviderTableModel::StatusColumn) {
        // In the status's order (not connected first), then by the server's word.
        const auto ls = left.data(ProviderTableModel::StatusRole).value<ConnectionStatus>();
        const auto rs = right.data(ProviderTableModel::StatusRole).value<ConnectionStatus>();
        if (ls != rs)
            return ls < rs;
    }
    if (l.userType() == QMetaType::QDateTime && r.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::QStringList)
        return l.toStringList().size() < r.toStringList().size()
            || (l.toStringList().size() == r.toStringList().size()
                && QString::localeAwareCompare(l.toStringList().join(QLatin1Char(' ')),
                                               r.toStringList().join(QLatin1Char(' ')))
                    < 0);
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}
