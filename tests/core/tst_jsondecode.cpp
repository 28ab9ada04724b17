#include "DecodePayloads.h"
#include "JsonDecode.h"

using Payloads::account;
using Payloads::provider;

#include <QTest>

// Decoders over spec-shaped payloads: what a support person would see wrong
// if decoding were too strict (a crash, a blank table) or too lax (a row with
// no slug, a state silently turned into "connected").
class TestJsonDecode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("hasAccount");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QStringList>("missing");

        QTest::newRow("connected") << "{\"object\":\"list\",\"data\":[" + provider(account("connected")) + "]}" << 1 << true
                                   << int(ConnectionState::Connected) << QStringLiteral("connected")
                                   << QStringList{QStringLiteral("workflow")};
        QTest::newRow("needs reauth") << "{\"object\":\"list\",\"data\":[" + provider(account("needs_reauthorization")) + "]}"
                                      << 1 << true << int(ConnectionState::NeedsReauthorization)
                                      << QStringLiteral("needs_reauthorization") << QStringList{QStringLiteral("workflow")};
        QTest::newRow("unknown state kept raw")
            << "{\"object\":\"list\",\"data\":[" + provider(account("suspended")) + "]}" << 1 << true
            << int(ConnectionState::Unknown) << QStringLiteral("suspended") << QStringList{QStringLiteral("workflow")};
        QTest::newRow("not connected (null)") << "{\"object\":\"list\",\"data\":[" + provider("null") + "]}" << 1 << false
                                              << -1 << QString() << QStringList{};
        QTest::newRow("scopes null") << "{\"object\":\"list\",\"data\":[" + provider(account("connected"), "null") + "]}" << 1
                                     << true << int(ConnectionState::Connected) << QStringLiteral("connected")
                                     << QStringList{};
        QTest::newRow("unknown fields ignored")
            << "{\"object\":\"list\",\"future\":{\"x\":1},\"data\":["
                   + provider(account("connected", ",\"auth_method\":\"oauth\",\"brand_new\":[1,2]")) + "]}"
            << 1 << true << int(ConnectionState::Connected) << QStringLiteral("connected")
            << QStringList{QStringLiteral("workflow")};
        QTest::newRow("empty list") << QByteArray("{\"object\":\"list\",\"data\":[]}") << 0 << false << -1 << QString()
                                    << QStringList{};
    }

    void providers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, count);
        QFETCH(bool, hasAccount);
        QFETCH(int, state);
        QFETCH(QString, stateText);
        QFETCH(QStringList, missing);

        const Decoded<QList<DataProvider>> decoded = JsonDecode::dataProviderList(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded.value().size(), count);
        if (count == 0)
            return;
        const DataProvider &p = decoded.value().first();
        QCOMPARE(p.slug, QStringLiteral("github"));
        QCOMPARE(p.name, QStringLiteral("GitHub"));
        QCOMPARE(p.ownership, Ownership::User);
        QCOMPARE(p.connectedAccount.has_value(), hasAccount);
        QCOMPARE(p.missingScopes(), missing);
        QVERIFY(p.raw.contains(QStringLiteral("integrationType"))); // kept, not dropped
        if (hasAccount) {
            QCOMPARE(int(p.connectedAccount->state), state);
            QCOMPARE(p.connectedAccount->stateText, stateText);
            QCOMPARE(p.connectedAccount->scopes, (QStringList{QStringLiteral("repo"), QStringLiteral("read:user")}));
            QCOMPARE(p.connectedAccount->createdAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
            QVERIFY(p.connectedAccount->organizationId.isEmpty());
        }
    }

    void providerErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");

        QByteArray noSlug = provider("null");
        noSlug.replace("\"slug\":\"github\",", "");
        QTest::newRow("missing slug") << "{\"data\":[" + noSlug + "]}" << QStringLiteral("data[0].slug")
                                      << QStringLiteral("missing required field");
        QByteArray noState = account("connected");
        noState.replace("\"state\":\"connected\",", "");
        QTest::newRow("missing state") << "{\"data\":[" + provider("null") + "," + provider(noState) + "]}"
                                       << QStringLiteral("data[1].connected_account.state")
                                       << QStringLiteral("missing required field");
        QByteArray noAccountKey = provider("null");
        noAccountKey.replace(",\"connected_account\":null", "");
        QTest::newRow("connected_account absent") << "{\"data\":[" + noAccountKey + "]}"
                                                  << QStringLiteral("data[0].connected_account")
                                                  << QStringLiteral("missing required field");
        QTest::newRow("name wrong type") << "{\"data\":[" + QByteArray(provider("null")).replace("\"name\":\"GitHub\"", "\"name\":42")
                                                + "]}"
                                         << QStringLiteral("data[0].name") << QStringLiteral("expected a string");
        QTest::newRow("scope not a string") << "{\"data\":[" + provider("null", "[\"repo\",7]") + "]}"
                                            << QStringLiteral("data[0].scopes[1]") << QStringLiteral("expected a string");
        QTest::newRow("data missing") << QByteArray("{\"object\":\"list\"}") << QStringLiteral("data")
                                      << QStringLiteral("missing required field");
        QTest::newRow("data not array") << QByteArray("{\"data\":{}}") << QStringLiteral("data")
                                        << QStringLiteral("expected an array");
        QTest::newRow("html page") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QString()
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("empty body") << QByteArray() << QString() << QStringLiteral("empty body");
        QTest::newRow("truncated") << QByteArray("{\"data\":[{\"object\":\"data_pro") << QString()
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("array root") << QByteArray("[]") << QString() << QStringLiteral("expected a JSON object");
        // The official emulator's off-spec answer: a different object type.
        QTest::newRow("emulator pipe_connection")
            << QByteArray("{\"object\":\"list\",\"data\":[{\"object\":\"pipe_connection\",\"id\":\"pc_1\",\"provider\":\"github\"}]}")
            << QStringLiteral("data[0].object") << QStringLiteral("expected \"data_provider\"");
    }

    void providerErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const Decoded<QList<DataProvider>> decoded = JsonDecode::dataProviderList(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().path, path);
        QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
    }

    void userPage()
    {
        const QByteArray body = "{\"object\":\"list\",\"data\":[ {\"object\":\"user\",\"id\":\"user_01HAAA\",\"email\":\"alice@acme.example\",\"first_name\":\"Alice\",\"last_name\":null, \"email_verified\":true,\"profile_picture_url\":null,\"external_id\":null,\"metadata\":{\"tier\":\"gold\"}, \"last_sign_in_at\":null,\"locale\":null,\"created_at\":\"2024-01-01T00:00:00.000Z\",\"updated_at\":\"2024-01-01T00:00:00.000Z\"}, {\"object\":\"user\",\"id\":\"user_01HBBB\",\"email\":\"bob@acme.example\",\"first_name\":\"Bob\",\"last_name\":\"Stone\", \"email_verified\":false,\"created_at\":\"2024-01-01T00:00:00.000Z\",\"updated_at\":\"2024-01-01T00:00:00.000Z\"}], \"list_metadata\":{\"before\":null,\"after\":\"user_01HBBB\"}}";
        const auto decoded = JsonDecode::userList(body);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().data.size(), 2);
        QCOMPARE(decoded.value().data.at(0).fullName(), QStringLiteral("Alice"));
        QCOMPARE(decoded.value().data.at(1).fullName(), QStringLiteral("Bob Stone"));
        QCOMPARE(decoded.value().data.at(0).metadata.value(QStringLiteral("tier")).toString(), QStringLiteral("gold"));
        QVERIFY(decoded.value().before.isEmpty());
        QCOMPARE(decoded.value().after, QStringLiteral("user_01HBBB"));
        QVERIFY(decoded.value().hasMore());

        const auto last = JsonDecode::userList("{\"data\":[],\"list_metadata\":{\"before\":\"user_01HX\",\"after\":null}}");
        QVERIFY(last.ok());
        QVERIFY(!last.value().hasMore());

        const auto noEmail = JsonDecode::userList("{\"data\":[{\"object\":\"user\",\"id\":\"user_01HAAA\"}]}");
        QVERIFY(!noEmail.ok());
        QCOMPARE(noEmail.error().path, QStringLiteral("data[0].email"));

        const auto badMeta = JsonDecode::userList("{\"data\":[],\"list_metadata\":{\"after\":5}}");
        QVERIFY(!badMeta.ok());
        QCOMPARE(badMeta.error().path, QStringLiteral("list_metadata.after"));
    }

    void membershipsAndOrganizations()
    {
        const auto m = JsonDecode::membershipList("{\"data\":[{\"object\":\"organization_membership\",\"id\":\"om_01HA\", \"user_id\":\"user_01HAAA\",\"organization_id\":\"org_01HACME\",\"organization_name\":\"Acme Inc\", \"role\":{\"slug\":\"admin\"},\"status\":\"active\",\"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\"}], \"list_metadata\":{\"before\":null,\"after\":null}}");
        QVERIFY(m.ok());
        QCOMPARE(m.value().data.first().organizationName, QStringLiteral("Acme Inc"));
        QCOMPARE(m.value().data.first().role, QStringLiteral("admin"));

        const auto o = JsonDecode::organization("{\"object\":\"organization\",\"id\":\"org_01HACME\",\"name\":\"Acme Inc\", \"domains\":[{\"object\":\"organization_domain\",\"id\":\"org_domain_1\",\"domain\":\"acme.example\",\"state\":\"verified\"}], \"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\",\"allow_profiles_outside_organization\":false}");
        QVERIFY(o.ok());
        QCOMPARE(o.value().domains, QStringList{QStringLiteral("acme.example")});

        const auto wrongObject = JsonDecode::organization("{\"object\":\"user\",\"id\":\"org_01H\",\"name\":\"x\"}");
        QVERIFY(!wrongObject.ok());
        QCOMPARE(wrongObject.error().path, QStringLiteral("object"));
    }

    void authorizeUrl_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QByteArray("{\"url\":\"https://pipes.workos.com/authorize?token=abc\"}") << true;
        QTest::newRow("missing") << QByteArray("{\"link\":\"https://x\"}") << false;
        QTest::newRow("relative") << QByteArray("{\"url\":\"/authorize\"}") << false;
        QTest::newRow("null") << QByteArray("{\"url\":null}") << false;
        QTest::newRow("number") << QByteArray("{\"url\":3}") << false;
    }

    void authorizeUrl()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QCOMPARE(JsonDecode::authorizeUrl(body).ok(), ok);
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("fieldErrors");
        QTest::newRow("workos 404") << QByteArray("{\"message\":\"User not found: 'user_01H'.\",\"code\":\"entity_not_found\"}")
                                    << QStringLiteral("User not found: 'user_01H'.") << QStringLiteral("entity_not_found") << 0;
        QTest::newRow("422 with fields")
            << QByteArray("{\"message\":\"Validation failed\",\"code\":\"invalid_request_parameters\",\"errors\":[{\"field\":\"user_id\",\"code\":\"required\"}]}")
            << QStringLiteral("Validation failed") << QStringLiteral("invalid_request_parameters") << 1;
        QTest::newRow("html") << QByteArray("<html>503 Service Unavailable</html>") << QString() << QString() << 0;
        QTest::newRow("empty") << QByteArray() << QString() << QString() << 0;
        QTest::newRow("oauth style") << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"Bad key\"}")
                                     << QStringLiteral("Bad key") << QStringLiteral("invalid_client") << 0;
        QTest::newRow("wrong types") << QByteArray("{\"message\":5,\"code\":[],\"errors\":\"x\"}") << QString() << QString() << 0;
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, code);
        QFETCH(int, fieldErrors);
        ApiError error;
        JsonDecode::errorBody(body, error);
        QCOMPARE(error.message, message);
        QCOMPARE(error.code, code);
        QCOMPARE(error.fieldErrors.size(), fieldErrors);
    }

    void deeplyNestedAndHuge()
    {
        // 10,000 scopes decode; a deeply nested document is refused, not a crash.
        QByteArray scopes = "[";
        for (int i = 0; i < 10000; ++i)
            scopes += (i ? ",\"s" : "\"s") + QByteArray::number(i) + '"';
        scopes += ']';
        const auto big = JsonDecode::dataProviderList("{\"data\":[" + provider(account("connected"), scopes) + "]}");
        QVERIFY(big.ok());
        QCOMPARE(big.value().first().scopes.size(), 10000);
        QCOMPARE(big.value().first().missingScopes().size(), 10000);

        const QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(!JsonDecode::dataProviderList(nested).ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonDecode)
#include "tst_jsondecode.moc"
