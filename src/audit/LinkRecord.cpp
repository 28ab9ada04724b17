#include "audit/LinkRecord.h"

namespace {
struct LinkText final
{
    Q_DECLARE_TR_FUNCTIONS(LinkRecord)
};

constexpr LinkState AllStates[] = {LinkState::Waiting, LinkState::Completed, LinkState::Superseded, LinkState::Closed};
constexpr LinkIntent AllIntents[] = {LinkIntent::Slot, LinkIntent::Add, LinkIntent::Reauthorize};
} // namespace

bool LinkRecord::isStale(const QDateTime &now, qint64 staleAfterSeconds) const
{
    return state == LinkState::Waiting && staleAfterSeconds > 0 && issuedAt.isValid()
        && issuedAt.secsTo(now) >= staleAfterSeconds;
}

QString LinkRecord::customerText() const
{
    if (!userEmail.isEmpty())
        return userEmail;
    return ownerId.isEmpty() ? userId : ownerId;
}

QString LinkNames::state(LinkState state)
{
    switch (state) {
    case LinkState::Waiting: return QStringLiteral("waiting");
    case LinkState::Completed: return QStringLiteral("completed");
    case LinkState::Superseded: return QStringLiteral("superseded");
    case LinkState::Closed: return QStringLiteral("closed");
    }
    return QString();
}

bool LinkNames::stateFromName(const QString &name, LinkState *state)
{
    for (const LinkState s : AllStates) {
        if (LinkNames::state(s) == name) {
            *state = s;
            return true;
        }
    }
    return false;
}

QString LinkNames::intent(LinkIntent intent)
{
    switch (intent) {
    case LinkIntent::Slot: return QStringLiteral("slot");
    case LinkIntent::Add: return QStringLiteral("add");
    case LinkIntent::Reauthorize: return QStringLiteral("reauthorize");
    }
    return QString();
}

bool LinkNames::intentFromName(const QString &name, LinkIntent *intent)
{
    for (const LinkIntent i : AllIntents) {
        if (LinkNames::intent(i) == name) {
            *intent = i;
            return true;
        }
    }
    return false;
}

QString LinkNames::displayState(const LinkRecord &link, const QDateTime &now, qint64 staleAfterSeconds)
{
    return link.isStale(now, staleAfterSeconds) ? QStringLiteral("stale") : state(link.state);
}

QString LinkNames::displayStateText(const LinkRecord &link, const QDateTime &now, qint64 staleAfterSeconds)
{
    if (link.isStale(now, staleAfterSeconds))
        return LinkText::tr("Stale (still waiting)");
    switch (link.state) {
    case LinkState::Waiting: return LinkText::tr("Waiting");
    case LinkState::Completed: return LinkText::tr("Completed");
    case LinkState::Superseded: return LinkText::tr("Superseded");
    case LinkState::Closed: return LinkText::tr("Closed");
    }
    return QString();
}

QString LinkNames::ageText(const QDateTime &from, const QDateTime &now)
{
    if (!from.isValid())
        return QString();
    const qint64 seconds = qMax<qint64>(0, from.secsTo(now));
    if (seconds < 60)
        return LinkText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return LinkText::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return LinkText::tr("%1 h").arg(seconds / 3600);
    return LinkText::tr("%1 d").arg(seconds / 86400);
}
