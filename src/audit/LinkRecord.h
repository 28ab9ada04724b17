#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// A connect link handed to a customer, as the audit store follows it (table
// links). It keeps who the link is for and what it targets, never the link's
// URL nor any key or token: the URL is not needed to follow it.
enum class LinkState {
    Waiting,    // "waiting": issued, the customer has not finished yet
    Completed,  // "completed": the connection it targets was connected or updated after it was issued
    Superseded, // "superseded": a newer link for the same owner, provider and connection was issued
    Closed,     // "closed": closed by hand
};

// What a link does (AuthorizeRequest::Intent, spelt as the store keeps it).
enum class LinkIntent {
    Slot,        // "slot": the compatibility connection
    Add,         // "add": one more connection
    Reauthorize, // "reauthorize": repairs exactly connection_id
};

struct LinkRecord final
{
    qint64 id = 0;            // made by the client, like audit record ids
    QString environment;
    QString ownerKind;        // "user" or "organization"
    QString ownerId;          // user_… or org_…
    QString userId;           // the customer (the acting member for an organization owner)
    QString userEmail;        // may be empty
    QString organizationId;   // a user's organization scope; for an organization owner, the owner
    QString providerSlug;
    QString connectionId;     // the connection it targets; empty for a slot or "add" link
    QString connectionLabel;
    LinkIntent intent = LinkIntent::Slot;
    QDateTime issuedAt;       // UTC
    QString operatorName;     // who issued it
    QString osUser;
    QString host;             // the workstation
    QString ticket;           // ticket or reason typed with it
    qint64 auditId = 0;       // the connect_link audit record
    LinkState state = LinkState::Waiting;
    QDateTime stateChangedAt; // UTC
    QString completedConnectionId; // the connection seen completing it
    QDateTime lastCheckedAt;  // UTC; invalid: never checked

    bool isOpen() const { return state == LinkState::Waiting; }
    // Waiting for longer than `staleAfterSeconds` at `now`: shown "stale"
    // (WorkOS documents no lifetime, so this is a display state, not an expiry).
    bool isStale(const QDateTime &now, qint64 staleAfterSeconds) const;
    QString customerText() const; // the email, or the owner id
};

struct LinkFilter final
{
    QString environment;          // empty: every environment
    QList<LinkState> states;      // empty: every state
    int limit = 0;                // 0: no limit
};

namespace LinkNames {
QString state(LinkState state);       // "waiting", "completed", "superseded", "closed"
bool stateFromName(const QString &name, LinkState *state);
QString intent(LinkIntent intent);    // "slot", "add", "reauthorize"
bool intentFromName(const QString &name, LinkIntent *intent);
// "waiting", "stale", "completed", ...: what a person is shown (stale is a display state).
QString displayState(const LinkRecord &link, const QDateTime &now, qint64 staleAfterSeconds);
QString displayStateText(const LinkRecord &link, const QDateTime &now, qint64 staleAfterSeconds); // translated
// "45 s", "12 min", "5 h", "3 d": how long ago `from` was at `now`.
QString ageText(const QDateTime &from, const QDateTime &now);
} // namespace LinkNames

// Where the stale age comes from: QSettings key "links/staleAfterHours"
// (provisioned like other settings), 24 hours by default.
namespace LinkSettings {
inline constexpr auto StaleAfterHoursKey = "links/staleAfterHours";
inline constexpr qint64 DefaultStaleAfterSeconds = 24 * 3600;
inline constexpr int MaxStaleAfterHours = 24 * 90; // what Settings offers: up to 90 days
// The age in effect: the user's own hours, else the provisioned hours, else
// 24 hours (0 or less: not set).
inline qint64 effectiveStaleAfterSeconds(int ownHours, int provisionedHours)
{
    if (ownHours > 0)
        return qint64(ownHours) * 3600;
    return provisionedHours > 0 ? qint64(provisionedHours) * 3600 : DefaultStaleAfterSeconds;
}
} // namespace LinkSettings

Q_DECLARE_METATYPE(LinkRecord)
