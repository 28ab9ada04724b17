// Benchmark 1: lookup overhead. One user with 50 providers, up to 3
// connections each (provider rows with their connection rows). Each lookup is
// one request (WorkOsClient, supports_multiple_connections=true); its reply
// feeds both, in the same process and run, alternating which goes first:
//  - ours: ProviderTreeModel -> ProviderFilterProxy -> ProviderTreeView (the
//    status badges, the app's sorting and column fitting), painted;
//  - plain Qt: a QStandardItemModel with the same rows (each provider row
//    followed by its connection rows) and the same visible columns and texts,
//    in a plain QTableView of the same size, painted.
// Both are timed from the request to their viewport's paint (the reply time
// is the same for both), and from the reply to the paint. The app's own path
// (ProviderTreeModel::load, its clear() included) is timed too, against a raw
// QNetworkAccessManager GET of the same URL and against curl of it.
//
// The sandbox runs in its own thread so curl (a blocking child process) can
// reach it while this thread waits.

#include "BenchSupport.h"
#include "PaintCounter.h"

#include "core/ConnectionStatus.h"
#include "models/ProviderFilterProxy.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProviderTreeView.h"
#include "widgets/ProviderIcons.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPaintEvent>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

constexpr int ProviderCount = 50;

// The demo seed has 9 providers; add 41 more and give Alice connections on
// most of them (a mix of states, scopes, labels): one unlabelled
// compatibility connection (a plain provider row), or two or three (a
// compatibility one and labelled standard ones, shown as child rows).
void seedFiftyProviders(SandboxStore &store)
{
    const QDateTime created = QDateTime(QDate(2024, 1, 15), QTime(9, 30), Qt::UTC);
    static const QStringList states{QStringLiteral("connected"), QStringLiteral("needs_reauthorization"),
                                    QStringLiteral("disconnected"), QStringLiteral("connected")};
    static const QStringList labels{QStringLiteral("Personal"), QStringLiteral("Work"), QStringLiteral("Team")};
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
        const int connections = 1 + i % 3;
        for (int c = 0; c < connections; ++c) {
            SandboxAccount a;
            a.id = QStringLiteral("data_installation_01HBENCH%1%2").arg(i, 16, 10, QLatin1Char('0')).arg(c, 2, 10, QLatin1Char('0'));
            a.providerSlug = p.slug;
            a.userId = SandboxSeed::AliceUserId;
            a.scopes = QStringList{QStringLiteral("read"), QStringLiteral("users:read")};
            if ((i + c) % 3 == 0)
                a.scopes << QStringLiteral("write");
            a.state = states.at((i + c) % states.size());
            a.createdAt = created.addDays(c);
            a.updatedAt = created.addDays(i + c);
            a.role = c == 0 ? SandboxConnectionRole::Compatibility : SandboxConnectionRole::Standard;
            if (connections > 1) {
                a.displayName = labels.at(c);
                a.identifier = QStringLiteral("alice-%1-%2").arg(labels.at(c).toLower()).arg(i);
            }
            store.putAccount(a);
        }
    }
}

QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

// Plain Qt: the same rows (each provider, then its connections) and the
// same visible columns, as texts in QStandardItems, from the same reply.
void fillPlain(QStandardItemModel *model, const QList<DataProvider> &providers)
{
    model->setRowCount(0); // keeps the columns, their headers and what the view hid
    QList<QList<QStandardItem *>> rows;
    auto add = [&rows](const QStringList &texts, const QIcon &icon) {
        QList<QStandardItem *> items;
        items.reserve(texts.size());
        for (const QString &text : texts) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            items << item;
        }
        if (!icon.isNull())
            items.first()->setIcon(icon);
        rows << items;
    };
    for (const DataProvider &p : providers) {
        const QList<ConnectedAccount> all = p.allConnections();
        const ConnectedAccount *only = all.size() == 1 ? &all.constFirst() : nullptr;
        const std::optional<ConnectedAccount> worst = ConnectionStatuses::worst(p);
        const QString owner = p.ownership == Ownership::Organization ? QStringLiteral("Organization") : QStringLiteral("User");
        add({p.name, p.slug, ConnectionStatuses::text(worst, StatusWording::Label), ConnectionStatuses::summary(p), owner,
             only ? only->scopes.join(QStringLiteral(", ")) : QString(),
             only ? p.missingScopes(*only).join(QStringLiteral(", ")) : QString(), only ? shortDate(only->createdAt) : QString(),
             only ? shortDate(only->updatedAt) : QString(), only ? only->organizationId : QString()},
            ProviderIcons::icon(p.slug, p.name));
        if (only && only->isCompatibility() && only->accountDisplayName.isEmpty())
            continue;
        for (const ConnectedAccount &a : all)
            add({a.accountDisplayName.isEmpty() ? a.accountIdentifier : a.accountDisplayName, p.slug,
                 ConnectionStatuses::text(std::optional<ConnectedAccount>(a)), a.accountIdentifier, owner,
                 a.scopes.join(QStringLiteral(", ")), p.missingScopes(a).join(QStringLiteral(", ")), shortDate(a.createdAt),
                 shortDate(a.updatedAt), a.organizationId},
                QIcon());
    }
    for (const QList<QStandardItem *> &items : std::as_const(rows))
        model->appendRow(items);
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

// Rows in a tree (top level and one level of children).
int treeRows(const QAbstractItemModel &model)
{
    int rows = model.rowCount();
    for (int r = 0; r < model.rowCount(); ++r)
        rows += model.rowCount(model.index(r, 0));
    return rows;
}

// Until the posted layout and the paint of a widget have run: two passes,
// as the app's event loop would run them.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    const bool smoke = Bench::smokeMode(argc, argv);
    QApplication app(argc, argv);

    ThreadedSandbox sandbox;
    Bench::check(sandbox.baseUrl().isValid(), QStringLiteral("sandbox did not start"));
    const QString userId = SandboxSeed::AliceUserId;
    const QUrl url(sandbox.baseUrl().toString() + QStringLiteral("/user_management/users/") + userId
                   + QStringLiteral("/data_providers?supports_multiple_connections=true"));

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
    view.sortByColumn(ProviderTreeModel::ProviderColumn, Qt::AscendingOrder); // as ProvidersPanel does
    const QSize size(1400, 3400); // every row of both painted (the table's rows are taller)
    view.resize(size);
    view.show();
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);

    // Plain Qt beside it, same size, same visible columns.
    QStandardItemModel plainModel(0, ProviderTreeModel::ColumnCount);
    plainModel.setHorizontalHeaderLabels({QStringLiteral("Provider / connection"), QStringLiteral("Slug"), QStringLiteral("Status"),
                                          QStringLiteral("Details"), QStringLiteral("Owner"), QStringLiteral("Granted scopes"),
                                          QStringLiteral("Missing scopes"), QStringLiteral("Connected"), QStringLiteral("Updated"),
                                          QStringLiteral("Organization")});
    QTableView plainView;
    plainView.setModel(&plainModel);
    plainView.setSelectionBehavior(QAbstractItemView::SelectRows);
    plainView.setEditTriggers(QAbstractItemView::NoEditTriggers);
    plainView.setAlternatingRowColors(true);
    plainView.setWordWrap(false);
    plainView.setIconSize(QSize(18, 18));
    plainView.verticalHeader()->hide();
    plainView.setColumnHidden(ProviderTreeModel::SlugColumn, true); // as ours hides it
    plainView.resize(size);
    plainView.show();
    PaintCounter plainCounter;
    plainView.viewport()->installEventFilter(&plainCounter);
    (void)QTest::qWaitForWindowExposed(&view);
    (void)QTest::qWaitForWindowExposed(&plainView);

    // The floor: the same GET on a bare QNetworkAccessManager.
    QNetworkAccessManager rawNam;
    QNetworkRequest rawRequest(url);
    rawRequest.setRawHeader("Authorization", "Bearer " + sandbox.apiKey().toUtf8());

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        Bench::note(QStringLiteral("curl not found: its rows are skipped"));

    QString error;
    int expectedRows = -1;
    const bool debug = qEnvironmentVariableIsSet("BENCH_DEBUG");
    QList<double> appPaintCounts;
    // The app's own path: load() (clear, request, decode, reset) to the paint.
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
        const double t0 = Bench::nowMs();
        model.load(userId, QString());
        loop.exec();
        const double t1 = Bench::nowMs();
        const int paintsBefore = counter.paints; // the cleared view may have been painted while waiting
        settle();
        const double t2 = Bench::nowMs();
        const int paints = counter.paints - paintsBefore;
        if (paints < 1)
            error = QStringLiteral("app lookup: the view was not repainted");
        appPaintCounts << paints;
        if (debug)
            std::fprintf(stderr, "app: loaded %.3f painted %.3f paints after the reply %d\n", t1 - t0, t2 - t0, paints);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        if (!ok || proxy.rowCount() != ProviderCount)
            error = QStringLiteral("app lookup: %1 rows").arg(proxy.rowCount());
        *loadedMs = t1 - t0;
        *paintedMs = t2 - t0;
    };

    // One request; its reply feeds ours and plain Qt, `oursFirst` says which goes first.
    struct SameReply final
    {
        double replyMs = 0;
        double oursMs = 0;  // reply -> painted
        double plainMs = 0; // reply -> painted
        int oursPaints = 0;
        int plainPaints = 0;
    };
    auto sameReply = [&](bool oursFirst) {
        SameReply out;
        QList<DataProvider> providers;
        bool ok = false;
        QEventLoop loop;
        const double t0 = Bench::nowMs();
        client.listDataProviders(Owner::user(userId), QString(), &loop, [&](const ApiResult<QList<DataProvider>> &result) {
            ok = result.ok();
            if (ok)
                providers = result.value();
            loop.quit();
        });
        loop.exec();
        out.replyMs = Bench::nowMs() - t0;
        if (!ok || providers.size() != ProviderCount) {
            error = QStringLiteral("same-reply lookup: %1 providers").arg(providers.size());
            return out;
        }
        auto ours = [&] {
            const int before = counter.paints;
            const double t = Bench::nowMs();
            model.setProviders(providers);
            settle();
            out.oursMs = Bench::nowMs() - t;
            out.oursPaints = counter.paints - before;
        };
        auto plain = [&] {
            const int before = plainCounter.paints;
            const double t = Bench::nowMs();
            fillPlain(&plainModel, providers);
            settle();
            out.plainMs = Bench::nowMs() - t;
            out.plainPaints = plainCounter.paints - before;
        };
        if (oursFirst) {
            ours();
            plain();
        } else {
            plain();
            ours();
        }
        const int rowsOurs = treeRows(proxy);
        if (expectedRows < 0)
            expectedRows = rowsOurs;
        if (rowsOurs != expectedRows || plainModel.rowCount() != rowsOurs)
            error = QStringLiteral("same-reply lookup: %1 rows in ours, %2 in plain Qt").arg(rowsOurs).arg(plainModel.rowCount());
        if (out.oursPaints < 1 || out.plainPaints < 1)
            error = QStringLiteral("same-reply lookup: not painted (%1 / %2)").arg(out.oursPaints).arg(out.plainPaints);
        if (debug)
            std::fprintf(stderr, "same reply: reply %.3f ours %.3f (%d paints) plain %.3f (%d paints)\n", out.replyMs,
                         out.oursMs, out.oursPaints, out.plainMs, out.plainPaints);
        return out;
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
    QList<double> loaded, painted, raw, curlWall, curlTransfer, reply, oursPaint, plainPaint, oursTotal, plainTotal,
        oursPaints, plainPaints;
    for (int i = 0; i < warmup + lookups; ++i) {
        double l = 0, p = 0, cw = 0, ct = 0, r = 0;
        SameReply same;
        // Same conditions for all: the order rotates, and each starts after a
        // short idle (a person's lookups never come back to back).
        for (int k = 0; k < 4; ++k) {
            QCoreApplication::processEvents();
            QThread::msleep(5);
            switch ((i + k) % 4) {
            case 0: appLookup(&l, &p); break;
            case 1: r = rawLookup(); break;
            case 2: same = sameReply(i % 2 == 0); break;
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
        reply << same.replyMs;
        oursPaint << same.oursMs;
        plainPaint << same.plainMs;
        oursTotal << same.replyMs + same.oursMs;
        plainTotal << same.replyMs + same.plainMs;
        oursPaints << same.oursPaints;
        plainPaints << same.plainPaints;
        if (!curl.isEmpty()) {
            curlWall << cw;
            curlTransfer << ct;
        }
    }

    if (qEnvironmentVariableIsSet("BENCH_GRAB")) { // to look at what both painted
        view.grab(QRect(0, 0, 1400, 500)).save(qEnvironmentVariable("BENCH_GRAB") + QStringLiteral("-tree.png"));
        plainView.grab(QRect(0, 0, 1400, 500)).save(qEnvironmentVariable("BENCH_GRAB") + QStringLiteral("-plain.png"));
    }
    const Bench::Stats sLoaded = Bench::stats(loaded);
    const Bench::Stats sPainted = Bench::stats(painted);
    const Bench::Stats sRaw = Bench::stats(raw);
    const Bench::Stats sOurs = Bench::stats(oursTotal);
    const Bench::Stats sPlain = Bench::stats(plainTotal);
    const Bench::Stats sOursPaint = Bench::stats(oursPaint);
    const Bench::Stats sPlainPaint = Bench::stats(plainPaint);
    const QString bench = QStringLiteral("1 Lookup, %1 providers, %2 rows").arg(ProviderCount).arg(expectedRows);
    const double ratio = sOurs.median / sPlain.median;
    Bench::row(bench, QStringLiteral("Pipes Admin tree: request → painted (same reply as plain Qt)"),
               Bench::num(sOurs.median, 3) + QStringLiteral(" ms"), Bench::spread(sOurs, 3),
               QStringLiteral("**×%1 plain Qt**; reply → painted %2 ms vs %3 ms (×%4); paints after the reset: %5 vs %6")
                   .arg(Bench::num(ratio), Bench::num(sOursPaint.median, 3), Bench::num(sPlainPaint.median, 3),
                        Bench::num(sOursPaint.median / sPlainPaint.median), Bench::num(Bench::stats(oursPaints).median, 0),
                        Bench::num(Bench::stats(plainPaints).median, 0)),
               QStringLiteral("≤ 1.0× plain Qt: %1").arg(ratio <= 1.0 ? QStringLiteral("met") : QStringLiteral("missed")));
    Bench::row(bench, QStringLiteral("plain QTableView + QStandardItemModel: request → painted"),
               Bench::num(sPlain.median, 3) + QStringLiteral(" ms"), Bench::spread(sPlain, 3),
               QStringLiteral("peer; of which the reply %1 ms").arg(Bench::num(Bench::stats(reply).median, 3)));
    Bench::row(bench, QStringLiteral("Pipes Admin: load() → model loaded"), Bench::num(sLoaded.median, 3) + QStringLiteral(" ms"),
               Bench::spread(sLoaded, 3), QStringLiteral("×%1 raw QNAM").arg(Bench::num(sLoaded.median / sRaw.median)));
    Bench::row(bench, QStringLiteral("Pipes Admin: load() → view painted"), Bench::num(sPainted.median, 3) + QStringLiteral(" ms"),
               Bench::spread(sPainted, 3),
               QStringLiteral("+%1 ms over raw QNAM; paints after the reply: %2")
                   .arg(Bench::num(sPainted.median - sRaw.median, 3), Bench::num(Bench::stats(appPaintCounts).median, 0)));
    Bench::row(bench, QStringLiteral("raw QNetworkAccessManager GET"), Bench::num(sRaw.median, 3) + QStringLiteral(" ms"),
               Bench::spread(sRaw, 3), QStringLiteral("floor"));
    if (!curl.isEmpty()) {
        const Bench::Stats sCw = Bench::stats(curlWall);
        const Bench::Stats sCt = Bench::stats(curlTransfer);
        Bench::row(bench, QStringLiteral("curl: time_total (new connection)"), Bench::num(sCt.median, 3) + QStringLiteral(" ms"),
                   Bench::spread(sCt, 3), QStringLiteral("Pipes Admin painted ×%1").arg(Bench::num(sOurs.median / sCt.median)));
        Bench::row(bench, QStringLiteral("curl: whole process"), Bench::num(sCw.median, 3) + QStringLiteral(" ms"),
                   Bench::spread(sCw, 3), QStringLiteral("Pipes Admin painted ×%1").arg(Bench::num(sOurs.median / sCw.median)));
    }
    Bench::check(sLoaded.median > 0 && sRaw.median > 0 && sPainted.median >= sLoaded.median && sPlain.median > 0,
                 QStringLiteral("implausible figures"));
    return 0;
}
