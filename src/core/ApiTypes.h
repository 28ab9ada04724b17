#pragma once

#include "core/RawJson.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Value types for the WorkOS objects Pipes Admin shows. Each keeps the raw
// JSON object it was decoded from, so unknown or future fields are never lost
// (the details pane shows them, support staff paste them into tickets).

template <typename T>
struct Page final
{
    QList<T> data;
    QString before; // list_metadata.before; empty when null
    QString after;  // list_metadata.after; empty when null (the last page)
    bool hasMore() const { return !after.isEmpty(); }
};

struct User final
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    bool emailVerified = false;
    QString profilePictureUrl;
    QString externalId;
    QString locale;
    QDateTime lastSignInAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject metadata;
    QJsonObject raw;

    // "First Last", or empty when neither is known.
    QString fullName() const;
};

struct Organization final
{
    QString id;
    QString name;
    QStringList domains;
    QString externalId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;
};

struct OrganizationMembership final
{
    QString id;
    QString userId;
    QString organizationId;
    QString organizationName; // empty when the API did not send it
    QString role;             // role slug, e.g. "member"
    QString status;           // "active", "pending", "inactive" or anything newer
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject raw;
};

enum class ConnectionState {
    Connected,
    NeedsReauthorization,
    Disconnected,
    Unknown, // a state this build does not know: show ConnectedAccount::stateText
};

// Which connection of an owner (a user, a user scoped to an organization, or an
// organization) this is. The compatibility connection is the one a client that
// does not send supports_multiple_connections sees; standard ones are its peers.
// The role implies no preference or order (pipes-today.md §2a).
enum class ConnectionRole {
    Compatibility, // "compatibility", and a 0.1.0 account without the field (it can only be that one)
    Standard,      // "standard"
    Unknown,       // a newer value: see ConnectedAccount::roleText
};

enum class AuthMethod {
    OAuth,             // "oauth", and a missing auth_method (pipes-today.md §2a: treat missing as oauth)
    ApiKey,            // "api_key"
    ClientCredentials, // "client_credentials"
    Unknown,           // a newer value: see ConnectedAccount::authMethod
};

// Why WorkOS itself changed a connection's state.
enum class StateReason {
    None,                               // null or absent: no reason recorded
    EstablishingMemberMembershipEnded,  // "establishing_member_membership_ended"
    Unknown,                            // a newer value: see ConnectedAccount::stateReasonText
};

struct ConnectedAccount final
{
    QString id;
    QString userId;         // may be empty (null: organization-owned connections have no owning user)
    QString organizationId; // may be empty (null)
    QStringList scopes;     // granted
    ConnectionState state = ConnectionState::Unknown;
    QString stateText;      // the raw "state" value, always kept
    QDateTime createdAt;
    QDateTime updatedAt;
    QString authMethod;     // the raw "auth_method" value; empty when absent (then it is OAuth)
    QString apiKeyLast4;    // empty unless auth_method is api_key
    RawJson raw; // the object as sent (JsonDecode's fast path keeps its text)

    // Fields of pipes-today.md §2a (all optional on the wire).
    ConnectionRole role = ConnectionRole::Compatibility;
    QString roleText;               // raw "connection_role"; empty when absent
    QString accountDisplayName;     // a changeable label ("Personal", "Work"); need not be unique
    QString accountIdentifier;      // best-effort provider account id, for correlation only (never a selector)
    AuthMethod authMethodKind = AuthMethod::OAuth;
    QString clientId;               // client_credentials only
    QString clientSecretLast4;      // client_credentials only
    QMap<QString, QString> config;  // stored, non-secret installation-scope values (may be empty)
    QString establishedByUserId;    // empty: null (developer-managed, unknown, or the member left)
    StateReason stateReason = StateReason::None;
    QString stateReasonText;        // raw "state_reason"; empty when null or absent

    bool isCompatibility() const { return role == ConnectionRole::Compatibility; }
    bool isOrganizationOwned() const { return userId.isEmpty() && !organizationId.isEmpty(); }
};

enum class Ownership {
    User,         // connection_owner "user" (legacy ownership "userland_user")
    Organization, // "organization": connections shared by every member
    Unknown,
};

struct DataProvider final
{
    QString id;
    QString name;
    QString description; // may be empty (null)
    QString slug;
    QString integrationType;
    QString credentialsType;
    QStringList scopes;         // configured scopes
    bool scopesConfigured = false; // false when "scopes" was null
    Ownership ownership = Ownership::Unknown; // from connection_owner, else the deprecated ownership
    QString ownershipText;      // raw deprecated "ownership" value (empty when absent)
    QString connectionOwnerText; // raw "connection_owner" value (empty when absent)
    QStringList authMethods = {QStringLiteral("oauth")}; // raw auth_methods; ["oauth"] when absent
    QDateTime createdAt;
    QDateTime updatedAt;
    // The compatibility connection (connected_account). nullopt: the compatibility
    // slot is empty, which no longer proves that the owner has no connection.
    std::optional<ConnectedAccount> connectedAccount;
    // Every connection the server listed (connected_accounts). Without
    // supports_multiple_connections a server lists at most the compatibility one;
    // 0.1.0 servers (and the official emulator) do not send the array at all.
    QList<ConnectedAccount> connectedAccounts;
    bool connectedAccountsPresent = false; // the array was in the response
    RawJson raw; // the object as sent (JsonDecode's fast path keeps its text)

    // Every connection known for this provider: the list when the server sent
    // one (plus the compatibility connection, should the list lack it), else the
    // single compatibility connection, else nothing.
    QList<ConnectedAccount> allConnections() const;

    // Configured scopes the account has not granted, in configured order.
    // Empty when there is no connected account.
    QStringList missingScopes() const;
    QStringList missingScopes(const ConnectedAccount &account) const;
};

struct AuthorizeUrl final
{
    QUrl url;
};

QString connectionStateToString(ConnectionState state);
ConnectionState connectionStateFromString(const QString &text);
ConnectionRole connectionRoleFromString(const QString &text); // empty: Compatibility (0.1.0)
AuthMethod authMethodFromString(const QString &text);         // empty: OAuth
StateReason stateReasonFromString(const QString &text);       // empty: None
Ownership ownershipFromString(const QString &text);           // "user"/"userland_user", "organization"

Q_DECLARE_METATYPE(User)
Q_DECLARE_METATYPE(Organization)
Q_DECLARE_METATYPE(DataProvider)
Q_DECLARE_METATYPE(ConnectedAccount)
