// The keychain is unreachable (D-Bus points nowhere, as on a headless box
// without a Secret Service): SecretStore must say so and must not store the key
// anywhere else; memory-only mode is explicit; the dialog offers it.
#include "gui/settings/EnvironmentSettingsDialog.h"
#include "config/EnvironmentStore.h"
#include "config/SecretStore.h"

#include <QApplication>
#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {
template <typename Start>
std::optional<SecretResult> wait(Start start, int timeoutMs = 30000)
{
    std::optional<SecretResult> result;
    QObject context;
    start(&context, [&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs))
        return std::nullopt; // no answer in time
    return result;
}
} // namespace

class TestSecretStoreNoKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableIsReportedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SecretStore store(QStringLiteral("pipes-admin-test-nokeychain"));
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QString key = QStringLiteral("sk_test_NOKEYCHAINPLAINTEXTPROBE42");

        auto written = wait([&](QObject *c, SecretStore::Callback d) { store.write(QStringLiteral("A"), key, c, d); });
        QVERIFY(written);
        QCOMPARE(written->status, SecretResult::Status::Unavailable);
        QVERIFY(!written->error.isEmpty());
        QVERIFY(!written->error.contains(key));
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QCOMPARE(availability.count(), 1);
        QVERIFY(!store.unavailableReason().isEmpty());
        qInfo("reported: %s", qPrintable(store.unavailableReason()));
        QCOMPARE(store.mode(), SecretStore::Mode::Keychain); // never switches by itself

        // Nothing could be read back, and the key is in no file under HOME.
        auto read = wait([&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("A"), c, d); });
        QVERIFY(read);
        QCOMPARE(read->status, SecretResult::Status::Unavailable);
        QVERIFY(read->key.isEmpty());
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(key.toUtf8()), qPrintable(f.fileName()));
        }

        // Memory-only, once asked for explicitly.
        store.useMemoryOnly();
        auto memWrite = wait([&](QObject *c, SecretStore::Callback d) { store.write(QStringLiteral("A"), key, c, d); });
        QVERIFY(memWrite && memWrite->ok());
        auto memRead = wait([&](QObject *c, SecretStore::Callback d) { store.read(QStringLiteral("A"), c, d); });
        QVERIFY(memRead && memRead->ok());
        QCOMPARE(memRead->key, key);
    }

    void dialogOffersMemoryOnly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
        EnvironmentStore environments(&settings, QString());
        Environment e;
        e.name = QStringLiteral("Staging");
        QVERIFY(environments.add(e).ok());
        SecretStore secrets(QStringLiteral("pipes-admin-test-nokeychain"));
        EnvironmentSettingsDialog dialog(&environments, &secrets, ConnectionTester());
        dialog.show();

        auto *label = dialog.findChild<QLabel *>(QStringLiteral("keychainLabel"));
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("useMemoryButton"));
        QVERIFY(label && button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 30000);
        QVERIFY(label->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("not available")), qPrintable(label->text()));

        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(secrets.mode(), SecretStore::Mode::MemoryOnly);
        QVERIFY(!button->isVisible());
        QVERIFY2(label->text().contains(QLatin1String("memory only")), qPrintable(label->text()));
    }
};

int main(int argc, char **argv)
{
    // Before anything touches D-Bus: a session bus that does not exist, and no
    // X display that dbus-launch could autolaunch a bus for.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pipes-admin-test-bus");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestSecretStoreNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore_nokeychain.moc"
