// Injected faults, latency, rate limits, control routes and request counting of
// the sandbox, seen from a real QNetworkAccessManager over loopback.

#include "SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <memory>

using Auth = SandboxTestClient::Auth;

namespace {

const QString usersList = QStringLiteral("/user_management/users");

QString providersPath(const QString &userId)
{
    return QStringLiteral("/user_management/users/") + userId + QStringLiteral("/data_providers");
}

SandboxFault fault(SandboxFault::Action action, const QString &pattern, int times = 1)
{
    SandboxFault f;
    f.action = action;
    f.pathPattern = pattern;
    f.times = times;
    return f;
}

} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void respondWithStatusAndRetryAfter();
    void respondMatchesMethodAndWholePath();
    void dropGivesNetworkError();
    void malformedBodyIsNotJson();
    void truncatedAndResetGiveErrors_data();
    void truncatedAndResetGiveErrors();
    void htmlErrorLooksLikeAProxy();
    void dripIsSlowButComplete();
    void latencyDoesNotBlockOtherRequests();
    void faultsAndControlOverHttp();
    void resetRestoresTheSeed();
    void rateLimitGives429WithRetryAfter();
    void requestCountingAndLog();
    void requestIdsAreUnique();
    void largeSeedIsQuickAndPages();

private:
    void startServer(SandboxOptions options = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxFaults::startServer(SandboxOptions options)
{
    m_client.reset();
    m_server = std::make_unique<SandboxServer>(std::move(options));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(m_server->apiKey());
}

void TestSandboxFaults::init()
{
    startServer();
}

void TestSandboxFaults::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxFaults::respondWithStatusAndRetryAfter()
{
    SandboxFault f = fault(SandboxFault::Action::Respond, usersList);
    f.status = 503;
    f.retryAfter = QByteArrayLiteral("2");
    m_server->addFault(f);

    const HttpResult failed = m_client->get(usersList);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.header("retry-after"), QByteArrayLiteral("2"));
    QVERIFY(failed.isJson());
    QVERIFY(!failed.json().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(failed.header("x-request-id").startsWith("req_"));
    // times = 1: the next request is served normally.
    QCOMPARE(m_client->get(usersList).status, 200);

    f.status = 429;
    f.retryAfter = QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
    f.body = QByteArrayLiteral("{\"message\":\"slow down\",\"code\":\"rate_limit_exceeded\"}");
    f.times = 2;
    m_server->addFault(f);
    for (int i = 0; i < 2; ++i) {
        const HttpResult limited = m_client->get(usersList);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("retry-after"), f.retryAfter);
        QCOMPARE(limited.json().value(QStringLiteral("message")).toString(), QStringLiteral("slow down"));
    }
    QCOMPARE(m_client->get(usersList).status, 200);
}

void TestSandboxFaults::respondMatchesMethodAndWholePath()
{
    SandboxFault f = fault(SandboxFault::Action::Respond, QStringLiteral("/user_management/users/.*/data_providers"), -1);
    f.method = QByteArrayLiteral("GET");
    f.status = 500;
    m_server->addFault(f);
    QCOMPARE(m_client->get(providersPath(SandboxSeed::AliceUserId)).status, 500);
    QCOMPARE(m_client->get(providersPath(SandboxSeed::BobUserId)).status, 500); // always
    QCOMPARE(m_client->get(QStringLiteral("/user_management/users/") + SandboxSeed::AliceUserId).status, 200);
    QCOMPARE(m_client->get(usersList).status, 200);
    m_server->clearFaults();
    QCOMPARE(m_client->get(providersPath(SandboxSeed::AliceUserId)).status, 200);
}

void TestSandboxFaults::dropGivesNetworkError()
{
    // -1: QNetworkAccessManager silently re-sends a request once when a kept-alive
    // connection closes without an answer, so drop every attempt.
    m_server->addFault(fault(SandboxFault::Action::DropConnection, usersList, -1));
    const HttpResult result = m_client->get(usersList);
    QVERIFY(result.finished);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.error != QNetworkReply::NoError, "a dropped connection must be an error");
    m_server->clearFaults();
    QCOMPARE(m_client->get(usersList).status, 200); // the server is fine afterwards
}

void TestSandboxFaults::malformedBodyIsNotJson()
{
    m_server->addFault(fault(SandboxFault::Action::MalformedBody, usersList));
    const HttpResult result = m_client->get(usersList);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QVERIFY(!result.body.isEmpty());
    QVERIFY(!result.isJson());
}

void TestSandboxFaults::truncatedAndResetGiveErrors_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("truncated") << int(SandboxFault::Action::TruncatedBody);
    QTest::newRow("reset") << int(SandboxFault::Action::ResetMidBody);
}

void TestSandboxFaults::truncatedAndResetGiveErrors()
{
    QFETCH(int, action);
    // -1: when the reset discards the partial answer before the client read it,
    // QNetworkAccessManager re-sends the request, like after a drop.
    m_server->addFault(fault(SandboxFault::Action(action), QStringLiteral("/user_management/users/.*/data_providers"), -1));
    const HttpResult result = m_client->get(providersPath(SandboxSeed::AliceUserId));
    m_server->clearFaults();
    QVERIFY(result.finished);
    const QString what = QStringLiteral("status %1, %2 of %3 bytes, error %4")
                             .arg(result.status).arg(result.body.size())
                             .arg(QString::fromLatin1(result.header("content-length"))).arg(int(result.error));
    if (result.error == QNetworkReply::NoError) {
        // Qt 6.4's QNetworkAccessManager reports a reset after part of the body as
        // a success with a short body; a client notices the short, unparsable body.
        QCOMPARE(SandboxFault::Action(action), SandboxFault::Action::ResetMidBody);
        QVERIFY2(result.body.size() < result.header("content-length").toLongLong(), qPrintable(what));
        QVERIFY2(!result.isJson(), qPrintable(what));
    } else {
        // Either no answer at all or fewer bytes than announced.
        QVERIFY2(result.status == 0 || result.body.size() < result.header("content-length").toLongLong(),
                 qPrintable(what));
    }
    QCOMPARE(m_client->get(providersPath(SandboxSeed::AliceUserId)).status, 200);
}

void TestSandboxFaults::htmlErrorLooksLikeAProxy()
{
    SandboxFault f = fault(SandboxFault::Action::HtmlError, usersList);
    f.status = 502;
    m_server->addFault(f);
    const HttpResult result = m_client->get(usersList);
    QCOMPARE(result.status, 502);
    QVERIFY(result.header("content-type").startsWith("text/html"));
    QVERIFY(result.body.contains("502 Bad Gateway"));
    QVERIFY(!result.isJson());
}

void TestSandboxFaults::dripIsSlowButComplete()
{
    SandboxFault f = fault(SandboxFault::Action::DripBody, usersList);
    f.body = QByteArrayLiteral("{\"object\":\"list\"}");
    f.dripIntervalMs = 30;
    m_server->addFault(f);
    const HttpResult result = m_client->get(usersList);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, f.body);
    QVERIFY2(result.elapsedMs >= (f.body.size() - 1) * f.dripIntervalMs,
             qPrintable(QStringLiteral("took %1 ms").arg(result.elapsedMs)));

    // A client that gives up does not keep the server writing.
    f.body = QByteArray(200, 'x');
    m_server->addFault(f);
    QNetworkReply *reply = m_client->start(QByteArrayLiteral("GET"), m_client->url(usersList));
    const HttpResult abandoned = SandboxTestClient::finish(reply, 150);
    QVERIFY(!abandoned.finished);
    QCOMPARE(m_client->get(usersList).status, 200);
}

void TestSandboxFaults::latencyDoesNotBlockOtherRequests()
{
    SandboxFault slow = fault(SandboxFault::Action::Respond, QStringLiteral("/organizations"));
    slow.latencyMs = 1200;
    slow.status = 200;
    slow.body = QByteArrayLiteral("{\"object\":\"list\",\"data\":[],\"list_metadata\":{\"before\":null,\"after\":null}}");
    m_server->addFault(slow);

    const int organizationsBefore = m_server->requestCount("GET", QStringLiteral("/organizations"));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *slowReply = m_client->start(QByteArrayLiteral("GET"), m_client->url(QStringLiteral("/organizations")));
    // The slow request reaches the server first.
    QTRY_VERIFY(m_server->requestCount("GET", QStringLiteral("/organizations")) > organizationsBefore);
    const HttpResult fast = m_client->get(QStringLiteral("/user_management/users/") + SandboxSeed::AliceUserId);
    QCOMPARE(fast.status, 200);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("fast request waited %1 ms").arg(clock.elapsed())));
    QVERIFY(!slowReply->isFinished());
    const HttpResult slowResult = SandboxTestClient::finish(slowReply);
    QCOMPARE(slowResult.status, 200);
    QVERIFY(slowResult.elapsedMs >= 1150);

    // A client that gives up during the delay: the server must not write to the dead socket.
    slow.latencyMs = 300;
    m_server->addFault(slow);
    const HttpResult abandoned = SandboxTestClient::finish(
        m_client->start(QByteArrayLiteral("GET"), m_client->url(QStringLiteral("/organizations"))), 50);
    QVERIFY(!abandoned.finished);
    // A fixed wait on purpose: the server's delayed answer falls due (300 ms)
    // while its socket is gone, and nothing marks that moment but the time.
    QTest::qWait(400);
    QCOMPARE(m_client->get(QStringLiteral("/organizations")).status, 200);

    // The global latency applies to every API request.
    m_server->setLatencyMs(250);
    const HttpResult delayed = m_client->get(usersList);
    QCOMPARE(delayed.status, 200);
    QVERIFY(delayed.elapsedMs >= 240);
    m_server->setLatencyMs(0);
}

void TestSandboxFaults::faultsAndControlOverHttp()
{
    // Control routes need the key too.
    QCOMPARE(m_client->post(QStringLiteral("/_sandbox/faults"), QJsonObject{}, Auth::Missing).status, 401);

    HttpResult added = m_client->post(QStringLiteral("/_sandbox/faults"),
                                      QJsonObject{{QStringLiteral("method"), QStringLiteral("get")},
                                                  {QStringLiteral("path"), QStringLiteral("/user_management/users")},
                                                  {QStringLiteral("action"), QStringLiteral("respond")},
                                                  {QStringLiteral("status"), 429},
                                                  {QStringLiteral("retry_after"), 3},
                                                  {QStringLiteral("times"), -1}});
    QCOMPARE(added.status, 201);
    QCOMPARE(m_server->faults().size(), 1);
    HttpResult limited = m_client->get(usersList);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArrayLiteral("3"));
    QCOMPARE(limited.json().value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(m_client->get(usersList).status, 429);

    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("DELETE"), m_client->url(QStringLiteral("/_sandbox/faults")))).status, 204);
    QCOMPARE(m_client->get(usersList).status, 200);

    for (const char *action : {"drop", "malformed", "truncated", "drip", "reset", "html"}) {
        added = m_client->post(QStringLiteral("/_sandbox/faults"),
                               QJsonObject{{QStringLiteral("action"), QString::fromLatin1(action)},
                                           {QStringLiteral("path"), QStringLiteral("/nowhere")}});
        QCOMPARE(added.status, 201);
        QCOMPARE(added.json().value(QStringLiteral("action")).toString(), QString::fromLatin1(action));
    }
    QCOMPARE(m_client->post(QStringLiteral("/_sandbox/faults"), QJsonObject{{QStringLiteral("action"), QStringLiteral("explode")}}).status, 422);
    QCOMPARE(m_client->get(QStringLiteral("/_sandbox/faults")).data().size(), 6);
    m_server->clearFaults();

    const HttpResult requests = m_client->get(QStringLiteral("/_sandbox/requests"));
    QCOMPARE(requests.status, 200);
    QCOMPARE(requests.json().value(QStringLiteral("count")).toInt(), m_server->requestCount());
    QCOMPARE(m_server->requestCount(), 3); // the three GETs above; control routes are not counted

    const HttpResult latency = m_client->post(QStringLiteral("/_sandbox/latency"), QJsonObject{{QStringLiteral("latency_ms"), 120}});
    QCOMPARE(latency.status, 200);
    QCOMPARE(m_server->latencyMs(), 120);
}

void TestSandboxFaults::resetRestoresTheSeed()
{
    const QString path = QStringLiteral("/user_management/users/") + SandboxSeed::AliceUserId
                         + QStringLiteral("/connected_accounts/github");
    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("DELETE"), m_client->url(path))).status, 204);
    QCOMPARE(m_client->get(path).status, 404);
    m_server->addFault(fault(SandboxFault::Action::Respond, QStringLiteral("/organizations"), -1));
    const HttpResult reset = m_client->post(QStringLiteral("/_sandbox/reset"), QJsonObject{});
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().value(QStringLiteral("users")).toInt(), SandboxSeed::DemoUserCount);
    QCOMPARE(m_client->get(path).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/organizations")).status, 200); // faults are gone too
}

void TestSandboxFaults::rateLimitGives429WithRetryAfter()
{
    SandboxOptions options;
    options.enforceRateLimits = true;
    options.rateLimits.readsPer10Seconds = 5;
    options.rateLimits.writesPer10Seconds = 2;
    startServer(options);

    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(usersList).status, 200);
    const HttpResult limited = m_client->get(usersList);
    QCOMPARE(limited.status, 429);
    bool ok = false;
    const int retryAfter = limited.header("retry-after").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 10, limited.header("retry-after").constData());
    QCOMPARE(limited.json().value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
    QVERIFY(limited.header("x-request-id").startsWith("req_"));

    // Writes have their own window.
    const QString path = QStringLiteral("/user_management/users/") + SandboxSeed::AliceUserId
                         + QStringLiteral("/connected_accounts/github");
    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("DELETE"), m_client->url(path))).status, 204);
    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("DELETE"), m_client->url(path))).status, 404);
    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("DELETE"), m_client->url(path))).status, 429);

    // Without enforcement nothing is limited.
    startServer();
    for (int i = 0; i < 20; ++i)
        QCOMPARE(m_client->get(usersList).status, 200);
}

void TestSandboxFaults::requestCountingAndLog()
{
    QCOMPARE(m_server->requestCount(), 0);
    m_client->get(usersList);
    m_client->get(providersPath(SandboxSeed::AliceUserId));
    m_client->get(providersPath(SandboxSeed::BobUserId), {}, Auth::Wrong);
    QNetworkReply *post = m_client->start(QByteArrayLiteral("POST"), m_client->url(QStringLiteral("/data-integrations/github/authorize")),
                                          QByteArrayLiteral("{\"user_id\":\"x\"}"), Auth::Valid, QByteArrayLiteral("idem-123"));
    SandboxTestClient::finish(post);
    m_client->get(QStringLiteral("/_sandbox/requests"));

    QCOMPARE(m_server->requestCount(), 4);
    QCOMPARE(m_server->requestCount(QByteArrayLiteral("GET"), QStringLiteral("/user_management/users/.*/data_providers")), 2);
    QCOMPARE(m_server->requestCount(QByteArray(), QStringLiteral("/data-integrations/.*")), 1);
    QCOMPARE(m_server->requestCount(QByteArrayLiteral("DELETE"), QStringLiteral(".*")), 0);
    const QList<SandboxRequestRecord> log = m_server->requests();
    QCOMPARE(log.size(), 4);
    QVERIFY(log.at(0).authorized);
    QVERIFY(!log.at(2).authorized);
    QCOMPARE(log.at(3).method, QByteArrayLiteral("POST"));
    QCOMPARE(log.at(3).idempotencyKey, QByteArrayLiteral("idem-123"));
    QCOMPARE(log.at(3).body, QByteArrayLiteral("{\"user_id\":\"x\"}"));
    m_server->clearRequestLog();
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

void TestSandboxFaults::requestIdsAreUnique()
{
    QSet<QByteArray> ids;
    for (int i = 0; i < 15; ++i) {
        const HttpResult result = m_client->get(i % 3 == 0 ? QStringLiteral("/nope") : usersList, {},
                                                i % 2 ? Auth::Valid : Auth::Wrong);
        const QByteArray id = result.header("x-request-id");
        QVERIFY(id.startsWith("req_"));
        QVERIFY(id.size() > 10);
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 15);
}

void TestSandboxFaults::largeSeedIsQuickAndPages()
{
    QElapsedTimer clock;
    clock.start();
    SandboxOptions options;
    options.seed = QStringLiteral("large:100000");
    startServer(options);
    const qint64 seedMs = clock.elapsed();
    qInfo("large:100000 seeded in %lld ms", seedMs);
    QVERIFY2(seedMs < 5000, qPrintable(QString::number(seedMs)));
    QCOMPARE(m_server->store().users().size(), 100000);

    const HttpResult first = m_client->get(usersList, {});
    QCOMPARE(first.data().size(), 10);
    const QString newest = first.data().at(0)[QStringLiteral("id")].toString();
    QCOMPARE(newest, m_server->store().users().constLast().id);

    // A generated user's accounts exist on first use and are stable.
    const QString generated = first.data().at(3)[QStringLiteral("id")].toString();
    const HttpResult providers = m_client->get(providersPath(generated));
    QCOMPARE(providers.status, 200);
    QCOMPARE(m_client->get(providersPath(generated)).body, providers.body);
    QCOMPARE(m_client->get(providersPath(SandboxSeed::AliceUserId)).status, 200); // demo users are kept

    QVERIFY(!SandboxSeed::isValidSpec(QStringLiteral("large:lots")));
    QVERIFY(!SandboxSeed::isValidSpec(QStringLiteral("huge")));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
