#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "gui/ApiStatusBar.h"
#include "gui/AuditAvailability.h"
#include "gui/batch/BatchWindow.h"
#include "session/EnvironmentConnector.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "gui/settings/MessagesSettingsPage.h"
#include "gui/settings/TeamAuditSettingsPage.h"
#include "config/EnvironmentStore.h"
#include "gui/history/HistoryWindow.h"
#include "gui/links/LinksDesk.h"
#include "gui/HelpTopics.h"
#include "widgets/Prompter.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"
#include "widgets/QtFileChooser.h"
#include "models/RecentUsersModel.h"
#include "gui/SearchPanel.h"
#include "config/SecretStore.h"
#include "gui/StartPage.h"
#include "widgets/ThemedIcons.h"
#include "gui/Workspace.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QToolBar>

static void initGuiResources()
{
    Q_INIT_RESOURCE(pipes_admin);
}

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
} // namespace

MainWindow::MainWindow(const MainWindowDependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_deps(dependencies)
    , m_selector(new QComboBox(this))
    , m_startPage(new StartPage(this))
    , m_keyStorage(new QLabel(this))
    , m_audit(nullptr)
{
    initGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/pipes-admin.svg")));
    if (!m_deps.tester)
        m_deps.tester = ConnectionTest::withWorkOsClient(m_deps.connector->networkAccessManager());
    m_ui->pages->addWidget(m_startPage);

    m_keyStorage->setObjectName(QStringLiteral("keyStorageLabel"));
    m_keyStorage->setText(tr("API keys are kept in memory only"));
    m_keyStorage->setToolTip(tr("No keychain is available, so API keys are kept only until Pipes Admin quits. "
                                "They are never written to disk."));
    m_ui->statusBar->addPermanentWidget(m_keyStorage);
    m_audit = new AuditAvailability(m_deps.auditLog, m_deps.auditProblem, m_deps.prompter, m_ui->statusBar, this);
    m_links = new LinksDesk(m_audit->isAvailable() ? m_audit->log() : nullptr, m_deps.settings, m_ui->statusBar, this);
    if (!m_deps.files) {
        m_ownFiles = std::make_unique<QtFileChooser>();
        m_deps.files = m_ownFiles.get();
    }

    setUpToolBar();
    setUpActions();

    EnvironmentConnector *connector = m_deps.connector;
    connect(connector, &EnvironmentConnector::aboutToSwitch, this, &MainWindow::dropWorkspace);
    connect(connector, &EnvironmentConnector::connecting, this, &MainWindow::onConnecting);
    connect(connector, &EnvironmentConnector::connected, this, &MainWindow::onConnected);
    connect(connector, &EnvironmentConnector::failed, this, &MainWindow::onFailed);
    if (connector->mode() == ConnectorMode::Workstation && connector->store()) {
        connect(connector->store(), &EnvironmentStore::environmentsChanged, this, &MainWindow::refreshSelector);
    }
    if (SecretStore *secrets = connector->secrets())
        connect(secrets, &SecretStore::modeChanged, this, &MainWindow::updateKeyStorageNote);
    connect(m_startPage, &StartPage::addEnvironmentRequested, this, [this] { openSettings(SettingsStart::AddNew); });
    connect(m_startPage, &StartPage::settingsRequested, this, [this] { openSettings(SettingsStart::ShowCurrent); });
    connect(m_startPage, &StartPage::demoRequested, connector, &EnvironmentConnector::startDemo);

    // 1280x800 by default, never larger than the screen; then what the user left.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(1280, available.width()), qMin(800, available.height()));
    }
    if (m_deps.settings) {
        restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
        restoreState(m_deps.settings->value(StateKey).toByteArray());
    }
    showEnvironment(nullptr);
    updateKeyStorageNote();
    connector->start();
}

MainWindow::~MainWindow() = default;

SearchPanel *MainWindow::searchPanel() const
{
    return m_workspace ? m_workspace->searchPanel() : nullptr;
}

ProvidersPanel *MainWindow::providersPanel() const
{
    return m_workspace ? m_workspace->providersPanel() : nullptr;
}

QString MainWindow::showUser(const QString &environment, const QString &userId, const QString &email)
{
    if (!m_workspace)
        return tr("The main window is not connected to an environment.");
    const QString current = m_deps.connector->current().environment.name;
    if (!environment.isEmpty() && environment.compare(current, Qt::CaseInsensitive) != 0)
        return tr("This record is from %1 and the main window shows %2: switch it to %1 to open the user.")
            .arg(environment, current);
    m_workspace->providersPanel()->showUserId(userId, email);
    raise();
    activateWindow();
    return QString();
}

void MainWindow::setUpToolBar()
{
    auto *bar = new QToolBar(tr("Environment"), this);
    bar->setObjectName(QStringLiteral("environmentToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *label = new QLabel(tr("&Environment:"), bar);
    label->setBuddy(m_selector);
    label->setContentsMargins(4, 0, 4, 0);
    m_selector->setObjectName(QStringLiteral("environmentSelector"));
    m_selector->setAccessibleName(tr("Environment"));
    m_selector->setToolTip(tr("The WorkOS environment this window works against. Switching clears every view."));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_selector->setMinimumContentsLength(14);
    bar->addWidget(label);
    bar->addWidget(m_selector);
    bar->addAction(m_ui->actionSettings);
    bar->addSeparator();
    bar->addAction(m_ui->actionBatch);
    bar->addAction(m_ui->actionHistory);
    addToolBar(Qt::TopToolBarArea, bar);
    connect(m_selector, &QComboBox::activated, this, &MainWindow::onSelectorActivated);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] { openSettings(SettingsStart::ShowCurrent); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionBatch, &QAction::triggered, this, &MainWindow::openBatch);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::openHistory);
    connect(m_ui->actionLinks, &QAction::triggered, this, &MainWindow::openLinks);
    connect(m_ui->actionKeyAndUrl, &QAction::triggered, this,
            [this] { m_deps.prompter->notify(this, HelpTopics::keyAndUrl(m_deps.connector)); });
    connect(m_ui->actionShortcuts, &QAction::triggered, this,
            [this] { m_deps.prompter->notify(this, HelpTopics::keyboardShortcuts(this)); });
    if (m_deps.connector->mode() == ConnectorMode::DemoOnly) {
        m_ui->actionSettings->setEnabled(false);
        m_ui->actionSettings->setToolTip(tr("Not available in demo mode (started with --demo)"));
    }
    updateWorkspaceActions();
}

void MainWindow::updateWorkspaceActions()
{
    const bool ready = m_workspace != nullptr;
    for (QAction *action : {m_ui->actionFind, m_ui->actionRefresh, m_ui->actionClearRecent})
        action->setEnabled(ready);
    // Never unaudited: without the audit log these stay off (the status bar says why).
    for (QAction *action : {m_ui->actionConnectLink, m_ui->actionDisconnect})
        action->setEnabled(ready && m_audit->isAvailable());
    m_ui->actionBatch->setEnabled(ready);
    m_ui->actionBatch->setToolTip(ready ? tr("Check or disconnect many users at once, starting with the users "
                                             "selected in the list (Ctrl+B)")
                                        : tr("Connect to an environment first"));
    m_ui->actionHistory->setEnabled(m_audit->isAvailable());
    m_ui->actionLinks->setEnabled(m_audit->isAvailable());
    m_ui->actionHistory->setToolTip(m_audit->isAvailable()
                                        ? tr("Every disconnect and connect link, with its outcome (Ctrl+H)")
                                        : tr("Unavailable: the audit log cannot be read (%1)").arg(m_deps.auditProblem));
}

void MainWindow::refreshSelector()
{
    const QSignalBlocker blocker(m_selector);
    m_selector->clear();
    const QList<EnvironmentChoice> choices = m_deps.connector->choices();
    for (const EnvironmentChoice &choice : choices) {
        const Environment &env = choice.environment;
        const QString kind = choice.isDemo() ? tr("Demo sandbox") : Environment::kindDisplayName(env.kind);
        m_selector->addItem(ThemedIcons::swatch(env.effectiveColour()), env.name, choice.id());
        m_selector->setItemData(m_selector->count() - 1, tr("%1 · %2").arg(kind, env.baseUrl.toDisplayString()),
                                Qt::ToolTipRole);
    }
    const int current = m_deps.connector->hasCurrent() ? m_selector->findData(m_deps.connector->current().id()) : -1;
    if (current < 0) {
        m_selector->addItem(tr("None"), QString());
        m_selector->setCurrentIndex(m_selector->count() - 1);
    } else {
        m_selector->setCurrentIndex(current);
    }
    m_selector->setEnabled(!choices.isEmpty());
}

void MainWindow::onSelectorActivated(int index)
{
    const QString id = m_selector->itemData(index).toString();
    if (!id.isEmpty())
        m_deps.connector->choose(id);
}

void MainWindow::onApiKeyChanged(const QString &name)
{
    const EnvironmentChoice &current = m_deps.connector->current();
    if (current.kind == EnvironmentChoice::Kind::Configured
        && current.environment.name.compare(name, Qt::CaseInsensitive) == 0)
        m_deps.connector->reconnect();
}

void MainWindow::openSettings(SettingsStart start)
{
    EnvironmentConnector *connector = m_deps.connector;
    if (connector->mode() == ConnectorMode::DemoOnly || !connector->store() || !connector->secrets())
        return;
    if (!m_settingsDialog) {
        m_settingsDialog = new EnvironmentSettingsDialog(connector->store(), connector->secrets(), m_deps.tester, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &EnvironmentSettingsDialog::apiKeyChanged, this, &MainWindow::onApiKeyChanged);
        m_settingsDialog->addPage(new TeamAuditSettingsPage(m_deps.auditLog, m_deps.settings), tr("Team audit"));
        const EnvironmentStore *store = connector->store();
        auto *messages = new MessagesSettingsPage(
            linkMessageSettings(),
            MessagesSettingsPage::FollowUp{m_deps.settings, store->provisioning().linkStaleAfterHours});
        connect(messages, &MessagesSettingsPage::staleAfterChanged, m_links, &LinksDesk::refreshStaleAge);
        m_settingsDialog->addPage(messages, tr("Messages"));
        if (connector->current().kind == EnvironmentChoice::Kind::Configured && connector->hasCurrent())
            m_settingsDialog->selectEnvironment(connector->current().environment.name);
        else if (connector->current().kind == EnvironmentChoice::Kind::AdHoc && connector->hasCurrent())
            m_settingsDialog->showSessionEnvironment(connector->current().environment, connector->keyOrigin());
        m_settingsDialog->open();
    }
    if (start == SettingsStart::AddNew)
        m_settingsDialog->startAdding();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::dropWorkspace()
{
    m_links->detach();
    if (m_workspace) {
        m_workspace->saveLayout(m_deps.settings);
        delete m_workspace; // its views, dialogs and callbacks go with it
    }
    delete m_apiStatus;
    m_ui->statusBar->clearMessage();
    m_ui->pages->setCurrentWidget(m_startPage);
    updateWorkspaceActions();
}

void MainWindow::onConnecting(const EnvironmentChoice &choice)
{
    showEnvironment(&choice);
    m_startPage->showMessage(tr("Connecting to %1…").arg(choice.environment.name),
                             tr("Reading the API key of %1.").arg(choice.environment.name), StartPage::Buttons::None);
}

void MainWindow::onConnected(const EnvironmentChoice &choice)
{
    WorkOsClient *client = m_deps.connector->client();
    showEnvironment(&choice);
    WorkspaceOptions options;
    options.recentScope = choice.id();
    options.safety = SafetyPolicy::forEnvironment(choice.environment);
    options.audit = m_audit->auditContext(choice);
    options.network = m_deps.connector->networkAccessManager();
    options.linkMessages = linkMessageSettings();
    m_workspace = new Workspace(client, m_deps.prompter, m_deps.settings, options, m_ui->pages);
    m_workspace->restoreLayout(m_deps.settings);
    m_ui->pages->addWidget(m_workspace);
    m_ui->pages->setCurrentWidget(m_workspace);
    connect(m_workspace, &Workspace::statusMessage, this,
            [this](const QString &text) { m_ui->statusBar->showMessage(text, 8000); });

    SearchPanel *search = m_workspace->searchPanel();
    ProvidersPanel *providers = m_workspace->providersPanel();
    connect(m_ui->actionFind, &QAction::triggered, search, &SearchPanel::focusSearch);
    connect(m_ui->actionRefresh, &QAction::triggered, providers, &ProvidersPanel::refresh);
    connect(m_ui->actionConnectLink, &QAction::triggered, providers, &ProvidersPanel::sendConnectLink);
    connect(m_ui->actionDisconnect, &QAction::triggered, providers, &ProvidersPanel::disconnectSelected);
    connect(m_ui->actionClearRecent, &QAction::triggered, m_workspace->recentUsers(), &RecentUsersModel::clearAll);
    m_links->attach(client, options.audit.environment, providers);

    m_apiStatus = new ApiStatusBar(client, choice.environment.name, this);
    m_apiStatus->setObjectName(QStringLiteral("apiStatusBar"));
    m_apiStatus->setToolTip(choice.environment.baseUrl.toDisplayString());
    m_ui->statusBar->insertPermanentWidget(0, m_apiStatus, 1);
    updateWorkspaceActions();
    search->focusSearch();
}

void MainWindow::onFailed(const ConnectionProblem &problem)
{
    EnvironmentConnector *connector = m_deps.connector;
    if (problem.reason == ConnectionProblem::Reason::NotConfigured) {
        showEnvironment(nullptr);
        const QString locked = connector->store() ? connector->store()->lockedReason() : QString();
        m_startPage->showFirstRun(locked, connector->canStartDemo());
        return;
    }
    showEnvironment(connector->hasCurrent() ? &connector->current() : nullptr);
    const bool canConfigure = connector->mode() == ConnectorMode::Workstation && connector->store();
    const StartPage::Buttons buttons = !canConfigure ? StartPage::Buttons::None
        : connector->canStartDemo()                  ? StartPage::Buttons::SettingsAndDemo
                                                     : StartPage::Buttons::Settings;
    const QString title = problem.environmentName.isEmpty()
        ? tr("Pipes Admin cannot start")
        : tr("%1 cannot be used yet").arg(problem.environmentName);
    m_startPage->showMessage(title, problem.message, buttons);
}

void MainWindow::showEnvironment(const EnvironmentChoice *choice)
{
    refreshSelector();
    QLabel *banner = m_ui->environmentBanner;
    if (!choice || choice->environment.name.isEmpty()) {
        setWindowTitle(tr("Pipes Admin"));
        banner->hide();
        return;
    }
    const Environment &env = choice->environment;
    setWindowTitle(tr("Pipes Admin - [%1]").arg(env.name));
    const QString url = env.baseUrl.toDisplayString().toHtmlEscaped();
    QString text;
    if (choice->isDemo())
        text = tr("<b>Demo data</b> — an in-process sandbox at %1. Nothing here touches a real WorkOS account. "
                  "Try alice@acme.com.")
                   .arg(url);
    else if (choice->isProduction() && env.name.compare(tr("Production"), Qt::CaseInsensitive) == 0)
        text = tr("<b>Production</b> — %1. Changes affect real customers.").arg(url);
    else if (choice->isProduction())
        text = tr("<b>Production: %1</b> — %2. Changes affect real customers.").arg(env.name.toHtmlEscaped(), url);
    if (text.isEmpty()) {
        banner->hide();
        return;
    }
    const QColor background(env.effectiveColour());
    banner->setText(text);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, background.lightnessF() > 0.6 ? QColor(0x1f, 0x1f, 0x1f) : QColor(Qt::white));
    banner->setPalette(palette);
    banner->setAccessibleName(tr("Environment"));
    banner->show();
}

void MainWindow::updateKeyStorageNote()
{
    const SecretStore *secrets = m_deps.connector->secrets();
    m_keyStorage->setVisible(m_deps.connector->mode() == ConnectorMode::Workstation && secrets
                             && secrets->mode() == SecretStore::Mode::MemoryOnly);
}

void MainWindow::showAbout()
{
    const EnvironmentConnector *connector = m_deps.connector;
    const QString environment = connector->hasCurrent()
        ? tr("Environment: %1 (%2)").arg(connector->current().environment.name,
                                          connector->current().environment.baseUrl.toDisplayString())
        : tr("No environment is in use.");
    m_deps.prompter->notify(this, Notice{tr("About Pipes Admin"),
                                         tr("Pipes Admin %1 — a support desk for WorkOS Pipes connected accounts.")
                                             .arg(QStringLiteral(PIPES_ADMIN_VERSION)),
                                         environment, Notice::Level::Information});
}

void MainWindow::saveLayout()
{
    if (!m_deps.settings)
        return;
    m_deps.settings->setValue(GeometryKey, saveGeometry());
    m_deps.settings->setValue(StateKey, saveState());
    if (m_workspace)
        m_workspace->saveLayout(m_deps.settings);
    m_deps.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
