// The sandbox seen from a client: a real QNetworkAccessManager over loopback.

#include "SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Auth = SandboxTestClient::Auth;

namespace {

QString usersPath(const QString &userId, const QString &rest = {})
{
    return QStringLiteral("/user_management/users/") + userId + rest;
}

QString accountPath(const QString &userId, const QString &slug)
{
    return usersPath(userId, QStringLiteral("/connected_accounts/") + slug);
}

QJsonObject providerBySlug(const QJsonArray &providers, const QString &slug)
{
    for (const QJsonValue &value : providers) {
        if (value.toObject().value(QStringLiteral("slug")).toString() == slug)
            return value.toObject();
    }
    return {};
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        result.append(item.toString());
    return result;
}

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &item : items)
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    return q;
}

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void seedMatchesWellKnownConstants();
    void rejectsMissingOrWrongKey_data();
    void rejectsMissingOrWrongKey();
    void pagingThroughAnOrganizationCollectsEveryMemberOnce_data();
    void pagingThroughAnOrganizationCollectsEveryMemberOnce();
    void pagingBackwardsWithBefore();
    void invalidLimitIsRejected_data();
    void invalidLimitIsRejected();
    void emailFilterFindsOneUser();
    void unknownThingsAre404_data();
    void unknownThingsAre404();
    void dataProvidersShowEveryStateOfTheWellKnownUser();
    void organizationScopeSelectsTheAccount();
    void membershipsNameTheOrganization();
    void organizationsSearchAndDomains();
    void deleteRemovesTheAccount();
    void authorizeThenBrowserCompletesTheConnection();
    void authorizeHonoursReturnTo();
    void authorizeValidation();

private:
    void startServer(SandboxOptions options = {});

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandbox::startServer(SandboxOptions options)
{
    m_client.reset();
    m_server = std::make_unique<SandboxServer>(std::move(options));
    QVERIFY(m_server->listen() != 0);
    m_client = std::make_unique<SandboxTestClient>();
    m_client->setBaseUrl(m_server->baseUrl());
    m_client->setApiKey(m_server->apiKey());
}

void TestSandbox::init()
{
    startServer();
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandbox::seedMatchesWellKnownConstants()
{
    SandboxStore &store = m_server->store();
    QVERIFY(store.users().size() >= 40);
    QCOMPARE(int(store.users().size()), SandboxSeed::DemoUserCount);
    QVERIFY(store.organizations().size() >= 5);
    QCOMPARE(int(store.providers().size()), SandboxSeed::DemoProviderCount);

    const QList<std::pair<QLatin1String, QLatin1String>> users{
        {SandboxSeed::AliceUserId, SandboxSeed::AliceEmail}, {SandboxSeed::BobUserId, SandboxSeed::BobEmail},
        {SandboxSeed::CarolUserId, SandboxSeed::CarolEmail}, {SandboxSeed::DaveUserId, SandboxSeed::DaveEmail},
        {SandboxSeed::ErinUserId, SandboxSeed::ErinEmail}, {SandboxSeed::FrankUserId, SandboxSeed::FrankEmail}};
    for (const auto &[id, email] : users) {
        const SandboxUser *user = store.user(id);
        QVERIFY2(user, qPrintable(QString(id)));
        QCOMPARE(user->email, QString(email));
        QCOMPARE(id.size(), 5 + 26);
    }
    QVERIFY(!store.user(SandboxSeed::MissingUserId));
    QCOMPARE(store.organization(SandboxSeed::AcmeOrgId)->name, QString(SandboxSeed::AcmeOrgName));
    for (const QLatin1String org : {SandboxSeed::GlobexOrgId, SandboxSeed::InitechOrgId, SandboxSeed::UmbrellaOrgId,
                                    SandboxSeed::StarkOrgId, SandboxSeed::HooliOrgId})
        QVERIFY(store.organization(org));
    QCOMPARE(int(store.membershipsOfOrganization(SandboxSeed::AcmeOrgId).size()), SandboxSeed::AcmeMemberCount);
    QCOMPARE(store.provider(SandboxSeed::GithubSlug)->id, QString(SandboxSeed::GithubProviderId));

    const auto github = store.account({SandboxSeed::GithubSlug, SandboxSeed::AliceUserId, {}});
    QVERIFY(github);
    QCOMPARE(github->id, QString(SandboxSeed::AliceGithubAccountId));
    QCOMPARE(store.account({SandboxSeed::SlackSlug, SandboxSeed::AliceUserId, {}})->id,
             QString(SandboxSeed::AliceSlackAccountId));
    QCOMPARE(store.account({SandboxSeed::SalesforceSlug, {}, SandboxSeed::AcmeOrgId})->id,
             QString(SandboxSeed::AcmeSalesforceAccountId));

    // Deterministic: a second server seeds the very same ids.
    SandboxServer other;
    QCOMPARE(other.store().users().constLast().id, store.users().constLast().id);
    QCOMPARE(other.store().allAccounts().size(), store.allAccounts().size());
}

void TestSandbox::rejectsMissingOrWrongKey_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("path");
    QTest::newRow("missing key, users") << int(Auth::Missing) << QStringLiteral("/user_management/users");
    QTest::newRow("wrong key, users") << int(Auth::Wrong) << QStringLiteral("/user_management/users");
    QTest::newRow("wrong key, providers") << int(Auth::Wrong)
                                          << usersPath(SandboxSeed::AliceUserId, QStringLiteral("/data_providers"));
    QTest::newRow("missing key, control route") << int(Auth::Missing) << QStringLiteral("/_sandbox/requests");
}

void TestSandbox::rejectsMissingOrWrongKey()
{
    QFETCH(int, auth);
    QFETCH(QString, path);
    const HttpResult result = m_client->get(path, {}, Auth(auth));
    QCOMPARE(result.status, 401);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QVERIFY(!result.json().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("unauthorized"));
    QVERIFY(result.header("x-request-id").startsWith("req_"));
    QVERIFY(!result.body.contains("alice")); // no data leaks out
}

void TestSandbox::pagingThroughAnOrganizationCollectsEveryMemberOnce_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<int>("limit");
    QTest::newRow("desc, default limit") << QString() << 0;
    QTest::newRow("desc, 7") << QStringLiteral("desc") << 7;
    QTest::newRow("asc, 4") << QStringLiteral("asc") << 4;
    QTest::newRow("asc, 100") << QStringLiteral("asc") << 100;
}

void TestSandbox::pagingThroughAnOrganizationCollectsEveryMemberOnce()
{
    QFETCH(QString, order);
    QFETCH(int, limit);
    QStringList ids;
    QString after;
    int pages = 0;
    do {
        QUrlQuery q = query({{QStringLiteral("organization_id"), SandboxSeed::AcmeOrgId}});
        if (!order.isEmpty())
            q.addQueryItem(QStringLiteral("order"), order);
        if (limit > 0)
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        if (!after.isEmpty())
            q.addQueryItem(QStringLiteral("after"), after);
        const HttpResult page = m_client->get(QStringLiteral("/user_management/users"), q);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonObject meta = page.json().value(QStringLiteral("list_metadata")).toObject();
        QVERIFY(meta.contains(QStringLiteral("before")) && meta.contains(QStringLiteral("after")));
        const QJsonArray data = page.data();
        QVERIFY(data.size() <= (limit > 0 ? limit : 10));
        for (const QJsonValue &user : data)
            ids.append(user.toObject().value(QStringLiteral("id")).toString());
        const QJsonValue next = meta.value(QStringLiteral("after"));
        if (!next.isNull())
            QCOMPARE(next.toString(), ids.constLast()); // after = the last id of the page
        QCOMPARE(meta.value(QStringLiteral("before")).isNull(), pages == 0);
        after = next.toString();
        QVERIFY(++pages < 50);
    } while (!after.isEmpty());

    QCOMPARE(ids.size(), SandboxSeed::AcmeMemberCount);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), SandboxSeed::AcmeMemberCount);
    QVERIFY(ids.contains(QString(SandboxSeed::AliceUserId)));
    QVERIFY(!ids.contains(QString(SandboxSeed::CarolUserId)));
    QStringList sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (order == QLatin1String("asc"))
        QCOMPARE(ids, sorted);
    else
        QCOMPARE(ids, QStringList(sorted.crbegin(), sorted.crend()));
}

void TestSandbox::pagingBackwardsWithBefore()
{
    const HttpResult first = m_client->get(QStringLiteral("/user_management/users"), query({{QStringLiteral("limit"), QStringLiteral("5")}}));
    const QString after = first.json()[QStringLiteral("list_metadata")][QStringLiteral("after")].toString();
    const HttpResult second = m_client->get(QStringLiteral("/user_management/users"),
                                            query({{QStringLiteral("limit"), QStringLiteral("5")}, {QStringLiteral("after"), after}}));
    QCOMPARE(second.data().size(), 5);
    const QString before = second.json()[QStringLiteral("list_metadata")][QStringLiteral("before")].toString();
    QCOMPARE(before, second.data().at(0)[QStringLiteral("id")].toString());
    const HttpResult back = m_client->get(QStringLiteral("/user_management/users"),
                                          query({{QStringLiteral("limit"), QStringLiteral("5")}, {QStringLiteral("before"), before}}));
    QCOMPARE(back.data(), first.data()); // the first page again
    QVERIFY(back.json()[QStringLiteral("list_metadata")][QStringLiteral("before")].isNull());
}

void TestSandbox::invalidLimitIsRejected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("limit");
    QTest::addColumn<int>("status");
    QTest::newRow("users 0") << QStringLiteral("/user_management/users") << QStringLiteral("0") << 422;
    QTest::newRow("users 101") << QStringLiteral("/user_management/users") << QStringLiteral("101") << 422;
    QTest::newRow("users text") << QStringLiteral("/user_management/users") << QStringLiteral("ten") << 422;
    QTest::newRow("organizations 0") << QStringLiteral("/organizations") << QStringLiteral("0") << 422;
    QTest::newRow("memberships 500") << QStringLiteral("/user_management/organization_memberships")
                                     << QStringLiteral("500") << 400;
}

void TestSandbox::invalidLimitIsRejected()
{
    QFETCH(QString, path);
    QFETCH(QString, limit);
    QFETCH(int, status);
    const HttpResult result = m_client->get(path, query({{QStringLiteral("limit"), limit},
                                                         {QStringLiteral("user_id"), SandboxSeed::AliceUserId}}));
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_request_parameters"));
    QVERIFY(!result.json().value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandbox::emailFilterFindsOneUser()
{
    HttpResult result = m_client->get(QStringLiteral("/user_management/users"),
                                      query({{QStringLiteral("email"), QStringLiteral("ALICE@acme.com")}}));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().size(), 1);
    const QJsonObject alice = result.data().at(0).toObject();
    QCOMPARE(alice.value(QStringLiteral("id")).toString(), QString(SandboxSeed::AliceUserId));
    QCOMPARE(alice.value(QStringLiteral("object")).toString(), QStringLiteral("user"));
    QCOMPARE(alice.value(QStringLiteral("first_name")).toString(), QStringLiteral("Alice"));
    QVERIFY(alice.value(QStringLiteral("created_at")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(result.json()[QStringLiteral("list_metadata")][QStringLiteral("after")].isNull());

    result = m_client->get(QStringLiteral("/user_management/users"),
                           query({{QStringLiteral("email"), QStringLiteral("nobody@nowhere.test")}}));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().size(), 0);

    result = m_client->get(usersPath(SandboxSeed::FrankUserId));
    QCOMPARE(result.status, 200);
    QVERIFY(result.json().value(QStringLiteral("last_name")).isNull());
}

void TestSandbox::unknownThingsAre404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("user") << usersPath(SandboxSeed::MissingUserId);
    QTest::newRow("organization") << QStringLiteral("/organizations/org_01H0000000ZZZZZZZZZZZZZZZZ");
    QTest::newRow("providers of unknown user") << usersPath(SandboxSeed::MissingUserId, QStringLiteral("/data_providers"));
    QTest::newRow("account never connected") << accountPath(SandboxSeed::AliceUserId, SandboxSeed::NotionSlug);
    QTest::newRow("unknown provider") << accountPath(SandboxSeed::AliceUserId, QStringLiteral("myspace"));
    QTest::newRow("unknown route") << QStringLiteral("/user_management/nothing/here");
}

void TestSandbox::unknownThingsAre404()
{
    QFETCH(QString, path);
    const HttpResult result = m_client->get(path);
    QCOMPARE(result.status, 404);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    QVERIFY(!result.json().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(result.header("x-request-id").startsWith("req_"));
}

void TestSandbox::dataProvidersShowEveryStateOfTheWellKnownUser()
{
    const HttpResult result = m_client->get(usersPath(SandboxSeed::AliceUserId, QStringLiteral("/data_providers")));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    const QJsonArray providers = result.data();
    QCOMPARE(providers.size(), SandboxSeed::DemoProviderCount);

    const QJsonObject github = providerBySlug(providers, SandboxSeed::GithubSlug);
    QCOMPARE(github.value(QStringLiteral("object")).toString(), QStringLiteral("data_provider"));
    QCOMPARE(github.value(QStringLiteral("name")).toString(), QStringLiteral("GitHub"));
    QCOMPARE(github.value(QStringLiteral("ownership")).toString(), QStringLiteral("userland_user"));
    QCOMPARE(github.value(QStringLiteral("integrationType")), github.value(QStringLiteral("integration_type")));
    const QJsonObject githubAccount = github.value(QStringLiteral("connected_account")).toObject();
    QCOMPARE(githubAccount.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(strings(githubAccount.value(QStringLiteral("scopes"))), strings(github.value(QStringLiteral("scopes"))));
    QCOMPARE(githubAccount.value(QStringLiteral("user_id")).toString(), QString(SandboxSeed::AliceUserId));
    QVERIFY(githubAccount.value(QStringLiteral("organization_id")).isNull());
    QCOMPARE(githubAccount.value(QStringLiteral("userlandUserId")), githubAccount.value(QStringLiteral("user_id")));

    const QJsonObject slack = providerBySlug(providers, SandboxSeed::SlackSlug);
    const QJsonObject slackAccount = slack.value(QStringLiteral("connected_account")).toObject();
    QCOMPARE(slackAccount.value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QStringList missing = strings(slack.value(QStringLiteral("scopes")));
    const QStringList granted = strings(slackAccount.value(QStringLiteral("scopes")));
    for (const QString &scope : granted)
        missing.removeAll(scope);
    QCOMPARE(missing, (QStringList{QStringLiteral("chat:write"), QStringLiteral("users:read.email")}));

    const QJsonObject notion = providerBySlug(providers, SandboxSeed::NotionSlug);
    QVERIFY(notion.contains(QStringLiteral("connected_account")));
    QVERIFY(notion.value(QStringLiteral("connected_account")).isNull());
    QVERIFY(notion.value(QStringLiteral("scopes")).isNull());
    QVERIFY(notion.value(QStringLiteral("description")).isNull());

    const QJsonObject salesforce = providerBySlug(providers, SandboxSeed::SalesforceSlug);
    QCOMPARE(salesforce.value(QStringLiteral("ownership")).toString(), QStringLiteral("organization"));
    QVERIFY(salesforce.value(QStringLiteral("connected_account")).isNull()); // no organization asked

    const QJsonObject outlook = providerBySlug(providers, SandboxSeed::MicrosoftOutlookSlug);
    QCOMPARE(outlook[QStringLiteral("connected_account")][QStringLiteral("state")].toString(), QStringLiteral("disconnected"));

    // Dave's Notion account is in a state the spec does not list.
    const HttpResult dave = m_client->get(accountPath(SandboxSeed::DaveUserId, SandboxSeed::NotionSlug));
    QCOMPARE(dave.status, 200);
    QCOMPARE(dave.json().value(QStringLiteral("state")).toString(), QString(SandboxSeed::UnknownAccountState));
    QCOMPARE(dave.json().value(QStringLiteral("object")).toString(), QStringLiteral("connected_account"));

    // Bob has nothing connected.
    const HttpResult bob = m_client->get(usersPath(SandboxSeed::BobUserId, QStringLiteral("/data_providers")));
    for (const QJsonValue &provider : bob.data())
        QVERIFY(provider[QStringLiteral("connected_account")].isNull());
}

void TestSandbox::organizationScopeSelectsTheAccount()
{
    const QString path = usersPath(SandboxSeed::AliceUserId, QStringLiteral("/data_providers"));
    const HttpResult acme = m_client->get(path, query({{QStringLiteral("organization_id"), SandboxSeed::AcmeOrgId}}));
    QCOMPARE(acme.status, 200);
    const QJsonObject salesforce = providerBySlug(acme.data(), SandboxSeed::SalesforceSlug);
    QCOMPARE(salesforce[QStringLiteral("connected_account")][QStringLiteral("id")].toString(),
             QString(SandboxSeed::AcmeSalesforceAccountId));
    QVERIFY(salesforce[QStringLiteral("connected_account")][QStringLiteral("user_id")].isNull());
    QVERIFY(providerBySlug(acme.data(), SandboxSeed::GithubSlug)[QStringLiteral("connected_account")].isNull());

    const HttpResult globex = m_client->get(path, query({{QStringLiteral("organization_id"), SandboxSeed::GlobexOrgId}}));
    const QJsonObject linear = providerBySlug(globex.data(), SandboxSeed::LinearSlug);
    QCOMPARE(linear[QStringLiteral("connected_account")][QStringLiteral("organization_id")].toString(),
             QString(SandboxSeed::GlobexOrgId));
    QCOMPARE(providerBySlug(globex.data(), SandboxSeed::SalesforceSlug)[QStringLiteral("connected_account")][QStringLiteral("state")]
                 .toString(), QStringLiteral("needs_reauthorization"));

    const HttpResult single = m_client->get(accountPath(SandboxSeed::AliceUserId, SandboxSeed::LinearSlug),
                                            query({{QStringLiteral("organization_id"), SandboxSeed::GlobexOrgId}}));
    QCOMPARE(single.status, 200);
    QCOMPARE(m_client->get(accountPath(SandboxSeed::AliceUserId, SandboxSeed::LinearSlug)).status, 404);
    QCOMPARE(m_client->get(path, query({{QStringLiteral("organization_id"), QStringLiteral("org_01H0000000ZZZZZZZZZZZZZZZZ")}})).status, 404);
}

void TestSandbox::membershipsNameTheOrganization()
{
    HttpResult result = m_client->get(QStringLiteral("/user_management/organization_memberships"),
                                      query({{QStringLiteral("user_id"), SandboxSeed::AliceUserId}}));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().size(), 2);
    QSet<QString> names;
    for (const QJsonValue &membership : result.data()) {
        QCOMPARE(membership[QStringLiteral("object")].toString(), QStringLiteral("organization_membership"));
        QCOMPARE(membership[QStringLiteral("user_id")].toString(), QString(SandboxSeed::AliceUserId));
        QVERIFY(!membership[QStringLiteral("role")][QStringLiteral("slug")].toString().isEmpty());
        QCOMPARE(membership[QStringLiteral("status")].toString(), QStringLiteral("active"));
        names.insert(membership[QStringLiteral("organization_name")].toString());
    }
    QCOMPARE(names, (QSet<QString>{QStringLiteral("Acme Inc"), QStringLiteral("Globex Corporation")}));

    result = m_client->get(QStringLiteral("/user_management/organization_memberships"),
                           query({{QStringLiteral("user_id"), SandboxSeed::ErinUserId}, {QStringLiteral("statuses"), QStringLiteral("active")}}));
    QCOMPARE(result.data().size(), 0); // Erin's membership is pending
    result = m_client->get(QStringLiteral("/user_management/organization_memberships"), {});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("missing_user_id_or_organization_id"));
}

void TestSandbox::organizationsSearchAndDomains()
{
    HttpResult result = m_client->get(QStringLiteral("/organizations"), query({{QStringLiteral("search"), QStringLiteral("acme")}}));
    QCOMPARE(result.data().size(), 1);
    QCOMPARE(result.data().at(0)[QStringLiteral("id")].toString(), QString(SandboxSeed::AcmeOrgId));
    QCOMPARE(result.data().at(0)[QStringLiteral("domains")][0][QStringLiteral("domain")].toString(), QStringLiteral("acme.com"));
    result = m_client->get(QStringLiteral("/organizations"), query({{QStringLiteral("domains"), QStringLiteral("umbrella.dev")}}));
    QCOMPARE(result.data().size(), 1);
    QCOMPARE(result.data().at(0)[QStringLiteral("id")].toString(), QString(SandboxSeed::UmbrellaOrgId));
    result = m_client->get(QStringLiteral("/organizations/") + SandboxSeed::GlobexOrgId);
    QCOMPARE(result.json().value(QStringLiteral("name")).toString(), QStringLiteral("Globex Corporation"));
}

void TestSandbox::deleteRemovesTheAccount()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::accountChanged);
    const QString path = accountPath(SandboxSeed::AliceUserId, SandboxSeed::GithubSlug);
    QCOMPARE(m_client->get(path).status, 200);
    const HttpResult deleted = m_client->del(path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString(SandboxSeed::AliceUserId));
    QCOMPARE(changed.at(0).at(1).toString(), QString(SandboxSeed::GithubSlug));
    QCOMPARE(m_client->get(path).status, 404);
    QCOMPARE(m_client->del(path).status, 404);
    QCOMPARE(changed.size(), 1);
    const HttpResult providers = m_client->get(usersPath(SandboxSeed::AliceUserId, QStringLiteral("/data_providers")));
    QVERIFY(providerBySlug(providers.data(), SandboxSeed::GithubSlug)[QStringLiteral("connected_account")].isNull());
    // The scoped GitHub account for Globex is a different account and is still there.
    QCOMPARE(m_client->get(path, query({{QStringLiteral("organization_id"), SandboxSeed::GlobexOrgId}})).status, 200);
}

void TestSandbox::authorizeThenBrowserCompletesTheConnection()
{
    QSignalSpy changed(m_server.get(), &SandboxServer::accountChanged);
    const HttpResult authorize = m_client->post(QStringLiteral("/data-integrations/slack/authorize"),
                                                QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::AliceUserId)}});
    QCOMPARE(authorize.status, 200);
    const QUrl url(authorize.json().value(QStringLiteral("url")).toString());
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), m_server->baseUrl().host());
    QCOMPARE(url.port(), m_server->baseUrl().port());
    // Nothing changes until the end user opens the link.
    const QString path = accountPath(SandboxSeed::AliceUserId, SandboxSeed::SlackSlug);
    QCOMPARE(m_client->get(path).json().value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(changed.size(), 0);

    const HttpResult page = m_client->getUrl(url); // no API key, like a browser
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY2(page.body.contains("Connected Slack for alice@acme.com"), page.body.constData());
    QCOMPARE(changed.size(), 1);

    const QJsonObject account = m_client->get(path).json();
    QCOMPARE(account.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
    QCOMPARE(strings(account.value(QStringLiteral("scopes"))),
             *m_server->store().provider(SandboxSeed::SlackSlug)->scopes);
    QCOMPARE(account.value(QStringLiteral("id")).toString(), QString(SandboxSeed::AliceSlackAccountId)); // same account

    // A link works once; a new account gets a new id.
    QCOMPARE(m_client->getUrl(url).status, 404);
    const HttpResult bob = m_client->post(QStringLiteral("/data-integrations/notion/authorize"),
                                          QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::BobUserId)}});
    QCOMPARE(m_client->getUrl(QUrl(bob.json().value(QStringLiteral("url")).toString())).status, 200);
    const HttpResult bobNotion = m_client->get(accountPath(SandboxSeed::BobUserId, SandboxSeed::NotionSlug));
    QCOMPARE(bobNotion.status, 200);
    QVERIFY(bobNotion.json().value(QStringLiteral("id")).toString().startsWith(QLatin1String("data_installation_01H")));
}

void TestSandbox::authorizeHonoursReturnTo()
{
    const HttpResult authorize = m_client->post(QStringLiteral("/data-integrations/salesforce/authorize"),
                                                QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::BobUserId)},
                                                            {QStringLiteral("organization_id"), QString(SandboxSeed::StarkOrgId)},
                                                            {QStringLiteral("return_to"), QStringLiteral("https://support.example.com/done?x=1")}});
    QCOMPARE(authorize.status, 200);
    const HttpResult page = m_client->getUrl(QUrl(authorize.json().value(QStringLiteral("url")).toString()));
    QCOMPARE(page.status, 302);
    QCOMPARE(page.header("location"), QByteArrayLiteral("https://support.example.com/done?x=1"));
    const HttpResult account = m_client->get(accountPath(SandboxSeed::BobUserId, SandboxSeed::SalesforceSlug),
                                             query({{QStringLiteral("organization_id"), SandboxSeed::StarkOrgId}}));
    QCOMPARE(account.status, 200);
    QVERIFY(account.json().value(QStringLiteral("user_id")).isNull()); // owned by the organization
}

void TestSandbox::authorizeValidation()
{
    // 400, not 422: the OpenAPI document lists no 422 for this operation.
    HttpResult result = m_client->post(QStringLiteral("/data-integrations/github/authorize"), QJsonObject{});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_request_parameters"));
    const QJsonObject error = result.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
    QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("user_id"));
    QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());

    result = m_client->post(QStringLiteral("/data-integrations/myspace/authorize"),
                            QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::AliceUserId)}});
    QCOMPARE(result.status, 404);
    result = m_client->post(QStringLiteral("/data-integrations/github/authorize"),
                            QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::MissingUserId)}});
    QCOMPARE(result.status, 404);
    result = m_client->post(QStringLiteral("/data-integrations/github/authorize"),
                            QJsonObject{{QStringLiteral("user_id"), QString(SandboxSeed::AliceUserId)},
                                        {QStringLiteral("return_to"), QStringLiteral("not a url")}});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()[QStringLiteral("errors")][0][QStringLiteral("field")].toString(), QStringLiteral("return_to"));
    QCOMPARE(m_client->finish(m_client->start(QByteArrayLiteral("POST"), m_client->url(QStringLiteral("/data-integrations/github/authorize")),
                                              QByteArrayLiteral("{not json"))).status, 400);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
