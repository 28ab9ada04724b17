// The history window and the desk together, as the main window owns them:
// a record opens its user in the main window.

#include "audit/AuditTableModel.h"
#include "GuiHarness.h"
#include "gui/history/HistoryWindow.h"
#include "sandbox/SandboxSeed.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>

namespace {
template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}
} // namespace

class TestGuiHistoryDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void doubleClickOpensTheUserInTheMainWindow();
    void aRecordOfAnotherEnvironmentSaysSo();

private:
    HistoryWindow *openHistory();

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiHistoryDesk::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiHistoryDesk::cleanup()
{
    m_window.reset();
    h.reset();
}

HistoryWindow *TestGuiHistoryDesk::openHistory()
{
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    auto *history = qobject_cast<HistoryWindow *>(m_window->historyWindow());
    if (!history || !QTest::qWaitFor([history] { return history->isVisible(); }))
        return nullptr;
    return history;
}

void TestGuiHistoryDesk::doubleClickOpensTheUserInTheMainWindow()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(m_window.get(), "providerTable");
    // Alice has three GitHub connections: the disconnect acts on the one selected, by id.
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AliceGithubAccountId)));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(child<QPushButton>(m_window.get(), "disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(h->audit->count(AuditFilter{}), 1);
    // Someone else is on the desk now.
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::BobEmail));
    QTRY_VERIFY(child<QLabel>(m_window.get(), "userTitle")->text().contains(SandboxSeed::BobEmail));

    HistoryWindow *history = openHistory();
    QVERIFY(history);
    auto *view = child<QTableView>(history, "historyTable");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QRect cell = view->visualRect(view->model()->index(0, AuditTableModel::EmailColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center()); // the press a double-click starts with
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY2(child<QLabel>(m_window.get(), "userTitle")->text().contains(SandboxSeed::AliceEmail),
                 qPrintable(child<QLabel>(m_window.get(), "userTitle")->text() + QLatin1Char(' ')
                            + history->statusBar()->currentMessage()));
    QVERIFY(GuiHarness::waitForProviders(m_window.get()));
    QVERIFY(history->statusBar()->currentMessage().contains(SandboxSeed::AliceEmail));
}

void TestGuiHistoryDesk::aRecordOfAnotherEnvironmentSaysSo()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::BobEmail));
    const std::optional<qint64> id = h->audit->begin({AuditAction::Disconnect, QStringLiteral("Production"),
                                                      QStringLiteral("user_01A"), QStringLiteral("alice@acme.com"),
                                                      QStringLiteral("github"), QString(), QString(), QString()});
    QVERIFY(id);
    HistoryWindow *history = openHistory();
    QVERIFY(history);
    auto *view = child<QTableView>(history, "historyTable");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return); // Enter works like a double-click
    QTRY_VERIFY2(history->statusBar()->currentMessage().contains(QStringLiteral("Production")),
                 qPrintable(history->statusBar()->currentMessage()));
    // The desk still shows bob: nothing from another environment lands on it.
    QVERIFY(child<QLabel>(m_window.get(), "userTitle")->text().contains(SandboxSeed::BobEmail));
}

QTEST_MAIN(TestGuiHistoryDesk)
#include "tst_gui_historydesk.moc"
