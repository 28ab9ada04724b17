#include "session/LinkMatch.h"

namespace {
// The API's times may have whole seconds only: the link counts from its second.
QDateTime issuedSecond(const LinkRecord &link)
{
    QDateTime at = link.issuedAt.toUTC();
    return at.addMSecs(-at.time().msec());
}

bool after(const QDateTime &time, const LinkRecord &link)
{
    return time.isValid() && time >= issuedSecond(link);
}

bool sameOwner(const LinkRecord &link, const QString &userId, const QString &organizationId)
{
    if (link.ownerKind == QLatin1String("organization"))
        return organizationId == link.ownerId;
    return userId == link.ownerId && organizationId == link.organizationId;
}
} // namespace

std::optional<QString> LinkMatch::fromEvents(const LinkRecord &link, const QList<PipesEvent> &events)
{
    for (const PipesEvent &event : events) {
        if (event.kind != PipesEventKind::Connected || event.providerSlug != link.providerSlug
            || !after(event.createdAt, link) || !sameOwner(link, event.userId, event.organizationId))
            continue;
        if (link.intent == LinkIntent::Reauthorize && event.connectedAccountId != link.connectionId)
            continue;
        return event.connectedAccountId;
    }
    return std::nullopt;
}

std::optional<QString> LinkMatch::fromConnections(const LinkRecord &link, const QList<ConnectedAccount> &connections)
{
    for (const ConnectedAccount &c : connections) {
        if (c.state != ConnectionState::Connected)
            continue;
        bool target = false;
        switch (link.intent) {
        case LinkIntent::Reauthorize: target = c.id == link.connectionId; break;
        case LinkIntent::Slot: target = c.isCompatibility(); break;
        case LinkIntent::Add: target = after(c.createdAt, link); break;
        }
        if (target && after(c.updatedAt.isValid() ? c.updatedAt : c.createdAt, link))
            return c.id;
    }
    return std::nullopt;
}
