// The token endpoint (pipes-today.md §6) and the state changes behind the
// reauthorization_needed event, as members of SandboxPipesApi so they select
// connections exactly as get and delete do.

#include "sandbox/SandboxPipesApi.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

SandboxReply invalidField(const QString &field, const QString &message)
{
    return SandboxReply::validation(400, field, QStringLiteral("invalid"), QStringLiteral("Validation failed: %1").arg(message));
}

QJsonObject inactive(const QString &error)
{
    return QJsonObject{{QStringLiteral("active"), false}, {QStringLiteral("error"), error}};
}

} // namespace

SandboxReply SandboxPipesApi::token(const QString &slug, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return SandboxReply::error(400, QStringLiteral("The request body must be a JSON object."), QStringLiteral("invalid_json"));
    const QJsonObject object = document.object();
    const QJsonValue user = object.value(QStringLiteral("user_id"));
    if (!user.isString() || user.toString().isEmpty())
        return SandboxReply::validation(400, QStringLiteral("user_id"), QStringLiteral("required"),
                                        QStringLiteral("Validation failed: user_id is required."));
    const QString userId = user.toString();
    const QString organizationId = object.value(QStringLiteral("organization_id")).toString();
    if (auto error = resolve(userId, organizationId, slug))
        return *error;
    const SandboxProvider *provider = m_store.provider(slug);
    const QJsonValue owner = object.value(QStringLiteral("connection_owner"));
    const bool organizationOwner = owner == QJsonValue(QStringLiteral("organization"));
    if (!owner.isUndefined() && !owner.isNull() && !organizationOwner && owner != QJsonValue(QStringLiteral("user")))
        return invalidField(QStringLiteral("connection_owner"), QStringLiteral("connection_owner must be user or organization."));
    SandboxAccountKey key = m_store.accountKey(*provider, userId, organizationId);
    if (organizationOwner) {
        if (organizationId.isEmpty())
            return invalidField(QStringLiteral("organization_id"),
                                QStringLiteral("organization_id is required when connection_owner is organization."));
        key = {slug, QString(), organizationId};
    }
    if (key.userId.isEmpty()) {
        // The member a shared connection's token is handed out for must be active.
        const QList<const SandboxMembership *> memberships = m_store.membershipsOfUser(userId);
        const bool active = std::any_of(memberships.cbegin(), memberships.cend(), [&key](const SandboxMembership *m) {
            return m->organizationId == key.organizationId && m->status == QLatin1String("active");
        });
        if (!active)
            return SandboxReply::error(403, QStringLiteral("User '%1' is not an active member of organization '%2'.")
                                                .arg(userId, key.organizationId),
                                       QStringLiteral("organization_membership_required"));
    }
    QUrlQuery selector;
    const QString id = object.value(QStringLiteral("connected_account_id")).toString();
    if (!id.isEmpty())
        selector.addQueryItem(QStringLiteral("connected_account_id"), id);
    if (object.value(QStringLiteral("supports_multiple_connections")).toBool())
        selector.addQueryItem(QStringLiteral("supports_multiple_connections"), QStringLiteral("true"));
    if (id.isEmpty() && (selector.isEmpty() ? !m_store.account(key) : m_store.accounts(key).isEmpty()))
        return SandboxReply::json(200, inactive(QStringLiteral("not_installed"))); // no connection (S0:189-191)
    const Selection selection = select(key, selector, slug);
    if (selection.error)
        return *selection.error;
    const SandboxAccount &account = *selection.account;
    if (account.authMethod != QLatin1String("oauth"))
        return SandboxReply::error(422, QStringLiteral("Connected account '%1' uses %2, not OAuth.").arg(account.id, account.authMethod),
                                   QStringLiteral("auth_method_mismatch"));
    if (account.state == QLatin1String("disconnected"))
        return SandboxReply::json(200, inactive(QStringLiteral("not_installed")));
    if (account.state != QLatin1String("connected"))
        return SandboxReply::json(200, inactive(QStringLiteral("needs_reauthorization")));

    // A fake but unique access token: tests look for it in everything the app wrote.
    const QByteArray seed = account.id.toUtf8() + QByteArray::number(++m_tokenCounter);
    const QString value = QStringLiteral("sbx_at_")
        + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex().left(32));
    m_store.recordIssuedToken(value);
    QStringList missing;
    if (provider->scopes) {
        for (const QString &scope : *provider->scopes) {
            if (!account.scopes.contains(scope))
                missing.append(scope);
        }
    }
    const QJsonObject accessToken{
        {QStringLiteral("object"), QStringLiteral("access_token")},
        {QStringLiteral("access_token"), value},
        {QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODateWithMs)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(account.scopes)},
        {QStringLiteral("missing_scopes"), QJsonArray::fromStringList(missing)},
    };
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("active"), true}, {QStringLiteral("access_token"), accessToken}});
}

std::optional<SandboxAccount> SandboxPipesApi::markNeedsReauthorization(const QString &connectedAccountId)
{
    for (SandboxAccount account : m_store.allAccounts()) {
        if (account.id != connectedAccountId)
            continue;
        account.state = QStringLiteral("needs_reauthorization");
        account.updatedAt = QDateTime::currentDateTimeUtc();
        m_store.putAccount(account);
        SandboxEvents::recordAccount(m_store, account, QStringLiteral("reauthorization_needed"), account.updatedAt);
        return account;
    }
    return std::nullopt;
}
