// The main window's own tool windows: one batch window and one history window, each made when first asked for.
#include "gui/MainWindow.h"
#include "ui_MainWindow.h"

#include "gui/ApiStatusBar.h"
#include "gui/AuditAvailability.h"
#include "gui/batch/BatchWindow.h"
#include "session/EnvironmentConnector.h"
#include "gui/settings/EnvironmentSettingsDialog.h"
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

namespace {
void present(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

BatchWindow *MainWindow::batchWindow() const
{
    return m_batch;
}

HistoryWindow *MainWindow::historyWindow() const
{
    return m_history;
}

void MainWindow::openBatch()
{
    WorkOsClient *client = m_deps.connector->client();
    if (!m_workspace || !client)
        return;
    if (!m_batch) {
        const EnvironmentChoice &choice = m_deps.connector->current();
        BatchWindowContext context;
        context.client = client;
        context.nam = m_deps.connector->networkAccessManager();
        context.auditLog = m_audit->log(); // checks work without it, disconnects do not
        context.prompter = m_deps.prompter;
        context.files = m_deps.files;
        context.settings = m_deps.settings;
        context.environmentName = choice.environment.name;
        context.safety = SafetyPolicy::forEnvironment(choice.environment);
        m_batch = new BatchWindow(context, m_workspace);
        m_batch->setAttribute(Qt::WA_DeleteOnClose);
        // A batch disconnect may have changed the user on the right: re-read the user shown.
        const QPointer<ProvidersPanel> providers = m_workspace->providersPanel();
        connect(m_batch, &BatchWindow::accountsChanged, m_workspace, [providers](const QString &) {
            if (providers && providers->hasUser())
                providers->model()->refresh();
        });
    }
    const QList<User> users = m_workspace->selectedUsers();
    if (!users.isEmpty() && !m_batch->engine()->isActive())
        m_batch->setUsers(users);
    present(m_batch);
}

void MainWindow::openHistory()
{
    if (!m_audit->isAvailable())
        return;
    if (!m_history) {
        HistoryWindow::Context context;
        context.auditLog = m_audit->log();
        context.prompter = m_deps.prompter;
        context.files = m_deps.files;
        for (const EnvironmentChoice &choice : m_deps.connector->choices())
            context.environmentNames.append(choice.environment.name);
        m_history = new HistoryWindow(context, this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_history);
}

LinkMessageSettings MainWindow::linkMessageSettings() const
{
    const EnvironmentStore *store = m_deps.connector->store();
    return LinkMessageSettings(m_deps.settings, store ? store->provisioning() : Provisioning{});
}

void MainWindow::openLinks()
{
    if (m_audit->isAvailable())
        m_links->openWindow();
}
