// Audit writes: 1,000 records (intent + completion, as every audited action
// writes them) on PostgreSQL (a throw-away cluster on loopback, fsync on) and
// on SQLite (WAL, synchronous=FULL), in the same run, as records per second.

#include "audit/AuditLog.h"
#include "BenchSupport.h"
#include "PgCluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>

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
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return 0;
}
