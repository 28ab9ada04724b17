#pragma once

#include "core/ApiTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The human-readable views of pipes-admin-cli (the default output). Pure:
// values in, text out; every line ends with '\n'. Timestamps are shown in UTC
// as "yyyy-MM-dd HH:mm UTC"; a missing value is "-".
class TextOutput final
{
    Q_DECLARE_TR_FUNCTIONS(TextOutput)

public:
    // ID, EMAIL, NAME, VERIFIED, CREATED
    static QString userTable(const QList<User> &users);
    // Label/value lines for one user.
    static QString userDetails(const User &user);
    // PROVIDER, SLUG, STATUS, OWNERSHIP, GRANTED SCOPES, MISSING SCOPES, CONNECTED SINCE, UPDATED
    static QString providerTable(const QList<DataProvider> &providers);
    // Label/value lines for one connected account, including fields this build does not know.
    static QString accountDetails(const ConnectedAccount &account, const QString &slug);

    // The state in lower case (ConnectionStatuses::text); a state this build
    // does not know shows WorkOS's word, never hidden.
    static QString stateText(const std::optional<ConnectedAccount> &account);
    static QString ownershipText(const DataProvider &provider);
    static QString timeText(const QDateTime &time);
    static QString listText(const QStringList &items);
};
