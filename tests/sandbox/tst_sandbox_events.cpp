// The sandbox's Pipes events (GET /events) and token endpoint
// (POST /data-integrations/{slug}/token), from a client's side: what its own
// actions record, the seeded failures, paging, ranges and WorkOS's answers.

#include "SandboxTestClient.h"

#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"

#include <QTest>

#include <memory>

namespace S = SandboxSeed;

namespace {

const QString AllNames = QStringLiteral(
    "pipes.connected_account.connected,pipes.connected_account.disconnected,"
    "pipes.connected_account.reauthorization_needed,pipes.connected_account.connection_failed,"
    "pipes.account_connection.connected,pipes.account_connection.disconnected,"
    "pipes.account_connection.reauthorization_needed,pipes.account_connection.connection_failed,"
    "pipes.account_connection.add_failed");

QUrlQuery query(std::initializer_list<std::pair<QString, QString>> items)
{
    QUrlQuery q;
    for (const auto &item : items)
        q.addQueryItem(item.first, item.second);
    return q;
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QStringList field(const QJsonArray &events, const QString &name)
{
    QStringList out;
    for (const QJsonValue &event : events)
        out.append(event[QStringLiteral("data")][name].toString());
    return out;
}

QStringList names(const QJsonArray &events)
{
    QStringList out;
    for (const QJsonValue &event : events)
        out.append(event[QStringLiteral("event")].toString());
    return out;
}

} // namespace

class TestSandboxEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen() != 0);
        m_client = std::make_unique<SandboxTestClient>();
        m_client->setBaseUrl(m_server->baseUrl());
        m_client->setApiKey(m_server->apiKey());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void eventsAreRequired()
    {
        const HttpResult result = m_client->get(QStringLiteral("/events"));
        QCOMPARE(result.status, 422);
        const QJsonObject error = result.json()[QStringLiteral("errors")].toArray().first().toObject();
        QCOMPARE(error[QStringLiteral("field")].toString(), QStringLiteral("events"));
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("required"));
        QCOMPARE(m_client->get(QStringLiteral("/events"), query({{QStringLiteral("events"), QString()}})).status, 422);
    }

    // Without range_start the last 30 days are served: Globex's Salesforce was
    // connected 40 days ago, so only an explicit earlier start shows it.
    void rangeStartDefaultsToThirtyDays()
    {
        const QUrlQuery globex = query({{QStringLiteral("events"), AllNames},
                                        {QStringLiteral("organization_id"), S::GlobexOrgId},
                                        {QStringLiteral("limit"), QStringLiteral("100")}});
        const HttpResult recent = m_client->get(QStringLiteral("/events"), globex);
        QCOMPARE(recent.status, 200);
        QVERIFY(!names(recent.data()).contains(QStringLiteral("pipes.account_connection.connected")));
        QVERIFY(names(recent.data()).contains(QStringLiteral("pipes.account_connection.reauthorization_needed")));
        QUrlQuery older = globex;
        older.addQueryItem(QStringLiteral("range_start"), iso(QDateTime::currentDateTimeUtc().addDays(-45)));
        const HttpResult all = m_client->get(QStringLiteral("/events"), older);
        QCOMPARE(all.status, 200);
        QVERIFY(names(all.data()).contains(QStringLiteral("pipes.account_connection.connected")));
        QUrlQuery ended = older;
        ended.addQueryItem(QStringLiteral("range_end"), iso(QDateTime::currentDateTimeUtc().addDays(-30)));
        const HttpResult early = m_client->get(QStringLiteral("/events"), ended);
        QCOMPARE(names(early.data()), (QStringList{QStringLiteral("pipes.connected_account.connected"),
                                                   QStringLiteral("pipes.account_connection.connected")}));
        QCOMPARE(m_client->get(QStringLiteral("/events"), query({{QStringLiteral("events"), AllNames},
                                                                 {QStringLiteral("range_start"), QStringLiteral("yesterday")}}))
                     .status,
                 422);
    }

    void pagingFollowsTheCursor()
    {
        const HttpResult whole = m_client->get(QStringLiteral("/events"), query({{QStringLiteral("events"), AllNames},
                                                                               {QStringLiteral("limit"), QStringLiteral("100")}}));
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.json()[QStringLiteral("list_metadata")][QStringLiteral("after")].isNull());
        QStringList expected;
        for (const QJsonValue &event : whole.data())
            expected.append(event[QStringLiteral("id")].toString());
        QVERIFY2(expected.size() > 9, qPrintable(QString::number(expected.size())));

        QStringList seen;
        QString after;
        int pages = 0;
        do {
            QUrlQuery q = query({{QStringLiteral("events"), AllNames}, {QStringLiteral("limit"), QStringLiteral("4")}});
            if (!after.isEmpty())
                q.addQueryItem(QStringLiteral("after"), after);
            const HttpResult page = m_client->get(QStringLiteral("/events"), q);
            QCOMPARE(page.status, 200);
            QVERIFY(page.data().size() <= 4);
            for (const QJsonValue &event : page.data())
                seen.append(event[QStringLiteral("id")].toString());
            after = page.json()[QStringLiteral("list_metadata")][QStringLiteral("after")].toString();
            ++pages;
        } while (!after.isEmpty() && pages < 50);
        QCOMPARE(seen, expected);
        QCOMPARE(pages, int((expected.size() + 3) / 4));
        // Oldest first.
        const QJsonArray data = whole.data();
        QVERIFY(data.first()[QStringLiteral("created_at")].toString() <= data.last()[QStringLiteral("created_at")].toString());
    }

    void seededFailuresCarryTheProvidersWords()
    {
        const HttpResult result = m_client->get(
            QStringLiteral("/events"), query({{QStringLiteral("events"), QStringLiteral("pipes.account_connection.connection_failed,"
                                                                                        "pipes.account_connection.add_failed")},
                                              {QStringLiteral("limit"), QStringLiteral("100")}}));
        QCOMPARE(result.status, 200);
        QCOMPARE(field(result.data(), QStringLiteral("provider_error")),
                 (QStringList{QStringLiteral("access_denied"), QStringLiteral("invalid_scope"), QStringLiteral("bad_verification_code")}));
        const QJsonObject contractor = result.data().last()[QStringLiteral("data")].toObject();
        QCOMPARE(contractor[QStringLiteral("object")].toString(), QStringLiteral("connection_failed"));
        QCOMPARE(contractor[QStringLiteral("account_identifier")].toString(), QStringLiteral("alice-contract"));
        QCOMPARE(contractor[QStringLiteral("user_id")].toString(), QString(S::AliceUserId));
        QVERIFY(!contractor.contains(QStringLiteral("id"))); // no connected-account id (§7)
        QCOMPARE(result.data().at(1)[QStringLiteral("event")].toString(), QStringLiteral("pipes.account_connection.add_failed"));
    }

    // A disconnect, a completed link and a failed refresh each record their event.
    void ownActionsRecordEvents()
    {
        const QUrlQuery q = query({{QStringLiteral("events"), AllNames}, {QStringLiteral("limit"), QStringLiteral("100")}});
        const qsizetype before = m_client->get(QStringLiteral("/events"), q).data().size();
        QCOMPARE(m_client->del(QStringLiteral("/user_management/users/%1/connected_accounts/github").arg(S::AliceUserId),
                               query({{QStringLiteral("connected_account_id"), S::AliceGithubWorkAccountId}}))
                     .status,
                 204);
        QJsonArray events = m_client->get(QStringLiteral("/events"), q).data();
        QCOMPARE(events.size(), before + 1); // a standard connection: the new family only
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("pipes.account_connection.disconnected"));
        QCOMPARE(events.last()[QStringLiteral("data")][QStringLiteral("id")].toString(), QString(S::AliceGithubWorkAccountId));
        QCOMPARE(events.last()[QStringLiteral("data")][QStringLiteral("state")].toString(), QStringLiteral("disconnected"));

        const HttpResult link = m_client->post(QStringLiteral("/data-integrations/notion/authorize"),
                                               QJsonObject{{QStringLiteral("user_id"), QString(S::AliceUserId)}});
        QCOMPARE(link.status, 200);
        QCOMPARE(m_client->getUrl(QUrl(link.json()[QStringLiteral("url")].toString())).status, 200);
        events = m_client->get(QStringLiteral("/events"), q).data();
        QCOMPARE(names(events).mid(events.size() - 2), (QStringList{QStringLiteral("pipes.connected_account.connected"),
                                                                     QStringLiteral("pipes.account_connection.connected")}));
        QCOMPARE(events.last()[QStringLiteral("data")][QStringLiteral("provider_slug")].toString(), QStringLiteral("notion"));

        const HttpResult reauth = m_client->post(QStringLiteral("/_sandbox/reauthorization_needed"),
                                                 QJsonObject{{QStringLiteral("connected_account_id"), QString(S::AliceGithubAccountId)}});
        QCOMPARE(reauth.status, 200);
        events = m_client->get(QStringLiteral("/events"), q).data();
        QCOMPARE(events.last()[QStringLiteral("event")].toString(), QStringLiteral("pipes.account_connection.reauthorization_needed"));
        QCOMPARE(events.last()[QStringLiteral("data")][QStringLiteral("id")].toString(), QString(S::AliceGithubAccountId));
        QCOMPARE(m_server->store().account({S::GithubSlug, S::AliceUserId, {}})->state, QStringLiteral("needs_reauthorization"));
    }

    void organizationIdNarrows()
    {
        const HttpResult result = m_client->get(QStringLiteral("/events"), query({{QStringLiteral("events"), AllNames},
                                                                                {QStringLiteral("organization_id"), S::AcmeOrgId},
                                                                                {QStringLiteral("limit"), QStringLiteral("100")}}));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.data().isEmpty());
        for (const QString &org : field(result.data(), QStringLiteral("organization_id")))
            QCOMPARE(org, QString(S::AcmeOrgId));
    }

    void tokenAnswers()
    {
        auto token = [this](const QString &slug, QJsonObject body) {
            return m_client->post(QStringLiteral("/data-integrations/%1/token").arg(slug), body);
        };
        const QJsonObject alice{{QStringLiteral("user_id"), QString(S::AliceUserId)}};
        // Carol's GitHub lacks read:org.
        const HttpResult active = token(S::GithubSlug, {{QStringLiteral("user_id"), QString(S::CarolUserId)}});
        QCOMPARE(active.status, 200);
        QCOMPARE(active.json()[QStringLiteral("active")].toBool(), true);
        const QJsonObject accessToken = active.json()[QStringLiteral("access_token")].toObject();
        QVERIFY(accessToken[QStringLiteral("access_token")].toString().startsWith(QLatin1String("sbx_at_")));
        QCOMPARE(m_server->store().issuedTokens(), QStringList{accessToken[QStringLiteral("access_token")].toString()});
        QCOMPARE(accessToken[QStringLiteral("missing_scopes")].toArray(), QJsonArray{QStringLiteral("read:org")});
        QVERIFY(QDateTime::fromString(accessToken[QStringLiteral("expires_at")].toString(), Qt::ISODateWithMs) > QDateTime::currentDateTimeUtc());

        const HttpResult slack = token(S::SlackSlug, alice);
        QCOMPARE(slack.json(), (QJsonObject{{QStringLiteral("active"), false}, {QStringLiteral("error"), QStringLiteral("needs_reauthorization")}}));
        QCOMPARE(token(S::NotionSlug, alice).json()[QStringLiteral("error")].toString(), QStringLiteral("not_installed"));
        // HubSpot's compatibility slot is empty: only the flag sees the standard connection.
        QCOMPARE(token(S::HubspotSlug, alice).json()[QStringLiteral("error")].toString(), QStringLiteral("not_installed"));
        QJsonObject flagged = alice;
        flagged.insert(QStringLiteral("supports_multiple_connections"), true);
        QCOMPARE(token(S::HubspotSlug, flagged).json()[QStringLiteral("active")].toBool(), true);
        const HttpResult ambiguous = token(S::GithubSlug, flagged);
        QCOMPARE(ambiguous.status, 409);
        QCOMPARE(ambiguous.json()[QStringLiteral("code")].toString(), QStringLiteral("account_selection_required"));
        flagged.insert(QStringLiteral("connected_account_id"), QString(S::AliceGithubContractorAccountId));
        QCOMPARE(token(S::GithubSlug, flagged).json()[QStringLiteral("error")].toString(), QStringLiteral("needs_reauthorization"));
        QJsonObject linear = alice;
        linear.insert(QStringLiteral("organization_id"), QString(S::GlobexOrgId));
        const HttpResult apiKey = token(S::LinearSlug, linear);
        QCOMPARE(apiKey.status, 422);
        QCOMPARE(apiKey.json()[QStringLiteral("code")].toString(), QStringLiteral("auth_method_mismatch"));
        QCOMPARE(token(S::GithubSlug, {}).status, 400);
        QCOMPARE(m_server->store().issuedTokens().size(), 2);
    }

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSandboxEvents)
#include "tst_sandbox_events.moc"
