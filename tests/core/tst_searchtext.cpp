// SearchText (the folded, joined text a quick filter searches) and RowSort
// (the typed sort the self-sorting models use): each agrees with what Qt
// did before, on tables of edge cases and on random strings.

#include "core/RowSort.h"
#include "core/SearchText.h"

#include <QRandomGenerator>
#include <QStringMatcher>
#include <QTest>

#include <algorithm>

class TestSearchText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldedIsSimpleCaseFolding_data();
    void foldedIsSimpleCaseFolding();
    void foldedSharesTextWithNothingToFold();
    void joinedSearchFindsWhatQStringMatcherFinds();
    void joinedSearchNeverSpansTwoFields();
    void supplementaryLettersMatchAcrossCase();
    void sortKeyIsToCaseFolded();
    void byTextOrdersAsQStringCompare();
    void byTextKeepsTiesAndReverses();
};

namespace {

// Letters whose case folding is not ASCII's: Latin-1, the Turkish dotted and
// dotless i, sharp s and its capital, long s, the Kelvin sign, Greek sigmas,
// Cyrillic, and surrogates that pair up at random as Deseret capitals
// (U+10400) and small letters (U+10428) or stand alone.
const QString alphabet = QStringLiteral("aAbBzZ09@._- ") + QString(QChar(0xC4)) + QChar(0xE4) + QChar(0x130) + QChar(0x131)
    + QChar(0xDF) + QChar(0x1E9E) + QChar(0x17F) + QChar(0x212A) + QChar(0x3A3) + QChar(0x3C3) + QChar(0x3C2)
    + QChar(0x416) + QChar(0x436) + QChar(0xD801) + QChar(0xDC00) + QChar(0xDC28);

QString randomText(QRandomGenerator &random, int maxLength)
{
    const int length = int(random.bounded(maxLength + 1));
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
    return text;
}

} // namespace

void TestSearchText::foldedIsSimpleCaseFolding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ascii") << QStringLiteral("Jane.DOE@Example.COM") << QStringLiteral("jane.doe@example.com");
    QTest::newRow("latin-1") << QStringLiteral("ÄÖÜ ÉÈ") << QStringLiteral("äöü éè");
    QTest::newRow("sharp s stays one unit") << QStringLiteral("Straße") << QStringLiteral("straße");
    QTest::newRow("capital sharp s") << QString(QChar(0x1E9E)) << QString(QChar(0xDF));
    QTest::newRow("kelvin sign") << QString(QChar(0x212A)) << QStringLiteral("k");
    QTest::newRow("greek final sigma") << QStringLiteral("ΣΑΣ ς") << QStringLiteral("σασ σ");
    QTest::newRow("cyrillic") << QStringLiteral("ЖЕНЯ") << QStringLiteral("женя");
    QTest::newRow("deseret pair") << QString::fromUcs4(U"\U00010400x") << QString::fromUcs4(U"\U00010428x");
    QTest::newRow("lone surrogates kept") << QString(QChar(0xD801)) + QChar(0xDC00) + QChar(0xDC00) + QChar(0xD801)
                                          << QString::fromUcs4(U"\U00010428") + QChar(0xDC00) + QChar(0xD801);
}

void TestSearchText::foldedIsSimpleCaseFolding()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString folded = SearchText::folded(text);
    QCOMPARE(folded, expected);
    QCOMPARE(folded.size(), text.size());
    QCOMPARE(SearchText::folded(folded), folded); // folding twice changes nothing
}

void TestSearchText::foldedSharesTextWithNothingToFold()
{
    const QString lower = QStringLiteral("jane@example.com").toLower(); // a heap string, not a literal
    QVERIFY(SearchText::folded(lower).constData() == lower.constData());
    const QString latin = QStringLiteral("jäne@exämple.com").toLower();
    QVERIFY(SearchText::folded(latin).constData() == latin.constData());
    const QString upper = QStringLiteral("Jane@example.com").toLower().replace(0, 1, QLatin1Char('J'));
    QVERIFY(SearchText::folded(upper).constData() != upper.constData());
}

void TestSearchText::joinedSearchFindsWhatQStringMatcherFinds()
{
    // The proxies asked QStringMatcher(text, Qt::CaseInsensitive) of each
    // field; they now ask a case-sensitive matcher of the folded text of the
    // joined fields. Same answer, surrogate pairs and lone halves included.
    QRandomGenerator random(20261203);
    int found = 0;
    for (int round = 0; round < 20000; ++round) {
        const QString a = randomText(random, 12);
        const QString b = randomText(random, 12);
        const QString c = randomText(random, 12);
        QString needle = randomText(random, 3);
        if (needle.isEmpty())
            continue;
        if (random.bounded(4) == 0) { // often a real piece of a field, in another case
            const QString &from = random.bounded(2) ? a : c;
            const int at = from.isEmpty() ? 0 : int(random.bounded(int(from.size())));
            needle = from.mid(at, 1 + int(random.bounded(4))).toUpper();
            if (needle.isEmpty())
                continue;
        }
        if (!needle.isValidUtf16()) // half a letter: nothing anyone types
            continue;
        const QStringMatcher before(needle, Qt::CaseInsensitive);
        const bool expected = before.indexIn(a) >= 0 || before.indexIn(b) >= 0 || before.indexIn(c) >= 0;
        const QStringMatcher now(SearchText::folded(needle), Qt::CaseSensitive);
        const bool actual = now.indexIn(SearchText::join({a, b, c})) >= 0;
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("needle %1 in [%2|%3|%4]: matcher %5, joined %6")
                                 .arg(needle, a, b, c)
                                 .arg(expected)
                                 .arg(actual)));
        found += expected ? 1 : 0;
    }
    QVERIFY2(found > 2000, qPrintable(QString::number(found))); // the rounds did find things
}

void TestSearchText::joinedSearchNeverSpansTwoFields()
{
    const QString joined = SearchText::join({u"Alpha", u"Beta", u"", u"Gamma"});
    QCOMPARE(joined, QStringLiteral("alpha\x1f" "beta\x1f\x1fgamma"));
    QVERIFY(!joined.contains(QStringLiteral("ab")));
    QVERIFY(!joined.contains(QStringLiteral("ag")));
    QVERIFY(SearchText::join({}).isEmpty());
    QCOMPARE(SearchText::join({u"", u""}), QStringLiteral("\x1f"));
}

void TestSearchText::supplementaryLettersMatchAcrossCase()
{
    // Outside the Basic Multilingual Plane the pair is folded as one letter:
    // a Deseret capital finds its small letter and the other way round, as
    // QStringMatcher(…, Qt::CaseInsensitive) does.
    const QString capital = QString::fromUcs4(U"user \U00010400");
    const QString small = QString::fromUcs4(U"\U00010428");
    const QStringMatcher now(SearchText::folded(small), Qt::CaseSensitive);
    QVERIFY(now.indexIn(SearchText::join({capital})) >= 0);
    const QStringMatcher nowUpper(SearchText::folded(QString::fromUcs4(U"\U00010400")), Qt::CaseSensitive);
    QVERIFY(nowUpper.indexIn(SearchText::join({QString::fromUcs4(U"x\U00010428")})) >= 0);
}

void TestSearchText::sortKeyIsToCaseFolded()
{
    QRandomGenerator random(3);
    for (int round = 0; round < 20000; ++round) {
        const QString text = randomText(random, 16);
        QCOMPARE(SearchText::sortKey(text), text.toCaseFolded());
    }
    const QString lower = QStringLiteral("support+17@example.com").toLower();
    QVERIFY(SearchText::sortKey(lower).constData() == lower.constData()); // shared, no copy
}

void TestSearchText::byTextOrdersAsQStringCompare()
{
    // Long shared beginnings (the 16-unit prefix ties and the full compare
    // decides), units above U+00FF inside and after the prefix, and prefixes
    // of each other.
    QRandomGenerator random(7);
    const QStringList starts{QStringLiteral("user_01HSCALE000"), QStringLiteral("user1234"), QStringLiteral("a"),
                             QString(), QStringLiteral("user_01HSCALE00") + QChar(0x3A3)};
    std::vector<QString> keys;
    for (int i = 0; i < 3000; ++i)
        keys.push_back(starts.at(int(random.bounded(int(starts.size()))))
                       + randomText(random, 6).toCaseFolded().left(int(random.bounded(7))));
    std::vector<qint64> ties(keys.size());
    for (size_t i = 0; i < ties.size(); ++i)
        ties[i] = qint64(i);
    const std::vector<int> rows = RowSort::byText(keys, ties, Qt::AscendingOrder);
    QCOMPARE(rows.size(), keys.size());
    std::vector<int> expected(keys.size());
    for (size_t i = 0; i < expected.size(); ++i)
        expected[i] = int(i);
    std::stable_sort(expected.begin(), expected.end(),
                     [&keys](int a, int b) { return QString::compare(keys[size_t(a)], keys[size_t(b)]) < 0; });
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i] != expected[i])
            QFAIL(qPrintable(QStringLiteral("row %1: %2 before %3").arg(i).arg(keys[size_t(rows[i])], keys[size_t(expected[i])])));
    }
}

void TestSearchText::byTextKeepsTiesAndReverses()
{
    const std::vector<QString> keys{QStringLiteral("b"), QStringLiteral("user_01HSCALE0000000000000002"), QStringLiteral("a"),
                                    QStringLiteral("user_01HSCALE0000000000000001"), QStringLiteral("b")};
    const std::vector<qint64> ties{0, 1, 2, 3, 4};
    QCOMPARE(RowSort::byText(keys, ties, Qt::AscendingOrder), (std::vector<int>{2, 0, 4, 3, 1}));
    // Descending: keys reversed, equal keys still in the order of ties.
    QCOMPARE(RowSort::byText(keys, ties, Qt::DescendingOrder), (std::vector<int>{1, 3, 0, 4, 2}));
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
