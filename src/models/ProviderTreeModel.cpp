#include "models/ProviderTreeModel.h"

#include "core/ApiTypes.h"
#include "core/WorkOsClient.h"
#include "widgets/ProviderIcons.h"

#include <QLocale>

#include <utility>

namespace {
// A provider row's internal id is 0; a connection row's is its provider's row + 1.
constexpr quintptr ProviderNode = 0;

ConnectionStatus statusOf(const ConnectedAccount &account)
{
    return ConnectionStatuses::of(std::optional<ConnectedAccount>(account));
}
} // namespace

ProviderTreeModel::ProviderTreeModel(WorkOsClient *client, QObject *parent)
    : QAbstractItemModel(parent)
    , m_client(client)
{
}

ProviderTreeModel::~ProviderTreeModel()
{
    cancelReads(); // silent: nothing calls back into the model being destroyed
}

QModelIndex ProviderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, ProviderNode) : QModelIndex();
    if (parent.internalId() != ProviderNode || parent.row() >= m_rows.size())
        return QModelIndex();
    if (m_rows.at(parent.row()).plain || row >= m_rows.at(parent.row()).connections.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProviderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == ProviderNode)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, ProviderNode);
}

int ProviderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != ProviderNode || parent.column() != 0)
        return 0;
    const Row &row = m_rows.at(parent.row());
    return row.plain ? 0 : int(row.connections.size());
}

int ProviderTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int ProviderTreeModel::providerRowOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return index.internalId() == ProviderNode ? index.row() : int(index.internalId() - 1);
}

const ConnectedAccount *ProviderTreeModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == ProviderNode)
        return nullptr;
    const Row &row = m_rows.at(int(index.internalId() - 1));
    return &row.connections.at(index.row());
}

QModelIndex ProviderTreeModel::indexOfConnection(const QString &connectedAccountId) const
{
    if (connectedAccountId.isEmpty())
        return QModelIndex();
    for (int p = 0; p < m_rows.size(); ++p) {
        const QList<ConnectedAccount> &all = m_rows.at(p).connections;
        for (int c = 0; c < all.size(); ++c) {
            if (all.at(c).id == connectedAccountId)
                return m_rows.at(p).plain ? index(p, 0) : index(c, 0, index(p, 0));
        }
    }
    return QModelIndex();
}

QModelIndex ProviderTreeModel::indexOfProvider(const QString &slug) const
{
    const int row = rowOfSlug(slug);
    return row >= 0 ? index(row, 0) : QModelIndex();
}

bool ProviderTreeModel::hasProblem(const DataProvider &provider, const ConnectedAccount &account)
{
    const ConnectionStatus status = statusOf(account);
    if (ConnectionStatuses::isProblem(status))
        return true;
    return status == ConnectionStatus::Connected && !provider.missingScopes(account).isEmpty();
}

bool ProviderTreeModel::hasProblem(const DataProvider &provider)
{
    const QList<ConnectedAccount> all = provider.allConnections();
    if (all.isEmpty())
        return false; // not connected is a fact, not a fault
    for (const ConnectedAccount &account : all) {
        if (hasProblem(provider, account))
            return true;
    }
    return false;
}

QString ProviderTreeModel::connectionName(const ConnectedAccount &account)
{
    if (!account.accountDisplayName.isEmpty() && !account.accountIdentifier.isEmpty())
        return tr("%1 (%2)").arg(account.accountDisplayName, account.accountIdentifier);
    if (!account.accountDisplayName.isEmpty())
        return account.accountDisplayName;
    if (!account.accountIdentifier.isEmpty())
        return account.accountIdentifier;
    return account.id;
}

QString ProviderTreeModel::establishedByText(const ConnectedAccount &account) const
{
    const QString id = account.establishedByUserId;
    if (id.isEmpty())
        return QString();
    const QString email = m_emails.value(id);
    return email.isEmpty() ? id : email;
}

void ProviderTreeModel::load(const Owner &owner, const QString &organizationId)
{
    m_owner = owner;
    m_organizationId = owner.isOrganization() ? QString() : organizationId;
    clear();
    if (!m_owner.id.isEmpty())
        startLoad();
}

void ProviderTreeModel::refresh()
{
    if (!m_owner.id.isEmpty())
        startLoad();
}

void ProviderTreeModel::startLoad()
{
    const bool wasLoading = isLoading();
    cancelReads(); // a cancelled read never answers: what lands is for this owner and scope
    m_loadCall = m_client->listDataProviders(
        m_owner, m_organizationId, this, [this](const ApiResult<QList<DataProvider>> &result) {
            m_loadCall.clear();
            Q_EMIT loadingChanged(false);
            if (!result) {
                Q_EMIT loadFailed(result.error());
                return;
            }
            setProviders(result.value());
            Q_EMIT loaded();
        });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void ProviderTreeModel::cancelReads()
{
    if (m_loadCall)
        m_loadCall->cancel();
    m_loadCall.clear();
    const QList<QPointer<ApiCall>> reads = std::exchange(m_userReads, {});
    for (const QPointer<ApiCall> &call : reads) {
        if (call)
            call->cancel();
    }
    // Reads cancelled before they answered are asked again with the next rows.
    for (auto it = m_emails.begin(); it != m_emails.end();) {
        if (it.value().isEmpty())
            it = m_emails.erase(it);
        else
            ++it;
    }
}

void ProviderTreeModel::clear()
{
    const bool wasLoading = isLoading();
    cancelReads(); // whatever is in flight belongs to the past now
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ProviderTreeModel::setProviders(const QList<DataProvider> &providers)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(providers.size());
    for (const DataProvider &p : providers) {
        QList<ConnectedAccount> all = p.allConnections();
        // One unlabelled compatibility connection is the provider row itself;
        // anything more (several, a standard one, a label) shows as children.
        const bool plain = all.size() == 1 && all.constFirst().isCompatibility()
            && all.constFirst().accountDisplayName.isEmpty();
        Row row{p, all, plain, ProviderIcons::icon(p.slug, p.name), {}, {}};
        fillCells(row);
        m_rows.append(std::move(row));
    }
    endResetModel();
    resolveEstablishers();
}

void ProviderTreeModel::setKnownEmail(const QString &userId, const QString &email)
{
    if (!userId.isEmpty() && !email.isEmpty())
        m_emails.insert(userId, email);
}

// "Established by" names a person: each id not known yet is read once.
void ProviderTreeModel::resolveEstablishers()
{
    if (!m_client)
        return;
    for (const Row &row : std::as_const(m_rows)) {
        for (const ConnectedAccount &account : row.connections) {
            const QString id = account.establishedByUserId;
            if (id.isEmpty() || m_emails.contains(id))
                continue;
            m_emails.insert(id, QString()); // reading
            m_userReads.append(m_client->getUser(id, this, [this, id](const ApiResult<User> &result) {
                if (!result || result.value().email.isEmpty())
                    return; // the id stays what is shown
                m_emails.insert(id, result.value().email);
                refreshDetails();
                if (!m_rows.isEmpty())
                    Q_EMIT dataChanged(index(0, DetailsColumn), index(int(m_rows.size()) - 1, DetailsColumn));
                for (int p = 0; p < m_rows.size(); ++p) {
                    const int children = rowCount(index(p, 0));
                    if (children > 0)
                        Q_EMIT dataChanged(index(0, DetailsColumn, index(p, 0)),
                                           index(children - 1, DetailsColumn, index(p, 0)));
                }
            }));
        }
    }
}

int ProviderTreeModel::rowOfSlug(const QString &slug) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).provider.slug == slug)
            return row;
    }
    return -1;
}
