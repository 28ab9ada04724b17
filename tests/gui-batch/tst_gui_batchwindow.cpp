// The batch window against the sandbox, driven like a person would: type or
// load a list, press the buttons, read the table, the labels and the files.

#include "BatchGuiRig.h"

#include "batch/BatchResultModel.h"
#include "gui/batch/BatchGridDelegate.h"
#include "gui/history/HistoryWindow.h"
#include "sandbox/SandboxSeed.h"
#include "core/Translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>
#include <QMap>
#include <QSet>
#include <QUrlQuery>

using namespace SandboxSeed;
using Phase = BatchWindow::Phase;

namespace {
template <typename T>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QString::fromLatin1(name));
}

QPushButton *button(QWidget *window, const char *name)
{
    return child<QPushButton>(window, name);
}

void click(QWidget *window, const char *name)
{
    QPushButton *b = button(window, name);
    QVERIFY2(b, name);
    QVERIFY2(b->isEnabled(), name);
    QTest::mouseClick(b, Qt::LeftButton);
}

void typeLines(QWidget *window, const QStringList &lines)
{
    auto *edit = child<QPlainTextEdit>(window, "inputEdit");
    edit->setFocus();
    for (const QString &line : lines) {
        QTest::keyClicks(edit, line);
        QTest::keyClick(edit, Qt::Key_Return);
    }
}

QTableView *table(QWidget *window)
{
    return child<QTableView>(window, "resultTable");
}

// The proxy row whose Input cell is `input`, or -1.
int rowOf(QWidget *window, const QString &input)
{
    const QAbstractItemModel *model = table(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BatchResultModel::InputColumn).data().toString() == input)
            return row;
    }
    return -1;
}

int columnOf(QWidget *window, const QString &slug)
{
    const QAbstractItemModel *model = table(window)->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal, BatchResultModel::ProviderSlugRole).toString() == slug)
            return column;
    }
    return -1;
}

// What the table shows for `input` in a fixed column or a provider's column.
QVariant cell(QWidget *window, const QString &input, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(window, input);
    return row < 0 || column < 0 ? QVariant() : table(window)->model()->index(row, column).data(role);
}

QString outcome(QWidget *window, const QString &input)
{
    return cell(window, input, BatchResultModel::OutcomeColumn).toString();
}

QString provider(QWidget *window, const QString &input, const QString &slug)
{
    return cell(window, input, columnOf(window, slug)).toString();
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

bool hasGithub(SandboxStore &store, const QString &userId)
{
    return store.account(store.accountKey(*store.provider(GithubSlug), userId, QString())).has_value();
}

SandboxAccountKey githubKey(SandboxStore &store, const QString &userId, const QString &organizationId = QString())
{
    return store.accountKey(*store.provider(GithubSlug), userId, organizationId);
}

// The ids of every personal GitHub connection the user has in the store now.
QSet<QString> githubIds(SandboxStore &store, const QString &userId)
{
    QSet<QString> ids;
    for (const SandboxAccount &account : store.accounts(githubKey(store, userId)))
        ids.insert(account.id);
    return ids;
}

// The connected_account_id of every DELETE the server received, in order.
QStringList deletedIds(const SandboxServer &server)
{
    QStringList ids;
    for (const SandboxRequestRecord &request : server.requests()) {
        if (request.method == "DELETE")
            ids.append(QUrlQuery(request.query).queryItemValue(QStringLiteral("connected_account_id")));
    }
    return ids;
}

// Every table row of `input`: its outcome and its detail (a run has one row per connection).
QList<QPair<QString, QString>> rowsOf(QWidget *window, const QString &input)
{
    QList<QPair<QString, QString>> rows;
    const QAbstractItemModel *model = table(window)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BatchResultModel::InputColumn).data().toString() == input)
            rows.append({model->index(row, BatchResultModel::OutcomeColumn).data().toString(),
                         model->index(row, BatchResultModel::DetailColumn).data().toString()});
    }
    return rows;
}

// Alice's three personal GitHub connections (Personal, Work, Contractor).
const QSet<QString> AliceGithubIds{QString(AliceGithubAccountId), QString(AliceGithubWorkAccountId),
                                   QString(AliceGithubContractorAccountId)};

const QString Bogus = QStringLiteral("hello world");
const QString Nobody = QStringLiteral("nobody@nowhere.example");
} // namespace

class TestGuiBatchWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkStatusShowsTheGridAndReportsBadLines();
    void thePillKeepsTheConnectionCount();
    void idleIsCalmAndPaceIsAdvanced();
    void problemsAreCountedByKind();
    void resultsOfAnEarlierListAreMarked();
    void exportsWhatTheTableShows();
    void previewThenConfirmedRunDeletesExactlyThePreviewedAccounts();
    void productionNeedsTheTypedSlug();
    void changingTheListDropsThePreview();
    void organizationMembersAndCancelMidRun();
    void organizationMembersStopOnARepeatedCursor();
    void pauseHoldsAndResumeFinishes();
    void retryFailedRunsOnlyTheFailedLinesAgain();
    void paceSettingsArePersisted();
    void callerUsersKeepTheirEmails();
    void csvFileIsLoadedAndBadRowsReported();

private:
    void runCheck(BatchWindow *window);
};

void TestGuiBatchWindow::initTestCase()
{
    Translations::installSourcePlurals(*qApp); // the English plural forms main() installs
}

void TestGuiBatchWindow::idleIsCalmAndPaceIsAdvanced()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    auto *bar = child<QProgressBar>(window.get(), "progressBar");
    QVERIFY(bar->maximum() > bar->minimum()); // not the "busy" bar of an unknown amount of work
    QCOMPARE(bar->value(), bar->minimum());
    QVERIFY(!bar->isTextVisible());
    // The pace is WorkOS's by default and out of the way until asked for.
    auto *advanced = child<QToolButton>(window.get(), "advancedButton");
    QVERIFY(advanced->isVisible());
    QVERIFY(!child<QSpinBox>(window.get(), "concurrencySpin")->isVisible());
    QVERIFY(!child<QSpinBox>(window.get(), "readsSpin")->isVisible());
    QTest::mouseClick(advanced, Qt::LeftButton);
    QVERIFY(child<QSpinBox>(window.get(), "concurrencySpin")->isVisible());
    QVERIFY(child<QSpinBox>(window.get(), "readsSpin")->isVisible());
    QTest::mouseClick(advanced, Qt::LeftButton);
    QVERIFY(!child<QSpinBox>(window.get(), "readsSpin")->isVisible());

    runCheck(window.get());
    QVERIFY(bar->isTextVisible());
    QCOMPARE(bar->value(), bar->maximum());
}

void TestGuiBatchWindow::problemsAreCountedByKind()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    runCheck(window.get()); // alice (slack needs reauthorization), bob, a bad line, nobody, carol (missing scopes)
    const QString progress = child<QLabel>(window.get(), "progressLabel")->text();
    QVERIFY2(progress.contains(QStringLiteral("1 line not recognized")), qPrintable(progress));
    QVERIFY2(progress.contains(QStringLiteral("1 user not found")), qPrintable(progress));
    QVERIFY2(!progress.contains(QStringLiteral("problem")), qPrintable(progress));
    // The broken connections are counted as such, from the grid: every
    // connection of a provider, not only its compatibility one (Alice's
    // "Contractor" GitHub connection needs reauthorization behind a connected "Personal").
    int broken = 0;
    int compatibilityOnly = 0;
    for (const BatchItem &item : window->results()) {
        for (const DataProvider &p : item.providers) {
            for (const ConnectedAccount &a : p.allConnections())
                broken += a.state != ConnectionState::Connected || !p.missingScopes(a).isEmpty();
            compatibilityOnly += p.connectedAccount
                && (p.connectedAccount->state != ConnectionState::Connected || !p.missingScopes().isEmpty());
        }
    }
    QVERIFY(compatibilityOnly >= 2);
    QVERIFY2(broken > compatibilityOnly, qPrintable(QStringLiteral("%1 %2").arg(broken).arg(compatibilityOnly)));
    QVERIFY2(progress.contains(QStringLiteral("%1 connections needing attention").arg(broken)), qPrintable(progress));
}

void TestGuiBatchWindow::resultsOfAnEarlierListAreMarked()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    runCheck(window.get());
    auto *group = child<QGroupBox>(window.get(), "resultsGroup");
    QVERIFY(!group->title().contains(QStringLiteral("previous")));
    typeLines(window.get(), {DaveEmail});
    QVERIFY2(group->title().contains(QStringLiteral("previous list")), qPrintable(group->title()));
    QVERIFY(child<QLabel>(window.get(), "summaryLabel")->text().contains(QStringLiteral("previous list")));
    click(window.get(), "checkButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);
    QVERIFY2(!group->title().contains(QStringLiteral("previous")), qPrintable(group->title()));
    QVERIFY(rowOf(window.get(), DaveEmail) >= 0);
}

void TestGuiBatchWindow::runCheck(BatchWindow *window)
{
    typeLines(window, {AliceEmail, BobEmail, Bogus, Nobody, CarolUserId});
    click(window, "checkButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);
}

void TestGuiBatchWindow::checkStatusShowsTheGridAndReportsBadLines()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    QAbstractItemModelTester tester(table(window.get())->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeLines(window.get(), {AliceEmail, BobEmail, Bogus, Nobody, CarolUserId});
    QVERIFY(child<QLabel>(window.get(), "inputSummaryLabel")->text().contains(QStringLiteral("line 3")));
    click(window.get(), "checkButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);

    QCOMPARE(table(window.get())->model()->rowCount(), 5);
    QCOMPARE(outcome(window.get(), Bogus), QStringLiteral("Invalid line"));
    QCOMPARE(outcome(window.get(), Nobody), QStringLiteral("No such email"));
    QCOMPARE(outcome(window.get(), AliceEmail), QStringLiteral("Checked"));
    QCOMPARE(outcome(window.get(), CarolUserId), QStringLiteral("Checked"));
    // Alice's GitHub cell stands for her three connections: the worst ("Contractor") and the count.
    const int github = columnOf(window.get(), GithubSlug);
    QCOMPARE(provider(window.get(), AliceEmail, GithubSlug), QStringLiteral("Needs reauthorization (3 connections)"));
    QCOMPARE(cell(window.get(), AliceEmail, github, BatchResultModel::ConnectionCountRole).toInt(), 3);
    QCOMPARE(cell(window.get(), AliceEmail, github, BatchResultModel::StatusRole).value<ConnectionStatus>(),
             ConnectionStatus::NeedsReauthorization);
    const QString githubTip = cell(window.get(), AliceEmail, github, Qt::ToolTipRole).toString();
    for (const QString &id : AliceGithubIds)
        QVERIFY2(githubTip.contains(id), qPrintable(githubTip));
    // HubSpot: an empty compatibility slot but a live "Work" connection is connected, not "Not connected".
    QCOMPARE(provider(window.get(), AliceEmail, HubspotSlug), QStringLiteral("Connected"));
    QCOMPARE(cell(window.get(), AliceEmail, columnOf(window.get(), HubspotSlug), BatchResultModel::ConnectionCountRole)
                 .toInt(),
             1);
    QCOMPARE(provider(window.get(), AliceEmail, SlackSlug), QStringLiteral("Needs reauthorization"));
    QVERIFY(cell(window.get(), AliceEmail, columnOf(window.get(), SlackSlug), BatchResultModel::MissingScopesRole)
                .toStringList()
                .contains(QStringLiteral("chat:write")));
    QCOMPARE(provider(window.get(), BobEmail, GithubSlug), QStringLiteral("Not connected"));
    QCOMPARE(provider(window.get(), CarolUserId, GithubSlug), QStringLiteral("Connected, missing scopes"));
    const QString summary = child<QLabel>(window.get(), "summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("Invalid line: 1")), qPrintable(summary));
    QVERIFY2(child<QLabel>(window.get(), "progressLabel")->text().contains(QStringLiteral("5 of 5 done")),
             qPrintable(child<QLabel>(window.get(), "progressLabel")->text()));
    // The provider choice learns the slugs the check saw.
    QVERIFY(child<QComboBox>(window.get(), "providerCombo")->findText(SlackSlug) >= 0);

    // Problems only: Bob (nothing connected, nothing wrong) goes away.
    QTest::mouseClick(child<QCheckBox>(window.get(), "problemsCheck"), Qt::LeftButton);
    QCOMPARE(table(window.get())->model()->rowCount(), 4);
    QCOMPARE(rowOf(window.get(), BobEmail), -1);
    QTest::mouseClick(child<QCheckBox>(window.get(), "problemsCheck"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(window.get(), "filterEdit"), QStringLiteral("acme"));
    QCOMPARE(table(window.get())->model()->rowCount(), 2);
    QVERIFY(rowOf(window.get(), Nobody) < 0);
}

void TestGuiBatchWindow::thePillKeepsTheConnectionCount()
{
    // Two connected GitHub connections, one missing read:org: the worst is
    // "connected, missing scopes", whose pill says "Connected" and the count,
    // with the missing scope beside it.
    auto connection = [](const QString &id, const QStringList &scopes) {
        ConnectedAccount a;
        a.id = id;
        a.scopes = scopes;
        a.state = ConnectionState::Connected;
        a.stateText = QStringLiteral("connected");
        return a;
    };
    DataProvider github;
    github.slug = GithubSlug;
    github.scopes = {QStringLiteral("repo"), QStringLiteral("read:org")};
    github.scopesConfigured = true;
    github.connectedAccountsPresent = true;
    github.connectedAccounts = {connection(QStringLiteral("data_installation_A"), github.scopes),
                                connection(QStringLiteral("data_installation_B"), {QStringLiteral("repo")})};
    DataProvider slack;
    slack.slug = SlackSlug;
    slack.connectedAccountsPresent = true;
    slack.connectedAccounts = {connection(QStringLiteral("data_installation_C"), {})};
    BatchItem item = batchItemForUser(AliceUserId, AliceEmail);
    item.outcome = BatchOutcome::Checked;
    item.providers = {github, slack};
    BatchResultModel model;
    model.setItems({item});
    const QModelIndex several = model.index(0, model.columnOfProvider(GithubSlug));
    QCOMPARE(several.data(BatchResultModel::ConnectionCountRole).toInt(), 2);
    QCOMPARE(BatchGridDelegate::pillText(several), QStringLiteral("Connected (2 connections)"));
    QCOMPARE(BatchGridDelegate::missingText(several), QStringLiteral("missing read:org"));
    const QModelIndex one = model.index(0, model.columnOfProvider(SlackSlug));
    QCOMPARE(BatchGridDelegate::pillText(one), QStringLiteral("Connected"));
}

void TestGuiBatchWindow::exportsWhatTheTableShows()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    runCheck(window.get());

    const QString all = rig.dir.filePath(QStringLiteral("grid.csv"));
    rig.files.setNextPath(all);
    click(window.get(), "exportCsvButton");
    QStringList lines = csvLines(all);
    QCOMPARE(lines.size(), 6); // header + 5 lines, the bad ones included
    QVERIFY2(lines.at(0).contains(QStringLiteral("github")), qPrintable(lines.at(0)));
    bool aliceSeen = false;
    for (const QString &line : std::as_const(lines)) {
        if (line.contains(AliceEmail)) {
            aliceSeen = true;
            QVERIFY2(line.contains(QStringLiteral("needs_reauthorization")), qPrintable(line));
            QVERIFY2(line.contains(QStringLiteral("chat:write")), qPrintable(line));
        }
    }
    QVERIFY(aliceSeen);
    QVERIFY(lines.join(QLatin1Char('\n')).contains(Bogus));
    QVERIFY(rig.files.requests.constLast().suggestedName.endsWith(QStringLiteral(".csv")));

    QTest::mouseClick(child<QCheckBox>(window.get(), "problemsCheck"), Qt::LeftButton);
    const QString problems = rig.dir.filePath(QStringLiteral("problems.csv"));
    rig.files.setNextPath(problems);
    click(window.get(), "exportCsvButton");
    lines = csvLines(problems);
    QCOMPARE(lines.size(), 5);
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(BobEmail));

    const QString json = rig.dir.filePath(QStringLiteral("grid.json"));
    rig.files.setNextPath(json);
    click(window.get(), "exportJsonButton");
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(object.value(QStringLiteral("operation")).toString(), QStringLiteral("check"));
    QCOMPARE(object.value(QStringLiteral("items")).toArray().size(), 4);

    // A cancelled dialog writes nothing.
    rig.files.setNextPath(QString());
    QVERIFY(QFile::remove(json));
    click(window.get(), "exportJsonButton");
    QVERIFY(!QFile::exists(json));
}

void TestGuiBatchWindow::previewThenConfirmedRunDeletesExactlyThePreviewedAccounts()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    typeLines(window.get(), {AliceEmail, BobEmail, CarolEmail, DaveEmail, FrankEmail, Bogus});
    window->setProviderSlug(GithubSlug);
    QTest::keyClicks(child<QLineEdit>(window.get(), "reasonEdit"), QStringLiteral("TICKET-42"));
    QVERIFY(!button(window.get(), "runButton")->isEnabled());
    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 15000);

    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), 0);
    SandboxStore &store = rig.server->store();
    // What the store holds: Alice's three personal GitHub connections, one each for Carol and Dave.
    QCOMPARE(githubIds(store, AliceUserId), AliceGithubIds);
    const QSet<QString> carolIds = githubIds(store, CarolUserId);
    const QSet<QString> daveIds = githubIds(store, DaveUserId);
    QCOMPARE(carolIds.size(), 1);
    QCOMPARE(daveIds.size(), 1);
    const QSet<QString> expected = AliceGithubIds + carolIds + daveIds;
    // Alice's GitHub scoped to Globex is another owner's connection: not in an unscoped batch.
    const std::optional<SandboxAccount> aliceGlobex = store.account(githubKey(store, AliceUserId, GlobexOrgId));
    QVERIFY(aliceGlobex);
    QVERIFY(!expected.contains(aliceGlobex->id));

    for (const QLatin1String email : {AliceEmail, CarolEmail, DaveEmail})
        QCOMPARE(outcome(window.get(), email), QStringLiteral("Will disconnect"));
    for (const QLatin1String email : {BobEmail, FrankEmail})
        QCOMPARE(outcome(window.get(), email), QStringLiteral("Already absent"));
    QCOMPARE(outcome(window.get(), Bogus), QStringLiteral("Invalid line"));
    // The dry run lists each connection that would go, by id.
    const QString aliceDetail = cell(window.get(), AliceEmail, BatchResultModel::DetailColumn).toString();
    QVERIFY2(aliceDetail.startsWith(QStringLiteral("3 connections:")), qPrintable(aliceDetail));
    for (const QString &id : AliceGithubIds)
        QVERIFY2(aliceDetail.contains(id), qPrintable(aliceDetail));
    QSet<QString> previewed;
    for (const BatchItem &item : window->results()) {
        for (const ConnectedAccount &a : item.connections)
            previewed.insert(a.id);
    }
    QCOMPARE(previewed, expected);
    const QString summary = child<QLabel>(window.get(), "summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("5 connections of 3 users will be deleted")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2 already absent")), qPrintable(summary));
    // One DELETE per connection: the button counts connections, not users.
    QCOMPARE(button(window.get(), "runButton")->text().remove(QLatin1Char('&')),
             QStringLiteral("Disconnect 5 connections…"));

    rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
    click(window.get(), "runButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Disconnected, 15000);

    QCOMPARE(rig.prompter.confirmations.size(), 1);
    QVERIFY(rig.prompter.typedPhrases.isEmpty()); // staging: a plain confirmation
    const Confirmation &confirmation = rig.prompter.confirmations.constFirst();
    QVERIFY2(confirmation.title.contains(QStringLiteral("3 users")), qPrintable(confirmation.title));
    QVERIFY2(confirmation.text.contains(QStringLiteral("Delete 5 connections of github")), qPrintable(confirmation.text));
    QCOMPARE(confirmation.acceptLabel, QStringLiteral("Disconnect 5 connections"));
    const QString asked = confirmation.informativeText;
    for (const QLatin1String email : {AliceEmail, CarolEmail, DaveEmail})
        QVERIFY2(asked.contains(email), qPrintable(asked));
    for (const QString &id : expected) // each connection that goes, by id
        QVERIFY2(asked.contains(id), qPrintable(asked));
    QVERIFY(!asked.contains(aliceGlobex->id));
    QVERIFY(!asked.contains(BobEmail));
    QVERIFY(asked.contains(QStringLiteral("TICKET-42")));

    // Exactly the previewed connections were deleted, each once, by id; the others remain.
    const QStringList deleted = deletedIds(*rig.server);
    QCOMPARE(deleted.size(), 5);
    QCOMPARE(QSet<QString>(deleted.cbegin(), deleted.cend()), expected);
    for (const QString &id : expected) {
        bool gone = true;
        for (const QLatin1String user : {AliceUserId, CarolUserId, DaveUserId})
            gone = gone && !store.accountById(githubKey(store, user), id);
        QVERIFY2(gone, qPrintable(id));
    }
    for (const QLatin1String id : {AliceUserId, CarolUserId, DaveUserId})
        QVERIFY(githubIds(store, id).isEmpty());
    QVERIFY(store.accountById(githubKey(store, AliceUserId, GlobexOrgId), aliceGlobex->id));
    QVERIFY(store.account(store.accountKey(*store.provider(SlackSlug), AliceUserId, QString())));
    QVERIFY(store.accountById(store.accountKey(*store.provider(HubspotSlug), AliceUserId, QString()),
                              AliceHubspotWorkAccountId));

    // One row per deleted connection, each naming its connection and its outcome.
    const QList<QPair<QString, QString>> aliceRows = rowsOf(window.get(), AliceEmail);
    QCOMPARE(aliceRows.size(), 3);
    QSet<QString> aliceShown;
    for (const auto &row : aliceRows) {
        QCOMPARE(row.first, QStringLiteral("Disconnected"));
        for (const QString &id : AliceGithubIds) {
            if (row.second.contains(id))
                aliceShown.insert(id);
        }
    }
    QCOMPARE(aliceShown, AliceGithubIds);
    for (const QLatin1String email : {CarolEmail, DaveEmail}) {
        QCOMPARE(rowsOf(window.get(), email).size(), 1);
        QCOMPARE(outcome(window.get(), email), QStringLiteral("Disconnected"));
    }
    QCOMPARE(table(window.get())->model()->rowCount(), 8); // 5 connections, Bob, Frank and the bad line
    QCOMPARE(outcome(window.get(), BobEmail), QStringLiteral("Already absent"));
    QCOMPARE(outcome(window.get(), Bogus), QStringLiteral("Invalid line"));
    QVERIFY(!button(window.get(), "runButton")->isEnabled()); // the same preview cannot run twice

    const QList<AuditRecord> records = rig.audit->query({});
    QCOMPARE(records.size(), 5); // one record per connection deleted
    QMap<QString, int> emails;
    for (const AuditRecord &record : records) {
        QCOMPARE(record.entry.action, AuditAction::Disconnect);
        QCOMPARE(record.completion.outcome, AuditOutcome::Succeeded);
        QCOMPARE(record.completion.httpStatus, 204);
        QVERIFY(!record.completion.requestId.isEmpty());
        QCOMPARE(record.entry.providerSlug, QString(GithubSlug));
        QCOMPARE(record.entry.reason, QStringLiteral("TICKET-42"));
        QCOMPARE(record.entry.environment, QStringLiteral("Sandbox"));
        QCOMPARE(record.entry.batchId, records.constFirst().entry.batchId);
        ++emails[record.entry.userEmail];
    }
    QVERIFY(!records.constFirst().entry.batchId.isEmpty());
    QCOMPARE(emails, (QMap<QString, int>{{AliceEmail, 3}, {CarolEmail, 1}, {DaveEmail, 1}}));
}

void TestGuiBatchWindow::productionNeedsTheTypedSlug()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow(SafetyPolicy(SafetyPolicy::Level::TypeSlug));
    QVERIFY(child<QLabel>(window.get(), "productionBanner")->isVisible());
    typeLines(window.get(), {AliceEmail});
    window->setProviderSlug(GithubSlug);
    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 15000);

    // A wrong slug, then the right slug with Cancel: nothing is sent either time.
    rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
    rig.prompter.setNextTypedText(QStringLiteral("githb"));
    click(window.get(), "runButton");
    rig.prompter.setNextAnswer(Prompter::Answer::Rejected);
    rig.prompter.setNextTypedText(GithubSlug);
    click(window.get(), "runButton");
    QTest::qWait(200); // on purpose: proves that no DELETE goes out a little later either
    QCOMPARE(rig.prompter.typedPhrases, (QStringList{GithubSlug, GithubSlug}));
    QCOMPARE(window->phase(), Phase::Previewed);
    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), 0);
    QCOMPARE(githubIds(rig.server->store(), AliceUserId), AliceGithubIds);
    QCOMPARE(rig.audit->count({}), 0);
    QVERIFY(child<QLabel>(window.get(), "summaryLabel")->text().contains(QStringLiteral("nothing was sent")));

    rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
    click(window.get(), "runButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Disconnected, 15000);
    // Alice's three connections, one DELETE each, each recorded in Production.
    const QStringList deleted = deletedIds(*rig.server);
    QCOMPARE(QSet<QString>(deleted.cbegin(), deleted.cend()), AliceGithubIds);
    QCOMPARE(deleted.size(), 3);
    QVERIFY(githubIds(rig.server->store(), AliceUserId).isEmpty());
    QVERIFY(!hasGithub(rig.server->store(), AliceUserId));
    const QList<AuditRecord> records = rig.audit->query({});
    QCOMPARE(records.size(), 3);
    for (const AuditRecord &record : records)
        QCOMPARE(record.entry.environment, QStringLiteral("Production"));
}

void TestGuiBatchWindow::changingTheListDropsThePreview()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    typeLines(window.get(), {AliceEmail});
    window->setProviderSlug(GithubSlug);
    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 15000);
    QVERIFY(button(window.get(), "runButton")->isEnabled());
    typeLines(window.get(), {CarolEmail});
    QCOMPARE(window->phase(), Phase::Idle);
    QVERIFY(!button(window.get(), "runButton")->isEnabled());
    QVERIFY(child<QLabel>(window.get(), "summaryLabel")->text().contains(QStringLiteral("dropped")));

    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 15000);
    window->setProviderSlug(SlackSlug);
    QCOMPARE(window->phase(), Phase::Idle);
    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), 0);
}

void TestGuiBatchWindow::organizationMembersAndCancelMidRun()
{
    SandboxOptions options;
    options.latencyMs = 120;
    BatchGuiRig rig(options);
    auto window = rig.makeWindow();
    QTest::keyClicks(child<QLineEdit>(window.get(), "organizationEdit"), AcmeOrgId);
    click(window.get(), "loadMembersButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(window.get(), "inputSummaryLabel")->text().contains(QStringLiteral("30 members")),
                             15000);
    QVERIFY(child<QPlainTextEdit>(window.get(), "inputEdit")->toPlainText().contains(AliceEmail));
    window->setProviderSlug(GithubSlug);
    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 20000);
    int targets = 0;
    for (const BatchItem &item : window->results())
        targets += item.outcome == BatchOutcome::WillDisconnect ? 1 : 0;
    QVERIFY2(targets >= 4, qPrintable(QString::number(targets)));

    child<QSpinBox>(window.get(), "concurrencySpin")->setValue(1);
    rig.prompter.setNextAnswer(Prompter::Answer::Accepted);
    click(window.get(), "runButton");
    QTRY_VERIFY_WITH_TIMEOUT(window->engine()->progress().finished >= 2, 10000);
    click(window.get(), "cancelButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Disconnected, 10000);

    // Every line has an outcome; the queued ones say so, and only sent deletes are in the audit log.
    int notRun = 0;
    int sent = 0;
    for (const BatchItem &item : window->results()) {
        QVERIFY2(item.isFinished(), qPrintable(item.input));
        notRun += item.outcome == BatchOutcome::NotRun ? 1 : 0;
        if (item.outcome == BatchOutcome::Disconnected || item.outcome == BatchOutcome::Failed
            || item.outcome == BatchOutcome::Cancelled)
            ++sent;
    }
    QVERIFY(notRun >= 1);
    QVERIFY(table(window.get())->model()->match(table(window.get())->model()->index(0, BatchResultModel::OutcomeColumn),
                                                Qt::DisplayRole, QStringLiteral("Not run"))
                .size()
            == 1);
    const QList<AuditRecord> records = rig.audit->query({});
    QCOMPARE(int(records.size()), sent);
    QCOMPARE(rig.server->requestCount("DELETE", QStringLiteral(".*")), sent);
    for (const AuditRecord &record : records)
        QVERIFY(record.completion.outcome != AuditOutcome::Pending);
    QVERIFY(child<QLabel>(window.get(), "summaryLabel")->text().contains(QStringLiteral("Not run")));
}

void TestGuiBatchWindow::organizationMembersStopOnARepeatedCursor()
{
    // A server that hands out the same cursor on every page: the loader stops
    // at the repeat and says so, instead of filling the list with copies.
    BatchGuiRig rig;
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users");
    fault.action = SandboxFault::Action::Respond;
    fault.status = 200;
    fault.body = R"json({"object":"list","data":[{"object":"user","id":"user_01HLOOP0000000000000000000",
        "email":"loop@acme.com"}],"list_metadata":{"before":null,"after":"user_01HLOOP0000000000000000000"}})json";
    fault.times = -1;
    rig.server->addFault(fault);
    auto window = rig.makeWindow();
    QTest::keyClicks(child<QLineEdit>(window.get(), "organizationEdit"), AcmeOrgId);
    click(window.get(), "loadMembersButton");
    auto *summary = child<QLabel>(window.get(), "inputSummaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("same page cursor twice")), 10000);
    QVERIFY2(summary->text().startsWith(QStringLiteral("Could not load the members")), qPrintable(summary->text()));
    QCOMPARE(rig.server->requestCount("GET", QStringLiteral("/user_management/users")), 2);
    QVERIFY(!child<QPlainTextEdit>(window.get(), "inputEdit")->toPlainText().contains(QStringLiteral("loop@acme.com")));
}

void TestGuiBatchWindow::pauseHoldsAndResumeFinishes()
{
    SandboxOptions options;
    options.latencyMs = 80;
    BatchGuiRig rig(options);
    auto window = rig.makeWindow();
    child<QSpinBox>(window.get(), "concurrencySpin")->setValue(1);
    window->setInputText(QStringList{AliceUserId, BobUserId, CarolUserId, DaveUserId, ErinUserId, FrankUserId}.join(
        QLatin1Char('\n')));
    click(window.get(), "checkButton");
    QTRY_VERIFY_WITH_TIMEOUT(window->engine()->progress().finished >= 2, 10000);
    click(window.get(), "pauseButton");
    QCOMPARE(button(window.get(), "pauseButton")->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
    QTRY_VERIFY(child<QLabel>(window.get(), "progressLabel")->text().contains(QStringLiteral("paused")));
    const int held = window->engine()->progress().finished;
    QTest::qWait(600); // on purpose: a paused batch must not move on for a while
    QVERIFY(window->engine()->progress().finished <= held + 1); // at most the one in flight
    QVERIFY(window->phase() == Phase::Checking);
    click(window.get(), "pauseButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 10000);
    QVERIFY(child<QLabel>(window.get(), "progressLabel")->text().contains(QStringLiteral("6 of 6 done")));
}

void TestGuiBatchWindow::retryFailedRunsOnlyTheFailedLinesAgain()
{
    BatchGuiRig rig;
    SandboxFault fault;
    fault.method = "GET";
    fault.pathPattern = QStringLiteral("/user_management/users/%1/data_providers").arg(AliceUserId);
    fault.status = 500;
    fault.times = -1;
    rig.server->addFault(fault);
    auto window = rig.makeWindow();
    window->setInputText(QStringList{AliceUserId, BobUserId}.join(QLatin1Char('\n')));
    click(window.get(), "checkButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);
    QCOMPARE(outcome(window.get(), AliceUserId), QStringLiteral("Failed"));
    QCOMPARE(outcome(window.get(), BobUserId), QStringLiteral("Checked"));
    QVERIFY(button(window.get(), "retryButton")->isEnabled());

    rig.server->clearFaults();
    const int bobRequests = rig.server->requestCount("GET", QStringLiteral(".*%1/data_providers").arg(BobUserId));
    click(window.get(), "retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);
    QCOMPARE(outcome(window.get(), AliceUserId), QStringLiteral("Checked"));
    QCOMPARE(provider(window.get(), AliceUserId, GithubSlug), QStringLiteral("Needs reauthorization (3 connections)"));
    QCOMPARE(rig.server->requestCount("GET", QStringLiteral(".*%1/data_providers").arg(BobUserId)), bobRequests);
    QVERIFY(!button(window.get(), "retryButton")->isEnabled());
}

void TestGuiBatchWindow::paceSettingsArePersisted()
{
    BatchGuiRig rig;
    {
        auto window = rig.makeWindow();
        QCOMPARE(child<QSpinBox>(window.get(), "readsSpin")->value(), 1000); // WorkOS's published limit
        child<QSpinBox>(window.get(), "concurrencySpin")->setValue(3);
        child<QSpinBox>(window.get(), "writesSpin")->setValue(100);
        QCOMPARE(window->engine()->settings().concurrency, 3);
        QCOMPARE(window->engine()->settings().budget.writesPerWindow, 100);
    }
    rig.settings->sync();
    auto again = rig.makeWindow();
    QCOMPARE(child<QSpinBox>(again.get(), "concurrencySpin")->value(), 3);
    QCOMPARE(child<QSpinBox>(again.get(), "writesSpin")->value(), 100);
    QCOMPARE(again->engine()->settings().budget.writesPerWindow, 100);
    QTest::mouseClick(child<QToolButton>(again.get(), "advancedButton"), Qt::LeftButton); // folded away by default
    click(again.get(), "defaultsButton");
    QCOMPARE(again->engine()->settings().concurrency, BatchSettings().concurrency);
}

void TestGuiBatchWindow::callerUsersKeepTheirEmails()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    User alice;
    alice.id = AliceUserId;
    alice.email = AliceEmail;
    User bob;
    bob.id = BobUserId;
    bob.email = BobEmail;
    window->setUsers({alice, bob});
    QVERIFY(child<QLabel>(window.get(), "inputSummaryLabel")->text().startsWith(QStringLiteral("2 users")));
    window->setProviderSlug(GithubSlug);
    click(window.get(), "previewButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Previewed, 15000);
    QCOMPARE(window->results().size(), 2);
    QCOMPARE(window->results().at(0).email, QString(AliceEmail));
    QCOMPARE(window->results().at(1).outcome, BatchOutcome::AlreadyAbsent);
}

void TestGuiBatchWindow::csvFileIsLoadedAndBadRowsReported()
{
    BatchGuiRig rig;
    auto window = rig.makeWindow();
    const QString path = rig.dir.filePath(QStringLiteral("users.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFname,email\r\nAlice,alice@acme.com\r\n\"Martins, Bob\",bob@acme.com\r\nGhost,not-an-email\r\n");
    file.close();
    rig.files.setNextPath(path);
    click(window.get(), "loadFileButton");
    const QString summary = child<QLabel>(window.get(), "inputSummaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("2 users, 1 not recognized")), qPrintable(summary));
    click(window.get(), "checkButton");
    QTRY_COMPARE_WITH_TIMEOUT(window->phase(), Phase::Checked, 15000);
    QCOMPARE(table(window.get())->model()->rowCount(), 3);
    QCOMPARE(outcome(window.get(), BobEmail), QStringLiteral("Checked"));

    // A file that cannot be read is said so, and the list stays.
    rig.files.setNextPath(rig.dir.filePath(QStringLiteral("missing.csv")));
    click(window.get(), "loadFileButton");
    QCOMPARE(rig.prompter.notices.size(), 1);
    QVERIFY(child<QPlainTextEdit>(window.get(), "inputEdit")->toPlainText().contains(BobEmail));
}

QTEST_MAIN(TestGuiBatchWindow)
#include "tst_gui_batchwindow.moc"
