// Benchmark 5: start-up and footprint.
//  - Time to the first shown main window: this program re-executes itself
//    with --child-window, which wires the window exactly as src/app/main.cpp
//    does in --demo mode and reports when the first frame has been painted;
//    measured from just before the exec (dynamic loading included), under the
//    offscreen platform and under Xvfb (when Xvfb is installed).
//  - Idle RSS of the real pipes-admin --demo, 3 s after start.
//  - `pipes-admin-cli users --email E` end to end against the official
//    `workos` CLI 0.14.0 (`workos user list --email E`, pointed at the same
//    pipes-sandbox through `workos env add --endpoint`) and against curl.
//  - `pipes-admin-cli providers USER` (a user with several connections per
//    provider) end to end and its peak RSS (wait4's ru_maxrss of the child),
//    against curl of the same request.

#include "BenchSupport.h"

#include "session/EnvironmentConnector.h"
#include "gui/MainWindow.h"
#include "widgets/QtPrompter.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#ifndef PIPES_BENCH_SOURCE_DIR
#define PIPES_BENCH_SOURCE_DIR "."
#endif

namespace {

// Reports the end of the first event-loop pass after the first paint.
class FirstFrameFilter final : public QObject
{
public:
    using QObject::QObject;
    double shownAt = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                shownAt = Bench::nowMs();
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

// The window as src/app/main.cpp builds it with --demo.
int childWindow(int argc, char *argv[])
{
    const double mainAt = Bench::nowMs();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PipesAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pipes-admin"));
    QNetworkAccessManager nam;
    QSettings settings;
    std::unique_ptr<SandboxServer> sandbox;
    ConnectorDependencies dependencies;
    dependencies.nam = &nam;
    dependencies.startDemo = [&sandbox]() -> std::optional<DemoEndpoint> {
        if (!sandbox) {
            auto server = std::make_unique<SandboxServer>(SandboxOptions{});
            if (server->listen() == 0)
                return std::nullopt;
            sandbox = std::move(server);
        }
        return DemoEndpoint{sandbox->baseUrl(), sandbox->apiKey()};
    };
    EnvironmentConnector connector(std::move(dependencies), ConnectorMode::DemoOnly);
    QtPrompter prompter;
    FirstFrameFilter filter;
    app.installEventFilter(&filter);
    MainWindow window(MainWindowDependencies{&connector, &prompter, &settings, ConnectionTester()});
    window.show();
    QTimer::singleShot(20000, &app, [] { QCoreApplication::exit(3); });
    const int code = QApplication::exec();
    app.removeEventFilter(&filter);
    QJsonObject o;
    o[QStringLiteral("mainAt")] = mainAt;
    o[QStringLiteral("shownAt")] = filter.shownAt;
    o[QStringLiteral("visible")] = window.isVisible();
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return code;
}

QProcessEnvironment cleanEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.remove(QStringLiteral("PIPES_BENCH_SMOKE"));
    return env;
}

// One first-window measurement: ms from exec to the first painted frame, and to main().
bool firstWindow(const QProcessEnvironment &env, double *totalMs, double *toMainMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    const double t0 = Bench::nowMs();
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-window")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        Bench::note(QStringLiteral("child window failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    if (!o.value(QStringLiteral("visible")).toBool())
        return false;
    *totalMs = o.value(QStringLiteral("shownAt")).toDouble() - t0;
    *toMainMs = o.value(QStringLiteral("mainAt")).toDouble() - t0;
    return *totalMs > 0;
}

// An Xvfb server on a free display, for the life of this object.
class Xvfb final
{
public:
    Xvfb()
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (program.isEmpty())
            return;
        for (int n = 91; n < 120; ++n) {
            if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))
                || QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_process.start(program, {QStringLiteral(":%1").arg(n), QStringLiteral("-screen"), QStringLiteral("0"),
                                      QStringLiteral("1400x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            m_process.waitForStarted(5000);
            for (int i = 0; i < 100 && m_process.state() == QProcess::Running; ++i) {
                if (QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n))) {
                    m_display = QStringLiteral(":%1").arg(n);
                    QThread::msleep(100);
                    return;
                }
                QThread::msleep(50);
            }
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    ~Xvfb()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }
    Xvfb(const Xvfb &) = delete;
    Xvfb &operator=(const Xvfb &) = delete;
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

// RSS of the real pipes-admin --demo after `idleMs` of idling.
qint64 idleRss(const QProcessEnvironment &env, int idleMs)
{
    const QString program = Bench::ourProgram(QStringLiteral("pipes-admin"));
    if (program.isEmpty())
        return -1;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("--demo")});
    if (!p.waitForStarted(10000))
        return -1;
    QThread::msleep(ulong(idleMs));
    const qint64 kb = p.state() == QProcess::Running ? Bench::rssKb(p.processId()) : -1;
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished();
    }
    return kb;
}

// Wall ms of one command, or -1 when it fails or its output lacks `expect`.
double timeCommand(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   const QByteArray &expect)
{
    QProcess p;
    p.setProcessEnvironment(env);
    const double t0 = Bench::nowMs();
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    const double elapsed = Bench::nowMs() - t0;
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitCode() != 0 || !out.contains(expect)) {
        Bench::note(QStringLiteral("%1 failed (exit %2): %3 %4")
                        .arg(program)
                        .arg(p.exitCode())
                        .arg(QString::fromUtf8(out.left(300)), QString::fromUtf8(p.readAllStandardError().left(300))));
        return -1;
    }
    return elapsed;
}

// One run of a program with its own rusage: wall ms and peak RSS (KiB) of
// that child alone (wait4), stdout checked for `expect`. false on failure.
bool spawnMeasured(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                   const QByteArray &expect, double *wallMs, long *peakKb)
{
    QList<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString &a : args)
        argStore << a.toLocal8Bit();
    QList<QByteArray> envStore;
    for (const QString &e : env.toStringList())
        envStore << e.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    int out[2];
    if (pipe(out) != 0)
        return false;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    posix_spawn_file_actions_addclose(&actions, out[1]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const double t0 = Bench::nowMs();
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        return false;
    }
    QByteArray output;
    char buffer[65536];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, n);
    close(out[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    *wallMs = Bench::nowMs() - t0;
    *peakKb = usage.ru_maxrss;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !output.contains(expect)) {
        Bench::note(QStringLiteral("%1 failed (status %2): %3").arg(program).arg(status).arg(QString::fromUtf8(output.left(300))));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--child-window")
            return childWindow(argc, argv);
    }
    const bool smoke = Bench::smokeMode(argc, argv);
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    const QProcessEnvironment base = cleanEnvironment(home.path());
    const int repeats = smoke ? 2 : Bench::runs(15);
    const QString bench = QStringLiteral("5 Start-up");

    // --- first window ---
    struct Platform final
    {
        QString name;
        QProcessEnvironment env;
    };
    QList<Platform> platforms;
    {
        QProcessEnvironment env = base;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        platforms << Platform{QStringLiteral("offscreen"), env};
    }
    std::unique_ptr<Xvfb> xvfb;
    if (!smoke) {
        xvfb = std::make_unique<Xvfb>();
        if (xvfb->display().isEmpty()) {
            Bench::note(QStringLiteral("Xvfb not available: the Xvfb rows are skipped"));
        } else {
            QProcessEnvironment env = base;
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), xvfb->display());
            platforms << Platform{QStringLiteral("Xvfb"), env};
        }
    }
    for (const Platform &platform : platforms) {
        QList<double> total, toMain;
        double t = 0, m = 0;
        firstWindow(platform.env, &t, &m); // warm the page cache
        for (int r = 0; r < repeats; ++r) {
            if (!firstWindow(platform.env, &t, &m))
                Bench::fail(QStringLiteral("no first window under %1").arg(platform.name));
            total << t;
            toMain << m;
        }
        const Bench::Stats s = Bench::stats(total);
        const Bench::Stats sm = Bench::stats(toMain);
        Bench::row(bench, QStringLiteral("exec → first painted main window (%1, --demo)").arg(platform.name),
                   Bench::num(s.median, 1) + QStringLiteral(" ms"), Bench::spread(s, 1),
                   QStringLiteral("of which exec → main(): %1 ms").arg(Bench::num(sm.median, 1)),
                   QStringLiteral("< 300 ms: %1").arg(s.median < 300 ? QStringLiteral("met") : QStringLiteral("missed")));
    }

    // --- idle RSS of the real program ---
    for (const Platform &platform : platforms) {
        QList<double> rss;
        for (int r = 0; r < (smoke ? 1 : 3); ++r) {
            const qint64 kb = idleRss(platform.env, smoke ? 1500 : 3000);
            if (kb <= 0)
                Bench::fail(QStringLiteral("no idle RSS"));
            rss << double(kb) / 1024.0;
        }
        const Bench::Stats s = Bench::stats(rss);
        Bench::row(bench, QStringLiteral("pipes-admin --demo idle RSS (%1, %2 s after start)")
                              .arg(platform.name, smoke ? QStringLiteral("1.5") : QStringLiteral("3")),
                   Bench::num(s.median, 1) + QStringLiteral(" MB"), Bench::spread(s, 1), QString(),
                   QStringLiteral("< 80 MB: %1").arg(s.median < 80 ? QStringLiteral("met") : QStringLiteral("missed")));
    }
    xvfb.reset();

    // --- CLI end to end ---
    Bench::SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")}))
        Bench::fail(QStringLiteral("pipes-sandbox did not start"));
    const QString key = QStringLiteral("sk_test_sandbox");
    const QString email = QStringLiteral("alice@acme.com");
    const QByteArray aliceId = "user_01H00000000012PBHEDEF4EVRB";
    QProcessEnvironment cliEnv = base;
    cliEnv.remove(QStringLiteral("DISPLAY"));
    cliEnv.remove(QStringLiteral("QT_QPA_PLATFORM"));
    cliEnv.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), sandbox.baseUrl().toString());
    cliEnv.insert(QStringLiteral("WORKOS_API_KEY"), key);
    cliEnv.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), home.filePath(QStringLiteral("audit.sqlite3")));
    const QString ours = Bench::ourProgram(QStringLiteral("pipes-admin-cli"));
    Bench::check(!ours.isEmpty(), QStringLiteral("pipes-admin-cli not found"));

    // The official CLI, configured (in this private HOME) with the sandbox as its endpoint.
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString workosBin = QDir(QStringLiteral(PIPES_BENCH_SOURCE_DIR)).filePath(QStringLiteral("node_modules/workos/dist/bin.js"));
    QProcessEnvironment workosEnv = cliEnv;
    workosEnv.remove(QStringLiteral("WORKOS_API_KEY")); // the stored environment's key
    workosEnv.insert(QStringLiteral("WORKOS_TELEMETRY"), QStringLiteral("false"));
    workosEnv.insert(QStringLiteral("WORKOS_NO_PROMPT"), QStringLiteral("1"));
    bool haveWorkos = !node.isEmpty() && QFileInfo::exists(workosBin);
    if (haveWorkos) {
        QProcess setup;
        setup.setProcessEnvironment(workosEnv);
        setup.start(node, {workosBin, QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("bench"), key,
                           QStringLiteral("--endpoint"), sandbox.baseUrl().toString(), QStringLiteral("--insecure-storage")});
        setup.waitForFinished(60000);
        if (setup.exitCode() != 0) {
            Bench::note(QStringLiteral("workos env add failed: %1").arg(QString::fromUtf8(setup.readAllStandardError())));
            haveWorkos = false;
        }
    } else {
        Bench::note(QStringLiteral("workos CLI not installed (npm ci in tests/bench): its row is skipped"));
    }
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    const QString usersUrl = sandbox.baseUrl().toString() + QStringLiteral("/user_management/users?email=alice%40acme.com");

    QList<double> oursMs, workosMs, curlMs;
    const int cliRuns = smoke ? 2 : Bench::runs(15);
    for (int r = -1; r < cliRuns; ++r) { // r == -1: warm-up
        const double o = timeCommand(ours, {QStringLiteral("users"), QStringLiteral("--email"), email}, cliEnv, aliceId);
        Bench::check(o > 0, QStringLiteral("pipes-admin-cli users failed"));
        double w = -1;
        if (haveWorkos)
            w = timeCommand(node, {workosBin, QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--email"), email,
                                   QStringLiteral("--insecure-storage")},
                            workosEnv, aliceId);
        double c = -1;
        if (!curl.isEmpty())
            c = timeCommand(curl, {QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + key, usersUrl},
                            cliEnv, aliceId);
        if (r < 0)
            continue;
        oursMs << o;
        if (w > 0)
            workosMs << w;
        if (c > 0)
            curlMs << c;
    }
    const Bench::Stats so = Bench::stats(oursMs);
    QStringList versus;
    if (!workosMs.isEmpty())
        versus << QStringLiteral("×%1 workos CLI").arg(Bench::num(so.median / Bench::stats(workosMs).median));
    if (!curlMs.isEmpty())
        versus << QStringLiteral("×%1 curl").arg(Bench::num(so.median / Bench::stats(curlMs).median));
    Bench::row(bench, QStringLiteral("`pipes-admin-cli users --email E` end to end"), Bench::num(so.median, 1) + QStringLiteral(" ms"),
               Bench::spread(so, 1), versus.join(QStringLiteral(", ")));
    if (!workosMs.isEmpty()) {
        const Bench::Stats s = Bench::stats(workosMs);
        Bench::row(bench, QStringLiteral("`workos user list --email E` (workos@0.14.0, node)"),
                   Bench::num(s.median, 1) + QStringLiteral(" ms"), Bench::spread(s, 1), QStringLiteral("peer"));
    }
    if (!curlMs.isEmpty()) {
        const Bench::Stats s = Bench::stats(curlMs);
        Bench::row(bench, QStringLiteral("curl of GET /user_management/users?email=E"), Bench::num(s.median, 1) + QStringLiteral(" ms"),
                   Bench::spread(s, 1), QStringLiteral("floor"));
    }

    // `providers USER`: Alice has three GitHub connections, a standard HubSpot one, a labelled Linear one.
    {
        const QString alice = QString::fromLatin1(aliceId);
        const QString providersUrl = sandbox.baseUrl().toString() + QStringLiteral("/user_management/users/") + alice
            + QStringLiteral("/data_providers?supports_multiple_connections=true");
        QList<double> wall, curlWall, peak, curlPeak;
        for (int r = -1; r < cliRuns; ++r) { // r == -1: warm-up
            double w = 0, cw = 0;
            long kb = 0, ckb = 0;
            Bench::check(spawnMeasured(ours, {QStringLiteral("providers"), alice}, cliEnv, "github", &w, &kb),
                         QStringLiteral("pipes-admin-cli providers failed"));
            const bool haveCurl = !curl.isEmpty()
                && spawnMeasured(curl, {QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + key,
                                        providersUrl},
                                 cliEnv, "connected_accounts", &cw, &ckb);
            if (r < 0)
                continue;
            wall << w;
            peak << double(kb) / 1024.0;
            if (haveCurl) {
                curlWall << cw;
                curlPeak << double(ckb) / 1024.0;
            }
        }
        const Bench::Stats sw = Bench::stats(wall);
        const Bench::Stats sp = Bench::stats(peak);
        const QString measure = QStringLiteral("`pipes-admin-cli providers USER` (3+1+1 connections) end to end");
        if (!curlWall.isEmpty()) {
            const Bench::Stats sc = Bench::stats(curlWall);
            const double ratio = sw.median / sc.median;
            Bench::row(bench, measure, Bench::num(sw.median, 1) + QStringLiteral(" ms"), Bench::spread(sw, 1),
                       QStringLiteral("×%1 curl (%2 ms)").arg(Bench::num(ratio), Bench::num(sc.median, 1)),
                       QStringLiteral("≤ 3× curl: %1").arg(ratio <= 3.0 ? QStringLiteral("met") : QStringLiteral("missed")));
            const Bench::Stats scp = Bench::stats(curlPeak);
            Bench::row(bench, QStringLiteral("curl of GET …/data_providers?supports_multiple_connections=true"),
                       Bench::num(sc.median, 1) + QStringLiteral(" ms"), Bench::spread(sc, 1),
                       QStringLiteral("floor; curl's peak RSS %1 MiB").arg(Bench::num(scp.median, 1)));
        } else {
            Bench::row(bench, measure, Bench::num(sw.median, 1) + QStringLiteral(" ms"), Bench::spread(sw, 1),
                       QStringLiteral("curl missing"), QStringLiteral("≤ 3× curl: n/a"));
        }
        Bench::row(bench, QStringLiteral("`pipes-admin-cli providers USER` peak RSS (ru_maxrss)"),
                   Bench::num(sp.median, 1) + QStringLiteral(" MiB"), Bench::spread(sp, 1), QString(),
                   QStringLiteral("≤ 25 MiB: %1").arg(sp.median <= 25.0 ? QStringLiteral("met") : QStringLiteral("missed")));
    }
    return sandbox.stop() > 0 ? 0 : 1;
}

