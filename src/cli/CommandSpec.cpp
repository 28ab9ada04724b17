#include "CommandSpec.h"

#include "TableFormatter.h"

namespace {
QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QStringList{name}, description, valueName);
}

QCommandLineOption flagOption(const QString &name, const QString &description)
{
    return QCommandLineOption(QStringList{name}, description);
}

QCommandLineOption organizationOption()
{
    return valueOption(QStringLiteral("organization"),
                       CommandSpecs::tr("Organization scope (org_...): for organization-owned providers, and for "
                                        "accounts a user holds per organization."),
                       QStringLiteral("ORG_ID"));
}

QString indented(const QString &text)
{
    QString result;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        result += QStringLiteral("  ") + line + QLatin1Char('\n');
    return result;
}

QString optionTable(const QList<QCommandLineOption> &options)
{
    TableFormatter table{QStringList()};
    for (const QCommandLineOption &option : options) {
        if (option.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        QStringList names;
        for (const QString &name : option.names())
            names.append(name.size() == 1 ? QStringLiteral("-") + name : QStringLiteral("--") + name);
        QString left = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        table.addRow({left, option.description()});
    }
    return indented(table.render());
}

QList<CommandSpec> makeSpecs()
{
    using S = CommandSpecs;
    const QString userId = QStringLiteral("USER_ID");
    const QString slug = QStringLiteral("SLUG");
    return {
        {QStringLiteral("users"), QStringLiteral("(--email ADDRESS | --organization ORG_ID) [--limit N] [--all]"),
         S::tr("Find users by email address or organization."),
         S::tr("Lists the users with an email address, or the members of an organization. Without --all only "
               "the first page is shown."),
         {},
         {valueOption(QStringLiteral("email"), S::tr("The user's email address."), QStringLiteral("ADDRESS")),
          valueOption(QStringLiteral("organization"), S::tr("List the members of this organization (org_...)."),
                      QStringLiteral("ORG_ID")),
          valueOption(QStringLiteral("limit"), S::tr("Users per page, 1 to 100 (WorkOS's default is 10)."),
                      QStringLiteral("N")),
          flagOption(QStringLiteral("all"),
                     S::tr("Follow the page cursors through every page (about 4 requests a second)."))}},
        {QStringLiteral("user"), QStringLiteral("USER_ID"), S::tr("Show one user."),
         S::tr("Shows a user's profile: email, name, verification, sign-in and timestamps."), {userId}, {}},
        {QStringLiteral("providers"), QStringLiteral("USER_ID [--organization ORG_ID]"),
         S::tr("List every provider with the user's connected account."),
         S::tr("Lists every provider configured in the environment with the user's connected account: status, "
               "ownership, granted scopes, missing scopes (configured but not granted) and timestamps."),
         {userId},
         {organizationOption()}},
        {QStringLiteral("account"), QStringLiteral("USER_ID SLUG [--organization ORG_ID]"),
         S::tr("Show one connected account."),
         S::tr("Shows the user's connected account for one provider (by slug, e.g. github)."),
         {userId, slug},
         {organizationOption()}},
        {QStringLiteral("disconnect"), QStringLiteral("USER_ID SLUG [--organization ORG_ID] --yes"),
         S::tr("Disconnect a connected account (removes its stored tokens)."),
         S::tr("Disconnects the user's account for one provider: WorkOS deletes the stored access and refresh "
               "tokens. Access is NOT revoked on the provider's side. Requires --yes."),
         {userId, slug},
         {organizationOption(), flagOption(QStringLiteral("yes"), S::tr("Confirm the disconnection."))}},
        {QStringLiteral("authorize-url"),
         QStringLiteral("USER_ID SLUG [--organization ORG_ID] [--return-to URL] [--open]"),
         S::tr("Create a link that (re)connects a provider for a user."),
         S::tr("Asks WorkOS for an authorization link the user opens to connect or reconnect a provider, and "
               "prints it. Only https links (or http on this computer) are printed or opened."),
         {userId, slug},
         {organizationOption(),
          valueOption(QStringLiteral("return-to"), S::tr("Where the browser goes after authorizing (https)."),
                      QStringLiteral("URL")),
          flagOption(QStringLiteral("open"), S::tr("Also open the link in the default browser."))}},
    };
}
} // namespace

const QList<CommandSpec> &CommandSpecs::all()
{
    static const QList<CommandSpec> specs = makeSpecs();
    return specs;
}

const CommandSpec *CommandSpecs::find(const QString &name)
{
    for (const CommandSpec &spec : all()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandSpecs::globalOptions()
{
    return {
        valueOption(QStringLiteral("base-url"),
                    tr("API base URL (default: $PIPES_ADMIN_BASE_URL, else https://api.workos.com)."),
                    QStringLiteral("URL")),
        flagOption(QStringLiteral("json"), tr("Print JSON (stable, sorted keys) instead of a table.")),
        flagOption(QStringLiteral("no-retry"), tr("Send each request once: no retries on 429, 5xx or timeouts.")),
        QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
        flagOption(QStringLiteral("version"), tr("Show the version.")),
    };
}

bool CommandSpecs::takesValue(const QString &argument)
{
    if (!argument.startsWith(QLatin1String("--")) || argument.contains(QLatin1Char('=')))
        return false;
    const QString name = argument.mid(2);
    for (const QCommandLineOption &option : globalOptions()) {
        if (option.names().contains(name))
            return !option.valueName().isEmpty();
    }
    for (const CommandSpec &spec : all()) {
        for (const QCommandLineOption &option : spec.options) {
            if (option.names().contains(name))
                return !option.valueName().isEmpty();
        }
    }
    return false;
}

QString CommandSpecs::programName()
{
    return QStringLiteral("pipes-admin-cli");
}

QString CommandSpecs::exitCodeHelp()
{
    // Keep in step with ExitCode.h.
    TableFormatter table{QStringList()};
    table.addRow({QStringLiteral("0"), tr("success")});
    table.addRow({QStringLiteral("1"), tr("no browser could be started (--open); the link was printed")});
    table.addRow({QStringLiteral("2"), tr("usage error, malformed id or slug (nothing sent), disconnect without --yes")});
    table.addRow({QStringLiteral("3"), tr("not found (HTTP 404)")});
    table.addRow({QStringLiteral("4"), tr("authentication: WORKOS_API_KEY missing, or HTTP 401/403")});
    table.addRow({QStringLiteral("5"), tr("other API error (other HTTP errors, malformed response)")});
    table.addRow({QStringLiteral("6"), tr("network error (timeout, connection refused, DNS, TLS)")});
    table.addRow({QStringLiteral("7"), tr("WorkOS returned an unsafe link: refused, not printed or opened")});
    return tr("Exit codes:") + QLatin1Char('\n') + indented(table.render());
}

QString CommandSpecs::mainHelp()
{
    TableFormatter commands{QStringList()};
    for (const CommandSpec &spec : all())
        commands.addRow({spec.name, spec.summary});
    TableFormatter environment{QStringList()};
    environment.addRow({QStringLiteral("WORKOS_API_KEY"), tr("the API key (required, never printed)")});
    environment.addRow({QStringLiteral("PIPES_ADMIN_BASE_URL"), tr("the API base URL; --base-url wins")});

    QString help;
    help += tr("Usage: %1 [--base-url URL] [--json] [--no-retry] COMMAND [ARGUMENTS]").arg(programName());
    help += QStringLiteral("\n\n");
    help += tr("Find WorkOS users and manage their Pipes connected accounts.") + QStringLiteral("\n\n");
    help += tr("Commands:") + QLatin1Char('\n') + indented(commands.render()) + QLatin1Char('\n');
    help += tr("Options:") + QLatin1Char('\n') + optionTable(globalOptions()) + QLatin1Char('\n');
    help += tr("Environment:") + QLatin1Char('\n') + indented(environment.render()) + QLatin1Char('\n');
    help += exitCodeHelp() + QLatin1Char('\n');
    help += tr("Run '%1 COMMAND --help' for a command's arguments.").arg(programName()) + QLatin1Char('\n');
    return help;
}

QString CommandSpecs::commandHelp(const CommandSpec &spec)
{
    QString help;
    help += tr("Usage: %1 [global options] %2 %3").arg(programName(), spec.name, spec.synopsis);
    help += QStringLiteral("\n\n") + spec.description + QStringLiteral("\n\n");
    if (!spec.options.isEmpty())
        help += tr("Options:") + QLatin1Char('\n') + optionTable(spec.options) + QLatin1Char('\n');
    help += tr("Global options:") + QLatin1Char('\n') + optionTable(globalOptions()) + QLatin1Char('\n');
    help += exitCodeHelp();
    return help;
}
