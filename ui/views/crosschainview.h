#pragma once
// Cross-chain settlement (core/crosschain.h): the chains the book's venues live on, each lending
// venue's oracle lag in cascade rounds before and after the what-if's scenario (its finality shocks)
// with the rounds it saw prices late, and what the bridges between the chains would have to carry
// when liquidators sell collateral seized on one chain into pools on another: per round against the
// bridge's capacity, the backlog, the rounds to clear it and to arrive. Without a run, the
// collateral at risk (loans near liquidation) that would exit on another chain. A venue row selects
// the venue, a crossing row its loan, everywhere.

#include "crosschain.h"
#include "deskstate.h"
#include "workers/latestjob.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;
class RedrawCoalescer;
struct WhatIfRun;

class CrossChainView final : public QWidget
{
    Q_OBJECT

  public:
    explicit CrossChainView(DeskState* desk, QWidget* parent = nullptr);

    /// Shows `run` (the what-if's last); null goes back to today's book.
    void setRun(std::shared_ptr<const WhatIfRun> run);
    /// Recomputes from the run or the desk's exposure now (it follows ticks on its own, coalesced,
    /// with the report made on a worker: the stress book's takes 60-90 ms).
    void refresh();
    const CrossChainReport& report() const { return m_report; }
    plots::Chart* lagChart() const { return m_lagChart; }
    plots::Chart* bridgeChart() const { return m_bridgeChart; }
    QTableWidget* venueTable() const { return m_venues; }
    QTableWidget* bridgeTable() const { return m_bridges; }
    QTableWidget* crossingTable() const { return m_crossings; }
    /// The bridge whose crossings are listed (an index into report().bridges), or -1.
    int current() const { return m_current; }
    void showBridge(int k);
    void restyle();

  private:
    struct Computed // a report and the book it is of
    {
        BookPtr book;
        CrossChainReport report;
        bool pending = false; // none yet: a new book's report is on its way
    };
    static Computed compute(BookPtr book, const EngineSnapshot& engine, const WhatIfRun* run);
    void show(Computed c);
    void fillTables();
    void fillCrossings();
    void redraw();
    void followSelection();

    DeskState* m_desk;
    std::shared_ptr<const WhatIfRun> m_run;
    BookPtr m_book;
    CrossChainReport m_report;
    int m_current = -1;
    QLabel* m_caption;
    plots::Chart* m_lagChart;
    plots::Chart* m_bridgeChart;
    QTableWidget* m_venues;
    QTableWidget* m_bridges;
    QTableWidget* m_crossings;
    QLabel* m_crossingsTitle;
    EmptyState* m_empty;
    RedrawCoalescer* m_live = nullptr;
    bool m_pending = false; // the report shown is a placeholder for m_book's (Computed::pending)
    LatestJob<Computed> m_job; // today's report while ticks move it, on a worker
};

} // namespace ballast::ui
