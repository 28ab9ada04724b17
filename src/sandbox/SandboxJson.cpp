#include "sandbox/SandboxJson.h"

#include "sandbox/SandboxIds.h"

#include <QJsonArray>

namespace {

// FNV-1a: stable across runs (qHash is seeded per process).
quint64 stableHash(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return h & 0xFFFFFFFFFFFFULL;
}

} // namespace

namespace SandboxJson {

QJsonValue timestamp(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString ownershipText(SandboxOwnership ownership)
{
    return ownership == SandboxOwnership::Organization ? QStringLiteral("organization")
                                                       : QStringLiteral("userland_user");
}

QJsonObject user(const SandboxUser &u)
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("user")},
        {QStringLiteral("id"), u.id},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("first_name"), stringOrNull(u.firstName)},
        {QStringLiteral("last_name"), stringOrNull(u.lastName)},
        {QStringLiteral("email_verified"), u.emailVerified},
        {QStringLiteral("profile_picture_url"), stringOrNull(u.profilePictureUrl)},
        {QStringLiteral("external_id"), stringOrNull(u.externalId)},
        {QStringLiteral("metadata"), u.metadata},
        {QStringLiteral("last_sign_in_at"), timestamp(u.lastSignInAt)},
        {QStringLiteral("locale"), stringOrNull(u.locale)},
        {QStringLiteral("created_at"), timestamp(u.createdAt)},
        {QStringLiteral("updated_at"), timestamp(u.updatedAt)},
    };
}

QJsonObject organization(const SandboxOrganization &o)
{
    QJsonArray domains;
    for (const QString &domain : o.domains) {
        domains.append(QJsonObject{
            {QStringLiteral("object"), QStringLiteral("organization_domain")},
            {QStringLiteral("id"), SandboxIds::make(QStringLiteral("org_domain_"), SandboxIds::Kind::Domain,
                                                    stableHash(o.id + domain))},
            {QStringLiteral("organization_id"), o.id},
            {QStringLiteral("domain"), domain},
            {QStringLiteral("state"), QStringLiteral("verified")},
            {QStringLiteral("verification_strategy"), QStringLiteral("dns")},
            {QStringLiteral("created_at"), timestamp(o.createdAt)},
            {QStringLiteral("updated_at"), timestamp(o.updatedAt)},
        });
    }
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("organization")},
        {QStringLiteral("id"), o.id},
        {QStringLiteral("name"), o.name},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("external_id"), stringOrNull(o.externalId)},
        {QStringLiteral("allow_profiles_outside_organization"), false},
        {QStringLiteral("created_at"), timestamp(o.createdAt)},
        {QStringLiteral("updated_at"), timestamp(o.updatedAt)},
    };
}

QJsonObject membership(const SandboxMembership &m, const SandboxStore &store)
{
    QJsonObject object{
        {QStringLiteral("object"), QStringLiteral("organization_membership")},
        {QStringLiteral("id"), m.id},
        {QStringLiteral("user_id"), m.userId},
        {QStringLiteral("organization_id"), m.organizationId},
        {QStringLiteral("status"), m.status},
        {QStringLiteral("directory_managed"), false},
        {QStringLiteral("custom_attributes"), QJsonObject()},
        {QStringLiteral("role"), QJsonObject{{QStringLiteral("slug"), m.roleSlug}}},
        {QStringLiteral("created_at"), timestamp(m.createdAt)},
        {QStringLiteral("updated_at"), timestamp(m.updatedAt)},
    };
    if (const SandboxOrganization *o = store.organization(m.organizationId))
        object.insert(QStringLiteral("organization_name"), o->name);
    if (const SandboxUser *u = store.user(m.userId))
        object.insert(QStringLiteral("user"), user(*u));
    return object;
}

QJsonObject connectedAccount(const SandboxAccount &a)
{
    QJsonObject config;
    for (auto it = a.config.constBegin(); it != a.config.constEnd(); ++it)
        config.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("connected_account")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("connection_role"), a.role == SandboxConnectionRole::Compatibility ? QStringLiteral("compatibility")
                                                                                          : QStringLiteral("standard")},
        {QStringLiteral("account_identifier"), stringOrNull(a.identifier)},
        {QStringLiteral("account_display_name"), stringOrNull(a.displayName)},
        {QStringLiteral("user_id"), stringOrNull(a.userId)},
        {QStringLiteral("organization_id"), stringOrNull(a.organizationId)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
        {QStringLiteral("auth_method"), a.authMethod},
        {QStringLiteral("api_key_last_4"), stringOrNull(a.apiKeyLast4)},
        {QStringLiteral("client_id"), stringOrNull(a.clientId)},
        {QStringLiteral("client_secret_last_4"), stringOrNull(a.clientSecretLast4)},
        {QStringLiteral("config"), config},
        {QStringLiteral("state"), a.state},
        {QStringLiteral("established_by_user_id"), stringOrNull(a.establishedByUserId)},
        {QStringLiteral("state_reason"), stringOrNull(a.stateReason)},
        {QStringLiteral("created_at"), timestamp(a.createdAt)},
        {QStringLiteral("updated_at"), timestamp(a.updatedAt)},
    };
}

namespace {

// A connection nested in a provider row: the deprecated userland_user_id and
// the 0.1.0 camelCase twins are sent too (0.1.0 requires the twins).
QJsonObject nestedAccount(const SandboxAccount &account)
{
    QJsonObject a = connectedAccount(account);
    a.insert(QStringLiteral("userland_user_id"), stringOrNull(account.userId));
    a.insert(QStringLiteral("userlandUserId"), stringOrNull(account.userId));
    a.insert(QStringLiteral("organizationId"), stringOrNull(account.organizationId));
    a.insert(QStringLiteral("createdAt"), timestamp(account.createdAt));
    a.insert(QStringLiteral("updatedAt"), timestamp(account.updatedAt));
    return a;
}

} // namespace

QJsonObject dataProvider(const SandboxProvider &p, const std::optional<SandboxAccount> &account,
                         const QList<SandboxAccount> &accounts)
{
    QJsonArray list;
    for (const SandboxAccount &a : accounts)
        list.append(nestedAccount(a));
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("data_provider")},
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("description"), stringOrNull(p.description)},
        {QStringLiteral("slug"), p.slug},
        {QStringLiteral("integration_type"), p.integrationType},
        {QStringLiteral("credentials_type"), p.credentialsType},
        {QStringLiteral("scopes"), p.scopes ? QJsonValue(QJsonArray::fromStringList(*p.scopes))
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("auth_methods"), QJsonArray::fromStringList(p.authMethods)},
        {QStringLiteral("connection_owner"), p.ownership == SandboxOwnership::Organization ? QStringLiteral("organization")
                                                                                          : QStringLiteral("user")},
        {QStringLiteral("ownership"), ownershipText(p.ownership)},
        {QStringLiteral("created_at"), timestamp(p.createdAt)},
        {QStringLiteral("updated_at"), timestamp(p.updatedAt)},
        {QStringLiteral("integrationType"), p.integrationType},
        {QStringLiteral("credentialsType"), p.credentialsType},
        {QStringLiteral("createdAt"), timestamp(p.createdAt)},
        {QStringLiteral("updatedAt"), timestamp(p.updatedAt)},
        {QStringLiteral("connected_account"), account ? QJsonValue(nestedAccount(*account)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("connected_accounts"), list},
    };
}

} // namespace SandboxJson
