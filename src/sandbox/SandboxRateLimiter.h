#pragma once

#include <QElapsedTimer>

#include <deque>
#include <optional>

// WorkOS's published limits, as sliding windows.
struct SandboxRateLimits final
{
    int readsPer10Seconds = 1000;  // user-management reads (GET)
    int writesPer10Seconds = 500;  // user-management writes (everything else)
    int requestsPerMinute = 6000;  // every API request
};

class SandboxRateLimiter final
{
public:
    enum class Kind { Read, Write };

    explicit SandboxRateLimiter(const SandboxRateLimits &limits);

    // Counts the request and returns nullopt, or returns the seconds to wait
    // (for Retry-After) without counting it.
    std::optional<int> admit(Kind kind);
    void reset();

private:
    struct Window
    {
        int limit = 0;
        qint64 lengthMs = 0;
        std::deque<qint64> stamps;
        void expire(qint64 now);
    };

    Window m_reads;
    Window m_writes;
    Window m_all;
    QElapsedTimer m_clock;
};
