#include "sandbox/SandboxStore.h"

#include "sandbox/SandboxIds.h"

#include <algorithm>

namespace {

template <typename T>
qsizetype insertSorted(QList<T> &list, const T &item)
{
    if (list.isEmpty() || list.constLast().id < item.id) {
        list.append(item);
        return list.size() - 1;
    }
    const auto it = std::lower_bound(list.begin(), list.end(), item,
                                     [](const T &a, const T &b) { return a.id < b.id; });
    const qsizetype pos = it - list.begin();
    list.insert(pos, item);
    return -1; // the caller rebuilds its indexes
}

} // namespace

void SandboxStore::clear()
{
    m_users.clear();
    m_userIndex.clear();
    m_organizations.clear();
    m_organizationIndex.clear();
    m_memberships.clear();
    m_membershipsByUser.clear();
    m_membershipsByOrganization.clear();
    m_providers.clear();
    m_accounts.clear();
    m_materialized.clear();
    m_generator = nullptr;
    m_createdAccounts = 0;
    m_events.clear();
    m_issuedTokens.clear();
}

void SandboxStore::addEvent(SandboxEvent event)
{
    if (event.id.isEmpty())
        event.id = SandboxIds::make(QStringLiteral("event_"), SandboxIds::Kind::Event, quint64(m_events.size() + 1));
    m_events.append(std::move(event));
}

void SandboxStore::addUser(const SandboxUser &user)
{
    if (m_userIndex.contains(user.id))
        return;
    const qsizetype pos = insertSorted(m_users, user);
    if (pos >= 0) {
        m_userIndex.insert(user.id, pos);
        return;
    }
    m_userIndex.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users.at(i).id, i);
}

void SandboxStore::addOrganization(const SandboxOrganization &organization)
{
    if (m_organizationIndex.contains(organization.id))
        return;
    const qsizetype pos = insertSorted(m_organizations, organization);
    if (pos >= 0) {
        m_organizationIndex.insert(organization.id, pos);
        return;
    }
    m_organizationIndex.clear();
    for (qsizetype i = 0; i < m_organizations.size(); ++i)
        m_organizationIndex.insert(m_organizations.at(i).id, i);
}

void SandboxStore::addMembership(const SandboxMembership &membership)
{
    const qsizetype pos = insertSorted(m_memberships, membership);
    if (pos >= 0) {
        m_membershipsByUser[membership.userId].append(pos);
        m_membershipsByOrganization[membership.organizationId].append(pos);
        return;
    }
    m_membershipsByUser.clear();
    m_membershipsByOrganization.clear();
    for (qsizetype i = 0; i < m_memberships.size(); ++i) {
        m_membershipsByUser[m_memberships.at(i).userId].append(i);
        m_membershipsByOrganization[m_memberships.at(i).organizationId].append(i);
    }
}

void SandboxStore::addProvider(const SandboxProvider &provider)
{
    m_providers.append(provider);
}

void SandboxStore::putAccount(const SandboxAccount &account)
{
    const SandboxAccountKey key{account.providerSlug, account.userId, account.organizationId};
    QList<SandboxAccount> &list = m_accounts[keyString(key)];
    const bool compatibility = account.role == SandboxConnectionRole::Compatibility;
    list.removeIf([&account, compatibility](const SandboxAccount &a) {
        return a.id == account.id || (compatibility && a.role == SandboxConnectionRole::Compatibility);
    });
    list.append(account);
    std::sort(list.begin(), list.end(), [](const SandboxAccount &a, const SandboxAccount &b) {
        const bool aCompatible = a.role == SandboxConnectionRole::Compatibility;
        const bool bCompatible = b.role == SandboxConnectionRole::Compatibility;
        return aCompatible != bCompatible ? aCompatible : a.id < b.id;
    });
}

const SandboxUser *SandboxStore::user(const QString &id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.constEnd() ? nullptr : &m_users.at(it.value());
}

const SandboxOrganization *SandboxStore::organization(const QString &id) const
{
    const auto it = m_organizationIndex.constFind(id);
    return it == m_organizationIndex.constEnd() ? nullptr : &m_organizations.at(it.value());
}

const SandboxProvider *SandboxStore::provider(const QString &slug) const
{
    for (const SandboxProvider &p : m_providers) {
        if (p.slug == slug)
            return &p;
    }
    return nullptr;
}

QList<const SandboxMembership *> SandboxStore::membershipsOfUser(const QString &userId) const
{
    QList<const SandboxMembership *> result;
    const QList<qsizetype> indexes = m_membershipsByUser.value(userId);
    for (const qsizetype i : indexes)
        result.append(&m_memberships.at(i));
    return result;
}

QList<const SandboxMembership *> SandboxStore::membershipsOfOrganization(const QString &organizationId) const
{
    QList<const SandboxMembership *> result;
    const QList<qsizetype> indexes = m_membershipsByOrganization.value(organizationId);
    for (const qsizetype i : indexes)
        result.append(&m_memberships.at(i));
    return result;
}

SandboxAccountKey SandboxStore::accountKey(const SandboxProvider &provider, const QString &userId,
                                           const QString &organizationId) const
{
    if (provider.ownership == SandboxOwnership::Organization)
        return {provider.slug, QString(), organizationId};
    return {provider.slug, userId, organizationId};
}

std::optional<SandboxAccount> SandboxStore::account(const SandboxAccountKey &key)
{
    const QList<SandboxAccount> all = accounts(key);
    if (all.isEmpty() || all.constFirst().role != SandboxConnectionRole::Compatibility)
        return std::nullopt;
    return all.constFirst();
}

QList<SandboxAccount> SandboxStore::accounts(const SandboxAccountKey &key)
{
    if (key.userId.isEmpty() && key.organizationId.isEmpty())
        return {}; // an organization-owned provider asked without an organization
    materialize(key.userId);
    return m_accounts.value(keyString(key));
}

std::optional<SandboxAccount> SandboxStore::accountById(const SandboxAccountKey &key, const QString &id)
{
    const QList<SandboxAccount> all = accounts(key);
    for (const SandboxAccount &a : all) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

bool SandboxStore::removeAccount(const SandboxAccountKey &key)
{
    const std::optional<SandboxAccount> compatibility = account(key);
    return compatibility && removeAccount(key, compatibility->id);
}

bool SandboxStore::removeAccount(const SandboxAccountKey &key, const QString &id)
{
    if (key.userId.isEmpty() && key.organizationId.isEmpty())
        return false;
    materialize(key.userId);
    const auto it = m_accounts.find(keyString(key));
    if (it == m_accounts.end())
        return false;
    const qsizetype removed = it->removeIf([&id](const SandboxAccount &a) { return a.id == id; });
    if (it->isEmpty())
        m_accounts.erase(it);
    return removed > 0;
}

QList<SandboxAccount> SandboxStore::allAccounts()
{
    QList<SandboxAccount> result;
    for (const QList<SandboxAccount> &list : std::as_const(m_accounts))
        result += list;
    std::sort(result.begin(), result.end(),
              [](const SandboxAccount &a, const SandboxAccount &b) { return a.id < b.id; });
    return result;
}

int SandboxStore::accountCount() const
{
    qsizetype count = 0;
    for (const QList<SandboxAccount> &list : m_accounts)
        count += list.size();
    return int(count);
}

QString SandboxStore::nextAccountId()
{
    // Seeds use small indexes; accounts created at run time start far above them.
    return SandboxIds::make(QStringLiteral("data_installation_"), SandboxIds::Kind::Account,
                            5000000 + m_createdAccounts++);
}

QString SandboxStore::keyString(const SandboxAccountKey &key)
{
    return key.providerSlug + QLatin1Char('|') + key.userId + QLatin1Char('|') + key.organizationId;
}

void SandboxStore::materialize(const QString &userId)
{
    if (!m_generator || userId.isEmpty())
        return;
    const SandboxUser *u = user(userId);
    if (!u || u->generatedIndex < 0 || m_materialized.contains(userId))
        return;
    m_materialized.insert(userId, true);
    const SandboxUser copy = *u;
    m_generator(*this, copy);
}
