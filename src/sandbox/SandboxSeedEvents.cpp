// The demo seed's Pipes events (pipes-today.md §7): the history behind the
// seeded states, and failures in the providers' own words attached to real
// seeded connections (by provider, owner and account_identifier: a failure
// event carries no connected-account id).

#include "sandbox/SandboxSeed.h"

#include "sandbox/SandboxEvents.h"
#include "sandbox/SandboxStore.h"

namespace {

using SandboxEvents::Failure;

class EventSeeder final
{
public:
    EventSeeder(SandboxStore &store, const QDateTime &now) : m_store(store), m_now(now) {}

    // The seeded connection `id` as it was when `action` happened.
    void account(const QString &id, const QString &action, const QString &state, double daysAgo)
    {
        for (SandboxAccount account : m_store.allAccounts()) {
            if (account.id != id)
                continue;
            account.state = state;
            if (action == QLatin1String("connected"))
                account.stateReason.clear();
            SandboxEvents::recordAccount(m_store, account, action, at(daysAgo));
        }
    }
    // The user's compatibility connection for `slug` was connected `daysAgo`.
    void compatibility(const QString &slug, const QString &userId, double daysAgo)
    {
        if (std::optional<SandboxAccount> account = m_store.account({slug, userId, QString()}))
            SandboxEvents::recordAccount(m_store, *account, QStringLiteral("connected"), at(daysAgo));
    }
    void failure(const Failure &failure, double daysAgo) { SandboxEvents::recordFailure(m_store, failure, at(daysAgo)); }

private:
    QDateTime at(double daysAgo) const { return m_now.addSecs(-qint64(daysAgo * 86400)); }

    SandboxStore &m_store;
    QDateTime m_now;
};

} // namespace

namespace SandboxSeed::detail {

void addEvents(SandboxStore &store, const QDateTime &now)
{
    EventSeeder s(store, now);
    const QString connected = QStringLiteral("connected");
    const QString reauth = QStringLiteral("needs_reauthorization");
    const QString alice = QString(AliceUserId);

    // Globex's shared Salesforce was connected before the 30-day window.
    s.account(QString(GlobexSalesforceAccountId), QStringLiteral("connected"), connected, 40);
    s.account(QString(AliceSlackAccountId), QStringLiteral("connected"), connected, 28);
    s.account(QString(AliceGithubContractorAccountId), QStringLiteral("connected"), connected, 25);
    s.account(QString(AliceGithubAccountId), QStringLiteral("connected"), connected, 20);
    s.account(QString(AliceGithubWorkAccountId), QStringLiteral("connected"), connected, 18);
    // Other people's history, which a diagnosis of Alice must never show.
    s.compatibility(QString(GithubSlug), QString(CarolUserId), 15);
    s.compatibility(QString(SlackSlug), QString(ErinUserId), 12);
    s.account(QString(AcmeSalesforceAccountId), QStringLiteral("connected"), connected, 9);
    s.account(QString(GlobexSalesforceAccountId), QStringLiteral("reauthorization_needed"), reauth, 7);
    s.account(QString(AliceSlackAccountId), QStringLiteral("reauthorization_needed"), reauth, 6);

    Failure slack;
    slack.slug = QString(SlackSlug);
    slack.userId = alice;
    slack.errorCode = QStringLiteral("authorization_code_exchange_error");
    slack.errorReason = QStringLiteral("The provider refused the authorization.");
    slack.providerError = QStringLiteral("access_denied");
    slack.providerErrorDescription = QStringLiteral("The user did not grant the scope chat:write.");
    s.failure(slack, 5);

    Failure hubspot;
    hubspot.slug = QString(HubspotSlug);
    hubspot.userId = alice;
    hubspot.accountIdentifier = QStringLiteral("alice@globex.com");
    hubspot.errorCode = QStringLiteral("provider_error");
    hubspot.providerError = QStringLiteral("invalid_scope");
    hubspot.providerErrorDescription = QStringLiteral("The scope crm.objects.deals.read is not enabled for this app.");
    hubspot.addFailed = true;
    s.failure(hubspot, 4);

    s.account(QString(AliceGithubContractorAccountId), QStringLiteral("reauthorization_needed"), reauth, 3);
    Failure contractor;
    contractor.slug = QString(GithubSlug);
    contractor.userId = alice;
    contractor.accountIdentifier = QStringLiteral("alice-contract");
    contractor.errorReason = QStringLiteral("The authorization code could not be exchanged for a token.");
    contractor.providerError = QStringLiteral("bad_verification_code");
    contractor.providerErrorDescription = QStringLiteral("The code passed is incorrect or expired.");
    contractor.legacyFamily = false; // a standard connection
    s.failure(contractor, 2);
}

} // namespace SandboxSeed::detail
