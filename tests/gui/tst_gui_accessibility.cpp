// Keyboard and screen-reader use of the windows: every control has a name a
// screen reader can say (its accessible name, its own visible text or a
// label's buddy), Tab moves through the desk in reading order, and the
// shortcuts of the support desk do what they say.

#include "gui/batch/BatchWindow.h"
#include "widgets/ConfirmationDialog.h"
#include "gui/ConnectLinkDialog.h"
#include "GuiHarness.h"
#include "gui/history/HistoryWindow.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QTreeView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

namespace {
template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

bool isInteractive(const QWidget *w)
{
    // Parts of other controls: the line edit inside a combo box or spin box,
    // the clear button inside a line edit, headers and the table's corner.
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent))
        return false;
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
}

// The visible controls below `root` that a screen reader could only call "button" or "edit".
QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible() && !withoutMnemonic(label->text()).isEmpty())
            labelled.insert(label->buddy());
    }
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible() || !isInteractive(w))
            continue;
        if (!w->accessibleName().trimmed().isEmpty() || labelled.contains(w))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w);
            button && !withoutMnemonic(button->text()).isEmpty())
            continue;
        unnamed.append(describe(w));
    }
    return unnamed;
}

int checkedControls(QWidget *root)
{
    int count = 0;
    for (const QWidget *w : root->findChildren<QWidget *>())
        count += w->isVisible() && isInteractive(w) ? 1 : 0;
    return count;
}

// Presses Tab `steps` times from `start` and returns the objectNames focus went through.
QStringList tabSequence(QWidget *start, int steps)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList names{QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()};
    for (int i = 0; i < steps; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        names.append(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString());
    }
    return names;
}
} // namespace

class TestGuiAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkerSeesAnUnnamedControl();
    void mainWindowControlsAreNamed();
    void connectLinkDialogControlsAreNamed();
    void confirmationDialogControlsAreNamedAndInReadingOrder();
    void batchAndHistoryControlsAreNamed();
    void settingsDialogControlsAreNamed();
    void tabMovesThroughTheDeskInReadingOrder();
    void ctrlFFocusesTheSearch();
    void ctrlCCopiesTheSelectedId();

private:
    void makeWindow();

    std::unique_ptr<GuiHarness> h;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiAccessibility::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiAccessibility::cleanup()
{
    m_window.reset();
    h.reset();
}

void TestGuiAccessibility::makeWindow()
{
    m_window = h->makeWindow();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(m_window->searchPanel());
}

void TestGuiAccessibility::checkerSeesAnUnnamedControl()
{
    QWidget form;
    auto *named = new QLineEdit(&form);
    named->setAccessibleName(QStringLiteral("Email"));
    auto *buddied = new QLineEdit(&form);
    (new QLabel(QStringLiteral("&Name:"), &form))->setBuddy(buddied);
    new QPushButton(QStringLiteral("&Find"), &form);
    auto *iconOnly = new QPushButton(&form);
    iconOnly->setObjectName(QStringLiteral("iconOnly"));
    auto *bare = new QComboBox(&form);
    bare->setObjectName(QStringLiteral("bare"));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(unnamedControls(&form), (QStringList{QStringLiteral("QPushButton#iconOnly"),
                                                  QStringLiteral("QComboBox#bare")}));
}

void TestGuiAccessibility::mainWindowControlsAreNamed()
{
    makeWindow();
    QVERIFY(checkedControls(m_window.get()) >= 6);
    QVERIFY2(unnamedControls(m_window.get()).isEmpty(), qPrintable(unnamedControls(m_window.get()).join(u' ')));
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(GuiHarness::selectSlug(m_window->findChild<QTreeView *>(QStringLiteral("providerTable")),
                                   QStringLiteral("github")));
    // With a user: the provider's panel, its filters and the details' copy buttons.
    QVERIFY(checkedControls(m_window.get()) >= 15);
    QVERIFY2(unnamedControls(m_window.get()).isEmpty(), qPrintable(unnamedControls(m_window.get()).join(u' ')));
}

void TestGuiAccessibility::connectLinkDialogControlsAreNamed()
{
    makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QVERIFY(GuiHarness::selectSlug(m_window->findChild<QTreeView *>(QStringLiteral("providerTable")),
                                   QStringLiteral("slack")));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *d = m_window->providersPanel()->connectLinkDialog();
    QVERIFY(d);
    QTRY_VERIFY(d->isVisible());
    QApplication::setActiveWindow(d); // the offscreen platform leaves the main window active
    QTRY_COMPARE(QApplication::activeWindow(), d);
    QVERIFY(checkedControls(d) >= 8);
    QVERIFY2(unnamedControls(d).isEmpty(), qPrintable(unnamedControls(d).join(u' ')));
    // Reading order: the optional fields, Get link, the link and what to do with it
    // (Copy link and Open wait for a link; Alice has no organization to choose).
    const QStringList order = tabSequence(child<QWidget>(d, "returnToEdit"), 4);
    QCOMPARE(order, (QStringList{QStringLiteral("returnToEdit"), QStringLiteral("reasonEdit"),
                                 QStringLiteral("getLinkButton"), QStringLiteral("linkEdit"),
                                 QStringLiteral("watchButton")}));
}

void TestGuiAccessibility::confirmationDialogControlsAreNamedAndInReadingOrder()
{
    Confirmation confirmation;
    confirmation.title = QStringLiteral("Disconnect GitHub?");
    confirmation.text = QStringLiteral("Disconnect alice@acme.com from GitHub?");
    confirmation.acceptLabel = QStringLiteral("Disconnect");
    confirmation.tone = Confirmation::Tone::Dangerous;
    confirmation.reasonField = Confirmation::ReasonField::Optional;
    ConfirmationDialog dialog(confirmation, QStringLiteral("github"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(checkedControls(&dialog), 4); // reason, typed phrase, Disconnect, Cancel
    QVERIFY2(unnamedControls(&dialog).isEmpty(), qPrintable(unnamedControls(&dialog).join(u' ')));
    // Top to bottom as shown: the reason, then the phrase to type, then the buttons.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("confirmationReasonEdit"));
    QCOMPARE(tabSequence(QApplication::focusWidget(), 2),
             (QStringList{QStringLiteral("confirmationReasonEdit"), QStringLiteral("typedConfirmationEdit"),
                          QStringLiteral("confirmationCancel")}));
}

void TestGuiAccessibility::batchAndHistoryControlsAreNamed()
{
    makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    QWidget *batch = m_window->batchWindow();
    QVERIFY(batch);
    QTRY_VERIFY(batch->isVisible());
    QVERIFY(checkedControls(batch) >= 15);
    QVERIFY2(unnamedControls(batch).isEmpty(), qPrintable(unnamedControls(batch).join(u' ')));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
    QWidget *history = m_window->historyWindow();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QVERIFY(checkedControls(history) >= 10);
    QVERIFY2(unnamedControls(history).isEmpty(), qPrintable(unnamedControls(history).join(u' ')));
}

void TestGuiAccessibility::settingsDialogControlsAreNamed()
{
    Environment staging;
    staging.name = QStringLiteral("Staging");
    staging.baseUrl = h->server.baseUrl();
    staging.kind = Environment::Kind::Staging;
    QVERIFY(h->addEnvironment(staging, h->server.apiKey()));
    m_window = h->makeWindowFor(h->makeConnector());
    m_window->show();
    m_window->openSettings(MainWindow::SettingsStart::ShowCurrent);
    QWidget *settings = m_window->settingsDialog();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    QVERIFY(checkedControls(settings) >= 6);
    QVERIFY2(unnamedControls(settings).isEmpty(), qPrintable(unnamedControls(settings).join(u' ')));
}

void TestGuiAccessibility::tabMovesThroughTheDeskInReadingOrder()
{
    makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    QTRY_VERIFY(child<QWidget>(m_window.get(), "sharedConnections")->isVisible()); // read after her memberships
    auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
    const QStringList order = tabSequence(search, 15);
    QCOMPARE(order, (QStringList{QStringLiteral("searchEdit"), QStringLiteral("findButton"),
                                 QStringLiteral("userList"), QStringLiteral("recentList"),
                                 QStringLiteral("copyUserIdButton"), QStringLiteral("refreshButton"),
                                 QStringLiteral("organizationScope"), QStringLiteral("providerFilter"),
                                 QStringLiteral("problemsOnly"), QStringLiteral("providerTable"),
                                 // what alice's organizations share with her, under her own providers
                                 // (focus in it makes its first row current: "Show in the table" is usable)
                                 QStringLiteral("sharedConnectionsView"), QStringLiteral("showSharedButton"),
                                 QStringLiteral("diagnoseButton"), QStringLiteral("disconnectButton"), QStringLiteral("addConnectionButton"),
                                 QStringLiteral("connectLinkButton")}));
}

void TestGuiAccessibility::ctrlFFocusesTheSearch()
{
    makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    auto *table = m_window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    auto *search = child<QLineEdit>(m_window.get(), "searchEdit");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    // The previous search is selected, so typing replaces it.
    QCOMPARE(search->selectedText(), QString(SandboxSeed::AliceEmail));
}

void TestGuiAccessibility::ctrlCCopiesTheSelectedId()
{
    makeWindow();
    QVERIFY(GuiHarness::openUser(m_window.get(), SandboxSeed::AliceEmail));
    auto *table = m_window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AliceGithubWorkAccountId)));
    QApplication::clipboard()->clear();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, QString(SandboxSeed::AliceGithubWorkAccountId)); // the selected connection
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("detailsPane"))->findChildren<QLabel *>().size() > 0);

    // In the user list, Ctrl+C copies the selected user's id.
    auto *users = child<QListView>(m_window.get(), "userList");
    QTest::mouseClick(users->viewport(), Qt::LeftButton, {},
                      users->visualRect(users->model()->index(0, 0)).center());
    QTRY_VERIFY(users->hasFocus());
    QApplication::clipboard()->clear();
    QTest::keyClick(users, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QString(SandboxSeed::AliceUserId));
}

QTEST_MAIN(TestGuiAccessibility)
#include "tst_gui_accessibility.moc"
