// The API key never lands anywhere: every feature of the window and of the
// CLI is used with a recognisable key (sk_test_SECRETPROBE + a random
// suffix, the sandbox configured with it), then everything the programs
// wrote (the whole private HOME / XDG tree: settings, audit database with its
// -wal and -shm, exports, logs, anything else) and everything they printed
// (CLI stdout and stderr, the window's Qt messages with every category at
// debug level) is searched for the key in UTF-8, UTF-16LE, UTF-16BE and
// base64, and for its random suffix alone. Zero occurrences. The search
// proves it can see: it finds a planted UTF-16 copy, and it finds the
// non-secret markers it expects (the environment's name, the reason text).
//
// main() builds a fresh tree before QApplication exists and points HOME,
// XDG_*_HOME, XDG_RUNTIME_DIR, TMPDIR and the working directory into it.
// PIPES_SECRETS_KEEP=1 keeps the tree for a look.

#include "audit/AuditLog.h"
#include "gui/batch/BatchWindow.h"
#include "FakeFileChooser.h"
#include "GuiHarness.h"
#include "gui/history/HistoryWindow.h"
#include "models/ProviderTreeModel.h"
#include "gui/ProvidersPanel.h"
#include "gui/ConnectLinkDialog.h"
#include "sandbox/SandboxSeed.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QAbstractItemView>
#include <QTreeView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <unistd.h>

using namespace SandboxSeed;

namespace {

// Every Qt message of this process, with its category.
std::mutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;
QByteArray g_log;
void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The in-process sandbox stands in for WorkOS: a server is given the key
    // by definition, and QHttpServer's debug output prints request headers.
    // The app itself never runs a QHttpServer except the --demo sandbox
    // (whose key is the public sk_test_sandbox).
    if (context.category && qstrncmp(context.category, "qt.httpserver", 13) == 0)
        return;
    {
        const std::lock_guard<std::mutex> lock(g_logMutex);
        g_log += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    // Warnings and this test's own figures still reach the test's output.
    // (Not the offscreen platform's "This plugin does not support raise()".)
    if (((type == QtWarningMsg || type == QtCriticalMsg) && !message.startsWith(QLatin1String("This plugin does not support")))
        || type == QtFatalMsg || (type == QtInfoMsg && message.startsWith(QLatin1String("secrets:"))))
        g_previousHandler(type, context, message);
}

QByteArray capturedLog()
{
    const std::lock_guard<std::mutex> lock(g_logMutex);
    return g_log;
}

QString g_root; // the private tree, made by main()

QByteArray utf16(const QString &text, QSysInfo::Endian endian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        if (endian == QSysInfo::LittleEndian) {
            bytes += lo;
            bytes += hi;
        } else {
            bytes += hi;
            bytes += lo;
        }
    }
    return bytes;
}

// The forms a text can take in a file or a stream.
struct Needle final
{
    QString form;
    QByteArray bytes;
};

QList<Needle> needlesFor(const QString &text, bool withBase64)
{
    QList<Needle> needles{{QStringLiteral("UTF-8"), text.toUtf8()},
                          {QStringLiteral("UTF-16LE"), utf16(text, QSysInfo::LittleEndian)},
                          {QStringLiteral("UTF-16BE"), utf16(text, QSysInfo::BigEndian)}};
    if (withBase64) {
        // Base64 of the text at each of the three alignments it can start at.
        // (The first 4 characters mix in the bytes before the text; the
        // next 16 encode 12 bytes of the text alone.)
        for (int pad = 0; pad < 3; ++pad) {
            const QByteArray encoded = (QByteArray(pad, 'x') + text.toUtf8()).toBase64();
            needles.append({QStringLiteral("base64/%1").arg(pad), encoded.mid(pad == 0 ? 0 : 4, 16)});
        }
    }
    return needles;
}

// "label (form)" for every needle found in `haystack`, with the line around
// the first occurrence (the needle itself masked) for text forms.
QStringList findIn(const QString &label, const QByteArray &haystack, const QList<Needle> &needles)
{
    QStringList found;
    for (const Needle &needle : needles) {
        const qsizetype at = needle.bytes.isEmpty() ? -1 : haystack.indexOf(needle.bytes);
        if (at < 0)
            continue;
        QString where = QStringLiteral("%1 (%2)").arg(label, needle.form);
        if (needle.form == QLatin1String("UTF-8")) {
            const qsizetype from = std::max<qsizetype>(0, haystack.lastIndexOf('\n', at) + 1);
            const qsizetype to = haystack.indexOf('\n', at);
            QByteArray line = haystack.mid(from, std::min<qsizetype>(to < 0 ? haystack.size() - from : to - from, 400));
            line.replace(needle.bytes, "<NEEDLE>");
            where += QStringLiteral(": ") + QString::fromUtf8(line);
        }
        found.append(where);
    }
    return found;
}

// Every regular file under `root` (hidden ones too, symlinks not followed).
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

struct Captured final
{
    QString label;
    QByteArray bytes;
};

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

const QString EnvironmentName = QStringLiteral("Secret Probe Staging");
const QString Reason = QStringLiteral("SECRETS-TICKET-4711");

} // namespace

class TestSecrets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchFindsWhatItLooksFor();
    void everyFeatureOfTheWindow();
    void everyCommandOfTheCli();
    void errorsDoNotEchoTheKey();
    void debugLoggingRedactsTheAuthorizationHeader();
    void keyIsNowhere();

private:
    struct CliOutput final
    {
        int exitCode = -1;
        bool crashed = false;
        bool timedOut = false;
        QByteArray out;
        QByteArray err;
    };
    CliOutput cli(const QStringList &arguments, const QString &key = QString(), const QByteArray &input = QByteArray());
    QList<Needle> secretNeedles() const;
    QStringList scanEverything(const QList<Needle> &needles) const;

    QString m_key;
    QString m_wrongKey;
    std::unique_ptr<SandboxServer> m_server;
    QList<Captured> m_printed; // CLI output, and the window's log at the end
};

void TestSecrets::initTestCase()
{
    QVERIFY2(!g_root.isEmpty(), "main() did not make the private tree");
    QCOMPARE(QDir::homePath(), g_root + QStringLiteral("/home"));
    g_previousHandler = qInstallMessageHandler(captureMessage); // after QTest's own: everything lands in g_log

    const QString suffix = QString::number(QRandomGenerator::system()->generate64(), 36).toUpper();
    m_key = QStringLiteral("sk_test_SECRETPROBE") + suffix;
    m_wrongKey = QStringLiteral("sk_test_SECRETPROBEWRONG") + QString::number(QRandomGenerator::system()->generate64(), 36).toUpper();
    SandboxOptions options;
    options.apiKey = m_key;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen() != 0);
}

QList<Needle> TestSecrets::secretNeedles() const
{
    QList<Needle> needles;
    for (const QString &key : {m_key, m_wrongKey}) {
        needles += needlesFor(key, true);
        needles += needlesFor(key.mid(int(qstrlen("sk_test_SECRETPROBE"))), false); // the random part alone
    }
    return needles;
}

QStringList TestSecrets::scanEverything(const QList<Needle> &needles) const
{
    QStringList found;
    for (const QString &path : filesUnder(g_root)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(path + QStringLiteral(" (unreadable: %1)").arg(file.errorString()));
            continue;
        }
        found += findIn(QDir(g_root).relativeFilePath(path), file.readAll(), needles);
    }
    for (const Captured &captured : m_printed)
        found += findIn(captured.label, captured.bytes, needles);
    found += findIn(QStringLiteral("Qt messages of the window"), capturedLog(), needles);
    return found;
}

void TestSecrets::searchFindsWhatItLooksFor()
{
    // A planted UTF-16 copy deep in the tree is found, in exactly that form.
    const QString planted = g_root + QStringLiteral("/data/planted/.hidden/probe.bin");
    QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
    QFile file(planted);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("\xff\xfe", 2) + utf16(QStringLiteral("key=") + m_key, QSysInfo::LittleEndian));
    file.close();
    QStringList found = scanEverything(secretNeedles());
    QVERIFY2(found.contains(QStringLiteral("data/planted/.hidden/probe.bin (UTF-16LE)")), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(QDir(g_root + QStringLiteral("/data/planted")).removeRecursively());
    QVERIFY2(scanEverything(secretNeedles()).isEmpty(), qPrintable(scanEverything(secretNeedles()).join(QLatin1Char('\n'))));

    // And the base64 needles match a real Basic/Bearer-style encoding.
    const QByteArray encoded = (QByteArray("user:") + m_key.toUtf8()).toBase64();
    QVERIFY(!findIn(QStringLiteral("b64"), encoded, needlesFor(m_key, true)).isEmpty());
}

void TestSecrets::everyFeatureOfTheWindow()
{
    auto h = std::make_unique<GuiHarness>();
    // Wired as main.cpp does: the audit log at its default path (shared with
    // the CLI); the window owns its batch and history windows.
    h->audit = std::make_unique<AuditLog>();
    QString error;
    QVERIFY2(h->audit->open(&error), qPrintable(error));
    QVERIFY(h->audit->path().startsWith(g_root));
    // The environment as a support person adds it: a name, the URL, the key (memory-only keychain).
    Environment environment;
    environment.name = EnvironmentName;
    environment.baseUrl = m_server->baseUrl();
    QVERIFY(h->addEnvironment(environment, m_key));
    auto window = h->makeWindowFor(h->makeConnector());

    // Search a user, load the providers, open the details.
    QVERIFY(GuiHarness::openUser(window.get(), AliceEmail));
    auto *table = child<QTreeView>(window.get(), "providerTable");
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    QTest::keyClick(window.get(), Qt::Key_F5); // refresh
    QVERIFY(GuiHarness::waitForProviders(window.get()));

    // Disconnect (confirmed, with a reason).
    QVERIFY(GuiHarness::selectConnection(table, QString(SandboxSeed::AliceGithubAccountId)));
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    h->prompter.setNextReason(Reason);
    QTest::mouseClick(child<QPushButton>(window.get(), "disconnectButton"), Qt::LeftButton);
    QTRY_VERIFY(!GuiHarness::connectionIndex(table, QString(SandboxSeed::AliceGithubAccountId)).isValid());

    // A connect link.
    QVERIFY(GuiHarness::selectSlug(table, QStringLiteral("slack")));
    QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
    ConnectLinkDialog *dialog = window->providersPanel()->connectLinkDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *reason = child<QLineEdit>(dialog, "reasonEdit");
    QVERIFY(reason);
    QTest::keyClicks(reason, Reason);
    QTest::keyClick(reason, Qt::Key_Return);
    QTRY_VERIFY(child<QLineEdit>(dialog, "linkEdit")->text().startsWith(m_server->baseUrl().toString()));
    QTest::mouseClick(child<QPushButton>(dialog, "copyLinkButton"), Qt::LeftButton);
    dialog->close();

    // Batch… (Ctrl+B) from the window: a check of the user on the right.
    auto *batchAction = child<QAction>(window.get(), "actionBatch");
    QVERIFY(batchAction && batchAction->isEnabled());
    QCOMPARE(batchAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    batchAction->trigger();
    QPointer<BatchWindow> fromMenu = qobject_cast<BatchWindow *>(window->batchWindow());
    QVERIFY(fromMenu);
    QTRY_VERIFY(fromMenu->isVisible());
    QVERIFY(child<QPlainTextEdit>(fromMenu, "inputEdit")->toPlainText().contains(QString(AliceUserId)));
    QTest::mouseClick(child<QPushButton>(fromMenu, "checkButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(fromMenu->phase(), BatchWindow::Phase::Checked, 15000);
    fromMenu->close();
    QTRY_VERIFY(fromMenu.isNull());

    // A batch window with a file chooser the test answers: check, exports,
    // preview, confirmed run; then the history. Its client is the one the
    // window's workspace would give it: this environment's URL and key.
    ClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.apiKey = m_key;
    WorkOsClient client(&h->nam, config);
    AuditLog &audit = *h->audit;
    FakeFileChooser files;
    BatchWindowContext context;
    context.client = &client;
    context.nam = &h->nam;
    context.auditLog = &audit;
    context.prompter = &h->prompter;
    context.files = &files;
    context.settings = h->settings.get();
    context.environmentName = EnvironmentName;
    auto *batch = new BatchWindow(context, window.get());
    batch->setAttribute(Qt::WA_DeleteOnClose);
    batch->show();
    auto *input = child<QPlainTextEdit>(batch, "inputEdit");
    input->setFocus();
    for (const QString &line : {QString(AliceEmail), QString(CarolEmail), QString(DaveUserId), QStringLiteral("not an email")}) {
        QTest::keyClicks(input, line);
        QTest::keyClick(input, Qt::Key_Return);
    }
    QTest::mouseClick(child<QPushButton>(batch, "checkButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(batch->phase(), BatchWindow::Phase::Checked, 15000);
    const QString exports = g_root + QStringLiteral("/home/exports");
    QVERIFY(QDir().mkpath(exports));
    files.setNextPath(exports + QStringLiteral("/check.csv"));
    QTest::mouseClick(child<QPushButton>(batch, "exportCsvButton"), Qt::LeftButton);
    files.setNextPath(exports + QStringLiteral("/check.json"));
    QTest::mouseClick(child<QPushButton>(batch, "exportJsonButton"), Qt::LeftButton);
    QVERIFY(QFile::exists(exports + QStringLiteral("/check.csv")));
    QVERIFY(QFile::exists(exports + QStringLiteral("/check.json")));

    // Dave's delete fails (503 every time): the failure and its text go into the audit log.
    SandboxFault failing;
    failing.method = "DELETE";
    failing.pathPattern = QStringLiteral("/user_management/users/%1/connected_accounts/github").arg(DaveUserId);
    failing.status = 503;
    failing.times = -1;
    m_server->addFault(failing);
    const auto clearFaults = qScopeGuard([this] { m_server->clearFaults(); });
    batch->setProviderSlug(GithubSlug);
    QTest::keyClicks(child<QLineEdit>(batch, "reasonEdit"), Reason);
    QTest::mouseClick(child<QPushButton>(batch, "previewButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(batch->phase(), BatchWindow::Phase::Previewed, 15000);
    h->prompter.setNextAnswer(Prompter::Answer::Accepted);
    QTest::mouseClick(child<QPushButton>(batch, "runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(batch->phase(), BatchWindow::Phase::Disconnected, 15000);
    files.setNextPath(exports + QStringLiteral("/disconnect.json"));
    QTest::mouseClick(child<QPushButton>(batch, "exportJsonButton"), Qt::LeftButton);
    AuditFilter failed;
    failed.outcomes = {AuditOutcome::Failed};
    const QList<AuditRecord> failures = audit.query(failed);
    QCOMPARE(failures.size(), 1); // Dave's
    QVERIFY2(failures.constFirst().completion.detail.contains(QStringLiteral("503")),
             qPrintable(failures.constFirst().completion.detail));
    AuditFilter succeeded;
    succeeded.outcomes = {AuditOutcome::Succeeded};
    QVERIFY(audit.count(succeeded) >= 1); // Carol's

    batch->close();
    // History… (Ctrl+H) from the window shows the single disconnect, the link and the batch.
    auto *historyAction = child<QAction>(window.get(), "actionHistory");
    QVERIFY(historyAction && historyAction->isEnabled());
    historyAction->trigger();
    QPointer<QWidget> historyFromMenu = window->historyWindow();
    QVERIFY(historyFromMenu);
    QTRY_VERIFY(historyFromMenu->isVisible());
    QTRY_VERIFY(child<QTableView>(historyFromMenu, "historyTable")->model()->rowCount() >= 4);
    historyFromMenu->close();
    // The same history with the test's file chooser, for its CSV export.
    auto *history = new HistoryWindow(HistoryWindow::Context{&audit, &h->prompter, &files, {EnvironmentName}},
                                      window.get());
    history->setAttribute(Qt::WA_DeleteOnClose);
    history->show();
    QTRY_VERIFY(history->isVisible());
    files.setNextPath(exports + QStringLiteral("/history.csv"));
    QTest::mouseClick(child<QPushButton>(history, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(exports + QStringLiteral("/history.csv")));

    // A server that echoes the key in an error: the window shows the error, not the key.
    {
        SandboxFault echo;
        echo.method = "GET";
        echo.pathPattern = QStringLiteral("/user_management/users");
        echo.status = 400;
        echo.body = QByteArrayLiteral("{\"code\":\"invalid_request\",\"message\":\"Invalid API key provided: ") + m_key.toUtf8()
            + QByteArrayLiteral("\"}");
        echo.times = -1;
        m_server->addFault(echo);
        GuiHarness::search(window.get(), QString(BobEmail));
        // The server's words reach the search pane and the status bar, masked.
        const auto shownError = [] {
            QStringList texts;
            for (QWidget *w : QApplication::allWidgets()) {
                const auto *label = qobject_cast<QLabel *>(w);
                if (!label || !label->isVisible())
                    continue;
                // The status bar elides its error line; the whole text is in its tooltip.
                for (const QString &text : {label->text(), label->toolTip()}) {
                    if (text.contains(QStringLiteral("Invalid API key provided")))
                        texts.append(label->objectName() + QStringLiteral(": ") + text);
                }
            }
            return texts;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shownError().size() >= 2, 10000);
        for (const QString &text : shownError()) {
            QVERIFY2(text.contains(QStringLiteral("<redacted API key>")) && !text.contains(m_key),
                     qPrintable(QString(text).replace(m_key, QStringLiteral("<THE KEY>"))));
        }
        m_server->clearFaults();
    }

    // Nothing the window shows has the key either.
    QStringList shown;
    for (QWidget *w : QApplication::allWidgets()) {
        if (auto *label = qobject_cast<QLabel *>(w))
            shown.append(label->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            shown.append(edit->text());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            shown.append(plain->toPlainText());
        shown.append(w->windowTitle());
        shown.append(w->toolTip());
    }
    const QString visible = shown.join(QLatin1Char('\n'));
    QVERIFY(visible.contains(EnvironmentName)); // the search sees the window
    QVERIFY(!visible.contains(m_key));

    // Files as they are while the app runs (the audit database's -wal and -shm exist now).
    QStringList names;
    for (const QString &path : filesUnder(g_root))
        names.append(QFileInfo(path).fileName());
    QVERIFY2(names.contains(QStringLiteral("audit.sqlite3-wal")), qPrintable(names.join(QLatin1Char(' '))));
    const QStringList found = scanEverything(secretNeedles());
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the key was found in: ") + found.join(QStringLiteral("; "))));
    // ...and the same search does see the environment's name in the settings.
    h->settings->sync();
    const QString settings = QDir(g_root).relativeFilePath(h->settings->fileName());
    QVERIFY(!settings.startsWith(QStringLiteral("..")));
    const QStringList seen = scanEverything(needlesFor(EnvironmentName, false));
    QVERIFY2(seen.join(QLatin1Char('\n')).contains(settings + QStringLiteral(" (UTF-8)")), qPrintable(seen.join(QLatin1Char('\n'))));
}

TestSecrets::CliOutput TestSecrets::cli(const QStringList &arguments, const QString &key, const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); // the private tree
    for (const char *name : {"WORKOS_API_KEY", "PIPES_ADMIN_BASE_URL", "PIPES_ADMIN_ENVIRONMENT", "PIPES_ADMIN_AUDIT_DB"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("WORKOS_API_KEY"), key.isEmpty() ? m_key : key);
    environment.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), m_server->baseUrl().toString());
    environment.insert(QStringLiteral("PIPES_ADMIN_OPEN_LOG"), g_root + QStringLiteral("/cwd/opened-urls.log"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_DIRS"), g_root + QStringLiteral("/etc-xdg")); // no provisioning file

    CliOutput result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(g_root + QStringLiteral("/cwd"));
    QEventLoop loop; // the sandbox answers from this thread
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });
    process.start(QStringLiteral(PIPES_CLI_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    const QString label = QStringLiteral("pipes-admin-cli ") + arguments.join(QLatin1Char(' '));
    m_printed.append({label + QStringLiteral(" [stdout]"), result.out});
    m_printed.append({label + QStringLiteral(" [stderr]"), result.err});
    return result;
}

void TestSecrets::everyCommandOfTheCli()
{
    const QString users = g_root + QStringLiteral("/cwd/users.txt");
    QFile list(users);
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(QByteArray("email\n") + QByteArray(AliceEmail.data()) + "\n" + QByteArray(CarolEmail.data()) + "\n"
               + QByteArray(DaveUserId.data()) + "\nnobody@example.com\n");
    list.close();

    struct Command final
    {
        QStringList arguments;
        QList<int> exitCodes;
    };
    const QString alice = AliceUserId;
    const QList<Command> commands{
        {{QStringLiteral("users"), QStringLiteral("--email"), AliceEmail}, {0}},
        {{QStringLiteral("users"), QStringLiteral("--organization"), AcmeOrgId, QStringLiteral("--all")}, {0}},
        {{QStringLiteral("user"), alice}, {0}},
        {{QStringLiteral("providers"), alice}, {0}},
        {{QStringLiteral("providers"), alice, QStringLiteral("--organization"), GlobexOrgId}, {0}},
        {{QStringLiteral("account"), alice, SlackSlug}, {0}},
        {{QStringLiteral("authorize-url"), alice, SlackSlug, QStringLiteral("--reason"), Reason, QStringLiteral("--open")}, {0}},
        // (the --json run finds the account gone: 404, exit 3)
        {{QStringLiteral("disconnect"), QString(CarolUserId), GithubSlug, QStringLiteral("--yes"), QStringLiteral("--reason"), Reason}, {0, 3}},
        {{QStringLiteral("disconnect"), QString(CarolUserId), GithubSlug, QStringLiteral("--yes")}, {3}}, // not connected: nothing sent
        {{QStringLiteral("batch"), QStringLiteral("check"), QStringLiteral("--input"), users}, {5}},
        {{QStringLiteral("batch"), QStringLiteral("check"), QStringLiteral("--input"), QStringLiteral("-")}, {0}},
        {{QStringLiteral("batch"), QStringLiteral("disconnect"), QString(GoogleDriveSlug), QStringLiteral("--input"), users,
          QStringLiteral("--dry-run")}, {0, 5}},
        {{QStringLiteral("batch"), QStringLiteral("disconnect"), QString(GoogleDriveSlug), QStringLiteral("--input"), users,
          QStringLiteral("--yes"), QStringLiteral("--reason"), Reason}, {0, 5}},
        {{QStringLiteral("history")}, {0}},
        {{QStringLiteral("history"), QStringLiteral("--csv")}, {0}},
        {{QStringLiteral("history"), QStringLiteral("--user"), alice, QStringLiteral("--since"), QStringLiteral("7d")}, {0}},
        {{QStringLiteral("--help")}, {0}},
        {{QStringLiteral("--version")}, {0}},
        {{QStringLiteral("batch"), QStringLiteral("disconnect"), QStringLiteral("--help")}, {0}},
        {{QStringLiteral("user"), QString(MissingUserId)}, {3}},
    };
    int runs = 0;
    for (const Command &command : commands) {
        for (const bool json : {false, true}) {
            QStringList arguments = command.arguments;
            if (json)
                arguments.prepend(QStringLiteral("--json"));
            const bool stdinInput = arguments.contains(QStringLiteral("-"));
            const CliOutput run = cli(arguments, QString(), stdinInput ? QByteArray(AliceEmail.data()) + "\n" : QByteArray());
            const QString what = arguments.join(QLatin1Char(' ')) + QStringLiteral(": exit ") + QString::number(run.exitCode)
                + QStringLiteral("\n") + QString::fromUtf8(run.err.right(2000));
            QVERIFY2(!run.crashed && !run.timedOut, qPrintable(what));
            QVERIFY2(command.exitCodes.contains(run.exitCode), qPrintable(what));
            QVERIFY2(!run.out.isEmpty() || (run.exitCode != 0 && !run.err.isEmpty()), qPrintable(what));
            ++runs;
        }
    }
    qInfo().noquote() << QStringLiteral("secrets: %1 CLI runs").arg(runs);
    QVERIFY(QFile::exists(g_root + QStringLiteral("/cwd/opened-urls.log")));
    // The CLI's audit records are in the shared database, with the reason (the marker).
    AuditLog audit;
    QVERIFY(audit.open());
    AuditFilter filter;
    filter.userId = QString(CarolUserId);
    // The disconnect (the second finds nothing in its fresh read, so it sends and records nothing).
    QVERIFY(audit.count(filter) >= 1);
}

void TestSecrets::errorsDoNotEchoTheKey()
{
    // A wrong key: 401, said plainly, neither key printed.
    CliOutput run = cli({QStringLiteral("users"), QStringLiteral("--email"), AliceEmail}, m_wrongKey);
    QVERIFY2(run.exitCode != 0, run.err.constData());
    QVERIFY2(run.err.contains("401"), run.err.constData());
    run = cli({QStringLiteral("--json"), QStringLiteral("user"), QString(AliceUserId)}, m_wrongKey);
    QVERIFY(run.exitCode != 0);

    // A server (or a proxy) that echoes the key it was given in its error
    // message: refused (401) or a bad request (400) that quotes the header.
    const auto clearFaults = qScopeGuard([this] { m_server->clearFaults(); });
    for (const int status : {401, 400}) {
        for (const QString &echoed : {m_key, m_wrongKey}) {
            SandboxFault echo;
            echo.action = SandboxFault::Action::Respond;
            echo.status = status;
            echo.body = QByteArrayLiteral("{\"code\":\"") + (status == 401 ? "unauthorized" : "invalid_request")
                + QByteArrayLiteral("\",\"message\":\"Invalid API key provided: ") + echoed.toUtf8()
                + QByteArrayLiteral("\",\"errors\":[{\"field\":\"authorization\",\"code\":\"Bearer ") + echoed.toUtf8()
                + QByteArrayLiteral("\"}]}");
            echo.times = -1;
            m_server->addFault(echo);
            for (const QStringList &arguments :
                 {QStringList{QStringLiteral("user"), QString(AliceUserId)},
                  QStringList{QStringLiteral("--json"), QStringLiteral("user"), QString(AliceUserId)}}) {
                run = cli(arguments, echoed);
                // What the user sees: refused or failed, the status, the request id, and not the key.
                const QByteArray shown = run.err + run.out;
                QVERIFY2(run.exitCode == (status == 401 ? 4 : 5), run.err.right(2000).constData());
                QVERIFY2(shown.contains(QByteArray::number(status)), run.err.right(2000).constData());
                QVERIFY2(shown.contains("req_"), run.err.right(2000).constData());
                if (status != 401) // (a 401 is told in the CLI's own words)
                    QVERIFY2(shown.contains("<redacted API key>"), shown.right(2000).constData()); // the echo arrived, masked
                const QStringList found = findIn(arguments.join(QLatin1Char(' ')), shown, secretNeedles());
                QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
            }
            m_server->clearFaults();
        }
    }
}

void TestSecrets::debugLoggingRedactsTheAuthorizationHeader()
{
    // The window's requests, logged at debug level in this process.
    const QByteArray log = capturedLog();
    QVERIFY2(log.contains("pipes.api: "), "no pipes.api debug output captured");
    QVERIFY(log.contains("Authorization: <redacted>"));
    // The CLI's, on its stderr.
    const CliOutput run = cli({QStringLiteral("user"), QString(AliceUserId)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("Authorization: <redacted>"), run.err.left(3000).constData());
    QVERIFY(!run.err.contains(m_key.toUtf8()));
}

void TestSecrets::keyIsNowhere()
{
    // What the search must see, so that "nothing found" means something.
    const QList<Needle> markers = needlesFor(EnvironmentName, false) + needlesFor(Reason, false);
    const QStringList seen = scanEverything(markers);
    const QString seenText = seen.join(QLatin1Char('\n'));
    QVERIFY2(seenText.contains(QStringLiteral("audit.sqlite3")), qPrintable(seenText));          // names and reasons
    QVERIFY2(seenText.contains(QStringLiteral("history.csv (UTF-8)")), qPrintable(seenText));    // the history export
    QVERIFY2(seenText.contains(QStringLiteral("pipes-admin-cli history [stdout] (UTF-8)")), qPrintable(seenText));
    QVERIFY2(seenText.contains(QStringLiteral("Qt messages of the window (UTF-8)")), qPrintable(seenText));

    const QStringList files = filesUnder(g_root);
    qInfo().noquote() << QStringLiteral("secrets: searched %1 files under %2 and %3 captured outputs (%4 bytes of the window's Qt messages)")
                             .arg(files.size())
                             .arg(g_root)
                             .arg(m_printed.size() + 1)
                             .arg(capturedLog().size());
    for (const QString &path : files)
        qInfo().noquote() << QStringLiteral("secrets:   %1 (%2 bytes)").arg(QDir(g_root).relativeFilePath(path)).arg(QFileInfo(path).size());
    const QStringList found = scanEverything(secretNeedles());
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("the key was found in: ") + found.join(QStringLiteral("; "))));
}

int main(int argc, char *argv[])
{
    // A fresh tree for everything the programs write, before Qt reads any of it.
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray root = base + "/tst_secrets-XXXXXX";
    if (!mkdtemp(root.data())) {
        std::perror("mkdtemp");
        return 2;
    }
    g_root = QString::fromLocal8Bit(root);
    const auto dir = [&](const char *sub) {
        const QByteArray path = root + '/' + sub;
        QDir().mkpath(QString::fromLocal8Bit(path));
        return path;
    };
    qputenv("HOME", dir("home"));
    qputenv("XDG_CONFIG_HOME", dir("config"));
    qputenv("XDG_DATA_HOME", dir("data"));
    qputenv("XDG_CACHE_HOME", dir("cache"));
    qputenv("XDG_STATE_HOME", dir("state"));
    qputenv("TMPDIR", dir("tmp"));
    const QByteArray runtime = dir("runtime");
    QFile::setPermissions(QString::fromLocal8Bit(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime);
    if (chdir(dir("cwd").constData()) != 0) { // crash output (core files) would land here
        std::perror("chdir");
        return 2;
    }
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    qputenv("QT_QPA_PLATFORM", "offscreen");

    int result = 0;
    {
        QApplication app(argc, argv);
        // The names main.cpp gives the app, so default paths are the app's.
        QCoreApplication::setOrganizationName(QStringLiteral("PipesAdmin"));
        QCoreApplication::setApplicationName(QStringLiteral("pipes-admin"));
        TestSecrets test;
        result = QTest::qExec(&test, argc, argv);
    }
    if (qEnvironmentVariableIntValue("PIPES_SECRETS_KEEP") != 1)
        QDir(g_root).removeRecursively();
    else
        std::fprintf(stderr, "tst_secrets: kept %s\n", root.constData());
    return result;
}

#include "tst_secrets.moc"
