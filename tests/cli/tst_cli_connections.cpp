// Every connection, as WorkOS serves them today, through the real
// pipes-admin-cli binary: several connections per provider, an
// organization's shared connections, each acted on by its id. The sandbox's
// request log and store prove what the "server" received and kept.

#include "CliHarness.h"
#include "CliSandboxFixture.h"

#include "audit/AuditLog.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

#define VERIFY_GOLDEN(name, run)                                                                                      \
    do {                                                                                                              \
        QString why_;                                                                                                 \
        QVERIFY2(CliHarness::matchesGolden(name, run, &why_), qPrintable(why_));                                     \
    } while (false)

using namespace SandboxSeed;

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_connections_4b2d");
const QString Alice = AliceUserId;
const QStringList AliceGithub{AliceGithubAccountId, AliceGithubWorkAccountId, AliceGithubContractorAccountId};

QJsonObject bodyOf(const SandboxRequestRecord &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString queryValue(const SandboxRequestRecord &request, const QString &key)
{
    return QUrlQuery(request.query).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestCliConnections final : public QObject, private CliSandboxFixture
{
    Q_OBJECT

public:
    TestCliConnections()
        : CliSandboxFixture(TestKey)
    {
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void providersListsEveryConnectionUnderItsProvider();
    void providersJsonHasEveryFieldOfEveryConnection();
    void providersOfAnOrganizationListsItsSharedConnections();
    void accountWithSeveralNamesTheChoicesAndConnectionPicksOne();
    void disconnectWithSeveralSendsNothingAndListsThem();
    void disconnectTheOnlyConnectionDeletesItById();
    void disconnectNotConnectedSendsNothing();
    void disconnectAnUnknownConnectionSendsNothing();
    void disconnectGoneBeforeTheDeleteReadsAlreadyGone();
    void disconnectWhoseAnswerWasLostReadsGoneOnRetry();
    void disconnectConflictNamesTheChoicesFromAFreshRead();
    void disconnectASharedConnectionUsesTheOrganizationPath();
    void authorizeUrlAddAsksForAnotherConnection();
    void authorizeUrlConnectionRepairsExactlyThatOne();
    void authorizeUrlMemberActsForTheOrganization();
    void authorizeUrlUsageErrorsSendNothing_data();
    void authorizeUrlUsageErrorsSendNothing();

private:
    QStringList githubIds(const QString &userId);
    QList<SandboxRequestRecord> requests(const QByteArray &method) const;
};

void TestCliConnections::init()
{
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliConnections::cleanup()
{
    const QString problem = checkRuns();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    stopSandbox();
}

QStringList TestCliConnections::githubIds(const QString &userId)
{
    SandboxStore &store = m_server->store();
    QStringList ids;
    for (const SandboxAccount &a : store.accounts(store.accountKey(*store.provider(GithubSlug), userId, QString())))
        ids.append(a.id);
    return ids;
}

QList<SandboxRequestRecord> TestCliConnections::requests(const QByteArray &method) const
{
    QList<SandboxRequestRecord> result;
    for (const SandboxRequestRecord &r : m_server->requests()) {
        if (r.method == method)
            result.append(r);
    }
    return result;
}

void TestCliConnections::providersListsEveryConnectionUnderItsProvider()
{
    const CliRun run = cli({QStringLiteral("providers"), Alice});
    QCOMPARE(run.exitCode, 0); // the golden is tst_cli's providers.txt
    for (const QString &id : AliceGithub)
        QVERIFY2(run.out.contains(id), qPrintable(id));
    // HubSpot's compatibility slot is empty, yet its "Work" connection is listed.
    QVERIFY(run.out.contains(QString(AliceHubspotWorkAccountId)));
    QVERIFY(run.out.contains(QStringLiteral("Contractor")));
}

void TestCliConnections::providersJsonHasEveryFieldOfEveryConnection()
{
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("providers"), Alice});
    QCOMPARE(run.exitCode, 0); // the golden is tst_cli's providers_json.txt
    const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(list.value(QStringLiteral("owner_kind")).toString(), QStringLiteral("user"));
    QCOMPARE(list.value(QStringLiteral("owner_id")).toString(), Alice);
    QJsonObject github;
    QJsonObject hubspot;
    for (const QJsonValue &value : list.value(QStringLiteral("data")).toArray()) {
        const QJsonObject p = value.toObject();
        if (p.value(QStringLiteral("slug")).toString() == GithubSlug)
            github = p;
        if (p.value(QStringLiteral("slug")).toString() == HubspotSlug)
            hubspot = p;
        QVERIFY(!p.contains(QStringLiteral("connected_accounts"))); // tidy, not the wire dump
    }
    QCOMPARE(github.value(QStringLiteral("connection_count")).toInt(), 3);
    const QJsonArray connections = github.value(QStringLiteral("connections")).toArray();
    QStringList ids;
    for (const QJsonValue &c : connections)
        ids.append(c.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids, AliceGithub);
    const QJsonObject contractor = connections.at(2).toObject();
    QCOMPARE(contractor.value(QStringLiteral("label")).toString(), QStringLiteral("Contractor"));
    QCOMPARE(contractor.value(QStringLiteral("account_identifier")).toString(), QStringLiteral("alice-contract"));
    QCOMPARE(contractor.value(QStringLiteral("role")).toString(), QStringLiteral("standard"));
    QCOMPARE(contractor.value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(contractor.value(QStringLiteral("missing_scopes")).toArray(),
             QJsonArray({QStringLiteral("read:user"), QStringLiteral("read:org")}));
    QCOMPARE(connections.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("compatibility"));
    QCOMPARE(hubspot.value(QStringLiteral("connection_count")).toInt(), 1);
    QCOMPARE(hubspot.value(QStringLiteral("connections")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             QString(AliceHubspotWorkAccountId));
}

void TestCliConnections::providersOfAnOrganizationListsItsSharedConnections()
{
    const CliRun acme = cli({QStringLiteral("providers"), QString(AcmeOrgId)});
    QCOMPARE(acme.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("providers_org_acme"), acme);
    QCOMPARE(m_server->requests().constLast().path, QStringLiteral("/organizations/%1/data_providers").arg(AcmeOrgId));
    QVERIFY(acme.out.contains(QString(AcmeSalesforceAccountId)));
    QVERIFY(acme.out.contains(QString(AcmeSalesforceSandboxAccountId)));
    QVERIFY(acme.out.contains(QStringLiteral("Production")));

    // Globex's orphaned connection says why, in words.
    const CliRun globex = cli({QStringLiteral("--json"), QStringLiteral("providers"), QString(GlobexOrgId)});
    QCOMPARE(globex.exitCode, 0);
    const QJsonObject list = QJsonDocument::fromJson(globex.out.toUtf8()).object();
    QCOMPARE(list.value(QStringLiteral("owner_kind")).toString(), QStringLiteral("organization"));
    QJsonObject shared;
    for (const QJsonValue &value : list.value(QStringLiteral("data")).toArray()) {
        if (value.toObject().value(QStringLiteral("slug")).toString() == SalesforceSlug)
            shared = value.toObject().value(QStringLiteral("connections")).toArray().at(0).toObject();
    }
    QCOMPARE(shared.value(QStringLiteral("id")).toString(), QString(GlobexSalesforceAccountId));
    QCOMPARE(shared.value(QStringLiteral("state_reason")).toString(), QString(EstablishingMemberLeft));
    QCOMPARE(shared.value(QStringLiteral("state_reason_text")).toString(),
             QStringLiteral("the member who established it left the organization"));
    QVERIFY(shared.value(QStringLiteral("user_id")).isNull());
}

void TestCliConnections::accountWithSeveralNamesTheChoicesAndConnectionPicksOne()
{
    const CliRun several = cli({QStringLiteral("account"), Alice, GithubSlug});
    QCOMPARE(several.exitCode, 5); // WorkOS answers 409: which one?
    for (const QString &id : AliceGithub)
        QVERIFY2(several.err.contains(id), qPrintable(several.err));

    const CliRun one = cli({QStringLiteral("account"), Alice, GithubSlug, QStringLiteral("--connection"),
                            QString(AliceGithubContractorAccountId)});
    QCOMPARE(one.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("account_connection"), one);
    QCOMPARE(queryValue(m_server->requests().constLast(), QStringLiteral("connected_account_id")),
             QString(AliceGithubContractorAccountId));
}

void TestCliConnections::disconnectWithSeveralSendsNothingAndListsThem()
{
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, GithubSlug, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 2);
    VERIFY_GOLDEN(QStringLiteral("disconnect_several"), run);
    QCOMPARE(requests("DELETE").size(), 0);
    QCOMPARE(githubIds(Alice), AliceGithub);
    for (const QString &label : {QStringLiteral("Personal"), QStringLiteral("Work"), QStringLiteral("Contractor")})
        QVERIFY(run.err.contains(label));
    // Nothing was sent, so nothing was recorded.
    AuditLog log(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    QCOMPARE(log.count({}), 0);
}

void TestCliConnections::disconnectTheOnlyConnectionDeletesItById()
{
    // HubSpot: the compatibility slot is empty; the one connection is a
    // standard one, which a DELETE without its id would never reach.
    const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("disconnect"), Alice, HubspotSlug, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 0);
    const QList<SandboxRequestRecord> deletes = requests("DELETE");
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(queryValue(deletes.at(0), QStringLiteral("connected_account_id")), QString(AliceHubspotWorkAccountId));
    SandboxStore &store = m_server->store();
    QVERIFY(store.accounts(store.accountKey(*store.provider(HubspotSlug), Alice, QString())).isEmpty());
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("connection_id")).toString(), QString(AliceHubspotWorkAccountId));
    QCOMPARE(result.value(QStringLiteral("label")).toString(), QStringLiteral("Work"));
    // The fresh read came first.
    QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
}

void TestCliConnections::disconnectNotConnectedSendsNothing()
{
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, NotionSlug, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 3);
    VERIFY_GOLDEN(QStringLiteral("disconnect_not_connected"), run);
    QCOMPARE(requests("DELETE").size(), 0);
}

void TestCliConnections::disconnectAnUnknownConnectionSendsNothing()
{
    // Carol's connection id given for Alice: not one of hers, so nothing goes out.
    SandboxStore &store = m_server->store();
    const QString carols = store.account(store.accountKey(*store.provider(GithubSlug), CarolUserId, QString()))->id;
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, GithubSlug, QStringLiteral("--yes"),
                            QStringLiteral("--connection"), carols});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(requests("DELETE").size(), 0);
    for (const QString &id : AliceGithub)
        QVERIFY(run.err.contains(id));
    QCOMPARE(githubIds(CarolUserId), QStringList{carols});
}

void TestCliConnections::disconnectGoneBeforeTheDeleteReadsAlreadyGone()
{
    SandboxFault gone;
    gone.method = "DELETE";
    gone.pathPattern = QStringLiteral(".*/connected_accounts/github");
    gone.status = 404;
    m_server->addFault(gone);
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, GithubSlug, QStringLiteral("--yes"),
                            QStringLiteral("--connection"), QString(AliceGithubWorkAccountId)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("already gone")), qPrintable(run.err));
    QVERIFY(run.err.contains(QString(AliceGithubWorkAccountId)));
    QCOMPARE(requests("DELETE").size(), 1);
    AuditLog log(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    const QList<AuditRecord> records = log.query({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).completion.outcome, AuditOutcome::AlreadyAbsent);
}

void TestCliConnections::disconnectWhoseAnswerWasLostReadsGoneOnRetry()
{
    // The DELETE is carried out and its answer lost on the way back (the
    // connection kept alive since the fresh read drops): it is sent again and finds nothing.
    SandboxFault lost;
    lost.method = "DELETE";
    lost.pathPattern = QStringLiteral(".*/connected_accounts/github");
    lost.action = SandboxFault::Action::PerformThenDrop;
    m_server->addFault(lost);
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, GithubSlug, QStringLiteral("--yes"),
                            QStringLiteral("--connection"), QString(AliceGithubWorkAccountId)});
    QCOMPARE(requests("DELETE").size(), 2);
    QVERIFY(!githubIds(Alice).contains(QString(AliceGithubWorkAccountId)));
    QVERIFY2(run.out.contains(QStringLiteral("gone on retry")), qPrintable(run.out + run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("already gone")), qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    AuditLog log(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    const QList<AuditRecord> records = log.query({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).completion.outcome, AuditOutcome::GoneOnRetry);
    QCOMPARE(records.at(0).completion.httpStatus, 404);
    const CliRun history = cli({QStringLiteral("history"), QStringLiteral("--outcome"), QStringLiteral("gone_on_retry")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.out.contains(QString(AliceGithubWorkAccountId)) || history.out.contains(QStringLiteral("gone_on_retry")),
             qPrintable(history.out));
}

void TestCliConnections::disconnectConflictNamesTheChoicesFromAFreshRead()
{
    SandboxFault conflict;
    conflict.method = "DELETE";
    conflict.pathPattern = QStringLiteral(".*/connected_accounts/github");
    conflict.status = 409;
    conflict.body = QByteArrayLiteral(R"({"code":"account_selection_required","message":"Select a connection."})");
    m_server->addFault(conflict);
    const CliRun run = cli({QStringLiteral("disconnect"), Alice, GithubSlug, QStringLiteral("--yes"),
                            QStringLiteral("--connection"), QString(AliceGithubAccountId)});
    QCOMPARE(run.exitCode, 5);
    VERIFY_GOLDEN(QStringLiteral("disconnect_conflict"), run);
    // Read, delete (409), read again to name what exists now.
    QStringList methods;
    for (const SandboxRequestRecord &r : m_server->requests())
        methods.append(QString::fromLatin1(r.method));
    QCOMPARE(methods, (QStringList{QStringLiteral("GET"), QStringLiteral("DELETE"), QStringLiteral("GET")}));
    for (const QString &id : AliceGithub)
        QVERIFY(run.err.contains(id));
    QCOMPARE(githubIds(Alice), AliceGithub);
}

void TestCliConnections::disconnectASharedConnectionUsesTheOrganizationPath()
{
    // Acme shares two: nothing is sent until one is named.
    const CliRun acme = cli({QStringLiteral("disconnect"), QString(AcmeOrgId), SalesforceSlug, QStringLiteral("--yes")});
    QCOMPARE(acme.exitCode, 2);
    QCOMPARE(requests("DELETE").size(), 0);
    QVERIFY(acme.err.contains(QString(AcmeSalesforceSandboxAccountId)));

    const CliRun globex = cli({QStringLiteral("disconnect"), QString(GlobexOrgId), SalesforceSlug, QStringLiteral("--yes")});
    QCOMPARE(globex.exitCode, 0);
    VERIFY_GOLDEN(QStringLiteral("disconnect_shared"), globex);
    const QList<SandboxRequestRecord> deletes = requests("DELETE");
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.at(0).path, QStringLiteral("/organizations/%1/connected_accounts/salesforce").arg(GlobexOrgId));
    QCOMPARE(queryValue(deletes.at(0), QStringLiteral("connected_account_id")), QString(GlobexSalesforceAccountId));
    // One shared connection, read on the organization's path too.
    const CliRun sandbox = cli({QStringLiteral("account"), QString(AcmeOrgId), SalesforceSlug, QStringLiteral("--connection"),
                                QString(AcmeSalesforceSandboxAccountId)});
    QCOMPARE(sandbox.exitCode, 0);
    QCOMPARE(m_server->requests().constLast().path,
             QStringLiteral("/organizations/%1/connected_accounts/salesforce").arg(AcmeOrgId));
    QVERIFY(sandbox.out.contains(QStringLiteral("Sandbox")));
    QVERIFY(sandbox.out.contains(QStringLiteral("3MVG9acmeSandboxClient"))); // client id, never a secret

    // Recorded against the organization.
    AuditLog log(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    const QList<AuditRecord> records = log.query({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).entry.organizationId, QString(GlobexOrgId));
    QCOMPARE(records.at(0).completion.outcome, AuditOutcome::Succeeded);
}

void TestCliConnections::authorizeUrlAddAsksForAnotherConnection()
{
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, GithubSlug, QStringLiteral("--add")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = bodyOf(requests("POST").constLast());
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(), Alice);
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("add"));
    QVERIFY(!body.contains(QStringLiteral("connected_account_id")));
    QVERIFY(!body.contains(QStringLiteral("code_challenge")));
    QVERIFY(!body.contains(QStringLiteral("connection_owner")) || body.value(QStringLiteral("connection_owner")) == QStringLiteral("user"));
}

void TestCliConnections::authorizeUrlConnectionRepairsExactlyThatOne()
{
    const CliRun run = cli({QStringLiteral("authorize-url"), Alice, GithubSlug, QStringLiteral("--connection"),
                            QString(AliceGithubContractorAccountId)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = bodyOf(requests("POST").constLast());
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("reauthorize"));
    QCOMPARE(body.value(QStringLiteral("connected_account_id")).toString(), QString(AliceGithubContractorAccountId));
    QVERIFY(!body.contains(QStringLiteral("code_challenge")));

    // Without either: the compatibility connection, no intent at all.
    QCOMPARE(cli({QStringLiteral("authorize-url"), Alice, GithubSlug}).exitCode, 0);
    const QJsonObject slot = bodyOf(requests("POST").constLast());
    QVERIFY(!slot.contains(QStringLiteral("connection_intent")));
    QVERIFY(!slot.contains(QStringLiteral("connected_account_id")));
}

void TestCliConnections::authorizeUrlMemberActsForTheOrganization()
{
    const CliRun run = cli({QStringLiteral("authorize-url"), QString(AcmeOrgId), SalesforceSlug, QStringLiteral("--member"),
                            Alice, QStringLiteral("--connection"), QString(AcmeSalesforceSandboxAccountId)});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = bodyOf(requests("POST").constLast());
    QCOMPARE(body.value(QStringLiteral("connection_owner")).toString(), QStringLiteral("organization"));
    QCOMPARE(body.value(QStringLiteral("organization_id")).toString(), QString(AcmeOrgId));
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(), Alice);
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("reauthorize"));
    QCOMPARE(body.value(QStringLiteral("connected_account_id")).toString(), QString(AcmeSalesforceSandboxAccountId));
    QVERIFY(!body.contains(QStringLiteral("code_challenge")));
    // The link is recorded for the member, in the organization.
    AuditLog log(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    const QList<AuditRecord> records = log.query({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).entry.userId, Alice);
    QCOMPARE(records.at(0).entry.organizationId, QString(AcmeOrgId));
}

void TestCliConnections::authorizeUrlUsageErrorsSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("authorize_url_org_without_member")
        << QStringList{QStringLiteral("authorize-url"), QString(AcmeOrgId), QString(SalesforceSlug)};
    QTest::newRow("authorize_url_add_and_connection")
        << QStringList{QStringLiteral("authorize-url"), Alice, QString(GithubSlug), QStringLiteral("--add"),
                       QStringLiteral("--connection"), QString(AliceGithubWorkAccountId)};
    QTest::newRow("providers_org_with_organization")
        << QStringList{QStringLiteral("providers"), QString(AcmeOrgId), QStringLiteral("--organization"), QString(GlobexOrgId)};
    QTest::newRow("authorize_url_member_for_a_user")
        << QStringList{QStringLiteral("authorize-url"), Alice, QString(GithubSlug), QStringLiteral("--member"), Alice};
}

void TestCliConnections::authorizeUrlUsageErrorsSendNothing() // and the other owner usage errors
{
    QFETCH(QStringList, arguments);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    VERIFY_GOLDEN(QString::fromLatin1(QTest::currentDataTag()), run);
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cli_connections.moc"
