// Benchmark 1: lookup overhead. One user with 50 providers; each lookup is
// timed from issuing the request to the providers model being populated and
// the view painted (the app's own ProviderTreeView behind its
// ProviderFilterProxy), against a raw QNetworkAccessManager GET of the same
// URL and against curl of it, interleaved in the same run.
//
// The sandbox runs in its own thread so curl (a blocking child process) can
// reach it while this thread waits.

#include "BenchSupport.h"

#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProviderTreeView.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>

#include <memory>

namespace {

constexpr int ProviderCount = 50;

// The demo seed has 9 providers; add 41 more and give Alice an account on
// most of them (a mix of states and scopes), so her lookup returns 50 rows.
void seedFiftyProviders(SandboxStore &store)
{
    const QDateTime created = QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);
    static const QStringList states{QStringLiteral("connected"), QStringLiteral("needs_reauthorization"),
                                    QStringLiteral("disconnected"), QStringLiteral("connected")};
    for (int i = int(store.providers().size()); i < ProviderCount; ++i) {
        SandboxProvider p;
        p.id = QStringLiteral("data_integration_01HBENCH%1").arg(i, 18, 10, QLatin1Char('0'));
        p.name = QStringLiteral("Bench Provider %1").arg(i);
        p.description = QStringLiteral("Provider %1 added by the lookup benchmark").arg(i);
        p.slug = QStringLiteral("bench-provider-%1").arg(i);
        p.integrationType = p.slug;
        p.scopes = QStringList{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("admin:%1").arg(i),
                               QStringLiteral("users:read"), QStringLiteral("files:read")};
        p.createdAt = created;
        p.updatedAt = created;
        store.addProvider(p);
        if (i % 5 == 4)
            continue; // not connected
        SandboxAccount a;
        a.id = QStringLiteral("data_installation_01HBENCH%1").arg(i, 18, 10, QLatin1Char('0'));
        a.providerSlug = p.slug;
        a.userId = SandboxSeed::AliceUserId;
        a.scopes = QStringList{QStringLiteral("read"), QStringLiteral("users:read")};
        if (i % 3 == 0)
            a.scopes << QStringLiteral("write");
        a.state = states.at(i % states.size());
        a.createdAt = created;
        a.updatedAt = created.addDays(i);
        store.putAccount(a);
    }
}

// A SandboxServer living in its own thread.
class ThreadedSandbox final
{
public:
    ThreadedSandbox()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                m_server = new SandboxServer(SandboxOptions{});
                seedFiftyProviders(m_server->store());
                m_server->listen();
                m_baseUrl = m_server->baseUrl();
                m_apiKey = m_server->apiKey();
            },
            Qt::BlockingQueuedConnection);
    }
    ~ThreadedSandbox()
    {
        QMetaObject::invokeMethod(
            &m_context,
            [this] {
                delete m_server;
                m_context.moveToThread(QCoreApplication::instance()->thread()); // destroyed on the main thread
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ThreadedSandbox(const ThreadedSandbox &) = delete;
    ThreadedSandbox &operator=(const ThreadedSandbox &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    QString apiKey() const { return m_apiKey; }

private:
    QThread m_thread;
    QObject m_context;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QString m_apiKey;
};

// Counts the paints of the table's viewport (each lookup must end in one).
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    const bool smoke = Bench::smokeMode(argc, argv);
    QApplication app(argc, argv);

    ThreadedSandbox sandbox;
    Bench::check(sandbox.baseUrl().isValid(), QStringLiteral("sandbox did not start"));
    const QString userId = SandboxSeed::AliceUserId;
    const QUrl url(sandbox.baseUrl().toString() + QStringLiteral("/user_management/users/") + userId
                   + QStringLiteral("/data_providers"));

    // The app's path: client -> model -> proxy -> view.
    QNetworkAccessManager clientNam;
    ClientConfig config;
    config.baseUrl = sandbox.baseUrl();
    config.apiKey = sandbox.apiKey();
    WorkOsClient client(&clientNam, config);
    ProviderTreeModel model(&client);
    ProviderFilterProxy proxy;
    proxy.setSourceModel(&model);
    ProviderTreeView view;
    view.setModel(&proxy);
    view.resize(1200, 900); // tall enough that all 50 rows are painted
    view.show();
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);

    // The floor: the same GET on a bare QNetworkAccessManager.
    QNetworkAccessManager rawNam;
    QNetworkRequest rawRequest(url);
    rawRequest.setRawHeader("Authorization", "Bearer " + sandbox.apiKey().toUtf8());

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        Bench::note(QStringLiteral("curl not found: its rows are skipped"));

    QString error;
    auto appLookup = [&](double *loadedMs, double *paintedMs) {
        QEventLoop loop;
        bool ok = false;
        const auto c1 = QObject::connect(&model, &ProviderTreeModel::loaded, &loop, [&] {
            ok = true;
            loop.quit();
        });
        const auto c2 = QObject::connect(&model, &ProviderTreeModel::loadFailed, &loop, [&](const ApiError &) {
            loop.quit();
        });
        const int paintsBefore = counter.paints;
        const double t0 = Bench::nowMs();
        model.load(userId, QString());
        loop.exec();
        const double t1 = Bench::nowMs();
        const int paintsWaiting = counter.paints - paintsBefore;
        // The view reacts as it would in the app: its delayed layout, then
        // one paint of the new rows through the backing store.
        QCoreApplication::processEvents();
        const double tp = Bench::nowMs();
        const int paintsFirst = counter.paints - paintsBefore - paintsWaiting;
        QCoreApplication::processEvents(); // anything the first pass posted
        const double t2 = Bench::nowMs();
        const int paints = counter.paints - paintsBefore;
        if (paints < 1)
            error = QStringLiteral("app lookup: the view was not repainted");
        if (qEnvironmentVariableIsSet("BENCH_DEBUG"))
            std::fprintf(stderr, "loaded %.3f events %.3f more %.3f paints %d (%d while waiting, %d first pass)\n", t1 - t0, tp - t1,
                         t2 - tp, paints, paintsWaiting, paintsFirst);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        if (!ok || proxy.rowCount() != ProviderCount)
            error = QStringLiteral("app lookup: %1 rows").arg(proxy.rowCount());
        *loadedMs = t1 - t0;
        *paintedMs = t2 - t0;
    };
    auto rawLookup = [&]() {
        QEventLoop loop;
        const double t0 = Bench::nowMs();
        QNetworkReply *reply = rawNam.get(rawRequest);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        const double t1 = Bench::nowMs();
        if (reply->error() != QNetworkReply::NoError || body.size() < 1000)
            error = QStringLiteral("raw lookup: %1").arg(reply->errorString());
        reply->deleteLater();
        return t1 - t0;
    };
    // Wall time of the whole curl process, and curl's own time_total.
    auto curlLookup = [&](double *wallMs, double *transferMs) {
        QProcess p;
        const double t0 = Bench::nowMs();
        p.start(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                       QStringLiteral("%{time_total} %{http_code}"), QStringLiteral("-H"),
                       QStringLiteral("Authorization: Bearer ") + sandbox.apiKey(), url.toString()});
        p.waitForFinished(10000);
        const double t1 = Bench::nowMs();
        const QList<QByteArray> out = p.readAllStandardOutput().split(' ');
        if (out.value(1) != "200")
            error = QStringLiteral("curl lookup: HTTP %1").arg(QString::fromUtf8(out.value(1)));
        *wallMs = t1 - t0;
        *transferMs = out.value(0).toDouble() * 1000.0;
    };

    const int warmup = smoke ? 1 : 10;
    const int lookups = qEnvironmentVariableIntValue("PIPES_BENCH_LOOKUPS") > 0
        ? qEnvironmentVariableIntValue("PIPES_BENCH_LOOKUPS")
        : (smoke ? 5 : 200);
    QList<double> loaded, painted, raw, curlWall, curlTransfer;
    for (int i = 0; i < warmup + lookups; ++i) {
        double l = 0, p = 0, cw = 0, ct = 0, r = 0;
        // Same conditions for all three: the order rotates, and each starts
        // after a short idle (a person's lookups never come back to back).
        for (int k = 0; k < 3; ++k) {
            QCoreApplication::processEvents();
            QThread::msleep(5);
            switch ((i + k) % 3) {
            case 0: appLookup(&l, &p); break;
            case 1: r = rawLookup(); break;
            default:
                if (!curl.isEmpty())
                    curlLookup(&cw, &ct);
                break;
            }
        }
        if (!error.isEmpty())
            Bench::fail(error);
        if (i < warmup)
            continue;
        loaded << l;
        painted << p;
        raw << r;
        if (!curl.isEmpty()) {
            curlWall << cw;
            curlTransfer << ct;
        }
    }

    const Bench::Stats sLoaded = Bench::stats(loaded);
    const Bench::Stats sPainted = Bench::stats(painted);
    const Bench::Stats sRaw = Bench::stats(raw);
    const QString bench = QStringLiteral("1 Lookup, 50 providers");
    const double overhead = sPainted.median - sRaw.median;
    Bench::row(bench, QStringLiteral("Pipes Admin: request → model loaded"), Bench::num(sLoaded.median, 3) + QStringLiteral(" ms"),
               Bench::spread(sLoaded, 3), QStringLiteral("×%1 raw QNAM").arg(Bench::num(sLoaded.median / sRaw.median)));
    Bench::row(bench, QStringLiteral("Pipes Admin: request → view painted"),
               Bench::num(sPainted.median, 3) + QStringLiteral(" ms"), Bench::spread(sPainted, 3),
               QStringLiteral("overhead **+%1 ms**, ×%2 raw QNAM")
                   .arg(Bench::num(overhead, 3), Bench::num(sPainted.median / sRaw.median)),
               QStringLiteral("overhead < 2 ms: %1").arg(overhead < 2.0 ? QStringLiteral("met") : QStringLiteral("missed")));
    Bench::row(bench, QStringLiteral("raw QNetworkAccessManager GET"), Bench::num(sRaw.median, 3) + QStringLiteral(" ms"),
               Bench::spread(sRaw, 3), QStringLiteral("floor"));
    if (!curl.isEmpty()) {
        const Bench::Stats sCw = Bench::stats(curlWall);
        const Bench::Stats sCt = Bench::stats(curlTransfer);
        Bench::row(bench, QStringLiteral("curl: time_total (new connection)"), Bench::num(sCt.median, 3) + QStringLiteral(" ms"),
                   Bench::spread(sCt, 3),
                   QStringLiteral("Pipes Admin painted ×%1").arg(Bench::num(sPainted.median / sCt.median)));
        Bench::row(bench, QStringLiteral("curl: whole process"), Bench::num(sCw.median, 3) + QStringLiteral(" ms"),
                   Bench::spread(sCw, 3),
                   QStringLiteral("Pipes Admin painted ×%1").arg(Bench::num(sPainted.median / sCw.median)));
    }
    Bench::check(sLoaded.median > 0 && sRaw.median > 0 && sPainted.median >= sLoaded.median,
                 QStringLiteral("implausible figures"));
    return 0;
}
