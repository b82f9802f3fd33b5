#pragma once
// The book the desk has open, as a document: where it saves, whether it is dirty, its undo stack,
// loading and saving on worker threads, and the recovery of an autosave. The window shows what
// it says (signals) and asks the user; it holds none of this state.

#include "deskstate.h"
#include "result.h"
#include "workers/booktask.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QUndoStack;

namespace ballast::ui {

class Session;

/// How the desk reads and writes books; app/ supplies it (the embedded demo book lives there).
struct BookIo
{
    std::function<Result<Book>(const std::string&)> load;
    std::function<Issues(const std::string&, const Book&)> save;
    /// Optional: `load` with progress and cancelling (a big workbook takes seconds to read).
    std::function<Result<Book>(const std::string&, Progress*)> loadWithProgress;
};

class Document final : public QObject
{
    Q_OBJECT

public:
    Document(BookIo io, DeskState* desk, Session* session, bool persistent, QObject* parent = nullptr);
    ~Document() override;

    /// Loads a book in the background ("demo" = the embedded demo book); ignored while one loads.
    void open(const QString& path);
    /// Loads CSV files into a new book in the background.
    void importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices);
    /// Replaces the book by an edited copy (undoable) and recomputes in the background.
    void applyEdit(const QString& description, BookPtr edited);
    /// Saves to `path` on a worker (the book then saves there); ignored while a save runs.
    void saveTo(const QString& path);
    /// Blocks until a running save ends: only when the user asked to wait (save before closing).
    void waitForSave() { m_saveWatcher.waitForFinished(); }
    /// Opens an autosave left by a session that did not close cleanly: the book comes back dirty
    /// and saves to the workbook it was autosaved from; the autosave is kept until then.
    void recoverAutosave(const QString& file);

    /// The workbook the book saves to; empty for the demo book and imports.
    QString path() const { return m_path; }
    bool isDirty() const;
    bool isLoading() const { return m_loadWatcher.isRunning(); }
    /// Stops a running load (the book on the desk stays); loadFailed then carries a Cancelled issue.
    void cancelLoad()
    {
        if (m_loadProgress) m_loadProgress->cancel();
    }
    QUndoStack* undoStack() const { return m_undo; }

Q_SIGNALS:
    void loadStarted(const QString& label);
    void loadProgress(int percent);
    /// The desk holds the new book (`edit`: the same book, edited or undone).
    void loaded(const LoadedBook& loaded, bool edit);
    void loadFailed(const LoadedBook& loaded);
    void saved(const Issues& issues); // empty: saved
    void dirtyChanged(bool dirty);
    void logged(const QString& text);

private:
    void startLoad(const QString& label, BookLoader loader, bool edit = false);
    void install(BookPtr book, const QString& why);
    void finishLoad(const LoadedBook& r);
    void finishSave(const Issues& issues);

    BookIo m_io;
    DeskState* m_desk;
    Session* m_session;
    bool m_persistent;
    QUndoStack* m_undo;
    QString m_path;
    QString m_recovering, m_recoveringOrigin; // an autosave being opened, and the workbook it belongs to
    QString m_recoveredFrom;                  // the autosave the current book came from, until it is saved
    QString m_autosaveBeforeSave;             // the autosave of the book as it was named before a save
    QFutureWatcher<LoadedBook> m_loadWatcher;
    QFutureWatcher<Issues> m_saveWatcher;
    bool m_loadIsEdit = false;
    std::shared_ptr<Progress> m_loadProgress;
};

} // namespace ballast::ui
