// The audited-action service against the sandbox and a real audit log: the
// intent is on disk before the request reaches the server, the completion
// carries the answer's request id, and no record means no request.

#include "audit/AuditService.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SandboxSeed;

namespace {
const QString Reason = QStringLiteral("TICKET-8812 customer asked");

AuditEntry disconnectEntry(const QString &userId, const QString &slug)
{
    AuditEntry entry;
    entry.action = AuditAction::Disconnect;
    entry.userId = userId;
    entry.userEmail = QStringLiteral("someone@example.com");
    entry.providerSlug = slug;
    entry.reason = Reason;
    return entry;
}
} // namespace

class TestAuditService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WorkOsClient> m_client;
    std::unique_ptr<AuditLog> m_log;
    QStringList m_wireIds; // x-request-id of every answer, read off the manager

    AuditService::Send<NoContent> deleteOf(const QString &userId, const QString &slug, int *sent = nullptr)
    {
        return [this, userId, slug, sent](QObject *context, WorkOsClient::Callback<NoContent> done) {
            if (sent)
                ++*sent;
            // Alice's Slack connection by its id; for anyone else an id that is not theirs (404).
            const QString id = slug == SlackSlug ? QString(AliceSlackAccountId) : QString(AliceGithubAccountId);
            return m_client->deleteConnectedAccount(ConnectionTarget{Owner::user(userId), slug, QString(), id}, context,
                                                    std::move(done));
        };
    }

    AuditService service() const { return AuditService(AuditContext{m_log.get(), QStringLiteral("Sandbox"), QString()}); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY(m_server->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_wireIds.clear();
        connect(m_nam.get(), &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) { m_wireIds.append(QString::fromLatin1(reply->rawHeader("x-request-id"))); });
        ClientConfig config;
        config.baseUrl = m_server->baseUrl();
        config.apiKey = m_server->apiKey();
        config.retry = RetryPolicy::none();
        m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
        m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.sqlite3")));
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

    void intentIsWrittenBeforeTheCallAndCompletedWithItsRequestId()
    {
        // While the server handles the delete, the row is already there, pending.
        int pendingWhenServerActed = -1;
        connect(m_server.get(), &SandboxServer::accountChanged, this, [this, &pendingWhenServerActed] {
            AuditFilter pending;
            pending.outcomes = {AuditOutcome::Pending};
            pendingWhenServerActed = m_log->count(pending);
        });
        const AuditService audit = service();
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(AliceUserId, SlackSlug);
        action.whenNotFound = AuditOutcome::AlreadyAbsent;
        std::optional<AuditOutcome> outcomeWhenDone;
        int answers = 0;
        QString refusal;
        QPointer<ApiCall> call = audit.run<NoContent>(
            action, this, deleteOf(AliceUserId, SlackSlug),
            [this, &outcomeWhenDone, &answers](const ApiResult<NoContent> &result) {
                ++answers;
                QVERIFY(result.ok());
                // The record is complete before the caller hears of the answer.
                outcomeWhenDone = m_log->query({}).constFirst().completion.outcome;
            },
            &refusal);
        QVERIFY(call);
        QVERIFY(refusal.isEmpty());
        QCOMPARE(m_log->count({}), 1); // the intent, before any answer
        QCOMPARE(m_log->query({}).constFirst().completion.outcome, AuditOutcome::Pending);
        QTRY_COMPARE(answers, 1);
        QCOMPARE(pendingWhenServerActed, 1);
        QCOMPARE(outcomeWhenDone, AuditOutcome::Succeeded);

        const QList<AuditRecord> records = m_log->query({});
        QCOMPARE(records.size(), 1);
        const AuditRecord &r = records.constFirst();
        QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
        QCOMPARE(r.completion.httpStatus, 204);
        QCOMPARE(m_wireIds.size(), 1);
        QVERIFY(m_wireIds.constFirst().startsWith(QStringLiteral("req_")));
        QCOMPARE(r.completion.requestId, m_wireIds.constFirst());
        QCOMPARE(r.entry.reason, Reason);
        QCOMPARE(r.entry.environment, QStringLiteral("Sandbox"));
        QCOMPARE(r.entry.userId, QString(AliceUserId));
        QVERIFY(r.completedAt.isValid());
        QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 1);
    }

    void notFoundIsRecordedAsTheActionSays()
    {
        const AuditService audit = service();
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(BobUserId, GithubSlug); // Bob has no GitHub account
        action.whenNotFound = AuditOutcome::AlreadyAbsent;
        int answers = 0;
        QVERIFY(audit.run<NoContent>(action, this, deleteOf(BobUserId, GithubSlug),
                                     [&answers](const ApiResult<NoContent> &result) {
                                         ++answers;
                                         QVERIFY(result.error().isNotFound());
                                     },
                                     nullptr));
        QTRY_COMPARE(answers, 1);
        const AuditRecord r = m_log->query({}).constFirst();
        QCOMPARE(r.completion.outcome, AuditOutcome::AlreadyAbsent);
        QCOMPARE(r.completion.httpStatus, 404);
        QCOMPARE(r.completion.requestId, m_wireIds.constLast());
        QVERIFY(!r.completion.detail.isEmpty());
    }

    void aDeleteWhoseAnswerWasLostAndWhoseResendFindsNothingIsGoneOnRetry_data()
    {
        QTest::addColumn<bool>("ourRetries");
        QTest::addColumn<bool>("keptAlive");
        QTest::newRow("Qt resends on the kept-alive connection") << false << true;
        QTest::newRow("our retry policy retries") << true << false;
    }

    void aDeleteWhoseAnswerWasLostAndWhoseResendFindsNothingIsGoneOnRetry()
    {
        QFETCH(bool, ourRetries);
        QFETCH(bool, keptAlive);
        if (ourRetries) {
            ClientConfig config;
            config.baseUrl = m_server->baseUrl();
            config.apiKey = m_server->apiKey();
            config.retry.baseDelayMs = 50;
            config.retry.jitter = false;
            m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
        }
        if (keptAlive) { // a connection to reuse, as a desk that just read the user has
            bool read = false;
            m_client->listDataProviders(Owner::user(AliceUserId), QString(), this,
                                        [&read](const auto &) { read = true; });
            QTRY_VERIFY(read);
        }
        // The DELETE is carried out, and its answer never comes back.
        SandboxFault fault;
        fault.method = "DELETE";
        fault.action = SandboxFault::Action::PerformThenDrop;
        m_server->addFault(fault);
        const AuditService audit = service();
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(AliceUserId, SlackSlug);
        action.whenNotFound = AuditOutcome::AlreadyAbsent;
        std::optional<ApiError> error;
        QVERIFY(audit.run<NoContent>(action, this, deleteOf(AliceUserId, SlackSlug),
                                     [&error](const ApiResult<NoContent> &result) {
                                         error = result.ok() ? ApiError() : result.error();
                                     },
                                     nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        // Sent twice: the first deleted it, the second found nothing.
        QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 2);
        QVERIFY2(error->isNotFound(), qPrintable(error->fullText()));
        QVERIFY(error->earlierAnswerLost);
        const AuditRecord r = m_log->query({}).constFirst();
        QCOMPARE(r.completion.outcome, AuditOutcome::GoneOnRetry);
        QCOMPARE(AuditNames::outcomeText(r.completion.outcome), QStringLiteral("Disconnected — gone on retry"));
        QCOMPARE(r.completion.httpStatus, 404);

        // A 404 on the first sending, with the same client: already absent, as before.
        error.reset();
        QVERIFY(audit.run<NoContent>(action, this, deleteOf(AliceUserId, SlackSlug),
                                     [&error](const ApiResult<NoContent> &result) {
                                         error = result.ok() ? ApiError() : result.error();
                                     },
                                     nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 10000);
        QVERIFY(error->isNotFound() && !error->earlierAnswerLost);
        QCOMPARE(m_log->query({}).constFirst().completion.outcome, AuditOutcome::AlreadyAbsent);
    }

    void refusesToSendWhenTheIntentCannotBeWritten()
    {
        // A log that could not be opened (its folder is a file), and one closed after opening.
        const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        AuditLog unwritable(blocker + QStringLiteral("/audit.sqlite3"));
        QVERIFY(!unwritable.open());
        AuditLog closed(m_dir->filePath(QStringLiteral("closed.sqlite3")));
        QVERIFY(closed.open());
        closed.close();

        for (AuditLog *log : {&unwritable, &closed, static_cast<AuditLog *>(nullptr)}) {
            const AuditService audit(AuditContext{log, QStringLiteral("Sandbox"), QString()});
            AuditService::Action<NoContent> action;
            action.entry = disconnectEntry(AliceUserId, SlackSlug);
            int sent = 0;
            int answers = 0;
            QString refusal;
            ApiCall *call = audit.run<NoContent>(action, this, deleteOf(AliceUserId, SlackSlug, &sent),
                                                 [&answers](const ApiResult<NoContent> &) { ++answers; }, &refusal);
            QVERIFY(!call);
            QVERIFY(!refusal.isEmpty());
            QCOMPARE(sent, 0);
            QCoreApplication::processEvents();
            QCOMPARE(answers, 0);
        }
        QCOMPARE(m_server->requestCount(), 0);
        // Alice's Slack account is untouched.
        const SandboxProvider *slack = m_server->store().provider(SlackSlug);
        QVERIFY(m_server->store().account(m_server->store().accountKey(*slack, AliceUserId, QString())));
        QCOMPARE(m_log->count({}), 0);
    }

    void aRefusedValueIsRecordedAsFailedButStillHandedBack()
    {
        const AuditService audit = service();
        AuditService::Action<AuthorizeUrl> action;
        action.entry = disconnectEntry(AliceUserId, GithubSlug);
        action.entry.action = AuditAction::ConnectLink;
        action.refuse = [](const AuthorizeUrl &) { return QStringLiteral("not handed out"); };
        AuthorizeRequest request;
        request.providerSlug = GithubSlug;
        request.userId = AliceUserId;
        std::optional<ApiResult<AuthorizeUrl>> answer;
        QVERIFY(audit.run<AuthorizeUrl>(
            action, this,
            [this, request](QObject *context, WorkOsClient::Callback<AuthorizeUrl> done) {
                return m_client->createAuthorizeUrl(request, context, std::move(done));
            },
            [&answer](const ApiResult<AuthorizeUrl> &result) { answer.emplace(result); }, nullptr));
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        const AuditRecord r = m_log->query({}).constFirst();
        QCOMPARE(r.completion.outcome, AuditOutcome::Failed);
        QCOMPARE(r.completion.detail, QStringLiteral("not handed out"));
        QCOMPARE(r.completion.httpStatus, answer->facts().httpStatus);
        QCOMPARE(r.completion.requestId, m_wireIds.constLast());
    }

    void anOwnerGoneMidFlightLeavesTheRecordCancelled()
    {
        m_server->setLatencyMs(300);
        const AuditService audit = service();
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(AliceUserId, SlackSlug);
        action.abandonedDetail = QStringLiteral("owner went away");
        auto owner = std::make_unique<QObject>();
        int answers = 0;
        QVERIFY(audit.run<NoContent>(action, owner.get(), deleteOf(AliceUserId, SlackSlug),
                                     [&answers](const ApiResult<NoContent> &) { ++answers; }, nullptr));
        QCOMPARE(m_log->query({}).constFirst().completion.outcome, AuditOutcome::Pending);
        owner.reset();
        const AuditRecord r = m_log->query({}).constFirst();
        QCOMPARE(r.completion.outcome, AuditOutcome::Cancelled);
        QCOMPARE(r.completion.detail, QStringLiteral("owner went away"));
        QTRY_COMPARE(m_client->inFlight(), 0);
        QCOMPARE(answers, 0);
        // The late answer does not rewrite the record.
        QCOMPARE(m_log->query({}).constFirst().completion.outcome, AuditOutcome::Cancelled);
    }

    void aCancelledCallIsRecordedCancelled()
    {
        m_server->setLatencyMs(300);
        const AuditService audit = service();
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(AliceUserId, SlackSlug);
        int answers = 0;
        QPointer<ApiCall> call = audit.run<NoContent>(action, this, deleteOf(AliceUserId, SlackSlug),
                                                      [&answers](const ApiResult<NoContent> &) { ++answers; },
                                                      nullptr);
        QVERIFY(call);
        call->cancel();
        // Cancelling never calls back, yet the record is completed at once.
        QCOMPARE(answers, 0);
        QCOMPARE(m_log->query({}).constFirst().completion.outcome, AuditOutcome::Cancelled);
        QVERIFY(m_log->query({}).constFirst().completion.detail.contains(QStringLiteral("Cancelled before the answer")));
        QCOMPARE(m_client->inFlight(), 0);
        QTRY_VERIFY(!call); // deleted itself
        QCOMPARE(answers, 0);
    }

    void completionFailuresReachTheHandler()
    {
        m_server->setLatencyMs(100);
        AuditService audit = service();
        QStringList warnings;
        audit.setCompletionFailureHandler([&warnings](const QString &why) { warnings.append(why); });
        AuditService::Action<NoContent> action;
        action.entry = disconnectEntry(AliceUserId, SlackSlug);
        int answers = 0;
        QVERIFY(audit.run<NoContent>(action, this, deleteOf(AliceUserId, SlackSlug),
                                     [&answers](const ApiResult<NoContent> &) { ++answers; }, nullptr));
        m_log->close(); // the disk went away while the request was out
        QTRY_COMPARE(answers, 1);
        QCOMPARE(warnings.size(), 1);
    }

    void warnsWhenAnotherOperatorJustActedOnTheConnection()
    {
        const AuditService audit = service();
        QCOMPARE(audit.recentActivityWarning(AliceUserId, SlackSlug, QString(), QStringLiteral("Slack")), QString());
        // This operator's own action is no warning.
        QVERIFY(m_log->begin(disconnectEntry(AliceUserId, SlackSlug)));
        QCOMPARE(audit.recentActivityWarning(AliceUserId, SlackSlug, QString(), QStringLiteral("Slack")), QString());
        // Sam, at another desk of the same store, disconnected it.
        AuditLog sams(m_dir->filePath(QStringLiteral("audit.sqlite3")));
        sams.setOperatorName(QStringLiteral("Sam"));
        QVERIFY(sams.open());
        AuditEntry e = disconnectEntry(AliceUserId, SlackSlug);
        e.reason = QStringLiteral("SUP-88");
        QVERIFY(sams.begin(e));
        const QString warning = audit.recentActivityWarning(AliceUserId, SlackSlug, QString(), QStringLiteral("Slack"));
        QVERIFY2(warning.startsWith(QStringLiteral("Sam disconnected Slack less than a minute ago")), qPrintable(warning));
        QVERIFY2(warning.endsWith(QStringLiteral(", ticket SUP-88.")), qPrintable(warning));
        // Another user, another provider, another organization scope, or long ago: nothing.
        QCOMPARE(audit.recentActivityWarning(BobUserId, SlackSlug, QString(), QStringLiteral("Slack")), QString());
        QCOMPARE(audit.recentActivityWarning(AliceUserId, GithubSlug, QString(), QStringLiteral("GitHub")), QString());
        QCOMPARE(audit.recentActivityWarning(AliceUserId, SlackSlug, QStringLiteral("org_x"), QStringLiteral("Slack")),
                 QString());
    }
};

QTEST_GUILESS_MAIN(TestAuditService)
#include "tst_auditservice.moc"
