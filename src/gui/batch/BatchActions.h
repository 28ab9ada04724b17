#pragma once

#include "ApiTypes.h"
#include "BatchWindowContext.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class BatchWindow;
class HistoryWindow;
class QtFileChooser;
class QWidget;

// The two menu entries of the main window in a few lines:
//
//   m_batchActions = new BatchActions(this);
//   connect(batchAction, &QAction::triggered, this, [this] {
//       m_batchActions->openBatchWindow(workspace, context, selectedUsers);
//   });
//   connect(historyAction, &QAction::triggered, this, [this] {
//       m_batchActions->openHistoryWindow(this, auditLog, prompter, {environmentName});
//   });
//
// Each window exists at most once (QPointer; WA_DeleteOnClose): opening it
// again raises the open one. A context without a FileChooser gets real file
// dialogs.
class BatchActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchActions)

public:
    explicit BatchActions(QObject *parent = nullptr);
    ~BatchActions() override;

    // `parent` should die with the context's client (the per-environment
    // Workspace), so an environment switch closes the batch window too.
    // Non-empty `users` replace the window's list (also when it was open).
    BatchWindow *openBatchWindow(QWidget *parent, BatchWindowContext context, const QList<User> &users = {});
    HistoryWindow *openHistoryWindow(QWidget *parent, AuditLog *auditLog, Prompter *prompter,
                                     const QStringList &environmentNames = {}, FileChooser *files = nullptr);

    BatchWindow *batchWindow() const { return m_batch; }
    HistoryWindow *historyWindow() const { return m_history; }

private:
    std::unique_ptr<QtFileChooser> m_files;
    QPointer<BatchWindow> m_batch;
    QPointer<HistoryWindow> m_history;
};
