// The real MainWindow against the sandbox: finding users, the providers table,
// stale replies, recent users and how errors read.

#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProviderTreeView.h"
#include "gui/ProvidersPanel.h"
#include "gui/diagnosis/DiagnosisDialog.h"
#include "models/UserListModel.h"
#include "gui/ScopeSummary.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {
template <typename T>
T *child(MainWindow *window, const char *name)
{
    return GuiHarness::child<T>(window, name);
}
QString labelText(MainWindow *window, const char *name)
{
    return child<QLabel>(window, name)->text();
}
} // namespace

class TestGuiMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnoseOpensForTheSelectedConnection();
    void init();
    void cleanup();
    void hintSaysWhatEnterDoes();
    void searchByEmailShowsProviders();
    void searchByUserIdShowsUnknownStateRaw();
    void searchByOrganizationPagesWithLoadMore();
    void usersFoundSortAndFilterFromTheKeyboard();
    void organizationScopeRequeries();
    void filtersNarrowTheTable();
    void sentencesInsteadOfBlankPanes_data();
    void sentencesInsteadOfBlankPanes();
    void staleProvidersNeverLand();
    void refreshWithF5SeesServerChanges();
    void recentUsersSurviveANewWindow();
    void unauthorizedShowsReadableErrorWithRequestId();
    void serverErrorShowsRequestIdInStatusBar();
    void timeoutIsReadable();
    void keyboardShortcuts();
    void f6GoesFromTheSearchToTheTable();
    void failedRefreshMarksTheRowsAsOld();
    void summaryShowsProblemsInEveryScope();
    void filterThatHidesEveryRowSaysSo();
    void userOpensAtTheFirstProblem();

private:
    std::unique_ptr<GuiHarness> h;
};

void TestGuiMainWindow::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiMainWindow::cleanup()
{
    h.reset();
}

void TestGuiMainWindow::hintSaysWhatEnterDoes()
{
    auto w = h->makeWindow();
    auto *edit = child<QLineEdit>(w.get(), "searchEdit");
    auto *find = child<QPushButton>(w.get(), "findButton");
    QVERIFY(!find->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("alice@acme.com"));
    QVERIFY(labelText(w.get(), "searchHint").contains(QStringLiteral("email")));
    edit->clear();
    QTest::keyClicks(edit, QString(SandboxSeed::AcmeOrgId));
    QVERIFY(labelText(w.get(), "searchHint").contains(QStringLiteral("organization's members")));
    edit->clear();
    QTest::keyClicks(edit, QString(SandboxSeed::AliceUserId));
    QVERIFY(labelText(w.get(), "searchHint").contains(QStringLiteral("opens this user")));
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("user_01H-oops"));
    QVERIFY(labelText(w.get(), "searchHint").contains(QStringLiteral("malformed")));
    QVERIFY(find->isEnabled());
}

void TestGuiMainWindow::searchByEmailShowsProviders()
{
    auto w = h->makeWindow();
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    auto *users = child<QListView>(w.get(), "userList");
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QVERIFY(users->model()->index(0, 0).data().toString().contains(QStringLiteral("Alice Nguyen")));
    QVERIFY(GuiHarness::waitForProviders(w.get()));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    using M = ProviderTreeModel;
    // GitHub stands where its worst connection stands, and lists all three under it.
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("github"), M::StatusColumn), QStringLiteral("Needs reauthorization"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("github"), M::DetailsColumn),
             QStringLiteral("3 connections · 1 needs reauthorization"));
    const QModelIndex github = table->model()->index(GuiHarness::rowOfSlug(table, QStringLiteral("github")), 0);
    QCOMPARE(table->model()->rowCount(github), 3);
    QCOMPARE(GuiHarness::connectionCell(table, QString(SandboxSeed::AliceGithubWorkAccountId), M::ProviderColumn),
             QStringLiteral("Work"));
    QCOMPARE(GuiHarness::connectionCell(table, QString(SandboxSeed::AliceGithubContractorAccountId), M::StatusColumn),
             QStringLiteral("Needs reauthorization"));
    // A live standard connection with an empty compatibility slot is connected, not "not connected".
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("hubspot"), M::StatusColumn), QStringLiteral("Connected"));
    QCOMPARE(GuiHarness::connectionCell(table, QString(SandboxSeed::AliceHubspotWorkAccountId), M::ProviderColumn),
             QStringLiteral("Work"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("slack"), M::StatusColumn), QStringLiteral("Needs reauthorization"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("slack"), M::MissingScopesColumn),
             QStringLiteral("chat:write, users:read.email"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("google-drive"), M::MissingScopesColumn),
             QStringLiteral("https://www.googleapis.com/auth/drive.file"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("microsoft-outlook"), M::StatusColumn), QStringLiteral("Disconnected"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("notion"), M::StatusColumn), QStringLiteral("Not connected"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("salesforce"), M::OwnershipColumn), QStringLiteral("Organization"));
    QVERIFY(labelText(w.get(), "userTitle").contains(QString(SandboxSeed::AliceEmail)));
    QVERIFY(labelText(w.get(), "userTitle").contains(QString(SandboxSeed::AliceUserId)));
    // The details pane shows the selected row, raw JSON included.
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    auto *json = w->findChild<QWidget *>(QStringLiteral("rawJson"));
    QVERIFY(json->property("plainText").toString().contains(QString(SandboxSeed::AliceSlackAccountId)));
    QVERIFY(w->findChild<QWidget *>(QStringLiteral("copyAccountId")));
}

void TestGuiMainWindow::searchByUserIdShowsUnknownStateRaw()
{
    auto w = h->makeWindow();
    GuiHarness::search(w.get(), SandboxSeed::DaveUserId);
    QVERIFY(GuiHarness::waitForProviders(w.get()));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("notion"), ProviderTreeModel::StatusColumn),
             QString(SandboxSeed::UnknownAccountState));
    QVERIFY(labelText(w.get(), "userTitle").contains(QString(SandboxSeed::DaveEmail)));
}

void TestGuiMainWindow::searchByOrganizationPagesWithLoadMore()
{
    auto w = h->makeWindow();
    GuiHarness::search(w.get(), SandboxSeed::AcmeOrgId);
    auto *users = child<QListView>(w.get(), "userList");
    auto *more = child<QPushButton>(w.get(), "loadMoreButton");
    QTRY_COMPARE(users->model()->rowCount(), 10);
    QTRY_VERIFY(more->isVisible());
    QTRY_VERIFY(labelText(w.get(), "searchMessage").contains(QString(SandboxSeed::AcmeOrgName)));
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(users->model()->rowCount(), 20);
    QTRY_VERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(users->model()->rowCount(), SandboxSeed::AcmeMemberCount);
    QTRY_VERIFY(!more->isVisible());
    // The `after` cursor was used: three list requests, the later ones with after=
    const auto requests = h->server.requests();
    int withAfter = 0;
    for (const SandboxRequestRecord &r : requests) {
        if (r.path == QLatin1String("/user_management/users") && r.query.contains(QLatin1String("after=")))
            ++withAfter;
    }
    QCOMPARE(withAfter, 2);
    // Clicking a member opens them.
    const QRect rect = users->visualRect(users->model()->index(0, 0));
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(GuiHarness::waitForProviders(w.get()));
}

void TestGuiMainWindow::usersFoundSortAndFilterFromTheKeyboard()
{
    auto w = h->makeWindow();
    auto *filter = child<QLineEdit>(w.get(), "userFilterEdit");
    auto *sort = child<QComboBox>(w.get(), "userSortCombo");
    auto *users = child<QListView>(w.get(), "userList");
    const auto emails = [users] {
        QStringList out;
        for (int row = 0; row < users->model()->rowCount(); ++row)
            out << users->model()->index(row, 0).data(UserListModel::EmailRole).toString();
        return out;
    };
    const auto sorted = [](QStringList list, Qt::SortOrder order) {
        list.sort(Qt::CaseInsensitive);
        if (order == Qt::DescendingOrder)
            std::reverse(list.begin(), list.end());
        return list;
    };
    // One user found: nothing to sort or filter, the controls stay out of the way.
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QVERIFY(!filter->isVisible());
    QVERIFY(!sort->isVisible());

    GuiHarness::search(w.get(), SandboxSeed::AcmeOrgId);
    QTRY_COMPARE(users->model()->rowCount(), 10);
    QTRY_VERIFY(sort->isVisible());
    QVERIFY(filter->isVisible());
    const QStringList found = emails();
    QVERIFY(found != sorted(found, Qt::AscendingOrder)); // the sandbox lists members in another order

    sort->setFocus();
    QTRY_VERIFY(sort->hasFocus());
    QTest::keyClick(sort, Qt::Key_Down);
    QCOMPARE(sort->currentText(), QStringLiteral("Email A–Z"));
    QCOMPARE(emails(), sorted(found, Qt::AscendingOrder));
    QTest::keyClick(sort, Qt::Key_Down);
    QCOMPARE(sort->currentText(), QStringLiteral("Email Z–A"));
    QCOMPARE(emails(), sorted(found, Qt::DescendingOrder));

    // The next page lands in its sorted place.
    auto *more = child<QPushButton>(w.get(), "loadMoreButton");
    QTRY_VERIFY(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    QTRY_COMPARE(users->model()->rowCount(), 20);
    QCOMPARE(emails(), sorted(emails(), Qt::DescendingOrder));

    // A click opens the user shown in that row.
    const QString first = emails().first();
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, users->visualRect(users->model()->index(0, 0)).center());
    QVERIFY(GuiHarness::waitForProviders(w.get()));
    QVERIFY2(labelText(w.get(), "userTitle").contains(first), qPrintable(labelText(w.get(), "userTitle")));

    // Filtering narrows the list and opens no one, not even when the opened user is filtered out.
    const QString other = emails().at(3);
    QTest::keyClicks(filter, other);
    QTRY_VERIFY(users->model()->rowCount() < 20);
    QVERIFY(emails().contains(other));
    for (const QString &email : emails())
        QVERIFY2(email.contains(other, Qt::CaseInsensitive), qPrintable(email));
    QVERIFY(labelText(w.get(), "userTitle").contains(first));
    filter->clear();
    QCOMPARE(users->model()->rowCount(), 20);
    QVERIFY(labelText(w.get(), "userTitle").contains(first));

    // Tab goes from the filter to the order, then into the list.
    filter->setFocus();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_Tab);
    QTRY_VERIFY(sort->hasFocus());
    QTest::keyClick(sort, Qt::Key_Tab);
    QTRY_VERIFY(users->hasFocus());

    // A new search starts unfiltered and keeps the order.
    QTest::keyClicks(filter, QStringLiteral("nobody-matches-this"));
    QTRY_COMPARE(users->model()->rowCount(), 0);
    GuiHarness::search(w.get(), SandboxSeed::AcmeOrgId);
    QTRY_COMPARE(users->model()->rowCount(), 10);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(sort->currentText(), QStringLiteral("Email Z–A"));
    QCOMPARE(emails(), sorted(emails(), Qt::DescendingOrder));
}

void TestGuiMainWindow::organizationScopeRequeries()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *scope = child<QComboBox>(w.get(), "organizationScope");
    QTRY_COMPARE(scope->count(), 5); // none, Acme, Globex, and what each shares
    const int globex = scope->findData(QString(SandboxSeed::GlobexOrgId));
    QVERIFY(globex > 0);
    QVERIFY(scope->itemText(globex).contains(QStringLiteral("Globex")));
    scope->setCurrentIndex(globex);
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTRY_COMPARE(GuiHarness::cell(table, QStringLiteral("github"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Needs reauthorization"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("salesforce"), ProviderTreeModel::StatusColumn),
             QStringLiteral("Needs reauthorization"));
    QVERIFY(h->server.requestCount("GET", QStringLiteral("/user_management/users/.*/data_providers")) >= 2);
    bool sawScoped = false;
    for (const SandboxRequestRecord &r : h->server.requests())
        sawScoped = sawScoped || (r.path.endsWith(QLatin1String("/data_providers")) && r.query.contains(QString(SandboxSeed::GlobexOrgId)));
    QVERIFY(sawScoped);
}

void TestGuiMainWindow::filtersNarrowTheTable()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTest::keyClicks(child<QLineEdit>(w.get(), "providerFilter"), QStringLiteral("slack"));
    QCOMPARE(table->model()->rowCount(), 1);
    child<QLineEdit>(w.get(), "providerFilter")->clear();
    QTest::mouseClick(child<QCheckBox>(w.get(), "problemsOnly"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(child<QCheckBox>(w.get(), "problemsOnly")->isChecked());
    // github (its Contractor connection), slack (reauth), google-drive (missing scope) and
    // microsoft-outlook (disconnected, scopes missing too)
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(GuiHarness::rowOfSlug(table, QStringLiteral("microsoft-outlook")) >= 0);
    // The filter acts on connections: only GitHub's connection that needs attention stays.
    const QModelIndex github = table->model()->index(GuiHarness::rowOfSlug(table, QStringLiteral("github")), 0);
    QCOMPARE(table->model()->rowCount(github), 1);
    QVERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::AliceGithubContractorAccountId)).isValid());
    QVERIFY(!GuiHarness::connectionIndex(table, QString(SandboxSeed::AliceGithubAccountId)).isValid());
    QVERIFY(GuiHarness::rowOfSlug(table, QStringLiteral("hubspot")) < 0); // its one connection is fine
    QVERIFY(GuiHarness::rowOfSlug(table, QStringLiteral("notion")) < 0); // never connected is no problem
}

void TestGuiMainWindow::sentencesInsteadOfBlankPanes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("unknown user") << QString(SandboxSeed::MissingUserId) << QStringLiteral("There is no user with the id");
    QTest::newRow("malformed id") << QStringLiteral("user_01H!!") << QStringLiteral("is not an email address");
    QTest::newRow("empty result") << QStringLiteral("nobody@nowhere.example") << QStringLiteral("No user has the email");
    QTest::newRow("empty organization") << QString(SandboxSeed::HooliOrgId) << QStringLiteral("Hooli has no members");
}

void TestGuiMainWindow::sentencesInsteadOfBlankPanes()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    auto w = h->makeWindow();
    GuiHarness::search(w.get(), text);
    QTRY_VERIFY2(labelText(w.get(), "searchMessage").contains(sentence), qPrintable(labelText(w.get(), "searchMessage")));
    QVERIFY(child<QLabel>(w.get(), "searchMessage")->isVisible());
    QCOMPARE(child<QListView>(w.get(), "userList")->model()->rowCount(), 0);
}

void TestGuiMainWindow::staleProvidersNeverLand()
{
    auto w = h->makeWindow();
    SandboxFault slow;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("/user_management/users/%1/data_providers").arg(SandboxSeed::AliceUserId);
    slow.status = 200;
    slow.body = R"({"object":"list","data":[{"object":"data_provider","id":"data_integration_01HSTALE","name":"Stale",
        "description":null,"slug":"stale","integration_type":"x","credentials_type":"oauth2","scopes":null,
        "ownership":"userland_user","created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-01T00:00:00Z",
        "connected_account":null}]})";
    slow.latencyMs = 800;
    h->server.addFault(slow);
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    // The table's request (personal scope); the summary's reads of Alice's organizations may follow.
    const auto personalReads = [this, &slow] {
        int n = 0;
        for (const SandboxRequestRecord &r : h->server.requests())
            n += QRegularExpression(QRegularExpression::anchoredPattern(slow.pathPattern)).match(r.path).hasMatch()
                && !r.query.contains(QLatin1String("organization_id"));
        return n;
    };
    QTRY_COMPARE(personalReads(), 1);
    GuiHarness::search(w.get(), SandboxSeed::CarolEmail);
    QVERIFY(GuiHarness::waitForProviders(w.get()));
    // A fixed wait on purpose: past Alice's slow answer (800 ms), which must land nowhere.
    QTest::qWait(1200);
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QCOMPARE(table->model()->rowCount(), SandboxSeed::DemoProviderCount);
    QCOMPARE(GuiHarness::rowOfSlug(table, QStringLiteral("stale")), -1);
    QVERIFY(labelText(w.get(), "userTitle").contains(QString(SandboxSeed::CarolEmail)));
}

void TestGuiMainWindow::refreshWithF5SeesServerChanges()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::CarolEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("hubspot"), ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    SandboxStore &store = h->server.store();
    store.removeAccount(store.accountKey(*store.provider(QStringLiteral("hubspot")), SandboxSeed::CarolUserId, QString()));
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_COMPARE(GuiHarness::cell(table, QStringLiteral("hubspot"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Not connected"));
}

void TestGuiMainWindow::recentUsersSurviveANewWindow()
{
    {
        auto w = h->makeWindow();
        QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
        QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::BobEmail));
    }
    auto w = h->makeWindow();
    auto *recent = child<QListView>(w.get(), "recentList");
    QCOMPARE(recent->model()->rowCount(), 2);
    QCOMPARE(recent->model()->index(0, 0).data().toString(), QString(SandboxSeed::BobEmail));
    QCOMPARE(recent->model()->index(1, 0).data().toString(), QString(SandboxSeed::AliceEmail));
    const QRect rect = recent->visualRect(recent->model()->index(1, 0));
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(GuiHarness::waitForProviders(w.get()));
    QTRY_VERIFY(labelText(w.get(), "userTitle").contains(QStringLiteral("Alice Nguyen")));
    QCOMPARE(GuiHarness::cell(child<QTreeView>(w.get(), "providerTable"), QStringLiteral("slack"),
                              ProviderTreeModel::StatusColumn),
             QStringLiteral("Needs reauthorization"));
    // Only ids and emails in the settings file: never the key.
    for (const QString &key : h->settings->allKeys())
        QVERIFY(!h->settings->value(key).toString().contains(h->server.apiKey()));
}

void TestGuiMainWindow::unauthorizedShowsReadableErrorWithRequestId()
{
    ClientConfig config;
    config.apiKey = QStringLiteral("sk_test_wrong");
    auto w = h->makeWindow(config);
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    QTRY_VERIFY(labelText(w.get(), "searchMessage").contains(QStringLiteral("401")));
    QVERIFY(labelText(w.get(), "searchMessage").contains(QStringLiteral("API key")));
    QVERIFY(labelText(w.get(), "searchMessage").contains(QStringLiteral("Request id: ")));
    QVERIFY(labelText(w.get(), "lastErrorLabel").contains(QStringLiteral("Request id: ")));
}

void TestGuiMainWindow::serverErrorShowsRequestIdInStatusBar()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
    fault.status = 500;
    h->server.addFault(fault);
    QTest::keyClick(w.get(), Qt::Key_F5);
    auto *error = child<QLabel>(w.get(), "lastErrorLabel");
    QTRY_VERIFY(error->text().contains(QStringLiteral("500")));
    QVERIFY(error->text().contains(QStringLiteral("Request id: ")));
    // The rows stay: a failed refresh does not blank the table.
    QCOMPARE(child<QTreeView>(w.get(), "providerTable")->model()->rowCount(), SandboxSeed::DemoProviderCount);
    auto *copy = child<QToolButton>(w.get(), "copyErrorButton");
    QVERIFY(copy->isVisible());
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Request id: ")));
}

void TestGuiMainWindow::timeoutIsReadable()
{
    ClientConfig config;
    config.transferTimeoutMs = 300;
    auto w = h->makeWindow(config);
    SandboxFault slow;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("/user_management/users");
    slow.action = SandboxFault::Action::DropConnection;
    slow.latencyMs = 3000;
    h->server.addFault(slow);
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    QTRY_VERIFY_WITH_TIMEOUT(labelText(w.get(), "searchMessage").contains(QStringLiteral("time"), Qt::CaseInsensitive), 5000);
    QVERIFY(!labelText(w.get(), "lastErrorLabel").isEmpty());
}

void TestGuiMainWindow::keyboardShortcuts()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::CarolEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    auto *edit = child<QLineEdit>(w.get(), "searchEdit");
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("github")));
    QTRY_VERIFY(table->hasFocus());
    // Ctrl+C in the table copies the selected connected account's id.
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("data_installation_")));
    // Ctrl+F goes back to the search field with its text selected, ready to overwrite.
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), QString(SandboxSeed::CarolEmail));
    QTest::keyClicks(edit, QString(SandboxSeed::DaveEmail));
    QCOMPARE(edit->text(), QString(SandboxSeed::DaveEmail));
}

// About ten Tabs from the search box to the providers table before; F6 now, and the tooltip says so.
void TestGuiMainWindow::f6GoesFromTheSearchToTheTable()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::CarolEmail));
    auto *edit = child<QLineEdit>(w.get(), "searchEdit");
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QVERIFY(edit->toolTip().contains(QStringLiteral("F6")));
    QTest::keyClick(edit, Qt::Key_F6);
    QTRY_VERIFY(table->hasFocus());
    QVERIFY(table->currentIndex().isValid());
    // The arrows then move through the rows.
    const int row = table->currentIndex().row();
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), row + 1);
}

// A failed refresh keeps the last answer, but says how old it is and greys it until a refresh succeeds.
void TestGuiMainWindow::failedRefreshMarksTheRowsAsOld()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<ProviderTreeView>(w.get(), "providerTable");
    auto *note = child<QLabel>(w.get(), "staleNote");
    QVERIFY(!note->isVisible());
    // Notion's row (not the selected one), as drawn.
    const auto notionRow = [table] {
        const int row = GuiHarness::rowOfSlug(table, QStringLiteral("notion"));
        // In view whatever the note above the table takes (the shared section shortens the
        // table, and a vertical scroll bar may narrow it): its first cells, which never scroll away.
        table->scrollTo(table->model()->index(row, ProviderTreeModel::ProviderColumn));
        const QRect first = table->visualRect(table->model()->index(row, ProviderTreeModel::ProviderColumn));
        const QRect last = table->visualRect(table->model()->index(row, ProviderTreeModel::StatusColumn));
        return table->viewport()->grab(first.united(last)).toImage();
    };
    QVERIFY(table->currentIndex().row() != GuiHarness::rowOfSlug(table, QStringLiteral("notion")));
    QTest::qWait(50);
    const QImage fresh = notionRow();

    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
    fault.status = 503;
    h->server.addFault(fault);
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("<b>As of ")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("refresh failed:</b> ")));
    QVERIFY(note->text().contains(QStringLiteral("503")));
    QCOMPARE(table->model()->rowCount(), SandboxSeed::DemoProviderCount);
    QVERIFY(w->providersPanel()->isStale());
    // Greyed: the same row, drawn differently.
    QTRY_VERIFY(notionRow().size() == fresh.size() && notionRow() != fresh);

    QTest::keyClick(w.get(), Qt::Key_F5); // the fault was for one request
    QTRY_VERIFY(!note->isVisible());
    QVERIFY(!w->providersPanel()->isStale());
    QTRY_COMPARE(notionRow(), fresh);
}

// The scope selector hides accounts of other scopes; the summary beside it does not.
void TestGuiMainWindow::summaryShowsProblemsInEveryScope()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *summary = child<ScopeSummary>(w.get(), "scopeSummary");
    QVERIFY(summary->isVisible());
    const QString personal = summary->text();
    QVERIFY2(personal.contains(QStringLiteral("Personal")), qPrintable(personal));
    QVERIFY(personal.contains(QStringLiteral("GitHub needs reauthorization"))); // its Contractor connection
    QVERIFY(personal.contains(QStringLiteral("Slack needs reauthorization")));
    QVERIFY(personal.contains(QStringLiteral("Google Drive is missing scopes")));
    QVERIFY2(personal.contains(QStringLiteral("1 more")), qPrintable(personal)); // Microsoft Outlook disconnected
    QVERIFY(personal.contains(QStringLiteral("Acme Inc</a>: no problems")));
    QVERIFY(personal.contains(QStringLiteral("GitHub needs reauthorization"))); // in Globex
    QVERIFY(summary->problems(QString(SandboxSeed::GlobexOrgId)).contains(QStringLiteral("Salesforce needs reauthorization")));

    // In an organization's scope Slack reads "Not connected"; the summary still names its problem.
    auto *scope = child<QComboBox>(w.get(), "organizationScope");
    QTRY_COMPARE(scope->count(), 5);
    scope->setCurrentIndex(scope->findData(QString(SandboxSeed::AcmeOrgId)));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTRY_COMPARE(GuiHarness::cell(table, QStringLiteral("salesforce"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Connected"));
    QCOMPARE(GuiHarness::cell(table, QStringLiteral("slack"), ProviderTreeModel::StatusColumn),
             QStringLiteral("Not connected"));
    QVERIFY(summary->text().contains(QStringLiteral("Slack needs reauthorization")));
    QVERIFY(summary->text().contains(QStringLiteral("<b>Acme Inc</b>")));

    // A scope's name in the summary shows that scope.
    Q_EMIT summary->linkActivated(QStringLiteral("scope:"));
    QTRY_COMPARE(scope->currentData().toString(), QString());
    QTRY_COMPARE(GuiHarness::cell(table, QStringLiteral("slack"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Needs reauthorization"));
}

// An empty table looks like a user without providers: say what the filter hides, and offer them back.
void TestGuiMainWindow::filterThatHidesEveryRowSaysSo()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTest::keyClicks(child<QLineEdit>(w.get(), "providerFilter"), QStringLiteral("zzz"));
    QCOMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(!table->isVisible());
    auto *message = child<QLabel>(w.get(), "providersMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("%1 providers hidden by the filter.").arg(SandboxSeed::DemoProviderCount));
    auto *showAll = child<QPushButton>(w.get(), "showAllProvidersButton");
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(child<QLineEdit>(w.get(), "providerFilter")->text().isEmpty());
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), SandboxSeed::DemoProviderCount);
    // Typing one that matches again shows the table at once.
    QTest::keyClicks(child<QLineEdit>(w.get(), "providerFilter"), QStringLiteral("zzz"));
    QTRY_VERIFY(message->isVisible());
    child<QLineEdit>(w.get(), "providerFilter")->clear();
    QTRY_VERIFY(table->isVisible());
}

// Alice opens at the first connection that needs attention: GitHub's "Contractor".
void TestGuiMainWindow::userOpensAtTheFirstProblem()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::CarolEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("hubspot")));
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QCOMPARE(table->model()->index(0, ProviderTreeModel::SlugColumn).data().toString(), QStringLiteral("github"));
    QTRY_VERIFY(table->currentIndex().isValid());
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data(ProviderTreeModel::ConnectionIdRole).toString(),
             QString(SandboxSeed::AliceGithubContractorAccountId));
    QVERIFY(child<QWidget>(w.get(), "rawJson")->property("plainText").toString().contains(
        QString(SandboxSeed::AliceGithubContractorAccountId)));
}

// "Diagnose…" explains the selected connection, not its provider's others.
void TestGuiMainWindow::diagnoseOpensForTheSelectedConnection()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    auto *diagnose = child<QPushButton>(w.get(), "diagnoseButton");
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("github"))); // three connections: choose one first
    QVERIFY(!diagnose->isEnabled());
    const QString contractor = QString(SandboxSeed::AliceGithubContractorAccountId);
    QVERIFY(GuiHarness::selectConnection(table, contractor));
    QVERIFY(diagnose->isEnabled());
    QTest::mouseClick(diagnose, Qt::LeftButton);
    auto *dialog = w->findChild<DiagnosisDialog *>(QStringLiteral("diagnosisDialog"));
    QVERIFY(dialog);
    QSignalSpy diagnosed(dialog, &DiagnosisDialog::diagnosed);
    QTRY_VERIFY(diagnosed.size() >= 1 || !dialog->diagnosis().ownerTimeline.isEmpty());
    const QString support = dialog->supportText();
    QVERIFY2(support.contains(contractor), qPrintable(support));
    QVERIFY(!support.contains(QString(SandboxSeed::AliceGithubWorkAccountId)));
    QVERIFY(!support.contains(h->server.apiKey()));
    dialog->close();
}

QTEST_MAIN(TestGuiMainWindow)
#include "tst_gui_mainwindow.moc"
