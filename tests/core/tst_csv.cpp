// Csv: the one escaping every export uses (batch grid and items, audit log).
// A cell a spreadsheet would run as a formula must arrive as text.

#include "core/Csv.h"

#include <QTest>

class TestCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void recordJoinsWithCommasAndEndsInCrLf();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // Formula injection: each lead character a spreadsheet acts on gets a leading '.
    QTest::newRow("=") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
    QTest::newRow("= dde") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
    QTest::newRow("+") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("-") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    // CR leads: escaped, and quoted because it is a line break.
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula and comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    // Only the first character counts.
    QTest::newRow("= inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("email") << QStringLiteral("alice@acme.com") << QStringLiteral("alice@acme.com");
    // RFC 4180 quoting.
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("say \"x\"") << QStringLiteral("\"say \"\"x\"\"\"");
    QTest::newRow("LF") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Csv::field(text), expected);
}

void TestCsv::recordJoinsWithCommasAndEndsInCrLf()
{
    QCOMPARE(Csv::record({QStringLiteral("user_1"), QStringLiteral("=HYPERLINK(\"x\")"), QString(), QStringLiteral("a,b")}),
             QStringLiteral("user_1,\"'=HYPERLINK(\"\"x\"\")\",,\"a,b\"\r\n"));
    QCOMPARE(Csv::record({}), QStringLiteral("\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
