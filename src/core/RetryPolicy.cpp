#include "core/RetryPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxRetries = 0;
    return policy;
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    switch (httpStatus) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

int RetryPolicy::backoffMs(int retry, double jitterFactor) const
{
    const double raw = baseDelayMs * std::pow(multiplier, std::max(0, retry));
    const double capped = std::min(raw, double(maxDelayMs));
    const double factor = jitter ? std::clamp(jitterFactor, 0.5, 1.5) : 1.0;
    return int(std::lround(capped * factor));
}

std::optional<qint64> RetryPolicy::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = trimmed.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        // Saturate absurd values instead of overflowing.
        if (seconds > 1e9)
            return qint64(1e12);
        return qint64(std::llround(seconds * 1000.0));
    }
    // HTTP-date (IMF-fixdate), e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString text = QString::fromLatin1(trimmed);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

std::optional<int> RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs, double jitterFactor) const
{
    if (retryAfterMs) {
        if (*retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return int(*retryAfterMs);
    }
    return backoffMs(retry, jitterFactor);
}
