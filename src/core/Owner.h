#pragma once

#include <QString>

#include <optional>

// Who a connection belongs to: a user (their own connections, optionally
// scoped to an organization) or an organization (connections it shares with
// its members). The two live under different API paths.
struct Owner final
{
    enum class Kind { User, Organization };
    Kind kind = Kind::User;
    QString id;

    static Owner user(const QString &userId) { return {Kind::User, userId}; }
    static Owner organization(const QString &organizationId) { return {Kind::Organization, organizationId}; }
    // "user_…" or "org_…" (validated by the client before anything is sent); nullopt otherwise.
    static std::optional<Owner> parse(const QString &text);

    bool isOrganization() const { return kind == Kind::Organization; }
    // "user" or "organization", as the API and the audit trail spell it.
    QString kindText() const;
    bool operator==(const Owner &other) const { return kind == other.kind && id == other.id; }
    bool operator!=(const Owner &other) const { return !(*this == other); }
};

// Exactly one connection (or, for reads, the server's choice when the id is
// empty): its owner, its provider, the organization scope of a user's own
// connection, and the connected account id from a fresh read.
struct ConnectionTarget final
{
    Owner owner;
    QString slug;
    QString organizationId;     // user owners only: the organization scope; empty: personal
    QString connectedAccountId; // connected_account_id; required to delete
};
