#include "gui/history/HistoryWindow.h"
#include "ui_HistoryWindow.h"

#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "widgets/ClipboardHelper.h"
#include "widgets/ColumnFitter.h"
#include "widgets/FileChooser.h"
#include "gui/history/HistoryTableProxy.h"
#include "gui/MainWindow.h"
#include "widgets/Prompter.h"

#include <QAction>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSaveFile>
#include <QScreen>
#include <QStatusBar>

#include <iterator>

namespace {
constexpr int FilterDelayMs = 250;

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}
} // namespace

HistoryWindow::HistoryWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::HistoryWindow>())
    , m_context(context)
    , m_model(new AuditTableModel(context.auditLog, this))
    , m_proxy(nullptr)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("History – audit log"));
    // The designed size, but never larger than the screen (1280 x 800 at 200 % is 640 x 400):
    // on a narrow one the filters take two to a row.
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        if (screen->availableSize().width() < 1100)
            arrangeFiltersTwoToARow();
        resize(size().boundedTo(screen->availableSize()));
    }

    m_ui->rangeCombo->addItem(tr("Any time"), int(Range::AnyTime));
    m_ui->rangeCombo->addItem(tr("Last hour"), int(Range::LastHour));
    m_ui->rangeCombo->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_ui->rangeCombo->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_ui->rangeCombo->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_ui->rangeCombo->addItem(tr("Custom"), int(Range::Custom));
    const QDateTime now = QDateTime::currentDateTime();
    m_ui->fromEdit->setDateTime(now.addDays(-7));
    m_ui->toEdit->setDateTime(now.addSecs(3600));

    m_ui->environmentCombo->addItem(tr("Any"), QString());
    for (const QString &name : context.environmentNames)
        m_ui->environmentCombo->addItem(name, name);

    m_ui->actionCombo->addItem(tr("Any"), QString());
    for (const AuditAction action : {AuditAction::Disconnect, AuditAction::ConnectLink, AuditAction::Reconnected,
                                     AuditAction::TokenCheck})
        m_ui->actionCombo->addItem(AuditNames::actionText(action), AuditNames::action(action));
    m_ui->outcomeCombo->addItem(tr("Any"), QString());
    for (const AuditOutcome outcome : {AuditOutcome::Succeeded, AuditOutcome::GoneOnRetry, AuditOutcome::AlreadyAbsent,
                                       AuditOutcome::Failed, AuditOutcome::Cancelled, AuditOutcome::Unknown,
                                       AuditOutcome::Pending})
        m_ui->outcomeCombo->addItem(AuditNames::outcomeText(outcome), AuditNames::outcome(outcome));

    m_proxy = new HistoryTableProxy(m_ui->historyTable);
    m_proxy->setSourceModel(m_model);
    m_ui->historyTable->setModel(m_proxy);
    m_ui->historyTable->verticalHeader()->hide();
    setUpColumns();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({400, 300}); // the details fit without scrolling

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(FilterDelayMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::rangeChanged);
    connect(m_ui->fromEdit, &QDateTimeEdit::dateTimeChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->toEdit, &QDateTimeEdit::dateTimeChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->environmentCombo, &QComboBox::currentTextChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->userEdit, &QLineEdit::textChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->providerEdit, &QLineEdit::textChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->outcomeCombo, &QComboBox::currentIndexChanged, this, &HistoryWindow::scheduleFilter);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &HistoryWindow::applyFilter);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &HistoryWindow::exportCsv);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this, [this] {
        ClipboardHelper::copy(m_ui->requestIdEdit->text(), m_ui->copyRequestIdButton);
    });
    connect(m_ui->historyTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::showDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryWindow::showDetails);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &HistoryWindow::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateCount);
    connect(m_ui->historyTable, &QAbstractItemView::activated, this, &HistoryWindow::openUserOf);

    auto *close = new QAction(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeHistoryAction"));
    QList<QKeySequence> closeKeys{QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Close)) {
        if (!closeKeys.contains(key))
            closeKeys.append(key); // and the platform's own (Ctrl+F4 ...)
    }
    close->setShortcuts(closeKeys);
    close->setShortcutContext(Qt::WindowShortcut);
    addAction(close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    addOperatorFilters();
    applyFilter();
    m_columns->fit();

    m_lastStamp = m_context.auditLog ? m_context.auditLog->changeStamp() : QString();
    connect(&m_pollTimer, &QTimer::timeout, this, &HistoryWindow::pollForChanges);
    if (m_context.pollIntervalMs > 0 && m_context.auditLog) {
        m_pollTimer.setInterval(m_context.pollIntervalMs);
        m_pollTimer.start();
    }
}

void HistoryWindow::addOperatorFilters()
{
    // Who acted and where: a row of their own under the others.
    QGridLayout *grid = m_ui->filterLayout;
    const int row = grid->rowCount();
    auto add = [this, grid, row](int column, const QString &name, const QString &label, const QString &placeholder) {
        auto *caption = new QLabel(label, this);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        caption->setBuddy(edit);
        grid->addWidget(caption, row, column);
        grid->addWidget(edit, row, column + 1);
        connect(edit, &QLineEdit::textChanged, this, &HistoryWindow::scheduleFilter);
        return edit;
    };
    m_operatorEdit = add(0, QStringLiteral("operatorEdit"), tr("O&perator:"), tr("display name or login"));
    m_workstationEdit = add(2, QStringLiteral("workstationEdit"), tr("&Workstation:"), tr("host name"));
}

void HistoryWindow::pollForChanges()
{
    const QString stamp = m_context.auditLog->changeStamp();
    if (stamp.isEmpty() || stamp == m_lastStamp)
        return;
    m_lastStamp = stamp;
    m_model->reload(); // another workstation (or the CLI) wrote
}

// What a support person looks for first, then the rest; every column inside
// the window (long ids and reasons elide in the middle, tooltips have them whole).
void HistoryWindow::setUpColumns()
{
    QTableView *table = m_ui->historyTable;
    table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    const int order[] = {AuditTableModel::TimeColumn,        AuditTableModel::ActionColumn,
                         AuditTableModel::OutcomeColumn,     AuditTableModel::EmailColumn,
                         AuditTableModel::ProviderColumn,    AuditTableModel::ReasonColumn,
                         AuditTableModel::RequestIdColumn,   AuditTableModel::UserIdColumn,
                         AuditTableModel::OrganizationColumn, AuditTableModel::EnvironmentColumn,
                         AuditTableModel::HttpStatusColumn,  AuditTableModel::BatchColumn,
                         AuditTableModel::DetailColumn,      AuditTableModel::OsUserColumn,
                         AuditTableModel::HostColumn};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    // Fifteen columns squeezed into one window elide each other to nothing:
    // the rest is in the details below, and the header's menu shows any column.
    for (const int column : {AuditTableModel::UserIdColumn, AuditTableModel::OrganizationColumn,
                             AuditTableModel::HttpStatusColumn, AuditTableModel::BatchColumn,
                             AuditTableModel::DetailColumn, AuditTableModel::OsUserColumn, AuditTableModel::HostColumn})
        table->setColumnHidden(column, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int visual = 0; visual < AuditTableModel::ColumnCount; ++visual) {
        const int column = header->logicalIndex(visual);
        auto *show = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        show->setCheckable(true);
        show->setChecked(!table->isColumnHidden(column));
        header->addAction(show);
        connect(show, &QAction::toggled, this, [this, table, column](bool visible) {
            table->setColumnHidden(column, !visible);
            m_columns->fit();
        });
    }
    m_columns = new ColumnFitter(table);
    const int em = table->fontMetrics().averageCharWidth();
    for (const int column : {AuditTableModel::UserIdColumn, AuditTableModel::OrganizationColumn,
                             AuditTableModel::BatchColumn})
        m_columns->setMaximumWidth(column, 18 * em);
    // The reason gives way first: it is whole in the details below.
    for (const int column : {AuditTableModel::ReasonColumn, AuditTableModel::DetailColumn})
        m_columns->setMaximumWidth(column, 24 * em);
}

HistoryWindow::~HistoryWindow() = default;

void HistoryWindow::arrangeFiltersTwoToARow()
{
    QGridLayout *grid = m_ui->filterLayout;
    const QList<QWidget *> order{m_ui->rangeLabel,       m_ui->rangeCombo,   m_ui->environmentLabel,
                                 m_ui->environmentCombo, m_ui->fromLabel,    m_ui->fromEdit,
                                 m_ui->toLabel,          m_ui->toEdit,       m_ui->userLabel,
                                 m_ui->userEdit,         m_ui->providerLabel, m_ui->providerEdit,
                                 m_ui->actionLabel,      m_ui->actionCombo,  m_ui->outcomeLabel,
                                 m_ui->outcomeCombo};
    for (QWidget *widget : order)
        grid->removeWidget(widget);
    for (int i = 0; i < int(order.size()); ++i)
        grid->addWidget(order.at(i), i / 4, i % 4);
    for (int i = 3; i < int(order.size()); i += 2)
        setTabOrder(order.at(i - 2), order.at(i)); // Tab follows the new reading order
    for (int column = 0; column < 8; ++column)
        grid->setColumnStretch(column, column < 4 && column % 2 == 1 ? 1 : 0);
    for (QComboBox *combo : {m_ui->rangeCombo, m_ui->environmentCombo, m_ui->actionCombo, m_ui->outcomeCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
}

void HistoryWindow::setEnvironmentFilter(const QString &environment)
{
    m_ui->environmentCombo->setCurrentText(environment);
    applyFilter();
}

void HistoryWindow::scheduleFilter()
{
    m_filterTimer.start();
}

void HistoryWindow::rangeChanged()
{
    const bool custom = Range(m_ui->rangeCombo->currentData().toInt()) == Range::Custom;
    m_ui->fromEdit->setEnabled(custom);
    m_ui->toEdit->setEnabled(custom);
    scheduleFilter();
}

AuditFilter HistoryWindow::currentFilter() const
{
    AuditFilter filter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (Range(m_ui->rangeCombo->currentData().toInt())) {
    case Range::AnyTime:
        break;
    case Range::LastHour:
        filter.from = now.addSecs(-3600);
        break;
    case Range::Last24Hours:
        filter.from = now.addDays(-1);
        break;
    case Range::Last7Days:
        filter.from = now.addDays(-7);
        break;
    case Range::Last30Days:
        filter.from = now.addDays(-30);
        break;
    case Range::Custom:
        filter.from = m_ui->fromEdit->dateTime().toUTC();
        filter.to = m_ui->toEdit->dateTime().toUTC();
        break;
    }
    // "Any" is the first entry; anything typed is an exact environment name.
    const QString environment = m_ui->environmentCombo->currentText().trimmed();
    if (m_ui->environmentCombo->currentIndex() != 0 || environment != m_ui->environmentCombo->itemText(0))
        filter.environment = environment;
    filter.userId = m_ui->userEdit->text().trimmed();
    filter.providerSlug = m_ui->providerEdit->text().trimmed();
    if (m_operatorEdit)
        filter.operatorName = m_operatorEdit->text().trimmed();
    if (m_workstationEdit)
        filter.workstation = m_workstationEdit->text().trimmed();
    AuditAction action;
    if (AuditNames::actionFromName(m_ui->actionCombo->currentData().toString(), &action))
        filter.actions.append(action);
    AuditOutcome outcome;
    if (AuditNames::outcomeFromName(m_ui->outcomeCombo->currentData().toString(), &outcome))
        filter.outcomes.append(outcome);
    return filter;
}

void HistoryWindow::applyFilter()
{
    m_filterTimer.stop();
    m_model->setFilter(currentFilter());
    updateCount();
}

void HistoryWindow::updateCount()
{
    const int total = m_model->totalCount();
    m_ui->countLabel->setText(total == 1 ? tr("1 record matches") : tr("%1 records match").arg(total));
    m_ui->exportButton->setEnabled(total > 0);
}

void HistoryWindow::showDetails()
{
    const QModelIndex current = m_ui->historyTable->selectionModel()->currentIndex();
    const AuditRecord *record = current.isValid() ? m_model->recordAt(current.row()) : nullptr;
    if (!record) {
        m_ui->requestIdEdit->clear();
        m_ui->detailsText->clear();
        m_ui->copyRequestIdButton->setEnabled(false);
        return;
    }
    const QLocale locale;
    const AuditEntry &e = record->entry;
    const AuditCompletion &c = record->completion;
    QStringList lines;
    lines << tr("Action: %1").arg(AuditNames::actionText(e.action))
          << tr("Outcome: %1").arg(AuditNames::outcomeText(c.outcome))
          << tr("Started: %1").arg(locale.toString(record->startedAt.toLocalTime(), QLocale::LongFormat))
          << tr("Completed: %1").arg(record->completedAt.isValid()
                                         ? locale.toString(record->completedAt.toLocalTime(), QLocale::LongFormat)
                                         : tr("never recorded"))
          << tr("User: %1 (%2)").arg(orDash(e.userEmail), orDash(e.userId))
          << tr("Provider: %1").arg(orDash(e.providerSlug))
          << tr("Organization: %1").arg(orDash(e.organizationId))
          << tr("Environment: %1").arg(orDash(e.environment))
          << tr("HTTP status: %1").arg(c.httpStatus > 0 ? QString::number(c.httpStatus) : QStringLiteral("–"))
          << tr("Request id: %1").arg(orDash(c.requestId))
          << tr("Batch: %1").arg(orDash(e.batchId))
          << tr("Reason or ticket: %1").arg(orDash(e.reason))
          << tr("Detail: %1").arg(orDash(c.detail))
          << tr("Connection: %1 (%2, %3)")
                 .arg(orDash(e.connectionLabel), orDash(e.connectionId), orDash(e.ownerKind))
          << tr("By: %1 (login %2) on %3 (process %4)")
                 .arg(orDash(record->operatorName), orDash(record->osUser), orDash(record->host))
                 .arg(record->processId)
          << tr("Server time: %1").arg(record->serverTime.isValid()
                                           ? locale.toString(record->serverTime.toLocalTime(), QLocale::LongFormat)
                                           : tr("not recorded"));
    m_ui->detailsText->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->requestIdEdit->setText(c.requestId);
    m_ui->copyRequestIdButton->setEnabled(!c.requestId.isEmpty());
}

void HistoryWindow::openUserOf(const QModelIndex &index)
{
    const AuditRecord *record = index.isValid() ? m_model->recordAt(index.row()) : nullptr;
    if (!record)
        return;
    const AuditEntry &entry = record->entry;
    if (entry.userId.isEmpty()) {
        statusBar()->showMessage(tr("This record names no user."), 8000);
        return;
    }
    // The history window's parent is the main window (see MainWindow::openHistory).
    auto *main = qobject_cast<MainWindow *>(parentWidget());
    const QString problem = main ? main->showUser(entry.environment, entry.userId, entry.userEmail)
                                 : tr("The main window is not available.");
    if (problem.isEmpty())
        statusBar()->showMessage(tr("%1 is open in the main window.").arg(orDash(entry.userEmail)), 8000);
    else
        statusBar()->showMessage(problem, 12000);
}

void HistoryWindow::exportCsv()
{
    const QString suggested = QStringLiteral("pipes-audit-%1.csv")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = m_context.files->saveFile(this, FileRequest{tr("Export history"), tr("CSV files (*.csv)"),
                                                                     suggested});
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !m_context.auditLog->exportCsv(m_model->filter(), &file, &error)
        || !file.commit()) {
        m_context.prompter->notify(this, Notice{tr("Export failed"), tr("%1 could not be written.").arg(path),
                                                error.isEmpty() ? file.errorString() : error, Notice::Level::Error});
        return;
    }
    statusBar()->showMessage(tr("Records exported to %1").arg(path), 8000);
}
