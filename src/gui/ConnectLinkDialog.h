#pragma once

#include "core/ApiTypes.h"
#include "audit/AuditContext.h"
#include "audit/AuditService.h"
#include "core/WorkOsClient.h"

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

// What the dialog is about: one user, one provider, the organizations the user belongs to.
struct ConnectLinkContext final
{
    struct OrganizationChoice
    {
        QString id;
        QString name;
    };
    QString userId;
    QString userEmail;
    QString providerSlug;
    QString providerName;
    QList<OrganizationChoice> organizations;
    QString organizationId; // preselected (the table's scope); empty: none
    std::optional<ConnectedAccount> account; // what the table shows now for that scope
    // Organization-owned providers need an organization: WorkOS refuses a link without one.
    Ownership ownership = Ownership::User;
    // What the link does: the compatibility slot (a provider not connected),
    // repair exactly one connection (Reauthorize + connectionId), or add another.
    AuthorizeRequest::Intent intent = AuthorizeRequest::Intent::Slot;
    QString connectionId;   // with Reauthorize
    QString connectionName; // "Work (octo-work)", for the words
    // The organization's shared connection (connection_owner "organization",
    // organizationId fixed): the user is the active member the link is made
    // for, and does not become its owner.
    bool organizationOwner = false;
};

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
};
