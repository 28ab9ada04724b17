#include "models/UserListModel.h"

#include "core/RowSort.h"
#include "core/SearchText.h"

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

std::vector<int> UserListModel::sortedOrder() const
{
    if (m_sortColumn != 0) // load order
        return RowSort::byNumber(m_loadSeq, m_loadSeq, Qt::AscendingOrder);
    // One key per row, shared, not copied, when there is nothing to fold
    // (most addresses are lower case already).
    std::vector<QString> keys;
    keys.reserve(size_t(m_users.size()));
    for (const User &u : m_users)
        keys.push_back(SearchText::sortKey(u.email));
    return RowSort::byText(keys, m_loadSeq, m_sortOrder); // ties: load order, either direction
}

void UserListModel::applyOrder(const std::vector<int> &order)
{
    RowSort::permute(m_users, order);
    RowSort::permute(m_search, order);
    RowSort::permute(m_loadSeq, order);
}

void UserListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column == 0 ? 0 : -1;
    m_sortOrder = order;
    const std::vector<int> newOrder = sortedOrder();
    if (RowSort::isIdentity(newOrder))
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    applyOrder(newOrder);
    const std::vector<int> newRowOf = RowSort::inverse(newOrder);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(index.isValid() && index.row() < int(newRowOf.size()) ? this->index(newRowOf[size_t(index.row())], index.column())
                                                                        : QModelIndex());
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserListModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    m_search.clear();
    appendSearchTexts(users);
    m_loadSeq.resize(size_t(m_users.size()));
    for (qint64 &seq : m_loadSeq)
        seq = m_nextSeq++;
    if (m_sortColumn >= 0)
        applyOrder(sortedOrder());
    endResetModel();
}

void UserListModel::appendUsers(const QList<User> &users)
{
    if (users.isEmpty())
        return;
    const int first = int(m_users.size());
    beginInsertRows(QModelIndex(), first, first + int(users.size()) - 1);
    m_users.append(users);
    appendSearchTexts(users);
    for (qsizetype i = 0; i < users.size(); ++i)
        m_loadSeq.push_back(m_nextSeq++);
    endInsertRows();
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder); // a layout change moves the new page into place
}

void UserListModel::clear()
{
    if (m_users.isEmpty())
        return;
    beginResetModel();
    m_users.clear();
    m_search.clear();
    m_loadSeq.clear();
    endResetModel();
}

void UserListModel::appendSearchTexts(const QList<User> &users)
{
    if (m_search.isEmpty()) // not for each next page: an exact reserve() would copy the list every page
        m_search.reserve(users.size());
    QString name;
    for (const User &u : users) {
        // fullName() without its list: "first last", trimmed. Whatever a
        // trimmed needle finds in the first or the last name it finds here too.
        name.resize(0);
        name.append(u.firstName).append(QLatin1Char(' ')).append(u.lastName);
        m_search.append(SearchText::join({u.email, u.id, QStringView(name).trimmed()}));
    }
}
