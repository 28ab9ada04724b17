#include "audit/AuditLog.h"

#include "core/TimeText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <cerrno>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace {
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// For the NOT NULL DEFAULT '' columns: an empty text, never NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
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

// A duplicate primary key: SQLSTATE 23505 (PostgreSQL), "UNIQUE constraint failed" (SQLite).
bool isDuplicateKey(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("23505") || error.nativeErrorCode() == QLatin1String("1555")
        || error.nativeErrorCode() == QLatin1String("2067");
}
} // namespace

AuditLog::AuditLog(const QString &location, QObject *parent)
    : QObject(parent)
    , m_location(AuditLocation::parse(location, &m_locationError))
    , m_connection(QStringLiteral("pipes-audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_path = m_location.isPostgreSql() ? QString() : (m_location.path.isEmpty() ? defaultPath() : m_location.path);
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

QString AuditLog::operatorName() const
{
    return m_operator.trimmed().isEmpty() ? currentOsUser() : m_operator.trimmed();
}

qint64 AuditLog::newRecordId()
{
    static std::atomic<qint64> last{0};
    constexpr qint64 Epoch = 1704067200000; // 2024-01-01T00:00:00Z
    const qint64 candidate = ((QDateTime::currentMSecsSinceEpoch() - Epoch) << 12)
        | qint64(QRandomGenerator::system()->bounded(4096u));
    qint64 previous = last.load();
    qint64 next = 0;
    do {
        next = std::max(candidate, previous + 1);
    } while (!last.compare_exchange_weak(previous, next));
    return next;
}

bool AuditLog::open(QString *error)
{
    if (m_open)
        return true;
    if (!openConnection(error))
        return false;
    m_open = true;
    QString why;
    if (!createSchema(&why)) {
        if (error)
            *error = tr("The audit log %1 cannot be used: %2").arg(path(), why);
        close();
        return false;
    }
    m_reachable = true;
    m_recovered = recoverAbandoned();
    flushJournal();
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

void AuditLog::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    Q_EMIT stateChanged();
}

bool AuditLog::execWithReconnect(const QString &sql, const QVariantList &values, QSqlQuery *result,
                                 bool *reconnected)
{
    if (reconnected)
        *reconnected = false;
    auto run = [&sql, &values](QSqlQuery &q) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    };
    QSqlDatabase db = database();
    const bool wasAway = !m_reachable;
    if (!db.isOpen() && !db.open()) { // still away since the last attempt
        setReachable(false);
        *result = QSqlQuery();
        return false;
    }
    *result = QSqlQuery(db);
    if (run(*result)) {
        setReachable(true);
        if (wasAway) // back: the completions that waited go in now
            flushJournal();
        return true;
    }
    const QSqlError failure = result->lastError();
    const bool lost = m_location.isPostgreSql()
        && (failure.type() == QSqlError::ConnectionError || !db.isOpen() || failure.nativeErrorCode().isEmpty()
            || failure.nativeErrorCode().startsWith(QLatin1String("08"))
            || failure.nativeErrorCode().startsWith(QLatin1String("57P")));
    if (!lost)
        return false;
    // The server went away (restart, network): one new connection, the statement once more.
    db.close();
    if (!db.open()) {
        setReachable(false);
        return false;
    }
    if (reconnected)
        *reconnected = true;
    *result = QSqlQuery(db);
    const bool ok = run(*result);
    setReachable(ok || result->lastError().type() != QSqlError::ConnectionError);
    if (ok)
        flushJournal();
    return ok;
}

QString AuditLog::serverTimeExpression() const
{
    return m_location.isPostgreSql()
        ? QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
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
        // Only this workstation's processes can be seen to have ended: other
        // workstations' pending rows are theirs. Still running here: leave its
        // rows alone. Another AuditLog of this very process (a different session) has been closed.
        if (q.value(2).toString() != host)
            continue;
        const bool running = pid != self && processAlive(pid);
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
    for (int attempt = 0; attempt < 4; ++attempt) {
        const qint64 id = newRecordId();
        const QString sql = QStringLiteral("INSERT INTO actions (id, started_at, server_time, os_user, operator_name, host, "
                                 "process_id, session, environment, user_id, user_email, provider, organization_id, "
                                 "connection_id, connection_label, owner_kind, action, outcome, batch_id, reason) "
                                 "VALUES (?, ?, %1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)")
                                .arg(serverTimeExpression());
        QVariantList values;
        values.append(id);
        values.append(TimeText::isoUtc(QDateTime::currentDateTimeUtc()));
        values.append(currentOsUser());
        values.append(operatorName());
        values.append(currentHost());
        values.append(QCoreApplication::applicationPid());
        values.append(m_session);
        values.append(nullable(entry.environment));
        values.append(nullable(entry.userId));
        values.append(nullable(entry.userEmail));
        values.append(nullable(entry.providerSlug));
        values.append(nullable(entry.organizationId));
        values.append(notNull(entry.connectionId));
        values.append(notNull(entry.connectionLabel));
        values.append(notNull(entry.ownerKind));
        values.append(AuditNames::action(entry.action));
        values.append(nullable(entry.batchId));
        values.append(nullable(entry.reason));
        bool reconnected = false;
        QSqlQuery q;
        if (execWithReconnect(sql, values, &q, &reconnected)) {
            Q_EMIT recordChanged(id);
            return id;
        }
        if (isDuplicateKey(q.lastError())) {
            // Resent after a lost answer: the first insert landed (same id, this session).
            if (reconnected) {
                const std::optional<AuditRecord> landed = record(id);
                if (landed && landed->processId == QCoreApplication::applicationPid()) {
                    Q_EMIT recordChanged(id);
                    return id;
                }
            }
            continue; // another writer's id in the same millisecond: a new one
        }
        if (error) {
            const QString why = q.lastError().isValid() ? q.lastError().text() : database().lastError().text();
            *error = m_reachable ? why
                                 : tr("The audit database %1 cannot be reached: %2")
                                       .arg(m_location.displayName(), why.simplified());
        }
        return std::nullopt;
    }
    if (error)
        *error = tr("No free audit record id was found.");
    return std::nullopt;
}

bool AuditLog::complete(qint64 id, const AuditCompletion &completion, QString *error, bool *journaled)
{
    if (journaled)
        *journaled = false;
    if (!m_open) {
        if (error)
            *error = tr("The audit log is not open.");
        return false;
    }
    const QString completedAt = TimeText::isoUtc(QDateTime::currentDateTimeUtc());
    if (writeCompletion(id, completedAt, completion, error)) {
        Q_EMIT recordChanged(id);
        return true;
    }
    if (m_location.isPostgreSql() && !m_reachable && journal(id, completedAt, completion)) {
        if (journaled)
            *journaled = true;
        if (error)
            *error = tr("The audit database is unreachable: the outcome of record %1 is kept in %2 and written when "
                        "it is back.")
                         .arg(id)
                         .arg(journalPath());
        Q_EMIT recordChanged(id); // it reads "outcome unknown" now
        Q_EMIT stateChanged();
        return false;
    }
    return false;
}

bool AuditLog::writeCompletion(qint64 id, const QString &completedAt, const AuditCompletion &completion, QString *error)
{
    const QVariantList values{completedAt, AuditNames::outcome(completion.outcome),
                              completion.httpStatus > 0 ? QVariant(completion.httpStatus)
                                                        : QVariant(QMetaType(QMetaType::Int)),
                              nullable(completion.requestId), nullable(completion.detail), id};
    QSqlQuery q;
    if (!execWithReconnect(QStringLiteral("UPDATE actions SET completed_at = ?, outcome = ?, http_status = ?, "
                                          "request_id = ?, detail = ? WHERE id = ?"),
                           values, &q)
        || q.numRowsAffected() != 1) {
        if (error)
            *error = q.lastError().isValid() ? q.lastError().text() : tr("No audit record %1.").arg(id);
        return false;
    }
    return true;
}
