#pragma once

#include <QElapsedTimer>
#include <QObject>

// The time BatchEngine decides by (the request budget's windows, the pause
// after a 429, the rate shown in the progress): monotonic milliseconds.
// Injected so tests can run the engine on a clock they move themselves.
class BatchClock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchClock)

public:
    ~BatchClock() override = default;
    virtual qint64 nowMs() const = 0;

Q_SIGNALS:
    // The clock moved other than by running (a test's fake clock was
    // advanced): whatever waited for a time should look again.
    void jumped();

protected:
    explicit BatchClock(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
};

// The real thing: time since construction, on QElapsedTimer's monotonic clock.
class SteadyClock final : public BatchClock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SteadyClock)

public:
    explicit SteadyClock(QObject *parent = nullptr)
        : BatchClock(parent)
    {
        m_timer.start();
    }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};
