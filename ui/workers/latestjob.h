#pragma once
// A view's report made on a worker, the latest one only. Live ticks ask a view to recompute (the
// bottleneck and cross-chain reports of a stress book take 60-160 ms: too long for the GUI thread
// twice a second); while one computation runs, further requests fold into one more run when it
// is done, with the last request's inputs. A result reaches `show` on the GUI thread unless a
// newer one was shown first (a synchronous recompute on the GUI thread calls supersede()).

#include "workers/handoff.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <utility>

namespace ballast::ui {

template <class T>
class LatestJob
{
public:
    /// `show` runs on the GUI thread, in `context`'s lifetime, with each result still current.
    LatestJob(QObject* context, std::function<void(T)> show) : m_show(std::move(show))
    {
        whenFinished(m_watcher, context, [this] {
            JobResult<std::pair<int, T>> r = m_watcher.result();
            if (r && r.value->first == m_generation) m_show(std::move(r.value->second));
            if (m_pending) run(std::exchange(m_pending, nullptr));
        });
    }
    ~LatestJob() { waitFor(m_watcher); }
    LatestJob(const LatestJob&) = delete;
    LatestJob& operator=(const LatestJob&) = delete;

    /// Runs job() on a worker now, or once the running one is done (the latest job asked for).
    void run(std::function<T()> job)
    {
        if (m_watcher.isRunning()) return void(m_pending = std::move(job));
        const int generation = ++m_generation;
        m_watcher.setFuture(runJob([job = std::move(job), generation] { return std::pair<int, T>(generation, job()); }));
    }
    /// A result made since on the GUI thread is newer than anything running: that one is dropped.
    void supersede()
    {
        ++m_generation;
        m_pending = nullptr;
    }
    bool running() const { return m_watcher.isRunning(); }

private:
    std::function<void(T)> m_show;
    std::function<T()> m_pending;
    QFutureWatcher<JobResult<std::pair<int, T>>> m_watcher;
    int m_generation = 0;
};

} // namespace ballast::ui
