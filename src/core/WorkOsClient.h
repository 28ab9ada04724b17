#pragma once

#include "core/ApiCall.h"
#include "core/Owner.h"
#include "core/ApiError.h"
#include "core/ApiRequests.h"
#include "core/ApiTypes.h"
#include "core/DefaultBaseUrl.h"
#include "core/Expected.h"
#include "core/JsonDecode.h"
#include "core/PipesEvents.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The result of one API call: a value or an ApiError, and in both cases the
// facts of the answer (HTTP status, x-request-id, attempts, elapsed time), so
// a success names its request id as an error does (a 204 DELETE included).
template <typename T>
class ApiResult final : public Expected<T, ApiError>
{
public:
    ApiResult(T value, ResponseFacts facts = {})   // NOLINT implicit on purpose
        : Expected<T, ApiError>(std::move(value))
        , m_facts(std::move(facts))
    {
    }
    ApiResult(ApiError error)   // NOLINT implicit on purpose
        : Expected<T, ApiError>(std::move(error))
        , m_facts(ResponseFacts::of(this->error()))
    {
    }

    const ResponseFacts &facts() const { return m_facts; }

private:
    ResponseFacts m_facts;
};

struct ClientConfig final
{
    QUrl baseUrl = defaultBaseUrl();
    QString apiKey; // never logged, never put in an error
    // Where the key came from ("the WORKOS_API_KEY environment variable"), named by a 401's text; never the key.
    QString keyOrigin;
    RetryPolicy retry;
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    int maxRedirects = 3;
};

// The WorkOS API, asynchronously, on one injected QNetworkAccessManager.
// Every operation returns its ApiCall (never null, cancellable) and ends in
// exactly one call of `done` with a value or an ApiError plus the response
// facts, on the caller's thread, unless `context` was destroyed first (then
// nothing is called). Invalid ids, slugs or URLs, a refused base URL or a
// missing key fail without a request (Kind::InvalidArgument, no attempts):
// the returned call delivers that error through `done` on the next
// event-loop turn. ApiCall::cancel() ends a call silently: `done` is never
// called for it, so an owner may cancel from anywhere, its destructor
// included, without being called back. A read (GET) whose context is
// destroyed is cancelled with it.
class WorkOsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkOsClient)

public:
    template <typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    WorkOsClient(QNetworkAccessManager *nam, ClientConfig config, QObject *parent = nullptr);
    ~WorkOsClient() override;

    const ClientConfig &config() const { return m_config; }
    // Requests on the network: sent, their answer not in yet (a call whose
    // answer is being decoded is no longer in flight; nor is a cancelled one).
    int inFlight() const { return m_inFlight; }

    ApiCall *listUsers(const ListUsersRequest &request, QObject *context, Callback<Page<User>> done);
    ApiCall *getUser(const QString &userId, QObject *context, Callback<User> done);
    ApiCall *listOrganizations(const ListOrganizationsRequest &request, QObject *context,
                               Callback<Page<Organization>> done);
    ApiCall *getOrganization(const QString &organizationId, QObject *context, Callback<Organization> done);
    ApiCall *listOrganizationMemberships(const ListMembershipsRequest &request, QObject *context,
                                         Callback<Page<OrganizationMembership>> done);
    // Read with supports_multiple_connections=true: every connection of every
    // provider. A user's list may be scoped to an organization; an
    // organization's list holds the connections it shares with its members.
    ApiCall *listDataProviders(const QString &userId, const QString &organizationId, QObject *context,
                               Callback<QList<DataProvider>> done);
    ApiCall *listDataProviders(const Owner &owner, const QString &organizationId, QObject *context,
                               Callback<QList<DataProvider>> done);
    // One connection. With an empty connectedAccountId the server chooses,
    // and answers 409 when several match.
    ApiCall *getConnectedAccount(const ConnectionTarget &target, QObject *context, Callback<ConnectedAccount> done);
    // A user's connection for `slug` as the server chooses it (the only one, or 409).
    ApiCall *getConnectedAccount(const QString &userId, const QString &slug, const QString &organizationId,
                                 QObject *context, Callback<ConnectedAccount> done)
    {
        return getConnectedAccount(ConnectionTarget{Owner::user(userId), slug, organizationId, QString()}, context,
                                   std::move(done));
    }
    // Like getConnectedAccount, but a 404 is the answer nullopt (not connected).
    ApiCall *findConnectedAccount(const ConnectionTarget &target, QObject *context,
                                  Callback<std::optional<ConnectedAccount>> done);
    ApiCall *findConnectedAccount(const QString &userId, const QString &slug, const QString &organizationId,
                                  QObject *context, Callback<std::optional<ConnectedAccount>> done)
    {
        return findConnectedAccount(ConnectionTarget{Owner::user(userId), slug, organizationId, QString()}, context,
                                    std::move(done));
    }
    // Deletes exactly target.connectedAccountId (refused without it, before sending).
    ApiCall *deleteConnectedAccount(const ConnectionTarget &target, QObject *context, Callback<NoContent> done);
    ApiCall *createAuthorizeUrl(const AuthorizeRequest &request, QObject *context, Callback<AuthorizeUrl> done);

    // What every call on `target` refuses before sending (a malformed id,
    // slug or scope), or nullopt: for callers that read before they act.
    static std::optional<ApiError> checkTarget(const ConnectionTarget &target);
    // Diagnosis (WorkOsClientDiagnosis.cpp). One page of GET /events.
    ApiCall *listEvents(const ListEventsRequest &request, QObject *context, Callback<PipesEventPage> done);
    // POST /data-integrations/{slug}/token for exactly one connection. It hands
    // out a live secret and may make WorkOS refresh the token: only on a
    // person's request. The value is dropped while decoding (TokenCheck).
    ApiCall *checkToken(const TokenCheckRequest &request, QObject *context, Callback<TokenCheck> done);

Q_SIGNALS:
    void inFlightChanged(int count);
    // Every failed call, for a status bar ("last error: 429 ... (req_...)").
    void callFailed(const ApiError &error);

private:
    struct Endpoint final
    {
        QByteArray verb;
        QStringList segments; // path segments, percent-encoded when the URL is built
        QList<QPair<QString, QString>> query;
        QByteArray body;
        enum class NotFound { IsError, IsAnswer } notFound = NotFound::IsError;
    };

    template <typename T>
    ApiCall *send(const Endpoint &endpoint, QObject *context, Callback<T> done,
                  std::function<Decoded<T>(const RawResponse &)> decode);
    template <typename T>
    ApiCall *failEarly(const ApiError &error, QObject *context, Callback<T> done);
    static Endpoint connectionEndpoint(const QByteArray &verb, const ConnectionTarget &target);
    QUrl buildUrl(const QStringList &segments, const QList<QPair<QString, QString>> &query) const;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    int m_inFlight = 0;
};
