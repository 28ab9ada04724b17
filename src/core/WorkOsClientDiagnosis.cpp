// WorkOsClient's diagnosis calls: GET /events and the token endpoint
// (pipes-today.md §6, §7).

#include "core/WorkOsClient.h"

#include "core/IdValidation.h"
#include "core/JsonDecodeEvents.h"

#include <QJsonDocument>

namespace {

std::optional<ApiError> badId(const QString &id, IdValidation::IdKind kind, const char *what)
{
    if (IdValidation::isValidId(id, kind))
        return std::nullopt;
    return ApiError::invalidArgument(WorkOsClient::tr("\"%1\" is not a WorkOS %2 id.").arg(id.left(80), QLatin1String(what)));
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ApiCall *WorkOsClient::listEvents(const ListEventsRequest &r, QObject *context, Callback<PipesEventPage> done)
{
    if (r.limit < 1 || r.limit > 100)
        return failEarly<PipesEventPage>(ApiError::invalidArgument(tr("The page size must be between 1 and 100.")), context,
                                         std::move(done));
    if (!r.organizationId.isEmpty()) {
        if (auto e = badId(r.organizationId, IdValidation::IdKind::Organization, "organization"))
            return failEarly<PipesEventPage>(*e, context, std::move(done));
    }
    Endpoint ep{"GET", {QStringLiteral("events")}, {}, {}};
    // `events` goes comma-separated (S61 style: form, explode: false).
    ep.query.append({QStringLiteral("events"), (r.events.isEmpty() ? PipesEventNames::all() : r.events).join(QLatin1Char(','))});
    if (!r.organizationId.isEmpty())
        ep.query.append({QStringLiteral("organization_id"), r.organizationId});
    if (r.rangeStart.isValid())
        ep.query.append({QStringLiteral("range_start"), isoTime(r.rangeStart)});
    if (r.rangeEnd.isValid())
        ep.query.append({QStringLiteral("range_end"), isoTime(r.rangeEnd)});
    ep.query.append({QStringLiteral("limit"), QString::number(r.limit)});
    if (!r.after.isEmpty())
        ep.query.append({QStringLiteral("after"), r.after});
    if (r.order != SortOrder::Default)
        ep.query.append({QStringLiteral("order"), r.order == SortOrder::Descending ? QStringLiteral("desc") : QStringLiteral("asc")});
    return send<PipesEventPage>(ep, context, std::move(done),
                                [](const RawResponse &resp) { return JsonDecode::eventList(resp.body); });
}

ApiCall *WorkOsClient::checkToken(const TokenCheckRequest &r, QObject *context, Callback<TokenCheck> done)
{
    if (!IdValidation::isValidSlug(r.providerSlug))
        return failEarly<TokenCheck>(ApiError::invalidArgument(tr("\"%1\" is not a provider slug.").arg(r.providerSlug.left(80))),
                                     context, std::move(done));
    if (auto e = badId(r.userId, IdValidation::IdKind::User, "user"))
        return failEarly<TokenCheck>(*e, context, std::move(done));
    const bool organization = r.owner == ConnectionOwner::Organization;
    if (organization || !r.organizationId.isEmpty()) {
        if (auto e = badId(r.organizationId, IdValidation::IdKind::Organization, "organization"))
            return failEarly<TokenCheck>(*e, context, std::move(done));
    }
    QJsonObject body{{QStringLiteral("user_id"), r.userId}};
    if (!r.organizationId.isEmpty())
        body.insert(QStringLiteral("organization_id"), r.organizationId);
    if (organization)
        body.insert(QStringLiteral("connection_owner"), QStringLiteral("organization"));
    if (!r.connectedAccountId.isEmpty()) {
        // Both the flag and the id, as N-COMPAT recommends: exactly that connection.
        body.insert(QStringLiteral("supports_multiple_connections"), true);
        body.insert(QStringLiteral("connected_account_id"), r.connectedAccountId);
    }
    if (!r.connectedAccountId.isEmpty()) {
        if (auto e = badId(r.connectedAccountId, IdValidation::IdKind::ConnectedAccount, "connection"))
            return failEarly<TokenCheck>(*e, context, std::move(done));
    }
    Endpoint ep{"POST", {QStringLiteral("data-integrations"), r.providerSlug, QStringLiteral("token")}, {},
                QJsonDocument(body).toJson(QJsonDocument::Compact)};
    return send<TokenCheck>(ep, context, std::move(done),
                            [](const RawResponse &resp) { return JsonDecode::tokenCheck(resp.body); });
}
