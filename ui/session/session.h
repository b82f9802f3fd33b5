#pragma once
// What the desk keeps between runs, apart from the window's layout: autosaves of unsaved work (a
// JSON copy of the book and, beside it, which workbook it belongs to), written on a worker every
// minute while the book is dirty and offered back after a crash; and the recent files.

#include "model.h"
#include "result.h"
#include "workers/handoff.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>

class QTimer;

namespace ballast::ui {

class Session final : public QObject
{
    Q_OBJECT

public:
    /// `persistent`: off for screenshots and tests — no autosave timer, no recent files.
    explicit Session(bool persistent, QObject* parent = nullptr);
    ~Session() override;

    static QString autosaveDirectory();
    /// The autosave of the book that saves to `workbook` ("untitled" for none).
    static QString autosaveFile(const QString& workbook);
    /// The workbook an autosave belongs to (empty: an unnamed book).
    static QString originOf(const QString& autosave);
    /// The newest autosave there is, or nothing.
    static QString newestAutosave();
    /// Removes an autosave and its origin note.
    static void discard(const QString& autosave);
    /// A clean exit: nothing is left to recover.
    static void discardAll();

    /// Writes the autosave of `book` now (on this thread); returns its file, empty on failure.
    QString autosaveNow(const Book& book, const QString& workbook);
    /// Every minute, while `dirty()`, the autosave of `current()` on a worker.
    void startPeriodic(std::function<bool()> dirty, std::function<std::pair<BookPtr, QString>()> current);

    QStringList recentFiles() const;
    void addRecent(const QString& path);

Q_SIGNALS:
    void recentChanged();
    void autosaveFailed(QString message);

private:
    bool m_persistent;
    QTimer* m_timer;
    QFutureWatcher<JobResult<Issues>> m_watcher;
};

} // namespace ballast::ui
