#include "BatchActions.h"

#include "BatchWindow.h"
#include "HistoryWindow.h"
#include "QtFileChooser.h"

namespace {
void present(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}
} // namespace

BatchActions::BatchActions(QObject *parent)
    : QObject(parent)
    , m_files(std::make_unique<QtFileChooser>())
{
}

BatchActions::~BatchActions() = default;

BatchWindow *BatchActions::openBatchWindow(QWidget *parent, BatchWindowContext context, const QList<User> &users)
{
    if (!m_batch) {
        if (!context.files)
            context.files = m_files.get();
        m_batch = new BatchWindow(context, parent);
        m_batch->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!users.isEmpty() && !m_batch->engine()->isActive())
        m_batch->setUsers(users);
    present(m_batch);
    return m_batch;
}

HistoryWindow *BatchActions::openHistoryWindow(QWidget *parent, AuditLog *auditLog, Prompter *prompter,
                                               const QStringList &environmentNames, FileChooser *files)
{
    if (!m_history) {
        HistoryWindow::Context context;
        context.auditLog = auditLog;
        context.prompter = prompter;
        context.files = files ? files : m_files.get();
        context.environmentNames = environmentNames;
        m_history = new HistoryWindow(context, parent);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_history);
    return m_history;
}
