#pragma once

#include "audit/AuditContext.h"
#include "audit/AuditService.h"
#include "core/WorkOsClient.h"
#include "gui/ConnectLinkContext.h"
#include "gui/ConnectLinkMessenger.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class ApiCall;
class Prompter;

namespace Ui {
class ConnectLinkDialog;
}

// Fetches an authorize URL for the customer (each fetch is written to the
// audit log first, with the optional ticket or reason, and completed with its
// outcome), copies it, opens it only after a warning and only when it is
// safe, and watches the connected account until the customer finishes (or a
// limit passes). Nothing is fetched until "Get link", so the reason can be
// typed first.
class ConnectLinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectLinkDialog)

public:
    ConnectLinkDialog(ConnectLinkContext context, WorkOsClient *client, Prompter *prompter, AuditContext audit,
                      QWidget *parent = nullptr);
    ~ConnectLinkDialog() override;

    // Poll interval and overall limit of "Watch" (tests shorten them).
    void setWatchTiming(int intervalMs, int limitMs);
    bool isWatching() const { return m_pollTimer.isActive(); }
    QUrl link() const { return m_url; }
    // The templates of "Email to customer…" and "Copy message" (default: the built-in one).
    void setLinkMessages(const LinkMessageSettings &settings) { m_messenger.setSettings(settings); }

Q_SIGNALS:
    // The watched account changed (new state, reconnected, removed).
    void accountChanged(const QString &userId, const QString &slug, const QString &organizationId);

private:
    void fetchLink();
    void onLinkFetched(const ApiResult<AuthorizeUrl> &result);
    void copyLink();
    void openLink();
    void startWatching();
    void stopWatching(const QString &why);
    void poll();
    Owner watchedOwner() const;
    void onPolled(const std::optional<ConnectedAccount> &account);
    // "Add another connection": what is new since the watch began (nullopt: nothing yet).
    void onPolledList(const QList<DataProvider> &providers);
    // History keeps that the customer reconnected (seen by the watch; nothing was sent).
    void recordReconnected(const ConnectedAccount &account);
    QString organizationId() const;
    void fillOrganizations();
    bool needsOrganization() const;
    QString organizationHint() const;
    void setMessage(const QString &text, bool isError);
    void updateButtons();
    // The link and whom it is for, for the customer's message (no link while it is unsafe).
    LinkMessageFacts messageFacts() const;

    std::unique_ptr<Ui::ConnectLinkDialog> m_ui;
    ConnectLinkContext m_context;
    WorkOsClient *m_client;
    Prompter *m_prompter;
    AuditService m_audit;
    QUrl m_url;
    bool m_urlSafe = false;
    QPointer<ApiCall> m_fetchCall;
    QPointer<ApiCall> m_pollCall;
    QTimer m_pollTimer;
    QElapsedTimer m_watchClock;
    int m_limitMs = 10 * 60 * 1000;
    bool m_haveBaseline = false;
    std::optional<ConnectedAccount> m_baseline;
    QString m_watchedOrganization;
    QStringList m_baselineIds; // connection ids when an "add" watch began
    ConnectLinkMessenger m_messenger;
};
