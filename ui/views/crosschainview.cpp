#include "views/crosschainview.h"

#include "format.h"
#include "palette.h"
#include "plots/bars.h"
#include "plots/chart.h"
#include "plots/crosschainchart.h"
#include "views/whatifview.h"
#include "widgets/emptystate.h"
#include "widgets/redraw.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace ballast::ui {
namespace {

QString nameOf(const Node& n)
{
    return QString::fromStdString(n.name.empty() ? n.id : n.name);
}

QString duration(double seconds) { return formatSeconds(seconds); }

QString rounds(int n)
{
    return n == 1 ? CrossChainView::tr("1 round") : CrossChainView::tr("%L1 rounds").arg(n);
}

QTableWidgetItem* text(const QString& s, const QString& tip = {})
{
    auto* it = new QTableWidgetItem(s);
    if (!tip.isEmpty()) it->setToolTip(tip);
    return it;
}

QTableWidgetItem* count(int v)
{
    return numberItem(QString::number(v), v);
}

} // namespace

CrossChainView::CrossChainView(DeskState* desk, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_job(this, [this](Computed c) {
          if (!m_run && c.book == m_desk->book()) show(std::move(c)); // not a closed book's, nor under a run
      })
{
    QVBoxLayout* v = nullptr;
    QHBoxLayout* h = addViewBar(this, &v);
    m_caption = addViewCaption(h);
    m_caption->setObjectName(QStringLiteral("crossChainCaption"));

    m_lagChart = new plots::Chart(QStringLiteral("venueLagChart"), this);
    m_bridgeChart = new plots::Chart(QStringLiteral("bridgeUseChart"), this);
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_lagChart);
    charts->addWidget(m_bridgeChart);
    charts->setSizes({1000, 1000});

    m_venues = makeResultTable(this, {tr("Venue"), tr("Chain"), tr("Finality"), tr("Lag"), tr("In scenario"),
                                      tr("Late"), tr("Caused"), tr("Held back")});
    m_venues->setObjectName(QStringLiteral("venueLagTable"));
    m_venues->horizontalHeaderItem(2)->setToolTip(tr("Its chain's block finality, before → in the scenario"));
    m_venues->horizontalHeaderItem(3)->setToolTip(
        tr("Cascade rounds between the oracle and the venue today: finality / round length, rounded down"));
    m_venues->horizontalHeaderItem(4)->setToolTip(tr("The same after the scenario's finality shocks"));
    m_venues->horizontalHeaderItem(5)->setToolTip(
        tr("Rounds of the run in which its view of some asset differed from the oracle's own price"));
    m_venues->horizontalHeaderItem(6)->setToolTip(tr("Its loans liquidated though healthy at the market price"));
    m_venues->horizontalHeaderItem(7)->setToolTip(
        tr("Its loans liquidatable at the market price that the venue did not see yet"));
    m_venues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_venues->setSortingEnabled(true);

    m_bridges = makeResultTable(this, {tr("Bridge"), tr("Chains"), tr("Latency"), tr("Capacity"),
                                       tr("Per round"), tr("Carried"), tr("Peak use"), tr("Backlog"),
                                       tr("To clear"), tr("Arrives")});
    m_bridges->setObjectName(QStringLiteral("bridgeTable"));
    m_bridges->horizontalHeaderItem(3)->setToolTip(tr("Value per day the bridge can carry"));
    m_bridges->horizontalHeaderItem(4)->setToolTip(tr("Capacity per day x the round's length / 24 h"));
    m_bridges->horizontalHeaderItem(5)->setToolTip(
        tr("Seized collateral sold on the other chain (a run), or collateral near liquidation that would "
           "exit there (no run), at market value"));
    m_bridges->horizontalHeaderItem(6)->setToolTip(tr("The busiest round's value / capacity per round"));
    m_bridges->horizontalHeaderItem(7)->setToolTip(tr("Value still waiting to cross when the cascade ends"));
    m_bridges->horizontalHeaderItem(8)->setToolTip(tr("Rounds after the cascade's last to carry the backlog"));
    m_bridges->horizontalHeaderItem(9)->setToolTip(
        tr("Rounds before a crossing lands: the source chain's finality (in the scenario) + the bridge's latency"));
    m_bridges->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bridges->setSortingEnabled(true);

    m_crossings = makeResultTable(this, {tr("Round"), tr("Loan"), tr("Asset"), tr("Sold into"), tr("Direction"),
                                         tr("Value"), tr("Arrives")});
    m_crossings->setObjectName(QStringLiteral("crossingTable"));
    m_crossings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_crossings->setSortingEnabled(true);

    auto* side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_venues);
    side->addWidget(m_bridges);
    auto* lower = new QWidget(side);
    auto* lv = new QVBoxLayout(lower);
    lv->setContentsMargins(0, 4, 0, 0);
    lv->setSpacing(2);
    m_crossingsTitle = new QLabel(lower);
    m_crossingsTitle->setObjectName(QStringLiteral("muted"));
    m_crossingsTitle->setWordWrap(true);
    lv->addWidget(m_crossingsTitle);
    lv->addWidget(m_crossings, 1);
    side->addWidget(lower);
    side->setSizes({1100, 700, 1000});
    QWidget* body = addChartBesideTable(v, charts, side);
    if (auto* across = body->findChild<QSplitter*>()) across->setSizes({2000, 3000});
    m_empty = new EmptyState(body);

    connect(m_venues, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_venues->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const Selection want{Selection::Kind::Node, m_venues->item(rows.front().row(), 0)->data(Qt::UserRole).toInt()};
        if (m_desk->selection() != want) m_desk->select(want);
    });
    connect(m_bridges, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_bridges->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        showBridge(m_bridges->item(rows.front().row(), 0)->data(Qt::UserRole).toInt());
    });
    connect(m_crossings, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_crossings->selectionModel()->selectedRows();
        if (rows.isEmpty()) return;
        const Selection want{Selection::Kind::Loan, m_crossings->item(rows.front().row(), 1)->data(Qt::UserRole).toInt()};
        if (m_desk->selection() != want) m_desk->select(want);
    });
    connect(desk, &DeskState::selectionChanged, this, [this] { followSelection(); });
    connect(desk, &DeskState::bookChanged, this, [this] {
        m_run = nullptr;
        m_current = -1;
        if (m_book != m_desk->book() && m_desk->book()) { // the last book's report must not stand for this one's
            Computed placeholder;
            placeholder.book = m_desk->book();
            placeholder.pending = true;
            show(std::move(placeholder));
        }
        m_live->flush();
    });
    // without a run the collateral at risk follows live ticks: at most twice a second, while shown
    // (a hidden view catches up when shown; a new book's report is made at once, shown or not)
    m_live = coalesceRedraws(desk, &DeskState::exposureChanged, this, 500, [this] {
        if (m_run) return;
        if (!isVisible() && !m_pending && m_book == m_desk->book()) return m_live->deferUntilShown();
        const BookPtr book = m_desk->book();
        const EngineSnapshot engine = m_desk->engine();
        if (!book || !engine) return refresh(); // nothing to compute: the empty state at once
        m_job.run([book, engine] { return compute(book, engine, nullptr); });
    });
    refresh();
}

void CrossChainView::setRun(std::shared_ptr<const WhatIfRun> run)
{
    if (run && run->book != m_desk->book()) run = nullptr;
    m_run = std::move(run);
    m_current = -1;
    refresh();
}

CrossChainView::Computed CrossChainView::compute(BookPtr book, const EngineSnapshot& engine, const WhatIfRun* run)
{
    Computed c;
    c.book = run ? run->book : std::move(book);
    if (!c.book) return c;
    if (run)
        c.report = crossChainReport(*c.book, absorptionMap(*c.book, Exposure{}, &run->result), &run->result);
    else
        c.report = crossChainReport(*c.book, engine && engine->bookPtr() == c.book ? absorptionMap(*c.book, engine->result()) : AbsorptionMap{});
    return c;
}

void CrossChainView::refresh()
{
    m_job.supersede(); // a worker's report on its way is older than this one
    show(compute(m_desk->book(), m_desk->engine(), m_run.get()));
}

void CrossChainView::show(Computed c)
{
    const BookPtr book = c.book;
    m_book = book;
    m_pending = c.pending;
    m_report = std::move(c.report);
    if (m_current >= static_cast<int>(m_report.bridges.size())) m_current = -1;
    if (m_current < 0) { // the busiest bridge, else the first
        for (size_t k = 0; k < m_report.bridges.size(); ++k)
            if (m_current < 0 || m_report.bridges[k].carried > m_report.bridges[m_current].carried) m_current = static_cast<int>(k);
    }

    if (!book) {
        m_caption->setText(tr("No book open"));
        m_empty->setMessage(tr("<b>No book open</b><br>File > Open… or File > Open demo book"));
    } else if (c.pending) {
        m_caption->setText(tr("Mapping the chains and bridges…"));
        m_empty->setMessage(QString());
    } else if (m_report.chains.empty()) {
        m_caption->setText(tr("No on-chain venues"));
        m_empty->setMessage(
            tr("<b>No chains in this book</b><br>Cross-chain settlement concerns on-chain venues: give nodes a "
               "chain (and lending venues a block finality, finalitySec); join two chains with links of type "
               "bridge carrying a latencySec and a capacity per day."));
    } else {
        m_empty->setMessage(QString());
        // the slowest venue, and what the scenario did to it
        const VenueLag* slowest = nullptr;
        int late = 0;
        for (const VenueLag& vl : m_report.venues) {
            if (vl.chain < 0) continue;
            if (!slowest || vl.lagRoundsAfter > slowest->lagRoundsAfter) slowest = &vl;
            late += vl.roundsLate > 0;
        }
        QString lag;
        if (slowest)
            lag = slowest->lagRoundsAfter != slowest->lagRounds
                      ? tr("%1 on %2 sees prices %3 late (%4 before the scenario; finality %5 → %6).")
                            .arg(nameOf(book->nodes[slowest->venue]),
                                 QString::fromStdString(m_report.chains[slowest->chain].chain),
                                 rounds(slowest->lagRoundsAfter), rounds(slowest->lagRounds),
                                 duration(slowest->finalitySec), duration(slowest->finalityAfterSec))
                      : tr("%1 on %2 sees prices %3 late (finality %4, rounds of %5).")
                            .arg(nameOf(book->nodes[slowest->venue]),
                                 QString::fromStdString(m_report.chains[slowest->chain].chain),
                                 rounds(slowest->lagRoundsAfter), duration(slowest->finalityAfterSec),
                                 duration(m_report.roundSeconds));
        double carried = 0, backlog = 0;
        int clear = 0, arrive = 0;
        for (const BridgeUse& u : m_report.bridges)
            if (u.carried > 0)
                carried += u.carried, backlog += u.backlog, clear = std::max(clear, u.roundsToClear),
                    arrive = std::max(arrive, u.arrivalRounds);
        QString bridges;
        if (m_report.bridges.empty())
            bridges = m_report.chains.size() > 1 ? tr("No bridge joins the chains.") : QString();
        else if (carried <= 0 && m_report.unbridged <= 0)
            bridges = m_run ? tr("The cascade sold nothing across chains.")
                            : tr("No collateral near liquidation would exit on another chain.");
        else if (m_run && carried > 0)
            bridges = (backlog > 0 ? tr("The cascade sold %1 of seized collateral on another chain; the bridges would still "
                                        "hold %2 when it ends, %3 more to clear.")
                                         .arg(formatMoney(carried), formatMoney(backlog), rounds(clear))
                                   : tr("The cascade sold %1 of seized collateral on another chain, within the bridges' capacity.")
                                         .arg(formatMoney(carried))) +
                      QLatin1Char(' ') +
                      tr("Bridged collateral reaches its pool only %1 (%2) after the seizure (finality plus the bridge's latency); the cascade sold it at once.")
                          .arg(rounds(arrive), duration(arrive * m_report.roundSeconds));
        else if (carried > 0)
            bridges = tr("%1 of collateral near liquidation would exit on another chain.").arg(formatMoney(carried));
        if (m_report.unbridged > 0)
            bridges += QLatin1Char(' ') + tr("%1 crossed between chains no bridge joins.").arg(formatMoney(m_report.unbridged));
        const QString who = m_run ? QString::fromStdString(m_run->scenario.name.empty() ? m_run->scenario.id
                                                                                         : m_run->scenario.name)
                                  : tr("Today");
        m_caption->setText(QStringLiteral("%1: %2 %3").arg(who, lag, bridges).simplified());
    }
    fillTables();
    fillCrossings();
    redraw();
}

void CrossChainView::fillTables()
{
    const Book* b = m_book.get();
    {
        const QSignalBlocker block(m_venues);
        m_venues->setSortingEnabled(false);
        m_venues->setRowCount(b ? static_cast<int>(m_report.venues.size()) : 0);
        for (int r = 0; b && r < m_venues->rowCount(); ++r) {
            const VenueLag& vl = m_report.venues[r];
            auto* name = text(nameOf(b->nodes[vl.venue]));
            name->setData(Qt::UserRole, vl.venue);
            m_venues->setItem(r, 0, name);
            m_venues->setItem(r, 1, text(vl.chain >= 0 ? QString::fromStdString(m_report.chains[vl.chain].chain) : tr("off-chain")));
            if (vl.chain < 0) { // an off-chain lender: no finality, no lag
                for (int c = 2; c < 8; ++c) m_venues->setItem(r, c, numberItem(QStringLiteral("–"), -1));
                continue;
            }
            m_venues->setItem(r, 2, numberItem(vl.finalityAfterSec != vl.finalitySec
                                                   ? QStringLiteral("%1 → %2").arg(duration(vl.finalitySec), duration(vl.finalityAfterSec))
                                                   : duration(vl.finalitySec),
                                               vl.finalityAfterSec));
            m_venues->setItem(r, 3, count(vl.lagRounds));
            m_venues->setItem(r, 4, count(vl.lagRoundsAfter));
            m_venues->setItem(r, 5, m_run ? count(vl.roundsLate) : text(QStringLiteral("–")));
            m_venues->setItem(r, 6, m_run ? count(vl.caused) : text(QStringLiteral("–")));
            m_venues->setItem(r, 7, m_run ? count(vl.delayed) : text(QStringLiteral("–")));
            if (vl.lagRoundsAfter > vl.lagRounds) m_venues->item(r, 4)->setForeground(colors().warn);
        }
        for (int c = 4; c < 8; ++c) m_venues->setColumnHidden(c, !m_run); // today: no scenario, no run
        m_venues->setSortingEnabled(true);
        m_venues->sortItems(m_run ? 4 : 3, Qt::DescendingOrder);
        m_venues->resizeColumnsToContents();
    }
    {
        const QSignalBlocker block(m_bridges);
        m_bridges->setSortingEnabled(false);
        m_bridges->setRowCount(b ? static_cast<int>(m_report.bridges.size()) : 0);
        for (int r = 0; b && r < m_bridges->rowCount(); ++r) {
            const BridgeUse& u = m_report.bridges[r];
            const Link& k = b->links[u.link];
            auto* name = text(QString::fromStdString(k.id), tr("%1 → %2").arg(nameOf(b->nodes[k.fromIx]), nameOf(b->nodes[k.toIx])));
            name->setData(Qt::UserRole, r);
            m_bridges->setItem(r, 0, name);
            auto chain = [&](int c) { return c >= 0 ? QString::fromStdString(m_report.chains[c].chain) : tr("off-chain"); };
            m_bridges->setItem(r, 1, text(QStringLiteral("%1 ⇄ %2").arg(chain(u.fromChain), chain(u.toChain))));
            m_bridges->setItem(r, 2, numberItem(duration(u.latencySec), u.latencySec));
            const bool bounded = std::isfinite(u.capacityPerRound);
            m_bridges->setItem(r, 3, numberItem(bounded ? tr("%1/day").arg(formatMoney(u.capacityPerDay)) : tr("not stated"),
                                                bounded ? u.capacityPerDay : kInf));
            m_bridges->setItem(r, 4, numberItem(bounded ? formatMoney(u.capacityPerRound) : QStringLiteral("–"),
                                                bounded ? u.capacityPerRound : kInf));
            m_bridges->setItem(r, 5, numberItem(formatMoney(u.carried), u.carried));
            m_bridges->setItem(r, 6, numberItem(bounded && u.carried > 0 ? QStringLiteral("%1×").arg(formatNumber(u.peakUse, u.peakUse < 10 ? 2 : 0))
                                                                         : QStringLiteral("–"),
                                                u.peakUse));
            m_bridges->setItem(r, 7, numberItem(formatMoney(u.backlog), u.backlog));
            m_bridges->setItem(r, 8, numberItem(u.roundsToClear < 0 ? tr("never") : rounds(u.roundsToClear),
                                                u.roundsToClear < 0 ? kInf : u.roundsToClear));
            m_bridges->setItem(r, 9, numberItem(rounds(u.arrivalRounds), u.arrivalRounds));
            if (u.peakUse > 1) m_bridges->item(r, 6)->setForeground(colors().bad);
            if (u.backlog > 0) m_bridges->item(r, 7)->setForeground(colors().bad);
        }
        m_bridges->setSortingEnabled(true);
        m_bridges->resizeColumnsToContents();
        for (int r = 0; r < m_bridges->rowCount(); ++r)
            if (m_bridges->item(r, 0)->data(Qt::UserRole).toInt() == m_current) m_bridges->selectRow(r);
    }
}

void CrossChainView::showBridge(int k)
{
    if (k < 0 || k >= static_cast<int>(m_report.bridges.size()) || k == m_current) return;
    m_current = k;
    fillCrossings();
}

void CrossChainView::fillCrossings()
{
    const Book* b = m_book.get();
    const BridgeUse* u = b && m_current >= 0 ? &m_report.bridges[m_current] : nullptr;
    const std::vector<BridgeCrossing>& list = u ? u->crossings : m_report.unbridgedCrossings;
    if (!b || (!u && list.empty()))
        m_crossingsTitle->setText(m_report.bridges.empty() ? tr("No bridge in this book") : QString());
    else if (u)
        m_crossingsTitle->setText(list.empty() ? tr("Nothing crosses %1").arg(QString::fromStdString(b->links[u->link].id))
                                               : tr("What crosses %1, largest first").arg(QString::fromStdString(b->links[u->link].id)));
    else
        m_crossingsTitle->setText(tr("Crossings between chains no bridge joins"));
    const QSignalBlocker block(m_crossings);
    m_crossings->setSortingEnabled(false);
    const int n = b ? static_cast<int>(std::min<size_t>(list.size(), 500)) : 0;
    m_crossings->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const BridgeCrossing& c = list[r];
        m_crossings->setItem(r, 0, m_report.fromRun ? count(c.round) : text(QStringLiteral("–")));
        auto* loan = text(QString::fromStdString(b->loans[c.loan].id), QString::fromStdString(b->loans[c.loan].borrower));
        loan->setData(Qt::UserRole, c.loan);
        m_crossings->setItem(r, 1, loan);
        m_crossings->setItem(r, 2, text(c.asset >= 0 ? QString::fromStdString(b->assets[c.asset].id) : QString()));
        m_crossings->setItem(r, 3, text(c.pool >= 0 ? QString::fromStdString(b->pools[c.pool].id) : QString()));
        const int lv = b->loans[c.loan].venueIx;
        const int pv = c.pool >= 0 ? b->pools[c.pool].venueIx : -1;
        m_crossings->setItem(r, 4, text(lv >= 0 && pv >= 0 ? QStringLiteral("%1 → %2").arg(QString::fromStdString(b->nodes[lv].chain),
                                                                                       QString::fromStdString(b->nodes[pv].chain))
                                                           : QString()));
        m_crossings->setItem(r, 5, numberItem(formatMoney(c.value), c.value));
        m_crossings->setItem(r, 6, numberItem(rounds(c.arrivalRounds), c.arrivalRounds));
    }
    m_crossings->setSortingEnabled(true);
    m_crossings->resizeColumnsToContents();
}

void CrossChainView::redraw()
{
    const Book* b = m_book.get();
    if (!b || m_report.chains.empty()) {
        m_lagChart->clear();
        m_bridgeChart->clear();
        m_lagChart->setTitle(tr("Oracle lag per lending venue"));
        m_bridgeChart->setTitle(tr("Bridge use per round"));
        return;
    }
    QVector<QString> names;
    QVector<double> before, after, late;
    for (const VenueLag& vl : m_report.venues) {
        if (vl.chain < 0) continue; // an off-chain lender has no finality
        names << nameOf(b->nodes[vl.venue]);
        before << vl.lagRounds;
        if (m_run) after << vl.lagRoundsAfter;
        if (m_run) late << vl.roundsLate;
    }
    plots::drawVenueLag(*m_lagChart,
                        m_run ? tr("Oracle lag per lending venue, in rounds of %1").arg(duration(m_report.roundSeconds))
                              : tr("Oracle lag per lending venue today, in rounds of %1").arg(duration(m_report.roundSeconds)),
                        names, before, after, late);

    QVector<plots::BridgeSeries> series;
    QVector<QString> labels;
    QVector<double> backlog;
    if (m_report.fromRun && m_run) {
        for (const RoundRecord& rr : m_run->result.rounds) labels << QString::number(rr.round);
        backlog.resize(labels.size());
        for (const BridgeUse& u : m_report.bridges) {
            for (int i = 0; i < labels.size() && i < static_cast<int>(u.waiting.size()); ++i) backlog[i] += u.waiting[i];
            series.push_back({QString::fromStdString(b->links[u.link].id), QVector<double>(u.perRound.begin(), u.perRound.end()),
                              u.capacityPerRound});
        }
        bool any = false;
        for (double q : backlog) any |= q > 0;
        if (!any) backlog.clear();
        plots::drawBridgeUse(*m_bridgeChart, tr("Seized collateral crossing each bridge per cascade round"), labels, series, backlog);
    } else {
        // today: per bridge, what it carries in a round against the collateral near liquidation that would cross it
        QVector<QString> names;
        QVector<double> atRisk, capacity;
        for (const BridgeUse& u : m_report.bridges) {
            names << QString::fromStdString(b->links[u.link].id);
            atRisk << u.carried;
            capacity << (std::isfinite(u.capacityPerRound) ? u.capacityPerRound : 0.0);
        }
        if (names.isEmpty()) {
            m_bridgeChart->clear();
            m_bridgeChart->setTitle(tr("No bridge joins the chains"));
        } else {
            const Colors c = colors();
            plots::horizontalBars(*m_bridgeChart, tr("What a bridge carries in a round, against the collateral near liquidation that would cross it"),
                                  names, capacity, c.good, atRisk, c.bad, tr("capacity per round"), tr("collateral near liquidation"));
        }
    }
}

void CrossChainView::followSelection()
{
    const Selection s = m_desk->selection();
    if (s.kind == Selection::Kind::Node) {
        const QSignalBlocker block(m_venues);
        m_venues->clearSelection();
        for (int r = 0; r < m_venues->rowCount(); ++r)
            if (m_venues->item(r, 0)->data(Qt::UserRole).toInt() == s.index) m_venues->selectRow(r);
    } else if (s.kind == Selection::Kind::Loan) {
        const QSignalBlocker block(m_crossings);
        m_crossings->clearSelection();
        for (int r = 0; r < m_crossings->rowCount(); ++r)
            if (m_crossings->item(r, 1)->data(Qt::UserRole).toInt() == s.index) {
                m_crossings->selectRow(r);
                break;
            }
    }
}

void CrossChainView::restyle()
{
    m_lagChart->restyle();
    m_bridgeChart->restyle();
    redraw();
}

} // namespace ballast::ui
