#pragma once

#include "core/SourceOrderFilterProxy.h"

class UserListModel;

// The user list's filter, with a typed setter (setText): a case-insensitive
// substring of the email address, name or id. UserListModel sorts itself.
class UserListProxy final : public SourceOrderFilterProxy
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListProxy)

public:
    explicit UserListProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override; // a UserListModel

protected:
    bool rowMatches(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const UserListModel *m_users = nullptr;
};
