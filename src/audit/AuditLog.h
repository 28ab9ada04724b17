#pragma once

#include "audit/AuditRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <optional>

class QIODevice;
class QSqlDatabase;

// The local audit trail: a SQLite database (WAL, schema version in
// PRAGMA user_version) with one row per action. Every disconnect and every
// generated connect link is written with begin() BEFORE its request is sent
// ("pending") and completed with complete() AFTER the answer. A pending row
// left by a process that ended without completing it (crash, kill) becomes
// "outcome_unknown" when the log is next opened: rows never vanish.
//
// Only on the thread that opened it. The database holds email addresses, so
// the file is readable by its owner only. It has no column for the API key.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    static constexpr int SchemaVersion = 1;

    // `path` empty: defaultPath().
    explicit AuditLog(const QString &path = QString(), QObject *parent = nullptr);
    ~AuditLog() override;

    // <AppDataLocation of pipes-admin>/audit.sqlite3, e.g.
    // ~/.local/share/PipesAdmin/pipes-admin/audit.sqlite3 (shared by the CLI).
    // One AuditLog per process: opening a second one on the same file marks
    // the first one's pending rows "outcome_unknown".
    static QString defaultPath();

    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    void close();
    QString path() const { return m_path; }
    // How many pending rows of ended processes open() turned into outcome_unknown.
    int recoveredOnOpen() const { return m_recovered; }

    // Writes a pending row (time, OS user, host, process) and returns its id.
    std::optional<qint64> begin(const AuditEntry &entry, QString *error = nullptr);
    bool complete(qint64 id, const AuditCompletion &completion, QString *error = nullptr);

    // Newest first.
    QList<AuditRecord> query(const AuditFilter &filter) const;
    int count(const AuditFilter &filter) const;
    std::optional<AuditRecord> record(qint64 id) const;

    // Every matching row (ignoring filter.limit), as CSV with a header line.
    bool exportCsv(const AuditFilter &filter, QIODevice *device, QString *error = nullptr) const;
    static QByteArray csvHeader();
    static QByteArray csvRow(const AuditRecord &record);

    QString journalMode() const;
    int schemaVersion() const;

    static QString currentOsUser();
    static QString currentHost();

Q_SIGNALS:
    // A row was added (begin) or completed.
    void recordChanged(qint64 id);

private:
    QSqlDatabase database() const;
    bool createSchema(QString *error);
    int recoverAbandoned();

    QString m_path;
    QString m_connection;
    QString m_session;
    bool m_open = false;
    int m_recovered = 0;
};
