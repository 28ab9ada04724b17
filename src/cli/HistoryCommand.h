#pragma once

#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class AuditLog;
class OutputSink;
struct AuditFilter;
struct AuditRecord;

// `pipes-admin-cli history`: the audit log, newest first, as a table, JSON
// or CSV.
class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    enum class Format { Text, Json, Csv };

    HistoryCommand(AuditLog *log, OutputSink *sink, Format format);

    ExitCode run(const AuditFilter &filter);
    // `history import-local`: copies the SQLite history at `sqlitePath` into
    // the shared store (the log given), idempotently.
    ExitCode importLocal(const QString &sqlitePath);

    // "7d", "24h", "30m" (before `now`) or an ISO-8601 date or date-time
    // (local time unless it says otherwise). Invalid on anything else.
    static QDateTime parseSince(const QString &text, const QDateTime &now);
    static QString timeText(const QDateTime &time); // UTC, seconds: 2024-05-01T12:00:00Z

private:
    AuditLog *m_log;
    OutputSink *m_sink;
    Format m_format;
};
