#pragma once

#include <QByteArray>

// Spec-shaped payload builders (kept out of the test file: moc does not read raw strings well).
namespace Payloads {
inline QByteArray account(const QByteArray &state, const QByteArray &extra = {})
{
    return R"({"object":"connected_account","id":"data_installation_01HXYZ","user_id":"user_01HABC",)"
           R"("organization_id":null,"scopes":["repo","read:user"],"state":")"
        + state + R"(","created_at":"2024-03-01T10:00:00.000Z","updated_at":"2024-03-02T11:30:00.000Z")" + extra
        + "}";
}
inline QByteArray provider(const QByteArray &account, const QByteArray &scopes = R"(["repo","read:user","workflow"])")
{
    return R"({"object":"data_provider","id":"data_integration_01HGH","name":"GitHub","description":null,)"
           R"("slug":"github","integration_type":"github","credentials_type":"oauth2","scopes":)"
        + scopes
        + R"(,"ownership":"userland_user","created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z",)"
          R"("integrationType":"github","createdAt":"2024-01-01T00:00:00.000Z","connected_account":)"
        + account + "}";
}
} // namespace Payloads

// Shapes of SDK 12.3.0 (pipes-today.md §2a/§2b): connected_accounts[], the new
// connection fields, connection_owner and auth_methods, no camelCase twins.
namespace TodayPayloads {
// A nested connection; `fields` is spliced in after "id" (e.g. role, label, state).
inline QByteArray connection(const QByteArray &id, const QByteArray &fields)
{
    return R"({"object":"connected_account","id":")" + id + R"(",)" + fields
        + R"(,"scopes":["repo","read:user"],"created_at":"2026-10-01T09:00:00.000Z","updated_at":"2026-10-02T09:00:00.000Z"})";
}
inline QByteArray personal()
{
    return connection("data_installation_01PERSONAL",
                      R"("connection_role":"compatibility","account_display_name":"Personal","account_identifier":"alice-gh",)"
                      R"("user_id":"user_01HABC","userland_user_id":"user_01HABC","organization_id":null,"auth_method":"oauth",)"
                      R"("api_key_last_4":null,"client_id":null,"client_secret_last_4":null,"config":{},"state":"connected",)"
                      R"("established_by_user_id":"user_01HABC","state_reason":null)");
}
inline QByteArray work(const QByteArray &state = "needs_reauthorization")
{
    return connection("data_installation_01WORK",
                      R"("connection_role":"standard","account_display_name":"Work","account_identifier":"alice-acme",)"
                      R"("user_id":"user_01HABC","organization_id":null,"state":")" + state + R"(")");
}
// A provider row; accounts is the raw value of connected_accounts (empty: key absent).
inline QByteArray provider(const QByteArray &compatibility, const QByteArray &accounts,
                           const QByteArray &ownerFields = R"("connection_owner":"user","ownership":"userland_user","auth_methods":["oauth"])")
{
    QByteArray body = R"({"object":"data_provider","id":"data_integration_01HGH","name":"GitHub","description":null,)"
                      R"("slug":"github","integration_type":"github","credentials_type":"oauth2","scopes":["repo","read:user","workflow"],)"
        + ownerFields + R"(,"created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z","connected_account":)"
        + compatibility;
    if (!accounts.isEmpty())
        body += R"(,"connected_accounts":)" + accounts;
    return body + "}";
}
inline QByteArray list(const QByteArray &providers)
{
    return R"({"object":"list","data":[)" + providers + "]}";
}
// An organization-owned connection whose establishing member left the organization.
inline QByteArray orphanedShared()
{
    return connection("data_installation_01SHARED",
                      R"("connection_role":"standard","account_display_name":"EMEA","account_identifier":null,)"
                      R"("user_id":null,"userland_user_id":null,"organization_id":"org_01HACME","auth_method":"client_credentials",)"
                      R"("client_id":"3MVG9acme","client_secret_last_4":"x7Q2","config":{"instance_url":"https://acme.my.salesforce.com","port":8443,"deep":{"x":1}},)"
                      R"("state":"needs_reauthorization","established_by_user_id":null,)"
                      R"("state_reason":"establishing_member_membership_ended","future_field":true)");
}
} // namespace TodayPayloads
