// BatchInput: pasted lists and CSV files become items with line numbers;
// every line that is not usable is reported, none is dropped.

#include "batch/BatchInput.h"
#include "BatchInputCases.h"
#include "batch/BatchItem.h"

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
    void severalUsersOnOneLine_data();
    void severalUsersOnOneLine();
    void wordsBesideAnAddressAreNamed();
    void repeatsAreRepeatedNotInvalid();
    void summaryNamesEveryTokenThatIsNotAUser();
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

void TestBatchInput::severalUsersOnOneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("commas") << QStringLiteral("alice@acme.com, bob@acme.com, carol@globex.com");
    QTest::newRow("semicolons") << QStringLiteral("alice@acme.com;bob@acme.com; carol@globex.com");
    QTest::newRow("tabs") << QStringLiteral("alice@acme.com\tbob@acme.com\tcarol@globex.com");
    QTest::newRow("spaces") << QStringLiteral("alice@acme.com bob@acme.com   carol@globex.com");
    QTest::newRow("mixed, ids too") << QStringLiteral("alice@acme.com,user_01H0000000002Z2S6DB5PY4DG9 ;\tcarol@globex.com");
}

void TestBatchInput::severalUsersOnOneLine()
{
    QFETCH(QString, text);
    const BatchInput input = BatchInput::parse(text);
    QCOMPARE(input.items.size(), 3);
    QVERIFY2(input.issues.isEmpty(), qPrintable(input.summary()));
    for (const BatchInputItem &item : input.items)
        QCOMPARE(item.line, 1);
    QCOMPARE(input.items.at(0).value, QStringLiteral("alice@acme.com"));
    QCOMPARE(input.items.at(2).value, QStringLiteral("carol@globex.com"));
    QCOMPARE(batchItemsFrom(input).size(), 3);
}

void TestBatchInput::wordsBesideAnAddressAreNamed()
{
    // A header-less CSV: the names are not users, but they are not dropped silently either.
    const BatchInput input = BatchInput::parse(QByteArray(BatchInputCases::CsvNoHeader));
    QCOMPARE(input.items.size(), 2);
    QCOMPARE(input.issues.size(), 2);
    QCOMPARE(input.issues.at(0).kind, BatchInputIssue::Kind::Ignored);
    QCOMPARE(input.issues.at(0).line, 1);
    QCOMPARE(input.issues.at(0).text, QStringLiteral("Alice"));
    QCOMPARE(input.issues.at(1).text, QStringLiteral("Carol extra"));
    QCOMPARE(input.count(BatchInputIssue::Kind::Ignored), 2);
    // Ignored words are no result rows: only the two users are.
    QCOMPARE(batchItemsFrom(input).size(), 2);
    // A quoted name with a comma stays one word.
    const BatchInput quoted = BatchInput::parse(QStringLiteral("\"Liddell, Alice\",alice@acme.com"));
    QCOMPARE(quoted.items.size(), 1);
    QCOMPARE(quoted.issues.size(), 1);
    QCOMPARE(quoted.issues.at(0).text, QStringLiteral("Liddell, Alice"));
    // A malformed address beside a good one is invalid (a row of its own), not ignored.
    const BatchInput typo = BatchInput::parse(QStringLiteral("alice@acme.com, bob@"));
    QCOMPARE(typo.items.size(), 1);
    QCOMPARE(typo.issues.size(), 1);
    QCOMPARE(typo.issues.at(0).kind, BatchInputIssue::Kind::Invalid);
    QCOMPARE(typo.issues.at(0).text, QStringLiteral("bob@"));
}

void TestBatchInput::repeatsAreRepeatedNotInvalid()
{
    const BatchInput input = BatchInput::parse(QStringLiteral("alice@acme.com, bob@acme.com\nALICE@acme.com\n"));
    QCOMPARE(input.items.size(), 2);
    QCOMPARE(input.issues.size(), 1);
    QCOMPARE(input.issues.at(0).kind, BatchInputIssue::Kind::Repeated);
    QCOMPARE(input.issues.at(0).line, 2);
    const QList<BatchItem> items = batchItemsFrom(input);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(2).outcome, BatchOutcome::Repeated);
    QCOMPARE(BatchOutcomes::name(BatchOutcome::Repeated), QStringLiteral("repeated"));
    QVERIFY(!BatchOutcomes::isProblem(BatchOutcome::Repeated));
    QVERIFY(BatchOutcomes::isProblem(BatchOutcome::InvalidInput));
}

void TestBatchInput::summaryNamesEveryTokenThatIsNotAUser()
{
    const BatchInput input = BatchInput::parse(
        QStringLiteral("Alice alice@acme.com, bob@acme.com\nbob@acme.com\norg_01H0000000001Q235TVG3TEPXA\n"));
    const QString summary = input.summary();
    QVERIFY2(summary.startsWith(QStringLiteral("2 users, 1 repeated (processed once), 1 not recognized, "
                                               "1 line with ignored words")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("line 1: \u201cAlice\u201d")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("line 2: \u201cbob@acme.com\u201d Repeats line 1")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("org_01H0000000001Q235TVG3TEPXA")), qPrintable(summary));
    // Only the first `listed` are spelled out; the rest are counted.
    QVERIFY2(input.summary(1).endsWith(QStringLiteral("and 2 more")), qPrintable(input.summary(1)));
    QCOMPARE(BatchInput::parse(QStringLiteral("alice@acme.com")).summary(), QStringLiteral("1 user"));
    QVERIFY(BatchInput::parse(QString()).summary().isEmpty());
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
    QCOMPARE(input.issues.at(3).kind, BatchInputIssue::Kind::Repeated);
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
