#pragma once

#include "core/ApiTypes.h"
#include "core/ConnectionStatus.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

class ApiCall;
class WorkOsClient;
struct ApiError;

// Every provider with the selected user's connected account, one row each.
// Loads itself through the client; a new load, clear() or the destructor
// cancels what is in flight (silently), so a reply for a previous (user,
// organization) never lands in this table.
class ProviderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderTableModel)

public:
    enum Column {
        ProviderColumn,
        SlugColumn,
        StatusColumn,
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
        ProblemRole,                 // bool: needs attention
        SlugRole,
    };
    explicit ProviderTableModel(WorkOsClient *client, QObject *parent = nullptr);
    ~ProviderTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts loading (user, organization); clears the table at once.
    void load(const QString &userId, const QString &organizationId);
    // Re-queries the current (user, organization), keeping the rows until the answer.
    void refresh();
    // Re-reads one provider's connected account from the server.
    void reloadAccount(const QString &slug);
    // Replaces one row's account with a value already fetched (nullopt: not connected).
    void setAccount(const QString &slug, const std::optional<ConnectedAccount> &account);
    void clear();
    // For tests and offline use: show these providers as if loaded.
    void setProviders(const QList<DataProvider> &providers);

    QString userId() const { return m_userId; }
    QString organizationId() const { return m_organizationId; }
    bool isLoading() const { return !m_loadCall.isNull(); }
    const DataProvider &provider(int row) const { return m_providers.at(row); }
    int rowOfSlug(const QString &slug) const;

    // The status column's words (ConnectionStatuses::text, as a label).
    static QString stateText(const DataProvider &provider);
    static bool hasProblem(const DataProvider &provider);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loaded();
    void loadFailed(const ApiError &error);
    void accountReloaded(const QString &slug);

private:
    void cancelReads();
    void startLoad();
    QVariant displayData(const DataProvider &p, int column) const;
    QVariant rawData(const DataProvider &p, int column) const;

    WorkOsClient *m_client;
    QList<DataProvider> m_providers;
    QString m_userId;
    QString m_organizationId;
    QList<QPointer<ApiCall>> m_reloads; // one account re-read each, cancelled with the load
    QPointer<ApiCall> m_loadCall;
};
