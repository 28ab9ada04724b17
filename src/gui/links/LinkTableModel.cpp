#include "gui/links/LinkTableModel.h"

#include "audit/AuditLog.h"

namespace {
// What a row shows; a change in any of it replaces the rows.
QString signature(const QList<LinkRecord> &links)
{
    QString text;
    for (const LinkRecord &l : links)
        text += QString::number(l.id) + LinkNames::state(l.state) + QLatin1Char(';');
    return text;
}
} // namespace

LinkTableModel::LinkTableModel(AuditLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (log)
        connect(log, &AuditLog::linksChanged, this, &LinkTableModel::reload);
    reload();
}

void LinkTableModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    tick();
}

void LinkTableModel::setStaleAfterSeconds(qint64 seconds)
{
    m_staleAfterSeconds = seconds;
    tick();
}

void LinkTableModel::setWhich(Which which)
{
    if (m_which == which)
        return;
    m_which = which;
    reload();
}

void LinkTableModel::reload()
{
    QList<LinkRecord> links;
    if (m_log && m_log->isOpen()) {
        LinkFilter filter;
        if (m_which == Which::Open)
            filter.states = {LinkState::Waiting};
        filter.limit = 1000;
        links = m_log->links(filter);
    }
    if (signature(links) == signature(m_links)) {
        tick();
        return;
    }
    beginResetModel();
    m_links = links;
    endResetModel();
}

void LinkTableModel::tick()
{
    if (!m_links.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(rowCount() - 1, State));
}

int LinkTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_links.size(); ++row) {
        if (m_links.at(row).id == id)
            return row;
    }
    return -1;
}

int LinkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkTableModel::stateName(const LinkRecord &link) const
{
    return LinkNames::displayState(link, now(), m_staleAfterSeconds);
}

QVariant LinkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const LinkRecord &l = m_links.at(index.row());
    if (role == LinkIdRole)
        return l.id;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Customer: return l.customerText();
        case Provider:
            if (!l.connectionId.isEmpty())
                return tr("%1 · %2").arg(l.providerSlug, l.connectionLabel.isEmpty() ? l.connectionId : l.connectionLabel);
            return l.intent == LinkIntent::Add ? tr("%1 · another connection").arg(l.providerSlug)
                                               : tr("%1 · first connection").arg(l.providerSlug);
        case Age: return LinkNames::ageText(l.issuedAt, now());
        case IssuedBy: return l.host.isEmpty() ? l.operatorName : tr("%1 (%2)").arg(l.operatorName, l.host);
        case Ticket: return l.ticket;
        case State: return LinkNames::displayStateText(l, now(), m_staleAfterSeconds);
        case ColumnCount: break;
        }
        return QVariant();
    }
    if (role == RawRole) {
        switch (Column(index.column())) {
        case Customer: return l.customerText();
        case Provider: return l.providerSlug;
        case Age: return qMax<qint64>(0, l.issuedAt.secsTo(now()));
        case IssuedBy: return l.operatorName;
        case Ticket: return l.ticket;
        case State: return stateName(l);
        case ColumnCount: break;
        }
        return QVariant();
    }
    if (role == Qt::ToolTipRole) {
        const QString base = tr("Issued %1 UTC in %2 by %3 on %4; %5.")
                                 .arg(l.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), l.environment,
                                      l.operatorName, l.host, LinkNames::intent(l.intent));
        if (l.state == LinkState::Completed && !l.completedConnectionId.isEmpty())
            return base + QLatin1Char(' ') + tr("Completed by connection %1.").arg(l.completedConnectionId);
        return base;
    }
    return QVariant();
}

QVariant LinkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Customer: return tr("Customer");
    case Provider: return tr("Provider / connection");
    case Age: return tr("Age");
    case IssuedBy: return tr("Issued by");
    case Ticket: return tr("Ticket");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return QVariant();
}
