#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ApiStatusBar.h"
#include "Prompter.h"
#include "ProvidersPanel.h"
#include "RecentUsersModel.h"
#include "SearchPanel.h"
#include "WorkOsClient.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>

static void initGuiResources()
{
    Q_INIT_RESOURCE(pipes_admin);
}

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/splitter");
} // namespace

MainWindow::MainWindow(const MainWindowDependencies &dependencies, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_deps(dependencies)
    , m_recent(new RecentUsersModel(dependencies.settings, this))
    , m_search(nullptr)
    , m_providers(nullptr)
    , m_statusBar(nullptr)
{
    initGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/pipes-admin.svg")));
    setWindowTitle(tr("Pipes Admin — %1").arg(m_deps.environment.name));

    m_search = new SearchPanel(m_deps.client, m_recent, m_ui->mainSplitter);
    m_providers = new ProvidersPanel(m_deps.client, m_deps.prompter, m_ui->mainSplitter);
    m_ui->mainSplitter->addWidget(m_search);
    m_ui->mainSplitter->addWidget(m_providers);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({300, 980});
    m_search->setMinimumWidth(220);

    m_statusBar = new ApiStatusBar(m_deps.client, m_deps.environment.name, this);
    m_statusBar->setObjectName(QStringLiteral("apiStatusBar"));
    m_statusBar->setToolTip(m_deps.environment.baseUrl);
    m_ui->statusBar->addPermanentWidget(m_statusBar, 1);

    connect(m_search, &SearchPanel::userChosen, m_providers, &ProvidersPanel::showUser);
    connect(m_search, &SearchPanel::recentChosen, m_providers, &ProvidersPanel::showUserId);
    connect(m_providers, &ProvidersPanel::userOpened, m_recent, &RecentUsersModel::remember);
    connect(m_providers, &ProvidersPanel::statusMessage, this,
            [this](const QString &text) { m_ui->statusBar->showMessage(text, 8000); });

    setUpBanner();
    setUpActions();

    // 1280x800 by default, never larger than the screen.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(qMin(1280, available.width()), qMin(800, available.height()));
    }
    if (m_deps.settings) {
        restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
        m_ui->mainSplitter->restoreState(m_deps.settings->value(SplitterKey).toByteArray());
    }
    m_search->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpBanner()
{
    QLabel *banner = m_ui->environmentBanner;
    const EnvironmentInfo &env = m_deps.environment;
    QString text;
    QString background;
    QString foreground = QStringLiteral("#ffffff");
    switch (env.kind) {
    case EnvironmentInfo::Kind::Demo:
        text = tr("<b>Demo data</b> — an in-process sandbox at %1. Nothing here touches a real WorkOS account. "
                  "Try alice@acme.com.")
                   .arg(env.baseUrl.toHtmlEscaped());
        background = QStringLiteral("#3454b4");
        break;
    case EnvironmentInfo::Kind::Production:
        text = tr("<b>Production</b> — %1. Changes affect real customers.").arg(env.baseUrl.toHtmlEscaped());
        background = QStringLiteral("#b3261e");
        break;
    case EnvironmentInfo::Kind::Unconfigured:
        text = tr("<b>Not configured.</b> %1").arg(env.setupMessage.toHtmlEscaped());
        background = QStringLiteral("#f2c14e");
        foreground = QStringLiteral("#1f1f1f");
        break;
    case EnvironmentInfo::Kind::Test:
    case EnvironmentInfo::Kind::Custom:
        banner->hide();
        return;
    }
    banner->setText(text);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, QColor(background));
    palette.setColor(QPalette::WindowText, QColor(foreground));
    banner->setPalette(palette);
    banner->setAccessibleName(tr("Environment"));
    if (env.kind == EnvironmentInfo::Kind::Unconfigured)
        m_search->setEnabled(false);
}

void MainWindow::setUpActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, m_search, &SearchPanel::focusSearch);
    connect(m_ui->actionRefresh, &QAction::triggered, m_providers, &ProvidersPanel::refresh);
    connect(m_ui->actionConnectLink, &QAction::triggered, m_providers, &ProvidersPanel::sendConnectLink);
    connect(m_ui->actionDisconnect, &QAction::triggered, m_providers, &ProvidersPanel::disconnectSelected);
    connect(m_ui->actionClearRecent, &QAction::triggered, m_recent, &RecentUsersModel::clearAll);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    m_deps.prompter->notify(this, Notice{tr("About Pipes Admin"),
                                         tr("Pipes Admin %1 — a support desk for WorkOS Pipes connected accounts.")
                                             .arg(QStringLiteral(PIPES_ADMIN_VERSION)),
                                         tr("Environment: %1 (%2)").arg(m_deps.environment.name, m_deps.environment.baseUrl),
                                         Notice::Level::Information});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_deps.settings) {
        m_deps.settings->setValue(GeometryKey, saveGeometry());
        m_deps.settings->setValue(SplitterKey, m_ui->mainSplitter->saveState());
    }
    QMainWindow::closeEvent(event);
}
