// Disconnect from the real window against the sandbox, answered through the FakePrompter.

#include "widgets/ConfirmationDialog.h"
#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPushButton>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>

namespace {
const QString DeletePattern = QStringLiteral("/user_management/users/.*/connected_accounts/.*");

// Right-clicks the row of `slug` as a person does and returns the menu that pops up.
QMenu *rightClick(QAbstractItemView *table, const QString &slug)
{
    const int row = GuiHarness::rowOfSlug(table, slug);
    if (row < 0)
        return nullptr;
    const QPoint pos = table->visualRect(table->model()->index(row, ProviderTreeModel::ProviderColumn)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, table->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(table->viewport(), &event);
    QMenu *found = nullptr;
    (void)QTest::qWaitFor([&found] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *menu = qobject_cast<QMenu *>(w);
            if (menu && menu->isVisible() && menu->objectName() == QLatin1String("providerContextMenu"))
                found = menu;
        }
        return found != nullptr;
    });
    return found;
}

// Alice's "Personal" GitHub connection (the compatibility one), beside "Work" and "Contractor".
const QString Personal = QString(SandboxSeed::AliceGithubAccountId);

bool aliceHasConnection(SandboxServer &server, const QString &slug, const QString &id)
{
    SandboxStore &store = server.store();
    return store.accountById(store.accountKey(*store.provider(slug), SandboxSeed::AliceUserId, QString()), id).has_value();
}

bool aliceHas(SandboxServer &server, const QString &slug, const QString &org = QString())
{
    SandboxStore &store = server.store();
    return store.account(store.accountKey(*store.provider(slug), SandboxSeed::AliceUserId, org)).has_value();
}
} // namespace

class TestGuiDisconnect final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void confirmedDisconnectRemovesAndRereadsTheRow();
    void cancelledDisconnectSendsNothing();
    void deleteKeyAsksToo();
    void contextMenuDisconnectAsksAndSendsOneDelete();
    void contextMenuOffersNoDisconnectForANotConnectedRow();
    void doubleClickSendsOneRequest();
    void alreadyGoneSaysSoAndRefreshes();
    void answerLostAndGoneOnRetrySaysDisconnected();
    void otherErrorsShowTheRequestId();
    void organizationOwnedAccountWarns();
    void notConnectedRowCannotBeDisconnected();
    void confirmationNamesTheEnvironmentAndSuccessShowsInTheStatusBar();
    void staleRowsAreReadAgainBeforeDisconnecting();
    void staleRowsThatCannotBeReadAreNotActedOn();
    void returnOnTheFocusedDisconnectButtonDisconnects();
    void everyButtonHasAMnemonicThatNeverTypes();

private:
    QAbstractItemView *table() const { return m_window->findChild<QTreeView *>(QStringLiteral("providerTable")); }
    QPushButton *button() const { return m_window->findChild<QPushButton *>(QStringLiteral("disconnectButton")); }
    QString status(const QString &slug) const { return GuiHarness::cell(table(), slug, ProviderTreeModel::StatusColumn); }

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiDisconnect::init()
{
    h = std::make_unique<GuiHarness>();
    m_window = h->makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    h->server.clearRequestLog();
}

void TestGuiDisconnect::cleanup()
{
    m_window.reset();
    h.reset();
}

void TestGuiDisconnect::confirmedDisconnectRemovesAndRereadsTheRow()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    QVERIFY(button()->isEnabled());
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    const Confirmation &c = h->prompter.confirmations.first();
    const QString all = c.text + QLatin1Char(' ') + c.informativeText;
    QVERIFY(all.contains(QString(SandboxSeed::AliceEmail)));
    QVERIFY(all.contains(QString(SandboxSeed::AliceUserId)));
    QVERIFY(all.contains(QStringLiteral("GitHub")));
    // The confirmation names the one connection (label and id) and what remains.
    QVERIFY2(all.contains(QStringLiteral("\"Personal")), qPrintable(all));
    QVERIFY(all.contains(Personal));
    QVERIFY2(all.contains(QStringLiteral("2 other GitHub connections will remain")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("access and refresh tokens")));
    QVERIFY(all.contains(QStringLiteral("NOT revoked")));
    QVERIFY(!all.contains(QStringLiteral("with every member")));
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QVERIFY(!aliceHasConnection(h->server, QStringLiteral("github"), Personal));
    // Exactly that one, by its id: the other two stay, on the server and on screen.
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 1);
    const QList<SandboxRequestRecord> requests = h->server.requests();
    for (const SandboxRequestRecord &r : requests) {
        if (r.method == "DELETE")
            QVERIFY2(r.query.contains(QStringLiteral("connected_account_id=") + Personal), qPrintable(r.query));
    }
    QVERIFY(aliceHasConnection(h->server, QStringLiteral("github"), QString(SandboxSeed::AliceGithubWorkAccountId)));
    QVERIFY(aliceHasConnection(h->server, QStringLiteral("github"), QString(SandboxSeed::AliceGithubContractorAccountId)));
    QVERIFY(GuiHarness::connectionIndex(table(), QString(SandboxSeed::AliceGithubWorkAccountId)).isValid());
    // Re-read from the server, not flipped locally.
    QVERIFY(h->server.requestCount("GET", QStringLiteral("/user_management/users/.*/data_providers")) >= 1);
    QVERIFY(h->prompter.notices.isEmpty());
    auto *lastError = m_window->findChild<QLabel *>(QStringLiteral("lastErrorLabel"));
    QVERIFY(lastError);
    QVERIFY2(lastError->text().isEmpty(), qPrintable(lastError->text()));
}

void TestGuiDisconnect::cancelledDisconnectSendsNothing()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    h->prompter.setNextAnswer(Prompter::Answer::Rejected);
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    QTest::qWait(200); // on purpose: proves that nothing is sent a little later either
    QCOMPARE(h->server.requestCount(), 0);
    QVERIFY(aliceHasConnection(h->server, QStringLiteral("github"), Personal));
    QCOMPARE(GuiHarness::connectionCell(table(), Personal, ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    QVERIFY(button()->isEnabled());
}

void TestGuiDisconnect::deleteKeyAsksToo()
{
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("slack")));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    QVERIFY(h->prompter.confirmations.first().text.contains(QStringLiteral("Slack")));
    QTRY_COMPARE(status(QStringLiteral("slack")), QStringLiteral("Not connected"));
    QVERIFY(!aliceHas(h->server, QStringLiteral("slack")));
}

void TestGuiDisconnect::contextMenuDisconnectAsksAndSendsOneDelete()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QMenu *menu = rightClick(table(), QStringLiteral("github"));
    QVERIFY(menu);
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    QCOMPARE(texts, (QStringList{QStringLiteral("Send connect link…"), QStringLiteral("Add another connection…"),
                                 QStringLiteral("Copy id"), QString(), QStringLiteral("Disconnect…")}));
    auto *disconnect = menu->findChild<QAction *>(QStringLiteral("contextDisconnectAction"));
    QVERIFY(disconnect && disconnect->isEnabled());
    disconnect->trigger();
    menu->close();
    // The same confirmation as the button, naming the user and the provider.
    QCOMPARE(h->prompter.confirmations.size(), 1);
    const Confirmation &c = h->prompter.confirmations.first();
    QVERIFY(c.text.contains(QStringLiteral("GitHub")));
    QVERIFY((c.text + c.informativeText).contains(QString(SandboxSeed::AliceEmail)));
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QVERIFY(!aliceHasConnection(h->server, QStringLiteral("github"), Personal));
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 1);
}

void TestGuiDisconnect::contextMenuOffersNoDisconnectForANotConnectedRow()
{
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("notion")));
    QMenu *menu = rightClick(table(), QStringLiteral("notion"));
    QVERIFY(menu);
    auto *disconnect = menu->findChild<QAction *>(QStringLiteral("contextDisconnectAction"));
    QVERIFY(disconnect);
    QVERIFY(!disconnect->isEnabled());
    menu->close();
    QCOMPARE(h->prompter.confirmations.size(), 0);
}

void TestGuiDisconnect::doubleClickSendsOneRequest()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    h->server.setLatencyMs(300); // the DELETE is still in flight when the second click lands
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QVERIFY(!button()->isEnabled()); // disabled while in flight
    QTest::mouseDClick(button(), Qt::LeftButton);
    QTest::mouseClick(button(), Qt::LeftButton);
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 1);
    QCOMPARE(h->prompter.confirmations.size(), 1);
}

void TestGuiDisconnect::alreadyGoneSaysSoAndRefreshes()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    SandboxStore &store = h->server.store();
    store.removeAccount(store.accountKey(*store.provider(QStringLiteral("github")), SandboxSeed::AliceUserId, QString()));
    QCOMPARE(GuiHarness::connectionCell(table(), Personal, ProviderTreeModel::StatusColumn), QStringLiteral("Connected")); // the table does not know yet
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    QVERIFY(h->prompter.notices.first().text.contains(QStringLiteral("already disconnected")));
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QVERIFY(h->server.requestCount("GET", QStringLiteral("/user_management/users/.*/data_providers")) >= 1);
}

void TestGuiDisconnect::answerLostAndGoneOnRetrySaysDisconnected()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    // The DELETE is carried out and its answer lost (the kept-alive connection drops): sent again, it finds 404.
    SandboxFault fault;
    fault.method = "DELETE";
    fault.pathPattern = DeletePattern;
    fault.action = SandboxFault::Action::PerformThenDrop;
    h->server.addFault(fault);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    const Notice &n = h->prompter.notices.first();
    QCOMPARE(n.title, QStringLiteral("Disconnected — gone on retry"));
    QVERIFY2(!n.text.contains(QStringLiteral("already disconnected")), qPrintable(n.text));
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 2);
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    const QList<AuditRecord> records = h->audit->query({});
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.constFirst().completion.outcome, AuditOutcome::GoneOnRetry);
    QCOMPARE(AuditNames::outcomeText(records.constFirst().completion.outcome), QStringLiteral("Disconnected — gone on retry"));
}

void TestGuiDisconnect::otherErrorsShowTheRequestId()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    SandboxFault fault;
    fault.method = "DELETE";
    fault.pathPattern = DeletePattern;
    fault.status = 403;
    h->server.addFault(fault);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    const Notice &n = h->prompter.notices.first();
    QCOMPARE(n.level, Notice::Level::Error);
    QVERIFY(n.detail.contains(QStringLiteral("403")));
    QVERIFY(n.detail.contains(QStringLiteral("Request id: ")));
    QVERIFY(aliceHasConnection(h->server, QStringLiteral("github"), Personal));
    QCOMPARE(GuiHarness::connectionCell(table(), Personal, ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    QTRY_VERIFY(button()->isEnabled()); // usable again after the failure
}

void TestGuiDisconnect::organizationOwnedAccountWarns()
{
    auto *scope = m_window->findChild<QComboBox *>(QStringLiteral("organizationScope"));
    QTRY_VERIFY(scope->findData(QString(SandboxSeed::AcmeOrgId)) > 0);
    scope->setCurrentIndex(scope->findData(QString(SandboxSeed::AcmeOrgId)));
    QTRY_COMPARE(status(QStringLiteral("salesforce")), QStringLiteral("Connected"));
    QVERIFY(GuiHarness::selectConnection(table(), QString(SandboxSeed::AcmeSalesforceAccountId)));
    h->prompter.setNextAnswer(Prompter::Answer::Rejected);
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    const QString info = h->prompter.confirmations.first().informativeText;
    QVERIFY2(info.contains(QStringLiteral("with every member")), qPrintable(info));
    QVERIFY(info.contains(QString(SandboxSeed::AcmeOrgName)));
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 0);
}

void TestGuiDisconnect::notConnectedRowCannotBeDisconnected()
{
    QVERIFY(GuiHarness::selectSlug(table(), QStringLiteral("notion")));
    QVERIFY(!button()->isEnabled());
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY(h->prompter.confirmations.isEmpty());
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 0);
}

void TestGuiDisconnect::confirmationNamesTheEnvironmentAndSuccessShowsInTheStatusBar()
{
    const QString title = m_window->windowTitle(); // "Pipes Admin - [<environment>]"
    const QString environment = title.mid(title.indexOf(QLatin1Char('[')) + 1).chopped(1);
    QVERIFY(!environment.isEmpty());
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 1);
    QVERIFY2(h->prompter.confirmations.first().text.contains(QStringLiteral(" in %1?").arg(environment)),
             qPrintable(h->prompter.confirmations.first().text));
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Disconnected GitHub for %1 in %2.").arg(QString(SandboxSeed::AliceEmail), environment));
}

namespace {
// Makes the next refresh of Alice's providers fail `times` times, and waits until the table says so.
void makeStale(GuiHarness &h, MainWindow *window, int times)
{
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
    fault.status = 500;
    fault.times = times;
    h.server.addFault(fault);
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(QTest::qWaitFor([window] { return window->providersPanel()->isStale(); }));
}
} // namespace

// The rows on screen are an older answer: what is disconnected is decided on a fresh one.
void TestGuiDisconnect::staleRowsAreReadAgainBeforeDisconnecting()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    makeStale(*h, m_window.get(), 1);
    h->server.clearRequestLog();
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QCOMPARE(h->prompter.confirmations.size(), 0); // not yet: reading first
    QTRY_COMPARE(h->prompter.confirmations.size(), 1);
    const QList<SandboxRequestRecord> requests = h->server.requests();
    QVERIFY(!requests.isEmpty());
    QVERIFY(requests.first().path.endsWith(QLatin1String("/data_providers")));
    QVERIFY(!m_window->providersPanel()->isStale());
    QTRY_VERIFY(!GuiHarness::connectionIndex(table(), Personal).isValid());
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 1);
}

void TestGuiDisconnect::staleRowsThatCannotBeReadAreNotActedOn()
{
    QVERIFY(GuiHarness::selectConnection(table(), Personal));
    makeStale(*h, m_window.get(), -1); // every read fails from here on
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(button(), Qt::LeftButton);
    QTRY_COMPARE(h->prompter.notices.size(), 1);
    QCOMPARE(h->prompter.notices.first().title, QStringLiteral("Not disconnected"));
    QVERIFY(h->prompter.notices.first().detail.contains(QStringLiteral("500")));
    QCOMPARE(h->prompter.confirmations.size(), 0);
    QCOMPARE(h->server.requestCount("DELETE", DeletePattern), 0);
    QVERIFY(aliceHasConnection(h->server, QStringLiteral("github"), Personal));
    QVERIFY(m_window->providersPanel()->isStale());
}

namespace {
Confirmation disconnectConfirmation()
{
    Confirmation c;
    c.title = QStringLiteral("Disconnect GitHub?");
    c.text = QStringLiteral("Disconnect GitHub for alice@acme.com in Demo?");
    c.acceptLabel = QStringLiteral("Disconnect");
    c.tone = Confirmation::Tone::Dangerous;
    c.reasonField = Confirmation::ReasonField::Optional;
    return c;
}
} // namespace

// Tab to Disconnect, then Return: that is a yes. Return in the reason field stays a no.
void TestGuiDisconnect::returnOnTheFocusedDisconnectButtonDisconnects()
{
    {
        ConfirmationDialog dialog(disconnectConfirmation(), QString(), m_window.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationReasonEdit"));
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Tab);
        auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("typedConfirmationAccept"));
        QTRY_VERIFY(accept->hasFocus());
        QTest::keyClick(accept, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }
    {
        ConfirmationDialog dialog(disconnectConfirmation(), QString(), m_window.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationReasonEdit"));
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClicks(reason, QStringLiteral("SUP-1"));
        QTest::keyClick(reason, Qt::Key_Return); // a stray Enter
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
}

void TestGuiDisconnect::everyButtonHasAMnemonicThatNeverTypes()
{
    {
        ConfirmationDialog dialog(disconnectConfirmation(), QString(), m_window.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QPushButton *b : dialog.findChildren<QPushButton *>())
            QVERIFY2(b->text().contains(QLatin1Char('&')), qPrintable(b->text()));
        QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("typedConfirmationAccept"))->text(),
                 QStringLiteral("&Disconnect"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationReasonEdit"));
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted)); // a mnemonic clicks after a short animation
        QCOMPARE(reason->text(), QString());
    }
    {
        // Production: Disconnect stays disabled until the slug is typed; Alt+D neither accepts nor types.
        ConfirmationDialog dialog(disconnectConfirmation(), QStringLiteral("github"), m_window.get());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("confirmationReasonEdit"));
        auto *typed = dialog.findChild<QLineEdit *>(QStringLiteral("typedConfirmationEdit"));
        auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("typedConfirmationAccept"));
        QVERIFY(!accept->isEnabled());
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(reason->text(), QString());
        typed->setFocus();
        QTest::keyClicks(typed, QStringLiteral("git"));
        QTest::keyClick(typed, Qt::Key_D, Qt::AltModifier);
        QCOMPARE(typed->text(), QStringLiteral("git"));
        QVERIFY(dialog.isVisible());
        QTest::keyClicks(typed, QStringLiteral("hub"));
        QVERIFY(accept->isEnabled());
        QTest::keyClick(typed, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.typedText(), QStringLiteral("github"));
    }
}

QTEST_MAIN(TestGuiDisconnect)
#include "tst_gui_disconnect.moc"
