// Connect links followed to the end, against the sandbox and a real SQLite
// audit file: a link handed out is "waiting" until the customer completes it
// on the sandbox (from the `connected` event, or from a connection read where
// events cannot be read), a newer link for the same connection supersedes an
// older one, a link can be closed by hand, and "stale" comes from the link's
// age. The store never holds the API key.

#include "audit/AuditService.h"
#include "core/WorkOsClient.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "session/LinkMatch.h"
#include "session/LinkTracker.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SandboxSeed;

namespace {
const QString Key = QStringLiteral("sk_test_links_secret_7f3a");
const QString Environment = QStringLiteral("Sandbox");

struct Issued
{
    QUrl url;
    qint64 linkId = 0;
};
} // namespace

class TestLinkTracker final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WorkOsClient> m_client;
    std::unique_ptr<AuditLog> m_log;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("audit.sqlite3")); }

    // Hands out a link as the window and the CLI do: an audited action that follows its link.
    Issued issue(const QString &slug, AuthorizeRequest::Intent intent, const QString &connectionId = QString(),
                 const QString &ticket = QStringLiteral("SUP-1"))
    {
        AuthorizeRequest request;
        request.providerSlug = slug;
        request.userId = AliceUserId;
        request.intent = intent;
        request.connectedAccountId = connectionId;
        AuditService::Action<AuthorizeUrl> action;
        action.entry.action = AuditAction::ConnectLink;
        action.entry.userId = AliceUserId;
        action.entry.userEmail = AliceEmail;
        action.entry.providerSlug = slug;
        action.entry.connectionId = connectionId;
        action.entry.ownerKind = QStringLiteral("user");
        action.entry.reason = ticket;
        action.followLink = intent;
        const AuditService audit(AuditContext{m_log.get(), Environment, QString()});
        std::optional<ApiResult<AuthorizeUrl>> answer;
        QString refusal;
        audit.run<AuthorizeUrl>(
            action, this,
            [this, request](QObject *context, WorkOsClient::Callback<AuthorizeUrl> done) {
                return m_client->createAuthorizeUrl(request, context, std::move(done));
            },
            [&answer](const ApiResult<AuthorizeUrl> &result) { answer.emplace(result); }, &refusal);
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000) || !answer->ok())
            return {};
        const QList<LinkRecord> newest = m_log->links(LinkFilter{Environment, {}, 1});
        return {answer->value().url, newest.isEmpty() ? 0 : newest.first().id};
    }

    // The customer opens the link in their browser and finishes on the sandbox.
    bool customerCompletes(const QUrl &url)
    {
        QNetworkAccessManager browser;
        std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(url)));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 5000))
            return false;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    }

    LinkState stateOf(qint64 id) const
    {
        const std::optional<LinkRecord> link = m_log->link(id);
        return link ? link->state : LinkState::Closed;
    }

    bool refresh(LinkTracker &tracker)
    {
        QSignalSpy done(&tracker, &LinkTracker::refreshed);
        tracker.refreshNow();
        return !done.isEmpty() || done.wait(5000);
    }

    void eventsUnavailable()
    {
        SandboxFault fault;
        fault.method = "GET";
        fault.pathPattern = QStringLiteral("/events");
        fault.status = 403;
        fault.times = -1;
        m_server->addFault(fault);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        SandboxOptions options;
        options.apiKey = Key;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.apiKey = Key;
        config.retry = RetryPolicy::none();
        m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
        m_log = std::make_unique<AuditLog>(dbPath());
        QVERIFY(m_log->open());
    }

    void cleanup()
    {
        m_log.reset();
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_dir.reset();
    }

    void issuedLinkIsRecordedWaitingWithWhoAndTicket()
    {
        const Issued issued = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId,
                                    QStringLiteral("SUP-42"));
        QVERIFY(issued.linkId > 0);
        const LinkRecord link = *m_log->link(issued.linkId);
        QCOMPARE(link.state, LinkState::Waiting);
        QCOMPARE(link.environment, Environment);
        QCOMPARE(link.ownerKind, QStringLiteral("user"));
        QCOMPARE(link.ownerId, QString(AliceUserId));
        QCOMPARE(link.userEmail, QString(AliceEmail));
        QCOMPARE(link.providerSlug, QString(SlackSlug));
        QCOMPARE(link.connectionId, QString(AliceSlackAccountId));
        QCOMPARE(link.intent, LinkIntent::Reauthorize);
        QCOMPARE(link.ticket, QStringLiteral("SUP-42"));
        QCOMPARE(link.operatorName, m_log->operatorName());
        QCOMPARE(link.host, AuditLog::currentHost());
        QVERIFY(link.auditId > 0);
        QCOMPARE(m_log->record(link.auditId)->entry.action, AuditAction::ConnectLink);
        QVERIFY(qAbs(link.issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 10);
    }

    void linkCompletedOnTheSandboxReadsCompletedFromItsEvent()
    {
        const Issued issued = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId);
        QVERIFY(issued.linkId > 0);
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        QSignalSpy completed(&tracker, &LinkTracker::linkCompleted);
        QVERIFY(refresh(tracker));
        QCOMPARE(stateOf(issued.linkId), LinkState::Waiting); // nothing happened yet
        QVERIFY(completed.isEmpty());

        QVERIFY(customerCompletes(issued.url));
        QVERIFY(refresh(tracker));
        QVERIFY(tracker.usedEvents());
        QCOMPARE(stateOf(issued.linkId), LinkState::Completed);
        QCOMPARE(m_log->link(issued.linkId)->completedConnectionId, QString(AliceSlackAccountId));
        QCOMPARE(completed.size(), 1);
        QCOMPARE(completed.first().first().value<LinkRecord>().id, issued.linkId);
    }

    void withoutEventsAConnectionReadCompletesIt()
    {
        eventsUnavailable();
        const Issued issued = issue(NotionSlug, AuthorizeRequest::Intent::Slot);
        QVERIFY(issued.linkId > 0);
        qint64 clock = 0;
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        tracker.setClock([&clock] { return clock; });
        QVERIFY(refresh(tracker));
        QCOMPARE(stateOf(issued.linkId), LinkState::Waiting);
        QVERIFY(!tracker.usedEvents());
        const int afterFirst = tracker.requestsSent();

        // Back-off: the next refresh right away reads nothing for this link.
        QVERIFY(refresh(tracker));
        QCOMPARE(tracker.requestsSent(), afterFirst);

        QVERIFY(customerCompletes(issued.url));
        clock += 30 * 1000;
        QSignalSpy completed(&tracker, &LinkTracker::linkCompleted);
        QVERIFY(refresh(tracker));
        QCOMPARE(tracker.requestsSent(), afterFirst + 1);
        QCOMPARE(stateOf(issued.linkId), LinkState::Completed);
        QCOMPARE(completed.size(), 1);
        QVERIFY(m_log->link(issued.linkId)->lastCheckedAt.isValid());
    }

    void connectionReadsStayWithinTheBudget()
    {
        eventsUnavailable();
        for (const QString &slug : {QString(NotionSlug), QString(LinearSlug), QString(HubspotSlug),
                                    QString(MicrosoftOutlookSlug), QString(GoogleDriveSlug)})
            QVERIFY(issue(slug, AuthorizeRequest::Intent::Slot).linkId > 0);
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        LinkTracker::Options options;
        options.readsPerRefresh = 2;
        tracker.setOptions(options);
        QVERIFY(refresh(tracker));
        QCOMPARE(tracker.requestsSent(), 1 + 2); // the refused events read, two connection reads
    }

    void secondLinkForTheSameConnectionSupersedesTheFirst()
    {
        const Issued first = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId);
        const Issued other = issue(GithubSlug, AuthorizeRequest::Intent::Reauthorize, AliceGithubContractorAccountId);
        const Issued second = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId);
        QVERIFY(first.linkId > 0 && second.linkId > first.linkId);
        QCOMPARE(stateOf(first.linkId), LinkState::Superseded);
        QCOMPARE(stateOf(second.linkId), LinkState::Waiting);
        QCOMPARE(stateOf(other.linkId), LinkState::Waiting); // another connection: untouched

        // Only the newest is followed: completing it completes it, the old one stays superseded.
        QVERIFY(customerCompletes(second.url));
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        QVERIFY(refresh(tracker));
        QCOMPARE(stateOf(second.linkId), LinkState::Completed);
        QCOMPARE(stateOf(first.linkId), LinkState::Superseded);
        QCOMPARE(stateOf(other.linkId), LinkState::Waiting);
    }

    void closedByHandStaysClosed()
    {
        const Issued issued = issue(NotionSlug, AuthorizeRequest::Intent::Slot);
        QSignalSpy changed(m_log.get(), &AuditLog::linksChanged);
        QVERIFY(m_log->setLinkState(issued.linkId, LinkState::Closed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(stateOf(issued.linkId), LinkState::Closed);
        QString why;
        QVERIFY(!m_log->setLinkState(issued.linkId, LinkState::Closed, QString(), &why));
        QVERIFY(!why.isEmpty());
        // The customer finishes later: a closed link is not followed any more.
        QVERIFY(customerCompletes(issued.url));
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        QSignalSpy completed(&tracker, &LinkTracker::linkCompleted);
        QVERIFY(refresh(tracker));
        QCOMPARE(stateOf(issued.linkId), LinkState::Closed);
        QVERIFY(completed.isEmpty());
    }

    void staleAfterTheConfiguredAge()
    {
        const Issued issued = issue(NotionSlug, AuthorizeRequest::Intent::Slot);
        const LinkRecord link = *m_log->link(issued.linkId);
        const QDateTime issuedAt = link.issuedAt;
        const qint64 day = LinkSettings::DefaultStaleAfterSeconds;
        QCOMPARE(LinkNames::displayState(link, issuedAt.addSecs(day - 60), day), QStringLiteral("waiting"));
        QCOMPARE(LinkNames::displayState(link, issuedAt.addSecs(day), day), QStringLiteral("stale"));
        QCOMPARE(LinkNames::ageText(issuedAt, issuedAt.addSecs(day + 3600)), QStringLiteral("1 d"));
        QCOMPARE(LinkNames::displayState(link, issuedAt.addSecs(3 * 3600), 2 * 3600), QStringLiteral("stale"));
        // A completed link is never stale.
        LinkRecord done = link;
        done.state = LinkState::Completed;
        QCOMPARE(LinkNames::displayState(done, issuedAt.addSecs(10 * day), day), QStringLiteral("completed"));

        // The age comes from the user's setting, else the provisioning file, else 24 hours.
        QSettings settings(m_dir->filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        const QString provisioning = m_dir->filePath(QStringLiteral("provisioning.conf"));
        QCOMPARE(LinkTracker::staleAfterSeconds(settings, provisioning), day);
        {
            QSettings file(provisioning, QSettings::IniFormat);
            file.setValue(QStringLiteral("links/staleAfterHours"), 48);
        }
        QCOMPARE(LinkTracker::staleAfterSeconds(settings, provisioning), 48 * 3600);
        settings.setValue(QLatin1String(LinkSettings::StaleAfterHoursKey), 6);
        QCOMPARE(LinkTracker::staleAfterSeconds(settings, provisioning), 6 * 3600);
    }

    void linksOfAnotherEnvironmentAreNotRead()
    {
        const Issued issued = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId);
        QVERIFY(customerCompletes(issued.url));
        LinkTracker tracker(m_log.get(), m_client.get(), QStringLiteral("Production"));
        QVERIFY(refresh(tracker));
        QCOMPARE(tracker.requestsSent(), 0);
        QCOMPARE(stateOf(issued.linkId), LinkState::Waiting);
    }

    void destroyedMidFlightCancelsCleanly()
    {
        eventsUnavailable();
        const Issued issued = issue(NotionSlug, AuthorizeRequest::Intent::Slot);
        SandboxFault slow;
        slow.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
        slow.action = SandboxFault::Action::DripBody;
        slow.dripIntervalMs = 200;
        m_server->addFault(slow);
        auto tracker = std::make_unique<LinkTracker>(m_log.get(), m_client.get(), Environment);
        QSignalSpy completed(tracker.get(), &LinkTracker::linkCompleted);
        tracker->refreshNow();
        const auto readArrived = [this] {
            for (const SandboxRequestRecord &r : m_server->requests()) {
                if (r.path.endsWith(QLatin1String("/data_providers")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(readArrived());
        QVERIFY(tracker->isRefreshing());
        QCOMPARE(m_client->inFlight(), 1);
        tracker.reset(); // the environment switched
        QTest::qWait(200);
        QCOMPARE(m_client->inFlight(), 0);
        QCOMPARE(stateOf(issued.linkId), LinkState::Waiting);
    }

    void matchingNeedsTheRightConnectionAndATimeAfterTheLink()
    {
        LinkRecord link;
        link.ownerKind = QStringLiteral("user");
        link.ownerId = AliceUserId;
        link.providerSlug = SlackSlug;
        link.intent = LinkIntent::Reauthorize;
        link.connectionId = QStringLiteral("data_installation_A");
        link.issuedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0, 0, 500), Qt::UTC);
        PipesEvent event;
        event.kind = PipesEventKind::Connected;
        event.providerSlug = SlackSlug;
        event.userId = AliceUserId;
        event.connectedAccountId = link.connectionId;
        event.createdAt = link.issuedAt.addSecs(30);
        QCOMPARE(LinkMatch::fromEvents(link, {event}), std::optional<QString>(link.connectionId));
        PipesEvent before = event;
        before.createdAt = link.issuedAt.addSecs(-30);
        PipesEvent otherConnection = event;
        otherConnection.connectedAccountId = QStringLiteral("data_installation_B");
        PipesEvent disconnected = event;
        disconnected.kind = PipesEventKind::Disconnected;
        PipesEvent otherUser = event;
        otherUser.userId = BobUserId;
        QCOMPARE(LinkMatch::fromEvents(link, {before, otherConnection, disconnected, otherUser}), std::nullopt);

        ConnectedAccount account;
        account.id = link.connectionId;
        account.state = ConnectionState::Connected;
        account.updatedAt = link.issuedAt.addSecs(5);
        QCOMPARE(LinkMatch::fromConnections(link, {account}), std::optional<QString>(account.id));
        // The API's whole second of the link counts (no milliseconds on the wire).
        account.updatedAt = QDateTime(QDate(2026, 5, 1), QTime(12, 0, 0), Qt::UTC);
        QVERIFY(LinkMatch::fromConnections(link, {account}));
        account.updatedAt = link.issuedAt.addSecs(-60);
        QCOMPARE(LinkMatch::fromConnections(link, {account}), std::nullopt);
        account.updatedAt = link.issuedAt.addSecs(5);
        account.state = ConnectionState::NeedsReauthorization;
        QCOMPARE(LinkMatch::fromConnections(link, {account}), std::nullopt);
    }

    void theStoreNeverHoldsTheApiKey()
    {
        const Issued a = issue(SlackSlug, AuthorizeRequest::Intent::Reauthorize, AliceSlackAccountId);
        const Issued b = issue(NotionSlug, AuthorizeRequest::Intent::Slot);
        QVERIFY(a.linkId > 0 && b.linkId > 0);
        QVERIFY(customerCompletes(a.url));
        LinkTracker tracker(m_log.get(), m_client.get(), Environment);
        QVERIFY(refresh(tracker));
        QCOMPARE(stateOf(a.linkId), LinkState::Completed);
        // Every cell of every table, and the bytes of the files.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        int cells = 0;
        for (const QString &table : {QStringLiteral("links"), QStringLiteral("actions")}) {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + table));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    ++cells;
                    QVERIFY2(!q.value(i).toString().contains(Key), qPrintable(table));
                    // Not even the link's token: the URL is not kept.
                    QVERIFY2(!q.value(i).toString().contains(a.url.path()), qPrintable(table));
                }
            }
        }
        QVERIFY(cells > 20);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("scan"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(dbPath() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QVERIFY(!file.readAll().contains(Key.toUtf8()));
        }
    }

    void version2StoreGainsTheLinksTable()
    {
        m_log.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(dbPath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DROP TABLE links")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_schema SET version = 2")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        m_log = std::make_unique<AuditLog>(dbPath());
        QString error;
        QVERIFY2(m_log->open(&error), qPrintable(error));
        QCOMPARE(m_log->schemaVersion(), 3);
        QVERIFY(issue(NotionSlug, AuthorizeRequest::Intent::Slot).linkId > 0);
        QCOMPARE(m_log->links(LinkFilter{}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLinkTracker)
#include "tst_linktracker.moc"
