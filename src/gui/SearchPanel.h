#pragma once

#include "core/ApiTypes.h"

#include <QPointer>
#include <QWidget>

class ApiCall;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;
class RecentUsersModel;
class UserListModel;
class UserListProxy;
class WorkOsClient;
struct ApiError;

// The left pane: one search field (email, user_… or org_…) that says what
// Enter will do, the results with "Load more" for organizations (a filter
// and a sort by email appear above them once there are two or more), and
// the recently opened users.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    SearchPanel(WorkOsClient *client, RecentUsersModel *recent, QWidget *parent = nullptr);

    void focusSearch();
    void search();
    QString message() const;
    // The users selected in the results (several with Ctrl or Shift), in list order.
    QList<User> selectedUsers() const;

Q_SIGNALS:
    // A new search began: whoever was shown belongs to the previous search and
    // must leave the screen (a failed search must not leave them in place).
    void searchStarted();
    // A user was picked from the results (full object) ...
    void userChosen(const User &user);
    // ... or from the recent list (id and the email we remembered).
    void recentChosen(const QString &userId, const QString &email);
    // An org_… search found the organization: its shared connections can be shown.
    void organizationChosen(const Organization &organization);

private:
    void copySelectedIds(QListView *view);
    void updateHint();
    void startSearch(const QString &text);
    void loadMore();
    void setMessage(const QString &text);
    void showError(const ApiError &error);
    void showPage(const Page<User> &page, bool append);
    void onResultActivated(const QModelIndex &index);
    void applySort(int choice);
    void applyFilter(const QString &text);
    void updateResultTools();

    WorkOsClient *m_client;
    RecentUsersModel *m_recentModel;
    UserListModel *m_results;
    UserListProxy *m_shownResults; // m_results filtered; the model sorts itself
    QLineEdit *m_search;
    QPushButton *m_find;
    QLabel *m_hint;
    QLabel *m_message;
    QWidget *m_resultTools;
    QLineEdit *m_resultFilter;
    QComboBox *m_resultSort;
    QListView *m_resultView;
    QPushButton *m_loadMore;
    QListView *m_recentView;

    bool m_filtering = false; // rows leaving the filter move the current row: that opens no one
    QPointer<ApiCall> m_call;
    QString m_organizationId;   // set while listing an organization's members
    QString m_organizationName;
    QString m_after;
};
