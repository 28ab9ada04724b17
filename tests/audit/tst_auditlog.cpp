// AuditLog: pending then completed, crash recovery, filters, CSV, WAL,
// schema version, and the table model over it.

#include "audit/AuditFilterProxy.h"
#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
AuditEntry entry(const QString &user, const QString &slug, AuditAction action = AuditAction::Disconnect)
{
    AuditEntry e;
    e.action = action;
    e.environment = QStringLiteral("Production");
    e.userId = user;
    e.userEmail = user.mid(5) + QStringLiteral("@acme.com");
    e.providerSlug = slug;
    e.reason = QStringLiteral("INC-7");
    return e;
}

// Runs SQL on the file behind the log's back (what another process, or a tamperer, would do).
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pendingThenCompleted();
    void interruptedActionBecomesOutcomeUnknown();
    void pendingRowsOfARunningProcessAreLeftAlone();
    void filters();
    void csvExport();
    void walAndSchemaVersion();
    void newerSchemaIsRefused();
    void defaultPathIsTheAppDataLocation();
    void modelLoadsLazilyAndFollowsTheLog();
    void modelOverAHundredThousandRows();
    void modelSortsByEachColumn();
    void modelSortKeepsPersistentIndexesAndFollowsTheLog();
    void quickFilterFollowsEveryChangeOfTheModel();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("audit.sqlite3")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAuditLog::pendingThenCompleted()
{
    AuditLog log(dbPath());
    QString error;
    QVERIFY2(log.open(&error), qPrintable(error));
    QSignalSpy changed(&log, &AuditLog::recordChanged);
    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github")), &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(changed.size(), 1);

    std::optional<AuditRecord> r = log.record(*id);
    QVERIFY(r);
    QCOMPARE(r->completion.outcome, AuditOutcome::Pending);
    QVERIFY(r->startedAt.isValid());
    QVERIFY(qAbs(r->startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QVERIFY(!r->completedAt.isValid());
    QCOMPARE(r->osUser, AuditLog::currentOsUser());
    QVERIFY(!r->osUser.isEmpty());
    QCOMPARE(r->host, AuditLog::currentHost());
    QCOMPARE(r->entry.userEmail, QStringLiteral("alice@acme.com"));
    QCOMPARE(r->entry.reason, QStringLiteral("INC-7"));

    QVERIFY(log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_123"), QString()}, &error));
    r = log.record(*id);
    QCOMPARE(r->completion.outcome, AuditOutcome::Succeeded);
    QCOMPARE(r->completion.httpStatus, 204);
    QCOMPARE(r->completion.requestId, QStringLiteral("req_123"));
    QVERIFY(r->completedAt >= r->startedAt);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!log.complete(9999, {}, &error)); // no such row
    QFileInfo info(dbPath());
    QCOMPARE(info.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
}

void TestAuditLog::interruptedActionBecomesOutcomeUnknown()
{
    qint64 id = 0;
    {
        AuditLog first(dbPath());
        QVERIFY(first.open());
        id = *first.begin(entry(QStringLiteral("user_bob"), QStringLiteral("slack")));
        const qint64 done = *first.begin(entry(QStringLiteral("user_carol"), QStringLiteral("slack")));
        QVERIFY(first.complete(done, {AuditOutcome::Failed, 500, QStringLiteral("req_9"), QStringLiteral("boom")}));
        // "crash": gone without completing the first action
    }
    AuditLog second(dbPath());
    QVERIFY(second.open());
    QCOMPARE(second.recoveredOnOpen(), 1);
    const AuditRecord r = *second.record(id);
    QCOMPARE(r.completion.outcome, AuditOutcome::Unknown);
    QVERIFY(r.completion.detail.contains(QStringLiteral("crash or kill")));
    QCOMPARE(r.entry.userId, QStringLiteral("user_bob"));
    QCOMPARE(second.count({}), 2); // nothing vanished
    AuditFilter failed;
    failed.outcomes = {AuditOutcome::Failed};
    QCOMPARE(second.query(failed).constFirst().completion.detail, QStringLiteral("boom"));
}

void TestAuditLog::pendingRowsOfARunningProcessAreLeftAlone()
{
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    QVERIFY(sleeper.waitForStarted());
    qint64 id = 0;
    {
        AuditLog first(dbPath());
        QVERIFY(first.open());
        id = *first.begin(entry(QStringLiteral("user_dave"), QStringLiteral("notion")));
    }
    // Pretend the row belongs to the (running) sleeper.
    rawSql(dbPath(), {QStringLiteral("UPDATE actions SET process_id = %1, session = 'other'").arg(sleeper.processId())});
    {
        AuditLog second(dbPath());
        QVERIFY(second.open());
        QCOMPARE(second.recoveredOnOpen(), 0);
        QCOMPARE(second.record(id)->completion.outcome, AuditOutcome::Pending);
    }
    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    AuditLog third(dbPath());
    QVERIFY(third.open());
    QCOMPARE(third.recoveredOnOpen(), 1);
    QCOMPARE(third.record(id)->completion.outcome, AuditOutcome::Unknown);
}

void TestAuditLog::filters()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    const qint64 a = *log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github")));
    log.complete(a, {AuditOutcome::Succeeded, 204, {}, {}});
    const qint64 b = *log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("slack"), AuditAction::ConnectLink));
    log.complete(b, {AuditOutcome::Succeeded, 200, {}, {}});
    AuditEntry staging = entry(QStringLiteral("user_bob"), QStringLiteral("github"));
    staging.environment = QStringLiteral("Staging");
    const qint64 c = *log.begin(staging);
    log.complete(c, {AuditOutcome::AlreadyAbsent, 404, {}, {}});
    // An old row: ten days ago.
    rawSql(dbPath(), {QStringLiteral("UPDATE actions SET started_at = '%1' WHERE id = %2")
                          .arg(QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODateWithMs)).arg(c)});

    auto ids = [&log](const AuditFilter &f) {
        QList<qint64> result;
        for (const AuditRecord &r : log.query(f))
            result.append(r.id);
        return result;
    };
    QCOMPARE(ids({}), (QList<qint64>{c, b, a})); // newest id first
    AuditFilter f;
    f.userId = QStringLiteral("user_alice");
    QCOMPARE(ids(f), (QList<qint64>{b, a}));
    f = {};
    f.userId = QStringLiteral("bob@");
    QCOMPARE(ids(f), QList<qint64>{c});
    f = {};
    f.providerSlug = QStringLiteral("github");
    QCOMPARE(ids(f), (QList<qint64>{c, a}));
    f = {};
    f.actions = {AuditAction::ConnectLink};
    QCOMPARE(ids(f), QList<qint64>{b});
    f = {};
    f.outcomes = {AuditOutcome::AlreadyAbsent};
    QCOMPARE(ids(f), QList<qint64>{c});
    f = {};
    f.environment = QStringLiteral("Production");
    QCOMPARE(ids(f), (QList<qint64>{b, a}));
    f = {};
    f.from = QDateTime::currentDateTimeUtc().addDays(-7);
    QCOMPARE(ids(f), (QList<qint64>{b, a}));
    f.from = QDateTime();
    f.to = QDateTime::currentDateTimeUtc().addDays(-7);
    QCOMPARE(ids(f), QList<qint64>{c});
    f = {};
    f.userId = QStringLiteral("%"); // LIKE wildcards are literal
    QCOMPARE(ids(f), QList<qint64>());
    QCOMPARE(log.count({}), 3);
}

void TestAuditLog::csvExport()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    AuditEntry e = entry(QStringLiteral("user_alice"), QStringLiteral("github"));
    e.reason = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\"), see ticket");
    const qint64 id = *log.begin(e);
    log.complete(id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_abc"), QString()});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(log.exportCsv({}, &buffer));
    const QStringList lines = QString::fromUtf8(buffer.data()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("id,started_at,completed_at,action,outcome,environment,user_id")));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",disconnect,succeeded,Production,user_alice,alice@acme.com,github,,204,req_abc,,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\"), see ticket\"")),
             qPrintable(lines.at(1)));
}

void TestAuditLog::walAndSchemaVersion()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    QCOMPARE(log.journalMode(), QStringLiteral("wal"));
    QCOMPARE(log.schemaVersion(), AuditLog::SchemaVersion);
    QVERIFY(log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github"))));
    QVERIFY(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
}

void TestAuditLog::newerSchemaIsRefused()
{
    {
        AuditLog log(dbPath());
        QVERIFY(log.open());
    }
    rawSql(dbPath(), {QStringLiteral("UPDATE audit_schema SET version = 99")});
    AuditLog log(dbPath());
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(!log.begin(entry(QStringLiteral("user_alice"), QStringLiteral("github"))));
}

void TestAuditLog::defaultPathIsTheAppDataLocation()
{
    // The test runs with a private XDG_DATA_HOME.
    QVERIFY(AuditLog::defaultPath().endsWith(QStringLiteral("/audit.sqlite3")));
    QVERIFY(AuditLog::defaultPath().startsWith(qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath())));
}

void TestAuditLog::modelLoadsLazilyAndFollowsTheLog()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    for (int i = 0; i < 250; ++i) {
        const qint64 id = *log.begin(entry(QStringLiteral("user_u%1").arg(i), i % 2 ? QStringLiteral("github") : QStringLiteral("slack")));
        log.complete(id, {AuditOutcome::Succeeded, 204, {}, {}});
    }
    AuditTableModel model(&log);
    model.setPageSize(100);
    model.reload();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 200);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(0, AuditTableModel::UserIdColumn).data().toString(), QStringLiteral("user_u249"));
    QCOMPARE(model.index(0, AuditTableModel::OutcomeColumn).data().toString(), QStringLiteral("Succeeded"));

    // A new action appears at the top as pending and updates in place when completed.
    const qint64 id = *log.begin(entry(QStringLiteral("user_new"), QStringLiteral("github")));
    QCOMPARE(model.rowCount(), 251);
    QCOMPARE(model.index(0, AuditTableModel::OutcomeColumn).data(AuditTableModel::RawValueRole).toString(),
             QStringLiteral("pending"));
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    log.complete(id, {AuditOutcome::Failed, 500, QStringLiteral("req_x"), QStringLiteral("Server error")});
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(model.index(0, AuditTableModel::OutcomeColumn).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(model.index(0, AuditTableModel::OutcomeColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Server error"));

    AuditFilter f;
    f.providerSlug = QStringLiteral("slack");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 125);
    QVERIFY(model.rowCount() >= 100); // the tester may have fetched more
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, AuditTableModel::ProviderColumn).data().toString(), QStringLiteral("slack"));
    log.begin(entry(QStringLiteral("user_other"), QStringLiteral("github"))); // does not match: not shown
    QCOMPARE(model.index(0, AuditTableModel::ProviderColumn).data().toString(), QStringLiteral("slack"));
}

void TestAuditLog::modelOverAHundredThousandRows()
{
    {
        AuditLog log(dbPath());
        QVERIFY(log.open());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO actions (id, started_at, action, outcome, user_id, provider) VALUES (?, ?, 'disconnect', 'succeeded', ?, 'github')"));
        const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (int i = 0; i < 100000; ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(time);
            q.addBindValue(QStringLiteral("user_%1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(db.commit());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    AuditLog log(dbPath());
    QVERIFY(log.open());
    QElapsedTimer clock;
    clock.start();
    AuditTableModel model(&log);
    QCOMPARE(model.rowCount(), 256);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 512);
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    QCOMPARE(model.totalCount(), 100000);
    qInfo("first two pages of 100k rows in %lld ms", ms);
}

namespace {
// Fills the log with rows that tie on provider, environment and status and
// differ in the case of their email addresses.
void fillForSorting(AuditLog &log, int rows)
{
    static const char *const providers[] = {"slack", "github", "notion"};
    for (int i = 0; i < rows; ++i) {
        AuditEntry e = entry(QStringLiteral("user_s%1").arg((i * 7) % rows, 2, 10, QLatin1Char('0')),
                             QLatin1String(providers[i % 3]), i % 4 ? AuditAction::Disconnect : AuditAction::ConnectLink);
        if (i % 5 == 0)
            e.userEmail = e.userEmail.toUpper();
        e.environment = i % 2 ? QStringLiteral("Production") : QStringLiteral("staging");
        const qint64 id = *log.begin(e);
        log.complete(id, {i % 3 ? AuditOutcome::Succeeded : AuditOutcome::Failed, i % 3 ? 204 : 500,
                          QStringLiteral("req_%1").arg(i), {}});
    }
}

// -1, 0 or 1 comparing two rows' raw values as the model sorts them.
int compareRaw(const QModelIndex &a, const QModelIndex &b)
{
    const QVariant l = a.data(AuditTableModel::RawValueRole);
    const QVariant r = b.data(AuditTableModel::RawValueRole);
    if (a.column() == AuditTableModel::TimeColumn)
        return l.toDateTime() < r.toDateTime() ? -1 : (r.toDateTime() < l.toDateTime() ? 1 : 0);
    if (a.column() == AuditTableModel::HttpStatusColumn)
        return l.toInt() < r.toInt() ? -1 : (r.toInt() < l.toInt() ? 1 : 0);
    const int c = QString::compare(l.toString().toCaseFolded(), r.toString().toCaseFolded());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}
} // namespace

void TestAuditLog::modelSortsByEachColumn()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    fillForSorting(log, 30);
    AuditTableModel model(&log);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 30);

    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(model.sortColumn(), column);
            QCOMPARE(model.sortOrder(), order);
            QCOMPARE(proxy.rowCount(), 30);
            for (int row = 1; row < proxy.rowCount(); ++row) {
                const QModelIndex a = proxy.index(row - 1, column);
                const QModelIndex b = proxy.index(row, column);
                const int c = compareRaw(a, b);
                const QByteArray where = QByteArray::number(column) + " row " + QByteArray::number(row);
                QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0, where.constData());
                if (c == 0) // ties stay newest first, in either direction
                    QVERIFY2(a.data(AuditTableModel::RecordIdRole).toLongLong()
                                 > b.data(AuditTableModel::RecordIdRole).toLongLong(),
                             where.constData());
            }
        }
    }
    // Case-insensitive: an upper-case address sorts among the lower-case ones.
    proxy.sort(AuditTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("S00@ACME.COM"));
    QCOMPARE(proxy.index(1, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("s01@acme.com"));

    // Filtering keeps the order and clearing the filter does not re-sort.
    proxy.setText(QStringLiteral("S1"));
    QCOMPARE(proxy.rowCount(), 10);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, AuditTableModel::UserIdColumn).data().toString(),
                 QStringLiteral("user_s1%1").arg(row));
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), 30);
    QCOMPARE(proxy.index(29, AuditTableModel::EmailColumn).data().toString(), QStringLiteral("s29@acme.com"));

    // sort(-1): newest first again.
    proxy.sort(-1);
    QCOMPARE(model.sortColumn(), -1);
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, 0).data(AuditTableModel::RecordIdRole).toLongLong()
                > proxy.index(row, 0).data(AuditTableModel::RecordIdRole).toLongLong());
}

void TestAuditLog::modelSortKeepsPersistentIndexesAndFollowsTheLog()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    fillForSorting(log, 40);
    AuditTableModel model(&log);
    model.setPageSize(16);
    model.reload();
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 40);

    // A persistent index on every row (as a selection holds) follows its record.
    QList<QPersistentModelIndex> kept;
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        kept << QPersistentModelIndex(proxy.index(row, AuditTableModel::EmailColumn));
        ids << proxy.index(row, 0).data(AuditTableModel::RecordIdRole).toLongLong();
    }
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    proxy.sort(AuditTableModel::EmailColumn, Qt::DescendingOrder);
    QCOMPARE(layout.size(), 1);
    proxy.sort(AuditTableModel::ProviderColumn, Qt::AscendingOrder);
    for (int i = 0; i < kept.size(); ++i) {
        QVERIFY(kept.at(i).isValid());
        QCOMPARE(kept.at(i).column(), int(AuditTableModel::EmailColumn));
        QCOMPARE(kept.at(i).data(AuditTableModel::RecordIdRole).toLongLong(), ids.at(i));
    }
    QVERIFY(kept.at(0).row() != 0 || kept.at(1).row() != 1); // they did move

    // A new action while sorted lands in its sorted place; so does a completion that changes its key.
    proxy.sort(AuditTableModel::UserIdColumn, Qt::AscendingOrder);
    const qint64 id = *log.begin(entry(QStringLiteral("user_s105"), QStringLiteral("github")));
    QCOMPARE(model.rowCount(), 41);
    int at = -1;
    for (int row = 0; row < proxy.rowCount(); ++row)
        if (proxy.index(row, 0).data(AuditTableModel::RecordIdRole).toLongLong() == id)
            at = row;
    QCOMPARE(proxy.index(at - 1, AuditTableModel::UserIdColumn).data().toString(), QStringLiteral("user_s10"));
    QCOMPARE(proxy.index(at + 1, AuditTableModel::UserIdColumn).data().toString(), QStringLiteral("user_s11"));
    proxy.sort(AuditTableModel::HttpStatusColumn, Qt::DescendingOrder);
    const QPersistentModelIndex fresh = proxy.index(0, 0); // pending: no status yet, so last
    QVERIFY(proxy.index(proxy.rowCount() - 1, 0).data(AuditTableModel::RecordIdRole).toLongLong() == id);
    log.complete(id, {AuditOutcome::Failed, 503, QStringLiteral("req_new"), {}});
    QCOMPARE(proxy.index(0, 0).data(AuditTableModel::RecordIdRole).toLongLong(), id);
    QCOMPARE(proxy.index(0, AuditTableModel::HttpStatusColumn).data().toString(), QStringLiteral("503"));
    QVERIFY(fresh.isValid());
    QCOMPARE(fresh.row(), 1);

    // A reload keeps the sort.
    model.reload();
    QCOMPARE(proxy.index(0, 0).data(AuditTableModel::RecordIdRole).toLongLong(), id);
}

namespace {

// The rows the quick filter must show: any of its five fields contains the
// text, case-insensitively (what the proxy asked of each field before the
// model kept one folded text per row).
int rowsContaining(const AuditTableModel &model, const QString &text)
{
    int n = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditRecord *r = model.recordAt(row);
        for (const QString *value : {&r->entry.userId, &r->entry.userEmail, &r->entry.providerSlug,
                                     &r->completion.requestId, &r->entry.reason}) {
            if (value->contains(text, Qt::CaseInsensitive)) {
                ++n;
                break;
            }
        }
    }
    return n;
}

} // namespace

void TestAuditLog::quickFilterFollowsEveryChangeOfTheModel()
{
    AuditLog log(dbPath());
    QVERIFY(log.open());
    fillForSorting(log, 40);
    AuditTableModel model(&log);
    model.setPageSize(16);
    model.reload();
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList texts{QStringLiteral("S1"), QStringLiteral("acme.COM"), QStringLiteral("GitHub"),
                            QStringLiteral("inc-7"), QStringLiteral("REQ_3"), QStringLiteral("user_s0"),
                            QStringLiteral("nothing like it")};
    const auto checkAll = [&](const char *when) {
        for (const QString &text : texts) {
            proxy.setText(text);
            QVERIFY2(proxy.rowCount() == rowsContaining(model, text), qPrintable(text + QLatin1String(" ") + QLatin1String(when)));
        }
        proxy.setText(QString());
    };
    checkAll("pages fetched so far"); // (the tester fetches more itself)
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 40);
    checkAll("all pages");
    proxy.sort(AuditTableModel::EmailColumn, Qt::DescendingOrder);
    checkAll("sorted");
    proxy.setText(QStringLiteral("S1"));
    QCOMPARE(proxy.rowCount(), 10);

    // A new action lands while the filter is on: found by its own fields.
    proxy.setText(QStringLiteral("USER_NEW"));
    QCOMPARE(proxy.rowCount(), 0);
    const qint64 id = *log.begin(entry(QStringLiteral("user_new"), QStringLiteral("slack")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AuditTableModel::RecordIdRole).toLongLong(), id);
    // Its completion brings a request id the filter finds: the row's text was renewed.
    proxy.setText(QStringLiteral("Req_Fresh"));
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(log.complete(id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_fresh"), {}}));
    QCOMPARE(proxy.rowCount(), 1);
    checkAll("after a new action and its completion");

    // A row that leaves the model (it no longer matches the model's filter)
    // takes its text with it; the rows after it keep theirs.
    AuditFilter pendingOnly;
    pendingOnly.outcomes = {AuditOutcome::Pending};
    model.setFilter(pendingOnly);
    QCOMPARE(model.rowCount(), 0);
    const qint64 stays = *log.begin(entry(QStringLiteral("user_stays"), QStringLiteral("slack")));
    const qint64 goes = *log.begin(entry(QStringLiteral("user_goes"), QStringLiteral("github")));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(log.complete(goes, {AuditOutcome::Succeeded, 204, QStringLiteral("req_goes"), {}}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.recordAt(0)->id, stays);
    proxy.setText(QStringLiteral("user_stays"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QStringLiteral("user_goes"));
    QCOMPARE(proxy.rowCount(), 0);
    checkAll("after a row left");
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
