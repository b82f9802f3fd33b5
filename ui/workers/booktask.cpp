#include "booktask.h"

#include "handoff.h"

#include <QElapsedTimer>
#include <QPointer>

#include <algorithm>
#include <atomic>

namespace ballast::ui {

QFuture<LoadedBook> loadBookAsync(QString path, BookLoader loader, std::shared_ptr<Progress> progress)
{
    if (!progress) progress = std::make_shared<Progress>();
    return detail::runOnWorker([path = std::move(path), loader = std::move(loader), progress = std::move(progress)]() {
        LoadedBook out;
        out.path = path;
        try {
            QElapsedTimer t;
            t.start();
            auto r = loader(progress.get());
            out.loadMs = t.nsecsElapsed() / 1e6;
            out.issues = r.issues();
            auto cancelled = [&] {
                out.book.reset();
                out.engine.reset();
                out.issues = {Issue{ErrorCode::Cancelled, path.toStdString(), "", Msg::Cancelled}};
                return out;
            };
            if (progress->cancelled()) return cancelled();
            if (!r) return out;
            out.book = std::make_shared<const Book>(std::move(*r));
            t.restart();
            out.engine = std::make_shared<ExposureEngine>(out.book);
            out.engine->compute();
            out.engine->refreshAlerts();
            out.exposureMs = t.nsecsElapsed() / 1e6;
            if (progress->cancelled()) return cancelled();
            progress->report(1.0);
        } catch (const std::exception& e) {
            out.book.reset();
            out.engine.reset();
            out.issues = {Issue{ErrorCode::Invalid, path.toStdString(), "", Msg::InternalError, {e.what()}}};
        } catch (...) {
            out.book.reset();
            out.engine.reset();
            out.issues = {Issue{ErrorCode::Invalid, path.toStdString(), "", Msg::InternalError, {"unknown exception"}}};
        }
        return out;
    });
}

std::shared_ptr<Progress> guiProgress(QObject* receiver, std::function<void(int)> onPercent)
{
    auto last = std::make_shared<std::atomic<int>>(-1);
    const QPointer<QObject> alive(receiver);
    return std::make_shared<Progress>([alive, onPercent = std::move(onPercent), last](double f) {
        const int percent = static_cast<int>(std::clamp(f, 0.0, 1.0) * 100);
        if (last->exchange(percent) == percent) return;
        postToGui([alive, onPercent, percent] {
            if (alive) onPercent(percent);
        });
    });
}

QFuture<Issues> saveBookAsync(QString path, BookPtr book, std::function<Issues(const std::string&, const Book&)> saver)
{
    return detail::runOnWorker([path = std::move(path), book = std::move(book), saver = std::move(saver)]() -> Issues {
        try {
            return saver(path.toStdString(), *book);
        } catch (const std::exception& e) {
            return {Issue{ErrorCode::Io, path.toStdString(), "", Msg::InternalError, {e.what()}}};
        } catch (...) {
            return {Issue{ErrorCode::Io, path.toStdString(), "", Msg::InternalError, {"unknown exception"}}};
        }
    });
}

} // namespace ballast::ui
