#pragma once

#include "core/ApiTypes.h"
#include "core/PipesEvents.h"
#include "session/PipesEventsReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Why a connection is broken, in plain words, from what the caller knows of it
// (its state, state_reason and scopes, read by the providers view) and the
// owner's Pipes events: a timeline for the connection and one for the owner,
// a summary with the next step, and a text block for WorkOS support. Widget-free:
// the CLI's diagnose and the window's DiagnosisDialog share it.

enum class OwnerKind { User, Organization };

struct DiagnosisSubject final
{
    QString environmentName; // never the key
    OwnerKind ownerKind = OwnerKind::User;
    QString ownerId;         // user_... or org_...
    QString ownerLabel;      // email address or organization name; may be empty
    QString organizationId;  // a user's connection scoped to an organization; empty: none
    QString providerSlug;
    QString providerName;    // may be empty (the slug is shown)
    QString connectionId;    // empty: every connection of the owner for the provider
    std::optional<ConnectedAccount> connection; // the connection's facts, when known
    QStringList missingScopes;  // configured scopes the connection has not granted
    int connectionsOfProvider = 1; // how many connections the owner holds for the provider
};

struct TimelineEntry final
{
    QDateTime at;             // UTC
    PipesEventKind kind = PipesEventKind::Unknown;
    QString eventName;        // raw, as WorkOS named it
    QStringList eventIds;     // one per family that reported it
    QString providerSlug;
    QString connectionId;     // empty for failures (they name no connection)
    QString what;             // "Connected", "Needs reauthorization", ... or the raw name
    QString providerWords;    // the provider's own error, quoted; empty when none
    QString detail;           // WorkOS's error code and reason, the state reason, a raw payload
    bool uncertain = false;   // a failure that may concern another connection of the owner
};

enum class NextStep {
    None,
    SendReconnectLink,          // the customer connects this connection again
    OrganizationAdminReconnect, // an organization admin connects the shared connection again
    SendConnectLink,            // nothing left to repair: a new connection
};

struct Diagnosis final
{
    QStringList findings;     // plain sentences, most important first
    NextStep next = NextStep::None;
    QList<TimelineEntry> connectionTimeline; // newest first
    QList<TimelineEntry> ownerTimeline;      // newest first, every provider of the owner
    int pages = 0;
    bool capped = false;
    qint64 sinceSeconds = 0;
    std::optional<TokenCheck> token;
    QList<CallRecord> calls;

    QString summary() const { return findings.join(QLatin1Char('\n')); }
};

class DiagnosisBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosisBuilder)

public:
    // The API has no user filter: events are kept only when they belong to the owner.
    static bool belongsToOwner(const PipesEvent &event, const DiagnosisSubject &subject);
    // ... and to the subject's provider and connection (failures by account_identifier).
    static bool concernsConnection(const PipesEvent &event, const DiagnosisSubject &subject, bool *uncertain = nullptr);

    enum class Scope { Connection, Owner };
    static QList<TimelineEntry> timeline(const QList<PipesEvent> &events, const DiagnosisSubject &subject, Scope scope);

    // A connection's facts as its newest event left them (when the caller has
    // not read the connection itself); nullopt when no event names it.
    static std::optional<ConnectedAccount> factsFromEvents(const QList<PipesEvent> &events, const QString &connectionId);

    static Diagnosis build(const DiagnosisSubject &subject, const EventsResult &events,
                           const std::optional<TokenCheck> &token, const QList<CallRecord> &otherCalls);

    static QString nextStepText(NextStep step); // a button's words; empty for None
    static QString tokenText(const TokenCheck &check);
    static QString relativeTime(const QDateTime &at, const QDateTime &now); // "3 days ago"
    static QString absoluteTime(const QDateTime &at);                      // "2026-11-27 10:00 UTC"
    static QString timelineLine(const TimelineEntry &entry, const QDateTime &now);

    // "Copy for WorkOS support": environment (never the key), owner, provider,
    // connection, state and reason, the last calls' request ids with times and
    // endpoints, the ids of the related failure events.
    static QString supportText(const DiagnosisSubject &subject, const Diagnosis &diagnosis);
};
