#include "sandbox/SandboxRateLimiter.h"

#include <QtGlobal>

SandboxRateLimiter::SandboxRateLimiter(const SandboxRateLimits &limits)
{
    m_reads.limit = limits.readsPer10Seconds;
    m_reads.lengthMs = 10000;
    m_writes.limit = limits.writesPer10Seconds;
    m_writes.lengthMs = 10000;
    m_all.limit = limits.requestsPerMinute;
    m_all.lengthMs = 60000;
    m_clock.start();
}

void SandboxRateLimiter::Window::expire(qint64 now)
{
    while (!stamps.empty() && stamps.front() <= now - lengthMs)
        stamps.pop_front();
}

std::optional<int> SandboxRateLimiter::admit(Kind kind)
{
    const qint64 now = m_clock.elapsed();
    Window &specific = kind == Kind::Read ? m_reads : m_writes;
    qint64 waitMs = 0;
    for (Window *window : {&specific, &m_all}) {
        window->expire(now);
        if (window->limit > 0 && qsizetype(window->stamps.size()) >= window->limit)
            waitMs = qMax(waitMs, window->stamps.front() + window->lengthMs - now);
    }
    if (waitMs > 0)
        return int(qMax<qint64>(1, (waitMs + 999) / 1000));
    specific.stamps.push_back(now);
    m_all.stamps.push_back(now);
    return std::nullopt;
}

void SandboxRateLimiter::reset()
{
    m_reads.stamps.clear();
    m_writes.stamps.clear();
    m_all.stamps.clear();
}
