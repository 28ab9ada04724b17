#pragma once

#include "audit/AuditRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <vector>

class AuditLog;

// The audit log as a table, newest first, for a history window. Loads lazily
// (canFetchMore/fetchMore, keyset paging by id) so 100k rows cost nothing
// until scrolled to. Follows the log: new rows that match the filter appear
// at the top, completed rows update in place.
//
// Sorts itself (sort(column, order) on typed keys: times and HTTP statuses as
// numbers, the rest case-folded text; ties newest first; sort(-1) restores
// newest first). Only the loaded rows are sorted; rows fetched or added while
// sorted are moved into place. AuditFilterProxy forwards its sort() here and
// keeps this order, so 100,000 rows sort in milliseconds and filtering never
// re-sorts.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column {
        TimeColumn, ActionColumn, OutcomeColumn, UserIdColumn, EmailColumn, ProviderColumn, OrganizationColumn,
        EnvironmentColumn, HttpStatusColumn, RequestIdColumn, BatchColumn, ReasonColumn, DetailColumn,
        OsUserColumn, HostColumn, ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole, RecordIdRole };

    explicit AuditTableModel(AuditLog *log, QObject *parent = nullptr);
    ~AuditTableModel() override;

    void setFilter(const AuditFilter &filter); // reloads
    const AuditFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void reload();

    const AuditRecord *recordAt(int row) const;
    // The row's quick-filter fields (user id, email, provider, request id,
    // reason) as one SearchText::join(), kept as rows arrive, for AuditFilterProxy.
    const QString *searchTextAt(int row) const;
    // Rows matching the filter in the database (not only those loaded).
    int totalCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; } // -1: newest first
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    void onRecordChanged(qint64 id);
    bool matches(const AuditRecord &record) const;
    QVariant display(const AuditRecord &record, int column) const;
    QVariant raw(const AuditRecord &record, int column) const;
    // View row -> index into m_rows for the current sort column and order.
    std::vector<int> sortedOrder() const;
    void resort(); // a layout change, when sorted

    QPointer<AuditLog> m_log;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows; // as loaded: newest first (a sort never moves a record)
    QList<QString> m_search;   // per m_rows entry: its searchTextAt()
    static QString searchTextOf(const AuditRecord &record);
    std::vector<int> m_order;  // view row -> index into m_rows: the sorted order
    int viewRowOf(int stored) const;
    int m_pageSize = 256;
    bool m_more = false;
    bool m_resetting = false;
    qint64 m_newestId = 0; // of the rows loaded or added; the order no longer tells
    qint64 m_oldestId = 0; // where the next page starts
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
