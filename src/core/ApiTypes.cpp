#include "core/ApiTypes.h"

#include <QSet>

#include <algorithm>

QString User::fullName() const
{
    return QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

QList<ConnectedAccount> DataProvider::allConnections() const
{
    if (!connectedAccountsPresent)
        return connectedAccount ? QList<ConnectedAccount>{*connectedAccount} : QList<ConnectedAccount>{};
    QList<ConnectedAccount> all = connectedAccounts;
    if (connectedAccount) {
        const QString &compatibilityId = connectedAccount->id;
        const bool listed = std::any_of(all.cbegin(), all.cend(),
                                        [&compatibilityId](const ConnectedAccount &a) { return a.id == compatibilityId; });
        if (!listed)
            all.prepend(*connectedAccount);
    }
    return all;
}

QStringList DataProvider::missingScopes() const
{
    return connectedAccount ? missingScopes(*connectedAccount) : QStringList();
}

QStringList DataProvider::missingScopes(const ConnectedAccount &account) const
{
    QStringList missing;
    // A set, not QStringList::contains: 10,000 scopes on each side made this
    // O(n*m) (~0.1 s per call, and views call it for every painted row).
    const QSet<QString> granted(account.scopes.cbegin(), account.scopes.cend());
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

ConnectionRole connectionRoleFromString(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("compatibility"))
        return ConnectionRole::Compatibility;
    if (text == QLatin1String("standard"))
        return ConnectionRole::Standard;
    return ConnectionRole::Unknown;
}

AuthMethod authMethodFromString(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("oauth"))
        return AuthMethod::OAuth;
    if (text == QLatin1String("api_key"))
        return AuthMethod::ApiKey;
    if (text == QLatin1String("client_credentials"))
        return AuthMethod::ClientCredentials;
    return AuthMethod::Unknown;
}

StateReason stateReasonFromString(const QString &text)
{
    if (text.isEmpty())
        return StateReason::None;
    if (text == QLatin1String("establishing_member_membership_ended"))
        return StateReason::EstablishingMemberMembershipEnded;
    return StateReason::Unknown;
}

Ownership ownershipFromString(const QString &text)
{
    if (text == QLatin1String("user") || text == QLatin1String("userland_user"))
        return Ownership::User;
    if (text == QLatin1String("organization"))
        return Ownership::Organization;
    return Ownership::Unknown;
}
