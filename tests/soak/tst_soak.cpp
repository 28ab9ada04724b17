// The fault soak: many operations through BatchEngine against the in-process
// sandbox, a planned fault on roughly three operations in ten (429, 5xx, proxy
// HTML pages, dropped connections, resets mid-body, transfer timeouts,
// malformed bodies; transient and permanent), reads (check status) and
// disconnects recorded in a real AuditLog. What it asserts is what a support
// person relies on:
//   - every operation ends with exactly one outcome, and the outcome is the
//     one the fault plan implies (a transient fault is ridden out, a
//     permanent one ends "failed" with its status);
//   - "disconnected" means the account is gone on the server; "failed" after
//     a permanent fault means it is still there;
//   - the audit trail has exactly one completed record per disconnect, with
//     the same outcome;
//   - no operation is sent more often than the retry policy allows (the
//     server may see one request more: Qt's own resend, see runBatch);
//   - no Qt warning is printed (the CLI shows them on stderr);
//   - memory does not grow with the number of operations.
// The figures are printed. PIPES_SOAK_OPS=100000 runs the long variant;
// PIPES_SOAK_SEED picks another fault plan.

#include "audit/AuditBatchRecorder.h"
#include "audit/AuditLog.h"
#include "batch/BatchEngine.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <array>
#include <map>

namespace {

#if defined(PIPES_SOAK_SANITIZED) || defined(__SANITIZE_ADDRESS__)
constexpr bool Sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool Sanitized = true;
#else
constexpr bool Sanitized = false;
#endif
#else
constexpr bool Sanitized = false;
#endif

// ASan+UBSan makes every request several times slower; the sanitizer build
// soaks fewer operations (it is there to find memory errors, not to measure).
constexpr int DefaultOps = Sanitized ? 2000 : 10000;
constexpr int OpsPerRun = 500;     // one BatchEngine run (one batch) per 500 operations
constexpr int OpsPerSample = 1000; // RSS sampled after every 1,000 operations
constexpr int UserPool = 1000;     // distinct users; a run never names a user twice
// Memory growth allowed between the sample after the first fifth of the
// operations and the last one. A leak of 2 KB per operation over 8,000
// operations (16 MB) fails it; allocator noise and SQLite's page cache do not.
constexpr qint64 RssGrowthLimitKb = 12 * 1024;

enum class Fault {
    None,
    RateLimited,     // 429, Retry-After: 0, once
    ServerError,     // 500/502/503/504 WorkOS-shaped JSON, once
    ProxyHtml,       // 502/503 text/html page of a proxy, once
    Dropped,         // connection closed without an answer, once
    ResetMidBody,    // headers and half the body, then a TCP reset, once
    Timeout,         // no answer within the transfer timeout, once
    Malformed,       // 200 with a body that is not JSON (reads only)
    PermanentError,  // 503 on every attempt the policy allows
    PermanentLimit,  // 429 (Retry-After: 0) on every attempt the policy allows
    Count
};

const char *faultName(Fault fault)
{
    switch (fault) {
    case Fault::None: return "none";
    case Fault::RateLimited: return "429 once";
    case Fault::ServerError: return "5xx once";
    case Fault::ProxyHtml: return "proxy HTML 5xx once";
    case Fault::Dropped: return "dropped connection";
    case Fault::ResetMidBody: return "reset mid-body";
    case Fault::Timeout: return "transfer timeout";
    case Fault::Malformed: return "malformed body";
    case Fault::PermanentError: return "503 every attempt";
    case Fault::PermanentLimit: return "429 every attempt";
    case Fault::Count: break;
    }
    return "?";
}

bool isPermanent(Fault fault)
{
    return fault == Fault::PermanentError || fault == Fault::PermanentLimit || fault == Fault::Malformed;
}

// Per mille of operations that get each fault: 290 of 1,000 in all.
Fault drawFault(QRandomGenerator &rng, bool write)
{
    struct Share { Fault fault; int perMille; };
    static const Share shares[] = {
        {Fault::RateLimited, 45}, {Fault::ServerError, 50}, {Fault::ProxyHtml, 25},
        {Fault::Dropped, 40},     {Fault::ResetMidBody, 40}, {Fault::Timeout, 15},
        {Fault::Malformed, 30},   {Fault::PermanentError, 35}, {Fault::PermanentLimit, 10},
    };
    int roll = int(rng.bounded(1000));
    for (const Share &share : shares) {
        if (roll < share.perMille) {
            // A 200 with a garbage body in front of a DELETE would claim a
            // deletion that never happened; that is a proxy lying, not a
            // fault the client can detect. Writes get a 5xx instead.
            if (write && share.fault == Fault::Malformed)
                return Fault::ServerError;
            return share.fault;
        }
        roll -= share.perMille;
    }
    return Fault::None;
}

struct Timing final
{
    int transferTimeoutMs = Sanitized ? 1500 : 300;
    int timeoutFaultLatencyMs = Sanitized ? 4000 : 900; // well past the transfer timeout
};

RetryPolicy soakRetry()
{
    RetryPolicy policy; // the default's shape: 3 retries, jitter; short delays
    policy.baseDelayMs = 5;
    policy.maxDelayMs = 20;
    policy.maxRetryAfterMs = 2000;
    return policy;
}

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

struct Op final
{
    Fault fault = Fault::None;
    bool accountExisted = false; // disconnects: the account was there before the run
};

// Qt warnings during the soak: the CLI prints them on stderr, so a user would see them.
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;
void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg)
        g_warnings.append(message);
    g_previousHandler(type, context, message);
}

QString providersPath(const QString &userId)
{
    return QStringLiteral("/user_management/users/%1/data_providers").arg(userId);
}

QString accountPath(const QString &userId, const QString &slug)
{
    return QStringLiteral("/user_management/users/%1/connected_accounts/%2").arg(userId, slug);
}

} // namespace

class TestSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void soak();

private:
    void runBatch(BatchJob::Operation operation, int firstOp, int count);
    SandboxFault faultFor(Fault fault, bool write, const QString &path);

    // Everything the soak lives on.
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<WorkOsClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AuditBatchRecorder> m_recorder;
    std::unique_ptr<BatchEngine> m_engine;
    QRandomGenerator m_rng;
    Timing m_timing;
    QList<QString> m_users;
    int m_allowedRequests = 0;
    int m_disconnectRun = 0;

    // Figures.
    std::array<int, size_t(Fault::Count)> m_faults{};
    std::map<QString, int> m_outcomes;
    std::map<int, int> m_excessHistogram; // server requests beyond the client's count -> operations
    std::map<QString, int> m_resentByFault;  // fault of the operation -> requests Qt resent by itself
    std::map<QString, int> m_unseenByFault;  // fault of the operation -> attempts the server never saw
    int m_maxRequestsPerPath = 0;
    int m_disconnectOps = 0;
    qint64 m_checkMs = 0;
    qint64 m_disconnectMs = 0;
    int m_faultsNotServed = 0; // planned fault answers whose request never reached the server
    int m_serverRequests = 0;
    int m_engineRequests = 0;
    int m_deleteRetriedAfterSuccess = 0; // a resend of a delete that had happened: "gone on retry"
};

void TestSoak::initTestCase()
{
    // The audit log syncs every row to disk (synchronous=FULL); on a shared CI
    // disk that, not the engine, would be what the soak measures. tmpfs when there is one.
    const QString shm = QStringLiteral("/dev/shm");
    m_dir = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
        ? std::make_unique<QTemporaryDir>(shm + QStringLiteral("/tst_soak-XXXXXX"))
        : std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    g_previousHandler = qInstallMessageHandler(collectWarnings);
    const quint32 seed = quint32(envInt("PIPES_SOAK_SEED", 20240607));
    m_rng.seed(seed);
    qInfo().noquote() << QStringLiteral("soak: seed %1 (PIPES_SOAK_SEED), %2 build")
                             .arg(seed)
                             .arg(Sanitized ? QStringLiteral("sanitizer") : QStringLiteral("plain"));

    SandboxOptions options;
    options.seed = QStringLiteral("large:%1").arg(SandboxSeed::DemoUserCount + UserPool);
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);

    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = m_server->apiKey();
    config.retry = soakRetry();
    config.transferTimeoutMs = m_timing.transferTimeoutMs;
    m_client = std::make_unique<WorkOsClient>(&m_nam, config);
    m_allowedRequests = 1 + config.retry.maxRetries;

    m_audit = std::make_unique<AuditLog>(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    QString error;
    QVERIFY2(m_audit->open(&error), qPrintable(error));
    m_recorder = std::make_unique<AuditBatchRecorder>(m_audit.get(), QStringLiteral("Soak sandbox"));
    qInfo().noquote() << QStringLiteral("soak: audit log %1").arg(m_audit->path());

    BatchSettings settings;
    // QNetworkAccessManager opens at most 6 connections per host; more in
    // flight would wait inside it, and that wait counts against the transfer timeout.
    settings.concurrency = 6;
    settings.budget = BudgetLimits::unlimited(); // the soak is about faults, not pacing
    settings.rateLimitPauseMs = 50;
    m_engine = std::make_unique<BatchEngine>(m_client.get(), settings);
    m_engine->setRecorder(m_recorder.get());

    const QList<SandboxUser> &users = m_server->store().users();
    QVERIFY(users.size() >= UserPool);
    for (int i = 0; i < UserPool; ++i)
        m_users.append(users.at(users.size() - UserPool + i).id); // the generated users
}

SandboxFault TestSoak::faultFor(Fault fault, bool write, const QString &path)
{
    SandboxFault f;
    f.method = write ? QByteArrayLiteral("DELETE") : QByteArrayLiteral("GET");
    f.pathPattern = QRegularExpression::escape(path);
    f.times = 1;
    static const int serverErrors[] = {500, 502, 503, 504};
    switch (fault) {
    case Fault::None:
    case Fault::Count:
        break;
    case Fault::RateLimited:
        f.action = SandboxFault::Action::Respond;
        f.status = 429;
        f.retryAfter = "0";
        break;
    case Fault::ServerError:
        f.action = SandboxFault::Action::Respond;
        f.status = serverErrors[m_rng.bounded(4)];
        break;
    case Fault::ProxyHtml:
        f.action = SandboxFault::Action::HtmlError;
        f.status = m_rng.bounded(2) ? 502 : 503;
        break;
    case Fault::Dropped:
        f.action = SandboxFault::Action::DropConnection;
        break;
    case Fault::ResetMidBody:
        f.action = SandboxFault::Action::ResetMidBody;
        break;
    case Fault::Timeout:
        f.action = SandboxFault::Action::Respond;
        f.status = 503;
        f.latencyMs = m_timing.timeoutFaultLatencyMs;
        break;
    case Fault::Malformed:
        f.action = SandboxFault::Action::MalformedBody;
        break;
    case Fault::PermanentError:
        f.action = SandboxFault::Action::Respond;
        f.status = 503;
        f.times = m_allowedRequests;
        break;
    case Fault::PermanentLimit:
        f.action = SandboxFault::Action::Respond;
        f.status = 429;
        f.retryAfter = "0";
        f.times = m_allowedRequests;
        break;
    }
    return f;
}

void TestSoak::runBatch(BatchJob::Operation operation, int firstOp, int count)
{
    const bool write = operation == BatchJob::Operation::Disconnect;
    static const QLatin1String slugs[] = {SandboxSeed::GithubSlug, SandboxSeed::SlackSlug,
                                          SandboxSeed::GoogleDriveSlug, SandboxSeed::HubspotSlug,
                                          SandboxSeed::NotionSlug, SandboxSeed::LinearSlug,
                                          SandboxSeed::MicrosoftOutlookSlug};
    const QString slug = write ? QString(slugs[m_disconnectRun++ % 7]) : QString();
    SandboxStore &store = m_server->store();
    const SandboxProvider *provider = write ? store.provider(slug) : nullptr;
    if (write)
        QVERIFY(provider);

    QList<BatchItem> items;
    QList<Op> ops;
    QList<QString> paths;
    for (int k = 0; k < count; ++k) {
        const QString userId = m_users.at((firstOp + k) % UserPool);
        BatchItem item = batchItemForUser(userId);
        item.line = k + 1;
        items.append(item);
        Op op;
        op.fault = drawFault(m_rng, write);
        const QString path = write ? accountPath(userId, slug) : providersPath(userId);
        if (write) {
            // Most targets have the account (put back if an earlier run deleted
            // it); some do not, and must end "already absent".
            const SandboxAccountKey key = store.accountKey(*provider, userId, QString());
            const bool wanted = m_rng.bounded(100) < 85;
            if (wanted && !store.account(key)) {
                SandboxAccount account;
                account.id = store.nextAccountId();
                account.providerSlug = slug;
                account.userId = userId;
                account.createdAt = account.updatedAt = QDateTime::currentDateTimeUtc();
                store.putAccount(account);
            } else if (!wanted) {
                store.removeAccount(key);
            }
            op.accountExisted = store.account(key).has_value();
            // A delete names its connection by id (from a fresh read in real use):
            // the one there, or for an absent one an id that exists nowhere (a 404).
            ConnectedAccount connection;
            const std::optional<SandboxAccount> there = store.account(key);
            connection.id = there ? there->id : store.nextAccountId();
            items.last().account = connection;
        }
        ++m_faults[size_t(op.fault)];
        ops.append(op);
        paths.append(path);
    }

    // The sandbox matches every request against every active fault (a regular
    // expression each), so a run's faults are added just ahead of the
    // operations they belong to. The engine sends items in order and keeps at
    // most `concurrency` in flight, so no item is sent before
    // finished + concurrency have been; a fault added later than its
    // operation's first request would show up below as a leftover.
    const int ahead = m_engine->settings().concurrency + 10;
    int faultsAdded = 0;
    int finishedSoFar = 0;
    const auto addFaultsUpTo = [&](int end) {
        for (; faultsAdded < std::min(end, count); ++faultsAdded) {
            if (ops.at(faultsAdded).fault != Fault::None)
                m_server->addFault(faultFor(ops.at(faultsAdded).fault, write, paths.at(faultsAdded)));
        }
    };
    addFaultsUpTo(ahead);
    QObject topUp; // the connection dies with this run, however it ends
    connect(m_engine.get(), &BatchEngine::itemFinished, &topUp, [&](int) {
        addFaultsUpTo(++finishedSoFar + ahead);
    });

    BatchJob job;
    job.operation = operation;
    job.providerSlug = slug;
    job.reason = QStringLiteral("SOAK-%1").arg(firstOp);
    QSignalSpy finishedItems(m_engine.get(), &BatchEngine::itemFinished);
    QSignalSpy finishedRun(m_engine.get(), &BatchEngine::finished);
    QVERIFY(m_engine->start(job, items));
    const QString batchId = m_engine->job().batchId;
    QVERIFY2(finishedRun.wait(300000), "the batch did not finish");
    QCOMPARE(m_engine->state(), BatchEngine::State::Finished);

    // Every planned fault was served, except where an attempt never reached
    // the server (counted below); those leftovers must not leak into the next run.
    int leftover = 0;
    const QList<SandboxFault> remaining = m_server->faults();
    for (const SandboxFault &f : remaining)
        leftover += f.times;
    m_server->clearFaults();

    // Exactly one itemFinished per operation, and an outcome on every item.
    QList<int> finishedCount(count, 0);
    for (const QList<QVariant> &args : std::as_const(finishedItems))
        ++finishedCount[args.at(0).toInt()];
    for (int k = 0; k < count; ++k)
        QVERIFY2(finishedCount.at(k) == 1, qPrintable(QStringLiteral("operation %1 finished %2 times")
                                                          .arg(firstOp + k)
                                                          .arg(finishedCount.at(k))));

    // Requests per path in the sandbox's log.
    QHash<QString, int> perPath;
    const QList<SandboxRequestRecord> log = m_server->requests();
    for (const SandboxRequestRecord &r : log)
        ++perPath[QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path];
    m_serverRequests += int(log.size());
    m_engineRequests += m_engine->progress().requestsSent;
    m_server->clearRequestLog();

    const QString verb = write ? QStringLiteral("DELETE ") : QStringLiteral("GET ");
    const QList<BatchItem> &done = m_engine->items();
    QCOMPARE(done.size(), count);
    for (int k = 0; k < count; ++k) {
        const BatchItem &item = done.at(k);
        const Op &op = ops.at(k);
        const QString what = QStringLiteral("operation %1 (%2 %3, fault: %4): outcome %5, status %6, %7 requests, %8")
                                 .arg(firstOp + k)
                                 .arg(verb, paths.at(k), QLatin1String(faultName(op.fault)),
                                      BatchOutcomes::name(item.outcome))
                                 .arg(item.httpStatus)
                                 .arg(item.requests)
                                 .arg(item.detail);
        QVERIFY2(item.outcome != BatchOutcome::None, qPrintable(what));
        ++m_outcomes[BatchOutcomes::name(item.outcome)];

        // No operation went out more often than the policy allows. The
        // server's count and the client's attempts differ in two ways, both
        // Qt's network layer and both seen in this soak:
        //  +1: Qt resends a request by itself, once, when a kept-alive
        //      connection closes before any byte of the answer came (a dropped
        //      connection): the server sees it twice, the client counts one attempt;
        //  -1: a request Qt had queued on a connection that a reset tore down
        //      fails with RemoteHostClosedError before it was written: the
        //      client counts (and retries) an attempt the server never saw.
        const int seen = perPath.value(verb + paths.at(k));
        const int excess = seen - item.requests;
        m_maxRequestsPerPath = std::max(m_maxRequestsPerPath, seen);
        ++m_excessHistogram[excess];
        if (excess > 0)
            m_resentByFault[QLatin1String(faultName(op.fault))] += excess;
        else if (excess < 0)
            m_unseenByFault[QLatin1String(faultName(op.fault))] -= excess;
        QVERIFY2(item.requests >= 1 && item.requests <= m_allowedRequests, qPrintable(what));
        QVERIFY2(seen >= 1 && excess <= 1, qPrintable(what + QStringLiteral(", server saw %1").arg(seen)));
        QVERIFY2(seen <= m_allowedRequests + 1, qPrintable(what));

        // The outcome the plan implies. When Qt resent a request by itself,
        // that resend met the fault too, so a permanent fault can run out
        // before the client's last attempt: then the operation succeeds.
        const bool resent = excess > 0;
        const Fault expected = resent && (op.fault == Fault::PermanentError || op.fault == Fault::PermanentLimit)
                                   && item.outcome != BatchOutcome::Failed
            ? Fault::None
            : op.fault;
        switch (expected) {
        case Fault::PermanentError:
            // (status 0: the last attempt died on the way, see above)
            QVERIFY2(item.outcome == BatchOutcome::Failed && (item.httpStatus == 503 || excess < 0), qPrintable(what));
            QVERIFY2(item.requests == m_allowedRequests || resent, qPrintable(what));
            break;
        case Fault::PermanentLimit:
            // (status 0: the last attempt died on the way, see above)
            QVERIFY2(item.outcome == BatchOutcome::Failed && (item.httpStatus == 429 || excess < 0), qPrintable(what));
            QVERIFY2(item.requests == m_allowedRequests || resent, qPrintable(what));
            break;
        case Fault::Malformed:
            QVERIFY2(item.outcome == BatchOutcome::Failed, qPrintable(what));
            QVERIFY2(seen == 1, qPrintable(what)); // a 200 is not retried
            break;
        default:
            if (!write) {
                QVERIFY2(item.outcome == BatchOutcome::Checked, qPrintable(what));
                QVERIFY2(item.providers.size() == SandboxSeed::DemoProviderCount, qPrintable(what));
            } else if (item.goneOnRetry) {
                // The first sending got no answer; the request went out again (a
                // retry, or Qt's own resend on a dropped kept-alive connection)
                // and found nothing: "disconnected — gone on retry", never
                // "already absent". The client cannot tell whether its first
                // sending reached the server (Qt also resends when a kept-alive
                // socket was closed before the server read it), so for a
                // connection that was gone before this reads the same. For one
                // that existed, the server saw the delete more than once.
                QVERIFY2(item.outcome == BatchOutcome::Disconnected && item.httpStatus == 404, qPrintable(what));
                QVERIFY2(!op.accountExisted || seen > 1, qPrintable(what));
                if (op.accountExisted)
                    ++m_deleteRetriedAfterSuccess;
            } else if (!op.accountExisted) {
                QVERIFY2(item.outcome == BatchOutcome::AlreadyAbsent && item.httpStatus == 404, qPrintable(what));
            } else {
                QVERIFY2(item.outcome == BatchOutcome::Disconnected && item.httpStatus == 204, qPrintable(what));
                QVERIFY2(item.requestId.startsWith(QStringLiteral("req_")), qPrintable(what));
            }
            break;
        }
        if (write) {
            ++m_disconnectOps;
            // What the server holds agrees with what the table says.
            const SandboxAccountKey key = store.accountKey(*provider, item.userId, QString());
            const bool stillThere = store.account(key).has_value();
            if (item.outcome == BatchOutcome::Disconnected || item.outcome == BatchOutcome::AlreadyAbsent)
                QVERIFY2(!stillThere, qPrintable(what));
            else if (op.accountExisted && isPermanent(expected))
                QVERIFY2(stillThere, qPrintable(what)); // the fault stood in front of the server
        }
    }
    if (write) {
        // This run's audit records: the newest `count` rows, exactly one per
        // operation, completed, with the outcome the table showed.
        AuditFilter filter;
        filter.limit = count + 1;
        const QList<AuditRecord> records = m_audit->query(filter);
        QVERIFY(records.size() >= count);
        QHash<QString, BatchOutcome> outcomes;
        QSet<QString> goneOnRetry;
        for (const BatchItem &item : done) {
            outcomes.insert(item.userId, item.outcome);
            if (item.goneOnRetry)
                goneOnRetry.insert(item.userId);
        }
        QHash<QString, int> perUser;
        for (int r = 0; r < count; ++r) {
            const AuditRecord &record = records.at(r);
            const QString key = record.entry.userId;
            QVERIFY2(record.entry.batchId == batchId && record.entry.action == AuditAction::Disconnect,
                     qPrintable(QStringLiteral("record %1 is not of batch %2").arg(record.id).arg(batchId)));
            QVERIFY2(++perUser[key] == 1, qPrintable(QStringLiteral("two records for %1 in %2").arg(key, batchId)));
            QVERIFY2(outcomes.contains(key), qPrintable(key));
            const BatchOutcome outcome = outcomes.value(key);
            const AuditOutcome expected = goneOnRetry.contains(key)              ? AuditOutcome::GoneOnRetry
                                          : outcome == BatchOutcome::Disconnected    ? AuditOutcome::Succeeded
                                          : outcome == BatchOutcome::AlreadyAbsent ? AuditOutcome::AlreadyAbsent
                                                                                   : AuditOutcome::Failed;
            QVERIFY2(record.completion.outcome == expected && record.completedAt.isValid(),
                     qPrintable(key + QStringLiteral(": the audit log says ") + AuditNames::outcome(record.completion.outcome)
                                + QStringLiteral(", the batch said ") + BatchOutcomes::name(outcome)));
            QCOMPARE(record.entry.providerSlug, slug);
            QCOMPARE(record.entry.reason, job.reason);
        }
        if (records.size() > count)
            QVERIFY(records.at(count).entry.batchId != batchId); // no more than one per operation
    }

    int unseen = 0;
    for (int k = 0; k < count; ++k)
        unseen += std::max(0, done.at(k).requests - perPath.value(verb + paths.at(k)));
    QVERIFY2(leftover <= unseen, qPrintable(QStringLiteral("%1 fault answers were never asked for").arg(leftover)));
    m_faultsNotServed += leftover;
}

void TestSoak::soak()
{
    const int totalOps = envInt("PIPES_SOAK_OPS", DefaultOps);
    const int baselineAt = std::max(OpsPerSample, (totalOps / 5) / OpsPerSample * OpsPerSample);
    QList<QPair<int, qint64>> samples{{0, rssKb()}};
    qint64 baselineKb = -1;

    QElapsedTimer clock;
    clock.start();
    int done = 0;
    int run = 0;
    while (done < totalOps) {
        const int count = std::min(OpsPerRun, totalOps - done);
        // Two runs in five are disconnects: 40% writes, 60% reads.
        const BatchJob::Operation operation = (run % 5 == 1 || run % 5 == 3) ? BatchJob::Operation::Disconnect
                                                                             : BatchJob::Operation::CheckStatus;
        QElapsedTimer runClock;
        runClock.start();
        runBatch(operation, done, count);
        (operation == BatchJob::Operation::Disconnect ? m_disconnectMs : m_checkMs) += runClock.elapsed();
        if (QTest::currentTestFailed())
            return;
        done += count;
        ++run;
        if (done % OpsPerSample == 0 || done == totalOps) {
            samples.append({done, rssKb()});
            if (done == baselineAt)
                baselineKb = samples.constLast().second;
        }
    }
    const qint64 elapsedMs = clock.elapsed();

    // The audit trail over the whole soak: one record per disconnect (each
    // run's were matched to its operations as it ended), none left pending.
    AuditFilter filter;
    filter.actions = {AuditAction::Disconnect};
    QCOMPARE(m_audit->count(filter), m_disconnectOps);
    QCOMPARE(m_audit->count({}), m_disconnectOps); // and nothing else was written
    AuditFilter pending;
    pending.outcomes = {AuditOutcome::Pending};
    QCOMPARE(m_audit->count(pending), 0);

    // The figures.
    int faulted = 0;
    for (size_t i = 1; i < m_faults.size(); ++i)
        faulted += m_faults[i];
    qInfo().noquote() << QStringLiteral("soak: %1 operations (%2 check status, %3 disconnect) in %4 batches of %5")
                             .arg(done)
                             .arg(done - m_disconnectOps)
                             .arg(m_disconnectOps)
                             .arg(run)
                             .arg(OpsPerRun);
    qInfo().noquote() << QStringLiteral("soak: faults injected on %1 operations (%2%):")
                             .arg(faulted)
                             .arg(100.0 * faulted / done, 0, 'f', 1);
    for (size_t i = 1; i < m_faults.size(); ++i)
        qInfo().noquote() << QStringLiteral("soak:   %1 %2").arg(m_faults[i], 6).arg(QLatin1String(faultName(Fault(i))));
    qInfo().noquote() << QStringLiteral("soak:   (%1 planned fault answers not served: their attempt never reached the server)")
                             .arg(m_faultsNotServed);
    qInfo().noquote() << QStringLiteral("soak: outcomes:");
    for (const auto &[name, n] : m_outcomes)
        qInfo().noquote() << QStringLiteral("soak:   %1 %2").arg(n, 6).arg(name);
    qInfo().noquote() << QStringLiteral("soak:   (%1 deletes ended gone_on_retry after a resend of a delete that had happened)")
                             .arg(m_deleteRetriedAfterSuccess);
    qInfo().noquote() << QStringLiteral("soak: requests: %1 received by the sandbox, %2 counted by the engine; "
                                        "at most %3 for one operation (policy: %4 + Qt's resend)")
                             .arg(m_serverRequests)
                             .arg(m_engineRequests)
                             .arg(m_maxRequestsPerPath)
                             .arg(m_allowedRequests);
    QStringList histogram;
    for (const auto &[excess, n] : m_excessHistogram)
        histogram.append(QStringLiteral("%1%2: %3").arg(excess > 0 ? QStringLiteral("+") : QString()).arg(excess).arg(n));
    const auto byFault = [](const std::map<QString, int> &counts) {
        QStringList parts;
        for (const auto &[name, n] : counts)
            parts.append(QStringLiteral("%1 after %2").arg(n).arg(name));
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    };
    qInfo().noquote() << QStringLiteral("soak: server requests minus client attempts, by operations: %1")
                             .arg(histogram.join(QStringLiteral(", ")));
    qInfo().noquote() << QStringLiteral("soak:   resent by Qt unseen by the client: %1").arg(byFault(m_resentByFault));
    qInfo().noquote() << QStringLiteral("soak:   attempts that never reached the server: %1").arg(byFault(m_unseenByFault));
    qInfo().noquote() << QStringLiteral("soak: elapsed %1 s, %2 operations/s, %3 requests/s")
                             .arg(elapsedMs / 1000.0, 0, 'f', 1)
                             .arg(done * 1000.0 / std::max<qint64>(1, elapsedMs), 0, 'f', 0)
                             .arg(m_serverRequests * 1000.0 / std::max<qint64>(1, elapsedMs), 0, 'f', 0);
    qInfo().noquote() << QStringLiteral("soak: check status %1 operations/s, disconnect (audit log included) %2 operations/s")
                             .arg((done - m_disconnectOps) * 1000.0 / std::max<qint64>(1, m_checkMs), 0, 'f', 0)
                             .arg(m_disconnectOps * 1000.0 / std::max<qint64>(1, m_disconnectMs), 0, 'f', 0);
    QStringList rss;
    for (const auto &[ops, kb] : std::as_const(samples))
        rss.append(QStringLiteral("%1: %2 MB").arg(ops).arg(kb / 1024.0, 0, 'f', 1));
    qInfo().noquote() << QStringLiteral("soak: RSS after n operations: %1").arg(rss.join(QStringLiteral(", ")));

    g_warnings.removeDuplicates();
    QVERIFY2(g_warnings.isEmpty(), qPrintable(QStringLiteral("Qt warnings during the soak: ") + g_warnings.join(QStringLiteral(" | "))));
    QVERIFY2(faulted * 5 >= done, "fewer than 20% of the operations had a fault");
    QCOMPARE(m_engineRequests, m_serverRequests - [this] {
        int excess = 0;
        for (const auto &[e, n] : m_excessHistogram)
            excess += e * n;
        return excess;
    }());

    // Memory does not grow with the number of operations.
    const qint64 finalKb = samples.constLast().second;
    if (baselineKb < 0 || done <= baselineAt) {
        qInfo().noquote() << QStringLiteral("soak: too few operations for the memory check");
    } else if (Sanitized) {
        // ASan keeps freed blocks in quarantine (up to 256 MB) before reuse,
        // so RSS climbs whatever the program does; LeakSanitizer checks leaks at exit.
        qInfo().noquote() << QStringLiteral("soak: memory growth %1 MB not checked under ASan").arg((finalKb - baselineKb) / 1024.0, 0, 'f', 1);
    } else {
        qInfo().noquote() << QStringLiteral("soak: RSS growth from %1 to %2 operations: %3 MB (limit %4 MB)")
                                 .arg(baselineAt)
                                 .arg(done)
                                 .arg((finalKb - baselineKb) / 1024.0, 0, 'f', 1)
                                 .arg(RssGrowthLimitKb / 1024);
        QVERIFY2(finalKb - baselineKb < RssGrowthLimitKb, "memory grows with the number of operations");
    }
}

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
