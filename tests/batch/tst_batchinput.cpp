// BatchInput: pasted lists and CSV files become items with line numbers;
// every line that is not usable is reported, none is dropped.

#include "BatchInput.h"
#include "BatchInputCases.h"
#include "BatchItem.h"

#include <QTemporaryDir>
#include <QTest>

using Kind = BatchInputItem::Kind;

class TestBatchInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainList();
    void csvWithHeaderBomCrlfAndQuotes();
    void userIdColumnWinsOverEmail();
    void csvWithoutHeaderFindsTheAddress();
    void problemsAreReportedWithLineNumbers();
    void itemsKeepInputOrderWithIssues();
    void csvRecordSplitting_data();
    void csvRecordSplitting();
    void fileErrors();
};

void TestBatchInput::plainList()
{
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::PlainList));
    QCOMPARE(input.items.size(), 3);
    QVERIFY(input.issues.isEmpty());
    QCOMPARE(input.items.at(0).kind, Kind::Email);
    QCOMPARE(input.items.at(0).line, 1);
    QCOMPARE(input.items.at(1).kind, Kind::UserId);
    QCOMPARE(input.items.at(1).value, QStringLiteral("user_01H00000000012PBHEDEF4EVRB"));
    QCOMPARE(input.items.at(2).line, 5); // blank line and comment counted, not reported
}

void TestBatchInput::csvWithHeaderBomCrlfAndQuotes()
{
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::CsvWithHeader));
    QCOMPARE(input.items.size(), 2);
    QCOMPARE(input.items.at(0).value, QStringLiteral("alice@acme.com"));
    QCOMPARE(input.items.at(0).line, 2);
    QCOMPARE(input.items.at(1).value, QStringLiteral("bob@acme.com"));
    QCOMPARE(input.issues.size(), 1);
    QCOMPARE(input.issues.at(0).line, 4);
    QVERIFY(input.issues.at(0).reason.contains(QStringLiteral("No email")));
    QVERIFY(!input.issues.at(0).text.contains(QLatin1Char('\r')));
}

void TestBatchInput::userIdColumnWinsOverEmail()
{
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::CsvWithUserIdColumn));
    QCOMPARE(input.items.size(), 1);
    QCOMPARE(input.items.at(0).kind, Kind::UserId);
    QCOMPARE(input.items.at(0).value, QStringLiteral("user_01H0000000002Z2S6DB5PY4DG9"));
}

void TestBatchInput::csvWithoutHeaderFindsTheAddress()
{
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::CsvNoHeader));
    QCOMPARE(input.items.size(), 2);
    QCOMPARE(input.items.at(0).value, QStringLiteral("alice@acme.com"));
    QCOMPARE(input.items.at(1).value, QStringLiteral("carol@globex.com"));
}

void TestBatchInput::problemsAreReportedWithLineNumbers()
{
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::Problems));
    QCOMPARE(input.items.size(), 1);
    QCOMPARE(input.issues.size(), 4);
    QCOMPARE(input.issues.at(0).line, 2);
    QVERIFY(input.issues.at(0).reason.contains(QStringLiteral("organization")));
    QCOMPARE(input.issues.at(1).line, 3);
    QVERIFY(input.issues.at(1).reason.contains(QStringLiteral("malformed user id")));
    QCOMPARE(input.issues.at(2).line, 4);
    QCOMPARE(input.issues.at(2).text, QStringLiteral("hello world"));
    QCOMPARE(input.issues.at(3).line, 5); // the same address in capitals
    QVERIFY(input.issues.at(3).reason.contains(QStringLiteral("line 1")));
}

void TestBatchInput::itemsKeepInputOrderWithIssues()
{
    const QList<BatchItem> items = batchItemsFrom(BatchInput::parse(QByteArray(BatchInputCases::Problems)));
    QCOMPARE(items.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(items.at(i).line, i + 1);
    QCOMPARE(items.at(0).outcome, BatchOutcome::None);
    QCOMPARE(items.at(0).email, QStringLiteral("alice@acme.com"));
    QCOMPARE(items.at(3).outcome, BatchOutcome::InvalidInput);
    QVERIFY(!items.at(3).detail.isEmpty());
}

void TestBatchInput::csvRecordSplitting_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("plain") << QStringLiteral("a,b,c") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("quoted separator") << QStringLiteral("\"a,b\",c") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")};
    QTest::newRow("doubled quote") << QStringLiteral("\"say \"\"x\"\"\",y") << QStringList{QStringLiteral("say \"x\""), QStringLiteral("y")};
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("spaces trimmed") << QStringLiteral(" a , b ") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("empty cells") << QStringLiteral(",,") << QStringList{QString(), QString(), QString()};
}

void TestBatchInput::csvRecordSplitting()
{
    QFETCH(QString, line);
    QFETCH(QStringList, cells);
    QCOMPARE(BatchInput::splitCsvRecord(line), cells);
}

void TestBatchInput::fileErrors()
{
    BatchInput input;
    QString error;
    QVERIFY(!BatchInput::parseFile(QStringLiteral("/nonexistent/list.csv"), &input, &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/list.csv")));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("list.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(BatchInputCases::PlainList);
    file.close();
    QVERIFY(BatchInput::parseFile(file.fileName(), &input, &error));
    QCOMPARE(input.items.size(), 3);
}

QTEST_GUILESS_MAIN(TestBatchInput)
#include "tst_batchinput.moc"
