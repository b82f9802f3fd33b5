#pragma once
// Hand-offs between the GUI thread and workers, marked for ThreadSanitizer.
//
// Debian's Qt 6 is not built with TSan, so the happens-before that its thread pool and event
// queues give is invisible to it: every object a worker fills and the GUI thread then reads would
// be reported. Where our data crosses threads through Qt, the sender calls toWorker()/toGui() just
// before posting and the receiver inWorker()/inGui() first thing on receipt; in the tsan build
// these are release/acquire annotations on two channels (GUI → workers, workers → GUI), elsewhere
// nothing. The channels over-approximate a little (the GUI thread acquires what every worker
// released before its latest post), never the other way. docs/TESTING.md, "ThreadSanitizer".

#if BALLAST_TSAN
#include <sanitizer/tsan_interface.h>
#endif

#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <exception>
#include <memory>
#include <type_traits>
#include <utility>

namespace ballast::ui::handoff {

#if BALLAST_TSAN
inline char toWorkersChannel, toGuiChannel;
inline void toWorker() { __tsan_release(&toWorkersChannel); }
inline void inWorker() { __tsan_acquire(&toWorkersChannel); }
inline void toGui() { __tsan_release(&toGuiChannel); }
inline void inGui() { __tsan_acquire(&toGuiChannel); }
#else
inline void toWorker() {}
inline void inWorker() {}
inline void toGui() {}
inline void inGui() {}
#endif

} // namespace ballast::ui::handoff

namespace ballast::ui {

/// Runs job() on Qt's global thread pool, like QtConcurrent::run, with the hand-offs marked: the
/// task exists before the release, and the result is stored before the worker's release, so TSan
/// sees both. The GUI side calls handoff::inGui() where it takes the future's result.
template <class Job>
auto runOnWorker(Job job) -> QFuture<std::invoke_result_t<Job&>>
{
    using T = std::invoke_result_t<Job&>;
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start(); // running from now, like QtConcurrent::run
    QRunnable* task = QRunnable::create([job = std::move(job), promise]() mutable {
        handoff::inWorker();
        try {
            promise->addResult(job());
        } catch (...) {
            promise->setException(std::current_exception());
        }
        handoff::toGui();
        promise->finish();
    });
    handoff::toWorker();
    QThreadPool::globalInstance()->start(task);
    return future;
}
} // namespace ballast::ui
