// pipes-admin: parses options, wires the objects, shows the window. Nothing else.

#include "MainWindow.h"
#include "QtPrompter.h"
#include "SafeUrl.h"
#include "SandboxServer.h"
#include "WorkOsClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("main", text);
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PipesAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pipes-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIPES_ADMIN_VERSION));
}

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("Start an in-process sandbox with demo data and use it (no API key needed).")};
    QCommandLineOption baseUrl{QStringLiteral("base-url"),
                               tr("The WorkOS API base URL (default: $PIPES_ADMIN_BASE_URL or https://api.workos.com)."),
                               tr("url")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(tr("Support desk for WorkOS Pipes connected accounts.\n\n"
                                        "The API key is read from the environment variable WORKOS_API_KEY."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.baseUrl);
}

bool wantsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsInformationOnly(argc, argv)) {
        // --help and --version work without a display.
        QCoreApplication core(argc, argv);
        setApplicationNames();
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Pipes Admin"));
    QApplication::setDesktopFileName(QStringLiteral("pipes-admin"));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &baseUrlOption = options.baseUrl;

    QNetworkAccessManager nam;
    ClientConfig config;
    EnvironmentInfo environment;
    std::unique_ptr<SandboxServer> sandbox;

    if (parser.isSet(demoOption)) {
        sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
        if (sandbox->listen() == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("pipes-admin: could not start the demo sandbox on 127.0.0.1.")));
            return 1;
        }
        config.baseUrl = sandbox->baseUrl();
        config.apiKey = sandbox->apiKey();
        environment.kind = EnvironmentInfo::Kind::Demo;
        environment.name = tr("Demo sandbox");
    } else {
        QString base = parser.value(baseUrlOption);
        if (base.isEmpty())
            base = qEnvironmentVariable("PIPES_ADMIN_BASE_URL");
        if (!base.isEmpty())
            config.baseUrl = QUrl(base, QUrl::StrictMode);
        config.apiKey = qEnvironmentVariable("WORKOS_API_KEY").trimmed();
        QString why;
        if (!SafeUrl::isAcceptableBaseUrl(config.baseUrl, &why)) {
            environment.kind = EnvironmentInfo::Kind::Unconfigured;
            environment.name = tr("Not configured");
            environment.setupMessage = tr("The base URL %1 is refused: %2").arg(base, why);
        } else if (config.apiKey.isEmpty()) {
            environment.kind = EnvironmentInfo::Kind::Unconfigured;
            environment.name = tr("Not configured");
            environment.setupMessage = tr("Set the environment variable WORKOS_API_KEY to your WorkOS API key "
                                          "(sk_test_… or sk_live_…) and start again, or run \"pipes-admin --demo\" "
                                          "to try it with demo data.");
        } else if (config.apiKey.startsWith(QLatin1String("sk_live_"))) {
            environment.kind = EnvironmentInfo::Kind::Production;
            environment.name = tr("Production");
        } else if (config.apiKey.startsWith(QLatin1String("sk_test_"))) {
            environment.kind = EnvironmentInfo::Kind::Test;
            environment.name = tr("Staging (test key)");
        } else {
            environment.kind = EnvironmentInfo::Kind::Custom;
            environment.name = config.baseUrl.host();
        }
    }
    environment.baseUrl = config.baseUrl.toString();

    WorkOsClient client(&nam, config);
    QtPrompter prompter;
    QSettings settings;
    MainWindow window(MainWindowDependencies{&client, &prompter, &settings, environment});
    window.show();
    return QApplication::exec();
}
