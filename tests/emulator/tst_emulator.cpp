#include "ApiOutcome.h"
#include "EmulatorProcess.h"
#include "core/WorkOsClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

// The real WorkOsClient against the official WorkOS emulator (workos@0.14.0):
// a second, independent implementation of the API. Where it follows the spec
// (user management, errors, paging) the client must work; where it does not
// (its Pipes data_providers answer) the client must say "unexpected response"
// instead of showing an empty or wrong table.
namespace {
template <typename T>
using Outcome = ApiOutcome<T>;

const QStringList AcmeEmails = {QStringLiteral("alice@acme.test"), QStringLiteral("bob@acme.test"),
                                QStringLiteral("carol@acme.test"), QStringLiteral("dave@acme.test"),
                                QStringLiteral("erin@acme.test")};
} // namespace

class TestEmulator final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_aliceId;
    QString m_acmeId;

    std::unique_ptr<WorkOsClient> makeClient(const QString &key = EmulatorProcess::apiKey())
    {
        ClientConfig config;
        config.baseUrl = m_emulator->baseUrl();
        config.apiKey = key;
        config.retry = RetryPolicy::none();
        config.transferTimeoutMs = 5000;
        return std::make_unique<WorkOsClient>(m_nam.get(), config);
    }

    QString userIdFor(const QString &email)
    {
        auto client = makeClient();
        Outcome<Page<User>> out;
        ListUsersRequest r;
        r.email = email;
        client->listUsers(r, this, out.callback());
        if (!QTest::qWaitFor([&out] { return out.done(); }, 10000) || !out.ok() || out.value().data.size() != 1)
            return QString();
        return out.value().data.first().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>(QStringLiteral(PIPES_EMULATOR_DIR));
        const QString why = m_emulator->unavailableReason();
        if (!why.isEmpty()) {
            // Printed on its own line too, so it shows in a plain ctest log.
            qInfo().noquote() << "SKIPPED: the official WorkOS emulator cannot run here:" << why;
            QSKIP(qPrintable(why));
        }
        QString error;
        QVERIFY2(m_emulator->start(QStringLiteral(PIPES_EMULATOR_DIR "/seed.yaml"), 30000, &error), qPrintable(error));
        m_nam = std::make_unique<QNetworkAccessManager>();

        // Ids are generated at start-up: look them up, then create what the
        // seed format cannot express (memberships, a Pipes connection).
        m_aliceId = userIdFor(QStringLiteral("alice@acme.test"));
        QVERIFY2(m_aliceId.startsWith(QLatin1String("user_")), qPrintable(m_aliceId));

        auto client = makeClient();
        Outcome<Page<Organization>> orgs;
        client->listOrganizations(ListOrganizationsRequest{}, this, orgs.callback());
        QTRY_VERIFY_WITH_TIMEOUT(orgs.done(), 10000);
        QVERIFY2(orgs.ok(), orgs.describe().constData());
        for (const Organization &o : orgs.value().data) {
            if (o.name == QLatin1String("Acme Inc"))
                m_acmeId = o.id;
        }
        QVERIFY(m_acmeId.startsWith(QLatin1String("org_")));

        for (const QString &email : AcmeEmails) {
            const QString id = userIdFor(email);
            QVERIFY2(!id.isEmpty(), qPrintable(email));
            QJsonObject created;
            const int status = m_emulator->request(
                m_nam.get(), "POST", QStringLiteral("/user_management/organization_memberships"),
                QJsonObject{{QStringLiteral("user_id"), id}, {QStringLiteral("organization_id"), m_acmeId}}, &created);
            QCOMPARE(status, 201);
        }
        QJsonObject pipe;
        const int status = m_emulator->request(
            m_nam.get(), "POST", QStringLiteral("/pipes/connections"),
            QJsonObject{{QStringLiteral("user_id"), m_aliceId},
                        {QStringLiteral("provider"), QStringLiteral("github")},
                        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("repo")}}},
            &pipe);
        QCOMPARE(status, 201);
    }

    void cleanupTestCase()
    {
        m_nam.reset();
        if (m_emulator)
            m_emulator->stop();
    }

    void findsUsersByEmail()
    {
        auto client = makeClient();
        Outcome<Page<User>> out;
        ListUsersRequest r;
        r.email = QStringLiteral("bob@acme.test");
        client->listUsers(r, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().data.size(), 1);
        const User &bob = out.value().data.first();
        QCOMPARE(bob.email, QStringLiteral("bob@acme.test"));
        QCOMPARE(bob.fullName(), QStringLiteral("Bob Berg"));
        QVERIFY(bob.createdAt.isValid());
        QVERIFY(!out.value().hasMore());

        Outcome<Page<User>> nobody;
        r.email = QStringLiteral("nobody@acme.test");
        client->listUsers(r, this, nobody.callback());
        QTRY_VERIFY_WITH_TIMEOUT(nobody.done(), 10000);
        QVERIFY2(nobody.ok(), nobody.describe().constData());
        QCOMPARE(nobody.value().data.size(), 0);
    }

    void pagesThroughAnOrganization()
    {
        auto client = makeClient();
        QStringList seen;
        QString after;
        int pages = 0;
        do {
            Outcome<Page<User>> out;
            ListUsersRequest r;
            r.organizationId = m_acmeId;
            r.limit = 2;
            r.after = after;
            r.order = SortOrder::Ascending;
            client->listUsers(r, this, out.callback());
            QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
            QVERIFY2(out.ok(), out.describe().constData());
            QVERIFY(out.value().data.size() <= 2);
            for (const User &u : out.value().data)
                seen.append(u.email);
            after = out.value().after;
            ++pages;
        } while (!after.isEmpty() && pages < 10);
        // Every member exactly once, in creation order, Globex's Frank never.
        QCOMPARE(seen, AcmeEmails);
        QCOMPARE(pages, 3);
    }

    void getsAUser()
    {
        auto client = makeClient();
        Outcome<User> out;
        client->getUser(m_aliceId, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY2(out.ok(), out.describe().constData());
        QCOMPARE(out.value().id, m_aliceId);
        QCOMPARE(out.value().email, QStringLiteral("alice@acme.test"));
        QVERIFY(out.value().emailVerified);

        Outcome<User> missing;
        client->getUser(QStringLiteral("user_01ZZZZZZZZZZZZZZZZZZZZZZZZ"), this, missing.callback());
        QTRY_VERIFY_WITH_TIMEOUT(missing.done(), 10000);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().isNotFound(), missing.describe().constData());
        QVERIFY(missing.error().text().startsWith(QStringLiteral("Not found (HTTP 404)")));
        QVERIFY(!missing.error().requestId.isEmpty());
    }

    void getsAnOrganizationAndMemberships()
    {
        auto client = makeClient();
        Outcome<Organization> org;
        client->getOrganization(m_acmeId, this, org.callback());
        QTRY_VERIFY_WITH_TIMEOUT(org.done(), 10000);
        QVERIFY2(org.ok(), org.describe().constData());
        QCOMPARE(org.value().name, QStringLiteral("Acme Inc"));

        Outcome<Page<OrganizationMembership>> memberships;
        ListMembershipsRequest r;
        r.userId = m_aliceId;
        client->listOrganizationMemberships(r, this, memberships.callback());
        QTRY_VERIFY_WITH_TIMEOUT(memberships.done(), 10000);
        QVERIFY2(memberships.ok(), memberships.describe().constData());
        QCOMPARE(memberships.value().data.size(), 1);
        QCOMPARE(memberships.value().data.first().organizationId, m_acmeId);
        QCOMPARE(memberships.value().data.first().role, QStringLiteral("member"));
    }

    void wrongKeyIs401()
    {
        auto client = makeClient(QStringLiteral("sk_test_not_the_emulators_key"));
        Outcome<Page<User>> out;
        ListUsersRequest r;
        r.email = QStringLiteral("alice@acme.test");
        client->listUsers(r, this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().isUnauthorized(), out.describe().constData());
        QVERIFY(out.error().text().contains(QStringLiteral("API key")));
        QVERIFY(!out.error().fullText().contains(QStringLiteral("sk_test_not_the_emulators_key")));
        QVERIFY(!out.error().requestId.isEmpty());
        QCOMPARE(out.error().attempts, 1); // a 401 is never retried
    }

    void connectedAccountTheEmulatorDoesNotHave()
    {
        // workos@0.14.0 has the route but no way to create connected accounts
        // (its Pipes connections live elsewhere): a clean 404, not a crash.
        auto client = makeClient();
        Outcome<ConnectedAccount> out;
        client->getConnectedAccount(m_aliceId, QStringLiteral("github"), QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QVERIFY(!out.ok());
        QVERIFY2(out.error().isNotFound(), out.describe().constData());
        QVERIFY2(out.error().message.contains(QStringLiteral("Connected Account")), qPrintable(out.error().message));
        QVERIFY(out.error().text().contains(QStringLiteral("Connected Account")));
    }

    void offSpecDataProvidersAreAnUnexpectedResponse()
    {
        // The emulator answers data_providers with its own "pipe_connection"
        // objects (no name, no slug, no connected_account): a support person
        // must see "unexpected response", never an empty or invented table.
        auto client = makeClient();
        Outcome<QList<DataProvider>> out;
        client->listDataProviders(m_aliceId, QString(), this, out.callback());
        QTRY_VERIFY_WITH_TIMEOUT(out.done(), 10000);
        QCOMPARE(out.calls, 1);
        QVERIFY2(!out.ok(), "an off-spec answer was accepted as a providers table");
        QCOMPARE(out.error().kind, ApiError::Kind::MalformedBody);
        QCOMPARE(out.error().httpStatus, 200);
        QVERIFY(out.error().text().startsWith(QStringLiteral("Unexpected response")));
        QVERIFY2(out.error().detail.contains(QStringLiteral("pipe_connection")), qPrintable(out.error().detail));
        QVERIFY(out.error().detail.startsWith(QStringLiteral("data[0]")));
        QVERIFY(!out.error().requestId.isEmpty()); // quotable to WorkOS support
    }
};

QTEST_GUILESS_MAIN(TestEmulator)
#include "tst_emulator.moc"
