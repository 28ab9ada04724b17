#include "FuzzTargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// Runs the seed corpus of every fuzz target through the same entry points
// the libFuzzer targets use, with any compiler (the g++ suite), so the
// targets and their invariants cannot rot between fuzz runs. Files named
// ok-* must be accepted and bad-* refused (the corpus stays realistic);
// every prefix of every seed and a few byte flips are run as a tiny,
// deterministic mutation pass.
namespace {
using Entry = int (*)(const uint8_t *, size_t);

Entry entryFor(const QString &target)
{
    if (target == QLatin1String("json"))
        return &FuzzTargets::json;
    if (target == QLatin1String("retry_after"))
        return &FuzzTargets::retryAfter;
    if (target == QLatin1String("safe_url"))
        return &FuzzTargets::safeUrl;
#ifdef PIPES_FUZZ_HAVE_BATCH
    if (target == QLatin1String("batch_input"))
        return &FuzzTargets::batchInput;
#endif
    return nullptr;
}

int run(Entry entry, const QByteArray &bytes)
{
    return entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}
} // namespace

class TestFuzzCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        QDir corpus(QStringLiteral(PIPES_FUZZ_CORPUS_DIR));
        const QStringList targets = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(targets.size() >= 3);
        for (const QString &target : targets) {
            if (!entryFor(target)) {
                qInfo("no entry point for %s in this build (src/batch missing?)", qPrintable(target));
                continue;
            }
            const QStringList files = QDir(corpus.filePath(target)).entryList(QDir::Files);
            QVERIFY2(files.size() >= 5, qPrintable(target));
            for (const QString &file : files)
                QTest::newRow(qPrintable(target + QLatin1Char('/') + file)) << target << corpus.filePath(target + QLatin1Char('/') + file);
        }
    }

    void seeds()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        const Entry entry = entryFor(target);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QString name = QFileInfo(file).fileName();
        const int accepted = run(entry, bytes);
        if (name.startsWith(QLatin1String("ok-")))
            QVERIFY2(accepted == 1, "a realistic seed is refused: the decoder or the seed is wrong");
        else if (name.startsWith(QLatin1String("bad-")))
            QVERIFY2(accepted == 0, "a hostile seed is accepted");

        // Mini mutation pass: every prefix (bounded), and flips at a few offsets.
        QElapsedTimer clock;
        clock.start();
        const qsizetype step = qMax<qsizetype>(1, bytes.size() / 512);
        for (qsizetype n = 0; n < bytes.size(); n += step)
            run(entry, bytes.left(n));
        for (qsizetype i = 0; i < bytes.size(); i += qMax<qsizetype>(1, bytes.size() / 64)) {
            for (char c : {'\0', '"', '{', ']', '\xff', ':', '/', '\n'}) {
                QByteArray mutated = bytes;
                mutated[i] = c;
                run(entry, mutated);
            }
        }
        QVERIFY(clock.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzz_corpus.moc"
