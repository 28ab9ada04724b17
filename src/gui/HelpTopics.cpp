#include "gui/HelpTopics.h"

#include "session/EnvironmentConnector.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

Notice HelpTopics::keyAndUrl(const EnvironmentConnector *connector)
{
    QStringList rules;
    rules << tr("For each, the first match wins:")
          << tr("• Environment: --environment NAME, then PIPES_ADMIN_ENVIRONMENT, then the environment last "
                "chosen in this window, then the administrator's default, then the first configured one. An "
                "unknown name is an error, never a silent fallback.")
          << tr("• Base URL: --base-url URL, then PIPES_ADMIN_BASE_URL, then the environment's own base URL "
                "(https; plain http only to this computer; overrides are refused when the administrator locked "
                "the environments).")
          << tr("• API key: WORKOS_API_KEY, then the key stored for the environment in the system keychain "
                "(Settings…). There is no command-line option for the key: command lines are visible to other "
                "users.")
          << tr("With no environment configured, WORKOS_API_KEY alone gives an environment for this session only "
                "(production unless the key starts with sk_test_). The overrides belong to the environment chosen "
                "at start: choosing another one in the selector uses its own URL and stored key.");
    QString now = tr("No environment is in use.");
    if (connector && connector->hasCurrent()) {
        const Environment &env = connector->current().environment;
        now = connector->keyOrigin().isEmpty()
            ? tr("In use now: %1 at %2.").arg(env.name, env.baseUrl.toDisplayString())
            : tr("In use now: %1 at %2, with the API key from %3.")
                  .arg(env.name, env.baseUrl.toDisplayString(), connector->keyOrigin());
    }
    return Notice{tr("Which key and URL are used"), rules.join(QStringLiteral("\n\n")), now,
                  Notice::Level::Information};
}

Notice HelpTopics::keyboardShortcuts(const QWidget *window)
{
    // The menus' entries (every command of the window is in a menu), each once.
    QStringList lines;
    QList<QAction *> pending;
    for (const QMenuBar *bar : window->findChildren<QMenuBar *>())
        pending += bar->actions();
    while (!pending.isEmpty()) {
        const QAction *action = pending.takeFirst();
        if (action->menu())
            pending += action->menu()->actions();
        if (action->shortcut().isEmpty() || action->text().isEmpty() || action->isSeparator())
            continue;
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QChar(0x2026));
        const QString line = tr("%1 — %2").arg(action->shortcut().toString(QKeySequence::NativeText), name);
        if (!lines.contains(line))
            lines.append(line);
    }
    lines << tr("%1 — disconnect the selected provider (in the providers table)")
                 .arg(QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText))
          << tr("Enter or double-click — open the selected user, or the user of a History record")
          << tr("Ctrl+C — copy the selected ids or text")
          << tr("Alt + the underlined letter — the button or field it names")
          << tr("Esc or Ctrl+W — close History; Esc closes a dialog");
    return Notice{tr("Keyboard shortcuts"), lines.join(QLatin1Char('\n')), QString(), Notice::Level::Information};
}
