#include "batch/RequestBudget.h"

#include <algorithm>

RequestBudget::RequestBudget(const BudgetLimits &limits)
    : m_limits(limits)
{
    m_reads.limit = limits.readsPerWindow;
    m_reads.lengthMs = limits.windowMs;
    m_writes.limit = limits.writesPerWindow;
    m_writes.lengthMs = limits.windowMs;
    m_all.limit = limits.requestsPerOverallWindow;
    m_all.lengthMs = limits.overallWindowMs;
}

void RequestBudget::Window::expire(qint64 now)
{
    while (!stamps.empty() && stamps.front() + lengthMs <= now)
        stamps.pop_front();
}

int RequestBudget::openCount(Kind kind) const
{
    return int(std::count_if(m_open.begin(), m_open.end(),
                             [kind](const auto &entry) { return entry.second.kind == kind; }));
}

qint64 RequestBudget::waitFor(Window &window, int open, qint64 now) const
{
    if (window.limit <= 0)
        return 0;
    window.expire(now);
    const qint64 used = qint64(window.stamps.size()) + open;
    if (used < window.limit)
        return 0;
    // The slot that frees first is the oldest finished one; in-flight ones
    // have no expiry yet.
    const qint64 needed = used - window.limit; // index of the stamp that must expire
    if (needed >= qint64(window.stamps.size()))
        return -1;
    return std::max<qint64>(1, window.stamps.at(size_t(needed)) + window.lengthMs - now);
}

qint64 RequestBudget::waitMs(Kind kind, qint64 now)
{
    Window &specific = kind == Kind::Read ? m_reads : m_writes;
    const qint64 a = waitFor(specific, openCount(kind), now);
    const qint64 b = waitFor(m_all, int(m_open.size()), now);
    if (a < 0 || b < 0)
        return -1;
    return std::max(a, b);
}

quint64 RequestBudget::reserve(Kind kind, qint64 /*now*/)
{
    const quint64 ticket = m_nextTicket++;
    m_open.emplace(ticket, Open{kind});
    return ticket;
}

void RequestBudget::complete(quint64 ticket, qint64 now, int attempts)
{
    const auto it = m_open.find(ticket);
    if (it == m_open.end())
        return;
    Window &specific = it->second.kind == Kind::Read ? m_reads : m_writes;
    m_open.erase(it);
    const int charged = std::max(1, attempts);
    for (int i = 0; i < charged; ++i) {
        // Stamps stay ascending: `now` never goes back on a monotonic clock.
        specific.stamps.push_back(now);
        m_all.stamps.push_back(now);
    }
}

int RequestBudget::used(Kind kind, qint64 now)
{
    Window &specific = kind == Kind::Read ? m_reads : m_writes;
    specific.expire(now);
    return int(specific.stamps.size()) + openCount(kind);
}
