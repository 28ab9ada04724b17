#pragma once

#include "batch/BatchClock.h"
#include "batch/BatchEngine.h"
#include "batch/ClientPool.h"
#include "cli/ExitCode.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class AuditLog;
class OutputSink;
class WorkOsClient;

// `batch check` and `batch disconnect` of pipes-admin-cli: the BatchEngine
// driven to completion in a local event loop, results as a table or JSON on
// stdout, a summary on stderr, live progress on stderr only when it is a
// terminal.
class BatchCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommands)

public:
    enum class Format { Text, Json };
    enum class Progress { Hidden, Shown };
    enum class Mode { DryRun, Run };

    struct Options final
    {
        QString inputPath;
        QString providerSlug;   // check: only this provider's column; disconnect: the provider
        QString organizationId;
        QString reason;
        int concurrency = 8;
        Mode mode = Mode::DryRun;
    };

    BatchCommands(WorkOsClient *client, OutputSink *sink, Format format, Progress progress, QObject *parent = nullptr);
    ~BatchCommands() override;

    // For disconnect --yes: where each delete is recorded, under this environment name.
    void setAudit(AuditLog *log, const QString &environment);

    ExitCode check(const Options &options);
    ExitCode disconnect(const Options &options);

    // Exit status for finished items: Ok, or ApiFailure when any line is a problem.
    static ExitCode exitCodeFor(const QList<BatchItem> &items);

private:
    bool loadItems(const Options &options, QList<BatchItem> *items, ExitCode *code);
    void run(BatchEngine &engine, const BatchJob &job, const QList<BatchItem> &items);
    void showProgress(const BatchProgress &progress);
    void endProgress();
    static QString summary(const QList<BatchItem> &items);
    static BatchSettings settingsFor(const Options &options);

    ClientPool m_pool;   // shared by a disconnect's preview and run
    SteadyClock m_clock;
    OutputSink *m_sink;
    Format m_format;
    Progress m_progress;
    AuditLog *m_audit = nullptr;
    QString m_environment;
    QElapsedTimer m_progressClock;
    bool m_progressShown = false;
};
