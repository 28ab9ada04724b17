// The Pipes objects: ConnectedAccount and the DataProvider list item, in the
// shape of SDK 12.3.0 (pipes-today.md §2a/§2b) and in the 0.1.0 shape that the
// official emulator still sends (connected_account only, camelCase twins, no
// connected_accounts array).

#include "core/JsonDecode.h"

#include "core/JsonDecodeReader.h"

namespace JsonDecode {
namespace {

using detail::indexPath;
using detail::join;
using Reader = detail::Reader;

// One nested account of a provider row (connected_account or an item of connected_accounts).
Decoded<ConnectedAccount> nestedAccount(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return DecodeError{path, QStringLiteral("expected an object")};
    return connectedAccountObject(value.toObject(), path);
}

} // namespace

Decoded<ConnectedAccount> connectedAccountObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    ConnectedAccount a;
    r.expectObjectType("connected_account");
    a.id = r.requiredString("id");
    // user_id is null for organization-owned connections. Nested list items of
    // older servers carry the deprecated userland_user_id / userlandUserId instead.
    a.userId = r.optionalString("user_id");
    if (a.userId.isEmpty())
        a.userId = r.optionalStringOrTwin("userland_user_id", "userlandUserId");
    a.organizationId = r.optionalStringOrTwin("organization_id", "organizationId");
    a.scopes = r.stringArray("scopes");
    a.stateText = r.requiredString("state");
    a.state = connectionStateFromString(a.stateText);
    a.createdAt = r.optionalTimeOrTwin("created_at", "createdAt");
    a.updatedAt = r.optionalTimeOrTwin("updated_at", "updatedAt");
    // [INFERENCE] A missing connection_role means a 0.1.0 server, where the one
    // connection there is can only be the compatibility connection.
    a.roleText = r.optionalString("connection_role");
    a.role = connectionRoleFromString(a.roleText);
    a.accountDisplayName = r.optionalString("account_display_name");
    a.accountIdentifier = r.optionalString("account_identifier");
    a.authMethod = r.optionalString("auth_method");
    a.authMethodKind = authMethodFromString(a.authMethod);
    a.apiKeyLast4 = r.optionalString("api_key_last_4");
    a.clientId = r.optionalString("client_id");
    a.clientSecretLast4 = r.optionalString("client_secret_last_4");
    a.config = r.stringMap("config");
    a.establishedByUserId = r.optionalString("established_by_user_id");
    a.stateReasonText = r.optionalString("state_reason");
    a.stateReason = stateReasonFromString(a.stateReasonText);
    a.raw = object;
    if (r.failed())
        return r.error();
    return a;
}

Decoded<DataProvider> dataProviderObject(const QJsonObject &object, const QString &path)
{
    Reader r(object, path);
    DataProvider p;
    r.expectObjectType("data_provider");
    p.id = r.requiredString("id");
    p.name = r.requiredString("name");
    p.slug = r.requiredString("slug");
    p.description = r.optionalString("description");
    p.integrationType = r.optionalStringOrTwin("integration_type", "integrationType");
    p.credentialsType = r.optionalStringOrTwin("credentials_type", "credentialsType");
    p.scopes = r.stringArray("scopes", &p.scopesConfigured);
    p.ownershipText = r.optionalString("ownership");
    p.connectionOwnerText = r.optionalString("connection_owner");
    // connection_owner replaces the deprecated ownership (userland_user = user).
    p.ownership = ownershipFromString(p.connectionOwnerText.isEmpty() ? p.ownershipText : p.connectionOwnerText);
    bool authMethodsPresent = false;
    const QStringList authMethods = r.stringArray("auth_methods", &authMethodsPresent);
    if (authMethodsPresent)
        p.authMethods = authMethods; // absent: the default ["oauth"]
    p.createdAt = r.optionalTimeOrTwin("created_at", "createdAt");
    p.updatedAt = r.optionalTimeOrTwin("updated_at", "updatedAt");

    const QJsonValue list = object.value(QLatin1String("connected_accounts"));
    p.connectedAccountsPresent = list.isArray();
    if (!list.isUndefined() && !list.isNull() && !list.isArray())
        r.fail("connected_accounts", QStringLiteral("expected an array or null"));
    // connected_account is required in 0.1.0 (null when not connected). A server
    // that sends the connected_accounts array speaks the newer contract, where
    // the SDK reads a missing connected_account as null; so only then is it optional.
    if (!r.has("connected_account") && !p.connectedAccountsPresent)
        r.fail("connected_account", QStringLiteral("missing required field (null when not connected)"));
    if (r.failed())
        return r.error();

    const QJsonValue account = object.value(QLatin1String("connected_account"));
    const QString accountPath = join(path, QStringLiteral("connected_account"));
    if (account.isObject()) {
        Decoded<ConnectedAccount> decoded = nestedAccount(account, accountPath);
        if (!decoded.ok())
            return decoded.error();
        p.connectedAccount = std::move(decoded.value());
    } else if (!account.isNull() && !account.isUndefined()) {
        return DecodeError{accountPath, QStringLiteral("expected an object or null")};
    }

    if (p.connectedAccountsPresent) {
        const QJsonArray array = list.toArray();
        const QString listPath = join(path, QStringLiteral("connected_accounts"));
        p.connectedAccounts.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Decoded<ConnectedAccount> decoded = nestedAccount(array.at(i), indexPath(listPath, i));
            if (!decoded.ok())
                return decoded.error();
            p.connectedAccounts.append(std::move(decoded.value()));
        }
    }
    p.raw = object;
    return p;
}

} // namespace JsonDecode
