#pragma once

#include "CliHarness.h"
#include "sandbox/SandboxServer.h"

#include <QList>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <memory>

// What the CLI tests against the sandbox share, as a second base of the test
// class (after QObject): a fresh sandbox with a known key on loopback and an
// empty folder for each test function, and every run kept so that cleanup()
// can check that none printed the key, crashed or timed out.
class CliSandboxFixture
{
protected:
    explicit CliSandboxFixture(const QString &apiKey)
        : m_apiKey(apiKey)
    {
    }

    // For init(): empty when the sandbox listens and the folder exists, else what failed.
    QString startSandbox();
    // For cleanup(): empty when every run so far is clean, else the first that is not.
    QString checkRuns() const;
    void stopSandbox();

    QString auditPath() const { return m_dir->filePath(QStringLiteral("audit.sqlite3")); }
    // A clean environment with the key, the sandbox's URL and the audit log in the folder.
    QProcessEnvironment sandboxEnvironment() const;
    // Runs the CLI in sandboxEnvironment() and keeps the run for checkRuns().
    CliRun cli(const QStringList &arguments);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<CliRun> m_runs;

private:
    QString m_apiKey;
};
