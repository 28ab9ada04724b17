#pragma once

#include "audit/AuditLocation.h"

#include <QCoreApplication>
#include <QString>

class QSettings;

// What Settings keeps for the audit trail, and where:
// - the PostgreSQL password of a shared store, in the OS keychain only
//   (SecretStore, service "pipes-admin-audit", key USER@HOST:PORT/DBNAME),
//   never in a settings file;
// - the operator's display name, in QSettings ("audit/operatorName"), which
//   the records name instead of the OS login (the login is kept beside it).
// The GUI and pipes-admin-cli read the same entries.
class AuditCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(AuditCredentials)

public:
    static QString keychainService() { return QStringLiteral("pipes-admin-audit"); }
    // USER@HOST:PORT/DBNAME (USER: the OS login when the URL names none, as libpq does);
    // empty for a SQLite file, which has no password.
    static QString keychainKey(const AuditLocation &location);

    // The password stored for `location`, waiting for the keychain in a local
    // event loop (QtKeychain answers asynchronously; events keep being
    // processed meanwhile). Empty when none is stored, the keychain cannot be
    // used or it does not answer within `timeoutMs`: libpq's own sources
    // (PGPASSFILE, ~/.pgpass, service files) are then all there is.
    static QString readPassword(const AuditLocation &location, int timeoutMs = 10000);

    static QString operatorName(const QSettings &settings);
    static void setOperatorName(QSettings *settings, const QString &name);
};
