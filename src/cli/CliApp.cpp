#include "CliApp.h"

#include "CommandSpec.h"
#include "Commands.h"
#include "SafeUrl.h"
#include "WorkOsClient.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>

#include <cstring>

namespace {
const QString defaultBaseUrl = QStringLiteral("https://api.workos.com");

// The first argument that is not an option or an option's value.
QString findCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (CommandSpecs::takesValue(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return QString();
}
} // namespace

CliEnvironment CliEnvironment::fromProcess()
{
    CliEnvironment environment;
    environment.apiKey = qEnvironmentVariable("WORKOS_API_KEY").trimmed();
    environment.baseUrl = qEnvironmentVariable("PIPES_ADMIN_BASE_URL").trimmed();
    return environment;
}

CliApp::CliApp(CliEnvironment environment, QTextStream &out, QTextStream &err, const UrlOpener &opener)
    : m_environment(std::move(environment))
    , m_sink(out, err, m_environment.apiKey)
    , m_opener(opener)
{
}

bool CliApp::wantsBrowser(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--open") == 0)
            return true;
    }
    return false;
}

ExitCode CliApp::usageError(const QString &message, const QString &command)
{
    m_sink.message(tr("Error: %1").arg(message));
    if (command.isEmpty())
        m_sink.message(tr("Run '%1 --help' for usage.").arg(CommandSpecs::programName()));
    else
        m_sink.message(tr("Run '%1 %2 --help' for usage.").arg(CommandSpecs::programName(), command));
    return ExitCode::Usage;
}

int CliApp::run(const QStringList &arguments)
{
    const QString command = findCommand(arguments);
    if (command.isEmpty())
        return toInt(runWithoutCommand(arguments));
    const CommandSpec *spec = CommandSpecs::find(command);
    if (!spec)
        return toInt(usageError(tr("Unknown command \"%1\".").arg(command)));

    QCommandLineParser parser;
    parser.addOptions(CommandSpecs::globalOptions());
    parser.addOptions(spec->options);
    if (!parser.parse(arguments))
        return toInt(usageError(parser.errorText(), command));
    if (parser.isSet(QStringLiteral("help"))) {
        m_sink.data(CommandSpecs::commandHelp(*spec));
        return toInt(ExitCode::Ok);
    }
    QStringList positionals = parser.positionalArguments();
    positionals.removeFirst(); // the command word
    if (positionals.size() != spec->positionals.size()) {
        const QString expected = spec->positionals.isEmpty()
            ? tr("%1 takes no arguments.").arg(spec->name)
            : tr("%1 expects %2.").arg(spec->name, spec->positionals.join(QLatin1Char(' ')));
        return toInt(usageError(expected, command));
    }
    return toInt(runCommand(*spec, parser, positionals));
}

ExitCode CliApp::runWithoutCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(CommandSpecs::globalOptions());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        m_sink.data(QStringLiteral("%1 %2\n").arg(CommandSpecs::programName(), QStringLiteral(PIPES_ADMIN_VERSION)));
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_sink.data(CommandSpecs::mainHelp());
        return ExitCode::Ok;
    }
    return usageError(tr("No command given."));
}

ExitCode CliApp::runCommand(const CommandSpec &spec, const QCommandLineParser &parser, const QStringList &positionals)
{
    const QString &name = spec.name;
    auto value = [&parser](const char *option) { return parser.value(QLatin1String(option)).trimmed(); };
    auto isSet = [&parser](const char *option) { return parser.isSet(QLatin1String(option)); };

    // 1. Arguments, before anything else: a usage error never needs a key or a request.
    Commands::UsersQuery usersQuery;
    Commands::AuthorizeQuery authorizeQuery;
    if (name == QLatin1String("users")) {
        usersQuery.email = value("email");
        usersQuery.organizationId = value("organization");
        if (usersQuery.email.isEmpty() == usersQuery.organizationId.isEmpty())
            return usageError(tr("users needs exactly one of --email or --organization."), name);
        if (isSet("limit")) {
            bool ok = false;
            usersQuery.limit = value("limit").toInt(&ok);
            if (!ok || usersQuery.limit < 1 || usersQuery.limit > 100)
                return usageError(tr("--limit must be a number from 1 to 100."), name);
        }
        usersQuery.paging = isSet("all") ? Commands::Paging::AllPages : Commands::Paging::FirstPage;
    }
    Commands::AccountKey key;
    key.userId = positionals.value(0).trimmed();
    key.slug = positionals.value(1).trimmed();
    if (spec.options.size() > 0 && parser.isSet(QStringLiteral("organization")))
        key.organizationId = value("organization");
    if (name == QLatin1String("disconnect") && !isSet("yes"))
        return usageError(tr("disconnect removes the stored tokens of %1's %2 account and cannot be undone; "
                             "add --yes to confirm. Nothing was changed.")
                              .arg(key.userId, key.slug),
                          name);
    if (name == QLatin1String("authorize-url")) {
        authorizeQuery.key = key;
        authorizeQuery.open = isSet("open") ? Commands::OpenLink::Yes : Commands::OpenLink::No;
        if (isSet("return-to")) {
            authorizeQuery.returnTo = QUrl(value("return-to"), QUrl::StrictMode);
            if (!authorizeQuery.returnTo.isValid() || authorizeQuery.returnTo.isRelative())
                return usageError(tr("--return-to needs a complete https URL."), name);
        }
    }

    // 2. Where and with which key.
    QString baseText = value("base-url");
    if (baseText.isEmpty())
        baseText = m_environment.baseUrl;
    if (baseText.isEmpty())
        baseText = defaultBaseUrl;
    const QUrl baseUrl(baseText, QUrl::StrictMode);
    QString why;
    if (!SafeUrl::isAcceptableBaseUrl(baseUrl, &why))
        return usageError(tr("The base URL %1 is refused: %2").arg(baseText, why), name);
    if (m_environment.apiKey.isEmpty()) {
        m_sink.message(tr("Error: No API key: set WORKOS_API_KEY to the WorkOS API key of the environment "
                          "(sk_test_... or sk_live_...)."));
        return ExitCode::Auth;
    }

    // 3. The client and the command.
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = m_environment.apiKey;
    if (isSet("no-retry"))
        config.retry = RetryPolicy::none();
    WorkOsClient client(&nam, config);
    Commands commands(&client, &m_sink, &m_opener, isSet("json") ? Commands::Format::Json : Commands::Format::Text);

    if (name == QLatin1String("users"))
        return commands.users(usersQuery);
    if (name == QLatin1String("user"))
        return commands.user(key.userId);
    if (name == QLatin1String("providers"))
        return commands.providers(key.userId, key.organizationId);
    if (name == QLatin1String("account"))
        return commands.account(key);
    if (name == QLatin1String("disconnect"))
        return commands.disconnect(key);
    if (name == QLatin1String("authorize-url"))
        return commands.authorizeUrl(authorizeQuery);
    return usageError(tr("Unknown command \"%1\".").arg(name));
}
