#pragma once

#include <QtGlobal>

#include <deque>
#include <map>

// How many requests a batch may send, as sliding windows. The defaults are
// WorkOS's published limits for one environment: user-management reads 1,000
// and writes 500 per 10 seconds, and 6,000 requests a minute overall.
struct BudgetLimits final
{
    int readsPerWindow = 1000;
    int writesPerWindow = 500;
    int windowMs = 10000;
    int requestsPerOverallWindow = 6000;
    int overallWindowMs = 60000;

    static BudgetLimits workOsDefaults() { return {}; }
    // No limit at all (tests, and proving that the budget is what prevents 429s).
    static BudgetLimits unlimited() { return {0, 0, 10000, 0, 60000}; }
};

// The bookkeeping behind BatchEngine's request budget. Pure: the caller
// passes the time (milliseconds on a monotonic clock), so it can be tested
// without waiting.
//
// A request occupies a slot from the moment it is reserved until a window
// length after its answer arrived (not after it was sent): the server counts
// the request when it arrives, which is at or before the answer, so the
// server's window always frees up before ours and we can never run ahead of it.
// Extra attempts the client made on its own (retries) are charged when the
// answer arrives.
class RequestBudget final
{
public:
    enum class Kind { Read, Write };

    explicit RequestBudget(const BudgetLimits &limits = {});

    const BudgetLimits &limits() const { return m_limits; }

    // 0 when a request of this kind may be sent now; otherwise how many
    // milliseconds to wait (at least 1). -1 when only in-flight requests block
    // (wait for an answer instead).
    qint64 waitMs(Kind kind, qint64 now);
    // Takes a slot; the returned ticket is given back to complete().
    quint64 reserve(Kind kind, qint64 now);
    // The answer arrived after `attempts` HTTP requests (at least 1 is charged).
    void complete(quint64 ticket, qint64 now, int attempts);

    int inFlight() const { return int(m_open.size()); }
    // Requests charged in the current windows (finished and in flight).
    int used(Kind kind, qint64 now);

private:
    struct Window final
    {
        int limit = 0;
        qint64 lengthMs = 0;
        std::deque<qint64> stamps; // answer times, ascending
        void expire(qint64 now);
    };
    struct Open final
    {
        Kind kind = Kind::Read;
    };

    qint64 waitFor(Window &window, int openCount, qint64 now) const;
    int openCount(Kind kind) const;

    BudgetLimits m_limits;
    Window m_reads;
    Window m_writes;
    Window m_all;
    std::map<quint64, Open> m_open;
    quint64 m_nextTicket = 1;
};
