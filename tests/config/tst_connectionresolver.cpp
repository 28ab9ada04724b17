#include "config/ConnectionResolver.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QtTest>

Q_DECLARE_METATYPE(ConnectionSource)
Q_DECLARE_METATYPE(Environment::Kind)

namespace {
Environment env(const QString &name, const QString &url, Environment::Kind kind = Environment::Kind::Staging)
{
    Environment e;
    e.name = name;
    e.baseUrl = QUrl(url);
    e.kind = kind;
    return e;
}

// Three environments; provisioning default "Prod", user's choice "Staging".
EnvironmentCatalog catalog(bool locked = false)
{
    EnvironmentCatalog c;
    c.environments = {env(QStringLiteral("Prod"), QStringLiteral("https://api.workos.com"), Environment::Kind::Production),
                      env(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com")),
                      env(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:8080"))};
    c.userActive = QStringLiteral("Staging");
    c.provisionedDefault = QStringLiteral("Prod");
    c.locked = locked;
    return c;
}
} // namespace

class TestConnectionResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void precedence_data()
    {
        QTest::addColumn<QString>("optEnv");
        QTest::addColumn<QString>("optUrl");
        QTest::addColumn<QString>("varEnv");
        QTest::addColumn<QString>("varUrl");
        QTest::addColumn<QString>("varKey");
        QTest::addColumn<QString>("userActive");
        QTest::addColumn<QString>("provDefault");
        QTest::addColumn<QString>("expEnv");
        QTest::addColumn<ConnectionSource>("expEnvSource");
        QTest::addColumn<QString>("expUrl");
        QTest::addColumn<ConnectionSource>("expUrlSource");
        QTest::addColumn<ConnectionSource>("expKeySource");

        const QString none;
        const QString prodUrl = QStringLiteral("https://api.workos.com");
        const QString stagingUrl = QStringLiteral("https://staging.example.com");
        const QString localUrl = QStringLiteral("http://127.0.0.1:8080");
        using S = ConnectionSource;

        QTest::newRow("nothing given: user's active")
            << none << none << none << none << none << "Staging" << "Prod"
            << "Staging" << S::UserSettings << stagingUrl << S::Environment << S::Keychain;
        QTest::newRow("no user choice: provisioning default")
            << none << none << none << none << none << "" << "Prod"
            << "Prod" << S::Provisioning << prodUrl << S::Environment << S::Keychain;
        QTest::newRow("stale user choice: provisioning default")
            << none << none << none << none << none << "Gone" << "Prod"
            << "Prod" << S::Provisioning << prodUrl << S::Environment << S::Keychain;
        QTest::newRow("neither: first environment")
            << none << none << none << none << none << "" << ""
            << "Prod" << S::FirstEnvironment << prodUrl << S::Environment << S::Keychain;
        QTest::newRow("variable beats settings")
            << none << none << "Local" << none << none << "Staging" << "Prod"
            << "Local" << S::EnvironmentVariable << localUrl << S::Environment << S::Keychain;
        QTest::newRow("option beats variable")
            << "prod" << none << "Local" << none << none << "Staging" << "Prod"
            << "Prod" << S::CommandLine << prodUrl << S::Environment << S::Keychain;
        QTest::newRow("blank option ignored")
            << "  " << none << "Local" << none << none << "Staging" << "Prod"
            << "Local" << S::EnvironmentVariable << localUrl << S::Environment << S::Keychain;
        QTest::newRow("url variable beats environment's url")
            << none << none << none << "https://eu.example.com" << none << "Staging" << "Prod"
            << "Staging" << S::UserSettings << "https://eu.example.com" << S::EnvironmentVariable << S::Keychain;
        QTest::newRow("url option beats url variable")
            << none << "http://localhost:9000" << none << "https://eu.example.com" << none << "Staging" << "Prod"
            << "Staging" << S::UserSettings << "http://localhost:9000" << S::CommandLine << S::Keychain;
        QTest::newRow("key variable beats keychain")
            << "Local" << none << none << none << "sk_test_env" << "Staging" << "Prod"
            << "Local" << S::CommandLine << localUrl << S::Environment << S::EnvironmentVariable;
    }
    void precedence()
    {
        QFETCH(QString, optEnv);
        QFETCH(QString, optUrl);
        QFETCH(QString, varEnv);
        QFETCH(QString, varUrl);
        QFETCH(QString, varKey);
        QFETCH(QString, userActive);
        QFETCH(QString, provDefault);
        QFETCH(QString, expEnv);
        QFETCH(ConnectionSource, expEnvSource);
        QFETCH(QString, expUrl);
        QFETCH(ConnectionSource, expUrlSource);
        QFETCH(ConnectionSource, expKeySource);

        EnvironmentCatalog c = catalog();
        c.userActive = userActive;
        c.provisionedDefault = provDefault;
        const ConnectionRequest request{optEnv, optUrl, varEnv, varUrl, varKey};
        const auto result = ConnectionResolver::resolve(request, c);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        const ResolvedConnection &r = result.value();
        QCOMPARE(r.environment.name, expEnv);
        QCOMPARE(r.environmentSource, expEnvSource);
        QCOMPARE(r.baseUrl, QUrl(expUrl));
        QCOMPARE(r.baseUrlSource, expUrlSource);
        QCOMPARE(r.keySource, expKeySource);
        QCOMPARE(r.needsKeychain(), expKeySource == ConnectionSource::Keychain);
        QCOMPARE(r.apiKey, varKey);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("optEnv");
        QTest::addColumn<QString>("optUrl");
        QTest::addColumn<QString>("varEnv");
        QTest::addColumn<QString>("varUrl");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("mentions");
        using R = ConnectionFailure::Reason;
        QTest::newRow("unknown option name") << "Nope" << "" << "" << "" << false << int(R::UnknownEnvironment)
                                             << "--environment";
        QTest::newRow("unknown variable name") << "" << "" << "Nope" << "" << false << int(R::UnknownEnvironment)
                                               << "PIPES_ADMIN_ENVIRONMENT";
        QTest::newRow("unknown option name even if variable is fine")
            << "Nope" << "" << "Prod" << "" << false << int(R::UnknownEnvironment) << "Nope";
        QTest::newRow("http to a remote host (option)") << "" << "http://api.workos.com" << "" << "" << false
                                                        << int(R::RefusedBaseUrl) << "--base-url";
        QTest::newRow("http to a remote host (variable)") << "" << "" << "" << "http://10.0.0.5" << false
                                                          << int(R::RefusedBaseUrl) << "PIPES_ADMIN_BASE_URL";
        QTest::newRow("file url") << "" << "file:///etc/passwd" << "" << "" << false << int(R::RefusedBaseUrl)
                                  << "--base-url";
        QTest::newRow("override on a locked workstation") << "" << "https://other.example.com" << "" << "" << true
                                                          << int(R::OverrideLocked) << "locked";
    }
    void failures()
    {
        QFETCH(QString, optEnv);
        QFETCH(QString, optUrl);
        QFETCH(QString, varEnv);
        QFETCH(QString, varUrl);
        QFETCH(bool, locked);
        QFETCH(int, reason);
        QFETCH(QString, mentions);
        const ConnectionRequest request{optEnv, optUrl, varEnv, varUrl, QStringLiteral("sk_test_secretvalue1234")};
        const auto result = ConnectionResolver::resolve(request, catalog(locked));
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error().reason), reason);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(QLatin1String("secretvalue")));
    }

    void lockedStillAllowsChoosingAnEnvironment()
    {
        const auto result = ConnectionResolver::resolve({QStringLiteral("Local"), {}, {}, {}, {}}, catalog(true));
        QVERIFY(result.ok());
        QCOMPARE(result.value().environment.name, QStringLiteral("Local"));
    }

    void nothingConfigured()
    {
        const auto result = ConnectionResolver::resolve({}, EnvironmentCatalog{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().reason, ConnectionFailure::Reason::NotConfigured);
    }

    void adHocFromTheKeyAlone_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Environment::Kind>("kind");
        QTest::newRow("test key") << "sk_test_abc" << Environment::Kind::Staging;
        QTest::newRow("live key") << "sk_live_abc" << Environment::Kind::Production;
        QTest::newRow("unknown shape: careful") << "abc" << Environment::Kind::Production;
    }
    void adHocFromTheKeyAlone()
    {
        QFETCH(QString, key);
        QFETCH(Environment::Kind, kind);
        const auto result = ConnectionResolver::resolve({{}, {}, {}, QStringLiteral("http://localhost:1234"), key},
                                                        EnvironmentCatalog{});
        QVERIFY(result.ok());
        QCOMPARE(result.value().environmentSource, ConnectionSource::AdHoc);
        QCOMPARE(result.value().environment.kind, kind);
        QCOMPARE(result.value().baseUrl, QUrl(QStringLiteral("http://localhost:1234")));
        // What Settings shows for the session's environment is the URL it talks to.
        QCOMPARE(result.value().environment.baseUrl, QUrl(QStringLiteral("http://localhost:1234")));
        QCOMPARE(result.value().apiKey, key);
        QVERIFY(!result.value().needsKeychain());
    }

    void fromCommandLineAndProcessEnvironment()
    {
        QCommandLineParser parser;
        parser.addOptions(ConnectionResolver::commandLineOptions());
        QVERIFY(parser.parse({QStringLiteral("app"), QStringLiteral("--environment"), QStringLiteral("Local"),
                              QStringLiteral("--base-url=http://127.0.0.1:1")}));
        QProcessEnvironment pe;
        pe.insert(QStringLiteral("PIPES_ADMIN_ENVIRONMENT"), QStringLiteral("Prod"));
        pe.insert(QStringLiteral("PIPES_ADMIN_BASE_URL"), QStringLiteral("https://x.example.com"));
        pe.insert(QStringLiteral("WORKOS_API_KEY"), QStringLiteral("sk_test_k"));
        const ConnectionRequest r = ConnectionResolver::requestFrom(parser, pe);
        QCOMPARE(r.optionEnvironment, QStringLiteral("Local"));
        QCOMPARE(r.optionBaseUrl, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(r.envEnvironment, QStringLiteral("Prod"));
        QCOMPARE(r.envBaseUrl, QStringLiteral("https://x.example.com"));
        QCOMPARE(r.envApiKey, QStringLiteral("sk_test_k"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
