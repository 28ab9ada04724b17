#pragma once

#include "audit/LinkRecord.h"
#include "core/ApiTypes.h"
#include "core/PipesEvents.h"

#include <QList>
#include <optional>

// Whether a waiting link was used: pure, from what the API told.
namespace LinkMatch {
// The connection a Pipes `connected` event names, when the event is for this
// link's owner, scope and provider, came after the link was issued and (for a
// reconnect link) names its connection. nullopt: no event completes it.
std::optional<QString> fromEvents(const LinkRecord &link, const QList<PipesEvent> &events);
// The connection of a fresh read (the owner's connections of the link's
// provider) that is connected and was connected or updated after the link was
// issued: the one it repairs, the compatibility connection, or (for "add") one
// created since.
std::optional<QString> fromConnections(const LinkRecord &link, const QList<ConnectedAccount> &connections);
} // namespace LinkMatch
