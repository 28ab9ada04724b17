// Models and the proxy, each under QAbstractItemModelTester.

#include "core/JsonDecode.h"
#include "core/Translations.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "models/RecentUsersModel.h"
#include "sandbox/SandboxServer.h"
#include "models/UserListModel.h"
#include "models/UserListProxy.h"
#include "core/WorkOsClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using Tester = QAbstractItemModelTester;

namespace {
QJsonObject providerJson(const QString &slug, const QString &name, const QStringList &scopes,
                         const QJsonValue &account, const QString &ownership = QStringLiteral("userland_user"))
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("data_provider")},
                       {QStringLiteral("id"), QStringLiteral("data_integration_01H") + slug.toUpper().remove(QLatin1Char('-'))},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), QJsonValue()},
                       {QStringLiteral("slug"), slug},
                       {QStringLiteral("integration_type"), slug},
                       {QStringLiteral("credentials_type"), QStringLiteral("oauth2")},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                       {QStringLiteral("ownership"), ownership},
                       {QStringLiteral("created_at"), QStringLiteral("2024-01-01T00:00:00.000Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2024-01-02T00:00:00.000Z")},
                       {QStringLiteral("connected_account"), account}};
}

QJsonObject accountJson(const QString &state, const QStringList &scopes)
{
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("connected_account")},
                       {QStringLiteral("id"), QStringLiteral("data_installation_01HX") + QString::number(qHash(state))},
                       {QStringLiteral("user_id"), QStringLiteral("user_01HTEST")},
                       {QStringLiteral("organization_id"), QJsonValue()},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("created_at"), QStringLiteral("2024-02-01T00:00:00.000Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2024-03-01T00:00:00.000Z")}};
}

// Five providers covering every state the table must show.
QList<DataProvider> fixture()
{
    const QStringList ghScopes{QStringLiteral("repo"), QStringLiteral("read:user")};
    const QStringList slackScopes{QStringLiteral("channels:read"), QStringLiteral("chat:write")};
    const QJsonArray data{
        providerJson(QStringLiteral("github"), QStringLiteral("GitHub"), ghScopes,
                     accountJson(QStringLiteral("connected"), ghScopes)),
        providerJson(QStringLiteral("slack"), QStringLiteral("Slack"), slackScopes,
                     accountJson(QStringLiteral("needs_reauthorization"), {QStringLiteral("channels:read")})),
        providerJson(QStringLiteral("notion"), QStringLiteral("Notion"), {}, QJsonValue()),
        providerJson(QStringLiteral("zendesk"), QStringLiteral("Zendesk"), {QStringLiteral("read")},
                     accountJson(QStringLiteral("suspended"), {QStringLiteral("read")}), QStringLiteral("organization")),
        providerJson(QStringLiteral("google-drive"), QStringLiteral("Google Drive"),
                     {QStringLiteral("drive.readonly"), QStringLiteral("drive.file")},
                     accountJson(QStringLiteral("connected"), {QStringLiteral("drive.readonly")})),
    };
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                      {QStringLiteral("data"), data}})
                                .toJson();
    const auto decoded = JsonDecode::dataProviderList(body);
    if (!decoded)
        qFatal("fixture does not decode: %s", qPrintable(decoded.error().toString()));
    return decoded.value();
}

QString display(const QAbstractItemModel &model, const QString &slug, int column)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, ProviderTreeModel::SlugColumn).data().toString() == slug)
            return model.index(row, column).data().toString();
    }
    return QStringLiteral("<no row>");
}

QStringList slugs(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ProviderTreeModel::SlugColumn).data().toString());
    return result;
}
} // namespace

class TestGuiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void providerStatesAndScopes();
    void unknownStateShownRaw();
    void proxyTextFilter();
    void proxyProblemsOnly();
    void proxySortsByRawValue();
    void loadsFromSandboxAndRefreshes();
    void staleReplyIsDropped();
    void refreshReadsTheServer();
    void connectionsAreChildrenWithRealParents();
    void organizationOwnerListsItsSharedConnections();
    void userListAppendsPages();
    void userListSortsItselfThroughTheProxy();
    void userListQuickFilterFollowsSortsAndPages();
    void recentUsersPersistAndDedupe();

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<WorkOsClient> m_client;
};

void TestGuiModels::initTestCase()
{
    Translations::installSourcePlurals(*qApp); // the English plural forms main() installs
    m_server = std::make_unique<SandboxServer>();
    QVERIFY(m_server->listen() != 0);
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = m_server->apiKey();
    config.retry = RetryPolicy::none();
    m_client = std::make_unique<WorkOsClient>(&m_nam, config);
}

void TestGuiModels::providerStatesAndScopes()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setProviders(fixture());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(ProviderTreeModel::ColumnCount));
    QCOMPARE(display(model, QStringLiteral("github"), ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    QCOMPARE(display(model, QStringLiteral("slack"), ProviderTreeModel::StatusColumn),
             QStringLiteral("Needs reauthorization"));
    QCOMPARE(display(model, QStringLiteral("notion"), ProviderTreeModel::StatusColumn), QStringLiteral("Not connected"));
    QCOMPARE(display(model, QStringLiteral("slack"), ProviderTreeModel::MissingScopesColumn), QStringLiteral("chat:write"));
    QCOMPARE(display(model, QStringLiteral("google-drive"), ProviderTreeModel::MissingScopesColumn),
             QStringLiteral("drive.file"));
    QCOMPARE(display(model, QStringLiteral("github"), ProviderTreeModel::MissingScopesColumn), QString());
    QCOMPARE(display(model, QStringLiteral("github"), ProviderTreeModel::GrantedScopesColumn),
             QStringLiteral("repo, read:user"));
    QCOMPARE(display(model, QStringLiteral("zendesk"), ProviderTreeModel::OwnershipColumn), QStringLiteral("Organization"));
    QCOMPARE(display(model, QStringLiteral("notion"), ProviderTreeModel::ConnectedSinceColumn), QString());
    QVERIFY(!display(model, QStringLiteral("github"), ProviderTreeModel::ConnectedSinceColumn).isEmpty());
    // Raw values for sorting
    const int row = model.rowOfSlug(QStringLiteral("slack"));
    QCOMPARE(model.index(row, ProviderTreeModel::MissingScopesColumn).data(ProviderTreeModel::RawValueRole).toStringList(),
             QStringList{QStringLiteral("chat:write")});
    QVERIFY(model.index(row, 0).data(Qt::DecorationRole).value<QIcon>().availableSizes().size() > 0
            || !model.index(row, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestGuiModels::unknownStateShownRaw()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setProviders(fixture());
    QCOMPARE(display(model, QStringLiteral("zendesk"), ProviderTreeModel::StatusColumn), QStringLiteral("suspended"));
    const int row = model.rowOfSlug(QStringLiteral("zendesk"));
    QCOMPARE(model.index(row, 0).data(ProviderTreeModel::StatusRole).value<ConnectionStatus>(), ConnectionStatus::Unknown);
    QVERIFY(model.index(row, 0).data(ProviderTreeModel::ProblemRole).toBool());
}

void TestGuiModels::proxyTextFilter()
{
    ProviderTreeModel model(m_client.get());
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    model.setProviders(fixture());
    proxy.setText(QStringLiteral("SLACK"));
    QCOMPARE(slugs(proxy), QStringList{QStringLiteral("slack")});
    proxy.setText(QStringLiteral("chat:write")); // a missing scope
    QCOMPARE(slugs(proxy), QStringList{QStringLiteral("slack")});
    proxy.setText(QStringLiteral("not connected"));
    QCOMPARE(slugs(proxy), QStringList{QStringLiteral("notion")});
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestGuiModels::proxyProblemsOnly()
{
    ProviderTreeModel model(m_client.get());
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    model.setProviders(fixture());
    proxy.setProblems(ProviderFilterProxy::Problems::Only);
    QStringList shown = slugs(proxy);
    shown.sort();
    // reauth, unknown state, connected-but-missing-scopes; not the healthy or unconnected ones
    QCOMPARE(shown, (QStringList{QStringLiteral("google-drive"), QStringLiteral("slack"), QStringLiteral("zendesk")}));
    proxy.setText(QStringLiteral("drive"));
    QCOMPARE(slugs(proxy), QStringList{QStringLiteral("google-drive")});
    proxy.setProblemsOnly(false);
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestGuiModels::proxySortsByRawValue()
{
    ProviderTreeModel model(m_client.get());
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester tester(&proxy, Tester::FailureReportingMode::QtTest);
    model.setProviders(fixture());
    proxy.sort(ProviderTreeModel::ProviderColumn, Qt::AscendingOrder);
    QCOMPARE(slugs(proxy).first(), QStringLiteral("github"));
    QCOMPARE(slugs(proxy).last(), QStringLiteral("zendesk"));
    proxy.sort(ProviderTreeModel::StatusColumn, Qt::AscendingOrder);
    QCOMPARE(slugs(proxy).first(), QStringLiteral("notion")); // not connected first
    QCOMPARE(slugs(proxy).last(), QStringLiteral("zendesk")); // unknown last
}

void TestGuiModels::loadsFromSandboxAndRefreshes()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProviderTreeModel::loaded);
    model.load(SandboxSeed::AliceUserId, QString());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), SandboxSeed::DemoProviderCount);
    QCOMPARE(display(model, QStringLiteral("slack"), ProviderTreeModel::MissingScopesColumn),
             QStringLiteral("chat:write, users:read.email"));
    // Scoped to Globex: the scoped GitHub needs reauthorization and Salesforce (organization-owned) shows up.
    model.load(SandboxSeed::AliceUserId, SandboxSeed::GlobexOrgId);
    QCOMPARE(model.rowCount(), 0); // cleared at once, never the old scope's rows
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(display(model, QStringLiteral("github"), ProviderTreeModel::StatusColumn),
             QStringLiteral("Needs reauthorization"));
    // Refresh sees a server-side change.
    m_server->store().removeAccount(
        m_server->store().accountKey(*m_server->store().provider(QStringLiteral("linear")), SandboxSeed::AliceUserId,
                                     SandboxSeed::GlobexOrgId));
    model.refresh();
    QCOMPARE(model.rowCount(), SandboxSeed::DemoProviderCount); // rows stay while refreshing
    QTRY_COMPARE(loaded.size(), 3);
    QCOMPARE(display(model, QStringLiteral("linear"), ProviderTreeModel::StatusColumn), QStringLiteral("Not connected"));
    m_server->reset();
}

void TestGuiModels::staleReplyIsDropped()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProviderTreeModel::loaded);
    // Alice's answer is slow; Carol's is fast.
    SandboxFault slow;
    slow.method = "GET";
    slow.pathPattern = QStringLiteral("/user_management/users/%1/data_providers").arg(SandboxSeed::AliceUserId);
    slow.action = SandboxFault::Action::Respond;
    slow.status = 200;
    slow.body = R"({"object":"list","data":[{"object":"data_provider","id":"data_integration_01HSTALE","name":"Stale",
        "description":null,"slug":"stale","integration_type":"x","credentials_type":"oauth2","scopes":null,
        "ownership":"userland_user","created_at":"2024-01-01T00:00:00Z","updated_at":"2024-01-01T00:00:00Z",
        "connected_account":null}]})";
    slow.latencyMs = 800;
    m_server->addFault(slow);
    model.load(SandboxSeed::AliceUserId, QString());
    QTRY_COMPARE(m_server->requestCount("GET", slow.pathPattern), 1);
    model.load(SandboxSeed::CarolUserId, QString());
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(1200); // on purpose: well past Alice's answer (800 ms), which must land nowhere
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowOfSlug(QStringLiteral("stale")), -1);
    QCOMPARE(model.userId(), QString(SandboxSeed::CarolUserId));
    QCOMPARE(display(model, QStringLiteral("github"), ProviderTreeModel::MissingScopesColumn), QStringLiteral("read:org"));
    m_server->reset();
}

void TestGuiModels::refreshReadsTheServer()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProviderTreeModel::loaded);
    model.load(SandboxSeed::CarolUserId, QString());
    QTRY_COMPARE(loaded.size(), 1);
    m_server->store().removeAccount(m_server->store().accountKey(
        *m_server->store().provider(QStringLiteral("hubspot")), SandboxSeed::CarolUserId, QString()));
    QCOMPARE(display(model, QStringLiteral("hubspot"), ProviderTreeModel::StatusColumn), QStringLiteral("Connected"));
    model.refresh();
    QTRY_COMPARE(loaded.size(), 2);
    QCOMPARE(display(model, QStringLiteral("hubspot"), ProviderTreeModel::StatusColumn), QStringLiteral("Not connected"));
    m_server->reset();
}

// Every connection as WorkOS serves it today, as a child row of its provider,
// through QAbstractItemModelTester on the model and on the filter proxy.
void TestGuiModels::connectionsAreChildrenWithRealParents()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProviderTreeModel::loaded);
    model.load(SandboxSeed::AliceUserId, QString());
    QTRY_COMPARE(loaded.size(), 1);
    // The request was plural-aware.
    bool plural = false;
    for (const SandboxRequestRecord &r : m_server->requests())
        plural = plural || (r.path.endsWith(QLatin1String("/data_providers"))
                            && r.query.contains(QStringLiteral("supports_multiple_connections=true")));
    QVERIFY(plural);
    const QModelIndex github = model.indexOfProvider(QStringLiteral("github"));
    QCOMPARE(model.rowCount(github), 3);
    QStringList labels;
    for (int c = 0; c < 3; ++c) {
        const QModelIndex child = model.index(c, ProviderTreeModel::ProviderColumn, github);
        QCOMPARE(child.parent(), github);
        QVERIFY(child.data(ProviderTreeModel::IsConnectionRole).toBool());
        labels << child.data().toString();
    }
    labels.sort();
    QCOMPARE(labels, (QStringList{QStringLiteral("Contractor"), QStringLiteral("Personal"), QStringLiteral("Work")}));
    QCOMPARE(model.index(0, 0, model.index(0, 0, github)), QModelIndex()); // connections have no children
    QCOMPARE(github.siblingAtColumn(ProviderTreeModel::DetailsColumn).data().toString(),
             QStringLiteral("3 connections · 1 needs reauthorization"));
    // HubSpot: an empty compatibility slot, yet a live standard connection.
    const QModelIndex hubspot = model.indexOfProvider(QStringLiteral("hubspot"));
    QCOMPARE(hubspot.siblingAtColumn(ProviderTreeModel::StatusColumn).data().toString(), QStringLiteral("Connected"));
    QCOMPARE(model.rowCount(hubspot), 1);
    // Slack's one unlabelled compatibility connection is the provider row itself.
    const QModelIndex slack = model.indexOfProvider(QStringLiteral("slack"));
    QCOMPARE(model.rowCount(slack), 0);
    QCOMPARE(slack.data(ProviderTreeModel::ConnectionIdRole).toString(), QString(SandboxSeed::AliceSlackAccountId));

    // "Problems only" acts on connections: GitHub keeps only Contractor.
    proxy.setProblemsOnly(true);
    const QModelIndex githubShown = proxy.mapFromSource(github);
    QVERIFY(githubShown.isValid());
    QCOMPARE(proxy.rowCount(githubShown), 1);
    QCOMPARE(proxy.index(0, 0, githubShown).data(ProviderTreeModel::ConnectionIdRole).toString(),
             QString(SandboxSeed::AliceGithubContractorAccountId));
    QVERIFY(!proxy.mapFromSource(hubspot).isValid());
    // A text finds a connection by its label, and keeps its provider.
    proxy.setProblemsOnly(false);
    proxy.setText(QStringLiteral("contractor"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    // A provider's name keeps all its connections.
    proxy.setText(QStringLiteral("github"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 3);
}

void TestGuiModels::organizationOwnerListsItsSharedConnections()
{
    ProviderTreeModel model(m_client.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &ProviderTreeModel::loaded);
    model.load(Owner::organization(QString(SandboxSeed::GlobexOrgId)), QString());
    QTRY_COMPARE(loaded.size(), 1);
    bool organizationPath = false;
    for (const SandboxRequestRecord &r : m_server->requests())
        organizationPath = organizationPath
            || r.path == QStringLiteral("/organizations/%1/data_providers").arg(SandboxSeed::GlobexOrgId);
    QVERIFY(organizationPath);
    const QModelIndex salesforce = model.indexOfConnection(QString(SandboxSeed::GlobexSalesforceAccountId));
    QVERIFY(salesforce.isValid());
    // The reason WorkOS gives, in words, and nobody named as its establisher.
    const QString details = salesforce.siblingAtColumn(ProviderTreeModel::DetailsColumn).data().toString();
    QVERIFY2(details.contains(QStringLiteral("left the organization")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("shared by the organization")));
    QVERIFY(!details.contains(QStringLiteral("established by")));
    QCOMPARE(salesforce.siblingAtColumn(ProviderTreeModel::StatusColumn).data().toString(),
             QStringLiteral("Needs reauthorization"));
}

void TestGuiModels::userListAppendsPages()
{
    UserListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    User a;
    a.id = QStringLiteral("user_01HA");
    a.email = QStringLiteral("a@example.com");
    a.firstName = QStringLiteral("Ann");
    User b;
    b.id = QStringLiteral("user_01HB");
    b.email = QStringLiteral("b@example.com");
    model.setUsers({a});
    model.appendUsers({b});
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("a@example.com")));
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("Ann")));
    QVERIFY(model.index(1).data().toString().contains(QStringLiteral("user_01HB")));
    QCOMPARE(model.index(1).data(UserListModel::IdRole).toString(), QStringLiteral("user_01HB"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::recentUsersPersistAndDedupe()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        RecentUsersModel model(&settings);
        Tester tester(&model, Tester::FailureReportingMode::QtTest);
        model.remember(QStringLiteral("user_01HA"), QStringLiteral("a@example.com"));
        model.remember(QStringLiteral("user_01HB"), QStringLiteral("b@example.com"));
        model.remember(QStringLiteral("user_01HA"), QStringLiteral("a@example.com")); // to the top, no duplicate
        model.remember(QStringLiteral("not an id"), QStringLiteral("x@example.com"));  // ignored
        QCOMPARE(model.rowCount(), 2);
        for (int i = 0; i < RecentUsersModel::MaxEntries + 3; ++i)
            model.remember(QStringLiteral("user_01HZ%1").arg(i), QString());
        QCOMPARE(model.rowCount(), RecentUsersModel::MaxEntries);
        model.remember(QStringLiteral("user_01HB"), QStringLiteral("b@example.com"));
    }
    QSettings settings(path, QSettings::IniFormat);
    RecentUsersModel again(&settings);
    Tester tester(&again, Tester::FailureReportingMode::QtTest);
    QCOMPARE(again.rowCount(), RecentUsersModel::MaxEntries);
    QCOMPARE(again.index(0).data().toString(), QStringLiteral("b@example.com"));
    QCOMPARE(again.index(0).data(RecentUsersModel::IdRole).toString(), QStringLiteral("user_01HB"));
    // Nothing but ids and emails is stored.
    for (const QString &key : settings.allKeys())
        QVERIFY2(key.endsWith(QLatin1String("/id")) || key.endsWith(QLatin1String("/email"))
                     || key.endsWith(QLatin1String("size")),
                 qPrintable(key));
}

void TestGuiModels::userListSortsItselfThroughTheProxy()
{
    // Emails in a scrambled order, two of them tied (same address, different ids), one upper case.
    QList<User> users;
    const QStringList emails{QStringLiteral("dora@acme.com"), QStringLiteral("Bob@acme.com"),
                             QStringLiteral("erin@acme.com"), QStringLiteral("alice@acme.com"),
                             QStringLiteral("carl@acme.com"), QStringLiteral("alice@acme.com")};
    for (int i = 0; i < emails.size(); ++i) {
        User u;
        u.id = QStringLiteral("user_%1").arg(i);
        u.email = emails.at(i);
        u.firstName = QStringLiteral("First%1").arg(i);
        users << u;
    }
    UserListModel model;
    Tester modelTester(&model, Tester::FailureReportingMode::QtTest);
    UserListProxy proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
    model.setUsers(users);

    const auto ids = [&proxy] {
        QStringList out;
        for (int row = 0; row < proxy.rowCount(); ++row)
            out << proxy.index(row, 0).data(UserListModel::IdRole).toString();
        return out.join(QLatin1Char(' '));
    };
    const QPersistentModelIndex erin = proxy.index(2, 0);
    const QPersistentModelIndex carl = proxy.index(4, 0);
    proxy.sort(0, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), 0);
    QCOMPARE(ids(), QStringLiteral("user_3 user_5 user_1 user_4 user_0 user_2")); // ties in load order
    QCOMPARE(erin.data(UserListModel::IdRole).toString(), QStringLiteral("user_2"));
    QCOMPARE(erin.row(), 5);
    QCOMPARE(carl.row(), 3);
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(ids(), QStringLiteral("user_2 user_0 user_4 user_1 user_3 user_5")); // ties still in load order
    QCOMPARE(erin.row(), 0);
    QCOMPARE(carl.data(UserListModel::IdRole).toString(), QStringLiteral("user_4"));

    // Filtering keeps the order; clearing the filter does not re-sort.
    proxy.setText(QStringLiteral("ALICE"));
    QCOMPARE(ids(), QStringLiteral("user_3 user_5"));
    proxy.setText(QStringLiteral("first1"));
    QCOMPARE(ids(), QStringLiteral("user_1"));
    proxy.setText(QString());
    QCOMPARE(ids(), QStringLiteral("user_2 user_0 user_4 user_1 user_3 user_5"));

    // The next page lands in its sorted place; a new list keeps the sort.
    User frank;
    frank.id = QStringLiteral("user_6");
    frank.email = QStringLiteral("frank@acme.com");
    model.appendUsers({frank});
    QCOMPARE(ids(), QStringLiteral("user_6 user_2 user_0 user_4 user_1 user_3 user_5"));
    QCOMPARE(model.user(0).id, QStringLiteral("user_6"));
    model.setUsers(users);
    QCOMPARE(ids(), QStringLiteral("user_2 user_0 user_4 user_1 user_3 user_5"));

    // sort(-1): load order again.
    proxy.sort(-1);
    QCOMPARE(model.sortColumn(), -1);
    QCOMPARE(ids(), QStringLiteral("user_0 user_1 user_2 user_3 user_4 user_5"));
}

void TestGuiModels::userListQuickFilterFollowsSortsAndPages()
{
    const auto person = [](const QString &id, const QString &email, const QString &first, const QString &last) {
        User u;
        u.id = id;
        u.email = email;
        u.firstName = first;
        u.lastName = last;
        return u;
    };
    const QList<User> page1{person(QStringLiteral("user_01HZED"), QStringLiteral("zed@acme.com"), QStringLiteral("Ann"),
                                   QStringLiteral("Lee")),
                            person(QStringLiteral("user_01HAMY"), QStringLiteral("amy@Example.org"), QStringLiteral("Mary Ann"),
                                   QString()),
                            person(QStringLiteral("user_01HBOB"), QStringLiteral("bob@acme.com"), QString(),
                                   QStringLiteral("Ødegård"))};
    const QList<User> page2{person(QStringLiteral("user_01HCAT"), QStringLiteral("cat@acme.com"), QStringLiteral("Cat"),
                                   QStringLiteral("Annlee"))};
    UserListModel model;
    UserListProxy proxy;
    proxy.setSourceModel(&model);
    Tester proxyTester(&proxy, Tester::FailureReportingMode::QtTest);
    // What the proxy asked of each user before the model kept one folded text per row.
    const auto expected = [&model](const QString &text) {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            const User &u = model.user(row);
            const QStringList fields{u.email, u.id, u.firstName, u.lastName};
            if (std::any_of(fields.begin(), fields.end(), [&text](const QString &f) { return f.contains(text, Qt::CaseInsensitive); })
                || (text.contains(QLatin1Char(' ')) && u.fullName().contains(text, Qt::CaseInsensitive)))
                ids << u.id;
        }
        return ids;
    };
    const auto shown = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data(UserListModel::IdRole).toString();
        return ids;
    };
    const QStringList texts{QStringLiteral("ANN"), QStringLiteral("ann lee"), QStringLiteral("ry an"),
                            QStringLiteral("01hb"), QStringLiteral("example.ORG"), QStringLiteral("ØDEG"),
                            QStringLiteral("lee"), QStringLiteral("acme"), QStringLiteral("nobody")};
    const auto checkAll = [&](const char *when) {
        for (const QString &text : texts) {
            proxy.setText(text);
            QVERIFY2(shown() == expected(text), qPrintable(text + QLatin1String(" ") + QLatin1String(when) + QLatin1String(": ")
                                                           + shown().join(QLatin1Char(' '))));
        }
        proxy.setText(QString());
    };
    model.setUsers(page1);
    checkAll("loaded");
    proxy.setText(QStringLiteral("ann lee"));
    QCOMPARE(shown(), QStringList{QStringLiteral("user_01HZED")}); // the full name, across first and last
    proxy.sort(0, Qt::AscendingOrder);
    checkAll("sorted");
    model.appendUsers(page2); // lands in its sorted place
    checkAll("a page appended while sorted");
    proxy.setText(QStringLiteral("annlee"));
    QCOMPARE(shown(), QStringList{QStringLiteral("user_01HCAT")});
    proxy.sort(0, Qt::DescendingOrder);
    checkAll("sorted the other way");
    model.setUsers(page2);
    checkAll("a new list");
    model.clear();
    proxy.setText(QStringLiteral("cat"));
    QCOMPARE(proxy.rowCount(), 0);
    model.appendUsers(page1);
    checkAll("after a clear");
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
