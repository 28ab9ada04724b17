#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;
class SharedConnectionsModel;

// Under a user's providers: the connections their organizations share with
// every member, grouped by organization, each with its state badge and why.
// Hidden while there is nothing to show. Activating a connection (double-click,
// Enter or "Show in the table") asks for that organization's shared scope in
// the table above, where it can be disconnected or reconnected.
class SharedConnectionsSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharedConnectionsSection)

public:
    explicit SharedConnectionsSection(SharedConnectionsModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QPushButton *openButton() const { return m_open; }
    // The member the section is for, for its title.
    void setMemberName(const QString &name);

Q_SIGNALS:
    void openRequested(const QString &organizationId, const QString &connectedAccountId);

private:
    static constexpr int MaxRows = 7;
    void onRowsChanged();
    void openCurrent();

    SharedConnectionsModel *m_model;
    QLabel *m_title;
    QTreeView *m_view;
    QPushButton *m_open;
    QString m_memberName;
};
