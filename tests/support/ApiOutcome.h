#pragma once

#include "core/WorkOsClient.h"

#include <QByteArray>

#include <optional>

// The one result of a WorkOsClient call in a test, and how many times the
// callback ran (it must be exactly once). Shared by the client, hostile-server
// and emulator tests.
template <typename T>
struct ApiOutcome final
{
    std::optional<ApiResult<T>> result;
    int calls = 0;

    typename WorkOsClient::Callback<T> callback()
    {
        return [this](const ApiResult<T> &r) {
            ++calls;
            result.emplace(r);
        };
    }
    bool done() const { return result.has_value(); }
    bool ok() const { return result && result->ok(); }
    const T &value() const { return result->value(); }
    const ApiError &error() const { return result->error(); }
    // For failure messages: "no result", "ok", or the error as a user reads it.
    QByteArray describe() const
    {
        if (!result)
            return "no result";
        return result->ok() ? QByteArray("ok") : result->error().fullText().toUtf8();
    }
};
