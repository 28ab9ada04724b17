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
    if (wording == StatusWording::Explained && of(provider) == ConnectionStatus::Connected
        && !provider.missingScopes().isEmpty())
        return Words::tr("Connected, missing scopes");
    return text(provider.connectedAccount, wording);
}

QString ConnectionStatuses::name(const std::optional<ConnectedAccount> &account)
{
    if (!account)
        return NotConnectedName;
    return account->stateText.isEmpty() ? connectionStateToString(account->state) : account->stateText;
}
