#pragma once

#include "batch/BatchItem.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class BatchEngine;
class BatchResultFilterProxy;
class BatchResultModel;
class FileChooser;
class Prompter;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

// The results area of the batch window: the grid/per-item table (model,
// filter proxy, badge delegate), its filter field and "problems only", the
// column layout (detail last, widths following the content), and the CSV
// and JSON export of the rows shown.
class BatchResultsView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsView)

public:
    struct Widgets final
    {
        QTableView *table = nullptr;
        QLineEdit *filter = nullptr;
        QCheckBox *problemsOnly = nullptr;
        QPushButton *exportCsv = nullptr;
        QPushButton *exportJson = nullptr;
    };
    // What the rows are, for the export's shape and name.
    struct ExportInfo final
    {
        QString operation; // "check", "disconnect_dry_run", "disconnect"
        QString providerSlug;
        QString batchId;
    };
    enum class Format { Csv, Json };

    BatchResultsView(const Widgets &widgets, FileChooser *files, Prompter *prompter, QWidget *dialogParent,
                     QObject *parent = nullptr);
    ~BatchResultsView() override;

    BatchResultModel *model() const { return m_model; }

    // Shows the engine's items as they finish.
    void follow(BatchEngine *engine);
    // Shows fixed items (a run merged into its preview).
    void show(const QList<BatchItem> &items);
    void fitColumns();
    void setExportEnabled(bool enabled);
    // The items of the rows shown, in the order shown.
    QList<BatchItem> shownItems() const;
    // Asks for a file and writes the rows shown; false when cancelled or failed (the person was told).
    bool exportShown(Format format, const ExportInfo &info);

Q_SIGNALS:
    void exported(const QString &message);

private:
    void detailLast();
    void scheduleFit();

    Widgets m_widgets;
    FileChooser *m_files;
    Prompter *m_prompter;
    QWidget *m_dialogParent;
    BatchResultModel *m_model;
    BatchResultFilterProxy *m_proxy;
    QTimer m_fitTimer;
};
