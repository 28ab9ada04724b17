#pragma once

#include "core/ApiTypes.h"
#include "core/ConnectionStatus.h"
#include "core/Owner.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QPointer>

#include <array>
#include <optional>

class ApiCall;
class WorkOsClient;
struct ApiError;

// Every provider of one owner (a user, optionally scoped to an organization,
// or an organization's shared connections), each with its connections as
// child rows (one unlabelled compatibility connection is shown by the provider
// row itself, as before several existed): a provider row sums up ("3 connections · 1 needs
// reauthorization"), a connection row is one connected account with its
// label, identifier, state, the state's reason, who established it and its
// scopes. Loads itself through the client; a new load, clear() or the
// destructor cancels what is in flight (silently), so a reply for a previous
// owner or scope never lands here.
class ProviderTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTreeModel)

public:
    enum Column {
        ProviderColumn, // provider name; a connection's label
        SlugColumn,
        StatusColumn,   // badge: a provider's worst connection, or the connection's state
        DetailsColumn,  // provider: the summary; connection: identifier, reason, who established it
        OwnershipColumn,
        GrantedScopesColumn,
        MissingScopesColumn,
        ConnectedSinceColumn,
        UpdatedColumn,
        OrganizationColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, // the value to sort and filter by
        StatusRole,                  // ConnectionStatus
        ProblemRole,                 // bool: needs attention (a provider: any of its connections)
        SlugRole,
        ConnectionIdRole,            // a connection's id; on a provider row, its only (unlabelled) connection's, else empty
        IsConnectionRole,            // bool
    };
    explicit ProviderTreeModel(WorkOsClient *client, QObject *parent = nullptr);
    ~ProviderTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts loading the owner's providers; clears the rows at once.
    // `organizationId` scopes a user's own connections (ignored for an organization owner).
    void load(const Owner &owner, const QString &organizationId);
    void load(const QString &userId, const QString &organizationId) { load(Owner::user(userId), organizationId); }
    // Re-queries the current owner and scope, keeping the rows until the answer.
    void refresh();
    void clear();
    // For tests and offline use: show these providers as if loaded.
    void setProviders(const QList<DataProvider> &providers);
    // Emails of users already known (the user shown), so "established by" needs no read for them.
    void setKnownEmail(const QString &userId, const QString &email);

    const Owner &owner() const { return m_owner; }
    QString userId() const { return m_owner.isOrganization() ? QString() : m_owner.id; }
    QString organizationId() const { return m_owner.isOrganization() ? m_owner.id : m_organizationId; }
    bool isLoading() const { return !m_loadCall.isNull(); }
    int providerCount() const { return int(m_rows.size()); }
    const DataProvider &provider(int row) const { return m_rows.at(row).provider; }
    const QList<ConnectedAccount> &connections(int row) const { return m_rows.at(row).connections; }
    int rowOfSlug(const QString &slug) const;
    // The provider row of any index (a provider row or one of its connections); -1 if invalid.
    int providerRowOf(const QModelIndex &index) const;
    // The connection an index names, or nullptr for a provider row.
    const ConnectedAccount *connectionAt(const QModelIndex &index) const;
    QModelIndex indexOfConnection(const QString &connectedAccountId) const;
    QModelIndex indexOfProvider(const QString &slug) const;
    // "alice@example.com", or the id while its read is pending or failed; empty for empty.
    QString establishedByText(const ConnectedAccount &account) const;

    static bool hasProblem(const DataProvider &provider);
    static bool hasProblem(const DataProvider &provider, const ConnectedAccount &account);
    // A connection's name for sentences: "Work (octo-work)", or its id when it has no label.
    static QString connectionName(const ConnectedAccount &account);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ApiError &error);

private:
    // What a view asks of a row on every paint, worked out once per answer
    // (the details again when an "established by" email arrives), so painting
    // neither copies connections nor formats text.
    struct Cells final
    {
        std::array<QString, ColumnCount> text; // Qt::DisplayRole
        ConnectionStatus status = ConnectionStatus::NotConnected;
        bool problem = false;
    };
    struct Row final
    {
        DataProvider provider;
        QList<ConnectedAccount> connections;
        bool plain = false; // one unlabelled compatibility connection: no child row
        QIcon icon;
        Cells cells;                  // the provider row
        QList<Cells> connectionCells; // one per connection
    };
    void fillCells(Row &row) const;
    void refreshDetails();
    void cancelReads();
    void startLoad();
    void resolveEstablishers();
    QVariant providerData(const Row &row, int column, int role) const;
    QVariant connectionData(const Row &row, const ConnectedAccount &account, int column, int role) const;
    QString detailsOf(const Row &row, const ConnectedAccount &account) const;

    WorkOsClient *m_client;
    QList<Row> m_rows;
    Owner m_owner;
    QString m_organizationId;
    QHash<QString, QString> m_emails; // user id -> email (or empty while reading)
    QList<QPointer<ApiCall>> m_userReads;
    QPointer<ApiCall> m_loadCall;
};
