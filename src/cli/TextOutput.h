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
    // A line per provider (PROVIDER, SLUG, OWNERSHIP, STATUS: "not connected"
    // or how many connections), and under it a line per connection: its label
    // (indented, under PROVIDER), STATUS (the state, and why WorkOS changed it),
    // ACCOUNT (account identifier), MISSING SCOPES and CONNECTION ID.
    static QString providerTable(const QList<DataProvider> &providers);
    // Label/value lines for one connected account, including fields this build does not know.
    static QString accountDetails(const ConnectedAccount &account, const QString &slug);

    // The state in lower case (ConnectionStatuses::text); a state this build
    // does not know shows WorkOS's word, never hidden.
    static QString stateText(const std::optional<ConnectedAccount> &account);
    // The state, then the reason WorkOS recorded for it ("needs reauthorization:
    // the member who established it left the organization").
    static QString stateWithReason(const ConnectedAccount &account);
    // The account_display_name, or "(no label)".
    static QString labelText(const ConnectedAccount &account);
    // "data_installation_... Work (connected)": one line naming a connection to choose.
    static QString connectionChoice(const ConnectedAccount &account);
    static QString ownershipText(const DataProvider &provider);
    static QString timeText(const QDateTime &time);
    static QString listText(const QStringList &items);
};
