// BatchEngine against the in-process sandbox: outcomes, faults, retries,
// 429 pauses, pause/resume/cancel, dry run and the real run.

#include "batch/BatchInput.h"
#include "BatchTestSupport.h"
#include "sandbox/SandboxSeed.h"

#include <QElapsedTimer>
#include <QSet>

using namespace SandboxSeed;

namespace {
QString dataProvidersPath(const QString &userId)
{
    return QStringLiteral("/user_management/users/%1/data_providers").arg(userId);
}

SandboxFault fault(SandboxFault::Action action, const QString &path, int status = 500, int times = 1)
{
    SandboxFault f;
    f.action = action;
    f.pathPattern = path;
    f.status = status;
    f.times = times;
    return f;
}

QList<BatchItem> usersAsItems(const QList<SandboxUser> &users, int count)
{
    QList<BatchItem> items;
    for (int i = 0; i < count && i < users.size(); ++i) {
        BatchItem item = batchItemForUser(users.at(i).id, users.at(i).email);
        item.line = i + 1;
        items.append(item);
    }
    return items;
}

const BatchItem *itemFor(const BatchEngine &engine, const QString &input)
{
    for (const BatchItem &item : engine.items()) {
        if (item.input == input)
            return &item;
    }
    return nullptr;
}

// The (user, github) connections that exist in the store, every one of them, by id.
QSet<QString> githubConnections(SandboxStore &store, const QList<BatchItem> &items)
{
    QSet<QString> ids;
    const SandboxProvider *github = store.provider(GithubSlug);
    for (const BatchItem &item : items) {
        for (const SandboxAccount &a : store.accounts(store.accountKey(*github, item.userId, QString())))
            ids.insert(a.id);
    }
    return ids;
}

// The users who have at least one github connection.
QSet<QString> githubOwners(SandboxStore &store, const QList<BatchItem> &items)
{
    QSet<QString> owners;
    const SandboxProvider *github = store.provider(GithubSlug);
    for (const BatchItem &item : items) {
        if (!store.accounts(store.accountKey(*github, item.userId, QString())).isEmpty())
            owners.insert(item.userId);
    }
    return owners;
}

// A Disconnect item for the user's first (compatibility) github connection, by its id.
BatchItem githubTarget(SandboxStore &store, const QString &userId)
{
    BatchItem item = batchItemForUser(userId);
    const std::optional<SandboxAccount> a = store.account(store.accountKey(*store.provider(GithubSlug), userId, QString()));
    if (a) {
        ConnectedAccount connection;
        connection.id = a->id;
        connection.accountDisplayName = a->displayName;
        item.account = connection;
    }
    return item;
}
} // namespace

class TestBatchEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkStatusGivesEveryLineExactlyOneOutcome();
    void requestsPerItemStayWithinTheRetryPolicy();
    void a429PausesDispatchAndTheBatchCarriesOn();
    void retryFailedRequeuesOnlyFailedItems();
    void pauseStopsSendingAndResumeCarriesOn();
    void cancelLeavesNothingWithoutAnOutcome();
    void cancelLetsInFlightDeletesFinish();
    void dryRunChangesNothing();
    void realRunDeletesExactlyThePreviewedAccounts();
    void aSharedConnectionIsNotDeletedPerUser();
    void disconnectNeedsARecorderThatWorks();
    void concurrencyIsBounded();
    void theNextRequestLeavesBeforeAnAnswerIsDecoded();
    void aHighConcurrencySpreadsOverTheInjectedPool();
};

void TestBatchEngine::checkStatusGivesEveryLineExactlyOneOutcome()
{
    SandboxOptions options;
    options.latencyMs = 30;
    SandboxRig rig(options);
    rig.server->addFault(fault(SandboxFault::Action::Respond, dataProvidersPath(DaveUserId), 500, -1));
    rig.server->addFault(fault(SandboxFault::Action::MalformedBody, dataProvidersPath(ErinUserId), 200, -1));
    rig.server->addFault(fault(SandboxFault::Action::DropConnection, dataProvidersPath(FrankUserId), 0, 1));

    const QString text = QStringLiteral("email\n") + QString(AliceUserId) + QStringLiteral("\n") + QString(BobEmail)
        + QStringLiteral("\nnobody@example.com\n") + QString(MissingUserId) + QStringLiteral("\nnot an email\n")
        + QString(DaveUserId) + QStringLiteral("\n") + QString(ErinUserId) + QStringLiteral("\n") + QString(FrankEmail)
        + QStringLiteral("\n");
    const QList<BatchItem> items = batchItemsFrom(BatchInput::parse(text));
    QCOMPARE(items.size(), 8);

    BatchEngine engine(rig.client.get());
    QSignalSpy finishedItems(&engine, &BatchEngine::itemFinished);
    QVERIFY(engine.start({}, items));
    QVERIFY(waitForFinished(engine));

    // Exactly one itemFinished per item that ran (the invalid line had its outcome already).
    QList<int> indexes;
    for (const QList<QVariant> &args : std::as_const(finishedItems))
        indexes.append(args.at(0).toInt());
    QCOMPARE(indexes.size(), 7);
    QCOMPARE(QSet<int>(indexes.cbegin(), indexes.cend()).size(), 7);
    for (const BatchItem &item : engine.items())
        QVERIFY2(item.isFinished(), qPrintable(item.input));

    QCOMPARE(itemFor(engine, AliceUserId)->outcome, BatchOutcome::Checked);
    QCOMPARE(itemFor(engine, AliceUserId)->providers.size(), DemoProviderCount);
    const BatchItem *bob = itemFor(engine, BobEmail);
    QCOMPARE(bob->outcome, BatchOutcome::Checked);
    QCOMPARE(bob->userId, QString(BobUserId)); // resolved from the email
    QCOMPARE(bob->requests, 2);                // one lookup, one read
    QCOMPARE(itemFor(engine, QStringLiteral("nobody@example.com"))->outcome, BatchOutcome::EmailNotFound);
    QCOMPARE(itemFor(engine, MissingUserId)->outcome, BatchOutcome::UserNotFound);
    QCOMPARE(itemFor(engine, QStringLiteral("not an email"))->outcome, BatchOutcome::InvalidInput);
    QCOMPARE(itemFor(engine, QStringLiteral("not an email"))->line, 6);
    const BatchItem *dave = itemFor(engine, DaveUserId);
    QCOMPARE(dave->outcome, BatchOutcome::Failed);
    QCOMPARE(dave->httpStatus, 500);
    QVERIFY(!dave->requestId.isEmpty());
    QVERIFY(dave->detail.contains(QStringLiteral("500")));
    QCOMPARE(itemFor(engine, ErinUserId)->outcome, BatchOutcome::Failed); // malformed body
    QCOMPARE(itemFor(engine, FrankEmail)->outcome, BatchOutcome::Checked); // the dropped connection was retried
    // (Qt's network layer resends on a dropped keep-alive connection by itself, unseen by the client's count.)
    QCOMPARE(rig.server->requestCount("GET", dataProvidersPath(FrankUserId)), 2);

    const BatchProgress progress = engine.progress();
    QCOMPARE(progress.total, 8);
    QCOMPARE(progress.finished, 8);
    QCOMPARE(progress.problems, 5);
    QVERIFY(progress.requestsSent <= rig.server->requestCount());
}

void TestBatchEngine::requestsPerItemStayWithinTheRetryPolicy()
{
    SandboxRig rig;
    const int allowed = 1 + rig.client->config().retry.maxRetries;
    rig.server->addFault(fault(SandboxFault::Action::Respond, dataProvidersPath(DaveUserId), 503, -1));
    SandboxFault limited = fault(SandboxFault::Action::Respond, dataProvidersPath(CarolUserId), 429, 2);
    limited.retryAfter = "1";
    rig.server->addFault(limited);

    BatchEngine engine(rig.client.get());
    QVERIFY(engine.start({}, {batchItemForUser(DaveUserId), batchItemForUser(CarolUserId)}));
    QVERIFY(waitForFinished(engine));

    // Dave: 503 every time: the client's policy allows 1 + 3 requests, and the engine adds none.
    QCOMPARE(rig.server->requestCount("GET", dataProvidersPath(DaveUserId)), allowed);
    QCOMPARE(engine.items().at(0).requests, allowed);
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    // Carol: two 429s honoured by the client (Retry-After 1 s), then the answer.
    QCOMPARE(engine.items().at(1).outcome, BatchOutcome::Checked);
    QCOMPARE(rig.server->requestCount("GET", dataProvidersPath(CarolUserId)), 3);
    QCOMPARE(engine.items().at(1).requests, 3);
    QCOMPARE(engine.progress().requestsSent, rig.server->requestCount());
}

void TestBatchEngine::a429PausesDispatchAndTheBatchCarriesOn()
{
    SandboxRig rig({}, RetryPolicy::none()); // every 429 reaches the engine
    SandboxFault limited = fault(SandboxFault::Action::Respond, dataProvidersPath(AliceUserId), 429, 1);
    limited.retryAfter = "1";
    rig.server->addFault(limited);

    // On a fake clock: the pause ends when the clock says 1 s has passed, not before, however long the test takes.
    BatchSettings settings;
    settings.concurrency = 1;
    FakeClock clock;
    ClientPool pool(rig.client.get());
    BatchEngine engine(&pool, &clock, settings);
    QSignalSpy rateLimited(&engine, &BatchEngine::rateLimited);
    int inFlightAtThe429 = -1;
    connect(&engine, &BatchEngine::rateLimited, this, [&] { inFlightAtThe429 = rig.client->inFlight(); });
    QVERIFY(engine.start({}, {batchItemForUser(AliceUserId), batchItemForUser(BobUserId), batchItemForUser(CarolUserId)}));
    QTRY_COMPARE_WITH_TIMEOUT(rateLimited.size(), 1, 5000);
    QCOMPARE(rateLimited.at(0).at(0).toInt(), 1000);
    // A 429 frees no slot early: nothing else had gone out when the pause began.
    QCOMPARE(inFlightAtThe429, 0);
    QVERIFY(engine.progress().waitingForRateLimit);

    // While paused for Retry-After nothing else goes out (dispatch is synchronous, so
    // "nothing in flight, two queued" after the engine looked again means nothing was sent).
    clock.advance(999);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(engine.progress().waitingForRateLimit);
    QCOMPARE(engine.progress().inFlight, 0);
    QCOMPARE(engine.progress().queued, 2);
    QCOMPARE(rig.server->requestCount(), 1);

    // The moment the clock reaches the end of the pause, dispatch carries on
    // (not a real second later: the engine decides by the injected clock).
    clock.advance(1);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QVERIFY(!engine.progress().waitingForRateLimit);
    QVERIFY(engine.progress().queued < 2);
    QVERIFY(waitForFinished(engine));

    // With no retries allowed by the policy, Alice's one request was all she could get.
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    QCOMPARE(engine.items().at(0).httpStatus, 429);
    QCOMPARE(engine.items().at(0).requests, 1);
    QCOMPARE(engine.items().at(1).outcome, BatchOutcome::Checked);
    QCOMPARE(engine.items().at(2).outcome, BatchOutcome::Checked);
    QCOMPARE(engine.progress().rateLimited, 1);
    QCOMPARE(rig.server->requestCount(), 3);
}

void TestBatchEngine::retryFailedRequeuesOnlyFailedItems()
{
    SandboxRig rig({}, RetryPolicy::none());
    rig.server->addFault(fault(SandboxFault::Action::Respond, dataProvidersPath(AliceUserId), 502, 1));
    BatchEngine engine(rig.client.get());
    QVERIFY(engine.start({}, {batchItemForUser(AliceUserId), batchItemForUser(BobUserId),
                              batchItemForUser(MissingUserId)}));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    QCOMPARE(engine.items().at(2).outcome, BatchOutcome::UserNotFound);
    rig.server->clearRequestLog();

    QCOMPARE(engine.retryFailed(), 1);
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Checked);
    QCOMPARE(engine.items().at(1).outcome, BatchOutcome::Checked);
    QCOMPARE(engine.items().at(2).outcome, BatchOutcome::UserNotFound); // not a failure: not retried
    QCOMPARE(rig.server->requestCount(), 1);
    QCOMPARE(rig.server->requestCount("GET", dataProvidersPath(AliceUserId)), 1);
    QCOMPARE(engine.retryFailed(), 0);
}

void TestBatchEngine::pauseStopsSendingAndResumeCarriesOn()
{
    SandboxOptions options;
    options.latencyMs = 80;
    SandboxRig rig(options);
    BatchSettings settings;
    settings.concurrency = 2;
    BatchEngine engine(rig.client.get(), settings);
    const QList<BatchItem> items = usersAsItems(rig.server->store().users(), 12);
    QSignalSpy itemSpy(&engine, &BatchEngine::itemFinished);
    QVERIFY(engine.start({}, items));
    QTRY_VERIFY_WITH_TIMEOUT(itemSpy.size() >= 2, 5000);
    engine.pause();
    QCOMPARE(engine.state(), BatchEngine::State::Paused);
    QVERIFY(engine.progress().paused);
    // Requests already in flight may still reach the server (under load the
    // in-process sandbox reads them later); nothing new is sent.
    const int sentAtPause = rig.server->requestCount();
    const int inFlightAtPause = engine.progress().inFlight;
    const int finishedAtPause = engine.progress().finished;
    // What was in flight lands; a paused engine that kept sending would never
    // reach "nothing in flight" with items still queued.
    QTRY_COMPARE_WITH_TIMEOUT(engine.progress().inFlight, 0, 5000);
    QCOMPARE(engine.progress().finished, finishedAtPause + inFlightAtPause);
    QCOMPARE(engine.progress().queued, 12 - engine.progress().finished);
    QVERIFY(engine.progress().queued > 0);
    const int settled = rig.server->requestCount();
    QVERIFY2(settled <= sentAtPause + inFlightAtPause,
             qPrintable(QStringLiteral("%1 > %2 + %3").arg(settled).arg(sentAtPause).arg(inFlightAtPause)));
    QVERIFY(engine.state() == BatchEngine::State::Paused);

    engine.resume();
    QVERIFY(waitForFinished(engine));
    for (const BatchItem &item : engine.items())
        QCOMPARE(item.outcome, BatchOutcome::Checked);
    QCOMPARE(rig.server->requestCount(), 12);
    QVERIFY(engine.progress().itemsPerSecond > 0.0);
    QCOMPARE(engine.progress().secondsLeft, 0);
}

void TestBatchEngine::cancelLeavesNothingWithoutAnOutcome()
{
    SandboxOptions options;
    options.latencyMs = 150;
    SandboxRig rig(options);
    BatchSettings settings;
    settings.concurrency = 3;
    BatchEngine engine(rig.client.get(), settings);
    const QList<BatchItem> items = usersAsItems(rig.server->store().users(), 20);
    QSignalSpy itemSpy(&engine, &BatchEngine::itemFinished);
    QVERIFY(engine.start({}, items));
    QTRY_VERIFY_WITH_TIMEOUT(itemSpy.size() >= 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(engine.progress().inFlight > 0, 5000); // the next requests are in flight now
    engine.cancel();
    QVERIFY(waitForFinished(engine, 5000));

    int checked = 0;
    int cancelled = 0;
    int notRun = 0;
    for (const BatchItem &item : engine.items()) {
        QVERIFY(item.isFinished());
        if (item.outcome == BatchOutcome::Checked)
            ++checked;
        else if (item.outcome == BatchOutcome::Cancelled)
            ++cancelled;
        else if (item.outcome == BatchOutcome::NotRun)
            ++notRun;
        if (item.outcome == BatchOutcome::NotRun)
            QCOMPARE(item.requests, 0); // nothing was sent for it
    }
    QCOMPARE(checked + cancelled + notRun, 20);
    QVERIFY(checked >= 3);
    QVERIFY(cancelled >= 1);
    QVERIFY(notRun >= 10);
    QCOMPARE(itemSpy.size(), 20);
    // Nothing goes out after the cancel: nothing queued, nothing in flight on
    // the client, and the server saw no more than the answered and abandoned requests.
    QCOMPARE(engine.progress().queued, 0);
    QCOMPARE(engine.progress().inFlight, 0);
    QCOMPARE(rig.client->inFlight(), 0);
    QVERIFY(rig.server->requestCount() <= checked + cancelled);
}

void TestBatchEngine::cancelLetsInFlightDeletesFinish()
{
    SandboxOptions options;
    options.latencyMs = 250;
    SandboxRig rig(options);
    FakeRecorder recorder;
    BatchSettings settings;
    settings.concurrency = 2;
    BatchEngine engine(rig.client.get(), settings);
    engine.setRecorder(&recorder);
    BatchJob job;
    job.operation = BatchJob::Operation::Disconnect;
    job.providerSlug = GithubSlug;
    QList<BatchItem> targets;
    for (const QString &id : {QString(AliceUserId), QString(CarolUserId), QString(DaveUserId)})
        targets.append(githubTarget(rig.server->store(), id));
    const QString daveConnection = targets.at(2).account->id;
    QVERIFY(engine.start(job, targets));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.count(true), 2, 2000);
    engine.cancel();
    QCOMPARE(engine.state(), BatchEngine::State::Cancelling);
    QVERIFY(waitForFinished(engine, 5000));

    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Disconnected);
    QCOMPARE(engine.items().at(1).outcome, BatchOutcome::Disconnected);
    QCOMPARE(engine.items().at(2).outcome, BatchOutcome::NotRun);
    // The server agrees: two deleted, Dave's untouched (and Alice's other two connections too).
    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), 2);
    QCOMPARE(githubConnections(rig.server->store(), targets),
             (QSet<QString>{daveConnection, QString(AliceGithubWorkAccountId), QString(AliceGithubContractorAccountId)}));
    // Every started write was completed in the record, with the server's request id.
    QCOMPARE(recorder.count(true), 2);
    QCOMPARE(recorder.count(false), 2);
    for (const FakeRecorder::Event &event : std::as_const(recorder.events)) {
        if (!event.started) {
            QCOMPARE(event.outcome, BatchOutcome::Disconnected);
            QCOMPARE(event.httpStatus, 204);
        }
    }
}

void TestBatchEngine::dryRunChangesNothing()
{
    SandboxOptions options;
    options.latencyMs = 5;
    SandboxRig rig(options);
    SandboxStore &store = rig.server->store();
    const QList<BatchItem> items = usersAsItems(store.users(), DemoUserCount);
    const QList<SandboxAccount> before = store.allAccounts();

    BatchEngine engine(rig.client.get());
    BatchJob job;
    job.operation = BatchJob::Operation::PreviewDisconnect;
    job.providerSlug = GithubSlug;
    QVERIFY(engine.start(job, items));
    QVERIFY(waitForFinished(engine));

    const QList<SandboxAccount> after = store.allAccounts();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(after.at(i).id, before.at(i).id);
    for (const SandboxRequestRecord &request : rig.server->requests())
        QCOMPARE(request.method, QByteArray("GET"));

    // The preview names exactly the github connections that exist, every one by id.
    const QSet<QString> owners = githubOwners(store, items);
    QVERIFY(owners.size() >= 3);
    QSet<QString> previewed;
    QSet<QString> previewedIds;
    for (const BatchItem &item : engine.items()) {
        QVERIFY(item.outcome == BatchOutcome::WillDisconnect || item.outcome == BatchOutcome::AlreadyAbsent);
        if (item.outcome == BatchOutcome::WillDisconnect) {
            previewed.insert(item.userId);
            QVERIFY(!item.connections.isEmpty());
            for (const ConnectedAccount &a : item.connections) {
                QVERIFY(a.id.startsWith(QStringLiteral("data_installation_")));
                previewedIds.insert(a.id);
            }
        }
    }
    QCOMPARE(previewed, owners);
    QCOMPARE(previewedIds, githubConnections(store, items));
    // Alice's three, not only the compatibility one.
    QStringList alice;
    for (const ConnectedAccount &a : itemFor(engine, AliceUserId)->connections)
        alice.append(a.id);
    QCOMPARE(alice, (QStringList{QString(AliceGithubAccountId), QString(AliceGithubWorkAccountId),
                                 QString(AliceGithubContractorAccountId)}));
    // Hubspot: the compatibility slot is empty, yet a connection exists and would go.
    BatchEngine hubspot(rig.client.get());
    job.providerSlug = HubspotSlug;
    QVERIFY(hubspot.start(job, {batchItemForUser(AliceUserId)}));
    QVERIFY(waitForFinished(hubspot));
    QCOMPARE(hubspot.items().at(0).outcome, BatchOutcome::WillDisconnect);
    QCOMPARE(hubspot.items().at(0).connections.size(), 1);
    QCOMPARE(hubspot.items().at(0).connections.at(0).id, QString(AliceHubspotWorkAccountId));
    job.providerSlug = GithubSlug;
    QCOMPARE(itemFor(engine, BobUserId)->outcome, BatchOutcome::AlreadyAbsent);

    // An unknown slug is reported per line, not as "absent".
    BatchEngine other(rig.client.get());
    job.providerSlug = QStringLiteral("no-such-provider");
    QVERIFY(other.start(job, {batchItemForUser(AliceUserId)}));
    QVERIFY(waitForFinished(other));
    QCOMPARE(other.items().at(0).outcome, BatchOutcome::UnknownProvider);
}

void TestBatchEngine::realRunDeletesExactlyThePreviewedAccounts()
{
    SandboxOptions options;
    options.latencyMs = 5;
    SandboxRig rig(options);
    SandboxStore &store = rig.server->store();
    const QList<BatchItem> items = usersAsItems(store.users(), DemoUserCount);
    const QSet<QString> owners = githubOwners(store, items);
    const int accountsBefore = int(store.allAccounts().size());

    BatchEngine engine(rig.client.get());
    FakeRecorder recorder;
    engine.setRecorder(&recorder);
    BatchJob job;
    job.operation = BatchJob::Operation::PreviewDisconnect;
    job.providerSlug = GithubSlug;
    job.reason = QStringLiteral("INC-42 Slack incident");
    QVERIFY(engine.start(job, items));
    QVERIFY(waitForFinished(engine));
    const QSet<QString> connections = githubConnections(store, items);
    QVERIFY(connections.size() > owners.size()); // Alice has three
    QList<BatchItem> targets = BatchEngine::disconnectTargets(engine.items());
    QCOMPARE(targets.size(), connections.size()); // one item per connection
    QSet<QString> targetIds;
    for (const BatchItem &target : std::as_const(targets))
        targetIds.insert(target.account->id);
    QCOMPARE(targetIds, connections);
    // The run's outcomes go back under their preview lines, one per connection.
    QCOMPARE(BatchEngine::withRunOutcomes(engine.items(), targets).size(),
             engine.items().size() - owners.size() + connections.size());

    // One account disappears between preview and run: it ends "already absent".
    const SandboxProvider *github = store.provider(GithubSlug);
    QVERIFY(store.removeAccount(store.accountKey(*github, CarolUserId, QString())));
    rig.server->clearRequestLog();

    job.operation = BatchJob::Operation::Disconnect;
    QVERIFY(engine.start(job, targets));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().size(), targets.size());
    QSet<QString> deleted;
    for (const SandboxRequestRecord &request : rig.server->requests())
        QVERIFY2(request.query.contains(QStringLiteral("connected_account_id=data_installation_")),
                 qPrintable(request.query)); // every delete names its connection
    for (const BatchItem &item : engine.items()) {
        if (item.userId == QString(CarolUserId)) {
            QCOMPARE(item.outcome, BatchOutcome::AlreadyAbsent);
            QCOMPARE(item.httpStatus, 404);
            QVERIFY(item.detail.contains(item.account->id));
        } else {
            QCOMPARE(item.outcome, BatchOutcome::Disconnected);
            QVERIFY2(item.requestId.startsWith(QStringLiteral("req_")), qPrintable(item.userId));
            deleted.insert(item.userId);
        }
    }
    // Exactly the previewed accounts are gone; every other account is still there.
    QCOMPARE(githubOwners(store, items), QSet<QString>());
    QCOMPARE(int(store.allAccounts().size()), accountsBefore - int(connections.size()));
    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), int(targets.size()));
    QCOMPARE(rig.server->requestCount(), int(targets.size())); // no reads in the run
    // One record started and finished per delete, the reason carried along.
    QCOMPARE(recorder.count(true), int(targets.size()));
    QCOMPARE(recorder.count(false), int(targets.size()));
    QCOMPARE(recorder.lastWrite.reason, job.reason);
    QVERIFY(recorder.lastWrite.batchId.startsWith(QStringLiteral("batch_")));
    // What the audit trail gets for each delete: the connection, by id, of a user.
    QVERIFY(connections.contains(recorder.lastWrite.connectedAccountId));
    QCOMPARE(recorder.lastWrite.ownerKind, QStringLiteral("user"));
}

void TestBatchEngine::aSharedConnectionIsNotDeletedPerUser()
{
    // With --organization Acme the user's list carries Acme's shared Salesforce
    // connections; the user path cannot remove them, so the preview refuses.
    SandboxRig rig;
    BatchEngine engine(rig.client.get());
    BatchJob job;
    job.operation = BatchJob::Operation::PreviewDisconnect;
    job.providerSlug = SalesforceSlug;
    job.organizationId = AcmeOrgId;
    QVERIFY(engine.start(job, {batchItemForUser(AliceUserId)}));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    QVERIFY2(engine.items().at(0).detail.contains(QStringLiteral("shared by the organization")),
             qPrintable(engine.items().at(0).detail));
    QVERIFY(BatchEngine::disconnectTargets(engine.items()).isEmpty());
}

void TestBatchEngine::disconnectNeedsARecorderThatWorks()
{
    SandboxRig rig;
    BatchEngine engine(rig.client.get());
    BatchJob job;
    job.operation = BatchJob::Operation::Disconnect;
    job.providerSlug = GithubSlug;
    const BatchItem alice = githubTarget(rig.server->store(), AliceUserId);
    QVERIFY(!engine.start(job, {alice})); // no recorder: refused

    FakeRecorder recorder;
    // Without a connection id nothing is recorded or sent: a delete acts on one connection by id.
    engine.setRecorder(&recorder);
    QVERIFY(engine.start(job, {batchItemForUser(AliceUserId)}));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    QCOMPARE(recorder.count(true), 0);
    QCOMPARE(rig.server->requestCount(), 0);

    recorder.refuse = true;
    QVERIFY(engine.start(job, {alice}));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Failed);
    QVERIFY(engine.items().at(0).detail.contains(QStringLiteral("disk full")));
    QCOMPARE(rig.server->requestCount(), 0); // not recorded, so not sent

    recorder.refuse = false;
    QCOMPARE(engine.retryFailed(), 1);
    QVERIFY(waitForFinished(engine));
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Disconnected);
    QVERIFY(engine.items().at(0).requestId.startsWith(QStringLiteral("req_")));
    QCOMPARE(recorder.events.constLast().requestId, engine.items().at(0).requestId);
}

void TestBatchEngine::concurrencyIsBounded()
{
    SandboxOptions options;
    options.latencyMs = 100;
    SandboxRig rig(options);
    BatchSettings settings;
    settings.concurrency = 3;
    BatchEngine engine(rig.client.get(), settings);
    int maxInFlight = 0;
    connect(rig.client.get(), &WorkOsClient::inFlightChanged, this,
            [&maxInFlight](int count) { maxInFlight = std::max(maxInFlight, count); });
    QVERIFY(engine.start({}, usersAsItems(rig.server->store().users(), 15)));
    QVERIFY(waitForFinished(engine));
    QCOMPARE(maxInFlight, 3);
    QCOMPARE(BatchSettings().concurrency, 8);
}

// A slot is free once its answer is in: the next request goes out before the
// answer's body is decoded and its item finished (and without waiting for an
// event-loop turn), so decoding is off every slot's critical path.
void TestBatchEngine::theNextRequestLeavesBeforeAnAnswerIsDecoded()
{
    SandboxOptions options;
    options.latencyMs = 20;
    SandboxRig rig(options);
    BatchSettings settings;
    settings.concurrency = 1;
    BatchEngine engine(rig.client.get(), settings);
    QList<int> inFlightAtFinish;
    QList<int> engineInFlightAtFinish;
    int maxInFlight = 0;
    connect(&engine, &BatchEngine::itemFinished, this, [&](int) {
        inFlightAtFinish << rig.client->inFlight();
        engineInFlightAtFinish << engine.progress().inFlight;
    });
    connect(rig.client.get(), &WorkOsClient::inFlightChanged, this,
            [&maxInFlight](int count) { maxInFlight = std::max(maxInFlight, count); });
    QVERIFY(engine.start({}, usersAsItems(rig.server->store().users(), 4)));
    QVERIFY(waitForFinished(engine));
    for (const BatchItem &item : engine.items())
        QCOMPARE(item.outcome, BatchOutcome::Checked);
    // When items 0, 1 and 2 finished, the request of the next one was already
    // on the network (the last one had none left to send).
    QCOMPARE(inFlightAtFinish, QList<int>({1, 1, 1, 0}));
    QCOMPARE(engineInFlightAtFinish, QList<int>({1, 1, 1, 0}));
    QCOMPARE(maxInFlight, 1); // and never two at once
    QCOMPARE(rig.server->requestCount(), 4);
}

void TestBatchEngine::aHighConcurrencySpreadsOverTheInjectedPool()
{
    SandboxOptions options;
    options.latencyMs = 80;
    SandboxRig rig(options);
    int lanesMade = 0;
    ClientPool pool(rig.client.get(), [&lanesMade](const ClientConfig &config) {
        ++lanesMade;
        return ClientPool::makeLane(config);
    });
    SteadyClock clock;
    BatchSettings settings;
    settings.concurrency = 12;
    BatchEngine engine(&pool, &clock, settings);
    int primaryMax = 0;
    int poolMax = 0;
    connect(rig.client.get(), &WorkOsClient::inFlightChanged, this, [&](int count) {
        primaryMax = std::max(primaryMax, count);
        poolMax = std::max(poolMax, pool.inFlight());
    });
    QVERIFY(engine.start({}, usersAsItems(rig.server->store().users(), 30)));
    QVERIFY(waitForFinished(engine));
    for (const BatchItem &item : engine.items())
        QCOMPARE(item.outcome, BatchOutcome::Checked);
    // 12 at once need two managers of 6 connections: the primary and one lane from the factory.
    QCOMPARE(lanesMade, 1);
    QCOMPARE(pool.laneCount(), 1);
    QVERIFY2(primaryMax <= ClientPool::ConnectionsPerManager, qPrintable(QString::number(primaryMax)));
    QVERIFY2(poolMax > ClientPool::ConnectionsPerManager, qPrintable(QString::number(poolMax)));
    QCOMPARE(rig.server->requestCount(), 30);
    QCOMPARE(pool.inFlight(), 0);
}

QTEST_GUILESS_MAIN(TestBatchEngine)
#include "tst_batchengine.moc"
