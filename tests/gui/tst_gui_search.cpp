// The right-hand side always belongs to the user its header names: a new
// search (that finds nobody, fails, or lists several users) takes the
// previous customer's providers and their actions off the screen.

#include "GuiHarness.h"
#include "gui/ProvidersPanel.h"
#include "models/UserListModel.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStatusBar>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>

namespace {
template <typename T>
T *child(const QObject *parent, const char *name)
{
    return GuiHarness::child<T>(parent, name);
}

// What a support person sees on the right: the header, the rows, the buttons.
void verifyNobodyShown(MainWindow *window)
{
    const auto *panel = window->findChild<ProvidersPanel *>(QStringLiteral("providersPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->hasUser());
    const QString title = child<QLabel>(window, "userTitle")->text();
    QVERIFY2(!title.contains(QStringLiteral("alice")), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("No user selected")), qPrintable(title));
    const QAbstractItemView *table = child<QTreeView>(window, "providerTable");
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!table->isVisible());
    QVERIFY(!child<QPushButton>(window, "disconnectButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window, "connectLinkButton")->isEnabled());
    QVERIFY(!child<QPushButton>(window, "refreshButton")->isEnabled());
}
} // namespace

class TestGuiSearch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { h = std::make_unique<GuiHarness>(); }
    void cleanup() { h.reset(); }
    void searchThatFindsNobodyClearsTheProviders();
    void searchThatFailsClearsTheProviders();
    void invalidSearchClearsTheProviders();
    void searchWithSeveralResultsShowsNoUserUntilChosen();
    void lateDisconnectAnswerNamesItsOwnUser();
    void organizationSearchShowsItsSharedConnections();

private:
    std::unique_ptr<GuiHarness> h;
};

void TestGuiSearch::searchThatFindsNobodyClearsTheProviders()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QVERIFY(child<QPushButton>(w.get(), "disconnectButton")->isEnabled()
            || child<QPushButton>(w.get(), "connectLinkButton")->isEnabled());
    GuiHarness::search(w.get(), QStringLiteral("nobody@example.com"));
    QTRY_VERIFY(child<QLabel>(w.get(), "searchMessage")->text().contains(QStringLiteral("No user has the email")));
    verifyNobodyShown(w.get());
}

void TestGuiSearch::searchThatFailsClearsTheProviders()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users");
    fault.status = 400;
    fault.times = -1;
    h->server.addFault(fault);
    GuiHarness::search(w.get(), QStringLiteral("bob@acme.com"));
    QTRY_VERIFY2(child<QLabel>(w.get(), "searchMessage")->text().contains(QStringLiteral("Request id")),
                 qPrintable(child<QLabel>(w.get(), "searchMessage")->text()));
    verifyNobodyShown(w.get());
}

void TestGuiSearch::invalidSearchClearsTheProviders()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    GuiHarness::search(w.get(), QStringLiteral("user_12-3"));
    QTRY_VERIFY(child<QLabel>(w.get(), "searchMessage")->text().contains(QStringLiteral("is not an email address")));
    verifyNobodyShown(w.get());
}

void TestGuiSearch::searchWithSeveralResultsShowsNoUserUntilChosen()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    GuiHarness::search(w.get(), QString(SandboxSeed::AcmeOrgId));
    auto *results = child<QListView>(w.get(), "userList");
    QTRY_VERIFY(results->model()->rowCount() > 1);
    // Alice has left the screen: what shows is the organization searched for,
    // with the connections it shares, and no user until one is chosen.
    const auto *panel = w->findChild<ProvidersPanel *>(QStringLiteral("providersPanel"));
    QVERIFY(!panel->hasUser());
    QVERIFY(panel->isOrganization());
    const QString title = child<QLabel>(w.get(), "userTitle")->text();
    QVERIFY2(!title.contains(QStringLiteral("alice")), qPrintable(title));
    QVERIFY2(title.contains(QString(SandboxSeed::AcmeOrgName)), qPrintable(title));
    QTRY_VERIFY(GuiHarness::connectionIndex(child<QTreeView>(w.get(), "providerTable"),
                                            QString(SandboxSeed::AcmeSalesforceAccountId))
                    .isValid());
    // Choosing one shows exactly that user.
    results->setCurrentIndex(results->model()->index(1, 0));
    QTest::keyClick(results, Qt::Key_Return);
    QTRY_VERIFY(w->findChild<ProvidersPanel *>(QStringLiteral("providersPanel"))->hasUser());
    const QString id = results->model()->index(1, 0).data(UserListModel::IdRole).toString();
    QVERIFY(id.startsWith(QStringLiteral("user_")));
    QTRY_VERIFY2(child<QLabel>(w.get(), "userTitle")->text().contains(id),
                 qPrintable(child<QLabel>(w.get(), "userTitle")->text()));
}

void TestGuiSearch::lateDisconnectAnswerNamesItsOwnUser()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AliceGithubAccountId)));
    // The DELETE answers late; meanwhile the support person opens bob.
    SandboxFault slow;
    slow.method = "DELETE";
    slow.pathPattern = QStringLiteral("/user_management/users/.*/connected_accounts/github");
    slow.status = 204;
    slow.body = QByteArray();
    slow.latencyMs = 800;
    h->server.addFault(slow);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(child<QPushButton>(w.get(), "disconnectButton"), Qt::LeftButton);
    QVERIFY(GuiHarness::openUser(w.get(), QStringLiteral("bob@acme.com")));
    QTRY_VERIFY_WITH_TIMEOUT(w->statusBar()->currentMessage().contains(QStringLiteral("Disconnected")), 10000);
    const QString status = w->statusBar()->currentMessage();
    QVERIFY2(status.contains(QString(SandboxSeed::AliceEmail)) && !status.contains(QStringLiteral("bob@")),
             qPrintable(status));
    QVERIFY(child<QLabel>(w.get(), "userTitle")->text().contains(QStringLiteral("bob@acme.com")));
}

// An org_… search opens the organization's own providers: the connections it
// shares with every member, each disconnected by its id under /organizations/….
void TestGuiSearch::organizationSearchShowsItsSharedConnections()
{
    auto w = h->makeWindow();
    GuiHarness::search(w.get(), QString(SandboxSeed::AcmeOrgId));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTRY_VERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
    QVERIFY(child<QLabel>(w.get(), "userTitle")->text().contains(QString(SandboxSeed::AcmeOrgName)));
    QVERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::AcmeSalesforceAccountId)).isValid());
    // No link from here: a shared connection's link needs the acting member.
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)));
    QVERIFY(!child<QPushButton>(w.get(), "connectLinkButton")->isEnabled());
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->server.clearRequestLog();
    QTest::mouseClick(child<QPushButton>(w.get(), "disconnectButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    const QString info = h->prompter.confirmations.first().informativeText;
    QVERIFY2(info.contains(QStringLiteral("with every member")), qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("1 other Salesforce connection will remain")));
    QTRY_VERIFY(!GuiHarness::connectionIndex(table, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
    QVERIFY(GuiHarness::received(h->server, "DELETE",
                                 QStringLiteral("/organizations/%1/connected_accounts/salesforce").arg(SandboxSeed::AcmeOrgId),
                                 QStringLiteral("connected_account_id=") + SandboxSeed::AcmeSalesforceSandboxAccountId));
    QVERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::AcmeSalesforceAccountId)).isValid()); // the other stays
}

QTEST_MAIN(TestGuiSearch)
#include "tst_gui_search.moc"
