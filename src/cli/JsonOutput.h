#pragma once

#include "core/ApiTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The --json shapes of pipes-admin-cli. Objects mirror WorkOS: snake_case keys
// with WorkOS's names and values, null where WorkOS sends null. Keys are
// sorted (QJsonObject), so the output is stable byte for byte.
//
// Each object starts from the raw WorkOS object minus the deprecated camelCase
// twins (`createdAt`, ...), so fields this build does not know yet are passed
// through; the known fields are then written from the decoded values, with
// timestamps normalised to UTC ISO-8601 with milliseconds ("...T...Z").
//
//   users      {"object":"list","data":[user...],"list_metadata":{"before":..,"after":..}}
//              (after --all: "after" is null, every page is in "data")
//   user       user
//   providers  {"object":"list","user_id":..,"organization_id":..|null,"data":[data_provider...]}
//              each data_provider has "connected_account" (object or null) and the derived
//              "missing_scopes" (configured minus granted; null when not connected)
//   account    connected_account
//   disconnect {"object":"disconnect_result","user_id":..,"organization_id":..|null,"slug":..,
//               "tokens_removed":true,"provider_access_revoked":false}
//   authorize-url {"url":..,"opened":true|false}
namespace JsonOutput {
QJsonObject user(const User &user);
QJsonObject userList(const QList<User> &users, const QString &before, const QString &after);
QJsonObject connectedAccount(const ConnectedAccount &account);
QJsonObject dataProvider(const DataProvider &provider);
QJsonObject dataProviderList(const QList<DataProvider> &providers, const QString &userId,
                             const QString &organizationId);
QJsonObject disconnectResult(const QString &userId, const QString &slug, const QString &organizationId);
enum class LinkOpened { No, Yes };
QJsonObject authorizeUrl(const QUrl &url, LinkOpened opened);

// Indented, UTF-8, ending in a newline.
QByteArray toText(const QJsonObject &object);
} // namespace JsonOutput
