// The history window over a real audit log: what a support person sees,
// filters, the details panel and the CSV export.

#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "FakeFileChooser.h"
#include "widgets/AppPalette.h"
#include "FakePrompter.h"
#include "gui/history/HistoryTableProxy.h"
#include "gui/history/HistoryWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
template <typename T>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QString::fromLatin1(name));
}

int rows(QWidget *window)
{
    return child<QTableView>(window, "historyTable")->model()->rowCount();
}

void chooseData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(combo->findData(data));
}
} // namespace

class TestGuiHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheRecordsNewestFirst();
    void filtersNarrowTheTable();
    void detailsShowTheSelectedRecord();
    void exportsTheMatchingRecords();
    void newActionsAppearWhileOpen();
    void timeEmailAndRequestIdAreReadable();
    void failedRowsAreColouredInBothPalettes();
    void escapeAndCtrlWClose();
    void opensNoLargerThanTheScreen();

private:
    qint64 add(const AuditEntry &entry, const AuditCompletion &completion);
    std::unique_ptr<HistoryWindow> makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    FakePrompter m_prompter;
    FakeFileChooser m_files;
};

qint64 TestGuiHistory::add(const AuditEntry &entry, const AuditCompletion &completion)
{
    const std::optional<qint64> id = m_log->begin(entry);
    if (id && completion.outcome != AuditOutcome::Pending)
        m_log->complete(*id, completion);
    return id.value_or(-1);
}

void TestGuiHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_log = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QVERIFY(m_log->open());
    m_files = FakeFileChooser();
    add({AuditAction::Disconnect, QStringLiteral("Staging"), QStringLiteral("user_01A"), QStringLiteral("alice@acme.com"),
         QStringLiteral("github"), QString(), QStringLiteral("batch_1"), QStringLiteral("TICKET-1")},
        {AuditOutcome::Succeeded, 204, QStringLiteral("req_alice_github"), QString()});
    add({AuditAction::Disconnect, QStringLiteral("Production"), QStringLiteral("user_01B"), QStringLiteral("bob@acme.com"),
         QStringLiteral("slack"), QString(), QString(), QString()},
        {AuditOutcome::Failed, 500, QStringLiteral("req_bob_slack"), QStringLiteral("Internal error")});
    add({AuditAction::ConnectLink, QStringLiteral("Production"), QStringLiteral("user_01C"),
         QStringLiteral("carol@globex.com"), QStringLiteral("github"), QString(), QString(), QString()},
        {AuditOutcome::Succeeded, 201, QStringLiteral("req_carol_link"), QString()});
}

void TestGuiHistory::cleanup()
{
    m_log.reset();
    m_dir.reset();
}

std::unique_ptr<HistoryWindow> TestGuiHistory::makeWindow()
{
    HistoryWindow::Context context;
    context.auditLog = m_log.get();
    context.prompter = &m_prompter;
    context.files = &m_files;
    context.environmentNames = {QStringLiteral("Staging"), QStringLiteral("Production")};
    auto window = std::make_unique<HistoryWindow>(context);
    window->resize(1280, 720);
    window->show();
    return window;
}

void TestGuiHistory::showsTheRecordsNewestFirst()
{
    auto window = makeWindow();
    QAbstractItemModelTester tester(window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rows(window.get()), 3);
    const QAbstractItemModel *model = child<QTableView>(window.get(), "historyTable")->model();
    QCOMPARE(model->index(0, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("carol@globex.com"));
    QCOMPARE(model->index(2, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("alice@acme.com"));
    QCOMPARE(child<QLabel>(window.get(), "countLabel")->text(), QStringLiteral("3 records match"));
}

void TestGuiHistory::filtersNarrowTheTable()
{
    auto window = makeWindow();
    QAbstractItemModelTester tester(window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTest::keyClicks(child<QLineEdit>(window.get(), "providerEdit"), QStringLiteral("github"));
    QTRY_COMPARE(rows(window.get()), 2); // after the typing delay
    chooseData(child<QComboBox>(window.get(), "actionCombo"), QStringLiteral("disconnect"));
    QTRY_COMPARE(rows(window.get()), 1);
    QTest::keyClicks(child<QLineEdit>(window.get(), "providerEdit"), QStringLiteral("x")); // "githubx"
    QTRY_COMPARE(rows(window.get()), 0);
    QTRY_COMPARE(child<QLabel>(window.get(), "countLabel")->text(), QStringLiteral("0 records match"));
    QVERIFY(!child<QPushButton>(window.get(), "exportButton")->isEnabled());
    child<QLineEdit>(window.get(), "providerEdit")->clear();
    chooseData(child<QComboBox>(window.get(), "actionCombo"), QString());
    QTRY_COMPARE(rows(window.get()), 3);

    chooseData(child<QComboBox>(window.get(), "outcomeCombo"), QStringLiteral("failed"));
    QTRY_COMPARE(rows(window.get()), 1);
    chooseData(child<QComboBox>(window.get(), "outcomeCombo"), QString());
    child<QComboBox>(window.get(), "environmentCombo")->setCurrentText(QStringLiteral("Production"));
    QTRY_COMPARE(rows(window.get()), 2);
    child<QComboBox>(window.get(), "environmentCombo")->setCurrentIndex(0); // Any
    QTest::keyClicks(child<QLineEdit>(window.get(), "userEdit"), QStringLiteral("acme"));
    QTRY_COMPARE(rows(window.get()), 2);
    child<QLineEdit>(window.get(), "userEdit")->clear();
    QTRY_COMPARE(rows(window.get()), 3);

    // A custom range in the past hides today's records; "Last hour" shows them.
    child<QComboBox>(window.get(), "rangeCombo")->setCurrentIndex(int(HistoryWindow::Range::Custom));
    QVERIFY(child<QDateTimeEdit>(window.get(), "fromEdit")->isEnabled());
    child<QDateTimeEdit>(window.get(), "fromEdit")->setDateTime(QDateTime::currentDateTime().addDays(-3));
    child<QDateTimeEdit>(window.get(), "toEdit")->setDateTime(QDateTime::currentDateTime().addDays(-2));
    QTRY_COMPARE(rows(window.get()), 0);
    child<QComboBox>(window.get(), "rangeCombo")->setCurrentIndex(int(HistoryWindow::Range::LastHour));
    QTRY_COMPARE(rows(window.get()), 3);
}

void TestGuiHistory::detailsShowTheSelectedRecord()
{
    auto window = makeWindow();
    auto *table = child<QTableView>(window.get(), "historyTable");
    QVERIFY(!child<QPushButton>(window.get(), "copyRequestIdButton")->isEnabled());
    table->setCurrentIndex(table->model()->index(1, 0)); // bob's failed slack disconnect
    const QString details = child<QPlainTextEdit>(window.get(), "detailsText")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("bob@acme.com")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("Internal error")));
    QVERIFY(details.contains(QStringLiteral("HTTP status: 500")));
    QCOMPARE(child<QLineEdit>(window.get(), "requestIdEdit")->text(), QStringLiteral("req_bob_slack"));
    auto *copy = child<QPushButton>(window.get(), "copyRequestIdButton");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("req_bob_slack"));
}

void TestGuiHistory::exportsTheMatchingRecords()
{
    auto window = makeWindow();
    chooseData(child<QComboBox>(window.get(), "actionCombo"), QStringLiteral("disconnect"));
    window->applyFilter();
    QCOMPARE(rows(window.get()), 2);
    const QString path = m_dir->filePath(QStringLiteral("history.csv"));
    m_files.setNextPath(path);
    QTest::mouseClick(child<QPushButton>(window.get(), "exportButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    if (lines.size() == 1)
        lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // header + the two disconnects
    QVERIFY(text.contains(QStringLiteral("req_alice_github")));
    QVERIFY(!text.contains(QStringLiteral("carol@globex.com")));
    QVERIFY(m_prompter.notices.isEmpty());
}

void TestGuiHistory::newActionsAppearWhileOpen()
{
    auto window = makeWindow();
    QAbstractItemModelTester tester(window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = add({AuditAction::Disconnect, QStringLiteral("Staging"), QStringLiteral("user_01D"),
                           QStringLiteral("dave@initech.com"), QStringLiteral("notion"), QString(), QString(), QString()},
                          {AuditOutcome::Pending, 0, QString(), QString()});
    QTRY_COMPARE(rows(window.get()), 4);
    const QAbstractItemModel *model = child<QTableView>(window.get(), "historyTable")->model();
    QCOMPARE(model->index(0, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("dave@initech.com"));
    QVERIFY(m_log->complete(id, {AuditOutcome::AlreadyAbsent, 404, QStringLiteral("req_dave"), QString()}));
    QTRY_COMPARE(model->index(0, AuditTableModel::RequestIdColumn).data().toString(), QStringLiteral("req_dave"));
}

void TestGuiHistory::timeEmailAndRequestIdAreReadable()
{
    // Real shapes: a long work address and a WorkOS-length request id.
    add({AuditAction::Disconnect, QStringLiteral("Production"), QStringLiteral("user_01JDX4Q2K9M7ZP3V8R6T5W1Y0B"),
         QStringLiteral("maximilian.vandenberg@northwind-traders.com"), QStringLiteral("google-drive"),
         QStringLiteral("org_01JDX4Q2K9M7ZP3V8R6T5W1Y0C"), QStringLiteral("batch_01JDX4Q2K9M7ZP3V8R6T5W1Y0D"),
         QStringLiteral("SUP-20417 customer asked to reconnect after the SSO change")},
        {AuditOutcome::Failed, 503, QStringLiteral("req_01JDX4Q2K9M7ZP3V8R6T5W1Y0E"),
         QStringLiteral("WorkOS had a server error (HTTP 503). Try again; if it persists, quote the request id.")});
    auto window = makeWindow(); // 1280 x 720
    auto *table = child<QTableView>(window.get(), "historyTable");
    QTRY_COMPARE(rows(window.get()), 4);
    auto *view = static_cast<QAbstractItemView *>(table); // sizeHintForColumn() is public there
    for (const int column : {int(AuditTableModel::TimeColumn), int(AuditTableModel::EmailColumn),
                             int(AuditTableModel::RequestIdColumn)}) {
        QVERIFY2(!table->isColumnHidden(column), qPrintable(QString::number(column)));
        QVERIFY2(table->columnWidth(column) >= view->sizeHintForColumn(column),
                 qPrintable(QStringLiteral("column %1: %2 px for %3 px of text")
                                .arg(column)
                                .arg(table->columnWidth(column))
                                .arg(view->sizeHintForColumn(column))));
    }
    // Whatever the table leaves out is whole in the details.
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString details = child<QPlainTextEdit>(window.get(), "detailsText")->toPlainText();
    QVERIFY(details.contains(QStringLiteral("org_01JDX4Q2K9M7ZP3V8R6T5W1Y0C")));
    QVERIFY(details.contains(QStringLiteral("quote the request id.")));
}

void TestGuiHistory::failedRowsAreColouredInBothPalettes()
{
    auto window = makeWindow();
    auto *table = child<QTableView>(window.get(), "historyTable");
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(1, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("bob@acme.com"));
    for (const QPalette &palette : {AppPalette::light(), AppPalette::dark()}) {
        table->setPalette(palette);
        const QVariant plain = model->index(0, AuditTableModel::EmailColumn).data(Qt::BackgroundRole);
        const QColor failed = model->index(1, AuditTableModel::EmailColumn).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(!plain.isValid()); // a succeeded row keeps the view's own (alternating) colours
        QVERIFY(failed.isValid());
        QVERIFY2(failed.red() > failed.green() + 20 && failed.red() > failed.blue() + 20, qPrintable(failed.name()));
        // Still a background of this palette: dark stays dark, light stays light, and the text reads on it.
        QCOMPARE(AppPalette::isDark(palette), failed.lightness() < 128);
        const QColor text = model->index(1, AuditTableModel::EmailColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY2(qAbs(text.lightness() - failed.lightness()) > 90, qPrintable(text.name() + failed.name()));
    }
}

void TestGuiHistory::escapeAndCtrlWClose()
{
    for (const QKeyCombination key : {QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::ControlModifier, Qt::Key_W)}) {
        auto window = makeWindow();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(child<QTableView>(window.get(), "historyTable"), key.key(), key.keyboardModifiers());
        QTRY_VERIFY(!window->isVisible());
    }
}

void TestGuiHistory::opensNoLargerThanTheScreen()
{
    HistoryWindow::Context context;
    context.auditLog = m_log.get();
    context.prompter = &m_prompter;
    context.files = &m_files;
    HistoryWindow window(context);
    window.show();
    const QSize available = QGuiApplication::primaryScreen()->availableSize();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
