#pragma once

#include "core/WorkOsClient.h"

#include <QEventLoop>

#include <optional>

// The CLI's commands are short synchronous sequences: start one call with
// `start(context, callback)` and wait for its result. WorkOsClient always
// answers asynchronously, so the loop never misses it.
template <typename T, typename Start>
ApiResult<T> await(Start start)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start(&loop, [&result, &loop](const ApiResult<T> &answer) {
        result.emplace(answer);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
