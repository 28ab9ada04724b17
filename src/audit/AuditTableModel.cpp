#include "AuditTableModel.h"

#include "AuditLog.h"

#include <algorithm>

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
    m_more = false;
    if (m_log && m_log->isOpen()) {
        AuditFilter page = m_filter;
        page.limit = m_pageSize;
        m_rows = m_log->query(page);
        m_more = m_rows.size() == m_pageSize;
    }
    // A view (or QAbstractItemModelTester) may ask for more while the reset
    // is being announced; rows inserted then would be part of the reset.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

const AuditRecord *AuditTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::totalCount() const
{
    return m_log ? m_log->count(m_filter) : 0;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    page.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const QList<AuditRecord> records = m_log->query(page);
    m_more = records.size() == m_pageSize;
    if (records.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(records.size()) - 1);
    m_rows.append(records);
    endInsertRows();
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
    const std::optional<AuditRecord> record = m_log->record(id);
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const AuditRecord &r) { return r.id == id; });
    if (it != m_rows.end()) {
        const int row = int(it - m_rows.begin());
        if (record && matches(*record)) {
            *it = *record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            beginRemoveRows(QModelIndex(), row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (!record || !matches(*record))
        return;
    // Newer than everything shown: at the top. Older rows arrive through fetchMore.
    if (m_rows.isEmpty() ? !m_more : id > m_rows.constFirst().id) {
        beginInsertRows(QModelIndex(), 0, 0);
        m_rows.prepend(*record);
        endInsertRows();
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    // A plain bounds check, not checkIndex() (virtual rowCount() and parent()
    // calls): data() runs for every comparison a sorting proxy makes. A table
    // model's valid index never has a parent.
    if (!index.isValid() || index.model() != this || index.column() >= ColumnCount || index.row() >= m_rows.size())
        return QVariant();
    const AuditRecord &r = m_rows.at(index.row());
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
    case OsUserColumn: return r.osUser;
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
    case OsUserColumn: return tr("OS user");
    case HostColumn: return tr("Host");
    default: return QVariant();
    }
}
