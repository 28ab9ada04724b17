// The window as a whole: the API key never shows or lands in a file, the
// layout survives a restart, and the providers table fits at 1280 px.

#include "config/ConnectionResolver.h"
#include "PaintCounter.h"
#include "GuiHarness.h"
#include "widgets/ProviderIcons.h"
#include "gui/ProviderTreeView.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "widgets/StatusBadgeDelegate.h"
#include "widgets/ThemedIcons.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QProcessEnvironment>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>

namespace {
template <typename T>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QString::fromLatin1(name));
}

// Every file below `root` whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

// All text a person can see in the window: title, labels, status bar.
QString visibleText(MainWindow *window)
{
    QStringList texts{window->windowTitle(), window->statusBar()->currentMessage()};
    for (const QLabel *label : window->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QWidget *widget : window->findChildren<QWidget *>())
        texts << widget->toolTip() << widget->accessibleName();
    return texts.join(QLatin1Char('\n'));
}
} // namespace

class TestGuiWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void apiKeyNeverShowsOrLandsInAFile();
    void layoutSurvivesARestart();
    void providersTableFitsAt1280();
    void restoredWidthsNeverCutTheStatusBadge();
    void iconsAreDrawnAtTheDevicePixelRatio();
    void aResetIsPaintedOnce();

private:
    std::unique_ptr<GuiHarness> h;
};

void TestGuiWindow::init()
{
    h = std::make_unique<GuiHarness>();
}

void TestGuiWindow::cleanup()
{
    h.reset();
    qunsetenv("WORKOS_API_KEY");
    qunsetenv("PIPES_ADMIN_BASE_URL");
}

void TestGuiWindow::apiKeyNeverShowsOrLandsInAFile()
{
    const QByteArray envKey = "sk_test_RECOGNISABLE0ENV0KEY0c0ffee";
    const QString storedKey = QStringLiteral("sk_test_RECOGNISABLE0STORED0KEY0beef");
    SandboxOptions options;
    options.apiKey = QString::fromLatin1(envKey);
    SandboxServer server(options);
    QVERIFY(server.listen() != 0);

    // Kiosk style: the key and the URL from environment variables, parsed like main() does.
    qputenv("WORKOS_API_KEY", envKey);
    qputenv("PIPES_ADMIN_BASE_URL", server.baseUrl().toEncoded());
    QCommandLineParser parser;
    parser.addOptions(ConnectionResolver::commandLineOptions());
    QVERIFY(parser.parse({QStringLiteral("pipes-admin")}));
    const ConnectionRequest request = ConnectionResolver::requestFrom(parser, QProcessEnvironment::systemEnvironment());

    auto w = h->makeWindowFor(h->makeConnector(request));
    QTRY_VERIFY(child<QWidget>(w.get(), "searchEdit"));
    QVERIFY(w->windowTitle().contains(QStringLiteral("WORKOS_API_KEY"))); // the ad-hoc environment says where it came from
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    // An error on the way, so error text is part of what we check.
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/.*/data_providers");
    fault.status = 500;
    server.addFault(fault);
    QTest::keyClick(w.get(), Qt::Key_F5);
    QTRY_VERIFY(child<QLabel>(w.get(), "lastErrorLabel")->text().contains(QStringLiteral("500")));
    QVERIFY(!visibleText(w.get()).contains(QString::fromLatin1(envKey)));

    // A configured environment with its key in the (memory) keychain, used and then left.
    Environment env;
    env.name = QStringLiteral("Staging");
    env.baseUrl = h->server.baseUrl();
    QVERIFY(h->addEnvironment(env, storedKey));
    QVERIFY(h->store->setActive(QStringLiteral("Staging")));
    QTRY_VERIFY2(w->windowTitle().contains(QStringLiteral("Staging")) && child<QWidget>(w.get(), "searchEdit"),
                 qPrintable(w->windowTitle() + QLatin1Char(' ') + child<QLabel>(w.get(), "startText")->text()));
    GuiHarness::search(w.get(), SandboxSeed::AliceEmail); // 401: the sandbox expects its own key
    QTRY_VERIFY(child<QLabel>(w.get(), "lastErrorLabel")->text().contains(QStringLiteral("401")));
    const QString seen = visibleText(w.get());
    QVERIFY(!seen.contains(QString::fromLatin1(envKey)));
    QVERIFY(!seen.contains(storedKey));
    QVERIFY(!seen.contains(QStringLiteral("RECOGNISABLE")));
    w->close();
    h->settings->sync();

    for (const QString &root : {QDir::homePath(), h->dir.path()}) {
        QCOMPARE(filesContaining(root, "RECOGNISABLE"), QStringList());
    }
    QVERIFY(QFile::exists(h->settings->fileName())); // the settings were written, without keys
    QVERIFY(h->settings->contains(QStringLiteral("window/geometry")));
}

void TestGuiWindow::layoutSurvivesARestart()
{
    // The offscreen screen is 800x600: stay inside it so nothing is clamped.
    {
        auto w = h->makeWindow({}, GuiHarness::WindowSize::AsRestored);
        w->resize(798, 560);
        QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
        child<QSplitter>(w.get(), "mainSplitter")->setSizes({300, 460});
        child<QSplitter>(w.get(), "providersSplitter")->setSizes({320, 120});
        auto *table = child<QTreeView>(w.get(), "providerTable");
        table->setColumnWidth(ProviderTreeModel::OwnershipColumn, 211);
        w->close();
    }
    auto w = h->makeWindow({}, GuiHarness::WindowSize::AsRestored);
    QCOMPARE(w->size(), QSize(798, 560));
    QTRY_COMPARE(child<QSplitter>(w.get(), "mainSplitter")->sizes().value(0), 300);
    // (laid out again after the restore: close, not exact)
    QVERIFY(qAbs(child<QSplitter>(w.get(), "providersSplitter")->sizes().value(1) - 120) <= 25);
    // Loading a user does not re-fit what the user set.
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    QCOMPARE(child<QTreeView>(w.get(), "providerTable")->columnWidth(ProviderTreeModel::OwnershipColumn), 211);
}

void TestGuiWindow::providersTableFitsAt1280()
{
    auto w = h->makeWindow();
    QCOMPARE(w->width(), 1280);
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    QHeaderView *header = table->header();
    // The columns are fitted once the rows are in (ColumnFitter refits on the next turn).
    QTRY_VERIFY(!table->horizontalScrollBar()->isVisible());
    QTRY_VERIFY(header->length() <= table->viewport()->width());
    // Badges and dates are never cut; the scope lists elide but keep a usable width.
    const QFontMetrics fm = table->fontMetrics();
    QVERIFY(table->columnWidth(ProviderTreeModel::StatusColumn) > fm.horizontalAdvance(QStringLiteral("Needs reauthorization")));
    QVERIFY(table->columnWidth(ProviderTreeModel::GrantedScopesColumn) >= fm.horizontalAdvance(QStringLiteral("repo, read:user")));
    QVERIFY(table->columnWidth(ProviderTreeModel::MissingScopesColumn) >= fm.horizontalAdvance(QStringLiteral("repo, read:user")));
}

// Widths saved by an older build (or another language, or a drag) cut
// "Needs reauthorization" to "Needs reaut…": the status column is never
// narrower than its widest badge, after a restart and after a drag.
void TestGuiWindow::restoredWidthsNeverCutTheStatusBadge()
{
    {
        auto w = h->makeWindow();
        QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
        auto *header = child<QTreeView>(w.get(), "providerTable")->header();
        // What an older build saved: a status column as narrow as the header allows.
        header->blockSignals(true);
        header->resizeSection(ProviderTreeModel::StatusColumn, header->minimumSectionSize());
        header->blockSignals(false);
        QCOMPARE(header->sectionSize(ProviderTreeModel::StatusColumn), header->minimumSectionSize());
        w->close();
    }
    auto w = h->makeWindow();
    QVERIFY(GuiHarness::openUser(w.get(), SandboxSeed::AliceEmail));
    auto *table = child<QTreeView>(w.get(), "providerTable");
    const int slack = GuiHarness::rowOfSlug(table, QStringLiteral("slack"));
    QVERIFY(slack >= 0);
    const QModelIndex badge = table->model()->index(slack, ProviderTreeModel::StatusColumn);
    QCOMPARE(badge.data().toString(), QStringLiteral("Needs reauthorization"));
    // The whole pill and the cell's margins fit in the column.
    const int whole = StatusBadgeDelegate::pillWidth(table->fontMetrics(), badge.data().toString()) + 8;
    QVERIFY2(table->columnWidth(ProviderTreeModel::StatusColumn) >= whole,
             qPrintable(QStringLiteral("%1 < %2").arg(table->columnWidth(ProviderTreeModel::StatusColumn)).arg(whole)));
    QVERIFY(table->visualRect(badge).width() >= whole);
    // A drag may widen it, not cut it.
    table->header()->resizeSection(ProviderTreeModel::StatusColumn, 40);
    QVERIFY(table->columnWidth(ProviderTreeModel::StatusColumn) >= whole);
    table->header()->resizeSection(ProviderTreeModel::StatusColumn, whole + 60);
    QCOMPARE(table->columnWidth(ProviderTreeModel::StatusColumn), whole + 60);
}

// At 200 % (and 150 %) every icon is drawn for the device pixels it covers,
// not scaled up from a small pixmap: blurry copy buttons and initials otherwise.
void TestGuiWindow::iconsAreDrawnAtTheDevicePixelRatio()
{
    const QIcon icons[] = {ThemedIcons::copyIcon(QColor(Qt::black)),
                           ProviderIcons::icon(QStringLiteral("acme-crm"), QStringLiteral("Acme CRM")),
                           StatusBadgeDelegate::stateIcon(ConnectionStatus::NeedsReauthorization)};
    for (const QIcon &icon : icons) {
        for (const qreal scale : {1.5, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(40, 40), scale);
            QCOMPARE(pixmap.size(), QSize(qRound(40 * scale), qRound(40 * scale)));
            QCOMPARE(pixmap.devicePixelRatio(), scale);
        }
    }
}

// A lookup clears the tree, then fills it with more rows than fit: the
// scroll bar appears and the stretching columns narrow. Qt does both on
// queued calls and timers after the first paint, which painted the rows two
// or three times; the view settles them first, so each reset paints once.
void TestGuiWindow::aResetIsPaintedOnce()
{
    QList<DataProvider> providers;
    for (int i = 0; i < 60; ++i) {
        DataProvider p;
        p.name = QStringLiteral("Provider %1").arg(i);
        p.slug = QStringLiteral("provider-%1").arg(i);
        p.scopes = {QStringLiteral("read"), QStringLiteral("write")};
        ConnectedAccount a;
        a.id = QStringLiteral("data_installation_%1").arg(i);
        a.state = i % 3 == 0 ? ConnectionState::NeedsReauthorization : ConnectionState::Connected;
        a.stateText = i % 3 == 0 ? QStringLiteral("needs_reauthorization") : QStringLiteral("connected");
        a.scopes = {QStringLiteral("read")};
        p.connectedAccount = a;
        providers << p;
    }
    ProviderTreeModel model(nullptr);
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    ProviderTreeView view;
    view.setModel(&proxy);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    for (int round = 0; round < 2; ++round) {
        model.clear();
        QTest::qWait(50);
        QVERIFY(!view.verticalScrollBar()->isVisible());
        counter.paints = 0;
        model.setProviders(providers);
        QTest::qWait(100); // every queued call and timer Qt has for the new rows
        QVERIFY2(counter.paints == 1, qPrintable(QStringLiteral("round %1: %2 paints").arg(round).arg(counter.paints)));
        QVERIFY(view.verticalScrollBar()->isVisible());
    }
}

QTEST_MAIN(TestGuiWindow)
#include "tst_gui_window.moc"
