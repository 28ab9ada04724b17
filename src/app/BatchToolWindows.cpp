#include "BatchToolWindows.h"

#include "AuditLog.h"
#include "BatchActions.h"
#include "BatchWindow.h"
#include "HistoryWindow.h"

BatchToolWindows::BatchToolWindows(AuditLog *auditLog, Prompter *prompter, QSettings *settings)
    : m_auditLog(auditLog)
    , m_prompter(prompter)
    , m_settings(settings)
    , m_actions(std::make_unique<BatchActions>())
{
}

BatchToolWindows::~BatchToolWindows() = default;

QWidget *BatchToolWindows::openBatch(const BatchWindowRequest &request)
{
    BatchWindowContext context;
    context.client = request.client;
    context.nam = request.network;
    context.auditLog = m_auditLog && m_auditLog->isOpen() ? m_auditLog : nullptr;
    context.prompter = m_prompter;
    context.settings = m_settings;
    context.environmentName = request.environmentName;
    context.safety = request.safety == DisconnectSafety::TypeSlug ? BatchSafety::TypeSlug : BatchSafety::Confirm;
    BatchWindow *window = m_actions->openBatchWindow(request.parent, context, request.users);
    if (window && window != m_wired) {
        m_wired = window;
        if (request.accountsChanged && request.parent)
            QObject::connect(window, &BatchWindow::accountsChanged, request.parent, request.accountsChanged);
    }
    return window;
}

QWidget *BatchToolWindows::openHistory(QWidget *parent, const QStringList &environmentNames)
{
    if (!m_auditLog || !m_auditLog->isOpen())
        return nullptr;
    return m_actions->openHistoryWindow(parent, m_auditLog, m_prompter, environmentNames);
}
