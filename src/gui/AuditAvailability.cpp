#include "gui/AuditAvailability.h"

#include "audit/AuditLog.h"

#include "session/EnvironmentConnector.h"
#include "widgets/Prompter.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

AuditAvailability::AuditAvailability(AuditLog *auditLog, const QString &problem, Prompter *prompter,
                                     QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_log(auditLog)
    , m_problem(problem)
    , m_prompter(prompter)
    , m_state(new QLabel(statusBar))
    , m_window(window)
{
    m_state->setObjectName(QStringLiteral("auditStateLabel"));
    statusBar->addPermanentWidget(m_state);
    showState();
    if (m_log) // a shared store that goes away or comes back, a journal that grows or empties
        connect(m_log, &AuditLog::stateChanged, this, &AuditAvailability::showState);
    if (isAvailable() && m_log->recoveredOnOpen() > 0)
        QTimer::singleShot(0, this, &AuditAvailability::showRecoveryNotice);
}

bool AuditAvailability::isAvailable() const
{
    return m_log && m_log->isOpen();
}

AuditLog *AuditAvailability::log() const
{
    return isAvailable() ? m_log : nullptr;
}

AuditContext AuditAvailability::auditContext(const EnvironmentChoice &choice) const
{
    AuditContext context;
    context.environment = choice.environment.name;
    if (isAvailable())
        context.log = m_log;
    else
        context.unavailableReason = m_problem.isEmpty() ? tr("the audit log is not open") : m_problem;
    return context;
}

void AuditAvailability::showState()
{
    if (isAvailable()) {
        // The local file needs no word; a shared store says where it is and whether it answers.
        m_state->setPalette(QPalette());
        if (!m_log->isShared() && m_log->journaledCount() == 0) {
            m_state->hide();
            return;
        }
        m_state->setText(m_log->stateText());
        m_state->setToolTip(m_log->isReachable()
                                ? tr("Every disconnect and connect link is recorded in the shared audit store %1 "
                                     "before it is sent.")
                                      .arg(m_log->path())
                                : tr("The shared audit store %1 does not answer: disconnects and connect links are "
                                     "refused until it is back; reads go on.")
                                      .arg(m_log->path()));
        if (!m_log->isReachable())
            setWarningColour();
        m_state->show();
        return;
    }
    m_state->setText(tr("Audit log unavailable: disconnecting and connect links are off"));
    m_state->setToolTip(tr("Every disconnect and connect link is recorded before it is sent, and the audit "
                           "log cannot be written: %1")
                            .arg(m_problem.isEmpty() ? tr("it is not open") : m_problem));
    setWarningColour();
    m_state->show();
}

void AuditAvailability::setWarningColour()
{
    QPalette palette = m_state->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x2a, 0x1e));
    m_state->setPalette(palette);
}

void AuditAvailability::showRecoveryNotice()
{
    const int count = m_log ? m_log->recoveredOnOpen() : 0;
    if (count <= 0 || !m_prompter)
        return;
    const QString text = count == 1
        ? tr("1 action from an earlier session ended with an unknown outcome — see History.")
        : tr("%1 actions from an earlier session ended with an unknown outcome — see History.").arg(count);
    m_prompter->notify(m_window,
                       Notice{tr("Unfinished actions"), text,
                              tr("Pipes Admin ended before WorkOS answered them, so they may or may not have "
                                 "happened. Open History (Ctrl+H) and check those accounts' current state."),
                              Notice::Level::Warning});
}
