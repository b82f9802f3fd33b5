#pragma once
// One redraw coalescer for every view that follows live ticks. A feed may tick at 20 Hz or more;
// a view redraws at most once per `interval` (the first tick after a quiet spell starts the clock,
// later ticks within it are folded in), so the GUI thread paints what the eye can follow and no more.

#include <QObject>
#include <QTimer>

#include <functional>

namespace ballast::ui {

class RedrawCoalescer final : public QObject
{
public:
    RedrawCoalescer(int intervalMs, std::function<void()> redraw, QObject* parent) : QObject(parent), m_redraw(std::move(redraw))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(intervalMs);
        if (parent) // named for profiles and the benchmarks' event logs: "ballast::ui::GraphCanvas redraw"
            m_timer.setObjectName(QLatin1String(parent->metaObject()->className()) + QLatin1String(" redraw"));
        connect(&m_timer, &QTimer::timeout, this, [this] { m_redraw(); });
    }
    /// Something changed: redraw within the interval (once, however often this is called).
    void request()
    {
        if (!m_timer.isActive()) m_timer.start();
    }
    /// Redraw now and drop a pending request (e.g. a new book replaces everything anyway).
    void flush()
    {
        m_timer.stop();
        m_redraw();
    }
    int intervalMs() const { return m_timer.interval(); }

private:
    std::function<void()> m_redraw;
    QTimer m_timer;
};

/// Redraws `view` through `redraw` at most once per `intervalMs` while `sender` emits `signal`.
template <typename Sender, typename Signal>
RedrawCoalescer* coalesceRedraws(const Sender* sender, Signal signal, QObject* view, int intervalMs, std::function<void()> redraw)
{
    auto* c = new RedrawCoalescer(intervalMs, std::move(redraw), view);
    QObject::connect(sender, signal, c, &RedrawCoalescer::request);
    return c;
}

} // namespace ballast::ui
