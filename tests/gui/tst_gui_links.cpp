// The Links window and the desk's part in following connect links: a link
// made in the connect-link dialog is listed waiting; when the customer
// finishes it on the sandbox the background tracker (no dialog open) marks it
// completed, the notification seam is told, and the providers view shows the
// new state; the window shows the same rows after a restart; "Close link"
// closes one by hand; the model passes QAbstractItemModelTester and shows
// "stale" from the link's age on an injected clock.

#include "GuiHarness.h"
#include "gui/ConnectLinkDialog.h"
#include "gui/ProvidersPanel.h"
#include "gui/links/LinkNotifier.h"
#include "gui/links/LinkTableModel.h"
#include "gui/links/LinksDesk.h"
#include "gui/links/LinksWindow.h"
#include "gui/settings/MessagesSettingsPage.h"
#include "models/ProviderTreeModel.h"
#include "sandbox/SandboxSeed.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace {
struct RecordingNotifier final : LinkNotifier
{
    struct Note
    {
        qint64 id;
        QString title;
        QString text;
    };
    QList<Note> notes;
    void linkCompleted(const LinkRecord &link, const QString &title, const QString &text) override
    {
        notes.append({link.id, title, text});
    }
};

LinkRecord linkFor(const QString &slug, const QString &connectionId, const QString &ticket)
{
    LinkRecord l;
    l.environment = QStringLiteral("Sandbox");
    l.ownerKind = QStringLiteral("user");
    l.ownerId = SandboxSeed::AliceUserId;
    l.userId = l.ownerId;
    l.userEmail = SandboxSeed::AliceEmail;
    l.providerSlug = slug;
    l.connectionId = connectionId;
    l.intent = connectionId.isEmpty() ? LinkIntent::Slot : LinkIntent::Reauthorize;
    l.ticket = ticket;
    return l;
}

bool customerCompletes(const QUrl &link)
{
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(link)));
    return QTest::qWaitFor([&reply] { return reply->isFinished(); }) && reply->error() == QNetworkReply::NoError;
}

int rowWithText(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}
} // namespace

class TestGuiLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTheTesterAndShowsStaleFromTheClock();
    void linkFromTheDialogCompletesInTheBackgroundAndNotifies();
    void windowShowsTheSameRowsAfterARestart();
    void closeLinkClosesTheSelectedOne();
    void environmentSwitchDropsTheTrackerAndItsCheck();
    void staleAgeFromSettingsMarksTheOpenWindow();

private:
    // Makes a link for `slug` in the connect-link dialog with `ticket`, closes the dialog, returns the link.
    QUrl linkFromDialog(const QString &slug, const QString &ticket);
    QAbstractItemView *providers() const { return m_window->findChild<QTreeView *>(QStringLiteral("providerTable")); }

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiLinks::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiLinks::cleanup()
{
    m_window.reset();
    h.reset();
}

QUrl TestGuiLinks::linkFromDialog(const QString &slug, const QString &ticket)
{
    if (!GuiHarness::selectSlug(providers(), slug)) {
        qWarning("cannot select %s", qPrintable(slug));
        return QUrl();
    }
    m_window->activateWindow();
    m_window->findChild<QAction *>(QStringLiteral("actionConnectLink"))->trigger(); // Ctrl+L
    ProvidersPanel *panel = m_window->providersPanel();
    QPointer<ConnectLinkDialog> d;
    // The new dialog (an earlier one may still be on its way out).
    if (!QTest::qWaitFor([&d, panel] {
            d = panel->connectLinkDialog();
            return d && d->isVisible() && d->link().isEmpty();
        })) {
        qWarning("no dialog for %s", qPrintable(slug));
        return QUrl();
    }
    auto *reason = d->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, ticket);
    QTest::keyClick(reason, Qt::Key_Return);
    if (!QTest::qWaitFor([&d] { return !d->link().isEmpty(); })) {
        qWarning("no link for %s", qPrintable(slug));
        return QUrl();
    }
    const QUrl url = d->link();
    d->reject(); // nobody keeps a dialog open to watch
    if (!QTest::qWaitFor([&d] { return d.isNull() || !d->isVisible(); }))
        return QUrl();
    return url;
}

void TestGuiLinks::modelPassesTheTesterAndShowsStaleFromTheClock()
{
    AuditLog *log = h->audit.get();
    QVERIFY(log->addLink(linkFor(QString(SandboxSeed::SlackSlug), QString(SandboxSeed::AliceSlackAccountId),
                                 QStringLiteral("SUP-1"))));
    LinkTableModel model(log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(LinkTableModel::ColumnCount));
    QCOMPARE(model.index(0, LinkTableModel::Customer).data().toString(), QString(SandboxSeed::AliceEmail));
    QVERIFY(model.index(0, LinkTableModel::Provider).data().toString().contains(QStringLiteral("slack")));
    QCOMPARE(model.index(0, LinkTableModel::Ticket).data().toString(), QStringLiteral("SUP-1"));
    QVERIFY(model.index(0, LinkTableModel::IssuedBy).data().toString().contains(AuditLog::currentHost()));
    QCOMPARE(model.index(0, LinkTableModel::State).data(LinkTableModel::RawRole).toString(), QStringLiteral("waiting"));

    // A day and an hour later (the clock injected): stale, with its age.
    const QDateTime issued = model.link(0).issuedAt;
    model.setClock([issued] { return issued.addSecs(25 * 3600); });
    QCOMPARE(model.index(0, LinkTableModel::State).data(LinkTableModel::RawRole).toString(), QStringLiteral("stale"));
    QCOMPARE(model.index(0, LinkTableModel::Age).data().toString(), QStringLiteral("1 d"));
    model.setStaleAfterSeconds(48 * 3600); // a longer configured age: not stale yet
    QCOMPARE(model.index(0, LinkTableModel::State).data(LinkTableModel::RawRole).toString(), QStringLiteral("waiting"));

    // A second link for the same connection: the first is superseded and leaves the open view.
    QVERIFY(log->addLink(linkFor(QString(SandboxSeed::SlackSlug), QString(SandboxSeed::AliceSlackAccountId),
                                 QStringLiteral("SUP-2"))));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, LinkTableModel::Ticket).data().toString(), QStringLiteral("SUP-2"));
    model.setWhich(LinkTableModel::Which::All);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, LinkTableModel::State).data(LinkTableModel::RawRole).toString(), QStringLiteral("superseded"));
}

void TestGuiLinks::linkFromTheDialogCompletesInTheBackgroundAndNotifies()
{
    m_window = h->makeWindow();
    RecordingNotifier notifier;
    LinksDesk *desk = m_window->linksDesk();
    desk->setNotifier(&notifier);
    LinkTracker::Options fast;
    fast.intervalMs = 200;
    desk->setTrackerOptions(fast);
    QVERIFY(desk->tracker());
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QCOMPARE(GuiHarness::cell(providers(), QStringLiteral("notion"), ProviderTreeModel::StatusColumn),
             QStringLiteral("Not connected"));

    const QUrl url = linkFromDialog(QStringLiteral("notion"), QStringLiteral("SUP-500"));
    QVERIFY(url.isValid());
    QVERIFY(!m_window->providersPanel()->connectLinkDialog() || !m_window->providersPanel()->connectLinkDialog()->isVisible());

    // Tools > Links…: the link is there, waiting, with its ticket.
    QAction *links = m_window->findChild<QAction *>(QStringLiteral("actionLinks"));
    QVERIFY(links && links->isEnabled());
    links->trigger();
    LinksWindow *window = desk->window();
    QVERIFY(window && window->isVisible());
    const int row = rowWithText(window->model(), LinkTableModel::Ticket, QStringLiteral("SUP-500"));
    QVERIFY(row >= 0);
    QCOMPARE(window->model()->index(row, LinkTableModel::State).data(LinkTableModel::RawRole).toString(),
             QStringLiteral("waiting"));
    window->close(); // it need not stay open either
    QTRY_VERIFY(!desk->window());
    QVERIFY(notifier.notes.isEmpty());

    QVERIFY(customerCompletes(url));
    QTRY_COMPARE_WITH_TIMEOUT(notifier.notes.size(), 1, 10000);
    QVERIFY2(notifier.notes.first().text.contains(QString(SandboxSeed::AliceEmail)), qPrintable(notifier.notes.first().text));
    QVERIFY(notifier.notes.first().text.contains(QStringLiteral("notion")));
    QVERIFY(notifier.notes.first().text.contains(QStringLiteral("SUP-500")));
    QCOMPARE(h->audit->link(notifier.notes.first().id)->state, LinkState::Completed);
    // The providers view showed that customer: it was read again.
    QTRY_COMPARE(GuiHarness::cell(providers(), QStringLiteral("notion"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Connected"));
    // Once only.
    QTest::qWait(600);
    QCOMPARE(notifier.notes.size(), 1);
}

void TestGuiLinks::windowShowsTheSameRowsAfterARestart()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(linkFromDialog(QStringLiteral("notion"), QStringLiteral("SUP-600")).isValid());
    QVERIFY(linkFromDialog(QStringLiteral("slack"), QStringLiteral("SUP-601")).isValid());
    m_window.reset();
    const QString path = h->audit->path();
    h->audit.reset(); // the program quits

    AuditLog reopened(path);
    QVERIFY(reopened.open());
    LinksWindow::Context context;
    context.auditLog = &reopened;
    LinksWindow window(context);
    window.show();
    QCOMPARE(window.model()->rowCount(), 2);
    QVERIFY(rowWithText(window.model(), LinkTableModel::Ticket, QStringLiteral("SUP-600")) >= 0);
    QVERIFY(rowWithText(window.model(), LinkTableModel::Ticket, QStringLiteral("SUP-601")) >= 0);
    QCOMPARE(window.model()->index(0, LinkTableModel::Customer).data().toString(), QString(SandboxSeed::AliceEmail));
    auto *refresh = window.findChild<QPushButton *>(QStringLiteral("refreshLinksButton"));
    QVERIFY(refresh && !refresh->isEnabled()); // no environment connected in this window
}

void TestGuiLinks::closeLinkClosesTheSelectedOne()
{
    AuditLog *log = h->audit.get();
    const std::optional<qint64> id =
        log->addLink(linkFor(QString(SandboxSeed::NotionSlug), QString(), QStringLiteral("SUP-7")));
    QVERIFY(id);
    LinksWindow::Context context;
    context.auditLog = log;
    LinksWindow window(context);
    window.show();
    auto *close = window.findChild<QPushButton *>(QStringLiteral("closeLinkButton"));
    QVERIFY(!close->isEnabled()); // nothing selected
    window.table()->selectRow(0);
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(log->link(*id)->state, LinkState::Closed);
    QCOMPARE(window.model()->rowCount(), 0); // the open view
    window.model()->setWhich(LinkTableModel::Which::All);
    QCOMPARE(window.model()->index(0, LinkTableModel::State).data(LinkTableModel::RawRole).toString(),
             QStringLiteral("closed"));
}

void TestGuiLinks::environmentSwitchDropsTheTrackerAndItsCheck()
{
    SandboxOptions optionsB;
    optionsB.apiKey = QStringLiteral("sk_test_links_environment_b");
    SandboxServer serverB(optionsB);
    QVERIFY(serverB.listen() != 0);
    Environment a;
    a.name = QStringLiteral("Staging A");
    a.baseUrl = h->server.baseUrl();
    a.kind = Environment::Kind::Staging;
    Environment b = a;
    b.name = QStringLiteral("Staging B");
    b.baseUrl = serverB.baseUrl();
    QVERIFY(h->addEnvironment(a, h->server.apiKey()));
    QVERIFY(h->addEnvironment(b, optionsB.apiKey));
    m_window = h->makeWindowFor(h->makeConnector());
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(linkFromDialog(QStringLiteral("notion"), QStringLiteral("SUP-800")).isValid());
    LinksDesk *desk = m_window->linksDesk();
    QPointer<LinkTracker> trackerA = desk->tracker();
    QVERIFY(trackerA);
    QCOMPARE(trackerA->environment(), QStringLiteral("Staging A"));
    LinksWindow *window = desk->openWindow();
    QVERIFY(window);

    // A check in flight on A (its events answer slowly) when the environment switches.
    SandboxFault slow;
    slow.pathPattern = QStringLiteral("/events");
    slow.action = SandboxFault::Action::DripBody;
    slow.dripIntervalMs = 200;
    h->server.addFault(slow);
    trackerA->refreshNow();
    QVERIFY(trackerA->isRefreshing());
    auto *selector = m_window->findChild<QComboBox *>(QStringLiteral("environmentSelector"));
    selector->setFocus();
    QTest::keyClick(selector, Qt::Key_Down);
    QCOMPARE(selector->currentText(), QStringLiteral("Staging B"));
    QTRY_VERIFY(trackerA.isNull());
    QTRY_VERIFY(desk->tracker());
    QCOMPARE(desk->tracker()->environment(), QStringLiteral("Staging B"));
    // The Links window stays, now checking B; A's link is still listed, still waiting.
    QCOMPARE(desk->window(), window);
    QVERIFY(window->findChild<QPushButton *>(QStringLiteral("refreshLinksButton"))->toolTip().contains(
        QStringLiteral("Staging B")));
    const int row = rowWithText(window->model(), LinkTableModel::Ticket, QStringLiteral("SUP-800"));
    QVERIFY(row >= 0);
    QCOMPARE(window->model()->link(row).state, LinkState::Waiting);
    QCOMPARE(window->model()->link(row).environment, QStringLiteral("Staging A"));
    // B has no waiting link of its own: its tracker asks it nothing.
    QTest::qWait(300);
    for (const SandboxRequestRecord &r : serverB.requests())
        QVERIFY2(!r.path.endsWith(QLatin1String("/events")), qPrintable(r.path));
}

void TestGuiLinks::staleAgeFromSettingsMarksTheOpenWindow()
{
    Environment staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = h->server.baseUrl();
    staging.kind = Environment::Kind::Staging;
    QVERIFY(h->addEnvironment(staging, h->server.apiKey()));
    QVERIFY(h->audit->addLink(linkFor(QString(SandboxSeed::NotionSlug), QString(), QStringLiteral("SUP-9"))));
    m_window = h->makeWindowFor(h->makeConnector());
    LinksWindow *links = m_window->linksDesk()->openWindow();
    QVERIFY(links);
    QCOMPARE(links->model()->rowCount(), 1);
    const QDateTime issued = links->model()->link(0).issuedAt;
    links->model()->setClock([issued] { return issued.addSecs(7 * 3600); });
    auto state = [links] {
        return links->model()->index(0, LinkTableModel::State).data(LinkTableModel::RawRole).toString();
    };
    QCOMPARE(state(), QStringLiteral("waiting")); // 7 hours: not stale under the default 24

    // Settings → Messages: 6 hours. The open window marks the row at once.
    m_window->openSettings(MainWindow::SettingsStart::ShowCurrent);
    QWidget *settings = m_window->settingsDialog();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    auto *page = settings->findChild<MessagesSettingsPage *>(QStringLiteral("messagesSettingsPage"));
    QVERIFY(page);
    settings->findChild<QTabWidget *>()->setCurrentWidget(page);
    auto *spin = page->findChild<QSpinBox *>(QStringLiteral("staleAfterSpin"));
    QVERIFY(spin && spin->isEnabled());
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("6"));
    QCOMPARE(state(), QStringLiteral("stale"));
    QCOMPARE(m_window->linksDesk()->staleAfterSeconds(), 6 * 3600);

    // Back to the default: waiting again.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0"));
    QCOMPARE(state(), QStringLiteral("waiting"));
    settings->close();
}

QTEST_MAIN(TestGuiLinks)
#include "tst_gui_links.moc"
