#pragma once
// One redraw coalescer for every view that follows live ticks. A feed may tick at 20 Hz or more;
// a view redraws at most once per `interval` (the first tick after a quiet spell starts the clock,
// later ticks within it are folded in), so the GUI thread paints what the eye can follow and no more.

#include <QEvent>
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
        if (parent) parent->installEventFilter(this); // its Show: see deferUntilShown()
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
    /// The redraw skipped its work because the view is hidden: redraw when the view is next shown
    /// (a view that follows live ticks only while shown must not show what it had when hidden).
    void deferUntilShown() { m_behind = true; }
    int intervalMs() const { return m_timer.interval(); }

protected:
    bool eventFilter(QObject* watched, QEvent* e) override
    {
        if (e->type() == QEvent::Show && watched == parent() && m_behind) {
            m_behind = false;
            flush();
        }
        return false;
    }

private:
    std::function<void()> m_redraw;
    QTimer m_timer;
    bool m_behind = false;
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
