#pragma once

#include "Environment.h"

#include <QAbstractTableModel>

class EnvironmentStore;

// The environments of an EnvironmentStore as a table: name (with a colour
// swatch, bold when active), base URL, kind. Follows the store's signals.
class EnvironmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentListModel)

public:
    enum Column { NameColumn, BaseUrlColumn, KindColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole }; // the environment's name, for every column

    explicit EnvironmentListModel(EnvironmentStore *store, QObject *parent = nullptr);
    ~EnvironmentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &name) const; // -1 when absent

private:
    void reload();

    EnvironmentStore *m_store;
    QList<Environment> m_rows;
    QString m_active;
};
