#pragma once

#include "ApiOutcome.h"
#include "core/WorkOsClient.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>

#include <optional>

// Shared by the hostile-server tests (no Q_OBJECT here, no raw strings).
namespace Hostile {

// The one result of a call, and how many times the callback ran.
template <typename T>
using Outcome = ApiOutcome<T>;

// What a support person reads in a status bar: one sentence, capitalised,
// ending in a full stop, no markup, no JSON, no control characters, not a wall.
inline bool isReadableSentence(const QString &text, QString *why = nullptr)
{
    auto no = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (text.isEmpty())
        return no(QStringLiteral("empty"));
    if (!text.at(0).isUpper())
        return no(QStringLiteral("does not start with a capital: ") + text);
    if (!text.endsWith(QLatin1Char('.')))
        return no(QStringLiteral("does not end with a full stop: ") + text);
    if (text.size() > 300)
        return no(QStringLiteral("longer than 300 characters: ") + text.left(120));
    static const QRegularExpression markup(QStringLiteral("[<>{}\\x00-\\x1f]"));
    if (markup.match(text).hasMatch())
        return no(QStringLiteral("contains markup, JSON or control characters: ") + text);
    return true;
}

inline RetryPolicy fastRetries(int maxRetries = 3, int deadlineMs = 20000)
{
    RetryPolicy p;
    p.maxRetries = maxRetries;
    p.baseDelayMs = 10;
    p.maxDelayMs = 50;
    p.jitter = false;
    p.deadlineMs = deadlineMs;
    return p;
}

// Peak resident memory of this process in kB (VmHWM), and a way to reset it.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline bool resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

inline constexpr bool builtWithAddressSanitizer()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

} // namespace Hostile

#define HOSTILE_VERIFY_SENTENCE(text)                                                                                  \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(Hostile::isReadableSentence((text), &why_), qPrintable(why_));                                       \
    } while (false)
