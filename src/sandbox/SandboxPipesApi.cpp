#include "sandbox/SandboxPipesApi.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

// Query booleans travel as the strings "true"/"false" (pipes-today.md §1).
bool flagSet(const QUrlQuery &query)
{
    return queryValue(query, QStringLiteral("supports_multiple_connections")) == QLatin1String("true");
}

SandboxReply notFound(const QString &entity, const QString &id)
{
    return SandboxReply::json(404, QJsonObject{
        {QStringLiteral("message"), QStringLiteral("%1 not found: '%2'.").arg(entity, id)},
        {QStringLiteral("code"), QStringLiteral("entity_not_found")},
        {QStringLiteral("entity_id"), id},
    });
}

SandboxReply invalid(const QString &field, const QString &code, const QString &message)
{
    return SandboxReply::validation(400, field, code, QStringLiteral("Validation failed: %1").arg(message));
}

bool isActiveMember(const SandboxStore &store, const QString &userId, const QString &organizationId)
{
    const QList<const SandboxMembership *> memberships = store.membershipsOfUser(userId);
    return std::any_of(memberships.cbegin(), memberships.cend(), [&organizationId](const SandboxMembership *m) {
        return m->organizationId == organizationId && m->status == QLatin1String("active");
    });
}

} // namespace

SandboxPipesApi::SandboxPipesApi(SandboxStore &store)
    : m_store(store)
{
}

std::optional<SandboxReply> SandboxPipesApi::resolve(const QString &userId, const QString &organizationId,
                                                     const QString &slug) const
{
    if (!userId.isEmpty() && !m_store.user(userId))
        return notFound(QStringLiteral("User"), userId);
    if (!organizationId.isEmpty() && !m_store.organization(organizationId))
        return notFound(QStringLiteral("Organization"), organizationId);
    if (!slug.isEmpty() && !m_store.provider(slug))
        return notFound(QStringLiteral("Data integration"), slug);
    return std::nullopt;
}

SandboxPipesApi::Selection SandboxPipesApi::select(const SandboxAccountKey &key, const QUrlQuery &query,
                                                   const QString &slug)
{
    const QString id = queryValue(query, QStringLiteral("connected_account_id"));
    if (!id.isEmpty()) {
        if (auto account = m_store.accountById(key, id))
            return {account, std::nullopt};
        return {std::nullopt, notFound(QStringLiteral("Connected account"), id)};
    }
    if (!flagSet(query)) {
        if (auto account = m_store.account(key))
            return {account, std::nullopt};
        return {std::nullopt, notFound(QStringLiteral("Connected account"), slug)};
    }
    const QList<SandboxAccount> all = m_store.accounts(key);
    if (all.isEmpty())
        return {std::nullopt, notFound(QStringLiteral("Connected account"), slug)};
    if (all.size() > 1) {
        QStringList ids;
        for (const SandboxAccount &a : all)
            ids.append(a.id);
        return {std::nullopt, SandboxReply::error(409, QStringLiteral("%1 connections match; send connected_account_id "
                                                                      "(one of %2).").arg(all.size()).arg(ids.join(QStringLiteral(", "))),
                                                  QStringLiteral("account_selection_required"))};
    }
    return {all.constFirst(), std::nullopt};
}

SandboxReply SandboxPipesApi::listProviders(const QList<const SandboxProvider *> &providers, const QString &userId,
                                            const QString &organizationId, const QUrlQuery &query)
{
    const bool all = flagSet(query);
    QJsonArray data;
    for (const SandboxProvider *p : providers) {
        const SandboxAccountKey key = m_store.accountKey(*p, userId, organizationId);
        const std::optional<SandboxAccount> compatibility = m_store.account(key);
        // Without the flag the array holds at most the compatibility connection (§2c).
        QList<SandboxAccount> listed;
        if (all)
            listed = m_store.accounts(key);
        else if (compatibility)
            listed.append(*compatibility);
        data.append(SandboxJson::dataProvider(*p, compatibility, listed));
    }
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("data"), data}});
}

SandboxReply SandboxPipesApi::userDataProviders(const QString &userId, const QUrlQuery &query)
{
    const QString organizationId = queryValue(query, QStringLiteral("organization_id"));
    if (auto error = resolve(userId, organizationId, QString()))
        return *error;
    // [UNVERIFIED] whether the user list carries organization-owned rows: it
    // does here (every provider of the environment, M:5546), and with
    // organization_id they show the organization's connections, as in 0.1.0.
    QList<const SandboxProvider *> providers;
    for (const SandboxProvider &p : m_store.providers())
        providers.append(&p);
    return listProviders(providers, userId, organizationId, query);
}

SandboxReply SandboxPipesApi::organizationDataProviders(const QString &organizationId, const QUrlQuery &query)
{
    if (!m_store.organization(organizationId))
        return notFound(QStringLiteral("Organization"), organizationId);
    QList<const SandboxProvider *> providers;
    for (const SandboxProvider &p : m_store.providers()) {
        if (p.ownership == SandboxOwnership::Organization) // user-owned rows are excluded (M:5412)
            providers.append(&p);
    }
    return listProviders(providers, QString(), organizationId, query);
}

SandboxReply SandboxPipesApi::getUserAccount(const QString &userId, const QString &slug, const QUrlQuery &query)
{
    const QString organizationId = queryValue(query, QStringLiteral("organization_id"));
    if (auto error = resolve(userId, organizationId, slug))
        return *error;
    const Selection selection = select(m_store.accountKey(*m_store.provider(slug), userId, organizationId), query, slug);
    return selection.error ? *selection.error : SandboxReply::json(200, SandboxJson::connectedAccount(*selection.account));
}

SandboxReply SandboxPipesApi::getOrganizationAccount(const QString &organizationId, const QString &slug,
                                                     const QUrlQuery &query)
{
    if (!m_store.organization(organizationId))
        return notFound(QStringLiteral("Organization"), organizationId);
    if (auto error = resolve(QString(), organizationId, slug))
        return *error;
    const Selection selection = select({slug, QString(), organizationId}, query, slug);
    return selection.error ? *selection.error : SandboxReply::json(200, SandboxJson::connectedAccount(*selection.account));
}

SandboxReply SandboxPipesApi::remove(const SandboxAccountKey &key, const QUrlQuery &query, const QString &slug)
{
    const Selection selection = select(key, query, slug);
    if (selection.error)
        return *selection.error;
    m_store.removeAccount(key, selection.account->id);
    SandboxAccount gone = *selection.account;
    gone.state = QStringLiteral("disconnected");
    gone.updatedAt = QDateTime::currentDateTimeUtc();
    SandboxEvents::recordAccount(m_store, gone, QStringLiteral("disconnected"), gone.updatedAt);
    return SandboxReply::noContent();
}

SandboxReply SandboxPipesApi::deleteUserAccount(const QString &userId, const QString &slug, const QUrlQuery &query)
{
    const QString organizationId = queryValue(query, QStringLiteral("organization_id"));
    if (auto error = resolve(userId, organizationId, slug))
        return *error;
    return remove(m_store.accountKey(*m_store.provider(slug), userId, organizationId), query, slug);
}

SandboxReply SandboxPipesApi::deleteOrganizationAccount(const QString &organizationId, const QString &slug,
                                                        const QUrlQuery &query)
{
    if (!m_store.organization(organizationId))
        return notFound(QStringLiteral("Organization"), organizationId);
    if (auto error = resolve(QString(), organizationId, slug))
        return *error;
    return remove({slug, QString(), organizationId}, query, slug);
}

std::optional<SandboxReply> SandboxPipesApi::readIntent(const QJsonObject &body, const SandboxProvider &provider,
                                                        Pending *pending)
{
    const QJsonValue owner = body.value(QStringLiteral("connection_owner"));
    if (!owner.isUndefined() && !owner.isNull() && owner != QJsonValue(QStringLiteral("user"))
        && owner != QJsonValue(QStringLiteral("organization")))
        return invalid(QStringLiteral("connection_owner"), QStringLiteral("invalid_enum"),
                       QStringLiteral("connection_owner must be user or organization."));
    const QString organizationId = pending->key.organizationId;
    if (owner == QJsonValue(QStringLiteral("organization"))) {
        if (organizationId.isEmpty())
            return invalid(QStringLiteral("organization_id"), QStringLiteral("required"),
                           QStringLiteral("organization_id is required when connection_owner is organization."));
        if (provider.ownership != SandboxOwnership::Organization)
            return invalid(QStringLiteral("connection_owner"), QStringLiteral("invalid"),
                           QStringLiteral("%1 holds user-owned connections only.").arg(provider.name));
        // The acting member must be active; they do not become the owner.
        if (!isActiveMember(m_store, pending->userId, organizationId))
            return SandboxReply::error(403, QStringLiteral("User '%1' is not an active member of organization '%2'.")
                                                .arg(pending->userId, organizationId),
                                       QStringLiteral("organization_membership_required"));
    } else if (owner == QJsonValue(QStringLiteral("user")) && provider.ownership == SandboxOwnership::Organization) {
        return invalid(QStringLiteral("connection_owner"), QStringLiteral("invalid"),
                       QStringLiteral("%1 holds organization-owned connections only.").arg(provider.name));
    }

    const QJsonValue intent = body.value(QStringLiteral("connection_intent"));
    const QJsonValue id = body.value(QStringLiteral("connected_account_id"));
    if (intent == QJsonValue(QStringLiteral("add"))) {
        pending->intent = Intent::Add;
    } else if (intent == QJsonValue(QStringLiteral("reauthorize"))) {
        pending->intent = Intent::Reauthorize;
    } else if (!intent.isUndefined() && !intent.isNull()) {
        return invalid(QStringLiteral("connection_intent"), QStringLiteral("invalid_enum"),
                       QStringLiteral("connection_intent must be add or reauthorize."));
    }
    const bool hasId = !id.isUndefined() && !id.isNull();
    if (pending->intent == Intent::Reauthorize) {
        if (!id.isString() || id.toString().isEmpty())
            return invalid(QStringLiteral("connected_account_id"), QStringLiteral("required"),
                           QStringLiteral("connected_account_id is required with connection_intent reauthorize."));
        if (!m_store.accountById(pending->key, id.toString()))
            return notFound(QStringLiteral("Connected account"), id.toString());
        pending->connectedAccountId = id.toString();
    } else if (hasId) {
        return invalid(QStringLiteral("connected_account_id"), QStringLiteral("not_allowed"),
                       QStringLiteral("connected_account_id is accepted only with connection_intent reauthorize."));
    }
    // D-MC: while the team's rollout gate is closed, "add" still creates a first connection.
    if (pending->intent == Intent::Add && m_multiple == SandboxMultipleConnections::Unavailable
        && !m_store.accounts(pending->key).isEmpty())
        return SandboxReply::error(404, QStringLiteral("Additional connections are not yet available."),
                                   QStringLiteral("multiple_connections_unavailable"));

    const QJsonValue label = body.value(QStringLiteral("account_display_name"));
    if (label.isString())
        pending->displayName = label.toString();
    else if (label.isNull())
        pending->displayName = QString(); // null clears the label
    else if (!label.isUndefined())
        return invalid(QStringLiteral("account_display_name"), QStringLiteral("invalid_type"),
                       QStringLiteral("account_display_name must be a string or null."));
    return std::nullopt;
}

// Validation errors are 400 here: the OpenAPI document lists 200, 400, 401, 403
// and 404 for this operation (no 422). The body still carries errors[{field, code}].
SandboxReply SandboxPipesApi::authorize(const QString &slug, const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return SandboxReply::error(400, QStringLiteral("The request body must be a JSON object."),
                                   QStringLiteral("invalid_json"));
    }
    const QJsonObject object = document.object();
    const QJsonValue userValue = object.value(QStringLiteral("user_id"));
    if (!userValue.isString() || userValue.toString().isEmpty())
        return invalid(QStringLiteral("user_id"), QStringLiteral("required"), QStringLiteral("user_id is required."));
    const QJsonValue orgValue = object.value(QStringLiteral("organization_id"));
    if (!orgValue.isUndefined() && !orgValue.isNull() && !orgValue.isString())
        return invalid(QStringLiteral("organization_id"), QStringLiteral("invalid_type"),
                       QStringLiteral("organization_id must be a string."));
    QUrl returnTo;
    const QJsonValue returnValue = object.value(QStringLiteral("return_to"));
    if (!returnValue.isUndefined() && !returnValue.isNull()) {
        returnTo = QUrl(returnValue.toString(), QUrl::StrictMode);
        if (!returnValue.isString() || !returnTo.isValid() || returnTo.scheme().isEmpty() || returnTo.host().isEmpty())
            return invalid(QStringLiteral("return_to"), QStringLiteral("invalid_url"),
                           QStringLiteral("return_to must be an absolute URL."));
    }
    const QString userId = userValue.toString();
    const QString organizationId = orgValue.toString();
    if (auto error = resolve(userId, organizationId, slug))
        return *error;
    const SandboxProvider *provider = m_store.provider(slug);
    if (provider->ownership == SandboxOwnership::Organization && organizationId.isEmpty()) {
        return SandboxReply::error(400, QStringLiteral("%1 is owned by the organization: organization_id is required.")
                                            .arg(provider->name),
                                   QStringLiteral("organization_id_required"));
    }
    Pending pending{slug, userId, m_store.accountKey(*provider, userId, organizationId), Intent::Slot, {}, std::nullopt, returnTo};
    if (auto error = readIntent(object, *provider, &pending))
        return *error;

    const QString token = SandboxIds::make(QStringLiteral("ct_"), SandboxIds::Kind::Token, ++m_tokenCounter);
    m_pending.insert(token, pending);
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sandbox/connect/") + token);
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("url"), url.toString(QUrl::FullyEncoded)}});
}

SandboxConnectOutcome SandboxPipesApi::completeConnection(const QString &token)
{
    const auto it = m_pending.constFind(token);
    if (it == m_pending.constEnd()) {
        return {SandboxReply::html(404, QStringLiteral("Link not valid"),
                                   QStringLiteral("This connect link is unknown or was already used.")),
                {}, {}};
    }
    const Pending pending = it.value();
    m_pending.erase(it);
    const SandboxProvider *provider = m_store.provider(pending.slug);
    const SandboxUser *user = m_store.user(pending.userId);
    std::optional<SandboxAccount> existing;
    if (pending.intent == Intent::Reauthorize)
        existing = m_store.accountById(pending.key, pending.connectedAccountId);
    else if (pending.intent == Intent::Slot)
        existing = m_store.account(pending.key);
    const bool gone = pending.intent == Intent::Reauthorize && !existing;
    if (!provider || !user || gone) {
        return {SandboxReply::html(410, QStringLiteral("Link expired"),
                                   gone ? QStringLiteral("The connection this link repairs no longer exists.")
                                        : QStringLiteral("The user or the provider of this link no longer exists.")),
                {}, {}};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SandboxAccount account;
    if (existing) {
        account = *existing;
    } else {
        account.id = m_store.nextAccountId();
        account.providerSlug = pending.key.providerSlug;
        account.userId = pending.key.userId;
        account.organizationId = pending.key.organizationId;
        account.createdAt = now;
        // No intent fills the slot; "add" makes the owner's first connection the
        // compatibility one and every later one a standard connection.
        const bool first = m_store.accounts(pending.key).isEmpty();
        account.role = pending.intent == Intent::Add && !first ? SandboxConnectionRole::Standard
                                                               : SandboxConnectionRole::Compatibility;
        account.identifier = user->email;
    }
    if (pending.displayName)
        account.displayName = *pending.displayName;
    account.state = QStringLiteral("connected");
    account.stateReason.clear();
    account.establishedByUserId = pending.userId;
    account.scopes = provider->scopes ? *provider->scopes : QStringList();
    account.updatedAt = now;
    m_store.putAccount(account);
    SandboxEvents::recordAccount(m_store, account, QStringLiteral("connected"), now);

    SandboxConnectOutcome outcome;
    outcome.userId = pending.userId;
    outcome.slug = pending.slug;
    if (pending.returnTo.isValid()) {
        outcome.reply = SandboxReply::html(302, QStringLiteral("Redirecting"),
                                           QStringLiteral("Connected %1 for %2.").arg(provider->name, user->email));
        outcome.reply.headers.append({QByteArrayLiteral("Location"), pending.returnTo.toEncoded()});
    } else {
        outcome.reply = SandboxReply::html(200, QStringLiteral("Connected %1").arg(provider->name),
                                           QStringLiteral("Connected %1 for %2. You can close this window.")
                                               .arg(provider->name, user->email));
    }
    return outcome;
}
