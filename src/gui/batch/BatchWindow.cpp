#include "gui/batch/BatchWindow.h"
#include "ui_BatchWindow.h"

#include "audit/AuditBatchRecorder.h"
#include "audit/AuditLog.h"
#include "batch/BatchInput.h"
#include "gui/batch/BatchPaceControls.h"
#include "batch/BatchResultModel.h"
#include "gui/batch/BatchResultsView.h"
#include "batch/BatchSettingsStore.h"
#include "gui/batch/BatchWindowText.h"
#include "core/Csv.h"
#include "widgets/FileChooser.h"
#include "session/OrganizationMembersLoader.h"
#include "widgets/Prompter.h"
#include "widgets/WarningBanner.h"

#include <QCloseEvent>
#include <QGuiApplication>

#include <algorithm>
#include <QScreen>
#include <QScrollArea>
#include <QFile>
#include <QStatusBar>
#include <QTimer>

BatchWindow::BatchWindow(const BatchWindowContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::BatchWindow>())
    , m_context(context)
    , m_engine(new BatchEngine(context.client, BatchSettingsStore::load(context.settings), this))
    , m_members(new OrganizationMembersLoader(context.client, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Batch – %1").arg(context.environmentName));
    fitToScreen();
    if (context.safety.asksForTypedSlug()) {
        QLabel *banner = WarningBanner::create(tr("%1 is a PRODUCTION environment: a batch disconnect asks for the "
                                                  "provider's slug to be typed.")
                                                   .arg(context.environmentName),
                                               this);
        banner->setObjectName(QStringLiteral("productionBanner"));
        m_ui->centralLayout->insertWidget(0, banner);
    }
    if (context.auditLog) {
        m_recorder = std::make_unique<AuditBatchRecorder>(context.auditLog, context.environmentName);
        m_engine->setRecorder(m_recorder.get());
    }

    m_results = new BatchResultsView({m_ui->resultTable, m_ui->filterEdit, m_ui->problemsCheck, m_ui->exportCsvButton,
                                      m_ui->exportJsonButton},
                                     context.files, context.prompter, this, this);
    connect(m_results, &BatchResultsView::exported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    new BatchPaceControls({m_ui->concurrencySpin, m_ui->readsSpin, m_ui->writesSpin, m_ui->overallSpin,
                           m_ui->defaultsButton, m_ui->advancedButton, m_ui->paceGroup},
                          m_engine, context.settings, this);

    connect(m_ui->inputEdit, &QPlainTextEdit::textChanged, this, &BatchWindow::inputChanged);
    connect(m_ui->providerCombo, &QComboBox::currentTextChanged, this, &BatchWindow::dropPreview);
    connect(m_ui->scopeCheck, &QCheckBox::toggled, this, &BatchWindow::dropPreview);
    connect(m_ui->organizationEdit, &QLineEdit::textChanged, this, [this] {
        if (m_ui->scopeCheck->isChecked())
            dropPreview();
        updateButtons();
    });
    connect(m_ui->loadFileButton, &QPushButton::clicked, this, &BatchWindow::loadFile);
    connect(m_ui->loadMembersButton, &QPushButton::clicked, this, &BatchWindow::loadMembers);
    connect(m_ui->organizationEdit, &QLineEdit::returnPressed, this, &BatchWindow::loadMembers);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &BatchWindow::startCheck);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &BatchWindow::startPreview);
    connect(m_ui->runButton, &QPushButton::clicked, this, &BatchWindow::confirmAndRun);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &BatchWindow::togglePause);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BatchWindow::cancelRun);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &BatchWindow::retryFailed);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, [this] { exportResults(BatchResultsView::Format::Csv); });
    connect(m_ui->exportJsonButton, &QPushButton::clicked, this,
            [this] { exportResults(BatchResultsView::Format::Json); });

    connect(m_engine, &BatchEngine::progressChanged, this, &BatchWindow::onProgress);
    connect(m_engine, &BatchEngine::finished, this, &BatchWindow::onFinished);
    connect(m_engine, &BatchEngine::stateChanged, this, &BatchWindow::updateButtons);
    connect(m_engine, &BatchEngine::rateLimited, this, [this](int ms) {
        statusBar()->showMessage(tr("WorkOS answered 429 Too Many Requests: waiting %1 before carrying on.")
                                     .arg(BatchWindowText::duration(qMax(1, (ms + 999) / 1000))),
                                 ms + 2000);
    });
    connect(m_results->model(), &QAbstractItemModel::modelReset, this, &BatchWindow::updateButtons);

    connect(m_members, &OrganizationMembersLoader::progress, this, [this](int loaded) {
        m_ui->inputSummaryLabel->setText(tr("Loading members… %1").arg(loaded));
    });
    connect(m_members, &OrganizationMembersLoader::loaded, this,
            [this](const QString &organizationId, const QList<User> &users) {
                setUsers(users);
                m_ui->inputSummaryLabel->setText(
                    (users.size() == 1 ? tr("1 member of %1 loaded.").arg(organizationId)
                                        : tr("%1 members of %2 loaded.").arg(users.size()).arg(organizationId)));
                updateButtons();
            });
    connect(m_members, &OrganizationMembersLoader::failed, this,
            [this](const QString &organizationId, const QString &message) {
                m_ui->inputSummaryLabel->setText(tr("Could not load the members of %1: %2").arg(organizationId, message));
                updateButtons();
            });
    m_ui->progressLabel->setText(tr("Ready."));
    updateButtons();
}

BatchWindow::~BatchWindow()
{
    // The engine goes before the recorder it calls.
    delete m_engine;
    m_engine = nullptr;
}

void BatchWindow::setUsers(const QList<User> &users)
{
    QStringList lines{QStringLiteral("user_id,email")};
    for (const User &user : users) {
        m_knownEmails.insert(user.id, user.email);
        lines.append(Csv::record({user.id, user.email}));
    }
    m_ui->inputEdit->setPlainText(users.isEmpty() ? QString() : lines.join(QLatin1Char('\n')));
}

void BatchWindow::setInputText(const QString &text)
{
    m_ui->inputEdit->setPlainText(text);
}

void BatchWindow::setProviderSlug(const QString &slug)
{
    m_ui->providerCombo->setCurrentText(slug);
}

void BatchWindow::setOrganizationId(const QString &organizationId)
{
    m_ui->organizationEdit->setText(organizationId);
}

QList<BatchItem> BatchWindow::results() const
{
    return m_results->model()->items();
}

void BatchWindow::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    if (phase == Phase::Checking || phase == Phase::Previewing || phase == Phase::Disconnecting)
        m_ui->resultsGroup->setTitle(BatchWindowText::resultsTitle(BatchWindowText::ResultsState::Current));
    updateButtons();
    Q_EMIT phaseChanged(phase);
}

QString BatchWindow::providerSlug() const
{
    return m_ui->providerCombo->currentText().trimmed();
}

BatchInput BatchWindow::parsedInput() const
{
    return BatchInput::parse(m_ui->inputEdit->toPlainText());
}

QList<BatchItem> BatchWindow::itemsFromInput() const
{
    QList<BatchItem> items = batchItemsFrom(parsedInput());
    for (BatchItem &item : items) {
        if (item.email.isEmpty() && !item.userId.isEmpty())
            item.email = m_knownEmails.value(item.userId);
    }
    return items;
}

BatchJob BatchWindow::jobFor(BatchJob::Operation operation) const
{
    BatchJob job;
    job.operation = operation;
    job.providerSlug = operation == BatchJob::Operation::CheckStatus ? QString() : providerSlug();
    if (m_ui->scopeCheck->isChecked())
        job.organizationId = m_ui->organizationEdit->text().trimmed();
    job.reason = m_ui->reasonEdit->text().trimmed();
    return job;
}

void BatchWindow::updateButtons()
{
    const bool active = m_engine && m_engine->isActive();
    const bool busy = active || m_members->isLoading();
    const bool hasInput = !m_ui->inputEdit->toPlainText().trimmed().isEmpty();
    const bool cancelling = m_engine && m_engine->state() == BatchEngine::State::Cancelling;
    m_ui->inputGroup->setEnabled(!busy);
    m_ui->checkButton->setEnabled(!busy && hasInput);
    m_ui->previewButton->setEnabled(!busy && hasInput && !providerSlug().isEmpty());
    m_ui->providerCombo->setEnabled(!busy);
    m_ui->loadMembersButton->setEnabled(!busy && !m_ui->organizationEdit->text().trimmed().isEmpty());

    const int targets = int(BatchEngine::disconnectTargets(m_preview).size());
    const bool canRun = m_phase == Phase::Previewed && targets > 0 && !busy;
    m_ui->runButton->setEnabled(canRun && m_recorder);
    // One DELETE per previewed connection, so the button counts connections, not users.
    m_ui->runButton->setText(m_phase == Phase::Previewed ? tr("&Disconnect %n connection(s)…", nullptr, targets)
                                                         : tr("&Disconnect…"));
    m_ui->runButton->setToolTip(m_recorder ? tr("Delete exactly the previewed connections, by id, after a confirmation")
                                           : tr("No audit log: batch disconnects are not available."));

    const bool paused = m_engine && m_engine->state() == BatchEngine::State::Paused;
    m_ui->pauseButton->setEnabled(active && !cancelling);
    m_ui->pauseButton->setText(paused ? tr("Res&ume") : tr("P&ause"));
    m_ui->cancelButton->setEnabled(active && !cancelling);
    bool anyFailed = false;
    if (m_engine && m_engine->state() == BatchEngine::State::Finished && m_phase != Phase::Idle) {
        for (const BatchItem &item : m_engine->items())
            anyFailed = anyFailed || item.outcome == BatchOutcome::Failed;
    }
    m_ui->retryButton->setEnabled(anyFailed && !busy);
    m_results->setExportEnabled(!active);
}

void BatchWindow::inputChanged()
{
    const bool hadPreview = m_phase == Phase::Previewed;
    m_ui->inputSummaryLabel->setText(BatchWindowText::input(parsedInput()));
    dropPreview();
    const QString stale = BatchWindowText::resultsTitle(BatchWindowText::ResultsState::Stale);
    if (!(m_engine && m_engine->isActive()) && m_results->model()->rowCount() > 0
        && m_ui->resultsGroup->title() != stale) {
        m_ui->resultsGroup->setTitle(stale);
        m_ui->summaryLabel->setText((hadPreview ? m_ui->summaryLabel->text() + QLatin1Char(' ') : QString())
                                    + BatchWindowText::staleResults());
    }
}

void BatchWindow::dropPreview()
{
    if (m_engine && m_engine->isActive())
        return; // the controls are disabled; a programmatic change does not touch a running batch
    if (m_phase != Phase::Idle && m_phase != Phase::Checked) {
        m_preview.clear();
        m_ui->summaryLabel->setText(m_phase == Phase::Previewed
                                        ? tr("The preview was dropped because the users, provider or scope changed.")
                                        : m_ui->summaryLabel->text());
        setPhase(Phase::Idle);
    }
    updateButtons();
}

void BatchWindow::startCheck()
{
    if (!m_engine->start(jobFor(BatchJob::Operation::CheckStatus), itemsFromInput()))
        return;
    m_preview.clear();
    m_results->follow(m_engine);
    m_ui->summaryLabel->setText(tr("Checking every provider of every user…"));
    setPhase(Phase::Checking);
}

void BatchWindow::startPreview()
{
    if (!m_engine->start(jobFor(BatchJob::Operation::PreviewDisconnect), itemsFromInput()))
        return;
    m_preview.clear();
    m_results->follow(m_engine);
    m_ui->summaryLabel->setText(tr("Previewing (reads only, nothing is changed)…"));
    setPhase(Phase::Previewing);
}

void BatchWindow::confirmAndRun()
{
    if (m_phase != Phase::Previewed || !m_recorder)
        return;
    if (!m_context.auditLog->isOpen()) {
        notifyError(tr("Audit log unavailable"), tr("The audit log cannot be written, so nothing is sent."),
                    m_context.auditLog->path());
        return;
    }
    const QList<BatchItem> targets = BatchEngine::disconnectTargets(m_preview);
    const int absent = int(std::count_if(m_preview.cbegin(), m_preview.cend(), [](const BatchItem &item) {
        return item.outcome == BatchOutcome::AlreadyAbsent;
    }));
    const QString slug = m_previewJob.providerSlug;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    const Confirmation confirmation = BatchWindowText::disconnect(slug, targets, absent, m_context.environmentName,
                                                                  m_context.safety, reason);
    if (m_context.safety.ask(m_context.prompter, this, confirmation, slug).answer != Prompter::Answer::Accepted) {
        m_ui->summaryLabel->setText(tr("Not confirmed: nothing was sent. The preview is still here."));
        return;
    }
    BatchJob job = m_previewJob;
    job.operation = BatchJob::Operation::Disconnect;
    job.batchId.clear();
    job.reason = reason;
    if (!m_engine->start(job, targets))
        return;
    m_results->follow(m_engine);
    m_ui->summaryLabel->setText(
        tr("Disconnecting %1: %2…").arg(slug, BatchWindowText::connections(int(targets.size()))));
    setPhase(Phase::Disconnecting);
}

void BatchWindow::togglePause()
{
    if (m_engine->state() == BatchEngine::State::Paused)
        m_engine->resume();
    else
        m_engine->pause();
    updateButtons();
}

void BatchWindow::cancelRun()
{
    m_engine->cancel();
    updateButtons();
}

void BatchWindow::retryFailed()
{
    const Phase next = m_phase == Phase::Checked ? Phase::Checking
        : m_phase == Phase::Previewed             ? Phase::Previewing
                                                  : Phase::Disconnecting;
    m_results->follow(m_engine);
    if (m_engine->retryFailed() == 0)
        return;
    m_ui->summaryLabel->setText(tr("Retrying the failed lines…"));
    setPhase(next);
}

void BatchWindow::onProgress(const BatchProgress &progress)
{
    m_ui->progressBar->setMaximum(qMax(1, progress.total));
    m_ui->progressBar->setValue(progress.finished);
    m_ui->progressBar->setTextVisible(true); // "0 / 1" of the idle bar would say nothing
    m_ui->progressLabel->setText(BatchWindowText::progress(progress, BatchWindowText::problemCounts(m_engine->items())));
}

void BatchWindow::onFinished()
{
    const QList<BatchItem> items = m_engine->items();
    switch (m_phase) {
    case Phase::Checking: {
        const QString current = providerSlug();
        m_ui->providerCombo->blockSignals(true);
        m_ui->providerCombo->clear();
        m_ui->providerCombo->addItems(m_results->model()->providerSlugs());
        m_ui->providerCombo->setCurrentText(current);
        m_ui->providerCombo->blockSignals(false);
        m_ui->summaryLabel->setText(tr("Status checked. %1").arg(BatchWindowText::outcomes(items)));
        setPhase(Phase::Checked);
        break;
    }
    case Phase::Previewing:
        m_preview = items;
        m_previewJob = m_engine->job();
        m_ui->summaryLabel->setText(BatchWindowText::preview(m_previewJob.providerSlug, items));
        setPhase(Phase::Previewed);
        break;
    case Phase::Disconnecting: {
        // Each previewed line with a connection becomes that connection's run outcomes.
        const QList<BatchItem> merged = BatchEngine::withRunOutcomes(m_preview, items);
        m_results->show(merged);
        m_ui->summaryLabel->setText(tr("Disconnect of %1 finished. %2")
                                        .arg(m_previewJob.providerSlug, BatchWindowText::outcomes(merged)));
        setPhase(Phase::Disconnected);
        Q_EMIT accountsChanged(m_previewJob.providerSlug);
        break;
    }
    default:
        break;
    }
    m_results->fitColumns();
    updateButtons();
    if (m_closeWhenFinished)
        QTimer::singleShot(0, this, &QWidget::close);
}

void BatchWindow::exportResults(BatchResultsView::Format format)
{
    const BatchJob &job = m_engine->job();
    BatchResultsView::ExportInfo info{QStringLiteral("check"), QString(), job.batchId};
    if (m_results->model()->providerSlugs().isEmpty()) {
        info.operation = job.operation == BatchJob::Operation::Disconnect ? QStringLiteral("disconnect")
                                                                           : QStringLiteral("disconnect_dry_run");
        info.providerSlug = job.providerSlug;
    }
    m_results->exportShown(format, info);
}

void BatchWindow::notifyError(const QString &title, const QString &text, const QString &detail)
{
    m_context.prompter->notify(this, Notice{title, text, detail, Notice::Level::Error});
}

void BatchWindow::closeEvent(QCloseEvent *event)
{
    m_members->cancel();
    if (!m_engine->isActive()) {
        event->accept();
        return;
    }
    if (!m_closeWhenFinished) {
        Confirmation confirmation;
        confirmation.title = tr("Stop the batch?");
        confirmation.text = tr("A batch is still running. Cancel it and close the window?");
        confirmation.informativeText = tr("Queued users are not sent; deletions already sent are waited for so "
                                          "their outcome is recorded. The window closes when that is done.");
        confirmation.acceptLabel = tr("Cancel batch");
        if (m_context.prompter->confirm(this, confirmation) != Prompter::Answer::Accepted) {
            event->ignore();
            return;
        }
        m_closeWhenFinished = true;
        m_engine->cancel();
    }
    event->ignore(); // closes itself from onFinished()
}

void BatchWindow::fitToScreen()
{
    // Never larger than the screen (1280 x 800 at 200 % is 640 x 400): the
    // controls scroll inside the window instead of falling off the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("batchScrollArea"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(takeCentralWidget());
    setCentralWidget(scroll);
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (screen)
        resize(size().boundedTo(screen->availableSize()));
}
