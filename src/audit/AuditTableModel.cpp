#include "audit/AuditTableModel.h"

#include "audit/AuditLog.h"
#include "core/RowSort.h"
#include "core/SearchText.h"

#include <algorithm>
#include <limits>
#include <numeric>

AuditTableModel::AuditTableModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    if (log)
        connect(log, &AuditLog::recordChanged, this, &AuditTableModel::onRecordChanged);
    reload();
}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = 0;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_search.clear();
    m_more = false;
    if (m_log && m_log->isOpen()) {
        AuditFilter page = m_filter;
        page.limit = m_pageSize;
        m_rows = m_log->query(page);
        m_more = m_rows.size() == m_pageSize;
        m_search.reserve(m_rows.size());
        for (const AuditRecord &r : std::as_const(m_rows))
            m_search.append(searchTextOf(r));
    }
    m_newestId = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
    m_oldestId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    m_order.resize(size_t(m_rows.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn >= 0)
        m_order = sortedOrder();
    // A view (or QAbstractItemModelTester) may ask for more while the reset
    // is being announced; rows inserted then would be part of the reset.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

const AuditRecord *AuditTableModel::recordAt(int row) const
{
    return row >= 0 && size_t(row) < m_order.size() ? &m_rows.at(m_order[size_t(row)]) : nullptr;
}

const QString *AuditTableModel::searchTextAt(int row) const
{
    if (row < 0 || size_t(row) >= m_order.size() || m_order[size_t(row)] >= m_search.size())
        return nullptr; // (never: m_search follows m_rows) the proxy then reads the record
    return &m_search.at(m_order[size_t(row)]);
}

QString AuditTableModel::searchTextOf(const AuditRecord &r)
{
    return SearchText::join({r.entry.userId, r.entry.userEmail, r.entry.providerSlug, r.completion.requestId, r.entry.reason});
}

int AuditTableModel::viewRowOf(int stored) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), stored);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

int AuditTableModel::totalCount() const
{
    return m_log ? m_log->count(m_filter) : 0;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_resetting;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more || !m_log || m_resetting)
        return;
    AuditFilter page = m_filter;
    page.limit = m_pageSize;
    page.beforeId = m_rows.isEmpty() ? 0 : m_oldestId;
    const QList<AuditRecord> records = m_log->query(page);
    m_more = records.size() == m_pageSize;
    if (records.isEmpty())
        return;
    m_oldestId = records.constLast().id;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(records.size()) - 1);
    m_rows.append(records); // (no reserve(): an exact one for each page would copy the list every page)
    for (const AuditRecord &r : records)
        m_search.append(searchTextOf(r));
    for (int stored = first; stored < int(m_rows.size()); ++stored)
        m_order.push_back(stored);
    endInsertRows();
    resort();
}

namespace {

bool isNumericColumn(int column)
{
    return column == AuditTableModel::TimeColumn || column == AuditTableModel::HttpStatusColumn;
}

qint64 numericKey(const AuditRecord &r, int column)
{
    if (column == AuditTableModel::TimeColumn)
        return r.startedAt.isValid() ? r.startedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    return r.completion.httpStatus;
}

// raw(r, column).toString() for the text columns, without a QVariant per row.
QString textKey(const AuditRecord &r, int column)
{
    switch (column) {
    case AuditTableModel::ActionColumn: return AuditNames::action(r.entry.action);
    case AuditTableModel::OutcomeColumn: return AuditNames::outcome(r.completion.outcome);
    case AuditTableModel::UserIdColumn: return r.entry.userId;
    case AuditTableModel::EmailColumn: return r.entry.userEmail;
    case AuditTableModel::ProviderColumn: return r.entry.providerSlug;
    case AuditTableModel::OrganizationColumn: return r.entry.organizationId;
    case AuditTableModel::EnvironmentColumn: return r.entry.environment;
    case AuditTableModel::RequestIdColumn: return r.completion.requestId;
    case AuditTableModel::BatchColumn: return r.entry.batchId;
    case AuditTableModel::ReasonColumn: return r.entry.reason;
    case AuditTableModel::DetailColumn: return r.completion.detail;
    case AuditTableModel::OsUserColumn: return r.operatorName.isEmpty() ? r.osUser : r.operatorName;
    case AuditTableModel::HostColumn: return r.host;
    default: return QString();
    }
}

} // namespace

std::vector<int> AuditTableModel::sortedOrder() const
{
    // Ties (and sort(-1)): newest first, whichever the direction.
    std::vector<qint64> ties;
    ties.reserve(size_t(m_rows.size()));
    for (const AuditRecord &r : m_rows)
        ties.push_back(-r.id);
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return RowSort::byNumber(ties, ties, Qt::AscendingOrder);
    if (isNumericColumn(m_sortColumn)) {
        std::vector<qint64> keys;
        keys.reserve(ties.size());
        for (const AuditRecord &r : m_rows)
            keys.push_back(numericKey(r, m_sortColumn));
        return RowSort::byNumber(keys, ties, m_sortOrder);
    }
    // The raw value, case-folded (shared, not copied, when there is nothing to fold).
    std::vector<QString> keys;
    keys.reserve(ties.size());
    for (const AuditRecord &r : m_rows)
        keys.push_back(SearchText::sortKey(textKey(r, m_sortColumn)));
    return RowSort::byText(keys, ties, m_sortOrder);
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    std::vector<int> newOrder = sortedOrder();
    if (newOrder == m_order)
        return;

    // Only the order changes: the records stay where they were loaded (moving
    // 100,000 of them cost more than the sort itself).
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const std::vector<int> newRowOf = RowSort::inverse(newOrder); // stored -> new view row
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to.append(index.isValid() && size_t(index.row()) < m_order.size()
                      ? this->index(newRowOf[size_t(m_order[size_t(index.row())])], index.column())
                      : QModelIndex());
    m_order = std::move(newOrder);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AuditTableModel::resort()
{
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

bool AuditTableModel::matches(const AuditRecord &r) const
{
    const AuditFilter &f = m_filter;
    if (f.from.isValid() && r.startedAt < f.from)
        return false;
    if (f.to.isValid() && r.startedAt >= f.to)
        return false;
    if (!f.userId.isEmpty() && r.entry.userId != f.userId && !r.entry.userEmail.contains(f.userId, Qt::CaseInsensitive))
        return false;
    if (!f.providerSlug.isEmpty() && r.entry.providerSlug != f.providerSlug)
        return false;
    if (!f.environment.isEmpty() && r.entry.environment != f.environment)
        return false;
    if (!f.actions.isEmpty() && !f.actions.contains(r.entry.action))
        return false;
    if (!f.outcomes.isEmpty() && !f.outcomes.contains(r.completion.outcome))
        return false;
    return true;
}

void AuditTableModel::onRecordChanged(qint64 id)
{
    if (!m_log)
        return;
    std::optional<AuditRecord> record = m_log->record(id);
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const AuditRecord &r) { return r.id == id; });
    // The store cannot be read (it went away): a row whose outcome waits in the journal says so.
    if (!record && it != m_rows.end() && !m_log->isReachable() && m_log->isJournaled(id))
        record = AuditLog::awaitingJournal(*it);
    if (it != m_rows.end()) {
        const int stored = int(it - m_rows.begin());
        const int row = viewRowOf(stored);
        if (record && matches(*record)) {
            *it = *record;
            m_search[stored] = searchTextOf(*record);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            resort(); // the outcome or status it is sorted by may have changed
        } else {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(stored);
            m_search.removeAt(stored);
            m_order.erase(m_order.begin() + row);
            for (int &o : m_order) {
                if (o > stored)
                    --o;
            }
            endRemoveRows();
        }
        return;
    }
    if (!record || !matches(*record))
        return;
    // Newer than everything shown: at the top. Older rows arrive through fetchMore.
    if (m_rows.isEmpty() ? !m_more : id > m_newestId) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_rows.prepend(*record);
        m_search.prepend(searchTextOf(*record));
        for (int &o : m_order)
            ++o;
        m_order.insert(m_order.begin(), 0);
        endInsertRows();
        m_newestId = id;
        if (m_oldestId == 0)
            m_oldestId = id;
        resort();
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    // A plain bounds check, not checkIndex() (virtual rowCount() and parent()
    // calls): data() runs for every comparison a sorting proxy makes. A table
    // model's valid index never has a parent.
    if (!index.isValid() || index.model() != this || index.column() >= ColumnCount
        || size_t(index.row()) >= m_order.size())
        return QVariant();
    const AuditRecord &r = m_rows.at(m_order[size_t(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case Qt::ToolTipRole:
        return index.column() == OutcomeColumn && !r.completion.detail.isEmpty() ? QVariant(r.completion.detail)
                                                                                 : display(r, index.column());
    case RawValueRole:
        return raw(r, index.column());
    case RecordIdRole:
        return r.id;
    default:
        return QVariant();
    }
}

QVariant AuditTableModel::raw(const AuditRecord &r, int column) const
{
    switch (column) {
    case TimeColumn: return r.startedAt;
    case ActionColumn: return AuditNames::action(r.entry.action);
    case OutcomeColumn: return AuditNames::outcome(r.completion.outcome);
    case HttpStatusColumn: return r.completion.httpStatus;
    default: return display(r, column);
    }
}

QVariant AuditTableModel::display(const AuditRecord &r, int column) const
{
    switch (column) {
    case TimeColumn: return r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActionColumn: return AuditNames::actionText(r.entry.action);
    case OutcomeColumn: return AuditNames::outcomeText(r.completion.outcome);
    case UserIdColumn: return r.entry.userId;
    case EmailColumn: return r.entry.userEmail;
    case ProviderColumn: return r.entry.providerSlug;
    case OrganizationColumn: return r.entry.organizationId;
    case EnvironmentColumn: return r.entry.environment;
    case HttpStatusColumn: return r.completion.httpStatus > 0 ? QString::number(r.completion.httpStatus) : QString();
    case RequestIdColumn: return r.completion.requestId;
    case BatchColumn: return r.entry.batchId;
    case ReasonColumn: return r.entry.reason;
    case DetailColumn: return r.completion.detail;
    case OsUserColumn: return r.operatorName.isEmpty() ? r.osUser : r.operatorName;
    case HostColumn: return r.host;
    default: return QVariant();
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ActionColumn: return tr("Action");
    case OutcomeColumn: return tr("Outcome");
    case UserIdColumn: return tr("User id");
    case EmailColumn: return tr("Email");
    case ProviderColumn: return tr("Provider");
    case OrganizationColumn: return tr("Organization");
    case EnvironmentColumn: return tr("Environment");
    case HttpStatusColumn: return tr("HTTP");
    case RequestIdColumn: return tr("Request id");
    case BatchColumn: return tr("Batch");
    case ReasonColumn: return tr("Reason");
    case DetailColumn: return tr("Detail");
    case OsUserColumn: return tr("Operator");
    case HostColumn: return tr("Workstation");
    default: return QVariant();
    }
}
