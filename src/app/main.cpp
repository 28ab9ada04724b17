// pipes-admin: parses options, wires the objects, shows the window. Nothing else.

#include "widgets/AppPalette.h"
#include "audit/AuditCredentials.h"
#include "audit/AuditLog.h"
#include "config/ConnectionResolver.h"
#include "session/EnvironmentConnector.h"
#include "config/EnvironmentStore.h"
#include "gui/MainWindow.h"
#include "config/ProvisioningFile.h"
#include "widgets/QtPrompter.h"
#include "sandbox/SandboxServer.h"
#include "config/SecretStore.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {
void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PipesAdmin"));
    QCoreApplication::setApplicationName(QStringLiteral("pipes-admin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIPES_ADMIN_VERSION));
}

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Start an in-process sandbox with demo data and use it (no configuration, no API "
                               "key, the keychain is not touched).")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Support desk for WorkOS Pipes connected accounts.\n\n"
           "Environments and their API keys are managed in Settings (Ctrl+,); keys live in the system keychain.\n"
           "Environment variables: PIPES_ADMIN_ENVIRONMENT, PIPES_ADMIN_BASE_URL and WORKOS_API_KEY (the key "
           "is never accepted on the command line). See the README for the precedence."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOptions(ConnectionResolver::commandLineOptions());
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
        Translations::install(core);
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // The platform's palette unless PIPES_ADMIN_PALETTE=dark|light (for looking at both; not in --help).
    AppPalette::apply(AppPalette::fromName(qEnvironmentVariable("PIPES_ADMIN_PALETTE")));
    Translations::install(app);
    QApplication::setDesktopFileName(QStringLiteral("dev.pipesadmin.PipesAdmin"));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);
    const bool demoOnly = parser.isSet(options.demo);

    QNetworkAccessManager nam;
    QSettings settings; // window layout, recent users, the user's environments; never a key
    std::unique_ptr<SandboxServer> sandbox;

    // --demo never reads the keychain or the configured environments.
    std::unique_ptr<EnvironmentStore> store;
    std::unique_ptr<SecretStore> secrets;
    if (!demoOnly) {
        store = std::make_unique<EnvironmentStore>(&settings, ProvisioningFile::locateSystemFile());
        secrets = std::make_unique<SecretStore>();
    }

    ConnectorDependencies dependencies;
    dependencies.nam = &nam;
    dependencies.store = store.get();
    dependencies.secrets = secrets.get();
    if (!demoOnly)
        dependencies.request = ConnectionResolver::requestFrom(parser, QProcessEnvironment::systemEnvironment());
    dependencies.startDemo = [&sandbox]() -> std::optional<DemoEndpoint> {
        if (!sandbox) {
            auto server = std::make_unique<SandboxServer>(SandboxOptions{});
            if (server->listen() == 0) {
                std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "pipes-admin: could not start the demo sandbox on 127.0.0.1.")));
                return std::nullopt;
            }
            sandbox = std::move(server);
        }
        return DemoEndpoint{sandbox->baseUrl(), sandbox->apiKey()};
    };
    EnvironmentConnector connector(std::move(dependencies),
                                   demoOnly ? ConnectorMode::DemoOnly : ConnectorMode::Workstation);
    QObject::connect(&connector, &EnvironmentConnector::failed, &app, [](const ConnectionProblem &problem) {
        if (problem.reason == ConnectionProblem::Reason::Refused)
            std::fprintf(stderr, "pipes-admin: %s\n", qPrintable(problem.message));
    });

    // One audit log for the process, opened before anything can be sent. When it
    // cannot be opened the window says so and keeps disconnect, connect links
    // and batch disconnects off: nothing is ever sent unaudited.
    // The provisioning file's [audit] database or PIPES_ADMIN_AUDIT_DATABASE
    // (postgresql://...) names a shared store; PIPES_ADMIN_AUDIT_DB another file, as for pipes-admin-cli.
    // Its PostgreSQL password: libpq's own sources, then the keychain entry
    // Settings stores (read asynchronously; events are processed meanwhile).
    // The records name the operator's display name from Settings when set.
    AuditLog auditLog(AuditLocation::fromProcess());
    auditLog.setOperatorName(AuditCredentials::operatorName(settings));
    if (auditLog.isShared() && !demoOnly)
        auditLog.setPasswordSource([&auditLog] { return AuditCredentials::readPassword(auditLog.location()); });
    QString auditProblem;
    if (!auditLog.open(&auditProblem))
        std::fprintf(stderr, "pipes-admin: %s\n", qPrintable(auditProblem));

    QtPrompter prompter;
    MainWindowDependencies windowDependencies{&connector, &prompter, &settings, ConnectionTester()};
    windowDependencies.auditLog = &auditLog;
    windowDependencies.auditProblem = auditProblem;
    MainWindow window(windowDependencies);
    window.show();
    return QApplication::exec();
}
