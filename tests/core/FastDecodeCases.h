#pragma once

// Bodies for tst_jsondecode_fast (kept out of the test file: moc does not read raw strings well).
#include "DecodePayloads.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace FastCases {

struct Case
{
    const char *name;
    QByteArray body;
};

inline QByteArray withNested()
{
    using namespace TodayPayloads;
    return list(provider(personal(), "[" + personal() + "," + work() + "]") + ","
                + provider("null", "[" + orphanedShared().replace(R"("port":8443,"deep":{"x":1})", R"("region":"emea")")
                                   + "]",
                           R"("connection_owner":"organization","auth_methods":["client_credentials"])")
                + "," + Payloads::provider(Payloads::account("connected")));
}

// A provider list whose one row has this description (its JSON text, without the quotes).
inline QByteArray withDescription(const QByteArray &description)
{
    QByteArray row = Payloads::provider("null");
    row.replace(R"("description":null)", R"("description":")" + description + "\"");
    return TodayPayloads::list(row);
}

struct Text
{
    const char *name;
    QByteArray json;
    QString expected;
};

inline QList<Text> descriptions()
{
    return {{"plain", "Repos", QStringLiteral("Repos")},
            {"escapes", R"(a\"b\\c\/d\n\t\r\b\f)", QStringLiteral("a\"b\\c/d\n\t\r\b\f")},
            {"unicode escapes", R"(caf\u00e9 \u20AC \u0000)", QString(QStringLiteral("café € ") + QChar(0))},
            {"UTF-8, 2 to 4 bytes", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", QString::fromUtf8("café € 😀")}};
}

// Bodies the fast path leaves to the general decoder.
inline QList<Case> leftToTheGeneralDecoder()
{
    const QByteArray row = Payloads::provider(Payloads::account("connected"));
    auto list = [](const QByteArray &r) { return TodayPayloads::list(r); };
    auto with = [&row](const char *from, const QByteArray &to) { return QByteArray(row).replace(from, to); };
    return {
        {"empty", "  "},
        {"not JSON", "<html>"},
        {"trailing garbage", list(row) + "x"},
        {"no data", R"({"object":"list"})"},
        {"data twice", R"({"data":[],"data":[]})"},
        {"duplicate field", list(with(R"("slug":"github")", R"("slug":"github","slug":"gitlab")"))},
        {"escaped key", list(with(R"("slug":)", R"("sl\u0075g":)"))},
        {"exponent", list(with(R"("object":"data_provider")", R"("object":"data_provider","n":1e3)"))},
        {"lone surrogate", list(with(R"("name":"GitHub")", R"("name":"Git\ud800Hub")"))},
        {"surrogate pair escape", list(with(R"("name":"GitHub")", R"("name":"Git\ud83d\ude00")"))},
        {"invalid UTF-8", list(with(R"("name":"GitHub")", "\"name\":\"Git\xc3\x28\""))},
        {"overlong UTF-8", list(with(R"("name":"GitHub")", "\"name\":\"Git\xc0\xaf\""))},
        {"noncharacter", list(with(R"("name":"GitHub")", "\"name\":\"Git\xef\xbf\xbe\""))},
        {"control character", list(with(R"("name":"GitHub")", "\"name\":\"Git\x01\""))},
        {"missing id", list(with(R"("id":"data_integration_01HGH",)", ""))},
        {"name not a string", list(with(R"("name":"GitHub")", R"("name":7)"))},
        {"wrong object", list(with(R"("object":"data_provider")", R"("object":"user")"))},
        {"bad time", list(with(R"("created_at":"2024-01-01T00:00:00.000Z")", R"("created_at":"soon")"))},
        {"0.1.0 without connected_account", list(with(R"(,"connected_account":)", R"(,"x":)"))},
        {"config with a number", list(TodayPayloads::provider("null", "[" + TodayPayloads::orphanedShared() + "]"))},
        {"deep", list(with(R"("object":"data_provider")",
                           QByteArray(R"("object":"data_provider","d":)") + QByteArray(100, '[') + QByteArray(100, ']')))},
    };
}

// What the mutations put in.
inline QList<QByteArray> inserts()
{
    return {"\"", "\\", "{", "}", "[", "]", ",", ":", " ", "0", "-", ".", "e",
            "null", "true", "\\u00e9", "\\ud83d", "\xc3\xa9", "\xff", "\x01", "1e9"};
}
inline QList<QByteArray> values()
{
    return {"null", "1", "1.5", "-0", R"("")", R"("x")", "[]", "{}", "true", R"(["a"])",
            R"({"k":"v"})", R"("2024-01-01T00:00:00Z")", R"("\u00e9\n")"};
}
inline QList<QByteArray> keys()
{
    return {R"("id":)", R"("name":)", R"("slug":)", R"("state":)", R"("scopes":)", R"("config":)",
            R"("connected_account":)", R"("connected_accounts":)", R"("created_at":)", R"("user_id":)",
            R"("object":)", R"("description":)", R"("auth_methods":)", R"("connection_role":)", R"("data":)"};
}
} // namespace FastCases
