#pragma once

#include "sandbox/SandboxStore.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// WorkOS-shaped JSON for the sandbox's objects (field names, nullability and
// enum values as in the WorkOS OpenAPI document, @workos/openapi-spec 0.1.0,
// plus the fields SDK @workos-inc/node 12.3.0 reads: see /work/shared/api/pipes-today.md).
namespace SandboxJson {

QJsonValue timestamp(const QDateTime &time); // ISO-8601 UTC with milliseconds, or null
QJsonValue stringOrNull(const QString &text);
QString ownershipText(SandboxOwnership ownership);

QJsonObject user(const SandboxUser &user);
QJsonObject organization(const SandboxOrganization &organization);
QJsonObject membership(const SandboxMembership &membership, const SandboxStore &store);
QJsonObject connectedAccount(const SandboxAccount &account);
// The element of the data_providers list (SDK 12.3.0 shape; the deprecated
// ownership, userland_user_id and the 0.1.0 camelCase twins are sent too).
// account: the compatibility connection; accounts: connected_accounts, which
// the caller fills as supports_multiple_connections asks (pipes-today.md §2c).
QJsonObject dataProvider(const SandboxProvider &provider, const std::optional<SandboxAccount> &account,
                         const QList<SandboxAccount> &accounts);

} // namespace SandboxJson
