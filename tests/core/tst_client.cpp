#include "ApiOutcome.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace SandboxSeed;

namespace {
template <typename T>
using Outcome = ApiOutcome<T>;

// A bare HTTP server that answers every request with a fixed response and
// records the raw requests it got (used for redirects, which the sandbox does
// not produce on its own).
class RawServer final : public QObject
{
public:
    explicit RawServer(QByteArray response, const QHostAddress &address = QHostAddress::LocalHost)
        : m_response(std::move(response))
    {
        m_server.listen(address, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray data = socket->readAll();
                    requests.append(data);
                    QByteArray answer = m_response;
                    answer.replace("{PORT}", QByteArray::number(m_server.serverPort()));
                    socket->write(answer);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

RetryPolicy fastRetries(int maxRetries = 3)
{
    RetryPolicy p;
    p.maxRetries = maxRetries;
    p.baseDelayMs = 10;
    p.maxDelayMs = 50;
    p.jitter = false;
    p.deadlineMs = 20000;
    return p;
}
} // namespace

class TestClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    std::unique_ptr<WorkOsClient> makeClient(RetryPolicy retry = RetryPolicy::none(), QString key = {})
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = key.isEmpty() ? m_sandbox->apiKey() : key;
        config.retry = retry;
        config.transferTimeoutMs = 3000;
        return std::make_unique<WorkOsClient>(m_nam.get(), config);
    }

    static SandboxFault fault(const QByteArray &method, const QString &path, SandboxFault::Action action, int status = 500,
                              int times = 1)
    {
        SandboxFault f;
        f.method = method;
        f.pathPattern = path;
        f.action = action;
        f.status = status;
        f.times = times;
        return f;
    }

    // The x-request-id of every answer the manager saw, in order (read off
    // the wire, independently of the client).
    void watchRequestIds()
    {
        auto ids = std::make_shared<QList<QString>>();
        connect(m_nam.get(), &QNetworkAccessManager::finished, this, [ids](QNetworkReply *reply) {
            ids->append(QString::fromLatin1(reply->rawHeader("x-request-id")));
        });
        m_seenIds = ids;
    }
    std::shared_ptr<QList<QString>> m_seenIds;

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY(m_sandbox->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_sandbox.reset();
    }

    // --- every operation, happy path ---

    void listUsersByEmail()
    {
        auto client = makeClient();
        Outcome<Page<User>> out;
        ListUsersRequest r;
        r.email = AliceEmail;
        client->listUsers(r, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QCOMPARE(out.value().data.size(), 1);
        QCOMPARE(out.value().data.first().id, QString(AliceUserId));
        QVERIFY(!out.value().hasMore());
        QCOMPARE(out.calls, 1);
    }

    void pagesThroughOrganization()
    {
        auto client = makeClient();
        QSet<QString> seen;
        QString after;
        int pages = 0;
        do {
            Outcome<Page<User>> out;
            ListUsersRequest r;
            r.organizationId = AcmeOrgId;
            r.limit = 7;
            r.after = after;
            client->listUsers(r, this, out.callback());
            QTRY_VERIFY(out.done());
            QVERIFY(out.result->ok());
            for (const User &u : out.value().data) {
                QVERIFY2(!seen.contains(u.id), qPrintable(u.id));
                seen.insert(u.id);
            }
            after = out.value().after;
            ++pages;
        } while (!after.isEmpty() && pages < 20);
        QCOMPARE(seen.size(), AcmeMemberCount);
        QCOMPARE(pages, (AcmeMemberCount + 6) / 7);
    }

    void getUserAndOrganization()
    {
        auto client = makeClient();
        Outcome<User> user;
        client->getUser(AliceUserId, this, user.callback());
        QTRY_VERIFY(user.done());
        QVERIFY(user.result->ok());
        QCOMPARE(user.value().email, QString(AliceEmail));

        Outcome<Organization> org;
        client->getOrganization(AcmeOrgId, this, org.callback());
        QTRY_VERIFY(org.done());
        QVERIFY(org.result->ok());
        QCOMPARE(org.value().name, QString(AcmeOrgName));

        Outcome<Page<Organization>> orgs;
        ListOrganizationsRequest lr;
        lr.limit = 100;
        client->listOrganizations(lr, this, orgs.callback());
        QTRY_VERIFY(orgs.done());
        QVERIFY(orgs.result->ok());
        QCOMPARE(orgs.value().data.size(), DemoOrganizationCount);
    }

    void memberships()
    {
        auto client = makeClient();
        Outcome<Page<OrganizationMembership>> out;
        ListMembershipsRequest r;
        r.userId = AliceUserId;
        client->listOrganizationMemberships(r, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QStringList orgs;
        for (const auto &m : out.value().data)
            orgs.append(m.organizationId);
        orgs.sort();
        QStringList expected{AcmeOrgId, GlobexOrgId};
        expected.sort();
        QCOMPARE(orgs, expected);
    }

    void dataProvidersShowEveryState()
    {
        auto client = makeClient();
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.result->ok(), qPrintable(out.result->ok() ? QString() : out.error().fullText()));
        QHash<QString, DataProvider> bySlug;
        for (const DataProvider &p : out.value())
            bySlug.insert(p.slug, p);
        QCOMPARE(bySlug.size(), DemoProviderCount);
        QCOMPARE(bySlug[GithubSlug].connectedAccount->state, ConnectionState::Connected);
        QVERIFY(bySlug[GithubSlug].missingScopes().isEmpty());
        QCOMPARE(bySlug[SlackSlug].connectedAccount->state, ConnectionState::NeedsReauthorization);
        QCOMPARE(bySlug[SlackSlug].missingScopes(),
                 (QStringList{QStringLiteral("chat:write"), QStringLiteral("users:read.email")}));
        QVERIFY(!bySlug[NotionSlug].connectedAccount.has_value());
        QCOMPARE(bySlug[SalesforceSlug].ownership, Ownership::Organization);

        Outcome<QList<DataProvider>> dave;
        client->listDataProviders(DaveUserId, QString(), this, dave.callback());
        QTRY_VERIFY(dave.done());
        QVERIFY(dave.result->ok());
        bool sawUnknown = false;
        for (const DataProvider &p : dave.value()) {
            if (p.slug == NotionSlug) {
                QCOMPARE(p.connectedAccount->state, ConnectionState::Unknown);
                QCOMPARE(p.connectedAccount->stateText, QString(UnknownAccountState));
                sawUnknown = true;
            }
        }
        QVERIFY(sawUnknown);
    }

    void organizationScope()
    {
        auto client = makeClient();
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, GlobexOrgId, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        for (const DataProvider &p : out.value()) {
            if (p.slug == SalesforceSlug)
                QCOMPARE(p.connectedAccount->state, ConnectionState::NeedsReauthorization);
            if (p.slug == LinearSlug)
                QCOMPARE(p.connectedAccount->state, ConnectionState::Connected);
        }
        QVERIFY(m_sandbox->requests().last().query.contains(QStringLiteral("organization_id=") + GlobexOrgId));
    }

    void connectedAccountDisconnectAndReconnect()
    {
        auto client = makeClient();
        Outcome<ConnectedAccount> before;
        client->getConnectedAccount(AliceUserId, SlackSlug, QString(), this, before.callback());
        QTRY_VERIFY(before.done());
        QVERIFY(before.result->ok());
        QCOMPARE(before.value().id, QString(AliceSlackAccountId));

        Outcome<NoContent> del;
        client->deleteConnectedAccount(ConnectionTarget{Owner::user(AliceUserId), SlackSlug, QString(), AliceSlackAccountId}, this, del.callback());
        QTRY_VERIFY(del.done());
        QVERIFY(del.result->ok());

        Outcome<ConnectedAccount> after;
        client->getConnectedAccount(AliceUserId, SlackSlug, QString(), this, after.callback());
        QTRY_VERIFY(after.done());
        QVERIFY(!after.result->ok());
        QVERIFY(after.error().isNotFound());

        Outcome<NoContent> again;
        client->deleteConnectedAccount(ConnectionTarget{Owner::user(AliceUserId), SlackSlug, QString(), AliceSlackAccountId}, this, again.callback());
        QTRY_VERIFY(again.done());
        QVERIFY(again.error().isNotFound());
        QVERIFY(!again.error().requestId.isEmpty());

        Outcome<AuthorizeUrl> link;
        AuthorizeRequest ar;
        ar.providerSlug = SlackSlug;
        ar.userId = AliceUserId;
        client->createAuthorizeUrl(ar, this, link.callback());
        QTRY_VERIFY(link.done());
        QVERIFY(link.result->ok());
        QCOMPARE(link.value().url.host(), m_sandbox->baseUrl().host());
        // A browser opening the link completes the connection.
        QNetworkReply *browser = m_nam->get(QNetworkRequest(link.value().url));
        QTRY_VERIFY(browser->isFinished());
        browser->deleteLater();
        Outcome<ConnectedAccount> reconnected;
        client->getConnectedAccount(AliceUserId, SlackSlug, QString(), this, reconnected.callback());
        QTRY_VERIFY(reconnected.done());
        QVERIFY(reconnected.result->ok());
        QCOMPARE(reconnected.value().state, ConnectionState::Connected);
    }

    void findConnectedAccountTreatsNotFoundAsNotConnected()
    {
        auto client = makeClient();
        QList<ApiError> failures;
        connect(client.get(), &WorkOsClient::callFailed, this, [&failures](const ApiError &e) { failures.append(e); });
        Outcome<std::optional<ConnectedAccount>> notConnected;
        client->findConnectedAccount(AliceUserId, NotionSlug, QString(), this, notConnected.callback());
        Outcome<std::optional<ConnectedAccount>> connected;
        // Slack: Alice's only connection there (GitHub has three: WorkOS would ask which, 409).
        client->findConnectedAccount(AliceUserId, SlackSlug, QString(), this, connected.callback());
        Outcome<std::optional<ConnectedAccount>> unknownUser;
        client->findConnectedAccount(MissingUserId, GithubSlug, QString(), this, unknownUser.callback());
        QTRY_VERIFY(notConnected.done() && connected.done() && unknownUser.done());
        QVERIFY(notConnected.result->ok());
        QVERIFY(!notConnected.value().has_value());
        QVERIFY(connected.result->ok());
        QCOMPARE(connected.value()->id, QString(AliceSlackAccountId));
        QVERIFY(unknownUser.result->ok()); // the API answers 404 for an unknown user too
        QVERIFY(failures.isEmpty());       // an expected answer is not an error for the status bar

        m_sandbox->addFault(fault("GET", QStringLiteral(".*/connected_accounts/.*"), SandboxFault::Action::Respond, 500));
        Outcome<std::optional<ConnectedAccount>> broken;
        client->findConnectedAccount(AliceUserId, GithubSlug, QString(), this, broken.callback());
        QTRY_VERIFY(broken.done());
        QCOMPARE(broken.error().httpStatus, 500); // other errors stay errors
        QCOMPARE(failures.size(), 1);
    }

    // --- errors ---

    void wrongKeyIs401()
    {
        auto client = makeClient(RetryPolicy::none(), QStringLiteral("sk_test_wrong_key_12345"));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.error().isUnauthorized());
        QVERIFY(!out.error().requestId.isEmpty());
        QVERIFY(out.error().text().contains(QStringLiteral("API key")));
        QVERIFY(!out.error().fullText().contains(QStringLiteral("sk_test_wrong_key_12345")));
    }

    void unknownUserIs404WithMessage()
    {
        auto client = makeClient();
        Outcome<User> out;
        client->getUser(MissingUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::Http);
        QCOMPARE(out.error().httpStatus, 404);
        QVERIFY(!out.error().message.isEmpty());
        QVERIFY(out.error().fullText().contains(out.error().requestId));
    }

    void unprocessable422KeepsFieldErrors()
    {
        auto client = makeClient();
        SandboxFault f = fault("POST", QStringLiteral("/data-integrations/.*/authorize"), SandboxFault::Action::Respond, 422);
        f.body = R"({"message":"Validation failed","code":"invalid_request_parameters","errors":[{"field":"return_to","code":"invalid_uri"}]})";
        m_sandbox->addFault(f);
        Outcome<AuthorizeUrl> out;
        AuthorizeRequest ar;
        ar.providerSlug = GithubSlug;
        ar.userId = AliceUserId;
        client->createAuthorizeUrl(ar, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 422);
        QCOMPARE(out.error().code, QStringLiteral("invalid_request_parameters"));
        QCOMPARE(out.error().fieldErrors.size(), 1);
        QCOMPARE(out.error().fieldErrors.first().field, QStringLiteral("return_to"));
        QVERIFY(out.error().text().contains(QStringLiteral("return_to")));
    }

    void rateLimitedThenSuccessHonoursRetryAfter()
    {
        auto client = makeClient(fastRetries());
        SandboxFault f = fault("GET", QStringLiteral("/user_management/users/.*"), SandboxFault::Action::Respond, 429);
        f.retryAfter = "1";
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(out.result->ok());
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_sandbox->requestCount("GET", QStringLiteral("/user_management/users/.*")), 2);
    }

    void retryAfterAsHttpDate()
    {
        auto client = makeClient(fastRetries());
        SandboxFault f = fault("GET", QStringLiteral("/organizations/.*"), SandboxFault::Action::Respond, 503);
        f.retryAfter = QLocale::c()
                           .toString(QDateTime::currentDateTimeUtc().addSecs(2), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                           .toLatin1();
        m_sandbox->addFault(f);
        Outcome<Organization> out;
        QElapsedTimer clock;
        clock.start();
        client->getOrganization(AcmeOrgId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(out.result->ok());
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_sandbox->requestCount("GET", QStringLiteral("/organizations/.*")), 2);
    }

    void absurdRetryAfterGivesUpAtOnce()
    {
        auto client = makeClient(fastRetries());
        SandboxFault f = fault("GET", QStringLiteral("/user_management/users/.*"), SandboxFault::Action::Respond, 429);
        f.retryAfter = "86400";
        m_sandbox->addFault(f);
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 429);
        QCOMPARE(out.error().retryAfterSeconds, 86400);
        QCOMPARE(m_sandbox->requestCount(), 1);
    }

    void serverErrorsRetriedExactly()
    {
        auto client = makeClient(fastRetries(3));
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::Respond, 502, -1));
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 502);
        QCOMPARE(out.error().attempts, 4);
        QCOMPARE(m_sandbox->requestCount(), 4); // 1 + 3 retries, never more
        QCOMPARE(out.calls, 1);

        // Then success: two 500s, then the real answer.
        m_sandbox->clearFaults();
        m_sandbox->clearRequestLog();
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::Respond, 500, 2));
        Outcome<QList<DataProvider>> ok;
        client->listDataProviders(AliceUserId, QString(), this, ok.callback());
        QTRY_VERIFY(ok.done());
        QVERIFY(ok.result->ok());
        QCOMPARE(m_sandbox->requestCount(), 3);
    }

    void noRetryWhenOff()
    {
        auto client = makeClient(RetryPolicy::none());
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::Respond, 503, -1));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 503);
        QCOMPARE(m_sandbox->requestCount(), 1);
    }

    void nonRetryableStatusesAreNotRetried()
    {
        auto client = makeClient(fastRetries());
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::Respond, 400, -1));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 400);
        QCOMPARE(m_sandbox->requestCount(), 1);
    }

    void authorizeRetriedWithOneIdempotencyKey()
    {
        auto client = makeClient(fastRetries());
        m_sandbox->addFault(fault("POST", QStringLiteral(".*/authorize"), SandboxFault::Action::Respond, 503, 2));
        Outcome<AuthorizeUrl> out;
        AuthorizeRequest ar;
        ar.providerSlug = NotionSlug;
        ar.userId = AliceUserId;
        client->createAuthorizeUrl(ar, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        const QList<SandboxRequestRecord> requests = m_sandbox->requests();
        QCOMPARE(requests.size(), 3);
        QVERIFY(!requests.first().idempotencyKey.isEmpty());
        for (const SandboxRequestRecord &r : requests)
            QCOMPARE(r.idempotencyKey, requests.first().idempotencyKey);

        // A new call gets a new key.
        Outcome<AuthorizeUrl> second;
        client->createAuthorizeUrl(ar, this, second.callback());
        QTRY_VERIFY(second.done());
        QVERIFY(m_sandbox->requests().last().idempotencyKey != requests.first().idempotencyKey);
    }

    void htmlErrorPageFromProxy()
    {
        auto client = makeClient();
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::HtmlError, 502));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::Http);
        QCOMPARE(out.error().httpStatus, 502);
        QVERIFY(out.error().text().contains(QStringLiteral("502")));
        QVERIFY(!out.error().text().contains(QStringLiteral("<html")));
    }

    void emptyServerError()
    {
        auto client = makeClient();
        SandboxFault f = fault("GET", QStringLiteral(".*"), SandboxFault::Action::Respond, 500);
        f.body = " "; // a body that is not JSON at all
        m_sandbox->addFault(f);
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().httpStatus, 500);
        QVERIFY(out.error().message.isEmpty());
        QVERIFY(!out.error().text().isEmpty());
    }

    void malformedJson()
    {
        auto client = makeClient();
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::MalformedBody, 200));
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::MalformedBody);
        QVERIFY(out.error().text().contains(QStringLiteral("Unexpected response")));
        QVERIFY(!out.error().requestId.isEmpty());
    }

    void truncatedBodyIsAnError()
    {
        auto client = makeClient();
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::TruncatedBody, 200));
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(!out.result->ok());
        QCOMPARE(out.error().kind, ApiError::Kind::Network);
    }

    void shortBodyClosedGracefullyIsANetworkError()
    {
        // The server promises 400 bytes, sends 20 and closes cleanly.
        RawServer shortBody("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n"
                            "x-request-id: req_short\r\n\r\n{\"object\":\"user\",\"id");
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(shortBody.port()));
        config.apiKey = QStringLiteral("sk_test_x");
        config.retry = RetryPolicy::none();
        WorkOsClient client(m_nam.get(), config);
        Outcome<User> out;
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::Network);
    }

    void resetMidBodyIsANetworkErrorThenRetried()
    {
        auto client = makeClient(RetryPolicy::none());
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::ResetMidBody, 200));
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Network);
        QVERIFY(out.error().text().contains(QStringLiteral("network")));

        // With retries on, the reset is transient: the second attempt succeeds.
        auto retrying = makeClient(fastRetries());
        m_sandbox->clearRequestLog();
        m_sandbox->addFault(fault("GET", QStringLiteral(".*/data_providers"), SandboxFault::Action::ResetMidBody, 200));
        Outcome<QList<DataProvider>> ok;
        retrying->listDataProviders(AliceUserId, QString(), this, ok.callback());
        QTRY_VERIFY_WITH_TIMEOUT(ok.done(), 10000);
        QVERIFY(ok.result->ok());
        QCOMPARE(ok.value().size(), DemoProviderCount);
    }

    void droppedConnectionRetriedThenSucceeds()
    {
        auto client = makeClient(fastRetries());
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::DropConnection, 0, 1));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(out.result->ok());
        QCOMPARE(m_sandbox->requestCount(), 2);
    }

    void timeout()
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = RetryPolicy::none();
        config.transferTimeoutMs = 300;
        WorkOsClient client(m_nam.get(), config);
        SandboxFault f = fault("GET", QStringLiteral(".*"), SandboxFault::Action::Respond, 200);
        f.action = SandboxFault::Action::Respond;
        f.latencyMs = 3000;
        f.status = 200;
        f.body = R"({"object":"user"})";
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 2500);
    }

    void overallDeadline()
    {
        // A body that drips one byte a second never trips the transfer
        // timeout; the overall deadline ends it.
        RetryPolicy retry = RetryPolicy::none();
        retry.deadlineMs = 1500;
        auto client = makeClient(retry);
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::DripBody, 200));
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 8000);
        QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void oversizedBody()
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = RetryPolicy::none();
        config.maxResponseBytes = 512; // Alice's providers are several kB
        WorkOsClient client(m_nam.get(), config);
        Outcome<QList<DataProvider>> out;
        client.listDataProviders(AliceUserId, QString(), this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::TooLarge);
        QVERIFY(out.error().text().contains(QStringLiteral("too large")));
    }

    void cancelNeverCallsBack()
    {
        auto client = makeClient();
        m_sandbox->setLatencyMs(300);
        Outcome<User> out;
        QPointer<ApiCall> call = client->getUser(AliceUserId, this, out.callback());
        QVERIFY(call);
        QSignalSpy cancelled(call.data(), &ApiCall::cancelled);
        QCOMPARE(client->inFlight(), 1);
        call->cancel();
        QCOMPARE(out.calls, 0); // not synchronously
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(client->inFlight(), 0);
        // A later call with the same latency answers after the cancelled one
        // would have: by then no late answer has reached the callback.
        Outcome<User> later;
        client->getUser(AliceUserId, this, later.callback());
        QTRY_VERIFY(later.done());
        QVERIFY(later.ok());
        QCOMPARE(out.calls, 0);
        QVERIFY(!call); // deleted itself
        call = nullptr;
    }

    void anOwnerCancellingInItsDestructorIsNotCalledBack()
    {
        // The shape every panel has: it holds its call and cancels it when it
        // goes away. A callback during the destructor would touch a
        // half-destroyed object (ASan reports it).
        struct CallOwner final : QObject {
            QPointer<ApiCall> call;
            QString *seen = nullptr;
            ~CallOwner() override
            {
                if (call)
                    call->cancel();
                seen = nullptr;
            }
        };
        auto client = makeClient();
        m_sandbox->setLatencyMs(200);
        QString seen;
        auto owner = std::make_unique<CallOwner>();
        owner->seen = &seen;
        CallOwner *raw = owner.get();
        owner->call = client->getUser(AliceUserId, raw, [raw](const ApiResult<User> &r) {
            *raw->seen = r ? r.value().email : r.error().text();
        });
        owner.reset();
        QCOMPARE(client->inFlight(), 0);
        QTRY_COMPARE(client->inFlight(), 0);
        QVERIFY(seen.isEmpty());
    }

    void aReadEndsWithItsContext()
    {
        auto client = makeClient();
        m_sandbox->setLatencyMs(2000);
        auto context = std::make_unique<QObject>();
        int answers = 0;
        QPointer<ApiCall> call = client->getUser(AliceUserId, context.get(), [&answers](const ApiResult<User> &) { ++answers; });
        QCOMPARE(client->inFlight(), 1);
        context.reset();
        // Aborted at once, not when the server answers two seconds later.
        QCOMPARE(client->inFlight(), 0);
        QTRY_VERIFY(!call);
        QCOMPARE(answers, 0);
    }

    void deadContextGetsNoCallback()
    {
        auto client = makeClient();
        m_sandbox->setLatencyMs(200);
        int calls = 0;
        auto context = std::make_unique<QObject>();
        client->getUser(AliceUserId, context.get(), [&calls](const ApiResult<User> &) { ++calls; });
        context.reset();
        QTRY_COMPARE(client->inFlight(), 0);
        QCOMPARE(calls, 0);
    }

    // --- response facts on every result ---

    void successesCarryStatusRequestIdAndAttempts()
    {
        watchRequestIds();
        auto client = makeClient();
        Outcome<User> get;
        client->getUser(AliceUserId, this, get.callback());
        QTRY_VERIFY(get.done());
        QVERIFY2(get.ok(), get.describe().constData());
        QCOMPARE(m_seenIds->size(), 1);
        QVERIFY(m_seenIds->constLast().startsWith(QStringLiteral("req_")));
        QCOMPARE(get.result->facts().httpStatus, 200);
        QCOMPARE(get.result->facts().requestId, m_seenIds->constLast());
        QCOMPARE(get.result->facts().attempts, 1);
        QVERIFY(get.result->facts().elapsedMs >= 0);

        Outcome<NoContent> del;
        client->deleteConnectedAccount(ConnectionTarget{Owner::user(AliceUserId), SlackSlug, QString(), AliceSlackAccountId}, this, del.callback());
        QTRY_VERIFY(del.done());
        QVERIFY2(del.ok(), del.describe().constData());
        QCOMPARE(m_seenIds->size(), 2);
        QCOMPARE(del.result->facts().httpStatus, 204);
        QCOMPARE(del.result->facts().requestId, m_seenIds->constLast());
        QVERIFY(del.result->facts().requestId != get.result->facts().requestId);
        QCOMPARE(del.result->facts().attempts, 1);
    }

    void factsOfARetriedCallNameTheLastAnswer()
    {
        watchRequestIds();
        auto client = makeClient(fastRetries());
        m_sandbox->addFault(fault("GET", QStringLiteral("/user_management/users/.*"), SandboxFault::Action::Respond, 503));
        m_sandbox->addFault(fault("DELETE", QStringLiteral(".*/connected_accounts/.*"), SandboxFault::Action::Respond, 503));

        Outcome<User> get;
        client->getUser(AliceUserId, this, get.callback());
        QTRY_VERIFY(get.done());
        QVERIFY2(get.ok(), get.describe().constData());
        QCOMPARE(get.result->facts().attempts, 2);
        QCOMPARE(get.result->facts().httpStatus, 200);
        QCOMPARE(m_seenIds->size(), 2);
        QCOMPARE(get.result->facts().requestId, m_seenIds->at(1)); // the success's id, not the 503's
        QVERIFY(get.result->facts().requestId.startsWith(QStringLiteral("req_")));

        Outcome<NoContent> del;
        client->deleteConnectedAccount(ConnectionTarget{Owner::user(AliceUserId), SlackSlug, QString(), AliceSlackAccountId}, this, del.callback());
        QTRY_VERIFY(del.done());
        QVERIFY2(del.ok(), del.describe().constData());
        QCOMPARE(del.result->facts().httpStatus, 204);
        QCOMPARE(del.result->facts().attempts, 2);
        QCOMPARE(m_seenIds->size(), 4);
        QCOMPARE(del.result->facts().requestId, m_seenIds->at(3));
        QCOMPARE(m_sandbox->requestCount("DELETE", QStringLiteral(".*")), 2);
    }

    void aFailureCarriesTheSameFacts()
    {
        auto client = makeClient(fastRetries(1));
        m_sandbox->addFault(fault("GET", QStringLiteral(".*"), SandboxFault::Action::Respond, 503, -1));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(!out.ok());
        QCOMPARE(out.result->facts().httpStatus, 503);
        QCOMPARE(out.result->facts().attempts, 2);
        QCOMPARE(out.result->facts().requestId, out.error().requestId);
        QVERIFY(!out.error().requestId.isEmpty());
    }

    // --- a refused call is still a call (WorkOsClient.h's promise) ---

    void aRefusedCallIsReturnedAndFailsOnTheNextTurn()
    {
        auto client = makeClient();
        QSignalSpy failed(client.get(), &WorkOsClient::callFailed);
        Outcome<User> out;
        QPointer<ApiCall> call = client->getUser(QStringLiteral("not-a-user"), this, out.callback());
        QVERIFY(call);
        QCOMPARE(out.calls, 0); // not synchronously
        QTRY_VERIFY(out.done());
        QCOMPARE(out.calls, 1);
        QCOMPARE(out.error().kind, ApiError::Kind::InvalidArgument);
        QVERIFY(out.error().text().contains(QStringLiteral("not-a-user")));
        QCOMPARE(out.error().attempts, 0);
        QCOMPARE(out.result->facts().attempts, 0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_sandbox->requestCount(), 0);
        QTRY_VERIFY(!call); // it cleans up after itself like any call

        // Without a key: the same, with its own sentence.
        ClientConfig config = client->config();
        config.apiKey.clear();
        WorkOsClient keyless(m_nam.get(), config);
        Outcome<User> noKey;
        QVERIFY(keyless.getUser(AliceUserId, this, noKey.callback()));
        QTRY_VERIFY(noKey.done());
        QCOMPARE(noKey.error().kind, ApiError::Kind::InvalidArgument);
        QVERIFY(noKey.error().text().contains(QStringLiteral("API key")));
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void aRefusedCallCanBeCancelledBeforeItFails()
    {
        auto client = makeClient();
        QSignalSpy failed(client.get(), &WorkOsClient::callFailed);
        Outcome<ConnectedAccount> out;
        QPointer<ApiCall> call =
            client->getConnectedAccount(AliceUserId, QStringLiteral("../x"), QString(), this, out.callback());
        QVERIFY(call);
        call->cancel();
        QCOMPARE(out.calls, 0);
        QTRY_VERIFY(!call);
        QCoreApplication::processEvents();
        QCOMPARE(out.calls, 0); // the refusal never follows the cancellation
        QCOMPARE(failed.size(), 0);
    }

    // --- safety ---

    void invalidIdsNeverReachTheServer()
    {
        auto client = makeClient();
        Outcome<User> badUser;
        client->getUser(QStringLiteral("user_01H/../../organizations"), this, badUser.callback());
        Outcome<ConnectedAccount> badSlug;
        client->getConnectedAccount(AliceUserId, QStringLiteral("../../users"), QString(), this, badSlug.callback());
        Outcome<QList<DataProvider>> badOrg;
        client->listDataProviders(AliceUserId, QStringLiteral("org_x&limit=1"), this, badOrg.callback());
        QTRY_VERIFY(badUser.done() && badSlug.done() && badOrg.done());
        QCOMPARE(badUser.error().kind, ApiError::Kind::InvalidArgument);
        QCOMPARE(badSlug.error().kind, ApiError::Kind::InvalidArgument);
        QCOMPARE(badOrg.error().kind, ApiError::Kind::InvalidArgument);
        QVERIFY(badUser.error().text().contains(QStringLiteral("user id")));
        QCOMPARE(m_sandbox->requestCount(), 0);
    }

    void queryValuesArePercentEncoded()
    {
        auto client = makeClient();
        Outcome<Page<User>> out;
        ListUsersRequest r;
        r.email = QStringLiteral("a+b&limit=1@x.com");
        client->listUsers(r, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY(out.result->ok());
        QCOMPARE(out.value().data.size(), 0);
        const QString query = m_sandbox->requests().last().query;
        QVERIFY2(query.contains(QStringLiteral("email=a%2Bb%26limit%3D1%40x.com")), qPrintable(query));
    }

    void httpRefusedForRemoteHost()
    {
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://api.workos.com"));
        config.apiKey = QStringLiteral("sk_test_x");
        WorkOsClient client(m_nam.get(), config);
        Outcome<User> out;
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::InvalidArgument);
        QVERIFY(out.error().text().contains(QStringLiteral("https")));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.apiKey = QStringLiteral("sk_test_x");
        config.retry = RetryPolicy::none();
        WorkOsClient client(m_nam.get(), config);
        Outcome<User> out;
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::ConnectionRefused);
    }

    void redirectToAnotherOriginNotFollowed()
    {
        RawServer elsewhere("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        const QByteArray location = "http://127.0.0.1:" + QByteArray::number(elsewhere.port()) + "/user_management/users/x";
        RawServer redirecting("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n");
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://localhost:%1").arg(redirecting.port()));
        config.apiKey = QStringLiteral("sk_test_secret_redirect");
        config.retry = RetryPolicy::none();
        WorkOsClient client(m_nam.get(), config);
        Outcome<User> out;
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::Redirect);
        QCOMPARE(redirecting.requests.size(), 1);
        QVERIFY(redirecting.requests.first().contains("Bearer sk_test_secret_redirect"));
        QTest::qWait(100);
        QCOMPARE(elsewhere.requests.size(), 0); // the key never travelled to another origin
    }

    void sameOriginRedirectFollowedAFewTimes()
    {
        RawServer loop("HTTP/1.1 307 Temporary Redirect\r\nLocation: /user_management/users/again\r\nContent-Length: 0\r\n\r\n");
        ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(loop.port()));
        config.apiKey = QStringLiteral("sk_test_x");
        config.retry = RetryPolicy::none();
        config.maxRedirects = 3;
        WorkOsClient client(m_nam.get(), config);
        Outcome<User> out;
        client.getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        QCOMPARE(out.error().kind, ApiError::Kind::Redirect);
        QCOMPARE(loop.requests.size(), 4); // the first request and three hops
        QVERIFY(loop.requests.last().startsWith("GET /user_management/users/again"));
    }

    void debugLoggingRedactsTheKey()
    {
        static QStringList captured;
        captured.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("pipes.api.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { captured.append(message); });
        auto client = makeClient(RetryPolicy::none(), QStringLiteral("sk_test_recognisable_4242"));
        Outcome<User> out;
        client->getUser(AliceUserId, this, out.callback());
        QTRY_VERIFY(out.done());
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("pipes.api.debug=false"));
        const QString log = captured.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("Authorization: <redacted>")), qPrintable(log));
        QVERIFY(log.contains(AliceUserId)); // the log is useful...
        QVERIFY(!log.contains(QStringLiteral("recognisable_4242"))); // ...and never holds the key
        QVERIFY(!out.error().fullText().contains(QStringLiteral("recognisable_4242")));
    }

    void inFlightCounterAndFailureSignal()
    {
        auto client = makeClient();
        QList<int> counts;
        connect(client.get(), &WorkOsClient::inFlightChanged, this, [&counts](int n) { counts.append(n); });
        QList<ApiError> failures;
        connect(client.get(), &WorkOsClient::callFailed, this, [&failures](const ApiError &e) { failures.append(e); });
        Outcome<User> a;
        Outcome<User> b;
        client->getUser(AliceUserId, this, a.callback());
        client->getUser(MissingUserId, this, b.callback());
        QTRY_VERIFY(a.done() && b.done());
        QCOMPARE(counts.first(), 1);
        QCOMPARE(counts.at(1), 2);
        QCOMPARE(counts.last(), 0);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
