#include "models/ProviderTableModel.h"

#include "widgets/ProviderIcons.h"
#include "core/WorkOsClient.h"

#include <QLocale>

ProviderTableModel::ProviderTableModel(WorkOsClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
}

ProviderTableModel::~ProviderTableModel()
{
    cancelReads(); // silent: nothing calls back into the model being destroyed
}

int ProviderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProviderTableModel::stateText(const DataProvider &provider)
{
    return ConnectionStatuses::text(provider.connectedAccount, StatusWording::Label);
}

bool ProviderTableModel::hasProblem(const DataProvider &provider)
{
    const ConnectionStatus status = ConnectionStatuses::of(provider);
    if (status == ConnectionStatus::NeedsReauthorization || status == ConnectionStatus::Disconnected
        || status == ConnectionStatus::Unknown)
        return true;
    return status == ConnectionStatus::Connected && !provider.missingScopes().isEmpty();
}

namespace {
QString ownershipText(const DataProvider &p)
{
    switch (p.ownership) {
    case Ownership::User:
        return ProviderTableModel::tr("User");
    case Ownership::Organization:
        return ProviderTableModel::tr("Organization");
    case Ownership::Unknown:
        break;
    }
    return p.ownershipText;
}

QString shortDate(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

QVariant ProviderTableModel::displayData(const DataProvider &p, int column) const
{
    const std::optional<ConnectedAccount> &account = p.connectedAccount;
    switch (column) {
    case ProviderColumn:
        return p.name.isEmpty() ? p.slug : p.name;
    case SlugColumn:
        return p.slug;
    case StatusColumn:
        return stateText(p);
    case OwnershipColumn:
        return ownershipText(p);
    case GrantedScopesColumn:
        return account ? account->scopes.join(QStringLiteral(", ")) : QString();
    case MissingScopesColumn:
        return p.missingScopes().join(QStringLiteral(", "));
    case ConnectedSinceColumn:
        return account ? shortDate(account->createdAt) : QString();
    case UpdatedColumn:
        return account ? shortDate(account->updatedAt) : QString();
    case OrganizationColumn:
        return account ? account->organizationId : QString();
    default:
        break;
    }
    return QVariant();
}

QVariant ProviderTableModel::rawData(const DataProvider &p, int column) const
{
    const std::optional<ConnectedAccount> &account = p.connectedAccount;
    switch (column) {
    case StatusColumn:
        return account ? account->stateText : QString();
    case OwnershipColumn:
        return p.ownershipText;
    case GrantedScopesColumn:
        return account ? account->scopes : QStringList();
    case MissingScopesColumn:
        return p.missingScopes();
    case ConnectedSinceColumn:
        return account ? account->createdAt : QDateTime();
    case UpdatedColumn:
        return account ? account->updatedAt : QDateTime();
    default:
        break;
    }
    return displayData(p, column);
}

QVariant ProviderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const DataProvider &p = m_providers.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(p, column);
    case Qt::ToolTipRole:
        if (column == ProviderColumn)
            return p.description.isEmpty() ? p.name : tr("%1: %2").arg(p.name, p.description);
        if (column == ConnectedSinceColumn || column == UpdatedColumn) {
            const QDateTime when = rawData(p, column).toDateTime();
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        if (column == MissingScopesColumn && !p.missingScopes().isEmpty())
            return tr("Configured for this provider but not granted by the user: %1")
                .arg(p.missingScopes().join(QStringLiteral(", ")));
        return displayData(p, column);
    case Qt::DecorationRole:
        if (column == ProviderColumn)
            return ProviderIcons::icon(p.slug, p.name);
        return QVariant();
    case Qt::AccessibleTextRole:
        return displayData(p, column);
    case RawValueRole:
        return rawData(p, column);
    case StatusRole:
        return QVariant::fromValue(ConnectionStatuses::of(p));
    case ProblemRole:
        return hasProblem(p);
    case SlugRole:
        return p.slug;
    default:
        break;
    }
    return QVariant();
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case SlugColumn:
        return tr("Slug");
    case StatusColumn:
        return tr("Status");
    case OwnershipColumn:
        return tr("Owner");
    case GrantedScopesColumn:
        return tr("Granted scopes");
    case MissingScopesColumn:
        return tr("Missing scopes");
    case ConnectedSinceColumn:
        return tr("Connected");
    case UpdatedColumn:
        return tr("Updated");
    case OrganizationColumn:
        return tr("Organization");
    default:
        break;
    }
    return QVariant();
}

void ProviderTableModel::load(const QString &userId, const QString &organizationId)
{
    m_userId = userId;
    m_organizationId = organizationId;
    clear();
    if (!m_userId.isEmpty())
        startLoad();
}

void ProviderTableModel::refresh()
{
    if (!m_userId.isEmpty())
        startLoad();
}

void ProviderTableModel::startLoad()
{
    const bool wasLoading = isLoading();
    cancelReads(); // a cancelled read never answers: what lands is for this user and scope
    m_loadCall = m_client->listDataProviders(
        m_userId, m_organizationId, this, [this](const ApiResult<QList<DataProvider>> &result) {
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

void ProviderTableModel::reloadAccount(const QString &slug)
{
    if (m_userId.isEmpty() || rowOfSlug(slug) < 0)
        return;
    m_reloads.removeIf([](const QPointer<ApiCall> &call) { return call.isNull(); });
    m_reloads.append(m_client->findConnectedAccount(m_userId, slug, m_organizationId, this,
                                   [this, slug](const ApiResult<std::optional<ConnectedAccount>> &result) {
                                       if (!result) {
                                           Q_EMIT loadFailed(result.error());
                                           return;
                                       }
                                       setAccount(slug, result.value()); // nullopt: not connected
                                       Q_EMIT accountReloaded(slug);
                                   }));
}

void ProviderTableModel::setAccount(const QString &slug, const std::optional<ConnectedAccount> &account)
{
    const int row = rowOfSlug(slug);
    if (row < 0)
        return;
    DataProvider &p = m_providers[row];
    p.connectedAccount = account;
    p.raw.insert(QStringLiteral("connected_account"), account ? QJsonValue(account->raw) : QJsonValue());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ProviderTableModel::cancelReads()
{
    if (m_loadCall)
        m_loadCall->cancel();
    m_loadCall.clear();
    const QList<QPointer<ApiCall>> reloads = std::exchange(m_reloads, {});
    for (const QPointer<ApiCall> &call : reloads) {
        if (call)
            call->cancel();
    }
}

void ProviderTableModel::clear()
{
    const bool wasLoading = isLoading();
    cancelReads(); // whatever is in flight belongs to the past now
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    if (m_providers.isEmpty())
        return;
    beginResetModel();
    m_providers.clear();
    endResetModel();
}

void ProviderTableModel::setProviders(const QList<DataProvider> &providers)
{
    beginResetModel();
    m_providers = providers;
    endResetModel();
}

int ProviderTableModel::rowOfSlug(const QString &slug) const
{
    for (int row = 0; row < m_providers.size(); ++row) {
        if (m_providers.at(row).slug == slug)
            return row;
    }
    return -1;
}
