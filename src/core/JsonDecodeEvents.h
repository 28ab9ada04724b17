#pragma once

#include "core/JsonDecode.h"
#include "core/PipesEvents.h"

// Decoders of GET /events and the token endpoint (JsonDecodeEvents.cpp).
namespace JsonDecode {
Decoded<PipesEventPage> eventList(const QByteArray &body);
Decoded<PipesEvent> eventObject(const QJsonObject &object, const QString &path = {});
// Drops the access token's value: it is read only to know that one came.
Decoded<TokenCheck> tokenCheck(const QByteArray &body);
} // namespace JsonDecode
