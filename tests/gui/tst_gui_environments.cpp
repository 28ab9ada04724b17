// The window across environments: switching clears every view and drops late
// replies, production asks for the typed slug, the first-run page, memory-only
// keys announced, and unknown names refused.

#include "gui/settings/EnvironmentSettingsDialog.h"
#include "GuiHarness.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"
#include "widgets/ConfirmationDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>
#include <QUuid>

namespace {
template <typename T>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QString::fromLatin1(name));
}

Environment environment(const QString &name, const QUrl &url, Environment::Kind kind = Environment::Kind::Staging)
{
    Environment env;
    env.name = name;
    env.baseUrl = url;
    env.kind = kind;
    return env;
}

// Chooses `name` in the selector with the keyboard, like a person does.
bool chooseEnvironment(MainWindow *window, const QString &name)
{
    auto *selector = child<QComboBox>(window, "environmentSelector");
    const int target = selector->findText(name);
    if (target < 0)
        return false;
    selector->setFocus();
    const Qt::Key key = target > selector->currentIndex() ? Qt::Key_Down : Qt::Key_Up;
    for (int guard = 0; selector->currentIndex() != target && guard < 20; ++guard)
        QTest::keyClick(selector, key);
    return selector->currentText() == name;
}

bool waitForDesk(MainWindow *window)
{
    return QTest::qWaitFor(
        [window] {
            auto *edit = child<QLineEdit>(window, "searchEdit");
            return edit && edit->isVisible();
        },
        5000);
}
} // namespace

class TestGuiEnvironments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchingClearsEveryViewAndDropsLateReplies();
    void eachSwitchReadsTheKeyAndConnectsOnce_data();
    void eachSwitchReadsTheKeyAndConnectsOnce();
    void productionNeedsTheTypedSlug();
    void typedConfirmationDialogOnlyAcceptsTheExactSlug();
    void firstRunOffersAddingAnEnvironmentOrDemo();
    void settingsHaveATeamAuditPageForTheStoreInUse();
    void memoryOnlyKeysAreAnnounced();
    void unknownEnvironmentIsRefusedWithTheKnownNames();
    void missingKeySaysWhereToStoreIt();

private:
    std::unique_ptr<GuiHarness> h;
};

void TestGuiEnvironments::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiEnvironments::cleanup()
{
    h.reset();
}

void TestGuiEnvironments::switchingClearsEveryViewAndDropsLateReplies()
{
    // B: another sandbox with another key and no customers at all.
    SandboxOptions optionsB;
    optionsB.apiKey = QStringLiteral("sk_test_environment_b");
    optionsB.seed = QStringLiteral("empty");
    SandboxServer serverB(optionsB);
    QVERIFY(serverB.listen() != 0);
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging A"), h->server.baseUrl()), h->server.apiKey()));
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging B"), serverB.baseUrl()), optionsB.apiKey));

    auto w = h->makeWindowFor(h->makeConnector());
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Staging A]"));
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QVERIFY(GuiHarness::selectSlug(child<QTreeView>(w.get(), "providerTable"), QStringLiteral("slack")));
    QVERIFY(child<QPlainTextEdit>(w.get(), "rawJson")->toPlainText().contains(QStringLiteral("slack")));
    QCOMPARE(child<QListView>(w.get(), "recentList")->model()->rowCount(), 1);
    // An open connect-link dialog belongs to A too.
    QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(w->providersPanel()->connectLinkDialog() && w->providersPanel()->connectLinkDialog()->isVisible());
    QPointer<QDialog> linkDialog = w->providersPanel()->connectLinkDialog();

    // A answers slowly now: the link is still on its way when we switch.
    h->server.setLatencyMs(600);
    h->server.clearRequestLog();
    QTest::keyClick(linkDialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")), Qt::Key_Return); // Get link
    QTRY_VERIFY(h->server.requestCount() > 0);
    QVERIFY(chooseEnvironment(w.get(), QStringLiteral("Staging B")));
    QVERIFY(waitForDesk(w.get()));

    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Staging B]"));
    QVERIFY(linkDialog.isNull());
    // The link asked for under A is in the history as cancelled, not left pending.
    const QList<AuditRecord> records = h->audit->query(AuditFilter{});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().entry.environment, QStringLiteral("Staging A"));
    QCOMPARE(records.first().completion.outcome, AuditOutcome::Cancelled);
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(child<QListView>(w.get(), "userList")->model()->rowCount(), 0);
    QCOMPARE(child<QListView>(w.get(), "recentList")->model()->rowCount(), 0); // the recent list is per environment
    QVERIFY(!child<QLabel>(w.get(), "userTitle")->text().contains(QString(SandboxSeed::AliceEmail)));
    QVERIFY(child<QPlainTextEdit>(w.get(), "rawJson")->toPlainText().isEmpty());
    QVERIFY(child<QLabel>(w.get(), "lastErrorLabel")->text().isEmpty());
    QCOMPARE(child<QLabel>(w.get(), "environmentLabel")->text(), QStringLiteral("Staging B"));

    // A's late answer arrives after the latency: it must not land anywhere
    // (a fixed wait on purpose, past the 600 ms, to see nothing land).
    QTest::qWait(900);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>(w.get(), "rawJson")->toPlainText().isEmpty());
    QVERIFY(!child<QLabel>(w.get(), "userTitle")->text().contains(QString(SandboxSeed::AliceEmail)));

    // B is asked with B's key, and B does not know Alice.
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail);
    QTRY_VERIFY(child<QLabel>(w.get(), "searchMessage")->text().contains(QStringLiteral("No user has the email")));
    QVERIFY(!serverB.requests().isEmpty());
    for (const SandboxRequestRecord &record : serverB.requests())
        QVERIFY(record.authorized);

    // Back to A: A's recent list is still there, the views start empty.
    h->server.setLatencyMs(0);
    QVERIFY(chooseEnvironment(w.get(), QStringLiteral("Staging A")));
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(child<QTreeView>(w.get(), "providerTable")->model()->rowCount(), 0);
    QCOMPARE(child<QListView>(w.get(), "recentList")->model()->rowCount(), 1);
    // The choice is remembered for the next start.
    QCOMPARE(h->store->activeName(), QStringLiteral("Staging A"));
}

void TestGuiEnvironments::eachSwitchReadsTheKeyAndConnectsOnce_data()
{
    QTest::addColumn<bool>("osKeychain");
    QTest::newRow("memory-only keys") << false;
    QTest::newRow("OS keychain") << true; // Secret Service on a private D-Bus session
}

void TestGuiEnvironments::eachSwitchReadsTheKeyAndConnectsOnce()
{
    // One keychain read (which may ask the user to unlock the keychain) and one
    // "Connecting…" per switch, whether chosen in the selector or in the settings.
    QFETCH(bool, osKeychain);
    if (osKeychain) {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus, so no Secret Service: run inside dbus-run-session with gnome-keyring-daemon.");
        h->secrets = std::make_unique<SecretStore>(QStringLiteral("pipes-admin-gui-test-")
                                                   + QUuid::createUuid().toString(QUuid::Id128));
        bool probed = false;
        bool works = false;
        h->secrets->probe(&h->nam, [&](const SecretResult &r) {
            probed = true;
            works = r.ok();
        });
        QVERIFY(QTest::qWaitFor([&probed] { return probed; }, 20000));
        QVERIFY2(works, "a D-Bus session exists but the keychain does not work");
    }
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging A"), h->server.baseUrl()), h->server.apiKey()));
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging B"), h->server.baseUrl()), h->server.apiKey()));
    EnvironmentConnector *connector = h->makeConnector();
    QSignalSpy reads(h->secrets.get(), &SecretStore::readStarted);
    QSignalSpy connecting(connector, &EnvironmentConnector::connecting);
    QSignalSpy connected(connector, &EnvironmentConnector::connected);
    auto w = h->makeWindowFor(connector);
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(reads.size(), 1);
    QCOMPARE(connecting.size(), 1);
    QCOMPARE(connected.size(), 1);

    const auto readsOf = [&reads](int from) {
        QStringList names;
        for (int i = from; i < reads.size(); ++i)
            names.append(reads.at(i).at(0).toString());
        return names;
    };
    QVERIFY(chooseEnvironment(w.get(), QStringLiteral("Staging B")));
    QTRY_COMPARE(connected.size(), 2);
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(readsOf(1), QStringList{QStringLiteral("Staging B")});
    QCOMPARE(connecting.size(), 2);
    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Staging B]"));
    QCOMPARE(h->store->activeName(), QStringLiteral("Staging B")); // remembered for the next start

    QVERIFY(chooseEnvironment(w.get(), QStringLiteral("Staging A")));
    QTRY_COMPARE(connected.size(), 3);
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(readsOf(2), QStringList{QStringLiteral("Staging A")});
    QCOMPARE(connecting.size(), 3);
    QCOMPARE(h->store->activeName(), QStringLiteral("Staging A"));

    // "Set active" in the settings switches the window too, once.
    QVERIFY(h->store->setActive(QStringLiteral("Staging B")).ok());
    QTRY_COMPARE(connected.size(), 4);
    QCOMPARE(readsOf(3), QStringList{QStringLiteral("Staging B")});
    QCOMPARE(connecting.size(), 4);
    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Staging B]"));
    if (osKeychain) {
        int removed = 0;
        for (const QString &name : {QStringLiteral("Staging A"), QStringLiteral("Staging B")})
            h->secrets->remove(name, &h->nam, [&removed](const SecretResult &) { ++removed; });
        QVERIFY(QTest::qWaitFor([&removed] { return removed == 2; }, 20000));
    }
}

void TestGuiEnvironments::productionNeedsTheTypedSlug()
{
    Environment prod = environment(QStringLiteral("Production"), h->server.baseUrl(), Environment::Kind::Production);
    QVERIFY(h->addEnvironment(prod, h->server.apiKey()));
    auto w = h->makeWindowFor(h->makeConnector());
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Production]"));
    auto *banner = child<QLabel>(w.get(), "environmentBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("Production")));
    QCOMPARE(banner->palette().color(QPalette::Window), QColor(prod.effectiveColour()));

    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    const QString personal = QString(SandboxSeed::AliceGithubAccountId);
    QVERIFY(GuiHarness::selectConnection(table, personal));
    auto *button = child<QPushButton>(w.get(), "disconnectButton");
    const QString deletes = QStringLiteral("/user_management/users/.*/connected_accounts/github");

    // Accepted, but with the wrong slug typed: nothing is sent.
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->prompter.setNextTypedText(QStringLiteral("githu"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(h->prompter.typedPhrases, QStringList{QStringLiteral("github")});
    QVERIFY(h->prompter.confirmations.last().informativeText.contains(QStringLiteral("PRODUCTION")));
    QTest::qWait(200); // on purpose: proves that no DELETE goes out a little later either
    QCOMPARE(h->server.requestCount("DELETE", deletes), 0);
    QCOMPARE(GuiHarness::connectionCell(table, personal, ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    QVERIFY(button->isEnabled());

    // Another provider's slug does not do either.
    h->prompter.setNextTypedText(QStringLiteral("slack"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::qWait(200); // on purpose, as above
    QCOMPARE(h->server.requestCount("DELETE", deletes), 0);

    // The exact slug: the DELETE goes out and the row is re-read.
    h->prompter.setNextTypedText(QStringLiteral("github"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(h->server.requestCount("DELETE", deletes), 1);
    QTRY_VERIFY(!GuiHarness::connectionIndex(table, personal).isValid());
}

void TestGuiEnvironments::typedConfirmationDialogOnlyAcceptsTheExactSlug()
{
    Confirmation c;
    c.title = QStringLiteral("Disconnect GitHub?");
    c.text = QStringLiteral("Disconnect GitHub for alice@acme.com?");
    c.acceptLabel = QStringLiteral("Disconnect");
    ConfirmationDialog dialog(c, QStringLiteral("github"));
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, "typedConfirmationEdit");
    auto *accept = child<QPushButton>(&dialog, "typedConfirmationAccept");
    QVERIFY(!accept->isEnabled());
    QTest::keyClicks(edit, QStringLiteral("GitHub"));
    QVERIFY(!accept->isEnabled()); // case matters: slugs are lower case
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // Enter with a wrong text cancels, never accepts

    ConfirmationDialog again(c, QStringLiteral("github"));
    again.show();
    QTest::keyClicks(child<QLineEdit>(&again, "typedConfirmationEdit"), QStringLiteral("github"));
    auto *acceptAgain = child<QPushButton>(&again, "typedConfirmationAccept");
    QVERIFY(acceptAgain->isEnabled());
    QTest::mouseClick(acceptAgain, Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(again.typedText(), QStringLiteral("github"));
}

void TestGuiEnvironments::settingsHaveATeamAuditPageForTheStoreInUse()
{
    auto w = h->makeWindowFor(h->makeConnector());
    w->openSettings(MainWindow::SettingsStart::ShowCurrent);
    QTRY_VERIFY(w->settingsDialog() && w->settingsDialog()->isVisible());
    auto *page = w->settingsDialog()->findChild<QWidget *>(QStringLiteral("teamAuditSettingsPage"));
    QVERIFY(page);
    auto *store = page->findChild<QLabel *>(QStringLiteral("auditStoreLabel"));
    QVERIFY(store);
    QCOMPARE(store->text(), QStringLiteral("Local file: %1").arg(h->audit->path()));
    // The local file has no password to store.
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("storeAuditPasswordButton"))->isEnabled());
    w->settingsDialog()->close();
}

void TestGuiEnvironments::firstRunOffersAddingAnEnvironmentOrDemo()
{
    auto w = h->makeWindowFor(h->makeConnector());
    auto *add = child<QPushButton>(w.get(), "addEnvironmentButton");
    auto *demo = child<QPushButton>(w.get(), "startDemoButton");
    QVERIFY(add && add->isVisible() && add->isEnabled());
    QVERIFY(demo && demo->isVisible());
    QVERIFY(child<QLabel>(w.get(), "startTitle")->text().contains(QStringLiteral("Welcome")));
    QVERIFY(!child<QLineEdit>(w.get(), "searchEdit"));
    QVERIFY(!child<QComboBox>(w.get(), "environmentSelector")->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(w->settingsDialog() && w->settingsDialog()->isVisible());
    QVERIFY(w->settingsDialog()->currentName().isEmpty()); // adding a new one
    w->settingsDialog()->close();

    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY(waitForDesk(w.get()));
    QCOMPARE(h->demoStarts, 1);
    QCOMPARE(w->windowTitle(), QStringLiteral("Pipes Admin - [Demo sandbox]"));
    QVERIFY(child<QLabel>(w.get(), "environmentBanner")->text().contains(QStringLiteral("Demo data")));
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QVERIFY(h->store->isEmpty()); // demo mode did not configure anything
}

void TestGuiEnvironments::memoryOnlyKeysAreAnnounced()
{
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging"), h->server.baseUrl()), h->server.apiKey()));
    auto w = h->makeWindowFor(h->makeConnector());
    QVERIFY(waitForDesk(w.get()));
    auto *note = child<QLabel>(w.get(), "keyStorageLabel");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("memory only")));
    // --demo never uses keys: no note there.
    auto demo = h->makeWindow();
    QVERIFY(!child<QLabel>(demo.get(), "keyStorageLabel")->isVisible());
}

void TestGuiEnvironments::unknownEnvironmentIsRefusedWithTheKnownNames()
{
    QVERIFY(h->addEnvironment(environment(QStringLiteral("Staging"), h->server.baseUrl()), h->server.apiKey()));
    ConnectionRequest request;
    request.optionEnvironment = QStringLiteral("Prod");
    auto w = h->makeWindowFor(h->makeConnector(request));
    auto *text = child<QLabel>(w.get(), "startText");
    QTRY_VERIFY(text->text().contains(QStringLiteral("\"Prod\"")));
    QVERIFY(text->text().contains(QStringLiteral("Staging")));
    QVERIFY(!child<QLineEdit>(w.get(), "searchEdit"));
    QCOMPARE(h->server.requestCount(), 0);
    // The selector still offers the known ones.
    QVERIFY(chooseEnvironment(w.get(), QStringLiteral("Staging")));
    QVERIFY(waitForDesk(w.get()));
}

void TestGuiEnvironments::missingKeySaysWhereToStoreIt()
{
    QVERIFY(h->store->add(environment(QStringLiteral("Staging"), h->server.baseUrl())));
    auto w = h->makeWindowFor(h->makeConnector());
    auto *text = child<QLabel>(w.get(), "startText");
    QTRY_VERIFY(text->text().contains(QStringLiteral("No API key is stored")));
    auto *settings = child<QPushButton>(w.get(), "openSettingsButton");
    QVERIFY(settings->isVisible());
    QTest::mouseClick(settings, Qt::LeftButton);
    QTRY_VERIFY(w->settingsDialog() && w->settingsDialog()->isVisible());
    QCOMPARE(w->settingsDialog()->currentName(), QStringLiteral("Staging"));
    // Storing the key (what the dialog does) reconnects.
    bool stored = false;
    h->secrets->write(QStringLiteral("Staging"), h->server.apiKey(), w.get(), [&](const SecretResult &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    Q_EMIT w->settingsDialog()->apiKeyChanged(QStringLiteral("Staging"));
    QVERIFY(waitForDesk(w.get()));
}

QTEST_MAIN(TestGuiEnvironments)
#include "tst_gui_environments.moc"
