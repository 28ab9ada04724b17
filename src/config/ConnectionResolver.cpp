#include "config/ConnectionResolver.h"

#include "core/SafeUrl.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QProcessEnvironment>

namespace {
const QString EnvironmentOption = QStringLiteral("environment");
const QString BaseUrlOption = QStringLiteral("base-url");
const QString EnvironmentVar = QStringLiteral("PIPES_ADMIN_ENVIRONMENT");
const QString BaseUrlVar = QStringLiteral("PIPES_ADMIN_BASE_URL");
const QString ApiKeyVar = QStringLiteral("WORKOS_API_KEY");

ConnectionFailure fail(ConnectionFailure::Reason reason, const QString &message)
{
    return ConnectionFailure{reason, message};
}
} // namespace

Expected<ResolvedConnection, ConnectionFailure> ConnectionResolver::resolve(const ConnectionRequest &request,
                                                                            const EnvironmentCatalog &catalog)
{
    ResolvedConnection result;

    // 1. The environment.
    QString wanted;
    ConnectionSource wantedSource = ConnectionSource::FirstEnvironment;
    if (!request.optionEnvironment.trimmed().isEmpty()) {
        wanted = request.optionEnvironment.trimmed();
        wantedSource = ConnectionSource::CommandLine;
    } else if (!request.envEnvironment.trimmed().isEmpty()) {
        wanted = request.envEnvironment.trimmed();
        wantedSource = ConnectionSource::EnvironmentVariable;
    }

    if (!wanted.isEmpty()) {
        const std::optional<Environment> env = catalog.find(wanted);
        if (!env) {
            QStringList names;
            for (const Environment &e : catalog.environments)
                names.append(e.name);
            const QString known = names.isEmpty() ? tr("No environment is configured.")
                                                  : tr("Known environments: %1.").arg(names.join(QStringLiteral(", ")));
            return fail(ConnectionFailure::Reason::UnknownEnvironment,
                        tr("There is no environment named \"%1\" (from %2). %3")
                            .arg(wanted,
                                 wantedSource == ConnectionSource::CommandLine ? QStringLiteral("--environment")
                                                                               : EnvironmentVar,
                                 known));
        }
        result.environment = *env;
        result.environmentSource = wantedSource;
    } else if (const std::optional<Environment> user = catalog.userActive.isEmpty()
                   ? std::nullopt : catalog.find(catalog.userActive)) {
        result.environment = *user;
        result.environmentSource = ConnectionSource::UserSettings;
    } else if (const std::optional<Environment> def = catalog.provisionedDefault.isEmpty()
                   ? std::nullopt : catalog.find(catalog.provisionedDefault)) {
        result.environment = *def;
        result.environmentSource = ConnectionSource::Provisioning;
    } else if (!catalog.environments.isEmpty()) {
        result.environment = catalog.environments.first();
        result.environmentSource = ConnectionSource::FirstEnvironment;
    } else if (!request.envApiKey.trimmed().isEmpty()) {
        Environment adHoc;
        adHoc.name = tr("Ad hoc (WORKOS_API_KEY)");
        adHoc.kind = request.envApiKey.trimmed().startsWith(QLatin1String("sk_test_")) ? Environment::Kind::Staging
                                                                                       : Environment::Kind::Production;
        result.environment = adHoc;
        result.environmentSource = ConnectionSource::AdHoc;
    } else {
        return fail(ConnectionFailure::Reason::NotConfigured,
                    tr("No environment is configured yet. Add one in the environment settings, or set "
                       "WORKOS_API_KEY."));
    }

    // 2. The base URL.
    QString overrideUrl;
    ConnectionSource urlSource = ConnectionSource::Environment;
    const auto urlOrigin = [&urlSource]() {
        return urlSource == ConnectionSource::CommandLine ? QStringLiteral("--base-url") : BaseUrlVar;
    };
    if (!request.optionBaseUrl.trimmed().isEmpty()) {
        overrideUrl = request.optionBaseUrl.trimmed();
        urlSource = ConnectionSource::CommandLine;
    } else if (!request.envBaseUrl.trimmed().isEmpty()) {
        overrideUrl = request.envBaseUrl.trimmed();
        urlSource = ConnectionSource::EnvironmentVariable;
    }
    if (overrideUrl.isEmpty()) {
        result.baseUrl = result.environment.baseUrl;
        result.baseUrlSource = ConnectionSource::Environment;
    } else {
        if (catalog.locked)
            return fail(ConnectionFailure::Reason::OverrideLocked,
                        tr("The base URL cannot be changed with %1: your administrator has locked the "
                           "environments on this workstation.")
                            .arg(urlOrigin()));
        const QUrl url(overrideUrl, QUrl::StrictMode);
        QString reason;
        if (!SafeUrl::isAcceptableBaseUrl(url, &reason))
            return fail(ConnectionFailure::Reason::RefusedBaseUrl,
                        tr("The base URL from %1 was refused: %2").arg(urlOrigin(), reason));
        result.baseUrl = url;
        result.baseUrlSource = urlSource;
        // The ad hoc environment has no URL of its own: it is the one it talks to
        // (what Settings shows for "Environment of this session").
        if (result.environmentSource == ConnectionSource::AdHoc)
            result.environment.baseUrl = url;
    }

    // 3. The key.
    if (!request.envApiKey.trimmed().isEmpty()) {
        result.apiKey = request.envApiKey.trimmed();
        result.keySource = ConnectionSource::EnvironmentVariable;
    } else {
        result.keySource = ConnectionSource::Keychain;
    }
    return result;
}

QList<QCommandLineOption> ConnectionResolver::commandLineOptions()
{
    return {
        QCommandLineOption(EnvironmentOption,
                           tr("Work against the environment named <name> (overrides PIPES_ADMIN_ENVIRONMENT and the "
                              "saved choice)."),
                           tr("name")),
        QCommandLineOption(BaseUrlOption,
                           tr("Use <url> as the API base URL (https, or http on this computer only; overrides "
                              "PIPES_ADMIN_BASE_URL)."),
                           tr("url")),
    };
}

ConnectionRequest ConnectionResolver::requestFrom(const QCommandLineParser &parser,
                                                  const QProcessEnvironment &environment)
{
    ConnectionRequest r;
    if (parser.isSet(EnvironmentOption))
        r.optionEnvironment = parser.value(EnvironmentOption);
    if (parser.isSet(BaseUrlOption))
        r.optionBaseUrl = parser.value(BaseUrlOption);
    r.envEnvironment = environment.value(EnvironmentVar);
    r.envBaseUrl = environment.value(BaseUrlVar);
    r.envApiKey = environment.value(ApiKeyVar);
    return r;
}

QString ConnectionResolver::sourceName(ConnectionSource source)
{
    switch (source) {
    case ConnectionSource::CommandLine:
        return tr("the command line");
    case ConnectionSource::EnvironmentVariable:
        return tr("an environment variable");
    case ConnectionSource::UserSettings:
        return tr("your settings");
    case ConnectionSource::Provisioning:
        return tr("the provisioning file");
    case ConnectionSource::FirstEnvironment:
        return tr("the first configured environment");
    case ConnectionSource::Environment:
        return tr("the environment's settings");
    case ConnectionSource::Keychain:
        return tr("the keychain");
    case ConnectionSource::AdHoc:
        return tr("WORKOS_API_KEY");
    }
    return {};
}
