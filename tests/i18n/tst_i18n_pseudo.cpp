// The translation check: the real windows and dialogs under a pseudo locale
// (every string from tr() wrapped in [ ], accented and 30 % longer, compiled
// from the .ts that lupdate writes from src/ and ui/ at build time). A text
// that is not pseudo-translated bypassed tr(); a text that does not fit is
// cut off at the default window size (1280x800).

#include "gui/ConnectLinkDialog.h"
#include "config/ConnectionTester.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "config/EnvironmentStore.h"
#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"
#include "Pseudo.h"
#include "sandbox/SandboxSeed.h"
#include "config/SecretStore.h"
#include "UiTextChecker.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
// Runs the layout requests a change posted (a window is laid out again on the
// next event-loop turn), so a check sees the layout a person would see.
void settleLayouts()
{
    for (int round = 0; round < 4; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}


// Findings reported to the owners of the windows and awaiting a fix. Each is
// expected to fail (QEXPECT_FAIL); once fixed the test says XPASS and fails
// until the line is removed here. Nothing else may be found.
const QStringList KnownFindings = {
};

// What lupdate warned about when extracting src/ and ui/, as "file: warning"
// (no line numbers). "tr() cannot be called without context": a file-local
// tr() helper that lupdate cannot see, so the strings are never extracted;
// "Class '...' lacks Q_OBJECT macro": the strings are extracted under a
// context that may differ from the one used at run time.
const QStringList KnownExtractionWarnings = {
    QStringLiteral("src/cli/CliErrors.cpp: Class 'CliErrors' lacks Q_OBJECT macro"),
    QStringLiteral("src/core/SafeUrl.cpp: Class 'SafeUrl' lacks Q_OBJECT macro"),
};

// Dates as the program shows them (QLocale formats are the locale's, not ours to translate).
QStringList shownDates(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    return {locale.toString(when.toLocalTime(), QLocale::ShortFormat),
            locale.toString(when.toLocalTime(), QLocale::LongFormat),
            locale.toString(when.toLocalTime(), QLocale::NarrowFormat),
            locale.toString(when.toLocalTime().date(), QLocale::ShortFormat),
            locale.toString(when.toLocalTime().date(), QLocale::LongFormat)};
}

// Everything WorkOS told about the providers and the user's accounts is data.
QStringList providerData(const ProviderTreeModel *model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const DataProvider &p = model->provider(row);
        out << p.id << p.name << p.description << p.slug << p.integrationType << p.credentialsType << p.ownershipText
            << p.scopes << shownDates(p.createdAt) << shownDates(p.updatedAt);
        if (const std::optional<ConnectedAccount> &a = p.connectedAccount) {
            out << a->id << a->userId << a->organizationId << a->scopes << a->stateText << a->authMethod
                << a->apiKeyLast4 << shownDates(a->createdAt) << shownDates(a->updatedAt);
        }
    }
    return out;
}

// The parts of a pseudo-translated list entry ("[alice@acme.com\nAlice Nguyen · user_01H...~~]") that are data.
QStringList dataParts(const QString &shown)
{
    static const QRegularExpression separators(QStringLiteral("[\n\u00b7,]"));
    static const QRegularExpression decoration(QStringLiteral("^\\[|~*\\]$"));
    QStringList out;
    const QStringList parts = shown.split(separators);
    for (QString part : parts)
        out << part.remove(decoration).trimmed();
    return out;
}

} // namespace

class TestI18nPseudo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStringIsExtracted();
    void pseudoText_data();
    void pseudoText();
    void checkerFindsBypassesAndCutOffs();
    void mainWindowEmpty();
    void mainWindowWithUser();
    void mainWindowNoMatch();
    void confirmationsAndNotices();
    void connectLinkDialog();
    void environmentSettingsDialog();
    void everyKnownFindingStillOccurs();

private:
    void expectOnly(const UiTextChecker &checker);
    void addSeedData(UiTextChecker &checker, MainWindow *window);

    QTranslator m_translator;
    QStringList m_seen; // known findings that occurred
};

void TestI18nPseudo::initTestCase()
{
    QVERIFY2(m_translator.load(QStringLiteral(PIPES_PSEUDO_QM)), PIPES_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    // The catalogue is the one lupdate extracted: a string of the window is in it.
    const QString title = QCoreApplication::translate("ConnectLinkDialog", "Send a connect link");
    QVERIFY2(title.startsWith(Pseudo::Open) && title.endsWith(Pseudo::Close), qPrintable(title));
}

// lupdate must see every tr() with the context it has at run time; what it
// cannot see is never offered to translators.
void TestI18nPseudo::everyStringIsExtracted()
{
    QFile log(QStringLiteral(PIPES_LUPDATE_LOG));
    QVERIFY2(log.open(QIODevice::ReadOnly | QIODevice::Text), PIPES_LUPDATE_LOG);
    static const QRegularExpression warning(QStringLiteral("^(.+?):[0-9]+: (.+)$"));
    const QString root = QStringLiteral(PIPES_SOURCE_DIR "/");
    QStringList found;
    const QStringList lines = QString::fromUtf8(log.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = warning.match(line.trimmed());
        if (!m.hasMatch())
            continue;
        QString file = m.captured(1);
        if (file.startsWith(root))
            file = file.mid(root.size());
        const QString key = file + QStringLiteral(": ") + m.captured(2);
        if (!found.contains(key))
            found.append(key);
    }
    QStringList unexpected;
    for (const QString &k : std::as_const(found)) {
        if (!KnownExtractionWarnings.contains(k))
            unexpected.append(k);
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("\n") + unexpected.join(u'\n')));
    for (const QString &known : KnownExtractionWarnings) {
        QEXPECT_FAIL("", qPrintable(known), Continue);
        QVERIFY2(!found.contains(known), qPrintable(known));
    }
}

void TestI18nPseudo::pseudoText_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("pseudo");
    QTest::newRow("plain") << QStringLiteral("Find") << QStringLiteral("[F\u00ednd~~]");
    QTest::newRow("placeholders") << QStringLiteral("%1 of %L2 (%n)") << QStringLiteral("[%1 \u00f3f %L2 (%n)~~~]");
    QTest::newRow("mnemonic") << QStringLiteral("&Quit") << QStringLiteral("[&Q\u00fa\u00edt~~]");
    QTest::newRow("html") << QStringLiteral("<b>Demo</b> &amp; more") << QStringLiteral("[<b>D\u00e9m\u00f3</b> &amp; m\u00f3r\u00e9~~~~]");
    QTest::newRow("shortcut") << QStringLiteral("Ctrl+Shift+C") << QStringLiteral("Ctrl+Shift+C");
    QTest::newRow("function key") << QStringLiteral("F5") << QStringLiteral("F5");
}

void TestI18nPseudo::pseudoText()
{
    QFETCH(QString, source);
    QFETCH(QString, pseudo);
    QCOMPARE(Pseudo::translate(source), pseudo);
    // 30 % longer than the text shown (placeholders, tags and mnemonics count once).
    if (source != pseudo) {
        QVERIFY(Pseudo::translate(source).size() >= source.size() * 13 / 10);
        QCOMPARE(Pseudo::removeTranslated(Pseudo::translate(source)).trimmed(), QString());
    }
}

// The checker itself must see a bypass and a cut-off, or every other test here proves nothing.
void TestI18nPseudo::checkerFindsBypassesAndCutOffs()
{
    QWidget window;
    window.setWindowTitle(Pseudo::translate(QStringLiteral("Window")));
    auto *plain = new QLabel(QStringLiteral("Not through tr"), &window);
    plain->setObjectName(QStringLiteral("plainLabel"));
    plain->setGeometry(0, 0, 300, 30);
    auto *mixed = new QLabel(Pseudo::translate(QStringLiteral("User %1")).arg(QStringLiteral("alice@acme.com"))
                                 + QStringLiteral(" - Acme Inc (active)"),
                             &window);
    mixed->setObjectName(QStringLiteral("mixedLabel"));
    mixed->setGeometry(0, 40, 600, 30);
    auto *fine = new QLabel(Pseudo::translate(QStringLiteral("Signed in as %1")).arg(QStringLiteral("user_01H0000000ABCDEF")), &window);
    fine->setGeometry(0, 80, 600, 30);
    // Literal brackets of the source text and nested translations are still one translation.
    auto *brackets = new QLabel(Pseudo::translate(QStringLiteral("Pipes Admin - [%1]"))
                                    .arg(Pseudo::translate(QStringLiteral("Production"))),
                                &window);
    brackets->setGeometry(0, 160, 600, 30);
    auto *narrow = new QPushButton(Pseudo::translate(QStringLiteral("Send connect link...")), &window);
    narrow->setObjectName(QStringLiteral("narrowButton"));
    narrow->setGeometry(0, 120, 40, 30);
    window.resize(700, 220);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    UiTextChecker checker;
    checker.addData(QStringLiteral("Acme Inc"));
    checker.checkWindow(&window);
    const QStringList keys = checker.keys();
    QVERIFY2(keys.contains(QStringLiteral("untranslated: QLabel#plainLabel: Not through tr")), qPrintable(checker.report()));
    QVERIFY2(keys.contains(QStringLiteral("untranslated: QLabel#mixedLabel: - (active)")), qPrintable(checker.report()));
    bool sawCutOff = false;
    for (const QString &k : keys)
        sawCutOff = sawCutOff || k.startsWith(QStringLiteral("cut off: QPushButton#narrowButton"));
    QVERIFY2(sawCutOff, qPrintable(checker.report()));
    QCOMPARE(keys.size(), 3);
}

void TestI18nPseudo::expectOnly(const UiTextChecker &checker)
{
    const QStringList found = checker.keys();
    QStringList unexpected;
    for (const QString &k : found) {
        if (!KnownFindings.contains(k))
            unexpected.append(k);
    }
    if (!found.isEmpty())
        qInfo("%s", qPrintable(checker.report()));
    QVERIFY2(unexpected.isEmpty(), qPrintable(QStringLiteral("\n") + unexpected.join(u'\n')));
    for (const QString &known : KnownFindings) {
        if (!found.contains(known))
            continue; // a finding of another window or state
        m_seen.append(known);
        QEXPECT_FAIL("", qPrintable(known), Continue);
        QVERIFY2(!found.contains(known), qPrintable(known));
    }
}

void TestI18nPseudo::addSeedData(UiTextChecker &checker, MainWindow *window)
{
    checker.addData(QStringLiteral("Test sandbox")); // the environment name GuiHarness gives the window
    checker.addData(QStringLiteral("Pipes Admin"));  // the product's name
    checker.addData(QString(SandboxSeed::AcmeOrgName));
    checker.addData(providerData(window->providersPanel()->model()));
    // The people and organizations the lists show are data too.
    const QList<QAbstractItemView *> views = window->findChildren<QAbstractItemView *>();
    for (const QAbstractItemView *view : views) {
        if (qobject_cast<const QTableView *>(view) || !view->model())
            continue;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            checker.addData(dataParts(view->model()->index(row, 0).data().toString()));
    }
}

void TestI18nPseudo::mainWindowEmpty()
{
    GuiHarness h;
    std::unique_ptr<MainWindow> window = h.makeWindow();
    QCOMPARE(window->size(), QSize(1280, 800));
    QTRY_VERIFY(window->workspace() && window->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->isVisible());
    settleLayouts();
    UiTextChecker checker;
    addSeedData(checker, window.get());
    checker.checkWindow(window.get());
    expectOnly(checker);
}

void TestI18nPseudo::mainWindowWithUser()
{
    GuiHarness h;
    std::unique_ptr<MainWindow> window = h.makeWindow();
    QVERIFY(GuiHarness::openUser(window.get(), SandboxSeed::AliceEmail));
    auto *table = window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    QTRY_VERIFY(window->findChild<QPlainTextEdit *>(QStringLiteral("rawJson"))->toPlainText().contains(QStringLiteral("slack")));
    settleLayouts();
    // For people: how the window looks in the pseudo locale (next to the test's .qm).
    window->grab().save(QStringLiteral(PIPES_PSEUDO_QM).replace(QStringLiteral(".qm"), QStringLiteral("-mainwindow.png")));
    UiTextChecker checker;
    addSeedData(checker, window.get());
    checker.checkWindow(window.get());
    // The status and owner columns are the program's words unless they show the raw value from WorkOS.
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : {int(ProviderTreeModel::StatusColumn), int(ProviderTreeModel::OwnershipColumn)}) {
            const QModelIndex index = model->index(row, column);
            if (index.data().toString() != index.data(ProviderTreeModel::RawValueRole).toString())
                checker.checkText(QStringLiteral("ProviderTreeModel column %1").arg(column), index.data().toString());
        }
    }
    // Their cells (badges drawn by a delegate) must fit their columns.
    for (int column : {int(ProviderTreeModel::StatusColumn), int(ProviderTreeModel::OwnershipColumn)}) {
        if (table->isColumnHidden(column))
            continue;
        const int needed = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column); // public there
        QString widest;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = model->index(row, column).data().toString();
            if (table->fontMetrics().horizontalAdvance(text) > table->fontMetrics().horizontalAdvance(widest))
                widest = text;
        }
        if (table->columnWidth(column) < needed)
            checker.reportCutOff(QStringLiteral("QAbstractItemView#providerTable cells of column %1").arg(column), widest, needed,
                                 table->columnWidth(column));
    }
    expectOnly(checker);
}

void TestI18nPseudo::mainWindowNoMatch()
{
    GuiHarness h;
    std::unique_ptr<MainWindow> window = h.makeWindow();
    GuiHarness::search(window.get(), QStringLiteral("nobody@example.com"));
    // The answer is in: the message says so and nothing is in flight any more.
    const QString noMatch = QCoreApplication::translate("SearchPanel", "No user has the email %1.")
                                .arg(QStringLiteral("nobody@example.com"));
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("searchMessage"))->text(), noMatch);
    QTRY_COMPARE(window->findChild<QLabel *>(QStringLiteral("inFlightLabel"))->text(),
                 QCoreApplication::translate("ApiStatusBar", "Ready"));
    settleLayouts();
    UiTextChecker checker;
    addSeedData(checker, window.get());
    checker.addData(QStringLiteral("nobody@example.com"));
    checker.checkWindow(window.get());
    expectOnly(checker);
}

void TestI18nPseudo::confirmationsAndNotices()
{
    GuiHarness h;
    std::unique_ptr<MainWindow> window = h.makeWindow();
    QVERIFY(GuiHarness::openUser(window.get(), SandboxSeed::AliceEmail));
    auto *table = window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    h.prompter.setNextAnswer(Prompter::Answer::Rejected);
    QTest::keyClick(table, Qt::Key_Delete);
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->objectName() == QLatin1String("actionAbout"))
            a->trigger();
    }
    QVERIFY2(!h.prompter.confirmations.isEmpty(), "Delete asked nothing");
    QVERIFY2(!h.prompter.notices.isEmpty(), "About showed nothing");
    UiTextChecker checker;
    addSeedData(checker, window.get());
    checker.addData(QStringLiteral(PIPES_ADMIN_VERSION));
    checker.addData(h.server.baseUrl().toString());
    for (const Confirmation &c : std::as_const(h.prompter.confirmations)) {
        checker.checkText(QStringLiteral("Confirmation title"), c.title);
        checker.checkText(QStringLiteral("Confirmation text"), c.text);
        checker.checkText(QStringLiteral("Confirmation informative text"), c.informativeText);
        checker.checkText(QStringLiteral("Confirmation accept label"), c.acceptLabel);
    }
    for (const Notice &n : std::as_const(h.prompter.notices)) {
        checker.checkText(QStringLiteral("Notice title"), n.title);
        checker.checkText(QStringLiteral("Notice text"), n.text);
        checker.checkText(QStringLiteral("Notice detail"), n.detail);
    }
    expectOnly(checker);
}

void TestI18nPseudo::connectLinkDialog()
{
    GuiHarness h;
    std::unique_ptr<MainWindow> window = h.makeWindow();
    QVERIFY(GuiHarness::openUser(window.get(), SandboxSeed::AliceEmail));
    auto *table = window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ConnectLinkDialog *>()) && dialog->isVisible());
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return); // Get link
    QTRY_VERIFY(!dialog->link().isEmpty());
    settleLayouts();
    dialog->grab().save(QStringLiteral(PIPES_PSEUDO_QM).replace(QStringLiteral(".qm"), QStringLiteral("-connectlink.png")));
    UiTextChecker checker;
    addSeedData(checker, window.get());
    checker.addData(dialog->link().toString());
    checker.checkWindow(dialog);
    expectOnly(checker);
}

void TestI18nPseudo::environmentSettingsDialog()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    SecretStore secrets(QStringLiteral("pipes-admin-test-i18n"));
    secrets.useMemoryOnly();
    EnvironmentStore store(&settings, QString());
    Environment staging;
    staging.name = QStringLiteral("Staging");
    QVERIFY(store.add(staging).ok());
    EnvironmentSettingsDialog dialog(&store, &secrets, ConnectionTester());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectEnvironment(QStringLiteral("Staging"));
    // The stored key is read from the (memory-only) keychain.
    auto *storedKey = dialog.findChild<QLabel *>(QStringLiteral("storedKeyLabel"));
    const QString checking = QCoreApplication::translate("EnvironmentSettingsDialog", "Checking the keychain…");
    QTRY_VERIFY(!storedKey->text().isEmpty() && storedKey->text() != checking);
    settleLayouts();
    UiTextChecker checker;
    checker.addData(QStringLiteral("Staging"));
    checker.checkWindow(&dialog);
    dialog.startAdding();
    settleLayouts();
    checker.checkWindow(&dialog);
    expectOnly(checker);
}

// Runs last: a known finding that no window showed has been fixed and must leave the list.
void TestI18nPseudo::everyKnownFindingStillOccurs()
{
    QStringList fixed;
    for (const QString &known : KnownFindings) {
        if (!m_seen.contains(known))
            fixed.append(known);
    }
    QVERIFY2(fixed.isEmpty(), qPrintable(QStringLiteral("fixed, remove from KnownFindings:\n") + fixed.join(u'\n')));
}

QTEST_MAIN(TestI18nPseudo)
#include "tst_i18n_pseudo.moc"
