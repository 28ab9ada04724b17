#pragma once

#include "audit/AuditLocation.h"
#include "audit/AuditRecord.h"
#include "audit/LinkRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

class QIODevice;
class QSqlDatabase;
class QSqlQuery;

// The audit trail: one row per action, in the embedded SQLite file (WAL, the
// default) or on a shared PostgreSQL server (Qt's QPSQL driver), with the same
// versioned schema on both (table audit_schema; SQLite's user_version too).
// Every disconnect and every generated connect link is written with begin()
// BEFORE its request is sent ("pending") and completed with complete() AFTER
// the answer. A pending row left by a process of this workstation that ended
// without completing it (crash, kill) becomes "outcome_unknown" when the log is
// next opened here: rows never vanish.
//
// Record ids are made by the client, time-ordered (milliseconds since 2024
// and 12 random bits, below 2^53 so JSON readers keep them exact), so many
// workstations write at once without a round trip for an id and a resent
// insert cannot be written twice; the server's own time is kept beside the
// client's. A completion that cannot be written (the server went away) is
// kept in a local crash-safe journal and written when the store is back.
//
// Only on the thread that opened it. The database holds email addresses, so
// the SQLite file is readable by its owner only. It has no column for the API
// key, and the PostgreSQL password is never part of an error text.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    static constexpr int SchemaVersion = 3;

    // `location`: a SQLite file, or a postgresql:// URL (AuditLocation); empty: defaultPath().
    explicit AuditLog(const QString &location = QString(), QObject *parent = nullptr);
    ~AuditLog() override;

    // <AppDataLocation of pipes-admin>/audit.sqlite3, e.g.
    // ~/.local/share/PipesAdmin/pipes-admin/audit.sqlite3 (shared by the CLI).
    // One AuditLog per process: opening a second one on the same file marks
    // the first one's pending rows "outcome_unknown".
    static QString defaultPath();

    // A password read from the OS keychain (PostgreSQL only; libpq's own
    // sources are used when none is set). Kept in memory only.
    void setPassword(const QString &password) { m_password = password; }
    // Where that password comes from when none is set: asked (once) only when
    // the server refused the login with libpq's own sources, e.g. a keychain
    // read (AuditCredentials::readPassword).
    void setPasswordSource(std::function<QString()> source) { m_passwordSource = std::move(source); }
    // Who acts, as the records name them (a display name from Settings); empty: the OS login.
    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const;

    bool open(QString *error = nullptr);
    // Settings' "Test": connects as open() does (libpq's sources first, then
    // `password`) and reads the schema version, changing nothing; *report is
    // a sentence for the user, never with the password. A PostgreSQL store
    // may be tested on any thread (the caller's own connection).
    static bool test(const QString &location, const QString &password, QString *report);
    bool isOpen() const { return m_open; }
    void close();
    // The SQLite file, or the URL without password.
    QString path() const { return m_location.isPostgreSql() ? m_location.displayName() : m_path; }
    const AuditLocation &location() const { return m_location; }
    bool isShared() const { return m_location.isPostgreSql(); }
    // How many pending rows of ended processes open() turned into outcome_unknown.
    int recoveredOnOpen() const { return m_recovered; }

    // The store's state for the status bar: "Audit: local file", "Audit: shared
    // (postgresql://…)", "Audit: unreachable – …"; and whether completions wait in the journal.
    QString stateText() const;
    bool isReachable() const { return m_open && m_reachable; }
    int journaledCount() const;
    // Whether record `id`'s completion waits in this workstation's local journal.
    bool isJournaled(qint64 id) const;
    // How a record reads while its completion waits in a journal: "outcome
    // unknown" (the store still holds the intent only), and why. query() and
    // record() read them so until the journal is written.
    static AuditRecord awaitingJournal(AuditRecord record);
    QString journalPath() const;

    // Writes a pending row (time, operator, OS user, host, process) and returns its id.
    std::optional<qint64> begin(const AuditEntry &entry, QString *error = nullptr);
    // False when the completion could not be written to the store. When the
    // store is unreachable the completion is kept in the local journal
    // (*journaled true) and written on the next successful write or open.
    bool complete(qint64 id, const AuditCompletion &completion, QString *error = nullptr, bool *journaled = nullptr);
    // Writes the journal's completions; the number still waiting.
    int flushJournal();

    // Copies every record of `source` (another store, e.g. a workstation's
    // SQLite history) that this store does not hold yet (same session, start
    // time and host), keeping its times and ids where they are free.
    struct ImportResult
    {
        int copied = 0;
        int alreadyThere = 0;
    };
    std::optional<ImportResult> importFrom(const AuditLog &source, QString *error = nullptr);

    // What other operators (another operator name or another workstation) did
    // to this user's provider connection in the last `minutes`, newest first.
    QList<AuditRecord> recentByOthers(const QString &userId, const QString &providerSlug,
                                      const QString &organizationId, int minutes) const;

    // Newest first.
    QList<AuditRecord> query(const AuditFilter &filter) const;
    int count(const AuditFilter &filter) const;
    std::optional<AuditRecord> record(qint64 id) const;
    // Changes whenever a record is added or completed, by any workstation
    // (the newest id, the count and the completed count): what History polls.
    QString changeStamp() const;

    // Every matching row (ignoring filter.limit), as CSV with a header line.
    bool exportCsv(const AuditFilter &filter, QIODevice *device, QString *error = nullptr) const;
    static QByteArray csvHeader();
    static QByteArray csvRow(const AuditRecord &record);

    // Connect links followed to the end (table links, see LinkRecord).
    // Writes a new waiting link (its id, issue time, operator and workstation
    // are filled in here); older waiting links of the same environment, owner,
    // organization scope, provider, connection and intent become superseded.
    std::optional<qint64> addLink(const LinkRecord &link, QString *error = nullptr);
    // Newest first.
    QList<LinkRecord> links(const LinkFilter &filter) const;
    std::optional<LinkRecord> link(qint64 id) const;
    // Moves a waiting link to `state` (completed, closed); false when it was not
    // waiting (a completed, superseded or closed link stays so) or on an error.
    bool setLinkState(qint64 id, LinkState state, const QString &completedConnectionId = QString(),
                      QString *error = nullptr);
    // When a waiting link was last checked against the API.
    void markLinkChecked(qint64 id, const QDateTime &at);

    QString journalMode() const;
    int schemaVersion() const;

    static QString currentOsUser();
    static QString currentHost();
    // A new time-ordered id, strictly increasing within this process.
    static qint64 newRecordId();

Q_SIGNALS:
    // A row was added (begin) or completed.
    void recordChanged(qint64 id);
    // stateText() changed (the server went away or came back, the journal grew or emptied).
    void stateChanged();
    // A link was added, superseded, completed or closed (by this process).
    void linksChanged();

private:
    QSqlDatabase database() const;
    bool openConnection(QString *error);
    bool createSchema(QString *error);
    bool migrateFromVersion1(QString *error);
    bool createTables(QSqlQuery &q, QString *error);
    bool createLinksTable(QSqlQuery &q, QString *error);
    int recoverAbandoned();
    QString serverTimeExpression() const;
    QString openError(const QString &driverText) const;
    // Runs a prepared statement; on a lost connection reopens once and runs it again.
    bool execWithReconnect(const QString &sql, const QVariantList &values, QSqlQuery *result,
                           bool *reconnected = nullptr);
    void setReachable(bool reachable);
    bool writeCompletion(qint64 id, const QString &completedAt, const AuditCompletion &completion, QString *error);
    bool journal(qint64 id, const QString &completedAt, const AuditCompletion &completion);
    QSet<qint64> journaledIds() const;
    static void readJournaledAsUnknown(const QSet<qint64> &journaled, QList<AuditRecord> *records);

    QString m_locationError; // before m_location: parse() writes it
    AuditLocation m_location;
    QString m_path;
    QString m_connection;
    QString m_session;
    QString m_password;
    std::function<QString()> m_passwordSource;
    QString m_operator;
    bool m_open = false;
    bool m_reachable = true;
    bool m_flushing = false;
    int m_recovered = 0;
};
