// `links` through the real pipes-admin-cli binary against the sandbox: a link
// from authorize-url is listed waiting, reads completed after the customer
// finishes it on the sandbox, a second link for the same connection
// supersedes the first, `links close` closes one by hand, and an old link
// shows stale with its age.

#include "CliHarness.h"
#include "CliSandboxFixture.h"

#include "audit/AuditLog.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SandboxSeed;

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_links_91ce");
} // namespace

class TestCliLinks final : public QObject, private CliSandboxFixture
{
    Q_OBJECT

public:
    TestCliLinks()
        : CliSandboxFixture(TestKey)
    {
    }

private Q_SLOTS:
    void init();
    void cleanup();

    void issuedThenCompletedOnTheSandboxReadsCompleted();
    void secondLinkForTheSameConnectionSupersedesTheFirst();
    void closeByHand();
    void oldLinkShowsStaleWithItsAge();
    void noRefreshAsksTheApiNothing();
    void helpNamesTheCommand();
    void aFailedCheckIsNamedAndTheLinkStaysWaiting();

private:
    QUrl authorize(const QStringList &arguments);
    QJsonArray linksJson(const QStringList &extra = {});
    bool customerCompletes(const QUrl &url);
    int requestsTo(const QString &pathEnd) const;
};

void TestCliLinks::init()
{
    const QString problem = startSandbox();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliLinks::cleanup()
{
    const QString problem = checkRuns();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    stopSandbox();
}

QUrl TestCliLinks::authorize(const QStringList &arguments)
{
    const CliRun run = cli(QStringList{QStringLiteral("authorize-url")} + arguments);
    if (run.exitCode != 0)
        return QUrl();
    return QUrl(run.out.trimmed());
}

QJsonArray TestCliLinks::linksJson(const QStringList &extra)
{
    const CliRun run = cli(QStringList{QStringLiteral("links"), QStringLiteral("--json")} + extra);
    if (run.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
}

bool TestCliLinks::customerCompletes(const QUrl &url)
{
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
        return false;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

int TestCliLinks::requestsTo(const QString &pathEnd) const
{
    int n = 0;
    for (const SandboxRequestRecord &r : m_server->requests())
        n += r.path.endsWith(pathEnd) ? 1 : 0;
    return n;
}

void TestCliLinks::issuedThenCompletedOnTheSandboxReadsCompleted()
{
    const QUrl url = authorize({AliceUserId, SlackSlug, QStringLiteral("--connection"), AliceSlackAccountId,
                                QStringLiteral("--reason"), QStringLiteral("SUP-77")});
    QVERIFY(url.isValid());

    CliRun listed = cli({QStringLiteral("links")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("waiting")), qPrintable(listed.out));
    QVERIFY(listed.out.contains(QString(AliceSlackAccountId)));
    QVERIFY(listed.out.contains(QStringLiteral("SUP-77")));
    QVERIFY(listed.out.contains(QString(AliceUserId)));

    QVERIFY(customerCompletes(url));
    const int eventsBefore = requestsTo(QStringLiteral("/events"));
    // Default: open links only; the completed one has left the list.
    listed = cli({QStringLiteral("links")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(QString(AliceSlackAccountId)), qPrintable(listed.out));
    QVERIFY(listed.err.contains(QStringLiteral("No open links.")));
    QCOMPARE(requestsTo(QStringLiteral("/events")), eventsBefore + 1); // the refresh read the events

    const QJsonArray all = linksJson({QStringLiteral("--all")});
    QCOMPARE(all.size(), 1);
    const QJsonObject link = all.first().toObject();
    QCOMPARE(link.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(link.value(QStringLiteral("completed_connection_id")).toString(), QString(AliceSlackAccountId));
    QCOMPARE(link.value(QStringLiteral("intent")).toString(), QStringLiteral("reauthorize"));
    QCOMPARE(link.value(QStringLiteral("ticket")).toString(), QStringLiteral("SUP-77"));
    QCOMPARE(link.value(QStringLiteral("owner_id")).toString(), QString(AliceUserId));
    QCOMPARE(link.value(QStringLiteral("provider")).toString(), QString(SlackSlug));
    QVERIFY(!link.value(QStringLiteral("operator")).toString().isEmpty());
    QVERIFY(!link.value(QStringLiteral("workstation")).toString().isEmpty());
}

void TestCliLinks::secondLinkForTheSameConnectionSupersedesTheFirst()
{
    const QStringList target{AliceUserId, SlackSlug, QStringLiteral("--connection"), AliceSlackAccountId};
    QVERIFY(authorize(target).isValid());
    QVERIFY(authorize({AliceUserId, NotionSlug}).isValid());
    QVERIFY(authorize(target).isValid());
    const QJsonArray all = linksJson({QStringLiteral("--all")});
    QCOMPARE(all.size(), 3);
    // Newest first: the second Slack link waits, Notion waits, the first Slack link was superseded.
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("provider")).toString(), QString(SlackSlug));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("provider")).toString(), QString(NotionSlug));
    QCOMPARE(all.at(2).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("superseded"));
    QCOMPARE(linksJson().size(), 2); // open ones
}

void TestCliLinks::closeByHand()
{
    QVERIFY(authorize({AliceUserId, NotionSlug}).isValid());
    const QJsonArray open = linksJson();
    QCOMPARE(open.size(), 1);
    const QString id = QString::number(open.first().toObject().value(QStringLiteral("id")).toInteger());
    const CliRun closed = cli({QStringLiteral("links"), QStringLiteral("close"), id});
    QCOMPARE(closed.exitCode, 0);
    QVERIFY(closed.out.contains(id));
    QCOMPARE(linksJson().size(), 0);
    QCOMPARE(linksJson({QStringLiteral("--all")}).first().toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("closed"));
    // Again, or a link that does not exist: an error, nothing changes.
    QCOMPARE(cli({QStringLiteral("links"), QStringLiteral("close"), id}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("links"), QStringLiteral("close"), QStringLiteral("12345")}).exitCode, 3);
    QCOMPARE(cli({QStringLiteral("links"), QStringLiteral("close"), QStringLiteral("abc")}).exitCode, 2);
}

void TestCliLinks::oldLinkShowsStaleWithItsAge()
{
    QVERIFY(authorize({AliceUserId, NotionSlug}).isValid());
    {
        // Issued two days ago (as if the file were that old).
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("audit.sqlite3")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE links SET issued_at = '%1'")
                           .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    const CliRun listed = cli({QStringLiteral("links")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("stale")), qPrintable(listed.out));
    QVERIFY(listed.out.contains(QStringLiteral("2 d")));
    const QJsonObject link = linksJson().first().toObject();
    QCOMPARE(link.value(QStringLiteral("state")).toString(), QStringLiteral("stale"));
    QCOMPARE(link.value(QStringLiteral("stored_state")).toString(), QStringLiteral("waiting"));
    QVERIFY(link.value(QStringLiteral("age_seconds")).toInteger() >= 2 * 86400);
}

void TestCliLinks::noRefreshAsksTheApiNothing()
{
    QVERIFY(authorize({AliceUserId, NotionSlug}).isValid());
    const qsizetype before = m_server->requests().size();
    QProcessEnvironment environment = CliHarness::cleanEnvironment(); // no key at all
    environment.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), m_dir->filePath(QStringLiteral("audit.sqlite3")));
    const CliRun run = CliHarness::run({QStringLiteral("links"), QStringLiteral("--no-refresh")}, environment);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QString(NotionSlug)));
    QCOMPARE(m_server->requests().size(), before);
}

void TestCliLinks::helpNamesTheCommand()
{
    const CliRun help = cli({QStringLiteral("--help")});
    QVERIFY(help.out.contains(QStringLiteral("links")));
    const CliRun own = cli({QStringLiteral("links"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("--all")));
    QVERIFY(own.out.contains(QStringLiteral("stale")));
}

void TestCliLinks::aFailedCheckIsNamedAndTheLinkStaysWaiting()
{
    QVERIFY(authorize({AliceUserId, NotionSlug}).isValid());
    SandboxFault down;
    down.method = "GET";
    down.status = 503;
    down.times = -1;
    m_server->addFault(down);
    const CliRun run = cli({QStringLiteral("links"), QStringLiteral("--no-retry")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("could not all be checked")), qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("waiting")));
}

QTEST_GUILESS_MAIN(TestCliLinks)
#include "tst_cli_links.moc"
