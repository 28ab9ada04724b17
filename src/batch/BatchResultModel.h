#pragma once

#include "batch/BatchItem.h"
#include "core/ConnectionStatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QStringList>

class BatchEngine;

// The users x providers grid of a "check status" batch (also fine for the
// per-item table of a preview or a run: those have no provider columns).
// One row per batch item in input order; fixed columns first, then one column
// per provider slug in the order the API lists them.
//
// A provider cell stands for every connection the user has of it: it shows
// the worst one (ConnectionStatuses::worst) and, when there are several, how
// many; its tooltip names each.
//
// Display text is separate from raw values: Qt::DisplayRole is what a person
// reads (ConnectionStatuses::text of the worst connection, explained wording),
// RawValueRole what filters and exports use (ConnectionStatuses::name of the
// worst: "needs_reauthorization"; "none" when not connected), StatusRole what
// the badge paints.
class BatchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultModel)

public:
    enum Column { LineColumn, InputColumn, UserIdColumn, OutcomeColumn, DetailColumn, FixedColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole,     // machine value of a cell
        MissingScopesRole,               // provider cells: the worst connection's configured-but-not-granted scopes
        IsProblemRole,                   // row-wide: the outcome needs a look, or a provider cell is not healthy
        ProviderSlugRole,                // provider columns (headerData too)
        StatusRole,                      // provider cells: ConnectionStatus of the worst connection
        ConnectionCountRole,             // provider cells: how many connections the user has (int)
    };

    explicit BatchResultModel(QObject *parent = nullptr);
    ~BatchResultModel() override;

    // Follows an engine: its items are shown and updated as they finish.
    void setEngine(BatchEngine *engine);
    void setItems(const QList<BatchItem> &items);
    void updateItem(int row, const BatchItem &item);

    const QList<BatchItem> &items() const { return m_items; }
    QStringList providerSlugs() const { return m_slugs; }
    // -1 when the column is not a provider column.
    int columnOfProvider(const QString &slug) const;
    QString providerAt(int column) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static const DataProvider *providerOf(const BatchItem &item, const QString &slug);
    // The cell's words: the worst connection's explained state, and the count when several.
    static QString cellText(const DataProvider &provider);
    // Any connection of the provider disconnected, needing reauthorization or missing scopes.
    static bool needsAttention(const DataProvider &provider);
    // How many of the provider's connections are so.
    static int connectionsNeedingAttention(const DataProvider &provider);
    // One connection in words: "data_installation_... (Work, connected)".
    static QString connectionText(const ConnectedAccount &connection);

private:
    void addProvidersOf(const BatchItem &item);
    QVariant fixedData(const BatchItem &item, int column, int role) const;
    QVariant providerData(const BatchItem &item, const QString &slug, int role) const;

    QList<BatchItem> m_items;
    QStringList m_slugs;
    QStringList m_names; // provider display names, parallel to m_slugs
    QPointer<BatchEngine> m_engine;
};
