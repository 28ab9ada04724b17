#include "UserListProxy.h"

#include "UserListModel.h"

UserListProxy::UserListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void UserListProxy::setSourceModel(QAbstractItemModel *model)
{
    m_users = qobject_cast<const UserListModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void UserListProxy::sort(int column, Qt::SortOrder order)
{
    // The proxy's own sort column stays -1 (source order); the model sorts.
    if (QAbstractItemModel *model = sourceModel())
        model->sort(column, order);
}

void UserListProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_matcher = QStringMatcher(m_text, Qt::CaseInsensitive);
    invalidateFilter();
}

bool UserListProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    if (m_text.isEmpty())
        return true;
    if (m_users && !sourceParent.isValid() && sourceRow >= 0 && sourceRow < m_users->rowCount()) {
        const User &u = m_users->user(sourceRow); // typed, no QVariant per row
        const auto found = [this](const QString &value) { return m_matcher.indexIn(value) >= 0; };
        return found(u.email) || found(u.id) || found(u.firstName) || found(u.lastName)
            || (m_text.contains(QLatin1Char(' ')) && found(u.fullName()));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (const int role : {int(UserListModel::EmailRole), int(UserListModel::IdRole), int(UserListModel::NameRole)})
        if (index.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
