#pragma once

#include <QAbstractListModel>

class QSettings;

// Recently opened users, newest first, remembered across restarts in the
// injected QSettings, one list per environment (`scope`, e.g. the selector's
// choice id; empty: one shared list). Holds ids and emails only: never a key or a token.
class RecentUsersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentUsersModel)

public:
    enum Role {
        IdRole = Qt::UserRole,
        EmailRole,
    };
    static constexpr int MaxEntries = 12;

    explicit RecentUsersModel(QSettings *settings, const QString &scope = QString(), QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Moves (or adds) the user to the top and saves.
    void remember(const QString &userId, const QString &email);
    void clearAll();

private:
    struct Entry
    {
        QString id;
        QString email;
    };
    void load();
    void save() const;

    QSettings *m_settings;
    QString m_group;
    QList<Entry> m_entries;
};
