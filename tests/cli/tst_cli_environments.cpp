#include "CliHarness.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "config/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SandboxSeed;

// pipes-admin-cli picks the environment, URL and key exactly as the desktop
// app does (ConnectionResolver): --environment, PIPES_ADMIN_ENVIRONMENT, the
// user's settings and the administrator's provisioning file; the key from
// WORKOS_API_KEY or the environment's keychain entry.
class TestCliEnvironments final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_staging;
    std::unique_ptr<SandboxServer> m_production;
    std::unique_ptr<QTemporaryDir> m_systemConfig;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = CliHarness::cleanEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_systemConfig->path());
        env.insert(QStringLiteral("PIPES_ADMIN_AUDIT_DB"), m_systemConfig->filePath(QStringLiteral("audit.sqlite3")));
        return env;
    }

    void writeProvisioning(const QString &defaultEnvironment)
    {
        QDir(m_systemConfig->path()).mkpath(QStringLiteral("PipesAdmin"));
        QFile file(m_systemConfig->filePath(QStringLiteral("PipesAdmin/provisioning.conf")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QString text = QStringLiteral("[General]\nlocked=true\ndefaultEnvironment=%1\n"
                                            "[1-staging]\nname=Staging\nbaseUrl=%2\nkind=staging\n"
                                            "[2-production]\nname=Production\nbaseUrl=%3\nkind=production\n")
                                 .arg(defaultEnvironment, m_staging->baseUrl().toString(),
                                      m_production->baseUrl().toString());
        file.write(text.toUtf8());
    }

private Q_SLOTS:
    void init()
    {
        m_staging = std::make_unique<SandboxServer>(SandboxOptions{});
        SandboxOptions productionOptions;
        productionOptions.apiKey = QStringLiteral("sk_live_production_only_key_7788");
        m_production = std::make_unique<SandboxServer>(productionOptions);
        QVERIFY(m_staging->listen() != 0);
        QVERIFY(m_production->listen() != 0);
        m_systemConfig = std::make_unique<QTemporaryDir>();
        writeProvisioning(QStringLiteral("Staging"));
    }

    void cleanup()
    {
        m_staging.reset();
        m_production.reset();
        m_systemConfig.reset();
    }

    void provisionedDefaultIsUsed()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WORKOS_API_KEY"), m_staging->apiKey());
        const CliRun run = CliHarness::run({QStringLiteral("user"), AliceUserId}, env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(AliceEmail));
        QCOMPARE(m_staging->requestCount(), 1);
        QCOMPARE(m_production->requestCount(), 0);
    }

    void optionBeatsVariableBeatsDefault()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WORKOS_API_KEY"), m_production->apiKey());
        env.insert(QStringLiteral("PIPES_ADMIN_ENVIRONMENT"), QStringLiteral("staging"));
        // The variable beats the provisioned default...
        CliRun run = CliHarness::run({QStringLiteral("user"), AliceUserId}, env);
        QCOMPARE(m_staging->requestCount(), 1);
        QCOMPARE(run.exitCode, 4); // the production key is not the staging key
        // ...and the option beats the variable (names are case-insensitive).
        run = CliHarness::run({QStringLiteral("--environment"), QStringLiteral("PRODUCTION"), QStringLiteral("user"),
                               AliceUserId},
                              env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(m_production->requestCount(), 1);
        QCOMPARE(m_staging->requestCount(), 1);
        QVERIFY(!run.out.contains(QStringLiteral("production_only_key")));
        QVERIFY(!run.err.contains(QStringLiteral("production_only_key")));
    }

    void unknownEnvironmentIsAUsageError()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WORKOS_API_KEY"), m_staging->apiKey());
        const CliRun run = CliHarness::run(
            {QStringLiteral("--environment"), QStringLiteral("Prod"), QStringLiteral("user"), AliceUserId}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Production")) && run.err.contains(QStringLiteral("Staging")),
                 qPrintable(run.err)); // the known names are listed
        QCOMPARE(m_staging->requestCount() + m_production->requestCount(), 0);
    }

    void lockedProvisioningRefusesBaseUrlOverride()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WORKOS_API_KEY"), m_staging->apiKey());
        const CliRun run = CliHarness::run({QStringLiteral("--base-url"), m_production->baseUrl().toString(),
                                            QStringLiteral("user"), AliceUserId},
                                           env);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(m_staging->requestCount() + m_production->requestCount(), 0);
    }

    void keyComesFromTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: scripts/dev test runs this under dbus-run-session with gnome-keyring.");
        // The key is stored the way the desktop app stores it, under the
        // environment's name; the CLI reads it with no WORKOS_API_KEY set.
        SecretStore secrets;
        std::optional<SecretResult> written;
        secrets.write(QStringLiteral("Production"), m_production->apiKey(), this,
                      [&written](const SecretResult &r) { written = r; });
        QTRY_VERIFY(written.has_value());
        if (written->status == SecretResult::Status::Unavailable)
            QSKIP(qPrintable(QStringLiteral("No Secret Service: %1").arg(written->error)));
        QVERIFY2(written->ok(), qPrintable(written->error));

        const CliRun run = CliHarness::run(
            {QStringLiteral("--environment"), QStringLiteral("Production"), QStringLiteral("user"), AliceUserId},
            environment());
        std::optional<SecretResult> removed;
        secrets.remove(QStringLiteral("Production"), this, [&removed](const SecretResult &r) { removed = r; });
        QTRY_VERIFY(removed.has_value());

        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(AliceEmail));
        QCOMPARE(m_production->requestCount(), 1);
        QVERIFY(!run.out.contains(QStringLiteral("production_only_key")));
        QVERIFY(!run.err.contains(QStringLiteral("production_only_key")));

        // Without a stored key the CLI says so (exit 4) and sends nothing.
        const CliRun missing = CliHarness::run(
            {QStringLiteral("--environment"), QStringLiteral("Production"), QStringLiteral("user"), AliceUserId},
            environment());
        QCOMPARE(missing.exitCode, 4);
        QVERIFY2(missing.err.contains(QStringLiteral("Production")), qPrintable(missing.err));
        QCOMPARE(m_production->requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliEnvironments)
#include "tst_cli_environments.moc"
