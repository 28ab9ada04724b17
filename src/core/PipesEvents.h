#pragma once

#include "core/ApiRequests.h"
#include "core/ApiTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The Pipes events (pipes-today.md §7) and the token check (§6): value types
// and request values. Unknown event names and fields are kept raw.

enum class PipesEventKind {
    Connected,             // "...connected"
    Disconnected,          // "...disconnected"
    ReauthorizationNeeded, // "...reauthorization_needed"
    ConnectionFailed,      // "...connection_failed"
    AddFailed,             // "pipes.account_connection.add_failed"
    Unknown,               // a name this build does not know: PipesEvent::name is shown as it came
};

enum class PipesEventFamily {
    ConnectedAccount,  // the legacy "pipes.connected_account.*"
    AccountConnection, // the new "pipes.account_connection.*"
    Other,
};

struct PipesEvent final
{
    QString id;   // event_01H...
    QString name; // the raw "event" value, always kept
    PipesEventKind kind = PipesEventKind::Unknown;
    PipesEventFamily family = PipesEventFamily::Other;
    QDateTime createdAt;

    // From data (each may be empty). A connected-account payload names its
    // connection (connectedAccountId); a failure does not (§7), only its owner,
    // provider and perhaps the provider account (accountIdentifier).
    QString dataObject; // "connected_account", "connection_failed" or anything newer
    QString connectedAccountId;
    QString providerSlug;
    QString userId;
    QString organizationId;
    QString accountIdentifier;
    QString accountDisplayName;
    QString state;
    QString stateReason;
    QStringList scopes;
    QString errorCode;
    QString errorReason;
    QString providerError;
    QString providerErrorDescription;
    QJsonObject data; // the whole payload, unknown fields included
    QJsonObject raw;  // the whole event

    bool isFailure() const { return kind == PipesEventKind::ConnectionFailed || kind == PipesEventKind::AddFailed; }
};

// One page of GET /events; `after` is empty on the last page.
using PipesEventPage = Page<PipesEvent>;

// GET /events. Empty `events` asks for every Pipes event name of both families.
struct ListEventsRequest final
{
    QStringList events;
    QString organizationId; // narrows the read (the API has no user filter)
    QDateTime rangeStart;   // invalid: not sent
    QDateTime rangeEnd;     // invalid: not sent
    int limit = 100;        // 1..100
    QString after;
    // [INFERENCE] S61 lists `order` (the SDK 12.3.0 options leave it out): newest
    // first, so that a read stopped by a page cap keeps the newest events.
    SortOrder order = SortOrder::Descending;
};

enum class ConnectionOwner { User, Organization };

// POST /data-integrations/{slug}/token for exactly one connection.
struct TokenCheckRequest final
{
    QString providerSlug;
    ConnectionOwner owner = ConnectionOwner::User;
    QString userId;         // required; for an organization owner, the active member acting for it
    QString organizationId; // required for an organization owner
    QString connectedAccountId; // sent with supports_multiple_connections=true; empty: the compatibility connection
};

enum class TokenStatus {
    Active,               // active: true
    NeedsReauthorization, // error "needs_reauthorization"
    NotInstalled,         // error "not_installed": no connection
    Unknown,              // another error: TokenCheck::errorText
};

// What a token check tells, without the token: the decoder never keeps the
// access token's value (nor the raw body).
struct TokenCheck final
{
    TokenStatus status = TokenStatus::Unknown;
    QString errorText;          // the raw "error" of an inactive answer
    QDateTime expiresAt;        // invalid: null or absent
    QStringList scopes;
    QStringList missingScopes;
    bool tokenHandedOut = false; // an access token was in the answer (and was dropped)
};

namespace PipesEventNames {
QStringList all();                              // the nine names of both families
PipesEventKind kindOf(const QString &name, PipesEventFamily *family = nullptr);
} // namespace PipesEventNames
