// pipes-sandbox: the WorkOS-compatible sandbox API on a port, for people,
// demos and benchmarks. Runs until SIGINT or SIGTERM.

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const char byte = char(signalNumber);
    // Async-signal-safe: just wake the event loop.
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGINT/SIGTERM end the event loop through a socket pair watched by the loop.
bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier, &app] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto bytesRead = ::read(signalPipe[1], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}
#else
void onSignal(int)
{
    QCoreApplication::quit(); // best effort where there is no self-pipe
}

bool installSignalHandlers(QCoreApplication &)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return true;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pipes-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIPES_ADMIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A WorkOS-compatible sandbox API for Pipes Admin: users, organizations, memberships,\n"
        "data providers and connected accounts, with fault injection under /_sandbox/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringList{QStringLiteral("p"), QStringLiteral("port")},
                                        QStringLiteral("Port to listen on; 0 picks a free one (default 4010)."),
                                        QStringLiteral("port"), QStringLiteral("4010"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Data set: demo, empty or large:N (N users; default demo)."),
                                        QStringLiteral("seed"), QStringLiteral("demo"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
                                           QStringLiteral("Milliseconds from an API request's arrival to its answer, the answer's own work included (default 0)."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption keyOption(QStringLiteral("api-key"),
                                       QStringLiteral("The API key clients must send as a Bearer token (default sk_test_sandbox)."),
                                       QStringLiteral("key"), QStringLiteral("sk_test_sandbox"));
    const QCommandLineOption rateOption(QStringLiteral("enforce-rate-limits"),
                                        QStringLiteral("Answer 429 with Retry-After past WorkOS's published limits."));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address to bind (default 127.0.0.1)."),
                                          QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption singleOption(QStringLiteral("no-multiple-connections"),
                                          QStringLiteral("Act like a team without additional connections: connection_intent \"add\"\n"
                                                         "answers 404 multiple_connections_unavailable when the owner already has one."));
    parser.addOptions({portOption, seedOption, latencyOption, keyOption, rateOption, listenOption, singleOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "pipes-sandbox: --port must be a number between 0 and 65535\n";
        return 2;
    }
    SandboxOptions options;
    options.seed = parser.value(seedOption);
    if (!SandboxSeed::isValidSpec(options.seed)) {
        err << "pipes-sandbox: --seed must be demo, empty or large:N\n";
        return 2;
    }
    options.latencyMs = parser.value(latencyOption).toInt(&ok);
    if (!ok || options.latencyMs < 0) {
        err << "pipes-sandbox: --latency must be a number of milliseconds >= 0\n";
        return 2;
    }
    options.apiKey = parser.value(keyOption);
    if (options.apiKey.isEmpty()) {
        err << "pipes-sandbox: --api-key must not be empty\n";
        return 2;
    }
    options.enforceRateLimits = parser.isSet(rateOption);
    if (parser.isSet(singleOption))
        options.multipleConnections = SandboxMultipleConnections::Unavailable;
    const QHostAddress address(parser.value(listenOption));
    if (address.isNull()) {
        err << "pipes-sandbox: --listen must be an IP address\n";
        return 2;
    }

    if (!installSignalHandlers(app)) {
        err << "pipes-sandbox: cannot install signal handlers\n";
        return 1;
    }

    SandboxServer server(options);
    if (server.listen(address, quint16(port)) == 0) {
        err << "pipes-sandbox: cannot listen on " << address.toString() << ':' << port << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "Pipes sandbox listening on " << server.baseUrl().toString() << '\n'
        << "API key: " << server.apiKey() << '\n';
    out.flush();
    std::fflush(stdout);

    const int code = app.exec();
    out << "Pipes sandbox stopped after " << server.requestCount() << " API requests\n";
    out.flush();
    return code;
}
