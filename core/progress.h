#pragma once
// How the engine reports progress and learns it should stop (ORE's ProgressIndicator): a plain
// object, no Qt. The UI adapts it to QPromise/QFutureWatcher. Thread-safe: workers call report()
// and cancelled() from any thread.

#include <atomic>
#include <functional>

namespace ballast {

class Progress
{
public:
    Progress() = default;
    explicit Progress(std::function<void(double)> onProgress) : m_onProgress(std::move(onProgress)) {}
    virtual ~Progress() = default;
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// fraction in [0, 1]
    void report(double fraction)
    {
        if (m_onProgress) m_onProgress(fraction);
    }
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }

private:
    std::function<void(double)> m_onProgress;
    std::atomic<bool> m_cancel{false};
};

inline bool isCancelled(const Progress* p) { return p && p->cancelled(); }

} // namespace ballast
