#include "CliSandboxFixture.h"

QString CliSandboxFixture::startSandbox()
{
    SandboxOptions options;
    options.apiKey = m_apiKey;
    m_server = std::make_unique<SandboxServer>(options);
    if (m_server->listen() == 0)
        return QStringLiteral("the sandbox does not listen");
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return QStringLiteral("no temporary folder");
    m_runs.clear();
    return QString();
}

QString CliSandboxFixture::checkRuns() const
{
    for (const CliRun &run : m_runs) {
        const QString command = run.arguments.join(QLatin1Char(' '));
        if (run.out.contains(m_apiKey) || run.err.contains(m_apiKey))
            return QStringLiteral("the API key was printed by: ") + command;
        if (run.crashed || run.timedOut)
            return (run.crashed ? QStringLiteral("crashed: ") : QStringLiteral("timed out: ")) + command;
    }
    return QString();
}

void CliSandboxFixture::stopSandbox()
{
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment CliSandboxFixture::sandboxEnvironment() const
{
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("WORKOS_API_KEY"), m_apiKey);
    environment.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), auditPath());
    return environment;
}

CliRun CliSandboxFixture::cli(const QStringList &arguments)
{
    CliRun run = CliHarness::run(arguments, sandboxEnvironment());
    m_runs.append(run);
    return run;
}
