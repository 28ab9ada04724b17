#pragma once

#include "core/ApiTypes.h"
#include "core/TimeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Every field of decoded providers and their connections (raw objects
// included) as one JSON text: two decoders gave the same answer when their
// dumps are equal. For the tests and the fuzz target that hold the decoder's
// fast path to the general one.
namespace DecodedDump {

inline QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(TimeText::isoUtc(t)) : QJsonValue(QJsonValue::Null);
}

inline QJsonObject account(const ConnectedAccount &a)
{
    QJsonObject config;
    for (auto it = a.config.cbegin(); it != a.config.cend(); ++it)
        config.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("userId"), a.userId},
                       {QStringLiteral("organizationId"), a.organizationId},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
                       {QStringLiteral("state"), int(a.state)},
                       {QStringLiteral("stateText"), a.stateText},
                       {QStringLiteral("createdAt"), time(a.createdAt)},
                       {QStringLiteral("updatedAt"), time(a.updatedAt)},
                       {QStringLiteral("authMethod"), a.authMethod},
                       {QStringLiteral("apiKeyLast4"), a.apiKeyLast4},
                       {QStringLiteral("raw"), a.raw.object()},
                       {QStringLiteral("role"), int(a.role)},
                       {QStringLiteral("roleText"), a.roleText},
                       {QStringLiteral("accountDisplayName"), a.accountDisplayName},
                       {QStringLiteral("accountIdentifier"), a.accountIdentifier},
                       {QStringLiteral("authMethodKind"), int(a.authMethodKind)},
                       {QStringLiteral("clientId"), a.clientId},
                       {QStringLiteral("clientSecretLast4"), a.clientSecretLast4},
                       {QStringLiteral("config"), config},
                       {QStringLiteral("establishedByUserId"), a.establishedByUserId},
                       {QStringLiteral("stateReason"), int(a.stateReason)},
                       {QStringLiteral("stateReasonText"), a.stateReasonText}};
}

inline QJsonObject provider(const DataProvider &p)
{
    QJsonArray accounts;
    for (const ConnectedAccount &a : p.connectedAccounts)
        accounts.append(account(a));
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("description"), p.description},
                       {QStringLiteral("slug"), p.slug},
                       {QStringLiteral("integrationType"), p.integrationType},
                       {QStringLiteral("credentialsType"), p.credentialsType},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(p.scopes)},
                       {QStringLiteral("scopesConfigured"), p.scopesConfigured},
                       {QStringLiteral("ownership"), int(p.ownership)},
                       {QStringLiteral("ownershipText"), p.ownershipText},
                       {QStringLiteral("connectionOwnerText"), p.connectionOwnerText},
                       {QStringLiteral("authMethods"), QJsonArray::fromStringList(p.authMethods)},
                       {QStringLiteral("createdAt"), time(p.createdAt)},
                       {QStringLiteral("updatedAt"), time(p.updatedAt)},
                       {QStringLiteral("connectedAccount"),
                        p.connectedAccount ? QJsonValue(account(*p.connectedAccount)) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("connectedAccounts"), accounts},
                       {QStringLiteral("connectedAccountsPresent"), p.connectedAccountsPresent},
                       {QStringLiteral("raw"), p.raw.object()}};
}

inline QByteArray providers(const QList<DataProvider> &list)
{
    QJsonArray out;
    for (const DataProvider &p : list)
        out.append(provider(p));
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}
} // namespace DecodedDump
