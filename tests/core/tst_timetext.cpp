// TimeText and the default base URL: one spelling each, for every writer.

#include "core/DefaultBaseUrl.h"
#include "core/TimeText.h"

#include <QTest>

class TestTimeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoUtcHasMillisecondsAndZ();
    void defaultBaseUrlIsWorkOs();
};

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

void TestTimeText::defaultBaseUrlIsWorkOs()
{
    QCOMPARE(defaultBaseUrl(), QUrl(QStringLiteral("https://api.workos.com")));
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
