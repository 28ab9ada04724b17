// The audit store the CLI writes to and the history command (split from CliApp.cpp).
#include "cli/CliApp.h"
#include "config/ConnectionResolver.h"
#include "config/EnvironmentStore.h"
#include "config/ProvisioningFile.h"
#include "config/SecretStore.h"
#include "audit/AuditCredentials.h"
#include "audit/AuditLog.h"
#include "cli/BatchCommands.h"
#include "cli/CommandSpec.h"
#include "cli/Commands.h"
#include "cli/DiagnosisCommands.h"
#include "cli/HistoryCommand.h"
#include "config/TokenCheckPolicy.h"
#include "core/IdValidation.h"
#include "core/SafeUrl.h"
#include "core/WorkOsClient.h"
#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QNetworkAccessManager>
#include <cstdio>
#include <cstring>
#include <unistd.h>

QString CliApp::auditLocation() const
{
    const Provisioning provisioning = ProvisioningFile::read(m_environment.provisioningPath);
    return AuditLocation::choose(provisioning.auditDatabase, provisioning.locked, m_environment.auditDatabase,
                                 m_environment.auditDbPath);
}

bool CliApp::openAudit(AuditLog &log)
{
    // Settings' display name and, when libpq's own sources do not log in, its keychain password.
    const QSettings settings(QStringLiteral("PipesAdmin"), QStringLiteral("pipes-admin"));
    log.setOperatorName(AuditCredentials::operatorName(settings));
    if (log.isShared())
        log.setPasswordSource([&log] { return AuditCredentials::readPassword(log.location()); });
    QString error;
    if (log.open(&error))
        return true;
    m_sink.message(tr("Error: the audit log could not be opened, so nothing was sent: %1").arg(error));
    return false;
}

ExitCode CliApp::runHistory(const QCommandLineParser &parser, const QString &name)
{
    auto value = [&parser](const char *option) { return parser.value(QLatin1String(option)).trimmed(); };
    if (name == QLatin1String("history import-local")) {
        AuditLog shared(auditLocation());
        if (!openAudit(shared))
            return ExitCode::AuditUnavailable;
        const QString from = parser.isSet(QStringLiteral("from")) ? value("from")
            : m_environment.auditDbPath.isEmpty()                 ? AuditLog::defaultPath()
                                                                  : m_environment.auditDbPath;
        return HistoryCommand(&shared, &m_sink, HistoryCommand::Format::Text).importLocal(from);
    }
    AuditFilter filter;
    filter.limit = 100;
    if (parser.isSet(QStringLiteral("since"))) {
        filter.from = HistoryCommand::parseSince(value("since"), QDateTime::currentDateTimeUtc());
        if (!filter.from.isValid())
            return usageError(tr("--since needs 7d, 24h, 30m or an ISO date such as 2024-05-01."), name);
    }
    filter.userId = value("user");
    filter.providerSlug = value("provider");
    filter.operatorName = value("operator");
    filter.workstation = value("workstation");
    if (parser.isSet(QStringLiteral("action"))) {
        AuditAction action;
        if (!AuditNames::actionFromName(value("action"), &action))
            return usageError(tr("--action must be disconnect or connect_link."), name);
        filter.actions = {action};
    }
    if (parser.isSet(QStringLiteral("outcome"))) {
        AuditOutcome outcome;
        if (!AuditNames::outcomeFromName(value("outcome"), &outcome))
            return usageError(tr("--outcome must be succeeded, gone_on_retry, already_absent, failed, cancelled, "
                                 "pending or outcome_unknown."),
                              name);
        filter.outcomes = {outcome};
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = value("limit").toInt(&ok);
        if (!ok || filter.limit < 0)
            return usageError(tr("--limit must be a number, 0 for all."), name);
    }
    AuditLog log(auditLocation());
    if (!openAudit(log))
        return ExitCode::AuditUnavailable;
    const HistoryCommand::Format format = parser.isSet(QStringLiteral("csv")) ? HistoryCommand::Format::Csv
        : parser.isSet(QStringLiteral("json"))                              ? HistoryCommand::Format::Json
                                                                             : HistoryCommand::Format::Text;
    return HistoryCommand(&log, &m_sink, format).run(filter);
}
