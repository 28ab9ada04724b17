// TimeText and the default base URL: one spelling each, for every writer.

#include "core/DefaultBaseUrl.h"
#include "core/TimeText.h"

#include <QRandomGenerator>
#include <QTest>

class TestTimeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoUtcHasMillisecondsAndZ();
    void fromIsoReadsWhatQtReads_data();
    void fromIsoReadsWhatQtReads();
    void fromIsoAgreesWithQtOnRandomTimes();
    void defaultBaseUrlIsWorkOs();
};

namespace {

// What every reader did before TimeText::fromIso: Qt's parser, with
// milliseconds first.
QDateTime qtReads(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

} // namespace

void TestTimeText::isoUtcHasMillisecondsAndZ()
{
    const QDateTime utc(QDate(2024, 5, 1), QTime(12, 0, 3, 45), Qt::UTC);
    QCOMPARE(TimeText::isoUtc(utc), QStringLiteral("2024-05-01T12:00:03.045Z"));
    // Another zone is written as the same instant in UTC.
    const QDateTime berlin(QDate(2024, 5, 1), QTime(14, 0, 3, 45), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(TimeText::isoUtc(berlin), QStringLiteral("2024-05-01T12:00:03.045Z"));
    // Read back by what reads the audit database.
    QCOMPARE(QDateTime::fromString(TimeText::isoUtc(utc), Qt::ISODateWithMs), utc);
    QCOMPARE(TimeText::isoUtc(QDateTime()), QString());
}

void TestTimeText::fromIsoReadsWhatQtReads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // The two shapes the fast path reads.
    QTest::newRow("seconds, Z") << QStringLiteral("2024-05-01T12:00:03Z") << true;
    QTest::newRow("milliseconds, Z") << QStringLiteral("2024-05-01T12:00:03.045Z") << true;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999Z") << true;
    // What falls through to Qt's parser, read as it reads it.
    QTest::newRow("offset") << QStringLiteral("2024-05-01T14:00:03+02:00") << true;
    QTest::newRow("offset, ms") << QStringLiteral("2024-05-01T14:00:03.045+02:00") << true;
    QTest::newRow("no zone") << QStringLiteral("2024-05-01T12:00:03") << true;
    QTest::newRow("microseconds") << QStringLiteral("2024-05-01T12:00:03.045678Z") << true;
    QTest::newRow("five digits") << QStringLiteral("2024-05-01T12:00:03.04567Z") << true;
    QTest::newRow("24:00") << QStringLiteral("2024-05-01T24:00:00Z") << true;
    QTest::newRow("February 30") << QStringLiteral("2026-02-30T12:00:00Z") << false;
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T12:00:00.000Z") << false;
    QTest::newRow("minute 61") << QStringLiteral("2026-01-01T12:61:00Z") << false;
    QTest::newRow("letter in a digit") << QStringLiteral("2026-01-0xT12:00:00Z") << false;
    QTest::newRow("letter in the ms") << QStringLiteral("2026-01-01T12:00:00.0x0Z") << false;
    QTest::newRow("comma for the dot") << QStringLiteral("2026-01-01T12:00:00,045Z") << true;
    QTest::newRow("space for the T") << QStringLiteral("2026-01-01 12:00:00Z") << true;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0662\u0660\u0662\u0666-01-01T12:00:00Z") << false;
    QTest::newRow("garbage of the right length") << QStringLiteral("abcdefghijklmnopqrst") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTimeText::fromIsoReadsWhatQtReads()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QDateTime fast = TimeText::fromIso(text);
    const QDateTime qt = qtReads(text);
    QCOMPARE(fast.isValid(), valid);
    QCOMPARE(qt.isValid(), valid);
    if (!valid)
        return;
    QCOMPARE(fast, qt);
    QCOMPARE(fast.timeSpec(), qt.timeSpec());
    QCOMPARE(fast.offsetFromUtc(), qt.offsetFromUtc());
    QCOMPARE(fast.toString(Qt::ISODateWithMs), qt.toString(Qt::ISODateWithMs));
}

void TestTimeText::fromIsoAgreesWithQtOnRandomTimes()
{
    // Times as the API and the audit database write them, from 1970 to 2100,
    // both shapes; a fixed seed so a failure can be replayed.
    QRandomGenerator random(20261202);
    const qint64 end = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(random.bounded(double(end))), Qt::UTC);
        const QString text = i % 2 == 0 ? time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                        : TimeText::isoUtc(time);
        const QDateTime fast = TimeText::fromIso(text);
        const QDateTime qt = qtReads(text);
        QVERIFY2(fast.isValid(), qPrintable(text));
        QVERIFY2(fast == qt && fast.timeSpec() == qt.timeSpec(), qPrintable(text));
        if (i % 2 == 1)
            QVERIFY2(fast == time, qPrintable(text));
    }
}

void TestTimeText::defaultBaseUrlIsWorkOs()
{
    QCOMPARE(defaultBaseUrl(), QUrl(QStringLiteral("https://api.workos.com")));
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
