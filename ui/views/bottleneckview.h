#pragma once
// Collateral velocity and bottlenecks (core/bottleneck.h): where the physical supply network takes
// in more per day than it can pass on, by how much, and whose pledged goods wait behind it. A bar
// per bottleneck (inflow against outflow capacity), the bottlenecks' table and, for the one chosen,
// the loans whose collateral is held there or upstream of it; the max-flow and its min cut in the
// caption, with a button that shows them on the graph. Follows live ticks (at most twice a second)
// and the one selection: a row selects its node or loan everywhere.

#include "bottleneck.h"
#include "deskstate.h"

#include "workers/latestjob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ballast::ui {

namespace plots {
class Chart;
}

class EmptyState;
class RedrawCoalescer;

class BottleneckView final : public QWidget
{
    Q_OBJECT

  public:
    explicit BottleneckView(DeskState* desk, QWidget* parent = nullptr);

    const BottleneckReport& report() const { return m_report; }
    plots::Chart* chart() const { return m_chart; }
    QTableWidget* bottleneckTable() const { return m_nodes; }
    QTableWidget* loanTable() const { return m_loans; }
    /// The bottleneck whose waiting loans are listed (an index into report().bottlenecks), or -1.
    int current() const { return m_current; }
    /// Recomputes from the desk's exposure now (it follows ticks on its own, coalesced, with the
    /// report computed on a worker: the stress book's takes 100 ms and more).
    void refresh();
    void restyle();

  Q_SIGNALS:
    /// "Show on graph": the graph should colour the chain by velocity and draw the min cut.
    void showOnGraph();

  private:
    struct Computed // a report and what it was computed from
    {
        BookPtr book;
        bool hasExposure = false;
        int physicalLinks = -1; // shipments and supply links; -1: not counted (a new book's placeholder)
        BottleneckReport report;
    };
    /// `physicalLinks`: the book's count when known (-1: counted here, a pass over its links).
    static Computed compute(BookPtr book, const EngineSnapshot& engine, int physicalLinks = -1);
    void refreshOnWorker();
    void show(Computed c);
    void fillNodes();
    void fillLoans();
    void redraw();
    void followSelection();

    DeskState* m_desk;
    BookPtr m_book; // the book m_report was computed for
    BottleneckReport m_report;
    int m_current = -1;
    QLabel* m_caption;
    QPushButton* m_onGraph;
    plots::Chart* m_chart;
    QTableWidget *m_nodes, *m_loans;
    QLabel* m_loansTitle;
    EmptyState* m_empty;
    RedrawCoalescer* m_live;
    int m_physicalLinks = -1; // of m_book, once counted
    LatestJob<Computed> m_job; // the live report, on a worker
};

} // namespace ballast::ui
