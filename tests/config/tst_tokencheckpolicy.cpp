// TokenCheckPolicy: allowTokenCheck in the administrator's provisioning file,
// for every environment ([General]) and per environment (its own section).

#include "config/TokenCheckPolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestTokenCheckPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policy_data()
    {
        QTest::addColumn<QByteArray>("file"); // empty: no file at all
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("no file") << QByteArray() << QStringLiteral("Production") << true;
        QTest::newRow("no key") << QByteArray("[General]\nlocked=true\n[p]\nname=Production\n") << QStringLiteral("Production") << true;
        QTest::newRow("general forbids") << QByteArray("[General]\nallowTokenCheck=false\n") << QStringLiteral("Staging") << false;
        QTest::newRow("section forbids")
            << QByteArray("[1-p]\nname=Production\nallowTokenCheck=false\n[2-s]\nname=Staging\n") << QStringLiteral("production") << false;
        QTest::newRow("other section unaffected")
            << QByteArray("[1-p]\nname=Production\nallowTokenCheck=false\n[2-s]\nname=Staging\n") << QStringLiteral("Staging") << true;
        QTest::newRow("section re-allows")
            << QByteArray("[General]\nallowTokenCheck=false\n[s]\nname=Staging\nallowTokenCheck=true\n") << QStringLiteral("Staging") << true;
        QTest::newRow("section name is the group") << QByteArray("[Lab]\nallowTokenCheck=no\n") << QStringLiteral("Lab") << false;
    }
    void policy()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, environment);
        QFETCH(bool, allowed);
        QTemporaryDir dir;
        QString path;
        if (!file.isEmpty()) {
            path = dir.filePath(QStringLiteral("provisioning.conf"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(file);
        }
        QCOMPARE(TokenCheckPolicy::allowed(path, environment), allowed);
    }

    void theExampleFileForbidsProductionOnly()
    {
        const QString path = QFINDTESTDATA("../../packaging/provisioning-example.conf");
        QVERIFY(!path.isEmpty());
        QVERIFY(!TokenCheckPolicy::allowed(path, QStringLiteral("Production")));
        QVERIFY(TokenCheckPolicy::allowed(path, QStringLiteral("Staging")));
    }

    void anUnreadableFileForbids()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("provisioning.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::Permissions()));
        QVERIFY(!TokenCheckPolicy::allowed(path, QStringLiteral("Staging")));
    }
};

QTEST_GUILESS_MAIN(TestTokenCheckPolicy)
#include "tst_tokencheckpolicy.moc"
