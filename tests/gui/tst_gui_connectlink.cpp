// The connect-link dialog from the real window against the sandbox.

#include "gui/ConnectLinkDialog.h"
#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

class TestGuiConnectLink final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linkIsShownAndCopied();
    void openAsksFirstAndOnlyOpensSafeLinks();
    void unsafeLinkIsNeverOpenedOrCopied_data();
    void unsafeLinkIsNeverOpenedOrCopied();
    void watchSeesTheCustomerFinish();
    void reconnectLinkRepairsExactlyTheSelectedConnection();
    void addAnotherConnectionCreatesOneMore();
    void watchStopsAtItsLimit();
    void errorsAreShownWithRequestId();
    void organizationOwnedProviderNeedsAnOrganization();
    void staleRowsAreReadAgainBeforeALink();

private:
    ConnectLinkDialog *openDialog(const QString &slug);
    template <typename T>
    T *in(ConnectLinkDialog *d, const char *name) const
    {
        return d->findChild<T *>(QString::fromLatin1(name));
    }
    QAbstractItemView *table() const { return m_window->findChild<QTreeView *>(QStringLiteral("providerTable")); }

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiConnectLink::init()
{
    h = std::make_unique<GuiHarness>();
    m_window = h->makeWindow();
    m_window->providersPanel()->setWatchTiming(150, 20000);
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
}

void TestGuiConnectLink::cleanup()
{
    m_window.reset();
    h.reset();
}

ConnectLinkDialog *TestGuiConnectLink::openDialog(const QString &slug)
{
    if (!GuiHarness::selectSlug(table(), slug))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    if (!d)
        return nullptr;
    // Nothing is fetched before the support person asks (the reason comes
    // first); Enter in the reason field gets the link.
    auto *reason = in<QLineEdit>(d, "reasonEdit");
    if (!QTest::qWaitFor([d] { return d->isVisible(); }) || !reason || !in<QLineEdit>(d, "linkEdit")->text().isEmpty())
        return nullptr;
    QTest::keyClick(reason, Qt::Key_Return);
    return d;
}

void TestGuiConnectLink::linkIsShownAndCopied()
{
    ConnectLinkDialog *d = openDialog(QStringLiteral("slack"));
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    auto *link = in<QLineEdit>(d, "linkEdit");
    QTRY_VERIFY(link->text().startsWith(h->server.baseUrl().toString()));
    QVERIFY(in<QLabel>(d, "introLabel")->text().contains(QString(SandboxSeed::AliceEmail)));
    auto *copy = in<QPushButton>(d, "copyLinkButton");
    QVERIFY(copy->isEnabled());
    QVERIFY(copy->isDefault());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
    QVERIFY(h->prompter.openedUrls.isEmpty());
    // The request named the user and the provider.
    bool sawAuthorize = false;
    for (const SandboxRequestRecord &r : h->server.requests())
        sawAuthorize = sawAuthorize
            || (r.path == QLatin1String("/data-integrations/slack/authorize") && r.body.contains(QByteArray(SandboxSeed::AliceUserId.data())));
    QVERIFY(sawAuthorize);
}

void TestGuiConnectLink::openAsksFirstAndOnlyOpensSafeLinks()
{
    ConnectLinkDialog *d = openDialog(QStringLiteral("google-drive"));
    QVERIFY(d);
    QTRY_VERIFY(!in<QLineEdit>(d, "linkEdit")->text().isEmpty());
    auto *open = in<QPushButton>(d, "openLinkButton");
    h->prompter.setNextAnswer(Prompter::Answer::Rejected);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    QVERIFY(h->prompter.confirmations.first().text.contains(QStringLiteral("their own")));
    QVERIFY(h->prompter.openedUrls.isEmpty());
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(h->prompter.openedUrls.size(), 1);
    QCOMPARE(h->prompter.openedUrls.first(), d->link());
}

void TestGuiConnectLink::unsafeLinkIsNeverOpenedOrCopied_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("javascript") << QByteArray(R"j({"url":"javascript:alert(document.cookie)"})j");
    QTest::newRow("file") << QByteArray(R"({"url":"file:///etc/passwd"})");
    QTest::newRow("plain http elsewhere") << QByteArray(R"({"url":"http://evil.example.com/connect"})");
}

void TestGuiConnectLink::unsafeLinkIsNeverOpenedOrCopied()
{
    QFETCH(QByteArray, body);
    SandboxFault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/data-integrations/.*/authorize");
    fault.status = 200;
    fault.body = body;
    h->server.addFault(fault);
    QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
    ConnectLinkDialog *d = openDialog(QStringLiteral("slack"));
    QVERIFY(d);
    auto *message = in<QLabel>(d, "messageLabel");
    QTRY_VERIFY2(message->text().contains(QStringLiteral("not safe")), qPrintable(message->text()));
    auto *open = in<QPushButton>(d, "openLinkButton");
    auto *copy = in<QPushButton>(d, "copyLinkButton");
    QVERIFY(!open->isEnabled());
    QVERIFY(!copy->isEnabled());
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(open, Qt::LeftButton);
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(h->prompter.openedUrls.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
}

void TestGuiConnectLink::watchSeesTheCustomerFinish()
{
    ConnectLinkDialog *d = openDialog(QStringLiteral("notion"));
    QVERIFY(d);
    QTRY_VERIFY(!d->link().isEmpty());
    auto *status = in<QLabel>(d, "watchStatus");
    QTest::mouseClick(in<QPushButton>(d, "watchButton"), Qt::LeftButton);
    QVERIFY(d->isWatching());
    QVERIFY(in<QPushButton>(d, "stopButton")->isEnabled());
    QTRY_VERIFY(status->text().contains(QStringLiteral("still not connected")));
    // The customer opens the link (a plain GET completes it in the sandbox).
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(d->link())));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("now connected")), qPrintable(status->text()));
    QVERIFY(!d->isWatching());
    QTRY_COMPARE(GuiHarness::cell(table(), QStringLiteral("notion"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Connected"));
}

namespace {
// The customer opens the link (a plain GET completes it in the sandbox).
bool customerCompletes(const QUrl &link)
{
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(link)));
    return QTest::qWaitFor([&reply] { return reply->isFinished(); }) && reply->error() == QNetworkReply::NoError;
}
} // namespace

// A standard connection is repaired by a reauthorize link naming it; a slot link never could.
void TestGuiConnectLink::reconnectLinkRepairsExactlyTheSelectedConnection()
{
    const QString contractor = QString(SandboxSeed::AliceGithubContractorAccountId);
    QVERIFY(GuiHarness::selectConnection(table(), contractor));
    auto *linkButton = m_window->findChild<QPushButton *>(QStringLiteral("connectLinkButton"));
    QCOMPARE(linkButton->text().remove(QLatin1Char('&')), QStringLiteral("Send reconnect link…"));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QVERIFY2(d->windowTitle().contains(QStringLiteral("Contractor")), qPrintable(d->windowTitle()));
    QTest::keyClick(in<QLineEdit>(d, "reasonEdit"), Qt::Key_Return);
    QTRY_VERIFY(!d->link().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(GuiHarness::lastAuthorizeBody(h->server)).object();
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("reauthorize"));
    QCOMPARE(body.value(QStringLiteral("connected_account_id")).toString(), contractor);
    QVERIFY(!body.contains(QStringLiteral("code_challenge")));
    QTest::mouseClick(in<QPushButton>(d, "watchButton"), Qt::LeftButton);
    QVERIFY(customerCompletes(d->link()));
    QTRY_VERIFY2(in<QLabel>(d, "watchStatus")->text().contains(QStringLiteral("now connected")),
                 qPrintable(in<QLabel>(d, "watchStatus")->text()));
    // That one is repaired, and GitHub still has exactly its three connections.
    QTRY_COMPARE(GuiHarness::connectionCell(table(), contractor, ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    const QModelIndex github = table()->model()->index(GuiHarness::rowOfSlug(table(), QStringLiteral("github")), 0);
    QCOMPARE(table()->model()->rowCount(github), 3);
}

void TestGuiConnectLink::addAnotherConnectionCreatesOneMore()
{
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("github")));
    auto *add = m_window->findChild<QPushButton *>(QStringLiteral("addConnectionButton"));
    QVERIFY(add && add->isEnabled());
    // Three connections and the provider row selected: a reconnect link must name one of them.
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("connectLinkButton"))->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QVERIFY2(d->windowTitle().contains(QStringLiteral("another")), qPrintable(d->windowTitle()));
    QTest::keyClick(in<QLineEdit>(d, "reasonEdit"), Qt::Key_Return);
    QTRY_VERIFY(!d->link().isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(GuiHarness::lastAuthorizeBody(h->server)).object();
    QCOMPARE(body.value(QStringLiteral("connection_intent")).toString(), QStringLiteral("add"));
    QVERIFY(!body.contains(QStringLiteral("connected_account_id")));
    QTest::mouseClick(in<QPushButton>(d, "watchButton"), Qt::LeftButton);
    QTRY_VERIFY(in<QLabel>(d, "watchStatus")->text().contains(QStringLiteral("Watching")));
    QVERIFY(customerCompletes(d->link()));
    QTRY_VERIFY2(in<QLabel>(d, "watchStatus")->text().contains(QStringLiteral("now connected")),
                 qPrintable(in<QLabel>(d, "watchStatus")->text()));
    QTRY_COMPARE(table()->model()->rowCount(
                     table()->model()->index(GuiHarness::rowOfSlug(table(), QStringLiteral("github")), 0)),
                 4);
}

void TestGuiConnectLink::watchStopsAtItsLimit()
{
    m_window->providersPanel()->setWatchTiming(100, 400);
    ConnectLinkDialog *d = openDialog(QStringLiteral("hubspot"));
    QVERIFY(d);
    QTest::mouseClick(in<QPushButton>(d, "watchButton"), Qt::LeftButton);
    QVERIFY(d->isWatching());
    QTRY_VERIFY(!d->isWatching());
    QVERIFY(in<QLabel>(d, "watchStatus")->text().contains(QStringLiteral("Stopped watching")));
    const int polls = h->server.requestCount("GET", QStringLiteral("/user_management/users/.*/connected_accounts/hubspot"));
    QVERIFY(polls >= 2);
    QTest::qWait(400); // on purpose: proves that no poll follows once it stopped
    QCOMPARE(h->server.requestCount("GET", QStringLiteral("/user_management/users/.*/connected_accounts/hubspot")), polls);
}

void TestGuiConnectLink::errorsAreShownWithRequestId()
{
    SandboxFault fault;
    fault.method = "POST";
    fault.pathPattern = QStringLiteral("/data-integrations/.*/authorize");
    fault.status = 422;
    h->server.addFault(fault);
    ConnectLinkDialog *d = openDialog(QStringLiteral("slack"));
    QVERIFY(d);
    auto *message = in<QLabel>(d, "messageLabel");
    QTRY_VERIFY(message->text().contains(QStringLiteral("Request id: ")));
    QVERIFY(!in<QPushButton>(d, "copyLinkButton")->isEnabled());
    // Retrying gets a link.
    QTest::mouseClick(in<QPushButton>(d, "getLinkButton"), Qt::LeftButton);
    QTRY_VERIFY(!in<QLineEdit>(d, "linkEdit")->text().isEmpty());
    QVERIFY(in<QPushButton>(d, "copyLinkButton")->isEnabled());
}

// WorkOS refuses a link for an organization-owned provider (Salesforce) without an organization.
void TestGuiConnectLink::organizationOwnedProviderNeedsAnOrganization()
{
    const QString authorize = QStringLiteral("/data-integrations/salesforce/authorize");
    // Alice is in Acme and Globex, and the table shows her personal scope: she has to choose.
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("salesforce")));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    auto *combo = in<QComboBox>(d, "organizationCombo");
    auto *get = in<QPushButton>(d, "getLinkButton");
    auto *message = in<QLabel>(d, "messageLabel");
    QCOMPARE(combo->count(), 3);
    for (int i = 0; i < combo->count(); ++i)
        QVERIFY2(!combo->itemText(i).startsWith(QStringLiteral("None")), qPrintable(combo->itemText(i)));
    QCOMPARE(combo->currentData().toString(), QString());
    QVERIFY(!get->isEnabled());
    QVERIFY2(message->text().contains(QStringLiteral("choose which")), qPrintable(message->text()));
    QTest::keyClick(in<QLineEdit>(d, "reasonEdit"), Qt::Key_Return);
    QTest::qWait(100);
    QCOMPARE(h->server.requestCount("POST", authorize), 0);
    combo->setCurrentIndex(combo->findData(QString(SandboxSeed::AcmeOrgId)));
    QVERIFY(get->isEnabled());
    QVERIFY(!message->text().contains(QStringLiteral("choose which")));
    QTest::mouseClick(get, Qt::LeftButton);
    QTRY_VERIFY(!d->link().isEmpty());
    bool withAcme = false;
    for (const SandboxRequestRecord &r : h->server.requests())
        withAcme = withAcme || (r.path == authorize && r.body.contains(QByteArray(SandboxSeed::AcmeOrgId.data())));
    QVERIFY(withAcme);
    d->close();

    // Bob is only in Acme: it is filled in.
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::BobEmail));
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("salesforce")));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectLinkButton")), Qt::LeftButton);
    d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QCOMPARE(in<QComboBox>(d, "organizationCombo")->currentData().toString(), QString(SandboxSeed::AcmeOrgId));
    QVERIFY(in<QPushButton>(d, "getLinkButton")->isEnabled());
    d->close();

    // Frank is in no organization: no link can be asked for, and the dialog says why.
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::FrankEmail));
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("salesforce")));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectLinkButton")), Qt::LeftButton);
    d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QVERIFY(!in<QPushButton>(d, "getLinkButton")->isEnabled());
    QVERIFY(in<QLabel>(d, "messageLabel")->text().contains(QStringLiteral("belongs to none")));
    d->close();

    // A user-owned provider still offers (and starts at) the personal account.
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("connectLinkButton")), Qt::LeftButton);
    d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QVERIFY(in<QComboBox>(d, "organizationCombo")->currentText().startsWith(QStringLiteral("None")));
    QVERIFY(in<QPushButton>(d, "getLinkButton")->isEnabled());
}

// After a failed refresh the rows may be out of date: the link dialog opens on a fresh answer.
void TestGuiConnectLink::staleRowsAreReadAgainBeforeALink()
{
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
    fault.status = 500;
    h->server.addFault(fault);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(m_window->providersPanel()->isStale());
    // Meanwhile the account was removed elsewhere.
    SandboxStore &store = h->server.store();
    store.removeAccount(store.accountKey(*store.provider(QStringLiteral("slack")), SandboxSeed::AliceUserId, QString()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_window->providersPanel()->connectLinkDialog()); // not on the old rows
    QTRY_VERIFY(m_window->providersPanel()->connectLinkDialog());
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QTRY_VERIFY(d->isVisible());
    QVERIFY(!m_window->providersPanel()->isStale());
    // It describes what WorkOS says now, not the greyed "needs reauthorization".
    QVERIFY2(in<QLabel>(d, "watchStatus")->text().contains(QStringLiteral("not connected")),
             qPrintable(in<QLabel>(d, "watchStatus")->text()));
}

QTEST_MAIN(TestGuiConnectLink)
#include "tst_gui_connectlink.moc"
