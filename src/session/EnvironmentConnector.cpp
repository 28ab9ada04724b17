#include "session/EnvironmentConnector.h"

#include "config/EnvironmentStore.h"
#include "core/SafeUrl.h"
#include "config/SecretStore.h"

namespace {
const QString DemoId = QStringLiteral("demo");
const QString AdHocId = QStringLiteral("adhoc");
} // namespace

QString EnvironmentChoice::id() const
{
    switch (kind) {
    case Kind::Demo:
        return DemoId;
    case Kind::AdHoc:
        return AdHocId;
    case Kind::Configured:
        break;
    }
    return QStringLiteral("env:") + environment.name.toCaseFolded();
}

EnvironmentConnector::EnvironmentConnector(ConnectorDependencies dependencies, ConnectorMode mode, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(dependencies))
    , m_mode(mode)
{
    if (m_mode == ConnectorMode::Workstation && m_deps.store) {
        connect(m_deps.store, &EnvironmentStore::activeChanged, this, &EnvironmentConnector::onActiveChanged);
        connect(m_deps.store, &EnvironmentStore::environmentsChanged, this,
                &EnvironmentConnector::onEnvironmentsChanged);
    }
}

EnvironmentConnector::~EnvironmentConnector() = default;

QList<EnvironmentChoice> EnvironmentConnector::choices() const
{
    QList<EnvironmentChoice> result;
    if (m_mode == ConnectorMode::Workstation && m_deps.store) {
        for (const Environment &environment : m_deps.store->environments())
            result.append(EnvironmentChoice{EnvironmentChoice::Kind::Configured, environment});
        if (m_startup && m_startup->environmentSource == ConnectionSource::AdHoc)
            result.append(EnvironmentChoice{EnvironmentChoice::Kind::AdHoc, m_startup->environment});
    }
    if (m_demo) {
        Environment demo;
        demo.name = tr("Demo sandbox");
        demo.baseUrl = m_demo->baseUrl;
        demo.kind = Environment::Kind::Staging;
        demo.colour = QStringLiteral("#3454b4");
        result.append(EnvironmentChoice{EnvironmentChoice::Kind::Demo, demo});
    }
    return result;
}

std::optional<EnvironmentChoice> EnvironmentConnector::findChoice(const QString &choiceId) const
{
    const QList<EnvironmentChoice> all = choices();
    for (const EnvironmentChoice &choice : all) {
        if (choice.id() == choiceId)
            return choice;
    }
    return std::nullopt;
}

void EnvironmentConnector::start()
{
    if (m_mode == ConnectorMode::DemoOnly) {
        startDemo();
        return;
    }
    const EnvironmentCatalog catalog = m_deps.store ? m_deps.store->catalog() : EnvironmentCatalog{};
    const auto resolved = ConnectionResolver::resolve(m_deps.request, catalog);
    if (!resolved) {
        const ConnectionFailure &failure = resolved.error();
        dropClient();
        m_current = EnvironmentChoice{};
        fail(failure.reason == ConnectionFailure::Reason::NotConfigured ? ConnectionProblem::Reason::NotConfigured
                                                                        : ConnectionProblem::Reason::Refused,
             failure.message);
        return;
    }
    m_startup = resolved.value();
    const auto kind = m_startup->environmentSource == ConnectionSource::AdHoc ? EnvironmentChoice::Kind::AdHoc
                                                                             : EnvironmentChoice::Kind::Configured;
    connectTo(EnvironmentChoice{kind, m_startup->environment}, m_startup->baseUrl, m_startup->apiKey);
}

void EnvironmentConnector::choose(const QString &choiceId)
{
    const std::optional<EnvironmentChoice> choice = findChoice(choiceId);
    if (!choice)
        return;
    // Remembered for the next start. The store's activeChanged may switch at
    // once; switchTo() below then finds the connection on its way.
    if (choice->kind == EnvironmentChoice::Kind::Configured && m_deps.store)
        m_deps.store->setActive(choice->environment.name);
    switchTo(choiceId);
}

void EnvironmentConnector::onActiveChanged(const QString &name)
{
    const std::optional<Environment> env = m_deps.store->find(name);
    if (!env)
        return;
    const QString id = EnvironmentChoice{EnvironmentChoice::Kind::Configured, *env}.id();
    if (m_current.id() != id)
        switchTo(id);
}

void EnvironmentConnector::onEnvironmentsChanged()
{
    if (m_current.kind != EnvironmentChoice::Kind::Configured)
        return;
    const std::optional<Environment> now = m_deps.store->find(m_current.environment.name);
    if (!hasCurrent() || !now) {
        // Nothing chosen yet (first run), or the current one was removed.
        if (!m_deps.store->isEmpty())
            switchTo(EnvironmentChoice{EnvironmentChoice::Kind::Configured, *m_deps.store->activeEnvironment()}.id());
        else
            start();
        return;
    }
    if (*now != m_current.environment)
        reconnect(); // URL, kind or colour changed
}

void EnvironmentConnector::switchTo(const QString &choiceId)
{
    if (m_current.id() == choiceId && (m_client || m_connecting))
        return;
    open(choiceId);
}

void EnvironmentConnector::open(const QString &choiceId)
{
    const std::optional<EnvironmentChoice> choice = findChoice(choiceId);
    if (!choice)
        return;
    if (choice->isDemo()) {
        connectTo(*choice, m_demo->baseUrl, m_demo->apiKey);
        return;
    }
    const bool isStartup = m_startup
        && (choice->kind == EnvironmentChoice::Kind::AdHoc
            || (m_startup->environmentSource != ConnectionSource::AdHoc
                && m_startup->environment.name.compare(choice->environment.name, Qt::CaseInsensitive) == 0));
    if (isStartup)
        connectTo(*choice, m_startup->baseUrl, m_startup->apiKey);
    else
        connectTo(*choice, choice->environment.baseUrl, QString());
}

void EnvironmentConnector::reconnect()
{
    const QString id = m_current.id();
    if (!hasCurrent() || !findChoice(id)) {
        // The current one is gone (removed in the settings): start over.
        if (m_mode == ConnectorMode::Workstation)
            start();
        return;
    }
    dropClient();
    open(id); // also while its old key is still being read
}

void EnvironmentConnector::startDemo()
{
    if (!m_demo && m_deps.startDemo)
        m_demo = m_deps.startDemo();
    if (!m_demo) {
        dropClient();
        fail(ConnectionProblem::Reason::DemoFailed, tr("The demo sandbox could not be started on 127.0.0.1."));
        return;
    }
    switchTo(DemoId);
}

void EnvironmentConnector::dropClient()
{
    Q_EMIT aboutToSwitch();
    m_client.reset(); // aborts every call still in flight
    m_connecting = false;
}

void EnvironmentConnector::connectTo(const EnvironmentChoice &choice, const QUrl &baseUrl, const QString &envKey)
{
    const quint64 generation = ++m_generation;
    dropClient();
    m_current = choice;
    m_connecting = true;
    Q_EMIT connecting(choice);

    QString why;
    if (!SafeUrl::isAcceptableBaseUrl(baseUrl, &why)) {
        fail(ConnectionProblem::Reason::Refused,
             tr("The base URL %1 is refused: %2").arg(baseUrl.toDisplayString(), why));
        return;
    }
    if (!envKey.isEmpty()) {
        finish(generation, baseUrl, envKey,
               choice.isDemo() ? tr("the demo sandbox") : tr("the WORKOS_API_KEY environment variable"));
        return;
    }
    if (choice.kind != EnvironmentChoice::Kind::Configured || !m_deps.secrets) {
        fail(ConnectionProblem::Reason::NoKey, tr("There is no API key for \"%1\".").arg(choice.environment.name));
        return;
    }
    const QString name = choice.environment.name;
    m_deps.secrets->read(name, this, [this, generation, baseUrl, name](const SecretResult &result) {
        if (generation != m_generation)
            return; // another environment was chosen meanwhile
        switch (result.status) {
        case SecretResult::Status::Ok:
            finish(generation, baseUrl, result.key, tr("the key stored for \"%1\" in Settings").arg(name));
            return;
        case SecretResult::Status::NotFound:
            fail(ConnectionProblem::Reason::NoKey,
                 tr("No API key is stored for \"%1\" yet. Open Settings… (Ctrl+,) to store one.").arg(name));
            return;
        case SecretResult::Status::Unavailable:
            fail(ConnectionProblem::Reason::KeychainUnavailable,
                 tr("The API key for \"%1\" cannot be read: no keychain is available (%2). Open Settings… "
                    "(Ctrl+,) to keep a key in memory for as long as the app runs.")
                     .arg(name, m_deps.secrets->unavailableReason()));
            return;
        case SecretResult::Status::Failed:
            fail(ConnectionProblem::Reason::KeychainFailed,
                 tr("The API key for \"%1\" could not be read from the keychain: %2").arg(name, result.error));
            return;
        }
    });
}

void EnvironmentConnector::finish(quint64 generation, const QUrl &baseUrl, const QString &key,
                                  const QString &keyOrigin)
{
    if (generation != m_generation)
        return;
    ClientConfig config = m_deps.clientTemplate;
    config.baseUrl = baseUrl;
    config.apiKey = key;
    m_connecting = false;
    config.keyOrigin = keyOrigin;
    m_keyOrigin = keyOrigin;
    m_client = std::make_unique<WorkOsClient>(m_deps.nam, config);
    Q_EMIT connected(m_current);
}

void EnvironmentConnector::fail(ConnectionProblem::Reason reason, const QString &message)
{
    m_connecting = false;
    Q_EMIT failed(ConnectionProblem{reason, m_current.environment.name, message});
}
