#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AuditLog;
class LinkTableModel;
class LinkTracker;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// "Links": every connect link handed out, newest first (waiting ones by
// default, or all), with its customer, provider and connection, age, who
// issued it, ticket and state. "Close link" stops following the selected
// one; "Refresh now" asks the API at once (the background tracker does it
// anyway, with no window open). Reads the store, so it shows the same rows
// after a restart; it polls the store for other workstations and the CLI.
class LinksWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksWindow)

public:
    struct Context final
    {
        AuditLog *auditLog = nullptr; // open; must outlive the window
        qint64 staleAfterSeconds = 0; // 0: the default (24 hours)
        int pollIntervalMs = 10000;
    };

    explicit LinksWindow(const Context &context, QWidget *parent = nullptr);

    LinkTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The current environment's tracker ("Refresh now"); null: none connected.
    void setTracker(LinkTracker *tracker);
    void closeSelected();
    void refreshNow();

private:
    qint64 selectedId() const;
    void updateButtons();
    void showStatus();

    Context m_context;
    LinkTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_show;
    QPushButton *m_close;
    QPushButton *m_refresh;
    QLabel *m_status;
    QPointer<LinkTracker> m_tracker;
    QTimer m_poll;
    QString m_message;
};
