#pragma once
// The desk's shared state: the book, the current exposure snapshot and the one selection every
// view follows. Views read snapshots (immutable once published) and never call the engine on the
// GUI thread; workers publish new snapshots through setExposure().

#include "exposure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QVector>

#include <memory>

namespace ballast::ui {

struct Selection
{
    enum class Kind { None, Node, Position, Loan, Asset, Pool };
    Kind kind = Kind::None;
    int index = -1;
    bool operator==(const Selection& o) const { return kind == o.kind && index == o.index; }
    bool operator!=(const Selection& o) const { return !(*this == o); }
};

using EngineSnapshot = std::shared_ptr<const ExposureEngine>;

/// The table rows a selection concerns: a position and the loan pledging it; a loan and its
/// collateral; a node's positions and the loans it borrows or lends; an asset's positions.
struct RelatedRows
{
    std::vector<int> positions, loans;
};

class DeskState final : public QObject
{
    Q_OBJECT

public:
    explicit DeskState(QObject* parent = nullptr);

    BookPtr book() const { return m_book; }
    EngineSnapshot engine() const { return m_engine; }
    const Exposure* exposure() const { return m_engine ? &m_engine->result() : nullptr; }
    Selection selection() const { return m_selection; }

    /// A new book (and its computed engine): views rebuild.
    void setBook(BookPtr book, EngineSnapshot engine);
    /// A new exposure of the same book (after ticks): views refresh values, keep their state.
    void setExposure(EngineSnapshot engine);
    void select(Selection s);

    /// The node a selection is about (a position's owner, a loan's borrower, a pool's venue), or -1.
    int nodeOf(const Selection& s) const;
    RelatedRows related(const Selection& s) const;

    struct Sample
    {
        double seconds = 0; // since the book was loaded
        double exposure = 0, exitValue = 0, minHealth = 0, debt = 0;
        int loansAtRisk = 0;
    };
    const QVector<Sample>& history() const { return m_history; }

Q_SIGNALS:
    void bookChanged();
    void exposureChanged();
    void selectionChanged(ballast::ui::Selection selection);

private:
    void record();

    BookPtr m_book;
    EngineSnapshot m_engine;
    Selection m_selection;
    QVector<Sample> m_history;
    QElapsedTimer m_clock;
};

} // namespace ballast::ui
