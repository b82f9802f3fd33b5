#pragma once
// One undoable change of the book for the desk's undo stack.

#include "model.h"

#include <QObject>
#include <QUndoCommand>

#include <functional>

namespace ballast::ui {

/// One undoable change of the book: both versions are kept (books are immutable snapshots).
class BookEdit final : public QUndoCommand
{
public:
    BookEdit(const QString& text, BookPtr before, BookPtr after, std::function<void(BookPtr, const QString&)> install)
        : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)), m_install(std::move(install))
    {
    }
    void undo() override { m_install(m_before, QObject::tr("Undo: %1").arg(text())); }
    void redo() override
    {
        if (m_first) { // the caller installs the first time
            m_first = false;
            return;
        }
        m_install(m_after, QObject::tr("Redo: %1").arg(text()));
    }

private:
    BookPtr m_before, m_after;
    std::function<void(BookPtr, const QString&)> m_install;
    bool m_first = true;
};

} // namespace ballast::ui
