#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// What a completed connect link did, so the server can tell its listeners.
struct SandboxConnectOutcome final
{
    SandboxReply reply;
    QString userId; // the user the link was made for (for a shared connection: the acting member)
    QString slug;   // empty: nothing changed
};

// Whether the team may hold more than one connection per owner and provider
// (WorkOS rolls "additional connections" out per team; pipes-today.md §1c).
enum class SandboxMultipleConnections {
    Available,
    Unavailable, // connection_intent "add" answers 404 multiple_connections_unavailable
};

// The Pipes endpoints as plain functions of the store, speaking the contract of
// SDK @workos-inc/node 12.3.0 (several connections per owner, the compatibility
// slot, organization-owned connections) and, for clients that do not send
// supports_multiple_connections, the 0.1.0 one.
//
// Selection (get, delete): connected_account_id picks exactly that connection
// ([INFERENCE] with or without the flag: the id is the one selector the SDK
// documents). Without it, a request without the flag sees only the
// compatibility connection; with the flag, exactly one matching connection is
// used and several answer 409 account_selection_required ([INFERENCE] the SDK
// names that code for token/credentials and lists 409 here without a code).
class SandboxPipesApi final
{
public:
    explicit SandboxPipesApi(SandboxStore &store);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    void setMultipleConnections(SandboxMultipleConnections value) { m_multiple = value; }
    SandboxMultipleConnections multipleConnections() const { return m_multiple; }

    // GET /user_management/users/{id}/data_providers
    SandboxReply userDataProviders(const QString &userId, const QUrlQuery &query);
    // GET /organizations/{id}/data_providers: organization-owned providers only
    SandboxReply organizationDataProviders(const QString &organizationId, const QUrlQuery &query);
    // GET / DELETE .../connected_accounts/{slug}; on 204 the connection is gone.
    SandboxReply getUserAccount(const QString &userId, const QString &slug, const QUrlQuery &query);
    SandboxReply deleteUserAccount(const QString &userId, const QString &slug, const QUrlQuery &query);
    SandboxReply getOrganizationAccount(const QString &organizationId, const QString &slug, const QUrlQuery &query);
    SandboxReply deleteOrganizationAccount(const QString &organizationId, const QString &slug, const QUrlQuery &query);
    // POST /data-integrations/{slug}/authorize
    SandboxReply authorize(const QString &slug, const QByteArray &body);

    // POST /data-integrations/{slug}/token (SandboxPipesToken.cpp): a fake access
    // token for exactly the selected connection, {active:false, error} otherwise.
    SandboxReply token(const QString &slug, const QByteArray &body);
    // What WorkOS does when a refresh fails: the connection needs reauthorization
    // (and a reauthorization_needed event is recorded). nullopt: no such connection.
    std::optional<SandboxAccount> markNeedsReauthorization(const QString &connectedAccountId);

    // GET /_sandbox/connect/<token>: what the end user's browser does.
    SandboxConnectOutcome completeConnection(const QString &token);
    void forgetPendingConnections() { m_pending.clear(); }

private:
    enum class Intent { Slot, Add, Reauthorize };
    struct Pending
    {
        QString slug;
        QString userId; // the user authorizing (the acting member for an organization owner)
        SandboxAccountKey key;
        Intent intent = Intent::Slot;
        QString connectedAccountId; // Reauthorize only
        std::optional<QString> displayName; // nullopt: keep the label; empty: clear it
        QUrl returnTo;
    };
    struct Selection
    {
        std::optional<SandboxAccount> account;
        std::optional<SandboxReply> error;
    };

    std::optional<SandboxReply> resolve(const QString &userId, const QString &organizationId, const QString &slug) const;
    Selection select(const SandboxAccountKey &key, const QUrlQuery &query, const QString &slug);
    SandboxReply listProviders(const QList<const SandboxProvider *> &providers, const QString &userId,
                               const QString &organizationId, const QUrlQuery &query);
    SandboxReply remove(const SandboxAccountKey &key, const QUrlQuery &query, const QString &slug);
    // The authorize body's new fields; fills *pending or answers with an error.
    std::optional<SandboxReply> readIntent(const QJsonObject &body, const SandboxProvider &provider, Pending *pending);

    SandboxStore &m_store;
    QUrl m_baseUrl;
    QHash<QString, Pending> m_pending;
    quint64 m_tokenCounter = 0;
    SandboxMultipleConnections m_multiple = SandboxMultipleConnections::Available;
};
