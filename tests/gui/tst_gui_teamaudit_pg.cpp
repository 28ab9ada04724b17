// Settings' "Team audit" page over a real, throw-away PostgreSQL cluster
// (PgCluster) and the real Secret Service (run through /tmp/runtests.sh or
// CI's dbus session): the store in use without password, the password stored
// write-only in the keychain and used by the app's audit log when libpq's own
// sources do not log in, "Forget password", "Test" off the GUI thread with a
// clear answer (a wrong password written nowhere), and the operator's display
// name in every record, in History and its filter.

#include "audit/AuditCredentials.h"
#include "audit/AuditLog.h"
#include "audit/AuditTableModel.h"
#include "config/SecretStore.h"
#include "gui/history/HistoryWindow.h"
#include "gui/settings/TeamAuditSettingsPage.h"
#include "PgCluster.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << path;
    }
    return found;
}

// What the keychain holds for `key` under the audit service ("" when nothing).
SecretResult keychainRead(const QString &key)
{
    SecretStore secrets(AuditCredentials::keychainService());
    QEventLoop loop;
    SecretResult result;
    secrets.read(key, &loop, [&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

AuditEntry entry(const QString &user)
{
    AuditEntry e;
    e.userId = user;
    e.providerSlug = QStringLiteral("slack");
    return e;
}
} // namespace

class TestGuiTeamAuditPg final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void passwordIsStoredWriteOnlyAndUsedWhenPgpassFails();
    void testOfAnUnreachableStoreKeepsTheWindowResponsive();
    void displayNameNamesTheOperatorInRecordsAndHistory();

private:
    QString clickTest(TeamAuditSettingsPage &page, bool *ok);
    std::unique_ptr<PgCluster> m_pg;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void TestGuiTeamAuditPg::initTestCase()
{
    m_pg = std::make_unique<PgCluster>();
    QString error;
    QVERIFY2(m_pg->start(&error), qPrintable(error));
    SecretStore probe(AuditCredentials::keychainService());
    QEventLoop loop;
    SecretResult result;
    probe.probe(&loop, [&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok())
        QSKIP("No Secret Service on this session bus: run through a dbus session with a keyring (CI, /tmp/runtests.sh).");
}

void TestGuiTeamAuditPg::init()
{
    // libpq's own sources do not log in: only a keychain password can.
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("no-such-pgpass"))));
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_settings->clear();
}

QString TestGuiTeamAuditPg::clickTest(TeamAuditSettingsPage &page, bool *ok)
{
    QSignalSpy finished(&page, &TeamAuditSettingsPage::testFinished);
    auto *test = page.findChild<QPushButton *>(QStringLiteral("testAuditStoreButton"));
    if (!test || !test->isEnabled())
        return QStringLiteral("<no Test button>");
    QTest::mouseClick(test, Qt::LeftButton);
    if (!finished.wait(20000))
        return QStringLiteral("<Test did not finish>");
    *ok = finished.first().at(0).toBool();
    return page.findChild<QLabel *>(QStringLiteral("auditTestResultLabel"))->text();
}

void TestGuiTeamAuditPg::passwordIsStoredWriteOnlyAndUsedWhenPgpassFails()
{
    AuditLog log(m_pg->url());
    QString error;
    QVERIFY(!log.open(&error)); // what the app meets at start without a password
    QVERIFY2(error.contains(QStringLiteral("refused the login")), qPrintable(error));
    const QString key = AuditCredentials::keychainKey(log.location());
    QCOMPARE(key, QStringLiteral("pipes_audit@127.0.0.1:%1/postgres").arg(m_pg->port()));

    TeamAuditSettingsPage page(&log, m_settings.get());
    page.show();
    auto *store = page.findChild<QLabel *>(QStringLiteral("auditStoreLabel"));
    QVERIFY(store);
    QCOMPARE(store->text(), QStringLiteral("Shared: postgresql://pipes_audit@127.0.0.1:%1/postgres").arg(m_pg->port()));
    auto *state = page.findChild<QLabel *>(QStringLiteral("auditPasswordStateLabel"));
    auto *password = page.findChild<QLineEdit *>(QStringLiteral("auditPasswordEdit"));
    auto *storeButton = page.findChild<QPushButton *>(QStringLiteral("storeAuditPasswordButton"));
    auto *forget = page.findChild<QPushButton *>(QStringLiteral("forgetAuditPasswordButton"));
    QVERIFY(state && password && storeButton && forget);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    // A wrong password: stored, never shown again, and Test says clearly what is wrong.
    const QString wrong = QStringLiteral("wrong-pw-e61c0a");
    QTRY_VERIFY(password->isEnabled());
    QTest::keyClicks(password, wrong);
    QTest::mouseClick(storeButton, Qt::LeftButton);
    QTRY_VERIFY2(state->text().startsWith(QStringLiteral("A password for")), qPrintable(state->text()));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(keychainRead(key).key, wrong);
    bool ok = true;
    QString result = clickTest(page, &ok);
    QVERIFY(!ok);
    QVERIFY2(result.contains(QStringLiteral("refused the login")), qPrintable(result));
    QVERIFY(!result.contains(wrong));
    m_settings->sync();
    QVERIFY(filesContaining(m_dir.path(), wrong.toUtf8()).isEmpty());
    QVERIFY(filesContaining(QDir::homePath(), wrong.toUtf8()).isEmpty());

    // The right one replaces it: Test connects, and the app's audit log opens with it.
    QTest::keyClicks(password, m_pg->password());
    QTest::mouseClick(storeButton, Qt::LeftButton);
    QTRY_COMPARE(keychainRead(key).key, m_pg->password());
    QTRY_VERIFY(forget->isEnabled());
    result = clickTest(page, &ok);
    QVERIFY2(ok && result.contains(QStringLiteral("Connected to postgresql://pipes_audit@127.0.0.1")), qPrintable(result));
    QVERIFY(!result.contains(m_pg->password()));
    QVERIFY2(log.open(&error), qPrintable(error));
    // A later start reads the same entry (what main() and pipes-admin-cli do).
    AuditLog next(m_pg->url());
    next.setPasswordSource([&next] { return AuditCredentials::readPassword(next.location()); });
    QVERIFY2(next.open(&error), qPrintable(error));
    QVERIFY(filesContaining(m_dir.path(), m_pg->password().toUtf8()).isEmpty());

    // Forgotten: the keychain holds nothing, a start without ~/.pgpass is refused again.
    QTest::mouseClick(forget, Qt::LeftButton);
    QTRY_VERIFY2(state->text().contains(QStringLiteral("No password is stored")), qPrintable(state->text()));
    QCOMPARE(keychainRead(key).status, SecretResult::Status::NotFound);
    AuditLog after(m_pg->url());
    after.setPasswordSource([&after] { return AuditCredentials::readPassword(after.location()); });
    QVERIFY(!after.open(&error));
    QVERIFY(!forget->isEnabled());
}

void TestGuiTeamAuditPg::testOfAnUnreachableStoreKeepsTheWindowResponsive()
{
    // A server that takes the TCP connection and never answers: libpq waits for its connect timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    AuditLog log(QStringLiteral("postgresql://pipes_audit@127.0.0.1:%1/postgres?sslmode=disable").arg(silent.serverPort()));
    TeamAuditSettingsPage page(&log, m_settings.get());
    page.show();
    auto *test = page.findChild<QPushButton *>(QStringLiteral("testAuditStoreButton"));
    QTRY_VERIFY(test->isEnabled());
    QSignalSpy finished(&page, &TeamAuditSettingsPage::testFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(test, Qt::LeftButton);
    const qint64 blocked = clock.elapsed();
    QVERIFY2(blocked < 500, "the click blocked the GUI thread");
    QCOMPARE(finished.count(), 0); // the answer comes later, through the event loop
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString report = finished.first().at(1).toString();
    QVERIFY2(report.contains(QStringLiteral("Cannot reach the audit database")), qPrintable(report));
    QVERIFY2(clock.elapsed() > 1000, "the silent server was not waited for"); // the fault is real
    qInfo("Test of a silent store answered after %lld ms; the click returned after %lld ms", clock.elapsed(), blocked);
}

void TestGuiTeamAuditPg::displayNameNamesTheOperatorInRecordsAndHistory()
{
    qputenv("PGPASSFILE", QFile::encodeName(m_pg->pgpassPath()));
    AuditLog log(m_pg->url());
    QString error;
    QVERIFY2(log.open(&error), qPrintable(error));
    TeamAuditSettingsPage page(&log, m_settings.get());
    page.show();
    auto *name = page.findChild<QLineEdit *>(QStringLiteral("auditOperatorEdit"));
    QVERIFY(name);
    QCOMPARE(name->placeholderText(), AuditLog::currentOsUser());
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Sam Lee"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_settings->value(QStringLiteral("audit/operatorName")).toString(), QStringLiteral("Sam Lee"));
    QCOMPARE(AuditCredentials::operatorName(*m_settings), QStringLiteral("Sam Lee"));

    const std::optional<qint64> id = log.begin(entry(QStringLiteral("user_named")));
    QVERIFY(id);
    const std::optional<AuditRecord> record = log.record(*id);
    QVERIFY(record);
    QCOMPARE(record->operatorName, QStringLiteral("Sam Lee"));
    QCOMPARE(record->osUser, AuditLog::currentOsUser()); // the login is kept beside it

    // Cleared: the OS login again.
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!m_settings->contains(QStringLiteral("audit/operatorName")));
    QVERIFY(log.begin(entry(QStringLiteral("user_login"))));

    HistoryWindow::Context context;
    context.auditLog = &log;
    HistoryWindow window(context);
    window.show();
    QCOMPARE(window.model()->rowCount(), 2);
    const QModelIndex named = window.model()->index(1, AuditTableModel::OsUserColumn);
    QCOMPARE(window.model()->data(named).toString(), QStringLiteral("Sam Lee"));
    QCOMPARE(window.model()->data(window.model()->index(0, AuditTableModel::OsUserColumn)).toString(),
             AuditLog::currentOsUser());
    auto *operatorEdit = window.findChild<QLineEdit *>(QStringLiteral("operatorEdit"));
    QVERIFY(operatorEdit);
    QTest::keyClicks(operatorEdit, QStringLiteral("Sam Lee"));
    window.applyFilter();
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(window.model()->recordAt(0)->entry.userId, QStringLiteral("user_named"));
}

QTEST_MAIN(TestGuiTeamAuditPg)
#include "tst_gui_teamaudit_pg.moc"
