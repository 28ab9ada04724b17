#include "config/ProvisioningFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
// QSettings splits unquoted values at commas into a QStringList.
QString stringValue(const QSettings &settings, const QString &key)
{
    const QVariant v = settings.value(key);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", ")).trimmed();
    return v.toString().trimmed();
}

bool boolValue(const QSettings &settings, const QString &key)
{
    const QString v = stringValue(settings, key).toLower();
    return v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("yes");
}
// A body keeps its text as written (INI escapes such as \\n are line breaks);
// an unquoted value with commas comes back from QSettings in pieces.
QString textValue(const QSettings &settings, const QString &key)
{
    const QVariant v = settings.value(key);
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    return v.toString();
}

LinkMessageTemplate readLinkMessage(const QSettings &settings)
{
    LinkMessageTemplate message;
    message.subject = textValue(settings, QStringLiteral("messages/subject")).trimmed();
    message.body = textValue(settings, QStringLiteral("messages/body"));
    return message;
}
} // namespace

QString ProvisioningFile::relativePath()
{
    return QStringLiteral("PipesAdmin/provisioning.conf");
}

QStringList ProvisioningFile::systemCandidates()
{
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.trimmed().isEmpty())
        dirs = QStringLiteral("/etc/xdg");
    QStringList result;
    const QStringList parts = dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &dir : parts) {
        if (!QDir::isAbsolutePath(dir))
            continue; // the XDG spec says relative entries are invalid
        result.append(QDir(dir).filePath(relativePath()));
    }
    return result;
}

QString ProvisioningFile::locateSystemFile()
{
    const QStringList candidates = systemCandidates();
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

Provisioning ProvisioningFile::read(const QString &path)
{
    Provisioning result;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return result;
    result.path = path;

    const QFileInfo info(path);
    if (!info.isReadable()) {
        result.locked = true;
        result.problems.append(tr("The provisioning file %1 cannot be read; environments are locked.").arg(path));
        return result;
    }

    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.locked = true;
        result.problems.append(tr("The provisioning file %1 is not valid; environments are locked.").arg(path));
        return result;
    }

    result.locked = boolValue(settings, QStringLiteral("locked"));
    result.defaultEnvironment = stringValue(settings, QStringLiteral("defaultEnvironment"));

    // Every section except [General], [audit], [messages] and [links] is one environment; sections are read in
    // the (alphabetical) order QSettings reports them.
    const QStringList groups = settings.childGroups();
    for (const QString &group : groups) {
        if (group == QLatin1String("audit")) { // where the audit trail is kept, not an environment
            result.auditDatabase = settings.value(QStringLiteral("audit/database")).toString().trimmed();
            continue;
        }
        if (group == QLatin1String("links")) { // how the connect links are followed, not an environment
            result.linkStaleAfterHours = qMax(0, settings.value(QStringLiteral("links/staleAfterHours")).toInt());
            continue;
        }
        if (group == QLatin1String("messages")) { // the connect-link message, not an environment
            result.linkMessage = readLinkMessage(settings);
            continue;
        }
        settings.beginGroup(group);
        Environment env;
        env.origin = Environment::Origin::Provisioned;
        env.name = stringValue(settings, QStringLiteral("name"));
        if (env.name.isEmpty())
            env.name = group;
        const QString url = stringValue(settings, QStringLiteral("baseUrl"));
        if (!url.isEmpty())
            env.baseUrl = QUrl(url, QUrl::StrictMode);
        const QString kind = stringValue(settings, QStringLiteral("kind"));
        // An unknown or missing kind is treated as production: the careful choice.
        if (!Environment::kindFromString(kind, &env.kind)) {
            env.kind = Environment::Kind::Production;
            if (!kind.isEmpty())
                result.problems.append(tr("[%1]: unknown kind \"%2\"; treated as production.").arg(group, kind));
        }
        const QString colour = stringValue(settings, QStringLiteral("colour"));
        env.colour = Environment::normalizedColour(colour);
        if (!colour.isEmpty() && env.colour.isEmpty())
            result.problems.append(tr("[%1]: colour \"%2\" is not #rrggbb; the default is used.").arg(group, colour));
        settings.endGroup();

        const QString why = Environment::validate(env, result.environments);
        if (!why.isEmpty()) {
            result.problems.append(tr("[%1] was skipped: %2").arg(group, why));
            continue;
        }
        result.environments.append(env);
    }
    return result;
}
