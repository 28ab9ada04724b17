// The request budget against the sandbox enforcing WorkOS's limits: zero
// 429s at the default budget, and a control run showing the limit bites
// without it.

#include "BatchTestSupport.h"

#include <QElapsedTimer>

class TestBatchBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreWorkOsPublishedLimits();
    void withoutABudgetTheSandboxAnswers429();
    void defaultBudgetGetsNo429sFromTheSandbox();
};

void TestBatchBudget::defaultsAreWorkOsPublishedLimits()
{
    const BudgetLimits limits = BatchSettings().budget;
    QCOMPARE(limits.readsPerWindow, 1000);
    QCOMPARE(limits.writesPerWindow, 500);
    QCOMPARE(limits.windowMs, 10000);
    QCOMPARE(limits.requestsPerOverallWindow, 6000);
    QCOMPARE(limits.overallWindowMs, 60000);
    // The sandbox enforces the same numbers (its windows are 10 s and 60 s).
    const SandboxRateLimits sandbox;
    QCOMPARE(sandbox.readsPer10Seconds, limits.readsPerWindow);
    QCOMPARE(sandbox.writesPer10Seconds, limits.writesPerWindow);
    QCOMPARE(sandbox.requestsPerMinute, limits.requestsPerOverallWindow);
}

void TestBatchBudget::withoutABudgetTheSandboxAnswers429()
{
    // The control: the same kind of run with a small server limit and no
    // budget does get 429s, so the zero below means something.
    SandboxOptions options;
    options.enforceRateLimits = true;
    options.rateLimits.readsPer10Seconds = 20;
    SandboxRig rig(options, RetryPolicy::none());
    BatchSettings settings;
    settings.budget = BudgetLimits::unlimited();
    BatchEngine engine(rig.client.get(), settings);
    QList<BatchItem> items;
    for (const SandboxUser &user : rig.server->store().users())
        items.append(batchItemForUser(user.id));
    items = items.mid(0, 30);
    QSignalSpy rateLimited(&engine, &BatchEngine::rateLimited);
    QVERIFY(engine.start({}, items));
    QVERIFY(rateLimited.wait(5000));
    // Dispatch is paused for the sandbox's Retry-After (up to 10 s) from that
    // answer on: no need to sit it out.
    QVERIFY(engine.progress().waitingForRateLimit);
    engine.cancel();
    QVERIFY(waitForFinished(engine));
    const BatchProgress progress = engine.progress();
    QVERIFY(progress.rateLimited > 0);
    // The pause after the first 429 stops the stampede: only what was already
    // in flight can still hit the limit.
    QVERIFY2(progress.rateLimited <= settings.concurrency, qPrintable(QString::number(progress.rateLimited)));
    QCOMPARE(progress.finished, 30);
}

void TestBatchBudget::defaultBudgetGetsNo429sFromTheSandbox()
{
    // 1,100 reads: more than the 1,000 per 10 s that WorkOS allows, at the
    // default budget and the sandbox's default (published) limits.
    const int users = 1100;
    SandboxOptions options;
    options.seed = QStringLiteral("large:%1").arg(users);
    options.enforceRateLimits = true;
    SandboxRig rig(options, RetryPolicy::none());
    BatchEngine engine(rig.client.get());
    QList<BatchItem> items;
    for (const SandboxUser &user : rig.server->store().users())
        items.append(batchItemForUser(user.id));
    QCOMPARE(items.size(), users);

    QElapsedTimer clock;
    clock.start();
    qint64 firstWindowEnd = -1;
    int doneInFirstWindow = 0;
    connect(&engine, &BatchEngine::itemFinished, this, [&](int) {
        if (clock.elapsed() < 9500)
            ++doneInFirstWindow;
        else if (firstWindowEnd < 0)
            firstWindowEnd = clock.elapsed();
    });
    QVERIFY(engine.start({}, items));
    QVERIFY(waitForFinished(engine, 45000));
    const qint64 elapsed = clock.elapsed();

    const BatchProgress progress = engine.progress();
    QCOMPARE(progress.rateLimited, 0);
    QCOMPARE(progress.finished, users);
    for (const BatchItem &item : engine.items())
        QCOMPARE(item.outcome, BatchOutcome::Checked);
    // Exactly one request per user: no 429 was answered (each would have failed the item).
    QCOMPARE(rig.server->requestCount(), users);
    QVERIFY(doneInFirstWindow <= 1000);
    qInfo("%d reads in %lld ms (%.0f/s overall); %d in the first 9.5 s", users, elapsed, users * 1000.0 / double(elapsed),
          doneInFirstWindow);
}

QTEST_GUILESS_MAIN(TestBatchBudget)
#include "tst_batchbudget.moc"
