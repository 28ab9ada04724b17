// RequestBudget with a virtual clock: sliding windows, in-flight slots,
// retries charged, answers (not sends) start the window.

#include "batch/RequestBudget.h"

#include <QTest>

class TestRequestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsUpToTheLimitThenWait();
    void inFlightRequestsHoldTheirSlot();
    void windowCountsFromTheAnswer();
    void retriesAreCharged();
    void overallWindowAppliesToBoth();
    void unlimitedNeverWaits();
};

void TestRequestBudget::readsUpToTheLimitThenWait()
{
    RequestBudget budget({3, 2, 1000, 100, 60000});
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 0), 0);
        budget.complete(budget.reserve(RequestBudget::Kind::Read, 0), 10 * i, 1);
    }
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 100), 900); // the first answer (t=0) expires at 1000
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Write, 100), 0);  // writes have their own window
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 1000), 0);
    QCOMPARE(budget.used(RequestBudget::Kind::Read, 1000), 2);
}

void TestRequestBudget::inFlightRequestsHoldTheirSlot()
{
    RequestBudget budget({2, 2, 1000, 100, 60000});
    const quint64 a = budget.reserve(RequestBudget::Kind::Read, 0);
    budget.reserve(RequestBudget::Kind::Read, 0);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 5000), -1); // only an answer can free a slot
    budget.complete(a, 5000, 1);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 5000), 1000);
    QCOMPARE(budget.inFlight(), 1);
}

void TestRequestBudget::windowCountsFromTheAnswer()
{
    // Sent at 0, answered at 400: the server counted it somewhere in between,
    // so the slot is free again only at 1400, not at 1000.
    RequestBudget budget({1, 1, 1000, 100, 60000});
    budget.complete(budget.reserve(RequestBudget::Kind::Write, 0), 400, 1);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Write, 1000), 400);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Write, 1400), 0);
}

void TestRequestBudget::retriesAreCharged()
{
    RequestBudget budget({4, 4, 1000, 100, 60000});
    budget.complete(budget.reserve(RequestBudget::Kind::Read, 0), 0, 4); // 1 + 3 retries
    QCOMPARE(budget.used(RequestBudget::Kind::Read, 1), 4);
    QVERIFY(budget.waitMs(RequestBudget::Kind::Read, 1) > 0);
}

void TestRequestBudget::overallWindowAppliesToBoth()
{
    RequestBudget budget({10, 10, 1000, 3, 60000});
    budget.complete(budget.reserve(RequestBudget::Kind::Read, 0), 0, 1);
    budget.complete(budget.reserve(RequestBudget::Kind::Write, 0), 0, 1);
    budget.complete(budget.reserve(RequestBudget::Kind::Read, 0), 0, 1);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Write, 2000), 58000);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 60000), 0);
}

void TestRequestBudget::unlimitedNeverWaits()
{
    RequestBudget budget(BudgetLimits::unlimited());
    for (int i = 0; i < 10000; ++i)
        budget.complete(budget.reserve(RequestBudget::Kind::Read, 0), 0, 1);
    QCOMPARE(budget.waitMs(RequestBudget::Kind::Read, 0), 0);
}

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
