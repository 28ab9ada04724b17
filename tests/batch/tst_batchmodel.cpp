// The users x providers grid, its filter proxy and the CSV/JSON exports.

#include "batch/BatchEngine.h"
#include "batch/BatchExport.h"
#include "batch/BatchResultFilterProxy.h"
#include "batch/BatchResultModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
DataProvider provider(const QString &slug, const QStringList &configured, std::optional<ConnectionState> state,
                      const QStringList &granted = {}, const QString &stateText = QString())
{
    DataProvider p;
    p.slug = slug;
    p.name = slug.at(0).toUpper() + slug.mid(1);
    p.scopes = configured;
    p.scopesConfigured = true;
    if (state) {
        ConnectedAccount account;
        account.id = QStringLiteral("data_installation_") + slug;
        account.state = *state;
        account.stateText = stateText.isEmpty() ? connectionStateToString(*state) : stateText;
        account.scopes = granted;
        p.connectedAccount = account;
    }
    return p;
}

QList<BatchItem> sampleItems()
{
    BatchItem alice = batchItemForUser(QStringLiteral("user_A"), QStringLiteral("alice@acme.com"));
    alice.line = 1;
    alice.outcome = BatchOutcome::Checked;
    alice.providers = {provider(QStringLiteral("github"), {QStringLiteral("repo")}, ConnectionState::Connected, {QStringLiteral("repo")}),
                       provider(QStringLiteral("slack"), {QStringLiteral("chat:write"), QStringLiteral("users:read")},
                                ConnectionState::NeedsReauthorization, {QStringLiteral("users:read")})};
    BatchItem bob = batchItemForUser(QStringLiteral("user_B"), QStringLiteral("=cmd|' /C calc'!A0"));
    bob.line = 2;
    bob.input = QStringLiteral("=cmd|' /C calc'!A0");
    bob.outcome = BatchOutcome::Checked;
    bob.providers = {provider(QStringLiteral("github"), {QStringLiteral("repo")}, std::nullopt),
                     provider(QStringLiteral("slack"), {}, ConnectionState::Unknown, {}, QStringLiteral("suspended"))};
    BatchItem broken;
    broken.line = 3;
    broken.input = QStringLiteral("hello, \"world\"");
    broken.outcome = BatchOutcome::InvalidInput;
    broken.detail = QStringLiteral("Not an email address or a user id (user_...).");
    return {alice, bob, broken};
}
} // namespace

class TestBatchModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gridShowsStatesAndMissingScopes();
    void providerColumnsGrowAsResultsArrive();
    void proxyFilters();
    void csvIsQuotedAndFormulaSafe();
    void jsonHasEveryItem();
    void aCellCountsEveryConnectionAndShowsTheWorst();
    void previewDetailAndExportsNameEachConnection();
};

void TestBatchModel::gridShowsStatesAndMissingScopes()
{
    BatchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(sampleItems());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), BatchResultModel::FixedColumnCount + 2);
    const int github = model.columnOfProvider(QStringLiteral("github"));
    const int slack = model.columnOfProvider(QStringLiteral("slack"));
    QCOMPARE(model.headerData(github, Qt::Horizontal).toString(), QStringLiteral("Github"));
    QCOMPARE(model.index(0, github).data().toString(), QStringLiteral("Connected"));
    QCOMPARE(model.index(0, slack).data().toString(), QStringLiteral("Needs reauthorization"));
    QCOMPARE(model.index(0, slack).data(BatchResultModel::RawValueRole).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(model.index(0, slack).data(BatchResultModel::StatusRole).value<ConnectionStatus>(),
             ConnectionStatus::NeedsReauthorization);
    QCOMPARE(model.index(0, slack).data(BatchResultModel::MissingScopesRole).toStringList(), QStringList{QStringLiteral("chat:write")});
    QVERIFY(model.index(0, slack).data(Qt::ToolTipRole).toString().contains(QStringLiteral("chat:write")));
    QCOMPARE(model.index(1, github).data().toString(), QStringLiteral("Not connected"));
    QCOMPARE(model.index(1, github).data(BatchResultModel::RawValueRole).toString(), QStringLiteral("none"));
    QCOMPARE(model.index(1, github).data(BatchResultModel::StatusRole).value<ConnectionStatus>(),
             ConnectionStatus::NotConnected);
    QCOMPARE(model.index(1, slack).data().toString(), QStringLiteral("Unknown state \"suspended\""));
    QCOMPARE(model.index(1, slack).data(BatchResultModel::RawValueRole).toString(), QStringLiteral("suspended"));
    QCOMPARE(model.index(1, slack).data(BatchResultModel::StatusRole).value<ConnectionStatus>(), ConnectionStatus::Unknown);
    QCOMPARE(model.index(2, BatchResultModel::OutcomeColumn).data().toString(), QStringLiteral("Invalid line"));
    QCOMPARE(model.index(2, github).data().toString(), QString());
    QVERIFY(model.index(0, 0).data(BatchResultModel::IsProblemRole).toBool()); // slack needs reauth
    QVERIFY(model.index(2, 0).data(BatchResultModel::IsProblemRole).toBool());
}

void TestBatchModel::providerColumnsGrowAsResultsArrive()
{
    BatchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<BatchItem> items = sampleItems();
    QList<BatchItem> pending = items;
    for (BatchItem &item : pending) {
        if (item.outcome == BatchOutcome::Checked)
            item.clearResult();
    }
    model.setItems(pending);
    QCOMPARE(model.columnCount(), int(BatchResultModel::FixedColumnCount));
    model.updateItem(0, items.at(0));
    QCOMPARE(model.columnCount(), BatchResultModel::FixedColumnCount + 2);
    QCOMPARE(model.index(0, BatchResultModel::OutcomeColumn).data().toString(), QStringLiteral("Checked"));
    model.updateItem(1, items.at(1));
    QCOMPARE(model.columnCount(), BatchResultModel::FixedColumnCount + 2);
}

void TestBatchModel::proxyFilters()
{
    BatchResultModel model;
    model.setItems(sampleItems());
    BatchResultFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText(QStringLiteral("user_a"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, BatchResultModel::UserIdColumn).data().toString(), QStringLiteral("user_A"));
    proxy.setText(QStringLiteral("email address")); // the detail of line 3
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, BatchResultModel::LineColumn).data().toString(), QStringLiteral("3"));
    proxy.setText(QString());
    proxy.setRows(BatchResultFilterProxy::Rows::ProblemsOnly);
    QCOMPARE(proxy.rowCount(), 3); // alice: slack; bob: unknown state; line 3: invalid
    proxy.setRows(BatchResultFilterProxy::Rows::All);
    proxy.sort(BatchResultModel::LineColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, BatchResultModel::LineColumn).data().toString(), QStringLiteral("3"));
}

void TestBatchModel::csvIsQuotedAndFormulaSafe()
{
    // Field by field escaping is tst_csv's; here: every cell of the export goes through it.
    const BatchResultModel model;
    const QString csv = QString::fromUtf8(BatchExport::gridCsv(sampleItems(), {QStringLiteral("github"), QStringLiteral("slack")}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("line,input,user_id,email,outcome,github,github connections,github missing scopes,"
                                         "slack,slack connections,slack missing scopes,detail"));
    QCOMPARE(lines.at(1), QStringLiteral("1,user_A,user_A,alice@acme.com,checked,connected,1,,needs_reauthorization,1,chat:write,"));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("2,'=cmd|' /C calc'!A0,user_B,'=cmd")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QStringLiteral(",none,0,,suspended,1,")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("3,\"hello, \"\"world\"\"\",,,invalid_input,")), qPrintable(lines.at(3)));

    const QString items = QString::fromUtf8(BatchExport::itemsCsv(sampleItems()));
    QVERIFY(items.startsWith(QStringLiteral("line,input,user_id,email,outcome,connection_id,http_status,request_id,detail\r\n")));
}

void TestBatchModel::jsonHasEveryItem()
{
    const QJsonObject json = BatchExport::resultJson(QStringLiteral("check"), QString(), QStringLiteral("batch_1"), sampleItems());
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    const QJsonObject alice = items.at(0).toObject();
    QCOMPARE(alice.value(QStringLiteral("outcome")).toString(), QStringLiteral("checked"));
    const QJsonObject slack = alice.value(QStringLiteral("providers")).toArray().at(1).toObject();
    QCOMPARE(slack.value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(slack.value(QStringLiteral("missing_scopes")).toArray().at(0).toString(), QStringLiteral("chat:write"));
    QVERIFY(items.at(1).toObject().value(QStringLiteral("providers")).toArray().at(0).toObject()
                .value(QStringLiteral("missing_scopes")).isNull());
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("checked")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("invalid_input")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 3);
    QVERIFY(json.value(QStringLiteral("provider")).isNull());
}

namespace {
ConnectedAccount connection(const QString &id, const QString &label, ConnectionState state, const QStringList &granted)
{
    ConnectedAccount a;
    a.id = id;
    a.accountDisplayName = label;
    a.state = state;
    a.stateText = connectionStateToString(state);
    a.scopes = granted;
    return a;
}

// GitHub with three connections, as the sandbox seeds Alice's: the
// compatibility one healthy, one standard healthy, one needing reauthorization.
DataProvider threeConnections()
{
    const QStringList all{QStringLiteral("repo"), QStringLiteral("read:user")};
    DataProvider p = provider(QStringLiteral("github"), all, std::nullopt);
    p.connectedAccount = connection(QStringLiteral("data_installation_P"), QStringLiteral("Personal"),
                                    ConnectionState::Connected, all);
    p.connectedAccounts = {*p.connectedAccount,
                           connection(QStringLiteral("data_installation_W"), QStringLiteral("Work"),
                                      ConnectionState::Connected, all),
                           connection(QStringLiteral("data_installation_C"), QStringLiteral("Contractor"),
                                      ConnectionState::NeedsReauthorization, {QStringLiteral("repo")})};
    p.connectedAccountsPresent = true;
    return p;
}
} // namespace

void TestBatchModel::aCellCountsEveryConnectionAndShowsTheWorst()
{
    BatchItem alice = batchItemForUser(QStringLiteral("user_A"));
    alice.outcome = BatchOutcome::Checked;
    alice.providers = {threeConnections()};
    // HubSpot: the compatibility slot is empty, one standard connection is live.
    DataProvider hubspot = provider(QStringLiteral("hubspot"), {}, std::nullopt);
    hubspot.connectedAccounts = {connection(QStringLiteral("data_installation_H"), QStringLiteral("Work"),
                                            ConnectionState::Connected, {})};
    hubspot.connectedAccountsPresent = true;
    alice.providers.append(hubspot);
    BatchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({alice});
    const QModelIndex github = model.index(0, model.columnOfProvider(QStringLiteral("github")));
    QCOMPARE(github.data(BatchResultModel::ConnectionCountRole).toInt(), 3);
    QCOMPARE(github.data(BatchResultModel::StatusRole).value<ConnectionStatus>(), ConnectionStatus::NeedsReauthorization);
    QCOMPARE(github.data(BatchResultModel::RawValueRole).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(github.data().toString(), QStringLiteral("Needs reauthorization (3 connections)"));
    QCOMPARE(github.data(BatchResultModel::MissingScopesRole).toStringList(), QStringList{QStringLiteral("read:user")});
    const QString tip = github.data(Qt::ToolTipRole).toString();
    for (const QString &id : {QStringLiteral("data_installation_P"), QStringLiteral("data_installation_W"),
                              QStringLiteral("data_installation_C")})
        QVERIFY2(tip.contains(id), qPrintable(tip));
    QVERIFY(model.index(0, 0).data(BatchResultModel::IsProblemRole).toBool());
    const QModelIndex hub = model.index(0, model.columnOfProvider(QStringLiteral("hubspot")));
    QCOMPARE(hub.data().toString(), QStringLiteral("Connected"));
    QCOMPARE(hub.data(BatchResultModel::ConnectionCountRole).toInt(), 1);
}

void TestBatchModel::previewDetailAndExportsNameEachConnection()
{
    BatchItem alice = batchItemForUser(QStringLiteral("user_A"));
    alice.outcome = BatchOutcome::WillDisconnect;
    alice.connections = threeConnections().allConnections();
    BatchResultModel model;
    model.setItems({alice});
    const QString detail = model.index(0, BatchResultModel::DetailColumn).data().toString();
    for (const QString &id : {QStringLiteral("data_installation_P"), QStringLiteral("data_installation_W"),
                              QStringLiteral("data_installation_C")})
        QVERIFY2(detail.contains(id), qPrintable(detail));
    QVERIFY2(detail.startsWith(QStringLiteral("3 connection")), qPrintable(detail));
    const QJsonArray connections = BatchExport::itemJson(alice).value(QStringLiteral("connections")).toArray();
    QCOMPARE(connections.size(), 3);
    QCOMPARE(connections.at(2).toObject().value(QStringLiteral("label")).toString(), QStringLiteral("Contractor"));
    QVERIFY(QString::fromUtf8(BatchExport::itemsCsv({alice}))
                .contains(QStringLiteral("data_installation_P data_installation_W data_installation_C")));
    // One run item per connection.
    const QList<BatchItem> targets = BatchEngine::disconnectTargets({alice});
    QCOMPARE(targets.size(), 3);
    QCOMPARE(targets.at(1).account->id, QStringLiteral("data_installation_W"));
}

QTEST_GUILESS_MAIN(TestBatchModel)
#include "tst_batchmodel.moc"
