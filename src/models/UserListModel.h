#pragma once

#include "core/ApiTypes.h"

#include <QAbstractListModel>

#include <vector>

// Search results: one user per row, "email" with name and id underneath.
//
// Sorts itself (sort(0, order): by email, case-folded, ties in the order the
// rows were loaded; sort(-1) restores that order) on precomputed keys, so
// 100,000 rows sort in a few milliseconds instead of the millions of
// QModelIndex/QVariant comparisons a sorting proxy makes. UserListProxy
// forwards its sort() here and keeps this order. Rows added while sorted land
// in their sorted place.
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
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setUsers(const QList<User> &users);
    void appendUsers(const QList<User> &users); // the next page
    void clear();
    const User &user(int row) const { return m_users.at(row); }
    // The row's quick-filter fields (email, id, full name) as
    // one SearchText::join(), kept as rows arrive, for UserListProxy.
    const QString &searchText(int row) const { return m_search.at(row); }

    int sortColumn() const { return m_sortColumn; } // -1: load order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    // The row permutation (new row -> old row) for the current sort column and order.
    std::vector<int> sortedOrder() const;
    void applyOrder(const std::vector<int> &order);

    QList<User> m_users;
    QList<QString> m_search; // per row: its searchText()
    void appendSearchTexts(const QList<User> &users);
    std::vector<qint64> m_loadSeq; // per row: its place in load order, the tie-breaker
    qint64 m_nextSeq = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
