#pragma once

#include <QByteArray>

// Events and token payloads for tst_diagnosis (kept out of the test file: moc does not read raw strings well).
namespace EventPayloads {
inline QByteArray connected()
{
    return R"({"object":"list","data":[{"object":"event","id":"event_1",
        "event":"pipes.account_connection.connected","created_at":"2026-11-01T10:00:00.000Z",
        "data":{"object":"connected_account","id":"data_installation_1","provider_slug":"github","user_id":"user_1",
        "organization_id":null,"state":"connected","scopes":["repo"],"future":{"x":1}}}],"list_metadata":{"after":null}})";
}
inline QByteArray failedWithoutId()
{
    return R"({"data":[{"id":"event_2","event":"pipes.connected_account.connection_failed",
        "created_at":"2026-11-01T10:00:00Z","data":{"object":"connection_failed","provider_slug":"slack",
        "user_id":"user_1","error_code":"authorization_code_exchange_error","provider_error":"access_denied"}}]})";
}
inline QByteArray unknownName()
{
    return R"({"data":[{"id":"event_3","event":"pipes.account_connection.label_changed",
        "created_at":"2026-11-01T10:00:00Z","data":{"id":"data_installation_1","label":7}}]})";
}
inline QByteArray legacyAddFailed()
{
    return R"({"data":[{"id":"e","event":"pipes.connected_account.add_failed","created_at":"2026-11-01T10:00:00Z"}]})";
}
inline QByteArray withoutId() { return R"({"data":[{"event":"x","created_at":"2026-11-01T10:00:00Z"}]})"; }
inline QByteArray dataNotArray() { return R"({"data":{}})"; }
inline QByteArray activeNotBool() { return R"({"active":"yes"})"; }
inline QByteArray tokenActive()
{
    return R"({"active":true,"access_token":{"object":"access_token","access_token":"sbx_at_SECRET",
        "expires_at":"2026-12-02T06:00:00.000Z","scopes":["repo"],"missing_scopes":["read:org"]}})";
}
inline QByteArray inactive(const QByteArray &error) { return R"({"active":false,"error":")" + error + R"("})"; }
// An event this build does not know, for a connection: shown raw.
inline QByteArray scopesNarrowed(const QByteArray &createdAt, const QByteArray &accountId, const QByteArray &userId)
{
    return R"({"data":[{"id":"event_9","event":"pipes.account_connection.scopes_narrowed","created_at":")" + createdAt
        + R"(","data":{"id":")" + accountId + R"(","user_id":")" + userId
        + R"(","provider_slug":"slack","removed":["chat:write"]}}]})";
}
inline QByteArray removedField() { return R"("removed":["chat:write"])"; }
} // namespace EventPayloads
