#pragma once

#include "SandboxStore.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// WorkOS-shaped JSON for the sandbox's objects (field names, nullability and
// enum values as in the WorkOS OpenAPI document, @workos/openapi-spec 0.1.0).
namespace SandboxJson {

QJsonValue timestamp(const QDateTime &time); // ISO-8601 UTC with milliseconds, or null
QJsonValue stringOrNull(const QString &text);
QString ownershipText(SandboxOwnership ownership);

QJsonObject user(const SandboxUser &user);
QJsonObject organization(const SandboxOrganization &organization);
QJsonObject membership(const SandboxMembership &membership, const SandboxStore &store);
QJsonObject connectedAccount(const SandboxAccount &account);
// The element of the data_providers list: the deprecated camelCase twins are sent too.
QJsonObject dataProvider(const SandboxProvider &provider, const std::optional<SandboxAccount> &account);

} // namespace SandboxJson
