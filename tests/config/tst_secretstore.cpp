#include "config/EnvironmentStore.h"
#include "config/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <QtTest>

#include <optional>

namespace {
// Runs one SecretStore operation to completion.
template <typename Start>
std::optional<SecretResult> wait(Start start, int timeoutMs = 20000)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt; // no answer in time
    return result;
}

// Every regular file under `dir` whose bytes contain `needle` (UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            hits.append(path);
    }
    return hits;
}
} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("masked");
        QTest::newRow("live") << "sk_live_abcdefghijklmnopwxyz" << QStringLiteral("sk_live_…wxyz");
        QTest::newRow("test") << "sk_test_a2V5XzAxSDEyMzQ1Njc4OTA" << QStringLiteral("sk_test_…4OTA");
        QTest::newRow("no environment word") << "sk_0123456789abcdef" << QStringLiteral("sk_…cdef");
        QTest::newRow("no prefix") << "ABCDEFGHIJKLMNOP" << QStringLiteral("…MNOP");
        QTest::newRow("short secret shows no tail") << "sk_test_abcd1234" << QStringLiteral("sk_test_…");
        QTest::newRow("whitespace trimmed") << "  sk_live_abcdefghijklmnopwxyz\n" << QStringLiteral("sk_live_…wxyz");
        QTest::newRow("empty") << "" << QString();
    }
    void maskKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, masked);
        QCOMPARE(SecretStore::maskKey(key), masked);
    }
    void maskNeverRevealsMuch()
    {
        const QString key = QStringLiteral("sk_live_0123456789abcdefghijklmnop");
        const QString masked = SecretStore::maskKey(key);
        QVERIFY(!masked.contains(QLatin1String("0123")));
        QCOMPARE(masked.size(), QStringLiteral("sk_live_…mnop").size());
    }

    void memoryOnlyRoundTrip()
    {
        SecretStore store(QStringLiteral("pipes-admin-test-memory"));
        QSignalSpy modeSpy(&store, &SecretStore::modeChanged);
        store.useMemoryOnly();
        QCOMPARE(store.mode(), SecretStore::Mode::MemoryOnly);
        QCOMPARE(modeSpy.count(), 1);
        const QString key = QStringLiteral("sk_test_memory_only_123456");

        auto missing = wait([&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("A"), c, d); });
        QVERIFY(missing);
        QCOMPARE(missing->status, SecretResult::Status::NotFound);
        auto written = wait([&](QObject *c, SecretStore::Callback d) { store.write(QStringLiteral("A"), key, c, d); });
        QVERIFY(written && written->ok());
        auto read = wait([&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("A"), c, d); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->key, key);
        auto removed = wait([&](QObject *c, SecretStore::Callback d) { store.remove(QStringLiteral("A"), c, d); });
        QVERIFY(removed && removed->ok());
        auto gone = wait([&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("A"), c, d); });
        QCOMPARE(gone->status, SecretResult::Status::NotFound);
    }

    void callbackDiesWithItsContext()
    {
        SecretStore store;
        store.useMemoryOnly();
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("A"), &context, [&called](const SecretResult &) { called = true; });
        }
        // A fixed wait on purpose: it proves the callback never comes (a memory-only
        // read answers on the next event-loop turn, well within it).
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // The real OS keychain: Secret Service (gnome-keyring) on a private D-Bus
    // session, as scripts/dev test provides.
    void realKeychainRoundTrip()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset), so no Secret Service to test against. "
                  "Run the suite with scripts/dev test, which starts dbus-run-session and gnome-keyring-daemon.");

        // The app's real settings next to the key, in the test's private HOME.
        const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QSettings settings(configHome + QStringLiteral("/PipesAdmin/pipes-admin.conf"), QSettings::IniFormat);
        EnvironmentStore environments(&settings, QString());
        const QString envName = QStringLiteral("Keychain test %1").arg(QUuid::createUuid().toString(QUuid::Id128));
        Environment e;
        e.name = envName;
        QVERIFY(environments.add(e).ok());

        SecretStore store; // service "pipes-admin", like the app
        auto probe = wait([&](QObject *c, SecretStore::Callback d) { store.probe(c, d); });
        QVERIFY(probe);
        if (!probe->ok())
            QFAIL(qPrintable(QStringLiteral("A D-Bus session exists but the keychain does not work: %1")
                                 .arg(probe->error)));
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
        QCOMPARE(store.mode(), SecretStore::Mode::Keychain);

        const QString key = QStringLiteral("sk_test_PIPESKEYCHAINPROBE%1")
                                .arg(QUuid::createUuid().toString(QUuid::Id128).toUpper());
        auto written = wait([&](QObject *c, SecretStore::Callback d) { store.write(envName, key, c, d); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->error));
        QVERIFY(!written->error.contains(key));

        // A second store instance (nothing cached in memory) reads it back.
        SecretStore fresh;
        auto read = wait([&](QObject *c, SecretStore::Callback d) { fresh.read(envName, c, d); });
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->error));
        QCOMPARE(read->key, key);

        // It really is in the Secret Service, not in this process: another
        // process (this executable in helper mode) reads it through D-Bus.
        {
            QProcess helper;
            helper.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--print-key"), envName});
            QVERIFY(helper.waitForFinished(30000));
            QCOMPARE(helper.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(helper.readAllStandardOutput()).trimmed(), key);
        }
        // And through libsecret's own tool, when installed.
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty()) {
            QProcess tool;
            tool.start(QStringLiteral("secret-tool"),
                       {QStringLiteral("search"), QStringLiteral("--unlock"), QStringLiteral("user"), envName});
            QVERIFY(tool.waitForFinished(20000));
            const QByteArray out = tool.readAllStandardOutput() + tool.readAllStandardError();
            QVERIFY2(out.contains(key.toUtf8()), out.constData());
        }

        // And in no file the app or the test wrote.
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QStringList roots{QDir::homePath(), configHome,
                          QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                          QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                          QFileInfo(settings.fileName()).absolutePath()};
        roots.removeDuplicates();
        for (const QString &root : std::as_const(roots)) {
            const QStringList hits = filesContaining(root, key);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
        // The search itself works: the environment's name is found in the settings file.
        QVERIFY(!filesContaining(QFileInfo(settings.fileName()).absolutePath(), envName).isEmpty());

        auto removed = wait([&](QObject *c, SecretStore::Callback d) { store.remove(envName, c, d); });
        QVERIFY(removed && removed->ok());
        auto gone = wait([&](QObject *c, SecretStore::Callback d) { fresh.read(envName, c, d); });
        QVERIFY(gone);
        QCOMPARE(gone->status, SecretResult::Status::NotFound);
        QVERIFY(environments.remove(envName).ok());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Helper mode for realKeychainRoundTrip: print the key stored for an
    // environment, read through QtKeychain in a separate process.
    if (argc == 3 && qstrcmp(argv[1], "--print-key") == 0) {
        SecretStore store;
        auto r = wait([&](QObject *c, SecretStore::Callback d) { store.read(QString::fromUtf8(argv[2]), c, d); });
        if (!r || !r->ok())
            return 1;
        QTextStream(stdout) << r->key << Qt::endl;
        return 0;
    }
    TestSecretStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_secretstore.moc"
