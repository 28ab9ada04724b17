#include "core/IdValidation.h"
#include "core/SafeUrl.h"

#include <QTest>

class TestSafeUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void safeToOpen_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("https") << QStringLiteral("https://api.workos.com/authorize?x=1") << true;
        QTest::newRow("HTTPS upper") << QStringLiteral("HTTPS://example.com/") << true;
        QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:4010/_sandbox/connect/abc") << true;
        QTest::newRow("http loopback 127.5") << QStringLiteral("http://127.5.0.1/") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/") << true;
        QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/") << true;
        QTest::newRow("http remote") << QStringLiteral("http://example.com/") << false;
        QTest::newRow("http private range") << QStringLiteral("http://192.168.1.10/") << false;
        QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.example/") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
        QTest::newRow("mailto (only isSafeMailto takes it)") << QStringLiteral("mailto:alice@example.com?subject=x") << false;
        QTest::newRow("relative") << QStringLiteral("/authorize?x=1") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("user info") << QStringLiteral("https://user:pass@example.com/") << false;
        QTest::newRow("ipv6 zone id") << QStringLiteral("http://[::1%25eth0]:8080/") << false;
    }

    void safeToOpen()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QString reason;
        QCOMPARE(SafeUrl::isSafeToOpen(QUrl(url), &reason), safe);
        QCOMPARE(reason.isEmpty(), safe); // every refusal says why
    }

    void baseUrl()
    {
        QVERIFY(SafeUrl::isAcceptableBaseUrl(QUrl(QStringLiteral("https://api.workos.com"))));
        QVERIFY(SafeUrl::isAcceptableBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:4010"))));
        QString reason;
        QVERIFY(!SafeUrl::isAcceptableBaseUrl(QUrl(QStringLiteral("http://api.workos.com")), &reason));
        QVERIFY(reason.contains(QStringLiteral("https")));
        QVERIFY(!SafeUrl::isAcceptableBaseUrl(QUrl(QStringLiteral("https://api.workos.com/?a=b"))));
    }

    void ids_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        using K = IdValidation::SearchKind;
        QTest::newRow("user id") << QStringLiteral("user_01HXYZABCDEFGHJKMNPQRSTVWX") << int(K::UserId);
        QTest::newRow("user id padded") << QStringLiteral("  user_01HXYZ  ") << int(K::UserId);
        QTest::newRow("org id") << QStringLiteral("org_01HACME") << int(K::OrganizationId);
        QTest::newRow("email") << QStringLiteral("alice@acme.example") << int(K::Email);
        QTest::newRow("empty") << QStringLiteral("   ") << int(K::Empty);
        QTest::newRow("user id with slash") << QStringLiteral("user_01H/../../organizations") << int(K::Invalid);
        QTest::newRow("user prefix only") << QStringLiteral("user_") << int(K::Invalid);
        QTest::newRow("org with space") << QStringLiteral("org_01H X") << int(K::Invalid);
        QTest::newRow("plain word") << QStringLiteral("alice") << int(K::Invalid);
        QTest::newRow("two ats") << QStringLiteral("a@b@c.d") << int(K::Invalid);
    }

    void ids()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QCOMPARE(int(IdValidation::classifySearch(text)), kind);
    }

    void slugs()
    {
        QVERIFY(IdValidation::isValidSlug(QStringLiteral("github")));
        QVERIFY(IdValidation::isValidSlug(QStringLiteral("google-drive")));
        QVERIFY(IdValidation::isValidSlug(QStringLiteral("microsoft_outlook")));
        QVERIFY(!IdValidation::isValidSlug(QStringLiteral("GitHub")));
        QVERIFY(!IdValidation::isValidSlug(QStringLiteral("../users")));
        QVERIFY(!IdValidation::isValidSlug(QStringLiteral("slack?x=1")));
        QVERIFY(!IdValidation::isValidSlug(QString()));
    }
};

QTEST_GUILESS_MAIN(TestSafeUrl)
#include "tst_safeurl.moc"
