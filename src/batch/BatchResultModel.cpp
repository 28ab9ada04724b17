#include "batch/BatchResultModel.h"

#include "batch/BatchEngine.h"

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

QVariant BatchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BatchItem &item = m_items.at(index.row());
    if (role == IsProblemRole) {
        if (BatchOutcomes::isProblem(item.outcome) && item.isFinished())
            return true;
        for (const DataProvider &provider : item.providers) {
            if (provider.connectedAccount
                && (provider.connectedAccount->state != ConnectionState::Connected || !provider.missingScopes().isEmpty()))
                return true;
        }
        return false;
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
        if (!raw && item.account && item.outcome == BatchOutcome::WillDisconnect)
            text = tr("Account %1 (%2)").arg(item.account->id, item.account->stateText);
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
    switch (role) {
    case Qt::DisplayRole:
        return ConnectionStatuses::text(*provider, StatusWording::Explained);
    case RawValueRole:
        return ConnectionStatuses::name(provider->connectedAccount);
    case StatusRole:
        return QVariant::fromValue(ConnectionStatuses::of(*provider));
    case MissingScopesRole:
        return provider->missingScopes();
    case ProviderSlugRole:
        return slug;
    case Qt::ToolTipRole: {
        const QStringList missing = provider->missingScopes();
        return missing.isEmpty() ? ConnectionStatuses::text(*provider, StatusWording::Explained)
                                 : tr("Missing scopes: %1").arg(missing.join(QStringLiteral(", ")));
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
