// AuditLog's connection to its store: the SQLite file, or the PostgreSQL
// server through QPSQL with libpq's password sources first and the keychain's
// password after; the errors say why without the password.
#include "audit/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace {
// libpq's words for a login the server refused for its password.
bool isLoginRefusal(const QString &driverText)
{
    return driverText.contains(QLatin1String("password authentication failed"))
        || driverText.contains(QLatin1String("no password supplied"));
}

} // namespace

bool AuditLog::openConnection(QString *error)
{
    if (!m_locationError.isEmpty()) {
        if (error)
            *error = m_locationError;
        return false;
    }
    if (m_location.isPostgreSql()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            if (error)
                *error = tr("Qt's PostgreSQL driver (QPSQL) is not installed; on Debian: apt install libqt6sql6-psql.");
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setDatabaseName(m_location.databaseName);
        db.setConnectOptions(m_location.connectOptions());
        // libpq's own sources first (PGPASSFILE, ~/.pgpass, service files); the
        // keychain's password only when the server refused the login without it.
        bool opened = db.open();
        if (!opened && isLoginRefusal(db.lastError().text())) {
            if (m_password.isEmpty() && m_passwordSource)
                m_password = m_passwordSource();
            if (!m_password.isEmpty()) {
                db.setPassword(m_password);
                opened = db.open();
            }
        }
        if (!opened) {
            if (error)
                *error = openError(db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        return true;
    }
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
    return true;
}

QString AuditLog::openError(const QString &driverTextIn) const
{
    // libpq's text names the user and host, never the password; it is masked anyway.
    QString driverText = driverTextIn.simplified();
    if (!m_password.isEmpty())
        driverText.replace(m_password, QStringLiteral("***"));
    const QString user = m_location.user.isEmpty() ? currentOsUser() : m_location.user;
    if (isLoginRefusal(driverText) && !m_password.isEmpty())
        return tr("The audit database %1 refused the login: wrong password for \"%2\" (the password stored in the "
                  "keychain through Settings was tried after ~/.pgpass or PGPASSFILE).")
            .arg(m_location.displayName(), user);
    if (isLoginRefusal(driverText))
        return tr("The audit database %1 refused the login: wrong or missing password for \"%2\" (check ~/.pgpass, "
                  "PGPASSFILE or the password in Settings).")
            .arg(m_location.displayName(), user);
    return tr("Cannot reach the audit database %1: %2").arg(m_location.displayName(), driverText);
}

bool AuditLog::test(const QString &location, const QString &password, QString *report)
{
    AuditLog log(location);
    log.setPassword(password);
    QString error;
    if (!log.openConnection(&error)) {
        *report = error;
        return false;
    }
    log.m_open = true;
    const int version = log.schemaVersion();
    const QString where = log.path();
    log.close();
    if (version > SchemaVersion) {
        *report = tr("Connected to %1, but its schema (version %2) was written by a newer Pipes Admin.").arg(where).arg(version);
        return false;
    }
    *report = version <= 0
        ? tr("Connected to %1. The audit tables are created on first use.").arg(where)
        : tr("Connected to %1 (schema version %2).").arg(where).arg(version);
    return true;
}

