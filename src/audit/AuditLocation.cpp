#include "audit/AuditLocation.h"

#include "config/ProvisioningFile.h"

#include <QHostAddress>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {
bool isLoopback(const QString &host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost"))
        return true; // a Unix socket or the local machine
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const QStringList &sslModes()
{
    static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                   QStringLiteral("require"), QStringLiteral("verify-ca"),
                                   QStringLiteral("verify-full")};
    return modes;
}
} // namespace

bool AuditLocation::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

AuditLocation AuditLocation::parse(const QString &textIn, QString *error)
{
    const QString text = textIn.trimmed();
    AuditLocation location;
    if (!isUrl(text)) {
        location.path = text;
        return location;
    }
    location.backend = Backend::PostgreSql;
    const QUrl url(text, QUrl::StrictMode);
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return AuditLocation();
    };
    if (!url.isValid())
        return fail(tr("The audit database URL is not valid: postgresql://USER@HOST:PORT/DBNAME expected."));
    if (!url.password().isEmpty()) {
        // Said without repeating the URL: it holds the password.
        return fail(tr("The audit database URL must not contain a password: put it in ~/.pgpass (or PGPASSFILE) "
                       "or in the keychain through Settings."));
    }
    location.user = url.userName();
    location.host = url.host();
    location.port = url.port(5432);
    location.databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    location.service = query.queryItemValue(QStringLiteral("service"));
    if (location.databaseName.isEmpty() && location.service.isEmpty())
        return fail(tr("The audit database URL names no database: postgresql://USER@HOST:PORT/DBNAME expected."));
    location.sslMode = query.queryItemValue(QStringLiteral("sslmode"));
    if (location.sslMode.isEmpty())
        location.sslMode = isLoopback(location.host) ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (!sslModes().contains(location.sslMode))
        return fail(tr("Unknown sslmode \"%1\" in the audit database URL (one of %2).")
                        .arg(location.sslMode, sslModes().join(QStringLiteral(", "))));
    return location;
}

QString AuditLocation::displayName() const
{
    if (!isPostgreSql())
        return path;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return text;
}

QString AuditLocation::toText() const
{
    if (!isPostgreSql())
        return path;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), service);
    return displayName() + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

QString AuditLocation::connectOptions() const
{
    // connect_timeout: libpq's smallest (2 s, per host address); a server that does not
    // answer would otherwise hold the caller (at start, at a first write) for longer.
    QStringList options{QStringLiteral("sslmode=") + sslMode, QStringLiteral("connect_timeout=2"),
                        QStringLiteral("application_name=pipes-admin")};
    if (!service.isEmpty())
        options << QStringLiteral("service=") + service;
    return options.join(QLatin1Char(';'));
}

QString AuditLocation::choose(const QString &provisioned, bool provisioningLocked, const QString &databaseVariable,
                              const QString &sqlitePath)
{
    if (!provisioned.isEmpty() && provisioningLocked)
        return provisioned;
    if (!databaseVariable.isEmpty())
        return databaseVariable;
    if (!provisioned.isEmpty())
        return provisioned;
    return sqlitePath;
}

QString AuditLocation::fromProcess()
{
    const Provisioning provisioning = ProvisioningFile::read(ProvisioningFile::locateSystemFile());
    return choose(provisioning.auditDatabase, provisioning.locked,
                  qEnvironmentVariable("PIPES_ADMIN_AUDIT_DATABASE").trimmed(),
                  qEnvironmentVariable("PIPES_ADMIN_AUDIT_DB").trimmed());
}
