#include "cli/JsonOutput.h"

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

QJsonObject connectedAccount(const ConnectedAccount &a)
{
    QJsonObject o = snakeCaseOnly(a.raw);
    o.insert(QStringLiteral("object"), QStringLiteral("connected_account"));
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("user_id"), stringOrNull(a.userId));
    o.insert(QStringLiteral("organization_id"), stringOrNull(a.organizationId));
    o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes));
    o.insert(QStringLiteral("state"), a.stateText);
    if (!a.authMethod.isEmpty() || o.contains(QStringLiteral("auth_method")))
        o.insert(QStringLiteral("auth_method"), stringOrNull(a.authMethod));
    if (!a.apiKeyLast4.isEmpty() || o.contains(QStringLiteral("api_key_last_4")))
        o.insert(QStringLiteral("api_key_last_4"), stringOrNull(a.apiKeyLast4));
    o.insert(QStringLiteral("created_at"), timeOrNull(a.createdAt));
    o.insert(QStringLiteral("updated_at"), timeOrNull(a.updatedAt));
    return o;
}

QJsonObject dataProvider(const DataProvider &p)
{
    QJsonObject o = snakeCaseOnly(p.raw);
    o.insert(QStringLiteral("object"), QStringLiteral("data_provider"));
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("description"), stringOrNull(p.description));
    o.insert(QStringLiteral("slug"), p.slug);
    o.insert(QStringLiteral("integration_type"), stringOrNull(p.integrationType));
    o.insert(QStringLiteral("credentials_type"), stringOrNull(p.credentialsType));
    o.insert(QStringLiteral("scopes"),
             p.scopesConfigured ? QJsonValue(QJsonArray::fromStringList(p.scopes)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("ownership"), p.ownershipText);
    o.insert(QStringLiteral("created_at"), timeOrNull(p.createdAt));
    o.insert(QStringLiteral("updated_at"), timeOrNull(p.updatedAt));
    if (p.connectedAccount) {
        o.insert(QStringLiteral("connected_account"), connectedAccount(*p.connectedAccount));
        o.insert(QStringLiteral("missing_scopes"), QJsonArray::fromStringList(p.missingScopes()));
    } else {
        o.insert(QStringLiteral("connected_account"), QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("missing_scopes"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject dataProviderList(const QList<DataProvider> &providers, const QString &userId,
                             const QString &organizationId)
{
    QJsonArray data;
    for (const DataProvider &p : providers)
        data.append(dataProvider(p));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("organization_id"), stringOrNull(organizationId)},
        {QStringLiteral("data"), data},
    };
}

QJsonObject disconnectResult(const QString &userId, const QString &slug, const QString &organizationId)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("disconnect_result")},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("organization_id"), stringOrNull(organizationId)},
        {QStringLiteral("slug"), slug},
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

QByteArray toText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}
} // namespace JsonOutput
