#include "models/UserListProxy.h"

#include "models/UserListModel.h"

UserListProxy::UserListProxy(QObject *parent)
    : SourceOrderFilterProxy(parent)
{
}

void UserListProxy::setSourceModel(QAbstractItemModel *model)
{
    m_users = qobject_cast<const UserListModel *>(model);
    SourceOrderFilterProxy::setSourceModel(model);
}

bool UserListProxy::rowMatches(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_users && !sourceParent.isValid() && sourceRow >= 0 && sourceRow < m_users->rowCount()) {
        if (canMatchJoined()) // one folded string per row, kept by the model
            return matchesJoined(m_users->searchText(sourceRow));
        const User &u = m_users->user(sourceRow); // typed, no QVariant per row
        const auto found = [this](const QString &value) { return matches(value); };
        return found(u.email) || found(u.id) || found(u.firstName) || found(u.lastName)
            || (text().contains(QLatin1Char(' ')) && found(u.fullName()));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (const int role : {int(UserListModel::EmailRole), int(UserListModel::IdRole), int(UserListModel::NameRole)})
        if (index.data(role).toString().contains(text(), Qt::CaseInsensitive))
            return true;
    return false;
}
