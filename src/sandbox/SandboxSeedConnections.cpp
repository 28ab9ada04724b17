// The demo seed's several-connections and shared-connections story (SDK 12.3.0),
// laid over the 0.1.0-era accounts of SandboxSeed.cpp. Without
// supports_multiple_connections a client sees only the compatibility
// connections, so the 0.1.0 story reads the same as before.

#include "sandbox/SandboxSeed.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxStore.h"

namespace {

using SandboxIds::Kind;

QString userId(int index) { return SandboxIds::make(QStringLiteral("user_"), Kind::User, quint64(index)); }
QString orgId(int index) { return SandboxIds::make(QStringLiteral("org_"), Kind::Organization, quint64(index)); }

class ConnectionSeeder final
{
public:
    explicit ConnectionSeeder(SandboxStore &store) : m_store(store) {}

    // A standard connection with the next fixed index (801, 802, ...), so that
    // its id is a constant of SandboxSeed.h whatever else the seed holds.
    SandboxAccount &standard(const QString &slug, const QString &user, const QString &org, const QString &state,
                             const QString &label)
    {
        SandboxAccount &a = m_next;
        a = SandboxAccount();
        a.id = SandboxIds::make(QStringLiteral("data_installation_"), Kind::Account, quint64(m_index++));
        a.providerSlug = slug;
        a.userId = user;
        a.organizationId = org;
        a.state = state;
        a.role = SandboxConnectionRole::Standard;
        a.displayName = label;
        const SandboxProvider *p = m_store.provider(slug);
        a.scopes = p && p->scopes ? *p->scopes : QStringList();
        a.establishedByUserId = user;
        const SandboxUser *u = m_store.user(user);
        a.createdAt = (u ? u->createdAt : QDateTime(QDate(2023, 6, 1), QTime(12, 0), Qt::UTC)).addDays(90 + m_index % 20);
        a.updatedAt = state == QLatin1String("connected") ? a.createdAt : a.createdAt.addDays(30);
        return a;
    }
    void put() { m_store.putAccount(m_next); }

    // Changes a seeded compatibility connection in place.
    template <typename Change>
    void amend(const QString &slug, const QString &user, const QString &org, Change change)
    {
        std::optional<SandboxAccount> a = m_store.account({slug, user, org});
        if (!a)
            return;
        change(*a);
        m_store.putAccount(*a);
    }

private:
    SandboxStore &m_store;
    SandboxAccount m_next;
    int m_index = SandboxSeed::detail::FirstStandardAccountIndex;
};

} // namespace

namespace SandboxSeed::detail {

void addMultipleConnections(SandboxStore &store)
{
    ConnectionSeeder s(store);
    const QString connected = QStringLiteral("connected");
    const QString reauth = QStringLiteral("needs_reauthorization");
    const QString alice = userId(1);
    const QString acme = orgId(1);
    const QString globex = orgId(2);

    // Alice's GitHub: "Personal" (compatibility), "Work" and "Contractor" (standard).
    s.amend(QStringLiteral("github"), alice, {}, [](SandboxAccount &a) {
        a.displayName = QStringLiteral("Personal");
        a.identifier = QStringLiteral("alice-nguyen");
    });
    s.standard(QStringLiteral("github"), alice, {}, connected, QStringLiteral("Work")).identifier = QStringLiteral("alice-acme");
    s.put();
    SandboxAccount &contractor = s.standard(QStringLiteral("github"), alice, {}, reauth, QStringLiteral("Contractor"));
    contractor.identifier = QStringLiteral("alice-contract");
    contractor.scopes = QStringList{QStringLiteral("repo")};
    s.put();
    // Alice's HubSpot: the compatibility slot is empty, a standard connection is live.
    s.standard(QStringLiteral("hubspot"), alice, {}, connected, QStringLiteral("Work")).identifier = QStringLiteral("alice@acme.com");
    s.put();
    // Alice's Linear for Globex works with an API key.
    s.amend(QStringLiteral("linear"), alice, globex, [](SandboxAccount &a) {
        a.authMethod = QStringLiteral("api_key");
        a.apiKeyLast4 = QStringLiteral("3f9a");
        a.displayName = QStringLiteral("Globex");
    });

    // Acme shares two Salesforce connections: OAuth "Production" (established by
    // Alice) and client-credentials "Sandbox" (established by Bob).
    s.amend(QStringLiteral("salesforce"), {}, acme, [&alice](SandboxAccount &a) {
        a.displayName = QStringLiteral("Production");
        a.identifier = QStringLiteral("acme.my.salesforce.com");
        a.establishedByUserId = alice;
    });
    SandboxAccount &sandbox = s.standard(QStringLiteral("salesforce"), {}, acme, connected, QStringLiteral("Sandbox"));
    sandbox.authMethod = QStringLiteral("client_credentials");
    sandbox.clientId = QStringLiteral("3MVG9acmeSandboxClient");
    sandbox.clientSecretLast4 = QStringLiteral("x7Q2");
    sandbox.config.insert(QStringLiteral("instance_url"), QStringLiteral("https://acme--sandbox.my.salesforce.com"));
    sandbox.establishedByUserId = userId(2);
    s.put();
    // Globex's shared Salesforce: the member who established it left Globex, so
    // WorkOS cleared its credentials (needs_reauthorization, established_by null).
    s.amend(QStringLiteral("salesforce"), {}, globex, [](SandboxAccount &a) {
        a.displayName = QStringLiteral("Globex CRM");
        a.establishedByUserId.clear();
        a.stateReason = QStringLiteral("establishing_member_membership_ended");
    });
    // Initech's shared Zendesk, established by Dave, with its subdomain.
    s.amend(QStringLiteral("zendesk"), {}, orgId(3), [](SandboxAccount &a) {
        a.displayName = QStringLiteral("Support");
        a.establishedByUserId = userId(4);
        a.config.insert(QStringLiteral("subdomain"), QStringLiteral("initech"));
    });
}

} // namespace SandboxSeed::detail
