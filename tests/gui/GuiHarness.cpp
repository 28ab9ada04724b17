#include "GuiHarness.h"

#include "models/ProviderTreeModel.h"
#include "gui/ScopeSummary.h"

#include "core/Translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTest>

GuiHarness::GuiHarness()
{
    // The English plural forms main() installs ("2 other GitHub connections"), once per process.
    static const bool plurals = [] {
        Translations::installSourcePlurals(*qApp);
        return true;
    }();
    Q_UNUSED(plurals);
    if (server.listen() == 0)
        qFatal("sandbox did not listen");
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    store = std::make_unique<EnvironmentStore>(settings.get(), QString());
    secrets = std::make_unique<SecretStore>(QStringLiteral("pipes-admin-gui-test"));
    secrets->useMemoryOnly(); // tests never touch a real keychain
    audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.sqlite3")));
    if (!audit->open(&auditProblem))
        qFatal("audit log did not open: %s", qPrintable(auditProblem));
}

GuiHarness::~GuiHarness() = default;

std::unique_ptr<MainWindow> GuiHarness::makeWindow(ClientConfig config, WindowSize size)
{
    const QString key = config.apiKey.isEmpty() ? server.apiKey() : config.apiKey;
    config.retry = RetryPolicy::none();
    ConnectorDependencies deps;
    deps.nam = &nam;
    deps.clientTemplate = config;
    deps.startDemo = [this, key]() -> std::optional<DemoEndpoint> {
        ++demoStarts;
        return DemoEndpoint{server.baseUrl(), key};
    };
    connectors.push_back(std::make_unique<EnvironmentConnector>(std::move(deps), ConnectorMode::DemoOnly));
    return makeWindowFor(connectors.back().get(), size);
}

EnvironmentConnector *GuiHarness::makeConnector(const ConnectionRequest &request)
{
    ConnectorDependencies deps;
    deps.nam = &nam;
    deps.store = store.get();
    deps.secrets = secrets.get();
    deps.request = request;
    deps.clientTemplate.retry = RetryPolicy::none();
    deps.startDemo = [this]() -> std::optional<DemoEndpoint> {
        ++demoStarts;
        return DemoEndpoint{server.baseUrl(), server.apiKey()};
    };
    connectors.push_back(std::make_unique<EnvironmentConnector>(std::move(deps), ConnectorMode::Workstation));
    return connectors.back().get();
}

std::unique_ptr<MainWindow> GuiHarness::makeWindowFor(EnvironmentConnector *connector, WindowSize size)
{
    MainWindowDependencies deps{connector, &prompter, settings.get(), {}};
    deps.auditLog = audit.get();
    deps.auditProblem = auditProblem;
    deps.files = files;
    auto window = std::make_unique<MainWindow>(deps);
    if (size == WindowSize::Standard1280)
        window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

bool GuiHarness::addEnvironment(const Environment &environment, const QString &apiKey)
{
    // The key first: adding the first environment makes it active at once.
    bool done = false;
    bool ok = false;
    secrets->write(environment.name, apiKey, &nam, [&](const SecretResult &result) {
        ok = result.ok();
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 5000) && ok && store->add(environment);
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
    auto *table = window->findChild<QTreeView *>(QStringLiteral("providerTable"));
    return QTest::qWaitFor([table, rows] { return table->isVisible() && table->model()->rowCount() == rows; }, 5000);
}

int GuiHarness::rowOfSlug(QAbstractItemView *table, const QString &slug)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ProviderTreeModel::SlugColumn).data().toString() == slug)
            return row;
    }
    return -1;
}

QString GuiHarness::cell(QAbstractItemView *table, const QString &slug, int column)
{
    const int row = rowOfSlug(table, slug);
    return row < 0 ? QString() : table->model()->index(row, column).data().toString();
}

bool GuiHarness::selectSlug(QAbstractItemView *table, const QString &slug)
{
    const int row = rowOfSlug(table, slug);
    if (row < 0)
        return false;
    // Click the row like a user does.
    const QRect rect = table->visualRect(table->model()->index(row, ProviderTreeModel::StatusColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    return table->currentIndex().row() == row;
}

bool GuiHarness::openUser(MainWindow *window, const QString &email)
{
    search(window, email);
    // The title names the user at once; the rows arrive later (the table is cleared on a new user).
    auto *title = window->findChild<QLabel *>(QStringLiteral("userTitle"));
    if (!QTest::qWaitFor([title, email] { return title->text().contains(email); }, 5000) || !waitForProviders(window))
        return false;
    // And every other scope read for the summary, so no request of the opening lands later.
    auto *summary = window->findChild<ScopeSummary *>(QStringLiteral("scopeSummary"));
    return !summary || QTest::qWaitFor([summary] { return summary->isComplete(); }, 5000);
}

QModelIndex GuiHarness::connectionIndex(QAbstractItemView *table, const QString &connectedAccountId)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex provider = model->index(row, 0);
        if (provider.data(ProviderTreeModel::ConnectionIdRole).toString() == connectedAccountId)
            return provider; // its only connection, shown by the provider row
        for (int child = 0; child < model->rowCount(provider); ++child) {
            const QModelIndex connection = model->index(child, 0, provider);
            if (connection.data(ProviderTreeModel::ConnectionIdRole).toString() == connectedAccountId)
                return connection;
        }
    }
    return QModelIndex();
}

bool GuiHarness::selectConnection(QAbstractItemView *table, const QString &connectedAccountId)
{
    const QModelIndex index = connectionIndex(table, connectedAccountId);
    if (!index.isValid())
        return false;
    table->scrollTo(index);
    const QRect rect = table->visualRect(index.siblingAtColumn(ProviderTreeModel::StatusColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndex current = table->currentIndex().siblingAtColumn(0);
    return current == index || current.data(ProviderTreeModel::ConnectionIdRole).toString() == connectedAccountId;
}

QString GuiHarness::connectionCell(QAbstractItemView *table, const QString &connectedAccountId, int column)
{
    const QModelIndex index = connectionIndex(table, connectedAccountId);
    return index.isValid() ? index.siblingAtColumn(column).data().toString() : QString();
}

QByteArray GuiHarness::lastAuthorizeBody(const SandboxServer &server)
{
    QByteArray body;
    for (const SandboxRequestRecord &r : server.requests()) {
        if (r.method == "POST" && r.path.endsWith(QLatin1String("/authorize")))
            body = r.body;
    }
    return body;
}

bool GuiHarness::received(const SandboxServer &server, const QByteArray &method, const QString &path,
                          const QString &queryPart)
{
    for (const SandboxRequestRecord &r : server.requests()) {
        if (r.method == method && r.path == path && r.query.contains(queryPart))
            return true;
    }
    return false;
}
