#include "batch/BatchResultModel.h"

#include "batch/BatchEngine.h"

#include <algorithm>

BatchResultModel::BatchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

BatchResultModel::~BatchResultModel() = default;

void BatchResultModel::setEngine(BatchEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine) {
        setItems({});
        return;
    }
    setItems(engine->items());
    connect(engine, &BatchEngine::stateChanged, this, [this](BatchEngine::State state) {
        // A new batch (or a retry) may bring different items.
        if (state == BatchEngine::State::Running && m_engine && m_engine->items().size() != m_items.size())
            setItems(m_engine->items());
    });
    connect(engine, &BatchEngine::itemFinished, this, [this](int row) {
        if (m_engine && row >= 0 && row < m_engine->items().size())
            updateItem(row, m_engine->items().at(row));
    });
}

void BatchResultModel::setItems(const QList<BatchItem> &items)
{
    beginResetModel();
    m_items = items;
    m_slugs.clear();
    m_names.clear();
    for (const BatchItem &item : std::as_const(m_items)) {
        for (const DataProvider &provider : item.providers) {
            if (!m_slugs.contains(provider.slug)) {
                m_slugs.append(provider.slug);
                m_names.append(provider.name.isEmpty() ? provider.slug : provider.name);
            }
        }
    }
    endResetModel();
}

void BatchResultModel::addProvidersOf(const BatchItem &item)
{
    QStringList newSlugs;
    QStringList newNames;
    for (const DataProvider &provider : item.providers) {
        if (!m_slugs.contains(provider.slug) && !newSlugs.contains(provider.slug)) {
            newSlugs.append(provider.slug);
            newNames.append(provider.name.isEmpty() ? provider.slug : provider.name);
        }
    }
    if (newSlugs.isEmpty())
        return;
    const int first = columnCount();
    beginInsertColumns(QModelIndex(), first, first + int(newSlugs.size()) - 1);
    m_slugs.append(newSlugs);
    m_names.append(newNames);
    endInsertColumns();
}

void BatchResultModel::updateItem(int row, const BatchItem &item)
{
    if (row < 0 || row >= m_items.size())
        return;
    addProvidersOf(item);
    m_items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int BatchResultModel::columnOfProvider(const QString &slug) const
{
    const qsizetype i = m_slugs.indexOf(slug);
    return i < 0 ? -1 : FixedColumnCount + int(i);
}

QString BatchResultModel::providerAt(int column) const
{
    return column >= FixedColumnCount ? m_slugs.value(column - FixedColumnCount) : QString();
}

int BatchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int BatchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_slugs.size());
}

const DataProvider *BatchResultModel::providerOf(const BatchItem &item, const QString &slug)
{
    for (const DataProvider &provider : item.providers) {
        if (provider.slug == slug)
            return &provider;
    }
    return nullptr;
}

QString BatchResultModel::cellText(const DataProvider &provider)
{
    const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(provider);
    const QString text = ConnectionStatuses::text(provider, worst, StatusWording::Explained);
    const int count = int(provider.allConnections().size());
    return count > 1 ? tr("%1 (%2 connections)").arg(text).arg(count) : text;
}

QString BatchResultModel::connectionText(const ConnectedAccount &a)
{
    const QString state = ConnectionStatuses::text(a, StatusWording::Lowercase);
    return a.accountDisplayName.isEmpty() ? tr("%1 (%2)").arg(a.id, state)
                                          : tr("%1 (%2, %3)").arg(a.id, a.accountDisplayName, state);
}

int BatchResultModel::connectionsNeedingAttention(const DataProvider &provider)
{
    const QList<ConnectedAccount> all = provider.allConnections();
    return int(std::count_if(all.cbegin(), all.cend(), [&provider](const ConnectedAccount &a) {
        return a.state != ConnectionState::Connected || !provider.missingScopes(a).isEmpty();
    }));
}

bool BatchResultModel::needsAttention(const DataProvider &provider)
{
    return connectionsNeedingAttention(provider) > 0;
}

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BatchItem &item = m_items.at(index.row());
    if (role == IsProblemRole) {
        if (BatchOutcomes::isProblem(item.outcome) && item.isFinished())
            return true;
        return std::any_of(item.providers.cbegin(), item.providers.cend(), &BatchResultModel::needsAttention);
    }
    if (index.column() < FixedColumnCount)
        return fixedData(item, index.column(), role);
    return providerData(item, providerAt(index.column()), role);
}

QVariant BatchResultModel::fixedData(const BatchItem &item, int column, int role) const
{
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return QVariant();
    const bool raw = role == RawValueRole;
    switch (column) {
    case LineColumn:
        if (raw)
            return item.line;
        return item.line > 0 ? QVariant(QString::number(item.line)) : QVariant(QString());
    case InputColumn:
        return item.input;
    case UserIdColumn:
        return item.userId;
    case OutcomeColumn:
        return raw ? BatchOutcomes::name(item.outcome) : BatchOutcomes::text(item.outcome);
    case DetailColumn: {
        QString text = item.detail;
        if (!raw && item.outcome == BatchOutcome::WillDisconnect) {
            QStringList each;
            for (const ConnectedAccount &a : item.connections)
                each.append(connectionText(a));
            text = tr("%n connection(s): %1", nullptr, int(item.connections.size())).arg(each.join(QStringLiteral("; ")));
        } else if (!raw && item.account && text.isEmpty()) {
            text = connectionText(*item.account);
        }
        if (role == Qt::ToolTipRole && !item.requestId.isEmpty())
            text += QLatin1Char('\n') + tr("Request id: %1").arg(item.requestId);
        return text;
    }
    default:
        return QVariant();
    }
}

QVariant BatchResultModel::providerData(const BatchItem &item, const QString &slug, int role) const
{
    const DataProvider *provider = providerOf(item, slug);
    if (!provider) {
        if (role == Qt::DisplayRole || role == RawValueRole)
            return QString();
        return QVariant();
    }
    const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(*provider);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*provider);
    case RawValueRole:
        return ConnectionStatuses::name(worst);
    case StatusRole:
        return QVariant::fromValue(ConnectionStatuses::of(worst));
    case MissingScopesRole:
        return worst ? provider->missingScopes(*worst) : QStringList();
    case ConnectionCountRole:
        return int(provider->allConnections().size());
    case ProviderSlugRole:
        return slug;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ConnectedAccount &a : provider->allConnections()) {
            QString line = connectionText(a);
            const QStringList missing = provider->missingScopes(a);
            if (!missing.isEmpty())
                line += QLatin1Char(' ') + tr("missing scopes: %1").arg(missing.join(QStringLiteral(", ")));
            lines.append(line);
        }
        return lines.isEmpty() ? cellText(*provider) : lines.join(QLatin1Char('\n'));
    }
    default:
        return QVariant();
    }
}

QVariant BatchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FixedColumnCount) {
        const int i = section - FixedColumnCount;
        if (role == Qt::DisplayRole)
            return m_names.value(i);
        if (role == ProviderSlugRole || role == RawValueRole)
            return m_slugs.value(i);
        return QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LineColumn: return tr("Line");
    case InputColumn: return tr("Input");
    case UserIdColumn: return tr("User id");
    case OutcomeColumn: return tr("Outcome");
    case DetailColumn: return tr("Detail");
    default: return QVariant();
    }
}
