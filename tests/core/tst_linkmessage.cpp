// The message that hands a connect link to a customer: the placeholder filler,
// the composed message, its mailto: URL (exactly, with awkward names) and the
// mailto gate of SafeUrl.

#include "core/LinkMessage.h"
#include "core/MessageTemplate.h"
#include "core/SafeUrl.h"

#include <QTest>
#include <QUrlQuery>

namespace {
LinkMessageFacts aliceFacts()
{
    LinkMessageFacts facts;
    facts.customerEmail = QStringLiteral("alice@acme.test");
    facts.customerName = QStringLiteral("Alice Adams");
    facts.provider = QStringLiteral("Slack");
    facts.link = QUrl(QStringLiteral("https://api.workos.test/connect/abc?state=x%2By&n=1"));
    facts.supportName = QStringLiteral("Sam from Support");
    return facts;
}

QString decodedItem(const QUrl &url, const QString &key)
{
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

class TestLinkMessage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillReplacesKnownAndKeepsUnknownVisible()
    {
        MessageTemplate::Values values;
        values.values.insert(QStringLiteral("provider"), QStringLiteral("Slack"));
        values.values.insert(QStringLiteral("link"), QStringLiteral("https://x.test/{provider}"));
        const MessageTemplate::Filled filled = MessageTemplate::fill(
            QStringLiteral("Open {link} for {provider}; {nope} and {Provider} and {} stay; {nope} twice"), values);
        // One pass: the link's own "{provider}" is not filled again.
        QCOMPARE(filled.text, QStringLiteral("Open https://x.test/{provider} for Slack; {nope} and {Provider} and {} "
                                             "stay; {nope} twice"));
        QCOMPARE(filled.unknown, QStringList{QStringLiteral("nope")});
    }

    void optionalEmptyPlaceholderDropsItsLine()
    {
        MessageTemplate::Values values;
        values.values.insert(QStringLiteral("connection"), QString());
        values.optional.insert(QStringLiteral("connection"));
        values.values.insert(QStringLiteral("provider"), QStringLiteral("Slack"));
        const QString text = QStringLiteral("Hi\nConnection: {connection}\n{provider}");
        QCOMPARE(MessageTemplate::fill(text, values).text, QStringLiteral("Hi\nSlack"));
        values.values.insert(QStringLiteral("connection"), QStringLiteral("Work"));
        QCOMPARE(MessageTemplate::fill(text, values).text, QStringLiteral("Hi\nConnection: Work\nSlack"));
    }

    void builtInMessageSaysWhatTheCustomerNeeds()
    {
        LinkMessageFacts facts = aliceFacts();
        const LinkMessage message = LinkMessages::compose(LinkMessages::builtInTemplate(), facts);
        QCOMPARE(message.to, QStringLiteral("alice@acme.test"));
        QCOMPARE(message.subject, QStringLiteral("Connect your Slack account"));
        QVERIFY(message.body.startsWith(QStringLiteral("Hello Alice Adams,\n")));
        QVERIFY(message.body.contains(QLatin1Char('\n') + facts.link.toString(QUrl::FullyEncoded) + QLatin1Char('\n')));
        QVERIFY(message.body.contains(QStringLiteral("WorkOS screen that names the account")));
        QVERIFY(message.body.contains(QStringLiteral("(alice@acme.test)")));
        QVERIFY(message.body.contains(QStringLiteral("do not forward it")));
        QVERIFY(message.body.endsWith(QStringLiteral("\nSam from Support")));
        QVERIFY(!message.body.contains(QStringLiteral("Connection:"))); // no connection: the line is left out
        QVERIFY(message.unknownPlaceholders.isEmpty());

        facts.connection = QStringLiteral("Work (octo-work)");
        facts.customerName.clear();
        facts.supportName.clear();
        const LinkMessage reconnect = LinkMessages::compose(LinkMessages::builtInTemplate(), facts);
        QVERIFY(reconnect.body.contains(QStringLiteral("\nConnection: Work (octo-work)\n")));
        QVERIFY(reconnect.body.startsWith(QStringLiteral("Hello alice@acme.test,\n"))); // no name: the email
        QVERIFY(reconnect.body.endsWith(LinkMessages::defaultSupportName()));
    }

    void mailtoUrlIsExact()
    {
        const LinkMessageFacts facts = aliceFacts();
        LinkMessageTemplate t;
        t.subject = QStringLiteral("{provider} for {customer_name}");
        t.body = QStringLiteral("Hi {customer_name},\n{link}\n-- {support_name}");
        const QUrl url = LinkMessages::compose(t, facts).mailtoUrl();
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 QStringLiteral("mailto:alice@acme.test?subject=Slack%20for%20Alice%20Adams"
                                "&body=Hi%20Alice%20Adams%2C%0D%0Ahttps%3A%2F%2Fapi.workos.test%2Fconnect%2Fabc%3F"
                                "state%3Dx%252By%26n%3D1%0D%0A--%20Sam%20from%20Support"));
        QVERIFY(SafeUrl::isSafeMailto(url));
    }

    void awkwardNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("provider");
        QTest::newRow("ampersand and equals") << QStringLiteral("Tom & Jerry=1") << QStringLiteral("tom@x.test")
                                              << QStringLiteral("A&B body=evil");
        QTest::newRow("question and hash") << QStringLiteral("Who? #1") << QStringLiteral("who@x.test")
                                           << QStringLiteral("Q?#");
        QTest::newRow("percent escapes") << QStringLiteral("50%25 off %41 %zz") << QStringLiteral("pct@x.test")
                                         << QStringLiteral("100%");
        QTest::newRow("plus and spaces") << QStringLiteral("  A + B  C ") << QStringLiteral("o'brien+tag@x.test")
                                         << QStringLiteral("Google Drive+");
        QTest::newRow("newlines") << QStringLiteral("Eve\r\nBcc: victim@x.test\nX") << QStringLiteral("eve@x.test")
                                  << QStringLiteral("Slack\r\nCc: a@b.test");
        QTest::newRow("non-ASCII") << QStringLiteral("Zoë Ærø 山田 😀") << QStringLiteral("zoe@exämple.test")
                                   << QStringLiteral("Gmail – Büro");
        QTest::newRow("odd address chars") << QStringLiteral("Ann") << QStringLiteral("a&b=c?d#e%f@x.test")
                                           << QStringLiteral("Slack");
    }

    void awkwardNamesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, provider);
        LinkMessageFacts facts = aliceFacts();
        facts.customerName = name;
        facts.customerEmail = email;
        facts.provider = provider;
        LinkMessageTemplate t;
        t.subject = QStringLiteral("{provider} / {customer_name}");
        t.body = QStringLiteral("Dear {customer_name} <{customer_email}>,\n{provider}\n{link}");
        const LinkMessage message = LinkMessages::compose(t, facts);
        // Names are one line each (a name never starts a header or a new paragraph).
        const QString flatName = name.simplified();
        const QString flatProvider = provider.simplified();
        QCOMPARE(message.subject, flatProvider + QStringLiteral(" / ") + flatName);
        QCOMPARE(message.body, QStringLiteral("Dear %1 <%2>,\n%3\n%4")
                                   .arg(flatName, email, flatProvider, facts.link.toString(QUrl::FullyEncoded)));
        QCOMPARE(message.to, email);

        const QUrl url = message.mailtoUrl();
        QString why;
        QVERIFY2(SafeUrl::isSafeMailto(url, &why), qPrintable(why));
        // What the mail client decodes is exactly the message.
        const QUrl reparsed(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
        QVERIFY(reparsed.isValid());
        QCOMPARE(reparsed.path(QUrl::FullyDecoded), email);
        QCOMPARE(decodedItem(reparsed, QStringLiteral("subject")), message.subject);
        QString crlf = message.body;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        QCOMPARE(decodedItem(reparsed, QStringLiteral("body")), crlf);
        // Only the two fields: nothing a name carried became a field of its own.
        const auto items = QUrlQuery(reparsed).queryItems();
        QCOMPARE(items.size(), 2);
        const QByteArray encoded = url.toEncoded();
        QVERIFY(!encoded.contains(' ') && !encoded.contains('\n') && !encoded.contains('\r'));
        QCOMPARE(encoded.count('?'), 1);
        QCOMPARE(encoded.count('&'), 1);
        QVERIFY(!encoded.contains('#'));
        QVERIFY(!encoded.mid(encoded.indexOf('?')).contains('+')); // a '+' some clients read as a space: encoded
    }

    void subjectNeverCarriesALineBreak()
    {
        LinkMessageTemplate t;
        t.subject = QStringLiteral("Line one\r\nBcc: victim@x.test\n{provider}");
        t.body = QStringLiteral("{link}");
        const LinkMessage message = LinkMessages::compose(t, aliceFacts());
        QCOMPARE(message.subject, QStringLiteral("Line one Bcc: victim@x.test Slack"));
        QVERIFY(decodedItem(message.mailtoUrl(), QStringLiteral("subject")).indexOf(QLatin1Char('\n')) < 0);
    }

    void unusableAddressLeavesToEmpty_data()
    {
        QTest::addColumn<QString>("email");
        QTest::newRow("two recipients") << QStringLiteral("a@x.test,b@y.test");
        QTest::newRow("semicolon") << QStringLiteral("a@x.test;b@y.test");
        QTest::newRow("display name") << QStringLiteral("Eve <eve@x.test>");
        QTest::newRow("no at") << QStringLiteral("not-an-address");
        QTest::newRow("space") << QStringLiteral("a b@x.test");
        QTest::newRow("empty") << QString();
    }

    void unusableAddressLeavesToEmpty()
    {
        QFETCH(QString, email);
        LinkMessageFacts facts = aliceFacts();
        facts.customerEmail = email;
        const LinkMessage message = LinkMessages::compose(LinkMessages::builtInTemplate(), facts);
        QVERIFY(message.to.isEmpty());
        const QUrl url = message.mailtoUrl();
        QVERIFY(url.path().isEmpty());
        QVERIFY(url.toString(QUrl::FullyEncoded).startsWith(QStringLiteral("mailto:?subject=")));
        QVERIFY(SafeUrl::isSafeMailto(url));
    }

    void unknownPlaceholdersAreReported()
    {
        LinkMessageTemplate t;
        t.subject = QStringLiteral("{ticket} {provider}");
        t.body = QStringLiteral("{link} {customer_phone} {ticket}");
        const LinkMessage message = LinkMessages::compose(t, aliceFacts());
        QCOMPARE(message.unknownPlaceholders, (QStringList{QStringLiteral("ticket"), QStringLiteral("customer_phone")}));
        QVERIFY(message.body.contains(QStringLiteral("{customer_phone}")));
        QCOMPARE(message.subject, QStringLiteral("{ticket} Slack"));
    }

    void neverContainsTheApiKey()
    {
        const QByteArray key = "sk_test_a1b2c3d4e5f6SECRETKEYVALUE";
        qputenv("WORKOS_API_KEY", key);
        LinkMessageTemplate t;
        // Every placeholder there is, and names a careless template might try.
        QString all;
        for (const LinkMessages::Placeholder &p : LinkMessages::placeholders())
            all += QLatin1Char('{') + p.name + QStringLiteral("} ");
        t.subject = all + QStringLiteral("{api_key} {workos_api_key} {key} {secret}");
        t.body = t.subject + QStringLiteral("\n{WORKOS_API_KEY} $WORKOS_API_KEY %WORKOS_API_KEY%");
        for (const LinkMessageTemplate &used : {t, LinkMessages::builtInTemplate()}) {
            const LinkMessage message = LinkMessages::compose(used, aliceFacts());
            for (const QString &text : {message.subject, message.body, message.clipboardText(),
                                        decodedItem(message.mailtoUrl(), QStringLiteral("subject")),
                                        decodedItem(message.mailtoUrl(), QStringLiteral("body"))})
                QVERIFY2(!text.contains(QString::fromLatin1(key)), qPrintable(text));
            QVERIFY(!message.mailtoUrl().toEncoded().contains(key));
        }
        qunsetenv("WORKOS_API_KEY");
    }

    void mailtoGate_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("safe");
        QTest::newRow("draft") << QStringLiteral("mailto:a@x.test?subject=Hi&body=Line%0D%0Atwo") << true;
        QTest::newRow("no address") << QStringLiteral("mailto:?subject=Hi") << true;
        QTest::newRow("https") << QStringLiteral("https://x.test/") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("cc") << QStringLiteral("mailto:a@x.test?cc=b@y.test") << false;
        QTest::newRow("bcc") << QStringLiteral("mailto:a@x.test?subject=x&bcc=b@y.test") << false;
        QTest::newRow("attach") << QStringLiteral("mailto:a@x.test?attach=/etc/passwd") << false;
        QTest::newRow("to field") << QStringLiteral("mailto:a@x.test?to=b@y.test") << false;
        QTest::newRow("two addresses") << QStringLiteral("mailto:a@x.test,b@y.test") << false;
        QTest::newRow("subject CRLF") << QStringLiteral("mailto:a@x.test?subject=Hi%0D%0ABcc:%20b@y.test") << false;
        QTest::newRow("fragment") << QStringLiteral("mailto:a@x.test#x") << false;
        QTest::newRow("host") << QStringLiteral("mailto://evil.test/a@x.test") << false;
    }

    void mailtoGate()
    {
        QFETCH(QString, url);
        QFETCH(bool, safe);
        QString reason;
        QCOMPARE(SafeUrl::isSafeMailto(QUrl(url), &reason), safe);
        QCOMPARE(reason.isEmpty(), safe);
        // Nothing new through the browser gate: every mailto: stays refused there.
        QVERIFY(!SafeUrl::isSafeToOpen(QUrl(url)) || !url.startsWith(QLatin1String("mailto:")));
    }
};

QTEST_APPLESS_MAIN(TestLinkMessage)
#include "tst_linkmessage.moc"
