#pragma once

#include "core/ApiCall.h"
#include "core/ApiTypes.h"
#include "gui/ConnectLinkDialog.h"
#include "gui/DisconnectController.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class ConnectLinkController;
class Prompter;
class ProviderDetailsPane;
class ProviderFilterProxy;
class ProviderTreeModel;
class ProviderTreeView;
class ProvidersTableArea;
class QLabel;
class QPushButton;
class QSplitter;
class QToolButton;
class ScopeBar;
class SharedConnectionsModel;
class SharedConnectionsSection;
class WorkOsClient;
struct ApiError;

// The right pane: who is selected, the organization scope, the providers
// table with its filters, the details of the selected provider, and the
// actions on it (disconnect, connect link).
class ProvidersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPanel)

public:
    // Disconnect and connect link are recorded in `audit`; without an open log
    // both stay disabled, with the reason in their tooltips.
    ProvidersPanel(WorkOsClient *client, Prompter *prompter, SafetyPolicy safety, const AuditContext &audit,
                   QWidget *parent = nullptr);

    void showUser(const User &user);
    // An organization (an org_… search): the connections it shares with its members.
    void showOrganization(const Organization &organization);
    // Nobody is shown: the previous user's providers, details and actions
    // leave the screen, and whatever was in flight for them is dropped.
    void clearUser();
    // From the recent list: fetches the user first.
    void showUserId(const QString &userId, const QString &email);
    void refresh();
    void disconnectSelected();
    void sendConnectLink();
    void copySelectedId();
    // "Add another connection": a link that creates one more connection to the selected provider.
    void addConnection();
    // "Why is it broken?" for the selected connection (events, reason, token check when asked).
    void diagnoseSelected();

    const User &user() const { return m_user; }
    const Organization &organization() const { return m_organization; }

    bool hasUser() const { return !m_user.id.isEmpty(); }
    bool isOrganization() const { return !m_organization.id.isEmpty(); }
    bool hasOwner() const { return hasUser() || isOrganization(); }
    ProviderTreeModel *model() const { return m_model; }
    // A user's organizations' shared connections, under the user's own providers.
    SharedConnectionsModel *sharedModel() const { return m_shared; }
    SharedConnectionsSection *sharedSection() const { return m_sharedSection; }
    // The table shows an organization's shared connections for the user shown (its member).
    bool isSharedScope() const;
    ProviderTreeView *table() const { return m_table; }
    // A refresh failed: the rows are the last good answer, greyed, until one succeeds.
    bool isStale() const;
    ConnectLinkDialog *connectLinkDialog() const;
    // Tests shorten the connect-link watch loop.
    void setWatchTiming(int intervalMs, int limitMs);
    // The templates of the connect-link dialog's customer message.
    void setLinkMessages(const LinkMessageSettings &settings);

    // The details splitter and the table's columns (widths, order, sort), to
    // remember across restarts. Restored columns are never re-fitted.
    QByteArray splitterState() const;
    QByteArray columnState() const;
    void restoreLayout(const QByteArray &splitter, const QByteArray &columns);

Q_SIGNALS:
    void userOpened(const QString &userId, const QString &email);
    void statusMessage(const QString &text);

private:
    // An action asked for on stale rows waits until they are read again.
    enum class PendingAction { None, Disconnect, ConnectLink, AddConnection };

    void buildUi();
    void connectSharedSection();
    void readSharedConnections();
    void openShared(const QString &organizationId, const QString &connectedAccountId);
    void selectOpenedShared();
    void onScopeChanged();
    void onLoaded();
    void onLoadFailed(const ApiError &error);
    bool readAgainFirst(PendingAction action);
    void runPendingAction();
    void onSelectionChanged();
    void onDisconnectFinished(const QString &slug, int outcome);
    void updateTablePage();
    void updateActions();
    void cancelUserRead();
    QString ownerName() const;
    void updateHeader();
    int selectedSourceRow() const;
    const ConnectedAccount *selectedConnection() const;
    QModelIndex firstProblem() const;
    void select(const QModelIndex &proxyIndex);
    void openLinkDialog(int row, AuthorizeRequest::Intent intent, const ConnectedAccount *connection);
    QList<DataProvider> rows() const;

    WorkOsClient *m_client;
    Prompter *m_prompter;
    AuditContext m_audit;
    ProviderTreeModel *m_model;
    ProviderFilterProxy *m_proxy;
    DisconnectController *m_disconnect;
    ConnectLinkController *m_links;

    QLabel *m_title;
    QToolButton *m_copyUserId;
    QPushButton *m_refresh;
    ScopeBar *m_scopeBar;
    ProvidersTableArea *m_tableArea;
    ProviderTreeView *m_table;
    QSplitter *m_split;
    ProviderDetailsPane *m_details;
    SharedConnectionsModel *m_shared;
    SharedConnectionsSection *m_sharedSection;
    QPushButton *m_disconnectButton;
    QPushButton *m_linkButton;
    QPushButton *m_addButton;
    QPushButton *m_diagnoseButton;
    AuditService m_auditService; // records a token check asked for from the diagnosis

    User m_user;
    User m_disconnectFor; // whom the last disconnect was started for
    QString m_disconnectForName; // the user's email or the organization's name, for its message
    Organization m_organization; // shown instead of a user (an org_… search)
    QPointer<ApiCall> m_userCall; // the user's own read (name, email) for showUserId
    QString m_selectedSlug;
    QString m_selectedConnectionId;
    QString m_openShared; // a shared connection asked for from the section, until its scope's rows arrive
    QDateTime m_loadedAt; // of the rows shown
    PendingAction m_pending = PendingAction::None;
    bool m_opening = false; // a user opened; their rows have not arrived yet
};
