#include "cli/BatchCommands.h"

#include "audit/AuditBatchRecorder.h"
#include "audit/AuditLog.h"
#include "batch/BatchExport.h"
#include "batch/BatchInput.h"
#include "core/ConnectionStatus.h"
#include "cli/InterruptGuard.h"
#include "cli/OutputSink.h"
#include "cli/TableFormatter.h"

#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QSet>

namespace {
QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}
} // namespace

BatchCommands::BatchCommands(WorkOsClient *client, OutputSink *sink, Format format, Progress progress, QObject *parent)
    : QObject(parent)
    , m_pool(client)
    , m_sink(sink)
    , m_format(format)
    , m_progress(progress)
{
}

BatchCommands::~BatchCommands() = default;

void BatchCommands::setAudit(AuditLog *log, const QString &environment)
{
    m_audit = log;
    m_environment = environment;
}

ExitCode BatchCommands::exitCodeFor(const QList<BatchItem> &items)
{
    for (const BatchItem &item : items) {
        if (BatchOutcomes::isProblem(item.outcome))
            return ExitCode::ApiFailure;
    }
    return ExitCode::Ok;
}

bool BatchCommands::loadItems(const Options &options, QList<BatchItem> *items, ExitCode *code)
{
    BatchInput input;
    QString error;
    if (options.inputPath == QLatin1String("-")) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            input = BatchInput::parse(in.readAll());
    } else if (!BatchInput::parseFile(options.inputPath, &input, &error)) {
        m_sink->message(tr("Error: %1").arg(error));
        *code = ExitCode::Usage;
        return false;
    }
    if (input.isEmpty()) {
        m_sink->message(tr("Error: %1 has no email addresses or user ids.").arg(options.inputPath));
        *code = ExitCode::Usage;
        return false;
    }
    // Every token that is not a user is named (ignored words appear nowhere else).
    if (!input.issues.isEmpty())
        m_sink->message(tr("Input: %1").arg(input.summary()));
    *items = batchItemsFrom(input);
    return true;
}

void BatchCommands::run(BatchEngine &engine, const BatchJob &job, const QList<BatchItem> &items)
{
    QEventLoop loop;
    connect(&engine, &BatchEngine::finished, &loop, &QEventLoop::quit);
    if (m_progress == Progress::Shown)
        connect(&engine, &BatchEngine::progressChanged, this, &BatchCommands::showProgress);
    m_progressClock.start();
    // Ctrl-C: cancel gracefully (calls in flight finish, every item gets an outcome); twice: stop at once.
    const InterruptGuard interrupt([this, &engine] {
        m_sink->message(tr("Cancelling: the calls in flight finish first (Ctrl-C again stops at once)."));
        engine.cancel();
    });
    if (!engine.start(job, items))
        return;
    if (engine.state() != BatchEngine::State::Finished)
        loop.exec();
    endProgress();
}

void BatchCommands::showProgress(const BatchProgress &p)
{
    // At most ten updates a second, always the last one.
    if (m_progressShown && m_progressClock.elapsed() < 100 && p.finished < p.total)
        return;
    m_progressClock.restart();
    QString line = tr("%1/%2 done").arg(p.finished).arg(p.total);
    if (p.problems > 0)
        line += tr(", %1 with problems").arg(p.problems);
    if (p.itemsPerSecond > 0)
        line += tr(", %1/s").arg(p.itemsPerSecond, 0, 'f', 1);
    if (p.waitingForRateLimit)
        line += tr(", waiting for the rate limit");
    else if (p.secondsLeft > 0)
        line += tr(", about %1 s left").arg(p.secondsLeft);
    m_sink->progress(QStringLiteral("\r\033[K") + line);
    m_progressShown = true;
}

void BatchCommands::endProgress()
{
    if (m_progressShown)
        m_sink->progress(QStringLiteral("\r\033[K"));
    m_progressShown = false;
}

QString BatchCommands::summary(const QList<BatchItem> &items)
{
    QMap<int, int> counts;
    for (const BatchItem &item : items)
        ++counts[int(item.outcome)];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(BatchOutcomes::text(BatchOutcome(it.key())).toLower());
    // A disconnect run has an outcome per connection: several under one line.
    QSet<int> lines;
    int unnumbered = 0;
    for (const BatchItem &item : items) {
        if (item.line > 0)
            lines.insert(item.line);
        else
            ++unnumbered;
    }
    const int lineCount = int(lines.size()) + unnumbered;
    if (lineCount == int(items.size()))
        return tr("%n line(s): %1.", nullptr, lineCount).arg(parts.join(QStringLiteral(", ")));
    return tr("%n line(s), %1 outcomes (one per connection): %2.", nullptr, lineCount)
        .arg(items.size())
        .arg(parts.join(QStringLiteral(", ")));
}

BatchSettings BatchCommands::settingsFor(const Options &options)
{
    BatchSettings settings;
    settings.concurrency = options.concurrency;
    return settings;
}

ExitCode BatchCommands::check(const Options &options)
{
    QList<BatchItem> items;
    ExitCode code = ExitCode::Ok;
    if (!loadItems(options, &items, &code))
        return code;
    BatchEngine engine(&m_pool, &m_clock, settingsFor(options));
    BatchJob job;
    job.operation = BatchJob::Operation::CheckStatus;
    job.organizationId = options.organizationId;
    run(engine, job, items);

    QList<BatchItem> results = engine.items();
    if (!options.providerSlug.isEmpty()) {
        for (BatchItem &item : results) {
            item.providers.erase(std::remove_if(item.providers.begin(), item.providers.end(),
                                                [&options](const DataProvider &p) { return p.slug != options.providerSlug; }),
                                 item.providers.end());
            if (item.outcome == BatchOutcome::Checked && item.providers.isEmpty()) {
                item.outcome = BatchOutcome::UnknownProvider;
                item.detail = tr("No provider \"%1\" is configured in this environment.").arg(options.providerSlug);
            }
        }
    }
    if (m_format == Format::Json) {
        m_sink->data(BatchExport::toJsonText(BatchExport::resultJson(QStringLiteral("check"), options.providerSlug,
                                                                     QString(), results)));
    } else {
        // A line per provider: its worst connection's state and how many connections there are.
        TableFormatter table({tr("LINE"), tr("INPUT"), tr("USER ID"), tr("PROVIDER"), tr("CONNECTIONS"), tr("STATE"),
                              tr("MISSING SCOPES"), tr("DETAIL")});
        for (const BatchItem &item : std::as_const(results)) {
            const QString line = item.line > 0 ? QString::number(item.line) : QString();
            if (item.outcome != BatchOutcome::Checked) {
                table.addRow({line, item.input, dash(item.userId), QStringLiteral("-"), QString(),
                              BatchOutcomes::name(item.outcome), QString(), item.detail});
                continue;
            }
            for (const DataProvider &p : item.providers) {
                const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(p);
                const QString state = !worst ? QStringLiteral("not_connected") : ConnectionStatuses::name(worst);
                table.addRow({line, item.input, item.userId, p.slug, QString::number(p.allConnections().size()), state,
                              worst ? p.missingScopes(*worst).join(QLatin1Char(' ')) : QString(), QString()});
            }
        }
        m_sink->data(table.render());
    }
    m_sink->message(summary(results));
    return exitCodeFor(results);
}

ExitCode BatchCommands::disconnect(const Options &options)
{
    QList<BatchItem> items;
    ExitCode code = ExitCode::Ok;
    if (!loadItems(options, &items, &code))
        return code;
    const BatchSettings settings = settingsFor(options);
    BatchEngine preview(&m_pool, &m_clock, settings);
    BatchJob job;
    job.operation = BatchJob::Operation::PreviewDisconnect;
    job.providerSlug = options.providerSlug;
    job.organizationId = options.organizationId;
    job.reason = options.reason;
    run(preview, job, items);
    QList<BatchItem> results = preview.items();

    QString batchId;
    if (options.mode == Mode::Run) {
        const QList<BatchItem> targets = BatchEngine::disconnectTargets(results);
        if (!targets.isEmpty()) {
            AuditBatchRecorder recorder(m_audit, m_environment);
            BatchEngine engine(&m_pool, &m_clock, settings);
            engine.setRecorder(&recorder);
            job.operation = BatchJob::Operation::Disconnect;
            run(engine, job, targets);
            batchId = engine.job().batchId;
            // Each connection's outcome replaces the preview's line for it.
            results = BatchEngine::withRunOutcomes(results, engine.items());
        }
    }

    const bool dryRun = options.mode == Mode::DryRun;
    if (m_format == Format::Json) {
        m_sink->data(BatchExport::toJsonText(BatchExport::resultJson(
            dryRun ? QStringLiteral("disconnect_dry_run") : QStringLiteral("disconnect"), options.providerSlug, batchId,
            results)));
    } else {
        // A line per connection: each one that would go (dry run) or went (--yes), by id.
        TableFormatter table({tr("LINE"), tr("INPUT"), tr("USER ID"), tr("CONNECTION"), tr("LABEL"), tr("STATE"),
                              dryRun ? tr("PLAN") : tr("OUTCOME"), tr("HTTP"), tr("REQUEST ID"), tr("DETAIL")});
        for (const BatchItem &item : std::as_const(results)) {
            const bool showStatus = !dryRun && item.httpStatus > 0;
            const QString line = item.line > 0 ? QString::number(item.line) : QString();
            QList<std::optional<ConnectedAccount>> connections;
            if (item.account)
                connections.append(item.account);
            for (const ConnectedAccount &a : item.connections)
                connections.append(a);
            if (connections.isEmpty())
                connections.append(std::nullopt);
            for (const std::optional<ConnectedAccount> &a : std::as_const(connections)) {
                table.addRow({line, item.input, dash(item.userId), a ? a->id : QStringLiteral("-"),
                              a ? dash(a->accountDisplayName) : QString(), a ? ConnectionStatuses::name(a) : QString(),
                              BatchOutcomes::name(item.outcome), showStatus ? QString::number(item.httpStatus) : QString(),
                              dryRun ? QString() : item.requestId, item.detail});
            }
        }
        m_sink->data(table.render());
    }
    m_sink->message(summary(results));
    if (dryRun)
        m_sink->message(tr("Dry run: nothing was changed. %n connection(s) would be disconnected: run again with --yes "
                           "to disconnect each one marked will_disconnect, by its id.",
                           nullptr, int(BatchEngine::disconnectTargets(results).size())));
    else if (!batchId.isEmpty())
        m_sink->message(tr("Recorded in the audit log as %1. Access was NOT revoked on the providers' side.").arg(batchId));
    return exitCodeFor(results);
}
