// Benchmark 4: scale. A 100,000-user list (UserListModel) and a 100,000-row
// audit history (AuditLog + AuditTableModel): model load, sort and filter
// times (through a QSortFilterProxyModel, as a view would use them) and peak
// memory, against a QStandardItemModel holding the same data. Ours go
// through the proxies the views use (UserListProxy, AuditFilterProxy: the
// source model sorts on typed keys, the proxy keeps its order and filters).
//
// Then the events timeline of a diagnosis built from 10 pages of events.
//
// Each case runs in a child process of its own (bench_scale --case NAME) so
// its peak RSS is its own; the parent repeats them and prints the rows.

#include "BenchSupport.h"

#include "audit/AuditFilterProxy.h"
#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "models/UserListModel.h"
#include "models/UserListProxy.h"
#include "core/WorkOsClient.h"
#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "session/Diagnosis.h"
#include "session/PipesEventsReader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <functional>

namespace {

QList<User> makeUsers(int count)
{
    QList<User> users;
    users.reserve(count);
    const QDateTime created = QDateTime(QDate(2023, 3, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        User u;
        // Not in id order by email, so sorting has work to do.
        const int k = int((quint64(i) * 7919u) % quint64(count));
        u.id = QStringLiteral("user_01HSCALE%1").arg(i, 16, 10, QLatin1Char('0'));
        u.email = QStringLiteral("user%1@org%2.example.com").arg(k).arg(k % 100);
        u.firstName = QStringLiteral("First%1").arg(k % 997);
        u.lastName = QStringLiteral("Last%1").arg(k % 1009);
        u.emailVerified = true;
        u.createdAt = created.addSecs(i);
        u.updatedAt = u.createdAt;
        users << u;
    }
    return users;
}

// The same text and roles UserListModel shows.
void fillStandard(QStandardItemModel *model, const QList<User> &users)
{
    model->setColumnCount(1);
    QList<QStandardItem *> items;
    items.reserve(users.size());
    for (const User &u : users) {
        auto *item = new QStandardItem(QStringLiteral("%1\n%2 · %3").arg(u.email, u.fullName(), u.id));
        item->setData(u.id, UserListModel::IdRole);
        item->setData(u.email, UserListModel::EmailRole);
        item->setData(u.fullName(), UserListModel::NameRole);
        item->setEditable(false);
        items << item;
    }
    model->insertColumn(0, items);
}

void makeAuditDb(const QString &path, int rows)
{
    {
        AuditLog log(path);
        if (!log.open())
            Bench::fail(QStringLiteral("cannot create the audit log"));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-fill"));
        db.setDatabaseName(path);
        db.open();
        db.transaction();
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO actions (id, started_at, completed_at, os_user, host, process_id, session, environment, user_id, "
            "user_email, provider, organization_id, action, outcome, http_status, request_id, batch_id, reason, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        static const QStringList providers{QStringLiteral("github"), QStringLiteral("slack"), QStringLiteral("notion"),
                                           QStringLiteral("google-drive"), QStringLiteral("salesforce")};
        static const QStringList outcomes{QStringLiteral("succeeded"), QStringLiteral("already_absent"),
                                          QStringLiteral("failed"), QStringLiteral("succeeded")};
        const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < rows; ++i) {
            const int k = int((quint64(i) * 7919u) % quint64(rows));
            const QString t = start.addSecs(i * 37).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
            q.addBindValue(i + 1);
            q.addBindValue(t);
            q.addBindValue(t);
            q.addBindValue(QStringLiteral("support%1").arg(i % 12));
            q.addBindValue(QStringLiteral("desk-%1").arg(i % 5));
            q.addBindValue(1000 + i % 50);
            q.addBindValue(QStringLiteral("session-%1").arg(i / 500));
            q.addBindValue(i % 7 == 0 ? QStringLiteral("Staging") : QStringLiteral("Production"));
            q.addBindValue(QStringLiteral("user_01HSCALE%1").arg(k, 16, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("user%1@org%2.example.com").arg(k).arg(k % 100));
            q.addBindValue(providers.at(i % providers.size()));
            q.addBindValue(QStringLiteral("org_01HSCALE%1").arg(k % 100, 16, 10, QLatin1Char('0')));
            q.addBindValue(i % 4 == 0 ? QStringLiteral("connect_link") : QStringLiteral("disconnect"));
            q.addBindValue(outcomes.at(i % outcomes.size()));
            q.addBindValue(i % 4 == 2 ? 500 : 204);
            q.addBindValue(QStringLiteral("req_%1").arg(i, 20, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("batch_%1").arg(i / 2000));
            q.addBindValue(QStringLiteral("TICKET-%1").arg(i / 10));
            q.addBindValue(i % 4 == 2 ? QStringLiteral("Internal server error") : QString());
            if (!q.exec())
                Bench::fail(QStringLiteral("insert failed"));
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-fill"));
}

QJsonObject runCase(const QString &name, int rows, const QString &dbPath)
{
    QJsonObject out;
    Bench::trimHeap();
    const qint64 rssBefore = Bench::rssKb();
    double t0 = 0;
    // filter: how the proxy is given the needle (our typed setText(), or a
    // fixed string on a role for the plain proxy).
    using Filter = std::function<void(const QString &)>;
    auto sortAndFilter = [&](QSortFilterProxyModel &proxy, QAbstractItemModel *source, int sortColumn, int sortRole,
                             int filterColumn, int filterRole, const QString &needle, const Filter &filter) {
        proxy.setSourceModel(source);
        proxy.setSortRole(sortRole);
        proxy.setFilterRole(filterRole);
        proxy.setFilterKeyColumn(filterColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        t0 = Bench::nowMs();
        double c0 = Bench::threadCpuMs();
        proxy.sort(sortColumn, Qt::AscendingOrder);
        (void)proxy.index(0, 0);
        out[QStringLiteral("sortMs")] = Bench::nowMs() - t0;
        out[QStringLiteral("sortCpuMs")] = Bench::threadCpuMs() - c0;
        t0 = Bench::nowMs();
        c0 = Bench::threadCpuMs();
        filter(needle);
        out[QStringLiteral("filterMs")] = Bench::nowMs() - t0;
        out[QStringLiteral("filterCpuMs")] = Bench::threadCpuMs() - c0;
        out[QStringLiteral("filtered")] = proxy.rowCount();
        t0 = Bench::nowMs();
        filter(QString());
        out[QStringLiteral("unfilterMs")] = Bench::nowMs() - t0;
        out[QStringLiteral("rowsAfter")] = proxy.rowCount();
    };

    if (name.startsWith(QStringLiteral("users"))) {
        QList<User> users = makeUsers(rows);
        const QString needle = QStringLiteral("user12"); // about 1.1% of the rows
        if (name == QStringLiteral("users-ours")) {
            UserListModel model;
            t0 = Bench::nowMs();
            model.setUsers(users);
            out[QStringLiteral("loadMs")] = Bench::nowMs() - t0;
            users.clear(); // the model holds the only copy now
            UserListProxy proxy;
            sortAndFilter(proxy, &model, 0, UserListModel::EmailRole, 0, UserListModel::EmailRole, needle,
                          [&proxy](const QString &text) { proxy.setText(text); });
            out[QStringLiteral("rows")] = model.rowCount();
            Bench::trimHeap();
            out[QStringLiteral("retainedKb")] = Bench::rssKb() - rssBefore;
        } else {
            QStandardItemModel model;
            t0 = Bench::nowMs();
            fillStandard(&model, users);
            out[QStringLiteral("loadMs")] = Bench::nowMs() - t0;
            users.clear();
            QSortFilterProxyModel proxy;
            sortAndFilter(proxy, &model, 0, UserListModel::EmailRole, 0, UserListModel::EmailRole, needle,
                          [&proxy](const QString &text) { proxy.setFilterFixedString(text); });
            out[QStringLiteral("rows")] = model.rowCount();
            Bench::trimHeap();
            out[QStringLiteral("retainedKb")] = Bench::rssKb() - rssBefore;
        }
    } else {
        AuditLog log(dbPath);
        if (!log.open())
            Bench::fail(QStringLiteral("cannot open the audit log"));
        const QString needle = QStringLiteral("user12");
        if (name == QStringLiteral("audit-ours")) {
            {
                // The history window's own filter (SQL) on a model showing its
                // first page, as the window normally is.
                AuditTableModel fresh(&log);
                AuditFilter f;
                f.userId = needle;
                t0 = Bench::nowMs();
                fresh.setFilter(f);
                out[QStringLiteral("sqlFilterMs")] = Bench::nowMs() - t0;
                out[QStringLiteral("sqlFiltered")] = fresh.rowCount();
            }
            t0 = Bench::nowMs();
            AuditTableModel model(&log);
            out[QStringLiteral("firstPageMs")] = Bench::nowMs() - t0;
            t0 = Bench::nowMs();
            while (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            out[QStringLiteral("loadMs")] = Bench::nowMs() - t0 + out.value(QStringLiteral("firstPageMs")).toDouble();
            out[QStringLiteral("rows")] = model.rowCount();
            AuditFilterProxy proxy;
            sortAndFilter(proxy, &model, AuditTableModel::EmailColumn, AuditTableModel::RawValueRole,
                          AuditTableModel::EmailColumn, Qt::DisplayRole, needle,
                          [&proxy](const QString &text) { proxy.setText(text); });
            Bench::trimHeap();
            out[QStringLiteral("retainedKb")] = Bench::rssKb() - rssBefore;
        } else {
            QStandardItemModel model;
            t0 = Bench::nowMs();
            {
                const QList<AuditRecord> records = log.query(AuditFilter());
                model.setColumnCount(AuditTableModel::ColumnCount);
                model.setRowCount(int(records.size()));
                // The same texts, from a model of ours used only to format them.
                AuditTableModel formatter(nullptr);
                for (int r = 0; r < records.size(); ++r) {
                    const AuditRecord &rec = records.at(r);
                    const QString texts[] = {
                        rec.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        AuditNames::actionText(rec.entry.action), AuditNames::outcomeText(rec.completion.outcome),
                        rec.entry.userId, rec.entry.userEmail, rec.entry.providerSlug, rec.entry.organizationId,
                        rec.entry.environment,
                        rec.completion.httpStatus > 0 ? QString::number(rec.completion.httpStatus) : QString(),
                        rec.completion.requestId, rec.entry.batchId, rec.entry.reason, rec.completion.detail,
                        rec.osUser, rec.host};
                    for (int c = 0; c < AuditTableModel::ColumnCount; ++c) {
                        auto *item = new QStandardItem(texts[c]);
                        item->setEditable(false);
                        model.setItem(r, c, item);
                    }
                }
            }
            out[QStringLiteral("loadMs")] = Bench::nowMs() - t0;
            out[QStringLiteral("rows")] = model.rowCount();
            QSortFilterProxyModel proxy;
            sortAndFilter(proxy, &model, AuditTableModel::EmailColumn, Qt::DisplayRole, AuditTableModel::EmailColumn,
                          Qt::DisplayRole, needle, [&proxy](const QString &text) { proxy.setFilterFixedString(text); });
            Bench::trimHeap();
            out[QStringLiteral("retainedKb")] = Bench::rssKb() - rssBefore;
        }
    }
    out[QStringLiteral("peakKb")] = Bench::peakRssKb() - rssBefore;
    return out;
}

struct Collected final
{
    QHash<QString, QList<double>> values;
    void add(const QJsonObject &o)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            values[it.key()] << it.value().toDouble();
    }
    Bench::Stats operator[](const QString &key) const { return Bench::stats(values.value(key)); }
};

QString ms(const Bench::Stats &s)
{
    return Bench::num(s.median, 1) + QStringLiteral(" ms");
}

QString mb(const Bench::Stats &s)
{
    return Bench::num(s.median / 1024.0, 1) + QStringLiteral(" MB");
}

// The events timeline of a diagnosis from 10 pages (100 events each) of
// GET /events, read by PipesEventsReader from an in-process sandbox: the time
// from the last page's arrival (the reader's answer) to the diagnosis built
// (DiagnosisBuilder::build: both timelines, findings) and every timeline line
// written as the dialog shows it.
void eventsTimeline(bool smoke)
{
    SandboxOptions options;
    options.seed = QStringLiteral("demo");
    SandboxServer server(options);
    SandboxStore &store = server.store();
    const QString alice = SandboxSeed::AliceUserId;
    QList<SandboxAccount> accounts;
    for (const SandboxAccount &a : store.allAccounts()) {
        if (a.userId == alice)
            accounts << a;
    }
    Bench::check(!accounts.isEmpty(), QStringLiteral("Alice has no connections in the demo seed"));
    const int wanted = smoke ? 200 : 1000;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-29);
    static const QStringList actions{QStringLiteral("connected"), QStringLiteral("reauthorization_needed"),
                                     QStringLiteral("disconnected")};
    for (int i = 0; int(store.events().size()) < wanted; ++i) {
        const QDateTime at = start.addSecs(qint64(i) * 29 * 86400 / wanted);
        if (i % 7 == 6) {
            SandboxEvents::Failure f;
            f.slug = accounts.at(i % accounts.size()).providerSlug;
            f.userId = alice;
            f.providerError = QStringLiteral("invalid_grant");
            f.providerErrorDescription = QStringLiteral("The refresh token was revoked (%1)").arg(i);
            f.legacyFamily = false;
            SandboxEvents::recordFailure(store, f, at);
        } else {
            SandboxEvents::recordAccount(store, accounts.at(i % accounts.size()), actions.at(i % actions.size()), at);
        }
    }
    server.listen();
    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = server.baseUrl();
    config.apiKey = server.apiKey();
    WorkOsClient client(&nam, config);

    const SandboxAccount &subjectAccount = accounts.constFirst();
    DiagnosisSubject subject;
    subject.environmentName = QStringLiteral("Bench");
    subject.ownerId = alice;
    subject.ownerLabel = QStringLiteral("alice@acme.com");
    subject.providerSlug = subjectAccount.providerSlug;
    subject.connectionId = subjectAccount.id;

    const int repeats = smoke ? 2 : Bench::runs(20);
    QList<double> built, readMs;
    int pages = 0, entries = 0;
    for (int r = 0; r < repeats; ++r) {
        PipesEventsReader reader(&client, QStringLiteral("Bench"));
        reader.setBudget(BudgetLimits::unlimited());
        QEventLoop loop;
        const double t0 = Bench::nowMs();
        reader.read(EventsQuery{}, &loop, [&](const Expected<EventsResult, ApiError> &result) {
            const double arrived = Bench::nowMs();
            if (!result) {
                Bench::fail(QStringLiteral("events read failed: %1").arg(result.error().text()));
            }
            const Diagnosis d = DiagnosisBuilder::build(subject, result.value(), std::nullopt, {});
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QStringList lines;
            for (const TimelineEntry &e : d.connectionTimeline)
                lines << DiagnosisBuilder::timelineLine(e, now);
            for (const TimelineEntry &e : d.ownerTimeline)
                lines << DiagnosisBuilder::timelineLine(e, now);
            const double done = Bench::nowMs();
            built << done - arrived;
            readMs << arrived - t0;
            pages = result.value().pages;
            entries = int(lines.size());
            loop.quit();
        });
        loop.exec();
    }
    Bench::check(pages == (smoke ? 2 : 10) && entries > 0, QStringLiteral("timeline: %1 pages, %2 lines").arg(pages).arg(entries));
    const Bench::Stats s = Bench::stats(built);
    const Bench::Stats sr = Bench::stats(readMs);
    Bench::row(QStringLiteral("4 Scale, events timeline"),
               QStringLiteral("last of %1 pages arrived → diagnosis built (%2 timeline lines)").arg(pages).arg(entries),
               Bench::num(s.median, 2) + QStringLiteral(" ms"), Bench::spread(s, 2),
               QStringLiteral("reading the %1 pages: %2 ms").arg(pages).arg(Bench::num(sr.median, 1)),
               QStringLiteral("< 50 ms: %1").arg(s.median < 50 ? QStringLiteral("met") : QStringLiteral("missed")));
}

} // namespace

int main(int argc, char *argv[])
{
    const bool smoke = Bench::smokeMode(argc, argv);
    QCoreApplication app(argc, argv); // models and proxies need no display
    const int rows = smoke ? 2000 : 100000;
    const QString child = Bench::argument(argc, argv, "--case");
    if (!child.isEmpty()) {
        const QJsonObject o = runCase(child, rows, Bench::argument(argc, argv, "--db"));
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        return 0;
    }

    const QString makeDb = Bench::argument(argc, argv, "--make-db"); // for profiling one case by hand
    if (!makeDb.isEmpty()) {
        makeAuditDb(makeDb, rows);
        return 0;
    }

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("audit.sqlite3"));
    makeAuditDb(dbPath, rows);

    const int repeats = smoke ? 1 : Bench::runs(5);
    const QStringList cases{QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("audit-ours"),
                            QStringLiteral("audit-std")};
    QHash<QString, Collected> results;
    for (int r = 0; r < repeats; ++r) {
        for (const QString &c : cases) {
            QProcess p;
            QStringList args{QStringLiteral("--case"), c, QStringLiteral("--db"), dbPath};
            if (smoke)
                args << QStringLiteral("--smoke");
            p.start(QCoreApplication::applicationFilePath(), args);
            if (!p.waitForFinished(600000) || p.exitCode() != 0)
                Bench::fail(QStringLiteral("case %1 failed: %2").arg(c, QString::fromUtf8(p.readAllStandardError())));
            const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
            Bench::check(o.value(QStringLiteral("rows")).toInt() == rows && o.value(QStringLiteral("rowsAfter")).toInt() == rows
                             && o.value(QStringLiteral("filtered")).toInt() > 0,
                         QStringLiteral("case %1: wrong row counts").arg(c));
            results[c].add(o);
        }
    }

    const QString n = smoke ? QStringLiteral("2k") : QStringLiteral("100k");
    const QString users = QStringLiteral("4 Scale, %1-user list").arg(n);
    const QString audit = QStringLiteral("4 Scale, %1-row audit").arg(n);
    auto report = [&](const QString &bench, const QString &ours, const QString &std, const QString &key,
                    const QString &measure, const QString &target, bool memory) {
        const Bench::Stats o = results[ours][key];
        const Bench::Stats s = results[std][key];
        const QString median = memory ? mb(o) : ms(o);
        const QString spreadText = memory ? Bench::spread(Bench::Stats{o.median / 1024, o.min / 1024, o.max / 1024, 0, 0, o.n}, 1)
                                          : Bench::spread(o, 1);
        QString versus = QStringLiteral("×%1 QStandardItemModel (%2)")
                             .arg(Bench::num(o.median / qMax(s.median, 0.001)), memory ? mb(s) : ms(s));
        const QString cpuKey = key.left(key.size() - 2) + QStringLiteral("CpuMs"); // sortMs -> sortCpuMs
        if (results[ours].values.contains(cpuKey))
            versus += QStringLiteral("; thread CPU %1 ms").arg(Bench::num(results[ours][cpuKey].median, 1));
        QString targetText;
        if (!target.isEmpty())
            targetText = QStringLiteral("%1: %2").arg(target, o.median < 100 ? QStringLiteral("met") : QStringLiteral("missed"));
        Bench::row(bench, measure, median, spreadText, versus, targetText);
    };
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("loadMs"),
         QStringLiteral("UserListModel::setUsers (decoded list in)"), QString(), false);
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("sortMs"),
         QStringLiteral("sort by email (proxy)"), QStringLiteral("< 100 ms"), false);
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("filterMs"),
         QStringLiteral("filter \"user12\" (proxy, sorted)"), QStringLiteral("< 100 ms"), false);
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("unfilterMs"),
         QStringLiteral("clear the filter (proxy, sorted)"), QStringLiteral("< 100 ms"), false);
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("peakKb"),
         QStringLiteral("peak RSS delta (data + model + proxy)"), QString(), true);
    report(users, QStringLiteral("users-ours"), QStringLiteral("users-std"), QStringLiteral("retainedKb"),
         QStringLiteral("retained RSS delta"), QString(), true);
    {
        const Bench::Stats first = results[QStringLiteral("audit-ours")][QStringLiteral("firstPageMs")];
        Bench::row(audit, QStringLiteral("AuditTableModel first page (256 rows, lazy)"), ms(first), Bench::spread(first, 1));
    }
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("loadMs"),
         QStringLiteral("load all rows from SQLite"), QString(), false);
    {
        const Bench::Stats sql = results[QStringLiteral("audit-ours")][QStringLiteral("sqlFilterMs")];
        Bench::row(audit, QStringLiteral("AuditFilter \"user12\" (SQL, first page)"), ms(sql), Bench::spread(sql, 1),
                   QString(), QStringLiteral("< 100 ms: %1").arg(sql.median < 100 ? QStringLiteral("met") : QStringLiteral("missed")));
    }
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("sortMs"),
         QStringLiteral("sort by email (proxy, all rows loaded)"), QStringLiteral("< 100 ms"), false);
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("filterMs"),
         QStringLiteral("filter \"user12\" (proxy, sorted)"), QStringLiteral("< 100 ms"), false);
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("unfilterMs"),
         QStringLiteral("clear the filter (proxy, sorted)"), QStringLiteral("< 100 ms"), false);
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("peakKb"),
         QStringLiteral("peak RSS delta (all rows + proxy)"), QString(), true);
    report(audit, QStringLiteral("audit-ours"), QStringLiteral("audit-std"), QStringLiteral("retainedKb"),
         QStringLiteral("retained RSS delta"), QString(), true);
    eventsTimeline(smoke);
    return 0;
}
