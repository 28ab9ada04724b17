#pragma once

#include "audit/AuditContext.h"

#include <QObject>

class AuditLog;
class Prompter;
class QLabel;
class QStatusBar;
class QWidget;
struct EnvironmentChoice;

// Whether the main window can record what it does. Says in the status bar
// when the audit log cannot be written (disconnect, connect link and batch
// disconnect are then off, never sent unaudited), gives single actions their
// audit context per environment, and once per run tells how many actions of
// an earlier session ended unknown.
class AuditAvailability final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditAvailability)

public:
    // `auditLog` null or closed: the audit trail is unavailable and `problem` says why.
    AuditAvailability(AuditLog *auditLog, const QString &problem, Prompter *prompter, QStatusBar *statusBar,
                      QWidget *window);

    bool isAvailable() const;
    // The open log, or null.
    AuditLog *log() const;
    // Why the log is unavailable (a sentence), empty when it is available.
    QString problem() const { return m_problem; }
    // The audit context of single actions in `choice`'s environment.
    AuditContext auditContext(const EnvironmentChoice &choice) const;

private:
    void showState();
    void setWarningColour();
    void showRecoveryNotice();

    AuditLog *m_log;
    QString m_problem;
    Prompter *m_prompter;
    QLabel *m_state;
    QWidget *m_window;
};
