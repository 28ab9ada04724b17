// dataProviderList's fast path (one pass, no QJsonDocument) against the
// general decoder: it takes what the sandbox sends, and whenever it answers,
// the general decoder answers exactly the same (every field, raw objects
// included); what it does not take (errors, escaped keys, duplicates, exotic
// numbers, surrogates...) it leaves to the general decoder, whose answer the
// caller then gets. Thousands of mutated bodies check both halves.

#include "DecodedDump.h"
#include "FastDecodeCases.h"
#include "core/JsonDecode.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

namespace {
QByteArray get(QNetworkAccessManager &nam, const SandboxServer &server, const QString &path)
{
    QNetworkRequest request(QUrl(server.baseUrl().toString() + path));
    request.setRawHeader("Authorization", "Bearer " + server.apiKey().toUtf8());
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return {};
    return reply->readAll();
}

// What the caller gets: the same dump, or the same error.
QByteArray answer(const Decoded<QList<DataProvider>> &d)
{
    return d.ok() ? DecodedDump::providers(d.value()) : d.error().toString().toUtf8();
}

} // namespace

class TestJsonDecodeFast final : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_bodies; // what the sandbox sent, and the payload builders' shapes
    int m_fastTaken = 0;
    int m_fellBack = 0;

    // Both halves for one body; false (with a message) when they differ.
    bool agree(const QByteArray &body)
    {
        const std::optional<QList<DataProvider>> fast = JsonDecode::detail::dataProviderListFast(body);
        const Decoded<QList<DataProvider>> general = JsonDecode::detail::dataProviderListGeneral(body);
        if (fast) {
            ++m_fastTaken;
            if (!general.ok()) {
                qWarning("fast path answered, the general decoder said %s for: %s",
                         qPrintable(general.error().toString()), body.left(300).constData());
                return false;
            }
            if (DecodedDump::providers(*fast) != DecodedDump::providers(general.value())) {
                qWarning("the two paths differ for: %s", body.left(300).constData());
                return false;
            }
        } else {
            ++m_fellBack;
        }
        if (answer(JsonDecode::dataProviderList(body)) != answer(general)) {
            qWarning("the public decoder differs from the general one for: %s", body.left(300).constData());
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Every demo user's providers, and some of a large seed, both contracts.
        QNetworkAccessManager nam;
        for (const QString &seed : {QStringLiteral("demo"), QStringLiteral("large:40")}) {
            SandboxOptions options;
            options.seed = seed;
            SandboxServer server(options);
            QVERIFY(server.listen() != 0);
            const QJsonArray users = QJsonDocument::fromJson(get(nam, server, QStringLiteral("/user_management/users?limit=100")))
                                         .object()
                                         .value(QStringLiteral("data"))
                                         .toArray();
            QVERIFY(users.size() >= 3);
            for (const QJsonValue &u : users) {
                const QString id = u.toObject().value(QStringLiteral("id")).toString();
                for (const QString &query : {QStringLiteral("?supports_multiple_connections=true"), QString()}) {
                    const QByteArray body =
                        get(nam, server, QStringLiteral("/user_management/users/%1/data_providers%2").arg(id, query));
                    QVERIFY2(body.startsWith('{'), body.constData());
                    m_bodies.append(body);
                }
            }
        }
        m_bodies.append(FastCases::withNested());
        m_bodies.append(TodayPayloads::list(QByteArray()));
    }

    void takesWhatTheSandboxSends()
    {
        for (const QByteArray &body : std::as_const(m_bodies)) {
            QVERIFY2(JsonDecode::detail::dataProviderListFast(body).has_value(), body.left(400).constData());
            QVERIFY(agree(body));
        }
        // Not an empty answer: rows, nested connections and their raw objects were read.
        const auto nested = JsonDecode::detail::dataProviderListFast(FastCases::withNested());
        QVERIFY(nested);
        QCOMPARE(nested->size(), 3);
        QCOMPARE(nested->at(0).connectedAccounts.size(), 2);
        QCOMPARE(nested->at(0).connectedAccounts.at(1).accountDisplayName, QStringLiteral("Work"));
        QCOMPARE(nested->at(1).connectedAccounts.at(0).config.value(QStringLiteral("region")), QStringLiteral("emea"));
        QCOMPARE(nested->at(1).connectedAccounts.at(0).raw.object().value(QStringLiteral("future_field")), QJsonValue(true));
        QCOMPARE(nested->at(2).raw.object().value(QStringLiteral("integrationType")).toString(), QStringLiteral("github"));
    }

    void readsEscapesAndUnicodeAsTheGeneralDecoder_data()
    {
        QTest::addColumn<QByteArray>("description");
        QTest::addColumn<QString>("expected");
        for (const FastCases::Text &t : FastCases::descriptions())
            QTest::newRow(t.name) << t.json << t.expected;
    }
    void readsEscapesAndUnicodeAsTheGeneralDecoder()
    {
        QFETCH(QByteArray, description);
        QFETCH(QString, expected);
        const QByteArray body = FastCases::withDescription(description);
        const auto fast = JsonDecode::detail::dataProviderListFast(body);
        QVERIFY(fast);
        QCOMPARE(fast->at(0).description, expected);
        QVERIFY(agree(body));
    }

    void leavesTheRestToTheGeneralDecoder_data()
    {
        QTest::addColumn<QByteArray>("body");
        for (const FastCases::Case &c : FastCases::leftToTheGeneralDecoder())
            QTest::newRow(c.name) << c.body;
    }
    void leavesTheRestToTheGeneralDecoder()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!JsonDecode::detail::dataProviderListFast(body).has_value());
        QVERIFY(agree(body));
    }

    // Thousands of bodies bent at random (bytes and values): whenever the fast
    // path answers, the general decoder answers the same.
    void sameAnswersOnMutatedBodies()
    {
        QRandomGenerator random(20261203);
        const QList<QByteArray> inserts = FastCases::inserts();
        const QList<QByteArray> values = FastCases::values();
        const QList<QByteArray> keys = FastCases::keys();
        m_fastTaken = 0;
        m_fellBack = 0;
        int cases = 0;
        for (int round = 0; round < 12000; ++round) {
            QByteArray body = m_bodies.at(int(random.bounded(qsizetype(m_bodies.size()))));
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = random.bounded(body.size() + 1);
                switch (random.bounded(5)) {
                case 0: // a byte out
                    if (!body.isEmpty())
                        body.remove(qMin(at, body.size() - 1), 1);
                    break;
                case 1: // something in
                    body.insert(at, inserts.at(int(random.bounded(qsizetype(inserts.size())))));
                    break;
                case 2: // cut short
                    body.truncate(at);
                    break;
                default: { // a field's value replaced
                    const QByteArray &key = keys.at(int(random.bounded(qsizetype(keys.size()))));
                    const qsizetype k = body.indexOf(key, at < body.size() ? at : 0);
                    if (k < 0)
                        break;
                    const qsizetype from = k + key.size();
                    qsizetype to = from;
                    int depth = 0;
                    bool inString = false;
                    for (; to < body.size(); ++to) { // the end of that value, roughly
                        const char c = body.at(to);
                        if (inString) {
                            if (c == '\\')
                                ++to;
                            else if (c == '"')
                                inString = false;
                        } else if (c == '"') {
                            inString = true;
                        } else if (c == '{' || c == '[') {
                            ++depth;
                        } else if (c == '}' || c == ']') {
                            if (depth-- == 0)
                                break;
                        } else if (c == ',' && depth == 0) {
                            break;
                        }
                    }
                    body.replace(from, to - from, values.at(int(random.bounded(qsizetype(values.size())))));
                    break;
                }
                }
            }
            ++cases;
            QVERIFY(agree(body));
        }
        qInfo("%d bodies: the fast path answered %d, gave %d to the general decoder", cases, m_fastTaken, m_fellBack);
        // Both halves were exercised, not one.
        QVERIFY(m_fastTaken > cases / 20);
        QVERIFY(m_fellBack > cases / 5);
    }
};

QTEST_MAIN(TestJsonDecodeFast)
#include "tst_jsondecode_fast.moc"
