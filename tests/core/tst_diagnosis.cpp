// The diagnosis parts below the windows: the events and token decoders, the
// client's listEvents/checkToken, PipesEventsReader (paging, page cap, cache,
// budget) and DiagnosisBuilder (owner filter, timelines, summary, support text),
// against the sandbox on loopback.

#include "ApiOutcome.h"
#include "EventPayloads.h"

#include "core/JsonDecodeEvents.h"
#include "core/Translations.h"
#include "core/WorkOsClient.h"
#include "SeededConnection.h"
#include "sandbox/SandboxSeed.h"
#include "sandbox/SandboxServer.h"
#include "session/Diagnosis.h"
#include "session/PipesEventsReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace S = SandboxSeed;

class TestDiagnosis final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<WorkOsClient> m_client;

    Expected<EventsResult, ApiError> readAll(PipesEventsReader &reader, const EventsQuery &query)
    {
        std::optional<Expected<EventsResult, ApiError>> out;
        reader.read(query, this, [&out](const Expected<EventsResult, ApiError> &r) { out.emplace(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000); }();
        return out ? *out : Expected<EventsResult, ApiError>(ApiError::invalidArgument(QStringLiteral("no answer")));
    }

    EventsResult events(const EventsQuery &query = {})
    {
        PipesEventsReader reader(m_client.get(), QStringLiteral("Sandbox"));
        const auto result = readAll(reader, query);
        return result.ok() ? result.value() : EventsResult();
    }

    ConnectedAccount facts(const QString &id) const { return seededConnection(m_sandbox->store(), id); }

    DiagnosisSubject alice(const QString &slug, const QString &connectionId)
    {
        DiagnosisSubject s;
        s.environmentName = QStringLiteral("Sandbox");
        s.ownerId = S::AliceUserId;
        s.ownerLabel = S::AliceEmail;
        s.providerSlug = slug;
        s.connectionId = connectionId;
        if (!connectionId.isEmpty())
            s.connection = facts(connectionId);
        s.connectionsOfProvider = int(m_sandbox->store().accounts({slug, S::AliceUserId, {}}).size());
        return s;
    }

    int eventRequests() const { return m_sandbox->requestCount("GET", QStringLiteral("/events")); }

private Q_SLOTS:
    void initTestCase() { Translations::installSourcePlurals(*QCoreApplication::instance()); }
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
        ClientConfig config;
        config.baseUrl = m_sandbox->baseUrl();
        config.apiKey = m_sandbox->apiKey();
        config.retry = RetryPolicy::none();
        m_client = std::make_unique<WorkOsClient>(m_nam.get(), config);
    }
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sandbox.reset();
    }

    void decodesEvents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("connection");
        QTest::addColumn<QString>("providerError");
        QTest::newRow("connected") << EventPayloads::connected() << int(PipesEventKind::Connected)
                                   << QStringLiteral("data_installation_1") << QString();
        QTest::newRow("failed, no id") << EventPayloads::failedWithoutId() << int(PipesEventKind::ConnectionFailed) << QString()
                                       << QStringLiteral("access_denied");
        QTest::newRow("unknown name kept") << EventPayloads::unknownName() << int(PipesEventKind::Unknown)
                                           << QStringLiteral("data_installation_1") << QString();
        QTest::newRow("add_failed in the legacy family is unknown")
            << EventPayloads::legacyAddFailed()
            << int(PipesEventKind::Unknown) << QString() << QString();
    }
    void decodesEvents()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, connection);
        QFETCH(QString, providerError);
        const Decoded<PipesEventPage> page = JsonDecode::eventList(body);
        QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().toString()));
        QCOMPARE(page.value().data.size(), 1);
        const PipesEvent &e = page.value().data.first();
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.connectedAccountId, connection);
        QCOMPARE(e.providerError, providerError);
        QCOMPARE(e.raw.value(QStringLiteral("event")).toString(), e.name); // the name is always kept
        QVERIFY(page.value().after.isEmpty());
    }
    void rejectsBrokenEnvelopes()
    {
        QVERIFY(!JsonDecode::eventList(EventPayloads::withoutId()).ok());
        QVERIFY(!JsonDecode::eventList(EventPayloads::dataNotArray()).ok());
        QVERIFY(!JsonDecode::tokenCheck(EventPayloads::activeNotBool()).ok());
    }

    void tokenDecoderKeepsNoToken()
    {
        const QByteArray body = EventPayloads::tokenActive();
        const Decoded<TokenCheck> check = JsonDecode::tokenCheck(body);
        QVERIFY(check.ok());
        QCOMPARE(check.value().status, TokenStatus::Active);
        QVERIFY(check.value().tokenHandedOut);
        QCOMPARE(check.value().missingScopes, QStringList{QStringLiteral("read:org")});
        QVERIFY(!DiagnosisBuilder::tokenText(check.value()).contains(QLatin1String("SECRET")));
        QCOMPARE(JsonDecode::tokenCheck(EventPayloads::inactive("not_installed")).value().status, TokenStatus::NotInstalled);
        QCOMPARE(JsonDecode::tokenCheck(EventPayloads::inactive("rate_limited_later")).value().errorText,
                 QStringLiteral("rate_limited_later"));
    }

    // The request: every name of both families, comma-separated, and a range_start 30 days back.
    void readsEveryNameFromThirtyDaysBack()
    {
        const EventsResult result = events();
        QVERIFY(!result.events.isEmpty());
        const SandboxRequestRecord request = m_sandbox->requests().constLast();
        const QUrlQuery query(request.query);
        QCOMPARE(query.queryItemValue(QStringLiteral("events"), QUrl::FullyDecoded).split(QLatin1Char(',')),
                 PipesEventNames::all());
        const QDateTime start = QDateTime::fromString(query.queryItemValue(QStringLiteral("range_start"), QUrl::FullyDecoded),
                                                      Qt::ISODateWithMs);
        QVERIFY(qAbs(start.secsTo(QDateTime::currentDateTimeUtc().addDays(-30))) < 60);
        QCOMPARE(PipesEventNames::all().size(), 9);
        QVERIFY(PipesEventNames::all().contains(QStringLiteral("pipes.account_connection.add_failed")));
    }

    void readerFollowsEveryPage()
    {
        const EventsResult whole = events();
        QCOMPARE(whole.pages, 1);
        EventsQuery small;
        small.pageSize = 3;
        const int before = eventRequests();
        const EventsResult paged = events(small);
        const int pages = int((whole.events.size() + 2) / 3);
        QVERIFY(pages >= 4);
        QCOMPARE(paged.pages, pages);
        QCOMPARE(eventRequests() - before, pages);
        QVERIFY(!paged.capped);
        QStringList a, b;
        for (const PipesEvent &e : whole.events)
            a.append(e.id);
        for (const PipesEvent &e : paged.events)
            b.append(e.id);
        QCOMPARE(b, a);
        QCOMPARE(paged.calls.size(), pages);
        QVERIFY(paged.calls.first().requestId.startsWith(QLatin1String("req_")));
    }

    void readerSaysWhenCapped()
    {
        EventsQuery q;
        q.pageSize = 2;
        q.pageCap = 3;
        const EventsResult result = events(q);
        QVERIFY(result.capped);
        QCOMPARE(result.pages, 3);
        QCOMPARE(result.events.size(), 6);
        const Diagnosis d = DiagnosisBuilder::build(alice(S::SlackSlug, S::AliceSlackAccountId), result, std::nullopt, {});
        QVERIFY2(d.summary().contains(QLatin1String("page cap")), qPrintable(d.summary()));
    }

    void readerCachesForAShortTime()
    {
        qint64 clock = 1000;
        PipesEventsReader reader(m_client.get(), QStringLiteral("Sandbox"));
        reader.setClock([&clock] { return clock; });
        reader.setCacheTtlMs(60000);
        QVERIFY(readAll(reader, {}).ok());
        const int sent = eventRequests();
        const auto again = readAll(reader, {});
        QVERIFY(again.ok());
        QVERIFY(again.value().fromCache);
        QCOMPARE(eventRequests(), sent);
        clock += 61000;
        QVERIFY(!readAll(reader, {}).value().fromCache);
        QCOMPARE(eventRequests(), sent + 1);
        // Another environment has a cache of its own.
        PipesEventsReader other(m_client.get(), QStringLiteral("Production"));
        QVERIFY(!readAll(other, {}).value().fromCache);
        QCOMPARE(eventRequests(), sent + 2);
    }

    void readsStayWithinTheBudget()
    {
        qint64 clock = 0;
        PipesEventsReader reader(m_client.get(), QStringLiteral("Sandbox"));
        reader.setClock([&clock] { return clock; });
        BudgetLimits limits;
        limits.readsPerWindow = 2;
        limits.windowMs = 10000;
        reader.setBudget(limits);
        EventsQuery q;
        q.pageSize = 8; // three pages
        std::optional<Expected<EventsResult, ApiError>> out;
        reader.read(q, this, [&out](const Expected<EventsResult, ApiError> &r) { out.emplace(r); });
        QTRY_COMPARE(reader.requestsSent(), 2);
        QVERIFY(!out);
        clock += 10001; // the window frees up: the next pages go out
        QTRY_VERIFY(out.has_value());
        QVERIFY(out->ok());
        QCOMPARE(out->value().pages, 3);
        QCOMPARE(reader.requestsSent(), 3);
    }

    void anotherUsersEventsNeverShown()
    {
        const EventsResult result = events();
        bool others = false;
        for (const PipesEvent &e : result.events)
            others = others || (!e.userId.isEmpty() && e.userId != QLatin1String(S::AliceUserId));
        QVERIFY(others); // the read holds Carol's and Erin's events
        const DiagnosisSubject subject = alice(S::GithubSlug, S::AliceGithubAccountId);
        const Diagnosis d = DiagnosisBuilder::build(subject, result, std::nullopt, {});
        QVERIFY(!d.ownerTimeline.isEmpty());
        for (const QList<TimelineEntry> *timeline : {&d.connectionTimeline, &d.ownerTimeline}) {
            for (const TimelineEntry &entry : *timeline) {
                for (const PipesEvent &e : result.events) {
                    if (entry.eventIds.contains(e.id))
                        QCOMPARE(e.userId, QString(S::AliceUserId));
                }
            }
        }
        const QString text = DiagnosisBuilder::supportText(subject, d);
        QVERIFY(!text.contains(QLatin1String(S::CarolUserId)));
    }

    void slackSaysWhatTheProviderSaid()
    {
        const EventsResult result = events();
        DiagnosisSubject subject = alice(S::SlackSlug, S::AliceSlackAccountId);
        subject.providerName = QStringLiteral("Slack");
        subject.missingScopes = {QStringLiteral("chat:write"), QStringLiteral("users:read.email")};
        const Diagnosis d = DiagnosisBuilder::build(subject, result, std::nullopt, {});
        const QString summary = d.summary();
        QVERIFY2(summary.contains(QLatin1String("did not grant chat:write, users:read.email; send a reconnect link")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Slack said: access_denied — “The user did not grant the scope chat:write.”")),
                 qPrintable(summary));
        QCOMPARE(d.next, NextStep::SendReconnectLink);
        // Newest first, one line per happening though both families reported it.
        QCOMPARE(d.connectionTimeline.size(), 3);
        QCOMPARE(d.connectionTimeline.at(0).kind, PipesEventKind::ConnectionFailed);
        QCOMPARE(d.connectionTimeline.at(0).eventIds.size(), 2);
        QCOMPARE(d.connectionTimeline.at(1).kind, PipesEventKind::ReauthorizationNeeded);
        QCOMPARE(d.connectionTimeline.at(2).kind, PipesEventKind::Connected);
        const QString line = DiagnosisBuilder::timelineLine(d.connectionTimeline.at(0), QDateTime::currentDateTimeUtc());
        QVERIFY2(line.contains(QLatin1String("5 days ago")), qPrintable(line));
        const QString support = DiagnosisBuilder::supportText(subject, d);
        for (const QString &id : d.connectionTimeline.at(0).eventIds)
            QVERIFY(support.contains(QLatin1String("Failure events: ")) && support.contains(id));
        QVERIFY(support.contains(QLatin1String("Environment: Sandbox")));
        QVERIFY(support.contains(QLatin1String(S::AliceSlackAccountId)));
        QVERIFY(support.contains(result.calls.first().requestId));
        QVERIFY(!support.contains(m_sandbox->apiKey()));
    }

    // A failure names no connection: it goes with the connection of the same provider account.
    void failuresFindTheirConnection()
    {
        const EventsResult result = events();
        const Diagnosis contractor = DiagnosisBuilder::build(alice(S::GithubSlug, S::AliceGithubContractorAccountId), result,
                                                             std::nullopt, {});
        QCOMPARE(contractor.connectionTimeline.first().kind, PipesEventKind::ConnectionFailed);
        QVERIFY(contractor.connectionTimeline.first().providerWords.contains(QLatin1String("bad_verification_code")));
        QVERIFY(!contractor.connectionTimeline.first().uncertain);
        const Diagnosis work = DiagnosisBuilder::build(alice(S::GithubSlug, S::AliceGithubWorkAccountId), result, std::nullopt, {});
        for (const TimelineEntry &entry : work.connectionTimeline)
            QVERIFY(entry.kind != PipesEventKind::ConnectionFailed);
        QCOMPARE(work.connectionTimeline.size(), 1);
        QVERIFY2(work.summary().contains(QLatin1String("Nothing to repair")), qPrintable(work.summary()));
        // The add_failed of another HubSpot account is on the owner's timeline only.
        const Diagnosis hubspot = DiagnosisBuilder::build(alice(S::HubspotSlug, S::AliceHubspotWorkAccountId), result, std::nullopt, {});
        QVERIFY(hubspot.connectionTimeline.isEmpty());
        QVERIFY(std::any_of(hubspot.ownerTimeline.cbegin(), hubspot.ownerTimeline.cend(),
                            [](const TimelineEntry &e) { return e.kind == PipesEventKind::AddFailed; }));
        QVERIFY2(hubspot.summary().contains(QLatin1String("No Pipes events for this connection in 30 days.")),
                 qPrintable(hubspot.summary()));
    }

    void sharedConnectionWhoseAdminLeft()
    {
        EventsQuery q;
        q.organizationId = S::GlobexOrgId;
        const EventsResult result = events(q);
        QVERIFY(QUrlQuery(m_sandbox->requests().constLast().query).hasQueryItem(QStringLiteral("organization_id")));
        DiagnosisSubject s;
        s.environmentName = QStringLiteral("Sandbox");
        s.ownerKind = OwnerKind::Organization;
        s.ownerId = S::GlobexOrgId;
        s.providerSlug = S::SalesforceSlug;
        s.connectionId = S::GlobexSalesforceAccountId;
        s.connection = facts(S::GlobexSalesforceAccountId);
        const Diagnosis d = DiagnosisBuilder::build(s, result, std::nullopt, {});
        QVERIFY2(d.summary().contains(QLatin1String("The admin who established this shared connection left the organization; "
                                                    "an organization admin must connect it again.")),
                 qPrintable(d.summary()));
        QCOMPARE(d.next, NextStep::OrganizationAdminReconnect);
        QCOMPARE(d.connectionTimeline.size(), 1); // the connect of 40 days ago is outside the range
        QVERIFY(d.connectionTimeline.first().detail.contains(QLatin1String(S::EstablishingMemberLeft)));
    }

    void unknownEventsAreShownRaw()
    {
        EventsResult result;
        const Decoded<PipesEventPage> page = JsonDecode::eventList(EventPayloads::scopesNarrowed(
            QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate).toUtf8(), QByteArray(S::AliceSlackAccountId.data()),
            QByteArray(S::AliceUserId.data())));
        QVERIFY(page.ok());
        result.events = page.value().data;
        const Diagnosis d = DiagnosisBuilder::build(alice(S::SlackSlug, S::AliceSlackAccountId), result, std::nullopt, {});
        QCOMPARE(d.connectionTimeline.size(), 1);
        QCOMPARE(d.connectionTimeline.first().what, QStringLiteral("pipes.account_connection.scopes_narrowed"));
        QVERIFY(d.connectionTimeline.first().detail.contains(QString::fromUtf8(EventPayloads::removedField())));
    }

    void checkTokenAsksForExactlyThatConnection()
    {
        ApiOutcome<TokenCheck> out;
        TokenCheckRequest r;
        r.providerSlug = S::GithubSlug;
        r.userId = S::AliceUserId;
        r.connectedAccountId = S::AliceGithubContractorAccountId;
        m_client->checkToken(r, this, out.callback());
        QTRY_VERIFY(out.done());
        QVERIFY2(out.ok(), out.describe());
        QCOMPARE(out.value().status, TokenStatus::NeedsReauthorization);
        const QJsonObject body = QJsonDocument::fromJson(m_sandbox->requests().constLast().body).object();
        QCOMPARE(body.value(QStringLiteral("connected_account_id")).toString(), QString(S::AliceGithubContractorAccountId));
        QCOMPARE(body.value(QStringLiteral("supports_multiple_connections")).toBool(), true);

        ApiOutcome<TokenCheck> carol;
        r.userId = S::CarolUserId;
        r.connectedAccountId.clear();
        m_client->checkToken(r, this, carol.callback());
        QTRY_VERIFY(carol.done());
        QCOMPARE(carol.value().status, TokenStatus::Active);
        QCOMPARE(carol.value().missingScopes, QStringList{QStringLiteral("read:org")});
        QVERIFY(carol.value().expiresAt > QDateTime::currentDateTimeUtc());

        ApiOutcome<TokenCheck> ambiguous;
        r.userId = S::AliceUserId;
        r.connectedAccountId = QStringLiteral("not-an-id");
        m_client->checkToken(r, this, ambiguous.callback());
        QTRY_VERIFY(ambiguous.done());
        QCOMPARE(ambiguous.error().kind, ApiError::Kind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
