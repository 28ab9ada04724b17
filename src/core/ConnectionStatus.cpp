#include "core/ConnectionStatus.h"

#include <QCoreApplication>

namespace {
struct Words final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
};

const QString NotConnectedName = QStringLiteral("none");

QString unknownText(StatusWording wording, const QString &serverWord)
{
    switch (wording) {
    case StatusWording::Label:
        return serverWord.isEmpty() ? Words::tr("(no state)") : serverWord;
    case StatusWording::Lowercase:
        return serverWord.isEmpty() ? Words::tr("unknown") : serverWord;
    case StatusWording::Explained:
        break;
    }
    return Words::tr("Unknown state \"%1\"").arg(serverWord);
}
} // namespace

ConnectionStatus ConnectionStatuses::of(const std::optional<ConnectedAccount> &account)
{
    if (!account)
        return ConnectionStatus::NotConnected;
    switch (account->state) {
    case ConnectionState::Connected:
        return ConnectionStatus::Connected;
    case ConnectionState::NeedsReauthorization:
        return ConnectionStatus::NeedsReauthorization;
    case ConnectionState::Disconnected:
        return ConnectionStatus::Disconnected;
    case ConnectionState::Unknown:
        break;
    }
    return ConnectionStatus::Unknown;
}

int ConnectionStatuses::severity(ConnectionStatus status)
{
    switch (status) {
    case ConnectionStatus::NotConnected:
        return 0;
    case ConnectionStatus::Connected:
        return 1;
    case ConnectionStatus::Unknown:
        return 2;
    case ConnectionStatus::NeedsReauthorization:
        return 3;
    case ConnectionStatus::Disconnected:
        return 4;
    }
    return 2;
}

bool ConnectionStatuses::isProblem(ConnectionStatus status)
{
    return severity(status) >= severity(ConnectionStatus::Unknown);
}

ConnectionStatus ConnectionStatuses::of(const DataProvider &provider)
{
    return of(worst(provider));
}

QString ConnectionStatuses::summary(const DataProvider &provider)
{
    const QList<ConnectedAccount> all = provider.allConnections();
    if (all.isEmpty())
        return text(ConnectionStatus::NotConnected);
    QString line = Words::tr("%n connection(s)", nullptr, int(all.size()));
    int reauth = 0;
    int disconnected = 0;
    int unknown = 0;
    for (const ConnectedAccount &account : all) {
        switch (of(std::optional<ConnectedAccount>(account))) {
        case ConnectionStatus::NeedsReauthorization:
            ++reauth;
            break;
        case ConnectionStatus::Disconnected:
            ++disconnected;
            break;
        case ConnectionStatus::Unknown:
            ++unknown;
            break;
        case ConnectionStatus::NotConnected:
        case ConnectionStatus::Connected:
            break;
        }
    }
    const QString dot = QStringLiteral(" · ");
    if (reauth > 0)
        line += dot + (reauth == 1 ? Words::tr("1 needs reauthorization")
                                   : Words::tr("%1 need reauthorization").arg(reauth));
    if (disconnected > 0)
        line += dot + Words::tr("%n disconnected", nullptr, disconnected);
    if (unknown > 0)
        line += dot + Words::tr("%n in an unknown state", nullptr, unknown);
    return line;
}

QString ConnectionStatuses::text(ConnectionStatus status, StatusWording wording, const QString &serverWord)
{
    const bool lower = wording == StatusWording::Lowercase;
    switch (status) {
    case ConnectionStatus::NotConnected:
        return lower ? Words::tr("not connected") : Words::tr("Not connected");
    case ConnectionStatus::Connected:
        return lower ? Words::tr("connected") : Words::tr("Connected");
    case ConnectionStatus::NeedsReauthorization:
        return lower ? Words::tr("needs reauthorization") : Words::tr("Needs reauthorization");
    case ConnectionStatus::Disconnected:
        return lower ? Words::tr("disconnected") : Words::tr("Disconnected");
    case ConnectionStatus::Unknown:
        break;
    }
    return unknownText(wording, serverWord);
}

QString ConnectionStatuses::text(const std::optional<ConnectedAccount> &account, StatusWording wording)
{
    return text(of(account), wording, account ? account->stateText : QString());
}

QString ConnectionStatuses::text(const DataProvider &provider, StatusWording wording)
{
    return text(provider, worst(provider), wording); // a provider reads as its worst connection
}

QString ConnectionStatuses::text(const DataProvider &provider, const std::optional<ConnectedAccount> &connection,
                                 StatusWording wording)
{
    if (wording == StatusWording::Explained && of(connection) == ConnectionStatus::Connected
        && !provider.missingScopes(*connection).isEmpty())
        return Words::tr("Connected, missing scopes");
    return text(connection, wording);
}

QString ConnectionStatuses::name(const std::optional<ConnectedAccount> &account)
{
    if (!account)
        return NotConnectedName;
    return account->stateText.isEmpty() ? connectionStateToString(account->state) : account->stateText;
}

QString ConnectionStatuses::reasonText(const ConnectedAccount &account)
{
    switch (account.stateReason) {
    case StateReason::None:
        return QString();
    case StateReason::EstablishingMemberMembershipEnded:
        return Words::tr("the member who established it left the organization");
    case StateReason::Unknown:
        break;
    }
    return account.stateReasonText;
}

std::optional<ConnectedAccount> ConnectionStatuses::worst(const DataProvider &provider)
{
    auto rank = [&provider](const ConnectedAccount &a) {
        switch (of(a)) {
        case ConnectionStatus::Disconnected:
            return 0;
        case ConnectionStatus::NeedsReauthorization:
            return 1;
        case ConnectionStatus::Unknown:
            return 2;
        case ConnectionStatus::Connected:
            return provider.missingScopes(a).isEmpty() ? 4 : 3;
        case ConnectionStatus::NotConnected:
            break;
        }
        return 5;
    };
    std::optional<ConnectedAccount> result;
    int best = 6;
    for (const ConnectedAccount &a : provider.allConnections()) {
        const int r = rank(a);
        if (r < best) {
            best = r;
            result = a;
        }
    }
    return result;
}
