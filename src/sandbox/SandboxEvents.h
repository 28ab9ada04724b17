#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

// The Pipes events of pipes-today.md §7: what the sandbox's own actions record
// (a completed link, a disconnect, reauthorization needed), the seeded failures
// with the provider's words, and GET /events over them.
//
// [INFERENCE] (§7: when each family fires is unverified) The legacy family
// (pipes.connected_account.*) covers the compatibility connection, the new one
// (pipes.account_connection.*) every connection; so a compatibility connection's
// change is recorded twice, once per family, with the same data and time.
namespace SandboxEvents {

inline constexpr QLatin1String LegacyPrefix("pipes.connected_account.");
inline constexpr QLatin1String NewPrefix("pipes.account_connection.");

// "connected", "disconnected", "reauthorization_needed" for this connection.
void recordAccount(SandboxStore &store, const SandboxAccount &account, const QString &action, const QDateTime &at);

// A failed authorization (connection_failed, or add_failed for connection_intent "add",
// which exists only in the new family). Carries no connected-account id (§7).
struct Failure final
{
    QString slug;
    QString userId;         // empty: null
    QString organizationId; // empty: null
    QString accountIdentifier; // empty: absent (older events lack it)
    QString errorCode = QStringLiteral("authorization_code_exchange_error");
    QString errorReason;              // empty: null
    QString providerError;            // empty: null
    QString providerErrorDescription; // empty: null
    bool addFailed = false;
    bool legacyFamily = true; // also recorded as pipes.connected_account.connection_failed
};
void recordFailure(SandboxStore &store, const Failure &failure, const QDateTime &at);

// GET /events: `events` (comma-separated, required: 422 without), range_start
// (default: 30 days before now), range_end, organization_id, limit (1..100,
// default 10), after (an event id), order (asc/normal: oldest first, the
// default; desc). list_metadata.after names the last event of a page when
// more follow.
SandboxReply list(const SandboxStore &store, const QUrlQuery &query, const QDateTime &now);

QJsonObject toJson(const SandboxEvent &event);

} // namespace SandboxEvents
