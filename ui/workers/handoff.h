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

#include <QCoreApplication>
#include <QEvent>
#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>

#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <string>
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

/// A call posted to another thread's object by postToWorker()/postToGui(): the event exists
/// before the release, where a queued QMetaObject::invokeMethod would allocate its call after it.
/// The receiver's event() acquires first (even the event's type is written before the release),
/// then runs it: LiveEngine::event on the worker, Courier::event on the GUI thread.
class QueuedCall final : public QEvent
{
public:
    static QEvent::Type type()
    {
        static const int t = QEvent::registerEventType();
        return static_cast<QEvent::Type>(t);
    }
    explicit QueuedCall(std::function<void()> fn) : QEvent(type()), m_fn(std::move(fn)) {}
    void run() { m_fn(); }

private:
    std::function<void()> m_fn;
};

/// For an event() override: runs `e` if it is a QueuedCall and says whether it was. Call the
/// receiving side's acquire (inWorker/inGui) before it.
inline bool runQueuedCall(QEvent* e)
{
    if (e->type() != QueuedCall::type()) return false;
    static_cast<QueuedCall*>(e)->run();
    return true;
}

/// Runs the QueuedCalls posted to it by postToGui(), on the GUI thread.
class Courier final : public QObject
{
public:
    bool event(QEvent* e) override
    {
        handoff::inGui();
        return runQueuedCall(e) || QObject::event(e);
    }
};

/// The GUI thread's courier, created on first use from whichever thread (and moved to the GUI
/// thread, or parented to the application there).
inline Courier* guiCourier()
{
    static Courier* courier = [] {
        auto* c = new Courier;
        QCoreApplication* app = QCoreApplication::instance();
        if (QThread::currentThread() == app->thread()) c->setParent(app);
        else c->moveToThread(app->thread()); // lives until the process ends
        return c;
    }();
    return courier;
}

inline void postToWorker(QObject* receiver, std::function<void()> fn)
{
    auto* call = new QueuedCall(std::move(fn));
    handoff::toWorker();
    QCoreApplication::postEvent(receiver, call);
}

inline void postToGui(std::function<void()> fn)
{
    auto* call = new QueuedCall(std::move(fn));
    handoff::toGui();
    QCoreApplication::postEvent(guiCourier(), call);
}

/// fn() on the GUI thread when `watcher`'s work is done, the hand-off acquired first.
template <class T, class Fn>
void whenFinished(QFutureWatcher<T>& watcher, QObject* context, Fn fn)
{
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, context, [fn = std::move(fn)]() mutable {
        handoff::inGui();
        fn();
    });
}

/// Waits on the GUI thread for `watcher`'s work (a view closing while its worker runs), the hand-off
/// acquired after: the result the worker stored is then the GUI thread's to destroy.
template <class T>
void waitFor(QFutureWatcher<T>& watcher)
{
    watcher.waitForFinished();
    handoff::inGui();
}

namespace detail {
/// Runs job() on Qt's global thread pool, like QtConcurrent::run, with the hand-offs marked: the
/// task exists before the release, and the result is stored before the worker's release, so TSan
/// sees both. An exception would be stored in the future and rethrown by result() on the GUI
/// thread, ending the program there: views use runJob(), which never lets one out.
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
} // namespace detail

/// What a job on a worker gave: its value, or why there is none (the job threw: out of memory, an
/// engine bug). The GUI shows the message; the program goes on.
template <class T>
struct JobResult
{
    std::optional<T> value;
    std::string error;
    explicit operator bool() const { return value.has_value(); }
};

/// Runs job() on a worker (detail::runOnWorker) and catches whatever it throws there: the future's
/// JobResult carries the value or the message, so no exception crosses to the GUI thread.
template <class Job>
auto runJob(Job job) -> QFuture<JobResult<std::invoke_result_t<Job&>>>
{
    using T = std::invoke_result_t<Job&>;
    return detail::runOnWorker([job = std::move(job)]() mutable -> JobResult<T> {
        try {
            return {job(), {}};
        } catch (const std::exception& e) {
            return {std::nullopt, std::string("internal error: ") + e.what()};
        } catch (...) {
            return {std::nullopt, "internal error (unknown exception)"};
        }
    });
}
} // namespace ballast::ui
