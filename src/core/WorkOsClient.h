#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "ApiRequests.h"
#include "ApiTypes.h"
#include "Expected.h"
#include "JsonDecode.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

template <typename T>
using ApiResult = Expected<T, ApiError>;

struct ClientConfig final
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.workos.com"));
    QString apiKey; // never logged, never put in an error
    // Where the key came from ("the WORKOS_API_KEY environment variable"), named by a 401's text; never the key.
    QString keyOrigin;
    RetryPolicy retry;
    int transferTimeoutMs = 30000;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    int maxRedirects = 3;
};

// The WorkOS API, asynchronously, on one injected QNetworkAccessManager.
// Every operation returns its ApiCall (cancellable) and ends in exactly one
// call of `done` with a value or an ApiError, on the caller's thread, unless
// `context` was destroyed first (then nothing is called).
// Invalid ids, slugs or URLs fail without a request (Kind::InvalidArgument),
// still through `done`, asynchronously.
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
    void setRetryPolicy(const RetryPolicy &policy) { m_config.retry = policy; }
    int inFlight() const { return m_inFlight; }

    ApiCall *listUsers(const ListUsersRequest &request, QObject *context, Callback<Page<User>> done);
    ApiCall *getUser(const QString &userId, QObject *context, Callback<User> done);
    ApiCall *listOrganizations(const ListOrganizationsRequest &request, QObject *context,
                               Callback<Page<Organization>> done);
    ApiCall *getOrganization(const QString &organizationId, QObject *context, Callback<Organization> done);
    ApiCall *listOrganizationMemberships(const ListMembershipsRequest &request, QObject *context,
                                         Callback<Page<OrganizationMembership>> done);
    ApiCall *listDataProviders(const QString &userId, const QString &organizationId, QObject *context,
                               Callback<QList<DataProvider>> done);
    ApiCall *getConnectedAccount(const QString &userId, const QString &slug, const QString &organizationId,
                                 QObject *context, Callback<ConnectedAccount> done);
    // Like getConnectedAccount, but "not connected" (404) is an answer, not an
    // error: the value is std::nullopt and callFailed is not emitted. For
    // re-reading a row after a disconnect and for watching a reconnection.
    ApiCall *findConnectedAccount(const QString &userId, const QString &slug, const QString &organizationId,
                                  QObject *context, Callback<std::optional<ConnectedAccount>> done);
    ApiCall *deleteConnectedAccount(const QString &userId, const QString &slug, const QString &organizationId,
                                    QObject *context, Callback<NoContent> done);
    ApiCall *createAuthorizeUrl(const AuthorizeRequest &request, QObject *context, Callback<AuthorizeUrl> done);

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
    QUrl buildUrl(const QStringList &segments, const QList<QPair<QString, QString>> &query) const;

    QNetworkAccessManager *m_nam;
    ClientConfig m_config;
    int m_inFlight = 0;
};
