#include "models/SharedConnectionsModel.h"

#include "core/ApiError.h"
#include "core/ConnectionStatus.h"
#include "core/Owner.h"
#include "core/WorkOsClient.h"

#include <utility>

static_assert(int(SharedConnectionsModel::StatusColumn) == int(ProviderTreeModel::StatusColumn),
              "StatusBadgeDelegate paints the providers tree's status column");

namespace {
constexpr quintptr TopLevel = 0; // a child's internal id is its group's index + 1
}

SharedConnectionsModel::SharedConnectionsModel(WorkOsClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{
}

SharedConnectionsModel::~SharedConnectionsModel()
{
    cancelReads();
}

void SharedConnectionsModel::cancelReads()
{
    for (Group &group : m_groups) {
        if (group.call)
            group.call->cancel(); // silent: no answer for these rows lands any more
        group.call.clear();
    }
}

void SharedConnectionsModel::load(const QList<Organization> &organizations)
{
    cancelReads();
    beginResetModel();
    m_groups.clear();
    for (const Organization &organization : organizations)
        m_groups.append({organization, {}, {}, {}});
    m_shown.clear();
    endResetModel();
    refresh();
}

void SharedConnectionsModel::refresh()
{
    for (const Group &group : std::as_const(m_groups))
        read(group.organization.id);
    if (m_groups.isEmpty())
        Q_EMIT loaded();
}

void SharedConnectionsModel::clear()
{
    load({});
}

bool SharedConnectionsModel::isLoading() const
{
    for (const Group &group : m_groups) {
        if (group.call)
            return true;
    }
    return false;
}

int SharedConnectionsModel::connectionCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.connections.size());
    return count;
}

void SharedConnectionsModel::read(const QString &organizationId)
{
    for (Group &group : m_groups) {
        if (group.organization.id != organizationId)
            continue;
        if (group.call)
            group.call->cancel();
        group.call = m_client->listDataProviders(
            Owner::organization(organizationId), QString(), this,
            [this, organizationId](const ApiResult<QList<DataProvider>> &result) { onAnswer(organizationId, result); });
        return;
    }
}

void SharedConnectionsModel::onAnswer(const QString &organizationId, const ApiResult<QList<DataProvider>> &result)
{
    beginResetModel();
    for (Group &group : m_groups) {
        if (group.organization.id != organizationId)
            continue;
        group.call.clear();
        group.connections.clear();
        group.error.clear();
        if (!result) {
            group.error = result.error().text();
            continue;
        }
        for (const DataProvider &provider : result.value()) {
            // The organization's list also names providers nobody connected yet: only connections show here.
            for (const ConnectedAccount &connection : provider.allConnections())
                group.connections.append({provider, connection});
        }
    }
    m_shown = visibleGroups();
    endResetModel();
    if (!isLoading())
        Q_EMIT loaded();
}

QList<int> SharedConnectionsModel::visibleGroups() const
{
    QList<int> shown;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (!m_groups.at(i).connections.isEmpty() || !m_groups.at(i).error.isEmpty())
            shown.append(i);
    }
    return shown;
}

QModelIndex SharedConnectionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, quintptr(m_shown.at(parent.row())) + 1);
}

QModelIndex SharedConnectionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    const int group = int(child.internalId() - 1);
    const int row = int(m_shown.indexOf(group));
    return row < 0 ? QModelIndex() : createIndex(row, 0, TopLevel);
}

int SharedConnectionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_shown.size());
    if (parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return int(m_groups.at(m_shown.at(parent.row())).connections.size());
}

int SharedConnectionsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const SharedConnectionsModel::Group *SharedConnectionsModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const int group = index.internalId() == TopLevel ? m_shown.value(index.row(), -1) : int(index.internalId() - 1);
    return group >= 0 && group < m_groups.size() ? &m_groups.at(group) : nullptr;
}

QVariant SharedConnectionsModel::data(const QModelIndex &index, int role) const
{
    const Group *group = groupOf(index);
    if (!group)
        return {};
    if (index.internalId() == TopLevel)
        return groupData(*group, index.column(), role);
    if (index.row() >= group->connections.size())
        return {};
    return connectionData(*group, group->connections.at(index.row()), index.column(), role);
}

QVariant SharedConnectionsModel::groupData(const Group &group, int column, int role) const
{
    if (role == OrganizationIdRole)
        return group.organization.id;
    ConnectionStatus worst = ConnectionStatus::Connected;
    int problems = 0;
    for (const Shared &shared : group.connections) {
        const ConnectionStatus status = ConnectionStatuses::of(std::optional<ConnectedAccount>(shared.connection));
        if (ConnectionStatuses::severity(status) > ConnectionStatuses::severity(worst))
            worst = status;
        if (ProviderTreeModel::hasProblem(shared.provider, shared.connection))
            ++problems;
    }
    if (role == ProblemRole)
        return problems > 0 || !group.error.isEmpty();
    const QString name = group.organization.name.isEmpty() ? group.organization.id : group.organization.name;
    if (role == Qt::ToolTipRole)
        return group.organization.id;
    if (role == StatusRole && column == StatusColumn && group.error.isEmpty())
        return QVariant::fromValue(worst);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return name;
    case StatusColumn:
        return group.error.isEmpty() ? ConnectionStatuses::text(worst) : QString();
    case DetailsColumn:
        if (!group.error.isEmpty())
            return tr("Could not read its shared connections: %1").arg(group.error);
        if (problems == 0)
            return tr("%n shared connection(s)", nullptr, int(group.connections.size()));
        //: %1 is "2 shared connections"
        return tr("%1 · %n with a problem", nullptr, problems)
            .arg(tr("%n shared connection(s)", nullptr, int(group.connections.size())));
    default:
        return {};
    }
}

QVariant SharedConnectionsModel::connectionData(const Group &group, const Shared &shared, int column, int role) const
{
    const ConnectedAccount &account = shared.connection;
    const std::optional<ConnectedAccount> optional(account);
    switch (role) {
    case OrganizationIdRole:
        return group.organization.id;
    case ConnectionIdRole:
        return account.id;
    case SlugRole:
        return shared.provider.slug;
    case ProblemRole:
        return ProviderTreeModel::hasProblem(shared.provider, account);
    case StatusRole:
        return column == StatusColumn ? QVariant::fromValue(ConnectionStatuses::of(optional)) : QVariant();
    case Qt::ToolTipRole:
        return account.id;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QString provider = shared.provider.name.isEmpty() ? shared.provider.slug : shared.provider.name;
    switch (column) {
    case NameColumn:
        return account.accountDisplayName.isEmpty() ? tr("(no label)") : account.accountDisplayName;
    case ProviderColumn:
        return provider;
    case StatusColumn:
        return ConnectionStatuses::text(optional);
    case DetailsColumn: {
        QStringList parts;
        if (!account.accountIdentifier.isEmpty())
            parts.append(account.accountIdentifier);
        const QString reason = ConnectionStatuses::reasonText(account);
        if (!reason.isEmpty())
            parts.append(reason);
        const QStringList missing = shared.provider.missingScopes(account);
        if (!missing.isEmpty())
            parts.append(tr("missing %1").arg(missing.join(QStringLiteral(", "))));
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QVariant SharedConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Organization / connection");
    case ProviderColumn:
        return tr("Provider");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

QModelIndex SharedConnectionsModel::indexOfConnection(const QString &connectedAccountId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        const Group &group = m_groups.at(m_shown.at(row));
        for (int child = 0; child < group.connections.size(); ++child) {
            if (group.connections.at(child).connection.id == connectedAccountId)
                return createIndex(child, 0, quintptr(m_shown.at(row)) + 1);
        }
    }
    return {};
}
