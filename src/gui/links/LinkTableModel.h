#pragma once

#include "audit/LinkRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

#include <functional>

class AuditLog;

// The tracked connect links of the audit store, newest first: customer,
// provider and connection, age, who issued it, ticket, state (with "stale"
// for links waiting longer than the stale age). Reads the store again when it
// says links changed, or on reload() (other workstations, the CLI).
class LinkTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkTableModel)

public:
    enum Column { Customer, Provider, Age, IssuedBy, Ticket, State, ColumnCount };
    enum class Which { Open, All }; // Open: waiting (and stale) links only
    static constexpr int RawRole = Qt::UserRole;       // sortable value: id, slug, age in seconds, state name
    static constexpr int LinkIdRole = Qt::UserRole + 1;
    using Clock = std::function<QDateTime()>;

    explicit LinkTableModel(AuditLog *log, QObject *parent = nullptr);

    void setClock(Clock clock);
    void setStaleAfterSeconds(qint64 seconds);
    void setWhich(Which which);
    Which which() const { return m_which; }
    // Reads the store; rows are replaced only when something changed.
    void reload();
    // Ages and stale states move on with the clock: repaints those columns.
    void tick();

    const LinkRecord &link(int row) const { return m_links.at(row); }
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QDateTime now() const { return m_clock(); }
    QString stateName(const LinkRecord &link) const;

    QPointer<AuditLog> m_log;
    Clock m_clock;
    qint64 m_staleAfterSeconds = LinkSettings::DefaultStaleAfterSeconds;
    Which m_which = Which::Open;
    QList<LinkRecord> m_links;
};
