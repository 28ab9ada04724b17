// pipes-admin-cli diagnose and events against the in-process sandbox: what a
// support person reads, that another user's events never show, paging and its
// cap, unknown event names, and the token check (only with --check-token,
// audited, refused where forbidden, its value in no output and no file).

#include "CliHarness.h"

#include "audit/AuditLog.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace S = SandboxSeed;

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_diagnosis_77aa01");
const QString Alice = S::AliceUserId;
} // namespace

class TestCliDiagnosis final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SandboxOptions options;
        options.apiKey = TestKey;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen() != 0);
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_systemConfig = std::make_unique<QTemporaryDir>();
        m_runs.clear();
    }
    void cleanup()
    {
        for (const CliRun &run : std::as_const(m_runs)) {
            QVERIFY2(!run.out.contains(TestKey) && !run.err.contains(TestKey), qPrintable(run.arguments.join(QLatin1Char(' '))));
            QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.arguments.join(QLatin1Char(' '))));
        }
        m_server.reset();
        m_home.reset();
    }

    void diagnoseSaysWhyInPlainWords()
    {
        const CliRun run = cli({QStringLiteral("diagnose"), Alice, QStringLiteral("slack")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("The customer did not grant chat:write, users:read.email; send a reconnect link.")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Slack said: access_denied — “The user did not grant the scope chat:write.”")));
        QVERIFY(run.out.contains(QStringLiteral("Next step: Send a reconnect link…")));
        QVERIFY(run.out.contains(QLatin1String("Copy for WorkOS support:")));
        QVERIFY(run.out.contains(QLatin1String(S::AliceSlackAccountId)));
        QVERIFY(run.out.contains(QLatin1String("GET /events  200  req_")));
        QVERIFY(run.out.contains(QStringLiteral("User: %1 (%2)").arg(Alice, QLatin1String(S::AliceEmail))));
        // A standard connection by id: its facts come from its events.
        const CliRun contractor = cli({QStringLiteral("--json"), QStringLiteral("diagnose"), Alice, QStringLiteral("github"),
                                       QStringLiteral("--connection"), S::AliceGithubContractorAccountId});
        QCOMPARE(contractor.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(contractor.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
        QCOMPARE(json.value(QStringLiteral("next_step")).toString(), QStringLiteral("send_reconnect_link"));
        const QJsonObject last = json.value(QStringLiteral("timeline")).toArray().first().toObject();
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("pipes.account_connection.connection_failed"));
        QVERIFY(last.value(QStringLiteral("provider_words")).toString().contains(QLatin1String("bad_verification_code")));
    }

    void anotherUsersEventsNeverShown()
    {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("events"), Alice, QStringLiteral("--page-size"),
                                QStringLiteral("5")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray data = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
        QVERIFY(data.size() > 10);
        for (const QJsonValue &event : data)
            QCOMPARE(event[QStringLiteral("data")][QStringLiteral("user_id")].toString(), Alice);
        // The sandbox did send Carol's and Erin's events: they were filtered here.
        bool carolSent = false;
        for (const SandboxEvent &e : m_server->store().events())
            carolSent = carolSent || e.data.value(QStringLiteral("user_id")).toString() == QLatin1String(S::CarolUserId);
        QVERIFY(carolSent);
        const CliRun text = cli({QStringLiteral("diagnose"), Alice, QStringLiteral("github")});
        QVERIFY(!text.out.contains(QLatin1String(S::CarolUserId)) && !text.out.contains(QLatin1String(S::ErinUserId)));
    }

    void pagesAcrossSeveralPages()
    {
        const CliRun whole = cli({QStringLiteral("--json"), QStringLiteral("events"), Alice});
        const int all = int(QJsonDocument::fromJson(whole.out.toUtf8()).object().value(QStringLiteral("data")).toArray().size());
        const int before = m_server->requestCount("GET", QStringLiteral("/events"));
        const CliRun paged = cli({QStringLiteral("--json"), QStringLiteral("events"), Alice, QStringLiteral("--page-size"),
                                  QStringLiteral("3")});
        QCOMPARE(paged.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(paged.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("data")).toArray().size(), all);
        const int pages = m_server->requestCount("GET", QStringLiteral("/events")) - before;
        QVERIFY(pages >= 7);
        QCOMPARE(json.value(QStringLiteral("pages")).toInt(), pages);
        QCOMPARE(json.value(QStringLiteral("capped")).toBool(), false);
    }

    void cappedPagingSaysSo()
    {
        const CliRun run = cli({QStringLiteral("events"), Alice, QStringLiteral("--page-size"), QStringLiteral("2"),
                                QStringLiteral("--max-pages"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("Only the newest 2 pages of events were read (the page cap)")), qPrintable(run.out));
        QCOMPARE(m_server->requestCount("GET", QStringLiteral("/events")), 2);
    }

    void unknownEventNamesShownRaw()
    {
        const QJsonObject event{{QStringLiteral("object"), QStringLiteral("event")},
                                {QStringLiteral("id"), QStringLiteral("event_01HFUTURE0000000000000000")},
                                {QStringLiteral("event"), QStringLiteral("pipes.account_connection.scopes_narrowed")},
                                {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
                                {QStringLiteral("data"), QJsonObject{{QStringLiteral("user_id"), Alice},
                                                                     {QStringLiteral("provider_slug"), QStringLiteral("slack")},
                                                                     {QStringLiteral("removed"), QStringLiteral("chat:write")}}}};
        SandboxFault fault;
        fault.method = "GET";
        fault.pathPattern = QStringLiteral("/events");
        fault.status = 200;
        fault.body = QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                               {QStringLiteral("data"), QJsonArray{event}},
                                               {QStringLiteral("list_metadata"), QJsonObject{}}})
                         .toJson(QJsonDocument::Compact);
        fault.times = 1;
        m_server->addFault(fault);
        const CliRun run = cli({QStringLiteral("events"), Alice});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QLatin1String("pipes.account_connection.scopes_narrowed")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("\"removed\":\"chat:write\"")));
    }

    void tokenCheckOnlyWhenAsked()
    {
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("diagnose"), Alice, QStringLiteral("slack")},
              QStringList{QStringLiteral("--json"), QStringLiteral("diagnose"), Alice, QStringLiteral("github"),
                          QStringLiteral("--connection"), S::AliceGithubWorkAccountId},
              QStringList{QStringLiteral("events"), Alice}}) {
            QCOMPARE(cli(arguments).exitCode, 0);
        }
        QCOMPARE(tokenRequests(), 0);
        QVERIFY(!QFile::exists(auditPath())); // nothing to audit, nothing opened
        const CliRun run = cli({QStringLiteral("diagnose"), S::CarolUserId, QStringLiteral("github"), QStringLiteral("--check-token")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(tokenRequests(), 1);
        QVERIFY2(run.out.contains(QLatin1String("Token check: active, expires")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("The token lacks read:org")));
        QVERIFY(run.out.contains(QLatin1String("POST /data-integrations/github/token  200  req_")));
    }

    // The token value is found in no output and in no file the CLI wrote.
    void tokenValueIsNeverWritten()
    {
        const QList<CliRun> runs{
            cli({QStringLiteral("diagnose"), S::CarolUserId, QStringLiteral("github"), QStringLiteral("--check-token"),
                 QStringLiteral("--reason"), QStringLiteral("TICKET-16")}),
            cli({QStringLiteral("--json"), QStringLiteral("diagnose"), Alice, QStringLiteral("hubspot"), QStringLiteral("--connection"),
                 S::AliceHubspotWorkAccountId, QStringLiteral("--check-token")}),
        };
        for (const CliRun &run : runs)
            QCOMPARE(run.exitCode, 0);
        const QStringList tokens = m_server->store().issuedTokens();
        QCOMPARE(tokens.size(), 2);
        int files = 0;
        for (const CliRun &run : runs) {
            for (const QString &token : tokens)
                QVERIFY(!run.out.contains(token) && !run.err.contains(token));
        }
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &token : tokens)
                QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 1); // the audit database at least
        // The audit records that the checks were made.
        AuditLog log(auditPath());
        QVERIFY(log.open());
        AuditFilter filter;
        filter.actions = {AuditAction::TokenCheck};
        const QList<AuditRecord> records = log.query(filter);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().entry.userId, QString(S::CarolUserId));
        QCOMPARE(records.last().entry.providerSlug, QStringLiteral("github"));
        QCOMPARE(records.last().entry.reason, QStringLiteral("TICKET-16"));
        QCOMPARE(records.last().completion.outcome, AuditOutcome::Succeeded);
        QVERIFY(records.last().completion.requestId.startsWith(QLatin1String("req_")));
    }

    void tokenCheckForbiddenByTheAdministrator()
    {
        QDir(m_systemConfig->path()).mkpath(QStringLiteral("PipesAdmin"));
        QFile file(m_systemConfig->filePath(QStringLiteral("PipesAdmin/provisioning.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nallowTokenCheck=false\n");
        file.close();
        const CliRun run = cli({QStringLiteral("diagnose"), S::CarolUserId, QStringLiteral("github"), QStringLiteral("--check-token")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("does not allow token checks")), qPrintable(run.err));
        QCOMPARE(tokenRequests(), 0);
        // Diagnosing without the check still works there.
        QCOMPARE(cli({QStringLiteral("diagnose"), S::CarolUserId, QStringLiteral("github")}).exitCode, 0);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("diagnose"), QStringLiteral("alice"), QStringLiteral("slack")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("diagnose"), Alice, QStringLiteral("Not A Slug")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("events"), Alice, QStringLiteral("--since"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("diagnose"), S::GlobexOrgId, QStringLiteral("salesforce"), QStringLiteral("--check-token")}).exitCode, 2);
        QCOMPARE(m_server->requestCount(), 0);
    }

private:
    QString auditPath() const { return m_home->filePath(QStringLiteral("data/audit.sqlite3")); }
    int tokenRequests() const { return m_server->requestCount("POST", QStringLiteral("/data-integrations/.*/token")); }

    CliRun cli(const QStringList &arguments)
    {
        QProcessEnvironment environment = CliHarness::cleanEnvironment();
        environment.insert(QStringLiteral("WORKOS_API_KEY"), TestKey);
        environment.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_server->baseUrl().toString());
        // Everything the CLI could write lands under the test's HOME.
        environment.insert(QStringLiteral("HOME"), m_home->path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
        environment.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral("state")));
        environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_systemConfig->path());
        environment.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), auditPath());
        QDir().mkpath(m_home->filePath(QStringLiteral("data")));
        CliRun run = CliHarness::run(arguments, environment);
        m_runs.append(run);
        return run;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_systemConfig;
    QList<CliRun> m_runs;
};

QTEST_GUILESS_MAIN(TestCliDiagnosis)
#include "tst_cli_diagnosis.moc"
