// AuditLog's schema: the same tables and columns on SQLite and PostgreSQL,
// its version in audit_schema (and SQLite's user_version), and the migration
// from the first, SQLite-only schema.
#include "audit/AuditLog.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exec(QSqlQuery &q, const QStringList &statements, QString *error)
{
    for (const QString &sql : statements) {
        if (!exec(q, sql, error))
            return false;
    }
    return true;
}

// Version 2: client-made ids, the server's time, operator and workstation,
// the connected account acted on.
const QString &actionsTable()
{
    static const QString sql = QStringLiteral(
        "CREATE TABLE actions ("
        " id BIGINT NOT NULL PRIMARY KEY,"
        " started_at TEXT NOT NULL, completed_at TEXT, server_time TEXT,"
        " os_user TEXT, operator_name TEXT, host TEXT, process_id BIGINT, session TEXT,"
        " environment TEXT, user_id TEXT, user_email TEXT, provider TEXT, organization_id TEXT,"
        " connection_id TEXT NOT NULL DEFAULT '', connection_label TEXT NOT NULL DEFAULT '',"
        " owner_kind TEXT NOT NULL DEFAULT '',"
        " action TEXT NOT NULL, outcome TEXT NOT NULL, http_status INTEGER, request_id TEXT,"
        " batch_id TEXT, reason TEXT, detail TEXT)");
    return sql;
}

// Version 3: the connect links followed to the end (LinkRecord). No URL, key or token column.
const QStringList &linksTable()
{
    static const QStringList sql{
        QStringLiteral("CREATE TABLE IF NOT EXISTS links ("
                       " id BIGINT NOT NULL PRIMARY KEY,"
                       " environment TEXT NOT NULL, owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL,"
                       " user_id TEXT NOT NULL DEFAULT '', user_email TEXT NOT NULL DEFAULT '',"
                       " organization_id TEXT NOT NULL DEFAULT '', provider TEXT NOT NULL,"
                       " connection_id TEXT NOT NULL DEFAULT '', connection_label TEXT NOT NULL DEFAULT '',"
                       " intent TEXT NOT NULL, issued_at TEXT NOT NULL,"
                       " operator_name TEXT, os_user TEXT, host TEXT, ticket TEXT, audit_id BIGINT,"
                       " state TEXT NOT NULL, state_changed_at TEXT NOT NULL,"
                       " completed_connection_id TEXT NOT NULL DEFAULT '', last_checked_at TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS links_state ON links(state)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS links_target ON links(environment, owner_id, provider)"),
    };
    return sql;
}

const QStringList &indexes()
{
    static const QStringList sql{
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_started ON actions(started_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_user ON actions(user_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_outcome ON actions(outcome)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_operator ON actions(operator_name)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS actions_host ON actions(host)"),
    };
    return sql;
}
} // namespace

int AuditLog::schemaVersion() const
{
    QSqlQuery q(database());
    // Asked without an error when the table is missing (an error would abort PostgreSQL's transaction).
    const QString exists = m_location.isPostgreSql()
        ? QStringLiteral("SELECT to_regclass('audit_schema') IS NOT NULL")
        : QStringLiteral("SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'audit_schema'");
    if (!q.exec(exists) || !q.next())
        return -1;
    if (q.value(0).toBool() && q.exec(QStringLiteral("SELECT MAX(version) FROM audit_schema")) && q.next()
        && !q.value(0).isNull())
        return q.value(0).toInt();
    if (m_location.isPostgreSql())
        return 0;
    // SQLite before audit_schema: version 1 or an empty file.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString AuditLog::journalMode() const
{
    if (m_location.isPostgreSql())
        return QString();
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return QString();
    return q.value(0).toString();
}

bool AuditLog::createTables(QSqlQuery &q, QString *error)
{
    QStringList statements{actionsTable()};
    statements << indexes();
    return exec(q, statements, error) && createLinksTable(q, error);
}

// Version 2 to 3 (and the end of every other path): the links table, the version.
bool AuditLog::createLinksTable(QSqlQuery &q, QString *error)
{
    QStringList statements = linksTable();
    statements << QStringLiteral("CREATE TABLE IF NOT EXISTS audit_schema (version INTEGER NOT NULL)")
               << QStringLiteral("DELETE FROM audit_schema")
               << QStringLiteral("INSERT INTO audit_schema (version) VALUES (%1)").arg(SchemaVersion);
    if (!m_location.isPostgreSql())
        statements << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);
    return exec(q, statements, error);
}

bool AuditLog::migrateFromVersion1(QString *error)
{
    // The first schema (SQLite only): the same rows under their old ids
    // (below every new one, so the order stays), the OS login as the operator.
    QSqlQuery q(database());
    const QStringList before{
        QStringLiteral("ALTER TABLE actions RENAME TO actions_v1"),
        QStringLiteral("DROP INDEX IF EXISTS actions_started"),
        QStringLiteral("DROP INDEX IF EXISTS actions_user"),
        QStringLiteral("DROP INDEX IF EXISTS actions_outcome"),
    };
    for (const QString &sql : before) {
        if (!exec(q, sql, error))
            return false;
    }
    if (!createTables(q, error))
        return false;
    return exec(q,
                QStringLiteral("INSERT INTO actions (id, started_at, completed_at, os_user, operator_name, host, "
                               "process_id, session, environment, user_id, user_email, provider, organization_id, "
                               "action, outcome, http_status, request_id, batch_id, reason, detail) "
                               "SELECT id, started_at, completed_at, os_user, os_user, host, process_id, session, "
                               "environment, user_id, user_email, provider, organization_id, action, outcome, "
                               "http_status, request_id, batch_id, reason, detail FROM actions_v1"),
                error)
        && exec(q, QStringLiteral("DROP TABLE actions_v1"), error);
}

bool AuditLog::createSchema(QString *error)
{
    QSqlQuery q(database());
    const bool shared = m_location.isPostgreSql();
    if (!shared) {
        if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL"), error))
            return false;
        exec(q, QStringLiteral("PRAGMA synchronous=FULL"), nullptr);
    }
    int version = schemaVersion();
    if (version > SchemaVersion) {
        if (error)
            *error = tr("it was written by a newer version of Pipes Admin (schema %1).").arg(version);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (shared) {
        // Workstations starting at once: one creates the schema, the others wait and find it.
        exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(72203171)"), nullptr);
        version = schemaVersion();
        if (version == SchemaVersion)
            return db.commit();
    }
    QString why;
    const bool ok = version == 1 ? migrateFromVersion1(&why)
        : version == 2           ? createLinksTable(q, &why)
                                 : createTables(q, &why);
    if (!ok) {
        db.rollback();
        if (error) {
            // PostgreSQL's insufficient_privilege: say which grant is missing.
            if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
                *error = tr("the login \"%1\" may not create the audit tables (%2); an administrator grants it "
                            "CREATE on the database's schema, or creates them once with this program, then grants "
                            "SELECT, INSERT, UPDATE on actions and links and SELECT on audit_schema.")
                             .arg(m_location.user, why.simplified());
            else
                *error = why;
        }
        return false;
    }
    return db.commit();
}
