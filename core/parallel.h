#pragma once
// Data parallelism for the engine: oneTBB, or plain std::threads in the ThreadSanitizer build
// (BALLAST_TSAN). TSan cannot see the synchronisation inside the uninstrumented libtbb (a worker
// taking a chunk, the caller waiting for the last one) and reports races that are not there; with
// std::thread it sees every start and join, so what it reports are races between our own chunks.
// Only the scheduler differs: the chunks and what they touch are the same. (docs/TESTING.md)

#include <algorithm>
#include <atomic>
#include <thread>
#include <utility>
#include <vector>

#if BALLAST_TSAN
#else
#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>
#include <optional>
#endif

namespace ballast {

/// Threads the engine's parallel loops use when not told otherwise.
inline int defaultThreads()
{
#if BALLAST_TSAN
    return static_cast<int>(std::max(2u, std::thread::hardware_concurrency()));
#else
    return tbb::this_task_arena::max_concurrency();
#endif
}

/// chunk(b, e) over [begin, end) in pieces of about `grain` items, on up to `threads` threads
/// (0: every core). Chunks run concurrently and in no particular order.
template <class Index, class Chunk>
void parallelChunks(Index begin, Index end, Index grain, Chunk&& chunk, int threads = 0)
{
    if (end <= begin) return;
    grain = std::max<Index>(grain, 1);
#if BALLAST_TSAN
    const int n = threads > 0 ? threads : defaultThreads();
    std::atomic<Index> next{begin};
    auto work = [&] {
        for (;;) {
            const Index b = next.fetch_add(grain);
            if (b >= end) return;
            chunk(b, std::min<Index>(end, b + grain));
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < n; ++i) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
#else
    std::optional<tbb::global_control> limit;
    if (threads > 0) limit.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(threads));
    tbb::parallel_for(tbb::blocked_range<Index>(begin, end, grain),
                      [&](const tbb::blocked_range<Index>& r) { chunk(r.begin(), r.end()); });
#endif
}

/// Runs a job beside the caller's own work; wait() (or the destructor) returns when it is done.
class Beside
{
public:
    template <class Job>
    explicit Beside(Job&& job)
    {
#if BALLAST_TSAN
        m_thread = std::thread(std::forward<Job>(job));
#else
        m_group.run(std::forward<Job>(job));
#endif
    }
    Beside(const Beside&) = delete;
    Beside& operator=(const Beside&) = delete;
    ~Beside() { wait(); }
    void wait()
    {
#if BALLAST_TSAN
        if (m_thread.joinable()) m_thread.join();
#else
        m_group.wait();
#endif
    }

private:
#if BALLAST_TSAN
    std::thread m_thread;
#else
    tbb::task_group m_group;
#endif
};

} // namespace ballast
