// Golden-output tests of the real pipes-admin-cli binary against an
// in-process sandbox. What is compared is what a user sees: exit code,
// stdout, stderr (see golden/*.txt). The sandbox's request log and store
// prove what did (or did not) happen on the "server".

#include "CliHarness.h"

#include "core/SafeUrl.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QSettings>
#include <QUrlQuery>

#include <memory>

#define VERIFY_GOLDEN(name, run)                                                                                      \
    do {                                                                                                              \
        QString why_;                                                                                                 \
        QVERIFY2(CliHarness::matchesGolden(name, run, &why_), qPrintable(why_));                                     \
    } while (false)

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_secret_7f3a9c2e");
const QString WrongKey = QStringLiteral("sk_test_wrong_key_51d0b7aa");
const QString Alice = SandboxSeed::AliceUserId;
const QString Acme = SandboxSeed::AcmeOrgId;
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void help();
    void usageErrors_data();
    void usageErrors();
    void malformedIdsSendNothing_data();
    void malformedIdsSendNothing();
    void usersByEmail();
    void usersFirstPageHintsAtAll();
    void usersAllPagesCollectsEveryMemberOnce();
    void usersAllStopsOnARepeatedCursor();
    void user();
    void userNotFound();
    void providersTable();
    void providersJson();
    void providersOrganizationScopeAndUnknownState();
    void account();
    void disconnectWithoutYesChangesNothing();
    void disconnectWithYesRemovesTheAccount();
    void authorizeUrl();
    void authorizeUrlOpenUsesTheOpener();
    void authorizeUrlMailHandsTheMessageToTheMailClient();
    void authorizeUrlMailUsesTheUsersTemplate();
    void authorizeUrlMailForAMemberWritesToTheMember();
    void authorizeUrlMailForAMissingUserMakesNoLink();
    void unsafeAuthorizeUrlIsRefused_data();
    void unsafeAuthorizeUrlIsRefused();
    void wrongKey();
    void missingKey();
    void connectionRefused();
    void serverErrorAndRetry();
    void keyEchoedByTheServerIsRedacted();
    void baseUrlOptionWinsOverEnvironment();

private:
    QProcessEnvironment environment() const;
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment);
    CliRun cli(const QStringList &arguments) { return cli(arguments, environment()); }
    std::optional<SandboxAccount> storedAccount(const QString &userId, const QString &slug);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<CliRun> m_runs;
};

void TestCli::init()
{
    SandboxOptions options;
    options.apiKey = TestKey;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_runs.clear();
}

void TestCli::cleanup()
{
    // The API key (right or wrong) never appears in anything the CLI prints.
    for (const CliRun &run : std::as_const(m_runs)) {
        for (const QString &key : {TestKey, WrongKey}) {
            QVERIFY2(!run.out.contains(key), qPrintable(run.arguments.join(QLatin1Char(' '))));
            QVERIFY2(!run.err.contains(key), qPrintable(run.arguments.join(QLatin1Char(' '))));
        }
        QVERIFY2(!run.crashed && !run.timedOut, qPrintable(run.arguments.join(QLatin1Char(' '))));
    }
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("WORKOS_API_KEY"), TestKey);
    environment.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_server->baseUrl().toString());
    // disconnect and authorize-url write audit records: never to the developer's own log.
    environment.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), m_dir->filePath(QStringLiteral("audit.sqlite3")));
    return environment;
}

CliRun TestCli::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    CliRun run = CliHarness::run(arguments, environment);
    m_runs.append(run);
    return run;
}

std::optional<SandboxAccount> TestCli::storedAccount(const QString &userId, const QString &slug)
{
    SandboxStore &store = m_server->store();
    const SandboxProvider *provider = store.provider(slug);
    if (!provider)
        return std::nullopt;
    return store.account(store.accountKey(*provider, userId, QString()));
}

void TestCli::help()
{
    const CliRun main = cli({QStringLiteral("--help")});
    QCOMPARE(main.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("help"), main);
    VERIFY_GOLDEN(QStringLiteral("help_disconnect"), cli({QStringLiteral("disconnect"), QStringLiteral("--help")}));
    const CliRun version = cli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QStringLiteral("pipes-admin-cli " PIPES_ADMIN_VERSION "\n"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("usage_no_command") << QStringList();
    QTest::newRow("usage_unknown_command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("usage_unknown_option") << QStringList{QStringLiteral("user"), Alice, QStringLiteral("--colour")};
    QTest::newRow("usage_users_without_filter") << QStringList{QStringLiteral("users")};
    QTest::newRow("usage_users_limit_out_of_range")
        << QStringList{QStringLiteral("users"), QStringLiteral("--email"), QStringLiteral("a@b.co"),
                       QStringLiteral("--limit"), QStringLiteral("500")};
    QTest::newRow("usage_account_missing_slug") << QStringList{QStringLiteral("account"), Alice};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith(QLatin1String("Error: ")));
    VERIFY_GOLDEN(QString::fromLatin1(QTest::currentDataTag()), run);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::malformedIdsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("malformed_user_id") << QStringList{QStringLiteral("user"), QStringLiteral("user_../../organizations")};
    QTest::newRow("malformed_slug") << QStringList{QStringLiteral("account"), Alice, QStringLiteral("Git Hub")};
    QTest::newRow("malformed_organization")
        << QStringList{QStringLiteral("providers"), Alice, QStringLiteral("--organization"), QStringLiteral("acme")};
}

void TestCli::malformedIdsSendNothing()
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    VERIFY_GOLDEN(QString::fromLatin1(QTest::currentDataTag()), run);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::usersByEmail()
{
    const CliRun run = cli({QStringLiteral("users"), QStringLiteral("--email"), SandboxSeed::AliceEmail});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(Alice));
    VERIFY_GOLDEN(QStringLiteral("users_email"), run);
}

void TestCli::usersFirstPageHintsAtAll()
{
    const CliRun run = cli({QStringLiteral("users"), QStringLiteral("--organization"), Acme});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 1 + 10); // header + WorkOS's default page of 10
    VERIFY_GOLDEN(QStringLiteral("users_organization_first_page"), run);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCli::usersAllPagesCollectsEveryMemberOnce()
{
    QElapsedTimer clock;
    clock.start();
    const CliRun table = cli({QStringLiteral("users"), QStringLiteral("--organization"), Acme, QStringLiteral("--limit"),
                              QStringLiteral("12"), QStringLiteral("--all")});
    QCOMPARE(table.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("users_organization_all"), table);
    // 30 members, 12 a page: 3 requests, each later one carrying the previous page's cursor,
    // throttled to about 4 a second (two gaps of 250 ms).
    QCOMPARE(m_server->requestCount(), 3);
    QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
    const QList<SandboxRequestRecord> requests = m_server->requests();
    QVERIFY(!requests.at(0).query.contains(QLatin1String("after=")));
    QVERIFY(requests.at(1).query.contains(QLatin1String("after=user_")));
    QVERIFY(requests.at(2).query.contains(QLatin1String("after=user_")));
    QVERIFY(requests.at(1).query != requests.at(2).query);

    const CliRun json = cli({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("--organization"), Acme,
                             QStringLiteral("--limit"), QStringLiteral("12"), QStringLiteral("--all")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(root.value(QStringLiteral("list_metadata")).toObject().value(QStringLiteral("after")).isNull());
    QStringList ids;
    for (const QJsonValue &user : root.value(QStringLiteral("data")).toArray())
        ids.append(user.toObject().value(QStringLiteral("id")).toString());
    QSet<QString> members;
    for (const SandboxMembership *membership : m_server->store().membershipsOfOrganization(Acme))
        members.insert(membership->userId);
    QCOMPARE(members.size(), SandboxSeed::AcmeMemberCount);
    QCOMPARE(ids.size(), SandboxSeed::AcmeMemberCount); // nobody twice
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), members); // nobody missing
}

void TestCli::usersAllStopsOnARepeatedCursor()
{
    // A server that hands out the same cursor on every page: --all must stop, not loop.
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users");
    fault.action = SandboxFault::Action::Respond;
    fault.status = 200;
    fault.body = R"json({"object":"list","data":[{"object":"user","id":"user_01HLOOP0000000000000000000",
        "email":"loop@acme.com"}],"list_metadata":{"before":null,"after":"user_01HLOOP0000000000000000000"}})json";
    fault.times = -1;
    m_server->addFault(fault);
    const CliRun run = cli({QStringLiteral("users"), QStringLiteral("--organization"), Acme, QStringLiteral("--all")});
    QCOMPARE(run.exitCode, 5);
    QVERIFY2(run.err.contains(QStringLiteral("same page cursor twice")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty()); // no partial listing that looks complete
    QCOMPARE(m_server->requestCount(), 2); // the first page, then the cursor once: its repeat stops the loop
}

void TestCli::user()
{
    const CliRun text = cli({QStringLiteral("user"), Alice});
    QCOMPARE(text.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("user"), text);
    const CliRun json = cli({QStringLiteral("user"), Alice, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("user_json"), json);
}

void TestCli::userNotFound()
{
    const CliRun run = cli({QStringLiteral("user"), SandboxSeed::MissingUserId});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains(QRegularExpression(QStringLiteral("request id req_[A-Za-z0-9]+\\)\n$"))));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line
    VERIFY_GOLDEN(QStringLiteral("user_not_found"), run);
}

void TestCli::providersTable()
{
    const CliRun run = cli({QStringLiteral("providers"), Alice});
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("providers"), run);
}

void TestCli::providersJson()
{
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("providers"), Alice});
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("providers_json"), run);
    // The derived field a support person looks for: Slack lacks two scopes.
    const QJsonArray data = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), SandboxSeed::DemoProviderCount);
    for (const QJsonValue &value : data) {
        const QJsonObject provider = value.toObject();
        if (provider.value(QStringLiteral("slug")).toString() == SandboxSeed::SlackSlug)
            QCOMPARE(provider.value(QStringLiteral("connections")).toArray().at(0).toObject()
                         .value(QStringLiteral("missing_scopes")).toArray(),
                     QJsonArray({QStringLiteral("chat:write"), QStringLiteral("users:read.email")}));
    }
}

void TestCli::providersOrganizationScopeAndUnknownState()
{
    const CliRun globex = cli({QStringLiteral("providers"), Alice, QStringLiteral("--organization"),
                               SandboxSeed::GlobexOrgId});
    QCOMPARE(globex.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("providers_organization"), globex);
    QVERIFY(m_server->requests().constLast().query.contains(SandboxSeed::GlobexOrgId));

    const CliRun dave = cli({QStringLiteral("providers"), SandboxSeed::DaveUserId});
    QCOMPARE(dave.exitCode, 0);
    QVERIFY(dave.out.contains(SandboxSeed::UnknownAccountState)); // shown, not dropped
    VERIFY_GOLDEN(QStringLiteral("providers_unknown_state"), dave);
}

void TestCli::account()
{
    const CliRun text = cli({QStringLiteral("account"), Alice, SandboxSeed::SlackSlug});
    QCOMPARE(text.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("account"), text);
    const CliRun json = cli({QStringLiteral("account"), Alice, SandboxSeed::SlackSlug, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("account_json"), json);
}

void TestCli::disconnectWithoutYesChangesNothing()
{
    QVERIFY(storedAccount(Alice, SandboxSeed::GithubSlug).has_value());
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, SandboxSeed::GithubSlug});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    VERIFY_GOLDEN(QStringLiteral("disconnect_without_yes"), run);
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(storedAccount(Alice, SandboxSeed::GithubSlug).has_value());
}

void TestCli::disconnectWithYesRemovesTheAccount()
{
    // Alice has three GitHub connections: --connection deletes exactly that one.
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, SandboxSeed::GithubSlug, QStringLiteral("--yes"),
                            QStringLiteral("--connection"), SandboxSeed::AliceGithubWorkAccountId});
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("disconnect_yes"), run);
    QCOMPARE(m_server->requestCount("DELETE", QStringLiteral("/user_management/users/.*/connected_accounts/github")), 1);
    const SandboxRequestRecord del = m_server->requests().constLast();
    QCOMPARE(del.method, QByteArray("DELETE"));
    QVERIFY2(del.query.contains(QStringLiteral("connected_account_id=%1").arg(SandboxSeed::AliceGithubWorkAccountId)),
             qPrintable(del.query));
    SandboxStore &store = m_server->store();
    QStringList left;
    for (const SandboxAccount &a : store.accounts(store.accountKey(*store.provider(SandboxSeed::GithubSlug), Alice, QString())))
        left.append(a.id);
    QCOMPARE(left, (QStringList{SandboxSeed::AliceGithubAccountId, SandboxSeed::AliceGithubContractorAccountId}));

    // What the user sees next: that connection is gone.
    const CliRun after = cli({QStringLiteral("account"), Alice, SandboxSeed::GithubSlug, QStringLiteral("--connection"),
                              SandboxSeed::AliceGithubWorkAccountId});
    QCOMPARE(after.exitCode, 3);
    VERIFY_GOLDEN(QStringLiteral("disconnect_then_account"), after);
}

void TestCli::authorizeUrl()
{
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, SandboxSeed::SlackSlug, QStringLiteral("--return-to"),
                            QStringLiteral("https://support.example.com/done")},
                           env);
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("authorize_url"), run);
    QVERIFY(!QFile::exists(openLog)); // printed, not opened
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().constLast().body).object();
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(), Alice);
    QCOMPARE(body.value(QStringLiteral("return_to")).toString(), QStringLiteral("https://support.example.com/done"));
}

void TestCli::authorizeUrlOpenUsesTheOpener()
{
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, SandboxSeed::SlackSlug, QStringLiteral("--open")}, env);
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("authorize_url_open"), run);
    // The sandbox's link is http on loopback: allowed, and opened exactly once.
    QFile log(openLog);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(log.readAll()), run.out);
    QVERIFY(run.out.startsWith(m_server->baseUrl().toString()));
}

namespace {
// The lines the opener wrote (links and mailto: drafts), one per hand-off.
QStringList openedLines(const QString &path)
{
    QFile log(path);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString draftItem(const QUrl &mailto, const QString &key)
{
    return QUrlQuery(mailto).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

void TestCli::authorizeUrlMailHandsTheMessageToTheMailClient()
{
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config"))); // no template of the developer's
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, SandboxSeed::SlackSlug, QStringLiteral("--mail")}, env);
    QCOMPARE(run.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("authorize_url_mail"), run);
    const QStringList lines = openedLines(openLog);
    QCOMPARE(lines.size(), 1); // the message only: the link itself is not opened
    const QUrl mailto(lines.first(), QUrl::StrictMode);
    QString why;
    QVERIFY2(SafeUrl::isSafeMailto(mailto, &why), qPrintable(why));
    QCOMPARE(mailto.path(QUrl::FullyDecoded), QString(SandboxSeed::AliceEmail));
    QCOMPARE(draftItem(mailto, QStringLiteral("subject")), QStringLiteral("Connect your Slack account"));
    const QString body = draftItem(mailto, QStringLiteral("body"));
    const QString link = run.out.trimmed();
    QVERIFY(link.startsWith(m_server->baseUrl().toString()));
    QVERIFY(body.startsWith(QStringLiteral("Hello Alice Nguyen,\r\n")));
    QVERIFY2(body.contains(QStringLiteral("\r\n") + link + QStringLiteral("\r\n")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("do not forward")));
    for (const QString &text : {lines.first(), body, run.out, run.err})
        QVERIFY(!text.contains(TestKey));
    // The user was read for the address (GET /user_management/users/{id}).
    bool readUser = false;
    for (const SandboxRequestRecord &r : m_server->requests())
        readUser = readUser || (r.method == "GET" && r.path == QStringLiteral("/user_management/users/") + Alice);
    QVERIFY(readUser);
}

void TestCli::authorizeUrlMailUsesTheUsersTemplate()
{
    const QString config = m_dir->filePath(QStringLiteral("config"));
    {
        QSettings own(config + QStringLiteral("/PipesAdmin/pipes-admin.conf"), QSettings::IniFormat);
        own.setValue(QStringLiteral("linkMessage/subject"), QStringLiteral("Ticket: {provider} & {customer_email}"));
        own.setValue(QStringLiteral("linkMessage/body"), QStringLiteral("{customer_name}\n{link}\n{api_key}"));
        own.setValue(QStringLiteral("linkMessage/supportName"), QStringLiteral("Sam"));
    }
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("HOME"), m_dir->path());
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, SandboxSeed::SlackSlug, QStringLiteral("--mail")}, env);
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = openedLines(openLog);
    QCOMPARE(lines.size(), 1);
    const QUrl mailto(lines.first(), QUrl::StrictMode);
    QCOMPARE(draftItem(mailto, QStringLiteral("subject")), QStringLiteral("Ticket: Slack & alice@acme.com"));
    QCOMPARE(draftItem(mailto, QStringLiteral("body")),
             QStringLiteral("Alice Nguyen\r\n%1\r\n{api_key}").arg(run.out.trimmed()));
    QVERIFY(run.err.contains(QStringLiteral("{api_key}"))); // reported, and left as typed
    QVERIFY(!lines.first().contains(TestKey));
}

void TestCli::authorizeUrlMailForAMemberWritesToTheMember()
{
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    const CliRun run = cli({QStringLiteral("authorize-url"), Acme, SandboxSeed::SalesforceSlug, QStringLiteral("--member"),
                            QString(SandboxSeed::BobUserId), QStringLiteral("--mail"), QStringLiteral("--json")},
                           env);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("mailed")).toBool(), true);
    const QStringList lines = openedLines(openLog);
    QCOMPARE(lines.size(), 1);
    const QUrl mailto(lines.first(), QUrl::StrictMode);
    QCOMPARE(mailto.path(QUrl::FullyDecoded), QString(SandboxSeed::BobEmail));
    QCOMPARE(draftItem(mailto, QStringLiteral("subject")), QStringLiteral("Connect your Salesforce account"));
    QVERIFY(draftItem(mailto, QStringLiteral("body")).contains(json.value(QStringLiteral("url")).toString()));
}

void TestCli::authorizeUrlMailForAMissingUserMakesNoLink()
{
    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    const CliRun run = cli({QStringLiteral("authorize-url"), QString(SandboxSeed::MissingUserId), SandboxSeed::SlackSlug,
                            QStringLiteral("--mail")},
                           env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(openedLines(openLog).isEmpty());
    for (const SandboxRequestRecord &r : m_server->requests())
        QVERIFY2(r.method != "POST", qPrintable(r.path)); // no link was asked for
}

void TestCli::unsafeAuthorizeUrlIsRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("authorize_url_javascript_open")
        << QByteArray(R"json({"url":"javascript:alert(1)"})json") << QStringList{QStringLiteral("--open")};
    QTest::newRow("authorize_url_file_open")
        << QByteArray(R"json({"url":"file:///etc/passwd"})json") << QStringList{QStringLiteral("--open")};
    QTest::newRow("authorize_url_plain_http_remote")
        << QByteArray(R"json({"url":"http://evil.example.com/connect"})json") << QStringList();
}

void TestCli::unsafeAuthorizeUrlIsRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, extra);
    SandboxFault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/data-integrations/.*/authorize");
    fault.action = SandboxFault::Action::Respond;
    fault.status = 200;
    fault.body = body;
    fault.times = -1;
    m_server->addFault(fault);

    const QString openLog = m_dir->filePath(QStringLiteral("opened.txt"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), openLog);
    const CliRun run = cli(QStringList{QStringLiteral("authorize-url"), Alice, SandboxSeed::SlackSlug} + extra, env);
    QCOMPARE(run.exitCode, 7);
    QVERIFY(run.out.isEmpty()); // not even printed for copying
    QVERIFY(!QFile::exists(openLog) || QFileInfo(openLog).size() == 0);
    VERIFY_GOLDEN(QString::fromLatin1(QTest::currentDataTag()), run);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCli::wrongKey()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("WORKOS_API_KEY"), WrongKey);
    const CliRun run = cli({QStringLiteral("providers"), Alice}, env);
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.err.contains(QLatin1String("401")));
    VERIFY_GOLDEN(QStringLiteral("wrong_key"), run);
    QCOMPARE(m_server->requestCount(), 1); // a 401 is not retried
}

void TestCli::missingKey()
{
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("WORKOS_API_KEY"));
    const CliRun run = cli({QStringLiteral("user"), Alice}, env);
    QCOMPARE(run.exitCode, 4);
    VERIFY_GOLDEN(QStringLiteral("missing_key"), run);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::connectionRefused()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        deadPort = probe.serverPort();
    }
    const CliRun run = cli({QStringLiteral("--no-retry"), QStringLiteral("--base-url"),
                            QStringLiteral("http://127.0.0.1:%1").arg(deadPort), QStringLiteral("user"), Alice});
    QCOMPARE(run.exitCode, 6);
    VERIFY_GOLDEN(QStringLiteral("connection_refused"), run);
}

void TestCli::serverErrorAndRetry()
{
    SandboxFault fault;
    fault.method = "GET";
    fault.action = SandboxFault::Action::Respond;
    fault.status = 500;
    fault.times = 1;
    m_server->addFault(fault);
    const CliRun once = cli({QStringLiteral("--no-retry"), QStringLiteral("user"), Alice});
    QCOMPARE(once.exitCode, 5);
    VERIFY_GOLDEN(QStringLiteral("server_error_no_retry"), once);
    QCOMPARE(m_server->requestCount(), 1);

    // By default (like the SDKs) a 503 is retried and the user just gets the answer.
    fault.status = 503;
    m_server->addFault(fault);
    const CliRun retried = cli({QStringLiteral("user"), Alice});
    QCOMPARE(retried.exitCode, 0);
    QVERIFY(retried.out.contains(SandboxSeed::AliceEmail));
    QCOMPARE(m_server->requestCount(), 3);
}

void TestCli::keyEchoedByTheServerIsRedacted()
{
    // A careless proxy or server might echo the key; the CLI still never prints it.
    SandboxFault fault;
    fault.method = "GET";
    fault.action = SandboxFault::Action::Respond;
    fault.status = 400;
    fault.body = QStringLiteral(R"json({"message":"The key %1 is not valid here","code":"bad_key"})json")
                     .arg(TestKey)
                     .toUtf8();
    m_server->addFault(fault);
    const CliRun run = cli({QStringLiteral("user"), Alice});
    QCOMPARE(run.exitCode, 5);
    QVERIFY(run.err.contains(QLatin1String("<redacted API key>")));
    VERIFY_GOLDEN(QStringLiteral("server_echoes_key"), run);
}

void TestCli::baseUrlOptionWinsOverEnvironment()
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), QStringLiteral("https://api.workos.invalid"));
    const CliRun run = cli({QStringLiteral("--base-url"), m_server->baseUrl().toString(), QStringLiteral("users"),
                            QStringLiteral("--email"), SandboxSeed::BobEmail},
                           env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(SandboxSeed::BobUserId));
    QCOMPARE(m_server->requestCount(), 1);

    const CliRun refused = cli({QStringLiteral("--base-url"), QStringLiteral("http://api.example.com"),
                                QStringLiteral("user"), Alice});
    QCOMPARE(refused.exitCode, 2);
    VERIFY_GOLDEN(QStringLiteral("base_url_plain_http_refused"), refused);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
