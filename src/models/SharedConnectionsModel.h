#pragma once

#include "core/ApiCall.h"
#include "core/ApiTypes.h"
#include "core/WorkOsClient.h"
#include "models/ProviderTreeModel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>


// For one user, the connections their organizations share with their members
// (GET /organizations/{id}/data_providers, connection_owner "organization"):
// an organization row ("Acme Inc · 2 connections · 1 needs reauthorization")
// with one child row per shared connection (its label, the provider, its
// state badge, its reason and identifier). Organizations that share nothing
// are left out; one whose read failed says so in its row. A new load(),
// clear() or the destructor cancels what is in flight (silently), so an
// answer for a previous user never lands here.
class SharedConnectionsModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedConnectionsModel)

public:
    // StatusColumn is the providers tree's, so the same badge delegate paints both.
    enum Column { NameColumn, ProviderColumn, StatusColumn, DetailsColumn, ColumnCount };
    enum Role {
        StatusRole = ProviderTreeModel::StatusRole, // ConnectionStatus, for the badge delegate
        ProblemRole = ProviderTreeModel::ProblemRole,
        OrganizationIdRole = ProviderTreeModel::IsConnectionRole + 1,
        ConnectionIdRole,
        SlugRole,
    };
    struct Organization
    {
        QString id;
        QString name;
    };

    explicit SharedConnectionsModel(WorkOsClient *client, QObject *parent = nullptr);
    ~SharedConnectionsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads every organization's shared connections; the rows fill in as answers arrive.
    void load(const QList<Organization> &organizations);
    // Reads the same organizations again, keeping the rows until each answers.
    void refresh();
    void clear();

    bool isLoading() const;
    // Shared connections in every organization read so far.
    int connectionCount() const;
    QModelIndex indexOfConnection(const QString &connectedAccountId) const;

Q_SIGNALS:
    void loaded(); // every organization has answered (or failed)

private:
    struct Shared
    {
        DataProvider provider;
        ConnectedAccount connection;
    };
    struct Group
    {
        Organization organization;
        QList<Shared> connections;
        QString error; // the read failed
        QPointer<ApiCall> call;
    };

    void read(const QString &organizationId);
    void onAnswer(const QString &organizationId, const ApiResult<QList<DataProvider>> &result);
    void cancelReads();
    // Groups with something to show (a connection or an error), in the order given to load().
    QList<int> visibleGroups() const;
    const Group *groupOf(const QModelIndex &index) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant connectionData(const Group &group, const Shared &shared, int column, int role) const;

    WorkOsClient *m_client;
    QList<Group> m_groups;
    QList<int> m_shown; // indexes into m_groups of the top-level rows
};
