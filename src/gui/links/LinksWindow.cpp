#include "gui/links/LinksWindow.h"

#include "audit/AuditLog.h"
#include "gui/links/LinkTableModel.h"
#include "session/LinkTracker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

LinksWindow::LinksWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new LinkTableModel(context.auditLog, this))
    , m_table(new QTableView(this))
    , m_show(new QComboBox(this))
    , m_close(new QPushButton(tr("&Close link"), this))
    , m_refresh(new QPushButton(tr("&Refresh now"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("linksWindow"));
    setWindowTitle(tr("Links – connect links handed out"));
    if (context.staleAfterSeconds > 0)
        m_model->setStaleAfterSeconds(context.staleAfterSeconds);

    m_show->setObjectName(QStringLiteral("linksShowCombo"));
    m_show->addItem(tr("Open links (waiting, stale)"), int(LinkTableModel::Which::Open));
    m_show->addItem(tr("All links"), int(LinkTableModel::Which::All));
    m_show->setAccessibleName(tr("Show"));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);

    m_table->setObjectName(QStringLiteral("linksTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_close->setObjectName(QStringLiteral("closeLinkButton"));
    m_close->setToolTip(tr("Stop following the selected link. Nothing is sent to WorkOS: the link itself may still "
                           "work."));
    m_refresh->setObjectName(QStringLiteral("refreshLinksButton"));
    m_status->setObjectName(QStringLiteral("linksStatus"));

    auto *top = new QHBoxLayout;
    top->addWidget(showLabel);
    top->addWidget(m_show);
    top->addStretch(1);
    top->addWidget(m_refresh);
    top->addWidget(m_close);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_status, 1);
    resize(900, 420);

    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setWhich(LinkTableModel::Which(m_show->currentData().toInt())); });
    connect(m_close, &QPushButton::clicked, this, &LinksWindow::closeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &LinksWindow::refreshNow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LinksWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinksWindow::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LinksWindow::showStatus);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);
    auto *closeWindow = new QShortcut(QKeySequence::Close, this);
    connect(closeWindow, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    // Other workstations and the CLI write too; ages move on.
    m_poll.setInterval(context.pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, m_model, &LinkTableModel::reload);
    if (context.pollIntervalMs > 0)
        m_poll.start();
    m_table->resizeColumnsToContents();
    updateButtons();
    showStatus();
}

void LinksWindow::setTracker(LinkTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker) {
        connect(tracker, &LinkTracker::refreshed, this, [this] {
            m_message = m_tracker ? m_tracker->lastSummary() : QString();
            m_model->reload();
            updateButtons();
            showStatus();
        });
    }
    m_message.clear();
    updateButtons();
    showStatus();
}

qint64 LinksWindow::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(LinkTableModel::LinkIdRole).toLongLong();
}

void LinksWindow::closeSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_context.auditLog)
        return;
    QString why;
    if (!m_context.auditLog->setLinkState(id, LinkState::Closed, QString(), &why))
        m_message = tr("Not closed: %1").arg(why);
    else
        m_message = tr("Closed. It is no longer followed.");
    m_model->reload();
    showStatus();
}

void LinksWindow::refreshNow()
{
    if (!m_tracker)
        return;
    m_tracker->refreshNow();
    m_message = tr("Checking…");
    updateButtons();
    showStatus();
}

void LinksWindow::updateButtons()
{
    const qint64 id = selectedId();
    const int row = id ? m_model->rowOfId(id) : -1;
    m_close->setEnabled(row >= 0 && m_model->link(row).state == LinkState::Waiting);
    const bool refreshing = m_tracker && m_tracker->isRefreshing();
    m_refresh->setEnabled(m_tracker && !refreshing);
    m_refresh->setToolTip(m_tracker ? tr("Check the waiting links of %1 now").arg(m_tracker->environment())
                                    : tr("Connect to an environment first"));
}

void LinksWindow::showStatus()
{
    QString text = tr("%n link(s) shown.", nullptr, m_model->rowCount());
    if (!m_tracker)
        text += QLatin1Char(' ') + tr("No environment is connected: waiting links are not checked.");
    else
        text += QLatin1Char(' ') + tr("Waiting links of %1 are checked in the background.").arg(m_tracker->environment());
    if (!m_message.isEmpty())
        text += QLatin1Char(' ') + m_message;
    m_status->setText(text);
}
