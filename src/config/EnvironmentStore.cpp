#include "config/EnvironmentStore.h"

#include <QSettings>

namespace {
// User settings layout (never an API key):
//   [Environments]
//   active=Staging
//   list\size=1
//   list\1\name=Staging
//   list\1\baseUrl=https://api.workos.com
//   list\1\kind=staging
//   list\1\colour=#2e7d32
const QString ActiveKey = QStringLiteral("Environments/active");
const QString ListKey = QStringLiteral("Environments/list");

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}
} // namespace

std::optional<Environment> EnvironmentCatalog::find(const QString &name) const
{
    for (const Environment &env : environments) {
        if (sameName(env.name, name))
            return env;
    }
    return std::nullopt;
}

EnvironmentStore::EnvironmentStore(QSettings *userSettings, const QString &provisioningPath, QObject *parent)
    : QObject(parent)
    , m_settings(userSettings)
    , m_provisioning(ProvisioningFile::read(provisioningPath))
{
    Q_ASSERT(m_settings);
    loadUserEnvironments();
}

EnvironmentStore::~EnvironmentStore() = default;

QString EnvironmentStore::lockedReason() const
{
    if (!isLocked())
        return {};
    return tr("Your administrator has locked the environments on this workstation: they cannot be added, "
              "changed or removed here.");
}

QList<Environment> EnvironmentStore::environments() const
{
    QList<Environment> all = m_provisioning.environments;
    if (!isLocked())
        all.append(m_user);
    return all;
}

std::optional<Environment> EnvironmentStore::find(const QString &name) const
{
    return catalog().find(name);
}

QString EnvironmentStore::activeName() const
{
    const QList<Environment> all = environments();
    const QString saved = m_settings->value(ActiveKey).toString();
    for (const QString &candidate : {saved, m_provisioning.defaultEnvironment}) {
        if (candidate.isEmpty())
            continue;
        for (const Environment &env : all) {
            if (sameName(env.name, candidate))
                return env.name;
        }
    }
    return all.isEmpty() ? QString() : all.first().name;
}

std::optional<Environment> EnvironmentStore::activeEnvironment() const
{
    return find(activeName());
}

EnvironmentStore::Result EnvironmentStore::setActive(const QString &name)
{
    const std::optional<Environment> env = find(name);
    if (!env)
        return tr("There is no environment named \"%1\".").arg(name);
    const QString before = activeName();
    m_settings->setValue(ActiveKey, env->name);
    m_settings->sync();
    if (before != env->name)
        Q_EMIT activeChanged(env->name);
    return NoContent{};
}

EnvironmentStore::Result EnvironmentStore::add(const Environment &environment)
{
    if (isLocked())
        return lockedReason();
    Environment env = environment;
    env.name = env.name.trimmed();
    env.origin = Environment::Origin::User;
    env.colour = Environment::normalizedColour(env.colour);
    const QString why = Environment::validate(env, environments());
    if (!why.isEmpty())
        return why;
    const QString before = activeName();
    m_user.append(env);
    saveUserEnvironments();
    Q_EMIT environmentsChanged();
    if (before != activeName())
        Q_EMIT activeChanged(activeName());
    return NoContent{};
}

EnvironmentStore::Result EnvironmentStore::update(const Environment &environment)
{
    const std::optional<Environment> existing = find(environment.name);
    if (!existing)
        return tr("There is no environment named \"%1\".").arg(environment.name);
    const QString readOnly = whyReadOnly(*existing);
    if (!readOnly.isEmpty())
        return readOnly;
    Environment env = environment;
    env.name = existing->name;
    env.origin = Environment::Origin::User;
    env.colour = Environment::normalizedColour(env.colour);
    const QString why = Environment::validate(env, allExcept(env.name));
    if (!why.isEmpty())
        return why;
    m_user[userIndexOf(env.name)] = env;
    saveUserEnvironments();
    Q_EMIT environmentsChanged();
    return NoContent{};
}

EnvironmentStore::Result EnvironmentStore::remove(const QString &name)
{
    const std::optional<Environment> existing = find(name);
    if (!existing)
        return tr("There is no environment named \"%1\".").arg(name);
    const QString readOnly = whyReadOnly(*existing);
    if (!readOnly.isEmpty())
        return readOnly;
    const QString before = activeName();
    m_user.removeAt(userIndexOf(existing->name));
    if (sameName(m_settings->value(ActiveKey).toString(), existing->name))
        m_settings->remove(ActiveKey);
    saveUserEnvironments();
    Q_EMIT environmentsChanged();
    if (before != activeName())
        Q_EMIT activeChanged(activeName());
    return NoContent{};
}

EnvironmentCatalog EnvironmentStore::catalog() const
{
    EnvironmentCatalog c;
    c.environments = environments();
    c.userActive = m_settings->value(ActiveKey).toString();
    c.provisionedDefault = m_provisioning.defaultEnvironment;
    c.locked = isLocked();
    return c;
}

QString EnvironmentStore::whyReadOnly(const Environment &environment) const
{
    if (isLocked())
        return lockedReason();
    if (environment.isProvisioned())
        return tr("\"%1\" was set up by your administrator and cannot be changed or removed here.")
            .arg(environment.name);
    return {};
}

void EnvironmentStore::loadUserEnvironments()
{
    m_user.clear();
    const int count = m_settings->beginReadArray(ListKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Environment env;
        env.origin = Environment::Origin::User;
        env.name = m_settings->value(QStringLiteral("name")).toString().trimmed();
        env.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString(), QUrl::StrictMode);
        if (!Environment::kindFromString(m_settings->value(QStringLiteral("kind")).toString(), &env.kind))
            env.kind = Environment::Kind::Production; // unknown: the careful choice
        env.colour = Environment::normalizedColour(m_settings->value(QStringLiteral("colour")).toString());
        // Skip entries that became invalid or clash with a provisioned one.
        QList<Environment> others = m_provisioning.environments;
        others.append(m_user);
        if (Environment::validate(env, others).isEmpty())
            m_user.append(env);
    }
    m_settings->endArray();
}

void EnvironmentStore::saveUserEnvironments()
{
    m_settings->remove(ListKey);
    m_settings->beginWriteArray(ListKey, int(m_user.size()));
    for (int i = 0; i < m_user.size(); ++i) {
        const Environment &env = m_user.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), env.name);
        m_settings->setValue(QStringLiteral("baseUrl"), env.baseUrl.toString());
        m_settings->setValue(QStringLiteral("kind"), Environment::kindToString(env.kind));
        m_settings->setValue(QStringLiteral("colour"), env.colour);
    }
    m_settings->endArray();
    m_settings->sync();
}

int EnvironmentStore::userIndexOf(const QString &name) const
{
    for (int i = 0; i < m_user.size(); ++i) {
        if (sameName(m_user.at(i).name, name))
            return i;
    }
    return -1;
}

QList<Environment> EnvironmentStore::allExcept(const QString &name) const
{
    QList<Environment> others;
    const QList<Environment> all = environments();
    for (const Environment &env : all) {
        if (!sameName(env.name, name))
            others.append(env);
    }
    return others;
}
