#include "views/bottleneckview.h"

#include "format.h"
#include "palette.h"
#include "plots/bars.h"
#include "plots/chart.h"
#include "widgets/emptystate.h"
#include "widgets/redraw.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ballast::ui {
namespace {

QString nameOf(const Node& n)
{
    return QString::fromStdString(n.name.empty() ? n.id : n.name);
}

QString perDay(double v)
{
    return BottleneckView::tr("%1/day").arg(formatMoney(v));
}

} // namespace

BottleneckView::BottleneckView(DeskState* desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_job(this, [this](Computed c) {
          if (c.book == m_desk->book()) show(std::move(c)); // not a closed book's
      })
{
    QVBoxLayout* v = nullptr;
    QHBoxLayout* h = addViewBar(this, &v);
    m_caption = addViewCaption(h);
    m_onGraph = new QPushButton(tr("Show on graph"), h->parentWidget());
    m_onGraph->setToolTip(tr("Colour the graph's chain by velocity and draw the min cut with its capacity"));
    h->addWidget(m_onGraph);

    m_chart = new plots::Chart(QStringLiteral("bottleneckChart"), this);
    m_nodes = makeResultTable(this, {tr("Bottleneck"), tr("Inflow"), tr("Outflow cap."), tr("Excess"),
                                     tr("Excess %"), tr("Upstream"), tr("Goods waiting"), tr("Loans")});
    m_nodes->setObjectName(QStringLiteral("bottleneckTable"));
    m_nodes->horizontalHeaderItem(1)->setToolTip(
        tr("Value per day flowing in over shipments and supply links, at market prices"));
    m_nodes->horizontalHeaderItem(2)->setToolTip(tr("Value per day its outgoing links can carry"));
    m_nodes->horizontalHeaderItem(3)->setToolTip(tr("What piles up each day: inflow less outflow capacity"));
    m_nodes->horizontalHeaderItem(5)->setToolTip(
        tr("Stages with a physical path into it: what they ship passes through it"));
    m_nodes->horizontalHeaderItem(6)->setToolTip(tr(
        "Pledged goods (inventory, commodity and invoice tokens) held at it or upstream, at market prices"));
    m_nodes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nodes->setSortingEnabled(true);
    m_loans = makeResultTable(
        this, {tr("Loan"), tr("Borrower"), tr("Held at"), tr("Goods"), tr("Of collateral"), tr("HF")});
    m_loans->setObjectName(QStringLiteral("waitingLoanTable"));
    m_loans->horizontalHeaderItem(3)->setToolTip(tr("The loan's pledged goods held there, at market prices"));
    m_loans->horizontalHeaderItem(4)->setToolTip(
        tr("Share of the loan's whole collateral (market value) that waits"));
    m_loans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loans->setSortingEnabled(true);
    auto* side = new QWidget(this);
    auto* sv = new QVBoxLayout(side);
    sv->setContentsMargins(0, 0, 0, 0);
    sv->setSpacing(2);
    auto* split = new QSplitter(Qt::Vertical, side);
    split->addWidget(m_nodes);
    auto* lower = new QWidget(split);
    auto* lv = new QVBoxLayout(lower);
    lv->setContentsMargins(0, 4, 0, 0);
    lv->setSpacing(2);
    m_loansTitle = new QLabel(lower);
    m_loansTitle->setObjectName(QStringLiteral("muted"));
    m_loansTitle->setWordWrap(true);
    lv->addWidget(m_loansTitle);
    lv->addWidget(m_loans, 1);
    split->addWidget(lower);
    split->setSizes({1000, 1200});
    sv->addWidget(split);
    QWidget* body = addChartBesideTable(v, m_chart, side);
    if (auto* across = body->findChild<QSplitter*>())
        across->setSizes({2000, 3000}); // two tables of names want the room
    m_empty = new EmptyState(body);

    connect(m_onGraph, &QPushButton::clicked, this, &BottleneckView::showOnGraph);
    connect(m_nodes, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_nodes->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const int k = m_nodes->item(rows.front().row(), 0)->data(Qt::UserRole).toInt();
        if (k < 0 || k >= static_cast<int>(m_report.bottlenecks.size())) return;
        const Selection want{Selection::Kind::Node, m_report.bottlenecks[k].node};
        if (m_desk->selection() != want)
            m_desk->select(want);
        else if (m_current != k)
            m_current = k, fillLoans(), redraw();
    });
    connect(m_loans, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_loans->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const Selection want{Selection::Kind::Loan,
                             m_loans->item(rows.front().row(), 0)->data(Qt::UserRole).toInt()};
        if (m_desk->selection() != want) m_desk->select(want);
    });
    connect(desk, &DeskState::selectionChanged, this, [this] { followSelection(); });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_current = -1;
        Computed waiting; // nothing of the last book's while the worker computes the new one's
        waiting.book = m_desk->book();
        show(std::move(waiting));
        m_live->flush();
    });
    // live ticks move the flows' values: at most twice a second, and only while it is shown; the
    // report is made on a worker and shown when it is done
    m_live = coalesceRedraws(desk, &DeskState::exposureChanged, this, 500, [this] {
        if (isVisible() || m_book != m_desk->book()) refreshOnWorker();
        else m_live->deferUntilShown(); // caught up when shown
    });
    refresh();
}

BottleneckView::Computed BottleneckView::compute(BookPtr book, const EngineSnapshot& engine, int physicalLinks)
{
    Computed c;
    c.book = std::move(book);
    c.hasExposure = engine && c.book && engine->bookPtr() == c.book;
    if (c.hasExposure) c.report = bottleneckReport(*c.book, engine->result());
    if (physicalLinks >= 0) c.physicalLinks = physicalLinks;
    else if (c.book)
        c.physicalLinks = static_cast<int>(std::count_if(c.book->links.begin(), c.book->links.end(), [](const Link& k) {
            return k.type == LinkType::Shipment || k.type == LinkType::Supply;
        }));
    return c;
}

void BottleneckView::refresh()
{
    m_job.supersede(); // a worker's report on its way is older than this one
    show(compute(m_desk->book(), m_desk->engine()));
}

void BottleneckView::refreshOnWorker()
{
    const BookPtr book = m_desk->book();
    const EngineSnapshot engine = m_desk->engine();
    if (!book || !engine) return refresh(); // nothing to compute: the empty state at once
    // the book's physical links are counted once per book, not at every live refresh
    const int physical = book == m_book ? m_physicalLinks : -1;
    m_job.run([book, engine, physical] { return compute(book, engine, physical); });
}

void BottleneckView::show(Computed c)
{
    const BookPtr book = c.book;
    const int before = m_current >= 0 && m_current < static_cast<int>(m_report.bottlenecks.size())
                           ? m_report.bottlenecks[m_current].node
                           : -1;
    m_book = book;
    m_report = std::move(c.report);
    m_current = -1;
    for (size_t k = 0; k < m_report.bottlenecks.size(); ++k)
        if (m_report.bottlenecks[k].node == before) m_current = static_cast<int>(k);
    if (m_current < 0 && !m_report.bottlenecks.empty()) m_current = 0;

    const int physical = m_physicalLinks = c.physicalLinks;
    m_onGraph->setEnabled(physical > 0);
    if (!book) {
        m_caption->setText(tr("No book open"));
        m_empty->setMessage(tr("<b>No book open</b><br>File > Open… or File > Open demo book"));
    } else if (!c.hasExposure) {
        m_caption->setText(m_desk->engine() ? tr("Finding the bottlenecks…") : tr("Computing the exposure…"));
        m_empty->setMessage(QString());
    } else if (physical == 0) {
        m_caption->setText(tr("No physical supply network"));
        m_empty->setMessage(
            tr("<b>No shipments or supply links</b><br>Bottlenecks are where a stage takes in more "
               "per day than it can pass on: add shipments (with a quantity and transit days) or "
               "supply links to the workbook, or File > Import CSV… with a links.csv."));
    } else {
        QString cut;
        if (!m_report.minCut.empty()) {
            const MinCutLink& top = m_report.minCut.front();
            const Link& k = book->links[top.link];
            int carrying = 0;
            for (const MinCutLink& m : m_report.minCut)
                carrying += m.capacityPerDay > 0;
            cut =
                tr("Max flow %1, bounded by a min cut of %n link(s) carrying flow (widest: %2, %3 → %4, %5).",
                   nullptr, carrying)
                    .arg(perDay(m_report.maxFlowPerDay), QString::fromStdString(k.id),
                         nameOf(book->nodes[k.fromIx]), nameOf(book->nodes[k.toIx]),
                         perDay(top.capacityPerDay));
        } else {
            cut = tr("Max flow %1.").arg(perDay(m_report.maxFlowPerDay));
        }
        double excess = 0, waiting = 0;
        for (const Bottleneck& b : m_report.bottlenecks)
            excess += b.excessPerDay, waiting += b.collateralWaiting;
        QString jams;
        if (m_report.total == 0)
            jams = tr("No bottleneck: every stage can pass on what it takes in.");
        else if (m_report.total > static_cast<int>(m_report.bottlenecks.size()))
            jams = tr("%L1 bottlenecks (the %L2 largest listed) pile up %3; %4 of pledged goods wait behind "
                      "them.")
                       .arg(m_report.total)
                       .arg(m_report.bottlenecks.size())
                       .arg(perDay(excess), formatMoney(waiting));
        else
            jams = tr("%n bottleneck(s) pile up %1; %2 of pledged goods wait behind them.", nullptr,
                      m_report.total)
                       .arg(perDay(excess), formatMoney(waiting));
        m_caption->setText(cut + QLatin1Char(' ') + jams);
        m_empty->setMessage(
            m_report.total == 0
                ? tr("<b>No bottleneck</b><br>At today's prices every stage's outflow capacity covers its "
                     "inflow. The max-flow and its min cut are on the graph (Show on graph).")
                : QString());
    }
    fillNodes();
    fillLoans();
    redraw();
}

void BottleneckView::fillNodes()
{
    const QSignalBlocker block(m_nodes);
    m_nodes->setSortingEnabled(false);
    m_nodes->clearContents();
    m_nodes->setRowCount(static_cast<int>(m_report.bottlenecks.size()));
    for (size_t k = 0; k < m_report.bottlenecks.size(); ++k) {
        const Bottleneck& b = m_report.bottlenecks[k];
        const int r = static_cast<int>(k);
        auto* name = new QTableWidgetItem(nameOf(m_book->nodes[b.node]));
        name->setData(Qt::UserRole, r);
        name->setToolTip(QString::fromStdString(m_book->nodes[b.node].id));
        m_nodes->setItem(r, 0, name);
        m_nodes->setItem(r, 1, numberItem(formatMoney(b.inflowPerDay), b.inflowPerDay));
        m_nodes->setItem(r, 2, numberItem(formatMoney(b.outflowCapacityPerDay), b.outflowCapacityPerDay));
        m_nodes->setItem(r, 3, numberItem(formatMoney(b.excessPerDay), b.excessPerDay));
        m_nodes->setItem(r, 4, numberItem(formatPercent(b.excessShare, 0), b.excessShare));
        m_nodes->setItem(r, 5, numberItem(QString::number(b.upstreamStages), b.upstreamStages));
        m_nodes->setItem(r, 6, numberItem(formatMoney(b.collateralWaiting), b.collateralWaiting));
        m_nodes->setItem(r, 7,
                         numberItem(QString::number(b.loans.size()), static_cast<double>(b.loans.size())));
    }
    m_nodes->setSortingEnabled(true);
    m_nodes->resizeColumnsToContents();
    for (int r = 0; r < m_nodes->rowCount(); ++r)
        if (m_nodes->item(r, 0)->data(Qt::UserRole).toInt() == m_current) m_nodes->selectRow(r);
}

void BottleneckView::fillLoans()
{
    const QSignalBlocker block(m_loans);
    m_loans->setSortingEnabled(false);
    m_loans->clearContents();
    const Exposure* x = m_desk->exposure();
    if (m_current < 0 || m_current >= static_cast<int>(m_report.bottlenecks.size()) || !x) {
        m_loans->setRowCount(0);
        m_loansTitle->setText(m_report.total > 0
                                  ? tr("Choose a bottleneck to see whose collateral waits behind it")
                                  : QString());
        return;
    }
    const Bottleneck& b = m_report.bottlenecks[m_current];
    m_loansTitle->setText(b.loans.empty()
                              ? tr("No pledged goods wait behind %1").arg(nameOf(m_book->nodes[b.node]))
                              : tr("Loans whose goods wait behind %1 (%2)")
                                    .arg(nameOf(m_book->nodes[b.node]), formatMoney(b.collateralWaiting)));
    m_loans->setRowCount(static_cast<int>(b.loans.size()));
    for (size_t k = 0; k < b.loans.size(); ++k) {
        const WaitingCollateral& w = b.loans[k];
        const Loan& loan = m_book->loans[w.loan];
        const int r = static_cast<int>(k);
        auto* id = new QTableWidgetItem(QString::fromStdString(loan.id));
        id->setData(Qt::UserRole, w.loan);
        m_loans->setItem(r, 0, id);
        m_loans->setItem(r, 1,
                         new QTableWidgetItem(loan.borrowerIx >= 0 ? nameOf(m_book->nodes[loan.borrowerIx])
                                                                   : QString::fromStdString(loan.borrower)));
        m_loans->setItem(r, 2, new QTableWidgetItem(nameOf(m_book->nodes[w.holder])));
        m_loans->setItem(r, 3, numberItem(formatMoney(w.marketValue), w.marketValue));
        m_loans->setItem(r, 4, numberItem(formatPercent(w.shareOfCollateral, 0), w.shareOfCollateral));
        const double hf = w.loan < static_cast<int>(x->loans.size()) ? x->loans[w.loan].healthFactor : kNaN;
        auto* health = numberItem(formatHealth(hf), std::isfinite(hf) ? hf : 1e300);
        if (const QColor tone = healthTextColor(hf); tone.isValid())
            health->setForeground(tone); // a safe HF keeps the text colour
        m_loans->setItem(r, 5, health);
    }
    m_loans->setSortingEnabled(true);
    m_loans->resizeColumnsToContents();
    const Selection s = m_desk->selection();
    for (int r = 0; r < m_loans->rowCount(); ++r)
        if (s.kind == Selection::Kind::Loan && m_loans->item(r, 0)->data(Qt::UserRole).toInt() == s.index)
            m_loans->selectRow(r);
}

void BottleneckView::redraw()
{
    m_chart->clear();
    if (m_report.bottlenecks.empty()) {
        m_chart->setTitle(tr("Inflow against outflow capacity"));
        return;
    }
    QVector<QString> names;
    QVector<double> in, out;
    for (size_t k = 0; k < m_report.bottlenecks.size() && k < 12; ++k) {
        const Bottleneck& b = m_report.bottlenecks[k];
        names << nameOf(m_book->nodes[b.node]);
        in << b.inflowPerDay;
        out << b.outflowCapacityPerDay;
    }
    const Colors c = colors();
    plots::horizontalBars(*m_chart,
                          m_report.total > 12
                              ? tr("Inflow against outflow capacity per day (12 largest excesses)")
                              : tr("Inflow against outflow capacity per day"),
                          names, in, c.warn, out, c.good, tr("Inflow"), tr("Outflow capacity"));
}

void BottleneckView::followSelection()
{
    const Selection s = m_desk->selection();
    if (s.kind == Selection::Kind::Node) {
        for (size_t k = 0; k < m_report.bottlenecks.size(); ++k)
            if (m_report.bottlenecks[k].node == s.index && m_current != static_cast<int>(k)) {
                m_current = static_cast<int>(k);
                {
                    const QSignalBlocker block(m_nodes);
                    for (int r = 0; r < m_nodes->rowCount(); ++r)
                        if (m_nodes->item(r, 0)->data(Qt::UserRole).toInt() == m_current)
                            m_nodes->selectRow(r);
                }
                fillLoans();
            }
    } else if (s.kind == Selection::Kind::Loan) {
        const QSignalBlocker block(m_loans);
        m_loans->clearSelection();
        for (int r = 0; r < m_loans->rowCount(); ++r)
            if (m_loans->item(r, 0)->data(Qt::UserRole).toInt() == s.index) m_loans->selectRow(r);
    }
}

void BottleneckView::restyle()
{
    m_chart->restyle();
    redraw();
}

} // namespace ballast::ui
