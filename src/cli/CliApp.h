#pragma once

#include "cli/ExitCode.h"
#include "cli/OutputSink.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class AuditLog;
struct SecretResult;
class QCommandLineParser;
class QTextStream;
class UrlOpener;
class WorkOsClient;
struct CommandSpec;

// What pipes-admin-cli reads from its environment; main() fills it from the
// process, tests can fill it by hand.
struct CliEnvironment final
{
    QString apiKey;  // $WORKOS_API_KEY
    QString baseUrl; // $PIPES_ADMIN_BASE_URL (empty: the default)
    QString environmentName; // $PIPES_ADMIN_ENVIRONMENT
    QString provisioningPath; // the administrator's provisioning file (ProvisioningFile::locateSystemFile())
    QString auditDbPath; // $PIPES_ADMIN_AUDIT_DB (empty: AuditLog::defaultPath())
    QString auditDatabase; // $PIPES_ADMIN_AUDIT_DATABASE: postgresql://... (the provisioning file wins when locked)
    bool stderrIsTerminal = false; // batch progress is shown only on a terminal

    static CliEnvironment fromProcess();
};

// pipes-admin-cli: parses the command line, checks the arguments, builds the
// client and runs one command. See CommandSpecs for the commands and
// ExitCode.h for the exit statuses.
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(CliEnvironment environment, QTextStream &out, QTextStream &err, const UrlOpener &opener);

    // `arguments` includes the program name, like QCoreApplication::arguments().
    int run(const QStringList &arguments);

    // True when the command line asks to open a link in a browser (--open),
    // i.e. main() must create a QGuiApplication. Checked before any
    // application object exists.
    static bool wantsBrowser(int argc, char **argv);

private:
    ExitCode runWithoutCommand(const QStringList &arguments);
    ExitCode runCommand(const CommandSpec &spec, const QCommandLineParser &parser, const QStringList &positionals);
    ExitCode usageError(const QString &message, const QString &command = QString());
    ExitCode runHistory(const QCommandLineParser &parser, const QString &name);
    // links (with a client: one refresh first) and links close ID.
    ExitCode runLinks(const QCommandLineParser &parser, const QString &name, const QString &id, WorkOsClient *client,
                      const QString &environment);
    bool openAudit(AuditLog &log);
    // The SQLite file or the postgresql:// URL of the audit store (AuditLocation::choose).
    QString auditLocation() const;
    SecretResult readKeySync(const QString &environment);

    CliEnvironment m_environment;
    OutputSink m_sink;
    const UrlOpener &m_opener;
};
