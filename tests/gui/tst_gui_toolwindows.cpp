// The main window's Batch… and History… entries (the window owns one batch
// and one history window), and the notice about actions a crash left unknown.

#include "audit/AuditTableModel.h"
#include "gui/batch/BatchWindow.h"
#include "GuiHarness.h"
#include "gui/history/HistoryWindow.h"
#include "gui/ProvidersPanel.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxStore.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
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

QAction *action(MainWindow *window, const char *name)
{
    return child<QAction>(window, name);
}

Environment staging(const QString &name, const QUrl &url)
{
    Environment env;
    env.name = name;
    env.baseUrl = url;
    env.kind = Environment::Kind::Staging;
    return env;
}

bool waitForDesk(MainWindow *window)
{
    return QTest::qWaitFor([window] {
        auto *edit = child<QLineEdit>(window, "searchEdit");
        return edit && edit->isVisible();
    });
}
} // namespace

class TestGuiToolWindows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void batchOpensWithTheUsersSelectedInTheList();
    void environmentSwitchClosesTheBatchWindow();
    void batchAndHistoryAreOneWindowEach();
    void historyShowsTheDisconnectJustMade();
    void actionsFollowTheState();
    void crashRecoveredActionsAreAnnouncedOnce();

private:
    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiToolWindows::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiToolWindows::cleanup()
{
    m_window.reset();
    h.reset();
}

void TestGuiToolWindows::batchOpensWithTheUsersSelectedInTheList()
{
    m_window = h->makeWindow();
    GuiHarness::search(m_window.get(), SandboxSeed::AcmeOrgId);
    auto *list = child<QListView>(m_window.get(), "userList");
    QTRY_VERIFY(list->model()->rowCount() >= 3);
    // Click the first member, Ctrl+click the third, like a person does.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 0)).center());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      list->visualRect(list->model()->index(2, 0)).center());
    QCOMPARE(list->selectionModel()->selectedRows().size(), 2);
    const QString first = list->model()->index(0, 0).data(Qt::UserRole).toString();
    const QString third = list->model()->index(2, 0).data(Qt::UserRole).toString();
    const QString second = list->model()->index(1, 0).data(Qt::UserRole).toString();
    QVERIFY(first.startsWith(QStringLiteral("user_")));

    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    auto *batch = m_window->batchWindow();
    QVERIFY(batch);
    QTRY_VERIFY(batch->isVisible());
    QCOMPARE(batch->parentWidget(), m_window->workspace()); // it goes with the environment
    const QString input = child<QPlainTextEdit>(batch, "inputEdit")->toPlainText();
    QVERIFY2(input.contains(first) && input.contains(third), qPrintable(input));
    QVERIFY2(!input.contains(second), qPrintable(input));

    // Batch… again raises the same window with the new selection.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, 0)).center());
    m_window->activateWindow();
    action(m_window.get(), "actionBatch")->trigger();
    QCOMPARE(m_window->batchWindow(), batch);
    const QString again = child<QPlainTextEdit>(batch, "inputEdit")->toPlainText();
    QVERIFY(again.contains(second) && !again.contains(first));
}

void TestGuiToolWindows::environmentSwitchClosesTheBatchWindow()
{
    SandboxOptions optionsB;
    optionsB.apiKey = QStringLiteral("sk_test_environment_b");
    SandboxServer serverB(optionsB);
    QVERIFY(serverB.listen() != 0);
    QVERIFY(h->addEnvironment(staging(QStringLiteral("Staging A"), h->server.baseUrl()), h->server.apiKey()));
    QVERIFY(h->addEnvironment(staging(QStringLiteral("Staging B"), serverB.baseUrl()), optionsB.apiKey));
    m_window = h->makeWindowFor(h->makeConnector());
    QVERIFY(waitForDesk(m_window.get()));
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QPointer<QWidget> batch = m_window->batchWindow();
    QVERIFY(batch);
    QTRY_VERIFY(batch->isVisible());
    QVERIFY(batch->windowTitle().contains(QStringLiteral("Staging A")));
    // Nothing selected in the list: the user on the right.
    QVERIFY(child<QPlainTextEdit>(batch, "inputEdit")->toPlainText().contains(QString(SandboxSeed::AliceUserId)));

    auto *selector = child<QComboBox>(m_window.get(), "environmentSelector");
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(selector->currentText(), QStringLiteral("Staging B"));
    QVERIFY(waitForDesk(m_window.get()));
    QTRY_VERIFY(batch.isNull());
    QVERIFY(!m_window->batchWindow());

    // The next one works against B (the desktop activates the main window again).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(m_window->batchWindow() && m_window->batchWindow()->isVisible());
    QVERIFY(m_window->batchWindow()->windowTitle().contains(QStringLiteral("Staging B")));
}

void TestGuiToolWindows::batchAndHistoryAreOneWindowEach()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QAction *batchAction = action(m_window.get(), "actionBatch");
    batchAction->trigger();
    QPointer<BatchWindow> first = m_window->batchWindow();
    QVERIFY(first);
    QTRY_VERIFY(first->isVisible());
    QVERIFY(first->testAttribute(Qt::WA_DeleteOnClose));
    QVERIFY(child<QPlainTextEdit>(first.data(), "inputEdit")->toPlainText().contains(QString(SandboxSeed::AliceUserId)));
    batchAction->trigger();
    QCOMPARE(m_window->batchWindow(), first.data());
    QCOMPARE(m_window->findChildren<BatchWindow *>().size(), 1);
    // Closed, it is gone; Batch… then opens a new one.
    first->close();
    QTRY_VERIFY(first.isNull());
    QVERIFY(!m_window->batchWindow());
    batchAction->trigger();
    QVERIFY(m_window->batchWindow());
    QTRY_VERIFY(m_window->batchWindow()->isVisible());

    QAction *historyAction = action(m_window.get(), "actionHistory");
    historyAction->trigger();
    QPointer<HistoryWindow> history = m_window->historyWindow();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QVERIFY(history->testAttribute(Qt::WA_DeleteOnClose));
    historyAction->trigger();
    QCOMPARE(m_window->historyWindow(), history.data());
    QCOMPARE(m_window->findChildren<HistoryWindow *>().size(), 1);
}

void TestGuiToolWindows::historyShowsTheDisconnectJustMade()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(m_window.get(), "providerTable");
    // Alice has three GitHub connections: the disconnect acts on the one selected, by id.
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AliceGithubAccountId)));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->prompter.setNextReason(QStringLiteral("SUP-5150"));
    QTest::mouseClick(child<QPushButton>(m_window.get(), "disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(h->audit->count(AuditFilter{}), 1);
    QTRY_COMPARE(h->audit->query(AuditFilter{}).first().completion.outcome, AuditOutcome::Succeeded);
    // That one connection went; Alice's "Work" and "Contractor" GitHub connections remain.
    SandboxStore &store = h->server.store();
    const SandboxAccountKey key = store.accountKey(*store.provider(QStringLiteral("github")), SandboxSeed::AliceUserId, QString());
    QVERIFY(!store.accountById(key, SandboxSeed::AliceGithubAccountId));
    QVERIFY(store.accountById(key, SandboxSeed::AliceGithubWorkAccountId));
    QVERIFY(store.accountById(key, SandboxSeed::AliceGithubContractorAccountId));
    QCOMPARE(h->server.requestCount("DELETE", QStringLiteral(".*")), 1);

    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    auto *history = m_window->historyWindow();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    auto *view = child<QTableView>(history, "historyTable");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QAbstractItemModel *model = view->model();
    auto text = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(text(AuditTableModel::ProviderColumn), QStringLiteral("github"));
    QCOMPARE(text(AuditTableModel::ReasonColumn), QStringLiteral("SUP-5150"));
    QVERIFY(text(AuditTableModel::RequestIdColumn).startsWith(QStringLiteral("req_")));
    // The history outlives the environment: it belongs to the main window.
    QCOMPARE(history->parentWidget(), m_window.get());
}

void TestGuiToolWindows::actionsFollowTheState()
{
    // No environment yet (nothing configured): History works, Batch needs one.
    m_window = h->makeWindowFor(h->makeConnector());
    QVERIFY(action(m_window.get(), "actionHistory")->isEnabled());
    QVERIFY(!action(m_window.get(), "actionBatch")->isEnabled());
    QVERIFY(action(m_window.get(), "actionBatch")->isVisible());
    m_window.reset();

    // No audit log: no history to show; batch checks still work (the batch
    // window itself refuses to disconnect without the log).
    h->audit.reset();
    h->auditProblem = QStringLiteral("disk is read-only");
    m_window = h->makeWindow();
    QVERIFY(waitForDesk(m_window.get()));
    QVERIFY(!action(m_window.get(), "actionHistory")->isEnabled());
    QVERIFY(action(m_window.get(), "actionHistory")->toolTip().contains(h->auditProblem));
    QVERIFY(action(m_window.get(), "actionBatch")->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(!m_window->historyWindow());
}

void TestGuiToolWindows::crashRecoveredActionsAreAnnouncedOnce()
{
    // An earlier session began two disconnects and never completed them.
    const QString path = h->dir.filePath(QStringLiteral("crashed.sqlite3"));
    {
        AuditLog earlier(path);
        QVERIFY(earlier.open());
        AuditEntry entry;
        entry.userId = QString(SandboxSeed::AliceUserId);
        entry.providerSlug = QStringLiteral("github");
        QVERIFY(earlier.begin(entry));
        entry.providerSlug = QStringLiteral("slack");
        QVERIFY(earlier.begin(entry));
    }
    h->audit = std::make_unique<AuditLog>(path);
    QVERIFY(h->audit->open());
    QCOMPARE(h->audit->recoveredOnOpen(), 2);
    m_window = h->makeWindow();
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    const Notice &notice = h->prompter.notices.first();
    QCOMPARE(notice.level, Notice::Level::Warning);
    QVERIFY2(notice.text.contains(QStringLiteral("2 actions from an earlier session ended with an unknown outcome")),
             qPrintable(notice.text));
    QVERIFY(notice.text.contains(QStringLiteral("History")));

    // Once: not again when the environment reconnects.
    QVERIFY(waitForDesk(m_window.get()));
    h->connectors.back()->reconnect();
    QVERIFY(waitForDesk(m_window.get()));
    QTest::qWait(100); // on purpose: proves that no second notice comes a little later
    QCOMPARE(h->prompter.notices.size(), 1);

    // The next start finds nothing left open and says nothing.
    m_window.reset();
    h->audit = std::make_unique<AuditLog>(path);
    QVERIFY(h->audit->open());
    QCOMPARE(h->audit->recoveredOnOpen(), 0);
    h->prompter.notices.clear();
    m_window = h->makeWindow();
    QVERIFY(waitForDesk(m_window.get()));
    QTest::qWait(100); // on purpose: proves that no notice comes a little later
    QVERIFY(h->prompter.notices.isEmpty());
}

QTEST_MAIN(TestGuiToolWindows)
#include "tst_gui_toolwindows.moc"
