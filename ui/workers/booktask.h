#pragma once
// Off-GUI-thread work on books: load (JSON, CSV, workbook) + full exposure, and save. Each task
// takes a snapshot of its inputs and returns a value; exceptions never cross the thread boundary.

#include "exposure.h"
#include "progress.h"
#include "result.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

namespace ballast::ui {

struct LoadedBook
{
    BookPtr book;
    std::shared_ptr<ExposureEngine> engine; // computed
    Issues issues;                          // errors (book null) or warnings
    QString path;
    double loadMs = 0, exposureMs = 0;
};

/// Reads a book; `progress` (never null) hears how far it got and whether to stop.
using BookLoader = std::function<Result<Book>(Progress* progress)>;

/// Runs `loader` then a full exposure on a worker thread. Cancelled through `progress` (null: a
/// token of its own), the result has no book and one Cancelled issue.
QFuture<LoadedBook> loadBookAsync(QString path, BookLoader loader, std::shared_ptr<Progress> progress = nullptr);

/// A cancel token for engine work on a worker whose progress reaches `receiver` on the GUI thread
/// as whole percentages — posted only when the percentage changes (Monte Carlo reports every 16
/// scenarios: a million of them must not post 62,500 events). Dropped if the receiver is gone.
std::shared_ptr<Progress> guiProgress(QObject* receiver, std::function<void(int)> onPercent);

/// Saves on a worker thread; the future's value is the list of issues (empty = saved).
QFuture<Issues> saveBookAsync(QString path, BookPtr book, std::function<Issues(const std::string&, const Book&)> saver);

} // namespace ballast::ui
