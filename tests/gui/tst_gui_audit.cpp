// Single disconnects and connect links are written to the audit log: before
// the request (nothing is sent when that fails) and completed after it.

#include "gui/ConnectLinkDialog.h"
#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

namespace {
const QString DeletePattern = QStringLiteral("/user_management/users/.*/connected_accounts/.*");
const QString AuthorizePattern = QStringLiteral("/data-integrations/.*/authorize");

bool aliceHas(SandboxServer &server, const QString &slug)
{
    SandboxStore &store = server.store();
    return store.account(store.accountKey(*store.provider(slug), SandboxSeed::AliceUserId, QString())).has_value();
}
} // namespace

class TestGuiAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void disconnectWritesOneRecordWithReasonAndRequestId();
    void productionTypedConfirmationAsksForTheReasonToo();
    void alreadyGoneIsRecordedAsAlreadyAbsent();
    void failedDisconnectIsRecordedWithStatusAndRequestId();
    void unwritableAuditLogSendsNothing();
    void windowWithoutAuditLogSaysWhyAndKeepsActionsOff();
    void windowClosedMidFlightRecordsCancelled();
    void connectLinkIsRecordedWithItsReason();
    void failedConnectLinkIsRecorded();
    void watchedReconnectIsRecordedAndClearsTheOldWarning();

private:
    QAbstractItemView *table() const { return m_window->findChild<QTreeView *>(QStringLiteral("providerTable")); }
    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QString::fromLatin1(name)); }
    QString status(const QString &slug) const { return GuiHarness::cell(table(), slug, ProviderTreeModel::StatusColumn); }
    QList<AuditRecord> records() const { return h->audit->query(AuditFilter{}); }
    void openWindowOnAlice();

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAudit::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiAudit::cleanup()
{
    m_window.reset();
    h.reset();
}

void TestGuiAudit::openWindowOnAlice()
{
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    h->server.clearRequestLog();
}

void TestGuiAudit::disconnectWritesOneRecordWithReasonAndRequestId()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->prompter.setNextReason(QStringLiteral("  SUP-1234 customer asked  "));
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    QCOMPARE(h->prompter.confirmations.first().reasonField, Confirmation::ReasonField::Optional);
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), QString(SandboxSeed::AliceGithubAccountId)).isValid());
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 1);

    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    const AuditRecord &r = all.first();
    QCOMPARE(r.entry.action, AuditAction::Disconnect);
    QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
    QCOMPARE(r.completion.httpStatus, 204);
    QVERIFY2(r.completion.requestId.startsWith(QStringLiteral("req_")), qPrintable(r.completion.requestId));
    QCOMPARE(r.entry.reason, QStringLiteral("SUP-1234 customer asked"));
    QCOMPARE(r.entry.userId, QString(SandboxSeed::AliceUserId));
    QCOMPARE(r.entry.userEmail, QString(SandboxSeed::AliceEmail));
    QCOMPARE(r.entry.providerSlug, QStringLiteral("github"));
    // Which of Alice's three GitHub connections, and whose.
    QCOMPARE(r.entry.connectionId, QString(SandboxSeed::AliceGithubAccountId));
    QCOMPARE(r.entry.connectionLabel, QStringLiteral("Personal"));
    QCOMPARE(r.entry.ownerKind, QStringLiteral("user"));
    QCOMPARE(r.entry.environment, QStringLiteral("Demo sandbox"));
    QVERIFY(r.completedAt.isValid());
}

void TestGuiAudit::productionTypedConfirmationAsksForTheReasonToo()
{
    Environment prod;
    prod.name = QStringLiteral("Production");
    prod.baseUrl = h->server.baseUrl();
    prod.kind = Environment::Kind::Production;
    QVERIFY(h->addEnvironment(prod, h->server.apiKey()));
    m_window = h->makeWindowFor(h->makeConnector());
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->prompter.setNextTypedText(QStringLiteral("slack"));
    h->prompter.setNextReason(QStringLiteral("INC-77"));
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.typedPhrases, QStringList{QStringLiteral("slack")});
    QCOMPARE(h->prompter.confirmations.first().reasonField, Confirmation::ReasonField::Optional);
    QTRY_COMPARE(status(QStringLiteral("slack")), QStringLiteral("Not connected"));
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().entry.reason, QStringLiteral("INC-77"));
    QCOMPARE(all.first().entry.environment, QStringLiteral("Production"));
    QCOMPARE(all.first().completion.outcome, AuditOutcome::Succeeded);
}

void TestGuiAudit::alreadyGoneIsRecordedAsAlreadyAbsent()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    SandboxStore &store = h->server.store();
    store.removeAccount(store.accountKey(*store.provider(QStringLiteral("github")), SandboxSeed::AliceUserId, QString()));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    QCOMPARE(h->prompter.notices.first().title, QStringLiteral("Already disconnected"));
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().completion.outcome, AuditOutcome::AlreadyAbsent);
    QCOMPARE(all.first().completion.httpStatus, 404);
    QVERIFY(!all.first().completion.requestId.isEmpty());
    QVERIFY(all.first().entry.reason.isEmpty()); // nothing typed: nothing invented
}

void TestGuiAudit::failedDisconnectIsRecordedWithStatusAndRequestId()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    SandboxFault fault;
    fault.method = "DELETE";
    fault.pathPattern = DeletePattern;
    fault.status = 403;
    h->server.addFault(fault);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().completion.outcome, AuditOutcome::Failed);
    QCOMPARE(all.first().completion.httpStatus, 403);
    QVERIFY(all.first().completion.requestId.startsWith(QStringLiteral("req_")));
    QVERIFY(!all.first().completion.detail.isEmpty());
    // The notice shows the same request id the history keeps.
    QVERIFY(h->prompter.notices.first().detail.contains(all.first().completion.requestId));
}

void TestGuiAudit::unwritableAuditLogSendsNothing()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    h->audit->close(); // e.g. the disk went away after the start
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QCOMPARE(h->prompter.notices.size(), 1);
    const Notice &n = h->prompter.notices.first();
    QCOMPARE(n.level, Notice::Level::Error);
    QVERIFY2(n.text.contains(QStringLiteral("nothing was sent")), qPrintable(n.text));
    QVERIFY(!n.detail.isEmpty());
    QTest::qWait(200); // on purpose: proves that no DELETE goes out a little later either
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 0);
    QVERIFY(aliceHas(h->server, QStringLiteral("github")));
    QCOMPARE(GuiHarness::connectionCell(table(), QString(SandboxSeed::AliceGithubAccountId), ProviderTreeModel::StatusColumn),
             QStringLiteral("Connected"));
}

void TestGuiAudit::windowWithoutAuditLogSaysWhyAndKeepsActionsOff()
{
    h->audit.reset();
    h->auditProblem = QStringLiteral("Cannot create the folder /nowhere.");
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    auto *state = m_window->findChild<QLabel *>(QStringLiteral("auditStateLabel"));
    QVERIFY(state && state->isVisible());
    QVERIFY(state->text().contains(QStringLiteral("Audit log unavailable")));
    QVERIFY(state->toolTip().contains(h->auditProblem));
    QPushButton *disconnect = button("disconnectButton");
    QPushButton *link = button("connectLinkButton");
    QVERIFY(!disconnect->isEnabled());
    QVERIFY(!link->isEnabled());
    QVERIFY(disconnect->toolTip().contains(h->auditProblem));
    // Neither the keyboard nor the menu gets around it.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTest::qWait(100); // on purpose: proves that nothing is asked or sent a little later either
    QVERIFY(h->prompter.confirmations.isEmpty());
    QVERIFY(!m_window->providersPanel()->connectLinkDialog());
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 0);
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->objectName() == QLatin1String("actionDisconnect")
            || action->objectName() == QLatin1String("actionConnectLink"))
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    }
}

void TestGuiAudit::windowClosedMidFlightRecordsCancelled()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AliceGithubAccountId)));
    h->server.setLatencyMs(800);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button("disconnectButton"), Qt::LeftButton);
    QTRY_COMPARE(h->server.requestCount("DELETE", DeletePattern), 1);
    QCOMPARE(records().size(), 1);
    QCOMPARE(records().first().completion.outcome, AuditOutcome::Pending);
    m_window.reset(); // the workspace and its controller go while the DELETE is in flight
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().completion.outcome, AuditOutcome::Cancelled);
    QVERIFY(all.first().completedAt.isValid());
    QVERIFY(!all.first().completion.detail.isEmpty());
}

void TestGuiAudit::connectLinkIsRecordedWithItsReason()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    // Nothing is asked for (or recorded) before Get link: a fixed wait on purpose, to see nothing come.
    QTest::qWait(100);
    QCOMPARE(h->server.requestCount("POST", AuthorizePattern), 0);
    QVERIFY(records().isEmpty());
    auto *reason = d->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QVERIFY(reason->hasFocus());
    QTest::keyClicks(reason, QStringLiteral("SUP-9 reconnect after reauth"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!d->link().isEmpty());
    QCOMPARE(h->server.requestCount("POST", AuthorizePattern), 1);
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    const AuditRecord &r = all.first();
    QCOMPARE(r.entry.action, AuditAction::ConnectLink);
    QCOMPARE(r.entry.providerSlug, QStringLiteral("slack"));
    QCOMPARE(r.entry.reason, QStringLiteral("SUP-9 reconnect after reauth"));
    QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
    QVERIFY(r.completion.requestId.startsWith(QStringLiteral("req_")));
}

void TestGuiAudit::watchedReconnectIsRecordedAndClearsTheOldWarning()
{
    openWindowOnAlice();
    m_window->providersPanel()->setWatchTiming(150, 20000);
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("notion")));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    auto *reason = d->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    QTest::keyClicks(reason, QStringLiteral("SUP-77"));
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(!d->link().isEmpty());
    // No browser here: the dialog says so.
    h->prompter.openUrlSucceeds = false;
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("openLinkButton")), Qt::LeftButton);
    auto *message = d->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QVERIFY(message->text().contains(QStringLiteral("browser could not be started")));
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("watchButton")), Qt::LeftButton);
    QVERIFY(d->isWatching());
    // The customer opens the link elsewhere (a plain GET completes it in the sandbox).
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(d->link())));
    QTRY_VERIFY(reply->isFinished());
    QTRY_VERIFY(!d->isWatching());
    QVERIFY2(!message->text().contains(QStringLiteral("browser")), qPrintable(message->text()));
    // The desk re-read the account and kept the row the support person was on.
    QTRY_COMPARE(GuiHarness::cell(table(), QStringLiteral("notion"), ProviderTreeModel::StatusColumn),
                 QStringLiteral("Connected"));
    const QModelIndex current = table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(ProviderTreeModel::SlugColumn).data().toString(), QStringLiteral("notion"));

    QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 2); // the link, then the reconnect (newest first)
    const AuditRecord &seen = all.first();
    QCOMPARE(seen.entry.action, AuditAction::Reconnected);
    QCOMPARE(seen.entry.userId, QString(SandboxSeed::AliceUserId));
    QCOMPARE(seen.entry.userEmail, QString(SandboxSeed::AliceEmail));
    QCOMPARE(seen.entry.providerSlug, QStringLiteral("notion"));
    QCOMPARE(seen.entry.reason, QStringLiteral("SUP-77"));
    QCOMPARE(seen.completion.outcome, AuditOutcome::Succeeded);
    QCOMPARE(all.last().entry.action, AuditAction::ConnectLink);
}

void TestGuiAudit::failedConnectLinkIsRecorded()
{
    openWindowOnAlice();
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    SandboxFault fault;
    fault.method = "POST";
    fault.pathPattern = AuthorizePattern;
    fault.status = 500;
    h->server.addFault(fault);
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("getLinkButton")), Qt::LeftButton);
    auto *message = d->findChild<QLabel *>(QStringLiteral("messageLabel"));
    QTRY_VERIFY(message->text().contains(QStringLiteral("500")));
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().completion.outcome, AuditOutcome::Failed);
    QCOMPARE(all.first().completion.httpStatus, 500);
    QVERIFY(message->text().contains(all.first().completion.requestId));

    // Closing the dialog does not leave anything pending, and the audit log
    // being gone stops the next link before it is asked for.
    h->audit->close();
    h->server.clearFaults();
    h->server.clearRequestLog();
    QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("getLinkButton")), Qt::LeftButton);
    QVERIFY2(message->text().contains(QStringLiteral("audit log")), qPrintable(message->text()));
    QTest::qWait(100); // on purpose: proves that no link is asked for a little later either
    QCOMPARE(h->server.requestCount("POST", AuthorizePattern), 0);
    QVERIFY(d->link().isEmpty());
}

QTEST_MAIN(TestGuiAudit)
#include "tst_gui_audit.moc"
