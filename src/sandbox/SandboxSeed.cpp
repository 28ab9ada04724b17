#include "sandbox/SandboxSeed.h"

#include "sandbox/SandboxIds.h"
#include "sandbox/SandboxStore.h"

#include <QTimeZone>

namespace {

using SandboxIds::Kind;

const QDateTime &seedEpoch()
{
    static const QDateTime epoch(QDate(2023, 6, 1), QTime(12, 0), QTimeZone::utc());
    return epoch;
}

QString userId(int index) { return SandboxIds::make(QStringLiteral("user_"), Kind::User, quint64(index)); }
QString orgId(int index) { return SandboxIds::make(QStringLiteral("org_"), Kind::Organization, quint64(index)); }

struct ProviderSpec
{
    const char *slug;
    const char *name;
    const char *description; // nullptr: null
    const char *integrationType;
    const char *credentialsType;
    const char *scopes;      // space separated; nullptr: null
    SandboxOwnership ownership;
};

const ProviderSpec providerSpecs[] = {
    {"github", "GitHub", "Repositories, issues and pull requests.", "github", "oauth2",
     "repo read:user read:org", SandboxOwnership::UserlandUser},
    {"slack", "Slack", "Channels and messages.", "slack", "oauth2",
     "channels:read chat:write users:read users:read.email", SandboxOwnership::UserlandUser},
    {"google-drive", "Google Drive", "Files and folders.", "google_drive", "oauth2",
     "https://www.googleapis.com/auth/drive.readonly https://www.googleapis.com/auth/drive.file",
     SandboxOwnership::UserlandUser},
    {"salesforce", "Salesforce", "CRM records, shared by the whole organization.", "salesforce",
     "oauth2", "api refresh_token offline_access", SandboxOwnership::Organization},
    {"notion", "Notion", nullptr, "notion", "oauth2", nullptr, SandboxOwnership::UserlandUser},
    {"linear", "Linear", "Issues and projects.", "linear", "oauth2", "read write issues:create",
     SandboxOwnership::UserlandUser},
    {"hubspot", "HubSpot", "Contacts and companies.", "hubspot", "oauth2",
     "oauth crm.objects.contacts.read crm.objects.companies.read", SandboxOwnership::UserlandUser},
    {"microsoft-outlook", "Microsoft Outlook", "Mail and calendars.", "microsoft_outlook", "oauth2",
     "offline_access User.Read Mail.Read Calendars.Read", SandboxOwnership::UserlandUser},
    {"zendesk", "Zendesk", "Support tickets, shared by the whole organization.", "zendesk", "oauth2",
     "read write", SandboxOwnership::Organization},
};

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void addProviders(SandboxStore &store)
{
    int index = 1;
    for (const ProviderSpec &spec : providerSpecs) {
        SandboxProvider p;
        p.id = SandboxIds::make(QStringLiteral("data_integration_"), Kind::Provider, quint64(index));
        p.name = QString::fromLatin1(spec.name);
        p.description = spec.description ? QString::fromLatin1(spec.description) : QString();
        p.slug = QString::fromLatin1(spec.slug);
        p.integrationType = QString::fromLatin1(spec.integrationType);
        p.credentialsType = QString::fromLatin1(spec.credentialsType);
        if (spec.scopes)
            p.scopes = words(spec.scopes);
        p.ownership = spec.ownership;
        if (p.slug == QLatin1String("linear"))
            p.authMethods = QStringList{QStringLiteral("oauth"), QStringLiteral("api_key")};
        else if (p.slug == QLatin1String("salesforce"))
            p.authMethods = QStringList{QStringLiteral("oauth"), QStringLiteral("client_credentials")};
        p.createdAt = seedEpoch().addDays(-30 + index);
        p.updatedAt = p.createdAt.addDays(2);
        store.addProvider(p);
        ++index;
    }
}

QStringList configuredScopes(const SandboxStore &store, const QString &slug)
{
    const SandboxProvider *p = store.provider(slug);
    return p && p->scopes ? *p->scopes : QStringList();
}

struct Seeder
{
    SandboxStore &store;
    int accountIndex = 1;
    int membershipIndex = 1;

    void org(int index, const QString &name, const QStringList &domains, const QString &externalId = {})
    {
        SandboxOrganization o;
        o.id = orgId(index);
        o.name = name;
        o.domains = domains;
        o.externalId = externalId;
        o.createdAt = seedEpoch().addDays(-20 + index);
        o.updatedAt = o.createdAt.addDays(1);
        store.addOrganization(o);
    }

    void user(int index, const QString &email, const QString &first, const QString &last, qint64 minutes)
    {
        SandboxUser u;
        u.id = userId(index);
        u.email = email;
        u.firstName = first;
        u.lastName = last;
        u.emailVerified = index % 9 != 4;
        u.createdAt = seedEpoch().addSecs(minutes * 60);
        u.updatedAt = u.createdAt.addDays(1);
        if (index % 6 != 5)
            u.lastSignInAt = u.createdAt.addDays(10 + index % 17);
        if (index % 4 == 0)
            u.locale = QStringLiteral("en-US");
        if (index % 5 == 0)
            u.externalId = QStringLiteral("crm-%1").arg(10000 + index);
        if (index % 8 == 1)
            u.metadata.insert(QStringLiteral("plan"), index % 16 == 1 ? QStringLiteral("enterprise")
                                                                       : QStringLiteral("team"));
        store.addUser(u);
    }

    void member(int userIndex, int orgIndex, const QString &role = QStringLiteral("member"),
                const QString &status = QStringLiteral("active"))
    {
        SandboxMembership m;
        m.id = SandboxIds::make(QStringLiteral("om_"), Kind::Membership, quint64(membershipIndex++));
        m.userId = userId(userIndex);
        m.organizationId = orgId(orgIndex);
        m.roleSlug = role;
        m.status = status;
        const SandboxUser *u = store.user(m.userId);
        m.createdAt = (u ? u->createdAt : seedEpoch()).addSecs(3600);
        m.updatedAt = m.createdAt;
        store.addMembership(m);
    }

    // scopes: nullptr = every configured scope
    void account(const QString &slug, const QString &user, const QString &org, const QString &state,
                 const QStringList *scopes = nullptr)
    {
        SandboxAccount a;
        a.id = SandboxIds::make(QStringLiteral("data_installation_"), Kind::Account, quint64(accountIndex++));
        a.providerSlug = slug;
        a.userId = user;
        a.organizationId = org;
        a.state = state;
        a.scopes = scopes ? *scopes : configuredScopes(store, slug);
        a.establishedByUserId = user; // organization-owned ones: set by the seed story
        const SandboxUser *u = store.user(user);
        const QDateTime base = u ? u->createdAt : seedEpoch();
        a.createdAt = base.addDays(3 + accountIndex % 40);
        a.updatedAt = state == QStringLiteral("connected") ? a.createdAt : a.createdAt.addDays(60);
        store.putAccount(a);
    }
};

const char *const firstNames[] = {"Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya", "Noah",
                                  "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Victor",
                                  "Wendy", "Xavier", "Yara", "Zoe"};
const char *const lastNames[] = {"Anders", "Brown", "Costa", "Dubois", "Evans", "Fischer", "Garcia",
                                 "Haddad", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Novak",
                                 "Okafor", "Park", "Rossi", "Silva", "Tanaka", "Weber"};
constexpr int firstNameCount = int(sizeof(firstNames) / sizeof(firstNames[0]));
constexpr int lastNameCount = int(sizeof(lastNames) / sizeof(lastNames[0]));

// Personal accounts of a generated user, derived from its index only.
void generatedAccounts(Seeder &s, const QString &user, int i)
{
    static const QString connected = QStringLiteral("connected");
    static const QString reauth = QStringLiteral("needs_reauthorization");
    if (i % 3 == 0)
        s.account(QStringLiteral("github"), user, {}, connected);
    if (i % 5 == 0) {
        const QStringList partial{QStringLiteral("channels:read")};
        s.account(QStringLiteral("slack"), user, {}, reauth, &partial);
    } else if (i % 5 == 1) {
        s.account(QStringLiteral("slack"), user, {}, connected);
    }
    if (i % 4 == 2)
        s.account(QStringLiteral("google-drive"), user, {}, connected);
    if (i % 7 == 3)
        s.account(QStringLiteral("hubspot"), user, {}, connected);
    if (i % 11 == 4)
        s.account(QStringLiteral("microsoft-outlook"), user, {}, reauth);
}

void demo(SandboxStore &store)
{
    addProviders(store);
    Seeder s{store};
    s.org(1, QStringLiteral("Acme Inc"), {QStringLiteral("acme.com")}, QStringLiteral("acme-001"));
    s.org(2, QStringLiteral("Globex Corporation"), {QStringLiteral("globex.com")});
    s.org(3, QStringLiteral("Initech"), {QStringLiteral("initech.com")});
    s.org(4, QStringLiteral("Umbrella Labs"), {QStringLiteral("umbrella-labs.io"), QStringLiteral("umbrella.dev")});
    s.org(5, QStringLiteral("Stark Industries"), {QStringLiteral("stark-industries.com")});
    s.org(6, QStringLiteral("Hooli"), {QStringLiteral("hooli.xyz")});

    const QString connected = QStringLiteral("connected");
    const QString reauth = QStringLiteral("needs_reauthorization");
    const QString acme = orgId(1);
    const QString globex = orgId(2);
    const QString initech = orgId(3);

    // The well-known users (see SandboxSeed.h).
    s.user(1, QStringLiteral("alice@acme.com"), QStringLiteral("Alice"), QStringLiteral("Nguyen"), 0);
    s.user(2, QStringLiteral("bob@acme.com"), QStringLiteral("Bob"), QStringLiteral("Martins"), 2000);
    s.user(3, QStringLiteral("carol@globex.com"), QStringLiteral("Carol"), QStringLiteral("Diaz"), 4000);
    s.user(4, QStringLiteral("dave@initech.com"), QStringLiteral("Dave"), QStringLiteral("Okafor"), 6000);
    s.user(5, QStringLiteral("erin@umbrella-labs.io"), QStringLiteral("Erin"), QStringLiteral("Walsh"), 8000);
    s.user(6, QStringLiteral("frank@example.org"), QStringLiteral("Frank"), QString(), 10000);
    s.member(1, 1, QStringLiteral("admin"));
    s.member(1, 2);
    s.member(2, 1);
    s.member(3, 2, QStringLiteral("admin"));
    s.member(4, 3);
    s.member(5, 4, QStringLiteral("member"), QStringLiteral("pending"));

    const QString alice = userId(1);
    s.account(QStringLiteral("github"), alice, {}, connected);
    const QStringList slackPartial{QStringLiteral("channels:read"), QStringLiteral("users:read")};
    s.account(QStringLiteral("slack"), alice, {}, reauth, &slackPartial);
    const QStringList drivePartial{QStringLiteral("https://www.googleapis.com/auth/drive.readonly")};
    s.account(QStringLiteral("google-drive"), alice, {}, connected, &drivePartial);
    const QStringList none;
    s.account(QStringLiteral("microsoft-outlook"), alice, {}, QStringLiteral("disconnected"), &none);
    s.account(QStringLiteral("linear"), alice, globex, connected);       // organization-scoped
    s.account(QStringLiteral("github"), alice, globex, reauth, &none);   // a second, scoped GitHub
    s.account(QStringLiteral("salesforce"), {}, acme, connected);        // organization-owned
    s.account(QStringLiteral("salesforce"), {}, globex, reauth, &none);
    s.account(QStringLiteral("zendesk"), {}, initech, connected);

    const QString carol = userId(3);
    const QStringList githubPartial{QStringLiteral("repo"), QStringLiteral("read:user")};
    s.account(QStringLiteral("github"), carol, {}, connected, &githubPartial);
    s.account(QStringLiteral("hubspot"), carol, {}, connected);

    const QString dave = userId(4);
    s.account(QStringLiteral("notion"), dave, {}, QStringLiteral("suspended"), &none);
    s.account(QStringLiteral("github"), dave, {}, connected);

    s.account(QStringLiteral("slack"), userId(5), {}, connected);

    // Everybody else: Acme gets 30 members in all (more than two default pages).
    for (int i = 7; i <= SandboxSeed::DemoUserCount; ++i) {
        const QString first = QString::fromLatin1(firstNames[i % firstNameCount]);
        const QString last = QString::fromLatin1(lastNames[(i * 7) % lastNameCount]);
        int org = 1;
        if (i > 34)
            org = 2 + (i % 4); // Globex, Initech, Umbrella Labs, Stark Industries
        const SandboxOrganization *o = store.organization(orgId(org));
        const QString email = QStringLiteral("%1.%2%3@%4")
                                  .arg(first.toLower(), last.toLower())
                                  .arg(i)
                                  .arg(o->domains.constFirst());
        s.user(i, email, first, last, qint64(i) * 2000);
        const QString status = i % 13 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        s.member(i, org, i % 10 == 0 ? QStringLiteral("admin") : QStringLiteral("member"), status);
        if (i % 9 == 0)
            s.member(i, 5); // a few people are in two organizations
        generatedAccounts(s, userId(i), i);
    }

    SandboxSeed::detail::addMultipleConnections(store);
    SandboxSeed::detail::addEvents(store, QDateTime::currentDateTimeUtc());
}

// --- large:N ---------------------------------------------------------------

constexpr int LargeFirstIndex = 1000;
constexpr int LargeOrgFirstIndex = 100;
constexpr int LargeMembersPerOrg = 1000;

void generateLargeAccounts(SandboxStore &store, const SandboxUser &user)
{
    Seeder s{store};
    s.accountIndex = 1000000 + user.generatedIndex * 8;
    generatedAccounts(s, user.id, user.generatedIndex);
}

void large(SandboxStore &store, int count)
{
    int generated = count;
    if (count >= SandboxSeed::DemoUserCount) {
        demo(store);
        generated = count - SandboxSeed::DemoUserCount;
    } else {
        addProviders(store);
    }
    const int orgCount = qMax(1, (generated + LargeMembersPerOrg - 1) / LargeMembersPerOrg);
    Seeder s{store};
    s.membershipIndex = 1000000;
    for (int k = 0; k < orgCount; ++k) {
        s.org(LargeOrgFirstIndex + k, QStringLiteral("Org %1").arg(k + 1),
              {QStringLiteral("org%1.example.com").arg(k + 1)});
    }
    const QDateTime base = seedEpoch().addDays(200);
    for (int n = 0; n < generated; ++n) {
        const int index = LargeFirstIndex + n;
        const int org = n / LargeMembersPerOrg;
        SandboxUser u;
        u.id = userId(index);
        u.email = QStringLiteral("user%1@org%2.example.com").arg(n + 1).arg(org + 1);
        u.firstName = QString::fromLatin1(firstNames[n % firstNameCount]);
        u.lastName = QString::fromLatin1(lastNames[(n / firstNameCount) % lastNameCount]);
        u.createdAt = base.addSecs(qint64(n) * 60);
        u.updatedAt = u.createdAt;
        u.generatedIndex = n;
        store.addUser(u);

        SandboxMembership m;
        m.id = SandboxIds::make(QStringLiteral("om_"), Kind::Membership, quint64(s.membershipIndex++));
        m.userId = u.id;
        m.organizationId = orgId(LargeOrgFirstIndex + org);
        m.createdAt = u.createdAt;
        m.updatedAt = u.createdAt;
        store.addMembership(m);
    }
    store.setAccountGenerator(&generateLargeAccounts);
}

} // namespace

namespace SandboxSeed {

bool isValidSpec(const QString &spec)
{
    if (spec == QLatin1String("demo") || spec == QLatin1String("empty"))
        return true;
    if (!spec.startsWith(QLatin1String("large:")))
        return false;
    bool ok = false;
    const int n = spec.mid(6).toInt(&ok);
    return ok && n >= 0 && n <= 5000000;
}

bool populate(SandboxStore &store, const QString &spec)
{
    if (!isValidSpec(spec))
        return false;
    store.clear();
    if (spec == QLatin1String("demo")) {
        demo(store);
    } else if (spec == QLatin1String("empty")) {
        addProviders(store); // providers exist in every environment
    } else {
        large(store, spec.mid(6).toInt());
    }
    return true;
}

} // namespace SandboxSeed
