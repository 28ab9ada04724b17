#include "cli/CommandSpec.h"

#include "cli/TableFormatter.h"

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

QCommandLineOption connectionOption(const QString &description)
{
    return valueOption(QStringLiteral("connection"), description, QStringLiteral("ID"));
}

QCommandLineOption reasonOption()
{
    return valueOption(QStringLiteral("reason"),
                       CommandSpecs::tr("Ticket reference or reason, recorded in the audit log."), QStringLiteral("TEXT"));
}

QCommandLineOption inputOption()
{
    return valueOption(QStringLiteral("input"), CommandSpecs::tr("File of email addresses and user ids (or - for stdin)."),
                       QStringLiteral("FILE"));
}

QCommandLineOption concurrencyOption()
{
    return valueOption(QStringLiteral("concurrency"), CommandSpecs::tr("Requests in flight at most, 1 to 64 (default 8)."),
                       QStringLiteral("N"));
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
    const QString userId = QStringLiteral("USER_ID");
    const QString owner = QStringLiteral("OWNER");
    const QString slug = QStringLiteral("SLUG");
    return {
        {QStringLiteral("users"), QStringLiteral("(--email ADDRESS | --organization ORG_ID) [--limit N] [--all]"),
         CommandSpecs::tr("Find users by email address or organization."),
         CommandSpecs::tr("Lists the users with an email address, or the members of an organization. Without --all only "
               "the first page is shown."),
         {},
         {valueOption(QStringLiteral("email"), CommandSpecs::tr("The user's email address."), QStringLiteral("ADDRESS")),
          valueOption(QStringLiteral("organization"), CommandSpecs::tr("List the members of this organization (org_...)."),
                      QStringLiteral("ORG_ID")),
          valueOption(QStringLiteral("limit"), CommandSpecs::tr("Users per page, 1 to 100 (WorkOS's default is 10)."),
                      QStringLiteral("N")),
          flagOption(QStringLiteral("all"),
                     CommandSpecs::tr("Follow the page cursors through every page (about 4 requests a second)."))}},
        {QStringLiteral("user"), QStringLiteral("USER_ID"), CommandSpecs::tr("Show one user."),
         CommandSpecs::tr("Shows a user's profile: email, name, verification, sign-in and timestamps."), {userId}, {}},
        {QStringLiteral("providers"), QStringLiteral("OWNER [--organization ORG_ID]"),
         CommandSpecs::tr("List every provider with each of the owner's connections."),
         CommandSpecs::tr("Lists every provider configured in the environment and, under each, every connection of "
               "OWNER: a user id (user_..., the user's own connections) or an organization id (org_..., the "
               "connections it shares with its members). Each connection shows its label, the provider account, "
               "its state and why WorkOS changed it, missing scopes (configured but not granted) and its id."),
         {owner},
         {organizationOption()}},
        {QStringLiteral("account"), QStringLiteral("OWNER SLUG [--organization ORG_ID] [--connection ID]"),
         CommandSpecs::tr("Show one connection."),
         CommandSpecs::tr("Shows one of OWNER's connections for a provider (by slug, e.g. github). When the owner has "
               "several, name one with --connection (the ids are listed by providers)."),
         {owner, slug},
         {organizationOption(), connectionOption(CommandSpecs::tr("The connection (data_installation_...)."))}},
        {QStringLiteral("disconnect"), QStringLiteral("OWNER SLUG [--organization ORG_ID] [--connection ID] --yes"),
         CommandSpecs::tr("Disconnect one connection (removes its stored tokens)."),
         CommandSpecs::tr("Disconnects exactly one of OWNER's connections for a provider: WorkOS deletes its stored "
               "access and refresh tokens. Access is NOT revoked on the provider's side. The connection is "
               "read first; when there are several, nothing is sent until one is named with --connection. "
               "Requires --yes."),
         {owner, slug},
         {organizationOption(), connectionOption(CommandSpecs::tr("The connection to disconnect (data_installation_...).")),
          flagOption(QStringLiteral("yes"), CommandSpecs::tr("Confirm the disconnection.")), reasonOption()}},
        {QStringLiteral("authorize-url"),
         QStringLiteral("OWNER SLUG [--organization ORG_ID] [--add | --connection ID] [--member USER_ID] "
                        "[--return-to URL] [--open] [--mail]"),
         CommandSpecs::tr("Create a link that connects or repairs a provider connection."),
         CommandSpecs::tr("Asks WorkOS for an authorization link and prints it. Without --add or --connection the link "
               "connects or repairs OWNER's first (compatibility) connection; --add connects another one; "
               "--connection repairs exactly that one. For an organization's shared connection (OWNER org_...) "
               "--member names the active member who authorizes for it. Only https links (or http on this "
               "computer) are printed or opened."),
         {owner, slug},
         {organizationOption(),
          flagOption(QStringLiteral("add"), CommandSpecs::tr("Connect another account (connection_intent add).")),
          connectionOption(CommandSpecs::tr("Repair this connection (connection_intent reauthorize).")),
          valueOption(QStringLiteral("member"),
                      CommandSpecs::tr("For org_... owners: the member who authorizes for the organization."),
                      QStringLiteral("USER_ID")),
          valueOption(QStringLiteral("return-to"), CommandSpecs::tr("Where the browser goes after authorizing (https)."),
                      QStringLiteral("URL")),
          flagOption(QStringLiteral("open"), CommandSpecs::tr("Also open the link in the default browser.")),
          flagOption(QStringLiteral("mail"),
                     CommandSpecs::tr("Also hand a message with the link to the mail client, addressed to the user "
                                      "(for org_... owners: the --member). The message is the one of Settings → "
                                      "Messages or the administrator's.")),
          reasonOption()}},
        {QStringLiteral("batch check"),
         QStringLiteral("--input FILE [--provider SLUG] [--organization ORG_ID] [--concurrency N]"),
         CommandSpecs::tr("Check the connected accounts of many users (a list or CSV file)."),
         CommandSpecs::tr("Reads email addresses and user ids from FILE (one per line, or a CSV file with a column named "
               "email, user_id or id; '#' starts a comment) and shows every provider's state and missing scopes "
               "for each user. Emails are looked up first; lines that are not usable are reported, never "
               "dropped. Requests stay within WorkOS's published rate limits. Exit status 5 when any line did "
               "not end as \"checked\"."),
         {},
         {inputOption(),
          valueOption(QStringLiteral("provider"), CommandSpecs::tr("Show only this provider (slug, e.g. github)."),
                      QStringLiteral("SLUG")),
          organizationOption(), concurrencyOption()}},
        {QStringLiteral("batch disconnect"),
         QStringLiteral("SLUG --input FILE (--dry-run | --yes) [--organization ORG_ID] [--reason TEXT] [--concurrency N]"),
         CommandSpecs::tr("Disconnect one provider for many users, after a dry run."),
         CommandSpecs::tr("Looks up every user of FILE (see batch check) and lists which accounts of provider SLUG exist "
               "(will_disconnect) and which are already absent. With --dry-run nothing else happens. With --yes "
               "the listed accounts are then disconnected, each one recorded in the audit log before its request "
               "is sent and completed after it. Access is NOT revoked on the providers' side. Exit status 5 when "
               "any line did not end as intended."),
         {slug},
         {inputOption(), flagOption(QStringLiteral("dry-run"), CommandSpecs::tr("Only list what would be disconnected.")),
          flagOption(QStringLiteral("yes"), CommandSpecs::tr("Disconnect the listed accounts.")), organizationOption(),
          reasonOption(), concurrencyOption()}},
        {QStringLiteral("diagnose"),
         QStringLiteral("OWNER SLUG [--connection ID] [--organization ORG_ID] [--since 30d] [--check-token [--member USER_ID]] "
                        "[--max-pages N] [--page-size N]"),
         CommandSpecs::tr("Explain why a connection is broken: summary, timeline, support block."),
         CommandSpecs::tr("Reads the Pipes events of the last 30 days (or --since) and the owner's provider row, and prints "
               "a summary in plain words with the next step, the connection's timeline and the owner's, newest first, "
               "with the provider's own error words, and a block to paste to WorkOS support. OWNER is a user (user_...) "
               "or an organization (org_..., its shared connections). Without --connection the compatibility "
               "connection is diagnosed. --check-token asks WorkOS for exactly that connection's token to see whether "
               "it is active, when it expires and which scopes it lacks: WorkOS may refresh the token, so it is done "
               "only when asked, recorded in the audit log (never the token), and refused where the administrator "
               "forbids it."),
         {QStringLiteral("OWNER"), slug},
         {valueOption(QStringLiteral("connection"), CommandSpecs::tr("The connection (data_installation_...)."), QStringLiteral("ID")),
          organizationOption(),
          valueOption(QStringLiteral("since"), CommandSpecs::tr("Events since: 30d (the default), 24h, 90m or an ISO date."),
                      QStringLiteral("WHEN")),
          flagOption(QStringLiteral("check-token"),
                     CommandSpecs::tr("Also check the connection's token (may make WorkOS refresh it; audited).")),
          valueOption(QStringLiteral("member"),
                      CommandSpecs::tr("For a shared connection's token check: the active member it acts for."),
                      QStringLiteral("USER_ID")),
          valueOption(QStringLiteral("max-pages"), CommandSpecs::tr("Event pages read at most (default 10); the output says when capped."),
                      QStringLiteral("N")),
          valueOption(QStringLiteral("page-size"), CommandSpecs::tr("Events per page, 1 to 100 (default 100)."), QStringLiteral("N")),
          reasonOption()}},
        {QStringLiteral("events"), QStringLiteral("OWNER [--provider SLUG] [--since 30d] [--max-pages N] [--page-size N]"),
         CommandSpecs::tr("List a user's or an organization's Pipes events."),
         CommandSpecs::tr("Lists the Pipes events (both families: pipes.connected_account.* and pipes.account_connection.*) "
               "of one owner, newest first: connected, needs reauthorization, disconnected, connection failed and add "
               "failed, with the provider's own words. The API has no user filter: Pipes Admin reads the environment's "
               "events and keeps the owner's. Names this version does not know are shown as they came."),
         {QStringLiteral("OWNER")},
         {valueOption(QStringLiteral("provider"), CommandSpecs::tr("Only this provider (slug)."), QStringLiteral("SLUG")),
          valueOption(QStringLiteral("since"), CommandSpecs::tr("Events since: 30d (the default), 24h, 90m or an ISO date."),
                      QStringLiteral("WHEN")),
          valueOption(QStringLiteral("max-pages"), CommandSpecs::tr("Event pages read at most (default 10); the output says when capped."),
                      QStringLiteral("N")),
          valueOption(QStringLiteral("page-size"), CommandSpecs::tr("Events per page, 1 to 100 (default 100)."), QStringLiteral("N"))}},
        {QStringLiteral("history"),
         QStringLiteral("[--since ISO|7d|24h] [--user ID] [--provider SLUG] [--action A] [--outcome O] [--limit N] [--csv]"),
         CommandSpecs::tr("Show the audit log of disconnects and connect links."),
         CommandSpecs::tr("Lists the recorded actions, newest first: time (UTC), action, outcome, user, provider, HTTP "
               "status, request id, batch and reason. \"outcome_unknown\" marks an action whose program ended "
               "(crash or kill) before the answer was recorded, or whose answer waits in this workstation's local journal "
               "for the shared store; \"gone_on_retry\" a disconnect whose first answer was lost and whose resend "
               "found the connection already deleted. --json adds the operator, workstation, server "
               "time and connection of each record. Needs no API key."),
         {},
         {valueOption(QStringLiteral("since"), CommandSpecs::tr("Only actions since this time: 7d, 24h, 30m or an ISO date."),
                      QStringLiteral("WHEN")),
          valueOption(QStringLiteral("user"), CommandSpecs::tr("Only this user id (or a part of the email address)."),
                      QStringLiteral("ID")),
          valueOption(QStringLiteral("provider"), CommandSpecs::tr("Only this provider slug."), QStringLiteral("SLUG")),
          valueOption(QStringLiteral("action"), CommandSpecs::tr("Only disconnect or connect_link."), QStringLiteral("A")),
          valueOption(QStringLiteral("outcome"),
                      CommandSpecs::tr("Only succeeded, gone_on_retry, already_absent, failed, cancelled, pending or "
                                       "outcome_unknown."),
                      QStringLiteral("O")),
          valueOption(QStringLiteral("operator"), CommandSpecs::tr("Only actions of this operator (display name or OS login)."),
                      QStringLiteral("NAME")),
          valueOption(QStringLiteral("workstation"), CommandSpecs::tr("Only actions from this workstation (host name)."),
                      QStringLiteral("HOST")),
          valueOption(QStringLiteral("limit"), CommandSpecs::tr("At most N actions (default 100; 0: all)."), QStringLiteral("N")),
          flagOption(QStringLiteral("csv"), CommandSpecs::tr("Print CSV (every column) instead of a table."))}},
        {QStringLiteral("history import-local"),
         QStringLiteral("[--from FILE]"),
         CommandSpecs::tr("Copy this workstation's SQLite history into the shared audit store."),
         CommandSpecs::tr("Copies every record of the local SQLite history (the default file, or FILE) into the "
               "PostgreSQL store named by PIPES_ADMIN_AUDIT_DATABASE or the provisioning file. Records already "
               "there are skipped, so running it again copies nothing twice. Needs no API key."),
         {},
         {valueOption(QStringLiteral("from"), CommandSpecs::tr("The SQLite history to copy (default: this workstation's)."),
                      QStringLiteral("FILE"))}},
        {QStringLiteral("links"), QStringLiteral("[--all] [--no-refresh]"),
         CommandSpecs::tr("Follow the connect links handed out: which the customer used."),
         CommandSpecs::tr("Checks the waiting connect links of the environment once (Pipes events, or a few "
               "connection reads where events cannot be read), then lists the tracked links, newest first: id, "
               "state, age, customer, provider, the connection it targets, who issued it and the ticket. A link is "
               "waiting until its connection is connected or updated after it was issued (completed), a newer link "
               "for the same connection replaces it (superseded) or it is closed by hand (closed); a link waiting "
               "longer than the stale age (24 hours; the setting links/staleAfterHours) shows stale. Without --all "
               "only waiting and stale links are listed."),
         {},
         {flagOption(QStringLiteral("all"), CommandSpecs::tr("List every link, completed, superseded and closed ones too.")),
          flagOption(QStringLiteral("no-refresh"), CommandSpecs::tr("List only; ask the API nothing (needs no API key)."))}},
        {QStringLiteral("links close"), QStringLiteral("ID"), CommandSpecs::tr("Close a tracked link by hand."),
         CommandSpecs::tr("Stops following the waiting link ID (from `links`): it shows closed. Nothing is sent to "
               "WorkOS: the link itself may still work. Needs no API key."),
         {QStringLiteral("ID")},
         {}},
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
        valueOption(QStringLiteral("environment"),
                    tr("Environment configured in Pipes Admin (default: $PIPES_ADMIN_ENVIRONMENT, else the "
                       "active one). Its key comes from the keychain unless WORKOS_API_KEY is set."),
                    QStringLiteral("NAME")),
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
    table.addRow({QStringLiteral("1"), tr("no browser or mail client could be started (--open, --mail); the link was printed")});
    table.addRow({QStringLiteral("2"), tr("usage error, malformed id or slug (nothing sent), disconnect without --yes or, "
                                          "with several connections, without --connection")});
    table.addRow({QStringLiteral("3"), tr("not found (HTTP 404), nothing to disconnect, or already gone")});
    table.addRow({QStringLiteral("4"), tr("authentication: WORKOS_API_KEY missing, or HTTP 401/403")});
    table.addRow({QStringLiteral("5"), tr("other API error (other HTTP errors, malformed response); batch: a line "
                                          "did not end as intended")});
    table.addRow({QStringLiteral("6"), tr("network error (timeout, connection refused, DNS, TLS)")});
    table.addRow({QStringLiteral("7"), tr("WorkOS returned an unsafe link: refused, not printed or opened")});
    table.addRow({QStringLiteral("8"), tr("the audit log could not be written: nothing was sent")});
    return tr("Exit codes:") + QLatin1Char('\n') + indented(table.render());
}

QString CommandSpecs::mainHelp()
{
    TableFormatter commands{QStringList()};
    for (const CommandSpec &spec : all())
        commands.addRow({spec.name, spec.summary});
    TableFormatter environment{QStringList()};
    environment.addRow({QStringLiteral("WORKOS_API_KEY"),
                        tr("the API key (else the environment's key from the keychain; never printed)")});
    environment.addRow({QStringLiteral("PIPES_ADMIN_ENVIRONMENT"), tr("the environment to use; --environment wins")});
    environment.addRow({QStringLiteral("PIPES_ADMIN_BASE_URL"), tr("the API base URL; --base-url wins")});
    environment.addRow({QStringLiteral("PIPES_ADMIN_AUDIT_DB"),
                        tr("the audit log file (default: the desktop app's, %1)").arg(QStringLiteral(
                            "~/.local/share/PipesAdmin/pipes-admin/audit.sqlite3"))});

    QString help;
    help += tr("Usage: %1 [--environment NAME] [--base-url URL] [--json] [--no-retry] COMMAND [ARGUMENTS]").arg(programName());
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
