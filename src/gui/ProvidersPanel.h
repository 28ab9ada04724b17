#pragma once

#include "ApiTypes.h"
#include "ConnectLinkDialog.h"
#include "DisconnectController.h"

#include <QWidget>

class ConnectLinkController;
class Prompter;
class ProviderDetailsPane;
class ProviderFilterProxy;
class ProviderTableModel;
class ProviderTableView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
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
    // Nobody is shown: the previous user's providers, details and actions
    // leave the screen, and whatever was in flight for them is dropped.
    void clearUser();
    // From the recent list: fetches the user first.
    void showUserId(const QString &userId, const QString &email);
    void refresh();
    void disconnectSelected();
    void sendConnectLink();
    void copySelectedId();

    const User &user() const { return m_user; }

    bool hasUser() const { return !m_user.id.isEmpty(); }
    ProviderTableModel *model() const { return m_model; }
    ConnectLinkDialog *connectLinkDialog() const;
    // Tests shorten the connect-link watch loop.
    void setWatchTiming(int intervalMs, int limitMs);

    // The details splitter and the table's columns (widths, order, sort), to
    // remember across restarts. Restored columns are never re-fitted.
    QByteArray splitterState() const;
    QByteArray columnState() const;
    void restoreLayout(const QByteArray &splitter, const QByteArray &columns);

Q_SIGNALS:
    void userOpened(const QString &userId, const QString &email);
    void statusMessage(const QString &text);

private:
    void buildUi();
    void loadMemberships();
    void onScopeChanged();
    void onLoadFailed(const ApiError &error);
    void onSelectionChanged();
    void onDisconnectFinished(const QString &slug, int outcome);
    void showTableMessage(const QString &text);
    void updateActions();
    void updateHeader();
    int selectedSourceRow() const;
    QString scopeOrganizationName() const;

    WorkOsClient *m_client;
    Prompter *m_prompter;
    AuditContext m_audit;
    ProviderTableModel *m_model;
    ProviderFilterProxy *m_proxy;
    DisconnectController *m_disconnect;
    ConnectLinkController *m_links;

    QLabel *m_title;
    QToolButton *m_copyUserId;
    QPushButton *m_refresh;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QStackedWidget *m_tableStack;
    QLabel *m_tableMessage;
    ProviderTableView *m_table;
    QSplitter *m_split;
    ProviderDetailsPane *m_details;
    QPushButton *m_disconnectButton;
    QPushButton *m_linkButton;

    User m_user;
    User m_disconnectFor; // whom the last disconnect was started for
    quint64 m_userGeneration = 0;
    QList<OrganizationMembership> m_memberships;
    QString m_selectedSlug;
};
