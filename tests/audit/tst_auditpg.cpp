// AuditLog on a real, throw-away PostgreSQL cluster (PgCluster): the same
// versioned schema as SQLite, client-made ids and the server's time, operator
// and workstation, the connection columns, a wrong password, a server gone
// (intent refused, completion journaled and written when it is back), and the
// migration of the first SQLite schema.

#include "audit/AuditLog.h"
#include "PgCluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {
AuditEntry entry(const QString &user, const QString &slug)
{
    AuditEntry e;
    e.action = AuditAction::Disconnect;
    e.environment = QStringLiteral("Production");
    e.userId = user;
    e.userEmail = user.mid(5) + QStringLiteral("@acme.com");
    e.providerSlug = slug;
    e.reason = QStringLiteral("SUP-88");
    return e;
}

QStringList sqliteColumns(const QString &path)
{
    QStringList columns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT name FROM pragma_table_info('actions') ORDER BY cid"));
        while (q.next())
            columns << q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("columns"));
    return columns;
}

// Every file under `folder` that contains `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle, const QStringList &except)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (except.contains(path))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}
} // namespace

class TestAuditPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void writesAndReadsEveryColumn();
    void sameSchemaAsSqlite();
    void idsAreTimeOrderedAndUniqueAcrossLogs();
    void wrongPasswordIsAClearErrorWithoutThePassword();
    void serverDownRefusesTheIntent();
    void completionWaitsInTheJournalUntilTheServerIsBack();
    void migratesTheFirstSqliteSchema();
    void aUrlWithAPasswordIsRefused();
    void aLoginWithoutCreateNamesTheGrant();
    void keychainPasswordIsTriedAfterLibpqsOwnSources();
    void aSilentServerIsGivenUpOnAfterAShortConnectTimeout();

private:
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
};

void TestAuditPg::initTestCase()
{
    m_pg = std::make_unique<PgCluster>();
    QString error;
    QVERIFY2(m_pg->start(&error), qPrintable(error));
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->pgpassPath()));
}

void TestAuditPg::init()
{
    QString error;
    QVERIFY2(m_pg->restart(&error), qPrintable(error));
    QVERIFY2(m_pg->sql({QStringLiteral("DROP TABLE IF EXISTS actions"), QStringLiteral("DROP TABLE IF EXISTS audit_schema")},
                       &error),
             qPrintable(error));
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->pgpassPath()));
}

void TestAuditPg::cleanupTestCase()
{
    m_pg.reset();
}

void TestAuditPg::writesAndReadsEveryColumn()
{
    AuditLog log(m_pg->url());
    log.setOperatorName(QStringLiteral("Sam Support"));
    QString error;
    QVERIFY2(log.open(&error), qPrintable(error));
    QVERIFY(log.isShared());
    QCOMPARE(log.schemaVersion(), AuditLog::SchemaVersion);
    AuditEntry e = entry(QStringLiteral("user_alice"), QStringLiteral("slack"));
    e.connectionId = QStringLiteral("ca_01SLACK2");
    e.connectionLabel = QStringLiteral("Acme workspace");
    e.ownerKind = QStringLiteral("organization");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const std::optional<qint64> id = log.begin(e, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(log.record(*id)->completion.outcome, AuditOutcome::Pending);
    QVERIFY(log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_1"), QString()}, &error));

    const AuditRecord r = *log.record(*id);
    QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
    QCOMPARE(r.completion.httpStatus, 204);
    QCOMPARE(r.completion.requestId, QStringLiteral("req_1"));
    QCOMPARE(r.entry.connectionId, QStringLiteral("ca_01SLACK2"));
    QCOMPARE(r.entry.connectionLabel, QStringLiteral("Acme workspace"));
    QCOMPARE(r.entry.ownerKind, QStringLiteral("organization"));
    QCOMPARE(r.entry.reason, QStringLiteral("SUP-88"));
    QCOMPARE(r.operatorName, QStringLiteral("Sam Support"));
    QCOMPARE(r.osUser, AuditLog::currentOsUser());
    QCOMPARE(r.host, AuditLog::currentHost());
    QVERIFY2(r.serverTime.isValid() && r.serverTime > before, qPrintable(r.serverTime.toString(Qt::ISODateWithMs)));
    QVERIFY(r.completedAt.isValid());

    // Empty connection columns read back empty; the filters by operator and workstation.
    const std::optional<qint64> plain = log.begin(entry(QStringLiteral("user_bob"), QStringLiteral("github")));
    QVERIFY(plain);
    QCOMPARE(log.record(*plain)->entry.connectionId, QString());
    AuditFilter byOperator;
    byOperator.operatorName = QStringLiteral("Sam Support");
    QCOMPARE(log.count(byOperator), 2);
    byOperator.operatorName = QStringLiteral("Someone Else");
    QCOMPARE(log.count(byOperator), 0);
    AuditFilter byHost;
    byHost.workstation = AuditLog::currentHost();
    QCOMPARE(log.count(byHost), 2);
    byHost.workstation = QStringLiteral("other-desk");
    QCOMPARE(log.count(byHost), 0);
    AuditFilter byConnection;
    byConnection.connectionId = QStringLiteral("ca_01SLACK2");
    QCOMPARE(log.query(byConnection).size(), 1);
    QCOMPARE(log.query({}).first().id, *plain); // newest first
}

void TestAuditPg::sameSchemaAsSqlite()
{
    AuditLog shared(m_pg->url());
    QVERIFY(shared.open());
    const QString path = m_dir.filePath(QStringLiteral("same.sqlite3"));
    AuditLog local(path);
    QVERIFY(local.open());
    QCOMPARE(local.schemaVersion(), shared.schemaVersion());

    QStringList pgColumns;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pgcolumns"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_pg->port());
        db.setUserName(m_pg->user());
        db.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_name = 'actions' "
                                      "ORDER BY ordinal_position")));
        while (q.next())
            pgColumns << q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pgcolumns"));
    QVERIFY(pgColumns.contains(QStringLiteral("connection_id")));
    QVERIFY(pgColumns.contains(QStringLiteral("owner_kind")));
    QVERIFY(pgColumns.contains(QStringLiteral("server_time")));
    QCOMPARE(pgColumns, sqliteColumns(path));
}

void TestAuditPg::idsAreTimeOrderedAndUniqueAcrossLogs()
{
    // Two writers at once (two stores open on the same server, interleaved).
    AuditLog first(m_pg->url());
    AuditLog second(m_pg->url());
    QVERIFY(first.open());
    QVERIFY(second.open());
    QList<qint64> ids;
    for (int i = 0; i < 200; ++i) {
        AuditLog &log = i % 2 ? second : first;
        const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_%1").arg(i), QStringLiteral("github")));
        QVERIFY(id);
        ids << *id;
    }
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 200);
    QCOMPARE(first.count({}), 200);
    QVERIFY(ids.last() < (qint64(1) << 53)); // exact in JSON
    // Time-ordered: each log's own ids rise, and newest first is the reverse of writing order per log.
    for (int i = 2; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 2));
}

void TestAuditPg::wrongPasswordIsAClearErrorWithoutThePassword()
{
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->wrongPgpassPath()));
    AuditLog log(m_pg->url());
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY2(error.contains(QStringLiteral("refused the login")), qPrintable(error));
    QVERIFY2(error.contains(m_pg->user()), qPrintable(error));
    QVERIFY(!error.contains(m_pg->password()));
    QVERIFY(!error.contains(QStringLiteral("not-the-password")));
    QVERIFY(!log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github"))));

    // A password from the keychain (set by the caller) works, and is never in the texts either.
    AuditLog withKey(m_pg->url());
    withKey.setPassword(m_pg->password());
    QVERIFY2(withKey.open(&error), qPrintable(error));
    QVERIFY(!withKey.stateText().contains(m_pg->password()));
    QVERIFY(!withKey.path().contains(m_pg->password()));
}

void TestAuditPg::serverDownRefusesTheIntent()
{
    AuditLog log(m_pg->url());
    QVERIFY(log.open());
    QVERIFY(log.isReachable());
    m_pg->stop();
    QString error;
    QVERIFY(!log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github")), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
    QVERIFY(!log.isReachable());
    QVERIFY2(log.stateText().contains(QStringLiteral("unreachable")), qPrintable(log.stateText()));
    // A new process cannot open it at all.
    AuditLog other(m_pg->url());
    QVERIFY(!other.open(&error));
    QVERIFY2(error.contains(QStringLiteral("Cannot reach the audit database")), qPrintable(error));

    // Back: the same log writes again, without being reopened.
    QVERIFY(m_pg->restart(&error));
    QVERIFY2(log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github")), &error), qPrintable(error));
    QVERIFY(log.isReachable());
    QCOMPARE(log.count({}), 1);
}

void TestAuditPg::completionWaitsInTheJournalUntilTheServerIsBack()
{
    AuditLog log(m_pg->url());
    QVERIFY(log.open());
    QFile::remove(log.journalPath());
    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github")));
    QVERIFY(id);
    m_pg->crash(); // the answer came, the store is gone
    QString error;
    bool journaled = false;
    QVERIFY(!log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_j"), QString()}, &error, &journaled));
    QVERIFY(journaled);
    QCOMPARE(log.journaledCount(), 1);
    QVERIFY2(log.stateText().contains(QStringLiteral("waiting")), qPrintable(log.stateText()));
    QVERIFY(QFile::exists(log.journalPath()));

    // A crash of this process too: the journal is on disk, a new log flushes it when it opens.
    QVERIFY(m_pg->restart(&error));
    AuditLog after(m_pg->url());
    QVERIFY(after.open(&error));
    QCOMPARE(after.journaledCount(), 0);
    QVERIFY(!QFile::exists(after.journalPath()));
    const AuditRecord r = *after.record(*id);
    QCOMPARE(r.completion.outcome, AuditOutcome::Succeeded);
    QCOMPARE(r.completion.requestId, QStringLiteral("req_j"));
    QCOMPARE(after.count({}), 1);
}

void TestAuditPg::migratesTheFirstSqliteSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("v1.sqlite3"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // The first release's schema, as it wrote it.
        for (const char *sql :
             {"CREATE TABLE actions ( id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT NULL, completed_at TEXT,"
              " os_user TEXT, host TEXT, process_id INTEGER, session TEXT, environment TEXT, user_id TEXT,"
              " user_email TEXT, provider TEXT, organization_id TEXT, action TEXT NOT NULL, outcome TEXT NOT NULL,"
              " http_status INTEGER, request_id TEXT, batch_id TEXT, reason TEXT, detail TEXT)",
              "CREATE INDEX actions_started ON actions(started_at)", "CREATE INDEX actions_user ON actions(user_id)",
              "CREATE INDEX actions_outcome ON actions(outcome)", "PRAGMA user_version = 1",
              "INSERT INTO actions (started_at, completed_at, os_user, host, user_id, provider, action, outcome, "
              "http_status, reason) VALUES ('2024-05-01T10:00:00.000Z', '2024-05-01T10:00:01.000Z', 'sam', 'desk-1', "
              "'user_alice', 'slack', 'disconnect', 'succeeded', 204, 'SUP-1')",
              "INSERT INTO actions (started_at, os_user, host, user_id, provider, action, outcome) VALUES "
              "('2024-05-02T10:00:00.000Z', 'kim', 'desk-2', 'user_bob', 'github', 'connect_link', 'failed')"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    AuditLog log(path);
    QString error;
    QVERIFY2(log.open(&error), qPrintable(error));
    QCOMPARE(log.schemaVersion(), AuditLog::SchemaVersion);
    QCOMPARE(log.count({}), 2);
    const AuditRecord old = *log.record(1);
    QCOMPARE(old.entry.userId, QStringLiteral("user_alice"));
    QCOMPARE(old.operatorName, QStringLiteral("sam")); // the OS login was the operator
    QCOMPARE(old.host, QStringLiteral("desk-1"));
    QCOMPARE(old.completion.httpStatus, 204);
    QCOMPARE(old.entry.connectionId, QString());
    QCOMPARE(log.record(2)->entry.action, AuditAction::ConnectLink);
    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_carol"), QStringLiteral("github")));
    QVERIFY(id);
    QCOMPARE(log.query({}).first().id, *id); // new ids come after the old ones
    QCOMPARE(sqliteColumns(path), sqliteColumns(m_dir.filePath(QStringLiteral("fresh.sqlite3"))).isEmpty()
                 ? sqliteColumns(path)
                 : sqliteColumns(m_dir.filePath(QStringLiteral("fresh.sqlite3"))));
    AuditLog fresh(m_dir.filePath(QStringLiteral("fresh.sqlite3")));
    QVERIFY(fresh.open());
    QCOMPARE(sqliteColumns(path), sqliteColumns(m_dir.filePath(QStringLiteral("fresh.sqlite3"))));
    // Opening again changes nothing.
    AuditLog again(path);
    QVERIFY(again.open());
    QCOMPARE(again.count({}), 3);
}

void TestAuditPg::aUrlWithAPasswordIsRefused()
{
    const QString url = QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/postgres?sslmode=disable")
                            .arg(m_pg->user(), m_pg->password())
                            .arg(m_pg->port());
    AuditLog log(url);
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY2(error.contains(QStringLiteral("must not contain a password")), qPrintable(error));
    QVERIFY(!error.contains(m_pg->password()));
    // A non-loopback host asks for verify-full unless told otherwise.
    QCOMPARE(AuditLocation::parse(QStringLiteral("postgresql://audit@db.example.com/pipes"), nullptr).sslMode,
             QStringLiteral("verify-full"));
    QCOMPARE(AuditLocation::parse(QStringLiteral("postgresql://audit@127.0.0.1/pipes"), nullptr).sslMode,
             QStringLiteral("prefer"));
    // Nothing this process wrote (its home: settings, journals; its folder) holds the password.
    QVERIFY(filesContaining(QDir::homePath(), m_pg->password().toUtf8(), {}).isEmpty());
    QVERIFY(filesContaining(m_dir.path(), m_pg->password().toUtf8(), {}).isEmpty());
}

void TestAuditPg::aLoginWithoutCreateNamesTheGrant()
{
    // A support desk's own login: no CREATE on the schema (PostgreSQL 15's default for public).
    QString error;
    QVERIFY2(m_pg->sql({QStringLiteral("DROP ROLE IF EXISTS desk"),
                        QStringLiteral("CREATE ROLE desk LOGIN PASSWORD 'desk-secret-41'")},
                       &error),
             qPrintable(error));
    const QString url = QStringLiteral("postgresql://desk@127.0.0.1:%1/postgres?sslmode=disable").arg(m_pg->port());
    {
        AuditLog log(url);
        log.setPassword(QStringLiteral("desk-secret-41")); // as read from the keychain
        QVERIFY(!log.open(&error));
        QVERIFY2(error.contains(QStringLiteral("may not create the audit tables")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("CREATE")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("desk-secret-41")));
    }
    // Created once by an administrator's login, granted: the desk writes.
    {
        AuditLog admin(m_pg->url());
        QVERIFY(admin.open());
    }
    QVERIFY(m_pg->sql({QStringLiteral("GRANT SELECT, INSERT, UPDATE ON actions TO desk"),
                       QStringLiteral("GRANT SELECT ON audit_schema TO desk")}));
    AuditLog log(url);
    log.setPassword(QStringLiteral("desk-secret-41"));
    QVERIFY2(log.open(&error), qPrintable(error));
    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("slack")), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(log.record(*id)->operatorName, AuditLog::currentOsUser());
    log.close();
    QVERIFY(m_pg->sql({QStringLiteral("DROP TABLE actions"), QStringLiteral("DROP TABLE audit_schema"),
                       QStringLiteral("DROP ROLE desk")}));
}

void TestAuditPg::keychainPasswordIsTriedAfterLibpqsOwnSources()
{
    const QString right = m_pg->password();
    const QString wrong = QStringLiteral("keychain-wrong-7f31");
    int asked = 0;
    auto source = [&asked](const QString &password) {
        return [&asked, password] {
            ++asked;
            return password;
        };
    };
    // ~/.pgpass (PGPASSFILE) logs in: the keychain is not even asked, and its wrong password does no harm.
    {
        AuditLog log(m_pg->url());
        log.setPasswordSource(source(wrong));
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(asked, 0);
    }
    // PGPASSFILE has a wrong password, or none: the keychain's password logs in.
    for (const QString &pgpass : {m_pg->wrongPgpassPath(), m_dir.filePath(QStringLiteral("no-such-pgpass"))}) {
        qputenv("PGPASSFILE", QFile::encodeName(pgpass));
        asked = 0;
        AuditLog log(m_pg->url());
        log.setPasswordSource(source(right));
        QString error;
        QVERIFY2(log.open(&error), qPrintable(error));
        QCOMPARE(asked, 1);
        QVERIFY(log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("slack"))));
    }
    // A wrong keychain password: a clear error that says the keychain's was tried, without it.
    AuditLog log(m_pg->url());
    log.setPasswordSource(source(wrong));
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY2(error.contains(QStringLiteral("refused the login")) && error.contains(QStringLiteral("keychain")),
             qPrintable(error));
    QVERIFY(!error.contains(wrong) && !error.contains(right));
    // Settings' Test says the same, and changes nothing.
    QString report;
    QVERIFY(!AuditLog::test(m_pg->url(), wrong, &report));
    QVERIFY2(report.contains(QStringLiteral("refused the login")) && !report.contains(wrong), qPrintable(report));
    QVERIFY2(AuditLog::test(m_pg->url(), right, &report), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("schema version 2")) && !report.contains(right), qPrintable(report));
}

void TestAuditPg::aSilentServerIsGivenUpOnAfterAShortConnectTimeout()
{
    // Takes the TCP connection and never answers (a hung server, a black-holing proxy).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("postgresql://pipes_audit@127.0.0.1:%1/postgres").arg(silent.serverPort());
    AuditLog log(url);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!log.open(&error));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(error.contains(QStringLiteral("Cannot reach the audit database")) && error.contains(QStringLiteral("timeout")),
             qPrintable(error));
    qInfo("open() against a silent server gave up after %lld ms", elapsed);
    // libpq's connect_timeout=2 (per attempt; sslmode=prefer makes one): well under the old 5 s.
    QVERIFY2(elapsed >= 1500 && elapsed < 4500, qPrintable(QString::number(elapsed)));
    QVERIFY(AuditLocation::parse(url, nullptr).connectOptions().contains(QStringLiteral("connect_timeout=2")));
}

QTEST_GUILESS_MAIN(TestAuditPg)
#include "tst_auditpg.moc"
