#pragma once

// Shared by the benchmark executables: smoke mode, statistics, Markdown rows,
// memory figures, and a pipes-sandbox child process.
//
// A benchmark prints figures; it is not a timed test. In smoke mode (argument
// --smoke, or PIPES_BENCH_SMOKE=1 as ctest sets it) each benchmark does a tiny
// amount of work and only checks that it produced sane figures.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <unistd.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Bench {

inline bool smokeMode(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--smoke")
            return true;
    }
    return qEnvironmentVariableIntValue("PIPES_BENCH_SMOKE") == 1;
}

// The value of "--name value" on the command line, or an empty string.
inline QString argument(int argc, char *argv[], const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == name)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return QString();
}

// Repetitions: $PIPES_BENCH_RUNS when set, else the benchmark's default.
inline int runs(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PIPES_BENCH_RUNS", &ok);
    return ok && n > 0 ? n : fallback;
}

inline double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the calling thread: what a measured step itself costs, which
// other processes on a loaded machine do not stretch as they stretch the wall time.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Stats final
{
    double median = 0;
    double min = 0;
    double max = 0;
    double p10 = 0;
    double p90 = 0;
    int n = 0;
};

inline double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const double pos = p * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(pos));
    const auto hi = qsizetype(std::ceil(pos));
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (pos - double(lo));
}

inline Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.n = int(values.size());
    s.min = values.first();
    s.max = values.last();
    s.median = percentile(values, 0.5);
    s.p10 = percentile(values, 0.1);
    s.p90 = percentile(values, 0.9);
    return s;
}

inline QString num(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

// "1.23–4.56 (n=5)": min–max for a handful of runs, p10–p90 for many samples.
inline QString spread(const Stats &s, int decimals = 2)
{
    if (s.n >= 20)
        return QStringLiteral("p10–p90 %1–%2 (n=%3)").arg(num(s.p10, decimals), num(s.p90, decimals)).arg(s.n);
    return QStringLiteral("%1–%2 (n=%3)").arg(num(s.min, decimals), num(s.max, decimals)).arg(s.n);
}

// One row of the report table:
// | Benchmark | Measure | Median | Spread | Versus | Target |
inline void row(const QString &benchmark, const QString &measure, const QString &median, const QString &spreadText,
                const QString &versus = QString(), const QString &target = QString())
{
    const QStringList cells{benchmark, measure, median, spreadText, versus, target};
    QString line = QStringLiteral("|");
    for (const QString &c : cells)
        line += QLatin1Char(' ') + (c.isEmpty() ? QStringLiteral("") : c) + QStringLiteral(" |");
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

inline void note(const QString &text)
{
    std::fprintf(stderr, "[bench] %s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

[[noreturn]] inline void fail(const QString &text)
{
    std::fprintf(stderr, "[bench] FAILED: %s\n", text.toUtf8().constData());
    std::fflush(stderr);
    std::exit(1);
}

inline void check(bool condition, const QString &what)
{
    if (!condition)
        fail(what);
}

// Kilobytes from /proc/<pid>/status ("VmRSS", "VmHWM").
inline qint64 procStatusKb(const QByteArray &field, qint64 pid = 0)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field + ':')) {
            const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
            return parts.value(0).toLongLong();
        }
    }
    return -1;
}

inline qint64 rssKb(qint64 pid = 0)
{
    return procStatusKb(QByteArrayLiteral("VmRSS"), pid);
}

inline qint64 peakRssKb()
{
    return procStatusKb(QByteArrayLiteral("VmHWM"));
}

// Give freed heap back to the system so RSS shows what is still held.
inline void trimHeap()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// A program of ours: next to this executable (bin/tests/..) or in bin/.
inline QString ourProgram(const QString &name)
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(name), here.filePath(QStringLiteral("../") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return QString();
}

// pipes-sandbox as a separate process (its own thread of execution, so it is
// not competing with the client for one event loop).
class SandboxProcess final
{
public:
    SandboxProcess() = default;
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;
    ~SandboxProcess() { stop(); }

    bool start(const QStringList &arguments)
    {
        const QString program = ourProgram(QStringLiteral("pipes-sandbox"));
        if (program.isEmpty()) {
            note(QStringLiteral("pipes-sandbox not found next to %1").arg(QCoreApplication::applicationDirPath()));
            return false;
        }
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        static const QRegularExpression listening(QStringLiteral("listening on (http://\\S+)"));
        while (timer.elapsed() < 30000) {
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                return false;
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_baseUrl = QUrl(match.captured(1));
                return true;
            }
        }
        return false;
    }

    // SIGTERM; returns the API request count the sandbox reports (-1 if unknown).
    int stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_requests;
        m_process.terminate();
        m_process.waitForFinished(10000);
        static const QRegularExpression stopped(QStringLiteral("stopped after (\\d+) API requests"));
        const auto match = stopped.match(QString::fromUtf8(m_process.readAllStandardOutput()));
        m_requests = match.hasMatch() ? match.captured(1).toInt() : -1;
        return m_requests;
    }

    QUrl baseUrl() const { return m_baseUrl; }
    qint64 pid() const { return m_process.processId(); }

    // CPU seconds (user + system) the sandbox has used so far, from /proc.
    double cpuSeconds() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid()));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray text = f.readAll();
        // Fields after the ")" that ends the command name: state is field 3, utime 14, stime 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        const long ticks = sysconf(_SC_CLK_TCK);
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(ticks > 0 ? ticks : 100);
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    int m_requests = -1;
};

inline QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace Bench
