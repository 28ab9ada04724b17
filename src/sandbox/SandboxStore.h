#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// The sandbox's in-memory data. Independent of src/core on purpose: the
// sandbox plays the part of WorkOS, so it keeps its own notion of the objects
// and serialises them itself (see SandboxJson).

struct SandboxUser final
{
    QString id;
    QString email;
    QString firstName;   // empty: null
    QString lastName;    // empty: null
    bool emailVerified = true;
    QString profilePictureUrl; // empty: null
    QString externalId;  // empty: null
    QString locale;      // empty: null
    QJsonObject metadata;
    QDateTime lastSignInAt; // invalid: null
    QDateTime createdAt;
    QDateTime updatedAt;
    int generatedIndex = -1; // >= 0: a "large:N" user whose accounts are made on first use
};

struct SandboxOrganization final
{
    QString id;
    QString name;
    QStringList domains;
    QString externalId; // empty: null
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct SandboxMembership final
{
    QString id;
    QString userId;
    QString organizationId;
    QString roleSlug = QStringLiteral("member");
    QString status = QStringLiteral("active"); // active | pending | inactive
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class SandboxOwnership {
    UserlandUser, // "userland_user": one account per user (optionally per user and organization)
    Organization, // "organization": one account per organization, shared by its members
};

struct SandboxProvider final
{
    QString id;
    QString name;
    QString description; // empty: null
    QString slug;
    QString integrationType;
    QString credentialsType = QStringLiteral("oauth2");
    std::optional<QStringList> scopes; // nullopt: null (no scopes configured)
    SandboxOwnership ownership = SandboxOwnership::UserlandUser;
    QStringList authMethods{QStringLiteral("oauth")}; // "oauth", "api_key", "client_credentials"
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The first connection of an owner fills the compatibility slot (what clients
// that do not send supports_multiple_connections see); later ones are standard.
enum class SandboxConnectionRole {
    Compatibility,
    Standard,
};

struct SandboxAccount final
{
    QString id;
    QString providerSlug;
    QString userId;         // empty: null (organization-owned accounts)
    QString organizationId; // empty: null (personal accounts)
    QStringList scopes;     // granted
    QString state = QStringLiteral("connected"); // any text; "suspended" exists in the demo seed
    QDateTime createdAt;
    QDateTime updatedAt;
    SandboxConnectionRole role = SandboxConnectionRole::Compatibility;
    QString displayName;         // account_display_name; empty: null
    QString identifier;          // account_identifier; empty: null
    QString authMethod = QStringLiteral("oauth"); // "oauth", "api_key" or "client_credentials"
    QString apiKeyLast4;         // empty: null
    QString clientId;            // empty: null
    QString clientSecretLast4;   // empty: null
    QMap<QString, QString> config;
    QString establishedByUserId; // empty: null
    QString stateReason;         // empty: null; e.g. "establishing_member_membership_ended"
};

// One Pipes event WorkOS recorded (GET /events): an envelope around `data`.
struct SandboxEvent final
{
    QString id;          // event_01H...
    QString event;       // "pipes.account_connection.connected", ...
    QJsonObject data;    // PipesConnectedAccount or PipesConnectionFailed
    QDateTime createdAt;
};

// Which account a request addresses: the provider decides whether the user or
// the organization owns it.
struct SandboxAccountKey final
{
    QString providerSlug;
    QString userId;
    QString organizationId;
};

class SandboxStore final
{
public:
    SandboxStore() = default;

    void clear();

    // Adding keeps each list sorted by id (ids are ULID-like, so by creation).
    void addUser(const SandboxUser &user);
    void addOrganization(const SandboxOrganization &organization);
    void addMembership(const SandboxMembership &membership);
    void addProvider(const SandboxProvider &provider);
    // Inserts or replaces: a compatibility account replaces the owner's
    // compatibility account (whatever its id), a standard one the account with its id.
    void putAccount(const SandboxAccount &account);

    // Users, organizations and memberships in ascending id order.
    const QList<SandboxUser> &users() const { return m_users; }
    const QList<SandboxOrganization> &organizations() const { return m_organizations; }
    const QList<SandboxMembership> &memberships() const { return m_memberships; }
    const QList<SandboxProvider> &providers() const { return m_providers; }

    const SandboxUser *user(const QString &id) const;
    const SandboxOrganization *organization(const QString &id) const;
    const SandboxProvider *provider(const QString &slug) const;
    QList<const SandboxMembership *> membershipsOfUser(const QString &userId) const;
    QList<const SandboxMembership *> membershipsOfOrganization(const QString &organizationId) const;

    // The account a (user, organization) pair sees for a provider: organization-owned
    // providers answer with the organization's shared account (none without an
    // organization), user-owned ones with the account of exactly that pair.
    SandboxAccountKey accountKey(const SandboxProvider &provider, const QString &userId,
                                 const QString &organizationId) const;
    // The owner's compatibility account (nullopt: the slot is empty, even when
    // standard accounts exist).
    std::optional<SandboxAccount> account(const SandboxAccountKey &key);
    // Every account of the owner: the compatibility one first, then by id.
    QList<SandboxAccount> accounts(const SandboxAccountKey &key);
    std::optional<SandboxAccount> accountById(const SandboxAccountKey &key, const QString &id);
    bool removeAccount(const SandboxAccountKey &key);                   // the compatibility account
    bool removeAccount(const SandboxAccountKey &key, const QString &id); // exactly that one
    QList<SandboxAccount> allAccounts();
    int accountCount() const;

    // Deterministic ids for objects created after seeding (authorize completions).
    QString nextAccountId();

    // Pipes events, in the order they were added (SandboxEvents.cpp makes them).
    void addEvent(SandboxEvent event); // gives it the next event id when it has none
    const QList<SandboxEvent> &events() const { return m_events; }
    // Access token values the token endpoint handed out, so tests can look for them.
    void recordIssuedToken(const QString &token) { m_issuedTokens.append(token); }
    const QStringList &issuedTokens() const { return m_issuedTokens; }

    // "large:N" users get their accounts on first use; the seed installs the generator.
    using AccountGenerator = void (*)(SandboxStore &store, const SandboxUser &user);
    void setAccountGenerator(AccountGenerator generator) { m_generator = generator; }

private:
    static QString keyString(const SandboxAccountKey &key);
    void materialize(const QString &userId);

    QList<SandboxUser> m_users;
    QHash<QString, qsizetype> m_userIndex;
    QList<SandboxOrganization> m_organizations;
    QHash<QString, qsizetype> m_organizationIndex;
    QList<SandboxMembership> m_memberships;
    QHash<QString, QList<qsizetype>> m_membershipsByUser;
    QHash<QString, QList<qsizetype>> m_membershipsByOrganization;
    QList<SandboxProvider> m_providers;
    QHash<QString, QList<SandboxAccount>> m_accounts; // by keyString; compatibility first, then by id
    QHash<QString, bool> m_materialized;       // generated user id -> accounts made
    AccountGenerator m_generator = nullptr;
    int m_createdAccounts = 0;
    QList<SandboxEvent> m_events;
    QStringList m_issuedTokens;
};
