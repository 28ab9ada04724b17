#pragma once

#include "audit/AuditContext.h"
#include "config/LinkMessageSettings.h"
#include "gui/DisconnectController.h"

#include <QWidget>

class Prompter;
class QNetworkAccessManager;
class ProvidersPanel;
class QSettings;
class QSplitter;
class RecentUsersModel;
class SearchPanel;
class WorkOsClient;

struct WorkspaceOptions final
{
    QString recentScope; // the recent-users list to show (one per environment)
    SafetyPolicy safety;
    // The audit trail of single actions (request ids come with each result).
    AuditContext audit;
    QNetworkAccessManager *network = nullptr; // unused since results carry their request ids
    LinkMessageSettings linkMessages; // the customer message of connect links
};

// Everything the window shows about one environment: the search panel, the
// providers panel and the recent users, all bound to one client. The window
// destroys it when the environment changes, which drops every view, dialog
// and pending callback of the old environment at once.
class Workspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    Workspace(WorkOsClient *client, Prompter *prompter, QSettings *settings, const WorkspaceOptions &options,
              QWidget *parent = nullptr);

    SearchPanel *searchPanel() const { return m_search; }
    ProvidersPanel *providersPanel() const { return m_providers; }
    RecentUsersModel *recentUsers() const { return m_recent; }
    // The users selected in the search results; if none, the user shown on the right.
    QList<User> selectedUsers() const;

    // Splitter positions and column widths, kept in `settings` across restarts.
    void saveLayout(QSettings *settings) const;
    void restoreLayout(QSettings *settings);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    RecentUsersModel *m_recent;
    QSplitter *m_splitter;
    SearchPanel *m_search;
    ProvidersPanel *m_providers;
};
