#include "gui/batch/BatchResultsView.h"

#include "batch/BatchEngine.h"
#include "batch/BatchExport.h"
#include "gui/batch/BatchGridDelegate.h"
#include "batch/BatchResultFilterProxy.h"
#include "batch/BatchResultModel.h"
#include "widgets/FileChooser.h"
#include "widgets/Prompter.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>

namespace {
constexpr int MaxColumnWidth = 380;
constexpr int FitColumnsMs = 500;
} // namespace

BatchResultsView::BatchResultsView(const Widgets &widgets, FileChooser *files, Prompter *prompter,
                                   QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_widgets(widgets)
    , m_files(files)
    , m_prompter(prompter)
    , m_dialogParent(dialogParent)
    , m_model(new BatchResultModel(this))
    , m_proxy(new BatchResultFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    QTableView *table = widgets.table;
    table->setModel(m_proxy);
    table->setItemDelegate(new BatchGridDelegate(table));
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    widgets.exportCsv->setToolTip(tr("Save the rows shown as CSV"));
    widgets.exportJson->setToolTip(tr("Save the rows shown as JSON"));

    connect(widgets.filter, &QLineEdit::textChanged, m_proxy, &BatchResultFilterProxy::setText);
    connect(widgets.problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setRows(on ? BatchResultFilterProxy::Rows::ProblemsOnly : BatchResultFilterProxy::Rows::All);
    });
    // The detail text goes last, after the provider columns (which are
    // inserted as the first users finish), so the grid's badges are in view.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BatchResultsView::detailLast);
    connect(m_proxy, &QAbstractItemModel::columnsInserted, this, &BatchResultsView::detailLast);
    // Columns follow the content while a batch runs, at most twice a second.
    m_fitTimer.setSingleShot(true);
    m_fitTimer.setInterval(FitColumnsMs);
    connect(&m_fitTimer, &QTimer::timeout, this, &BatchResultsView::fitColumns);
}

BatchResultsView::~BatchResultsView() = default;

void BatchResultsView::follow(BatchEngine *engine)
{
    m_model->setEngine(engine);
    connect(engine, &BatchEngine::itemFinished, this, &BatchResultsView::scheduleFit, Qt::UniqueConnection);
}

void BatchResultsView::scheduleFit()
{
    if (!m_fitTimer.isActive())
        m_fitTimer.start();
}

void BatchResultsView::show(const QList<BatchItem> &items)
{
    m_model->setEngine(nullptr);
    m_model->setItems(items);
}

void BatchResultsView::detailLast()
{
    QHeaderView *header = m_widgets.table->horizontalHeader();
    header->moveSection(header->visualIndex(BatchResultModel::DetailColumn), header->count() - 1);
}

void BatchResultsView::fitColumns()
{
    m_fitTimer.stop();
    m_widgets.table->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (m_widgets.table->columnWidth(column) > MaxColumnWidth)
            m_widgets.table->setColumnWidth(column, MaxColumnWidth);
    }
}

void BatchResultsView::setExportEnabled(bool enabled)
{
    const bool on = enabled && m_proxy->rowCount() > 0;
    m_widgets.exportCsv->setEnabled(on);
    m_widgets.exportJson->setEnabled(on);
}

QList<BatchItem> BatchResultsView::shownItems() const
{
    QList<BatchItem> items;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        items.append(m_model->items().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return items;
}

bool BatchResultsView::exportShown(Format format, const ExportInfo &info)
{
    const bool json = format == Format::Json;
    const QString suggested =
        QStringLiteral("pipes-%1-%2.%3")
            .arg(info.operation, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                 json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path = m_files->saveFile(
        m_dialogParent,
        FileRequest{tr("Export results"), json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"), suggested});
    if (path.isEmpty())
        return false;
    const QList<BatchItem> items = shownItems();
    const bool grid = info.operation == QLatin1String("check");
    QByteArray bytes;
    if (json)
        bytes = BatchExport::toJsonText(BatchExport::resultJson(info.operation, info.providerSlug, info.batchId, items));
    else
        bytes = grid ? BatchExport::gridCsv(items, m_model->providerSlugs()) : BatchExport::itemsCsv(items);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_prompter->notify(m_dialogParent, Notice{tr("Export failed"), tr("%1 could not be written.").arg(path),
                                                  file.errorString(), Notice::Level::Error});
        return false;
    }
    Q_EMIT exported(items.size() == 1 ? tr("1 row exported to %1").arg(path)
                                      : tr("%1 rows exported to %2").arg(items.size()).arg(path));
    return true;
}
