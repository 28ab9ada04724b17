#include "ToolWindowsController.h"

#include "EnvironmentConnector.h"
#include "Prompter.h"
#include "ProviderTableModel.h"
#include "ProvidersPanel.h"
#include "ToolWindows.h"
#include "Workspace.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

ToolWindowsController::ToolWindowsController(const ToolWindowsDependencies &dependencies, QAction *batchAction,
                                             QAction *historyAction, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_deps(dependencies)
    , m_batchAction(batchAction)
    , m_historyAction(historyAction)
    , m_auditState(new QLabel(statusBar))
    , m_window(window)
{
    m_auditState->setObjectName(QStringLiteral("auditStateLabel"));
    statusBar->addPermanentWidget(m_auditState);
    connect(m_batchAction, &QAction::triggered, this, &ToolWindowsController::openBatch);
    connect(m_historyAction, &QAction::triggered, this, &ToolWindowsController::openHistory);
    showAuditState();
    updateActions();
    if (isAuditAvailable() && m_deps.auditLog->recoveredOnOpen() > 0)
        QTimer::singleShot(0, this, &ToolWindowsController::showRecoveryNotice);
}

bool ToolWindowsController::isAuditAvailable() const
{
    return m_deps.auditLog && m_deps.auditLog->isOpen();
}

AuditContext ToolWindowsController::auditContext(const EnvironmentChoice &choice) const
{
    AuditContext context;
    context.environment = choice.environment.name;
    if (isAuditAvailable())
        context.log = m_deps.auditLog;
    else
        context.unavailableReason = m_deps.auditProblem.isEmpty() ? tr("the audit log is not open")
                                                                  : m_deps.auditProblem;
    return context;
}

void ToolWindowsController::showAuditState()
{
    if (isAuditAvailable()) {
        m_auditState->hide();
        return;
    }
    m_auditState->setText(tr("Audit log unavailable: disconnecting and connect links are off"));
    m_auditState->setToolTip(tr("Every disconnect and connect link is recorded before it is sent, and the audit "
                                "log cannot be written: %1")
                                 .arg(m_deps.auditProblem.isEmpty() ? tr("it is not open") : m_deps.auditProblem));
    QPalette palette = m_auditState->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    m_auditState->setPalette(palette);
    m_auditState->show();
}

void ToolWindowsController::showRecoveryNotice()
{
    const int count = m_deps.auditLog ? m_deps.auditLog->recoveredOnOpen() : 0;
    if (count <= 0 || !m_deps.prompter)
        return;
    const QString text = count == 1
        ? tr("1 action from an earlier session ended with an unknown outcome — see History.")
        : tr("%1 actions from an earlier session ended with an unknown outcome — see History.").arg(count);
    m_deps.prompter->notify(m_window,
                            Notice{tr("Unfinished actions"), text,
                                   tr("Pipes Admin ended before WorkOS answered them, so they may or may not have "
                                      "happened. Open History (Ctrl+H) and check those accounts' current state."),
                                   Notice::Level::Warning});
}

void ToolWindowsController::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    updateActions();
}

void ToolWindowsController::updateActions()
{
    const bool haveTools = m_deps.tools != nullptr;
    m_batchAction->setVisible(haveTools);
    m_historyAction->setVisible(haveTools);
    m_batchAction->setEnabled(haveTools && m_workspace);
    m_historyAction->setEnabled(haveTools && isAuditAvailable());
    m_batchAction->setToolTip(m_workspace ? tr("Check or disconnect many users at once, starting with the users "
                                               "selected in the list (Ctrl+B)")
                                          : tr("Connect to an environment first"));
    m_historyAction->setToolTip(isAuditAvailable()
                                    ? tr("Every disconnect and connect link, with its outcome (Ctrl+H)")
                                    : tr("Unavailable: the audit log cannot be read (%1)").arg(m_deps.auditProblem));
}

void ToolWindowsController::openBatch()
{
    EnvironmentConnector *connector = m_deps.connector;
    if (!m_deps.tools || !m_workspace || !connector->client())
        return;
    BatchWindowRequest request;
    request.parent = m_workspace;
    request.client = connector->client();
    request.network = connector->networkAccessManager();
    request.environmentName = connector->current().environment.name;
    request.safety = connector->current().isProduction() ? DisconnectSafety::TypeSlug : DisconnectSafety::Confirm;
    request.users = m_workspace->selectedUsers();
    const QPointer<ProvidersPanel> providers = m_workspace->providersPanel();
    request.accountsChanged = [providers](const QString &slug) {
        if (providers && providers->hasUser())
            providers->model()->reloadAccount(slug);
    };
    m_batch = m_deps.tools->openBatch(request);
}

void ToolWindowsController::openHistory()
{
    if (!m_deps.tools || !isAuditAvailable())
        return;
    QStringList names;
    for (const EnvironmentChoice &choice : m_deps.connector->choices())
        names.append(choice.environment.name);
    m_history = m_deps.tools->openHistory(m_window, names);
}
