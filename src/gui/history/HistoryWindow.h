#pragma once

#include "AuditRecord.h"

#include <QMainWindow>
#include <QStringList>
#include <QTimer>

#include <memory>

class AuditLog;
class AuditTableModel;
class ColumnFitter;
class FileChooser;
class Prompter;

namespace Ui {
class HistoryWindow;
}

// The audit trail as a table: filters (time range, user, provider, action,
// outcome, environment), CSV export of every matching record, and a details
// panel for the selected record with a copyable request id.
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
    };

    explicit HistoryWindow(const Context &context, QWidget *parent = nullptr);
    ~HistoryWindow() override;

    AuditTableModel *model() const { return m_model; }
    // The filter the controls describe (what the table shows once applied).
    AuditFilter currentFilter() const;
    // Applies the controls now instead of after the short typing delay.
    void applyFilter();
    void setEnvironmentFilter(const QString &environment);

private:
    void setUpColumns();
    void scheduleFilter();
    void rangeChanged();
    void updateCount();
    void showDetails();
    void exportCsv();

    std::unique_ptr<Ui::HistoryWindow> m_ui;
    Context m_context;
    AuditTableModel *m_model;
    ColumnFitter *m_columns = nullptr;
    QTimer m_filterTimer;
};
