#include "CliHarness.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

namespace {
// Shell-like quoting for the transcript, so "Git Hub" reads as one argument.
QString quoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString escaped = argument;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}
} // namespace

QProcessEnvironment CliHarness::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"WORKOS_API_KEY", "PIPES_ADMIN_BASE_URL", "PIPES_ADMIN_ENVIRONMENT", "PIPES_ADMIN_OPEN_LOG",
                             "PIPES_ADMIN_AUDIT_DB", "PIPES_ADMIN_AUDIT_DATABASE", "PGPASSFILE", "QT_LOGGING_RULES"})
        environment.remove(QLatin1String(name));
    // No administrator's provisioning file of this machine may leak into a test.
    static QTemporaryDir systemConfigDir;
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), systemConfigDir.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // QGuiApplication (created for --open) warns on stderr without a private runtime dir.
    static QTemporaryDir runtimeDir;
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path());
    return environment;
}

CliRun CliHarness::run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    CliRun result;
    result.arguments = arguments;
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, [&loop, &result] {
        result.timedOut = true;
        loop.quit();
    });
    process.start(QStringLiteral(PIPES_CLI_PATH), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliHarness::normalise(QString text)
{
    static const QRegularExpression loopbackPort(QStringLiteral("(127\\.0\\.0\\.1|localhost):\\d+"));
    static const QRegularExpression requestId(QStringLiteral("req_[A-Za-z0-9]+"));
    text.replace(loopbackPort, QStringLiteral("\\1:<PORT>"));
    text.replace(requestId, QStringLiteral("req_<ID>"));
    static const QRegularExpression batchId(QStringLiteral("batch_[0-9a-f]{20}"));
    text.replace(batchId, QStringLiteral("batch_<ID>"));
    return text;
}

QString CliHarness::transcript(const CliRun &run)
{
    QString text;
    text += QStringLiteral("$ pipes-admin-cli");
    for (const QString &argument : run.arguments)
        text += QLatin1Char(' ') + quoted(argument);
    text += QLatin1Char('\n');
    text += QStringLiteral("exit: %1%2\n").arg(run.exitCode).arg(run.crashed ? QStringLiteral(" (crashed)") : QString());
    text += QStringLiteral("--- stdout\n") + run.out;
    if (!run.out.isEmpty() && !run.out.endsWith(QLatin1Char('\n')))
        text += QStringLiteral("\n[no newline at end]\n");
    text += QStringLiteral("--- stderr\n") + run.err;
    if (!run.err.isEmpty() && !run.err.endsWith(QLatin1Char('\n')))
        text += QStringLiteral("\n[no newline at end]\n");
    return normalise(text);
}

bool CliHarness::matchesGolden(const QString &name, const CliRun &run, QString *why)
{
    const QString actual = transcript(run);
    const QString path = QStringLiteral(PIPES_CLI_GOLDEN_DIR "/%1.txt").arg(name);
    if (qEnvironmentVariableIntValue("PIPES_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *why = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        file.write(actual.toUtf8());
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("missing golden file %1 (run with PIPES_UPDATE_GOLDEN=1 and review it)").arg(path);
        return false;
    }
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual)
        return true;

    const QString actualPath = QDir::temp().filePath(QStringLiteral("tst_cli_%1.actual.txt").arg(name));
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(actual.toUtf8());
    const QStringList want = expected.split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    qsizetype line = 0;
    while (line < want.size() && line < got.size() && want.at(line) == got.at(line))
        ++line;
    *why = QStringLiteral("%1 differs at line %2\n  expected: %3\n  actual:   %4\n(actual saved to %5)")
               .arg(name)
               .arg(line + 1)
               .arg(want.value(line, QStringLiteral("<end>")), got.value(line, QStringLiteral("<end>")), actualPath);
    return false;
}
