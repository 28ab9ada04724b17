#pragma once

#include "AuditContext.h"

#include <QObject>
#include <QPointer>

class EnvironmentConnector;
class Prompter;
class QAction;
class QLabel;
class QStatusBar;
class QWidget;
class ToolWindows;
class Workspace;
struct EnvironmentChoice;

struct ToolWindowsDependencies final
{
    EnvironmentConnector *connector = nullptr;
    Prompter *prompter = nullptr;
    ToolWindows *tools = nullptr; // null: no batch or history window in this build
    AuditLog *auditLog = nullptr; // null or closed: the audit trail is unavailable
    QString auditProblem;         // why, when it is unavailable
};

// The main window's audit trail and its two tool windows: "Batch…" (the
// users selected in the list, in a window owned by the current workspace)
// and "History…". Says in the status bar when the audit log cannot be
// written (disconnect, connect link and batch disconnect are then off), and
// once per run how many actions of an earlier session ended unknown.
class ToolWindowsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolWindowsController)

public:
    ToolWindowsController(const ToolWindowsDependencies &dependencies, QAction *batchAction, QAction *historyAction,
                          QStatusBar *statusBar, QWidget *window);

    // The audit context of single actions in `choice`'s environment.
    AuditContext auditContext(const EnvironmentChoice &choice) const;
    bool isAuditAvailable() const;

    // The current workspace (null while none is connected).
    void setWorkspace(Workspace *workspace);

    void openBatch();
    void openHistory();
    QWidget *batchWindow() const { return m_batch; }
    QWidget *historyWindow() const { return m_history; }

private:
    void showAuditState();
    void showRecoveryNotice();
    void updateActions();

    ToolWindowsDependencies m_deps;
    QAction *m_batchAction;
    QAction *m_historyAction;
    QLabel *m_auditState;
    QWidget *m_window;
    QPointer<Workspace> m_workspace;
    QPointer<QWidget> m_batch;
    QPointer<QWidget> m_history;
};
