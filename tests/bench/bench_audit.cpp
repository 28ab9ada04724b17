// Audit writes: 1,000 records (intent + completion, as every audited action
// writes them) on PostgreSQL (a throw-away cluster on loopback, fsync on) and
// on SQLite (WAL, synchronous=FULL), in the same run, as records per second.
//
// Then the shared history at scale: 100,000 rows on the same PostgreSQL
// server, and the time from opening the history (AuditTableModel, its first
// page of 256 rows fetched lazily) to that page painted in the history
// window's table (HistoryTableProxy in a QTableView, offscreen).

#include "audit/AuditLog.h"
#include "PaintCounter.h"
#include "audit/AuditTableModel.h"
#include "gui/history/HistoryTableProxy.h"
#include "BenchSupport.h"
#include "PgCluster.h"

#include <QApplication>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Seconds to write `count` records; each record is begin() then complete().
double writeRecords(AuditLog &log, int count)
{
    AuditEntry entry;
    entry.environment = QStringLiteral("Bench");
    entry.providerSlug = QStringLiteral("slack");
    entry.reason = QStringLiteral("SUP-1");
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        entry.userId = QStringLiteral("user_%1").arg(i);
        QString error;
        const std::optional<qint64> id = log.begin(entry, &error);
        Bench::check(id.has_value(), QStringLiteral("begin: ") + error);
        Bench::check(log.complete(*id, {AuditOutcome::Succeeded, 204, QStringLiteral("req_%1").arg(i), QString()}, &error),
                     QStringLiteral("complete: ") + error);
    }
    return timer.nsecsElapsed() / 1e9;
}

// `rows` more history rows on the server in one statement (generate_series),
// as varied as the SQLite scale benchmark's.
void fillHistory(PgCluster &pg, int rows)
{
    QString error;
    const QString sql = QStringLiteral(
        "INSERT INTO actions (id, started_at, completed_at, os_user, operator_name, host, process_id, session, environment, "
        "user_id, user_email, provider, organization_id, action, outcome, http_status, request_id, batch_id, reason, detail) "
        "SELECT 1000000 + g, to_char(timestamp '2024-01-01 08:00' + g * interval '37 seconds', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "to_char(timestamp '2024-01-01 08:00' + g * interval '37 seconds', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "'support' || (g % 12), 'Support ' || (g % 12), 'desk-' || (g % 5), 1000 + g % 50, 'session-' || (g / 500), "
        "CASE WHEN g % 7 = 0 THEN 'Staging' ELSE 'Production' END, 'user_01HSCALE' || lpad(((g * 7919) % %1)::text, 16, '0'), "
        "'user' || ((g * 7919) % %1) || '@org' || ((g * 7919) % %1 % 100) || '.example.com', "
        "(ARRAY['github','slack','notion','google-drive','salesforce'])[1 + g % 5], "
        "'org_01HSCALE' || lpad(((g * 7919) % %1 % 100)::text, 16, '0'), "
        "CASE WHEN g % 4 = 0 THEN 'connect_link' ELSE 'disconnect' END, "
        "(ARRAY['succeeded','already_absent','failed','succeeded'])[1 + g % 4], CASE WHEN g % 4 = 2 THEN 500 ELSE 204 END, "
        "'req_' || lpad(g::text, 20, '0'), 'batch_' || (g / 2000), 'TICKET-' || (g / 10), "
        "CASE WHEN g % 4 = 2 THEN 'Internal server error' ELSE '' END FROM generate_series(1, %1) AS g")
                            .arg(rows);
    Bench::check(pg.sql({sql, QStringLiteral("ANALYZE actions")}, &error), QStringLiteral("filling the history: ") + error);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // the history rows paint a table (offscreen)
    const bool smoke = Bench::smokeMode(argc, argv);
    const int records = smoke ? 20 : 1000;
    const int repeats = smoke ? 1 : Bench::runs(3);

    PgCluster::Options options;
    options.durable = true; // the figure a real server gives
    PgCluster pg(options);
    QString error;
    Bench::check(pg.start(&error), error);
    qputenv("PGPASSFILE", QFile::encodeName(pg.pgpassPath()));
    QTemporaryDir dir;

    QList<double> pgRates;
    QList<double> sqliteRates;
    for (int run = 0; run < repeats; ++run) {
        {
            AuditLog shared(pg.url());
            Bench::check(shared.open(&error), error);
            pgRates << records / writeRecords(shared, records);
            Bench::check(shared.count({}) == records * (run + 1), QStringLiteral("PostgreSQL lost records"));
        }
        {
            AuditLog local(dir.filePath(QStringLiteral("bench.sqlite3")));
            Bench::check(local.open(&error), error);
            sqliteRates << records / writeRecords(local, records);
            Bench::check(local.count({}) == records * (run + 1), QStringLiteral("SQLite lost records"));
        }
    }
    const Bench::Stats pgStats = Bench::stats(pgRates);
    const Bench::Stats sqliteStats = Bench::stats(sqliteRates);
    const QString bench = QStringLiteral("7 Audit writes, %1 records").arg(records);
    Bench::row(bench, QStringLiteral("PostgreSQL (QPSQL, loopback, fsync on): records/s"), Bench::num(pgStats.median, 0),
               Bench::spread(pgStats, 0), QStringLiteral("SQLite %1 records/s").arg(Bench::num(sqliteStats.median, 0)));
    Bench::row(bench, QStringLiteral("SQLite (WAL, synchronous=FULL): records/s"), Bench::num(sqliteStats.median, 0),
               Bench::spread(sqliteStats, 0));
    Bench::check(pgStats.median > 0 && sqliteStats.median > 0, QStringLiteral("no figures"));

    // --- 100k history rows on PostgreSQL: the first page shown ---
    const int historyRows = smoke ? 2000 : 100000;
    fillHistory(pg, historyRows);
    AuditLog shared(pg.url());
    Bench::check(shared.open(&error), error);
    const int total = shared.count({});
    Bench::check(total >= historyRows, QStringLiteral("%1 history rows on the server").arg(total));
    QTableView table;
    table.resize(1200, 800);
    table.show();
    (void)QTest::qWaitForWindowExposed(&table);
    PaintCounter counter;
    table.viewport()->installEventFilter(&counter);
    QList<double> shown, fetched;
    for (int run = 0; run < (smoke ? 2 : Bench::runs(15)); ++run) {
        const int before = counter.paints;
        const double t0 = Bench::nowMs();
        AuditTableModel model(&shared);
        const double t1 = Bench::nowMs();
        HistoryTableProxy proxy(&table);
        proxy.setSourceModel(&model);
        table.setModel(&proxy);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const double t2 = Bench::nowMs();
        Bench::check(counter.paints > before && model.rowCount() == 256 && model.canFetchMore(QModelIndex()),
                     QStringLiteral("history: %1 rows shown, %2 paints").arg(model.rowCount()).arg(counter.paints - before));
        fetched << t1 - t0;
        shown << t2 - t0;
        table.setModel(nullptr);
    }
    const Bench::Stats sShown = Bench::stats(shown);
    Bench::row(QStringLiteral("4 Scale, %1 history rows on PostgreSQL").arg(total),
               QStringLiteral("open the history → first page (256 rows, lazy) painted"), Bench::num(sShown.median, 1) + QStringLiteral(" ms"),
               Bench::spread(sShown, 1),
               QStringLiteral("of which the first page's query %1 ms").arg(Bench::num(Bench::stats(fetched).median, 1)),
               QStringLiteral("< 50 ms: %1").arg(sShown.median < 50 ? QStringLiteral("met") : QStringLiteral("missed")));
    return 0;
}
