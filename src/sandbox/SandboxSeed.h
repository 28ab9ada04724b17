#pragma once

#include <QLatin1String>
#include <QDateTime>
#include <QString>

class SandboxStore;

// Seeds for the sandbox, and the well-known objects of the "demo" seed that
// tests and demos can rely on. Ids are deterministic (no clock, no randomness);
// tst_sandbox checks that these constants match what the seed creates.
//
// Account lookups: a user-owned provider's account belongs to exactly one
// (user, organization) pair: without organization_id you get the personal
// account, with it the account scoped to that organization. Organization-owned
// providers (Salesforce, Zendesk) have one account per organization, shared by
// its members, visible only when organization_id is given.
namespace SandboxSeed {

// --- organizations ---
// Acme Inc (acme.com): 30 members, more than three pages of the default limit 10.
inline constexpr QLatin1String AcmeOrgId("org_01H0000000001Q235TVG3TEPXA");
inline constexpr QLatin1String AcmeOrgName("Acme Inc");
inline constexpr int AcmeMemberCount = 30;
// Globex Corporation (globex.com)
inline constexpr QLatin1String GlobexOrgId("org_01H0000000002PWH7HCVKS4SQW");
// Initech (initech.com)
inline constexpr QLatin1String InitechOrgId("org_01H0000000003297WEQFCCQW6Z");
// Umbrella Labs (umbrella-labs.io, umbrella.dev)
inline constexpr QLatin1String UmbrellaOrgId("org_01H0000000004R62H036NTZN3Q");
// Stark Industries (stark-industries.com)
inline constexpr QLatin1String StarkOrgId("org_01H00000000058XJXXNZ7T74YX");
// Hooli (hooli.xyz): no members at all.
inline constexpr QLatin1String HooliOrgId("org_01H00000000061ZVD0NYTGPVX3");
inline constexpr int DemoOrganizationCount = 6;

// --- users ---
// Alice: member (admin) of Acme and member of Globex. Personal accounts:
//   github              connected, every configured scope: "Personal" (compatibility),
//                       plus two standard connections: "Work" (connected) and
//                       "Contractor" (needs_reauthorization, repo only)
//   slack               needs_reauthorization, missing chat:write and users:read.email
//   google-drive        connected but missing .../auth/drive.file
//   microsoft-outlook   disconnected, no scopes
//   notion, linear, hubspot: not connected (connected_account null); but hubspot
//                       has a live standard connection "Work" (compatibility slot empty)
// Scoped to Globex (organization_id=GlobexOrgId): linear connected (api_key, ends 3f9a),
// github needs_reauthorization.
// Organization-owned: salesforce connected for Acme ("Production", established by
// Alice, plus the standard client-credentials connection "Sandbox" established by
// Bob); needs_reauthorization for Globex ("Globex CRM": its establishing member
// left, state_reason establishing_member_membership_ended, established_by null).
inline constexpr QLatin1String AliceUserId("user_01H00000000012PBHEDEF4EVRB");
inline constexpr QLatin1String AliceEmail("alice@acme.com");
inline constexpr QLatin1String AliceGithubAccountId("data_installation_01H0000000001TJ9BZ0RTPBY28");
inline constexpr QLatin1String AliceSlackAccountId("data_installation_01H00000000029CPP3W17RH2YF");
inline constexpr QLatin1String AcmeSalesforceAccountId("data_installation_01H0000000007RGQMK7BKJHQ3F");
inline constexpr QLatin1String AliceLinearGlobexAccountId("data_installation_01H0000000005PG82C43D1R1ZB");
inline constexpr QLatin1String GlobexSalesforceAccountId("data_installation_01H0000000008SESPKY1DRSZH9");
inline constexpr QLatin1String InitechZendeskAccountId("data_installation_01H0000000009GJXMJERA29HC4");
// The standard connections (SandboxSeedConnections.cpp).
inline constexpr QLatin1String AliceGithubWorkAccountId("data_installation_01H00000000S16CRQQP2Q1H0EN");
inline constexpr QLatin1String AliceGithubContractorAccountId("data_installation_01H00000000S2MES4NRWHDG97E");
inline constexpr QLatin1String AliceHubspotWorkAccountId("data_installation_01H00000000S3PPF79EX2WKCR8");
inline constexpr QLatin1String AcmeSalesforceSandboxAccountId("data_installation_01H00000000S4186CTAQC78RCB");
inline constexpr QLatin1String EstablishingMemberLeft("establishing_member_membership_ended");
// Bob: Acme member with no personal accounts at all (with organization_id=Acme
// he still sees Acme's shared Salesforce account).
inline constexpr QLatin1String BobUserId("user_01H0000000002Z2S6DB5PY4DG9");
inline constexpr QLatin1String BobEmail("bob@acme.com");
// Carol: Globex admin; github connected missing read:org, hubspot connected.
inline constexpr QLatin1String CarolUserId("user_01H0000000003Z3QZP381DS6MJ");
inline constexpr QLatin1String CarolEmail("carol@globex.com");
// Dave: Initech; notion in the state "suspended" (not in the spec's enum: the
// unknown-state case), github connected. Initech owns a connected zendesk account.
inline constexpr QLatin1String DaveUserId("user_01H0000000004M3NZAV3BB94T5");
inline constexpr QLatin1String DaveEmail("dave@initech.com");
inline constexpr QLatin1String UnknownAccountState("suspended");
// Erin: pending member of Umbrella Labs; slack connected.
inline constexpr QLatin1String ErinUserId("user_01H0000000005M2HK1PF0Q6DV6");
inline constexpr QLatin1String ErinEmail("erin@umbrella-labs.io");
// Frank: in no organization, no accounts, no last name.
inline constexpr QLatin1String FrankUserId("user_01H0000000006FWKCFGH5T3Z47");
inline constexpr QLatin1String FrankEmail("frank@example.org");

inline constexpr int DemoUserCount = 44;

// --- providers (slugs) ---
inline constexpr QLatin1String GithubSlug("github");                     // repo read:user read:org
inline constexpr QLatin1String SlackSlug("slack");                       // channels:read chat:write users:read users:read.email
inline constexpr QLatin1String GoogleDriveSlug("google-drive");
inline constexpr QLatin1String SalesforceSlug("salesforce");             // ownership "organization"
inline constexpr QLatin1String NotionSlug("notion");                     // scopes null
inline constexpr QLatin1String LinearSlug("linear");
inline constexpr QLatin1String HubspotSlug("hubspot");
inline constexpr QLatin1String MicrosoftOutlookSlug("microsoft-outlook");
inline constexpr QLatin1String ZendeskSlug("zendesk");                   // ownership "organization"
inline constexpr int DemoProviderCount = 9;
inline constexpr QLatin1String GithubProviderId("data_integration_01H0000000001K5JCB5G0B68PR");

// An id that is well-formed but exists nowhere.
inline constexpr QLatin1String MissingUserId("user_01H0000000ZZZZZZZZZZZZZZZZ");

// "demo", "empty" (providers only) or "large:N" (N users in all: the demo seed
// plus generated users user<k>@org<j>.example.com, 1000 per organization; their
// accounts are generated on first use).
bool isValidSpec(const QString &spec);
// Replaces the store's contents. False (store untouched) for an invalid spec.
bool populate(SandboxStore &store, const QString &spec);

namespace detail {
inline constexpr int FirstStandardAccountIndex = 801;
// The demo seed's standard and shared connections, laid over its other accounts.
void addMultipleConnections(SandboxStore &store);
// The demo seed's Pipes events, at times before `now` (SandboxSeedEvents.cpp).
void addEvents(SandboxStore &store, const QDateTime &now);
} // namespace detail

} // namespace SandboxSeed
