#pragma once

#include "core/JsonDecode.h"
#include "sandbox/SandboxJson.h"
#include "sandbox/SandboxStore.h"

// A seeded connection as the providers view knows it: the sandbox's JSON of
// it, decoded by src/core. Empty when the store has no connection `id`.
inline ConnectedAccount seededConnection(SandboxStore &store, const QString &id)
{
    for (const SandboxAccount &a : store.allAccounts()) {
        if (a.id == id)
            return JsonDecode::connectedAccountObject(SandboxJson::connectedAccount(a)).value();
    }
    return {};
}
