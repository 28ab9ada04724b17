// pipes-sandbox as a person runs it: prints its URL and key, serves, and stops
// cleanly on SIGTERM / SIGINT.

#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

class TestSandboxExecutable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp();
    void rejectsABadSeed();
    void servesUntilSignalled_data();
    void servesUntilSignalled();
};

namespace {

QString executable()
{
    return QStringLiteral(PIPES_SANDBOX_EXECUTABLE);
}

} // namespace

void TestSandboxExecutable::versionAndHelp()
{
    QProcess process;
    process.start(executable(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(PIPES_ADMIN_VERSION));

    process.start(executable(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(5000));
    const QByteArray help = process.readAllStandardOutput();
    for (const char *option : {"--port", "--seed", "--latency", "--api-key", "--enforce-rate-limits"})
        QVERIFY2(help.contains(option), option);
}

void TestSandboxExecutable::rejectsABadSeed()
{
    QProcess process;
    process.start(executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("huge")});
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--seed"));
}

void TestSandboxExecutable::servesUntilSignalled_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxExecutable::servesUntilSignalled()
{
    QFETCH(int, signalNumber);
    QProcess process;
    process.start(executable(), {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                                 QStringLiteral("sk_test_exe")});
    QVERIFY(process.waitForStarted(5000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("API key:"), 5000);
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)\\n"))
                                              .match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY(out.contains("API key: sk_test_exe\n"));

    SandboxTestClient client;
    client.setBaseUrl(QUrl(match.captured(1)));
    client.setApiKey(QStringLiteral("sk_test_exe"));
    const HttpResult users = client.get(QStringLiteral("/user_management/users"));
    QCOMPARE(users.status, 200);
    QCOMPARE(users.data().size(), 10);
    QCOMPARE(client.get(QStringLiteral("/user_management/users"), {}, SandboxTestClient::Auth::Wrong).status, 401);

    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("stopped after 2 API requests"));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandbox_executable.moc"
