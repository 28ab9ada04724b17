#pragma once

#include "config/ConnectionResolver.h"
#include "config/Environment.h"
#include "core/WorkOsClient.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class EnvironmentStore;
class QNetworkAccessManager;
class SecretStore;

// A loopback sandbox to use as the demo environment.
struct DemoEndpoint final
{
    QUrl baseUrl;
    QString apiKey;
};
// Starts the in-process sandbox (once) and says where it listens; nullopt when it could not.
using DemoStarter = std::function<std::optional<DemoEndpoint>()>;

// One entry of the environment selector.
struct EnvironmentChoice final
{
    enum class Kind {
        Configured, // from the EnvironmentStore (user or provisioned)
        AdHoc,      // no environment configured, WORKOS_API_KEY alone
        Demo,       // the in-process sandbox
    };
    Kind kind = Kind::Configured;
    Environment environment; // for Demo a synthesized staging environment

    QString id() const; // stable key for the selector: "env:<name>", "adhoc", "demo"
    bool isDemo() const { return kind == Kind::Demo; }
    bool isProduction() const { return kind != Kind::Demo && environment.isProduction(); }
};

// Why the window cannot talk to an environment (yet).
struct ConnectionProblem final
{
    enum class Reason {
        NotConfigured,       // nothing configured: the first-run page
        Refused,             // ConnectionResolver refused (unknown name, unsafe or locked override)
        NoKey,               // no key stored for the environment
        KeychainUnavailable, // no usable keychain: offer memory-only keys in the settings
        KeychainFailed,      // the keychain answered with an error
        DemoFailed,          // the demo sandbox could not start
    };
    Reason reason = Reason::NotConfigured;
    QString environmentName; // may be empty
    QString message;         // translated sentence, never a key
};

struct ConnectorDependencies final
{
    QNetworkAccessManager *nam = nullptr;
    EnvironmentStore *store = nullptr;
    SecretStore *secrets = nullptr;
    ConnectionRequest request;   // this run's options and environment variables
    DemoStarter startDemo;       // may be empty: no demo mode
    ClientConfig clientTemplate; // retry, timeouts, caps; base URL and key are filled in
};

// Which environments a run may use: the workstation's, or only the demo
// (`--demo`: no keychain, no settings environments).
enum class ConnectorMode { Workstation, DemoOnly };

// Turns "use environment X" into a WorkOsClient: resolves the environment and
// base URL (ConnectionResolver precedence at start), reads the key (the
// environment variable, or the keychain asynchronously), and owns the client.
// Every switch first emits aboutToSwitch() and then destroys the previous
// client, which aborts its calls: nothing read under one environment can be
// shown under another. The command line and environment variable overrides
// (--base-url, PIPES_ADMIN_BASE_URL, WORKOS_API_KEY) belong to the environment
// chosen at start; switching to another one uses its own URL and stored key.
// The connector follows the store: its active environment (the settings'
// "Set active") and its list (the first one added, the current one removed or
// edited), so a choice is remembered and switched to in one place.
class EnvironmentConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentConnector)

public:
    EnvironmentConnector(ConnectorDependencies dependencies, ConnectorMode mode, QObject *parent = nullptr);
    ~EnvironmentConnector() override;

    ConnectorMode mode() const { return m_mode; }
    EnvironmentStore *store() const { return m_deps.store; }
    SecretStore *secrets() const { return m_deps.secrets; }
    QNetworkAccessManager *networkAccessManager() const { return m_deps.nam; }
    bool canStartDemo() const { return bool(m_deps.startDemo); }

    QList<EnvironmentChoice> choices() const;
    // The environment in use, being connected to, or that failed.
    const EnvironmentChoice &current() const { return m_current; }
    bool hasCurrent() const { return !m_current.environment.name.isEmpty(); }
    WorkOsClient *client() const { return m_client.get(); }
    // Where the current client's API key came from, as a phrase for messages ("the WORKOS_API_KEY
    // environment variable", "the key stored for \"Staging\""); empty without a client.
    QString keyOrigin() const { return m_client ? m_keyOrigin : QString(); }

    // Connects to the environment of this run (or the demo in DemoOnly mode).
    void start();
    // What the environment selector does: remembers the choice for the next
    // start (a configured environment becomes the store's active one) and
    // switches to it, reading its key and connecting once.
    void choose(const QString &choiceId);
    // Switches to the choice with this id (see EnvironmentChoice::id); nothing
    // happens when it is already the current one, connected or connecting.
    void switchTo(const QString &choiceId);
    // Connects again to the current environment (its key or URL changed).
    void reconnect();
    void startDemo();

Q_SIGNALS:
    void aboutToSwitch(); // the client is about to be destroyed: drop every view of it now
    void connecting(const EnvironmentChoice &choice);
    void connected(const EnvironmentChoice &choice);
    void failed(const ConnectionProblem &problem);

private:
    std::optional<EnvironmentChoice> findChoice(const QString &choiceId) const;
    void open(const QString &choiceId);
    void onActiveChanged(const QString &name);
    void onEnvironmentsChanged();
    void connectTo(const EnvironmentChoice &choice, const QUrl &baseUrl, const QString &envKey);
    void finish(quint64 generation, const QUrl &baseUrl, const QString &key, const QString &keyOrigin);
    void fail(ConnectionProblem::Reason reason, const QString &message);
    void dropClient();

    ConnectorDependencies m_deps;
    ConnectorMode m_mode;
    std::optional<ResolvedConnection> m_startup; // what the options chose at start
    std::optional<DemoEndpoint> m_demo;
    EnvironmentChoice m_current;
    std::unique_ptr<WorkOsClient> m_client;
    QString m_keyOrigin;
    quint64 m_generation = 0; // drops keychain answers for an environment no longer wanted
    bool m_connecting = false; // m_current's key is being read
};
