#include "GuiHarness.h"

#include "ProviderTableModel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

GuiHarness::GuiHarness()
{
    if (server.listen() == 0)
        qFatal("sandbox did not listen");
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    client = makeClient();
}

GuiHarness::~GuiHarness() = default;

std::unique_ptr<WorkOsClient> GuiHarness::makeClient(ClientConfig config)
{
    config.baseUrl = server.baseUrl();
    if (config.apiKey.isEmpty())
        config.apiKey = server.apiKey();
    config.retry = RetryPolicy::none();
    return std::make_unique<WorkOsClient>(&nam, config);
}

std::unique_ptr<MainWindow> GuiHarness::makeWindow(WorkOsClient *useClient)
{
    EnvironmentInfo env;
    env.kind = EnvironmentInfo::Kind::Demo;
    env.name = QStringLiteral("Test sandbox");
    env.baseUrl = server.baseUrl().toString();
    auto window = std::make_unique<MainWindow>(
        MainWindowDependencies{useClient ? useClient : client.get(), &prompter, settings.get(), env});
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void GuiHarness::search(MainWindow *window, const QString &text)
{
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

bool GuiHarness::waitForProviders(MainWindow *window, int rows)
{
    auto *table = window->findChild<QTableView *>(QStringLiteral("providerTable"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        if (table->isVisible() && table->model()->rowCount() == rows)
            return true;
        QTest::qWait(20);
    }
    return false;
}

int GuiHarness::rowOfSlug(QTableView *table, const QString &slug)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProviderTableModel::SlugColumn).data().toString() == slug)
            return row;
    }
    return -1;
}

QString GuiHarness::cell(QTableView *table, const QString &slug, int column)
{
    const int row = rowOfSlug(table, slug);
    return row < 0 ? QString() : table->model()->index(row, column).data().toString();
}

bool GuiHarness::selectSlug(QTableView *table, const QString &slug)
{
    const int row = rowOfSlug(table, slug);
    if (row < 0)
        return false;
    // Click the row like a user does.
    const QRect rect = table->visualRect(table->model()->index(row, ProviderTableModel::SlugColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    return table->currentIndex().row() == row;
}

bool GuiHarness::openUser(MainWindow *window, const QString &email)
{
    search(window, email);
    // The title names the user at once; the rows arrive later (the table is cleared on a new user).
    auto *title = window->findChild<QLabel *>(QStringLiteral("userTitle"));
    QElapsedTimer clock;
    clock.start();
    while (!title->text().contains(email) && clock.elapsed() < 5000)
        QTest::qWait(20);
    return title->text().contains(email) && waitForProviders(window);
}
