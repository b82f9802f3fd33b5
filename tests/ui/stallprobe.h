#pragma once
// The longest gap between two turns of the event loop while it runs: a 5 ms timer notes the time
// between its ticks (what a user would feel as a frozen window).

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstMs() const { return m_worst; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_last = 0, m_worst = 0;
};
