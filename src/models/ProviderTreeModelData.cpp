// What the providers tree shows in each cell and role (split from ProviderTreeModel.cpp).
#include "models/ProviderTreeModel.h"
#include "core/ApiTypes.h"
#include "core/WorkOsClient.h"
#include "widgets/ProviderIcons.h"
#include <QLocale>
#include <utility>

namespace {
QString ownershipText(const DataProvider &p)
{
    switch (p.ownership) {
    case Ownership::User:
        return ProviderTreeModel::tr("User");
    case Ownership::Organization:
        return ProviderTreeModel::tr("Organization");
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

ConnectionStatus statusOf(const ConnectedAccount &account)
{
    return ConnectionStatuses::of(std::optional<ConnectedAccount>(account));
}
} // namespace


void ProviderTreeModel::fillCells(Row &row) const
{
    for (int c = 0; c < ColumnCount; ++c)
        row.cells.text[size_t(c)] = providerData(row, c, Qt::DisplayRole).toString();
    row.cells.status = ConnectionStatuses::of(row.provider);
    row.cells.problem = hasProblem(row.provider);
    row.connectionCells.clear();
    row.connectionCells.reserve(row.connections.size());
    for (const ConnectedAccount &account : std::as_const(row.connections)) {
        Cells cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.text[size_t(c)] = connectionData(row, account, c, Qt::DisplayRole).toString();
        cells.status = statusOf(account);
        cells.problem = hasProblem(row.provider, account);
        row.connectionCells.append(std::move(cells));
    }
}

// An "established by" email arrived: the connections' details name the person now.
void ProviderTreeModel::refreshDetails()
{
    for (Row &row : m_rows) {
        for (int i = 0; i < row.connections.size(); ++i)
            row.connectionCells[i].text[DetailsColumn] =
                connectionData(row, row.connections.at(i), DetailsColumn, Qt::DisplayRole).toString();
    }
}

QString ProviderTreeModel::detailsOf(const Row &row, const ConnectedAccount &account) const
{
    QStringList parts;
    if (account.isCompatibility() && row.connections.size() > 1)
        parts.append(tr("compatibility connection"));
    if (account.isOrganizationOwned())
        parts.append(tr("shared by the organization"));
    if (account.authMethodKind == AuthMethod::ApiKey && !account.apiKeyLast4.isEmpty())
        parts.append(tr("API key …%1").arg(account.apiKeyLast4));
    else if (account.authMethodKind == AuthMethod::ClientCredentials && !account.clientId.isEmpty())
        parts.append(tr("client %1").arg(account.clientId));
    const QString by = establishedByText(account);
    if (!by.isEmpty())
        parts.append(tr("established by %1").arg(by));
    const QString reason = ConnectionStatuses::reasonText(account);
    if (!reason.isEmpty())
        parts.append(reason);
    return parts.join(QStringLiteral(" · "));
}

QVariant ProviderTreeModel::providerData(const Row &row, int column, int role) const
{
    const DataProvider &p = row.provider;
    // With exactly one connection, the provider row reads as that connection.
    const ConnectedAccount *only = row.connections.size() == 1 ? &row.connections.constFirst() : nullptr;
    const bool raw = role == RawValueRole;
    switch (column) {
    case ProviderColumn:
        return p.name.isEmpty() ? p.slug : p.name;
    case SlugColumn:
        return p.slug;
    case StatusColumn: {
        const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(p);
        if (raw)
            return worst ? worst->stateText : QString();
        return ConnectionStatuses::text(worst, StatusWording::Label);
    }
    case DetailsColumn:
        return ConnectionStatuses::summary(p);
    case OwnershipColumn:
        return raw ? p.ownershipText : ownershipText(p);
    case GrantedScopesColumn:
        if (!only)
            return raw ? QVariant(QStringList()) : QVariant(QString());
        return raw ? QVariant(only->scopes) : QVariant(only->scopes.join(QStringLiteral(", ")));
    case MissingScopesColumn: {
        const QStringList missing = only ? p.missingScopes(*only) : QStringList();
        return raw ? QVariant(missing) : QVariant(missing.join(QStringLiteral(", ")));
    }
    case ConnectedSinceColumn:
        if (!only)
            return raw ? QVariant(QDateTime()) : QVariant(QString());
        return raw ? QVariant(only->createdAt) : QVariant(shortDate(only->createdAt));
    case UpdatedColumn:
        if (!only)
            return raw ? QVariant(QDateTime()) : QVariant(QString());
        return raw ? QVariant(only->updatedAt) : QVariant(shortDate(only->updatedAt));
    case OrganizationColumn:
        return only ? only->organizationId : QString();
    default:
        break;
    }
    return QVariant();
}

QVariant ProviderTreeModel::connectionData(const Row &row, const ConnectedAccount &account, int column, int role) const
{
    const bool raw = role == RawValueRole;
    switch (column) {
    case ProviderColumn:
        if (!account.accountDisplayName.isEmpty())
            return account.accountDisplayName;
        return account.accountIdentifier.isEmpty() ? tr("Unlabelled connection") : account.accountIdentifier;
    case SlugColumn:
        return raw ? account.id : row.provider.slug;
    case StatusColumn:
        return raw ? account.stateText : ConnectionStatuses::text(std::optional<ConnectedAccount>(account));
    case DetailsColumn: {
        const QString details = detailsOf(row, account);
        if (account.accountIdentifier.isEmpty() || account.accountDisplayName.isEmpty())
            return details;
        return details.isEmpty() ? account.accountIdentifier : account.accountIdentifier + QStringLiteral(" · ") + details;
    }
    case OwnershipColumn:
        return account.isOrganizationOwned() ? tr("Organization") : tr("User");
    case GrantedScopesColumn:
        return raw ? QVariant(account.scopes) : QVariant(account.scopes.join(QStringLiteral(", ")));
    case MissingScopesColumn: {
        const QStringList missing = row.provider.missingScopes(account);
        return raw ? QVariant(missing) : QVariant(missing.join(QStringLiteral(", ")));
    }
    case ConnectedSinceColumn:
        return raw ? QVariant(account.createdAt) : QVariant(shortDate(account.createdAt));
    case UpdatedColumn:
        return raw ? QVariant(account.updatedAt) : QVariant(shortDate(account.updatedAt));
    case OrganizationColumn:
        return account.organizationId;
    default:
        break;
    }
    return QVariant();
}

QVariant ProviderTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const int providerRow = providerRowOf(index);
    const Row &row = m_rows.at(providerRow);
    const ConnectedAccount *account = connectionAt(index);
    const int column = index.column();
    const auto value = [&](int asRole) {
        return account ? connectionData(row, *account, column, asRole) : providerData(row, column, asRole);
    };
    const Cells &cells = account ? row.connectionCells.at(index.row()) : row.cells;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cells.text.at(size_t(column));
    case RawValueRole:
        return value(RawValueRole);
    case Qt::ToolTipRole: {
        if (!account && column == ProviderColumn)
            return row.provider.description.isEmpty() ? row.provider.name
                                                      : tr("%1: %2").arg(row.provider.name, row.provider.description);
        if (account && (column == ProviderColumn || column == SlugColumn))
            return tr("%1 · connection %2").arg(connectionName(*account), account->id);
        if (column == ConnectedSinceColumn || column == UpdatedColumn) {
            const QDateTime when = value(RawValueRole).toDateTime();
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QVariant();
        }
        const QStringList missing = value(RawValueRole).toStringList();
        if (column == MissingScopesColumn && !missing.isEmpty())
            return tr("Configured for this provider but not granted: %1").arg(missing.join(QStringLiteral(", ")));
        return value(Qt::DisplayRole);
    }
    case Qt::DecorationRole:
        if (!account && column == ProviderColumn)
            return row.icon;
        return QVariant();
    case StatusRole:
        return QVariant::fromValue(cells.status);
    case ProblemRole:
        return cells.problem;
    case SlugRole:
        return row.provider.slug;
    case ConnectionIdRole:
        if (account)
            return account->id;
        return row.plain ? row.connections.constFirst().id : QString();
    case IsConnectionRole:
        return account != nullptr;
    default:
        break;
    }
    return QVariant();
}

QVariant ProviderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn:
        return tr("Provider / connection");
    case SlugColumn:
        return tr("Slug");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
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
