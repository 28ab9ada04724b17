#include "DecodePayloads.h"
#include "core/JsonDecode.h"

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

    // Every connection of a provider, from every shape a server sends: the
    // SDK 12.3.0 list with the flag (several connections, an empty compatibility
    // slot), without it (at most the compatibility one), and the 0.1.0 shape
    // without the array (the official emulator's), where the single
    // connected_account is all there is.
    void connections_data()
    {
        using namespace TodayPayloads;
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("compatibilityId"); // empty: the slot is empty
        QTest::addColumn<bool>("listPresent");
        QTest::addColumn<QStringList>("ids");   // allConnections(), in order
        QTest::addColumn<QStringList>("roles"); // "c" compatibility, "s" standard
        QTest::addColumn<QStringList>("labels");

        QTest::newRow("flag: two connections")
            << list(TodayPayloads::provider(personal(), "[" + personal() + "," + work() + "]")) << QStringLiteral("data_installation_01PERSONAL")
            << true << QStringList{QStringLiteral("data_installation_01PERSONAL"), QStringLiteral("data_installation_01WORK")}
            << QStringList{QStringLiteral("c"), QStringLiteral("s")} << QStringList{QStringLiteral("Personal"), QStringLiteral("Work")};
        QTest::newRow("flag: empty slot, a standard connection")
            << list(TodayPayloads::provider("null", "[" + work("connected") + "]")) << QString() << true
            << QStringList{QStringLiteral("data_installation_01WORK")} << QStringList{QStringLiteral("s")}
            << QStringList{QStringLiteral("Work")};
        QTest::newRow("no flag: only the compatibility connection")
            << list(TodayPayloads::provider(personal(), "[" + personal() + "]")) << QStringLiteral("data_installation_01PERSONAL")
            << true << QStringList{QStringLiteral("data_installation_01PERSONAL")} << QStringList{QStringLiteral("c")}
            << QStringList{QStringLiteral("Personal")};
        QTest::newRow("no flag: nothing")
            << list(TodayPayloads::provider("null", "[]")) << QString() << true << QStringList{} << QStringList{} << QStringList{};
        QTest::newRow("list lacks the compatibility connection")
            << list(TodayPayloads::provider(personal(), "[" + work() + "]")) << QStringLiteral("data_installation_01PERSONAL")
            << true << QStringList{QStringLiteral("data_installation_01PERSONAL"), QStringLiteral("data_installation_01WORK")}
            << QStringList{QStringLiteral("c"), QStringLiteral("s")} << QStringList{QStringLiteral("Personal"), QStringLiteral("Work")};
        QTest::newRow("connected_accounts null: read as the 0.1.0 shape")
            << list(TodayPayloads::provider(personal(), "null")) << QStringLiteral("data_installation_01PERSONAL") << false
            << QStringList{QStringLiteral("data_installation_01PERSONAL")} << QStringList{QStringLiteral("c")}
            << QStringList{QStringLiteral("Personal")};
        QTest::newRow("0.1.0 shape (emulator): no array, camelCase twins")
            << "{\"object\":\"list\",\"data\":[" + Payloads::provider(account("connected", ",\"userlandUserId\":\"user_01HABC\",\"organizationId\":null")) + "]}"
            << QStringLiteral("data_installation_01HXYZ") << false << QStringList{QStringLiteral("data_installation_01HXYZ")}
            << QStringList{QStringLiteral("c")} << QStringList{QString()};
        QTest::newRow("0.1.0 shape: not connected")
            << "{\"object\":\"list\",\"data\":[" + Payloads::provider("null") + "]}" << QString() << false << QStringList{}
            << QStringList{} << QStringList{};
        QByteArray noCompatibilityKey = TodayPayloads::provider("null", "[" + work() + "]");
        noCompatibilityKey.replace(",\"connected_account\":null", "");
        QTest::newRow("array without connected_account (the SDK reads it as null)")
            << list(noCompatibilityKey) << QString() << true << QStringList{QStringLiteral("data_installation_01WORK")}
            << QStringList{QStringLiteral("s")} << QStringList{QStringLiteral("Work")};
    }

    void connections()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, compatibilityId);
        QFETCH(bool, listPresent);
        QFETCH(QStringList, ids);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, labels);
        const Decoded<QList<DataProvider>> decoded = JsonDecode::dataProviderList(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        QCOMPARE(decoded.value().size(), 1);
        const DataProvider &p = decoded.value().first();
        QCOMPARE(p.slug, QStringLiteral("github"));
        QCOMPARE(p.connectedAccount.has_value(), !compatibilityId.isEmpty());
        if (p.connectedAccount) {
            QCOMPARE(p.connectedAccount->id, compatibilityId);
            QCOMPARE(p.connectedAccount->role, ConnectionRole::Compatibility);
        }
        QCOMPARE(p.connectedAccountsPresent, listPresent);
        const QList<ConnectedAccount> all = p.allConnections();
        QStringList gotIds, gotRoles, gotLabels;
        for (const ConnectedAccount &a : all) {
            gotIds.append(a.id);
            gotRoles.append(a.role == ConnectionRole::Compatibility ? QStringLiteral("c")
                                                                    : (a.role == ConnectionRole::Standard ? QStringLiteral("s") : a.roleText));
            gotLabels.append(a.accountDisplayName);
            QCOMPARE(a.userId, QStringLiteral("user_01HABC")); // user_id, or the deprecated twins
        }
        QCOMPARE(gotIds, ids);
        QCOMPARE(gotRoles, roles);
        QCOMPARE(gotLabels, labels);
    }

    // Every field of §2a on one real-shaped connection, and what a newer server
    // may add: unknown state_reason and auth_method values are kept raw.
    void connectionFields_data()
    {
        using namespace TodayPayloads;
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("authMethod");
        QTest::addColumn<QString>("authMethodText");
        QTest::addColumn<int>("stateReason");
        QTest::addColumn<QString>("stateReasonText");
        QTest::newRow("oauth, no reason") << personal() << int(AuthMethod::OAuth) << QStringLiteral("oauth")
                                          << int(StateReason::None) << QString();
        QTest::newRow("auth_method missing = oauth") << work() << int(AuthMethod::OAuth) << QString()
                                                     << int(StateReason::None) << QString();
        QTest::newRow("client_credentials, member left")
            << orphanedShared() << int(AuthMethod::ClientCredentials) << QStringLiteral("client_credentials")
            << int(StateReason::EstablishingMemberMembershipEnded) << QStringLiteral("establishing_member_membership_ended");
        QByteArray apiKey = personal();
        apiKey.replace("\"auth_method\":\"oauth\",\"api_key_last_4\":null", "\"auth_method\":\"api_key\",\"api_key_last_4\":\"3f9a\"");
        QTest::newRow("api_key") << apiKey << int(AuthMethod::ApiKey) << QStringLiteral("api_key") << int(StateReason::None) << QString();
        QByteArray newer = orphanedShared();
        newer.replace("establishing_member_membership_ended", "provider_revoked_grant");
        newer.replace("\"client_credentials\"", "\"saml_bearer\"");
        QTest::newRow("unknown values kept raw") << newer << int(AuthMethod::Unknown) << QStringLiteral("saml_bearer")
                                                 << int(StateReason::Unknown) << QStringLiteral("provider_revoked_grant");
    }

    void connectionFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, authMethod);
        QFETCH(QString, authMethodText);
        QFETCH(int, stateReason);
        QFETCH(QString, stateReasonText);
        const Decoded<ConnectedAccount> decoded = JsonDecode::connectedAccount(body);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        const ConnectedAccount &a = decoded.value();
        QCOMPARE(int(a.authMethodKind), authMethod);
        QCOMPARE(a.authMethod, authMethodText);
        QCOMPARE(int(a.stateReason), stateReason);
        QCOMPARE(a.stateReasonText, stateReasonText);
        QCOMPARE(a.createdAt, QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(a.scopes, (QStringList{QStringLiteral("repo"), QStringLiteral("read:user")}));
        if (a.id == QLatin1String("data_installation_01SHARED")) {
            QVERIFY(a.userId.isEmpty()); // organization-owned: no owning user
            QVERIFY(a.isOrganizationOwned());
            QCOMPARE(a.organizationId, QStringLiteral("org_01HACME"));
            QCOMPARE(a.role, ConnectionRole::Standard);
            QCOMPARE(a.roleText, QStringLiteral("standard"));
            QCOMPARE(a.accountDisplayName, QStringLiteral("EMEA"));
            QVERIFY(a.accountIdentifier.isEmpty());
            QCOMPARE(a.state, ConnectionState::NeedsReauthorization);
            QVERIFY(a.establishedByUserId.isEmpty());
            QCOMPARE(a.clientId, QStringLiteral("3MVG9acme"));
            QCOMPARE(a.clientSecretLast4, QStringLiteral("x7Q2"));
            // Strings kept, a number as text, a nested object skipped (tolerant).
            QCOMPARE(a.config, (QMap<QString, QString>{{QStringLiteral("instance_url"), QStringLiteral("https://acme.my.salesforce.com")},
                                                       {QStringLiteral("port"), QStringLiteral("8443")}}));
            QVERIFY(a.raw.contains(QStringLiteral("future_field")));
        } else if (a.id == QLatin1String("data_installation_01PERSONAL")) {
            QCOMPARE(a.userId, QStringLiteral("user_01HABC"));
            QVERIFY(!a.isOrganizationOwned());
            QCOMPARE(a.accountIdentifier, QStringLiteral("alice-gh"));
            QCOMPARE(a.establishedByUserId, QStringLiteral("user_01HABC"));
            QVERIFY(a.config.isEmpty());
            QCOMPARE(a.apiKeyLast4, authMethod == int(AuthMethod::ApiKey) ? QStringLiteral("3f9a") : QString());
        } else {
            QCOMPARE(a.role, ConnectionRole::Standard);
            QCOMPARE(a.state, ConnectionState::NeedsReauthorization);
        }
    }

    // Who owns a provider's connections: connection_owner, else the deprecated
    // ownership (userland_user = user); auth_methods, ["oauth"] when absent.
    void providerOwnerAndAuthMethods_data()
    {
        QTest::addColumn<QByteArray>("ownerFields");
        QTest::addColumn<int>("ownership");
        QTest::addColumn<QStringList>("authMethods");
        const QStringList oauth{QStringLiteral("oauth")};
        QTest::newRow("connection_owner user") << QByteArray(R"("connection_owner":"user","ownership":"userland_user","auth_methods":["oauth"])")
                                               << int(Ownership::User) << oauth;
        QTest::newRow("connection_owner organization")
            << QByteArray(R"("connection_owner":"organization","ownership":"organization","auth_methods":["oauth","client_credentials"])")
            << int(Ownership::Organization) << QStringList{QStringLiteral("oauth"), QStringLiteral("client_credentials")};
        QTest::newRow("legacy ownership only, no auth_methods") << QByteArray(R"("ownership":"organization")")
                                                                << int(Ownership::Organization) << oauth;
        QTest::newRow("legacy userland_user") << QByteArray(R"("ownership":"userland_user","auth_methods":null)")
                                              << int(Ownership::User) << oauth;
        QTest::newRow("connection_owner wins") << QByteArray(R"("connection_owner":"organization","ownership":"userland_user")")
                                               << int(Ownership::Organization) << oauth;
        QTest::newRow("neither") << QByteArray(R"("auth_methods":["api_key"])") << int(Ownership::Unknown)
                                 << QStringList{QStringLiteral("api_key")};
        QTest::newRow("unknown owner") << QByteArray(R"("connection_owner":"team")") << int(Ownership::Unknown) << oauth;
    }

    void providerOwnerAndAuthMethods()
    {
        QFETCH(QByteArray, ownerFields);
        QFETCH(int, ownership);
        QFETCH(QStringList, authMethods);
        const auto decoded = JsonDecode::dataProviderList(TodayPayloads::list(TodayPayloads::provider("null", "[]", ownerFields)));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
        const DataProvider &p = decoded.value().first();
        QCOMPARE(int(p.ownership), ownership);
        QCOMPARE(p.authMethods, authMethods);
        QCOMPARE(p.integrationType, QStringLiteral("github")); // no camelCase twin needed
        QCOMPARE(p.createdAt, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    }

    // Strict where it matters: a connection without an id or state in the
    // array is refused with its path, as are wrong types of the new fields.
    void newShapeErrors_data()
    {
        using namespace TodayPayloads;
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");
        QByteArray noId = work();
        noId.replace("\"id\":\"data_installation_01WORK\",", "");
        QTest::newRow("connection without id") << list(TodayPayloads::provider(personal(), "[" + personal() + "," + noId + "]"))
                                               << QStringLiteral("data[0].connected_accounts[1].id")
                                               << QStringLiteral("missing required field");
        QByteArray noState = work();
        noState.replace("\"state\":\"needs_reauthorization\",", "");
        QTest::newRow("connection without state") << list(TodayPayloads::provider("null", "[" + noState + "]"))
                                                  << QStringLiteral("data[0].connected_accounts[0].state")
                                                  << QStringLiteral("missing required field");
        QTest::newRow("array item not an object") << list(TodayPayloads::provider("null", "[\"data_installation_01WORK\"]"))
                                                  << QStringLiteral("data[0].connected_accounts[0]") << QStringLiteral("expected an object");
        QTest::newRow("connected_accounts not an array") << list(TodayPayloads::provider("null", "{}"))
                                                         << QStringLiteral("data[0].connected_accounts") << QStringLiteral("expected an array");
        QByteArray badConfig = personal();
        badConfig.replace("\"config\":{}", "\"config\":\"subdomain=acme\"");
        QTest::newRow("config not an object") << list(TodayPayloads::provider("null", "[" + badConfig + "]"))
                                              << QStringLiteral("data[0].connected_accounts[0].config") << QStringLiteral("expected an object");
        QByteArray badReason = work();
        badReason.replace("\"state\":", "\"state_reason\":7,\"state\":");
        QTest::newRow("state_reason not a string") << list(TodayPayloads::provider("null", "[" + badReason + "]"))
                                                   << QStringLiteral("data[0].connected_accounts[0].state_reason")
                                                   << QStringLiteral("expected a string");
        QTest::newRow("auth_methods item not a string")
            << list(TodayPayloads::provider("null", "[]", R"("connection_owner":"user","auth_methods":["oauth",1])"))
            << QStringLiteral("data[0].auth_methods[1]") << QStringLiteral("expected a string");
        QByteArray noBoth = TodayPayloads::provider("null", "");
        noBoth.replace(",\"connected_account\":null", "");
        QTest::newRow("neither connected_account nor the array") << list(noBoth) << QStringLiteral("data[0].connected_account")
                                                                 << QStringLiteral("missing required field");
    }

    void newShapeErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const Decoded<QList<DataProvider>> decoded = JsonDecode::dataProviderList(body);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().path, path);
        QVERIFY2(decoded.error().message.contains(messagePart), qPrintable(decoded.error().message));
    }

    // Missing scopes are per connection: the Work connection lacks what Personal has.
    void missingScopesPerConnection()
    {
        const auto decoded = JsonDecode::dataProviderList(TodayPayloads::list(TodayPayloads::provider(
            TodayPayloads::personal(), "[" + TodayPayloads::personal() + "," +
            TodayPayloads::connection("data_installation_01NARROW", R"("connection_role":"standard","user_id":"user_01HABC","state":"connected")").replace("[\"repo\",\"read:user\"]", "[\"repo\"]") + "]")));
        QVERIFY(decoded.ok());
        const DataProvider &p = decoded.value().first();
        const QList<ConnectedAccount> all = p.allConnections();
        QCOMPARE(all.size(), 2);
        QCOMPARE(p.missingScopes(all.at(0)), QStringList{QStringLiteral("workflow")});
        QCOMPARE(p.missingScopes(all.at(1)), (QStringList{QStringLiteral("read:user"), QStringLiteral("workflow")}));
        QCOMPARE(p.missingScopes(), p.missingScopes(*p.connectedAccount));
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
