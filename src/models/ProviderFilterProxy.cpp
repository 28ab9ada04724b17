#include "models/ProviderFilterProxy.h"

#include "models/ProviderTreeModel.h"

#include <QDateTime>

ProviderFilterProxy::ProviderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderTreeModel::RawValueRole);
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

bool ProviderFilterProxy::matchesText(int sourceRow, const QModelIndex &sourceParent) const
{
    static const int searched[] = {ProviderTreeModel::ProviderColumn, ProviderTreeModel::SlugColumn,
                                   ProviderTreeModel::StatusColumn, ProviderTreeModel::DetailsColumn,
                                   ProviderTreeModel::OwnershipColumn, ProviderTreeModel::GrantedScopesColumn,
                                   ProviderTreeModel::MissingScopesColumn, ProviderTreeModel::OrganizationColumn};
    const QAbstractItemModel *model = sourceModel();
    for (const int column : searched) {
        const QString value = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    // A connection is also found by its id.
    return model->index(sourceRow, 0, sourceParent)
        .data(ProviderTreeModel::ConnectionIdRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

// Filters act on connections: "problems only" keeps the connections that need
// attention (and their providers); a text keeps the connections it matches,
// every connection of a provider it matches, and the providers of both.
bool ProviderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    if (m_problems == Problems::Only && !row.data(ProviderTreeModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty() || matchesText(sourceRow, sourceParent))
        return true;
    if (sourceParent.isValid()) // a connection of a provider the text names
        return matchesText(sourceParent.row(), sourceParent.parent());
    for (int child = 0; child < model->rowCount(row); ++child) {
        if (m_problems == Problems::Only
            && !model->index(child, 0, row).data(ProviderTreeModel::ProblemRole).toBool())
            continue;
        if (matchesText(child, row))
            return true;
    }
    return false;
}

bool ProviderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(ProviderTreeModel::RawValueRole);
    const QVariant r = right.data(ProviderTreeModel::RawValueRole);
    if (left.column() == ProviderTreeModel::StatusColumn) {
        // In the status's order (not connected first), then by the server's word.
        const auto ls = left.data(ProviderTreeModel::StatusRole).value<ConnectionStatus>();
        const auto rs = right.data(ProviderTreeModel::StatusRole).value<ConnectionStatus>();
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
