// Golden-output tests of `batch check`, `batch disconnect`, `history` and the
// audit records of single disconnects and connect links, against the
// in-process sandbox; and a CLI killed in the middle of a batch.

#include "audit/AuditLog.h"
#include "CliHarness.h"
#include "CliSandboxFixture.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

#define VERIFY_GOLDEN(name, run)                                                                                      \
    do {                                                                                                              \
        QString why_;                                                                                                 \
        QVERIFY2(CliHarness::matchesGolden(name, run, &why_), qPrintable(why_));                                     \
    } while (false)

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_batch_3c1d9e");
const QString Alice = SandboxSeed::AliceUserId;

// Times in history tables change with every run.
CliRun withoutTimes(CliRun run)
{
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    run.out.replace(time, QStringLiteral("<TIME>"));
    return run;
}
} // namespace

class TestCliBatch final : public QObject, private CliSandboxFixture
{
    Q_OBJECT

public:
    TestCliBatch()
        : CliSandboxFixture(TestKey)
    {
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void batchCheckTable();
    void batchCheckJson();
    void batchCheckReadsEveryUserOfALine();
    void batchUsageErrors();
    void batchDisconnectDryRunChangesNothing();
    void batchDisconnectYesAndHistory();
    void singleActionsAreAudited();
    void unwritableAuditLogSendsNothing();
    void historyFilters();
    void killedMidBatchLeavesEveryStartedActionInTheLog();
    void ctrlCCancelsGracefully();
    void secondCtrlCStopsAtOnce();

private:
    QString writeInput(const QString &text);
    bool hasGithub(const QString &userId); // any github connection, compatibility or standard
    int githubConnections(const QString &userId);
};

void TestCliBatch::init()
{
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliBatch::cleanup()
{
    const QString problem = checkRuns();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (QFile::exists(auditPath())) {
        QFile file(auditPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(TestKey.toUtf8()));
    }
    stopSandbox();
}

QString TestCliBatch::writeInput(const QString &text)
{
    const QString path = m_dir->filePath(QStringLiteral("users.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(text.toUtf8());
    return path;
}

bool TestCliBatch::hasGithub(const QString &userId)
{
    return githubConnections(userId) > 0;
}

int TestCliBatch::githubConnections(const QString &userId)
{
    SandboxStore &store = m_server->store();
    return int(store.accounts(store.accountKey(*store.provider(SandboxSeed::GithubSlug), userId, QString())).size());
}

namespace {
QString sampleInput()
{
    return QStringLiteral("# after the incident\nemail\nalice@acme.com\n%1\nnobody@example.com\nnot an address\n"
                          "carol@globex.com\n")
        .arg(QString(SandboxSeed::BobUserId));
}
} // namespace

void TestCliBatch::batchCheckTable()
{
    const QString input = writeInput(sampleInput());
    const CliRun run = cli({QStringLiteral("batch"), QStringLiteral("check"), QStringLiteral("--input"), input,
                            QStringLiteral("--provider"), QStringLiteral("github")});
    QCOMPARE(run.exitCode, 5); // one unknown email, one invalid line
    CliRun shown = run;
    shown.arguments.replace(3, QStringLiteral("users.csv"));
    VERIFY_GOLDEN(QStringLiteral("batch_check"), shown);
    QVERIFY(!run.err.contains(QLatin1Char('\r'))); // no progress line when stderr is not a terminal
}

void TestCliBatch::batchCheckJson()
{
    const QString input = writeInput(QStringLiteral("alice@acme.com\n"));
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("batch"), QStringLiteral("check"),
                            QStringLiteral("--input"), input});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("operation")).toString(), QStringLiteral("check"));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject alice = items.at(0).toObject();
    QCOMPARE(alice.value(QStringLiteral("user_id")).toString(), Alice);
    const QJsonArray providers = alice.value(QStringLiteral("providers")).toArray();
    QCOMPARE(providers.size(), SandboxSeed::DemoProviderCount);
    // GitHub: all three connections counted, the worst state (Contractor's) shown.
    const auto github = std::find_if(providers.begin(), providers.end(), [](const QJsonValue &p) {
        return p.toObject().value(QStringLiteral("slug")).toString() == SandboxSeed::GithubSlug;
    });
    QVERIFY(github != providers.end());
    QCOMPARE(github->toObject().value(QStringLiteral("connection_count")).toInt(), 3);
    QCOMPARE(github->toObject().value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(github->toObject().value(QStringLiteral("connections")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("checked")).toInt(), 1);
}

void TestCliBatch::batchCheckReadsEveryUserOfALine()
{
    // Pasted from a ticket: three users on one line, then a name beside a repeat.
    const QString input = writeInput(QStringLiteral("alice@acme.com, %1; carol@globex.com\nAlice alice@acme.com\n")
                                         .arg(QString(SandboxSeed::BobUserId)));
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("batch"), QStringLiteral("check"),
                            QStringLiteral("--input"), input, QStringLiteral("--provider"), QStringLiteral("github")});
    QCOMPARE(run.exitCode, 0); // a repeat is no problem
    const QJsonArray items = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 4);
    QStringList outcomes;
    for (const QJsonValue &item : items)
        outcomes.append(item.toObject().value(QStringLiteral("outcome")).toString());
    QCOMPARE(outcomes, (QStringList{QStringLiteral("checked"), QStringLiteral("checked"), QStringLiteral("checked"),
                                    QStringLiteral("repeated")}));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("user_id")).toString(), QString(SandboxSeed::BobUserId));
    // The word that is not a user is named on stderr, with its line.
    QVERIFY2(run.err.contains(QStringLiteral("Input: 3 users, 1 repeated (processed once), 1 line with ignored words")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("line 2: \u201cAlice\u201d")), qPrintable(run.err));
}

void TestCliBatch::batchUsageErrors()
{
    const QString input = writeInput(sampleInput());
    const CliRun noMode = cli({QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"),
                               QStringLiteral("--input"), input});
    QCOMPARE(noMode.exitCode, 2);
    CliRun shown = noMode;
    shown.arguments.replace(4, QStringLiteral("users.csv"));
    VERIFY_GOLDEN(QStringLiteral("batch_disconnect_without_mode"), shown);
    QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"), QStringLiteral("--input"),
                  input, QStringLiteral("--dry-run"), QStringLiteral("--yes")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("check")}).exitCode, 2);
    VERIFY_GOLDEN(QStringLiteral("batch_without_subcommand"), cli({QStringLiteral("batch")}));
    QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("check"), QStringLiteral("--input"),
                  m_dir->filePath(QStringLiteral("missing.csv"))}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("batch"), QStringLiteral("check"), QStringLiteral("--input"), input,
                  QStringLiteral("--concurrency"), QStringLiteral("0")}).exitCode, 2);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliBatch::batchDisconnectDryRunChangesNothing()
{
    const QString input = writeInput(sampleInput());
    const int accounts = int(m_server->store().allAccounts().size());
    const CliRun run = cli({QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"),
                            QStringLiteral("--input"), input, QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 5);
    CliRun shown = run;
    shown.arguments.replace(4, QStringLiteral("users.csv"));
    VERIFY_GOLDEN(QStringLiteral("batch_disconnect_dry_run"), shown);
    // Each connection that would go is named by id: all three of Alice's.
    for (const QString &id : {QString(SandboxSeed::AliceGithubAccountId), QString(SandboxSeed::AliceGithubWorkAccountId),
                              QString(SandboxSeed::AliceGithubContractorAccountId)})
        QVERIFY2(run.out.contains(id), qPrintable(id));
    QVERIFY(run.err.contains(QStringLiteral("4 connections would be disconnected")));
    QCOMPARE(int(m_server->store().allAccounts().size()), accounts);
    QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 0);
    QVERIFY(hasGithub(Alice));
    // A dry run is not an action: nothing in the audit log.
    AuditLog log(auditPath());
    QVERIFY(log.open());
    QCOMPARE(log.count({}), 0);
}

void TestCliBatch::batchDisconnectYesAndHistory()
{
    const QString input = writeInput(sampleInput());
    const int accounts = int(m_server->store().allAccounts().size());
    const CliRun run = cli({QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"),
                            QStringLiteral("--input"), input, QStringLiteral("--yes"), QStringLiteral("--reason"),
                            QStringLiteral("INC-1234 Slack incident")});
    QCOMPARE(run.exitCode, 5); // the unknown email and the invalid line
    CliRun shown = run;
    shown.arguments.replace(4, QStringLiteral("users.csv"));
    VERIFY_GOLDEN(QStringLiteral("batch_disconnect_yes"), shown);
    // Exactly Alice's three and Carol's one github connections are gone, each deleted by its id.
    QVERIFY(!hasGithub(Alice));
    QVERIFY(!hasGithub(SandboxSeed::CarolUserId));
    QCOMPARE(int(m_server->store().allAccounts().size()), accounts - 4);
    QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 4);
    for (const SandboxRequestRecord &request : m_server->requests()) {
        if (request.method == "DELETE")
            QVERIFY2(request.query.contains(QStringLiteral("connected_account_id=data_installation_")),
                     qPrintable(request.query));
    }

    const CliRun history = cli({QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("history_after_batch"), withoutTimes(history));
    const CliRun json = cli({QStringLiteral("--json"), QStringLiteral("history")});
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(rows.size(), 4); // one record per connection
    for (const QJsonValue &row : rows) {
        const QJsonObject r = row.toObject();
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(r.value(QStringLiteral("reason")).toString(), QStringLiteral("INC-1234 Slack incident"));
        QCOMPARE(r.value(QStringLiteral("os_user")).toString(), AuditLog::currentOsUser());
        QVERIFY(r.value(QStringLiteral("environment")).toString().endsWith(QStringLiteral("(test)")));
        QVERIFY(r.value(QStringLiteral("batch_id")).toString().startsWith(QStringLiteral("batch_")));
    }
}

void TestCliBatch::singleActionsAreAudited()
{
    QCOMPARE(cli({QStringLiteral("disconnect"), Alice, QStringLiteral("slack"), QStringLiteral("--yes"),
                  QStringLiteral("--reason"), QStringLiteral("T-1")}).exitCode, 0);
    // Read, then gone before the DELETE arrives: recorded as already absent.
    SandboxFault gone;
    gone.method = "DELETE";
    gone.pathPattern = QStringLiteral(".*/connected_accounts/google-drive");
    gone.status = 404;
    m_server->addFault(gone);
    QCOMPARE(cli({QStringLiteral("disconnect"), Alice, QStringLiteral("google-drive"), QStringLiteral("--yes")}).exitCode, 3);
    // Not connected any more: nothing to delete, nothing sent, nothing recorded.
    QCOMPARE(cli({QStringLiteral("disconnect"), Alice, QStringLiteral("slack"), QStringLiteral("--yes")}).exitCode, 3);
    QCOMPARE(cli({QStringLiteral("authorize-url"), Alice, QStringLiteral("github")}).exitCode, 0);
    // Without --yes nothing is sent, so nothing is recorded.
    QCOMPARE(cli({QStringLiteral("disconnect"), Alice, QStringLiteral("slack")}).exitCode, 2);
    const CliRun history = cli({QStringLiteral("history")});
    VERIFY_GOLDEN(QStringLiteral("history_single_actions"), withoutTimes(history));
}

void TestCliBatch::unwritableAuditLogSendsNothing()
{
    QProcessEnvironment env = sandboxEnvironment();
    env.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), QStringLiteral("/proc/pipes-admin/audit.sqlite3"));
    const CliRun run = CliHarness::run({QStringLiteral("disconnect"), Alice, QStringLiteral("github"), QStringLiteral("--yes")}, env);
    m_runs.append(run);
    QCOMPARE(run.exitCode, 8);
    QVERIFY(run.err.contains(QStringLiteral("nothing was sent")));
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(hasGithub(Alice));
}

void TestCliBatch::historyFilters()
{
    QCOMPARE(cli({QStringLiteral("disconnect"), Alice, QStringLiteral("google-drive"), QStringLiteral("--yes")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("authorize-url"), QString(SandboxSeed::CarolUserId), QStringLiteral("slack")}).exitCode, 0);
    auto rows = [this](const QStringList &filters) {
        const CliRun run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("history")} + filters);
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray().size();
    };
    QCOMPARE(rows({}), 2);
    QCOMPARE(rows({QStringLiteral("--user"), Alice}), 1);
    QCOMPARE(rows({QStringLiteral("--provider"), QStringLiteral("slack")}), 1);
    QCOMPARE(rows({QStringLiteral("--provider"), QStringLiteral("google-drive")}), 1);
    QCOMPARE(rows({QStringLiteral("--action"), QStringLiteral("connect_link")}), 1);
    QCOMPARE(rows({QStringLiteral("--outcome"), QStringLiteral("failed")}), 0);
    QCOMPARE(rows({QStringLiteral("--since"), QStringLiteral("24h")}), 2);
    QCOMPARE(rows({QStringLiteral("--since"), QStringLiteral("2999-01-01")}), 0);
    QCOMPARE(rows({QStringLiteral("--limit"), QStringLiteral("1")}), 1);
    VERIFY_GOLDEN(QStringLiteral("history_bad_since"), cli({QStringLiteral("history"), QStringLiteral("--since"), QStringLiteral("yesterday")}));
    const CliRun csv = cli({QStringLiteral("history"), QStringLiteral("--csv")});
    QVERIFY(csv.out.startsWith(QStringLiteral("id,started_at,completed_at,action,outcome,")));
    QCOMPARE(csv.out.count(QStringLiteral("\r\n")), 3);
}

void TestCliBatch::killedMidBatchLeavesEveryStartedActionInTheLog()
{
    // Every github account holder of the demo seed, slowly, two at a time.
    QStringList ids;
    int connectionsBefore = 0;
    for (const SandboxUser &user : m_server->store().users()) {
        if (hasGithub(user.id))
            ids << user.id;
        connectionsBefore += githubConnections(user.id);
    }
    QVERIFY(ids.size() >= 4);
    const QString input = writeInput(ids.join(QLatin1Char('\n')));
    m_server->setLatencyMs(400);

    QProcess process;
    process.setProcessEnvironment(sandboxEnvironment());
    process.start(QStringLiteral(PIPES_CLI_PATH),
                  {QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"), QStringLiteral("--input"),
                   input, QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("2")});
    QVERIFY(process.waitForStarted());
    // Wait until deletes are under way, then kill it without warning.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("DELETE", QStringLiteral(".*")) >= 3, 15000);
    process.kill();
    QVERIFY(process.waitForFinished(5000));
    // A fixed wait on purpose: the sandbox may still be reading DELETEs the
    // killed process had sent (those are the interesting ones: each must have
    // been recorded first), and nothing marks the last one but the time.
    QTest::qWait(600);

    QSet<QString> deleteRequested;
    for (const SandboxRequestRecord &request : m_server->requests()) {
        if (request.method == "DELETE")
            deleteRequested.insert(request.path.section(QLatin1Char('/'), 3, 3));
    }
    AuditLog log(auditPath());
    QVERIFY(log.open());
    QVERIFY(log.recoveredOnOpen() >= 1); // what was in flight when it was killed
    const QList<AuditRecord> records = log.query({});
    QSet<QString> recorded;
    int succeeded = 0;
    for (const AuditRecord &r : records) {
        QVERIFY2(r.completion.outcome == AuditOutcome::Succeeded || r.completion.outcome == AuditOutcome::Unknown,
                 qPrintable(AuditNames::outcome(r.completion.outcome)));
        recorded.insert(r.entry.userId);
        succeeded += r.completion.outcome == AuditOutcome::Succeeded ? 1 : 0;
    }
    // Every recorded success is a connection gone; what is unknown may or may not be.
    int connectionsAfter = 0;
    for (const SandboxUser &user : m_server->store().users())
        connectionsAfter += githubConnections(user.id);
    QVERIFY(connectionsBefore - connectionsAfter >= succeeded);
    QVERIFY(connectionsBefore - connectionsAfter <= int(records.size()));
    // Every delete the server received had been recorded first.
    for (const QString &userId : std::as_const(deleteRequested))
        QVERIFY2(recorded.contains(userId), qPrintable(userId));
    QVERIFY(records.size() < connectionsBefore); // it really was killed mid-batch
}

void TestCliBatch::ctrlCCancelsGracefully()
{
    QStringList ids;
    for (const SandboxUser &user : m_server->store().users()) {
        if (hasGithub(user.id))
            ids << user.id;
    }
    QVERIFY(ids.size() >= 4);
    // One item per connection: alice has three GitHub connections.
    SandboxStore &store = m_server->store();
    int connections = 0;
    for (const QString &id : std::as_const(ids))
        connections += int(store.accounts(store.accountKey(*store.provider(QStringLiteral("github")), id, QString())).size());
    const QString input = writeInput(ids.join(QLatin1Char('\n')));
    m_server->setLatencyMs(300);
    QProcess process;
    process.setProcessEnvironment(sandboxEnvironment());
    process.start(QStringLiteral(PIPES_CLI_PATH),
                  {QStringLiteral("--json"), QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"),
                   QStringLiteral("--input"), input, QStringLiteral("--yes"), QStringLiteral("--concurrency"),
                   QStringLiteral("1")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("DELETE", QStringLiteral(".*")) >= 1, 30000);
    const pid_t pid = pid_t(process.processId());
    QVERIFY(pid > 0 && process.state() == QProcess::Running);
    ::kill(pid, SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by the signal: it ended itself
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Cancelling")), qPrintable(err));
    // Every item has an outcome; the one in flight finished.
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(int(items.size()), connections);
    int cancelled = 0;
    for (const QJsonValue &item : items) {
        const QString outcome = item.toObject().value(QStringLiteral("outcome")).toString();
        QVERIFY2(!outcome.isEmpty() && outcome != QLatin1String("will_disconnect"), qPrintable(outcome));
        cancelled += outcome == QLatin1String("cancelled") || outcome == QLatin1String("not_run") ? 1 : 0;
    }
    QVERIFY2(cancelled >= 1, qPrintable(err));
    const int deletes = m_server->requestCount("DELETE", QStringLiteral(".*"));
    QVERIFY(deletes < connections);
    // The log has no action left open, and one success per connection gone.
    AuditLog log(auditPath());
    QVERIFY(log.open());
    QCOMPARE(log.recoveredOnOpen(), 0);
    AuditFilter succeeded;
    succeeded.outcomes = {AuditOutcome::Succeeded};
    int left = 0;
    for (const QString &id : std::as_const(ids))
        left += int(store.accounts(store.accountKey(*store.provider(QStringLiteral("github")), id, QString())).size());
    const int gone = connections - left;
    QCOMPARE(log.count(succeeded), gone);
    QCOMPARE(gone, deletes);
}

void TestCliBatch::secondCtrlCStopsAtOnce()
{
    const QString input = writeInput(Alice + QStringLiteral("\n") + QString(SandboxSeed::CarolUserId) + QStringLiteral("\n"));
    m_server->setLatencyMs(3000);
    QProcess process;
    process.setProcessEnvironment(sandboxEnvironment());
    process.start(QStringLiteral(PIPES_CLI_PATH),
                  {QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"), QStringLiteral("--input"),
                   input, QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("1")});
    QVERIFY(process.waitForStarted());
    const pid_t pid = pid_t(process.processId());
    QVERIFY(pid > 0);
    // A (slow) DELETE is out: the first Ctrl-C waits for it.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("DELETE", QStringLiteral(".*")) >= 1, 30000);
    ::kill(pid, SIGINT);
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).contains("Cancelling"), 10000);
    QCOMPARE(process.state(), QProcess::Running);
    // The second stops it at once, well before the 3-second answer.
    QElapsedTimer stopped;
    stopped.start();
    ::kill(pid, SIGINT);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
    QVERIFY2(stopped.elapsed() < 2000, qPrintable(QString::number(stopped.elapsed())));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
