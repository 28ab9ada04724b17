#include "CliHarness.h"
#include "HostileSupport.h"
#include "core/SafeUrl.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Links WorkOS (or something pretending to be WorkOS) hands back for a user
// to (re)connect: unsafe ones are refused by SafeUrl in the core and by the
// real `pipes-admin-cli authorize-url --open` binary, which then neither
// prints nor opens them (PIPES_ADMIN_OPEN_LOG stays empty).
namespace {

void addUnsafeRows()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<int>("exitCode"); // of pipes-admin-cli authorize-url --open
    // 7: the link decoded, then SafeUrl refused it.
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << 7;
    QTest::newRow("file with host") << QStringLiteral("file://fileserver/share/run.exe") << 7;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)") << 7;
    QTest::newRow("JaVaScRiPt") << QStringLiteral("JaVaScRiPt:alert(1)") << 7;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==") << 7;
    QTest::newRow("ftp") << QStringLiteral("ftp://ftp.example.com/connect") << 7;
    QTest::newRow("http remote") << QStringLiteral("http://evil.example.com/connect") << 7;
    QTest::newRow("http remote ip") << QStringLiteral("http://203.0.113.7/connect") << 7;
    QTest::newRow("http loopback look-alike") << QStringLiteral("http://127.0.0.1.evil.example.com/") << 7;
    QTest::newRow("http localhost look-alike") << QStringLiteral("http://localhost.evil.example.com/") << 7;
    QTest::newRow("user info hiding the host") << QStringLiteral("https://api.workos.com@evil.example.com/") << 7;
    QTest::newRow("http user info on loopback") << QStringLiteral("http://evil.example.com@127.0.0.1/") << 7;
    QTest::newRow("smb") << QStringLiteral("smb://fileserver/share") << 7;
    QTest::newRow("custom app scheme") << QStringLiteral("vscode://extension/install") << 7;
    QTest::newRow("https without host") << QStringLiteral("https:///path-only") << 7;
    // 5: not even an absolute URL, so the decoder refuses the answer first
    // ("Unexpected response"); SafeUrl would refuse it as well.
    QTest::newRow("relative") << QStringLiteral("/connect/abc") << 5;
    QTest::newRow("protocol-relative") << QStringLiteral("//evil.example.com/connect") << 5;
    QTest::newRow("empty") << QString() << 5;
}
} // namespace

class TestHostileUrls final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment(const QString &openLog) const
    {
        QProcessEnvironment env = CliHarness::cleanEnvironment(); // offscreen, C.UTF-8, no inherited keys
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
        env.insert(QStringLiteral("WORKOS_API_KEY"), m_sandbox->apiKey());
        env.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_sandbox->baseUrl().toString());
        env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
        return env;
    }


    void answerAuthorizeWith(const QString &link)
    {
        SandboxFault f;
        f.method = "POST";
        f.pathPattern = QStringLiteral("/data-integrations/.*/authorize");
        f.action = SandboxFault::Action::Respond;
        f.status = 200;
        f.body = QJsonDocument(QJsonObject{{QStringLiteral("url"), link}}).toJson(QJsonDocument::Compact);
        f.times = -1;
        m_sandbox->addFault(f);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY(m_sandbox->listen() != 0);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    void safeUrlRefuses_data() { addUnsafeRows(); }

    void safeUrlRefuses()
    {
        QFETCH(QString, link);
        for (const QUrl &url : {QUrl(link), QUrl(link, QUrl::StrictMode), QUrl::fromEncoded(link.toUtf8())}) {
            QString reason;
            QVERIFY2(!SafeUrl::isSafeToOpen(url, &reason), qPrintable(url.toString()));
            HOSTILE_VERIFY_SENTENCE(reason);
            QVERIFY(!SafeUrl::isAcceptableBaseUrl(url));
        }
    }

    void safeUrlAccepts_data()
    {
        QTest::addColumn<QString>("link");
        QTest::newRow("https") << QStringLiteral("https://pipes.workos.com/authorize?token=abc");
        QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://pipes.workos.com/x");
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:4100/_sandbox/connect/abc");
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:4100/x");
        QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:4100/x");
    }

    void safeUrlAccepts()
    {
        // The refusals above mean something only if good links still pass.
        QFETCH(QString, link);
        QString reason;
        QVERIFY2(SafeUrl::isSafeToOpen(QUrl(link), &reason), qPrintable(reason));
        QVERIFY(reason.isEmpty());
    }

    void cliRefusesToOpen_data() { addUnsafeRows(); }

    void cliRefusesToOpen()
    {
        QFETCH(QString, link);
        QFETCH(int, exitCode);
        answerAuthorizeWith(link);
        const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
        const CliRun run = CliHarness::run({QStringLiteral("authorize-url"), SandboxSeed::AliceUserId, SandboxSeed::SlackSlug,
                                      QStringLiteral("--open")},
                                     environment(openLog));
        QVERIFY(!run.timedOut);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, exitCode);
        // Nothing opened, nothing printed for copying, one error line on stderr.
        QVERIFY2(!QFileInfo::exists(openLog) || QFileInfo(openLog).size() == 0, "the unsafe link was opened");
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("Error: ")), qPrintable(run.err));
        if (exitCode == 7)
            QVERIFY2(run.err.contains(QStringLiteral("not safe to open")), qPrintable(run.err));
        else
            QVERIFY2(run.err.contains(QStringLiteral("Unexpected response")), qPrintable(run.err));
        QVERIFY(!run.err.contains(m_sandbox->apiKey()));
        QCOMPARE(m_sandbox->requestCount(), 1);
    }

    void cliOpensASafeLinkOnce()
    {
        // Control: the same path with a good link does reach the open log,
        // so an empty log above really means "refused".
        answerAuthorizeWith(QStringLiteral("https://pipes.workos.com/authorize?token=abc"));
        const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
        const CliRun run = CliHarness::run({QStringLiteral("authorize-url"), SandboxSeed::AliceUserId, SandboxSeed::SlackSlug,
                                      QStringLiteral("--open")},
                                     environment(openLog));
        QCOMPARE(run.exitCode, 0);
        QFile log(openLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.readAll(), QByteArray("https://pipes.workos.com/authorize?token=abc\n"));
    }
};

QTEST_GUILESS_MAIN(TestHostileUrls)
#include "tst_hostile_urls.moc"
