#pragma once

#include "config/Environment.h"

#include <QAbstractTableModel>

#include <optional>

class EnvironmentStore;

// The environments of an EnvironmentStore as a table: name (with a colour
// swatch, bold when active), base URL, kind. Follows the store's signals.
class EnvironmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentListModel)

public:
    enum Column { NameColumn, BaseUrlColumn, KindColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole, // the environment's name, for every column
        SessionRole,             // true for the session's environment (not in the store)
    };

    explicit EnvironmentListModel(EnvironmentStore *store, QObject *parent = nullptr);
    ~EnvironmentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &name) const; // -1 when absent

    // An environment this run uses that is not in the store (WORKOS_API_KEY alone), as a last, read-only row.
    void setSessionEnvironment(const Environment &environment);
    int sessionRow() const { return m_session ? int(m_rows.size()) : -1; }
    const std::optional<Environment> &sessionEnvironment() const { return m_session; }

private:
    void reload();

    EnvironmentStore *m_store;
    QList<Environment> m_rows;
    std::optional<Environment> m_session;
    QString m_active;
};
