#pragma once

#include "sandbox/SandboxReply.h"
#include "sandbox/SandboxStore.h"

#include <QUrlQuery>

// The WorkOS directory endpoints (users, organizations, memberships) as plain
// functions of the store: request parts in, SandboxReply out. No sockets here;
// SandboxServer does the transport. The Pipes endpoints are SandboxPipesApi.
class SandboxApi final
{
public:
    explicit SandboxApi(SandboxStore &store);

    SandboxReply listUsers(const QUrlQuery &query) const;
    SandboxReply getUser(const QString &id) const;
    SandboxReply listOrganizations(const QUrlQuery &query) const;
    SandboxReply getOrganization(const QString &id) const;
    SandboxReply listMemberships(const QUrlQuery &query) const;

private:
    SandboxStore &m_store;
};
