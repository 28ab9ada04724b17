#pragma once

#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class AuditLog;
class OutputSink;
class WorkOsClient;

// `pipes-admin-cli links`: one refresh of the waiting connect links of the
// environment (LinkTracker, against the API), then the tracked links with
// their state: waiting, stale (waiting longer than the stale age), completed,
// superseded, closed. `links close ID` closes one by hand.
class LinksCommand final
{
    Q_DECLARE_TR_FUNCTIONS(LinksCommand)

public:
    enum class Format { Text, Json };
    enum class Which { Open, All }; // Open: waiting and stale only

    LinksCommand(AuditLog *log, OutputSink *sink, Format format, qint64 staleAfterSeconds);

    // Refreshes the waiting links of `environment` with `client` first (null: no refresh).
    ExitCode list(WorkOsClient *client, const QString &environment, Which which);
    ExitCode close(const QString &idText);

private:
    AuditLog *m_log;
    OutputSink *m_sink;
    Format m_format;
    qint64 m_staleAfterSeconds;
};
