#pragma once

#include "ToolWindows.h"

#include <QPointer>

#include <memory>

class AuditLog;
class BatchActions;
class BatchWindow;
class Prompter;
class QSettings;

// ToolWindows over pipes_gui_batch's BatchActions: the batch window with the
// process's audit log (batch disconnect is off without an open log; checks
// still work) and the history window over the same log.
class BatchToolWindows final : public ToolWindows
{
public:
    // `auditLog` open, or null/closed; everything must outlive the windows.
    BatchToolWindows(AuditLog *auditLog, Prompter *prompter, QSettings *settings);
    ~BatchToolWindows() override;
    BatchToolWindows(const BatchToolWindows &) = delete;
    BatchToolWindows &operator=(const BatchToolWindows &) = delete;

    QWidget *openBatch(const BatchWindowRequest &request) override;
    QWidget *openHistory(QWidget *parent, const QStringList &environmentNames) override;

    BatchActions *actions() const { return m_actions.get(); }

private:
    AuditLog *m_auditLog;
    Prompter *m_prompter;
    QSettings *m_settings;
    std::unique_ptr<BatchActions> m_actions;
    QPointer<BatchWindow> m_wired; // the window whose accountsChanged is connected
};
