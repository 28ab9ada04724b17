#pragma once

#include "core/ApiTypes.h"

#include <QMetaType>
#include <QString>

#include <optional>

// Where a provider's connection stands for one user, and the one set of words
// for it. The providers table, its details pane, the batch grid and its
// exports, the connect-link dialog and the CLI all name a state through here,
// so each state's words stand in ConnectionStatus.cpp and nowhere else.
// Derived from a ConnectedAccount (ApiTypes), never stored beside it.
enum class ConnectionStatus {
    NotConnected,         // no connected account (the API sent null)
    Connected,
    NeedsReauthorization,
    Disconnected,
    Unknown,              // a state this build does not know: shown as the server's word, never hidden
};

// How the words are written; the same state, the same translation unit.
enum class StatusWording {
    Label,     // a cell or badge of the window, capitalised; unknown: the server's word
    Lowercase, // inside a sentence and in the CLI's tables; unknown: the server's word
    Explained, // a cell that stands alone (the batch grid): a Label that also says when a
               // connection misses scopes, and that an unknown state is one
};

namespace ConnectionStatuses {

ConnectionStatus of(const std::optional<ConnectedAccount> &account);
// A provider stands where its worst connection stands (every connection, not
// only the compatibility one); NotConnected when it has none.
ConnectionStatus of(const DataProvider &provider);
// For sorting and summing up: a larger rank is worse (NotConnected lowest).
int severity(ConnectionStatus status);
bool isProblem(ConnectionStatus status); // needs reauthorization, disconnected or unknown

// The translated words for a status. `serverWord` (ConnectedAccount::stateText)
// is what an Unknown status shows (an empty one gets a placeholder).
QString text(ConnectionStatus status, StatusWording wording = StatusWording::Label,
             const QString &serverWord = QString());
QString text(const std::optional<ConnectedAccount> &account, StatusWording wording = StatusWording::Label);
// Explained wording needs the provider: its missing scopes change the Connected words.
QString text(const DataProvider &provider, StatusWording wording = StatusWording::Label);
// The same for one of the provider's connections (nullopt: not connected).
QString text(const DataProvider &provider, const std::optional<ConnectedAccount> &connection, StatusWording wording);

// The machine name, for filters, CSV and JSON: "connected",
// "needs_reauthorization", "disconnected", "none" (not connected), or the
// server's own word for a state this build does not know.
QString name(const std::optional<ConnectedAccount> &account);

// Why WorkOS changed the connection's state, in words ("the member who
// established it left the organization"); empty when no reason was recorded.
// An unknown reason is named as the server's word.
QString reasonText(const ConnectedAccount &account);

// Of every connection of a provider (DataProvider::allConnections), the one
// that needs attention most: disconnected, then needs reauthorization, then a
// state this build does not know, then connected but missing scopes, then
// connected. nullopt when the provider has no connection.
std::optional<ConnectedAccount> worst(const DataProvider &provider);
// A provider row's summary: "Not connected", "1 connection", "3 connections ·
// 1 needs reauthorization".
QString summary(const DataProvider &provider);

} // namespace ConnectionStatuses

Q_DECLARE_METATYPE(ConnectionStatus)
