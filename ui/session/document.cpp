#include "session/document.h"

#include "csv_io.h"
#include "session/bookedit.h"
#include "session/session.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ballast::ui {

Document::Document(BookIo io, DeskState* desk, Session* session, bool persistent, QObject* parent)
    : QObject(parent), m_io(std::move(io)), m_desk(desk), m_session(session), m_persistent(persistent), m_undo(new QUndoStack(this))
{
    whenFinished(m_loadWatcher, this, [this] { finishLoad(m_loadWatcher.result()); });
    whenFinished(m_saveWatcher, this, [this] { finishSave(m_saveWatcher.result()); });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool) { Q_EMIT dirtyChanged(isDirty()); });
}

Document::~Document()
{
    waitFor(m_loadWatcher);
    waitFor(m_saveWatcher);
}

bool Document::isDirty() const { return !m_undo->isClean() || !m_recoveredFrom.isEmpty(); }

void Document::open(const QString& path)
{
    const std::string p = path.toStdString();
    if (auto withProgress = m_io.loadWithProgress) startLoad(path, [withProgress, p](Progress* progress) { return withProgress(p, progress); });
    else startLoad(path, [load = m_io.load, p](Progress*) { return load(p); });
}

void Document::importCsv(const QString& nodes, const QString& links, const QString& positions, const QString& prices)
{
    CsvInputs in{nodes.toStdString(), links.toStdString(), positions.toStdString(), prices.toStdString()};
    startLoad(tr("CSV import"), [in](Progress*) { return ballast::importCsv(in, Book{}); });
}

void Document::startLoad(const QString& label, BookLoader loader, bool edit)
{
    if (m_loadWatcher.isRunning()) return;
    m_loadIsEdit = edit;
    Q_EMIT loadStarted(label);
    m_loadProgress = guiProgress(this, [this](int percent) { Q_EMIT loadProgress(percent); });
    m_loadWatcher.setFuture(loadBookAsync(label, std::move(loader), m_loadProgress));
}

void Document::install(BookPtr book, const QString& why)
{
    // an edit of the current book: recompute in the background, keep the path
    startLoad(why, [book](Progress*) { return Result<Book>(Book(*book)); }, true);
}

void Document::applyEdit(const QString& description, BookPtr edited)
{
    const BookPtr before = m_desk->book();
    if (!before || !edited) return;
    m_undo->push(new BookEdit(description, before, edited, [this](BookPtr b, const QString& why) { install(b, why); }));
    install(edited, description);
    Q_EMIT logged(tr("Edit: %1").arg(description));
}

void Document::finishLoad(const LoadedBook& r)
{
    const bool recovered = !m_recovering.isEmpty() && r.path == m_recovering;
    m_recovering.clear();
    const bool edit = m_loadIsEdit;
    m_loadIsEdit = false;
    if (!r.book) {
        Q_EMIT loadFailed(r);
        return;
    }
    if (!edit) {
        const QString p = recovered ? m_recoveringOrigin : r.path;
        m_path = p.endsWith(QStringLiteral(".ballast")) ? p : QString();
        m_recoveredFrom = recovered ? r.path : QString();
        m_undo->clear();
        if (!recovered && p != QStringLiteral("demo") && QFileInfo::exists(p)) m_session->addRecent(QFileInfo(p).absoluteFilePath());
    }
    m_desk->setBook(r.book, r.engine);
    Q_EMIT loaded(r, edit);
    Q_EMIT dirtyChanged(isDirty());
}

void Document::saveTo(const QString& path)
{
    if (!m_desk->book() || m_saveWatcher.isRunning()) return;
    m_autosaveBeforeSave = Session::autosaveFile(m_path);
    m_path = path;
    m_saveWatcher.setFuture(saveBookAsync(path, m_desk->book(), m_io.save));
}

void Document::finishSave(const Issues& issues)
{
    if (issues.empty()) {
        m_undo->setClean();
        Q_EMIT logged(tr("Saved %1").arg(m_path));
        m_session->addRecent(m_path);
        // the saved file is now the newest state: its autosaves (under the old name too, after a
        // Save As, and the one it was recovered from) have nothing left to offer
        if (m_persistent) Session::discard(Session::autosaveFile(m_path)), Session::discard(m_autosaveBeforeSave);
        if (!m_recoveredFrom.isEmpty()) Session::discard(m_recoveredFrom), m_recoveredFrom.clear();
        Q_EMIT dirtyChanged(isDirty());
    }
    Q_EMIT saved(issues);
}

void Document::recoverAutosave(const QString& file)
{
    if (m_loadWatcher.isRunning()) return;
    m_recoveringOrigin = Session::originOf(file);
    m_recovering = file;
    open(file);
    Q_EMIT logged(m_recoveringOrigin.isEmpty() ? tr("Recovering the autosave %1 (an unnamed book: Save asks where)").arg(file)
                                               : tr("Recovering the autosave %1; Save writes it to %2").arg(file, m_recoveringOrigin));
}

} // namespace ballast::ui
