#include "session/TokenCheckAction.h"

ApiCall *TokenCheckAction::run(const AuditService &audit, WorkOsClient *client, const TokenCheckRequest &request,
                               const QString &reason, QObject *context, WorkOsClient::Callback<TokenCheck> done,
                               QString *refusal)
{
    AuditService::Action<TokenCheck> action;
    action.entry.action = AuditAction::TokenCheck;
    action.entry.userId = request.userId;
    action.entry.providerSlug = request.providerSlug;
    action.entry.organizationId = request.organizationId;
    action.entry.reason = reason;
    action.entry.connectionId = request.connectedAccountId; // which connection was checked, never its token
    action.entry.ownerKind = request.owner == ConnectionOwner::Organization ? QStringLiteral("organization")
                                                                             : QStringLiteral("user");
    const AuditService::Send<TokenCheck> send = [client, request](QObject *ctx, WorkOsClient::Callback<TokenCheck> callback) {
        return client->checkToken(request, ctx, std::move(callback));
    };
    return audit.run<TokenCheck>(std::move(action), context, send, std::move(done), refusal);
}
