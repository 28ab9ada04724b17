#pragma once

#include "core/ApiTypes.h"
#include "core/Owner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The --json shapes of pipes-admin-cli. Users mirror WorkOS: snake_case keys
// with WorkOS's names and values, null where WorkOS sends null, the raw object
// minus its deprecated camelCase twins so fields this build does not know yet
// are passed through. Providers and connections are tidy: every field this
// build decodes, under a name that says what it is, never the raw wire dump.
// Keys are sorted (QJsonObject), so the output is stable byte for byte;
// timestamps are UTC ISO-8601 with milliseconds ("...T...Z").
//
//   users      {"object":"list","data":[user...],"list_metadata":{"before":..,"after":..}}
//              (after --all: "after" is null, every page is in "data")
//   user       user
//   providers  {"object":"list","owner_kind":"user"|"organization","owner_id":..,
//               "organization_id":..|null,"data":[provider...]}
//              provider: {"object":"provider","id","name","slug","description","integration_type",
//               "credentials_type","scopes"|null,"connection_owner","auth_methods","created_at",
//               "updated_at","connection_count","connections":[connection...]}
//   connection {"object":"connection","id","provider","label","account_identifier","role",
//               "state","state_reason"|null,"state_reason_text"|null,"scopes","missing_scopes"
//               (providers only),"auth_method","api_key_last_4","client_id","client_secret_last_4",
//               "config","user_id","organization_id","established_by_user_id","created_at","updated_at"}
//   account    connection
//   disconnect {"object":"disconnect_result","owner_kind":..,"owner_id":..,"organization_id":..|null,
//               "slug":..,"connection_id":..,"label":..|null,"tokens_removed":true,
//               "provider_access_revoked":false}
//   authorize-url {"url":..,"opened":true|false}
namespace JsonOutput {
QJsonObject user(const User &user);
QJsonObject userList(const QList<User> &users, const QString &before, const QString &after);
// `provider`: given, the connection's missing scopes (configured minus granted) are included.
QJsonObject connection(const ConnectedAccount &account, const QString &slug, const DataProvider *provider = nullptr);
QJsonObject dataProvider(const DataProvider &provider);
QJsonObject dataProviderList(const QList<DataProvider> &providers, const Owner &owner, const QString &organizationId);
QJsonObject disconnectResult(const Owner &owner, const QString &slug, const QString &organizationId,
                             const ConnectedAccount &connection);
enum class LinkOpened { No, Yes };
QJsonObject authorizeUrl(const QUrl &url, LinkOpened opened);
// With --mail: also whether the message reached the mail client.
QJsonObject authorizeUrl(const QUrl &url, LinkOpened opened, bool mailed);

// Indented, UTF-8, ending in a newline.
QByteArray toText(const QJsonObject &object);
} // namespace JsonOutput
