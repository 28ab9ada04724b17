#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

// When and how long to wait before retrying a failed request. Defaults match
// (or beat) the official WorkOS SDKs: retry 408/429/500/502/503/504 and
// transient network errors up to 3 times, back-off 500 ms x 1.5^attempt capped
// at 8 s with jitter in [0.5, 1.5), Retry-After honoured (seconds or HTTP date)
// up to 60 s, and an overall deadline for the whole call.
struct RetryPolicy final
{
    int maxRetries = 3;
    int baseDelayMs = 500;
    double multiplier = 1.5;
    int maxDelayMs = 8000;
    int maxRetryAfterMs = 60000;
    int deadlineMs = 120000;      // the whole call, all attempts and waits included
    bool jitter = true;

    static RetryPolicy none();    // one attempt, no retries (tests that count requests)

    static bool isRetryableStatus(int httpStatus);

    // Delay before retry number `retry` (0 for the first retry) ignoring Retry-After.
    int backoffMs(int retry, double jitterFactor) const;

    // Parses a Retry-After header value (delay-seconds or an HTTP-date relative
    // to `now`). nullopt when absent or unparsable. Never negative.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

    // The delay to wait before retry `retry`, honouring Retry-After when given
    // (capped at maxRetryAfterMs). nullopt when Retry-After exceeds the cap:
    // the caller gives up rather than waiting for minutes.
    std::optional<int> delayMs(int retry, std::optional<qint64> retryAfterMs, double jitterFactor) const;
};
