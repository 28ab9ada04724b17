#include "config/Environment.h"

#include "core/SafeUrl.h"

#include <QRegularExpression>

namespace {
constexpr int MaxNameLength = 64;
}

QString Environment::effectiveColour() const
{
    return colour.isEmpty() ? defaultColour(kind) : colour;
}

QString Environment::defaultColour(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return QStringLiteral("#c62828"); // red: careful
    case Kind::Staging:
        break;
    }
    return QStringLiteral("#2e7d32"); // green
}

QString Environment::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Staging:
        break;
    }
    return QStringLiteral("staging");
}

bool Environment::kindFromString(const QString &text, Kind *kind)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("production")) {
        *kind = Kind::Production;
        return true;
    }
    if (t == QLatin1String("staging")) {
        *kind = Kind::Staging;
        return true;
    }
    return false;
}

QString Environment::kindDisplayName(Kind kind)
{
    switch (kind) {
    case Kind::Production:
        return tr("Production");
    case Kind::Staging:
        break;
    }
    return tr("Staging");
}

bool Environment::isValidColour(const QString &colour)
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString c = colour.trimmed();
    return c.isEmpty() || re.match(c).hasMatch();
}

QString Environment::normalizedColour(const QString &colour)
{
    const QString c = colour.trimmed();
    if (c.isEmpty() || !isValidColour(c))
        return {};
    return c.toLower();
}

QString Environment::validate(const Environment &environment, const QList<Environment> &others)
{
    const QString name = environment.name.trimmed();
    if (name.isEmpty())
        return tr("Give the environment a name.");
    if (name.size() > MaxNameLength)
        return tr("The name is too long (at most %1 characters).").arg(MaxNameLength);
    for (const Environment &other : others) {
        if (other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return tr("An environment named \"%1\" already exists.").arg(other.name);
    }
    QString reason;
    if (!SafeUrl::isAcceptableBaseUrl(environment.baseUrl, &reason))
        return tr("The base URL cannot be used: %1").arg(reason);
    if (!isValidColour(environment.colour))
        return tr("The colour must be written as #rrggbb, for example #c62828.");
    return {};
}
