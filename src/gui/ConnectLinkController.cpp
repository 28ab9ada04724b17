#include "gui/ConnectLinkController.h"

#include <QWidget>

ConnectLinkController::ConnectLinkController(WorkOsClient *client, Prompter *prompter, AuditContext audit,
                                             QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_prompter(prompter)
    , m_audit(std::move(audit))
    , m_dialogParent(dialogParent)
{
}

void ConnectLinkController::setWatchTiming(int intervalMs, int limitMs)
{
    m_watchIntervalMs = intervalMs;
    m_watchLimitMs = limitMs;
}

void ConnectLinkController::open(const ConnectLinkContext &context)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ConnectLinkDialog(context, m_client, m_prompter, m_audit, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWatchTiming(m_watchIntervalMs, m_watchLimitMs);
    m_dialog->setLinkMessages(m_linkMessages);
    connect(m_dialog, &ConnectLinkDialog::accountChanged, this,
            [this](const QString &userId, const QString &slug, const QString &) { Q_EMIT accountChanged(userId, slug); });
    m_dialog->open();
}
