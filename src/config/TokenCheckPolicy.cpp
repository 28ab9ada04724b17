#include "config/TokenCheckPolicy.h"

#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace {
// nullopt: the key is absent.
std::optional<bool> flag(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QString v = settings.value(key).toString().trimmed().toLower();
    return !(v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no"));
}
} // namespace

bool TokenCheckPolicy::allowed(const QString &provisioningPath, const QString &environmentName)
{
    if (provisioningPath.isEmpty() || !QFileInfo::exists(provisioningPath))
        return true;
    if (!QFileInfo(provisioningPath).isReadable())
        return false;
    QSettings settings(provisioningPath, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return false;
    const QString key = QStringLiteral("allowTokenCheck");
    bool allowed = flag(settings, key).value_or(true);
    for (const QString &group : settings.childGroups()) {
        settings.beginGroup(group);
        const QString name = settings.value(QStringLiteral("name"), group).toString().trimmed();
        if (name.compare(environmentName, Qt::CaseInsensitive) == 0)
            allowed = flag(settings, key).value_or(allowed);
        settings.endGroup();
    }
    return allowed;
}
