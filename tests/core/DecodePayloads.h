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
