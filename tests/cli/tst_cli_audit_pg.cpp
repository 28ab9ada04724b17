// pipes-admin-cli with its audit trail on a shared PostgreSQL server (a
// throw-away cluster, PgCluster) against the in-process sandbox: two
// workstations disconnecting at once, the server down (nothing sent), a wrong
// password (said clearly, written nowhere), the server killed mid-batch
// (the batch stops, the journal is written after the restart, nothing lost).

#include "audit/AuditCredentials.h"
#include "audit/AuditLog.h"
#include "config/SecretStore.h"
#include "CliHarness.h"
#include "PgCluster.h"
#include "sandbox/SandboxServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QEventLoop>
#include <QSet>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {
const QString TestKey = QStringLiteral("sk_test_cli_pg_8d2a71");

QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}
} // namespace

class TestCliAuditPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoWorkstationsDisconnectingAtOnceWriteEveryRecordOnce();
    void disconnectIsRefusedWhileTheServerIsDown();
    void wrongPasswordIsClearAndWrittenNowhere();
    void serverKilledMidBatchLosesNothing();
    void importLocalTwiceCopiesOnce();
    void historyFiltersByOperatorAndWorkstation();
    void aCompletionOnlyInTheJournalReadsOutcomeUnknown();
    void keychainPasswordAndDisplayNameFromSettingsAreUsed();

private:
    QProcessEnvironment environment(const QString &pgpass = QString()) const;
    CliRun cli(const QStringList &arguments, const QString &pgpass = QString());
    QString writeInput(const QStringList &lines);
    bool hasGithub(const QString &userId);
    QStringList githubHolders();
    int githubConnections(const QStringList &userIds); // every connection, standard ones included
    QList<AuditRecord> records();

    std::unique_ptr<PgCluster> m_pg;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliAuditPg::initTestCase()
{
    m_pg = std::make_unique<PgCluster>();
    QString error;
    QVERIFY2(m_pg->start(&error), qPrintable(error));
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->pgpassPath()));
}

void TestCliAuditPg::init()
{
    QString error;
    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    QVERIFY2(m_pg->sql({QStringLiteral("DROP TABLE IF EXISTS actions"), QStringLiteral("DROP TABLE IF EXISTS audit_schema")},
                       &error),
             qPrintable(error));
    SandboxOptions options;
    options.apiKey = TestKey;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliAuditPg::cleanup()
{
    QSettings(QStringLiteral("PipesAdmin"), QStringLiteral("pipes-admin")).remove(QStringLiteral("audit"));
    m_server.reset();
    m_dir.reset();
}

QProcessEnvironment TestCliAuditPg::environment(const QString &pgpass) const
{
    QProcessEnvironment environment = CliHarness::cleanEnvironment();
    environment.insert(QStringLiteral("WORKOS_API_KEY"), TestKey);
    environment.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DATABASE"), m_pg->url());
    environment.insert(QStringLiteral("PGPASSFILE"), pgpass.isEmpty() ? m_pg->pgpassPath() : pgpass);
    return environment;
}

CliRun TestCliAuditPg::cli(const QStringList &arguments, const QString &pgpass)
{
    CliRun run = CliHarness::run(arguments, environment(pgpass), 60000);
    [&] {
        QVERIFY2(!run.crashed && !run.timedOut, qPrintable(arguments.join(QLatin1Char(' '))));
        QVERIFY(!run.out.contains(m_pg->password()) && !run.err.contains(m_pg->password()));
        QVERIFY(!run.out.contains(TestKey) && !run.err.contains(TestKey));
    }();
    return run;
}

QString TestCliAuditPg::writeInput(const QStringList &lines)
{
    const QString path = m_dir->filePath(QStringLiteral("users.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
    return path;
}

bool TestCliAuditPg::hasGithub(const QString &userId)
{
    SandboxStore &store = m_server->store();
    return store.account(store.accountKey(*store.provider(SandboxSeed::GithubSlug), userId, QString())).has_value();
}

int TestCliAuditPg::githubConnections(const QStringList &userIds)
{
    SandboxStore &store = m_server->store();
    int count = 0;
    for (const QString &id : userIds)
        count += int(store.accounts(store.accountKey(*store.provider(SandboxSeed::GithubSlug), id, QString())).size());
    return count;
}

QStringList TestCliAuditPg::githubHolders()
{
    QStringList ids;
    for (const SandboxUser &user : m_server->store().users()) {
        if (hasGithub(user.id))
            ids << user.id;
    }
    return ids;
}

QList<AuditRecord> TestCliAuditPg::records()
{
    AuditLog log(m_pg->url());
    if (!log.open())
        return {};
    return log.query({});
}

void TestCliAuditPg::twoWorkstationsDisconnectingAtOnceWriteEveryRecordOnce()
{
    const QStringList ids = githubHolders();
    QVERIFY(ids.size() >= 4);
    const int connections = githubConnections(ids); // alice has three
    QVERIFY(connections > int(ids.size()));
    const QString input = writeInput(ids);
    m_server->setLatencyMs(40);
    const QStringList arguments{QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"),
                                QStringLiteral("--input"), input, QStringLiteral("--yes"), QStringLiteral("--reason"),
                                QStringLiteral("SUP-88")};
    QProcess first;
    QProcess second;
    for (QProcess *process : {&first, &second}) {
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(PIPES_CLI_PATH), arguments);
        QVERIFY(process->waitForStarted());
    }
    QTRY_VERIFY_WITH_TIMEOUT(first.state() == QProcess::NotRunning && second.state() == QProcess::NotRunning, 60000);
    QVERIFY(!first.readAllStandardError().contains(m_pg->password().toUtf8()));

    // Every github connection is gone, once.
    QCOMPARE(githubHolders(), QStringList());
    QCOMPARE(githubConnections(ids), 0);
    const QList<AuditRecord> all = records();
    QSet<qint64> seen;
    int succeeded = 0;
    for (const AuditRecord &r : all) {
        QVERIFY2(!seen.contains(r.id), "a record written twice");
        seen.insert(r.id);
        QVERIFY2(r.completion.outcome == AuditOutcome::Succeeded || r.completion.outcome == AuditOutcome::AlreadyAbsent,
                 qPrintable(AuditNames::outcome(r.completion.outcome)));
        QCOMPARE(r.entry.reason, QStringLiteral("SUP-88"));
        QCOMPARE(r.host, AuditLog::currentHost());
        QVERIFY(r.serverTime.isValid());
        if (r.completion.outcome == AuditOutcome::Succeeded)
            ++succeeded;
    }
    // One record per DELETE that went out, from both processes; one success per connection.
    QCOMPARE(int(all.size()), m_server->requestCount("DELETE", QStringLiteral(".*")));
    QCOMPARE(succeeded, connections);
    QSet<qint64> processes;
    for (const AuditRecord &r : all)
        processes.insert(r.processId);
    QVERIFY2(processes.size() >= 1, "no records");
}

void TestCliAuditPg::disconnectIsRefusedWhileTheServerIsDown()
{
    const QString alice = SandboxSeed::AliceUserId;
    QVERIFY(hasGithub(alice));
    m_pg->stop();
    const CliRun run = cli({QStringLiteral("disconnect"), alice, QStringLiteral("github"), QStringLiteral("--connection"),
                            QString(SandboxSeed::AliceGithubAccountId), QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 8);
    QVERIFY2(run.err.contains(QStringLiteral("nothing was sent")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("Cannot reach the audit database")), qPrintable(run.err));
    QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 0);
    QVERIFY(hasGithub(alice)); // the account is still there
    // Reads go on working without the store.
    QCOMPARE(cli({QStringLiteral("providers"), alice}).exitCode, 0);
}

void TestCliAuditPg::wrongPasswordIsClearAndWrittenNowhere()
{
    const QString alice = SandboxSeed::AliceUserId;
    const CliRun run = cli({QStringLiteral("disconnect"), alice, QStringLiteral("github"), QStringLiteral("--connection"),
                            QString(SandboxSeed::AliceGithubAccountId), QStringLiteral("--yes")},
                           m_pg->wrongPgpassPath());
    QCOMPARE(run.exitCode, 8);
    QVERIFY2(run.err.contains(QStringLiteral("refused the login")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("not-the-password")));
    QCOMPARE(m_server->requestCount("DELETE", QStringLiteral(".*")), 0);
    QVERIFY(hasGithub(alice));
    const CliRun history = cli({QStringLiteral("history")}, m_pg->wrongPgpassPath());
    QCOMPARE(history.exitCode, 8);
    // Neither password in any file the CLI could write (its home: settings, journals, logs).
    for (const QByteArray &secret : {m_pg->password().toUtf8(), QByteArrayLiteral("not-the-password")})
        QVERIFY(filesContaining(QDir::homePath(), secret).isEmpty());
}

void TestCliAuditPg::serverKilledMidBatchLosesNothing()
{
    const QStringList ids = githubHolders();
    QVERIFY(ids.size() >= 4);
    const QString input = writeInput(ids);
    m_server->setLatencyMs(300);
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(PIPES_CLI_PATH),
                  {QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("github"), QStringLiteral("--input"),
                   input, QStringLiteral("--yes"), QStringLiteral("--concurrency"), QStringLiteral("1")});
    QVERIFY(process.waitForStarted());
    // The first DELETE is on its way (its intent is written): the store crashes.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("DELETE", QStringLiteral(".*")) >= 1, 30000);
    m_pg->crash();
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() != 0, qPrintable(err));
    // The batch stopped: nothing more was sent without an intent record.
    const int deletes = m_server->requestCount("DELETE", QStringLiteral(".*"));
    QVERIFY2(deletes < ids.size(), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("%1 disconnected").arg(deletes)), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("database not open")), qPrintable(err));

    QString error;
    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    // The next process on this workstation writes the journal.
    const CliRun history = cli({QStringLiteral("--json"), QStringLiteral("history")});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(history.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(int(rows.size()), deletes); // one record per DELETE sent, none lost
    for (const QJsonValue &row : rows)
        QCOMPARE(row.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    int gone = 0;
    for (const QString &id : ids)
        gone += hasGithub(id) ? 0 : 1;
    QCOMPARE(gone, deletes);
}

void TestCliAuditPg::importLocalTwiceCopiesOnce()
{
    // A workstation's history from before the shared store: two records.
    const QString local = m_dir->filePath(QStringLiteral("local.sqlite3"));
    {
        AuditLog log(local);
        QVERIFY(log.open());
        AuditEntry e;
        e.userId = QStringLiteral("user_alice");
        e.providerSlug = QStringLiteral("slack");
        e.reason = QStringLiteral("SUP-1");
        const std::optional<qint64> id = log.begin(e);
        QVERIFY(id);
        QVERIFY(log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_a"), QString()}));
        e.userId = QStringLiteral("user_bob");
        QVERIFY(log.begin(e));
    }
    {
        // One session can begin two actions within a millisecond: make it so, they stay two records.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("same-millisecond"));
        db.setDatabaseName(local);
        QVERIFY(db.open());
        QSqlQuery same(db);
        QVERIFY(same.exec(QStringLiteral("UPDATE actions SET started_at = (SELECT MIN(started_at) FROM actions)")));
        QCOMPARE(same.numRowsAffected(), 2);
        same = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("same-millisecond"));
    // And one the shared store has already.
    QVERIFY(cli({QStringLiteral("disconnect"), SandboxSeed::AliceUserId, QStringLiteral("github"), QStringLiteral("--connection"),
                 QString(SandboxSeed::AliceGithubAccountId), QStringLiteral("--yes")})
                .exitCode
            == 0);
    const CliRun first = cli({QStringLiteral("history"), QStringLiteral("import-local"), QStringLiteral("--from"), local});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.contains(QStringLiteral("Imported 2 record(s)")), qPrintable(first.err));
    const CliRun second = cli({QStringLiteral("history"), QStringLiteral("import-local"), QStringLiteral("--from"), local});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.err.contains(QStringLiteral("Imported 0 record(s)")) && second.err.contains(QStringLiteral("2 were there")),
             qPrintable(second.err));
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 3);
    int imported = 0;
    for (const AuditRecord &r : all) {
        if (r.entry.reason == QLatin1String("SUP-1")) {
            ++imported;
            QCOMPARE(r.host, AuditLog::currentHost());
        }
    }
    QCOMPARE(imported, 2);
    // Without a shared store there is nothing to import into.
    QProcessEnvironment plain = environment();
    plain.remove(QStringLiteral("PIPES_ADMIN_AUDIT_DATABASE"));
    plain.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), m_dir->filePath(QStringLiteral("other.sqlite3")));
    QCOMPARE(CliHarness::run({QStringLiteral("history"), QStringLiteral("import-local"), QStringLiteral("--from"), local}, plain)
                 .exitCode,
             2);
}

void TestCliAuditPg::historyFiltersByOperatorAndWorkstation()
{
    // Another operator on another workstation wrote one record (as a second desk would).
    {
        AuditLog log(m_pg->url());
        QVERIFY(log.open());
        log.setOperatorName(QStringLiteral("Sam"));
        AuditEntry e;
        e.userId = QStringLiteral("user_other");
        e.providerSlug = QStringLiteral("slack");
        e.connectionId = QStringLiteral("ca_slack_1");
        e.connectionLabel = QStringLiteral("Acme Slack");
        e.ownerKind = QStringLiteral("user");
        QVERIFY(log.begin(e));
    }
    QVERIFY(m_pg->sql({QStringLiteral("UPDATE actions SET host = 'desk-7' WHERE operator_name = 'Sam'")}));
    QCOMPARE(cli({QStringLiteral("disconnect"), SandboxSeed::AliceUserId, QStringLiteral("github"), QStringLiteral("--connection"),
                 QString(SandboxSeed::AliceGithubAccountId), QStringLiteral("--yes")})
                 .exitCode,
             0);
    auto rows = [this](const QStringList &filter) {
        const CliRun run = cli(QStringList{QStringLiteral("--json"), QStringLiteral("history")} + filter);
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    };
    QCOMPARE(rows({}).size(), 2);
    const QJsonArray sam = rows({QStringLiteral("--operator"), QStringLiteral("Sam")});
    QCOMPARE(sam.size(), 1);
    const QJsonObject r = sam.at(0).toObject();
    QCOMPARE(r.value(QStringLiteral("workstation")).toString(), QStringLiteral("desk-7"));
    QCOMPARE(r.value(QStringLiteral("connection_id")).toString(), QStringLiteral("ca_slack_1"));
    QCOMPARE(r.value(QStringLiteral("connection_label")).toString(), QStringLiteral("Acme Slack"));
    QCOMPARE(r.value(QStringLiteral("owner_kind")).toString(), QStringLiteral("user"));
    QVERIFY(!r.value(QStringLiteral("server_time")).toString().isEmpty());
    QCOMPARE(rows({QStringLiteral("--workstation"), QStringLiteral("desk-7")}).size(), 1);
    const QJsonArray mine = rows({QStringLiteral("--workstation"), AuditLog::currentHost()});
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).toObject().value(QStringLiteral("operator")).toString(), AuditLog::currentOsUser());
    QCOMPARE(rows({QStringLiteral("--operator"), QStringLiteral("nobody-here")}).size(), 0);
}

void TestCliAuditPg::aCompletionOnlyInTheJournalReadsOutcomeUnknown()
{
    // A desk's disconnect: the intent is written, the store dies, the answer goes to the local journal.
    AuditLog desk(m_pg->url());
    QVERIFY(desk.open());
    AuditEntry e;
    e.userId = QStringLiteral("user_journaled");
    e.providerSlug = QStringLiteral("slack");
    const std::optional<qint64> id = desk.begin(e);
    QVERIFY(id);
    m_pg->crash();
    bool journaled = false;
    QVERIFY(!desk.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_j"), QString()}, nullptr, &journaled));
    QVERIFY(journaled);
    QString error;
    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    // The store is back but cannot take the completion yet (here a trigger refuses updates,
    // as a read-only replica or a missing grant would; the test login is a superuser).
    QVERIFY2(m_pg->sql({QStringLiteral("CREATE OR REPLACE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql "
                                       "AS $$ BEGIN RAISE EXCEPTION 'updates refused'; END $$"),
                        QStringLiteral("CREATE TRIGGER refuse_update BEFORE UPDATE ON actions FOR EACH ROW "
                                       "EXECUTE FUNCTION refuse_update()")},
                       &error),
             qPrintable(error));
    auto row = [this] {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--user"),
                                QStringLiteral("user_journaled")});
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
        return rows.size() == 1 ? rows.at(0).toObject() : QJsonObject{{QStringLiteral("rows"), int(rows.size())}};
    };
    QJsonObject r = row();
    QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("outcome_unknown"));
    QVERIFY2(r.value(QStringLiteral("detail")).toString().contains(QStringLiteral("local journal")),
             qPrintable(r.value(QStringLiteral("detail")).toString()));
    const CliRun text = cli({QStringLiteral("history"), QStringLiteral("--user"), QStringLiteral("user_journaled")});
    QVERIFY2(text.out.contains(QStringLiteral("outcome_unknown")) || text.out.contains(QStringLiteral("Outcome unknown")),
             qPrintable(text.out));
    // Filtered by outcome, it is found by what it reads: outcome_unknown, not the "pending" stored.
    auto rowsWithOutcome = [this](const QString &outcome) {
        const CliRun run = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--user"),
                                QStringLiteral("user_journaled"), QStringLiteral("--outcome"), outcome});
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    };
    const QJsonArray unknown = rowsWithOutcome(QStringLiteral("outcome_unknown"));
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.at(0).toObject().value(QStringLiteral("id")).toInteger(), *id);
    QCOMPARE(rowsWithOutcome(QStringLiteral("pending")).size(), 0);
    QCOMPARE(rowsWithOutcome(QStringLiteral("succeeded")).size(), 0);
    {
        // The same through AuditLog on this workstation (its journal), as History's count and pages read it.
        AuditLog reader(m_pg->url());
        QVERIFY(reader.open());
        QCOMPARE(reader.journaledCount(), 1); // the trigger still refuses the update
        AuditFilter mine;
        mine.userId = QStringLiteral("user_journaled");
        auto count = [&](QList<AuditOutcome> outcomes) {
            AuditFilter f = mine;
            f.outcomes = std::move(outcomes);
            return reader.count(f);
        };
        QCOMPARE(count({AuditOutcome::Unknown}), 1);
        QCOMPARE(count({AuditOutcome::Pending}), 0);
        QCOMPARE(count({AuditOutcome::Pending, AuditOutcome::Unknown}), 1);
        QCOMPARE(count({AuditOutcome::Pending, AuditOutcome::Succeeded}), 0);
        AuditFilter both = mine;
        both.outcomes = {AuditOutcome::Pending, AuditOutcome::Unknown};
        QCOMPARE(reader.query(both).size(), 1);
    }
    // Once the journal is written (the next process here does it), the real outcome.
    QVERIFY2(m_pg->sql({QStringLiteral("DROP TRIGGER refuse_update ON actions")}, &error), qPrintable(error));
    r = row();
    QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(r.value(QStringLiteral("request_id")).toString(), QStringLiteral("req_j"));
    QCOMPARE(desk.journaledCount(), 0);
}

void TestCliAuditPg::keychainPasswordAndDisplayNameFromSettingsAreUsed()
{
    SecretStore secrets(AuditCredentials::keychainService());
    auto wait = [&secrets](const std::function<void(QObject *, SecretStore::Callback)> &operation) {
        QEventLoop loop;
        SecretResult result;
        operation(&loop, [&](const SecretResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        return result;
    };
    if (!wait([&](QObject *c, SecretStore::Callback done) { secrets.probe(c, std::move(done)); }).ok())
        QSKIP("No Secret Service on this session bus: run through a dbus session with a keyring (CI, /tmp/runtests.sh).");
    const QString key = AuditCredentials::keychainKey(AuditLocation::parse(m_pg->url(), nullptr));
    auto store = [&](const QString &password) {
        return wait([&](QObject *c, SecretStore::Callback done) { secrets.write(key, password, c, std::move(done)); }).ok();
    };
    // What Settings stores: the password in the keychain, the display name in the settings file.
    QVERIFY(store(m_pg->password()));
    {
        QSettings settings(QStringLiteral("PipesAdmin"), QStringLiteral("pipes-admin"));
        AuditCredentials::setOperatorName(&settings, QStringLiteral("Sam Lee"));
    }
    const QString noPgpass = m_dir->filePath(QStringLiteral("no-such-pgpass")); // libpq's sources log nobody in
    const CliRun run = cli({QStringLiteral("disconnect"), SandboxSeed::AliceUserId, QStringLiteral("github"),
                            QStringLiteral("--connection"), QString(SandboxSeed::AliceGithubAccountId), QStringLiteral("--yes")},
                           noPgpass);
    QCOMPARE(run.exitCode, 0);
    const QList<AuditRecord> all = records();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).operatorName, QStringLiteral("Sam Lee"));
    QCOMPARE(all.at(0).osUser, AuditLog::currentOsUser());
    const CliRun named = cli({QStringLiteral("--json"), QStringLiteral("history"), QStringLiteral("--operator"),
                              QStringLiteral("Sam Lee")},
                             noPgpass);
    QCOMPARE(named.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(named.out.toUtf8()).object().value(QStringLiteral("data")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("operator")).toString(), QStringLiteral("Sam Lee"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("os_user")).toString(), AuditLog::currentOsUser());

    // A wrong password in the keychain: a clear error naming the keychain, the password nowhere.
    const QString wrong = QStringLiteral("kc-wrong-pw-59b2d1");
    QVERIFY(store(wrong));
    const CliRun refused = cli({QStringLiteral("history")}, noPgpass);
    QCOMPARE(refused.exitCode, 8);
    QVERIFY2(refused.err.contains(QStringLiteral("refused the login")) && refused.err.contains(QStringLiteral("keychain")),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(wrong) && !refused.out.contains(wrong));
    QVERIFY(filesContaining(QDir::homePath(), wrong.toUtf8()).isEmpty());
    QVERIFY(filesContaining(QDir::homePath(), m_pg->password().toUtf8()).isEmpty());
    QVERIFY(wait([&](QObject *c, SecretStore::Callback done) { secrets.remove(key, c, std::move(done)); }).ok());
}

QTEST_GUILESS_MAIN(TestCliAuditPg)
#include "tst_cli_audit_pg.moc"
