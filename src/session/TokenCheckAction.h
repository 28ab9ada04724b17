#pragma once

#include "audit/AuditService.h"
#include "core/WorkOsClient.h"

// A token check as an audited action: the record says a check was made, for
// whom and with which outcome and request id, never the token (AuditRecord has
// no field for it). The window and the CLI both start one here, only when a
// person asked for it.
namespace TokenCheckAction {
// nullptr and *refusal when the intent could not be recorded (nothing was sent).
ApiCall *run(const AuditService &audit, WorkOsClient *client, const TokenCheckRequest &request, const QString &reason,
             QObject *context, WorkOsClient::Callback<TokenCheck> done, QString *refusal);
} // namespace TokenCheckAction
