#include "core/RetryPolicy.h"

#include <QTest>

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryableStatuses()
    {
        for (int status : {408, 429, 500, 502, 503, 504})
            QVERIFY2(RetryPolicy::isRetryableStatus(status), qPrintable(QString::number(status)));
        for (int status : {200, 204, 400, 401, 403, 404, 409, 422, 501})
            QVERIFY2(!RetryPolicy::isRetryableStatus(status), qPrintable(QString::number(status)));
    }

    void backoffMatchesSdk()
    {
        RetryPolicy p;
        // 500 ms x 1.5^n, jitter factor 1.0 = the midpoint
        QCOMPARE(p.backoffMs(0, 1.0), 500);
        QCOMPARE(p.backoffMs(1, 1.0), 750);
        QCOMPARE(p.backoffMs(2, 1.0), 1125);
        QCOMPARE(p.backoffMs(20, 1.0), 8000); // capped
        QCOMPARE(p.backoffMs(0, 0.5), 250);
        QCOMPARE(p.backoffMs(0, 1.49), 745);
        QCOMPARE(p.backoffMs(0, 9.0), 750); // jitter clamped to [0.5, 1.5]
        p.jitter = false;
        QCOMPARE(p.backoffMs(1, 0.5), 750);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1: nullopt
        QTest::newRow("seconds") << QByteArray("2") << qint64(2000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("spaces") << QByteArray(" 3 ") << qint64(3000);
        QTest::newRow("http date in 30 s") << QByteArray("Sat, 28 Nov 2026 10:00:30 GMT") << qint64(30000);
        QTest::newRow("http date in the past") << QByteArray("Sat, 28 Nov 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("absurd") << QByteArray("99999999999999") << qint64(1e12);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
        const std::optional<qint64> parsed = RetryPolicy::parseRetryAfterMs(header, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, expectedMs);
        }
    }

    void delayHonoursRetryAfterWithCap()
    {
        RetryPolicy p;
        QCOMPARE(p.delayMs(0, qint64(2000), 1.0), std::optional<int>(2000));
        QCOMPARE(p.delayMs(0, std::nullopt, 1.0), std::optional<int>(500));
        QCOMPARE(p.delayMs(0, qint64(60000), 1.0), std::optional<int>(60000));
        QVERIFY(!p.delayMs(0, qint64(60001), 1.0).has_value()); // beyond the cap: give up and report
        QCOMPARE(RetryPolicy::none().maxRetries, 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
