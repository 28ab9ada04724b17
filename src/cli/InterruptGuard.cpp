#include "cli/InterruptGuard.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_count = 0;
struct sigaction g_previousInt;
struct sigaction g_previousTerm;

void onSignal(int)
{
    if (++g_count >= 2)
        ::_exit(130); // the second Ctrl-C: at once
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}
} // namespace

InterruptGuard::InterruptGuard(std::function<void()> onFirst, QObject *parent)
    : QObject(parent)
    , m_onFirst(std::move(onFirst))
{
    if (::pipe(g_pipe) != 0)
        return;
    ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
    g_count = 0;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &InterruptGuard::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptGuard::~InterruptGuard()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    m_notifier.reset();
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void InterruptGuard::readSignal()
{
    char byte = 0;
    [[maybe_unused]] const ssize_t got = ::read(g_pipe[0], &byte, 1);
    if (m_interrupted)
        return;
    m_interrupted = true;
    if (m_onFirst)
        m_onFirst();
}
