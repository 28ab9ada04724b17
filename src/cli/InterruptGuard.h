#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

// Ctrl-C (SIGINT, and SIGTERM) while a CLI batch runs: the first one calls
// `onFirst` on the event loop (the batch cancels gracefully: calls in flight
// finish, every item gets an outcome); a second one ends the process at once
// (exit status 130). The previous handlers come back when the guard goes.
class InterruptGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptGuard)

public:
    explicit InterruptGuard(std::function<void()> onFirst, QObject *parent = nullptr);
    ~InterruptGuard() override;

    bool wasInterrupted() const { return m_interrupted; }

private:
    void readSignal();

    std::function<void()> m_onFirst;
    std::unique_ptr<QSocketNotifier> m_notifier;
    bool m_interrupted = false;
};
