// The sandbox's several-connections contract (SDK @workos-inc/node 12.3.0):
// what a client that sends supports_multiple_connections sees, what one that
// does not still sees, selection by connected_account_id, the organization
// endpoints and authorize with connection_intent / connection_owner.

#include "SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace S = SandboxSeed;

namespace {

const QString Flag = QStringLiteral("supports_multiple_connections");
const QString Id = QStringLiteral("connected_account_id");

QString userProviders(const QString &userId)
{
    return QStringLiteral("/user_management/users/%1/data_providers").arg(userId);
}
QString userAccount(const QString &userId, const QString &slug)
{
    return QStringLiteral("/user_management/users/%1/connected_accounts/%2").arg(userId, slug);
}
QString orgProviders(const QString &orgId)
{
    return QStringLiteral("/organizations/%1/data_providers").arg(orgId);
}
QString orgAccount(const QString &orgId, const QString &slug)
{
    return QStringLiteral("/organizations/%1/connected_accounts/%2").arg(orgId, slug);
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &item : items)
        q.addQueryItem(item.first, item.second);
    return q;
}

QJsonObject bySlug(const QJsonArray &providers, const QString &slug)
{
    for (const QJsonValue &value : providers) {
        if (value[QStringLiteral("slug")].toString() == slug)
            return value.toObject();
    }
    return {};
}

QStringList field(const QJsonArray &objects, const char *name)
{
    QStringList out;
    for (const QJsonValue &value : objects)
        out.append(value[QLatin1String(name)].toString());
    return out;
}

QJsonObject byId(const QJsonArray &objects, const QString &id)
{
    for (const QJsonValue &value : objects) {
        if (value[QStringLiteral("id")].toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestSandboxConnections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startServer(); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void seedTellsTheStory()
    {
        SandboxStore &store = m_server->store();
        const QList<SandboxAccount> github = store.accounts({S::GithubSlug, S::AliceUserId, {}});
        QCOMPARE(field(toJson(github), "id"), (QStringList{S::AliceGithubAccountId, S::AliceGithubWorkAccountId,
                                                           S::AliceGithubContractorAccountId}));
        QCOMPARE(github.at(0).role, SandboxConnectionRole::Compatibility);
        QCOMPARE(github.at(1).displayName, QStringLiteral("Work"));
        QVERIFY(!store.account({S::HubspotSlug, S::AliceUserId, {}}));
        QCOMPARE(store.accounts({S::HubspotSlug, S::AliceUserId, {}}).constFirst().id, QString(S::AliceHubspotWorkAccountId));
        QCOMPARE(store.accounts({S::SalesforceSlug, {}, S::AcmeOrgId}).size(), 2);
        QCOMPARE(store.account({S::SalesforceSlug, {}, S::GlobexOrgId})->id, QString(S::GlobexSalesforceAccountId));
        QCOMPARE(store.account({S::ZendeskSlug, {}, S::InitechOrgId})->id, QString(S::InitechZendeskAccountId));
        QCOMPARE(store.account({S::LinearSlug, S::AliceUserId, S::GlobexOrgId})->id, QString(S::AliceLinearGlobexAccountId));
    }

    // §2c: without the flag (or with "false") connected_accounts holds at most
    // the compatibility connection; with it, every connection of the owner.
    void listsWithAndWithoutTheFlag_data()
    {
        QTest::addColumn<QString>("flag"); // empty: not sent
        QTest::addColumn<QStringList>("githubIds");
        QTest::addColumn<QStringList>("hubspotIds");
        const QStringList compatibility{S::AliceGithubAccountId};
        QTest::newRow("absent") << QString() << compatibility << QStringList{};
        QTest::newRow("false") << QStringLiteral("false") << compatibility << QStringList{};
        QTest::newRow("true") << QStringLiteral("true")
                              << QStringList{S::AliceGithubAccountId, S::AliceGithubWorkAccountId, S::AliceGithubContractorAccountId}
                              << QStringList{S::AliceHubspotWorkAccountId};
    }

    void listsWithAndWithoutTheFlag()
    {
        QFETCH(QString, flag);
        QFETCH(QStringList, githubIds);
        QFETCH(QStringList, hubspotIds);
        const HttpResult result = m_client->get(userProviders(S::AliceUserId), flag.isEmpty() ? QUrlQuery() : query({{Flag, flag}}));
        QCOMPARE(result.status, 200);
        const QJsonObject github = bySlug(result.data(), S::GithubSlug);
        QCOMPARE(github[QStringLiteral("connected_account")][QStringLiteral("id")].toString(), QString(S::AliceGithubAccountId));
        const QJsonArray githubAccounts = github[QStringLiteral("connected_accounts")].toArray();
        QCOMPARE(field(githubAccounts, "id"), githubIds);
        QCOMPARE(field(githubAccounts, "connection_role").first(), QStringLiteral("compatibility"));
        QCOMPARE(field(githubAccounts, "account_display_name").first(), QStringLiteral("Personal"));
        // The compatibility slot of HubSpot is empty: null, whatever the flag.
        const QJsonObject hubspot = bySlug(result.data(), S::HubspotSlug);
        QVERIFY(hubspot[QStringLiteral("connected_account")].isNull());
        QCOMPARE(field(hubspot[QStringLiteral("connected_accounts")].toArray(), "id"), hubspotIds);
        QCOMPARE(github[QStringLiteral("connection_owner")].toString(), QStringLiteral("user"));
        QCOMPARE(github[QStringLiteral("ownership")].toString(), QStringLiteral("userland_user"));
        if (flag == QLatin1String("true")) {
            const QJsonObject contractor = byId(githubAccounts, S::AliceGithubContractorAccountId);
            QCOMPARE(contractor[QStringLiteral("connection_role")].toString(), QStringLiteral("standard"));
            QCOMPARE(contractor[QStringLiteral("state")].toString(), QStringLiteral("needs_reauthorization"));
            QCOMPARE(contractor[QStringLiteral("account_identifier")].toString(), QStringLiteral("alice-contract"));
            QCOMPARE(contractor[QStringLiteral("userland_user_id")].toString(), QString(S::AliceUserId));
            QCOMPARE(contractor[QStringLiteral("established_by_user_id")].toString(), QString(S::AliceUserId));
        }
    }

    void fieldsOfSharedAndKeyConnections()
    {
        const HttpResult acme = m_client->get(userProviders(S::AliceUserId), query({{Flag, QStringLiteral("true")},
                                                                                   {QStringLiteral("organization_id"), S::AcmeOrgId}}));
        const QJsonObject salesforce = bySlug(acme.data(), S::SalesforceSlug);
        QCOMPARE(salesforce[QStringLiteral("connection_owner")].toString(), QStringLiteral("organization"));
        QCOMPARE(salesforce[QStringLiteral("auth_methods")].toArray(),
                 (QJsonArray{QStringLiteral("oauth"), QStringLiteral("client_credentials")}));
        const QJsonArray shared = salesforce[QStringLiteral("connected_accounts")].toArray();
        QCOMPARE(field(shared, "account_display_name"), (QStringList{QStringLiteral("Production"), QStringLiteral("Sandbox")}));
        const QJsonObject sandbox = byId(shared, S::AcmeSalesforceSandboxAccountId);
        QVERIFY(sandbox[QStringLiteral("user_id")].isNull());
        QCOMPARE(sandbox[QStringLiteral("organization_id")].toString(), QString(S::AcmeOrgId));
        QCOMPARE(sandbox[QStringLiteral("auth_method")].toString(), QStringLiteral("client_credentials"));
        QCOMPARE(sandbox[QStringLiteral("client_id")].toString(), QStringLiteral("3MVG9acmeSandboxClient"));
        QCOMPARE(sandbox[QStringLiteral("client_secret_last_4")].toString(), QStringLiteral("x7Q2"));
        QCOMPARE(sandbox[QStringLiteral("config")][QStringLiteral("instance_url")].toString(),
                 QStringLiteral("https://acme--sandbox.my.salesforce.com"));
        QCOMPARE(sandbox[QStringLiteral("established_by_user_id")].toString(), QString(S::BobUserId));

        const HttpResult linear = m_client->get(userAccount(S::AliceUserId, S::LinearSlug),
                                                query({{QStringLiteral("organization_id"), S::GlobexOrgId}}));
        QCOMPARE(linear.json()[QStringLiteral("auth_method")].toString(), QStringLiteral("api_key"));
        QCOMPARE(linear.json()[QStringLiteral("api_key_last_4")].toString(), QStringLiteral("3f9a"));
        QVERIFY(linear.json()[QStringLiteral("client_id")].isNull());
    }

    void organizationProviders()
    {
        const HttpResult acme = m_client->get(orgProviders(S::AcmeOrgId), query({{Flag, QStringLiteral("true")}}));
        QCOMPARE(acme.status, 200);
        QCOMPARE(field(acme.data(), "slug"), (QStringList{S::SalesforceSlug, S::ZendeskSlug})); // organization-owned only
        QCOMPARE(bySlug(acme.data(), S::SalesforceSlug)[QStringLiteral("connected_accounts")].toArray().size(), 2);
        QVERIFY(bySlug(acme.data(), S::ZendeskSlug)[QStringLiteral("connected_account")].isNull());
        const HttpResult legacy = m_client->get(orgProviders(S::AcmeOrgId));
        QCOMPARE(field(bySlug(legacy.data(), S::SalesforceSlug)[QStringLiteral("connected_accounts")].toArray(), "id"),
                 QStringList{S::AcmeSalesforceAccountId});

        const HttpResult globex = m_client->get(orgProviders(S::GlobexOrgId), query({{Flag, QStringLiteral("true")}}));
        const QJsonObject orphan = bySlug(globex.data(), S::SalesforceSlug)[QStringLiteral("connected_account")].toObject();
        QCOMPARE(orphan[QStringLiteral("id")].toString(), QString(S::GlobexSalesforceAccountId));
        QCOMPARE(orphan[QStringLiteral("state")].toString(), QStringLiteral("needs_reauthorization"));
        QCOMPARE(orphan[QStringLiteral("state_reason")].toString(), QString(S::EstablishingMemberLeft));
        QVERIFY(orphan.contains(QStringLiteral("established_by_user_id")));
        QVERIFY(orphan[QStringLiteral("established_by_user_id")].isNull());
        QCOMPARE(m_client->get(orgProviders(QStringLiteral("org_01H0000000ZZZZZZZZZZZZZZZZ"))).status, 404);
    }

    void getSelectsOneConnection_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // the id answered, or the error code
        const QString github = userAccount(S::AliceUserId, S::GithubSlug);
        const QString hubspot = userAccount(S::AliceUserId, S::HubspotSlug);
        const QString acme = orgAccount(S::AcmeOrgId, S::SalesforceSlug);
        const QString t = QStringLiteral("true");
        QTest::newRow("no flag: the compatibility connection") << github << QString() << QString() << 200 << QString(S::AliceGithubAccountId);
        QTest::newRow("flag, several, no id: 409") << github << t << QString() << 409 << QStringLiteral("account_selection_required");
        QTest::newRow("flag and id") << github << t << QString(S::AliceGithubWorkAccountId) << 200 << QString(S::AliceGithubWorkAccountId);
        QTest::newRow("id without flag") << github << QString() << QString(S::AliceGithubContractorAccountId) << 200
                                         << QString(S::AliceGithubContractorAccountId);
        QTest::newRow("unknown id") << github << t << QString(S::AcmeSalesforceAccountId) << 404 << QStringLiteral("entity_not_found");
        QTest::newRow("empty slot, no flag: 404") << hubspot << QString() << QString() << 404 << QStringLiteral("entity_not_found");
        QTest::newRow("empty slot, flag: the one standard") << hubspot << t << QString() << 200 << QString(S::AliceHubspotWorkAccountId);
        QTest::newRow("organization, flag, several: 409") << acme << t << QString() << 409 << QStringLiteral("account_selection_required");
        QTest::newRow("organization, no flag") << acme << QString() << QString() << 200 << QString(S::AcmeSalesforceAccountId);
        QTest::newRow("organization, id") << acme << t << QString(S::AcmeSalesforceSandboxAccountId) << 200
                                          << QString(S::AcmeSalesforceSandboxAccountId);
        QTest::newRow("organization, user-owned provider") << orgAccount(S::AcmeOrgId, S::GithubSlug) << t << QString() << 404
                                                           << QStringLiteral("entity_not_found");
        QTest::newRow("organization unknown") << orgAccount(QStringLiteral("org_01H0000000ZZZZZZZZZZZZZZZZ"), S::SalesforceSlug)
                                              << t << QString() << 404 << QStringLiteral("entity_not_found");
    }

    void getSelectsOneConnection()
    {
        QFETCH(QString, path);
        QFETCH(QString, flag);
        QFETCH(QString, id);
        QFETCH(int, status);
        QFETCH(QString, expected);
        QUrlQuery q;
        if (!flag.isEmpty())
            q.addQueryItem(Flag, flag);
        if (!id.isEmpty())
            q.addQueryItem(Id, id);
        const HttpResult result = m_client->get(path, q);
        QCOMPARE(result.status, status);
        QCOMPARE(result.json()[status == 200 ? QStringLiteral("id") : QStringLiteral("code")].toString(), expected);
        if (status == 409) { // the message names the choices
            QVERIFY2(result.json()[QStringLiteral("message")].toString().contains(S::AliceGithubWorkAccountId)
                         || result.json()[QStringLiteral("message")].toString().contains(S::AcmeSalesforceSandboxAccountId),
                     result.body.constData());
        }
    }

    void deleteRemovesExactlyTheSelectedConnection()
    {
        QSignalSpy changed(m_server.get(), &SandboxServer::accountChanged);
        const QString path = userAccount(S::AliceUserId, S::GithubSlug);
        const QUrlQuery all = query({{Flag, QStringLiteral("true")}});
        QCOMPARE(m_client->del(path, all).status, 409); // several, no id: nothing removed
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_client->del(path, query({{Flag, QStringLiteral("true")}, {Id, S::AliceGithubWorkAccountId}})).status, 204);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(githubIds(), (QStringList{S::AliceGithubAccountId, S::AliceGithubContractorAccountId}));
        // A 0.1.0 DELETE removes only the compatibility connection: a partial disconnect.
        QCOMPARE(m_client->del(path).status, 204);
        QCOMPARE(githubIds(), QStringList{S::AliceGithubContractorAccountId});
        QCOMPARE(m_client->get(path).status, 404); // the slot is empty ...
        QCOMPARE(m_client->get(path, all).json()[QStringLiteral("id")].toString(), QString(S::AliceGithubContractorAccountId));
        QCOMPARE(m_client->del(path, query({{Id, S::AliceGithubWorkAccountId}})).status, 404); // already gone

        // An organization's shared connection, by id.
        const QString shared = orgAccount(S::AcmeOrgId, S::SalesforceSlug);
        QCOMPARE(m_client->del(shared, all).status, 409);
        QCOMPARE(m_client->del(shared, query({{Flag, QStringLiteral("true")}, {Id, S::AcmeSalesforceSandboxAccountId}})).status, 204);
        QCOMPARE(changed.constLast().at(0).toString(), QString());
        QCOMPARE(changed.constLast().at(1).toString(), QString(S::SalesforceSlug));
        QCOMPARE(m_client->get(shared, all).json()[QStringLiteral("id")].toString(), QString(S::AcmeSalesforceAccountId));
    }

    void addLinkCreatesAnotherConnection()
    {
        const HttpResult link = authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                                          {QStringLiteral("connection_intent"), QStringLiteral("add")},
                                                          {QStringLiteral("account_display_name"), QStringLiteral("Laptop")}});
        QCOMPARE(link.status, 200);
        QCOMPARE(githubIds().size(), 3); // nothing until the link is opened
        QCOMPARE(open(link), 200);
        const QJsonArray accounts = githubAccounts();
        QCOMPARE(accounts.size(), 4);
        const QJsonObject added = accounts.last().toObject();
        QCOMPARE(added[QStringLiteral("connection_role")].toString(), QStringLiteral("standard"));
        QCOMPARE(added[QStringLiteral("account_display_name")].toString(), QStringLiteral("Laptop"));
        QCOMPARE(added[QStringLiteral("state")].toString(), QStringLiteral("connected"));
        QCOMPARE(added[QStringLiteral("established_by_user_id")].toString(), QString(S::AliceUserId));
        QCOMPARE(byId(accounts, S::AliceGithubAccountId), byId(m_before, S::AliceGithubAccountId)); // untouched

        // Bob has no GitHub connection: his first one fills the compatibility slot.
        QCOMPARE(open(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::BobUserId)},
                                                {QStringLiteral("connection_intent"), QStringLiteral("add")}})), 200);
        QCOMPARE(m_client->get(userAccount(S::BobUserId, S::GithubSlug)).json()[QStringLiteral("connection_role")].toString(),
                 QStringLiteral("compatibility"));
    }

    void reauthorizeLinkRepairsExactlyThatConnection()
    {
        const HttpResult link = authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                                          {QStringLiteral("connection_intent"), QStringLiteral("reauthorize")},
                                                          {Id, QString(S::AliceGithubContractorAccountId)}});
        QCOMPARE(link.status, 200);
        QCOMPARE(open(link), 200);
        const QJsonArray accounts = githubAccounts();
        QCOMPARE(accounts.size(), 3); // repaired, not added
        const QJsonObject repaired = byId(accounts, S::AliceGithubContractorAccountId);
        QCOMPARE(repaired[QStringLiteral("state")].toString(), QStringLiteral("connected"));
        QCOMPARE(repaired[QStringLiteral("scopes")].toArray().size(), 3);
        QCOMPARE(repaired[QStringLiteral("account_display_name")].toString(), QStringLiteral("Contractor")); // label kept
        QCOMPARE(byId(accounts, S::AliceGithubAccountId), byId(m_before, S::AliceGithubAccountId));
        QCOMPARE(byId(accounts, S::AliceGithubWorkAccountId), byId(m_before, S::AliceGithubWorkAccountId));

        // account_display_name null clears the label.
        QCOMPARE(open(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                                {QStringLiteral("connection_intent"), QStringLiteral("reauthorize")},
                                                {Id, QString(S::AliceGithubWorkAccountId)},
                                                {QStringLiteral("account_display_name"), QJsonValue::Null}})), 200);
        QVERIFY(byId(githubAccounts(), S::AliceGithubWorkAccountId)[QStringLiteral("account_display_name")].isNull());
    }

    void organizationLinkRepairsTheSharedConnection()
    {
        // Carol (an active Globex admin) repairs the connection whose establishing member left.
        const QList<std::pair<QString, QJsonValue>> fields{
            {QStringLiteral("user_id"), QString(S::CarolUserId)}, {QStringLiteral("organization_id"), QString(S::GlobexOrgId)},
            {QStringLiteral("connection_owner"), QStringLiteral("organization")},
            {QStringLiteral("connection_intent"), QStringLiteral("reauthorize")}, {Id, QString(S::GlobexSalesforceAccountId)}};
        QCOMPARE(open(authorize(S::SalesforceSlug, fields)), 200);
        const QJsonObject repaired = m_client->get(orgAccount(S::GlobexOrgId, S::SalesforceSlug)).json();
        QCOMPARE(repaired[QStringLiteral("state")].toString(), QStringLiteral("connected"));
        QVERIFY(repaired[QStringLiteral("state_reason")].isNull());
        QCOMPARE(repaired[QStringLiteral("established_by_user_id")].toString(), QString(S::CarolUserId));
        QVERIFY(repaired[QStringLiteral("user_id")].isNull()); // the acting member does not become the owner

        // Bob is not a Globex member; Erin's Umbrella membership is pending.
        QCOMPARE(authorize(S::SalesforceSlug, {{QStringLiteral("user_id"), QString(S::BobUserId)},
                                               {QStringLiteral("organization_id"), QString(S::GlobexOrgId)},
                                               {QStringLiteral("connection_owner"), QStringLiteral("organization")}}).status, 403);
        QCOMPARE(authorize(S::SalesforceSlug, {{QStringLiteral("user_id"), QString(S::ErinUserId)},
                                               {QStringLiteral("organization_id"), QString(S::UmbrellaOrgId)},
                                               {QStringLiteral("connection_owner"), QStringLiteral("organization")}}).status, 403);
    }

    void emptySlotLinkFillsTheCompatibilitySlot()
    {
        QCOMPARE(open(authorize(S::HubspotSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)}})), 200);
        const HttpResult list = m_client->get(userProviders(S::AliceUserId), query({{Flag, QStringLiteral("true")}}));
        const QJsonObject hubspot = bySlug(list.data(), S::HubspotSlug);
        QCOMPARE(hubspot[QStringLiteral("connected_account")][QStringLiteral("connection_role")].toString(), QStringLiteral("compatibility"));
        QCOMPARE(hubspot[QStringLiteral("connected_accounts")].toArray().size(), 2);
        QVERIFY(byId(hubspot[QStringLiteral("connected_accounts")].toArray(), S::AliceHubspotWorkAccountId).size() > 0);
    }

    void authorizeValidation_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field"); // errors[0].field, or the code for non-validation errors
        const QJsonObject alice{{QStringLiteral("user_id"), QString(S::AliceUserId)}};
        const auto with = [&alice](std::initializer_list<std::pair<QString, QJsonValue>> extra) {
            QJsonObject o = alice;
            for (const auto &e : extra)
                o.insert(e.first, e.second);
            return o;
        };
        const QString github = S::GithubSlug;
        QTest::newRow("unknown intent") << github << with({{QStringLiteral("connection_intent"), QStringLiteral("replace")}}) << 400
                                        << QStringLiteral("connection_intent");
        QTest::newRow("reauthorize without id") << github << with({{QStringLiteral("connection_intent"), QStringLiteral("reauthorize")}})
                                                << 400 << Id;
        QTest::newRow("id with add") << github << with({{QStringLiteral("connection_intent"), QStringLiteral("add")},
                                                        {Id, QString(S::AliceGithubAccountId)}}) << 400 << Id;
        QTest::newRow("id without intent") << github << with({{Id, QString(S::AliceGithubAccountId)}}) << 400 << Id;
        QTest::newRow("reauthorize someone else's") << github << with({{QStringLiteral("connection_intent"), QStringLiteral("reauthorize")},
                                                                       {Id, QString(S::AcmeSalesforceAccountId)}})
                                                    << 404 << QStringLiteral("entity_not_found");
        QTest::newRow("unknown owner") << github << with({{QStringLiteral("connection_owner"), QStringLiteral("team")}}) << 400
                                       << QStringLiteral("connection_owner");
        QTest::newRow("organization owner without organization_id")
            << QString(S::SalesforceSlug) << with({{QStringLiteral("connection_owner"), QStringLiteral("organization")}}) << 400
            << QStringLiteral("organization_id_required");
        QTest::newRow("organization owner of a user-owned provider")
            << github << with({{QStringLiteral("connection_owner"), QStringLiteral("organization")},
                               {QStringLiteral("organization_id"), QString(S::AcmeOrgId)}}) << 400 << QStringLiteral("connection_owner");
        QTest::newRow("label not a string") << github << with({{QStringLiteral("account_display_name"), 5}}) << 400
                                            << QStringLiteral("account_display_name");
    }

    void authorizeValidation()
    {
        QFETCH(QString, slug);
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const HttpResult result = m_client->post(QStringLiteral("/data-integrations/%1/authorize").arg(slug), body);
        QCOMPARE(result.status, status);
        if (result.json().contains(QStringLiteral("errors")))
            QCOMPARE(result.json()[QStringLiteral("errors")][0][QStringLiteral("field")].toString(), field);
        else
            QCOMPARE(result.json()[QStringLiteral("code")].toString(), field);
    }

    void addWhileMultipleConnectionsAreUnavailable()
    {
        SandboxOptions options;
        options.multipleConnections = SandboxMultipleConnections::Unavailable;
        startServer(options);
        const HttpResult refused = authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                                             {QStringLiteral("connection_intent"), QStringLiteral("add")}});
        QCOMPARE(refused.status, 404);
        QCOMPARE(refused.json()[QStringLiteral("code")].toString(), QStringLiteral("multiple_connections_unavailable"));
        QCOMPARE(refused.json()[QStringLiteral("message")].toString(), QStringLiteral("Additional connections are not yet available."));
        // Still fine: a first connection, a reauthorization and a link without intent.
        QCOMPARE(open(authorize(S::NotionSlug, {{QStringLiteral("user_id"), QString(S::BobUserId)},
                                                {QStringLiteral("connection_intent"), QStringLiteral("add")}})), 200);
        QCOMPARE(m_client->get(userAccount(S::BobUserId, S::NotionSlug)).status, 200);
        QCOMPARE(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                           {QStringLiteral("connection_intent"), QStringLiteral("reauthorize")},
                                           {Id, QString(S::AliceGithubContractorAccountId)}}).status, 200);
        QCOMPARE(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)}}).status, 200);
        // The option survives a reset and can be switched at run time.
        m_server->reset();
        QCOMPARE(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                           {QStringLiteral("connection_intent"), QStringLiteral("add")}}).status, 404);
        m_server->setMultipleConnections(SandboxMultipleConnections::Available);
        QCOMPARE(authorize(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::AliceUserId)},
                                           {QStringLiteral("connection_intent"), QStringLiteral("add")}}).status, 200);
    }

private:
    void startServer(SandboxOptions options = {})
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(std::move(options));
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<SandboxTestClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setApiKey(m_server->apiKey());
        m_before = githubAccounts();
    }

    static QJsonArray toJson(const QList<SandboxAccount> &accounts)
    {
        QJsonArray out;
        for (const SandboxAccount &a : accounts)
            out.append(QJsonObject{{QStringLiteral("id"), a.id}});
        return out;
    }

    QJsonArray githubAccounts()
    {
        const HttpResult list = m_client->get(userProviders(S::AliceUserId), query({{Flag, QStringLiteral("true")}}));
        return bySlug(list.data(), S::GithubSlug)[QStringLiteral("connected_accounts")].toArray();
    }
    QStringList githubIds() { return field(githubAccounts(), "id"); }

    HttpResult authorize(const QString &slug, const QList<std::pair<QString, QJsonValue>> &fields)
    {
        QJsonObject body;
        for (const auto &f : fields)
            body.insert(f.first, f.second);
        return m_client->post(QStringLiteral("/data-integrations/%1/authorize").arg(slug), body);
    }
    // Opens the link like the end user's browser; the page's status.
    int open(const HttpResult &link)
    {
        return m_client->getUrl(QUrl(link.json()[QStringLiteral("url")].toString())).status;
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QJsonArray m_before; // Alice's GitHub connections as seeded
};

QTEST_GUILESS_MAIN(TestSandboxConnections)
#include "tst_sandbox_connections.moc"
