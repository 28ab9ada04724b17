#include "core/WorkOsClient.h"

#include "core/IdValidation.h"
#include "core/SafeUrl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

#include <optional>

using IdValidation::IdKind;

namespace {
using Query = QList<QPair<QString, QString>>;

// A server or a proxy may quote the key it was sent in its error ("Invalid
// API key provided: sk_..."); nothing the client hands on carries it.
ApiError withoutKey(ApiError error, const QString &key)
{
    if (key.isEmpty())
        return error;
    const QString mask = WorkOsClient::tr("<redacted API key>");
    for (QString *text : {&error.message, &error.code, &error.detail})
        text->replace(key, mask);
    for (FieldError &field : error.fieldErrors) {
        for (QString *text : {&field.field, &field.code, &field.message})
            text->replace(key, mask);
    }
    return error;
}

void addIfSet(Query &query, const char *key, const QString &value)
{
    if (!value.isEmpty())
        query.append({QLatin1String(key), value});
}

void addPaging(Query &query, int limit, const QString &before, const QString &after, SortOrder order)
{
    if (limit > 0)
        query.append({QStringLiteral("limit"), QString::number(limit)});
    addIfSet(query, "before", before);
    addIfSet(query, "after", after);
    if (order == SortOrder::Ascending)
        query.append({QStringLiteral("order"), QStringLiteral("asc")});
    else if (order == SortOrder::Descending)
        query.append({QStringLiteral("order"), QStringLiteral("desc")});
}

std::optional<ApiError> checkLimit(int limit)
{
    if (limit < 0 || limit > 100)
        return ApiError::invalidArgument(WorkOsClient::tr("The page size must be between 1 and 100."));
    return std::nullopt;
}

std::optional<ApiError> checkUserId(const QString &id)
{
    if (!IdValidation::isValidId(id, IdKind::User))
        return ApiError::invalidArgument(
            WorkOsClient::tr("\"%1\" is not a WorkOS user id (they look like user_01H...).").arg(id.left(80)));
    return std::nullopt;
}

std::optional<ApiError> checkOrganizationId(const QString &id, bool optional)
{
    if (optional && id.isEmpty())
        return std::nullopt;
    if (!IdValidation::isValidId(id, IdKind::Organization))
        return ApiError::invalidArgument(
            WorkOsClient::tr("\"%1\" is not a WorkOS organization id (they look like org_01H...).").arg(id.left(80)));
    return std::nullopt;
}

std::optional<ApiError> checkSlug(const QString &slug)
{
    if (!IdValidation::isValidSlug(slug))
        return ApiError::invalidArgument(
            WorkOsClient::tr("\"%1\" is not a provider slug (lower-case letters, digits, '-' and '_').").arg(slug.left(80)));
    return std::nullopt;
}

} // namespace

WorkOsClient::WorkOsClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
{
}

WorkOsClient::~WorkOsClient() = default;

QUrl WorkOsClient::buildUrl(const QStringList &segments, const Query &query) const
{
    QByteArray encoded = m_config.baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    for (const QString &segment : segments)
        encoded += '/' + QUrl::toPercentEncoding(segment);
    if (!query.isEmpty()) {
        QByteArrayList pairs;
        for (const auto &[key, value] : query)
            pairs.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
        encoded += '?' + pairs.join('&');
    }
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

template <typename T>
ApiCall *WorkOsClient::failEarly(const ApiError &error, QObject *context, Callback<T> done)
{
    // A call like any other (cancellable, answered asynchronously), that sends nothing.
    QPointer<QObject> guard(context);
    auto completion = [this, guard, done = std::move(done)](const RawResponse *, const ApiError *failure) {
        if (!failure)
            return;
        Q_EMIT callFailed(*failure);
        if (guard && done)
            done(ApiResult<T>(*failure));
    };
    auto *call = new ApiCall(m_nam, QByteArray(), QNetworkRequest(), QByteArray(), CallSettings(),
                             std::move(completion), this);
    if (context)
        connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    call->failSoon(error);
    return call;
}

template <typename T>
ApiCall *WorkOsClient::send(const Endpoint &endpoint, QObject *context, Callback<T> done,
                            std::function<Decoded<T>(const RawResponse &)> decode)
{
    QString why;
    if (!SafeUrl::isAcceptableBaseUrl(m_config.baseUrl, &why))
        return failEarly<T>(ApiError::invalidArgument(WorkOsClient::tr("The API base URL is refused: %1").arg(why)), context,
                            std::move(done));
    if (m_config.apiKey.isEmpty())
        return failEarly<T>(ApiError::invalidArgument(WorkOsClient::tr("No API key is configured for this environment.")), context,
                            std::move(done));

    QNetworkRequest request(buildUrl(endpoint.segments, endpoint.query));
    request.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "pipes-admin/" PIPES_ADMIN_VERSION);
    if (!endpoint.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    CallSettings settings;
    settings.retry = m_config.retry;
    settings.transferTimeoutMs = m_config.transferTimeoutMs;
    settings.maxResponseBytes = m_config.maxResponseBytes;
    settings.maxRedirects = m_config.maxRedirects;
    if (endpoint.verb == "POST")
        settings.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    QPointer<QObject> guard(context);
    const Endpoint::NotFound notFound = endpoint.notFound;
    auto completion = [this, guard, notFound, key = m_config.apiKey, origin = m_config.keyOrigin,
                       done = std::move(done),
                       decode = std::move(decode)](const RawResponse *response, const ApiError *failure) {
        std::optional<ApiError> scrubbed = failure ? std::optional<ApiError>(withoutKey(*failure, key)) : std::nullopt;
        if (scrubbed && scrubbed->isUnauthorized())
            scrubbed->keyOrigin = origin;
        const ApiError *error = scrubbed ? &*scrubbed : nullptr;
        RawResponse notFoundAnswer;
        if (error && notFound == Endpoint::NotFound::IsAnswer && error->isNotFound()) {
            notFoundAnswer.httpStatus = 404;
            notFoundAnswer.requestId = error->requestId.toLatin1();
            notFoundAnswer.attempts = error->attempts;
            notFoundAnswer.elapsedMs = error->elapsedMs;
            response = &notFoundAnswer;
            error = nullptr;
        }
        if (error) {
            Q_EMIT callFailed(*error);
            if (guard && done)
                done(ApiResult<T>(*error));
            return;
        }
        Decoded<T> decoded = decode(*response);
        if (!decoded.ok()) {
            ApiError malformed;
            malformed.kind = ApiError::Kind::MalformedBody;
            malformed.httpStatus = response->httpStatus;
            malformed.requestId = QString::fromLatin1(response->requestId);
            malformed.message = decoded.error().toString();
            malformed.detail = decoded.error().toString();
            malformed.attempts = response->attempts;
            malformed.elapsedMs = response->elapsedMs;
            Q_EMIT callFailed(malformed);
            if (guard && done)
                done(ApiResult<T>(malformed));
            return;
        }
        if (guard && done)
            done(ApiResult<T>(std::move(decoded.value()), ResponseFacts::of(*response)));
    };

    auto *call = new ApiCall(m_nam, endpoint.verb, request, endpoint.body, settings, std::move(completion), this);
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    // Every call ends with exactly one of the two (answered never follows a cancel).
    const auto landed = [this] {
        --m_inFlight;
        Q_EMIT inFlightChanged(m_inFlight);
    };
    connect(call, &ApiCall::answered, this, landed);
    connect(call, &ApiCall::cancelled, this, landed);
    // A read nobody waits for any more is not worth the network: it ends when
    // its context does. Writes run to their answer (their outcome is recorded).
    if (context && endpoint.verb == "GET")
        connect(context, &QObject::destroyed, call, &ApiCall::cancel);
    call->start();
    return call;
}

ApiCall *WorkOsClient::listUsers(const ListUsersRequest &r, QObject *context, Callback<Page<User>> done)
{
    if (auto e = checkLimit(r.limit))
        return failEarly<Page<User>>(*e, context, std::move(done));
    if (auto e = checkOrganizationId(r.organizationId, true))
        return failEarly<Page<User>>(*e, context, std::move(done));
    Endpoint ep{"GET", {QStringLiteral("user_management"), QStringLiteral("users")}, {}, {}};
    addIfSet(ep.query, "email", r.email.trimmed());
    addIfSet(ep.query, "organization_id", r.organizationId);
    addPaging(ep.query, r.limit, r.before, r.after, r.order);
    return send<Page<User>>(ep, context, std::move(done),
                            [](const RawResponse &resp) { return JsonDecode::userList(resp.body); });
}

ApiCall *WorkOsClient::getUser(const QString &userId, QObject *context, Callback<User> done)
{
    if (auto e = checkUserId(userId))
        return failEarly<User>(*e, context, std::move(done));
    Endpoint ep{"GET", {QStringLiteral("user_management"), QStringLiteral("users"), userId}, {}, {}};
    return send<User>(ep, context, std::move(done), [](const RawResponse &resp) { return JsonDecode::user(resp.body); });
}

ApiCall *WorkOsClient::listOrganizations(const ListOrganizationsRequest &r, QObject *context,
                                         Callback<Page<Organization>> done)
{
    if (auto e = checkLimit(r.limit))
        return failEarly<Page<Organization>>(*e, context, std::move(done));
    Endpoint ep{"GET", {QStringLiteral("organizations")}, {}, {}};
    addIfSet(ep.query, "search", r.search);
    for (const QString &domain : r.domains)
        ep.query.append({QStringLiteral("domains"), domain});
    addPaging(ep.query, r.limit, r.before, r.after, r.order);
    return send<Page<Organization>>(ep, context, std::move(done),
                                    [](const RawResponse &resp) { return JsonDecode::organizationList(resp.body); });
}

ApiCall *WorkOsClient::getOrganization(const QString &organizationId, QObject *context, Callback<Organization> done)
{
    if (auto e = checkOrganizationId(organizationId, false))
        return failEarly<Organization>(*e, context, std::move(done));
    Endpoint ep{"GET", {QStringLiteral("organizations"), organizationId}, {}, {}};
    return send<Organization>(ep, context, std::move(done),
                              [](const RawResponse &resp) { return JsonDecode::organization(resp.body); });
}

ApiCall *WorkOsClient::listOrganizationMemberships(const ListMembershipsRequest &r, QObject *context,
                                                   Callback<Page<OrganizationMembership>> done)
{
    using Result = Page<OrganizationMembership>;
    if (r.userId.isEmpty() && r.organizationId.isEmpty())
        return failEarly<Result>(ApiError::invalidArgument(WorkOsClient::tr("Memberships need a user id or an organization id.")),
                                 context, std::move(done));
    if (!r.userId.isEmpty()) {
        if (auto e = checkUserId(r.userId))
            return failEarly<Result>(*e, context, std::move(done));
    }
    if (auto e = checkOrganizationId(r.organizationId, true))
        return failEarly<Result>(*e, context, std::move(done));
    if (auto e = checkLimit(r.limit))
        return failEarly<Result>(*e, context, std::move(done));
    Endpoint ep{"GET", {QStringLiteral("user_management"), QStringLiteral("organization_memberships")}, {}, {}};
    addIfSet(ep.query, "user_id", r.userId);
    addIfSet(ep.query, "organization_id", r.organizationId);
    for (const QString &status : r.statuses)
        ep.query.append({QStringLiteral("statuses"), status});
    addPaging(ep.query, r.limit, r.before, r.after, r.order);
    return send<Result>(ep, context, std::move(done),
                        [](const RawResponse &resp) { return JsonDecode::membershipList(resp.body); });
}

ApiCall *WorkOsClient::listDataProviders(const QString &userId, const QString &organizationId, QObject *context,
                                         Callback<QList<DataProvider>> done)
{
    return listDataProviders(Owner::user(userId), organizationId, context, std::move(done));
}

ApiCall *WorkOsClient::listDataProviders(const Owner &owner, const QString &organizationId, QObject *context,
                                         Callback<QList<DataProvider>> done)
{
    using Result = QList<DataProvider>;
    ConnectionTarget target{owner, QStringLiteral("x"), organizationId, QString()};
    if (auto e = checkTarget(target))
        return failEarly<Result>(*e, context, std::move(done));
    Endpoint ep{"GET", {}, {}, {}};
    if (owner.isOrganization()) {
        ep.segments = {QStringLiteral("organizations"), owner.id, QStringLiteral("data_providers")};
    } else {
        ep.segments = {QStringLiteral("user_management"), QStringLiteral("users"), owner.id, QStringLiteral("data_providers")};
        addIfSet(ep.query, "organization_id", organizationId);
    }
    // Plural-aware: every connection, not only the compatibility one.
    ep.query.append({QStringLiteral("supports_multiple_connections"), QStringLiteral("true")});
    return send<Result>(ep, context, std::move(done),
                        [](const RawResponse &resp) { return JsonDecode::dataProviderList(resp.body); });
}

std::optional<ApiError> WorkOsClient::checkTarget(const ConnectionTarget &target)
{
    if (target.owner.isOrganization()) {
        if (auto e = checkOrganizationId(target.owner.id, false))
            return e;
        if (!target.organizationId.isEmpty() && target.organizationId != target.owner.id)
            return ApiError::invalidArgument(
                WorkOsClient::tr("An organization's shared connection has no other organization scope."));
    } else {
        if (auto e = checkUserId(target.owner.id))
            return e;
        if (auto e = checkOrganizationId(target.organizationId, true))
            return e;
    }
    if (auto e = checkSlug(target.slug))
        return e;
    if (!target.connectedAccountId.isEmpty() && !IdValidation::isValidId(target.connectedAccountId, IdKind::ConnectedAccount))
        return ApiError::invalidArgument(WorkOsClient::tr("\"%1\" is not a connected account id.").arg(target.connectedAccountId.left(80)));
    return std::nullopt;
}

WorkOsClient::Endpoint WorkOsClient::connectionEndpoint(const QByteArray &verb, const ConnectionTarget &target)
{
    Endpoint ep{verb, {}, {}, {}};
    if (target.owner.isOrganization()) {
        ep.segments = {QStringLiteral("organizations"), target.owner.id, QStringLiteral("connected_accounts"), target.slug};
    } else {
        ep.segments = {QStringLiteral("user_management"), QStringLiteral("users"), target.owner.id,
                       QStringLiteral("connected_accounts"), target.slug};
        addIfSet(ep.query, "organization_id", target.organizationId);
    }
    ep.query.append({QStringLiteral("supports_multiple_connections"), QStringLiteral("true")});
    addIfSet(ep.query, "connected_account_id", target.connectedAccountId);
    return ep;
}

ApiCall *WorkOsClient::getConnectedAccount(const ConnectionTarget &target, QObject *context, Callback<ConnectedAccount> done)
{
    if (auto e = checkTarget(target))
        return failEarly<ConnectedAccount>(*e, context, std::move(done));
    return send<ConnectedAccount>(connectionEndpoint("GET", target), context, std::move(done),
                                  [](const RawResponse &resp) { return JsonDecode::connectedAccount(resp.body); });
}

ApiCall *WorkOsClient::findConnectedAccount(const ConnectionTarget &target, QObject *context,
                                            Callback<std::optional<ConnectedAccount>> done)
{
    using Result = std::optional<ConnectedAccount>;
    if (auto e = checkTarget(target))
        return failEarly<Result>(*e, context, std::move(done));
    Endpoint ep = connectionEndpoint("GET", target);
    ep.notFound = Endpoint::NotFound::IsAnswer;
    return send<Result>(ep, context, std::move(done), [](const RawResponse &resp) -> Decoded<Result> {
        if (resp.httpStatus == 404)
            return Result();
        Decoded<ConnectedAccount> account = JsonDecode::connectedAccount(resp.body);
        if (!account.ok())
            return account.error();
        return Result(std::move(account.value()));
    });
}

ApiCall *WorkOsClient::deleteConnectedAccount(const ConnectionTarget &target, QObject *context, Callback<NoContent> done)
{
    if (auto e = checkTarget(target))
        return failEarly<NoContent>(*e, context, std::move(done));
    // A DELETE acts on exactly one connection, named by its id from a fresh
    // read: without it WorkOS would pick the compatibility connection (or
    // answer 409), which need not be the one the support person chose.
    if (target.connectedAccountId.isEmpty())
        return failEarly<NoContent>(
            ApiError::invalidArgument(WorkOsClient::tr("A disconnect needs the connection's id (connected_account_id).")),
            context, std::move(done));
    return send<NoContent>(connectionEndpoint("DELETE", target), context, std::move(done),
                           [](const RawResponse &) { return Decoded<NoContent>(NoContent{}); });
}

ApiCall *WorkOsClient::createAuthorizeUrl(const AuthorizeRequest &r, QObject *context, Callback<AuthorizeUrl> done)
{
    if (auto e = checkSlug(r.providerSlug))
        return failEarly<AuthorizeUrl>(*e, context, std::move(done));
    if (auto e = checkUserId(r.userId))
        return failEarly<AuthorizeUrl>(*e, context, std::move(done));
    if (auto e = checkOrganizationId(r.organizationId, !r.organizationOwner))
        return failEarly<AuthorizeUrl>(*e, context, std::move(done));
    const bool reauthorize = r.intent == AuthorizeRequest::Intent::Reauthorize;
    if (reauthorize != !r.connectedAccountId.isEmpty()
        || (reauthorize && !IdValidation::isValidId(r.connectedAccountId, IdKind::ConnectedAccount)))
        return failEarly<AuthorizeUrl>(
            ApiError::invalidArgument(WorkOsClient::tr("A reconnect link names exactly one connection by its id, and only a reconnect link does.")),
            context, std::move(done));
    QString why;
    if (!r.returnTo.isEmpty() && !SafeUrl::isSafeToOpen(r.returnTo, &why))
        return failEarly<AuthorizeUrl>(ApiError::invalidArgument(WorkOsClient::tr("The return URL is refused: %1").arg(why)), context,
                                       std::move(done));
    // Never code_challenge: a session-bound flow must be finished by the
    // server that holds the verifier within 90 s of the redirect, which a link
    // copied to a customer cannot do; WorkOS would never save the connection.
    QJsonObject body{{QStringLiteral("user_id"), r.userId}};
    if (!r.organizationId.isEmpty())
        body.insert(QStringLiteral("organization_id"), r.organizationId);
    if (r.organizationOwner)
        body.insert(QStringLiteral("connection_owner"), QStringLiteral("organization"));
    if (r.intent == AuthorizeRequest::Intent::Add)
        body.insert(QStringLiteral("connection_intent"), QStringLiteral("add"));
    if (reauthorize) {
        body.insert(QStringLiteral("connection_intent"), QStringLiteral("reauthorize"));
        body.insert(QStringLiteral("connected_account_id"), r.connectedAccountId);
    }
    if (!r.accountDisplayName.isEmpty())
        body.insert(QStringLiteral("account_display_name"), r.accountDisplayName);
    if (!r.returnTo.isEmpty())
        body.insert(QStringLiteral("return_to"), r.returnTo.toString(QUrl::FullyEncoded));
    Endpoint ep{"POST", {QStringLiteral("data-integrations"), r.providerSlug, QStringLiteral("authorize")}, {},
                QJsonDocument(body).toJson(QJsonDocument::Compact)};
    return send<AuthorizeUrl>(ep, context, std::move(done),
                              [](const RawResponse &resp) { return JsonDecode::authorizeUrl(resp.body); });
}

// The diagnosis calls are built in WorkOsClientDiagnosis.cpp on the same send().
template ApiCall *WorkOsClient::send<PipesEventPage>(const Endpoint &, QObject *, Callback<PipesEventPage>,
                                                     std::function<Decoded<PipesEventPage>(const RawResponse &)>);
template ApiCall *WorkOsClient::send<TokenCheck>(const Endpoint &, QObject *, Callback<TokenCheck>,
                                                 std::function<Decoded<TokenCheck>(const RawResponse &)>);
template ApiCall *WorkOsClient::failEarly<PipesEventPage>(const ApiError &, QObject *, Callback<PipesEventPage>);
template ApiCall *WorkOsClient::failEarly<TokenCheck>(const ApiError &, QObject *, Callback<TokenCheck>);
