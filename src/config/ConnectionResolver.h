#pragma once

#include "config/Environment.h"
#include "config/EnvironmentStore.h"
#include "core/Expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

class QCommandLineOption;
class QCommandLineParser;
class QProcessEnvironment;

// What the user asked for outside the settings: command-line options and
// environment variables. Empty strings mean "not given".
struct ConnectionRequest final
{
    QString optionEnvironment; // --environment NAME
    QString optionBaseUrl;     // --base-url URL
    QString envEnvironment;    // PIPES_ADMIN_ENVIRONMENT
    QString envBaseUrl;        // PIPES_ADMIN_BASE_URL
    QString envApiKey;         // WORKOS_API_KEY
};

// Where one decision came from, for diagnostics ("--base-url", ...).
enum class ConnectionSource {
    CommandLine,
    EnvironmentVariable,
    UserSettings,
    Provisioning,
    FirstEnvironment, // nothing chose: the first configured environment
    Environment,      // the chosen environment's own base URL
    Keychain,         // the API key is to be read from the keychain entry of the environment
    AdHoc,            // no environments configured, WORKOS_API_KEY alone
};

struct ResolvedConnection final
{
    Environment environment;  // the chosen environment (for AdHoc a synthesized one)
    QUrl baseUrl;             // to put in ClientConfig
    QString apiKey;           // only when keySource == EnvironmentVariable; else read it from SecretStore
    ConnectionSource environmentSource = ConnectionSource::UserSettings;
    ConnectionSource baseUrlSource = ConnectionSource::Environment;
    ConnectionSource keySource = ConnectionSource::Keychain;

    bool needsKeychain() const { return keySource == ConnectionSource::Keychain; }
};

struct ConnectionFailure final
{
    enum class Reason {
        NotConfigured,      // no environment and no WORKOS_API_KEY: show the first-run prompt
        UnknownEnvironment, // --environment / PIPES_ADMIN_ENVIRONMENT names no environment
        RefusedBaseUrl,     // the base URL override is not https (or http on loopback)
        OverrideLocked,     // a base URL override on a workstation whose provisioning is locked
    };
    Reason reason = Reason::NotConfigured;
    QString message; // translated sentence, never a key
};

// Pure: decides which environment, base URL and API key to use.
//
// Precedence, first match wins:
//   environment: --environment > PIPES_ADMIN_ENVIRONMENT > active environment in the
//                user's settings > defaultEnvironment of the provisioning file > first one
//   base URL:    --base-url > PIPES_ADMIN_BASE_URL > the environment's base URL
//   API key:     WORKOS_API_KEY > the keychain entry of the chosen environment
// Names match case-insensitively. A name given explicitly (option or variable)
// that does not exist is an error, never a silent fallback. A base URL
// override must pass SafeUrl::isAcceptableBaseUrl, and is refused when the
// provisioning is locked (the key of a locked environment is only sent where
// the administrator said). With no environment configured, WORKOS_API_KEY
// alone gives an ad-hoc environment (production unless the key is sk_test_).
class ConnectionResolver final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)

public:
    static Expected<ResolvedConnection, ConnectionFailure> resolve(const ConnectionRequest &request,
                                                                   const EnvironmentCatalog &catalog);

    // The --environment and --base-url options, to add to a QCommandLineParser
    // (GUI and CLI alike). There is deliberately no option for the key: command
    // lines are visible to every user of the machine.
    static QList<QCommandLineOption> commandLineOptions();
    static ConnectionRequest requestFrom(const QCommandLineParser &parser, const QProcessEnvironment &environment);

    // Where a setting came from, as a translated phrase for a sentence ("the
    // command line", "an environment variable", "the keychain", ...).
    static QString sourceName(ConnectionSource source);
};
