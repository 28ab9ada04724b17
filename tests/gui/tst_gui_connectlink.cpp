// The connect-link dialog from the real window against the sandbox.

#include "ConnectLinkDialog.h"
#include "GuiHarness.h"
#include "ProviderTableModel.h"
#include "ProvidersPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QTableView>
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
    void watchStopsAtItsLimit();
    void errorsAreShownWithRequestId();

private:
    ConnectLinkDialog *openDialog(const QString &slug);
    template <typename T>
    T *in(ConnectLinkDialog *d, const char *name) const
    {
        return d->findChild<T *>(QString::fromLatin1(name));
    }
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("providerTable")); }

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
    ConnectLinkDialog *d = openDialog(QStringLiteral("github"));
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
    QTRY_COMPARE(GuiHarness::cell(table(), QStringLiteral("notion"), ProviderTableModel::StatusColumn),
                 QStringLiteral("Connected"));
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

QTEST_MAIN(TestGuiConnectLink)
#include "tst_gui_connectlink.moc"
