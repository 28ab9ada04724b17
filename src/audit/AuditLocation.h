#pragma once

#include <QCoreApplication>
#include <QString>

// Where the audit trail is kept: the embedded SQLite file (the default) or a
// shared PostgreSQL server named by a URL
//   postgresql://USER@HOST:PORT/DBNAME[?sslmode=...]
// The URL never holds a password: libpq finds it (PGPASSFILE, ~/.pgpass,
// service files) or the caller sets one read from the OS keychain.
struct AuditLocation final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLocation)

public:
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;
    QString path;         // SQLite: the file (empty: AuditLog::defaultPath())
    QString user;         // PostgreSQL: the login (empty: libpq's default, the OS login)
    QString host;
    int port = 5432;
    QString databaseName;
    QString sslMode;      // as given, or the default: "prefer" on loopback, "verify-full" elsewhere
    QString service;      // ?service=NAME (a pg_service.conf entry)

    bool isPostgreSql() const { return backend == Backend::PostgreSql; }
    // The URL without any password, or the file path: safe for logs, errors and the status bar.
    QString displayName() const;
    // What parse() reads back to the same location (sslmode and service
    // included): never a password, there is no field for one.
    QString toText() const;
    // The connect options handed to QPSQL (sslmode, timeouts, application name).
    QString connectOptions() const;

    // A postgresql:// (or postgres://) URL, or a file path. A URL with a
    // password, an unknown sslmode or no database is refused with *error.
    static AuditLocation parse(const QString &text, QString *error);
    static bool isUrl(const QString &text);

    // Which store a process uses: the provisioning file's [audit] database
    // when the file is locked, else PIPES_ADMIN_AUDIT_DATABASE, else the
    // provisioning file's value, else the SQLite file (PIPES_ADMIN_AUDIT_DB or the default).
    static QString choose(const QString &provisioned, bool provisioningLocked, const QString &databaseVariable,
                          const QString &sqlitePath);
    // The same, read from this process's environment variables and the system provisioning file.
    static QString fromProcess();
};
