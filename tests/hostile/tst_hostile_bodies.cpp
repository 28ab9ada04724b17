#include "HostilePayloads.h"
#include "HostileSupport.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "core/WorkOsClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using Hostile::Outcome;
using namespace HostilePayloads;

// Success answers with hostile bodies, through the real client and a real
// socket (the sandbox answering 200 with the body): every field bent to
// every wrong type, unknown values, duplicates, huge arrays, broken UTF-8
// and absurd nesting. The user sees either the data, complete and with
// unknown values kept, or one "Unexpected response" error naming the field.
namespace {
const QString UserId = SandboxSeed::AliceUserId;

enum class Expect { Accepted, Refused };

// What the decoder is documented to do with `kind` in `field`
// (JsonDecode.h + workos-api.md): required fields must be strings; nullable
// ones accept null; "object" is informative (only a conflicting string is
// refused); timestamps must be ISO-8601; scopes arrays of strings or null.
Expect expectationFor(bool nested, const QString &field, const QString &kind)
{
    const bool isNull = kind == QLatin1String("null");
    const bool isString = kind == QLatin1String("string");
    if (field == QLatin1String("object"))
        return isString ? Expect::Refused : Expect::Accepted;
    QStringList required{QStringLiteral("id")};
    if (nested)
        required << QStringLiteral("state");
    else
        required << QStringLiteral("name") << QStringLiteral("slug");
    if (required.contains(field))
        return isString ? Expect::Accepted : Expect::Refused; // "surprise" is an unknown state, kept
    if (field.endsWith(QLatin1String("_at")))
        return isNull ? Expect::Accepted : Expect::Refused;  // "surprise" is no timestamp
    if (field == QLatin1String("scopes"))
        return isNull ? Expect::Accepted : Expect::Refused;
    if (field == QLatin1String("connected_account"))
        return isNull ? Expect::Accepted : Expect::Refused;  // {"x":1} lacks id and state
    // Optional strings: description, integration_type, credentials_type,
    // ownership, user_id, organization_id.
    return isNull || isString ? Expect::Accepted : Expect::Refused;
}
} // namespace

class TestHostileBodies final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WorkOsClient> m_client;

    void answerProvidersWith(const QByteArray &body)
    {
        SandboxFault f;
        f.method = "GET";
        f.pathPattern = QStringLiteral(".*/data_providers");
        f.action = SandboxFault::Action::Respond;
        f.status = 200;
        f.body = body;
        f.times = 1;
        m_sandbox->addFault(f);
    }

    Outcome<QList<DataProvider>> fetchProviders(int timeoutMs = 10000)
    {
        Outcome<QList<DataProvider>> out;
        m_client->listDataProviders(UserId, QString(), this, out.callback());
        if (!QTest::qWaitFor([&out] { return out.done(); }, timeoutMs))
            qWarning("no result within %d ms", timeoutMs);
        return out;
    }

    static void verifyUnexpectedResponse(const ApiError &error, const QString &path)
    {
        QCOMPARE(error.kind, ApiError::Kind::MalformedBody);
        QCOMPARE(error.httpStatus, 200);
        QVERIFY(error.text().startsWith(QStringLiteral("Unexpected response")));
        HOSTILE_VERIFY_SENTENCE(error.text());
        QVERIFY2(error.detail.startsWith(path), qPrintable(error.detail + QStringLiteral(" vs ") + path));
        QVERIFY(!error.requestId.isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_sandbox = std::make_unique<SandboxServer>(SandboxOptions{});
        QVERIFY(m_sandbox->listen() != 0);
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = RetryPolicy::none();
        config.transferTimeoutMs = 10000;
        m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    void baselineIsAccepted()
    {
        // The payload every other case bends: make sure it is good as it is.
        answerProvidersWith(list({provider(), provider(QStringLiteral("slack"), QJsonValue::Null)}));
        const auto out = fetchProviders();
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().size(), 2);
        QCOMPARE(out.value().first().missingScopes(), QStringList{QStringLiteral("workflow")});
        QVERIFY(!out.value().last().connectedAccount.has_value());
    }

    void everyFieldBent_data()
    {
        QTest::addColumn<bool>("nested");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("accepted");
        for (bool nested : {false, true}) {
            const QStringList fields = nested ? accountFields() : providerFields();
            for (const QString &field : fields) {
                for (const auto &[kind, value] : wrongValues()) {
                    const QString name = (nested ? QStringLiteral("connected_account.") : QString()) + field
                        + QStringLiteral(" = ") + kind;
                    QTest::newRow(qPrintable(name))
                        << nested << field << value << (expectationFor(nested, field, kind) == Expect::Accepted);
                }
            }
        }
    }

    void everyFieldBent()
    {
        QFETCH(bool, nested);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, accepted);
        QJsonObject p = provider();
        if (nested) {
            QJsonObject a = account();
            a.insert(field, value);
            p.insert(QStringLiteral("connected_account"), a);
        } else {
            p.insert(field, value);
        }
        answerProvidersWith(list({provider(QStringLiteral("slack"), QJsonValue::Null), p}));
        const auto out = fetchProviders();
        QVERIFY(out.done());
        QCOMPARE(out.calls, 1);
        const QString path = QStringLiteral("data[1].") + (nested ? QStringLiteral("connected_account.") : QString()) + field;
        if (!accepted) {
            QVERIFY2(!out.ok(), qPrintable(QStringLiteral("accepted a bent %1").arg(path)));
            verifyUnexpectedResponse(out.error(), path);
            return;
        }
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().size(), 2); // no row dropped
        const DataProvider &bent = out.value().at(1);
        // Nothing lost: the raw object (the details pane) still has the value as sent.
        const QJsonObject raw = nested ? bent.connectedAccount->raw : bent.raw;
        QCOMPARE(raw.value(field), value);
        if (nested && field == QLatin1String("state")) {
            QCOMPARE(bent.connectedAccount->state, ConnectionState::Unknown);
            QCOMPARE(bent.connectedAccount->stateText, value.toString());
        }
        if (!nested && field == QLatin1String("connected_account"))
            QVERIFY(!bent.connectedAccount.has_value());
        if (!nested && field == QLatin1String("scopes"))
            QVERIFY(!bent.scopesConfigured);
    }

    void missingRequiredFields_data()
    {
        QTest::addColumn<bool>("nested");
        QTest::addColumn<QString>("field");
        QTest::newRow("id") << false << QStringLiteral("id");
        QTest::newRow("name") << false << QStringLiteral("name");
        QTest::newRow("slug") << false << QStringLiteral("slug");
        QTest::newRow("connected_account") << false << QStringLiteral("connected_account");
        QTest::newRow("connected_account.id") << true << QStringLiteral("id");
        QTest::newRow("connected_account.state") << true << QStringLiteral("state");
    }

    void missingRequiredFields()
    {
        QFETCH(bool, nested);
        QFETCH(QString, field);
        QJsonObject p = provider();
        if (nested) {
            QJsonObject a = account();
            a.remove(field);
            p.insert(QStringLiteral("connected_account"), a);
        } else {
            p.remove(field);
        }
        answerProvidersWith(list({p}));
        const auto out = fetchProviders();
        QVERIFY(!out.ok());
        verifyUnexpectedResponse(out.error(),
                                 QStringLiteral("data[0].") + (nested ? QStringLiteral("connected_account.") : QString()) + field);
        QVERIFY(out.error().detail.contains(QStringLiteral("missing")));
    }

    void unknownValuesAreKeptNotGuessed_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("suspended") << QStringLiteral("suspended");
        QTest::newRow("upper case") << QStringLiteral("CONNECTED");
        QTest::newRow("trailing space") << QStringLiteral("connected ");
        QTest::newRow("unicode") << QStringLiteral("verbunden \u2713");
        QTest::newRow("long") << QString(5000, QLatin1Char('x'));
    }

    void unknownValuesAreKeptNotGuessed()
    {
        // A state this build does not know is shown as sent, never turned into
        // "connected" (that would hide a broken integration from support).
        QFETCH(QString, state);
        QJsonObject p = provider(QStringLiteral("github"), account(state));
        p.insert(QStringLiteral("ownership"), QStringLiteral("team_shared"));
        answerProvidersWith(list({p}));
        const auto out = fetchProviders();
        QVERIFY2(out.ok(), out.describe().constData());
        const DataProvider &d = out.value().first();
        QCOMPARE(d.connectedAccount->state, ConnectionState::Unknown);
        QCOMPARE(d.connectedAccount->stateText, state);
        QCOMPARE(d.ownership, Ownership::Unknown);
        QCOMPARE(d.ownershipText, QStringLiteral("team_shared"));
    }

    void duplicateProvidersAreAllKept()
    {
        // Two entries for one slug (a server bug, or two integrations): both
        // rows stay, in order; silently dropping one could hide the broken one.
        QJsonObject second = provider(QStringLiteral("github"), account(QStringLiteral("needs_reauthorization")));
        second.insert(QStringLiteral("id"), QStringLiteral("data_integration_01HXYZ0000000000000000SECOND"));
        answerProvidersWith(list({provider(), second, provider()}));
        const auto out = fetchProviders();
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().size(), 3);
        QCOMPARE(out.value().at(0).connectedAccount->state, ConnectionState::Connected);
        QCOMPARE(out.value().at(1).connectedAccount->state, ConnectionState::NeedsReauthorization);
        QCOMPARE(out.value().at(1).id, QStringLiteral("data_integration_01HXYZ0000000000000000SECOND"));
        QCOMPARE(out.value().at(2).id, out.value().at(0).id);
    }

    void duplicateJsonKeysPickOneValue()
    {
        // {"slug":"github", ..., "slug":"evil"}: whichever Qt keeps, it is one
        // of the two, the row decodes, and nothing crashes.
        QByteArray body = list({provider()});
        body.replace("\"slug\":\"github\"", "\"slug\":\"github\",\"slug\":\"evil-twin\"");
        answerProvidersWith(body);
        const auto out = fetchProviders();
        QVERIFY2(out.ok(), out.describe().constData());
        QVERIFY(out.value().first().slug == QLatin1String("github")
                || out.value().first().slug == QLatin1String("evil-twin"));
    }

    void tenThousandScopes()
    {
        QJsonArray configured;
        QJsonArray granted;
        for (int i = 0; i < 10000; ++i) {
            const QString scope = QStringLiteral("scope:%1:read").arg(i);
            configured.append(scope);
            if (i != 4242)
                granted.append(scope);
        }
        QJsonObject a = account();
        a.insert(QStringLiteral("scopes"), granted);
        QJsonObject p = provider(QStringLiteral("github"), a);
        p.insert(QStringLiteral("scopes"), configured);
        answerProvidersWith(list({p}));
        const auto out = fetchProviders();
        QVERIFY2(out.ok(), out.describe().constData());
        const DataProvider &d = out.value().first();
        QCOMPARE(d.scopes.size(), 10000);
        QCOMPARE(d.connectedAccount->scopes.size(), 9999);
        // The table computes "missing" for every row it paints: it must be quick.
        QElapsedTimer clock;
        clock.start();
        const QStringList missing = d.missingScopes();
        const qint64 ms = clock.elapsed();
        QCOMPARE(missing, QStringList{QStringLiteral("scope:4242:read")});
        qInfo("missingScopes() over 10,000 x 9,999 scopes: %lld ms", ms);
        QVERIFY2(ms < 100, qPrintable(QStringLiteral("missingScopes took %1 ms").arg(ms)));
    }

    void invalidUtf8InStrings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0xff 0xfe") << QByteArray("Git\xff\xfeHub");
        QTest::newRow("overlong slash") << QByteArray("Git\xc0\xafHub");
        QTest::newRow("lone surrogate") << QByteArray("Git\xed\xa0\x80Hub");
        QTest::newRow("truncated sequence") << QByteArray("GitHub\xe2\x82");
        QTest::newRow("continuation only") << QByteArray("\x80\x80\x80");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    }

    void invalidUtf8InStrings()
    {
        // In the provider's name: the list is either refused as an unexpected
        // response, or shown with the bad bytes replaced (U+FFFD) and every
        // other field intact; never a crash, never a silently shortened name.
        QFETCH(QByteArray, bytes);
        QByteArray body = list({provider()});
        body.replace("\"name\":\"Github\"", "\"name\":\"" + bytes + '"');
        QVERIFY(body.contains(bytes));
        answerProvidersWith(body);
        const auto out = fetchProviders();
        QVERIFY(out.done());
        if (!out.ok()) {
            qInfo().noquote() << "refused:" << out.error().detail;
            verifyUnexpectedResponse(out.error(), QString());
            QVERIFY2(out.error().detail.contains(QStringLiteral("not valid JSON")), qPrintable(out.error().detail));
            return;
        }
        const DataProvider &d = out.value().first();
        qInfo().noquote() << "shown as:" << d.name;
        QVERIFY2(d.name.contains(QChar::ReplacementCharacter), qPrintable(d.name));
        QCOMPARE(d.slug, QStringLiteral("github"));
        QCOMPARE(d.connectedAccount->state, ConnectionState::Connected);
    }

    void deeplyNestedJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("100k arrays as the document") << deeplyNested(100000, "[", "]") << QString();
        QTest::newRow("100k objects as the document") << deeplyNested(100000, "{\"a\":", "}") << QString();
        QByteArray inField = list({provider()});
        inField.replace("\"description\":\"Code hosting\"",
                        "\"description\":\"Code hosting\",\"future\":" + deeplyNested(100000, "{\"a\":", "}"));
        QTest::newRow("100k objects in an unknown field") << inField << QString();
        QByteArray inData = "{\"object\":\"list\",\"data\":" + deeplyNested(100000, "[", "]") + '}';
        QTest::newRow("100k arrays as data") << inData << QString();
        QTest::newRow("unclosed 100k") << QByteArray(100000, '[') << QString();
    }

    void deeplyNestedJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        answerProvidersWith(body);
        QElapsedTimer clock;
        clock.start();
        const auto out = fetchProviders();
        QVERIFY(out.done());
        QVERIFY2(!out.ok(), "a 100,000-deep document was accepted");
        verifyUnexpectedResponse(out.error(), path);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void wrongDocumentShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::newRow("bare array") << QJsonDocument(QJsonArray{provider()}).toJson() << QString();
        QTest::newRow("data is an object") << QByteArray("{\"object\":\"list\",\"data\":{}}") << QStringLiteral("data");
        QTest::newRow("data is null") << QByteArray("{\"object\":\"list\",\"data\":null}") << QStringLiteral("data");
        QTest::newRow("data missing") << QByteArray("{\"object\":\"list\"}") << QStringLiteral("data");
        QTest::newRow("item is a string") << QByteArray("{\"data\":[\"github\"]}") << QStringLiteral("data[0]");
        QTest::newRow("JSON string") << QByteArray("\"ok\"") << QString();
        QTest::newRow("number") << QByteArray("200") << QString();
        QTest::newRow("NUL bytes") << QByteArray(64, '\0') << QString();
        QTest::newRow("trailing garbage") << list({provider()}) + "}}}" << QString();
        QTest::newRow("two documents") << list({provider()}) + list({provider()}) << QString();
    }

    void wrongDocumentShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        answerProvidersWith(body);
        const auto out = fetchProviders();
        QVERIFY(out.done());
        QVERIFY2(!out.ok(), "an off-spec document was shown as a table");
        verifyUnexpectedResponse(out.error(), path);
    }
};

QTEST_GUILESS_MAIN(TestHostileBodies)
#include "tst_hostile_bodies.moc"
