#include "models/EnvironmentListModel.h"

#include "config/EnvironmentStore.h"

#include <QColor>
#include <QFont>

EnvironmentListModel::EnvironmentListModel(EnvironmentStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
    connect(m_store, &EnvironmentStore::environmentsChanged, this, &EnvironmentListModel::reload);
    connect(m_store, &EnvironmentStore::activeChanged, this, &EnvironmentListModel::reload);
}

EnvironmentListModel::~EnvironmentListModel() = default;

int EnvironmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_session ? 1 : 0);
}

int EnvironmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool session = index.row() == sessionRow();
    const Environment &env = session ? *m_session : m_rows.at(index.row());
    const bool active = !session && env.name == m_active;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (session)
                return tr("%1 (this session only)").arg(env.name);
            return active ? tr("%1 (active)").arg(env.name) : env.name;
        case BaseUrlColumn:
            return env.baseUrl.toString();
        case KindColumn:
            return Environment::kindDisplayName(env.kind);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QColor::fromString(env.effectiveColour());
        break;
    case Qt::FontRole:
        if (active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (session)
            return tr("Given when Pipes Admin was started; not saved");
        if (env.isProvisioned())
            return tr("Set up by your administrator");
        break;
    case NameRole:
        return env.name;
    case SessionRole:
        return session;
    }
    return {};
}

QVariant EnvironmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BaseUrlColumn:
        return tr("Base URL");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

void EnvironmentListModel::setSessionEnvironment(const Environment &environment)
{
    beginResetModel();
    m_session = environment;
    endResetModel();
}

int EnvironmentListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void EnvironmentListModel::reload()
{
    beginResetModel();
    m_rows = m_store->environments();
    m_active = m_store->activeName();
    endResetModel();
}
