// Pure parts of pipes-admin-cli: table layout, error lines and exit codes,
// JSON shapes, the URL opener's gate.

#include "cli/CliErrors.h"
#include "core/JsonDecode.h"
#include "cli/JsonOutput.h"
#include "cli/TableFormatter.h"
#include "cli/UrlOpener.h"

#include "core/ApiError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestCliUnits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableAlignsColumns();
    void tableHasNoTrailingSpacesAndPadsShortRows();
    void displayWidth_data();
    void displayWidth();
    void tableAlignsWideAndCombiningText();
    void cellsCannotDriveTheTerminal();
    void keyValues();
    void exitCodes_data();
    void exitCodes();
    void errorLineIsOneLineWithStatusCodeAndRequestId();
    void redactRemovesTheKey();
    void providerJsonDerivesMissingScopes();
    void openerRefusesUnsafeLinksWithoutLogging();
    void openerLogsSafeLinks();
};

void TestCliUnits::tableAlignsColumns()
{
    TableFormatter table({QStringLiteral("ID"), QStringLiteral("EMAIL")});
    table.addRow({QStringLiteral("user_1"), QStringLiteral("a@b.co")});
    table.addRow({QStringLiteral("u2"), QStringLiteral("longer@example.com")});
    QCOMPARE(table.rowCount(), 2);
    QCOMPARE(table.render(), QStringLiteral("ID      EMAIL\n"
                                            "user_1  a@b.co\n"
                                            "u2      longer@example.com\n"));
}

void TestCliUnits::tableHasNoTrailingSpacesAndPadsShortRows()
{
    TableFormatter table({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    table.addRow({QStringLiteral("x")});
    table.addRow({QStringLiteral("y"), QString(), QStringLiteral("z"), QStringLiteral("extra")});
    QCOMPARE(table.render(), QStringLiteral("A  B  C\n"
                                            "x\n"
                                            "y     z  extra\n"));
    QCOMPARE(TableFormatter{QStringList()}.render(), QString());
}

void TestCliUnits::displayWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << QStringLiteral("GitHub") << 6;
    QTest::newRow("latin-1 precomposed") << QStringLiteral("Zoë") << 3;
    QTest::newRow("combining acute") << QStringLiteral("Zoe\u0301") << 3;
    QTest::newRow("cjk") << QStringLiteral("山田太郎") << 8;
    QTest::newRow("hangul") << QStringLiteral("김") << 2;
    QTest::newRow("emoji outside the BMP") << QStringLiteral("\U0001F600ok") << 4;
    QTest::newRow("zero-width joiner") << QStringLiteral("a\u200Db") << 2;
    QTest::newRow("empty") << QString() << 0;
}

void TestCliUnits::displayWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TableFormatter::displayWidth(text), width);
}

void TestCliUnits::tableAlignsWideAndCombiningText()
{
    TableFormatter table({QStringLiteral("NAME"), QStringLiteral("EMAIL")});
    table.addRow({QStringLiteral("山田太郎"), QStringLiteral("taro@example.jp")});
    table.addRow({QStringLiteral("Zoe\u0301"), QStringLiteral("zoe@example.com")});
    table.addRow({QStringLiteral("\U0001F600 Bot"), QStringLiteral("bot@example.com")});
    // In a terminal, every EMAIL starts at column 10 (8 + 2).
    QCOMPARE(table.render(), QStringLiteral("NAME      EMAIL\n"
                                            "山田太郎  taro@example.jp\n"
                                            "Zoe\u0301       zoe@example.com\n"
                                            "\U0001F600 Bot    bot@example.com\n"));
}

void TestCliUnits::cellsCannotDriveTheTerminal()
{
    QCOMPARE(TableFormatter::cleanCell(QStringLiteral("two\nlines\tand tab")), QStringLiteral("two lines and tab"));
    QCOMPARE(TableFormatter::cleanCell(QStringLiteral("\x1b[31mred")), QStringLiteral("\uFFFD[31mred"));
    QCOMPARE(TableFormatter::cleanCell(QStringLiteral("abc\u202Edef")), QStringLiteral("abc\uFFFDdef"));
    TableFormatter table({QStringLiteral("A"), QStringLiteral("B")});
    table.addRow({QStringLiteral("x\ny"), QStringLiteral("z")});
    QCOMPARE(table.render(), QStringLiteral("A    B\nx y  z\n"));
}

void TestCliUnits::keyValues()
{
    QCOMPARE(TableFormatter::renderKeyValues({{QStringLiteral("ID"), QStringLiteral("user_1")},
                                              {QStringLiteral("Email verified"), QStringLiteral("yes")}}),
             QStringLiteral("ID:              user_1\n"
                            "Email verified:  yes\n"));
}

void TestCliUnits::exitCodes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("exitCode");
    using K = ApiError::Kind;
    QTest::newRow("404") << int(K::Http) << 404 << 3;
    QTest::newRow("401") << int(K::Http) << 401 << 4;
    QTest::newRow("403") << int(K::Http) << 403 << 4;
    QTest::newRow("422") << int(K::Http) << 422 << 5;
    QTest::newRow("429") << int(K::Http) << 429 << 5;
    QTest::newRow("503") << int(K::Http) << 503 << 5;
    QTest::newRow("malformed") << int(K::MalformedBody) << 200 << 5;
    QTest::newRow("too large") << int(K::TooLarge) << 200 << 5;
    QTest::newRow("redirect") << int(K::Redirect) << 302 << 5;
    QTest::newRow("timeout") << int(K::Timeout) << 0 << 6;
    QTest::newRow("refused") << int(K::ConnectionRefused) << 0 << 6;
    QTest::newRow("dns") << int(K::HostNotFound) << 0 << 6;
    QTest::newRow("tls") << int(K::Tls) << 0 << 6;
    QTest::newRow("reset") << int(K::Network) << 0 << 6;
    QTest::newRow("invalid argument") << int(K::InvalidArgument) << 0 << 2;
}

void TestCliUnits::exitCodes()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, exitCode);
    ApiError error;
    error.kind = ApiError::Kind(kind);
    error.httpStatus = status;
    QCOMPARE(toInt(CliErrors::exitCodeFor(error)), exitCode);
}

void TestCliUnits::errorLineIsOneLineWithStatusCodeAndRequestId()
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 422;
    error.message = QStringLiteral("Invalid\nreturn_to");
    error.code = QStringLiteral("invalid_request");
    error.requestId = QStringLiteral("req_01ABC");
    QCOMPARE(CliErrors::errorLine(error),
             QStringLiteral("Error: WorkOS could not process the request: Invalid return_to "
                            "(HTTP 422, code invalid_request, request id req_01ABC)"));

    // The status is not repeated when the sentence already carries it.
    error.httpStatus = 404;
    error.message = QStringLiteral("User not found.");
    error.code.clear();
    QCOMPARE(CliErrors::errorLine(error),
             QStringLiteral("Error: Not found (HTTP 404): User not found. (request id req_01ABC)"));
}

void TestCliUnits::redactRemovesTheKey()
{
    QCOMPARE(CliErrors::redact(QStringLiteral("bad key sk_test_123 here"), QStringLiteral("sk_test_123")),
             QStringLiteral("bad key <redacted API key> here"));
    QCOMPARE(CliErrors::redact(QStringLiteral("nothing"), QString()), QStringLiteral("nothing"));
}

void TestCliUnits::providerJsonDerivesMissingScopes()
{
    const QByteArray body = R"({"object":"list","data":[
      {"object":"data_provider","id":"data_integration_01A","name":"Slack","description":null,"slug":"slack",
       "integration_type":"slack","integrationType":"slack","credentials_type":"oauth2",
       "scopes":["chat:write","users:read"],"ownership":"userland_user","future_field":42,
       "created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z",
       "connected_account":{"object":"connected_account","id":"data_installation_01A","user_id":"user_01A",
         "organization_id":null,"scopes":["users:read"],"state":"needs_reauthorization",
         "created_at":"2024-01-02T00:00:00.000Z","updated_at":"2024-01-03T00:00:00.000Z"}},
      {"object":"data_provider","id":"data_integration_01B","name":"Notion","description":null,"slug":"notion",
       "integration_type":"notion","credentials_type":"oauth2","scopes":null,"ownership":"userland_user",
       "created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z","connected_account":null}]})";
    const auto decoded = JsonDecode::dataProviderList(body);
    QVERIFY(decoded.ok());
    // A 0.1.0-shaped answer (no connected_accounts): its one connection is listed.
    const QJsonObject slack = JsonOutput::dataProvider(decoded.value().at(0));
    QCOMPARE(slack.value(QStringLiteral("connection_count")).toInt(), 1);
    const QJsonObject connection = slack.value(QStringLiteral("connections")).toArray().at(0).toObject();
    QCOMPARE(connection.value(QStringLiteral("missing_scopes")).toArray(), QJsonArray({QStringLiteral("chat:write")}));
    QCOMPARE(connection.value(QStringLiteral("state")).toString(), QStringLiteral("needs_reauthorization"));
    QCOMPARE(connection.value(QStringLiteral("role")).toString(), QStringLiteral("compatibility"));
    QCOMPARE(connection.value(QStringLiteral("provider")).toString(), QStringLiteral("slack"));
    // Tidy names only: neither the wire's deprecated twins nor its raw fields.
    QVERIFY(!slack.contains(QStringLiteral("integrationType")));
    QVERIFY(!slack.contains(QStringLiteral("future_field")));
    QVERIFY(!slack.contains(QStringLiteral("connected_account")));
    QCOMPARE(slack.value(QStringLiteral("connection_owner")).toString(), QStringLiteral("user"));
    const QJsonObject notion = JsonOutput::dataProvider(decoded.value().at(1));
    QCOMPARE(notion.value(QStringLiteral("connection_count")).toInt(), 0);
    QVERIFY(notion.value(QStringLiteral("connections")).toArray().isEmpty());
    QVERIFY(notion.value(QStringLiteral("scopes")).isNull());
    // Stable text: keys sorted, so the same input prints the same bytes.
    const QByteArray text = JsonOutput::toText(slack);
    QVERIFY(text.indexOf("\"connection_count\"") < text.indexOf("\"created_at\""));
    QVERIFY(text.endsWith('\n'));
}

void TestCliUnits::openerRefusesUnsafeLinksWithoutLogging()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("open.log"));
    const UrlOpener opener(log);
    for (const char *link : {"javascript:alert(1)", "file:///etc/passwd", "http://example.com/x",
                             "https://user:pw@example.com/", "data:text/html,hi", ""}) {
        QString reason;
        QCOMPARE(opener.open(QUrl(QString::fromLatin1(link)), &reason), UrlOpener::Result::Refused);
        QVERIFY2(!reason.isEmpty(), link);
    }
    QVERIFY(!QFile::exists(log));
}

void TestCliUnits::openerLogsSafeLinks()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("open.log"));
    const UrlOpener opener(log);
    QCOMPARE(opener.open(QUrl(QStringLiteral("https://id.workos.com/authorize?x=1"))), UrlOpener::Result::Opened);
    QCOMPARE(opener.open(QUrl(QStringLiteral("http://127.0.0.1:8080/_sandbox/connect/t"))), UrlOpener::Result::Opened);
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("https://id.workos.com/authorize?x=1\n"
                                        "http://127.0.0.1:8080/_sandbox/connect/t\n"));
}

QTEST_GUILESS_MAIN(TestCliUnits)
#include "tst_cli_units.moc"
