#pragma once

#include "gui/ConnectLinkDialog.h"

#include <QObject>
#include <QPointer>

class Prompter;
class QWidget;
class WorkOsClient;

// Opens the connect-link dialog for one provider of one user (only one at a
// time: a new one closes the previous) and reports when the dialog saw the
// account change, so the table can re-read that row.
class ConnectLinkController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectLinkController)

public:
    ConnectLinkController(WorkOsClient *client, Prompter *prompter, AuditContext audit, QWidget *dialogParent,
                          QObject *parent = nullptr);

    void open(const ConnectLinkContext &context);
    ConnectLinkDialog *dialog() const { return m_dialog; }
    // Poll interval and overall limit of the dialog's "Watch" (tests shorten them).
    void setWatchTiming(int intervalMs, int limitMs);
    // The message templates of the dialogs opened from now on.
    void setLinkMessages(const LinkMessageSettings &settings) { m_linkMessages = settings; }

Q_SIGNALS:
    void accountChanged(const QString &userId, const QString &slug);

private:
    WorkOsClient *m_client;
    Prompter *m_prompter;
    AuditContext m_audit;
    QPointer<QWidget> m_dialogParent;
    QPointer<ConnectLinkDialog> m_dialog;
    LinkMessageSettings m_linkMessages;
    int m_watchIntervalMs = 3000;
    int m_watchLimitMs = 10 * 60 * 1000;
};
