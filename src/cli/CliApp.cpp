#include "cli/CliApp.h"

#include "config/ConnectionResolver.h"
#include "config/EnvironmentStore.h"
#include "config/ProvisioningFile.h"
#include "config/SecretStore.h"

#include "audit/AuditLog.h"
#include "cli/BatchCommands.h"
#include "cli/CommandSpec.h"
#include "cli/Commands.h"
#include "cli/DiagnosisCommands.h"
#include "cli/HistoryCommand.h"
#include "config/TokenCheckPolicy.h"
#include "core/IdValidation.h"
#include "core/SafeUrl.h"
#include "core/WorkOsClient.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>
#include <QNetworkAccessManager>

#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
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

// "batch check": the command word and, for "batch", the word after it.
QString findCommandName(const QStringList &arguments)
{
    const QString first = findCommand(arguments);
    if (first != QLatin1String("batch") && first != QLatin1String("history") && first != QLatin1String("links"))
        return first;
    const qsizetype at = arguments.indexOf(first);
    QStringList rest = arguments.mid(at);
    const QString second = findCommand(rest);
    return second.isEmpty() ? first : first + QLatin1Char(' ') + second;
}

// What the audit log calls the environment: the API host and the key's kind (never the key).
QString environmentLabel(const QUrl &baseUrl, const QString &apiKey)
{
    QString host = baseUrl.host();
    if (baseUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(baseUrl.port());
    const QString kind = apiKey.startsWith(QLatin1String("sk_live_")) ? QStringLiteral("live")
        : apiKey.startsWith(QLatin1String("sk_test_"))                ? QStringLiteral("test")
                                                                      : QStringLiteral("key");
    return QStringLiteral("%1 (%2)").arg(host, kind);
}
} // namespace

CliEnvironment CliEnvironment::fromProcess()
{
    CliEnvironment environment;
    environment.apiKey = qEnvironmentVariable("WORKOS_API_KEY").trimmed();
    environment.baseUrl = qEnvironmentVariable("PIPES_ADMIN_BASE_URL").trimmed();
    environment.environmentName = qEnvironmentVariable("PIPES_ADMIN_ENVIRONMENT").trimmed();
    environment.provisioningPath = ProvisioningFile::locateSystemFile();
    environment.auditDbPath = qEnvironmentVariable("PIPES_ADMIN_AUDIT_DB").trimmed();
    environment.auditDatabase = qEnvironmentVariable("PIPES_ADMIN_AUDIT_DATABASE").trimmed();
#ifdef Q_OS_UNIX
    environment.stderrIsTerminal = ::isatty(::fileno(stderr)) == 1;
#endif
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
        if (std::strcmp(argv[i], "--open") == 0 || std::strcmp(argv[i], "--mail") == 0)
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
    const QString command = findCommandName(arguments);
    if (command.isEmpty())
        return toInt(runWithoutCommand(arguments));
    const CommandSpec *spec = CommandSpecs::find(command);
    if (!spec && command == QLatin1String("batch"))
        return toInt(usageError(tr("batch needs a subcommand: check or disconnect.")));
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
    for (int words = int(spec->name.count(QLatin1Char(' '))) + 1; words > 0 && !positionals.isEmpty(); --words)
        positionals.removeFirst(); // the command word(s)
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
    // Only options this command defines are asked for (QCommandLineParser warns about the others).
    QStringList known;
    for (const QList<QCommandLineOption> &options : {spec.options, CommandSpecs::globalOptions()}) {
        for (const QCommandLineOption &option : options)
            known += option.names();
    }
    auto value = [&parser, &known](const char *option) {
        const QString optionName = QLatin1String(option);
        return known.contains(optionName) ? parser.value(optionName).trimmed() : QString();
    };
    auto isSet = [&parser, &known](const char *option) {
        const QString optionName = QLatin1String(option);
        return known.contains(optionName) && parser.isSet(optionName);
    };

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
    const QString ownerArgument = positionals.value(0).trimmed();
    // A user id or an organization id; anything else is refused by the client as a malformed user id.
    key.owner = Owner::parse(ownerArgument).value_or(Owner::user(ownerArgument));
    key.slug = positionals.value(1).trimmed();
    if (isSet("organization"))
        key.organizationId = value("organization");
    if (isSet("connection"))
        key.connectionId = value("connection");
    const bool ownerCommand = name == QLatin1String("providers") || name == QLatin1String("account")
        || name == QLatin1String("disconnect") || name == QLatin1String("authorize-url");
    if (ownerCommand && key.owner.isOrganization() && isSet("organization"))
        return usageError(tr("%1 is an organization: its shared connections take no --organization.")
                              .arg(key.owner.id),
                          name);
    if (name == QLatin1String("disconnect") && !isSet("yes"))
        return usageError(tr("disconnect removes the stored tokens of %1's %2 connection and cannot be undone; "
                             "add --yes to confirm. Nothing was changed.")
                              .arg(key.owner.id, key.slug),
                          name);
    if (name == QLatin1String("authorize-url")) {
        authorizeQuery.key = key;
        authorizeQuery.open = isSet("open") ? Commands::OpenLink::Yes : Commands::OpenLink::No;
        authorizeQuery.mail = isSet("mail") ? Commands::MailLink::Yes : Commands::MailLink::No;
        if (isSet("add") && isSet("connection"))
            return usageError(tr("--add makes a link for another connection and --connection one that repairs an "
                                 "existing connection: give one of them."),
                              name);
        authorizeQuery.intent = isSet("add")     ? AuthorizeRequest::Intent::Add
            : isSet("connection")                ? AuthorizeRequest::Intent::Reauthorize
                                                 : AuthorizeRequest::Intent::Slot;
        authorizeQuery.memberId = value("member");
        if (key.owner.isOrganization() && authorizeQuery.memberId.isEmpty())
            return usageError(tr("a link for %1's shared connection needs --member USER_ID: the active member who "
                                 "authorizes for the organization (they do not become its owner).")
                                  .arg(key.owner.id),
                              name);
        if (!key.owner.isOrganization() && !authorizeQuery.memberId.isEmpty())
            return usageError(tr("--member is for an organization's shared connection (authorize-url org_... SLUG "
                                 "--member USER_ID)."),
                              name);
        if (!authorizeQuery.memberId.isEmpty()
            && !IdValidation::isValidId(authorizeQuery.memberId, IdValidation::IdKind::User))
            return usageError(tr("\"%1\" is not a WorkOS user id (they look like user_01H...).")
                                  .arg(authorizeQuery.memberId.left(80)),
                              name);
        if (isSet("return-to")) {
            authorizeQuery.returnTo = QUrl(value("return-to"), QUrl::StrictMode);
            if (!authorizeQuery.returnTo.isValid() || authorizeQuery.returnTo.isRelative())
                return usageError(tr("--return-to needs a complete https URL."), name);
        }
    }

    BatchCommands::Options batchOptions;
    const bool isBatch = name.startsWith(QLatin1String("batch "));
    if (isBatch) {
        batchOptions.inputPath = value("input");
        if (batchOptions.inputPath.isEmpty())
            return usageError(tr("%1 needs --input FILE.").arg(name), name);
        batchOptions.organizationId = value("organization");
        batchOptions.reason = value("reason");
        if (isSet("concurrency")) {
            bool ok = false;
            batchOptions.concurrency = value("concurrency").toInt(&ok);
            if (!ok || batchOptions.concurrency < 1 || batchOptions.concurrency > 64)
                return usageError(tr("--concurrency must be a number from 1 to 64."), name);
        }
        if (name == QLatin1String("batch check")) {
            batchOptions.providerSlug = value("provider");
            if (!batchOptions.providerSlug.isEmpty() && !IdValidation::isValidSlug(batchOptions.providerSlug))
                return usageError(tr("\"%1\" is not a provider slug.").arg(batchOptions.providerSlug), name);
        } else {
            batchOptions.providerSlug = ownerArgument; // the one positional: SLUG
            if (!IdValidation::isValidSlug(batchOptions.providerSlug))
                return usageError(tr("\"%1\" is not a provider slug.").arg(batchOptions.providerSlug), name);
            if (isSet("dry-run") == isSet("yes"))
                return usageError(tr("batch disconnect needs exactly one of --dry-run (list what would be "
                                     "disconnected) or --yes (disconnect). Nothing was changed."),
                                  name);
            batchOptions.mode = isSet("yes") ? BatchCommands::Mode::Run : BatchCommands::Mode::DryRun;
        }
    }
    if (name == QLatin1String("history") || name == QLatin1String("history import-local"))
        return runHistory(parser, name);
    if (name == QLatin1String("links close") || (name == QLatin1String("links") && isSet("no-refresh")))
        return runLinks(parser, name, positionals.value(0), nullptr, QString());
    DiagnosisCommands::Options diagnosisOptions;
    if (DiagnosisCommands::handles(name)) {
        QString why;
        if (!DiagnosisCommands::parse(name, positionals, value, isSet, &diagnosisOptions, &why))
            return usageError(why, name);
    }

    // 2. Where and with which key: the same precedence as the desktop app
    //    (ConnectionResolver): options > environment variables > the user's
    //    settings > the administrator's provisioning file.
    QSettings settings(QStringLiteral("PipesAdmin"), QStringLiteral("pipes-admin"));
    EnvironmentStore environments(&settings, m_environment.provisioningPath);
    ConnectionRequest request;
    request.optionEnvironment = value("environment");
    request.optionBaseUrl = value("base-url");
    request.envEnvironment = m_environment.environmentName;
    request.envBaseUrl = m_environment.baseUrl;
    request.envApiKey = m_environment.apiKey;
    const auto resolved = ConnectionResolver::resolve(request, environments.catalog());
    if (!resolved.ok()) {
        if (resolved.error().reason == ConnectionFailure::Reason::NotConfigured) {
            m_sink.message(tr("Error: No API key: set WORKOS_API_KEY to the WorkOS API key of the environment "
                              "(sk_test_... or sk_live_...), or configure an environment in Pipes Admin."));
            return ExitCode::Auth;
        }
        return usageError(resolved.error().message, name);
    }
    const QUrl baseUrl = resolved.value().baseUrl;
    QString apiKey = resolved.value().apiKey;
    if (resolved.value().needsKeychain()) {
        const SecretResult secret = readKeySync(resolved.value().environment.name);
        if (!secret.ok()) {
            m_sink.message(tr("Error: No API key for the environment \"%1\": %2 Store one in Pipes Admin's "
                              "Settings, or set WORKOS_API_KEY.")
                               .arg(resolved.value().environment.name, secret.error));
            return ExitCode::Auth;
        }
        apiKey = secret.key;
        m_sink.setSecret(apiKey);
    }

    // 3. The client and the command.
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = apiKey;
    if (isSet("no-retry"))
        config.retry = RetryPolicy::none();
    WorkOsClient client(&nam, config);
    const QString environmentName = resolved.value().keySource == ConnectionSource::EnvironmentVariable
            && resolved.value().environmentSource == ConnectionSource::AdHoc
        ? environmentLabel(baseUrl, apiKey)
        : resolved.value().environment.name;

    // Actions that change something or hand out a link are recorded first.
    const bool audited = name == QLatin1String("disconnect") || name == QLatin1String("authorize-url")
        || (name == QLatin1String("batch disconnect") && batchOptions.mode == BatchCommands::Mode::Run);
    AuditLog audit(auditLocation());
    if (audited && !openAudit(audit))
        return ExitCode::AuditUnavailable;

    if (name == QLatin1String("links"))
        return runLinks(parser, name, QString(), &client, environmentName);

    if (isBatch) {
        BatchCommands batch(&client, &m_sink,
                            isSet("json") ? BatchCommands::Format::Json : BatchCommands::Format::Text,
                            m_environment.stderrIsTerminal ? BatchCommands::Progress::Shown
                                                           : BatchCommands::Progress::Hidden);
        batch.setAudit(&audit, environmentName);
        return name == QLatin1String("batch check") ? batch.check(batchOptions) : batch.disconnect(batchOptions);
    }

    if (DiagnosisCommands::handles(name)) {
        DiagnosisCommands diagnosis(&client, &m_sink,
                                    isSet("json") ? DiagnosisCommands::Format::Json : DiagnosisCommands::Format::Text,
                                    environmentName);
        const bool checking = diagnosisOptions.checkToken == DiagnosisCommands::TokenCheckWish::Yes;
        if (checking && !openAudit(audit))
            return ExitCode::AuditUnavailable;
        diagnosis.setTokenCheck(TokenCheckPolicy::allowed(m_environment.provisioningPath, resolved.value().environment.name),
                                checking ? &audit : nullptr);
        return name == QLatin1String("diagnose") ? diagnosis.diagnose(diagnosisOptions) : diagnosis.events(diagnosisOptions);
    }

    Commands commands(&client, &m_sink, &m_opener, isSet("json") ? Commands::Format::Json : Commands::Format::Text);
    if (audited)
        commands.setAudit(&audit, environmentName, value("reason"));

    if (name == QLatin1String("users"))
        return commands.users(usersQuery);
    if (name == QLatin1String("user"))
        return commands.user(ownerArgument);
    if (name == QLatin1String("providers"))
        return commands.providers(key.owner, key.organizationId);
    if (name == QLatin1String("account"))
        return commands.account(key);
    if (name == QLatin1String("disconnect"))
        return commands.disconnect(key);
    if (name == QLatin1String("authorize-url")) {
        authorizeQuery.messages = LinkMessageSettings(&settings, environments.provisioning());
        return commands.authorizeUrl(authorizeQuery);
    }
    return usageError(tr("Unknown command \"%1\".").arg(name));
}

SecretResult CliApp::readKeySync(const QString &environment)
{
    SecretStore secrets;
    QEventLoop loop;
    SecretResult result;
    secrets.read(environment, &loop, [&result, &loop](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

