// Benchmark 2: batch throughput. BatchEngine CheckStatus (one
// GET /user_management/users/{id}/data_providers?supports_multiple_connections=true
// per user, what `pipes-admin-cli batch check` and the GUI's batch window run)
// over 2,000 user ids (500 at concurrency 1, which would otherwise take 50 s a
// run) with 25 ms of added server latency, at concurrency 1, 4, 8 and 16,
// against the theoretical limit (concurrency / latency) and the official Node
// SDK doing the same requests at the same concurrency (sdk-batch.mjs).
// The sandbox runs as a separate process (pipes-sandbox): in-process it would
// share this event loop and become the bottleneck at 16.
//
// Benchmark 3: rate-budget adherence. 5,000 reads (CheckStatus) at the
// default budget (WorkOS's published limits) against pipes-sandbox
// --enforce-rate-limits: achieved rate against the budget, and the 429s.
//
//   bench_batch [--smoke] [--only throughput|rate]

#include "BenchSupport.h"

#include "batch/BatchEngine.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"
#include "core/WorkOsClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryFile>
#include <QTimer>

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

#ifndef PIPES_BENCH_SOURCE_DIR
#define PIPES_BENCH_SOURCE_DIR "."
#endif

namespace {

QStringList userIds(int count)
{
    SandboxStore store;
    SandboxSeed::populate(store, QStringLiteral("large:%1").arg(count));
    QStringList ids;
    for (const SandboxUser &u : store.users())
        ids << u.id;
    return ids.mid(0, count);
}

struct RunResult final
{
    double elapsedMs = 0;
    int ok = 0;
    int problems = 0;
    int requestsSent = 0;
    int rateLimited = 0;
};

RunResult runEngine(WorkOsClient *client, const QStringList &ids, const BatchSettings &settings)
{
    QList<BatchItem> items;
    items.reserve(ids.size());
    for (const QString &id : ids)
        items << batchItemForUser(id);
    BatchEngine engine(client, settings);
    QEventLoop loop;
    QObject::connect(&engine, &BatchEngine::finished, &loop, &QEventLoop::quit);
    BatchJob job;
    job.operation = BatchJob::Operation::CheckStatus;
    const double t0 = Bench::nowMs();
    if (!engine.start(job, items))
        Bench::fail(QStringLiteral("engine refused to start"));
    if (engine.state() != BatchEngine::State::Finished)
        loop.exec();
    RunResult r;
    r.elapsedMs = Bench::nowMs() - t0;
    for (const BatchItem &item : engine.items()) {
        if (item.outcome == BatchOutcome::Checked)
            ++r.ok;
        else
            ++r.problems;
    }
    const BatchProgress progress = engine.progress();
    r.requestsSent = progress.requestsSent;
    r.rateLimited = progress.rateLimited;
    return r;
}

// The floor under the engine: the same GETs kept `concurrency` in flight on
// bare QNetworkAccessManagers (requests spread over `managers` of them).
// Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager.
double runRawQnam(const QUrl &base, const QString &key, const QStringList &ids, int concurrency, int managers)
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int i = 0; i < managers; ++i)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    const QByteArray auth = "Bearer " + key.toUtf8();
    int next = 0;
    int done = 0;
    int failed = 0;
    QEventLoop loop;
    std::function<void(int)> issue = [&](int lane) {
        if (next >= ids.size())
            return;
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/user_management/users/") + ids.at(next++)
                                     + QStringLiteral("/data_providers?supports_multiple_connections=true")));
        request.setRawHeader("Authorization", auth);
        QNetworkReply *reply = nams.at(size_t(lane % managers))->get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, lane] {
            if (reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty())
                ++failed;
            reply->deleteLater();
            if (++done == ids.size())
                loop.quit();
            else
                issue(lane);
        });
    };
    const double t0 = Bench::nowMs();
    for (int lane = 0; lane < concurrency; ++lane)
        issue(lane);
    loop.exec();
    const double elapsed = Bench::nowMs() - t0;
    if (failed > 0)
        Bench::fail(QStringLiteral("raw QNAM: %1 failed").arg(failed));
    return ids.size() / (elapsed / 1000.0);
}

struct NodePeer final
{
    QString node;
    QString script;
    bool available() const { return !node.isEmpty(); }
};

NodePeer findNode()
{
    NodePeer peer;
    const QDir dir(QStringLiteral(PIPES_BENCH_SOURCE_DIR));
    if (!QFileInfo::exists(dir.filePath(QStringLiteral("node_modules/@workos-inc/node/package.json")))) {
        Bench::note(QStringLiteral("tests/bench/node_modules missing (npm ci in tests/bench): Node SDK rows skipped"));
        return peer;
    }
    peer.node = QStandardPaths::findExecutable(QStringLiteral("node"));
    peer.script = dir.filePath(QStringLiteral("sdk-batch.mjs"));
    if (peer.node.isEmpty())
        Bench::note(QStringLiteral("node not found: Node SDK rows skipped"));
    return peer;
}

// ops/s of the Node SDK, or -1.
double runNode(const NodePeer &peer, const QUrl &base, const QString &key, const QString &idsFile, int concurrency)
{
    QProcess p;
    p.start(peer.node, {peer.script, QStringLiteral("--base"), base.toString(), QStringLiteral("--key"), key,
                        QStringLiteral("--ids"), idsFile, QStringLiteral("--concurrency"), QString::number(concurrency)});
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        Bench::note(QStringLiteral("node SDK run failed: %1 %2")
                        .arg(QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())));
        return -1;
    }
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
    return o.value(QStringLiteral("opsPerSecond")).toDouble(-1);
}

int throughput(bool smoke)
{
    const int latencyMs = smoke ? 5 : 25;
    const int count = qEnvironmentVariableIntValue("PIPES_BENCH_ITEMS") > 0 ? qEnvironmentVariableIntValue("PIPES_BENCH_ITEMS")
                                                                           : (smoke ? 40 : 2000);
    QList<int> levels = smoke ? QList<int>{4} : QList<int>{1, 4, 8, 16};
    // PIPES_BENCH_LEVELS=16 (or 8,16): only those concurrencies, for an A/B of one row.
    if (const QString only = qEnvironmentVariable("PIPES_BENCH_LEVELS"); !only.isEmpty()) {
        levels.clear();
        for (const QString &level : only.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (level.toInt() > 0)
                levels << level.toInt();
    }
    const int repeats = smoke ? 1 : Bench::runs(3);

    Bench::SandboxProcess sandbox;
    if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("large:%1").arg(count), QStringLiteral("--latency"),
                        QString::number(latencyMs)}))
        Bench::fail(QStringLiteral("pipes-sandbox did not start"));
    const QString key = QStringLiteral("sk_test_sandbox");
    const QStringList ids = userIds(count);
    Bench::check(ids.size() == count, QStringLiteral("seed has %1 users").arg(ids.size()));

    QNetworkAccessManager nam;
    ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = key;
    WorkOsClient client(&nam, config);
    const NodePeer node = findNode();

    BatchSettings settings;
    settings.budget = BudgetLimits::unlimited(); // throughput, not the budget (benchmark 3 covers that)
    // Warm-up: materializes the generated users' accounts on the server, opens connections.
    settings.concurrency = 16;
    runEngine(&client, ids, settings);

    const QString bench = QStringLiteral("2 Batch check, %1 users (500 at concurrency 1), +%2 ms").arg(count).arg(latencyMs);
    for (int c : levels) {
        settings.concurrency = c;
        // Concurrency 1 runs a quarter of the ids: the same 12.5 s as concurrency 4.
        const int levelCount = c == 1 && !smoke ? qMin(count, 500) : count;
        const QStringList levelIds = ids.mid(0, levelCount);
        QTemporaryFile levelFile;
        levelFile.open();
        levelFile.write(levelIds.join(QLatin1Char('\n')).toUtf8());
        levelFile.flush();
        QList<double> ours, theirs, raw, rawLanes, sandboxCpu;
        const int lanes = (c + 5) / 6;
        for (int r = 0; r < repeats; ++r) {
            raw << runRawQnam(sandbox.baseUrl(), key, levelIds, c, 1);
            if (lanes > 1)
                rawLanes << runRawQnam(sandbox.baseUrl(), key, levelIds, c, lanes);
            const double cpu0 = sandbox.cpuSeconds();
            const RunResult result = runEngine(&client, levelIds, settings);
            sandboxCpu << 100.0 * (sandbox.cpuSeconds() - cpu0) / (result.elapsedMs / 1000.0);
            Bench::check(result.ok == levelCount, QStringLiteral("%1 of %2 checked").arg(result.ok).arg(levelCount));
            ours << levelCount / (result.elapsedMs / 1000.0);
            if (node.available()) {
                const double ops = runNode(node, sandbox.baseUrl(), key, levelFile.fileName(), c);
                if (ops > 0)
                    theirs << ops;
            }
        }
        const double theoretical = c * 1000.0 / latencyMs;
        const Bench::Stats s = Bench::stats(ours);
        QString versus = QStringLiteral("%1% of theoretical %2/s").arg(Bench::num(100.0 * s.median / theoretical, 1),
                                                                          Bench::num(theoretical, 0));
        const bool theoryMet = s.median >= 0.9 * theoretical;
        bool nodeMet = true;
        if (!theirs.isEmpty()) {
            const Bench::Stats n = Bench::stats(theirs);
            nodeMet = s.median >= n.median * 0.97; // within noise
            versus += QStringLiteral("; ×%1 Node SDK").arg(Bench::num(s.median / n.median));
            Bench::row(bench, QStringLiteral("Node SDK 12.3.0 (pipes.listUserDataProviders, supportsMultipleConnections), concurrency %1").arg(c),
                       Bench::num(n.median, 1) + QStringLiteral(" ops/s"), Bench::spread(n, 1),
                       QStringLiteral("%1% of theoretical").arg(Bench::num(100.0 * n.median / theoretical, 1)));
        }
        const Bench::Stats sr = Bench::stats(raw);
        Bench::row(bench, QStringLiteral("raw QNAM floor, one manager, concurrency %1").arg(c),
                   Bench::num(sr.median, 1) + QStringLiteral(" ops/s"), Bench::spread(sr, 1),
                   QStringLiteral("%1% of theoretical").arg(Bench::num(100.0 * sr.median / theoretical, 1)));
        if (!rawLanes.isEmpty()) {
            const Bench::Stats sl = Bench::stats(rawLanes);
            Bench::row(bench, QStringLiteral("raw QNAM, %1 managers, concurrency %2").arg(lanes).arg(c),
                       Bench::num(sl.median, 1) + QStringLiteral(" ops/s"), Bench::spread(sl, 1),
                       QStringLiteral("%1% of theoretical (no 6-connection cap)").arg(Bench::num(100.0 * sl.median / theoretical, 1)));
        }
        versus += QStringLiteral("; ×%1 raw QNAM; pipes-sandbox at %2% of one core")
                      .arg(Bench::num(s.median / sr.median), Bench::num(Bench::stats(sandboxCpu).median, 0));
        Bench::row(bench, QStringLiteral("Pipes Admin BatchEngine, concurrency %1").arg(c),
                   Bench::num(s.median, 1) + QStringLiteral(" ops/s"), Bench::spread(s, 1), versus,
                   QStringLiteral("≥ 90%: %1; ≥ Node: %2")
                       .arg(theoryMet ? QStringLiteral("met") : QStringLiteral("missed"),
                            theirs.isEmpty() ? QStringLiteral("n/a") : (nodeMet ? QStringLiteral("met") : QStringLiteral("missed"))));
        Bench::check(s.median > 0, QStringLiteral("no throughput"));
    }
    sandbox.stop();
    return 0;
}

int rateAdherence(bool smoke)
{
    const QString bench = QStringLiteral("3 Rate budget");
    RunResult result;
    int serverRequests = -1;
    int count = 0;
    double budgetPerSecond = 0;
    double bestMs = 0;
    if (smoke) {
        // Tiny limits on an in-process sandbox: 8 reads against 5 per 10 s.
        count = 8;
        SandboxOptions options;
        options.seed = QStringLiteral("large:%1").arg(count);
        options.enforceRateLimits = true;
        options.rateLimits.readsPer10Seconds = 5;
        SandboxServer server(options);
        server.listen();
        QNetworkAccessManager nam;
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.apiKey = server.apiKey();
        WorkOsClient client(&nam, config);
        BatchSettings settings;
        settings.concurrency = 4;
        settings.budget.readsPerWindow = 5;
        result = runEngine(&client, userIds(count), settings);
        serverRequests = server.requestCount();
        budgetPerSecond = 5 / 10.0;
        bestMs = 10000;
    } else {
        count = 5000;
        Bench::SandboxProcess sandbox;
        if (!sandbox.start({QStringLiteral("--seed"), QStringLiteral("large:%1").arg(count),
                            QStringLiteral("--enforce-rate-limits")}))
            Bench::fail(QStringLiteral("pipes-sandbox did not start"));
        QNetworkAccessManager nam;
        ClientConfig config;
        config.baseUrl = sandbox.baseUrl();
        config.apiKey = QStringLiteral("sk_test_sandbox");
        WorkOsClient client(&nam, config);
        const BatchSettings settings; // the defaults: concurrency 8, WorkOS's published limits
        result = runEngine(&client, userIds(count), settings);
        serverRequests = sandbox.stop();
        const BudgetLimits limits = BudgetLimits::workOsDefaults();
        budgetPerSecond = limits.readsPerWindow * 1000.0 / limits.windowMs;
        // The fastest schedule sliding windows allow: a full window at once, then one every window length.
        bestMs = std::ceil(double(count) / limits.readsPerWindow - 1) * limits.windowMs;
    }
    Bench::check(result.ok == count, QStringLiteral("%1 of %2 reads checked").arg(result.ok).arg(count));
    const int server429s = serverRequests >= 0 ? serverRequests - count : -1;
    const double rate = count / (result.elapsedMs / 1000.0);
    Bench::row(bench, QStringLiteral("%1 reads at the default budget (%2/s)").arg(count).arg(Bench::num(budgetPerSecond, 1)),
               Bench::num(rate, 1) + QStringLiteral(" reads/s in %1 s").arg(Bench::num(result.elapsedMs / 1000.0, 1)),
               QStringLiteral("single run"),
               QStringLiteral("%1% of the fastest schedule the limits allow (%2 s); mean rate %3% of budget")
                   .arg(Bench::num(100.0 * bestMs / result.elapsedMs, 1), Bench::num(bestMs / 1000.0, 0),
                        Bench::num(100.0 * rate / budgetPerSecond, 1)),
               QStringLiteral("≥ 95%: %1").arg(bestMs / result.elapsedMs >= 0.95 ? QStringLiteral("met") : QStringLiteral("missed")));
    Bench::row(bench, QStringLiteral("429 answers"), QString::number(qMax(server429s, result.rateLimited)),
               QStringLiteral("single run"),
               QStringLiteral("server saw %1 requests for %2 reads; engine saw %3 429s")
                   .arg(serverRequests).arg(count).arg(result.rateLimited),
               QStringLiteral("zero: %1").arg(server429s == 0 && result.rateLimited == 0 ? QStringLiteral("met") : QStringLiteral("missed")));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool smoke = Bench::smokeMode(argc, argv);
    QCoreApplication app(argc, argv);
    const QString only = Bench::argument(argc, argv, "--only");
    if (only.isEmpty() || only == QStringLiteral("throughput"))
        throughput(smoke);
    if (only.isEmpty() || only == QStringLiteral("rate"))
        rateAdherence(smoke);
    return 0;
}
