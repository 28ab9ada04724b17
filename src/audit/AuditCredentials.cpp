#include "audit/AuditCredentials.h"

#include "audit/AuditLog.h"
#include "config/SecretStore.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

namespace {
const QString OperatorNameKey = QStringLiteral("audit/operatorName");
}

QString AuditCredentials::keychainKey(const AuditLocation &location)
{
    if (!location.isPostgreSql())
        return QString();
    const QString user = location.user.isEmpty() ? AuditLog::currentOsUser() : location.user;
    const QString database = location.databaseName.isEmpty() ? location.service : location.databaseName;
    return user + QLatin1Char('@') + location.host + QLatin1Char(':') + QString::number(location.port)
        + QLatin1Char('/') + database;
}

QString AuditCredentials::readPassword(const AuditLocation &location, int timeoutMs)
{
    const QString key = keychainKey(location);
    if (key.isEmpty())
        return QString();
    SecretStore secrets(keychainService());
    QEventLoop loop;
    QString password;
    secrets.read(key, &loop, [&password, &loop](const SecretResult &result) {
        if (result.ok())
            password = result.key;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return password;
}

QString AuditCredentials::operatorName(const QSettings &settings)
{
    return settings.value(OperatorNameKey).toString().trimmed();
}

void AuditCredentials::setOperatorName(QSettings *settings, const QString &name)
{
    if (name.trimmed().isEmpty())
        settings->remove(OperatorNameKey);
    else
        settings->setValue(OperatorNameKey, name.trimmed());
    settings->sync();
}
