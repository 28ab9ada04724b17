#include "sandbox/SandboxEvents.h"

#include <QJsonArray>

#include <algorithm>

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString integrationId(const SandboxStore &store, const QString &slug)
{
    const SandboxProvider *provider = store.provider(slug);
    return provider ? provider->id : QString();
}

// PipesConnectedAccount (T:6679-6716): no config, client_id or warnings.
QJsonObject accountData(const SandboxStore &store, const SandboxAccount &a)
{
    QJsonObject data{
        {QStringLiteral("object"), QStringLiteral("connected_account")},
        {QStringLiteral("id"), a.id},
        {QStringLiteral("data_integration_id"), integrationId(store, a.providerSlug)},
        {QStringLiteral("provider_slug"), a.providerSlug},
        {QStringLiteral("user_id"), orNull(a.userId)},
        {QStringLiteral("organization_id"), orNull(a.organizationId)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(a.scopes)},
        {QStringLiteral("state"), a.state},
        {QStringLiteral("created_at"), isoTime(a.createdAt)},
        {QStringLiteral("updated_at"), isoTime(a.updatedAt)},
        {QStringLiteral("connection_role"), a.role == SandboxConnectionRole::Standard ? QStringLiteral("standard")
                                                                                      : QStringLiteral("compatibility")},
        {QStringLiteral("account_identifier"), orNull(a.identifier)},
        {QStringLiteral("account_display_name"), orNull(a.displayName)},
        {QStringLiteral("auth_method"), a.authMethod},
        {QStringLiteral("established_by_user_id"), orNull(a.establishedByUserId)},
        {QStringLiteral("state_reason"), orNull(a.stateReason)},
    };
    if (a.authMethod == QLatin1String("api_key"))
        data.insert(QStringLiteral("api_key_last_4"), orNull(a.apiKeyLast4));
    return data;
}

QJsonObject envelope(const QString &id, const QString &name, const QJsonObject &data, const QDateTime &createdAt)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("event")},
                       {QStringLiteral("id"), id},
                       {QStringLiteral("event"), name},
                       {QStringLiteral("data"), data},
                       {QStringLiteral("created_at"), isoTime(createdAt)}};
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

} // namespace

namespace SandboxEvents {

void recordAccount(SandboxStore &store, const SandboxAccount &account, const QString &action, const QDateTime &at)
{
    const QJsonObject data = accountData(store, account);
    if (account.role == SandboxConnectionRole::Compatibility)
        store.addEvent({QString(), LegacyPrefix + action, data, at});
    store.addEvent({QString(), NewPrefix + action, data, at});
}

void recordFailure(SandboxStore &store, const Failure &f, const QDateTime &at)
{
    QJsonObject data{
        {QStringLiteral("object"), QStringLiteral("connection_failed")},
        {QStringLiteral("data_integration_id"), integrationId(store, f.slug)},
        {QStringLiteral("provider_slug"), f.slug},
        {QStringLiteral("user_id"), orNull(f.userId)},
        {QStringLiteral("organization_id"), orNull(f.organizationId)},
        {QStringLiteral("error_code"), f.errorCode},
        {QStringLiteral("error_reason"), orNull(f.errorReason)},
        {QStringLiteral("provider_error"), orNull(f.providerError)},
        {QStringLiteral("provider_error_description"), orNull(f.providerErrorDescription)},
        {QStringLiteral("created_at"), isoTime(at)},
    };
    if (!f.accountIdentifier.isEmpty())
        data.insert(QStringLiteral("account_identifier"), f.accountIdentifier);
    if (f.addFailed) {
        store.addEvent({QString(), NewPrefix + QStringLiteral("add_failed"), data, at});
        return;
    }
    if (f.legacyFamily)
        store.addEvent({QString(), LegacyPrefix + QStringLiteral("connection_failed"), data, at});
    store.addEvent({QString(), NewPrefix + QStringLiteral("connection_failed"), data, at});
}

QJsonObject toJson(const SandboxEvent &event)
{
    return envelope(event.id, event.event, event.data, event.createdAt);
}

SandboxReply list(const SandboxStore &store, const QUrlQuery &query, const QDateTime &now)
{
    QStringList names;
    for (const QString &value : query.allQueryItemValues(QStringLiteral("events"), QUrl::FullyDecoded)) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names.append(name.trimmed());
    }
    if (names.isEmpty()) // S61's 422 example: {code: "required", field: "events"}
        return SandboxReply::validation(422, QStringLiteral("events"), QStringLiteral("required"),
                                        QStringLiteral("events is required."));
    auto value = [&query](const char *key) { return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded); };
    // [INFERENCE] WorkOS keeps events for 30 days; without range_start the sandbox serves those.
    QDateTime start = now.addDays(-30);
    QDateTime end;
    for (const auto &[key, target] : {std::pair{"range_start", &start}, std::pair{"range_end", &end}}) {
        const QString text = value(key);
        if (text.isEmpty())
            continue;
        *target = parseTime(text);
        if (!target->isValid())
            return SandboxReply::validation(422, QLatin1String(key), QStringLiteral("invalid"),
                                            QStringLiteral("%1 must be an ISO-8601 timestamp.").arg(QLatin1String(key)));
    }
    int limit = 10;
    if (!value("limit").isEmpty()) {
        bool ok = false;
        limit = value("limit").toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return SandboxReply::validation(422, QStringLiteral("limit"), QStringLiteral("invalid"),
                                            QStringLiteral("limit must be between 1 and 100."));
    }
    const QString organizationId = value("organization_id");
    const bool descending = value("order") == QLatin1String("desc");

    QList<const SandboxEvent *> matching;
    for (const SandboxEvent &event : store.events()) {
        if (!names.contains(event.event) || event.createdAt < start || (end.isValid() && event.createdAt >= end))
            continue;
        if (!organizationId.isEmpty()
            && event.data.value(QStringLiteral("organization_id")).toString() != organizationId)
            continue;
        matching.append(&event);
    }
    std::stable_sort(matching.begin(), matching.end(), [descending](const SandboxEvent *a, const SandboxEvent *b) {
        if (a->createdAt != b->createdAt)
            return descending ? a->createdAt > b->createdAt : a->createdAt < b->createdAt;
        return descending ? a->id > b->id : a->id < b->id;
    });
    qsizetype first = 0;
    const QString after = value("after");
    if (!after.isEmpty()) {
        const auto it = std::find_if(matching.cbegin(), matching.cend(),
                                     [&after](const SandboxEvent *e) { return e->id == after; });
        if (it == matching.cend())
            return SandboxReply::validation(422, QStringLiteral("after"), QStringLiteral("invalid"),
                                            QStringLiteral("after names no event of this list."));
        first = (it - matching.cbegin()) + 1;
    }
    QJsonArray data;
    const qsizetype last = std::min(matching.size(), first + limit);
    for (qsizetype i = first; i < last; ++i)
        data.append(toJson(*matching.at(i)));
    const bool more = last < matching.size();
    QJsonObject metadata{{QStringLiteral("before"), first > 0 && !data.isEmpty() ? QJsonValue(matching.at(first)->id)
                                                                                   : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("after"), more ? QJsonValue(matching.at(last - 1)->id) : QJsonValue(QJsonValue::Null)}};
    return SandboxReply::json(200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("data"), data},
                                               {QStringLiteral("list_metadata"), metadata}});
}

} // namespace SandboxEvents
