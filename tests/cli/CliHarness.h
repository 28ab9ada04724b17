#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the real pipes-admin-cli binary and compares what a user sees (exit
// code, stdout, stderr) with a golden file in tests/cli/golden/.
//
// Golden files are the spec: review them by eye. Regenerate with
//   PIPES_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_cli
// and read the diff before committing.
struct CliRun final
{
    QStringList arguments;
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;
};

class CliHarness final
{
public:
    // The environment every run starts from: this process's minus anything
    // pipes-admin-cli reads, plus offscreen Qt and a C.UTF-8 locale.
    static QProcessEnvironment cleanEnvironment();

    // Runs the binary (spinning this thread's event loop, so an in-process
    // sandbox keeps answering) until it exits or `timeoutMs` passes.
    static CliRun run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 20000);

    // Golden text: the command line, the exit code, stdout and stderr, with
    // loopback ports and request ids replaced by placeholders.
    static QString transcript(const CliRun &run);
    static QString normalise(QString text);

    // Compares with golden/<name>.txt (or writes it when PIPES_UPDATE_GOLDEN=1).
    // On a mismatch, `why` names the first differing line and where the
    // actual transcript was saved.
    static bool matchesGolden(const QString &name, const CliRun &run, QString *why);
};
