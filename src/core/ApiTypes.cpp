#include "ApiTypes.h"

#include <QSet>

QString User::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QStringList DataProvider::missingScopes() const
{
    QStringList missing;
    if (!connectedAccount)
        return missing;
    // A set, not QStringList::contains: 10,000 scopes on each side made this
    // O(n*m) (~0.1 s per call, and views call it for every painted row).
    const QSet<QString> granted(connectedAccount->scopes.cbegin(), connectedAccount->scopes.cend());
    for (const QString &scope : scopes) {
        if (!granted.contains(scope))
            missing.append(scope);
    }
    return missing;
}

QString connectionStateToString(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::NeedsReauthorization:
        return QStringLiteral("needs_reauthorization");
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Unknown:
        break;
    }
    return QString();
}

ConnectionState connectionStateFromString(const QString &text)
{
    if (text == QLatin1String("connected"))
        return ConnectionState::Connected;
    if (text == QLatin1String("needs_reauthorization"))
        return ConnectionState::NeedsReauthorization;
    if (text == QLatin1String("disconnected"))
        return ConnectionState::Disconnected;
    return ConnectionState::Unknown;
}
