// pipes-admin-cli: WorkOS Pipes connected accounts from a terminal.
// Exit codes: see ExitCode.h (and `pipes-admin-cli --help`).

#include "cli/CliApp.h"
#include "core/Translations.h"
#include "cli/UrlOpener.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {
// QGuiApplication aborts without a display; only try when a session exists.
bool hasDesktopSession()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}
} // namespace

int main(int argc, char **argv)
{
    // QDesktopServices needs a QGuiApplication: only for --open, so every
    // other command runs without a display.
    std::unique_ptr<QCoreApplication> app;
    if (CliApp::wantsBrowser(argc, argv) && hasDesktopSession())
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pipes-admin-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PIPES_ADMIN_VERSION));
    Translations::install(*app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Test seam: with PIPES_ADMIN_OPEN_LOG set, links are appended to that file instead of opened.
    const UrlOpener opener(qEnvironmentVariable("PIPES_ADMIN_OPEN_LOG"));
    CliApp cli(CliEnvironment::fromProcess(), out, err, opener);
    return cli.run(QCoreApplication::arguments());
}
