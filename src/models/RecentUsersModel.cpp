#include "models/RecentUsersModel.h"

#include "core/IdValidation.h"

#include <QSettings>
#include <QUrl>

namespace {
const QString GroupKey = QStringLiteral("recentUsers");
const QString IdKey = QStringLiteral("id");
const QString EmailKey = QStringLiteral("email");
} // namespace

RecentUsersModel::RecentUsersModel(QSettings *settings, const QString &scope, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
    , m_group(scope.isEmpty() ? GroupKey
                              : QStringLiteral("recentUsersByEnvironment/")
                                    + QString::fromLatin1(QUrl::toPercentEncoding(scope)))
{
    load();
}

int RecentUsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant RecentUsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.email.isEmpty() ? e.id : e.email;
    case Qt::ToolTipRole:
        return tr("%1\n%2").arg(e.email, e.id).trimmed();
    case IdRole:
        return e.id;
    case EmailRole:
        return e.email;
    default:
        break;
    }
    return QVariant();
}

void RecentUsersModel::remember(const QString &userId, const QString &email)
{
    if (!IdValidation::isValidId(userId, IdValidation::IdKind::User))
        return;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id != userId)
            continue;
        if (row > 0) {
            beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0);
            m_entries.move(row, 0);
            endMoveRows();
        }
        if (!email.isEmpty() && m_entries.first().email != email) {
            m_entries.first().email = email;
            Q_EMIT dataChanged(index(0), index(0));
        }
        save();
        return;
    }
    beginInsertRows(QModelIndex(), 0, 0);
    m_entries.prepend(Entry{userId, email});
    endInsertRows();
    if (m_entries.size() > MaxEntries) {
        beginRemoveRows(QModelIndex(), MaxEntries, int(m_entries.size()) - 1);
        m_entries.resize(MaxEntries);
        endRemoveRows();
    }
    save();
}

void RecentUsersModel::clearAll()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
    save();
}

void RecentUsersModel::load()
{
    if (!m_settings)
        return;
    const int count = m_settings->beginReadArray(m_group);
    for (int i = 0; i < count && m_entries.size() < MaxEntries; ++i) {
        m_settings->setArrayIndex(i);
        const QString id = m_settings->value(IdKey).toString();
        if (IdValidation::isValidId(id, IdValidation::IdKind::User))
            m_entries.append(Entry{id, m_settings->value(EmailKey).toString()});
    }
    m_settings->endArray();
}

void RecentUsersModel::save() const
{
    if (!m_settings)
        return;
    m_settings->remove(m_group);
    m_settings->beginWriteArray(m_group, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(IdKey, m_entries.at(i).id);
        m_settings->setValue(EmailKey, m_entries.at(i).email);
    }
    m_settings->endArray();
    m_settings->sync();
}
