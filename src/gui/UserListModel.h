#pragma once

#include "ApiTypes.h"

#include <QAbstractListModel>

// Search results: one user per row, "email" with name and id underneath.
class UserListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Role {
        IdRole = Qt::UserRole,
        EmailRole,
        NameRole,
    };

    explicit UserListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setUsers(const QList<User> &users);
    void appendUsers(const QList<User> &users); // the next page
    void clear();
    const User &user(int row) const { return m_users.at(row); }

private:
    QList<User> m_users;
};
