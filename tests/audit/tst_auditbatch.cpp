// The audit trail of a real batch disconnect against the sandbox: one row
// per delete, pending before the request, completed after, and never the key.

#include "audit/AuditBatchRecorder.h"
#include "audit/AuditLog.h"
#include "batch/BatchEngine.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace SandboxSeed;

namespace {
const QString Key = QStringLiteral("sk_test_AUDITKEY_9d8c7b6a5f4e");
const QString Reason = QStringLiteral("TICKET-RECOGNISABLE-4711");
} // namespace

class TestAuditBatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsMatchDeletesOneToOneAndNoKeyInTheFile();
    void aDeleteWhoseAnswerWasLostIsGoneOnRetry();
};

void TestAuditBatch::rowsMatchDeletesOneToOneAndNoKeyInTheFile()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.apiKey = Key;
    SandboxServer server(options);
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = Key;
    WorkOsClient client(&nam, config);
    const QString path = dir.filePath(QStringLiteral("audit.sqlite3"));
    AuditLog log(path);
    QVERIFY(log.open());
    AuditBatchRecorder recorder(&log, QStringLiteral("Sandbox"));

    // While each delete is in flight its row must already be there, pending.
    int pendingSeenByServer = 0;
    connect(&server, &SandboxServer::accountChanged, this, [&] {
        AuditFilter pending;
        pending.outcomes = {AuditOutcome::Pending};
        pendingSeenByServer = std::max(pendingSeenByServer, log.count(pending));
    });

    BatchEngine engine(&client);
    engine.setRecorder(&recorder);
    BatchJob job;
    job.operation = BatchJob::Operation::Disconnect;
    job.providerSlug = GithubSlug;
    job.reason = Reason;
    // A delete names its connection by id: Alice's and Carol's github ones from
    // the store, and for Bob (who has none) an id that exists nowhere (a 404).
    auto target = [&server](const QString &userId, const QString &email) {
        BatchItem item = batchItemForUser(userId, email);
        SandboxStore &store = server.store();
        const auto a = store.account(store.accountKey(*store.provider(GithubSlug), userId, QString()));
        ConnectedAccount connection;
        connection.id = a ? a->id : QStringLiteral("data_installation_01H0000000ZZZZZZZZZZZZZZZZ");
        item.account = connection;
        return item;
    };
    QList<BatchItem> targets{target(AliceUserId, AliceEmail), target(CarolUserId, CarolEmail),
                             target(BobUserId, BobEmail)};
    QVERIFY(engine.start(job, targets));
    QSignalSpy finished(&engine, &BatchEngine::finished);
    QVERIFY(finished.wait(10000));
    QVERIFY(pendingSeenByServer >= 1);

    const QList<AuditRecord> records = log.query({});
    QCOMPARE(records.size(), 3);
    QCOMPARE(server.requestCount("DELETE", QStringLiteral(".*")), 3);
    for (const AuditRecord &r : records) {
        QCOMPARE(r.entry.action, AuditAction::Disconnect);
        QCOMPARE(r.entry.providerSlug, QString(GithubSlug));
        QCOMPARE(r.entry.batchId, engine.job().batchId);
        QCOMPARE(r.entry.reason, Reason);
        QCOMPARE(r.entry.environment, QStringLiteral("Sandbox"));
        QVERIFY(r.completion.requestId.startsWith(QStringLiteral("req_")));
        QVERIFY(r.completedAt.isValid());
        if (r.entry.userId == QString(BobUserId)) {
            QCOMPARE(r.completion.outcome, AuditOutcome::AlreadyAbsent);
            QCOMPARE(r.completion.httpStatus, 404);
        } else {
            QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
            QCOMPARE(r.completion.httpStatus, 204);
        }
    }
    QCOMPARE(records.at(0).entry.userEmail, QString(BobEmail));

    // The key is nowhere in the database files; the reason is (so the search works).
    QByteArray bytes;
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QVERIFY(files.contains(QStringLiteral("audit.sqlite3")));
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes += file.readAll();
    }
    QVERIFY(bytes.contains(Reason.toUtf8()));
    QVERIFY(!bytes.contains(Key.toUtf8()));
    QVERIFY(!bytes.contains(QByteArray("AUDITKEY")));
    log.close();
}

void TestAuditBatch::aDeleteWhoseAnswerWasLostIsGoneOnRetry()
{
    QTemporaryDir dir;
    SandboxServer server(SandboxOptions{});
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = server.apiKey();
    config.retry.baseDelayMs = 50;
    WorkOsClient client(&nam, config);
    AuditLog log(dir.filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(log.open());
    AuditBatchRecorder recorder(&log, QStringLiteral("Sandbox"));
    // Alice's DELETE is carried out and its answer lost; Bob's finds nothing on its first sending.
    SandboxFault lost;
    lost.method = "DELETE";
    lost.pathPattern = QStringLiteral(".*%1.*").arg(QString(AliceUserId));
    lost.action = SandboxFault::Action::PerformThenDrop;
    server.addFault(lost);

    BatchEngine engine(&client);
    engine.setRecorder(&recorder);
    BatchJob job;
    job.operation = BatchJob::Operation::Disconnect;
    job.providerSlug = GithubSlug;
    SandboxStore &store = server.store();
    BatchItem alice = batchItemForUser(AliceUserId, AliceEmail);
    ConnectedAccount connection;
    connection.id = store.account(store.accountKey(*store.provider(GithubSlug), AliceUserId, QString()))->id;
    alice.account = connection;
    BatchItem bob = batchItemForUser(BobUserId, BobEmail);
    connection.id = QStringLiteral("data_installation_01H0000000ZZZZZZZZZZZZZZZZ");
    bob.account = connection;
    QVERIFY(engine.start(job, {alice, bob}));
    QSignalSpy finished(&engine, &BatchEngine::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(server.requestCount("DELETE", QStringLiteral(".*")), 3);
    QCOMPARE(engine.items().at(0).outcome, BatchOutcome::Disconnected);
    QVERIFY2(engine.items().at(0).detail.contains(QStringLiteral("gone on retry")), qPrintable(engine.items().at(0).detail));
    QCOMPARE(engine.items().at(1).outcome, BatchOutcome::AlreadyAbsent);
    for (const AuditRecord &r : log.query({})) {
        const bool isAlice = r.entry.userId == QString(AliceUserId);
        QCOMPARE(r.completion.outcome, isAlice ? AuditOutcome::GoneOnRetry : AuditOutcome::AlreadyAbsent);
        QCOMPARE(r.completion.httpStatus, 404);
    }
    QCOMPARE(log.count({}), 2);
}

QTEST_GUILESS_MAIN(TestAuditBatch)
#include "tst_auditbatch.moc"
