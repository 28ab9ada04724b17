#include "audit/AuditLog.h"

#include "core/TimeText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace {
constexpr auto Columns = "id, started_at, completed_at, os_user, host, process_id, environment, user_id, user_email, "
                         "provider, organization_id, action, outcome, http_status, request_id, batch_id, reason, detail";

QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool processAlive(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid)
    return false;
#endif
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = timeFrom(q.value(1));
    r.completedAt = timeFrom(q.value(2));
    r.osUser = q.value(3).toString();
    r.host = q.value(4).toString();
    r.processId = q.value(5).toLongLong();
    r.entry.environment = q.value(6).toString();
    r.entry.userId = q.value(7).toString();
    r.entry.userEmail = q.value(8).toString();
    r.entry.providerSlug = q.value(9).toString();
    r.entry.organizationId = q.value(10).toString();
    AuditNames::actionFromName(q.value(11).toString(), &r.entry.action);
    r.completion.outcome = AuditOutcome::Unknown;
    AuditNames::outcomeFromName(q.value(12).toString(), &r.completion.outcome);
    r.completion.httpStatus = q.value(13).toInt();
    r.completion.requestId = q.value(14).toString();
    r.entry.batchId = q.value(15).toString();
    r.entry.reason = q.value(16).toString();
    r.completion.detail = q.value(17).toString();
    return r;
}

// WHERE clause and its bound values for a filter.
QString whereClause(const AuditFilter &f, QVariantList *values)
{
    QStringList terms;
    if (f.from.isValid()) {
        terms << QStringLiteral("started_at >= ?");
        values->append(TimeText::isoUtc(f.from));
    }
    if (f.to.isValid()) {
        terms << QStringLiteral("started_at < ?");
        values->append(TimeText::isoUtc(f.to));
    }
    if (!f.userId.isEmpty()) {
        terms << QStringLiteral("(user_id = ? OR user_email LIKE ? ESCAPE '\\')");
        QString pattern = f.userId;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        values->append(f.userId);
        values->append(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    if (!f.providerSlug.isEmpty()) {
        terms << QStringLiteral("provider = ?");
        values->append(f.providerSlug);
    }
    if (!f.environment.isEmpty()) {
        terms << QStringLiteral("environment = ?");
        values->append(f.environment);
    }
    if (!f.actions.isEmpty()) {
        QStringList marks;
        for (const AuditAction a : f.actions) {
            marks << QStringLiteral("?");
            values->append(AuditNames::action(a));
        }
        terms << QStringLiteral("action IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!f.outcomes.isEmpty()) {
        QStringList marks;
        for (const AuditOutcome o : f.outcomes) {
            marks << QStringLiteral("?");
            values->append(AuditNames::outcome(o));
        }
        terms << QStringLiteral("outcome IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (f.beforeId > 0) {
        terms << QStringLiteral("id < ?");
        values->append(f.beforeId);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}
} // namespace

AuditLog::AuditLog(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? defaultPath() : path)
    , m_connection(QStringLiteral("pipes-audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AuditLog::~AuditLog()
{
    close();
}

QString AuditLog::defaultPath()
{
    // The desktop application's AppDataLocation, also when called from
    // pipes-admin-cli (another application name): one history for both.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("PipesAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pipes-admin"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder + QStringLiteral("/audit.sqlite3");
}

QSqlDatabase AuditLog::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

QString AuditLog::currentHost()
{
    return QSysInfo::machineHostName();
}

bool AuditLog::open(QString *error)
{
    if (m_open)
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    const bool existed = info.exists();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open the audit log %1: %2").arg(m_path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
    }
    if (!existed)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_open = true;
    QString why;
    if (!createSchema(&why)) {
        if (error)
            *error = tr("The audit log %1 cannot be used: %2").arg(m_path, why);
        close();
        return false;
    }
    m_recovered = recoverAbandoned();
    return true;
}

void AuditLog::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_open = false;
}

bool AuditLog::createSchema(QString *error)
{
    QSqlQuery q(database());
    if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error))
        return false;
    exec(q, QStringLiteral("PRAGMA synchronous=FULL"), nullptr);
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        if (error)
            *error = tr("it was written by a newer version of Pipes Admin (schema %1).").arg(version);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    QSqlDatabase db = database();
    db.transaction();
    const QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS actions ("
                       " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " started_at TEXT NOT NULL, completed_at TEXT,"
                       " os_user TEXT, host TEXT, process_id INTEGER, session TEXT,"
                       " environment TEXT, user_id TEXT, user_email TEXT, provider TEXT, organization_id TEXT,"
                       " action TEXT NOT NULL, outcome TEXT NOT NULL, http_status INTEGER, request_id TEXT,"
                       " batch_id TEXT, reason TEXT, detail TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_started ON actions(started_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_user ON actions(user_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_outcome ON actions(outcome)"),
        QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion),
    };
    for (const QString &sql : statements) {
        if (!exec(q, sql, error)) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

int AuditLog::recoverAbandoned()
{
    QSqlQuery q(database());
    q.exec(QStringLiteral("SELECT DISTINCT session, process_id, host FROM actions WHERE outcome = 'pending'"));
    QStringList ended;
    const QString host = currentHost();
    const qint64 self = QCoreApplication::applicationPid();
    while (q.next()) {
        const QString session = q.value(0).toString();
        const qint64 pid = q.value(1).toLongLong();
        // Still running elsewhere on this computer: leave its rows alone. Another
        // AuditLog of this very process (a different session) has been closed.
        const bool running = q.value(2).toString() == host && pid != self && processAlive(pid);
        if (session != m_session && !running)
            ended << session;
    }
    int recovered = 0;
    for (const QString &session : std::as_const(ended)) {
        QSqlQuery update(database());
        update.prepare(QStringLiteral("UPDATE actions SET outcome = 'outcome_unknown', detail = ? "
                                      "WHERE outcome = 'pending' AND session = ?"));
        update.addBindValue(tr("The program ended (crash or kill) before the answer was recorded: check the "
                               "account's current state."));
        update.addBindValue(session);
        if (update.exec())
            recovered += update.numRowsAffected();
    }
    return recovered;
}

std::optional<qint64> AuditLog::begin(const AuditEntry &entry, QString *error)
{
    if (!m_open) {
        if (error)
            *error = tr("The audit log is not open.");
        return std::nullopt;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("INSERT INTO actions (started_at, os_user, host, process_id, session, environment, "
                             "user_id, user_email, provider, organization_id, action, outcome, batch_id, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    q.addBindValue(TimeText::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(currentOsUser());
    q.addBindValue(currentHost());
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(m_session);
    q.addBindValue(nullable(entry.environment));
    q.addBindValue(nullable(entry.userId));
    q.addBindValue(nullable(entry.userEmail));
    q.addBindValue(nullable(entry.providerSlug));
    q.addBindValue(nullable(entry.organizationId));
    q.addBindValue(AuditNames::action(entry.action));
    q.addBindValue(nullable(entry.batchId));
    q.addBindValue(nullable(entry.reason));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT recordChanged(id);
    return id;
}

bool AuditLog::complete(qint64 id, const AuditCompletion &completion, QString *error)
{
    if (!m_open) {
        if (error)
            *error = tr("The audit log is not open.");
        return false;
    }
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE actions SET completed_at = ?, outcome = ?, http_status = ?, request_id = ?, "
                             "detail = ? WHERE id = ?"));
    q.addBindValue(TimeText::isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(AuditNames::outcome(completion.outcome));
    q.addBindValue(completion.httpStatus > 0 ? QVariant(completion.httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(nullable(completion.requestId));
    q.addBindValue(nullable(completion.detail));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("No audit record %1.").arg(id);
        return false;
    }
    Q_EMIT recordChanged(id);
    return true;
}

QList<AuditRecord> AuditLog::query(const AuditFilter &filter) const
{
    QList<AuditRecord> records;
    if (!m_open)
        return records;
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1 FROM actions").arg(QLatin1String(Columns)) + whereClause(filter, &values)
        + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return records;
    while (q.next())
        records.append(recordFrom(q));
    return records;
}

int AuditLog::count(const AuditFilter &filter) const
{
    if (!m_open)
        return 0;
    QVariantList values;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM actions") + whereClause(filter, &values));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<AuditRecord> AuditLog::record(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(Columns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QString AuditLog::journalMode() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return QString();
    return q.value(0).toString();
}

int AuditLog::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}
