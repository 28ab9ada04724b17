// A user's view shows, in a section of its own, the connections their
// organizations share with every member; from there a support person opens
// an organization's shared scope, where a reconnect link is made for this
// member (connection_owner organization) and a disconnect goes under
// /organizations/….

#include "GuiHarness.h"
#include "gui/ConnectLinkDialog.h"
#include "gui/ProvidersPanel.h"
#include "gui/SharedConnectionsSection.h"
#include "models/ProviderTreeModel.h"
#include "models/SharedConnectionsModel.h"
#include "sandbox/SandboxSeed.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace {
template <typename T>
T *child(const QObject *parent, const char *name)
{
    return GuiHarness::child<T>(parent, name);
}

// The section's row of a shared connection, or an invalid index.
QModelIndex sharedRow(QTreeView *view, const QString &connectedAccountId)
{
    QAbstractItemModel *model = view->model();
    for (int org = 0; org < model->rowCount(); ++org) {
        const QModelIndex parent = model->index(org, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(SharedConnectionsModel::ConnectionIdRole).toString() == connectedAccountId)
                return index;
        }
    }
    return {};
}

std::unique_ptr<WorkOsClient> makeClient(GuiHarness &h)
{
    ClientConfig config;
    config.baseUrl = h.server.baseUrl();
    config.apiKey = h.server.apiKey();
    config.retry = RetryPolicy::none();
    return std::make_unique<WorkOsClient>(&h.nam, config);
}

} // namespace

class TestGuiShared final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { h = std::make_unique<GuiHarness>(); }
    void cleanup() { h.reset(); }
    void modelGroupsSharedConnectionsByOrganization();
    void modelDropsAnswersForAPreviousLoad();
    void userViewShowsTheirOrganizationsSharedConnections();
    void reconnectLinkForASharedConnectionIsMadeForTheMember();
    void disconnectFromTheSharedScopeWarnsAndUsesTheOrganizationPath();
    void userWithoutOrganizationsHasNoSection();
    void sectionLeavesTheActionsOnScreen();

private:
    std::unique_ptr<GuiHarness> h;
};

void TestGuiShared::modelGroupsSharedConnectionsByOrganization()
{
    auto client = makeClient(*h);
    SharedConnectionsModel model(client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &SharedConnectionsModel::loaded);
    model.load({{QString(SandboxSeed::AcmeOrgId), QString(SandboxSeed::AcmeOrgName)},
                {QString(SandboxSeed::GlobexOrgId), QStringLiteral("Globex Corporation")}});
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait(10000) || !model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex acme = model.index(0, 0);
    QCOMPARE(acme.data().toString(), QString(SandboxSeed::AcmeOrgName));
    QCOMPARE(model.rowCount(acme), 2); // Production and Sandbox
    QCOMPARE(model.index(0, SharedConnectionsModel::DetailsColumn).data().toString(),
             QStringLiteral("2 shared connections"));
    const QModelIndex globex = model.index(1, 0);
    QCOMPARE(model.rowCount(globex), 1);
    QVERIFY(globex.data(SharedConnectionsModel::ProblemRole).toBool());
    QVERIFY(!acme.data(SharedConnectionsModel::ProblemRole).toBool());
    const QModelIndex crm = model.indexOfConnection(QString(SandboxSeed::GlobexSalesforceAccountId));
    QVERIFY(crm.isValid());
    QCOMPARE(crm.parent(), globex);
    QCOMPARE(crm.data().toString(), QStringLiteral("Globex CRM"));
    QCOMPARE(crm.siblingAtColumn(SharedConnectionsModel::ProviderColumn).data().toString(), QStringLiteral("Salesforce"));
    QCOMPARE(crm.siblingAtColumn(SharedConnectionsModel::StatusColumn).data(SharedConnectionsModel::StatusRole)
                 .value<ConnectionStatus>(),
             ConnectionStatus::NeedsReauthorization);
    const QString details = crm.siblingAtColumn(SharedConnectionsModel::DetailsColumn).data().toString();
    QVERIFY2(details.contains(QStringLiteral("left the organization")), qPrintable(details));
    QCOMPARE(crm.data(SharedConnectionsModel::OrganizationIdRole).toString(), QString(SandboxSeed::GlobexOrgId));
    // Every request went to the organizations' own lists, asking for every connection.
    int organizationReads = 0;
    for (const SandboxRequestRecord &r : h->server.requests()) {
        if (r.path.startsWith(QLatin1String("/organizations/")) && r.path.endsWith(QLatin1String("/data_providers"))) {
            ++organizationReads;
            QVERIFY2(r.query.contains(QStringLiteral("supports_multiple_connections=true")), qPrintable(r.query));
        }
    }
    QCOMPARE(organizationReads, 2);
}

void TestGuiShared::modelDropsAnswersForAPreviousLoad()
{
    auto client = makeClient(*h);
    SharedConnectionsModel model(client.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    h->server.setLatencyMs(150);
    model.load({{QString(SandboxSeed::AcmeOrgId), QString(SandboxSeed::AcmeOrgName)}});
    model.load({{QString(SandboxSeed::GlobexOrgId), QStringLiteral("Globex Corporation")}});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QTest::qWait(400); // Acme's answer, if it were not dropped, would have landed by now
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(SharedConnectionsModel::OrganizationIdRole).toString(),
             QString(SandboxSeed::GlobexOrgId));
    model.load({{QString(SandboxSeed::AcmeOrgId), QString(SandboxSeed::AcmeOrgName)}});
    model.clear();
    QTest::qWait(400);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiShared::userViewShowsTheirOrganizationsSharedConnections()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *section = child<SharedConnectionsSection>(w.get(), "sharedConnections");
    auto *view = child<QTreeView>(w.get(), "sharedConnectionsView");
    QTRY_VERIFY(sharedRow(view, QString(SandboxSeed::GlobexSalesforceAccountId)).isValid());
    QVERIFY(section->isVisible());
    // Each organization answers on its own: Acme's rows may come after Globex's.
    QTRY_VERIFY(sharedRow(view, QString(SandboxSeed::AcmeSalesforceAccountId)).isValid());
    QVERIFY(sharedRow(view, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
    const QString title = child<QLabel>(w.get(), "sharedConnectionsTitle")->text();
    QVERIFY2(title.contains(QString(SandboxSeed::AliceEmail)) && title.contains(QStringLiteral("2 organizations")),
             qPrintable(title));
    // The user's own table is unchanged: their personal providers.
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QVERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::AliceGithubWorkAccountId)).isValid());

    // Opening a shared connection shows its organization's shared scope with it selected.
    view->setCurrentIndex(sharedRow(view, QString(SandboxSeed::GlobexSalesforceAccountId)));
    // A real click: the section has its rows' height under the table (it was once squeezed to nothing).
    QVERIFY(child<QPushButton>(w.get(), "showSharedButton")->height() > 0);
    QVERIFY(view->height() >= view->header()->height() + view->sizeHintForRow(0));
    QSignalSpy spy(child<SharedConnectionsSection>(w.get(), "sharedConnections"), &SharedConnectionsSection::openRequested);
    QTest::mouseClick(child<QPushButton>(w.get(), "showSharedButton"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    auto *scope = child<QComboBox>(w.get(), "organizationScope");
    QTRY_VERIFY2(scope->currentText().contains(QStringLiteral("shared")), qPrintable(scope->currentText()));
    QVERIFY(w->providersPanel()->isSharedScope());
    QTRY_VERIFY(GuiHarness::connectionIndex(table, QString(SandboxSeed::GlobexSalesforceAccountId)).isValid());
    QTRY_COMPARE(table->currentIndex().data(ProviderTreeModel::ConnectionIdRole).toString(),
                 QString(SandboxSeed::GlobexSalesforceAccountId));
    QVERIFY(!GuiHarness::connectionIndex(table, QString(SandboxSeed::AliceGithubWorkAccountId)).isValid());
    QVERIFY(h->server.requestCount("GET", QStringLiteral("/organizations/%1/data_providers").arg(SandboxSeed::GlobexOrgId)) >= 2);
}

void TestGuiShared::reconnectLinkForASharedConnectionIsMadeForTheMember()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *view = child<QTreeView>(w.get(), "sharedConnectionsView");
    QTRY_VERIFY(sharedRow(view, QString(SandboxSeed::GlobexSalesforceAccountId)).isValid());
    view->setCurrentIndex(sharedRow(view, QString(SandboxSeed::GlobexSalesforceAccountId)));
    QTest::keyClick(view, Qt::Key_Return); // activated
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTRY_COMPARE(table->currentIndex().data(ProviderTreeModel::ConnectionIdRole).toString(),
                 QString(SandboxSeed::GlobexSalesforceAccountId));
    auto *linkButton = child<QPushButton>(w.get(), "connectLinkButton");
    QTRY_VERIFY(linkButton->isEnabled());
    QCOMPARE(linkButton->text().remove(QLatin1Char('&')), QStringLiteral("Send reconnect link…"));
    QTest::mouseClick(linkButton, Qt::LeftButton);
    ConnectLinkDialog *d = w->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QVERIFY(d->findChild<QLabel *>(QStringLiteral("introLabel"))->text().contains(QStringLiteral("every member")));
    QVERIFY(!d->findChild<QComboBox *>(QStringLiteral("organizationCombo"))->isEnabled());
    QTest::keyClick(d->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return);
    QTRY_VERIFY(!d->link().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(GuiHarness::lastAuthorizeBody(h->server)).object();
    QCOMPARE(body.value(QStringLiteral("connection_owner")).toString(), QStringLiteral("organization"));
    QCOMPARE(body.value(QStringLiteral("organization_id")).toString(), QString(SandboxSeed::GlobexOrgId));
    QCOMPARE(body.value(QStringLiteral("user_id")).toString(), QString(SandboxSeed::AliceUserId)); // the acting member
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("reauthorize"));
    QCOMPARE(body.value(QStringLiteral("connected_account_id")).toString(), QString(SandboxSeed::GlobexSalesforceAccountId));

    // The member completes it: the watch reads the organization's connection, and the section updates.
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("watchButton")), Qt::LeftButton);
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(d->link())));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    auto *watch = d->findChild<QLabel *>(QStringLiteral("watchStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(watch->text().contains(QStringLiteral("now connected")), 10000);
    QVERIFY(GuiHarness::received(h->server, "GET",
                                 QStringLiteral("/organizations/%1/connected_accounts/salesforce").arg(SandboxSeed::GlobexOrgId)));
    QTRY_COMPARE(sharedRow(view, QString(SandboxSeed::GlobexSalesforceAccountId))
                     .siblingAtColumn(SharedConnectionsModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Connected"));
}

void TestGuiShared::disconnectFromTheSharedScopeWarnsAndUsesTheOrganizationPath()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *scope = child<QComboBox>(w.get(), "organizationScope");
    QTRY_COMPARE(scope->count(), 5); // none, Acme, Globex, and what each shares
    auto *view = child<QTreeView>(w.get(), "sharedConnectionsView");
    QTRY_VERIFY(sharedRow(view, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
    view->setCurrentIndex(sharedRow(view, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)));
    QTest::keyClick(view, Qt::Key_Return);
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QTRY_COMPARE(table->currentIndex().data(ProviderTreeModel::ConnectionIdRole).toString(),
                 QString(SandboxSeed::AcmeSalesforceSandboxAccountId));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->server.clearRequestLog();
    QTest::mouseClick(child<QPushButton>(w.get(), "disconnectButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    const QString info = h->prompter.confirmations.first().informativeText;
    QVERIFY2(info.contains(QStringLiteral("with every member")), qPrintable(info));
    QTRY_VERIFY(!sharedRow(view, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
    QVERIFY(GuiHarness::received(h->server, "DELETE",
                                 QStringLiteral("/organizations/%1/connected_accounts/salesforce").arg(SandboxSeed::AcmeOrgId),
                                 QStringLiteral("connected_account_id=") + SandboxSeed::AcmeSalesforceSandboxAccountId));
    QCOMPARE(h->server.requestCount("DELETE", QStringLiteral(".*")), 1); // that one, and nothing else
    QVERIFY(sharedRow(view, QString(SandboxSeed::AcmeSalesforceAccountId)).isValid()); // the other stays
    QVERIFY(!GuiHarness::connectionIndex(table, QString(SandboxSeed::AcmeSalesforceSandboxAccountId)).isValid());
}

void TestGuiShared::userWithoutOrganizationsHasNoSection()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *section = child<SharedConnectionsSection>(w.get(), "sharedConnections");
    QTRY_VERIFY(section->isVisible());
    // Frank is in no organization: nothing is shared with him, and alice's section leaves the screen.
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::FrankEmail));
    QTRY_VERIFY(!w->providersPanel()->sharedModel()->isLoading());
    QTest::qWait(200);
    QVERIFY(!section->isVisible());
    QCOMPARE(w->providersPanel()->sharedModel()->rowCount(), 0);
}

// At 1280 x 800 the section takes what room is left: the panel does not
// scroll, so Disconnect and the link buttons under the tree stay on screen.
void TestGuiShared::sectionLeavesTheActionsOnScreen()
{
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *section = child<SharedConnectionsSection>(w.get(), "sharedConnections");
    QTRY_VERIFY(section->isVisible());
    QTRY_VERIFY(!w->providersPanel()->sharedModel()->isLoading());
    QTest::qWait(100); // the layout settles
    auto *area = child<QScrollArea>(w.get(), "providersScrollArea");
    QCOMPARE(area->verticalScrollBar()->maximum(), 0);
    auto *disconnect = child<QPushButton>(w.get(), "disconnectButton");
    const QPoint bottom = disconnect->mapTo(area->viewport(), QPoint(0, disconnect->height()));
    QVERIFY2(bottom.y() <= area->viewport()->height(), qPrintable(QString::number(bottom.y())));
    QVERIFY(section->view()->height() > section->view()->header()->height()); // at least a row of it
}

QTEST_MAIN(TestGuiShared)
#include "tst_gui_shared.moc"
