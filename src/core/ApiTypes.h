#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
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

struct ConnectedAccount final
{
    QString id;
    QString userId;         // may be empty (null)
    QString organizationId; // may be empty (null)
    QStringList scopes;     // granted
    ConnectionState state = ConnectionState::Unknown;
    QString stateText;      // the raw "state" value, always kept
    QDateTime createdAt;
    QDateTime updatedAt;
    QString authMethod;     // "oauth", "api_key" or empty
    QString apiKeyLast4;    // empty unless auth_method is api_key
    QJsonObject raw;
};

enum class Ownership {
    User,         // "userland_user"
    Organization, // "organization": one account shared by every member
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
    Ownership ownership = Ownership::Unknown;
    QString ownershipText;      // raw value
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<ConnectedAccount> connectedAccount; // nullopt: the user has not connected
    QJsonObject raw;

    // Configured scopes the account has not granted, in configured order.
    // Empty when there is no connected account.
    QStringList missingScopes() const;
};

struct AuthorizeUrl final
{
    QUrl url;
};

QString connectionStateToString(ConnectionState state);
ConnectionState connectionStateFromString(const QString &text);

Q_DECLARE_METATYPE(User)
Q_DECLARE_METATYPE(Organization)
Q_DECLARE_METATYPE(DataProvider)
Q_DECLARE_METATYPE(ConnectedAccount)
