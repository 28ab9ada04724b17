#include "config/EnvironmentStore.h"
#include "config/ProvisioningFile.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestEnvironmentStore final : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(content);
        return path;
    }
    std::unique_ptr<QSettings> userSettings()
    {
        return std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("user.conf")), QSettings::IniFormat);
    }
    static Environment env(const QString &name, const QString &url,
                           Environment::Kind kind = Environment::Kind::Staging)
    {
        Environment e;
        e.name = name;
        e.baseUrl = QUrl(url);
        e.kind = kind;
        return e;
    }

    std::unique_ptr<QTemporaryDir> m_dir;

    static QByteArray lockedFile()
    {
        return QByteArrayLiteral("# provisioned by IT\n"
                                 "[General]\n"
                                 "locked=true\n"
                                 "defaultEnvironment=Staging EU\n"
                                 "\n"
                                 "[1-production]\n"
                                 "name=Production\n"
                                 "baseUrl=https://api.workos.com\n"
                                 "kind=production\n"
                                 "colour=#C62828\n"
                                 "\n"
                                 "[2-staging]\n"
                                 "name=\"Staging EU\"\n"
                                 "baseUrl=https://staging.example.com/\n"
                                 "kind=staging\n"
                                 "\n"
                                 "[3-bad]\n"
                                 "name=Insecure\n"
                                 "baseUrl=http://api.example.com\n");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("colour");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "Prod" << "https://api.workos.com" << "" << true;
        QTest::newRow("http loopback 127.0.0.1") << "Sandbox" << "http://127.0.0.1:8080" << "#00ff00" << true;
        QTest::newRow("http localhost") << "Sandbox" << "http://localhost:8080" << "" << true;
        QTest::newRow("http ::1") << "Sandbox" << "http://[::1]:8080" << "" << true;
        QTest::newRow("http remote host") << "Prod" << "http://api.workos.com" << "" << false;
        QTest::newRow("ftp") << "Prod" << "ftp://api.workos.com" << "" << false;
        QTest::newRow("query") << "Prod" << "https://api.workos.com/?x=1" << "" << false;
        QTest::newRow("user info") << "Prod" << "https://me:pw@api.workos.com" << "" << false;
        QTest::newRow("empty url") << "Prod" << "" << "" << false;
        QTest::newRow("empty name") << "  " << "https://api.workos.com" << "" << false;
        QTest::newRow("duplicate name, other case") << "staging" << "https://api.workos.com" << "" << false;
        QTest::newRow("bad colour") << "Prod" << "https://api.workos.com" << "red" << false;
    }
    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, colour);
        QFETCH(bool, valid);
        Environment e = env(name, url);
        e.colour = colour;
        const QString why = Environment::validate(e, {env(QStringLiteral("Staging"), QStringLiteral("https://a.example"))});
        QCOMPARE(why.isEmpty(), valid);
    }

    void unprovisionedAddUpdateRemovePersist()
    {
        auto settings = userSettings();
        {
            EnvironmentStore store(settings.get(), QString());
            QVERIFY(!store.isLocked());
            QVERIFY(store.isEmpty());
            QCOMPARE(store.activeName(), QString());
            QSignalSpy changed(&store, &EnvironmentStore::environmentsChanged);
            QSignalSpy active(&store, &EnvironmentStore::activeChanged);

            QVERIFY(store.add(env(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com"))).ok());
            Environment prod = env(QStringLiteral("Production"), QStringLiteral("https://api.workos.com"),
                                   Environment::Kind::Production);
            prod.colour = QStringLiteral("#AA0000");
            QVERIFY(store.add(prod).ok());
            QCOMPARE(changed.count(), 2);
            QCOMPARE(active.count(), 1); // the first environment became active
            QCOMPARE(store.activeName(), QStringLiteral("Staging"));

            const auto refused = store.add(env(QStringLiteral("Remote"), QStringLiteral("http://api.example.com")));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(QLatin1String("https")), qPrintable(refused.error()));

            QVERIFY(store.setActive(QStringLiteral("production")).ok());
            QCOMPARE(store.activeName(), QStringLiteral("Production"));
            QVERIFY(!store.setActive(QStringLiteral("Nope")).ok());

            Environment edited = *store.find(QStringLiteral("Staging"));
            edited.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9999"));
            QVERIFY(store.update(edited).ok());
        }
        // A new store on the same settings sees the same thing.
        EnvironmentStore again(settings.get(), QString());
        QCOMPARE(again.environments().size(), 2);
        QCOMPARE(again.activeName(), QStringLiteral("Production"));
        QCOMPARE(again.find(QStringLiteral("Staging"))->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9999")));
        QCOMPARE(again.find(QStringLiteral("Production"))->colour, QStringLiteral("#aa0000"));
        QCOMPARE(again.find(QStringLiteral("Production"))->kind, Environment::Kind::Production);

        QVERIFY(again.remove(QStringLiteral("Production")).ok());
        QCOMPARE(again.activeName(), QStringLiteral("Staging"));
        QVERIFY(!again.remove(QStringLiteral("Production")).ok());
    }

    void lockedProvisioningFileIsHonoured()
    {
        const QString path = writeFile(QStringLiteral("provisioning.conf"), lockedFile());
        auto settings = userSettings();
        // A user environment saved before the workstation was locked.
        {
            EnvironmentStore unlocked(settings.get(), QString());
            QVERIFY(unlocked.add(env(QStringLiteral("Mine"), QStringLiteral("https://mine.example.com"))).ok());
        }
        EnvironmentStore store(settings.get(), path);
        QVERIFY(store.isLocked());
        QCOMPARE(store.provisioning().path, path);

        const QList<Environment> all = store.environments();
        QCOMPARE(all.size(), 2); // "Mine" is hidden, the insecure one skipped
        QCOMPARE(all.at(0).name, QStringLiteral("Production"));
        QCOMPARE(all.at(0).kind, Environment::Kind::Production);
        QCOMPARE(all.at(0).colour, QStringLiteral("#c62828"));
        QVERIFY(all.at(0).isProvisioned());
        QCOMPARE(all.at(1).name, QStringLiteral("Staging EU"));
        QCOMPARE(all.at(1).baseUrl, QUrl(QStringLiteral("https://staging.example.com/")));
        QVERIFY(!store.find(QStringLiteral("Mine")));
        QCOMPARE(store.provisioning().problems.size(), 1);
        QVERIFY(store.provisioning().problems.first().contains(QLatin1String("[3-bad]")));

        // The provisioned default is active until the user chooses.
        QCOMPARE(store.activeName(), QStringLiteral("Staging EU"));

        // Every edit is refused with a sentence that says why.
        const auto add = store.add(env(QStringLiteral("New"), QStringLiteral("https://new.example.com")));
        QVERIFY(!add.ok());
        QVERIFY2(add.error().contains(QLatin1String("administrator has locked")), qPrintable(add.error()));
        Environment prod = all.at(0);
        prod.baseUrl = QUrl(QStringLiteral("https://evil.example.com"));
        QVERIFY(!store.update(prod).ok());
        QVERIFY(!store.remove(QStringLiteral("Production")).ok());
        QVERIFY(!store.remove(QStringLiteral("Mine")).ok());
        QCOMPARE(store.find(QStringLiteral("Production"))->baseUrl, QUrl(QStringLiteral("https://api.workos.com")));

        // Choosing the active one is still allowed, and remembered.
        QVERIFY(store.setActive(QStringLiteral("Production")).ok());
        EnvironmentStore again(settings.get(), path);
        QCOMPARE(again.activeName(), QStringLiteral("Production"));

        const EnvironmentCatalog catalog = again.catalog();
        QVERIFY(catalog.locked);
        QCOMPARE(catalog.provisionedDefault, QStringLiteral("Staging EU"));
        QCOMPARE(catalog.userActive, QStringLiteral("Production"));
    }

    void unlockedProvisioningKeepsItsEnvironmentsReadOnly()
    {
        const QString path = writeFile(QStringLiteral("provisioning.conf"),
                                       QByteArrayLiteral("[prod]\nname=Production\nkind=production\n"));
        auto settings = userSettings();
        EnvironmentStore store(settings.get(), path);
        QVERIFY(!store.isLocked());
        QCOMPARE(store.environments().size(), 1);
        QCOMPARE(store.find(QStringLiteral("Production"))->baseUrl, defaultBaseUrl());
        QVERIFY(store.add(env(QStringLiteral("Staging"), QStringLiteral("https://s.example.com"))).ok());
        QCOMPARE(store.environments().size(), 2);
        const auto removal = store.remove(QStringLiteral("Production"));
        QVERIFY(!removal.ok());
        QVERIFY(removal.error().contains(QLatin1String("administrator")));
        // Users cannot shadow a provisioned environment by name either.
        QVERIFY(!store.add(env(QStringLiteral("production"), QStringLiteral("https://x.example.com"))).ok());
    }

    void unknownKindIsTreatedAsProduction()
    {
        const QString path = writeFile(QStringLiteral("p.conf"),
                                       QByteArrayLiteral("[x]\nname=Weird\nkind=qa\ncolour=blue\n"));
        const Provisioning p = ProvisioningFile::read(path);
        QCOMPARE(p.environments.size(), 1);
        QCOMPARE(p.environments.first().kind, Environment::Kind::Production);
        QCOMPARE(p.environments.first().colour, QString());
        QCOMPARE(p.problems.size(), 2);
    }

    void packagedExampleIsValid()
    {
        // packaging/provisioning-example.conf is what admins copy: it must parse cleanly.
        const QString path = QFINDTESTDATA("../../packaging/provisioning-example.conf");
        QVERIFY(!path.isEmpty());
        const Provisioning p = ProvisioningFile::read(path);
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QVERIFY(p.locked);
        QCOMPARE(p.defaultEnvironment, QStringLiteral("Staging"));
        QCOMPARE(p.environments.size(), 2);
        QCOMPARE(p.environments.at(0).name, QStringLiteral("Production"));
        QCOMPARE(p.environments.at(0).kind, Environment::Kind::Production);
        QCOMPARE(p.environments.at(1).kind, Environment::Kind::Staging);
    }

    void missingFileMeansNotProvisioned()
    {
        const Provisioning p = ProvisioningFile::read(m_dir->filePath(QStringLiteral("absent.conf")));
        QVERIFY(!p.locked);
        QVERIFY(p.environments.isEmpty());
        QVERIFY(p.path.isEmpty());
    }

    void systemFileIsFoundThroughXdgConfigDirs()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
        const QString first = m_dir->filePath(QStringLiteral("first"));
        const QString second = m_dir->filePath(QStringLiteral("second"));
        QVERIFY(QDir().mkpath(second + QStringLiteral("/PipesAdmin")));
        writeFile(QStringLiteral("second/PipesAdmin/provisioning.conf"), lockedFile());
        qputenv("XDG_CONFIG_DIRS", (first + QLatin1Char(':') + QStringLiteral("relative/ignored:") + second).toUtf8());
        const QStringList candidates = ProvisioningFile::systemCandidates();
        const QString located = ProvisioningFile::locateSystemFile();
        qunsetenv("XDG_CONFIG_DIRS");
        const QStringList defaults = ProvisioningFile::systemCandidates();
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_DIRS");
        else
            qputenv("XDG_CONFIG_DIRS", saved);

        QCOMPARE(candidates, QStringList({first + QStringLiteral("/PipesAdmin/provisioning.conf"),
                                          second + QStringLiteral("/PipesAdmin/provisioning.conf")}));
        QCOMPARE(located, second + QStringLiteral("/PipesAdmin/provisioning.conf"));
        QCOMPARE(defaults, QStringList({QStringLiteral("/etc/xdg/PipesAdmin/provisioning.conf")}));
    }

    void settingsNeverHoldAKey()
    {
        // The store has no API for keys; its file holds only names, URLs, kinds, colours.
        auto settings = userSettings();
        EnvironmentStore store(settings.get(), QString());
        QVERIFY(store.add(env(QStringLiteral("Staging"), QStringLiteral("https://s.example.com"))).ok());
        settings->sync();
        const QStringList keys = settings->allKeys();
        for (const QString &key : keys) {
            const QString last = key.section(QLatin1Char('/'), -1);
            QVERIFY2(QStringList({QStringLiteral("name"), QStringLiteral("baseUrl"), QStringLiteral("kind"),
                                  QStringLiteral("colour"), QStringLiteral("size"), QStringLiteral("active")})
                         .contains(last),
                     qPrintable(key));
        }
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentStore)
#include "tst_environmentstore.moc"
