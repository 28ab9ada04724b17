#pragma once

#include "SandboxReply.h"
#include "SandboxStore.h"

#include <QHash>
#include <QUrl>
#include <QUrlQuery>

// What a completed connect link did, so the server can tell its listeners.
struct SandboxConnectOutcome final
{
    SandboxReply reply;
    QString userId;
    QString slug; // empty: nothing changed
};

// The WorkOS endpoints as plain functions of the store: request parts in,
// SandboxReply out. No sockets here; SandboxServer does the transport.
class SandboxApi final
{
public:
    explicit SandboxApi(SandboxStore &store);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    SandboxReply listUsers(const QUrlQuery &query) const;
    SandboxReply getUser(const QString &id) const;
    SandboxReply listOrganizations(const QUrlQuery &query) const;
    SandboxReply getOrganization(const QString &id) const;
    SandboxReply listMemberships(const QUrlQuery &query) const;

    SandboxReply dataProviders(const QString &userId, const QUrlQuery &query);
    SandboxReply getConnectedAccount(const QString &userId, const QString &slug, const QUrlQuery &query);
    // On 204 the account is gone.
    SandboxReply deleteConnectedAccount(const QString &userId, const QString &slug, const QUrlQuery &query);
    SandboxReply authorize(const QString &slug, const QByteArray &body);

    // GET /_sandbox/connect/<token>: what the end user's browser does.
    SandboxConnectOutcome completeConnection(const QString &token);
    void forgetPendingConnections() { m_pending.clear(); }

private:
    struct Pending
    {
        QString slug;
        QString userId;
        QString organizationId;
        QUrl returnTo;
    };
    // Resolves the user, the optional organization and the provider; an error reply on failure.
    std::optional<SandboxReply> resolve(const QString &userId, const QString &organizationId,
                                        const QString &slug) const;

    SandboxStore &m_store;
    QUrl m_baseUrl;
    QHash<QString, Pending> m_pending;
    quint64 m_tokenCounter = 0;
};
