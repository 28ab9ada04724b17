#pragma once

#include "audit/AuditRecord.h"

#include <QMainWindow>
#include <QStringList>
#include <QTimer>

#include <memory>

class AuditLog;
class AuditTableModel;
class ColumnFitter;
class FileChooser;
class HistoryTableProxy;
class QLineEdit;
class Prompter;

namespace Ui {
class HistoryWindow;
}

// The audit trail as a table: filters (time range, user, provider, action,
// outcome, environment, operator, workstation), CSV export of every matching record, and a details
// panel for the selected record with everything in it whole and a copyable
// request id. The table shows what a support person reads first (the rest is
// in the header's context menu and in the details); failed rows are coloured;
// double-click or Enter opens the record's user in the main window; Esc and
// Ctrl+W close the window. It refreshes itself when others write (it polls the store).
class HistoryWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryWindow)

public:
    enum class Range { AnyTime, LastHour, Last24Hours, Last7Days, Last30Days, Custom };
    Q_ENUM(Range)

    struct Context final
    {
        AuditLog *auditLog = nullptr; // open; must outlive the window
        Prompter *prompter = nullptr;
        FileChooser *files = nullptr;
        QStringList environmentNames; // offered in the environment filter (it stays editable)
        // How often the store is asked whether others wrote (a shared store: other
        // workstations; the local file: the CLI). 0: only on Refresh.
        int pollIntervalMs = 5000;
    };

    explicit HistoryWindow(const Context &context, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    AuditTableModel *model() const { return m_model; }
    // What the table shows: the model's rows, failed ones coloured.
    HistoryTableProxy *tableModel() const { return m_proxy; }
    // The filter the controls describe (what the table shows once applied).
    AuditFilter currentFilter() const;
    // Applies the controls now instead of after the short typing delay.
    void applyFilter();
    void setEnvironmentFilter(const QString &environment);

private:
    void setUpColumns();
    void arrangeFiltersTwoToARow();
    void scheduleFilter();
    void rangeChanged();
    void updateCount();
    void showDetails();
    void exportCsv();
    void openUserOf(const QModelIndex &index);
    void addOperatorFilters();
    void pollForChanges();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    Context m_context;
    AuditTableModel *m_model;
    HistoryTableProxy *m_proxy;
    ColumnFitter *m_columns = nullptr;
    QTimer m_filterTimer;
    QTimer m_pollTimer;
    QString m_lastStamp;
    QLineEdit *m_operatorEdit = nullptr;
    QLineEdit *m_workstationEdit = nullptr;
};
