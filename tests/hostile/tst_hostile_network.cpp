#include "HostileServer.h"
#include "HostileSupport.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using Hostile::fastRetries;
using Hostile::Outcome;

// Broken and hostile servers at the transport and HTTP level: each case ends
// in exactly one clear ApiError (kind + a readable sentence), within a bound,
// and the API key never reaches anyone it should not.
namespace {
const QString UserId = SandboxSeed::AliceUserId;
const QByteArray SecretKey = "sk_test_hostile_key_must_not_travel_0451";

QByteArray userJson()
{
    return "{\"object\":\"user\",\"id\":\"" + UserId.toLatin1()
        + "\",\"email\":\"alice@example.com\",\"first_name\":\"Alice\",\"last_name\":null}";
}

QByteArray pathOf(const QByteArray &request)
{
    const QList<QByteArray> parts = request.left(request.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

QByteArray methodOf(const QByteArray &request)
{
    return request.left(request.indexOf(' '));
}
} // namespace

class TestHostileNetwork final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;

    std::unique_ptr<WorkOsClient> clientFor(const QUrl &base, RetryPolicy retry = RetryPolicy::none(),
                                            int transferTimeoutMs = 5000)
    {
        ClientConfig config;
        config.baseUrl = base;
        config.apiKey = QString::fromLatin1(SecretKey);
        config.retry = retry;
        config.transferTimeoutMs = transferTimeoutMs;
        config.maxRedirects = 3;
        return std::make_unique<WorkOsClient>(m_nam.get(), config);
    }

    std::unique_ptr<WorkOsClient> sandboxClient(RetryPolicy retry = RetryPolicy::none())
    {
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = retry;
        config.transferTimeoutMs = 5000;
        return std::make_unique<WorkOsClient>(m_nam.get(), config);
    }

    static SandboxFault fault(SandboxFault::Action action, int status = 500, int times = -1)
    {
        SandboxFault f;
        f.action = action;
        f.status = status;
        f.times = times;
        return f;
    }

    static QUrl url(const QByteArray &origin) { return QUrl(QString::fromLatin1(origin)); }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY(m_sandbox->listen() != 0);
    }

    void cleanup()
    {
        m_nam.reset();
        m_sandbox.reset();
    }

    // --- redirects ---

    void redirectToAnotherOriginIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("target"); // {ELSEWHERE} = the other server's origin, {SELF_PORT} = ours
        for (int status : {301, 302, 307, 308}) {
            const QByteArray s = QByteArray::number(status);
            QTest::newRow(s + " other port") << status << QByteArray("{ELSEWHERE}/user_management/users/x");
            QTest::newRow(s + " other host name") << status << QByteArray("http://localhost:{SELF_PORT}/x");
            QTest::newRow(s + " https upgrade") << status << QByteArray("https://127.0.0.1:{SELF_PORT}/x");
            QTest::newRow(s + " protocol-relative") << status << QByteArray("//localhost:{SELF_PORT}/x");
        }
        QTest::newRow("302 javascript") << 302 << QByteArray("javascript:alert(document.cookie)");
        QTest::newRow("302 file") << 302 << QByteArray("file:///etc/passwd");
        QTest::newRow("302 data") << 302 << QByteArray("data:text/html,<script>alert(1)</script>");
        QTest::newRow("302 empty location") << 302 << QByteArray();
    }

    void redirectToAnotherOriginIsNotFollowed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, target);
        HostileServer elsewhere(HostileServer::respond(HostileServer::http(200, "OK", {}, userJson())));
        QVERIFY(elsewhere.start());
        QByteArray location = target;
        location.replace("{ELSEWHERE}", elsewhere.origin());
        HostileServer redirecting([&location, status](QTcpSocket *socket, const QByteArray &) {
            const QList<QByteArray> headers =
                location.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{"Location: " + location};
            socket->write(HostileServer::http(status, "Moved", headers, QByteArray()));
            socket->disconnectFromHost();
        });
        QVERIFY(redirecting.start());
        location.replace("{SELF_PORT}", QByteArray::number(redirecting.port()));

        auto client = clientFor(url(redirecting.origin()), fastRetries());
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.calls, 1);
        QVERIFY2(!out.ok(), "a redirect to another origin was followed");
        QCOMPARE(out.error().kind, ApiError::Kind::Redirect);
        QCOMPARE(out.error().httpStatus, status);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QCOMPARE(redirecting.requests.size(), 1); // not re-sent under another name either
        QTest::qWait(50); // on purpose: proves that no late connection reaches the other origin
        QCOMPARE(elsewhere.connections, 0); // the other origin never saw us, let alone the key
        QVERIFY(!out.error().fullText().contains(QString::fromLatin1(SecretKey)));
    }

    void sameOriginRedirectIsFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 307, 308})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

    void sameOriginRedirectIsFollowed()
    {
        // Two hops on the same origin, then the real answer: the user gets the user.
        QFETCH(int, status);
        HostileServer server([status](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray path = pathOf(request);
            if (path.endsWith("/hop2"))
                socket->write(HostileServer::http(200, "OK", {"Content-Type: application/json"}, userJson()));
            else if (path.endsWith("/hop1"))
                socket->write(HostileServer::http(status, "Moved", {"Location: /api/hop2"}, QByteArray()));
            else
                socket->write(HostileServer::http(status, "Moved", {"Location: /api/hop1"}, QByteArray()));
            socket->disconnectFromHost();
        });
        QVERIFY(server.start());
        auto client = clientFor(url(server.origin()));
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().email, QStringLiteral("alice@example.com"));
        QCOMPARE(server.requests.size(), 3);
        for (const QByteArray &request : std::as_const(server.requests)) {
            QCOMPARE(methodOf(request), QByteArray("GET"));
            QVERIFY(request.contains("Authorization: Bearer " + SecretKey)); // same origin: fine
        }
    }

    void sameOriginRedirectLoopEndsAfterMaxRedirects_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 307, 308})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }

    void sameOriginRedirectLoopEndsAfterMaxRedirects()
    {
        QFETCH(int, status);
        HostileServer loop([status](QTcpSocket *socket, const QByteArray &request) {
            const QByteArray next = pathOf(request) + "x";
            socket->write(HostileServer::http(status, "Moved", {"Location: " + next}, QByteArray()));
            socket->disconnectFromHost();
        });
        QVERIFY(loop.start());
        auto client = clientFor(url(loop.origin()), fastRetries());
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Redirect);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QCOMPARE(loop.requests.size(), 4); // the request and maxRedirects (3) hops, never retried
        QVERIFY(clock.elapsed() < 3000);
    }

    void redirectNeverTurnsADeleteIntoAGet_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("followed");
        QTest::newRow("301") << 301 << false;
        QTest::newRow("302") << 302 << false;
        QTest::newRow("303") << 303 << false;
        QTest::newRow("307") << 307 << true;
        QTest::newRow("308") << 308 << true;
    }

    void redirectNeverTurnsADeleteIntoAGet()
    {
        QFETCH(int, status);
        QFETCH(bool, followed);
        HostileServer server([status](QTcpSocket *socket, const QByteArray &request) {
            if (pathOf(request).startsWith("/moved"))
                socket->write(HostileServer::http(204, "No Content", {}, QByteArray()));
            else
                socket->write(HostileServer::http(status, "Moved", {"Location: /moved" + pathOf(request)}, QByteArray()));
            socket->disconnectFromHost();
        });
        QVERIFY(server.start());
        auto client = clientFor(url(server.origin()));
        Outcome<NoContent> out;
        client->deleteConnectedAccount(
            ConnectionTarget{Owner::user(UserId), QStringLiteral("github"), QString(),
                             QStringLiteral("data_installation_01H0000000001TJ9BZ0RTPBY28")},
            this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        if (followed) {
            QVERIFY2(out.ok(), out.describe().constData());
            QCOMPARE(server.requests.size(), 2);
            QCOMPARE(methodOf(server.requests.last()), QByteArray("DELETE"));
        } else {
            QCOMPARE(out.error().kind, ApiError::Kind::Redirect);
            HOSTILE_VERIFY_SENTENCE(out.error().text());
            QCOMPARE(server.requests.size(), 1);
        }
    }

    // --- bodies that are too big, too slow, or cut off ---

    void fiftyMegabyteBodyIsAbortedPastTheCap_data()
    {
        QTest::addColumn<bool>("declareLength");
        QTest::newRow("Content-Length: 50 MB") << true;
        QTest::newRow("no length, read until close") << false;
    }

    void fiftyMegabyteBodyIsAbortedPastTheCap()
    {
        QFETCH(bool, declareLength);
        constexpr qint64 fifty = 50LL * 1024 * 1024;
        HostileServer server([declareLength](QTcpSocket *socket, const QByteArray &) {
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
            if (declareLength)
                head += "Content-Length: " + QByteArray::number(fifty) + "\r\n";
            head += "\r\n{\"object\":\"list\",\"data\":[\"";
            new BodyStreamer(socket, head, fifty);
        });
        QVERIFY(server.start());
        ClientConfig config;
        config.baseUrl = url(server.origin());
        config.apiKey = QString::fromLatin1(SecretKey);
        config.retry = fastRetries(); // a too-large answer is not retried either
        config.transferTimeoutMs = 10000;
        // maxResponseBytes: the production default (8 MB)
        WorkOsClient client(m_nam.get(), config);
        const bool peakResettable = Hostile::resetPeakRss();
        const qint64 peakBefore = Hostile::peakRssKb();
        Outcome<QList<DataProvider>> out;
        QElapsedTimer clock;
        clock.start();
        client.listDataProviders(UserId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 30000);
        const qint64 growthKb = Hostile::peakRssKb() - peakBefore;
        QCOMPARE(out.error().kind, ApiError::Kind::TooLarge);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QCOMPARE(out.error().attempts, 1);
        QCOMPARE(server.requests.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(BodyStreamer::lastHungUp, 5000); // the client hung up, not the server
        // The client stopped reading soon after the cap: what went out is the
        // cap plus loopback socket buffers, nowhere near 50 MB.
        qInfo("sent %lld MB before the client hung up, %lld ms, peak RSS growth %lld MB",
              BodyStreamer::lastSent / (1024 * 1024), qint64(clock.elapsed()), growthKb / 1024);
        QVERIFY2(BodyStreamer::lastSent < 30LL * 1024 * 1024, qPrintable(QString::number(BodyStreamer::lastSent)));
        if (declareLength)
            QVERIFY2(BodyStreamer::lastSent < 9LL * 1024 * 1024, "a declared 50 MB body should be refused at the headers");
        if (peakResettable && !Hostile::builtWithAddressSanitizer())
            QVERIFY2(growthKb < 48 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 kB").arg(growthKb)));
    }

    void slowlorisHeadersEndAtTheDeadline()
    {
        // The status line and headers one byte a second: each byte resets the
        // transfer timeout, the overall deadline still ends the call.
        const QByteArray answer = HostileServer::http(200, "OK", {"Content-Type: application/json"}, userJson());
        HostileServer server([&answer](QTcpSocket *socket, const QByteArray &) {
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, position, &answer] {
                if (*position < answer.size() && socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(answer.mid((*position)++, 1));
            });
            timer->start(1000);
        });
        QVERIFY(server.start());
        RetryPolicy retry = fastRetries(3, 2500);
        auto client = clientFor(url(server.origin()), retry, 30000);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QVERIFY2(clock.elapsed() >= 2000 && clock.elapsed() < 4500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(out.calls, 1);
    }

    void dripBodyWithRetriesStillEndsAtTheDeadline()
    {
        // Retries enabled: the deadline covers the whole call, so a drip is
        // neither waited out nor retried past it.
        auto client = sandboxClient(fastRetries(3, 2000));
        SandboxFault f = fault(SandboxFault::Action::DripBody, 200);
        f.dripIntervalMs = 1000;
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Timeout);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QVERIFY2(clock.elapsed() < 3500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_sandbox->requestCount(), 1);
    }

    void resetMidBodyIsANetworkError()
    {
        auto client = sandboxClient();
        m_sandbox->addFault(fault(SandboxFault::Action::ResetMidBody, 200));
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(UserId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.calls, 1);
        QVERIFY2(!out.ok(), "half a providers list was shown as if complete");
        QCOMPARE(out.error().kind, ApiError::Kind::Network);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
    }

    void resetMidBodyIsRetriedAndNothingIsLost()
    {
        auto reference = sandboxClient();
        Outcome<QList<DataProvider>> full;
        reference->listDataProviders(UserId, QString(), this, full.callback());
        QTRY_VERIFY(full.done());
        QVERIFY(full.ok());

        auto client = sandboxClient(fastRetries());
        m_sandbox->addFault(fault(SandboxFault::Action::ResetMidBody, 200, 2));
        m_sandbox->clearRequestLog();
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(UserId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().size(), full.value().size()); // every provider, not the half before the reset
        QCOMPARE(m_sandbox->requestCount(), 3);
    }

    void resetMidBodyOfAuthorizeIsRetriedWithTheSameKey()
    {
        // The authorize POST carries an idempotency key, so a retry is safe
        // and must reuse the key (never two links for one click).
        auto client = sandboxClient(fastRetries());
        SandboxFault f = fault(SandboxFault::Action::ResetMidBody, 200, 1);
        f.method = "POST";
        m_sandbox->addFault(f);
        AuthorizeRequest request;
        request.providerSlug = SandboxSeed::SlackSlug;
        request.userId = UserId;
        Outcome<AuthorizeUrl> out;
        client->createAuthorizeUrl(request, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        const QList<SandboxRequestRecord> requests = m_sandbox->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(!requests.first().idempotencyKey.isEmpty());
        QCOMPARE(requests.last().idempotencyKey, requests.first().idempotencyKey);
    }

    // --- error pages from proxies, empty errors, rate limits ---

    void htmlPagesFromAProxy_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("502 Bad Gateway") << 502;
        QTest::newRow("503 Service Unavailable") << 503;
        QTest::newRow("504 Gateway Timeout") << 504;
    }

    void htmlPagesFromAProxy()
    {
        QFETCH(int, status);
        auto client = sandboxClient(fastRetries());
        m_sandbox->addFault(fault(SandboxFault::Action::HtmlError, status));
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Http);
        QCOMPARE(out.error().httpStatus, status);
        QCOMPARE(out.error().attempts, 4); // retried as transient, then given up
        QCOMPARE(m_sandbox->requestCount(), 4);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QVERIFY(out.error().text().contains(QString::number(status)));
        QVERIFY(out.error().message.isEmpty()); // no HTML soup as a "message"
        QVERIFY(!out.error().fullText().contains(QLatin1Char('<')));
        QVERIFY(!out.error().requestId.isEmpty()); // the proxy page still came with an id
    }

    void htmlPageThenRecovery()
    {
        auto client = sandboxClient(fastRetries());
        m_sandbox->addFault(fault(SandboxFault::Action::HtmlError, 503, 2));
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(m_sandbox->requestCount(), 3);
    }

    void emptyServerError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("Content-Length: 0")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        QTest::newRow("no length, closed")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\n\r\n");
        QTest::newRow("no reason phrase") << QByteArray("HTTP/1.1 500\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("JSON content type, empty body")
            << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");
    }

    void emptyServerError()
    {
        QFETCH(QByteArray, answer);
        HostileServer server(HostileServer::respond(answer));
        QVERIFY(server.start());
        auto client = clientFor(url(server.origin()), fastRetries());
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.error().kind, ApiError::Kind::Http);
        QCOMPARE(out.error().httpStatus, 500);
        QCOMPARE(out.error().attempts, 4);
        QCOMPARE(server.requests.size(), 4);
        QVERIFY(out.error().message.isEmpty());
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QVERIFY(out.error().text().contains(QStringLiteral("500")));
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("minSeconds"); // what the error keeps, -1: no Retry-After understood
        QTest::addColumn<int>("maxSeconds");
        QTest::addColumn<QString>("says");   // what the support person reads
        const QByteArray soon =
            QLocale::c()
                .toString(QDateTime::currentDateTimeUtc().addSecs(120), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .toLatin1();
        const QString later = QStringLiteral("asked to wait more than an hour. Try again later.");
        const QString shortly = QStringLiteral("Try again shortly.");
        QTest::newRow("seconds") << QByteArray("120") << 120 << 120 << QStringLiteral("Try again in 120 second(s).");
        QTest::newRow("HTTP date in two minutes") << soon << 115 << 121 << QStringLiteral("Try again in 1");
        QTest::newRow("HTTP date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0 << 0 << shortly;
        QTest::newRow("a day") << QByteArray("86400") << 86400 << 86400 << later;
        QTest::newRow("absurd integer") << QByteArray("99999999999999999999999999") << 3601 << 1000000000 << later;
        QTest::newRow("1e308") << QByteArray("1e308") << 3601 << 1000000000 << later;
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 3601 << 1000000000 << later;
        QTest::newRow("negative") << QByteArray("-5") << -1 << -1 << shortly;
        QTest::newRow("NaN") << QByteArray("NaN") << -1 << -1 << shortly;
        QTest::newRow("infinity") << QByteArray("inf") << -1 << -1 << shortly;
        QTest::newRow("garbage") << QByteArray("soon, probably") << -1 << -1 << shortly;
    }

    void retryAfter()
    {
        // Rate-limited with a wait beyond the 60 s cap (or none understood):
        // one readable sentence, no negative or overflowed numbers, no waiting.
        QFETCH(QByteArray, value);
        QFETCH(int, minSeconds);
        QFETCH(int, maxSeconds);
        QFETCH(QString, says);
        auto client = sandboxClient(RetryPolicy::none());
        SandboxFault f = fault(SandboxFault::Action::Respond, 429);
        f.retryAfter = value;
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(out.error().httpStatus, 429);
        QVERIFY2(out.error().retryAfterSeconds >= minSeconds && out.error().retryAfterSeconds <= maxSeconds,
                 qPrintable(QString::number(out.error().retryAfterSeconds)));
        const QString text = out.error().text();
        HOSTILE_VERIFY_SENTENCE(text);
        QVERIFY(text.startsWith(QStringLiteral("WorkOS rate-limited the request (HTTP 429)")));
        QVERIFY2(text.contains(says), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("-\\d|\\d{5,}"))), qPrintable(text));
    }

    void absurdRetryAfterWithRetriesGivesUpAtOnce_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("absurd integer") << QByteArray("99999999999999999999999999");
        QTest::newRow("1e308") << QByteArray("1e308");
        QTest::newRow("year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
        QTest::newRow("61 s") << QByteArray("61");
    }

    void absurdRetryAfterWithRetriesGivesUpAtOnce()
    {
        QFETCH(QByteArray, value);
        auto client = sandboxClient(fastRetries());
        SandboxFault f = fault(SandboxFault::Action::Respond, 429);
        f.retryAfter = value;
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(out.error().httpStatus, 429);
        QCOMPARE(m_sandbox->requestCount(), 1); // not hammered, not waited for
        HOSTILE_VERIFY_SENTENCE(out.error().text());
    }

    void retryAfterInThePastRetriesAtOnce()
    {
        auto client = sandboxClient(fastRetries());
        SandboxFault f = fault(SandboxFault::Action::Respond, 429, 1);
        f.retryAfter = "Wed, 21 Oct 2015 07:28:00 GMT";
        m_sandbox->addFault(f);
        Outcome<User> out;
        QElapsedTimer clock;
        clock.start();
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 5000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(m_sandbox->requestCount(), 2);
        QVERIFY(clock.elapsed() < 1500);
    }

    // --- TLS ---

    void selfSignedTlsIsRefused_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("altNames");
        QTest::newRow("self-signed for 127.0.0.1") << QStringLiteral("/CN=127.0.0.1") << QStringLiteral("IP:127.0.0.1");
        QTest::newRow("self-signed for localhost, wrong name")
            << QStringLiteral("/CN=localhost") << QStringLiteral("DNS:localhost");
        QTest::newRow("self-signed claiming api.workos.com")
            << QStringLiteral("/CN=api.workos.com") << QStringLiteral("DNS:api.workos.com");
    }

    void selfSignedTlsIsRefused()
    {
        QFETCH(QString, subject);
        QFETCH(QString, altNames);
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here (install libssl3): cannot run a local HTTPS server");
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is missing (Debian package openssl): cannot make a test certificate");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess gen;
        gen.setProcessChannelMode(QProcess::MergedChannels);
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-subj"), subject, QStringLiteral("-addext"),
                            QStringLiteral("subjectAltName=") + altNames, QStringLiteral("-keyout"),
                            dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                            dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(gen.waitForFinished(30000));
        QVERIFY2(gen.exitCode() == 0, gen.readAll().constData());
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        HostileServer server(HostileServer::respond(
            HostileServer::http(200, "OK", {"Content-Type: application/json"}, userJson())));
        server.setTls(certificate, key);
        QVERIFY(server.start());
        QVERIFY(server.origin().startsWith("https://127.0.0.1:"));

        auto client = clientFor(url(server.origin()), fastRetries());
        Outcome<User> out;
        client->getUser(UserId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 15000);
        QCOMPARE(out.calls, 1);
        QVERIFY2(!out.ok(), "an untrusted certificate was silently accepted");
        QCOMPARE(out.error().kind, ApiError::Kind::Tls);
        HOSTILE_VERIFY_SENTENCE(out.error().text());
        QVERIFY(out.error().text().contains(QStringLiteral("certificate")));
        QVERIFY(!out.error().detail.isEmpty()); // Qt's reason, for the ticket
        QCOMPARE(out.error().attempts, 1);      // a TLS failure is not retried
        QCOMPARE(server.connections, 1);
        QTest::qWait(50); // on purpose: proves that no request follows over the untrusted channel
        QCOMPARE(server.requests.size(), 0); // nothing (no key) went over the untrusted channel
    }
};

QTEST_GUILESS_MAIN(TestHostileNetwork)
#include "tst_hostile_network.moc"
