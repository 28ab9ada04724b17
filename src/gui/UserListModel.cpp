#include "UserListModel.h"

UserListModel::UserListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int UserListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    // data() runs for every comparison a sorting proxy makes (about 3.4 million
    // for 100,000 rows): a plain bounds check, not checkIndex(), which asks
    // rowCount() and parent() through virtual calls each time. An index of a
    // list model never has a parent.
    if (!index.isValid() || index.model() != this || index.column() != 0 || index.row() >= m_users.size())
        return QVariant();
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = u.fullName();
        return name.isEmpty() ? tr("%1\n%2").arg(u.email, u.id) : tr("%1\n%2 · %3").arg(u.email, name, u.id);
    }
    case Qt::ToolTipRole:
        return tr("%1\n%2\n%3").arg(u.email, u.fullName(), u.id).trimmed();
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(u.email, u.fullName());
    case IdRole:
        return u.id;
    case EmailRole:
        return u.email;
    case NameRole:
        return u.fullName();
    default:
        break;
    }
    return QVariant();
}

void UserListModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserListModel::appendUsers(const QList<User> &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_users.size());
    beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
    m_users.append(users);
    endInsertRows();
}

void UserListModel::clear()
{
    if (m_users.isEmpty())
        return;
    beginResetModel();
    m_users.clear();
    endResetModel();
}
