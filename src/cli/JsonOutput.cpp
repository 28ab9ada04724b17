#include "cli/JsonOutput.h"

#include "core/ConnectionStatus.h"
#include "core/TimeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace JsonOutput {
namespace {
// The raw object without the deprecated camelCase duplicates WorkOS still sends.
QJsonObject snakeCaseOnly(const QJsonObject &raw)
{
    QJsonObject result;
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it) {
        const QString &key = it.key();
        if (key != key.toLower())
            continue;
        result.insert(key, it.value());
    }
    return result;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(TimeText::isoUtc(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue cursorOrNull(const QString &cursor)
{
    return stringOrNull(cursor);
}
} // namespace

QJsonObject user(const User &u)
{
    QJsonObject o = snakeCaseOnly(u.raw);
    o.insert(QStringLiteral("object"), QStringLiteral("user"));
    o.insert(QStringLiteral("id"), u.id);
    o.insert(QStringLiteral("email"), u.email);
    o.insert(QStringLiteral("first_name"), stringOrNull(u.firstName));
    o.insert(QStringLiteral("last_name"), stringOrNull(u.lastName));
    o.insert(QStringLiteral("email_verified"), u.emailVerified);
    o.insert(QStringLiteral("profile_picture_url"), stringOrNull(u.profilePictureUrl));
    o.insert(QStringLiteral("external_id"), stringOrNull(u.externalId));
    o.insert(QStringLiteral("locale"), stringOrNull(u.locale));
    o.insert(QStringLiteral("metadata"), u.metadata);
    o.insert(QStringLiteral("last_sign_in_at"), timeOrNull(u.lastSignInAt));
    o.insert(QStringLiteral("created_at"), timeOrNull(u.createdAt));
    o.insert(QStringLiteral("updated_at"), timeOrNull(u.updatedAt));
    return o;
}

QJsonObject userList(const QList<User> &users, const QString &before, const QString &after)
{
    QJsonArray data;
    for (const User &u : users)
        data.append(user(u));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("list_metadata"),
         QJsonObject{{QStringLiteral("before"), cursorOrNull(before)}, {QStringLiteral("after"), cursorOrNull(after)}}},
    };
}

QJsonObject connection(const ConnectedAccount &a, const QString &slug, const DataProvider *provider)
{
    QJsonObject config;
    for (auto it = a.config.constBegin(); it != a.config.constEnd(); ++it)
        config.insert(it.key(), it.value());
    QJsonObject o{
        {QStringLiteral("object"), QStringLiteral("connection")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("provider"), slug},
        {QStringLiteral("label"), stringOrNull(a.accountDisplayName)},
        {QStringLiteral("account_identifier"), stringOrNull(a.accountIdentifier)},
        {QStringLiteral("role"), a.isCompatibility() ? QStringLiteral("compatibility") : a.roleText},
        {QStringLiteral("state"), a.stateText},
        {QStringLiteral("state_reason"), stringOrNull(a.stateReasonText)},
        {QStringLiteral("state_reason_text"), stringOrNull(ConnectionStatuses::reasonText(a))},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
        {QStringLiteral("auth_method"), a.authMethod.isEmpty() ? QStringLiteral("oauth") : a.authMethod},
        {QStringLiteral("api_key_last_4"), stringOrNull(a.apiKeyLast4)},
        {QStringLiteral("client_id"), stringOrNull(a.clientId)},
        {QStringLiteral("client_secret_last_4"), stringOrNull(a.clientSecretLast4)},
        {QStringLiteral("config"), config},
        {QStringLiteral("user_id"), stringOrNull(a.userId)},
        {QStringLiteral("organization_id"), stringOrNull(a.organizationId)},
        {QStringLiteral("established_by_user_id"), stringOrNull(a.establishedByUserId)},
        {QStringLiteral("created_at"), timeOrNull(a.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(a.updatedAt)},
    };
    if (provider)
        o.insert(QStringLiteral("missing_scopes"), QJsonArray::fromStringList(provider->missingScopes(a)));
    return o;
}

QJsonObject dataProvider(const DataProvider &p)
{
    QJsonArray connections;
    const QList<ConnectedAccount> all = p.allConnections();
    for (const ConnectedAccount &a : all)
        connections.append(connection(a, p.slug, &p));
    QString owner = p.connectionOwnerText;
    if (owner.isEmpty())
        owner = p.ownership == Ownership::Organization ? QStringLiteral("organization")
            : p.ownership == Ownership::User        ? QStringLiteral("user")
                                                    : p.ownershipText;
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("provider")},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), stringOrNull(p.description)},
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("integration_type"), stringOrNull(p.integrationType)},
        {QStringLiteral("credentials_type"), stringOrNull(p.credentialsType)},
        {QStringLiteral("scopes"),
         p.scopesConfigured ? QJsonValue(QJsonArray::fromStringList(p.scopes)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("connection_owner"), stringOrNull(owner)},
        {QStringLiteral("auth_methods"), QJsonArray::fromStringList(p.authMethods)},
        {QStringLiteral("created_at"), timeOrNull(p.createdAt)},
        {QStringLiteral("updated_at"), timeOrNull(p.updatedAt)},
        {QStringLiteral("connection_count"), int(all.size())},
        {QStringLiteral("connections"), connections},
    };
}

QJsonObject dataProviderList(const QList<DataProvider> &providers, const Owner &owner, const QString &organizationId)
{
    QJsonArray data;
    for (const DataProvider &p : providers)
        data.append(dataProvider(p));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("owner_kind"), owner.kindText()},
        {QStringLiteral("owner_id"), owner.id},
        {QStringLiteral("organization_id"), stringOrNull(owner.isOrganization() ? owner.id : organizationId)},
        {QStringLiteral("data"), data},
    };
}

QJsonObject disconnectResult(const Owner &owner, const QString &slug, const QString &organizationId,
                             const ConnectedAccount &connection)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("disconnect_result")},
        {QStringLiteral("owner_kind"), owner.kindText()},
        {QStringLiteral("owner_id"), owner.id},
        {QStringLiteral("organization_id"), stringOrNull(owner.isOrganization() ? owner.id : organizationId)},
        {QStringLiteral("slug"), slug},
        {QStringLiteral("connection_id"), connection.id},
        {QStringLiteral("label"), stringOrNull(connection.accountDisplayName)},
        {QStringLiteral("tokens_removed"), true},
        {QStringLiteral("provider_access_revoked"), false},
    };
}

QJsonObject authorizeUrl(const QUrl &url, LinkOpened opened)
{
    return QJsonObject{
        {QStringLiteral("url"), url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("opened"), opened == LinkOpened::Yes},
    };
}

QJsonObject authorizeUrl(const QUrl &url, LinkOpened opened, bool mailed)
{
    QJsonObject object = authorizeUrl(url, opened);
    object.insert(QStringLiteral("mailed"), mailed);
    return object;
}

QByteArray toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
} // namespace JsonOutput
